"""Round 10 (ECB+ news, 2000s-2010s): team nicknames, charge and roster acronyms, computers and software,
streets typed ORG, ships."""

from __future__ import annotations

from layer_checks import entity_mentions, text_labels


def pairs(text: str) -> list[tuple[str, str]]:
    return text_labels(entity_mentions(text))


def test_nickname_of_a_team_named_in_full_is_the_team():
    found = pairs("Marcus Hale, who plays for the Denver Broncos, was arrested on Sunday. The Broncos have always "
                  "backed their players, and Broncos fans agreed.")
    assert ("Denver Broncos", "ORG") in found
    assert [label for text, label in found if text == "Broncos"] == ["ORG", "ORG"]


def test_plural_nickname_after_the_is_a_team():
    found = dict(pairs("He was signed off the Eagles' practice squad last week."))
    assert found.get("Eagles") == "ORG"


def test_plural_after_the_that_is_a_family_or_a_place_is_not_a_team():
    found = dict(pairs("Tom Kellerman thanked the Kellermans. The Philippines and the Alps were next."))
    assert found.get("Kellermans") != "ORG"
    assert found.get("Philippines") == "GPE"
    assert found.get("Alps") == "LOC"


def test_no_team_before_a_common_noun():
    found = dict(pairs("Open the Windows Task Manager and click the Processes tab."))
    assert found.get("Processes") != "ORG"


def test_number_nickname_joins_its_city():
    found = pairs("Jim Barnes was fired as head coach of the Philadelphia 76ers following the loss.")
    assert ("Philadelphia 76ers", "ORG") in found
    assert ("Philadelphia", "GPE") not in found


def test_charge_and_roster_acronyms_are_no_organisations():
    found = [t for t, _ in pairs("Kyle Dorn was arrested for DUI on Sunday and charged with DWI. "
                                 "The club placed him on IR.")]
    assert "Kyle Dorn" in found
    assert not {"DUI", "DWI", "IR"} & set(found)


def test_computers_and_software_are_products():
    found = pairs("Apple showed the new MacBook Pro on Monday. Users of Internet Explorer should patch, "
                  "and kids played Xbox.")
    assert ("MacBook Pro", "PRODUCT") in found
    assert ("Internet Explorer", "PRODUCT") in found
    assert ("Xbox", "PRODUCT") in found
    assert ("Apple", "ORG") in found


def test_street_typed_org_is_a_facility():
    found = dict(pairs("Police blocked Church Ave. and closed Norwalk Boulevard on Friday."))
    assert found.get("Norwalk Boulevard") == "FAC"
    assert found.get("Church Ave", "FAC") == "FAC"


def test_street_word_rule_leaves_downing_street():
    found = dict(pairs("Downing Street said the talks would go on."))
    assert found.get("Downing Street") == "ORG"


def test_ship_after_a_prefix_is_a_product_and_so_is_its_short_name():
    found = pairs("The Indian INS Talwar answered a call from the MV Lorena. Talwar then chased the boats.")
    assert ("INS Talwar", "PRODUCT") in found
    assert ("MV Lorena", "PRODUCT") in found
    assert ("Talwar", "PRODUCT") in found
    assert not any(label == "PERSON" for _, label in found)


def test_ins_before_a_title_and_a_name_is_no_ship():
    found = pairs("INS Commissioner Doris Meissner said on Monday that the rules would change.")
    assert ("Doris Meissner", "PERSON") in found
    assert not any(label == "PRODUCT" for _, label in found)
