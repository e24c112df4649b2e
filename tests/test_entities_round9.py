"""Round 9 (US/UK general news): names run into captions and crossheads, stage names, brands, events,
motor-sport teams, job titles and nationality nouns before names, capitals datelines of two words."""

from __future__ import annotations

from layer_checks import entity_mentions, text_labels


def pairs(text: str) -> list[tuple[str, str]]:
    return text_labels(entity_mentions(text))


def test_brexit_is_an_event_not_a_person_or_place():
    found = pairs("Voters backed Brexit in June. Since Brexit, the pound has fallen and Brexit talks are due.")
    assert [label for text, label in found if text == "Brexit"] == ["EVENT", "EVENT", "EVENT"]


def test_job_title_before_a_name_is_not_part_of_it():
    found = dict(pairs("Comedian Jim Harlow joked about it. Rapper Big Tam agreed."))
    assert found.get("Jim Harlow") == "PERSON" and found.get("Big Tam") == "PERSON"
    assert not any(t.startswith(("Comedian", "Rapper")) for t in found)


def test_nationality_noun_before_a_name():
    found = pairs("Frenchman Pierre Dumont crashed on lap two, and the Dutchman won.")
    assert ("Pierre Dumont", "PERSON") in found
    assert ("Dutchman", "NORP") in found


def test_stage_name_keeps_its_first_word():
    found = pairs("Lady Gaga staged a protest on Monday. Lady Thatcher died in 2013.")
    assert ("Lady Gaga", "PERSON") in found
    assert ("Thatcher", "PERSON") in found  # a peer's title is still no part of the name


def test_two_word_capitals_dateline_is_one_place():
    found = pairs("SAO PAULO (Reuters) - Lewis Hamilton won the race on Sunday.")
    assert ("SAO PAULO", "GPE") in found
    assert not any(t == "SAO" for t, _ in found)


def test_sentence_opener_run_into_a_name_is_cut_off():
    found = pairs("He finished third at the Brazilian Grand Prix Immediately after the race he smiled.")
    assert ("Brazilian Grand Prix", "EVENT") in found


def test_bare_grand_prix_is_an_event():
    assert ("Grand Prix", "EVENT") in pairs("It was his best finish in the Grand Prix, behind Lewis Hamilton.")


def test_repeated_surname_from_a_caption_is_two_mentions():
    found = pairs("Max Verstappen drove well. Rain did not stop Verstappen Verstappen was on course to finish.")
    assert ("Verstappen Verstappen", "PERSON") not in found
    assert [t for t, _ in found].count("Verstappen") == 2


def test_two_names_run_together_in_a_caption_are_split():
    text = ("Senator Ann Kerr met Bob Lane on Monday. Kerr spoke first. Photo shows Ann Kerr Lane smiling. "
            "Lane said little.")
    found = pairs(text)
    assert ("Ann Kerr Lane", "PERSON") not in found
    assert found.count(("Ann Kerr", "PERSON")) == 2


def test_city_and_team_written_apart_stay_one_team_name():
    found = pairs("The Chicago Cubs won. Chicago celebrated and the Cubs partied.")
    assert ("Chicago Cubs", "ORG") in found


def test_brand_before_a_social_network_is_two_names():
    found = pairs("Fans wrote on the Toblerone Facebook page that Toblerone had changed.")
    assert ("Toblerone", "ORG") in found and ("Facebook", "ORG") in found
    assert not any(t == "Toblerone Facebook" for t, _ in found)


def test_brand_in_a_title_case_headline_is_found():
    text = "Toblerone Alters Shape of Its Bars, and Fans Are Outraged\n\nThe maker said costs had risen."
    found = pairs(text)
    assert ("Toblerone", "ORG") in found
    assert not any("Are" in t.split() for t, _ in found)


def test_formula_one_team_named_after_a_founder_is_an_organisation():
    text = "Felipe Massa of Williams was ninth in the Grand Prix. Sauber driver Marcus Ericsson crashed."
    found = pairs(text)
    assert ("Williams", "ORG") in found and ("Sauber", "ORG") in found
    assert ("Marcus Ericsson", "PERSON") in found


def test_founder_surname_stays_a_person_outside_motor_sport():
    found = pairs("Williams said the vote would be close, and Sauber agreed with him on Tuesday.")
    assert ("Williams", "ORG") not in found


def test_f1_and_ferrari_are_organisations():
    found = pairs("Ferrari driver Kimi Raikkonen crashed and F1 chiefs stopped the race.")
    assert ("Ferrari", "ORG") in found and ("F1", "ORG") in found


def test_retailer_before_a_name_makes_it_an_organisation():
    assert ("Poundland", "ORG") in pairs("The discount retailer Poundland sold the bars.")


def test_one_word_exclamation_in_a_quote_is_no_name():
    found = pairs("'Stupid. What this race needs is a red flag,' he said.")
    assert not any(t == "Stupid" for t, _ in found)


def test_credit_in_capitals_glued_to_a_caption_is_cut_off():
    found = pairs("REUTERS Customers queue outside a shop in London.")
    assert ("REUTERS", "ORG") in found
    assert not any(t.startswith("REUTERS ") for t, _ in found)
    assert ("BBC News", "ORG") in pairs("BBC News reported it on Friday.")


def test_team_with_a_demonym_nickname_is_no_place():
    found = pairs("Fans of the Cleveland Indians celebrated in Ohio on Wednesday.")
    assert ("Cleveland Indians", "ORG") in found
