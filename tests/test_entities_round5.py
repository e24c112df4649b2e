"""Entities, round 5: newspaper names, named exercises, towns named after "the city of", big places as
sentence subjects, names given an age, role words typed ORG, titles of rulers, and the cached token
strings the rules share (invented news sentences).

Where a test needs the small model's typical mistake, the model's entities are set by hand
(``ents_with``), so that the test checks dateline's rules, not the model of the day.
"""

from __future__ import annotations

from layer_checks import ents_with

from dateline.entities import EntityMention, extract_entities
from dateline.entities.caps import caps_line_ranges
from dateline.entities.spans import doc_words
from dateline.nlp import parse


def labels(mentions: list[EntityMention], text: str) -> list[str]:
    return [m.label for m in mentions if m.text == text]


# -- newspapers and exercises ----------------------------------------------------------------------------

def test_a_newspaper_name_typed_event_is_an_organisation():
    text = "The Sydney Morning Herald reported that Australia would send more aid to Ukraine."
    _, mentions, _ = ents_with(text, ("Sydney Morning Herald", "EVENT"), ("Australia", "GPE"), ("Ukraine", "GPE"))
    assert labels(mentions, "Sydney Morning Herald") == ["ORG"]
    assert labels(mentions, "Australia") == ["GPE"]


def test_a_newspaper_name_typed_place_is_an_organisation():
    text = "The views are the author's and not necessarily those of the Kyiv Post, which is based in Kyiv."
    _, mentions, _ = ents_with(text, ("Kyiv Post", "GPE"), ("Kyiv", "GPE", 70))
    assert labels(mentions, "Kyiv Post") == ["ORG"]
    assert labels(mentions, "Kyiv") == ["GPE"]


def test_a_named_exercise_before_a_lower_case_noun_is_an_event():
    text = "About 3,000 troops joined the Allied Resolve 2022 exercise in Poland on Monday."
    _, mentions, _ = ents_with(text, ("Poland", "GPE"))
    assert labels(mentions, "Allied Resolve 2022") == ["EVENT"]


def test_drills_of_a_people_an_acronym_or_a_place_are_no_event():
    text = "Russian drills, NATO exercises and Belarus drills went on, while Sea Breeze drills began in July."
    _, mentions, _ = ents_with(text, ("Russian", "NORP"), ("NATO", "ORG"), ("Belarus", "GPE"))
    assert labels(mentions, "Russian") == ["NORP"]
    assert labels(mentions, "NATO") == ["ORG"]
    assert labels(mentions, "Belarus") == ["GPE"]
    assert labels(mentions, "Sea Breeze") == ["EVENT"]


def test_a_name_does_not_end_in_of():
    text = "The country left the empire during the Russian Revolution of 1917, historians say."
    _, mentions, _ = ents_with(text, ("Russian Revolution of", "EVENT"))
    assert [m.text for m in mentions if m.label == "EVENT"] == ["Russian Revolution"]


# -- places the model reads as people or organisations ---------------------------------------------------

CHASIV = ("Ukraine's army said Russian forces are trying to capture the city of Chasiv Yar in the Donetsk "
          "region. Capturing Chasiv Yar by May 9 would help them, Syrskyi said.")


def test_a_small_town_after_the_city_of_is_a_place_and_so_is_its_name_elsewhere():
    _, mentions, _ = ents_with(CHASIV, ("Ukraine", "GPE"), ("Russian", "NORP"), ("Chasiv Yar", "PERSON"),
                               ("Chasiv Yar", "PERSON", 100), ("Syrskyi", "PERSON"))
    assert labels(mentions, "Chasiv Yar") == ["GPE", "GPE"]
    assert labels(mentions, "Syrskyi") == ["PERSON"]


def test_a_big_place_as_the_subject_of_a_place_verb_is_a_place():
    text = "Kharkiv came under heavy fire on Tuesday, Ukrainian officials said. Kharkiv was shelled again."
    _, mentions, _ = ents_with(text, ("Kharkiv", "ORG"), ("Ukrainian", "NORP"), ("Kharkiv", "PERSON", 50))
    assert labels(mentions, "Kharkiv") == ["GPE", "GPE"]


def test_an_untagged_big_place_that_remains_without_power_is_a_place():
    text = "Ukraine said Kharkiv remained without power on Friday."
    _, mentions, _ = ents_with(text, ("Ukraine", "GPE"))
    assert labels(mentions, "Kharkiv") == ["GPE"]


def test_a_place_named_subject_stays_a_person_without_the_country_or_the_verb():
    text = "Hamilton remained calm after the race, the British driver said. Hamilton smiled."
    _, mentions, _ = ents_with(text, ("Hamilton", "PERSON"), ("British", "NORP"), ("Hamilton", "PERSON", 40))
    assert labels(mentions, "Hamilton") == ["PERSON", "PERSON"]


# -- people and roles ------------------------------------------------------------------------------------

def test_an_untagged_name_given_an_age_is_a_person():
    text = "Anatoly, 43, is one of many Latvians who speak Russian at home."
    _, mentions, _ = ents_with(text, ("Latvians", "NORP"), ("Russian", "NORP"))
    assert labels(mentions, "Anatoly") == ["PERSON"]


def test_a_role_word_typed_org_is_no_name():
    text = "Daria Herasymchuk, Advisor to Ukraine's President, spoke at the UN."
    _, mentions, _ = ents_with(text, ("Daria Herasymchuk", "PERSON"), ("Advisor", "ORG"), ("Ukraine", "GPE"),
                               ("UN", "ORG"))
    assert labels(mentions, "Advisor") == []
    assert labels(mentions, "UN") == ["ORG"]


def test_tsar_is_a_title_and_marines_an_organisation():
    text = "Tsar Nicholas ruled the empire. The Royal Marines will get six new ships."
    _, mentions, _ = ents_with(text, ("Tsar Nicholas", "PERSON"), ("Royal Marines", "PERSON"))
    assert labels(mentions, "Nicholas") == ["PERSON"]
    assert [m.role for m in mentions if m.text == "Nicholas"] == ["Tsar"]
    assert labels(mentions, "Royal Marines") == ["ORG"]


def test_brics_is_an_organisation():
    text = "South Africa will host a BRICS summit in Johannesburg."
    _, mentions, _ = ents_with(text, ("South Africa", "GPE"), ("BRICS", "GPE"), ("Johannesburg", "GPE"))
    assert labels(mentions, "BRICS") == ["ORG"]


# -- the cached token strings ----------------------------------------------------------------------------

def test_doc_words_are_the_docs_own_and_follow_the_doc():
    first = parse("Kyiv said so.\nMINSK IS QUIET TODAY")
    words = doc_words(first)
    assert words.text == first.text and words.texts == tuple(t.text for t in first)
    assert words.lowers[0] == "kyiv" and words.pos == tuple(t.pos_ for t in first)
    assert doc_words(first) is words
    second = parse("Odesa was shelled.")
    assert doc_words(second).texts == ("Odesa", "was", "shelled", ".")


def test_capitals_lines_skip_lines_with_many_lower_case_letters():
    text = "KYIV SAYS IT DOWNED DRONES\nKyiv says it downed drones\nNATO AND EU MEET IN BRUSSELS"
    assert caps_line_ranges(text) == [(0, 26), (54, 82)]


def test_results_do_not_change_when_a_doc_is_read_twice():
    doc = parse("Foreign Minister Dmytro Kuleba met Blinken in Kyiv. Kuleba and Blinken discussed grain.")
    first = [(m.start, m.end, m.label) for m in extract_entities(doc)[0]]
    again = [(m.start, m.end, m.label) for m in extract_entities(doc)[0]]
    assert first == again
    assert ("Blinken", "PERSON") in {(doc.text[a:b], lab) for a, b, lab in first}


def test_a_headline_name_the_body_never_writes_listed_with_a_person_is_a_person():
    text = "BIDEN, ZELENSKY MEET AT WHITE HOUSE\nThe two leaders discussed air defence on Thursday."
    mentions, _ = extract_entities(parse(text))
    assert labels(mentions, "BIDEN") == ["PERSON"]
    assert labels(mentions, "ZELENSKY") == ["PERSON"]


def test_headline_acronyms_listed_together_stay_organisations():
    text = "NATO, OSCE AND EU MEET IN VIENNA\nThe talks began on Thursday."
    mentions, _ = extract_entities(parse(text))
    assert labels(mentions, "OSCE") == ["ORG"]
    assert labels(mentions, "NATO") == ["ORG"]


def test_the_hague_written_with_a_capital_the_mid_sentence_is_a_place():
    text = "South Africa must arrest those indicted by The Hague court, officials said."
    _, mentions, _ = ents_with(text, ("South Africa", "GPE"), ("Hague", "PERSON"))
    assert labels(mentions, "Hague") == ["GPE"]


def test_a_surname_after_a_sentence_opening_the_stays_a_person():
    text = "Former minister William Hague spoke. The Hague family said nothing."
    _, mentions, _ = ents_with(text, ("William Hague", "PERSON"), ("Hague", "PERSON", 40))
    assert labels(mentions, "Hague") == ["PERSON"]
