"""Place resolution against the bundled gazetteer: context, ambiguity, regions, GeoJSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from layer_checks import places_of

from dateline.places import Place, places_geojson

SHARED = Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEED = SHARED / "seed" / "annexation-2022-09-29.txt"


def first(places: list[Place], text: str) -> Place:
    hits = [p for p in places if p.text == text]
    assert hits, f"{text!r} not resolved; got {[p.text for p in places]}"
    return hits[0]


def in_ukraine(p: Place) -> bool:
    return p.country_code == "UA" and 44 <= p.lat <= 53 and 22 <= p.lon <= 41


@pytest.fixture(scope="module")
def seed_places() -> list[Place]:
    if not SEED.exists():
        pytest.skip("the seed article is not on this machine")
    return places_of(SEED.read_text())


def test_seed_regions_are_ukraines_oblasts(seed_places):
    for name in ("Donetsk", "Luhansk", "Kherson", "Zaporizhzhia"):
        p = first(seed_places, name)
        assert p.kind == "region" and in_ukraine(p), p


def test_seed_peoples_republic_is_the_region(seed_places):
    p = first(seed_places, "Luhansk People's Republic")
    assert p.kind == "region" and p.name == "Luhansk" and in_ukraine(p)


def test_seed_countries_and_capital(seed_places):
    assert first(seed_places, "Russia").country_code == "RU"
    assert first(seed_places, "Ukraine").kind == "country"
    assert first(seed_places, "United States").country_code == "US"
    moscow = first(seed_places, "Moscow")
    assert moscow.kind == "city" and moscow.country_code == "RU"  # a capital alone is the city


def test_paris_texas_and_paris_france():
    tx = first(places_of("The storm hit Paris, Texas, on Sunday, officials said."), "Paris")
    assert tx.country_code == "US" and tx.admin1 == "Texas"
    fr = first(places_of("Protesters marched in Paris as France debated the pension law."), "Paris")
    assert fr.country_code == "FR"


def test_georgia_by_context():
    ge = first(places_of("Georgia's government in Tbilisi protested to Moscow about the border."), "Georgia")
    assert ge.kind == "country" and ge.country_code == "GE"
    us = first(places_of("Voters in Georgia lined up in Atlanta and Savannah for the Senate runoff."), "Georgia")
    assert us.kind == "region" and us.country_code == "US"


def test_region_word_after_the_name():
    places = places_of("Shelling continued in the Kherson region on Tuesday, Ukrainian officials said.")
    p = first(places, "Kherson")
    assert p.kind == "region" and in_ukraine(p)
    city = first(places_of("Ukrainian troops entered Kherson city centre as residents in Ukraine cheered."),
                 "Kherson")
    assert city.kind == "city" and in_ukraine(city)


def test_alias_names():
    places = places_of("Officials in the U.S. and Britain said the UK would join America in the talks.")
    assert {p.country_code for p in places} == {"US", "GB"}


def test_geojson_is_valid_featurecollection(seed_places):
    gj = places_geojson(seed_places)
    json.dumps(gj)  # serialisable
    assert gj["type"] == "FeatureCollection" and gj["features"]
    ids = [f["id"] for f in gj["features"]]
    assert len(ids) == len(set(ids))  # one feature per place
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["mentions"]
    ukraine = next(f for f in gj["features"] if f["properties"]["name"] == "Ukraine")
    lon, lat = ukraine["geometry"]["coordinates"]
    assert 22 <= lon <= 41 and 44 <= lat <= 53  # [lon, lat] order


def test_to_dict_has_geonameid():
    p = first(places_of("The delegation flew from Kyiv to Warsaw."), "Warsaw")
    d = p.to_dict()
    assert d["geonameid"] and d["country_code"] == "PL" and d["kind"] == "city"


def test_unknown_and_non_place_mentions_are_left_out():
    assert places_of("Zqxwv Blorptown said nothing at all.") == []


def test_event_named_after_a_place():
    p = first(places_of("Verstappen drove brilliantly in Sunday's Brazilian Grand Prix."), "Brazilian Grand Prix")
    assert p.country_code == "BR" and p.confidence <= 0.5 and "named after" in p.reason


def test_landmark_after_locative_preposition():
    p = first(places_of("Trump met Obama at the White House on Thursday."), "White House")
    assert p.kind == "landmark" and p.country_code == "US"
