"""Time words inside titles of programmes, papers and films, "the past" as an adjective and "this time"
(an occasion) are no time expressions; capitals that still are stay tagged."""

from __future__ import annotations

import pytest

from dateline.time import tag


def _found(text: str, dct: str) -> list[tuple[str, str]]:
    """(text, value) of each time expression the tagger finds."""
    return [(t.text, t.value) for t in tag(text, dct)]


def _texts(text: str, dct: str = "2016-05-18") -> list[str]:
    return [t.text for t in tag(text, dct)]


@pytest.mark.parametrize("text", [
    "Trump told NBC's Today show that he would win.",
    'Speaking on ABC\'s "This Week," the senator said the plan failed.',
    'He said on ABC-TV\'s "This Week With David Brinkley" that talks would go on.',
    "The ministry was cited in the People's Daily as saying it would act.",
    "The singer told 60 Minutes she would move to Canada.",
    "It showed a picture of Gary Cooper from the film ``High Noon.''",
    "The group One Wisconsin Now unearthed the columns.",
    "This is VOA Today.",
    "He hosts the show Last Week Tonight on HBO.",
])
def test_title_words_are_not_timexes(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Talks Will Resume Next Week", ["Next Week"]),            # a headline in title case
    ("TALKS TO RESUME NEXT WEEK", ["NEXT WEEK"]),              # a headline in capitals
    ('"Today Ukraine is free," he said.', ["Today"]),          # a quotation's first word
    ("He said it was over. Today the troops left.", ["Today"]),
    ("They called it 'a cancer.' Now, officials have learned more.", ["Now"]),
    ("The polls close at 1500 GMT on Sunday.", ["1500 GMT on Sunday"]),  # one TIME, as "noon Sunday"
    ("Prices rise in Spring, the trader said.", ["Spring"]),   # a capitalized season
    ("The pools open on Memorial Day.", ["Memorial Day"]),     # a named day
    ("Voters went to the polls on Election Day.", ["Election Day"]),
])
def test_capitals_that_are_still_timexes(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Verbs in the past tense end in -ed.", []),               # "past" as an adjective
    ("The past champion lost.", []),
    ("Beck has in the past described him as a sociopath.", ["the past"]),
    ("It is too soon to say whether the plan works.", []),
    ("Prices will soon rise.", ["soon"]),
    ("This time around, the party won.", []),                  # an occasion, not a time
    ("There are no shipments at this time.", ["at this time"]),
])
def test_occasions_and_adjectives(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text, value", [
    ("It will save $500 million a year in costs.", "P1Y"),
    ("Workers there earn about $19 a day.", "P1D"),
    ("Prices rose 2.5% a year.", "P1Y"),
    ("They run four flights a week.", "P1W"),
])
def test_a_rate_is_a_set(text: str, value: str) -> None:
    (t,) = tag(text, "2016-05-18")
    assert (t.type, t.value) == ("SET", value)


def test_a_unit_that_is_no_rate_stays_a_duration() -> None:
    assert [(t.type, t.value) for t in tag("The strike lasted a week.", "2016-05-18")] == [("DURATION", "P1W")]
    assert [t.text for t in tag("No one season erases a century of bad teams.", "2016-05-18")] == ["a century"]
    assert [t.type for t in tag("No one season erases a century of bad teams.", "2016-05-18")] == ["DURATION"]


def test_the_day_a_clause_defines_is_not_the_last_day_named() -> None:
    text = "On Friday, he said she would debate on the day Sanders had proposed."
    assert [t.text for t in tag(text, "2016-04-05")] == ["Friday"]
    text = "We want counting to be done during the day when voters can see."
    assert [t.text for t in tag(text, "2016-04-05")] == []
    text = "On Friday, shares rose 5% on the day."
    assert [t.value for t in tag(text, "2016-04-05")] == ["2016-04-01", "2016-04-01"]


def test_later_that_night_is_one_timex() -> None:
    (day, night) = tag("On Friday the talks ended. Later that night, he left.", "2016-04-05")
    assert (night.text, night.value) == ("Later that night", "2016-04-01TNI")


def test_a_week_does_not_count_from_a_year() -> None:
    text = "Trade rose in 2015. Despite the week's turmoil, the crowd cheered."
    assert [t.value for t in tag(text, "2016-07-21")] == ["2015", "2016-W29"]


def test_a_plan_named_by_a_noun_is_no_future_cue() -> None:
    text = "During his visit on Monday, Kishida announced a new plan to invest $75 billion."
    assert [t.value for t in tag(text, "2023-03-22")] == ["2023-03-20"]
    assert [t.value for t in tag("They plan to meet on Friday.", "2023-03-22")] == ["2023-03-24"]


def test_a_season_joined_to_a_month() -> None:
    assert [t.value for t in tag("It was worse in February and spring, he added.", "2022-06-27")] == [
        "2022-02", "2022-SP"]


def test_at_the_moment_is_untagged_as_in_timebank() -> None:
    assert tag("There are no shipments at the moment.", "2022-06-27") == []


def test_a_time_word_after_a_date_line_is_no_title() -> None:
    text = "Apple unveils iPhone 4 June 8, 2010 Yesterday, at the conference, Jobs spoke."
    assert [t.text for t in tag(text, "2010-06-08")] == ["June 8, 2010", "Yesterday"]
    assert [t.text for t in tag("KYIV (Reuters) Today the troops left.", "2010-06-08")] == ["Today"]


@pytest.mark.parametrize("text", [
    "Russia lost 2000 tanks in the war.",
    "Troops moved along Route 1945 toward the border.",
    "Flight 1549 landed on the Hudson.",
    "The council adopted Resolution 2334 unanimously.",
])
def test_a_count_or_a_numbered_thing_is_no_year(text: str) -> None:
    assert tag(text, "2022-09-28") == []


def test_a_year_before_a_noun_is_still_a_year() -> None:
    assert [t.value for t in tag("He ran in the 1988 campaign; 93 percent of 2012 voters were white.",
                                 "2016-03-07")] == ["1988", "2012"]


@pytest.mark.parametrize("text", [
    "Gebrselassie ran 2:06:20 in Amsterdam.",
    "The race ended with his 2:09:30 victory.",
    "He broke the world record running 2:04:55.",
])
def test_a_race_time_is_no_time_of_day(text: str) -> None:
    assert tag(text, "2005-10-16") == []


def test_a_clock_time_is_still_a_time_of_day() -> None:
    assert [t.value for t in tag("At 9:30 the talks began; a 10:15 meeting followed.", "2005-10-16")] == [
        "2005-10-16T09:30", "2005-10-16T10:15"]


@pytest.mark.parametrize(("text", "found"), [
    ("It's nighttime in Kyiv. Here's what you need to know.", [("nighttime", "2022-09-28TNI")]),
    ("It's morning in Kyiv.", [("morning", "2022-09-28TMO")]),
    ("Russia lost 500 soldiers over last day, Ukraine says.", [("last day", "P1D")]),
    ("The candidates for president Thursday lashed out at each other.", [("Thursday", "2022-09-22")]),
    ("Every second delivery was premature.", []),
    ("Every second counts.", []),
    ("The alarm sounds every second.", [("every second", "PT1S")]),
])
def test_headline_and_number_words(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2022-09-28") == found


def test_a_capitalized_title_still_makes_a_weekday_a_name() -> None:
    assert tag("President Thursday spoke.", "2022-09-28") == []


@pytest.mark.parametrize(("text", "found"), [
    ("They declared war on them long ago.", [("long ago", "PAST_REF")]),
    ("Not long ago, prices were low.", [("Not long ago", "PAST_REF")]),
    ("That happened a long time ago.", [("a long time ago", "PAST_REF")]),
    ("How long ago was that?", []),
    ("She embarks on a rigorous year of charity appearances.", [("a rigorous year", "P1Y")]),
    ("It was a difficult week for the government.", [("a difficult week", "P1W")]),
    ("Ukraine faces a difficult summer, London says.", [("summer", "2024-SU")]),
    ("The envoy spoke in Moscow on 6 may.", [("6 may", "2024-05-06")]),
    ("Article 6 may apply.", []),
    ("It was just yet another day in Kyiv.", []),
])
def test_more_news_phrases(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2024-04-22") == found


def test_an_open_class_list_keeps_its_words_lower_case_words() -> None:
    from dateline.time.resources import load
    from dateline.time.scanner import LOWER

    res = load()
    assert res.lists["period_adjective"].open_class
    assert res.vocab["difficult"] in res.lower_chars() and LOWER in res.lower_chars()
    assert res.vocab["monday"] not in res.lower_chars()


@pytest.mark.parametrize(("text", "found"), [
    ("It will be Putin's last winter.", []),
    ("It was his last year in office.", []),
    ("The union endorsed her last summer.", [("last summer", "2022-SU")]),
    ("Prices rose last year.", [("last year", "2021")]),
])
def test_a_possessive_last_is_the_final_one(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2022-09-28") == found


@pytest.mark.parametrize(("text", "found"), [
    ("Time named her person of the year.", []),
    ("It was the best month of the year.", [("the year", "2016")]),
    ("Profit rose 5% for the year.", [("the year", "2016")]),
    ("Profit rose 5% in the year ended June 30.", [("the year", "P1Y"), ("June 30", "2015-06-30")]),
    ("Her fundraising in the first quarter of the year was strong.", [("the first quarter of the year", "2016-Q1")]),
    ("More than three-quarters came from donors.", []),
    ("Prices fell at the beginning of May last year.", [("the beginning of May last year", "2015-05")]),
    ("Prices fell in early March this year.", [("early March this year", "2016-03")]),
    ("Looking ahead to the fall, the campaign hired staff.", [("fall", "2016-FA")]),
])
def test_of_the_year_and_parts_of_months(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2016-04-22") == found


def test_a_month_part_with_last_year_keeps_its_mod() -> None:
    (t,) = tag("Prices fell at the beginning of May last year.", "2016-04-22")
    assert t.mod == "START"


@pytest.mark.parametrize(("text", "found"), [
    ("France backs Ukraine's bid to one day join Nato.", [("one day", "FUTURE_REF")]),
    ("They one day hope to return.", [("one day", "FUTURE_REF")]),
    ("He was sentenced to one day in jail.", [("one day", "P1D")]),
    ("The trip was cut to one day.", [("one day", "P1D")]),
])
def test_one_day_before_a_verb_is_some_day(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2023-06-20") == found


@pytest.mark.parametrize(("text", "found"), [
    ("The country changed over the past half-century.", [("the past half-century", "P50Y")]),
    ("The country changed over the past quarter-century.", [("the past quarter-century", "P25Y")]),
    ("Winter is coming, and Europe must prepare.", [("Winter", "2022-WI")]),
    ("The Winter Olympics begin.", []),
    ("At this moment, talks are under way.", [("this moment", "PRESENT_REF")]),
    ("This is the moment when it changed.", []),
    ("The shelling happens everyday.", [("everyday", "P1D")]),
    ("Everyday life is hard.", []),
    ("In the lead up to the Wednesday anniversary of the invasion of Ukraine on Feb. 24, he spoke.",
     [("Wednesday", "2022-08-24"), ("Feb. 24", "2022-02-24")]),
])
def test_round_19_phrases(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2022-08-20") == found


def test_a_figurative_tomorrow_is_no_day() -> None:
    assert tag("Imagine a tomorrow where work is honored, for the people of tomorrow.", "2016-04-28") == []


@pytest.mark.parametrize(("text", "found"), [
    ("According to a statement from May's office, talks go on.", []),
    ("Prices rose in May.", [("May", "2016-05")]),
    ("She has promised to trigger Article 50 by March.", [("March", "2017-03")]),
    ("By March, troops had withdrawn from the city.", [("March", "2016-03")]),
])
def test_may_the_person_and_a_month_by_a_deadline(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2016-11-10") == found


@pytest.mark.parametrize(("text", "found"), [
    ("March has been a success for the company.", [("March", "1997-03")]),
    ("Budanov believes August will be a turning point.", [("August", "1997-08")]),
    ("May has been criticised by her party.", []),
    ("The casinos won less in October than the same month last year.",
     [("October", "1996-10"), ("the same month last year", "1995-10")]),
])
def test_a_month_as_a_subject_and_the_same_month_last_year(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "1997-04-20") == found


def test_a_possessive_date_of_a_done_thing_is_past() -> None:
    found = tag("Russia's Feb. 24 invasion shocked Europe; it will mark its Feb. 24 invasion.", "2022-09-16")
    assert [t.value for t in found] == ["2022-02-24", "2022-02-24"]


@pytest.mark.parametrize(("text", "found"), [
    ("Sales rose in 2005 from 6.6 billion rand two years earlier.", [("2005", "2005"), ("two years earlier", "2003")]),
    ("He left in May 2010; three months earlier he had resigned.",
     [("May 2010", "2010-05"), ("three months earlier", "2010-02")]),
    ("Two hours earlier, the blast hit.", [("Two hours", "PT2H")]),
    ("It was two years earlier than planned.", [("two years", "P2Y")]),
    ("The bank was expected to hold its rates at a meeting on Thursday.", [("Thursday", "1997-04-03")]),
    ("The show airs on Sunday.", [("Sunday", "1997-04-06")]),
])
def test_years_earlier_and_expected_plans(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "1997-04-02") == found


@pytest.mark.parametrize(("text", "found"), [
    ("He made his first century of the tour.", []),
    ("It was his fifth century.", []),
    ("A relic of the 11th century was found.", [("the 11th century", "10")]),
    ("In future, the rules will be stricter.", [("future", "FUTURE_REF")]),
    ("In future talks, they will meet.", []),
    ("Trump will be sworn in on Inauguration Day.", [("Inauguration Day", "2017-01-20")]),
    ("The strike lasted for some time.", [("some time", "PXM")]),
])
def test_round_24_phrases(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2016-11-12") == found


@pytest.mark.parametrize(("text", "found"), [
    ("The judges are expected to hand down a verdict on February 24.", [("February 24", "2006-02-24")]),
    ("If the government fell on Dec. 8, a vote would follow.", [("Dec. 8", "2005-12-08")]),
    ("The NDP will withdraw its support in future no-confidence votes.", []),
    ("Pietersen raised his half-century off 69 balls.", []),
    ("Oil markets dived during the past day on fears of a cut.", [("the past day", "P1D")]),
])
def test_checked_on_newswire(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, "2005-12-04") == found
