"""Places, round 6: Ukraine's official spellings as aliases that outrank GeoNames alternates, and the
entity rules of round 6 seen from the places layer (invented news sentences)."""

from __future__ import annotations

from layer_checks import ents_with, places_of

from dateline.places import resolve_places
from dateline.places.gazetteer import load


def test_a_hand_kept_alias_outranks_a_geonames_alternate():
    (hit,) = [c for c in load().lookup("Sloviansk") if c.entry.country_code == "UA"]
    assert hit.via == "alias"
    assert hit.entry.kind == "city"


def test_an_official_spelling_typed_person_in_a_list_of_places_is_the_city():
    text = "Russian missiles hit Sloviansk and Kramatorsk overnight, regional officials said."
    doc, mentions, _ = ents_with(text, ("Russian", "NORP"), ("Sloviansk", "PERSON"), ("Kramatorsk", "GPE"))
    places = resolve_places(doc, mentions)
    assert [(p.text, p.kind, p.country_code, p.admin1) for p in places if p.text == "Sloviansk"] == [
        ("Sloviansk", "city", "UA", "Donetsk")]


def test_a_town_named_before_community_is_resolved():
    text = "Ukrainian officials said Russian artillery hit the Sloviansk community in the Donetsk region."
    places = places_of(text)
    assert [(p.text, p.kind, p.country_code) for p in places if p.text == "Sloviansk"] == [("Sloviansk", "city", "UA")]


def test_a_place_cut_from_a_photo_credit_is_resolved_in_its_own_country():
    text = "Leaders met in Warsaw (Polish Government Press Office via Reuters) on Friday."
    doc, mentions, _ = ents_with(text, ("Warsaw (Polish Government Press Office", "ORG"), ("Reuters", "ORG"))
    places = resolve_places(doc, mentions)
    assert [(p.text, p.kind, p.country_code) for p in places] == [("Warsaw", "city", "PL")]


def test_a_shouted_us_is_no_place():
    text = "JOIN US ON TELEGRAM! Read our coverage of the war in Ukraine."
    assert [p.text for p in places_of(text)] == ["Ukraine"]


def test_a_hyphenated_pair_of_countries_gives_both_places():
    text = "Experts say the Russia-Ukraine war will not end soon."
    assert {p.country_code for p in places_of(text)} == {"RU", "UA"}


def test_a_formal_state_name_is_its_country():
    text = "Talks with the President of the Union of Comoros ended on Friday."
    assert [(p.text, p.country_code) for p in places_of(text)] == [("Union of Comoros", "KM")]
