"""Places, round 5: "X, the capital of the X region", small towns found by "the city of", newspapers and
think tanks named like places, and areas of one country (invented news sentences)."""

from __future__ import annotations

from layer_checks import places_of, places_with


def all_of(places, text):
    hits = [p for p in places if p.text == text]
    assert hits, f"{text!r} not in {[p.text for p in places]}"
    return hits


def test_a_name_before_the_capital_of_is_the_city_and_the_region_after_it_the_region():
    text = "Shelling hit Donetsk, the capital of the Donetsk region, on Monday, Ukrainian officials said."
    places = places_with(text, ("Donetsk", "GPE"), ("Ukrainian", "NORP"))
    assert [(p.kind, p.country_code) for p in all_of(places, "Donetsk")] == [("city", "UA")]
    both = [p for p in places_of(text) if p.text == "Donetsk"]
    assert [p.kind for p in both] == ["city", "region"]


def test_a_name_before_a_port_city_apposition_is_the_city():
    text = "Officials in Kherson, a southern port city, said the Kherson region had no power."
    kinds = [p.kind for p in places_of(text) if p.text == "Kherson"]
    assert kinds == ["city", "region"]


def test_a_region_apposition_keeps_the_region():
    text = "Officials in Donetsk, the eastern region of Ukraine, said the shelling went on."
    places = places_with(text, ("Donetsk", "GPE"), ("Ukraine", "GPE"))
    assert [p.kind for p in all_of(places, "Donetsk")] == ["region"]


def test_a_small_town_after_the_city_of_is_resolved_everywhere_it_is_named():
    text = ("Ukraine's army said Russian forces are trying to capture the city of Chasiv Yar in the Donetsk "
            "region. Capturing Chasiv Yar by May 9 would help them.")
    towns = all_of(places_of(text), "Chasiv Yar")
    assert len(towns) == 2
    assert {(p.kind, p.country_code, p.admin1) for p in towns} == {("town", "UA", "Donetsk")}


def test_a_newspaper_named_after_a_city_is_no_place():
    text = "The Sydney Morning Herald reported that Australia would send more aid to Ukraine."
    places = places_of(text)
    assert [p.text for p in places] == ["Australia", "Ukraine"]


def test_a_think_tank_opened_by_a_sea_name_is_no_place():
    text = "Mark Smith is a fellow at the Atlantic Council in Washington."
    places = places_with(text, ("Atlantic Council", "ORG"), ("Washington", "GPE"))
    assert [p.text for p in places] == ["Washington"]


def test_a_venue_opened_by_a_landmark_still_is_that_landmark():
    text = "The race at Interlagos Red Bull drew thousands of fans."
    places = places_with(text, ("Interlagos Red Bull", "ORG"))
    assert [(p.text, p.country_code) for p in places] == [("Interlagos", "BR")]


def test_siberia_is_in_russia():
    text = "Ukrainians, Estonians and Latvians were sent to Siberia."
    (p,) = places_with(text, ("Siberia", "LOC"))
    assert (p.name, p.country_code) == ("Siberia", "RU")


def test_a_big_city_as_the_subject_is_resolved():
    text = "Kharkiv came under heavy fire on Tuesday, Ukrainian officials said."
    (p,) = places_of(text)
    assert (p.text, p.kind, p.country_code) == ("Kharkiv", "city", "UA")


def test_a_facility_with_no_place_in_its_sentence_takes_the_one_of_the_sentence_before():
    text = ("Moscow said the students were safe. Officials in Moscow agreed.\n\n"
            "The old building stands in St Petersburg. Students gathered at Smolny College on Friday.")
    college = all_of(places_of(text), "Smolny College")[0]
    assert (college.kind, college.admin1, college.country_code) == ("facility", "St.-Petersburg", "RU")
    assert "sentence before" in college.reason


def test_a_facility_after_a_paragraph_break_takes_the_articles_place():
    text = ("Moscow said the students were safe. Officials in Moscow agreed. The old building stands in St "
            "Petersburg.\n\nStudents gathered at Smolny College on Friday.")
    college = all_of(places_of(text), "Smolny College")[0]
    assert "sentence before" not in college.reason
