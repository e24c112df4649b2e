"""Round-9 rules of the events layer (general news: sport, politics, celebrity pages), on short made-up
sentences."""

from __future__ import annotations

from dateline.events import extract_events
from dateline.events.furniture import furniture_spans, in_spans
from dateline.events.lexicon import load
from dateline.nlp import parse
from dateline.time import tag


def _all(text: str, dct: str) -> list:
    return extract_events(parse(text), tag(text, dct), dct)


def _events(text: str, dct: str) -> dict[str, object]:
    """trigger -> its mention (the last one of that trigger)."""
    return {e.trigger: e for e in _all(text, dct)}


def test_buttons_glued_into_a_sentence_are_no_events_but_the_sentence_is_kept() -> None:
    text = ("The striker is leaving the club Click to share on Facebook (Opens in new window) "
            "The keeper signed a new deal on Monday.")
    ev = _events(text, "2021-05-12")
    assert "share" not in ev and "Click" not in ev
    assert ev["signed"].score >= 0.5
    text = "Scroll down for video The mayor opened the new bridge on Tuesday."
    ev = _events(text, "2021-05-12")
    assert "Scroll" not in ev
    assert ev["opened"].date == "2021-05-11"


def test_furniture_spans_are_found_case_insensitively() -> None:
    text = "Great news. THANK YOU FOR SUBSCRIBING! The council met."
    spans = furniture_spans(text, load())
    assert spans and in_spans(text.index("THANK"), spans)
    assert not in_spans(text.index("council"), spans)


def test_compound_nouns_read_as_verbs_are_no_events() -> None:
    ev = _events("Their left fielder Tom Baker hit a home run with cutting edge bats.", "2021-05-12")
    assert "left" not in ev and "cutting" not in ev
    ev = _events("A pinch-hit single won the game for Boston.", "2021-05-12")
    assert "hit" not in ev
    # a real verb "left" stays an event
    ev = _events("The manager left the stadium on Sunday.", "2021-05-12")
    assert ev["left"].date == "2021-05-09"


def test_as_clause_dates_its_undated_main_clause() -> None:
    ev = _events("A fan who collided with the goalkeeper as he chased a loose ball in the 2011 final "
                 "was banned.", "2021-05-12")
    assert ev["collided"].date == "2011"
    # a reporting verb keeps its own date: "fell ... while harvesting on Sunday, officials reported"
    ev = _events("The boy fell into a well while he harvested vegetables on Sunday, officials reported.",
                 "2021-05-12")
    assert ev["reported"].date != "2021-05-09"


def test_a_possessive_day_date_describes_the_document_not_the_verb() -> None:
    ev = _events('"I write to update my March 3, 2021 letter that warned you of delays," the minister said.',
                 "2021-05-12")
    assert ev["warned"].date == "2021-03-03"
    assert ev.get("update") is None or ev["update"].date != "2021-03-03"
    # a date that is the event's own stays: "won the 2007 title"
    ev = _events("Smith won the 2007 title in Paris.", "2021-05-12")
    assert ev["won"].date == "2007"


def test_a_statement_after_a_quote_does_not_own_the_words_before_the_quote() -> None:
    text = ("Actress Jane Roe showed her support for the mayor 'We have never given permission to use our "
            "songs,' the band said in a statement in May.")
    ev = _events(text, "2021-11-09")
    assert ev["showed"].date == "2021-11-09"
    assert ev["said"].date == "2021-05"


def test_each_time_and_in_each_of_make_a_habit() -> None:
    ev = _events("The team reached the final four times but lost each time to Leeds.", "2021-05-12")
    assert ev["lost"].score < 0.5
    ev = _events("The club finished last in each of its first three seasons.", "2021-05-12")
    assert ev["finished"].score < 0.5
    # "each" on something that is no time: one event
    ev = _events("The company reduced the bar to 150g, with a wider gap between each peak.", "2021-05-12")
    assert ev["reduced"].score >= 0.5


def test_about_to_and_progressive_at_the_end_of_a_season_are_planned() -> None:
    ev = _events("The veteran is about to retire.", "2021-05-12")
    assert ev["retire"].status == "planned"
    ev = _events("The veteran is retiring at the end of the season.", "2021-05-12")
    assert ev["retiring"].status == "planned"
    ev = _events("The veteran is retiring from the stage.", "2021-05-12")
    assert ev["retiring"].status == "ongoing"


def test_an_infinitive_on_nothing_is_hypothetical() -> None:
    ev = _events("The review found nothing to change its earlier conclusion.", "2021-05-12")
    assert ev["change"].status == "hypothetical"
    assert ev["found"].status == "happened"


def test_idioms_and_address_compounds_are_no_events() -> None:
    ev = _events("It finally hit home that the title is still left hanging in the balance.", "2021-05-12")
    assert "hit" not in ev and "hanging" not in ev
    ev = _events("She kept her email address, and the missile hit the depot.", "2021-05-12")
    assert "address" not in ev
    assert ev["hit"].score >= 0.5
    ev = _events("The emails were understood to date from 2012.", "2021-05-12")
    assert "understood" not in ev


def test_commands_ask_for_events_that_did_not_happen() -> None:
    ev = _events("She wrote on Twitter: 'Say a prayer for the city.'", "2021-05-12")
    assert ev["Say"].status == "hypothetical"
    assert ev["wrote"].status == "happened"
    ev = _events("Please verify your address by clicking the box.", "2021-05-12")
    assert ev["verify"].status == "hypothetical"
    # a headline with a name read as a verb is no command, nor is a finished statement after a colon
    ev = _events("Believe it: Boston win the cup for the first time since 1972.", "2021-05-12")
    assert ev["win"].score >= 0.5
