"""Agglomerative clustering over a sparse similarity graph, with a stopping threshold.

Average link merges the two clusters whose members are, on average, most alike, and stops
when no pair reaches the threshold. Pairs missing from the sparse graph count as 0, so a
long chain of pairwise-similar articles cannot pull two unrelated groups together (the
weakness of single link, which is also here as the baseline's method).
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict


def single_link(n: int, edges: dict[tuple[int, int], float], threshold: float) -> list[int]:
    """Connected components of the pairs with similarity >= ``threshold``; label = smallest row."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), sim in edges.items():
        if sim >= threshold:
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(n)]


class NameVeto:
    """Keeps apart two groups that each have a name of their own.

    A name is *characteristic* of a group when at least ``high`` of its articles mention it,
    and *foreign* to another group when at most ``low`` of that group's articles do. Two
    groups of at least ``min_size`` articles that each have a characteristic name foreign to
    the other ("Klitschko beats Rahman" and "Klitschko beats Thompson") report two events of
    the same kind, unless their average similarity reaches ``cap``: groups that alike are one
    story that grew (a later group names the lawyer, an earlier one the clinic).
    """

    def __init__(self, names: list[set[str]], min_size: int = 2, high: float = 0.5, low: float = 0.1,
                 cap: float = float("inf")):
        self.counts = [Counter(s) for s in names]
        self.min_size, self.high, self.low, self.cap = min_size, high, low, cap
        self._marks: dict[int, list[str]] = {}

    def _characteristic(self, i: int, size: int) -> list[str]:
        if i not in self._marks:
            need = self.high * size
            self._marks[i] = [t for t, c in self.counts[i].items() if c >= need]
        return self._marks[i]

    def _has_own(self, a: int, size_a: int, b: int, size_b: int) -> bool:
        limit = self.low * size_b
        other = self.counts[b]
        return any(other.get(t, 0) <= limit for t in self._characteristic(a, size_a))

    def blocks(self, a: int, size_a: int, b: int, size_b: int, similarity: float = 0.0) -> bool:
        """Whether groups ``a`` and ``b`` (of the given sizes and average similarity) stay apart."""
        if min(size_a, size_b) < self.min_size or similarity >= self.cap:
            return False
        return self._has_own(a, size_a, b, size_b) and self._has_own(b, size_b, a, size_a)

    def merge(self, keep: int, gone: int) -> None:
        self.counts[keep].update(self.counts[gone])
        self.counts[gone] = Counter()
        self._marks.pop(keep, None)
        self._marks.pop(gone, None)


def average_link(n: int, edges: dict[tuple[int, int], float], threshold: float,
                 veto: NameVeto | None = None) -> list[int]:
    """Average-link clustering of rows 0..n-1; returns each row's cluster label (its smallest row).

    With a ``veto``, a pair of groups it blocks is never merged. Deterministic: ties are
    broken by the rows' order.
    """
    size = [1] * n
    links: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    for (i, j), sim in edges.items():
        links[i][j] += sim
        links[j][i] += sim
    heap = [(-sim, i, j) for (i, j), sim in edges.items() if sim >= threshold]
    heapq.heapify(heap)
    alive = [True] * n
    label = list(range(n))
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        current = links[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + neg) > 1e-12:
            continue  # stale: the pair changed since it was pushed
        if veto is not None and veto.blocks(a, size[a], b, size[b], current):
            continue
        keep, gone = (a, b) if a < b else (b, a)
        if veto is not None:
            veto.merge(keep, gone)
        alive[gone] = False
        label[gone] = keep
        size[keep] += size[gone]
        for other, total in links[gone].items():
            if other == keep:
                continue
            links[keep][other] += total
            links[other][keep] = links[other].get(keep, 0.0) + total
            del links[other][gone]
        links[keep].pop(gone, None)
        links[gone] = {}
        for other, total in links[keep].items():
            avg = total / (size[keep] * size[other])
            if avg >= threshold:
                x, y = (keep, other) if keep < other else (other, keep)
                heapq.heappush(heap, (-avg, x, y))

    def root(i: int) -> int:
        while label[i] != i:
            label[i] = label[label[i]]
            i = label[i]
        return i

    return [root(i) for i in range(n)]
