"""Round 10 places: a city police acronym tells the country and region; streets are facilities there; ships
are no places."""

from __future__ import annotations

from dateline.entities import extract_entities
from dateline.nlp import parse
from dateline.places import resolve_places


def places(text: str):
    doc = parse(text)
    ms, _ = extract_entities(doc)
    return resolve_places(doc, ms)


def test_nypd_story_places_richmond_hill_in_new_york():
    found = {p.text: p for p in places("A woman was struck on 117th Street in Richmond Hill on Friday, the "
                                       "NYPD said.")}
    assert found["Richmond Hill"].country_code == "US" and found["Richmond Hill"].admin1 == "New York"
    assert found["117th Street"].country_code == "US"


def test_without_the_police_acronym_the_larger_richmond_hill_stays():
    found = {p.text: p for p in places("A woman was struck in Richmond Hill on Friday, police said.")}
    assert found["Richmond Hill"].country_code == "CA"


def test_street_typed_org_is_placed_as_a_facility():
    found = {p.text: p for p in places("Deputies closed Norwalk Boulevard in Los Angeles on Friday.")}
    assert found["Norwalk Boulevard"].kind == "facility" and found["Norwalk Boulevard"].country_code == "US"


def test_ship_named_after_a_city_is_no_place():
    found = [p.text for p in places("The INS Mysore rescued a ship in the Gulf of Aden. Mysore then sailed on.")]
    assert "Mysore" not in found and "INS Mysore" not in found
