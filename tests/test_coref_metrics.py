"""MUC, B-cubed, CEAF-e and CoNLL F1 on hand-worked examples (CoNLL reference scorer definitions)."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from dateline.eval import bcubed, ceafe, conll_f1, evaluate, muc
from dateline.eval.coref import clusters_of

# The example of Pradhan et al. (2014), table 1, whose scores the reference scorer prints.
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_pradhan_example():
    s = muc(KEY, RESPONSE)
    # recall: {a,b,c} splits into {a,b},{c} -> 1 link of 2; {d,e,f,g} into {d},{e},{f,g} -> 1 of 3
    assert s.recall == pytest.approx(2 / 5)
    # precision: {a,b} 1 of 1; {c,d} 0 of 1; {f,g,h,i} into {f,g},{h},{i} -> 1 of 3
    assert s.precision == pytest.approx(2 / 5)
    assert s.f1 == pytest.approx(0.4)


def test_bcubed_pradhan_example():
    s = bcubed(KEY, RESPONSE)
    assert s.recall == pytest.approx((4 / 3 + 1 / 3 + 1 / 4 + 4 / 4) / 7)  # 41.67
    assert s.precision == pytest.approx((4 / 2 + 1 / 2 + 1 / 2 + 4 / 4) / 8)  # 50.00
    assert round(100 * s.f1, 2) == 45.45


def test_ceafe_pradhan_example():
    s = ceafe(KEY, RESPONSE)
    # best alignment: {a,b,c}-{a,b} (2*2/5) and {d,e,f,g}-{f,g,h,i} (2*2/8) = 1.3
    assert s.recall == pytest.approx(1.3 / 2)
    assert s.precision == pytest.approx(1.3 / 3)
    assert round(100 * s.f1, 2) == 52.0


def test_conll_is_the_mean_of_the_three():
    expected = (0.4 + bcubed(KEY, RESPONSE).f1 + ceafe(KEY, RESPONSE).f1) / 3
    assert conll_f1(KEY, RESPONSE) == pytest.approx(expected)
    assert evaluate(KEY, RESPONSE)["conll"].f1 == pytest.approx(expected)


def test_singletons_count_in_bcubed_and_ceafe_but_not_muc():
    key = [{"a", "b"}, {"c"}]
    response = [{"a"}, {"b", "c"}]
    m = muc(key, response)
    assert (m.precision, m.recall) == (0.0, 0.0)  # no correct link on either side
    b = bcubed(key, response)
    assert b.recall == pytest.approx(2 / 3)  # a: 1/2, b: 1/2, c: 1/1
    assert b.precision == pytest.approx(2 / 3)  # a: 1/1, b: 1/2, c: 1/2
    c = ceafe(key, response)
    assert c.recall == pytest.approx((2 / 3 + 2 / 3) / 2)  # {a,b}-{a}, {c}-{b,c}
    assert c.precision == pytest.approx(2 / 3)


def test_all_singletons_identical():
    key = [{"a"}, {"b"}, {"c"}]
    assert muc(key, key).f1 == 0.0  # no links at all: MUC is 0/0, scored 0 as the scorer does
    assert bcubed(key, key).f1 == 1.0
    assert ceafe(key, key).f1 == 1.0


def test_items_missing_from_one_side():
    key = [{"a", "b", "c"}]
    response = [{"a", "b"}, {"d"}]  # c is missing from the response, d is not in the key
    m = muc(key, response)
    assert m.recall == pytest.approx(1 / 2)  # {a,b},{c}: one link of two
    assert m.precision == pytest.approx(1.0)
    b = bcubed(key, response)
    assert b.recall == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert b.precision == pytest.approx((1 + 1 + 0) / 3)
    c = ceafe(key, response)
    assert c.recall == pytest.approx(0.8)  # 2*2/(3+2), one key cluster
    assert c.precision == pytest.approx(0.4)  # same total over two response clusters


def test_perfect_and_disjoint():
    assert evaluate(KEY, KEY)["conll"].f1 == pytest.approx(1.0)
    nothing = [{"x", "y"}]
    scores = evaluate(KEY, nothing)
    assert all(s.f1 == 0.0 for s in scores.values())


def test_mapping_and_sets_agree():
    as_map = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}
    as_sets = [{"a", "b"}, {"c", "d"}, {"e"}]
    response = {"a": "x", "b": "y", "c": "y", "d": "y", "e": "z"}
    for name in ("muc", "bcubed", "ceafe", "conll"):
        assert evaluate(as_map, response)[name].f1 == pytest.approx(evaluate(as_sets, response)[name].f1)


def test_item_in_two_clusters_is_refused():
    with pytest.raises(ValueError, match="more than one cluster"):
        clusters_of([{"a", "b"}, {"b"}])


def _random_clustering(rng: random.Random, items: list[str], k: int) -> dict[str, int]:
    return {x: rng.randrange(k) for x in items if rng.random() > 0.1}  # some items left out


def _bcubed_per_item(key: dict, response: dict) -> tuple[float, float]:
    """B-cubed straight from its per-item definition, as a check on the fast version."""
    def side(gold: dict, other: dict) -> float:
        total = 0.0
        for item, label in gold.items():
            mine = {x for x, lab in gold.items() if lab == label}
            if item in other:
                theirs = {x for x, lab in other.items() if lab == other[item]}
                total += len(mine & theirs) / len(mine)
        return total / len(gold)
    return side(response, key), side(key, response)


def _ceafe_global(key: dict, response: dict) -> float:
    k, r = clusters_of(key), clusters_of(response)
    sim = np.array([[2 * len(a & b) / (len(a) + len(b)) for b in r] for a in k])
    rows, cols = linear_sum_assignment(sim, maximize=True)
    return float(sim[rows, cols].sum())


def test_random_clusterings_match_direct_definitions():
    rng = random.Random(5)
    items = [f"m{i}" for i in range(30)]
    for _ in range(40):
        key = _random_clustering(rng, items, rng.randint(1, 12))
        response = _random_clustering(rng, items, rng.randint(1, 12))
        p, r = _bcubed_per_item(key, response)
        b = bcubed(key, response)
        assert b.precision == pytest.approx(p)
        assert b.recall == pytest.approx(r)
        total = _ceafe_global(key, response)
        c = ceafe(key, response)
        assert c.recall == pytest.approx(total / len(clusters_of(key)))
        assert c.precision == pytest.approx(total / len(clusters_of(response)))


def test_muc_counts_links_like_a_spanning_tree():
    # MUC recall for one key cluster equals (size - number of parts) / (size - 1), checked by
    # enumerating every 2-way split of a 4-item cluster
    key = [{"a", "b", "c", "d"}]
    for left_size in range(1, 4):
        for left in itertools.combinations("abcd", left_size):
            response = [set(left), set("abcd") - set(left)]
            assert muc(key, response).recall == pytest.approx((4 - 2) / 3)
            assert muc(key, response).precision == pytest.approx(1.0)  # every response link is right
