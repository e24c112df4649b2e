"""Round 9 places: mountains and ranges, a two-word capitals dateline, teams and events that are no places."""

from __future__ import annotations

from dateline.entities import extract_entities
from dateline.nlp import parse
from dateline.places import resolve_places


def places(text: str):
    doc = parse(text)
    ms, _ = extract_entities(doc)
    return resolve_places(doc, ms)


def test_mountains_and_ranges_are_places():
    found = {p.text: p for p in places("The Matterhorn is in the Alps, far from Mount Everest.")}
    assert found["Matterhorn"].country_code == "CH" and found["Matterhorn"].kind == "landmark"
    assert "Alps" in found and "Mount Everest" in found


def test_two_word_capitals_dateline_resolves():
    found = {p.text: p for p in places("SAO PAULO (Reuters) - Lewis Hamilton won the race on Sunday.")}
    assert found["SAO PAULO"].country_code == "BR" and found["SAO PAULO"].kind == "city"


def test_team_named_after_its_city_gives_no_place():
    found = places("Fans of the Cleveland Indians celebrated in Ohio on Wednesday.")
    assert [p.text for p in found] == ["Ohio"]


def test_grand_prix_run_into_a_caption_is_no_facility():
    found = places("Verstappen was third at the Brazil Grand Prix Christian Horner, the team principal, said. "
                   "Christian Horner smiled.")
    assert all(p.kind != "facility" for p in found)
    assert any(p.country_code == "BR" for p in found)


def test_company_after_at_is_no_facility():
    found = places("He works at Mondelez International in London.")
    assert [p.text for p in found] == ["London"]
