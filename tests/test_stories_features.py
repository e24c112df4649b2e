"""The terms story clustering compares articles by: words, names, numbers, dates in text."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.stories.features import article_terms, date_terms, names, stem, word_list, words
from dateline.stories.vectors import date_factor, matrix, neighbour_graph, weigh


def _names(title: str, text: str) -> set[str]:
    return {k[2:] for k in names(title, text)}


def test_capitalised_runs_are_names_without_their_titles():
    found = _names("", "President Barack Obama met Chancellor Angela Merkel in Berlin on Monday.")
    assert {"barack obama", "obama", "barack", "berlin"} <= found
    assert "president" not in found and "president barack obama" not in found
    assert "monday" not in found


def test_sentence_initial_words_are_not_names():
    found = _names("", "After the storm, police closed roads. Police said Smith was safe.")
    assert "after" not in found
    assert "police" not in found  # "police" also appears in lower case in the article
    assert "smith" in found


def test_connectors_stay_inside_a_name():
    found = _names("", "He sold his shares of Bank of America and of Banco de Chile.")
    assert {"bank of america", "banco de chile"} <= found


def test_title_case_headline_gives_only_known_names():
    found = _names("Lindsay Lohan Checks Into Betty Ford Rehab", "Lindsay Lohan entered a clinic on Friday.")
    assert "lohan" in found and "lindsay" in found
    assert "checks" not in found and "rehab" not in found and "betty" not in found


def test_words_are_stemmed_and_stop_words_dropped():
    terms = words("The gunman killed two people; police said the killings shocked the town.")
    assert terms["w:kill"] == 2  # killed, killings
    assert "w:the" not in terms and "w:said" not in terms
    assert terms["n:2"] == 1  # "two"


@pytest.mark.parametrize("word, expected", [
    ("killed", "kill"), ("kills", "kill"), ("fired", "fire"), ("fires", "fire"), ("stopped", "stop"),
    ("bodies", "body"), ("died", "die"), ("violated", "violate"), ("arrested", "arrest"),
])
def test_stem(word, expected):
    assert stem(word) == expected


def test_numbers_are_normalised():
    terms = words("A 6.1 quake killed 1,200 people and 7 were missing.")
    assert {"n:6.1", "n:1200", "n:7"} <= set(terms)


def test_written_dates_become_terms():
    terms = date_terms("On December 16, 2008 and 3 May 2013; in June 2010, and 2011-02-03.")
    assert terms["n:2008-12-16"] == 1 and terms["n:2008-12"] == 1
    assert terms["n:2013-05-03"] == 1
    assert terms["n:2010-06"] == 1 and not any(k.startswith("n:2010-06-") for k in terms)
    assert terms["n:2011-02-03"] == 1


def test_title_words_count_more():
    plain = article_terms("Flood", "Flood in town.", title_weight=1.0)
    heavy = article_terms("Flood", "Flood in town.", title_weight=3.0)
    assert heavy["w:flood"] == 4 and plain["w:flood"] == 2


def test_word_lists_load():
    assert "said" in word_list("stopwords.txt")
    assert "president" in word_list("capwords.txt")


def test_vectors_have_unit_length_and_weighted_kinds():
    df = {"w:quake": 2, "e:chile": 2, "n:7": 2, "w:rare": 1}
    vec = weigh({"w:quake": 3, "e:chile": 1, "n:7": 1, "w:rare": 1}, df, 10, {"w": 1.0, "e": 1.0, "n": 0.0},
                min_df=2)
    assert sum(v * v for v in vec.values()) == pytest.approx(1.0)
    assert "n:7" not in vec  # numbers weighted 0
    assert "w:rare" not in vec  # in one article only
    assert vec["w:quake"] == pytest.approx(vec["e:chile"])  # each kind is normalised on its own


def test_date_factor():
    f = date_factor(np.array([0, 3, 10, 40, np.nan]), grace=3, scale=7, max_gap=30)
    assert f[0] == 1.0 and f[1] == 1.0
    assert f[2] == pytest.approx(np.exp(-1))
    assert f[3] == 0.0
    assert f[4] == 1.0  # an undated article: no penalty


def test_neighbour_graph_keeps_at_most_k_partners():
    vectors = [{"w:a": 1.0}] * 6
    edges = neighbour_graph(matrix(vectors), None, neighbours=2, floor=0.1, grace=0, scale=0, max_gap=0)
    assert len(edges) <= 6 * 2  # memory: n x neighbours pairs at most
    assert set(edges) == {(0, 1), (0, 2), (1, 2), (0, 3), (1, 3), (0, 4), (1, 4), (0, 5), (1, 5)}  # ties: lower row
    assert all(v == pytest.approx(1.0) for v in edges.values())
    days = np.array([0, 0, 0, 100, 100, 100], dtype=float)
    edges = neighbour_graph(matrix(vectors), days, neighbours=5, floor=0.1, grace=3, scale=7, max_gap=30)
    assert all((i < 3) == (j < 3) for i, j in edges)  # 100 days apart: never linked


def test_distinctive_terms_are_names_years_and_months():
    from dateline.stories.features import distinctive_terms

    bag = article_terms("Klitschko stops Thompson",
                        "Wladimir Klitschko stopped Tony Thompson in Bern on July 7, 2012, his 6th defence "
                        "since 2008 before 17,000 fans.")
    found = distinctive_terms(bag)
    assert {"e:thompson", "e:tony thompson", "e:bern", "n:2012", "n:2012-07", "n:2008"} <= found
    assert "n:17000" not in found and "n:6" not in found and "n:2012-07-07" not in found
    assert not any(t.startswith("w:") for t in found)
