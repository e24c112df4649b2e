"""Round 8 places (US/UK general news): buildings typed PERSON placed as facilities, team names are no
places, caption words cut out of a square's name, historic states."""

from __future__ import annotations

from dateline.entities import extract_entities
from dateline.nlp import parse
from dateline.places import resolve_places


def places(text: str):
    doc = parse(text)
    ms, _ = extract_entities(doc)
    return {p.text: p for p in resolve_places(doc, ms)}


def test_building_typed_person_is_a_facility_in_its_city():
    found = places("Trump Tower, a gleaming skyscraper, is on Fifth Avenue in New York.")
    tower = found.get("Trump Tower")
    assert tower is not None and tower.kind == "facility" and tower.country_code == "US"


def test_team_name_is_no_place():
    found = places("The Dallas Cowboys lost to the Green Bay Packers 30-20 in Dallas on Sunday.")
    assert list(found) == ["Dallas"]
    assert found["Dallas"].country_code == "US" and found["Dallas"].start > 20


def test_square_after_caption_words():
    found = places("Image copyright AFP Image caption Protesters gathered in Boston's Copley Square on Friday.")
    assert "Copley Square" in found and found["Copley Square"].country_code == "US"
    assert not any("Image" in t for t in found)


def test_soviet_union_is_read_as_russia():
    found = places("The Soviet Union collapsed in 1991.")
    assert found["Soviet Union"].country_code == "RU"


def test_english_counties_are_places_in_england():
    found = places("Flooding hit Cornwall and Devon overnight, and police in Kent closed roads near Dover.")
    for name in ("Cornwall", "Devon", "Kent"):
        assert found[name].country_code == "GB" and found[name].kind == "region", name
    assert found["Dover"].country_code == "GB"


def test_county_name_abroad_follows_its_qualifier():
    found = places("He was born in Norfolk, Virginia, and later moved to Surrey, British Columbia.")
    assert found["Norfolk"].country_code == "US"
    assert found["Surrey"].country_code == "CA"


def test_two_places_joined_by_and_are_two_places():
    found = places("Snow fell across Yorkshire and Lancashire as forecasters issued warnings.")
    assert found["Yorkshire"].country_code == "GB" and found["Lancashire"].country_code == "GB"


def test_hyphenated_city_split_by_the_model_is_one_place():
    found = places("A truck bomb hit the consulate in Mazar-i-Sharif on Thursday night.")
    assert found["Mazar-i-Sharif"].country_code == "AF"


def test_ap_state_abbreviation_is_the_state():
    found = places("Protesters blocked a freeway in Oakland, Calif., and marched in Charlotte, N.C., late Wednesday.")
    assert found["Calif."].name == "California" and found["Calif."].kind == "region"
    assert found["N.C."].name == "North Carolina"
    assert found["Oakland"].admin1 == "California"


def test_city_alias_ending_in_city_is_the_city():
    found = places("Air strikes hit Gaza City on Monday.")
    assert found["Gaza City"].country_code == "PS" and found["Gaza City"].kind == "city"


def test_football_clubs_are_no_places():
    found = places("Manchester United beat Leicester City on Saturday, fans in Leicester said.")
    assert "Manchester United" not in found and "Leicester City" not in found
    assert found["Leicester"].country_code == "GB"


def test_state_after_a_party_letter_is_the_state():
    found = places("Sen. Jane Roe, R-Texas, and Rep. John Doe, D-New York, spoke in Manhattan on Friday.")
    assert found["Texas"].kind == "region" and found["Texas"].name == "Texas"
    assert found["New York"].kind == "region"


def test_street_is_not_placed_in_the_place_it_is_named_after():
    found = places("Fans lined Michigan Avenue in Chicago as the parade passed.")
    assert all(p.admin1 != "Michigan" for p in found.values())
    found = places("Protesters marched down Pennsylvania Avenue toward the Capitol in Washington.")
    avenue = found.get("Pennsylvania Avenue")
    assert avenue is None or avenue.admin1 != "Pennsylvania"
