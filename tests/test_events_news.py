"""Event mentions on modern news: types decided by context (objects, modifiers, prepositions), passing
mentions of named events and long states, state participles, goals, phase verbs, web-page furniture,
speech acts that only stress, and statuses (future in the past, cancellations, "no plans to")."""

from __future__ import annotations

import pytest
from layer_checks import events_at

from dateline.events import EventMention
from dateline.events.lexicon import load

DCT = "2024-04-20"


def events_of(text: str, dct: str = DCT) -> list[EventMention]:
    return events_at(text, dct)


def by_trigger(found: list[EventMention], word: str) -> EventMention:
    hits = [e for e in found if e.trigger.lower() == word]
    assert hits, f"no {word!r} in {[e.trigger for e in found]}"
    return hits[0]


def strong(found: list[EventMention]) -> list[str]:
    """The triggers worth a timeline: score 0.5 and up."""
    return [e.trigger.lower() for e in found if e.score >= 0.5]


def test_lexicon_reads_the_context_lists():
    lex = load()
    rows = {(head, rel) for head, rel, _, _ in lex.contextual}
    assert ("strike", "obj") in rows and ("call", "oprd") in rows
    assert "relate" in lex.state_participles and "as oppose" in lex.state_participles
    assert "determine" in lex.participle_only and "determine" in lex.state_participles
    assert "since" in lex.reference_preps and "ahead of" in lex.reference_preps
    assert "anniversary" in lex.frame_nouns and "advertisement" in lex.boilerplate
    assert {"begin", "plan"} <= lex.complement_verbs and "war" in lex.state_nouns
    assert "rely" in lex.stative_verbs and "point out" in lex.reporting_verbs


# --- types from context -----------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The two countries struck a treaty on Monday.", "struck"),
    ("Moscow and Beijing struck a deal on gas supplies.", "struck"),
    ("China and Russia released a pact on energy cooperation.", "released"),
    ("The rivals sealed an agreement in Doha.", "sealed"),
])
def test_agreement_objects_make_ambiguous_verbs_agree(text, word):
    assert by_trigger(events_of(text), word).type == "AGREE"


def test_strike_on_a_place_is_an_assault_but_a_hunger_strike_a_protest():
    assert by_trigger(events_of("Ukrainian strikes on occupied Crimea crippled the fleet."),
                      "strikes").type == "ASSAULT"
    assert by_trigger(events_of("Missiles struck Kyiv overnight."), "struck").type == "ASSAULT"
    assert by_trigger(events_of("Refugees are continuing a hunger strike in protest."),
                      "strike").type == "PROTEST"
    assert by_trigger(events_of("Workers went on strike over pay."), "strike").type == "PROTEST"


def test_call_for_is_a_request_and_committing_crimes_an_assault():
    assert by_trigger(events_of("Zelenskyy called for a fair tribunal."), "called").type == "REQUEST"
    assert by_trigger(events_of("Russian soldiers committed war crimes in Bucha."), "committed").type == "ASSAULT"


def test_military_operation_and_counteroffensive_are_assaults():
    found = events_of("Mr Putin launched a special military operation against Ukraine on Thursday.")
    assert by_trigger(found, "launched").type == "ASSAULT"
    assert by_trigger(found, "operation").type == "ASSAULT"
    found = events_of("The mission comes as Ukraine launches a counter-offensive.")
    assert by_trigger(found, "launches").type == "ASSAULT"
    found = events_of("Moscow launched coordinated missile and artillery attacks on several cities.")
    assert by_trigger(found, "launched").type == "ASSAULT"


def test_general_strike_launched_stays_a_protest():
    assert by_trigger(events_of("Workers launched a general strike on Monday."), "launched").type == "PROTEST"


@pytest.mark.parametrize("text, word", [
    ("He defended the rules-based order against Russia.", "order"),
    ("The annexation was an act of aggression against the world order.", "order"),
    ("They met in order to discuss the plan.", "order"),
    ("Putin vowed to eliminate what he called a serious threat.", "called"),
])
def test_words_their_context_makes_no_event(text, word):
    assert word not in [e.trigger.lower() for e in events_of(text)]


def test_an_executive_order_is_still_an_event():
    assert "order" in strong(events_of("Biden signed an executive order on Friday."))


# --- passing mentions -------------------------------------------------------------------------

def test_named_event_as_a_time_reference_is_a_passing_mention():
    found = events_of("Since the Olympics, the city has built three new stadiums.")
    assert by_trigger(found, "olympics").score < 0.5
    assert "built" in strong(found)
    found = events_of("The Olympics begin in Paris next week.")
    assert by_trigger(found, "olympics").score == 1.0


def test_long_states_and_event_modifiers_are_passing_mentions():
    assert "war" not in strong(events_of("On day 48 of the war, he held a press event at a spaceport."))
    assert "war" not in strong(events_of("The team will investigate war crimes in Ukraine."))
    assert "conflict" not in strong(events_of("Putin has chosen his appearances carefully throughout the conflict."))
    found = events_of("On the anniversary of Russia's assault on Ukraine, China published a paper.")
    assert "assault" not in strong(found) and "published" in strong(found)


def test_a_dated_state_noun_keeps_its_weight():
    assert by_trigger(events_of("The war of 2008 lasted five days."), "war").score == 1.0


# --- state participles, goals, phase verbs, statives, questions, predicates ------------------------

@pytest.mark.parametrize("text, word", [
    ("The platform structures all issues related to the peninsula.", "related"),
    ("A Kyiv-based think tank published the report.", "based"),
    ("The talks focused on grain exports.", "focused"),
    ("A documentary entitled Crimea appeared on Friday.", "entitled"),
    ("The community is determined to win.", "determined"),
    ("Russian fears regarding the expansion of NATO grew.", "regarding"),
])
def test_state_participles_are_weak(text, word):
    assert word not in strong(events_of(text))


def test_a_participle_verb_with_an_object_or_clause_is_an_event():
    assert "based" in strong(events_of("Russia based its troops in Belarus."))
    assert "determined" in strong(events_of("The court determined that he lied."))


def test_goals_phase_verbs_statives_questions_and_predicates_are_asides():
    found = events_of("Mr Putin launched an operation on Thursday to eliminate the threat.")
    assert "eliminate" not in strong(found) and "launched" in strong(found)
    found = events_of("NATO members have begun deploying ships to Eastern Europe.")
    assert "begun" not in strong(found) and "deploying" in strong(found)
    found = events_of("Ukraine plans to hold the summit on August 23.")
    assert "plans" not in strong(found) and "hold" in strong(found)
    assert "relies" not in strong(events_of("Africa relies on food imports."))
    assert "happening" not in strong(events_of("What's happening in Ukraine?"))
    assert "decision" not in strong(events_of("It was the right decision, Putin said."))


def test_the_purpose_of_a_trip_is_not_an_aside():
    found = events_of("The African leaders travelled to St Petersburg on Saturday to meet Mr Putin.")
    assert "meet" in strong(found)
    found = events_of("Mr Putin launched an operation on Thursday to eliminate the threat.")
    assert "eliminate" not in strong(found)


def test_planned_complements_are_not_goals():
    found = events_of("Ukraine plans to hold the summit on August 23.")
    assert by_trigger(found, "hold").status == "planned"
    found = events_of("Zelenskyy praised U.S. efforts to investigate war crimes.")
    assert "investigate" in strong(found)


# --- web furniture and speech acts ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ADVERTISEMENT",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "You can read our full story of the event here",
    "We need your consent to load this Social Media content.",
])
def test_web_page_furniture_has_no_events(text):
    assert events_of(text) == []


def test_stressing_verbs_are_speech_acts():
    found = events_of("Zelensky emphasized that the war must end. He pointed out that talks failed.")
    assert by_trigger(found, "emphasized").reporting
    assert by_trigger(found, "pointed").reporting


# --- statuses ----------------------------------------------------------------------------------------

def test_would_after_a_past_reporting_verb_is_planned():
    found = events_of("Garland announced the U.S. would support the court.")
    assert by_trigger(found, "support").status == "planned"
    found = events_of("The minister said Russia would attack if NATO expanded.")
    assert by_trigger(found, "attack").status == "hypothetical"


def test_a_past_clause_with_its_own_subject_is_real():
    found = events_of("Putin warned that any attempt would lead to consequences as the attack began.")
    assert by_trigger(found, "attack").status == "happened"
    assert by_trigger(found, "attempt").status == "hypothetical"


def test_cancelled_and_unplanned_events_are_denied():
    assert by_trigger(events_of("Russia will cancel the parade on May 9."), "parade").status == "denied"
    assert by_trigger(events_of("The parade was canceled due to strikes."), "parade").status == "denied"
    found = events_of("He said there are no plans to hold a military parade on May 9.")
    assert by_trigger(found, "hold").status == "denied"


def test_a_finite_conjunct_is_outside_the_negation():
    found = events_of("Russia does not strive for peace, and still attacks civilians.")
    assert by_trigger(found, "strive").status == "denied"
    assert by_trigger(found, "attacks").status == "happened"


def test_a_requested_action_is_planned():
    found = events_of("The document called on both sides to suspend fighting.")
    assert by_trigger(found, "called").type == "REQUEST"
    assert by_trigger(found, "suspend").status == "planned"
