"""Round-8 rules of the events layer (general news: sport, accidents, politics), on short made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events import extract_events
from dateline.events.items import item_dates
from dateline.events.narrative import coming_weekday
from dateline.nlp import parse
from dateline.time import tag


def _events(text: str, dct: str) -> dict[str, object]:
    """trigger -> its mention (the last one of that trigger)."""
    return {e.trigger: e for e in extract_events(parse(text), tag(text, dct), dct)}


def test_when_clause_on_a_year_takes_that_year() -> None:
    ev = _events("It was the worst crash since 1987, when four passengers died after a bus caught fire.", "2021-05-12")
    assert ev["died"].date == "1987"
    assert ev["caught"].date == "1987"
    ev = _events("Reporters had less access than in 2004, when the old mayor handed over the keys.", "2021-05-12")
    assert ev["handed"].date == "2004"


def test_relative_clause_on_a_date_needs_when_or_that() -> None:
    ev = _events("Photo 3/12 The mayor opens the new bridge.", "2021-05-12")
    # a slide counter read as a date is the time layer's business; no relative clause rule is involved
    assert ev["opens"].anchor in ("timex", "article")


def test_chronology_items_date_the_words_after_them() -> None:
    text = ("TIMELINE March 3, 2019: The company is founded by two students in Leeds. "
            "June 8, 2020: It opens a second shop in York July 1, 2021: The founders sell the firm to a rival.")
    ev = _events(text, "2022-01-10")
    assert ev["founded"].date == "2019-03-03"
    assert ev["opens"].date == "2020-06-08"
    assert ev["sell"].date == "2021-07-01"
    assert ev["sell"].score == 1.0  # a chronology's present is no habit


def test_chronology_ends_at_past_prose_and_quotes() -> None:
    text = ("June 8, 2020: The council approves the plan 'We were surprised,' the mayor said. "
            "Residents protested outside the town hall.")
    ev = _events(text, "2022-01-10")
    assert ev["approves"].date == "2020-06-08"
    assert ev["said"].date != "2020-06-08"
    assert ev["protested"].date != "2020-06-08"


def test_statement_with_colon_is_no_chronology() -> None:
    ev = _events("The minister said on Monday: we will not resign.", "2021-05-12")
    assert ev["said"].date == "2021-05-10"


def test_year_naming_a_heading_is_no_item() -> None:
    text = "Champions League 2019: Liverpool beat Tottenham in Madrid."
    assert item_dates(next(iter(parse(text).sents)), tag(text, "2019-06-02")) == []
    text = "Liverpool won the cup May 5, 2019: Tottenham lost."
    assert [t.text for t in item_dates(next(iter(parse(text).sents)), tag(text, "2019-06-02"))] == ["May 5, 2019"]


@pytest.mark.parametrize("text,goal", [
    ("The bakery shrank its loaves in an effort to avoid raising prices.", "avoid"),
    ("The club sold two players in order to balance its books.", "balance"),
    ("Police closed the road in a bid to catch the driver.", "catch"),
])
def test_purpose_phrases_score_low(text: str, goal: str) -> None:
    ev = _events(text, "2021-05-12")
    assert ev[goal].score < 0.5
    assert max(e.score for e in ev.values()) == 1.0  # the main event stays


def test_gerund_inside_a_goal_scores_low() -> None:
    ev = _events("The bakery shrank its loaves in an effort to avoid raising prices.", "2021-05-12")
    assert ev["raising"].score < 0.5


def test_copyright_lines_are_furniture() -> None:
    ev = _events("The striker scored twice. All rights reserved. "
                 "This material may not be published, broadcast, rewritten or redistributed.", "2021-05-12")
    assert set(ev) == {"scored"}


def test_named_day_beats_bare_part_of_day() -> None:
    ev = _events("Twenty people were hurt when the ferry hit the pier during the morning rush on Tuesday.", "2021-05-13")
    assert ev["hit"].date == "2021-05-11"


def test_main_clause_takes_its_when_clause_date() -> None:
    ev = _events("Twenty people were hurt when the ferry hit the pier on Tuesday.", "2021-05-13")
    assert ev["hurt"].date == "2021-05-11"
    ev = _events("She was injured when a car hit her bike in 2015, and she will race again when the season opens next year.",
                 "2021-05-13")
    assert ev["race"].date == "2022"


def test_gerund_after_a_planned_event_is_planned() -> None:
    ev = _events("Next month she will retire after winning her 300th match.", "2021-05-13")
    assert ev["winning"].status == "planned"
    ev = _events("She retired after winning her 300th match.", "2021-05-13")
    assert ev["winning"].status == "happened"


def test_statement_is_not_dated_by_what_it_says() -> None:
    ev = _events("A second passenger said he was also on the bus on 2 April.", "2021-05-13")
    assert ev["said"].date == "2021-05-13"
    ev = _events("The group claimed the bombing, which it says is a response to air strikes earlier this month "
                 "which killed ten people.", "2021-05-13")
    assert ev["says"].date == "2021-05-13"
    assert ev["killed"].date == "2021-05"


def test_naming_verb_plans_nothing() -> None:
    ev = _events('The coach called the meeting "a disaster".', "2021-05-13")
    assert ev["meeting"].status == "happened"
    ev = _events("The mayor called the talks useful.", "2021-05-13")
    assert ev["talks"].status == "happened"
    ev = _events("The party called an early election.", "2021-05-13")
    assert ev["election"].status == "planned"


def test_reported_future_of_a_noun() -> None:
    ev = _events("Officials announced on Tuesday that the vote would be held on Friday.", "2021-05-13")
    assert ev["vote"].status == "planned"
    assert ev["vote"].score == 1.0
    ev = _events("The lawyers insisted the inquiry would find nothing.", "2021-05-13")
    assert ev["inquiry"].status != "planned"


def test_coming_weekday_for_planned_events() -> None:
    day = dt.date(2021, 5, 13)
    monday = next(t for t in tag("The strike began on Monday.", "2021-05-13") if t.text == "Monday")
    assert monday.value == "2021-05-10"  # the past tense of the sentence put it before the article
    moved = coming_weekday(monday, day)
    assert moved is not None and moved.value == "2021-05-17" and moved.interval == ("2021-05-17", "2021-05-17")
    later = next(t for t in tag("The strike will start on Monday.", "2021-05-13") if t.text == "Monday")
    assert coming_weekday(later, day) is None
    year = next(t for t in tag("The strike began in 2020.", "2021-05-13"))
    assert coming_weekday(year, day) is None
