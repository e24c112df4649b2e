"""Precision of dateline.events on news, round 5: opinion and explainer pieces (statements not made,
conditions, denials by the subject, verbs of belief and purpose), long quotations with scare quotes,
verbs that introduce quotations or credit a source, sub-headings, narrative dates, and places that
are addressees or sides.

A mention scored 0.5 or more is meant to report a real, specific event; every sentence here is
invented in the style of the errors read on GDELT news about the war in Ukraine."""

from __future__ import annotations

import pytest
from layer_checks import by_trigger
from test_events_round4 import events_of, place_of, spots

from dateline.events.furniture import heading_line, source_credit
from dateline.events.lexicon import load
from dateline.events.quoted import nested_quotations, quoted_spans
from dateline.nlp import parse


def test_lexicon_reads_the_round5_lists():
    lex = load()
    assert "in the event of" in lex.conditional_phrases and "learn" in lex.credit_verbs
    assert "believe" in lex.belief_verbs and "continue" in lex.quote_verbs and "poll" in lex.poll_sources
    assert "already" in lex.fact_adverbs and lex.status_cues[("subj", "none")] == "denied"
    assert lex.status_cues[("head", "obstruct")] == "denied" and "imagine" in lex.stative_verbs


# -- quotations ------------------------------------------------------------------------------------

LONG_QUOTE = ("“The world has changed. They launched an attack on all countries at once (you know this axis "
              "of “evil”: from Belarus to Iran), and they pushed these two states together. They realized "
              "it too late,” the president said.")


def test_a_scare_quote_inside_a_long_quotation_keeps_the_quotation_whole():
    (span,) = nested_quotations(LONG_QUOTE)
    assert LONG_QUOTE[span[0]:span[1]].endswith("too late,”")
    index = quoted_spans(LONG_QUOTE)
    pushed = LONG_QUOTE.index("pushed")
    assert index.covers(pushed, pushed + 6)


def test_the_verb_after_a_long_quotation_with_a_scare_quote_only_introduces_it():
    found = events_of(LONG_QUOTE)
    assert by_trigger(found, "said").score_why == "quote"


@pytest.mark.parametrize("text, verb", [
    ('"We will win this war, whatever it takes," he continued.', "continued"),
    ('"The offensive has stalled for good," the general concluded.', "concluded"),
])
def test_continued_and_concluded_introduce_quotations(text, verb):
    assert by_trigger(events_of(text), verb).score_why == "quote"


def test_continued_without_a_quotation_is_an_event():
    assert by_trigger(events_of("The army continued its advance on Monday."), "continued").score == 1.0


def test_a_quoted_past_perfect_reports_something_done():
    ev = by_trigger(events_of('"We had warned them about the attack," the minister said.'), "warned")
    assert ev.score == 1.0 and ev.before_anchor


# -- statements not made, conditions, denials --------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ('"I don\'t believe that Putin is ready to return to the old borders," he said.', "return"),
    ("If both sides admit that they have exhausted their forces, a truce may follow.", "exhausted"),
])
def test_the_complement_of_a_statement_not_made_is_hedged(text, word):
    ev = by_trigger(events_of(text), word)
    assert ev.score < 0.5 and ev.score_why == "hedged"


def test_the_complement_of_a_statement_made_stays_an_event():
    assert by_trigger(events_of("He admitted that the troops have left the city."), "left").score == 1.0


@pytest.mark.parametrize("text, word", [
    ("In the event of an invasion, the Russians can drive through Kharkiv.", "invasion"),
    ("In case of an attack, the dam would be destroyed.", "attack"),
])
def test_an_event_named_only_as_a_condition_is_hypothetical(text, word):
    ev = by_trigger(events_of(text), word)
    assert ev.status == "hypothetical" and ev.score < 0.5


def test_an_event_noun_joined_to_a_hedged_one_is_as_hedged():
    ev = by_trigger(events_of("Any artillery explosions and fire in the area may be dangerous."), "fire")
    assert ev.score < 0.5


@pytest.mark.parametrize("text, verb", [
    ("None of the international organizations recognized the vote.", "recognized"),
    ("No referendums were held in the city.", "held"),
])
def test_a_subject_that_denies_denies_the_event(text, verb):
    ev = by_trigger(events_of(text), verb)
    assert ev.status == "denied" and ev.score < 0.5


def test_an_event_its_object_kept_from_happening_did_not_happen():
    ev = by_trigger(events_of("Russia obstructed the signing of the agreement in 2013."), "signing")
    assert ev.status == "denied"


@pytest.mark.parametrize("text, verb", [
    ("It is difficult for him to imagine a turning point.", "imagine"),
    ("They realized that the sanctions were working.", "realized"),
])
def test_verbs_of_mind_are_no_events(text, verb):
    assert by_trigger(events_of(text), verb).score < 0.5


def test_a_purpose_with_supposed_to_is_no_deed():
    found = events_of("The vote was supposed to prove that Ukraine was a failed state.")
    assert by_trigger(found, "prove").score < 0.5 and by_trigger(found, "supposed").score < 0.5
    assert by_trigger(found, "vote").score == 1.0


# -- polls, states, facts of the present ---------------------------------------------------------------

def test_what_a_poll_found_is_an_opinion():
    assert by_trigger(events_of("Most Britons are backing more aid to Kyiv, the poll found."), "backing").score_why == "poll"


def test_a_dispute_is_a_long_state():
    assert by_trigger(events_of("The two countries are in dispute over the island."), "dispute").score < 0.5


def test_a_present_with_already_reports_a_fact():
    found = events_of("Officials said on Friday. London already provides intelligence and sends weapons to Kyiv.")
    assert by_trigger(found, "sends").score == 1.0 and by_trigger(found, "provides").score == 1.0


def test_a_present_without_such_an_adverb_stays_a_habit():
    found = events_of("Officials said on Friday. London provides intelligence and sends weapons to Kyiv.")
    assert by_trigger(found, "sends").score_why == "habit"


# -- narrative dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("Back then, Ukraine managed to keep the region.", "managed"),
    ("At that time, the parliament was controlled by the military.", "controlled"),
    ("After 12 days, his body was found in a forest.", "found"),
])
def test_phrases_of_narrative_time_make_the_date_relative(text, verb):
    ev = by_trigger(events_of(text), verb)
    assert ev.relative and ev.anchor == "article"


def test_then_alone_is_no_relative_phrase():
    assert not by_trigger(events_of("The troops then left the city."), "left").relative


def test_adjuncts_of_a_relative_event_are_relative_and_earlier():
    found = events_of("Days later he annexes the region after staging referendums.")
    annexes, staging, referendums = (by_trigger(found, w) for w in ("annexes", "staging", "referendums"))
    assert annexes.relative and annexes.score == 1.0  # a narrative present, no habit
    assert staging.relative and staging.before_anchor
    assert referendums.relative and referendums.before_anchor


def test_a_gerund_after_after_happened_before():
    assert by_trigger(events_of("He took power after destroying his opponents."), "destroying").before_anchor


# -- page furniture ------------------------------------------------------------------------------------

def test_a_sub_heading_gives_no_event():
    text = "Troops entered the city on Monday.\n\nVoting at gunpoint\n\nThe vote took place on March 16."
    found = events_of(text)
    assert by_trigger(found, "voting").score_why == "heading"
    assert by_trigger(found, "vote").score == 1.0


def test_a_named_sub_heading_gives_no_event():
    text = "Troops entered the city on Monday.\n\nJohnson's appeal\n\nThe court heard the case on Tuesday."
    assert by_trigger(events_of(text), "appeal").score_why == "heading"


def test_heading_line_needs_a_line_of_its_own():
    doc = parse("Troops entered the city on Monday.\n\nVoting at gunpoint\n\nThe vote was held.")
    assert [heading_line(s) for s in doc.sents] == [False, True, False]
    doc = parse("Voting at gunpoint\n\nThe vote was held.")  # the first line may be the headline
    assert not heading_line(next(iter(doc.sents)))


@pytest.mark.parametrize("text, verb", [
    ("Lukashenko said the West had made a mistake, BelTA has learned.", "learned"),
    ('The city is an easy goal - we read in "Washington Post".', "read"),
])
def test_a_verb_that_credits_the_source_is_no_event(text, verb):
    ev = by_trigger(events_of(text), verb)
    assert ev.score_why == "credit" and ev.score < 0.5


def test_learning_something_stays_an_event():
    doc = parse("Investigators learned that the bridge had been mined.")
    assert not source_credit(next(t for t in doc if t.lower_ == "learned"), load())


def test_a_link_to_the_outlet_is_furniture():
    assert not [e for e in events_of("For more information, please visit Onet") if e.trigger == "visit"]


def test_a_prefix_split_off_its_word_is_no_trigger():
    found = events_of("In 2015, Ukraine forced Russia to de-escalate the conflict.")
    assert not [e for e in found if e.trigger == "de"]


# -- places ----------------------------------------------------------------------------------------------

def test_the_sides_of_hyphenated_talks_are_no_place():
    text = "The US-Russia talks ended on Friday."
    assert place_of(events_of(text, places=spots(text, "US", "Russia")), "talks") is None


def test_a_named_place_before_an_event_noun_still_is_its_place():
    text = "The Kharkiv offensive began in September."
    assert place_of(events_of(text, places=spots(text, "Kharkiv")), "offensive") == "Kharkiv"


@pytest.mark.parametrize("text, verb", [
    ("Putin spoke to the people of Russia on Friday.", "spoke"),
    ("Biden appealed to Moscow on Friday.", "appealed"),
])
def test_the_addressee_of_a_statement_is_no_place(text, verb):
    name = "Russia" if "Russia" in text else "Moscow"
    assert place_of(events_of(text, places=spots(text, name)), verb) is None


def test_a_destination_stays_a_place():
    text = "Troops were sent to Ukraine on Monday."
    assert place_of(events_of(text, places=spots(text, "Ukraine")), "sent") == "Ukraine"


# -- habits, activities, comparisons -------------------------------------------------------------------

def test_a_participle_adding_to_a_habit_is_a_habit():
    found = events_of("The muddy plains often freeze, providing a more stable area for heavy vehicles.")
    assert by_trigger(found, "providing").score_why == "habit"


def test_a_participle_adding_to_an_event_stays_an_event():
    found = events_of("On Monday, Russian troops attacked the city, killing five people.")
    assert by_trigger(found, "killing").score == 1.0


def test_the_object_of_an_activity_gerund_is_an_activity():
    found = events_of("The idea of holding a vote in the middle of a war seemed crazy.")
    assert by_trigger(found, "vote").score_why == "activity"


def test_compared_to_is_a_comparison():
    found = events_of("The Russian speakers had more opportunities, compared to other groups.")
    assert by_trigger(found, "compared").score < 0.5


def test_historically_makes_a_past_a_general_truth():
    assert by_trigger(events_of("Historically, swamps played a large role in wars."), "played").score_why == "habit"


def test_a_journey_of_a_consulting_type_still_goes_to_its_destination():
    # written after the held-out sample showed "travelled to St Petersburg" losing its place
    text = "The African leaders travelled to St Petersburg on Saturday to meet Mr Putin."
    assert place_of(events_of(text, places=spots(text, "St Petersburg")), "travelled") == "St Petersburg"


def test_a_failed_prevention_denies_nothing():
    # written after reading the held-out sample ("the settlement that failed to prevent the war")
    found = events_of("The treaty failed to prevent the invasion in 1939.")
    assert by_trigger(found, "invasion").status == "happened"
    assert by_trigger(events_of("The treaty prevented the invasion in 1939."), "invasion").status == "denied"
