"""Entities, round 6: "US" shouted as a pronoun, function words typed as names, names cut at an unpaired
bracket, hyphenated pairs of countries, names listed after a plural title, a country before its head word,
headlines run into the next sentence, formal state names (invented news sentences).

Where a test needs the small model's typical mistake, the model's entities are set by hand
(``ents_with``), so that the test checks dateline's rules, not the model of the day.
"""

from __future__ import annotations

from layer_checks import ents_with
from layer_checks import text_labels as found

# -- shouted pronouns and function words ------------------------------------------------------------------

def test_us_shouted_after_follow_is_the_pronoun():
    text = "FOLLOW US ON TWITTER! Read our coverage of the summit in Geneva."
    _, mentions, _ = ents_with(text, ("US", "GPE"), ("Geneva", "GPE"))
    assert "US" not in [m.text for m in mentions]
    assert ("Geneva", "GPE") in found(mentions)


def test_us_shouted_after_of_before_a_verb_is_the_pronoun():
    text = "The soldier asked: WHO AMONG US WILL PAY FOR THIS?"
    _, mentions, _ = ents_with(text, ("US", "GPE"))
    assert "US" not in [m.text for m in mentions]


def test_us_before_a_noun_in_capitals_stays_the_country():
    text = "SENATE BACKS AID FOR US TROOPS IN POLAND"
    _, mentions, _ = ents_with(text, ("US", "GPE"), ("POLAND", "GPE"))
    assert ("US", "GPE") in found(mentions)


def test_an_auxiliary_typed_as_a_place_is_no_name():
    text = "Having met Olaf Scholz in Berlin, Emmanuel Macron flew home."
    _, mentions, _ = ents_with(text, ("Having", "GPE"), ("Olaf Scholz", "PERSON"), ("Berlin", "GPE"),
                               ("Emmanuel Macron", "PERSON"))
    assert "Having" not in [m.text for m in mentions]
    assert ("Berlin", "GPE") in found(mentions)


# -- shapes of spans ----------------------------------------------------------------------------------------

def test_a_name_is_cut_at_an_unpaired_bracket():
    text = "Leaders posed for a photo in Warsaw (Polish Government Press Office via Reuters)."
    _, mentions, _ = ents_with(text, ("Warsaw (Polish Government Press Office", "ORG"), ("Reuters", "ORG"))
    assert found(mentions) == [("Warsaw", "GPE"), ("Polish Government Press Office", "ORG"), ("Reuters", "ORG")]


def test_two_countries_joined_by_a_hyphen_are_two_names():
    text = "Analysts expect the Russia-Ukraine war to drag on into next year."
    _, mentions, _ = ents_with(text, ("Russia", "GPE"))
    assert found(mentions) == [("Russia", "GPE"), ("Ukraine", "GPE")]


def test_a_country_and_an_acronym_joined_by_a_hyphen_are_two_names():
    text = "Diplomats warned that a Russia-Nato clash could escalate quickly."
    _, mentions, _ = ents_with(text, ("Russia", "GPE"))
    assert found(mentions) == [("Russia", "GPE"), ("Nato", "ORG")]


def test_a_hyphenated_country_stays_one_name():
    text = "Guinea-Bissau abstained in the vote on Thursday."
    _, mentions, _ = ents_with(text, ("Guinea", "GPE"))
    assert found(mentions) == [("Guinea-Bissau", "GPE")]


# -- people -------------------------------------------------------------------------------------------------

def test_names_listed_after_a_plural_title_are_people():
    text = "Senators Warner, Rubio and Kaine asked for a classified briefing on Tuesday."
    _, mentions, _ = ents_with(text, ("Warner", "GPE"), ("Rubio", "ORG"), ("Kaine", "PERSON"))
    assert found(mentions) == [("Warner", "PERSON"), ("Rubio", "PERSON"), ("Kaine", "PERSON")]
    assert {m.role for m in mentions} == {"Senator"}


def test_a_full_name_after_a_plural_title_is_one_person():
    text = "The talks were attended by Presidents Gitanas Nauseda of Lithuania and others."
    _, mentions, _ = ents_with(text, ("Gitanas Nauseda", "ORG"), ("Lithuania", "GPE"))
    assert found(mentions) == [("Gitanas Nauseda", "PERSON"), ("Lithuania", "GPE")]


def test_an_acronym_title_before_a_name_is_a_role():
    text = "DNI Avril Haines told lawmakers the threat was growing."
    _, mentions, _ = ents_with(text, ("DNI Avril Haines", "ORG"))
    assert found(mentions) == [("Avril Haines", "PERSON")]
    assert mentions[0].role == "DNI"


# -- places -------------------------------------------------------------------------------------------------

def test_a_country_before_a_head_word_is_the_country():
    text = "Speaking on Monday, Moldova President Maia Sandu thanked the donors."
    _, mentions, _ = ents_with(text, ("Maia Sandu", "PERSON"))
    assert ("Moldova", "GPE") in found(mentions)


def test_a_country_with_its_possessive_head_word_after_a_capitalised_headline_word():
    text = "More News Latvia's PM: New Border Fence Will Be Ready by Summer, officials said."
    _, mentions, _ = ents_with(text)
    assert ("Latvia", "GPE") in found(mentions)


def test_a_headline_run_into_the_next_sentence_leaves_the_speaker_and_the_countries():
    text = ("Related Stories Finnish Army Chief: Drills Near Border Pose No Threat to Sweden Niinisto said on "
            "Monday that the exercises were routine.")
    _, mentions, _ = ents_with(text, ("Drills Near Border Pose No Threat to Sweden Niinisto", "WORK_OF_ART"))
    assert ("Sweden", "GPE") in found(mentions)
    assert ("Niinisto", "PERSON") in found(mentions)
    assert not any(m.label == "WORK_OF_ART" for m in mentions)


def test_a_quoted_title_before_said_stays_a_title():
    text = "He had just read “The Fall of Paris Again” twice, Smith said."
    _, mentions, _ = ents_with(text, ("The Fall of Paris Again", "WORK_OF_ART"), ("Smith", "PERSON"))
    assert ("Fall of Paris Again", "WORK_OF_ART") in found(mentions)
    assert ("Paris", "GPE") not in found(mentions)


def test_a_formal_state_name_is_a_place():
    text = "The Union of Comoros and the Kingdom of Norway signed the pact."
    _, mentions, _ = ents_with(text, ("Union of Comoros", "ORG"), ("Kingdom of Norway", "ORG"))
    assert found(mentions) == [("Union of Comoros", "GPE"), ("Kingdom of Norway", "GPE")]


def test_a_town_before_community_is_a_place():
    text = "Russian troops shelled the Bilozerska community overnight, and the Slovyansk community too."
    _, mentions, _ = ents_with(text, ("Russian", "NORP"), ("Slovyansk", "ORG"))
    assert ("Slovyansk", "GPE") in found(mentions)


# -- quotations and possessives -----------------------------------------------------------------------------

def test_a_title_that_opens_a_quoted_sentence_is_no_title():
    text = "The envoy warned that “Talks with Moldova will be frozen if the troops stay,” officials said."
    _, mentions, _ = ents_with(text, ("Talks with Moldova", "WORK_OF_ART"))
    assert found(mentions) == [("Moldova", "GPE")]


def test_a_quoted_title_closed_by_its_quotation_mark_stays():
    text = "The film “Letters from Iwo Jima” was shown in Kyiv on Sunday."
    _, mentions, _ = ents_with(text, ("Letters from Iwo Jima", "WORK_OF_ART"), ("Kyiv", "GPE"))
    assert ("Letters from Iwo Jima", "WORK_OF_ART") in found(mentions)


def test_a_name_run_over_a_country_possessive_is_the_country_and_the_organisation():
    text = "Posters in the capital say that Poland’s Army will keep everyone safe."
    _, mentions, _ = ents_with(text, ("Poland’s Army", "ORG"))
    assert found(mentions) == [("Poland", "GPE"), ("Army", "ORG")]
