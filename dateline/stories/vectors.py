"""TF-IDF vectors of articles and the sparse graph of their most similar pairs.

Each article's terms (see :mod:`dateline.stories.features`) are weighted by sublinear term
frequency (1 + log tf) times smoothed inverse document frequency. The three kinds of terms
(words ``w:``, names ``e:``, numbers ``n:``) are normalized separately and mixed with the
weights of :class:`~dateline.stories.params.Params`, so that the cosine of two articles is
a weighted mean of their word, name and number cosines.

The similarity graph never holds all n x n pairs: rows are multiplied in chunks and each
article keeps only its ``neighbours`` best partners above a floor, so memory grows with n.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

KINDS = ("w", "e", "n")


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency (as scikit-learn's ``smooth_idf``)."""
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def weigh(terms: Mapping[str, float], df: Mapping[str, int], n_docs: int,
          kind_weights: Mapping[str, float], min_df: int = 1) -> dict[str, float]:
    """One article's unit-length vector as ``{term: weight}``.

    Terms seen in fewer than ``min_df`` documents (counting this one) are left out: a term
    no other article shares cannot make two articles alike, it only dilutes the others.
    """
    blocks: dict[str, dict[str, float]] = {k: {} for k in KINDS}
    for term, tf in terms.items():
        if tf <= 0:
            continue
        d = max(df.get(term, 0), 1)
        if d < min_df:
            continue
        blocks[term[0]][term] = (1.0 + math.log(tf)) * idf(d, n_docs)
    out: dict[str, float] = {}
    for kind, block in blocks.items():
        norm = math.sqrt(sum(v * v for v in block.values()))
        share = kind_weights.get(kind, 0.0)
        if not norm or not share:
            continue
        scale = math.sqrt(share) / norm
        for term, v in block.items():
            out[term] = v * scale
    total = math.sqrt(sum(v * v for v in out.values()))
    return {t: v / total for t, v in out.items()} if total else {}


def document_frequencies(bags: Sequence[Mapping[str, float]]) -> Counter:
    df: Counter = Counter()
    for bag in bags:
        df.update(t for t, tf in bag.items() if tf > 0)
    return df


def matrix(vectors: Sequence[Mapping[str, float]]) -> sparse.csr_matrix:
    """The vectors as rows of a sparse matrix (columns numbered in sorted term order)."""
    vocab = {t: i for i, t in enumerate(sorted({t for v in vectors for t in v}))}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for vec in vectors:
        for term in sorted(vec, key=vocab.__getitem__):
            indices.append(vocab[term])
            data.append(vec[term])
        indptr.append(len(indices))
    return sparse.csr_matrix((np.array(data), np.array(indices, dtype=np.int64), np.array(indptr)),
                             shape=(len(vectors), max(len(vocab), 1)))


def date_factor(gap_days: np.ndarray, grace: float, scale: float, max_gap: float) -> np.ndarray:
    """How much a publication gap lowers a similarity: 1 within ``grace`` days, then decaying
    exponentially with ``scale`` days, and 0 beyond ``max_gap`` days. An unknown gap (NaN: an
    undated article) lowers nothing."""
    gap = np.nan_to_num(np.abs(np.asarray(gap_days, dtype=float)), nan=0.0)
    factor = np.exp(-np.maximum(gap - grace, 0.0) / scale) if scale > 0 else np.ones_like(gap)
    return np.where(gap > max_gap, 0.0, factor)


def neighbour_graph(x: sparse.csr_matrix, days: np.ndarray | None, neighbours: int, floor: float,
                    grace: float, scale: float, max_gap: float, chunk: int = 512) -> dict[tuple[int, int], float]:
    """The best ``neighbours`` partners of each row with similarity >= ``floor``.

    Similarity is the cosine of the rows times :func:`date_factor` of their publication gap
    when ``days`` (day numbers, one per row) is given. Returns ``{(i, j): sim}`` with i < j;
    a pair kept by either side is kept.
    """
    n = x.shape[0]
    xt = x.T.tocsc()
    edges: dict[tuple[int, int], float] = {}
    for lo in range(0, n, chunk):
        hi = min(n, lo + chunk)
        block = (x[lo:hi] @ xt).tocoo()
        rows, cols, vals = block.row + lo, block.col, block.data
        keep = cols != rows
        rows, cols, vals = rows[keep], cols[keep], vals[keep]
        if days is not None:
            vals = vals * date_factor(days[rows] - days[cols], grace, scale, max_gap)
        keep = vals >= floor
        rows, cols, vals = rows[keep], cols[keep], vals[keep]
        order = np.lexsort((cols, -vals, rows))  # per row, best first; ties by column
        rows, cols, vals = rows[order], cols[order], vals[order]
        starts = np.searchsorted(rows, np.arange(lo, hi))
        ends = np.searchsorted(rows, np.arange(lo, hi), side="right")
        for s, e in zip(starts, ends, strict=True):
            for k in range(s, min(e, s + neighbours)):
                i, j = int(rows[k]), int(cols[k])
                key = (i, j) if i < j else (j, i)
                edges[key] = float(vals[k])
    return edges
