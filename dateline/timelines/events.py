"""Cross-article events: the mentions of one real-world event, gathered from many articles.

:func:`group_events` turns ``EventMention`` objects (one sentence's report of one event) into
``Event`` objects. Two mentions can be the same event when

* their trigger words are the same kind of event (same base form, or synonyms listed in
  ``event_synonyms.tsv``: "vote" / "referendum", "signing" / "ceremony");
* their dates are compatible: the same day, or the coarser date contains the finer one; a date
  known only from the article's publication date (a weak anchor) matches dates a few days away;
* their articles are not known to belong to different stories (and being known to belong to the
  same story adds to the score);
* and they say alike things: the TF-IDF cosine of their sentences, plus the share of named
  participants (canonical entity names) they have in common, passes a threshold. Two mentions
  whose named participants are all different need a higher cosine.

Pairs are only compared inside a block of the same kind of event and a window of dates, so the
cost grows with the size of those blocks, not with the square of all mentions; each mention
keeps only its ``MAX_LINKS`` best partners. Linked pairs are merged strongest first (single
link), and a merge is refused when the strong dates of the two groups have no day in common, so
two attacks on two different days stay apart.

A group of a one-off kind of event (``one_off_events.txt``: an annexation, a coup) that no time
expression dates joins the dated group of that kind with a shared participant at least half a year
older: "the illegal annexation of Crimea", written in 2022, is the annexation dated 2014 elsewhere,
and it no longer lands on the day its article appeared (:func:`join_background`).

Each event then gets its best date (the date the most independent sources agree on, preferring
the most precise), its status over time (planned on the 29th, happened on the 30th), its
sources (articles, counting a syndicated copy once) and a short label. The dates come from
:mod:`.dating`, the statuses from :mod:`.status`, what is known of each article from :mod:`.articles`.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np
from scipy import sparse

from dateline.datafiles import table_rows, word_lines
from dateline.events.model import EventMention
from dateline.stories.features import stem, word_list
from dateline.timelines.articles import ArticleInfo, article_date, original_article
from dateline.timelines.dating import WEAK_TOLERANCE, best_date, mention_interval, precision_of
from dateline.timelines.status import mention_status, status_over_time

log = logging.getLogger(__name__)

#: Intervals longer than this many days are "coarse" (a month, a year) and compared with every
#: mention of their block rather than only with those in the date window.
COARSE_DAYS = 7
#: Links kept per mention (its best partners): enough for single link, and bounded work.
MAX_LINKS = 8
#: Rows of a block compared at once (bounds the size of the dense similarity chunk).
CHUNK = 512


@dataclass
class GroupingParams:
    """Weights of the pair score and the threshold a pair must pass to be linked."""

    threshold: float = 0.4
    entity_weight: float = 0.4  # times the Jaccard overlap of named participants
    story_bonus: float = 0.3  # both articles are known to belong to the same story
    lemma_weight: float = 0.15  # bonus when the triggers have the same base form
    disjoint_penalty: float = 0.25  # both have named participants, none in common
    weak_tolerance: int = WEAK_TOLERANCE


@dataclass
class Event:
    """One real-world event with every mention of it."""

    id: str
    mentions: list[EventMention]
    date: str | None  # best date, ISO ("2022-09-30", or "2022-09" for a month)
    date_start: str | None
    date_end: str | None
    precision: str | None  # "day" | "week" | "month" | "year" | None
    weak_date: bool  # the best date rests only on publication dates
    status: str  # current status: happened, planned, cancelled, postponed, ongoing, denied, ...
    status_history: list[tuple[str, str]]  # (article date, status) in date order
    sources: list[str]  # distinct original article ids
    participants: list[str]
    places: list[str]
    type: str | None
    label: str
    support: float = 0.0  # independent sources agreeing on the best date (weak ones count less)

    @property
    def was_planned(self) -> bool:
        """True when an article reported the event as planned before any article reported its fate."""
        if self.status == "planned":
            return False
        planned = [d for d, s in self.status_history if s == "planned"]
        fate = [d for d, s in self.status_history if s not in ("planned", "denied", "hypothetical")]
        return bool(planned and fate) and min(planned) < min(fate)

    @property
    def display_status(self) -> str:
        """The status as a reader wants it: "planned", "planned, held", "cancelled", "happened"."""
        if self.was_planned and self.status in ("happened", "held", "ongoing"):
            return "planned, held"
        if self.was_planned:
            return f"planned, {self.status}"
        return self.status

    def to_dict(self, mentions: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "label": self.label, "type": self.type, "date": self.date,
            "date_start": self.date_start, "date_end": self.date_end, "precision": self.precision,
            "weak_date": self.weak_date, "status": self.status, "display_status": self.display_status,
            "status_history": [list(x) for x in self.status_history], "sources": list(self.sources),
            "participants": list(self.participants), "places": list(self.places),
            "support": round(self.support, 3),
        }
        if mentions:
            d["mentions"] = [m.to_dict() for m in self.mentions]
        return d


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block (restored afterwards).

    Grouping creates tens of thousands of small objects next to the many objects of the
    mentions; the collector would otherwise walk all of them again and again (a third of the
    time of a timeline). Nothing here makes reference cycles, so nothing is left to collect.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# -- language data


@cache
def synonym_classes() -> dict[str, str]:
    """``{word stem: class}`` from ``event_synonyms.tsv``."""
    out: dict[str, str] = {}
    path = resources.files(__package__).joinpath("event_synonyms.tsv")
    for cls, words in table_rows(path, 2):
        for word in words.split():
            key = stem(word)
            if key in out and out[key] != cls:
                raise ValueError(f"{path}: {word!r} is already in class {out[key]!r}")
            out[key] = cls
    return out


_WORD = re.compile(r"[a-z][a-z'’.-]*[a-z]|[a-z]")


@lru_cache(maxsize=100_000)
def content_terms(text: str) -> tuple[str, ...]:
    """Stemmed content words of a sentence (stop words and reporting words left out)."""
    stop = word_list("stopwords.txt")
    out = []
    for low in _WORD.findall(text.lower()):
        if "'" in low or "’" in low:
            low = low.replace("’", "'").removesuffix("'s")
        if len(low) < 2 or low in stop:
            continue
        out.append(stem(low.replace(".", "")) if "." in low else stem(low))
    return tuple(out)


def lemma_class(lemma: str) -> str:
    """The kind of event a trigger names: its synonym class, or its own stem."""
    words = lemma.lower().split()
    last = stem(words[-1]) if words else ""
    return synonym_classes().get(last, last)


def tfidf_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """Unit-length TF-IDF rows (sublinear tf, smoothed idf) of ``texts``, one row per text."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    tfs: list[int] = []
    for i, text in enumerate(texts):
        for term, tf in Counter(content_terms(text)).items():
            rows.append(i)
            cols.append(vocab.setdefault(term, len(vocab)))
            tfs.append(tf)
    n = len(texts)
    col = np.asarray(cols, dtype=np.int64)
    df = np.bincount(col, minlength=len(vocab)) if len(col) else np.zeros(0)
    idf = np.log((1 + n) / (1 + df)) + 1.0
    vals = (1.0 + np.log(np.asarray(tfs, dtype=np.float64))) * idf[col] if len(col) else np.zeros(0)
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, max(len(vocab), 1)), dtype=np.float64)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x, dtype=np.float32)


def mention_key(m: EventMention) -> str:
    """A stable identifier of a mention: article, field and trigger offsets."""
    return f"{m.article_id}:{m.field}:{m.start}-{m.end}"


# -- grouping


class _Groups:
    """Union-find over mentions that keeps, per group, the days common to its strong dates."""

    def __init__(self, lo: np.ndarray, hi: np.ndarray, strong: np.ndarray):
        n = len(lo)
        self.parent = list(range(n))
        self.lo = [int(lo[i]) if strong[i] else -(10**9) for i in range(n)]
        self.hi = [int(hi[i]) if strong[i] else 10**9 for i in range(n)]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        lo, hi = max(self.lo[a], self.lo[b]), min(self.hi[a], self.hi[b])
        if lo > hi:  # the two groups' strong dates share no day
            return False
        self.parent[b] = a
        self.lo[a], self.hi[a] = lo, hi
        return True


def _participant_keys(m: EventMention) -> set[str]:
    keys = set()
    for p in list(m.agents) + list(m.patients):
        if p.entity:
            keys.add(p.entity.lower())
        elif p.label:
            keys.add(p.text.lower())
    return keys


def _pair_edges(idx: np.ndarray, feats: dict[str, Any], params: GroupingParams,
                dense: tuple[np.ndarray, np.ndarray] | None = None) -> list[tuple[float, int, int]]:
    """Scored links between the mentions ``idx`` of one block (sorted by first day).

    ``dense`` may give the block's sentence cosines and shared-participant counts as full
    ``n x n`` arrays (for a block of at most ``CHUNK`` mentions, computed with other small blocks
    in one product); the values are the same as those computed here from the sparse rows.
    """
    lo, hi, weak = feats["lo"][idx], feats["hi"][idx], feats["weak"][idx]
    n = len(idx)
    coarse_local = np.flatnonzero((hi - lo + 1) > COARSE_DAYS)
    tol = params.weak_tolerance
    edges: list[tuple[float, int, int]] = []
    for c0 in range(0, n, CHUNK):
        rows = np.arange(c0, min(n, c0 + CHUNK))
        first, last = lo[rows].min() - COARSE_DAYS - tol, hi[rows].max() + tol
        a, b = np.searchsorted(lo, first, "left"), np.searchsorted(lo, last, "right")
        cols = np.union1d(np.arange(max(a, c0), b), coarse_local[coarse_local >= c0])
        if not len(cols):
            continue
        gr, gc = idx[rows], idx[cols]
        if dense is not None and n <= CHUNK:  # one chunk: rows are the whole block
            cos, shared = dense[0][:, cols], dense[1][:, cols]
        else:
            cos = (feats["x"][gr] @ feats["x"][gc].T).toarray()
            shared = (feats["p"][gr] @ feats["p"][gc].T).toarray()
        # dates: strong intervals must nest; a weak day may sit within the tolerance of the other
        lr, hr, wr = lo[rows][:, None], hi[rows][:, None], weak[rows][:, None]
        lc, hc, wc = lo[cols][None, :], hi[cols][None, :], weak[cols][None, :]
        nest = ((lr <= lc) & (hc <= hr)) | ((lc <= lr) & (hr <= hc))
        near = (lr - tol <= hc) & (lc - tol <= hr)
        ok = np.where(wr | wc, near, nest)
        sr, sc = feats["story"][gr][:, None], feats["story"][gc][None, :]
        ok &= (sr < 0) | (sc < 0) | (sr == sc)
        ok &= rows[:, None] < cols[None, :]
        rr, cc = np.nonzero(ok)  # only the pairs whose dates and stories agree are scored
        pr, pc = gr[rr], gc[cc]
        score, passed = _pair_scores(pr, pc, cos[rr, cc], shared[rr, cc], feats, params)
        if len(cols) > MAX_LINKS:  # single link needs only each mention's best partners
            masked = np.full(ok.shape, -np.inf)
            masked[rr[passed], cc[passed]] = score[passed]
            keep = np.argpartition(-masked, MAX_LINKS - 1, axis=1)[:, :MAX_LINKS]
            top = np.zeros_like(ok)
            np.put_along_axis(top, keep, True, axis=1)
            passed &= top[rr, cc]
        edges.extend(zip(score[passed].tolist(), pr[passed].tolist(), pc[passed].tolist(), strict=True))
    return edges


def _batches(blocks: Sequence[np.ndarray], size: int) -> Iterable[list[np.ndarray]]:
    """Consecutive runs of ``blocks`` holding at most ``size`` mentions together (a bigger block alone)."""
    batch: list[np.ndarray] = []
    total = 0
    for idx in blocks:
        if batch and total + len(idx) > size:
            yield batch
            batch, total = [], 0
        batch.append(idx)
        total += len(idx)
    if batch:
        yield batch


def _batch_edges(batch: Sequence[np.ndarray], feats: dict[str, Any], params: GroupingParams
                 ) -> list[tuple[float, int, int]]:
    """:func:`_pair_edges` of several small blocks, their similarities computed in one sparse product.

    Scipy's sparse product computes each cell from its row and column alone, so a cell of the
    batch's product equals the cell of the block's own product: the links are the same.
    """
    every = np.concatenate(batch)
    xb, pb = feats["x"][every], feats["p"][every]
    cos_all = (xb @ xb.T).toarray()
    shared_all = (pb @ pb.T).toarray()
    edges: list[tuple[float, int, int]] = []
    # a block of at most MAX_LINKS mentions keeps every link that passes: all its pairs at once
    tiny = params.weak_tolerance >= 0
    li: list[np.ndarray] = []
    lj: list[np.ndarray] = []
    start = 0
    for idx in batch:
        n = len(idx)
        if tiny and n <= MAX_LINKS:
            r, c = _upper_pairs(n)
            li.append(r + start)
            lj.append(c + start)
        else:
            part = slice(start, start + n)
            edges.extend(_pair_edges(idx, feats, params, (cos_all[part, part], shared_all[part, part])))
        start += n
    if li:
        r, c = np.concatenate(li), np.concatenate(lj)
        edges.extend(_listed_pair_edges(every[r], every[c], cos_all[r, c], shared_all[r, c], feats, params))
    return edges


@cache
def _upper_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the cells above the diagonal of an ``n x n`` matrix."""
    return np.triu_indices(n, 1)


def _pair_scores(gi: np.ndarray, gj: np.ndarray, cos: np.ndarray, shared: np.ndarray, feats: dict[str, Any],
                 params: GroupingParams) -> tuple[np.ndarray, np.ndarray]:
    """(score, linked) of the pairs ``(gi[k], gj[k])``: ``cos`` their sentence cosines, ``shared`` their
    participants in common; linked when the dates and stories agree and the score passes the threshold."""
    tol = params.weak_tolerance
    ne_r, ne_c = feats["ne"][gi], feats["ne"][gj]
    union = ne_r + ne_c - shared
    jacc = np.divide(shared, union, out=np.zeros_like(shared, dtype=float), where=union > 0)
    disjoint = (ne_r > 0) & (ne_c > 0) & (shared == 0)
    same_lemma = feats["lemma"][gi] == feats["lemma"][gj]
    score = (cos + params.entity_weight * jacc + params.lemma_weight * same_lemma
             - params.disjoint_penalty * disjoint)
    lr, hr, wr = feats["lo"][gi], feats["hi"][gi], feats["weak"][gi]
    lc, hc, wc = feats["lo"][gj], feats["hi"][gj], feats["weak"][gj]
    nest = ((lr <= lc) & (hc <= hr)) | ((lc <= lr) & (hr <= hc))
    near = (lr - tol <= hc) & (lc - tol <= hr)
    ok = np.where(wr | wc, near, nest)
    sr, sc = feats["story"][gi], feats["story"][gj]
    ok &= (sr < 0) | (sc < 0) | (sr == sc)
    score = score + params.story_bonus * ((sr >= 0) & (sr == sc))
    ok &= score >= params.threshold
    return score, ok


def _listed_pair_edges(gi: np.ndarray, gj: np.ndarray, cos: np.ndarray, shared: np.ndarray,
                       feats: dict[str, Any], params: GroupingParams) -> list[tuple[float, int, int]]:
    """The links among the pairs ``(gi[k], gj[k])``, scored as in :func:`_pair_edges` (no cap on links)."""
    score, ok = _pair_scores(gi, gj, cos, shared, feats, params)
    keep = np.flatnonzero(ok)
    return list(zip(score[keep].tolist(), gi[keep].tolist(), gj[keep].tolist(), strict=True))


def _features(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo]) -> dict[str, Any]:
    n = len(mentions)
    lo = np.zeros(n, dtype=np.int64)
    hi = np.zeros(n, dtype=np.int64)
    weak = np.zeros(n, dtype=bool)
    for i, m in enumerate(mentions):
        lo[i], hi[i], weak[i] = mention_interval(m, articles)
    sentences = {}
    sent_idx = np.zeros(n, dtype=np.int64)
    for i, m in enumerate(mentions):
        sent_idx[i] = sentences.setdefault(m.sentence, len(sentences))
    x = tfidf_matrix(list(sentences))[sent_idx]
    ent_vocab: dict[str, int] = {}
    prow, pcol = [], []
    ne = np.zeros(n)
    for i, m in enumerate(mentions):
        keys = _participant_keys(m)
        ne[i] = len(keys)
        for k in keys:
            prow.append(i)
            pcol.append(ent_vocab.setdefault(k, len(ent_vocab)))
    p = sparse.csr_matrix((np.ones(len(prow)), (prow, pcol)), shape=(n, max(1, len(ent_vocab))))
    lemma_ids: dict[str, int] = {}
    lemma = np.array([lemma_ids.setdefault(m.lemma.lower(), len(lemma_ids)) for m in mentions])
    story_ids: dict[str, int] = {}
    story = np.full(n, -1)
    for i, m in enumerate(mentions):
        info = articles.get(m.article_id)
        if info and info.story:
            story[i] = story_ids.setdefault(info.story, len(story_ids))
    return {"lo": lo, "hi": hi, "weak": weak, "x": x.tocsr(), "p": p, "ne": ne, "lemma": lemma,
            "story": story}


def cluster_mentions(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo],
                     params: GroupingParams | None = None) -> list[int]:
    """A group number for each mention (the grouping step of :func:`group_events`)."""
    params = params or GroupingParams()
    n = len(mentions)
    if not n:
        return []
    feats = _features(mentions, articles)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        blocks[lemma_class(m.lemma or m.trigger)].append(i)
    edges: list[tuple[float, int, int]] = []
    lo_list = feats["lo"].tolist()
    small: list[np.ndarray] = []
    for members in blocks.values():
        if len(members) < 2:  # a lemma class seen once has nothing to link to
            continue
        idx = np.array(sorted(members, key=lambda i: (lo_list[i], i)), dtype=np.int64)
        if len(idx) > CHUNK:
            edges.extend(_pair_edges(idx, feats, params))
        else:
            small.append(idx)
    for batch in _batches(small, CHUNK):
        edges.extend(_batch_edges(batch, feats, params))
    groups = _Groups(feats["lo"], feats["hi"], ~feats["weak"])
    for _, i, j in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        groups.union(i, j)
    roots: dict[int, int] = {}
    return [roots.setdefault(groups.find(i), len(roots)) for i in range(n)]


def group_events(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo],
                 params: GroupingParams | None = None) -> list[Event]:
    """Group event mentions across articles into events (see the module docstring).

    Events come out in order of their best date (undated last), then by id.
    """
    with gc_paused():
        labels = cluster_mentions(mentions, articles, params)
        joined = join_background(mentions, labels, articles)
        members: dict[int, list[EventMention]] = defaultdict(list)
        for m, g, g0 in zip(mentions, joined, labels, strict=True):
            # a reference back to an older event does not date it on its article's day
            members[g].append(m if g == g0 or m.before_anchor else replace(m, before_anchor=True))
        events = [make_event(ms, articles) for ms in members.values()]
        return sorted(events, key=lambda e: (e.date_start or "9999", e.id))


#: Days by which a dated one-off event must precede an undated mention for the mention to be a
#: reference back to it (see :func:`join_background`).
BACKGROUND_GAP = 180


@cache
def one_off_classes() -> frozenset[str]:
    """Event classes that happen once to the same participants (``one_off_events.txt``)."""
    return frozenset(lemma_class(w) for w in word_lines(resources.files(__package__).joinpath("one_off_events.txt")))


def join_background(mentions: Sequence[EventMention], labels: Sequence[int],
                    articles: Mapping[str, ArticleInfo]) -> list[int]:
    """Join groups that only refer back to a one-off event to that event.

    A group of a one-off kind (``one_off_events.txt``: annexation, independence, coup ...) whose
    mentions no time expression dates (only their articles or statements do) is merged into the group of the same kind that a
    time expression dates at least ``BACKGROUND_GAP`` days before them and that shares a named
    participant with it: "the illegal annexation of Crimea", written in 2022, is the annexation
    of Crimea dated 2014 elsewhere in the collection. Among several, the one sharing the most
    participants wins, then the latest.
    """
    kinds = one_off_classes()
    groups: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(labels):
        groups[g].append(i)
    facts: dict[int, tuple[str, int | None, int, set[str]]] = {}
    for g, idx in groups.items():
        kind = lemma_class(mentions[idx[0]].lemma or mentions[idx[0]].trigger)
        if kind not in kinds:
            continue
        spans = [mention_interval(mentions[i], articles) for i in idx]
        # dated by a time expression: a statement's or an article's date says nothing of when it was
        strong_end = max((e for i, (_, e, _) in zip(idx, spans, strict=True) if mentions[i].anchor == "timex"),
                         default=None)
        keys = set().union(*(_participant_keys(mentions[i]) for i in idx))
        facts[g] = (kind, strong_end, min(s for s, _, _ in spans), keys)
    out = list(labels)
    targets: dict[str, list[tuple[int, int, set[str]]]] = defaultdict(list)
    for h, (kind2, end2, _, keys2) in facts.items():
        if end2 is not None and keys2:
            targets[kind2].append((h, end2, keys2))
    for g, (kind, strong_end, first, keys) in facts.items():
        if strong_end is not None or not keys:
            continue
        best: tuple[tuple[int, int], int] | None = None
        for h, end2, keys2 in targets.get(kind, ()):
            if end2 > first - BACKGROUND_GAP:
                continue
            shared = _shared_participants(keys, keys2)
            if shared and (best is None or (shared, end2) > best[0]):
                best = ((shared, end2), h)
        if best is not None:
            for i in groups[g]:
                out[i] = best[1]
    return out


def _key_words(key: str) -> frozenset[str]:
    return frozenset(re.split(r"[^a-z0-9]+", key.split(":", 1)[-1])) - {""}


def _shared_participants(keys: set[str], others: set[str]) -> int:
    """How many of ``keys`` name a participant of ``others``: the same key, or one whose words hold
    the other's ("place:autonomous-republic-of-crimea" and "place:crimea")."""
    words = [_key_words(k) for k in others]
    n = 0
    for k in keys:
        kw = _key_words(k)
        if k in others or any(kw and w and (kw <= w or w <= kw) for w in words):
            n += 1
    return n


# -- describing a group


def _ranked(items: Iterable[str]) -> list[str]:
    """Distinct items, most frequent first, ties in order of first appearance (as Counter.most_common)."""
    counts: dict[str, int] = {}
    for it in items:
        counts[it] = counts.get(it, 0) + 1
    if len(counts) < 2 or len(counts) == sum(counts.values()):  # nothing to reorder (the sort is stable)
        return list(counts)
    return sorted(counts, key=lambda k: -counts[k])


def _label(mentions: Sequence[EventMention], participants: list[str]) -> str:
    triggers = _ranked(m.trigger.lower() for m in mentions if not m.reporting) or _ranked(
        m.trigger.lower() for m in mentions)
    trigger = triggers[0] if triggers else "event"
    agents = _ranked(p.entity or p.text for m in mentions for p in m.agents)
    patients = _ranked(p.entity or p.text for m in mentions for p in m.patients)
    parts = []
    if agents:
        parts.append(agents[0])
    parts.append(trigger)
    if patients:
        parts.append(patients[0])
    elif not agents and participants:
        parts.append(participants[0])
    return " ".join(parts)


def event_id(mentions: Sequence[EventMention]) -> str:
    """A stable id from the mentions' keys (the same mentions always give the same id)."""
    keys = sorted(mention_key(m) for m in mentions)
    return "ev-" + hashlib.sha1("\n".join(keys).encode("utf-8")).hexdigest()[:12]


def _single_event(m: EventMention, articles: Mapping[str, ArticleInfo]) -> Event:
    """:func:`make_event` of one mention (most events), without the work a group needs."""
    value, start, end, weak, support = best_date([m], articles)
    status = mention_status(m)
    history = [(article_date(m, articles) or "", status)]
    keyed = [p.entity or p.text for p in (*m.agents, *m.patients) if p.entity or p.label]
    participants = _ranked(keyed) if len(keyed) > 1 else keyed
    place = (m.place.get("name") or m.place.get("text")) if m.place else None
    return Event(
        id="ev-" + hashlib.sha1(mention_key(m).encode("utf-8")).hexdigest()[:12], mentions=[m], date=value,
        date_start=start, date_end=end, precision=precision_of(start, end), weak_date=weak,
        status="happened" if status == "held" else status, status_history=history,
        sources=[original_article(m.article_id, articles)], participants=participants,
        places=[place] if place else [], type=m.type or None, label=_label([m], participants), support=support,
    )


def make_event(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo]) -> Event:
    """Describe a group of mentions of one event."""
    if len(mentions) == 1:
        return _single_event(mentions[0], articles)
    return _group_event(mentions, articles)


def _group_event(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo]) -> Event:
    """:func:`make_event` of any number of mentions."""
    ms = sorted(mentions, key=lambda m: (article_date(m, articles) or "", m.article_id, m.field, m.start))
    value, start, end, weak, support = best_date(ms, articles)
    status, history = status_over_time(ms, articles)
    sources = sorted({original_article(m.article_id, articles) for m in ms})
    participants = _ranked(p.entity or p.text for m in ms for p in (*m.agents, *m.patients) if p.entity or p.label)
    places = _ranked(name for m in ms if m.place for name in [m.place.get("name") or m.place.get("text")] if name)
    types = _ranked(m.type for m in ms if m.type)
    return Event(
        id=event_id(ms), mentions=list(ms), date=value, date_start=start, date_end=end,
        precision=precision_of(start, end), weak_date=weak, status=status, status_history=history,
        sources=sources, participants=participants, places=places,
        type=types[0] if types else None, label=_label(ms, participants),
        support=support,
    )
