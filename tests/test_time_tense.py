"""Tense cues around an expression (the public helper other layers use)."""

from __future__ import annotations

import pytest

from dateline.time import sentence_tense, tag


def tagged(sentence: str, dct: str) -> list[str]:
    """The value of each timex in ``sentence``, in order."""
    return [t.value for t in tag(sentence, dct)]


def span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


@pytest.mark.parametrize(
    ("text", "word", "tense", "cue"),
    [
        ("Moscow will annex the regions on Friday, the Kremlin said on Thursday.", "Friday", "FUTURE", "will"),
        ("Moscow will annex the regions on Friday, the Kremlin said on Thursday.", "Thursday", "PAST", "said"),
        ("The summit is set for Monday.", "Monday", "FUTURE", "is set"),
        ("The vote is scheduled for Sunday.", "Sunday", "FUTURE", "scheduled"),
        ("The plant closed two years ago.", "two years", "PAST", "ago"),
        ("They're going to vote in May.", "May", "FUTURE", "going to"),
        ("The talks are to be held in May.", "May", "FUTURE", "are to"),
        ("He'll arrive on Friday.", "Friday", "FUTURE", "'ll"),
        ("Russian-occupied areas will vote on Friday.", "Friday", "FUTURE", "will"),
        ("Officials said Friday that it will end.", "Friday", "PAST", "said"),
        ("In May, prices fell.", "May", "PAST", "fell"),
    ],
)
def test_sentence_tense(text, word, tense, cue):
    s, e = span(text, word)
    t = sentence_tense(text, s, e)
    assert (t.tense, t.cue) == (tense, cue)
    assert t.start is not None and text[t.start : t.end].lower() == cue


def test_no_cue():
    text = "Friday. Prices, the index."
    assert sentence_tense(text, 0, 6).tense is None


def test_only_the_sentence_is_read():
    text = "He will go. On Friday, prices fell."
    s, e = span(text, "Friday")
    assert sentence_tense(text, s, e).tense == "PAST"


def test_that_clause_keeps_its_own_tense_apart_from_the_weekday():
    past = tag("Apple announced Friday that it will give free cases to buyers.", "2010-07-17")
    assert [(t.text, t.value) for t in past] == [("Friday", "2010-07-16")]
    future = tag("Officials said that the ceremony will take place on Friday.", "2010-07-17")
    assert [(t.text, t.value) for t in future] == [("Friday", "2010-07-23")]


def _cue_lines() -> list[tuple[str, str]]:
    from dateline.time.resources import RESOURCES

    rows = []
    for line in (RESOURCES / "tense.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, tense, _ = line.split("\t")
            rows.append((phrase, tense))
    return rows


@pytest.mark.parametrize(("phrase", "tense"), _cue_lines())
def test_every_cue_of_the_table_is_found_in_text(phrase, tense):
    # the cue must match text as the scanner splits it ("run-up" is three tokens, "won't" two)
    from dateline.time.resources import load
    from dateline.time.scanner import tokenize
    from dateline.time.tense import TenseFinder

    res = load()
    text = f"{phrase} it"
    finder = TenseFinder(text, tokenize(text, res.abbreviations), res)
    found = finder.cue_at(0)
    assert found is not None and found[1] == tense and found[0] == len(tokenize(phrase, res.abbreviations)), found


def _weekday_movers() -> list[str]:
    from dateline.time.resources import RESOURCES

    lines = (RESOURCES / "weekday_future.txt").read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


@pytest.mark.parametrize("phrase", _weekday_movers())
def test_every_weekday_mover_is_a_future_cue_of_the_table(phrase):
    # an entry that is not a FUTURE cue of tense.tsv is never found, so it would be dead
    assert (phrase, "FUTURE") in _cue_lines()


@pytest.mark.parametrize(("sentence", "value"), [
    # DCT Thursday 2016-02-18: a planned appearance told in the present is the coming day
    ("The Silver State holds its Democratic caucuses on Saturday.", "2016-02-20"),
    ("Wyoming, which holds a caucus on Saturday, is next.", "2016-02-20"),
    ("The two leaders hold talks on Friday in Brussels.", "2016-02-19"),
    ("Scholz hosts the summit on Sunday.", "2016-02-21"),
    ("Biden travels to Poland on Friday to meet allied leaders.", "2016-02-19"),
    ("Yellen testifies before Congress on Tuesday.", "2016-02-23"),
    ("The new president takes office on Monday.", "2016-02-22"),
    # ... but a past verb still points back
    ("The hosts won on Saturday.", "2016-02-13"),
    ("She held talks with him on Monday.", "2016-02-15"),
])
def test_present_tense_of_a_planned_appearance_points_a_weekday_forward(sentence, value):
    assert tagged(sentence, "2016-02-18") == [value]


def test_a_present_hold_of_a_lead_is_not_a_plan():
    text = "The party holds a comfortable majority after an election in December."
    assert tagged(text, "2024-05-02") == ["2023-12"]


@pytest.mark.parametrize(("sentence", "value"), [
    # DCT Sunday 2016-07-24: the ISO week 29 ends that day
    ("EU ministers will meet this week to discuss the package.", "2016-W30"),
    ("The convention opens this week.", "2016-W30"),
    ("Russia struck Kyiv this week.", "2016-W29"),
    ("Today, we are ending this week with a strong diplomatic event.", "2016-W29"),
])
def test_this_week_told_in_the_future_on_a_sunday_is_the_coming_week(sentence, value):
    assert [t.value for t in tag(sentence, "2016-07-24") if t.text.endswith("week")] == [value]


def test_this_week_told_in_the_future_on_a_weekday_is_the_current_week():
    assert [t.value for t in tag("EU ministers will meet this week.", "2016-07-22")] == ["2016-W29"]


def test_a_day_dated_by_the_past_verb_before_it_is_not_the_coming_one():
    # written 2015-11-25: "posted on January 23" is the January 23 gone by, not the one 59 days ahead
    assert [t.value for t in tag("Labott posted on January 23 at 4:01 PM.", "2015-11-25")] == ["2015-01-23T16:01"]
    # ... while a date the past verb does not date may still be the coming one
    assert [t.value for t in tag("The offer, which was extended, expires Jan. 20.", "2015-11-25")] == ["2016-01-20"]


def test_a_passive_past_verb_right_before_a_weekday_dates_it():
    found = tag("The vote was postponed on Monday until January 10.", "2015-11-25")
    assert [t.value for t in found] == ["2015-11-23", "2016-01-10"]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("He will speak on Friday, April 1 at noon.", "Friday, April 1 at noon", "2016-04-01T12:00"),
    ("It ended Saturday, March 26, at 11 a.m.", "Saturday, March 26, at 11 a.m.", "2016-03-26T11:00"),
    ("The shop closes Monday at midnight.", "Monday at midnight", "2016-04-04T24:00"),
    ("The deadline is April 2 at 3 p.m.", "April 2 at 3 p.m.", "2016-04-02T15:00"),
    ("It was held on March 3, 2016, at 10:30 a.m. in the hall.", "March 3, 2016, at 10:30 a.m.", "2016-03-03T10:30"),
])
def test_a_day_then_at_and_a_clock_time_is_one_time(sentence, text, value):
    # as "noon Friday" is one TIME, so is "Friday at noon" (the TIDES/TimeML extent takes the
    # postmodifying phrase)
    assert [(t.text, t.type, t.value) for t in tag(sentence, "2016-03-30")] == [(text, "TIME", value)]


def test_presently_is_the_present():
    assert [(t.text, t.value) for t in tag("Moscow is presently unable to meet the demand.", "2024-05-11")] == [
        ("presently", "PRESENT_REF")]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Rain fell throughout the night, police said.", "2016-11-08TNI"),
    ("The city was shelled during the night.", "2016-11-08TNI"),
    ("Shelling will continue through the night.", "2016-11-09TNI"),
    ("The bill passed on May 3. In the night it was signed.", "2016-05-03TNI"),
])
def test_a_night_told_in_the_past_with_no_day_is_the_night_just_gone(sentence, value):
    assert tagged(sentence, "2016-11-09")[-1] == value


def test_a_late_night_talk_show_is_no_time():
    assert tag("He spoke with late night talk show host Seth Meyers.", "2016-11-09") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("The election is on Sunday.", "2016-11-13"),
    ("The next hearing is Thursday.", "2016-11-10"),
    ("The vote is in March.", "2017-03"),
    ("The focus is on Russia, he said on Monday.", "2016-11-07"),
    ("It occurred at around 6.10am on Tuesday.", "2016-11-08T06:10"),
])
def test_a_date_told_with_the_present_of_be_lies_ahead(sentence, value):
    assert tagged(sentence, "2016-11-09")[-1] == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Zelensky is likely to make the case when he addresses the summit on Monday.", "2022-10-03"),
    ("The vote is likely to take place on Sunday.", "2022-10-02"),
])
def test_a_likely_plan_points_a_weekday_forward(sentence, value):
    assert tagged(sentence, "2022-09-28") == [value]


@pytest.mark.parametrize(("sentence", "values"), [
    ("Soon things got serious and he ran away.", []),
    ("Soon Russia began shelling the city.", []),
    ("The tables will soon be turned on Putin.", ["FUTURE_REF"]),
    ("He expects to soon see results.", ["FUTURE_REF"]),
])
def test_soon_in_a_told_past_is_not_the_future(sentence, values):
    assert tagged(sentence, "2022-09-28") == values


@pytest.mark.parametrize(("sentence", "value"), [
    ("He was ordered to attend a hearing beginning August 19.", "2016-08-19"),
    ("The new rules apply starting March 1.", "2017-03-01"),
    ("The strike ended, and the ban was lifted effective January 5.", "2016-01-05"),
])
def test_a_start_date_lies_ahead_unless_told_as_over(sentence, value):
    assert tagged(sentence, "2016-05-20") == [value]

@pytest.mark.parametrize("sentence, value", [
    ("Until Thursday, investigators had not called him a suspect.", "1999-05-06"),
    ("Until Wednesday, however, the department had declined to comment.", "1999-05-05"),
    ("The trial was adjourned until Monday.", "1999-05-10"),
    ("The store is closed until Monday.", "1999-05-10"),
])
def test_until_in_a_past_perfect_sentence_is_past(sentence, value):
    # 1999-05-07 is a Friday: "until" looks ahead unless the sentence is told in the past perfect
    assert tagged(sentence, "1999-05-07") == [value]


@pytest.mark.parametrize("sentence, value", [
    ("The spokesman said the two leaders could meet on Monday.", "2016-06-06"),
    ("Sanders could win California on Tuesday.", "2016-06-07"),
    ("Sunday's vote could decide the race.", "2016-06-05"),
    ("He could not be reached for comment on Monday.", "2016-05-30"),
    ("Police couldn't say on Monday whether the man was armed.", "2016-05-30"),
    ("Tuesday's attack could have been prevented.", "2016-05-31"),
])
def test_could_and_might_look_ahead_but_not_when_negated_or_perfect(sentence, value):
    # 2016-06-04 is a Saturday
    assert tagged(sentence, "2016-06-04") == [value]


def test_a_weekday_right_after_a_named_week_falls_in_that_week():
    found = tag("The aide was sure they would meet early next week, probably on Monday or Tuesday.", "2016-06-04")
    assert [(t.text, t.value) for t in found] == [
        ("early next week", "2016-W23"), ("Monday", "2016-06-06"), ("Tuesday", "2016-06-07")]
    found = tag("The talks were held last week, on Tuesday and Wednesday. On Monday, troops advanced.", "2016-06-04")
    assert [t.value for t in found] == ["2016-W21", "2016-05-24", "2016-05-25", "2016-05-30"]


@pytest.mark.parametrize("sentence, dct, value", [
    ("Sanders hopes to win delegates in Michigan this Tuesday.", "2016-03-04", "2016-03-08"),
    ("We will meet the mayor this Monday.", "2016-03-04", "2016-03-07"),
    ("The court ruled this Friday.", "2016-02-29", "2016-02-26"),
    ("The vote is this Sunday.", "2016-03-04", "2016-03-06"),
    ("Kasich is coming off a strong debate Thursday night.", "2016-03-04", "2016-03-03TNI"),
    ("He is recovering from a fall on Monday.", "2016-03-04", "2016-02-29"),
])
def test_this_weekday_follows_the_tense_and_looking_back_progressives(sentence, dct, value):
    assert tagged(sentence, dct) == [value]


@pytest.mark.parametrize("sentence, value", [
    ("Police barred the road on Saturday and workers could be seen tidying.", "2006-12-23"),
    ("They had until midnight on Thursday to make a deal.", "2006-12-28T24:00"),
    ("The talks, which had been planned for weeks, were delayed until Saturday.", "2006-12-30"),
])
def test_could_after_a_conjunction_and_had_without_a_participle(sentence, value):
    # 2006-12-27 is a Wednesday; "had until" is no past perfect, and a "could" in a clause after
    # "and" does not speak for the day before it
    assert [t.value for t in tag(sentence, "2006-12-27") if t.type != "DURATION"] == [value]
