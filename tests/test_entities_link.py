"""Entity keys and cross-article linking (no parsing: pure functions on Entity records)."""

from __future__ import annotations

from dateline.entities import Entity, canonical_key, link_across


def test_canonical_key_ignores_case_accents_and_the():
    assert canonical_key("Dmitry Peskov", "PERSON") == "person:dmitry-peskov"
    assert canonical_key("the United States", "GPE") == canonical_key("United States", "LOC") == "place:united-states"
    assert canonical_key("Zaporizhzhia", "GPE") == canonical_key("ZAPORIZHZHIA", "GPE")
    assert canonical_key("Élysée", "ORG") == "org:elysee"
    assert canonical_key("Luhansk People's Republic", "GPE") == "place:luhansk-peoples-republic"


def person(name: str, n: int = 1, aliases: list[str] | None = None) -> Entity:
    return Entity(canonical_key(name, "PERSON"), name, "PERSON", aliases or [], [], n)


def test_surname_joins_the_only_full_name():
    ents = [person("Putin", 3), person("Vladimir Putin", 5), person("Dmitry Peskov")]
    links = link_across(ents)
    assert links["person:putin"] == "person:vladimir-putin"
    assert links["person:dmitry-peskov"] == "person:dmitry-peskov"


def test_surname_stays_apart_when_ambiguous():
    ents = [person("Johnson"), person("Boris Johnson", 4), person("Dustin Johnson", 3)]
    assert link_across(ents)["person:johnson"] == "person:johnson"
    ents = [person("Johnson"), person("Boris Johnson", 40), person("Dustin Johnson", 1)]
    assert link_across(ents)["person:johnson"] == "person:boris-johnson"


def test_alias_joins_across_articles():
    nato = Entity("org:north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "ORG",
                  ["NATO"], [], 2)
    bare = Entity("org:nato", "NATO", "ORG", [], [], 1)
    place = Entity("place:nato", "NATO", "GPE", [], [], 1)  # another label group never joins
    links = link_across([nato, bare, place])
    assert links["org:nato"] == nato.key
    assert links["place:nato"] == "place:nato"


def test_transliterations_of_one_name_join_the_most_named_spelling():
    def person(name: str, n: int) -> Entity:
        return Entity(key=canonical_key(name, "PERSON"), name=name, label="PERSON", mentions=n)

    ents = [person("Volodymyr Zelenskiy", 5), person("Volodymyr Zelensky", 9), person("Zelenskyy", 2),
            person("Valery Zaluzhnyi", 4), person("Zaluzhny", 1), person("Li", 1), person("Ly", 1)]
    out = link_across(ents)
    assert out["person:volodymyr-zelenskiy"] == "person:volodymyr-zelensky"
    assert out["person:zelenskyy"] == "person:volodymyr-zelensky"
    assert out["person:zaluzhny"] == "person:valery-zaluzhnyi"
    assert out["person:li"] == "person:li" and out["person:ly"] == "person:ly"  # short names keep their spelling
