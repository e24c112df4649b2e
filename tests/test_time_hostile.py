"""Hostile input: long runs of digits, repeated month names, random bytes.

Every rule has only optional elements (no nested quantifiers) and the tokenizer is a flat
alternation, so these finish in time linear in their length; the benchmark measures the time,
these tests check that the runs end and that what comes out is right.
"""

from __future__ import annotations

import random

from dateline.time import tag

DCT = "2022-09-29"


def test_a_megabyte_of_digits():
    text = "7" * 1_000_000
    assert tag(text, DCT) == []
    assert tag("In " + "1" * 5000 + " and 1990", DCT)[-1].value == "1990"


def test_a_hundred_thousand_mays():
    # a bare "May" is a name or a verb as often as a month: alone it is not tagged
    assert tag(" ".join(["May"] * 100_000), DCT) == []
    text = " ".join(["in May"] * 100_000)
    found = tag(text, DCT)
    assert len(found) == 100_000
    assert all(text[t.start : t.end] == "May" for t in found)
    assert {t.value for t in found} <= {"2022-05", "2023-05"}


def test_random_bytes():
    rng = random.Random(7)
    text = bytes(rng.getrandbits(8) for _ in range(300_000)).decode("latin-1")
    found = tag(text, DCT)
    for t in found:
        assert text[t.start : t.end] == t.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_long_runs_of_separators_and_number_words():
    for text in ("1/" * 100_000, "1." * 100_000, "three-" * 50_000, "twenty " * 50_000, ", " * 100_000):
        found = tag(text, DCT)
        assert all(text[t.start : t.end] == t.text for t in found)


def test_one_long_sentence_of_dates():
    text = " and ".join(["on Tuesday"] * 20_000) + " they will meet."
    found = tag(text, DCT)
    assert len(found) == 20_000
    assert found[-1].value == "2022-10-04"  # the future cue is too far for the first ones
    assert found[0].value == "2022-09-27"


def test_dates_past_the_end_of_the_calendar_are_left_out_not_an_error():
    from dateline.time import tag

    assert tag("It will happen tomorrow.", "9999-12-31") == []
    assert [t.value for t in tag("It happened yesterday.", "9999-12-31")] == ["9999-12-30"]


def test_one_long_sentence_of_until_and_had():
    # each "until" looks for a past perfect "had" near it, not in the whole (here endless) sentence
    text = "until Monday they had waited " * 5_000
    found = tag(text, DCT)
    assert len(found) == 5_000
    assert {t.value for t in found} == {"2022-09-26"}


def test_one_long_sentence_of_requests_and_years():
    # the "urged ... to vote Tuesday" check and the later-year pass read a clause's reach, not the sentence
    text = "urged voters to vote in Kyiv on Tuesday, in 2024 " * 5_000
    found = tag(text, DCT)
    assert len(found) == 10_000
    assert {t.value for t in found} == {"2022-10-04", "2024"}


def test_many_polling_days_after_many_dated_votes():
    # each "polling day" takes the last dated vote from one forward sweep, not a search back per phrase
    text = "The vote on May 1 was calm. On polling day, " * 5_000
    found = tag(text, DCT)
    assert len(found) == 10_000
    assert {t.value for t in found} == {"2022-05-01"}


def test_one_long_paragraph_of_quotations_after_a_dated_saying():
    # a quotation looks for its speech day in the paragraph before only around itself, not in the whole paragraph
    text = "Putin spoke on Tuesday.\n\n" + '"We sign today," he said. ' * 5_000
    found = tag(text, DCT)
    assert len(found) == 5_001
    assert found[1].value == "2022-09-27"  # the first quotation, said on Tuesday
    assert {t.value for t in found[2:]} == {"2022-09-29"}  # the later ones: another day came in between


def test_one_long_sentence_of_halves():
    # a half looks for words of a game only a few hundred characters around it, not in the whole sentence
    text = "Sales rose in the first half, and " * 5_000
    found = tag(text, "2016-08-08")
    assert len(found) == 5_000
    assert {t.value for t in found} == {"2016-H1"}


def test_one_long_sentence_of_past_weekdays_and_years():
    # a weekday's plan words are read in its own clause's reach, not back to the start of the sentence
    text = "On Monday he met her on Friday, in 2024, " * 5_000
    found = tag(text, "2016-08-08")
    assert len(found) == 15_000
    assert {t.value for t in found} == {"2016-08-08", "2016-08-05", "2024"}
