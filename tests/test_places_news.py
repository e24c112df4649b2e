"""Place resolution on war and politics news: old spellings, capitals, mislabelled towns, speaking buildings.

Short invented sentences in news style; each test is one behaviour that held-out news needs.
"""

from __future__ import annotations

from layer_checks import places_of, places_with

from dateline.places import Place


def resolve(text: str, surface: str, label: str = "GPE") -> list[Place]:
    """Resolve one hand-labelled mention (its first occurrence)."""
    return places_with(text, (surface, label))


def named(places: list[Place], text: str) -> Place:
    hits = [p for p in places if p.text == text]
    assert hits, f"{text!r} not resolved; got {[(p.text, p.name) for p in places]}"
    return hits[0]


def test_old_spelling_of_a_capital_is_the_city():
    p = named(resolve("Diplomats flew to Kiev on Monday for talks with the government.", "Kiev"), "Kiev")
    assert (p.kind, p.name, p.country_code) == ("city", "Kyiv", "UA")


def test_capital_region_needs_a_region_word():
    p = named(resolve("Officials in the Kiev region reported power cuts.", "Kiev"), "Kiev")
    assert p.kind == "region" and p.country_code == "UA"
    q = named(resolve("Officials in the Kyiv region reported power cuts.", "Kyiv"), "Kyiv")
    assert q.kind == "region" and q.country_code == "UA"


def test_washington_alone_is_the_capital_not_the_state():
    p = named(resolve("The proposal from Washington angered officials in Beijing.", "Washington"), "Washington")
    assert p.kind == "city" and p.country_code == "US" and abs(p.lon + 77.0) < 1
    s = named(resolve("Wildfires spread across Washington state on Sunday.", "Washington"), "Washington")
    assert s.kind == "region"


def test_towns_the_model_mislabels_are_resolved():
    places = places_of("Russian missiles struck Kramatorsk and Sloviansk overnight, Ukrainian officials said.")
    for name in ("Kramatorsk", "Sloviansk"):
        p = named(places, name)
        assert p.country_code == "UA" and p.kind == "city" and p.admin1 == "Donetsk"


def test_residents_of_a_city_and_a_region_word():
    p = named(places_of("Residents of Odesa queued for water after the Ukrainian port was hit."), "Odesa")
    assert p.kind == "city" and p.country_code == "UA"
    r = named(places_of("Shelling hit the Mykolaiv region overnight, Ukrainian officials said."), "Mykolaiv")
    assert r.kind == "region" and r.country_code == "UA"


def test_transliteration_alias():
    p = named(places_of("A drone hit an apartment block in Kryvyi Rih on Friday."), "Kryvyi Rih")
    assert p.country_code == "UA" and p.kind == "city"


def test_donbas_is_its_own_area_not_one_oblast():
    for spelling in ("Donbas", "Donbass"):
        p = named(resolve(f"Fighting raged across the {spelling} on Friday.", spelling, "LOC"), spelling)
        assert p.kind == "landmark" and p.name == "Donbas" and p.country_code == "UA" and p.admin1 == ""


def test_a_building_that_speaks_is_no_place():
    text = "The remark drew a sharp reply from Kremlin spokesman Ivan Sidorov."
    assert not [p for p in resolve(text, "Kremlin", "ORG") if p.text == "Kremlin"]
    text = "Kyiv objected to the Kremlin's demands."
    assert not [p for p in resolve(text, "Kremlin", "ORG") if p.text == "Kremlin"]
    # ... but the building as a place is still one
    p = named(resolve("Protesters gathered outside the Kremlin on Sunday.", "Kremlin", "ORG"), "Kremlin")
    assert p.kind == "landmark" and p.country_code == "RU"


def test_demonym_not_in_the_table_is_no_place():
    places = places_of("Navy commandos detained 12 Somali pirates off the coast on Saturday.")
    assert not [p for p in places if p.text == "Somali"]


def test_seas_and_areas_have_no_country():
    p = named(resolve("Russian warships blocked the Sea of Azov for a week.", "Sea of Azov", "LOC"), "Sea of Azov")
    assert p.kind == "landmark" and p.name == "Sea of Azov" and p.country_code == ""  # not the town of Azov
    p = named(resolve("Grain ships crossed the Black Sea to Istanbul.", "Black Sea", "LOC"), "Black Sea")
    assert p.kind == "landmark" and p.country_code == "" and 40 < p.lat < 47


def test_water_and_direction_words_name_no_place():
    assert resolve("Ships gathered in the Gulf of Finland.", "Gulf of Finland", "LOC") == []  # no Gulf province
    assert resolve("Troops of the Eastern Military District moved west.", "Eastern Military District", "LOC") == []
    p = named(resolve("Crowds cheered at the Brazilian Grand Prix.", "Brazilian Grand Prix", "EVENT"),
              "Brazilian Grand Prix")
    assert p.country_code == "BR"  # a name that starts with a place still names it


def test_place_name_and_lowercase_words_that_name_a_landmark():
    text = "Shelling near the Zaporizhzhia nuclear plant worried inspectors."
    p = named(resolve(text, "Zaporizhzhia"), "Zaporizhzhia nuclear plant")
    assert p.kind == "landmark" and p.country_code == "UA" and text[p.start:p.end] == "Zaporizhzhia nuclear plant"
    c = named(resolve("Shelling near Zaporizhzhia worried residents.", "Zaporizhzhia"), "Zaporizhzhia")
    assert c.kind == "city"


def test_a_source_after_according_to_is_no_place():
    assert resolve("The buildup continues, according to the Pentagon.", "Pentagon", "ORG") == []
    assert resolve("A statement from the White House followed.", "White House", "ORG") == []
    p = named(resolve("Reporters waited outside the Pentagon on Monday.", "Pentagon", "ORG"), "Pentagon")
    assert p.kind == "landmark" and p.country_code == "US"


def test_small_town_only_in_a_country_the_article_names():
    p = named(places_of("Fighting continued near Soledar, Ukraine's military said."), "Soledar")
    assert p.kind == "town" and p.country_code == "UA" and p.admin1 == "Donetsk"
    assert p.id.startswith("town:UA:Soledar:")
    # the same name with no town of that name in the article's countries, or not after a preposition
    assert not [p for p in places_with("Talks near Soledar, France, went on.", ("Soledar", "GPE"),
                                       ("France", "GPE")) if p.text == "Soledar"]
    assert not [p for p in places_of("The satellite stayed in Earth's orbit, the United States said.")
                if p.text == "Earth"]


def test_small_town_the_model_calls_a_person():
    places = places_of("Russian troops shelled Soledar, Ukrainian officials said.")
    assert [(p.text, p.kind, p.country_code) for p in places] == [("Soledar", "town", "UA")]
    # a surname after "to" or before "'s" stays a person even where a small town has that name
    assert not places_of("In Smith's view, the United States must act.")[:-1]
    assert "Johnson" not in {p.text for p in places_of("Biden spoke to Johnson in Washington on Monday.")}
