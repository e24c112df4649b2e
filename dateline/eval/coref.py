"""Coreference measures: MUC, B-cubed, CEAF-e and the CoNLL F1 (their mean).

The definitions are those of the CoNLL reference scorer (Pradhan et al. 2014, "Scoring
coreference partitions of predicted mentions: a reference implementation", scorer v8.01):

- singletons count: a cluster of one item is a cluster like any other (MUC gives it no
  links, so it adds nothing to MUC, but B-cubed and CEAF-e score it);
- items may be missing from one side. An item of the key that the response does not contain
  lowers recall (MUC counts it as its own part of the key cluster; B-cubed gives it no credit;
  CEAF-e's cluster sizes still include it), and an item only in the response lowers precision
  the same way.

A clustering is given either as a mapping item -> cluster label or as an iterable of
clusters (sets of items). Scores are fractions in [0, 1]; F1 is 0 when precision and recall
are both 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Clustering = Mapping[Hashable, Hashable] | Iterable[Collection[Hashable]]


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and their harmonic mean, each in [0, 1]."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def clusters_of(clustering: Clustering) -> list[frozenset]:
    """The clusters of ``clustering`` as a list of non-empty frozensets.

    Raises ``ValueError`` when an item is in two clusters of the same side.
    """
    if isinstance(clustering, Mapping):
        groups: dict[Hashable, set] = defaultdict(set)
        for item, label in clustering.items():
            groups[label].add(item)
        return [frozenset(g) for g in groups.values()]
    out: list[frozenset] = []
    seen: set = set()
    for cluster in clustering:
        members = frozenset(cluster)
        if not members:
            continue
        twice = seen & members
        if twice:
            raise ValueError(f"item {next(iter(twice))!r} is in more than one cluster")
        seen |= members
        out.append(members)
    return out


def _index(clusters: list[frozenset]) -> dict[Hashable, int]:
    return {item: i for i, cluster in enumerate(clusters) for item in cluster}


def _muc_side(gold: list[frozenset], other: list[frozenset]) -> tuple[int, int]:
    """MUC numerator and denominator with ``gold`` as the reference side."""
    where = _index(other)
    num = den = 0
    for cluster in gold:
        parts = set()
        unmatched = 0
        for item in cluster:
            j = where.get(item)
            if j is None:
                unmatched += 1  # an item the other side lacks is a part of its own
            else:
                parts.add(j)
        num += len(cluster) - (len(parts) + unmatched)
        den += len(cluster) - 1
    return num, den


def muc(key: Clustering, response: Clustering) -> Score:
    """MUC (Vilain et al. 1995): links kept, counted over the minimal spanning links."""
    k, r = clusters_of(key), clusters_of(response)
    rn, rd = _muc_side(k, r)
    pn, pd = _muc_side(r, k)
    return Score(pn / pd if pd else 0.0, rn / rd if rd else 0.0)


def _bcubed_side(gold: list[frozenset], other: list[frozenset]) -> float:
    where = _index(other)
    total = 0.0
    items = 0
    for cluster in gold:
        overlaps: dict[int, int] = defaultdict(int)
        for item in cluster:
            j = where.get(item)
            if j is not None:
                overlaps[j] += 1
        total += sum(n * n for n in overlaps.values()) / len(cluster)
        items += len(cluster)
    return total / items if items else 0.0


def bcubed(key: Clustering, response: Clustering) -> Score:
    """B-cubed (Bagga and Baldwin 1998): per item, the overlap of its key and response clusters."""
    k, r = clusters_of(key), clusters_of(response)
    return Score(_bcubed_side(r, k), _bcubed_side(k, r))


def _components(pairs: dict[tuple[int, int], int]) -> list[tuple[list[int], list[int]]]:
    """Connected groups of key and response clusters linked by shared items."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        a, b = find(("k", i)), find(("r", j))
        if a != b:
            parent[a] = b
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for node in list(parent):
        side, n = node
        groups[find(node)][0 if side == "k" else 1].append(n)
    return list(groups.values())


def ceafe(key: Clustering, response: Clustering) -> Score:
    """Entity-based CEAF (Luo 2005) with phi4 = 2|K & R| / (|K| + |R|).

    The best one-to-one alignment of key and response clusters is found with the Hungarian
    algorithm, separately in each group of clusters that share items (clusters sharing no
    item have similarity 0, so this gives the same optimum as one global alignment).
    """
    k, r = clusters_of(key), clusters_of(response)
    if not k or not r:
        return Score(0.0, 0.0)
    where = _index(r)
    pairs: dict[tuple[int, int], int] = defaultdict(int)
    for i, cluster in enumerate(k):
        for item in cluster:
            j = where.get(item)
            if j is not None:
                pairs[i, j] += 1
    total = 0.0
    for ks, rs in _components(pairs):
        sim = np.zeros((len(ks), len(rs)))
        for a, i in enumerate(ks):
            for b, j in enumerate(rs):
                shared = pairs.get((i, j), 0)
                if shared:
                    sim[a, b] = 2 * shared / (len(k[i]) + len(r[j]))
        rows, cols = linear_sum_assignment(sim, maximize=True)
        total += float(sim[rows, cols].sum())
    return Score(total / len(r), total / len(k))


def conll_f1(key: Clustering, response: Clustering) -> float:
    """The CoNLL F1: the mean of the MUC, B-cubed and CEAF-e F1 scores."""
    return evaluate(key, response)["conll"].f1


@dataclass(frozen=True, slots=True)
class _Mean:
    f1: float

    def to_dict(self) -> dict[str, float]:
        return {"f1": self.f1}


def evaluate(key: Clustering, response: Clustering) -> dict[str, Score | _Mean]:
    """All measures at once: ``{"muc", "bcubed", "ceafe", "conll"}`` (CoNLL has only F1)."""
    k, r = clusters_of(key), clusters_of(response)
    scores: dict[str, Score | _Mean] = {"muc": muc(k, r), "bcubed": bcubed(k, r), "ceafe": ceafe(k, r)}
    scores["conll"] = _Mean(sum(s.f1 for s in scores.values()) / 3)
    return scores
