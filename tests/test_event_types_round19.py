"""Event types (PLOVER codes) added in round 19: words a context row types become triggers, typed
event nouns are triggers, a commitment to a hostile act is a threat, and the modality rows for
conditional offers, scheduled acts and preparations for force. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.events import EventMention, extract_events
from dateline.nlp import parse

DCT = "2024-05-02"


def events_of(text: str) -> list[EventMention]:
    return extract_events(parse(text), [], DCT)


def one(found: list[EventMention], lemma: str) -> EventMention:
    hits = [e for e in found if e.lemma == lemma]
    assert hits, f"no {lemma!r} event in {[e.lemma for e in found]}"
    return hits[0]


def test_light_verb_typed_by_its_object_is_a_trigger():
    # "give" is a light verb, but "gave ... euros of aid" is the row give + money: AID
    e = one(events_of("The European Union gave Ghana 20 million euros of aid on Monday."), "give")
    assert e.type == "AID"


def test_light_verb_without_a_typed_object_is_still_no_trigger():
    assert not [e for e in events_of("She gave him a book on Monday.") if e.lemma == "give"]


def test_noun_typed_by_its_modifier_is_a_trigger():
    # "exercise" is no event noun, but "military exercises" is a row: MOBILIZE, carried by "conducting"
    found = events_of("The navy is conducting military exercises off the coast.")
    assert one(found, "exercise").type == "MOBILIZE"
    assert one(found, "conduct").type == "MOBILIZE"


@pytest.mark.parametrize(("text", "lemma", "kind"), [
    ("Two soldiers were wounded in a firefight near the border on Sunday.", "firefight", "ASSAULT"),
    ("The emir launched a mediation effort between the two neighbours.", "mediation", "CONSULT"),
    ("The government ordered patrols by police after the riots.", "patrol", "MOBILIZE"),
    ("Police said the blast damaged three shops in the market.", "blast", "ASSAULT"),
])
def test_typed_event_nouns_are_triggers(text, lemma, kind):
    assert one(events_of(text), lemma).type == kind


@pytest.mark.parametrize("text", [
    "The rebels vowed to fight until the last village is retaken.",
    "Militants have sworn to fight until they take the city.",  # the infinitive parsed as a clause
])
def test_commitment_to_a_hostile_act_is_a_threat(text):
    found = events_of(text)
    fight = one(found, "fight")
    assert fight.status == "planned" and fight.plover == "THREATEN"
    commit = next(e for e in found if e.lemma in ("vow", "swear"))
    assert commit.type == "AGREE" and commit.plover == "THREATEN"


def test_commitment_to_cooperate_stays_agree():
    found = events_of("The minister pledged to send food aid to the flooded region.")
    assert one(found, "pledge").plover == "AGREE"
    assert one(found, "send").plover == "AGREE"


def test_conditional_offer_to_meet_is_agree():
    meet = one(events_of("The rebels said they would meet the envoy if he guaranteed their safety."), "meet")
    assert meet.status == "hypothetical" and meet.plover == "AGREE"


def test_scheduled_meeting_keeps_its_type():
    found = events_of("The president is scheduled to attend a summit in Geneva.")
    assert one(found, "attend").plover == "CONSULT"
    assert one(found, "summit").plover == "CONSULT"


def test_planned_attack_announced_is_still_a_threat():
    assert one(events_of("The army will attack the town, its commander said."), "attack").plover == "THREATEN"


def test_preparing_to_use_force_is_mobilize():
    assert one(events_of("The army prepared to resume shelling the town."), "shell").plover == "MOBILIZE"


@pytest.mark.parametrize(("text", "lemma", "kind"), [
    ("Ethiopia broke diplomatic relations with Libya on Tuesday.", "break", "SANCTION"),
    ("The negotiators returned to Geneva on Monday.", "return", "OTHER"),
    ("Israel returned the bodies to Lebanon on Monday.", "return", "RETREAT"),
    ("The opposition received assurances from the government on Friday.", "receive", "AGREE"),
])
def test_context_rows(text, lemma, kind):
    assert one(events_of(text), lemma).type == kind
