"""Trigger precision and dating rules of dateline.events: property participles, discourse phrasal
verbs, named events, new event nouns, participants of adverbial gerunds and support-verb nouns, and
events the text dates only relative to another event."""

from __future__ import annotations

from layer_checks import by_trigger, events_at

from dateline.events import EventMention, extract_events
from dateline.events.lexicon import load
from dateline.time import tag

DCT = "2011-10-06"


def events_of(text: str, dct: str = DCT, light: bool = False) -> list[EventMention]:
    return events_at(text, dct, light=light)


def triggers(found: list[EventMention]) -> list[str]:
    return [e.trigger.lower() for e in found]


def test_lexicon_reads_the_new_lists():
    lex = load()
    assert "age" in lex.non_event_verbs and "move on" in lex.non_event_verbs
    assert "later" in lex.relative_cues
    assert "conference" in lex.event_name_heads
    assert {"order", "statement", "bailout"} <= lex.event_nouns


def test_property_participles_are_not_events():
    found = events_of("Jobs, aged 55, has taken medical leave. Apple released the SDK and the associated App Store.")
    got = triggers(found)
    assert "aged" not in got and "associated" not in got
    assert "released" in got and "leave" in got


def test_discourse_phrasal_verb_is_not_an_event_but_the_verb_alone_is():
    got = triggers(events_of("Moving on, Jobs announced the new phone. The company moved its headquarters."))
    assert "moving" not in got
    assert "announced" in got and "moved" in got


def test_named_events_and_their_acronyms():
    found = events_of("Jobs spoke at the Worldwide Developers Conference (WWDC) in San Francisco.")
    got = triggers(found)
    assert "conference" in got and "wwdc" in got
    assert "worldwide" not in got and "developers" not in got
    # a name whose last word is not an event's is not a named event ("appeal" as a common noun would be)
    assert "appeal" not in triggers(events_of("Apple Corps took the case to the Court of Appeal."))


def test_business_event_nouns():
    found = events_of("Airbus won orders for 30 jets, and GM received a government bailout.")
    got = triggers(found)
    assert "orders" in got and "bailout" in got


def test_adverbial_gerund_takes_the_main_subject():
    found = events_of("While introducing the phone, Jobs hinted at the incident. "
                      "Jobs unveiled the device by walking onto the stage.")
    for word in ("introducing", "walking"):
        assert [a.text for a in by_trigger(found, word).agents] == ["Jobs"], word


def test_noun_of_a_support_verb_takes_its_subject_as_agent():
    found = events_of("Last year Jobs made the decision to proceed.")
    assert [a.text for a in by_trigger(found, "decision").agents] == ["Jobs"]


def test_relative_narrative_date_is_not_the_article_date():
    found = events_of("He started Apple in 1976. One year later he was fired from the company and he founded NeXT.")
    assert by_trigger(found, "started").date == "1976" and not by_trigger(found, "started").relative
    for word in ("fired", "founded"):
        e = by_trigger(found, word)
        assert e.relative and e.date == "1977", word  # not the article date: one year after 1976


def test_relative_adverb_blocks_inheriting_the_head_date():
    found = events_of("He fought cancer in early 2009, later revealing he had undergone a transplant.")
    assert by_trigger(found, "fought").date == "2009"
    revealing = by_trigger(found, "revealing")
    assert revealing.relative and revealing.anchor == "article"


def test_own_date_beats_a_relative_adverb():
    e = by_trigger(events_of("Later, on August 24, Jobs resigned."), "resigned")
    assert e.anchor == "timex" and e.date == "2011-08-24" and not e.relative


def test_light_mode_counts_copulas_as_states():
    text = "The phone is thin."
    assert "is" not in triggers(events_of(text))
    light = events_of(text, light=True)
    assert by_trigger(light, "is").score < 1.0


def test_noun_modifying_participle_is_an_event_with_a_time_adverb():
    assert "announced" in triggers(events_of("Sales of the recently announced phone began Tuesday."))
    assert "announced" not in triggers(events_of("Sales of the announced phone began Tuesday."))


def test_event_noun_takes_the_date_of_its_participle():
    e = by_trigger(events_of("Apple Corps claims that Apple violates an agreement reached in 1991.", "2006-03-28"),
                   "agreement")
    assert e.anchor == "timex" and e.date == "1991"


def test_distance_before_another_event_is_relative():
    found = events_of("The software will be available on June 17, two days before the phone launches.", "2009-06-09")
    launch = by_trigger(found, "launches")
    assert launch.relative and launch.date != "2009-06-17"


def test_simple_past_verb_takes_no_date_after_the_article():
    # whatever the tagger makes of "Friday" here, a past "announced" cannot be after the DCT
    e = by_trigger(events_of("Apple announced Friday that it will give owners a free case.", "2010-07-17"),
                   "announced")
    assert e.status == "happened"
    assert e.date_start <= "2010-07-17"


def test_n_units_later_is_dated_from_the_last_dated_event():
    from dateline import nlp
    from dateline.events.extract import shift_value

    assert shift_value("1985", "P1Y", 1) == "1986"
    assert shift_value("2010-07-16", "P2D", -1) == "2010-07-14"
    assert shift_value("2008-12", "P3M", 1) == "2009-03"
    assert shift_value("1985", "P2D", 1) is None  # a year cannot be moved by days
    text = "Jobs left Apple in 1985. One year later he founded Pixar."
    found = {e.lemma: e for e in extract_events(nlp.parse(text), tag(text, "2011-10-06"), "2011-10-06")}
    assert (found["found"].date, found["found"].relative) == ("1986", True)
