"""Precision of dateline.events on news, round 3: hedged, demanded and conditional events, habits and
general truths, gerunds of activity, background nouns and the status of conjuncts and objects.

A mention scored 0.5 or more is meant to report a real, specific event; everything here is a
sentence written in the style of the errors read on GDELT news about the war in Ukraine."""

from __future__ import annotations

import pytest
from layer_checks import by_trigger, events_at

from dateline.events import EventMention
from dateline.events.lexicon import load

DCT = "2023-03-15"


def events_of(text: str, dct: str = DCT) -> list[EventMention]:
    return events_at(text, dct)


def test_lexicon_reads_the_round3_lists():
    lex = load()
    assert "condemn" in lex.performative_verbs and "often" in lex.habitual_adverbs
    assert "attempted" not in lex.realized_modifiers and "recent" in lex.realized_modifiers
    assert "urge" in lex.directive_verbs
    assert lex.status_cues[("aux", "can")] == "possible"


@pytest.mark.parametrize("text, word", [
    ("Russia must withdraw its troops from Kherson.", "withdraw"),
    ("If NATO were to intervene, the conflict would spread.", "intervene"),
    ("The West should impose tougher sanctions on Moscow.", "impose"),
    ("His arrest would not help end the war, the minister said.", "arrest"),
    ("Putin could order a new offensive in the east.", "offensive"),
])
def test_hedged_events_are_asides(text, word):
    assert by_trigger(events_of(text), word).score < 0.5


def test_a_reported_event_keeps_its_weight():
    found = events_of("Russia withdrew its troops from Kherson on Friday.")
    assert by_trigger(found, "withdrew").score == 1.0


def test_a_future_on_a_condition_is_hypothetical():
    found = events_of("If the talks fail, the government will impose new tariffs.")
    impose = by_trigger(found, "impose")
    assert impose.status == "hypothetical" and impose.score < 0.5
    plain = by_trigger(events_of("The government will impose new tariffs on Monday."), "impose")
    assert plain.status == "planned" and plain.score == 1.0


def test_a_past_event_with_a_condition_stays_real():
    found = events_of("If the figures are right, the army lost 200 tanks in January.")
    assert by_trigger(found, "lost").status == "happened"


def test_can_marks_a_possibility_without_changing_the_status():
    heard = by_trigger(events_of("Explosions can be heard across the city."), "heard")
    assert heard.status == "happened" and heard.score < 0.5
    prevent = by_trigger(events_of("We cannot prevent every strike."), "prevent")
    assert prevent.status == "denied" and prevent.score < 0.5


@pytest.mark.parametrize("text, asked, asker", [
    ("The minister urged Berlin to send more tanks.", "send", "urged"),
    ("Kyiv has long demanded that Moscow withdraw its forces.", "withdraw", "demanded"),
    ("Zelensky called on allies to deliver fighter jets.", "deliver", "called"),
])
def test_a_demanded_event_is_planned_but_the_request_is_the_event(text, asked, asker):
    found = events_of(text)
    assert by_trigger(found, asked).status == "planned"
    assert by_trigger(found, asked).score < 0.5
    assert by_trigger(found, asker).score == 1.0


@pytest.mark.parametrize("text, word", [
    ("Wars destroy lives and livelihoods.", "destroy"),
    ("The conductors check tickets and clean the carriages.", "check"),
    ("I often travel to Lviv by night train.", "travel"),
    ("NATO constantly provokes conflicts, the spokesman claimed.", "provokes"),
    ("Sanctions rarely change the behaviour of autocrats.", "change"),
    ("Sanctions rarely change the behaviour of autocrats.", "sanctions"),
    ("Hunger is used to punish, to divide and to destroy.", "destroy"),
    ("Drones are used to spot and to destroy tanks.", "spot"),
])
def test_habits_and_general_truths_are_asides(text, word):
    assert by_trigger(events_of(text), word).score < 0.5


@pytest.mark.parametrize("text, word", [
    ("We condemn the shelling of the railway station.", "condemn"),
    ("Kyiv rejects the latest proposal from Moscow.", "rejects"),
    ("Poland buys new tanks from South Korea", "buys"),  # a headline: its present is a past event
    ("The summit opens in Vilnius on Tuesday.", "opens"),  # a present with a date of its own
])
def test_acts_headlines_and_dated_presents_keep_their_weight(text, word):
    assert by_trigger(events_of(text), word).score == 1.0


@pytest.mark.parametrize("text, word", [
    ("She is dedicated to fighting corruption in the courts.", "fighting"),
    ("Securing the border with mines would be costly.", "securing"),
    ("The army prevented the convoy from reaching the town.", "reaching"),
    ("Mines remain a cheap way of defending key places.", "defending"),
])
def test_gerunds_of_activity_are_asides(text, word):
    assert by_trigger(events_of(text), word).score < 0.5


def test_a_gerund_after_a_compound_preposition_is_an_event():
    found = events_of("In addition to providing loans, the bank deployed advisers to Kyiv.")
    assert by_trigger(found, "providing").score == 1.0


def test_an_event_noun_inside_another_noun_phrase_is_background():
    found = events_of("The debate about mines grew out of the experience of the invasion.")
    assert by_trigger(found, "invasion").score < 0.5
    talks = by_trigger(events_of("Officials held a round of talks in Geneva."), "talks")
    assert talks.score == 1.0  # a noun of series passes its weight on


def test_a_conjunct_with_its_own_subject_keeps_its_own_status():
    found = events_of("China has not condemned the invasion, and its diplomats blame the West for the war.")
    assert by_trigger(found, "condemned").status == "denied"
    assert by_trigger(found, "blame").status == "happened"
    found = events_of("The fields will not be mined, but explosives will be stored near the border.")
    assert by_trigger(found, "stored").status == "planned"


@pytest.mark.parametrize("text", [
    "Moscow made efforts to legitimate the attempted annexation of the region.",
    "The EU will work to reverse Russia's illegal annexation of the peninsula.",
])
def test_an_existing_event_as_object_of_a_planned_verb_keeps_its_status(text):
    assert by_trigger(events_of(text), "annexation").status == "happened"


def test_an_object_created_by_a_support_verb_is_still_planned():
    found = events_of("Russia plans to launch an offensive in the spring.")
    assert by_trigger(found, "offensive").status == "planned"


def test_speaking_and_signalling_are_speech_acts():
    found = events_of("Speaking at a reception in Kyiv, the duchess thanked the survivors.")
    assert by_trigger(found, "speaking").type == "STATEMENT"
    found = events_of("The minister signaled that Belgrade could impose sanctions.")
    assert by_trigger(found, "signaled").type == "STATEMENT"


def test_newsletter_furniture_has_no_events():
    found = events_of("If you don't want to miss any important messages - sign up for our newsletter")
    assert not found


@pytest.mark.parametrize("text,word,why", [
    ("Russia must withdraw its troops from Ukraine.", "withdraw", "hedged"),
    ("Wars destroy lives and livelihoods.", "destroy", "habit"),
    ("The troops attacked the town on Monday.", "attacked", None),
])
def test_a_mention_says_why_its_score_is_low(text, word, why):
    ev = by_trigger(events_of(text), word)
    assert ev.score_why == why and (ev.score < 1.0) == (why is not None)
    assert EventMention.from_dict(ev.to_dict()).score_why == why


def test_comes_a_while_after_a_clause_dates_the_clause_that_long_before():
    found = events_of("This comes a day after Israel made a similar statement that it would not recognize them.",
                      "2022-09-29")
    assert (by_trigger(found, "statement").date, by_trigger(found, "statement").anchor) == ("2022-09-28", "timex")
    assert by_trigger(found, "recognize").date == "2022-09-29"  # past the clause: not moved
    found = events_of("The attack on Monday came three days after rebels seized the airport.", "2022-10-14")
    assert by_trigger(found, "attack").date == "2022-10-10"
    assert by_trigger(found, "seized").date == "2022-10-07"
    found = events_of("The decision came weeks after protests erupted.", "2022-10-14")
    assert by_trigger(found, "erupted").anchor != "timex"  # "weeks" says no length


def test_a_date_alone_before_a_headline_dates_it():
    found = events_of("Tomorrow... a signing ceremony will take place in Moscow.", "2022-09-29")
    assert (by_trigger(found, "ceremony").date, by_trigger(found, "ceremony").anchor) == ("2022-09-30", "timex")
    found = events_of("Monday: Putin signs the treaty. Later, crowds gathered.", "2022-10-01")
    assert by_trigger(found, "signs").date == "2022-09-26"
    assert by_trigger(found, "gathered").anchor == "article"  # only the sentence right after


def test_an_undated_event_a_verb_takes_a_stance_on_is_a_background_mention():
    found = events_of("Biden condemned the invasion of Ukraine.", "2022-03-01")
    assert (by_trigger(found, "invasion").score, by_trigger(found, "invasion").score_why) == (0.4, "background")
    assert by_trigger(found, "condemned").score == 1.0
    found = events_of("Russia launched an invasion of Ukraine.", "2022-03-01")
    assert by_trigger(found, "invasion").score == 1.0
