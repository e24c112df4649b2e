"""Round-10 rule of the events layer: an event told again without a date takes the date the article gave
it elsewhere (dateline/events/retold.py), on short made-up sentences."""

from __future__ import annotations

from dateline.events import extract_events
from dateline.events.retold import family
from dateline.nlp import parse
from dateline.time import tag


def _all(text: str, dct: str) -> list:
    return extract_events(parse(text), tag(text, dct), dct)


def _by_start(text: str, dct: str, word: str, nth: int = 0) -> object:
    """The mention whose trigger starts at the nth occurrence of ``word``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(word, pos + 1)
    return next(e for e in _all(text, dct) if e.start == pos)


def test_forms_of_one_event_share_a_family() -> None:
    assert family("elect") == family("election") == "election"
    assert family("crashed") == "crashed"  # only lemmas are mapped
    assert family("crash") == "crash"


def test_the_same_crash_told_again_takes_its_day() -> None:
    text = ("A tram crashed in Leeds on Wednesday. Rescue teams worked through the night. "
            "The tram which crashed in Leeds was removed from the scene.")
    e = _by_start(text, "2021-05-15", "crashed", 1)
    assert e.date == "2021-05-12"
    assert e.anchor == "timex" and "same event" in e.timex["via"]
    assert e.timex["text"] == "Wednesday"  # provenance: the time expression that dated the first mention


def test_a_later_dated_mention_dates_an_earlier_undated_one() -> None:
    text = ("The boy who fell into the well was still trapped. "
            "The boy fell into the well on Sunday while playing with his father.")
    e = _by_start(text, "2021-05-15", "fell", 0)
    assert e.date == "2021-05-09"


def test_different_participants_keep_the_article_date() -> None:
    text = ("Protesters attacked the police station in Lyon on Monday. "
            "Rebels attacked the army base in Gao.")
    e = _by_start(text, "2021-05-15", "attacked", 1)
    assert e.date == "2021-05-15" and e.anchor != "timex"


def test_a_new_instance_or_a_present_tense_keeps_the_article_date() -> None:
    text = ("Leaders of Spain attended a summit in Rome on Monday. "
            "Leaders of Spain attended a summit for the first time.")
    e = _by_start(text, "2021-05-15", "attended", 1)
    assert e.date == "2021-05-15"
    text = "The mayor visited the hospital on Monday. The mayor visits the hospital."
    e = _by_start(text, "2021-05-15", "visits", 0)
    assert e.date == "2021-05-15"


def test_reporting_verbs_are_not_carried() -> None:
    text = "The minister said in March that taxes would rise. The minister said prices were stable."
    e = _by_start(text, "2021-05-15", "said", 1)
    assert e.date == "2021-05-15" and e.anchor != "timex"


def test_an_other_instance_does_not_give_its_date() -> None:
    text = ("Parliament approved the budget in a vote on Tuesday. The last vote was held in March. "
            "Opposition members left the chamber after the vote.")
    e = _by_start(text, "2021-05-15", "vote", 2)
    assert e.date != "2021-03"


def test_winning_a_dated_contest_takes_its_date() -> None:
    text = ("Voters went to the polls in Tuesday's mayoral election. "
            "Instead, the challenger Tom Baker won the election, shocking many.")
    e = _by_start(text, "2021-05-15", "won", 0)
    assert e.date == "2021-05-11"
    assert "its object" in e.timex["via"]
