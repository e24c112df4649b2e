"""Entities, round 4: all-capitals headlines, one-word names known from elsewhere in the article, weapon
names with no weapon word after them, and untagged names the tables know (invented news sentences).

Where a test needs the small model's typical mistake, the model's entities are set by hand
(``ents_with``), so that the test checks dateline's rules, not the model of the day.
"""

from __future__ import annotations

from layer_checks import ents_with

from dateline.entities import EntityMention, extract_entities
from dateline.entities.caps import caps_line_ranges, restore_case
from dateline.entities.lexicon import lexicon
from dateline.nlp import parse


def labels(mentions: list[EntityMention], text: str) -> list[str]:
    return [m.label for m in mentions if m.text == text]


def mentions_of(text: str) -> list[EntityMention]:
    mentions, _ = extract_entities(parse(text))
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return mentions


# -- all-capitals lines ----------------------------------------------------------------------------------

HEADLINE = ("UKRAINE WAR: PUTIN SIGNS ANNEXATION DECREES\n\n"
            "Russian President Vladimir Putin on Friday signed decrees annexing four regions of Ukraine.")


def test_a_capitals_line_is_found_but_not_a_capitalised_dateline():
    text = "KYIV SAYS IT DOWNED DRONES\nMINSK, 16 February (BelTA) - The minister spoke."
    assert caps_line_ranges(text) == [(0, 26)]


def test_case_is_restored_from_the_body_and_keeps_the_length():
    forms = {"putin": "Putin", "signed": "signed"}
    line = "UKRAINE WAR: PUTIN SIGNS ANNEXATION DECREES, NATO SAYS"
    restored = restore_case(line, forms, lexicon())
    assert len(restored) == len(line)
    assert restored == "Ukraine war: Putin signs annexation decrees, NATO says"


def test_names_of_a_capitals_headline_are_read_with_their_offsets():
    text = HEADLINE
    mentions, entities = extract_entities(parse(text))
    assert labels(mentions, "UKRAINE") == ["GPE"]
    assert labels(mentions, "PUTIN") == ["PERSON"]
    assert not [m for m in mentions if "ANNEXATION" in m.text or "SIGNS" in m.text]
    putin = [m for m in mentions if m.text in ("PUTIN", "Vladimir Putin")]
    assert len({m.key for m in putin}) == 1  # the headline's surname is the body's Vladimir Putin
    for m in mentions:
        assert text[m.start:m.end] == m.text


def test_a_headline_takes_names_the_body_gives_and_weapon_names():
    text = ("RUSSIA-UKRAINE WAR: KYIV SAYS PATRIOTS SHOT DOWN SIX KINZHAL MISSILES\n\n"
            "Ukraine's air force said on Tuesday that it had downed the missiles over Kyiv.")
    ms = mentions_of(text)
    assert labels(ms, "KYIV") == ["GPE"]
    assert labels(ms, "PATRIOTS") == ["PRODUCT"]
    assert labels(ms, "KINZHAL") == ["PRODUCT"]
    assert not [m for m in ms if m.label == "PERSON"]


def test_a_headline_person_and_place_are_typed_as_in_the_body():
    text = ("ZELENSKY VISITS KHERSON AFTER RUSSIAN RETREAT\n\n"
            "Ukrainian President Volodymyr Zelensky visited Kherson on Monday.")
    ms = mentions_of(text)
    assert labels(ms, "ZELENSKY") == ["PERSON"]
    assert labels(ms, "KHERSON") == ["GPE"]
    assert labels(ms, "Kherson") == ["GPE"]  # "visited Kherson": a place verb in its past form


def test_visiting_as_an_adjective_makes_no_place():
    _, ms, _ = ents_with("Duke beat visiting Evansville 80-70.", ("Duke", "ORG"), ("Evansville", "ORG"))
    assert labels(ms, "Evansville") == ["ORG"]


# -- one-word names known from elsewhere in the article ---------------------------------------------------

def test_a_surname_listed_with_a_titled_surname_is_a_person():
    text = "Foreign Minister Kuleba said on Monday that talks would go on. Later, Kuleba and Blinken met."
    _, ms, _ = ents_with(text, ("Kuleba", "GPE", 30), ("Blinken", "GPE"))
    assert labels(ms, "Kuleba") == ["PERSON", "PERSON"]
    assert labels(ms, "Blinken") == ["PERSON"]


def test_an_unknown_name_typed_place_that_discusses_is_a_person():
    _, ms, _ = ents_with("Kuleba and Blinken discussed the grain deal on Tuesday.",
                         ("Kuleba", "GPE"), ("Blinken", "GPE"))
    assert labels(ms, "Kuleba") == ["PERSON"]
    assert labels(ms, "Blinken") == ["PERSON"]
    _, ms, _ = ents_with("Ukraine and Poland discussed the grain deal on Tuesday.",
                         ("Ukraine", "GPE"), ("Poland", "GPE"))
    assert labels(ms, "Poland") == ["GPE"]  # a country discusses too


def test_a_surname_before_its_full_name_is_that_person():
    text = "Shmyhal and Sunak met in London. Prime Minister Denys Shmyhal thanked Britain."
    _, ms, ents = ents_with(text, ("Sunak", "ORG"), ("London", "GPE"), ("Denys Shmyhal", "PERSON"),
                            ("Britain", "GPE"))
    assert labels(ms, "Shmyhal") == ["PERSON"]  # untagged by the model, the full name comes later
    assert labels(ms, "Sunak") == ["PERSON"]  # listed with him
    shmyhal = [m.key for m in ms if "Shmyhal" in m.text]
    assert len(set(shmyhal)) == 1


def test_an_appositive_noun_says_person_or_organisation():
    text = ("A Russian man, Alexey Moskalyov, was detained in Belarus. Moskalyov pleaded not guilty, "
            "according to the news outlet, Mediazona, which spoke to Activatica, an online portal.")
    _, ms, _ = ents_with(text, ("Russian", "NORP"), ("Alexey Moskalyov", "ORG"), ("Belarus", "GPE"),
                         ("Mediazona", "GPE"), ("Activatica", "PERSON"))
    assert labels(ms, "Alexey Moskalyov") == ["PERSON"]
    assert labels(ms, "Moskalyov") == ["PERSON"]  # untagged, and a surname of the article
    assert labels(ms, "Mediazona") == ["ORG"]
    assert labels(ms, "Activatica") == ["ORG"]


def test_a_first_name_of_the_article_typed_org_is_a_person():
    text = "Masha Moskalyova drew a picture at school. Later Masha wrote her father a letter."
    _, ms, _ = ents_with(text, ("Masha Moskalyova", "PERSON"), ("Masha", "ORG", 30))
    assert labels(ms, "Masha") == ["PERSON"]


def test_teams_titles_and_common_words_are_no_surnames():
    text = ("Coach Jim Caldwell praised the Colts. The Colts beat the Chiefs. The spin doctor became "
            "the new Doctor in the series starring Peter Doctorow.")
    _, ms, _ = ents_with(text, ("Jim Caldwell", "PERSON"), ("Colts", "ORG"), ("Chiefs", "ORG"),
                         ("Peter Doctorow", "PERSON"))
    assert "PERSON" not in labels(ms, "Colts")
    assert "PERSON" not in labels(ms, "Doctor")


def test_a_list_of_villages_stays_no_people():
    text = "Russian troops shelled Novoselivka and Pervomaiske on Monday, Oleg Synehubov said."
    ms = mentions_of(text)
    assert "PERSON" not in labels(ms, "Novoselivka") + labels(ms, "Pervomaiske")


# -- weapons and equipment --------------------------------------------------------------------------------

def test_weapon_names_with_no_weapon_word_are_products():
    text = ("The United States sent HIMARS and Patriots to Ukraine, while Turkey supplied Bayraktar and "
            "Germany delivered Leopard 2s. Russia fired Kinzhal at Kyiv.")
    _, ms, _ = ents_with(text, ("HIMARS", "ORG"), ("Patriots", "GPE"), ("Bayraktar", "GPE"),
                         ("Leopard 2s", "PERSON"), ("Kinzhal", "ORG"), ("Kyiv", "GPE"))
    for name in ("HIMARS", "Patriots", "Bayraktar", "Leopard 2s", "Kinzhal"):
        assert labels(ms, name) == ["PRODUCT"], name
    assert labels(ms, "Kyiv") == ["GPE"]


def test_everyday_weapon_names_need_the_words_around_them():
    text = "Washington will send Abrams tanks and Bradley fighting vehicles, and Kyiv wants Patriot batteries."
    _, ms, _ = ents_with(text, ("Washington", "GPE"), ("Abrams", "PERSON"), ("Bradley", "ORG"),
                         ("Kyiv", "GPE"), ("Patriot", "PERSON"))
    assert labels(ms, "Abrams") == ["PRODUCT"]
    assert labels(ms, "Bradley") == ["PRODUCT"]
    assert labels(ms, "Patriot") == ["PRODUCT"]


def test_people_laws_and_teams_named_like_weapons_stay():
    text = ("Stacey Abrams spoke in Atlanta. Abrams said the Patriot Act was wrong. "
            "The New England Patriots won on Sunday.")
    _, ms, _ = ents_with(text, ("Stacey Abrams", "PERSON"), ("Atlanta", "GPE"), ("Abrams", "PERSON", 20),
                         ("Patriot Act", "LAW"), ("New England Patriots", "ORG"))
    assert labels(ms, "Stacey Abrams") == ["PERSON"]
    assert labels(ms, "Abrams") == ["PERSON"]
    assert labels(ms, "Patriot Act") == ["LAW"]
    assert labels(ms, "New England Patriots") == ["ORG"]


# -- untagged names the tables know, titles, endings --------------------------------------------------------

def test_untagged_agency_acronym_and_bracketed_acronym_are_names():
    text = ("MINSK, 16 February (BelTA) - The leader of the DPR spoke. The World Food Programme (WFP) "
            "said prices would cost 9.99 US dollars more.")
    _, ms, _ = ents_with(text, ("World Food Programme", "ORG"), ("9.99 US dollars", "MONEY"))
    assert labels(ms, "BelTA") == ["ORG"]
    assert labels(ms, "DPR") == ["GPE"]
    assert labels(ms, "WFP") == ["ORG"]
    assert labels(ms, "US") == []  # inside an amount of money


def test_a_conference_is_an_event_and_its_acronym_too():
    text = "Steve Jobs opened the World Wide Developers Conference (WWDC) in San Francisco."
    _, ms, _ = ents_with(text, ("Steve Jobs", "PERSON"), ("World Wide Developers Conference", "ORG"),
                         ("San Francisco", "GPE"))
    assert labels(ms, "World Wide Developers Conference") == ["EVENT"]
    assert labels(ms, "WWDC") == ["EVENT"]


def test_a_ministry_title_gives_the_whole_name():
    text = "Turkish Minister of National Defense Hulusi Akar said on Tuesday that talks would go on."
    _, ms, _ = ents_with(text, ("Turkish", "NORP"), ("Akar", "PERSON"))
    person = [m for m in ms if m.label == "PERSON"]
    assert [m.text for m in person] == ["Hulusi Akar"]
    assert person[0].role == "Minister of National Defense"


def test_plural_republics_and_a_trailing_and_end_a_place_name():
    text = "Fighters of the Donetsk and Luhansk People's Republics and of the Donetsk People's Republic and Russia."
    _, ms, _ = ents_with(text, ("Luhansk People's Republics", "PERSON"), ("Donetsk People's Republic and", "ORG"))
    assert labels(ms, "Luhansk People's Republics") == ["GPE"]
    assert labels(ms, "Donetsk People's Republic") == ["GPE"]


# -- found on the held-out articles (fixed after reading them) ----------------------------------------------

def test_a_surname_that_is_also_a_small_town_is_the_person():
    text = ("Denis Skopin, a philosophy professor, was fired. Students said goodbye to Skopin, who was "
            "arrested. He was born in Skopin, a town in the Ryazan region.")
    _, ms, _ = ents_with(text, ("Denis Skopin", "PERSON"), ("Skopin", "GPE", 60), ("Skopin", "GPE", 110))
    assert labels(ms, "Skopin") == ["PERSON", "GPE"]  # "goodbye to Skopin"; "born in Skopin" stays the town


def test_a_gazeta_is_a_newspaper():
    _, ms, _ = ents_with("Antonova interned at Novaya Gazeta in Moscow.", ("Antonova", "PERSON"),
                         ("Novaya Gazeta", "PERSON"), ("Moscow", "GPE"))
    assert labels(ms, "Novaya Gazeta") == ["ORG"]
