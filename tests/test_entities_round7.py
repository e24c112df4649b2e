"""Entities, round 7: agreements and treaties as LAWs, pipelines as facilities, countries and areas the
model types ORG, acronym labels from the table, glued punctuation and trailing prepositions cut from names,
a person run into the country before them after "Ambassador ... to" (invented news sentences).

Where a test needs the small model's typical mistake, the model's entities are set by hand
(``ents_with``), so that the test checks dateline's rules, not the model of the day.
"""

from __future__ import annotations

from layer_checks import ents_with
from layer_checks import text_labels as found

# -- agreements and treaties ---------------------------------------------------------------------------------

def test_a_memorandum_typed_org_is_a_law():
    text = "Kyiv gave up its arsenal under the Helsinki Memorandum, the minister recalled on Tuesday."
    _, mentions, _ = ents_with(text, ("Kyiv", "GPE"), ("Helsinki Memorandum", "ORG"))
    assert ("Helsinki Memorandum", "LAW") in found(mentions)


def test_an_untagged_capitalised_accord_is_a_law():
    text = "Diplomats said the Vienna Protocol would be signed before the summer."
    _, mentions, _ = ents_with(text)
    assert ("Vienna Protocol", "LAW") in found(mentions)


def test_a_numbered_name_before_agreement_is_a_law_and_no_city():
    text = "Both sides said the Geneva III agreement had collapsed within a week."
    _, mentions, _ = ents_with(text, ("Geneva III", "EVENT"))
    assert ("Geneva III", "LAW") in found(mentions)


def test_a_plain_city_before_agreements_stays_a_place():
    text = "Moscow wants a return to the Minsk agreements, the spokesman said."
    _, mentions, _ = ents_with(text, ("Moscow", "GPE"), ("Minsk", "GPE"))
    assert ("Minsk", "GPE") in found(mentions)


def test_the_treaty_of_a_town_is_one_law():
    text = "Historians compare the deal to the treaty of Trianon, signed after the first world war."
    _, mentions, _ = ents_with(text, ("Trianon", "GPE"))
    assert ("treaty of Trianon", "LAW") in found(mentions)


def test_a_treaty_organisation_stays_an_organisation():
    text = "Sweden joined the North Atlantic Treaty Organization last spring."
    _, mentions, _ = ents_with(text, ("Sweden", "GPE"), ("North Atlantic Treaty Organization", "ORG"))
    assert ("North Atlantic Treaty Organization", "ORG") in found(mentions)


# -- pipelines ------------------------------------------------------------------------------------------------

def test_a_pipeline_of_the_table_typed_org_is_a_facility_with_its_number():
    text = "Berlin froze the certification of Nord Stream 2 in February."
    _, mentions, _ = ents_with(text, ("Berlin", "GPE"), ("Nord Stream", "ORG"))
    assert ("Nord Stream 2", "FAC") in found(mentions)


def test_an_untagged_name_before_pipeline_is_a_facility():
    text = "Hungary still buys oil through the Druzhba oil pipeline, officials said."
    _, mentions, _ = ents_with(text, ("Hungary", "GPE"))
    assert ("Druzhba", "FAC") in found(mentions)


def test_a_demonym_before_pipelines_is_no_facility():
    text = "Officials said Russian gas pipelines were running at a fifth of capacity."
    _, mentions, _ = ents_with(text, ("Russian", "NORP"))
    assert found(mentions) == [("Russian", "NORP")]


# -- countries and areas typed ORG -----------------------------------------------------------------------------

def test_a_country_typed_org_in_a_list_is_a_gpe_and_an_area_a_loc():
    text = "He warned that Azerbaijan, the Balkans and Armenia could be next."
    _, mentions, _ = ents_with(text, ("Azerbaijan", "ORG"), ("Balkans", "ORG"), ("Armenia", "GPE"))
    assert ("Azerbaijan", "GPE") in found(mentions)
    assert ("Balkans", "LOC") in found(mentions)


def test_a_country_inside_a_longer_organisation_name_is_left_alone():
    text = "The firm Visit Armenia said bookings fell in March."
    _, mentions, _ = ents_with(text, ("Visit Armenia", "ORG"))
    assert ("Visit Armenia", "ORG") in found(mentions)


# -- acronyms, glued punctuation, prepositions -----------------------------------------------------------------

def test_an_acronym_typed_gpe_takes_the_table_label():
    text = "Finance ministers of the G20 met in Rio on Thursday."
    _, mentions, _ = ents_with(text, ("G20", "GPE"), ("Rio", "GPE"))
    assert ("G20", "ORG") in found(mentions)


def test_punctuation_glued_to_a_name_is_not_part_of_it():
    text = 'It concerns the EU and NATO."- Next, the minister spoke about trade.'
    _, mentions, _ = ents_with(text, ("EU", "ORG"), ('NATO."-', "ORG"))
    assert ("NATO", "ORG") in found(mentions)
    (nato,) = [m for m in mentions if m.text == "NATO"]
    assert text[nato.start:nato.end] == "NATO"


def test_a_trailing_preposition_is_cut_from_an_organisation():
    text = "She wrote in the Financial Times as Poland marked the anniversary."
    _, mentions, _ = ents_with(text, ("Financial Times as", "ORG"), ("Poland", "GPE"))
    assert ("Financial Times", "ORG") in found(mentions)


def test_a_newsletter_word_is_no_person():
    text = "Newsletters may contain information about charities and online ads."
    _, mentions, _ = ents_with(text, ("Newsletters", "PERSON"))
    assert mentions == []


# -- a person run into the country after "Ambassador ... to" ---------------------------------------------------

def test_a_person_after_ambassador_to_a_country_is_split_off():
    text = "Ambassador of Kazakhstan to Russia Dauren Abayev told reporters in Moscow on Friday."
    _, mentions, _ = ents_with(text, ("Kazakhstan", "GPE"), ("Russia Dauren Abayev", "ORG"), ("Moscow", "GPE"))
    assert ("Russia", "ORG") in found(mentions) or ("Russia", "GPE") in found(mentions)
    assert ("Dauren Abayev", "PERSON") in found(mentions)


def test_a_missile_nickname_is_a_product():
    text = "Moscow said the Satan II would enter service before the end of the year."
    _, mentions, _ = ents_with(text, ("Moscow", "GPE"), ("Satan II", "EVENT"))
    assert ("Satan II", "PRODUCT") in found(mentions)


# -- trims, legislatures and page furniture ----------------------------------------------------------------

def test_non_before_an_organisation_is_cut():
    text = "Ministers of 30 EU and non-EU states met in Prague on Friday."
    _, mentions, _ = ents_with(text, ("EU", "ORG"), ("non-EU", "ORG"), ("Prague", "GPE"))
    assert [m.text for m in mentions if m.label == "ORG"] == ["EU", "EU"]


def test_lower_case_words_after_an_agency_name_are_cut():
    text = "The Tass news agency reported the blast shortly after midnight."
    _, mentions, _ = ents_with(text, ("Tass news agency", "ORG"))
    assert ("Tass", "ORG") in found(mentions)


def test_a_parliament_typed_loc_is_an_organisation():
    text = "The bill passed the Riksdag late on Wednesday."
    _, mentions, _ = ents_with(text, ("Riksdag", "LOC"))
    assert ("Riksdag", "ORG") in found(mentions)


def test_names_in_a_newsletter_box_are_dropped():
    text = ("The minister spoke in Vilnius. skip past newsletter promotion Sign up to Daily Briefing Free daily "
            "newsletter. We use Google reCaptcha and the Google Privacy Policy applies. after newsletter "
            "promotion Later he flew to Riga.")
    _, mentions, _ = ents_with(text, ("Vilnius", "GPE"), ("Daily Briefing Free", "ORG"),
                               ("Google Privacy Policy", "ORG"), ("Riga", "GPE"))
    assert found(mentions) == [("Vilnius", "GPE"), ("Riga", "GPE")]
