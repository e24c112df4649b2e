"""Round 11 (wire news 1994-2007, TempEval-3 silver): news agencies named by the words after them, football
clubs named after their city and scores glued to them, common given names, venues named before a lower-case
noun, two places joined by a hyphen, glued Arabic name particles, multi-word names written again."""

from __future__ import annotations

from layer_checks import entity_mentions, text_labels

from dateline.entities import extract_entities
from dateline.nlp import parse
from dateline.places import resolve_places


def pairs(text: str) -> list[tuple[str, str]]:
    return text_labels(entity_mentions(text))


def labels(found: list[tuple[str, str]], name: str) -> list[str]:
    return [label for text, label in found if text == name]


def test_agency_named_by_the_words_after_it_is_an_org_wherever_written():
    found = pairs("The smuggler was jailed for ten years, the Marmara news agency said. "
                  "Marmara said the court had rejected his appeal.")
    assert labels(found, "Marmara") == ["ORG", "ORG"]


def test_demonym_before_news_agency_stays_a_people():
    found = dict(pairs("The blast killed four people, the Iranian news agency reported."))
    assert found.get("Iranian") == "NORP"


def test_wire_agencies_of_the_table():
    found = dict(pairs("Pyongyang fired a missile on Tuesday, KCNA said, quoting Itar-Tass and Bernama."))
    assert found.get("KCNA") == "ORG"
    assert found.get("Itar-Tass") == "ORG"
    assert found.get("Bernama") == "ORG"


def test_score_is_cut_from_the_club_and_city_clubs_are_orgs_in_a_match_report():
    found = pairs("Torino edged struggling Parma 1-0 on Saturday to climb in the Serie A table. Parma had "
                  "chances to equalise. Udinese held Fiorentina 2-2.")
    assert not [text for text, _ in found if text.startswith("Parma ")]
    assert labels(found, "Parma") == ["ORG", "ORG"]
    assert ("Udinese", "ORG") in found and ("Fiorentina", "ORG") in found


def test_league_letter_stop_is_not_an_initial():
    found = pairs("Roma moved up to second in Serie A. Parma had chances to equalise.")
    assert ("Serie A", "ORG") in found
    assert not [text for text, _ in found if "A. " in text or text.endswith("A.")]


def test_city_stays_a_place_outside_a_match_report():
    found = dict(pairs("Floods hit Parma on Saturday and the mayor of Parma asked for help."))
    assert found.get("Parma") == "GPE"


def test_city_stays_a_place_after_in_in_a_match_report():
    found = pairs("The striker scored twice on a rainy day in Parma as his side won 3-1.")
    assert ("Parma", "GPE") in found


def test_common_given_name_makes_a_person():
    found = pairs("Roberto Castellani headed the only goal. Giampaolo Pazzini exchanged passes with "
                  "Tomasz Wieczorek before Castellani scored.")
    assert ("Roberto Castellani", "PERSON") in found
    assert ("Tomasz Wieczorek", "PERSON") in found
    assert labels(found, "Castellani") == ["PERSON"]


def test_given_name_with_an_org_word_is_no_person():
    found = dict(pairs("Peter Mining Company said output rose. Analysts at Simon Property Group agreed."))
    assert found.get("Peter Mining Company") == "ORG"
    assert found.get("Simon Property Group") == "ORG"


def test_venue_named_before_a_lower_case_noun_is_a_facility():
    text = ("Ten people were killed in east Baghdad near the Kadhimiya stadium, and the wounded were taken "
            "to the Nour hospital.")
    found = pairs(text)
    assert ("Kadhimiya stadium", "FAC") in found
    assert ("Nour hospital", "FAC") in found
    doc = parse(text)
    ms, _ = extract_entities(doc)
    places = {p.text: p for p in resolve_places(doc, ms)}
    assert places["Kadhimiya stadium"].kind == "facility" and places["Kadhimiya stadium"].country_code == "IQ"


def test_place_before_a_venue_noun_stays_a_place():
    found = dict(pairs("The wounded were taken to the Baghdad hospital."))
    assert found.get("Baghdad") == "GPE"


def test_two_places_joined_by_a_hyphen_are_two_places():
    text = "Sri Lanka will rebuild the Kandy-Anuradhapura and Badulla-Batticaloa highways with ADB money."
    doc = parse(text)
    ms, _ = extract_entities(doc)
    assert not [m.text for m in ms if "-" in m.text]
    places = {p.text: p.country_code for p in resolve_places(doc, ms)}
    assert places == {"Kandy": "LK", "Anuradhapura": "LK", "Badulla": "LK", "Batticaloa": "LK"}


def test_hyphenated_country_or_person_names_stay_whole():
    found = pairs("Guinea-Bissau voted. Jean-Pierre Bemba spoke in Kinshasa.")
    assert ("Guinea-Bissau", "GPE") in found
    assert ("Jean-Pierre Bemba", "PERSON") in found


def test_glued_arabic_particle_joins_the_name_and_the_surname_links():
    ms, ents = extract_entities(parse("Prime Minister Nuri al-Maliki's cabinet met. The court sentenced Awad Ahmed "
                                      "al-Bandar on Sunday. Bandar denied the charge."))
    names = {e.key: e.name for e in ents}
    found = {m.text: (m.label, names[m.key]) for m in ms}
    assert found.get("Nuri al-Maliki") == ("PERSON", "Nuri al-Maliki")
    assert found.get("Bandar") == ("PERSON", "Awad Ahmed al-Bandar")


def test_al_qaeda_alone_is_not_made_a_person():
    found = dict(pairs("Officials blamed al-Qaeda for the bombing."))
    assert found.get("al-Qaeda") != "PERSON" and found.get("Qaeda") != "PERSON"


def test_multiword_name_written_again_is_whole():
    found = pairs("The violence raged on as the Iraqi High Tribunal published a formal judgement rejecting the "
                  "appeal. The ruling was published on the website of the Iraqi High Tribunal, which convicted "
                  "him in November.")
    assert labels(found, "Iraqi High Tribunal") == ["ORG", "ORG"]
    assert ("Iraqi", "NORP") not in found


def test_name_inside_a_longer_name_is_not_made_whole_again():
    found = pairs("The New York Times said the New York governor spoke.")
    assert ("New York Times", "ORG") in found
    assert labels(found, "New York") == ["GPE"]


def test_broadcaster_named_by_the_word_after_it():
    found = pairs("The minister told Irish state TLC television that he would stay. He later told TLC he was sorry.")
    assert labels(found, "TLC") == ["ORG", "ORG"]


def test_acronym_of_a_named_event_is_the_event():
    ms, ents = extract_entities(parse("Japan topped the medal table at the East Asian Games (EAG) on Thursday. "
                                      "The EAG ends on Sunday."))
    eag = [m for m in ms if m.text == "EAG"]
    assert eag and all(m.label == "EVENT" for m in eag)
    assert len({m.key for m in ms if m.text in ("EAG", "East Asian Games")}) == 1


def test_chinese_taipei_is_taiwan_and_kurd_a_people():
    text = "Wu Wen-chien of Chinese Taipei was third. The chief judge, Rizkar Amin, a Kurd, smiled."
    doc = parse(text)
    ms, _ = extract_entities(doc)
    found = text_labels(ms)
    assert ("Chinese Taipei", "GPE") in found and ("Kurd", "NORP") in found
    places = {p.text: p.country_code for p in resolve_places(doc, ms)}
    assert places.get("Chinese Taipei") == "TW"


def test_port_of_a_known_city_is_a_place():
    text = ("Cyprus said Turkey must open the port of Famagusta to ships flying the Cypriot flag. Without the "
            "return of Famagusta there is no room for a deal, the Cyprus government spokesman said.")
    doc = parse(text)
    ms, _ = extract_entities(doc)
    assert set(labels(text_labels(ms), "Famagusta")) == {"GPE"}
    assert {p.name for p in resolve_places(doc, ms) if p.text == "Famagusta"} == {"Famagusta"}


def test_given_name_after_a_demonym_and_surname_link():
    ms, ents = extract_entities(parse("Japanese Takuro Sato won the pole vault. Sato cleared 5.00 meters on his "
                                      "first attempt, ahead of Kenji Watanabe."))
    names = {e.key: e.name for e in ents}
    found = {m.text: (m.label, names[m.key]) for m in ms}
    assert found.get("Takuro Sato") == ("PERSON", "Takuro Sato")
    assert found.get("Sato") == ("PERSON", "Takuro Sato")
    assert found.get("Japanese") == ("NORP", "Japanese")
