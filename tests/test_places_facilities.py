"""Places beyond the gazetteer: facilities placed in their container, demonym areas, run-together names.

Most tests pass hand-made mentions to ``resolve_places`` so that they test the place layer, not
the entity tagger; a few run the whole pipeline.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from layer_checks import places_with as resolve

from dateline.entities import extract_entities
from dateline.nlp import parse
from dateline.places import Place, places_geojson, resolve_places
from dateline.places.facilities import has_facility_suffix, lowercase_suffix_end

SHARED = Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEED = SHARED / "seed" / "annexation-2022-09-29.txt"


def only(places: list[Place], text: str) -> Place:
    hits = [p for p in places if p.text == text]
    assert len(hits) == 1, f"{text!r}: got {[(p.text, p.name, p.kind) for p in places]}"
    return hits[0]


# --- facilities -------------------------------------------------------------------------------

def test_facility_in_the_place_written_after_it():
    places = resolve("Fans gathered outside Wrigley Field in Chicago on Wednesday.",
                     ("Wrigley Field", "FAC"), ("Chicago", "GPE"))
    f, chicago = only(places, "Wrigley Field"), only(places, "Chicago")
    assert f.kind == "facility" and f.name == "Wrigley Field" and f.id.startswith("facility:")
    assert (f.country_code, f.lat, f.lon, f.admin1) == ("US", chicago.lat, chicago.lon, chicago.admin1)
    assert "said to be in 'Chicago'" in f.reason and f.confidence < chicago.confidence


def test_facility_comma_container():
    f = only(resolve("The Cubs won at Progressive Field, Cleveland, late on Wednesday.",
                     ("Progressive Field", "FAC"), ("Cleveland", "GPE")), "Progressive Field")
    assert f.country_code == "US" and f.admin1 == "Ohio" and "said to be in" in f.reason


def test_facility_suffix_name_with_another_label_after_a_locative_word():
    # spaCy reads "Trump Towers" as a work of art; the facility word and "outside" make it a place
    places = resolve("Lady Gaga staged a protest outside Trump Towers as the United States voted.",
                     ("Trump Towers", "WORK_OF_ART"), ("United States", "GPE"))
    f = only(places, "Trump Towers")
    assert f.kind == "facility" and f.country_code == "US" and "named in its sentence" in f.reason


def test_facility_word_without_locative_is_not_a_place_for_other_labels():
    places = resolve("Trump Towers was a hit song in the United States.",
                     ("Trump Towers", "WORK_OF_ART"), ("United States", "GPE"))
    assert [p.text for p in places] == ["United States"]


def test_facility_takes_the_articles_place():
    text = "Crowds gathered in London on Monday.\n\nPolice closed Addiscombe Road after the crash."
    f = only(resolve(text, ("London", "GPE"), ("Addiscombe Road", "FAC")), "Addiscombe Road")
    assert f.country_code == "GB" and "main place 'London'" in f.reason
    assert f.confidence <= 0.3


def test_dateline_beats_other_places():
    text = ("LONDON (Reuters) - Ministers met in Paris and Berlin on Monday.\n"
            "Later, veterans laid wreaths at the Cenotaph.")
    f = only(resolve(text, ("LONDON", "GPE"), ("Paris", "GPE"), ("Berlin", "GPE"), ("Cenotaph", "FAC")),
             "Cenotaph")
    assert f.country_code == "GB" and "dateline" in f.reason


def test_consulate_is_not_in_the_country_its_name_names():
    f = only(resolve("Taliban fighters attacked the German Consulate in Mazar-i-Sharif overnight.",
                     ("German Consulate", "FAC"), ("Mazar-i-Sharif", "GPE")), "German Consulate")
    assert f.country_code == "AF"


def test_capitalised_place_word_in_a_street_name_yields_to_context():
    # "Richmond Park" in a London story is not in Richmond, Virginia
    f = only(resolve("Joggers in London crowded Richmond Park on Sunday.",
                     ("London", "GPE"), ("Richmond Park", "FAC")), "Richmond Park")
    assert f.country_code == "GB"
    # an airport named after its city, with nothing else known, is still placed there
    k = only(resolve("Crowds filled Kherson International Airport.", ("Kherson International Airport", "FAC")),
             "Kherson International Airport")
    assert k.country_code == "UA" and k.kind == "facility" and "named after 'Kherson'" in k.reason


def test_lowercase_facility_word_after_a_name():
    text = "The tram derailed near Sandilands tram station in Croydon, south London."
    places = resolve(text, ("Sandilands", "NORP"), ("Croydon", "GPE"), ("London", "GPE"))
    f = only(places, "Sandilands tram station")
    assert f.kind == "facility" and f.country_code == "GB" and "Croydon" in f.reason
    doc = parse("We met near Paris where the station is.")
    assert lowercase_suffix_end(doc, len("We met near Paris")) is None


def test_no_container_no_place():
    assert resolve("Everyone cheered at Wrigley Field.", ("Wrigley Field", "FAC")) == []


def test_spacy_fac_without_facility_word_needs_a_locative_word():
    text = "Creme Egg sales plunged in Britain last year."
    assert [p.text for p in resolve(text, ("Creme Egg", "FAC"), ("Britain", "GPE"))] == ["Britain"]


def test_facility_suffix_words():
    assert has_facility_suffix("Wrigley Field") and has_facility_suffix("Trump Tower's")
    assert not has_facility_suffix("Field") and not has_facility_suffix("Wrigley field")
    assert not has_facility_suffix("Donald Trump")


def test_geojson_marks_facilities_approximate():
    places = resolve("Fans gathered outside Wrigley Field in Chicago.", ("Wrigley Field", "FAC"), ("Chicago", "GPE"))
    kinds = {f["properties"]["name"]: f["properties"]["approximate"] for f in places_geojson(places)["features"]}
    assert kinds == {"Wrigley Field": True, "Chicago": False}


# --- demonym areas ----------------------------------------------------------------------------

def test_demonym_before_place_noun_is_a_place():
    p = only(resolve("Toblerone changed the shape of its bars in British stores.", ("British", "NORP")),
             "British stores")
    assert p.kind == "country" and p.country_code == "GB" and p.confidence <= 0.5
    p = only(resolve("Prices rose across many Chinese cities in May.", ("Chinese", "NORP")), "Chinese cities")
    assert p.country_code == "CN"


@pytest.mark.parametrize("text", [
    "The fee is paid in British pounds.",           # not a place noun
    "British stores raised prices on Monday.",      # no locative preposition
    "The port fell into Russian hands in March.",   # not a place noun
])
def test_demonym_phrases_that_are_not_places(text):
    demonym = next(w for w in ("British", "Russian") if w in text)
    assert resolve(text, (demonym, "NORP")) == []


# --- run-together and longer names ------------------------------------------------------------

def test_city_of_name():
    text = "Taliban Strike German Consulate in Afghan City of Mazar-i-Sharif"
    p = only(resolve(text, ("Afghan City", "GPE")), "Afghan City of Mazar-i-Sharif")
    assert p.country_code == "AF" and p.kind == "city"


def test_unknown_place_phrase_opened_by_a_demonym():
    p = only(resolve("Shells hit the Syrian Town overnight.", ("Syrian Town", "GPE")), "Syrian Town")
    assert p.kind == "country" and p.country_code == "SY" and p.confidence <= 0.5


def test_landmark_at_the_start_of_a_run_together_name():
    places = resolve("Verstappen was superb at Interlagos Red Bull chief Christian Horner said.",
                     ("Interlagos Red Bull", "ORG"))
    p = only(places, "Interlagos")
    assert p.kind == "landmark" and p.country_code == "BR"


def test_tail_of_a_name_only_for_part_words():
    assert resolve("Microsoft shipped Windows Mobile in 2003.", ("Windows Mobile", "GPE")) == []
    assert resolve("Voters across New England went to the polls.", ("New England", "LOC")) == []
    p = only(resolve("Crowds filled Midtown Manhattan.", ("Midtown Manhattan", "GPE")), "Midtown Manhattan")
    assert p.name == "Manhattan" and p.country_code == "US"
    f = only(resolve("He flew into Reagan National Airport near Washington.",
                     ("Reagan National Airport", "FAC"), ("Washington", "GPE")), "Reagan National Airport")
    assert f.kind == "facility" and f.country_code == "US"


# --- whole pipeline ---------------------------------------------------------------------------

def test_pipeline_places_a_stadium():
    text = "Thousands of fans gathered outside Wrigley Field in Chicago after the Cubs won."
    doc = parse(text)
    mentions, _ = extract_entities(doc)
    places = resolve_places(doc, mentions)
    f = [p for p in places if p.kind == "facility"]
    assert f and f[0].text == "Wrigley Field" and f[0].country_code == "US"


def test_seed_hall_is_in_the_kremlin_not_georgia():
    if not SEED.exists():
        pytest.skip("the seed article is not on this machine")
    text = SEED.read_text()
    doc = parse(text)
    mentions, _ = extract_entities(doc)
    hall = [p for p in resolve_places(doc, mentions) if p.text == "Georgian Hall"]
    assert hall and all(p.country_code == "RU" and p.kind == "facility" for p in hall)


def test_a_facility_named_after_a_landmark_inside_its_name_is_at_that_landmark():
    places = resolve("Leaders signed the accord at the Grand Kremlin Palace, officials in Russia said.",
                     ("Grand Kremlin Palace", "FAC"), ("Russia", "GPE"))
    f = only(places, "Grand Kremlin Palace")
    assert (f.kind, f.country_code, f.admin1) == ("facility", "RU", "Moscow")
    assert abs(f.lat - 55.75) < 0.05 and abs(f.lon - 37.62) < 0.05 and "'Kremlin'" in f.reason


def test_a_facility_can_be_in_a_facility_named_after_it():
    places = resolve("The vote was held in the Catherine Hall of the Grand Kremlin Palace in Russia.",
                     ("Catherine Hall", "FAC"), ("Grand Kremlin Palace", "FAC"), ("Russia", "GPE"))
    hall, palace = only(places, "Catherine Hall"), only(places, "Grand Kremlin Palace")
    assert (hall.lat, hall.lon, hall.admin1) == (palace.lat, palace.lon, "Moscow")
    assert "said to be in 'Grand Kremlin Palace'" in hall.reason


def test_a_landmark_after_a_part_of_it_is_a_place():
    places = resolve("Biden spoke in the East Room of the White House on Tuesday.", ("White House", "ORG"))
    assert [(p.text, p.kind, p.country_code) for p in places] == [("White House", "landmark", "US")]
    # an organisation after "of" with no place before it stays off the map
    assert resolve("He spoke in support of the White House plan.", ("White House", "ORG")) == []
    assert resolve("Critics of the White House said so.", ("White House", "ORG")) == []


def test_a_capital_gains_nothing_over_a_bigger_namesake_abroad():
    places = resolve("San Jose - Cisco Systems sued Apple on Wednesday.", ("San Jose", "GPE"))
    assert [(p.name, p.country_code) for p in places] == [("San Jose", "US")]
    assert [(p.name, p.kind) for p in resolve("Explosions were heard in Kiev.", ("Kiev", "GPE"))] == [("Kyiv", "city")]


def test_the_city_of_a_name_is_the_city():
    places = resolve("Russian missiles hit the central city of Cherkasy and the Kyiv region.",
                     ("Cherkasy", "GPE"), ("Kyiv", "GPE"))
    assert [(p.text, p.kind) for p in places] == [("Cherkasy", "city"), ("Kyiv", "region")]


def test_a_city_named_city_is_a_city():
    places = resolve("Rains hit Mexico City and Guatemala City.", ("Mexico City", "GPE"), ("Guatemala City", "GPE"))
    assert [(p.name, p.kind) for p in places] == [("Mexico City", "city"), ("Guatemala City", "city")]
    assert [p.kind for p in resolve("Officials in Kyiv City said so.", ("Kyiv City", "GPE"))] == ["region"]
