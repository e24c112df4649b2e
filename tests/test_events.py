"""Event mentions: triggers, participants, dates, statuses and types (dateline.events)."""

from __future__ import annotations

from pathlib import Path

import pytest
from layer_checks import events_at

from dateline.events import EventMention, extract_events
from dateline.nlp import parse
from dateline.time import tag

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED = SHARED / "seed" / "annexation-2022-09-29.txt"
DCT = "2022-09-29"  # a Thursday


def events_of(text: str, dct: str = DCT) -> list[EventMention]:
    return events_at(text, dct)


def one(found: list[EventMention], lemma: str) -> EventMention:
    hits = [e for e in found if e.lemma == lemma]
    assert hits, f"no {lemma!r} event in {[e.lemma for e in found]}"
    return hits[0]


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[EventMention]]:
    if not SEED.exists():
        pytest.skip("the seed article (../shared/seed) is not on this machine")
    text = SEED.read_text(encoding="utf-8")
    return text, events_of(text)


def test_seed_offsets_point_at_triggers_and_participants(seed):
    text, found = seed
    assert len(found) > 20
    for e in found:
        assert text[e.start:e.end] == e.trigger
        assert text[e.sentence_start:e.sentence_end] == e.sentence
        for p in (*e.agents, *e.patients, *e.others):
            assert text[p.start:p.end] == p.text


def test_seed_signing_ceremony_is_planned_for_friday(seed):
    _, found = seed
    ceremonies = [e for e in found if e.lemma == "ceremony"]
    assert ceremonies and all(e.date_start == "2022-09-30" and e.status == "planned" for e in ceremonies)
    assert any(e.anchor == "timex" and e.timex and e.timex["text"].lower().startswith("tomorrow") for e in ceremonies)


def test_seed_us_statement_is_dated_wednesday(seed):
    _, found = seed
    said = [e for e in found if e.lemma == "say" and e.date == "2022-09-28"]
    assert said and said[0].anchor == "timex" and said[0].reporting and said[0].type == "STATEMENT"
    assert any(a.entity == "United States" for a in said[0].agents)
    recognize = [e for e in found if e.lemma == "recognize" and e.date == "2022-09-28"]
    assert recognize and recognize[0].status == "denied" and recognize[0].anchor == "reported"


def test_seed_referendums_and_votes_happened_before_the_article(seed):
    _, found = seed
    votes = [e for e in found if e.lemma in ("referendum", "vote")]
    assert len(votes) >= 3
    assert all(e.status == "happened" and e.date_end <= DCT for e in votes)


def test_seed_sanctions_are_planned(seed):
    _, found = seed
    sanctions = one(found, "sanction")
    assert sanctions.status == "planned" and sanctions.type == "SANCTION"
    assert sanctions.date == "2022-09-28"
    assert [p.text for p in sanctions.patients] == ["Moscow"]


@pytest.mark.parametrize(
    ("text", "lemma", "status"),
    [
        ("The president will visit Paris next week.", "visit", "planned"),
        ("The company plans to sell its factories.", "sell", "planned"),
        ("Russia did not attack the city.", "attack", "denied"),
        ("The rebels refused to release the hostages.", "release", "denied"),
        ("The army would attack the town if the talks collapse.", "attack", "hypothetical"),
        ("Protesters are marching through the capital.", "march", "ongoing"),
        ("Rebels attacked the town on Monday.", "attack", "happened"),
        ("Talks with the unions are scheduled for October 3.", "talk", "planned"),
    ],
)
def test_status_cues(text, lemma, status):
    assert one(events_of(text), lemma).status == status


def test_future_date_makes_an_event_planned():
    e = one(events_of("The summit takes place on October 12."), "summit")
    assert e.status == "planned" and e.date == "2022-10-12" and e.anchor == "timex"


def test_past_weekday_is_the_date_of_the_event():
    e = one(events_of("Rebels attacked the town on Monday, officials said."), "attack")
    assert (e.date, e.anchor, e.type) == ("2022-09-26", "timex", "ASSAULT")


def test_event_without_a_date_has_the_article_date_as_weak_anchor():
    e = one(events_of("Rebels attacked the town."), "attack")
    assert (e.date, e.anchor, e.weak_date) == (DCT, "article", True)


def test_statement_dates_the_events_it_reports():
    found = events_of("The minister said on Tuesday that soldiers had killed two civilians.")
    said, killed = one(found, "say"), one(found, "kill")
    assert said.date == "2022-09-27" and said.reporting
    assert (killed.date, killed.anchor, killed.reporting) == ("2022-09-27", "reported", False)


def test_participants_active_and_passive():
    e = one(events_of("The police arrested the suspect."), "arrest")
    assert [p.text for p in e.agents] == ["police"] and [p.text for p in e.patients] == ["suspect"]
    e = one(events_of("The suspect was arrested by the police in Lyon."), "arrest")
    assert [p.text for p in e.agents] == ["police"] and [p.text for p in e.patients] == ["suspect"]


def test_participants_map_to_entities_and_inherit_subjects():
    e = one(events_of("Germany plans to impose sanctions on Iran."), "impose")
    assert [(p.entity, p.label) for p in e.agents] == [("Germany", "GPE")]
    s = one(events_of("Germany plans to impose sanctions on Iran."), "sanction")
    assert [p.entity for p in s.patients] == ["Iran"]


def test_given_entities_and_places_are_used():
    text = "Kyiv forces shelled Donetsk on Sunday."
    doc = parse(text)

    class Ent:
        def __init__(self, start, end, label, key):
            self.start, self.end, self.label, self.key = start, end, label, key

    class Place:
        def __init__(self, start, end):
            self.start, self.end, self.text = start, end, text[start:end]
            self.name, self.country, self.lat, self.lon = "Donetsk", "UA", 48.0, 37.8

    ents = [Ent(0, 4, "GPE", "Ukraine"), Ent(20, 27, "GPE", "Donetsk")]
    found = extract_events(doc, tag(text, DCT), DCT, entities=ents, places=[Place(20, 27)])
    e = one(found, "shell")
    assert [p.entity for p in e.patients] == ["Donetsk"]
    assert e.place and e.place["name"] == "Donetsk" and e.place["start"] == 20


def test_light_verbs_are_not_triggers_unless_asked():
    text = "The company has three stores."
    assert not [e for e in events_of(text) if e.lemma == "have"]
    light = extract_events(parse(text), [], DCT, light=True)
    assert [e.lemma for e in light] == ["have"] and light[0].score < 1


def test_round_trip():
    for e in events_of("Russia will not sign the treaty with Ukraine on Friday, officials said."):
        d = e.to_dict()
        assert EventMention.from_dict(d) == e
        assert d["weak_date"] == e.weak_date


@pytest.mark.parametrize(
    ("text", "lemma", "kind", "plover"),
    [
        ("Syria said it will withdraw its troops from Lebanon.", "withdraw", "RETREAT", "AGREE"),
        ("The rebels said they would attack the capital.", "attack", "ASSAULT", "THREATEN"),
        ("Rebels attacked the capital on Monday.", "attack", "ASSAULT", "ASSAULT"),
        ("The president imposed sanctions on the regime.", "impose", "SANCTION", "SANCTION"),
        ("The minister said Sudan must return the helicopter.", "return", "RETREAT", "REQUEST"),
        # CAMEO's categories, mapped with PLOVER's CAMEO2PLOVER table
        ("Security forces tortured dozens of refugees.", "torture", "ASSAULT", "ASSAULT"),
        ("Workers blocked the bridge for three hours.", "block", "PROTEST", "PROTEST"),
        ("The senator blocked the bill on Tuesday.", "block", "REJECT", "REJECT"),
        ("Soldiers demolished three homes in Gaza.", "demolish", "COERCE", "COERCE"),
        ("The president has reneged on his commitment to hold elections.", "renege", "REJECT", "REJECT"),
        ("The government granted asylum to 18 rebels.", "grant", "AID", "AID"),
        ("The army lifted the blockade on Friday.", "lift", "RETREAT", "RETREAT"),
        ("The ministry summoned the ambassador.", "summon", "ACCUSE", "ACCUSE"),
        ("Serbia lodged an official protest with Albania.", "lodge", "ACCUSE", "ACCUSE"),
        ("The general resigned on Sunday.", "resign", "RETREAT", "RETREAT"),
        # an attempt is coded as the act; a stated intent to withdraw inspectors is a threat
        ("Militants said they attempted to assassinate the prime minister.", "assassinate", "ASSAULT", "ASSAULT"),
        ("North Korea has tried to hack into the computers of army officers.", "hack", "COERCE", "COERCE"),
        ("Annan announced that he will withdraw weapons inspectors from Iraq.", "withdraw", "SANCTION", "THREATEN"),
        ("The government accepted demands from the rebels.", "accept", "CONCEDE", "CONCEDE"),
    ],
)
def test_types_and_plover_codes(text, lemma, kind, plover):
    e = one(events_of(text), lemma)
    assert (e.type, e.plover) == (kind, plover)


@pytest.mark.parametrize(
    ("text", "lemma", "kind"),
    [
        ("Soldiers beat up the detainees.", "beat", "ASSAULT"),
        ("Bangladesh turned down the proposal.", "turn", "REJECT"),
        ("Police rounded up dozens of protesters.", "round", "COERCE"),
    ],
)
def test_a_particle_decides_the_type(text, lemma, kind):
    # contextual_types.tsv's "prt" relation: "beat up" is an assault, "beat" alone a defeat
    assert one(events_of(text), lemma).type == kind


def test_stepping_up_is_no_event_of_its_own():
    assert not [e for e in events_of("The rebels stepped up their attacks.") if e.lemma == "step"]


def test_past_perfect_and_after_put_the_event_before_its_date():
    found = events_of("The minister said on Tuesday that soldiers had killed two civilians.")
    assert one(found, "kill").before_anchor and not one(found, "say").before_anchor
    found = events_of("The announcement comes after referendums in four regions.")
    assert one(found, "referendum").before_anchor
    assert not one(events_of("Rebels attacked the town on Monday."), "attack").before_anchor


def test_an_attempt_or_a_move_to_do_something_is_not_yet_done():
    found = events_of("The United States said it would never recognize Russian attempts to annex parts of Ukraine.")
    assert one(found, "annex").status == "planned"
    assert one(events_of("Kyiv condemned the move to annex the regions."), "annex").status == "planned"


@pytest.mark.parametrize(
    "sentence, trigger, status",
    [
        ("The update will allow developers to create new applications.", "create", "planned"),
        ("Developers will be able to set the price.", "set", "planned"),
        ("The trial is set to begin on Wednesday.", "trial", "planned"),
        ("The UN urged Russia to withdraw its troops.", "withdraw", "planned"),
        ("Syria says it is willing to withdraw its troops from Lebanon.", "withdraw", "planned"),
        ("The minister is due to visit Kyiv.", "visit", "planned"),
        ("Rebels are unwilling to lay down their arms.", "lay", "denied"),
        ("The studios are in negotiations to arrange the deal.", "deal", "planned"),
        # "would" in the statement of a past reporting verb is a future in the past: announced, planned
        ("Jobs said he would be on medical leave.", "leave", "planned"),
        ("Jobs said he would be on medical leave if the board agreed.", "leave", "hypothetical"),
        ("Russia withdrew its troops from Kherson.", "withdrew", "happened"),
        ("Some sort of treaty will need to be struck by parliament.", "treaty", "planned"),
    ],
)
def test_status_of_complements_subjects_and_objects(sentence, trigger, status):
    found = {e.trigger: e.status for e in extract_events(parse(sentence), tag(sentence, "2022-09-29"), "2022-09-29")}
    assert found.get(trigger) == status, found


def test_a_since_date_does_not_date_the_other_events_of_the_sentence():
    s = "It has done so since February 24, and since 2014, which saw the annexation of Crimea."
    found = {e.trigger: e for e in extract_events(parse(s), tag(s, "2022-06-04"), "2022-06-04")}
    assert found["annexation"].date != "2022-02-24"
