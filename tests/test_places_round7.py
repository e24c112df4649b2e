"""Places, round 7: historic states read as their successor, institutions named like buildings that are
no place ("Kremlin blackmail", "offered to the Kremlin"), and the entity rules of round 7 seen from the places
layer (invented news sentences)."""

from __future__ import annotations

from layer_checks import ents_with, places_with

from dateline.places import resolve_places
from dateline.places.gazetteer import load


def test_the_soviet_union_is_read_as_russia():
    hits = [c for c in load().lookup("Soviet Union") if c.entry.kind == "country"]
    assert [h.entry.country_code for h in hits] == ["RU"]


def test_the_ussr_in_a_sentence_is_a_place():
    text = "Estonia left the USSR in 1991, long before it joined the EU."
    places = places_with(text, ("Estonia", "GPE"), ("USSR", "GPE"), ("EU", "ORG"))
    assert [(p.text, p.country_code, p.kind) for p in places if p.text == "USSR"] == [("USSR", "RU", "country")]


def test_an_institution_modifying_a_noun_is_no_place():
    text = "Leaders in Europe must not give in to Kremlin pressure, the minister said."
    places = places_with(text, ("Europe", "LOC"), ("Kremlin", "ORG"))
    assert "Kremlin" not in [p.text for p in places]


def test_an_institution_after_a_dative_to_is_no_place():
    text = "Every concession handed to the Kremlin will be read as weakness, she said."
    places = places_with(text, ("Kremlin", "ORG"))
    assert places == []


def test_travel_to_the_institution_is_still_a_place():
    text = "The French president flew to the Kremlin for talks on Monday."
    places = places_with(text, ("French", "NORP"), ("Kremlin", "ORG"))
    assert [(p.text, p.kind, p.country_code) for p in places] == [("Kremlin", "landmark", "RU")]


def test_a_country_typed_org_in_a_list_is_resolved():
    text = "The war could spread to Armenia, the Balkans and central Asia, he said."
    doc, mentions, _ = ents_with(text, ("Armenia", "ORG"), ("Balkans", "ORG"), ("Asia", "LOC"))
    places = resolve_places(doc, mentions)
    assert ("Armenia", "country") in [(p.text, p.kind) for p in places]
    assert ("Balkans", "landmark") in [(p.text, p.kind) for p in places]


def test_an_agreement_named_after_a_city_is_no_place():
    text = "Diplomats said the Geneva III agreement had collapsed within a week."
    doc, mentions, _ = ents_with(text, ("Geneva III", "EVENT"))
    assert resolve_places(doc, mentions) == []
