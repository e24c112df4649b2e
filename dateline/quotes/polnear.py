"""PolNeAR (political news attribution relations): reading, a fixed split, and scoring.

PolNeAR annotates every attribution in 1,008 US political news articles: the source (the
local mention, "he" stays "he"), the cue ("said", "according to") and the content (one or
more spans). Only the train compartment is on this machine (``train.jsonl``, one document a
line, offsets into ``text``); dateline splits it by a hash of the document id into its own
``train`` part, where rules are developed, and a ``dev`` part, where figures are reported.

Scoring (:func:`score`) follows the issue's definition: a predicted attribution matches a gold
one when a content span of each overlaps, and, for the end-to-end figure, the predicted speaker
span overlaps the gold source span (both absent also agree). Precision counts predictions that
match some gold attribution; recall counts gold attributions matched by some prediction. The
``direct`` figures restrict recall to gold attributions whose content is a quotation in marks
(PolNeAR's ``kind`` "direct") and precision to predictions of kind ``direct``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class Attribution:
    """One attribution, gold or predicted, as character spans into the document text."""

    content: list[Span]
    source: Span | None
    cue: Span | None = None
    kind: str = "indirect"


@dataclass(slots=True)
class Document:
    """A PolNeAR document with its gold attributions."""

    id: str
    text: str
    date: str
    attributions: list[Attribution] = field(default_factory=list)


def read_polnear(path: Path) -> Iterator[Document]:
    """Documents from PolNeAR's ``train.jsonl`` (see ``SOURCE.txt`` beside it)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec: dict[str, Any] = json.loads(line)
            attrs = []
            for a in rec["attributions"]:
                spans = [(int(s), int(e)) for s, e in a.get("content_spans") or [a["content"]] if e > s]
                if not spans:
                    continue
                src = tuple(a["source"]) if a.get("source") else None
                cue = tuple(a["cue"]) if a.get("cue") else None
                attrs.append(Attribution(spans, src, cue, a.get("kind") or "indirect"))  # type: ignore[arg-type]
            yield Document(rec["id"], rec["text"], rec.get("date", ""), attrs)


def part_of(doc_id: str, dev_share: int = 5) -> str:
    """``"dev"`` for one document in ``dev_share`` (by a hash of its id), else ``"train"``."""
    h = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16)
    return "dev" if h % dev_share == 0 else "train"


def _overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _exact(a: Sequence[Span], b: Sequence[Span], text: str) -> bool:
    """Same content, ignoring whitespace and punctuation at the edges; a prediction that is one
    part of a gold content split around its cue ("...," he said, "...") also counts."""

    def norm(spans: Sequence[Span]) -> str:
        return " ".join(text[s:e] for s, e in sorted(spans)).strip(" \n\t,.;:\u00a0")

    if norm(a) == norm(b):
        return True
    parts = {norm([s]) for s in b}
    return len(a) == 1 and norm(a) in parts


def _speaker_ok(pred: Attribution, gold: Attribution) -> bool:
    if gold.source is None or pred.source is None:
        return gold.source is None and pred.source is None
    return _overlaps([pred.source], [gold.source])


@dataclass(slots=True)
class Counts:
    """Matched and total counts for one measure."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


MEASURES = ("content_overlap", "content_exact", "end_to_end")
SCOPES = ("direct", "all")


def score_document(text: str, gold: Sequence[Attribution], pred: Sequence[Attribution]
                   ) -> dict[tuple[str, str], Counts]:
    """Counts for every (scope, measure) pair on one document."""
    tests = {
        "content_overlap": lambda p, g: _overlaps(p.content, g.content),
        "content_exact": lambda p, g: _exact(p.content, g.content, text),
        "end_to_end": lambda p, g: _overlaps(p.content, g.content) and _speaker_ok(p, g),
    }
    out: dict[tuple[str, str], Counts] = {}
    for scope in SCOPES:
        gs = [g for g in gold if scope == "all" or g.kind == "direct"]
        ps = [p for p in pred if scope == "all" or p.kind == "direct"]
        for name, test in tests.items():
            out[scope, name] = Counts(
                tp_pred=sum(1 for p in ps if any(test(p, g) for g in gold)),
                n_pred=len(ps),
                tp_gold=sum(1 for g in gs if any(test(p, g) for p in pred)),
                n_gold=len(gs),
            )
    return out


def score(pairs: Iterable[tuple[str, Sequence[Attribution], Sequence[Attribution]]]
          ) -> dict[tuple[str, str], Counts]:
    """Sum :func:`score_document` over ``(text, gold, predicted)`` triples."""
    total = {(s, m): Counts() for s in SCOPES for m in MEASURES}
    for text, gold, pred in pairs:
        for key, counts in score_document(text, gold, pred).items():
            total[key].add(counts)
    return total


def derive_cue_frames(pairs: Iterable[tuple[Document, Any]], min_hits: int = 3
                      ) -> list[tuple[str, str, int, int]]:
    """Count, for every verb lemma and content frame seen in parsed documents, how often the
    verb in that frame was a gold cue whose content lies in the frame.

    ``pairs`` are ``(Document, spacy Doc)``. Returns ``(lemma, frame, uses, hits)`` rows with at
    least ``min_hits`` hits; uses inside quotation marks are not counted (their words belong to
    the quotation in PolNeAR). This is how ``data/cues.tsv`` was first drawn.
    """
    from ..marks import find_quoted
    from .reported import frames_of

    uses: dict[tuple[str, str], int] = {}
    hits: dict[tuple[str, str], int] = {}
    for doc, sdoc in pairs:
        cue_of: dict[int, Attribution] = {}
        for a in doc.attributions:
            if a.cue is not None:
                for t in sdoc.char_span(a.cue[0], a.cue[1], alignment_mode="expand") or []:
                    cue_of[t.i] = a
        quoted = [(q.start, q.end) for q in find_quoted(doc.text)]
        for verb in sdoc:
            if verb.pos_ != "VERB" or any(s <= verb.idx < e for s, e in quoted):
                continue
            gold = cue_of.get(verb.i)
            for frame, head in frames_of(verb).items():
                key = (verb.lemma_.lower(), frame)
                uses[key] = uses.get(key, 0) + 1
                if gold is None:
                    continue
                toks = ([t for t in head.subtree if t.i < verb.left_edge.i] if frame == "para"
                        else list(head.subtree))
                if toks and _overlaps([(toks[0].idx, toks[-1].idx + len(toks[-1]))], gold.content):
                    hits[key] = hits.get(key, 0) + 1
    rows = [(lemma, frame, uses[lemma, frame], h) for (lemma, frame), h in hits.items() if h >= min_hits]
    rows.sort(key=lambda r: (-r[3], r[0], r[1]))
    return rows
