"""reference_date: the date a stretch of text (an event, a quote) is about."""

from __future__ import annotations

from dateline.time import reference_date, tag

TEXT = ("Moscow will annex four regions on Friday, the Kremlin said. "
        "Officials counted ballots. Protesters gathered in Kyiv.")


def test_same_sentence_timex_wins():
    s = TEXT.index("annex")
    ref = reference_date(TEXT, "2022-09-29", s, s + 5)
    assert (ref.value, ref.source, ref.tense) == ("2022-09-30", "sentence", "FUTURE")
    assert ref.interval == ("2022-09-30", "2022-09-30")
    assert ref.timex is not None and ref.timex.text == "Friday"


def test_previous_timex_then_article_date():
    s = TEXT.index("counted")
    ref = reference_date(TEXT, "2022-09-29", s, s + 7, tag(TEXT, "2022-09-29"))
    assert (ref.value, ref.source, ref.tense) == ("2022-09-30", "previous", "PAST")
    text = "Protesters gathered in Kyiv."
    ref = reference_date(text, "2022-09-29", 11, 19)
    assert (ref.value, ref.source) == ("2022-09-29", "dct")
