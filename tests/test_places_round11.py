"""Round 11 places, from the CIR incident captions: a demonym is weaker evidence than a country's own name
("Russian shelling hit Donetsk" is the Ukrainian city), "Odessa" is Odesa, a place after a part word or
"the attack on", a caption's closing place, a village in the region named after it, a place name the model
cut short ("Bila Tserkva") and a place before a weekday ("hit Kharkiv Monday")."""

from __future__ import annotations

import pytest

from dateline.entities import extract_entities
from dateline.nlp import parse
from dateline.places import resolve_places


def places(text: str) -> dict[str, object]:
    doc = parse(text)
    ms, _ = extract_entities(doc)
    return {p.text: p for p in resolve_places(doc, ms)}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Russian shelling hit Donetsk on Monday.", "Donetsk", "UA"),
    ("Ukrainian forces shelled Donetsk, Russia.", "Donetsk", "RU"),
    ("Missile strike in Odessa", "Odessa", "UA"),
    ("Odessa, Texas, is an oil town.", "Odessa", "US"),
    ("MLRS strike in central Kharkiv", "Kharkiv", "UA"),
    ("Destroyed Russian military equipment after the attack on Mariupol", "Mariupol", "UA"),
    ("Civilian casualties after shelling in Heroiv Pratsi St, Kharkiv", "Kharkiv", "UA"),
    ("Rocket booster in a residential area of Kharkiv", "Kharkiv", "UA"),
    ("Residential area destroyed in Bila Tserkva", "Bila Tserkva", "UA"),
    ("Missiles hit Kharkiv Monday, officials said.", "Kharkiv", "UA"),
])
def test_the_place_and_its_country(text: str, name: str, country: str) -> None:
    found = places(text)
    assert name in found and found[name].country_code == country, {k: v.country_code for k, v in found.items()}


def test_a_village_named_before_a_region_is_only_one_of_that_region() -> None:
    found = places("TOS-1 Flamethrower in Vasylivka, Donetsk Oblast")
    assert "Vasylivka" not in found or found["Vasylivka"].admin1 == "Donetsk"


def test_the_attack_on_a_day_is_no_place() -> None:
    assert places("The attack on Monday was repelled.") == {}


def test_a_facility_named_after_a_clear_place_is_there_whatever_the_sentence_names() -> None:
    found = places("At Kherson International Airport, the Armed Forces of Ukraine destroyed the military "
                   "equipment of the Russian Federation")
    airport = found["Kherson International Airport"]
    assert airport.kind == "facility" and airport.country_code == "UA"
    assert "in the article's country" not in airport.reason
