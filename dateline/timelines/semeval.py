"""SemEval-2015 Task 4 "TimeLine: Cross-Document Event Ordering" (Minard et al., 2015): data and scorer.

* ``read_document`` / ``read_corpus``: the task's TimeML input documents (``<DOCID>``, ``<DCT>``,
  ``<TEXT>`` split into ``<s id="N">`` sentences of space-separated tokens, with inline ``<EVENT>``
  tags in the annotated Track B version). Each document gets a plain ``text`` (tokens joined by
  spaces, sentences by newlines) with every token's offsets, so annotation layers can run on it and
  map what they find back to the task's ``DOCID-SENT-TOKEN`` mention ids.
* ``read_timeline`` / ``write_timeline`` / ``timeline_filename``: the timeline files. First line the
  target entity, then one line per event: ``ORDINAL<TAB>DATE<TAB>MENTION[<TAB>MENTION...]``. The
  date is YYYY-MM-DD, YYYY-MM-XX, YYYY-XX-XX or XXXX-XX-XX; a mention is DOCID-SENTENCE-TOKEN with
  the token's text (several tokens joined by "_", e.g. ``4954-2-court_case``); mentions on one line
  corefer; equal ordinals are simultaneous; ordinal 0 is "not placed" and is not scored.
* ``score_timelines``: the task's temporal-awareness score, computed as the organisers' evaluation
  tool computes it (``evaluation_all.py`` -> ``evaluation_timeline.py`` -> TempEval-3's
  ``temporal_evaluation.py`` with UzZaman & Allen's timegraph). See ``score_timelines`` for the
  conversion of a timeline into temporal relations and for the few deliberate differences.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

# -- documents


@dataclass(frozen=True)
class Token:
    """One token of a task document; ``start``/``end`` are offsets into ``SemevalDoc.text``."""

    sentence: int  # the <s id> of its sentence
    index: int  # position in the sentence, from 0
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {
            "sentence": self.sentence,
            "index": self.index,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class EventMention:
    """An ``<EVENT>`` of an annotated (Track B) document, with the mention id the timelines use."""

    eid: str
    sentence: int
    indices: tuple[int, ...]
    text: str
    mention_id: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {
            "eid": self.eid, "sentence": self.sentence, "indices": list(self.indices), "text": self.text,
            "mention_id": self.mention_id, "start": self.start, "end": self.end,
        }  # fmt: skip


@dataclass
class SemevalDoc:
    """A task document: its id, creation date (DCT), title, tokenized sentences and any gold events."""

    docid: str
    dct: str  # the DCT's TIMEX3 value as written, e.g. "2006-03-28"
    title: str
    text: str
    sentences: dict[int, list[Token]]
    events: list[EventMention] = field(default_factory=list)
    path: str = ""

    @property
    def date(self) -> dt.date | None:
        """The document creation date, None when the DCT is not a full date."""
        try:
            return dt.date.fromisoformat(self.dct[:10])
        except ValueError:
            return None

    def mention_id(self, sentence: int, indices: Sequence[int]) -> str:
        """The task's id of the mention made of these tokens of one sentence: DOCID-SENT-TOK[_TOK...]."""
        toks = self.sentences[sentence]
        return f"{self.docid}-{sentence}-" + "_".join(toks[i].text for i in indices)

    def token_at(self, offset: int) -> Token | None:
        """The token covering character ``offset`` of ``text``, if any."""
        for sent in self.sentences.values():
            if sent and sent[0].start <= offset < sent[-1].end:
                return next((t for t in sent if t.start <= offset < t.end), None)
        return None

    def to_dict(self) -> dict:
        return {
            "docid": self.docid, "dct": self.dct, "title": self.title, "text": self.text,
            "sentences": {str(k): [t.to_dict() for t in v] for k, v in self.sentences.items()},
            "events": [e.to_dict() for e in self.events], "path": self.path,
        }  # fmt: skip


def _inline_tokens(sent: ET.Element) -> list[tuple[str, str | None]]:
    """(token, eid or None) pairs of an <s> element, whose text may carry inline <EVENT> tags."""
    out: list[tuple[str, str | None]] = [(tok, None) for tok in (sent.text or "").split()]
    for child in sent:
        eid = child.get("eid") if child.tag == "EVENT" else None
        out.extend((tok, eid) for tok in (child.text or "").split())
        out.extend((tok, None) for tok in (child.tail or "").split())
    return out


def read_document(path: str | Path) -> SemevalDoc:
    """Read one TimeML document of the task (Track A raw or Track B annotated)."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ValueError(f"{path}: not well-formed TimeML ({exc})") from exc
    docid = (root.findtext("DOCID") or "").strip()
    timex = root.find("DCT/TIMEX3")
    dct = (timex.get("value") if timex is not None else "") or ""
    text_el = root.find("TEXT")
    if not docid or text_el is None:
        raise ValueError(f"{path}: a task document needs <DOCID> and <TEXT>")
    parts: list[str] = []
    sentences: dict[int, list[Token]] = {}
    events: list[EventMention] = []
    pos = 0
    for sent in text_el.iter("s"):
        sid = int(sent.get("id", len(sentences)))
        if sid in sentences:
            raise ValueError(f"{path}: sentence id {sid} appears twice")
        if parts:
            parts.append("\n")
            pos += 1
        toks: list[Token] = []
        by_eid: dict[str, list[int]] = {}
        for i, (tok, eid) in enumerate(_inline_tokens(sent)):
            if i:
                parts.append(" ")
                pos += 1
            toks.append(Token(sid, i, tok, pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            if eid:
                by_eid.setdefault(eid, []).append(i)
        sentences[sid] = toks
        for eid, idx in by_eid.items():
            words = [toks[i].text for i in idx]
            events.append(
                EventMention(
                    eid, sid, tuple(idx), " ".join(words), f"{docid}-{sid}-" + "_".join(words),
                    toks[idx[0]].start, toks[idx[-1]].end,
                )
            )  # fmt: skip
    return SemevalDoc(
        docid=docid,
        dct=dct,
        title=" ".join((root.findtext("EXTRAINFO") or "").split()),
        text="".join(parts),
        sentences=sentences,
        events=events,
        path=str(path),
    )


def read_corpus(directory: str | Path) -> list[SemevalDoc]:
    """Every ``*.tml`` document of a task folder, ordered by numeric DOCID."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory} is not a folder")
    docs = [read_document(p) for p in sorted(directory.glob("*.tml"))]
    return sorted(
        docs, key=lambda d: (not d.docid.isdigit(), int(d.docid) if d.docid.isdigit() else 0, d.docid)
    )


def read_entities(path: str | Path) -> list[str]:
    """The target entities of a corpus (the task's ``list_target_entities`` file): one per line."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [s for s in (line.strip() for line in lines) if s]


# -- timeline files

DATE_FORMAT = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-XX|\d{4}-XX-XX|XXXX-XX-XX)$")
MENTION_FORMAT = re.compile(r"^[^\s-]+-\d+-\S+$")


@dataclass(frozen=True)
class TimelineRow:
    """One line of a timeline file: an ordinal, a time anchor and coreferent event mentions."""

    ordinal: int
    date: str
    mentions: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"ordinal": self.ordinal, "date": self.date, "mentions": list(self.mentions)}


@dataclass
class EntityTimeline:
    """A timeline file: its target entity and rows in file order."""

    entity: str
    rows: list[TimelineRow]
    path: str = ""


def timeline_filename(entity: str) -> str:
    """The task's file name for an entity: lower case, "&" as "_and_", other characters as "_".

    >>> timeline_filename("S&P 500")
    's_and_p_500.txt'
    """
    name = entity.strip().lower().replace("&", "_and_")
    return re.sub(r"[^0-9a-z_]", "_", name) + ".txt"


def _parse_line(line: str, where: str) -> TimelineRow | None:
    # The evaluation tool strips trailing whitespace, splits on tabs and skips lines with fewer than
    # three fields; gold files also hold shorter anchors ("1968", "2006-03"), kept as written.
    fields = line.rstrip().split("\t")
    if len(fields) < 3:
        if line.strip():
            log.warning("%s: skipped line without a mention: %r", where, line)
        return None
    try:
        ordinal = int(fields[0])
    except ValueError as exc:
        raise ValueError(f"{where}: ordinal {fields[0]!r} is not a whole number") from exc
    return TimelineRow(ordinal, fields[1].strip(), tuple(f.strip() for f in fields[2:] if f.strip()))


def read_timeline(path: str | Path) -> EntityTimeline:
    """Read a timeline file (system output or gold)."""
    path = Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    entity = lines[0].strip() if lines else ""
    rows = [r for n, line in enumerate(lines[1:], start=2) if (r := _parse_line(line, f"{path}:{n}"))]
    return EntityTimeline(entity, rows, str(path))


def _as_row(row: TimelineRow | Sequence) -> TimelineRow:
    if isinstance(row, TimelineRow):
        return row
    ordinal, date, mentions = row
    return TimelineRow(int(ordinal), str(date), (mentions,) if isinstance(mentions, str) else tuple(mentions))


def write_timeline(path_or_dir: str | Path, entity: str, rows: Iterable[TimelineRow | Sequence]) -> Path:
    """Write a timeline file; given a folder, the file is named by ``timeline_filename(entity)``.

    ``rows`` are ``TimelineRow``s or ``(ordinal, date, mentions)`` tuples, ``mentions`` one id or a
    list of coreferent ids. Rows are written by ordinal (stable); a bad date or mention id raises
    ValueError naming it. Returns the path written.
    """
    target = Path(path_or_dir)
    if target.is_dir():
        target = target / timeline_filename(entity)
    checked = [_as_row(r) for r in rows]
    for r in checked:
        if r.ordinal < 0:
            raise ValueError(f"ordinal {r.ordinal} is negative")
        if not DATE_FORMAT.match(r.date):
            raise ValueError(f"date {r.date!r} is not YYYY-MM-DD, YYYY-MM-XX, YYYY-XX-XX or XXXX-XX-XX")
        if not r.mentions:
            raise ValueError(f"row {r.ordinal} {r.date} has no mention")
        for m in r.mentions:
            if not MENTION_FORMAT.match(m):
                raise ValueError(f"mention {m!r} is not DOCID-SENTENCE-TOKEN")
    lines = [" ".join(entity.split())]
    lines += [
        "\t".join([str(r.ordinal), r.date, *r.mentions]) for r in sorted(checked, key=lambda r: r.ordinal)
    ]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


# -- scoring


def _natural_key(line: str) -> list:
    # evaluation_timeline.py's natural_keys: digit runs compare as numbers (re.split keeps str and int
    # chunks at alternating positions, so a str is never compared with an int).
    return [int(c) if i % 2 else c for i, c in enumerate(re.split("([0-9]+)", line))]


def _ordered(rows: Iterable[TimelineRow]) -> list[TimelineRow]:
    """The rows the tool scores, in its order: ordinal 0 dropped, lines sorted by natural keys."""
    kept = [r for r in rows if r.ordinal != 0 and r.mentions]
    return sorted(kept, key=lambda r: _natural_key("\t".join([str(r.ordinal), r.date, *r.mentions])))


Relation = tuple[str, str, str]


class TemporalGraph:
    """Intervals as start/end points; "=" classes of points and strict "<" edges between classes.

    It answers what UzZaman & Allen's timegraph (TempEval-3 ``relation_to_timegraph.py``) answers for
    the relations a timeline yields: ``add`` reports a relation as "added", "redundant" (already
    implied) or "violated" (contradicts what is there), and ``holds`` says whether it is implied.
    """

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._succ: dict[str, set[str]] = {}

    def _find(self, p: str) -> str:
        while self._parent[p] != p:
            self._parent[p] = self._parent[self._parent[p]]
            p = self._parent[p]
        return p

    def _new(self, name: str) -> None:
        start, end = name + "_s", name + "_e"
        for p in (start, end):
            self._parent[p] = p
            self._succ[p] = set()
        self._succ[start].add(end)

    def _reaches(self, a: str, b: str) -> bool:
        todo, seen = [a], {a}
        while todo:
            for q in self._succ[todo.pop()]:
                r = self._find(q)
                if r == b:
                    return True
                if r not in seen:
                    seen.add(r)
                    todo.append(r)
        return False

    def point(self, p: str, q: str) -> str | None:
        """The relation ("=", "<" or ">") between two points, None when nothing follows."""
        a, b = self._find(p), self._find(q)
        if a == b:
            return "="
        if self._reaches(a, b):
            return "<"
        if self._reaches(b, a):
            return ">"
        return None

    def _union(self, p: str, q: str) -> None:
        a, b = self._find(p), self._find(q)
        if a != b:
            self._parent[b] = a
            self._succ[a] |= self._succ.pop(b)

    def __contains__(self, name: str) -> bool:
        return name + "_s" in self._parent

    def holds(self, x: str, y: str, rel: str) -> bool:
        """Whether ``x rel y`` follows from the graph (False when either interval is absent)."""
        if x not in self or y not in self:
            return False
        if rel == "BEFORE":
            return self.point(x + "_e", y + "_s") == "<"
        if rel == "AFTER":
            return self.point(y + "_e", x + "_s") == "<"
        if rel == "SIMULTANEOUS":
            return self.point(x + "_s", y + "_s") == "=" and self.point(x + "_e", y + "_e") == "="
        raise ValueError(f"unsupported relation {rel}")

    def add(self, x: str, y: str, rel: str) -> str:
        """Add ``x rel y`` (BEFORE, AFTER or SIMULTANEOUS); returns "added", "redundant" or "violated"."""
        if rel == "AFTER":
            x, y, rel = y, x, "BEFORE"
        if rel not in ("BEFORE", "SIMULTANEOUS"):
            raise ValueError(f"unsupported relation {rel}")
        if x == y and rel != "SIMULTANEOUS":
            return "violated"
        fresh = x not in self or y not in self
        for name in (x, y):
            if name not in self:
                self._new(name)
        if not fresh:  # a relation with a new interval can neither be implied nor contradicted
            if rel == "BEFORE":
                state = self.point(x + "_e", y + "_s")
                if state == "<":
                    return "redundant"
                if state is not None:
                    return "violated"
            else:
                starts, ends = self.point(x + "_s", y + "_s"), self.point(x + "_e", y + "_e")
                if starts not in ("=", None) or ends not in ("=", None):
                    return "violated"
                if starts == ends == "=":
                    return "redundant"
        if rel == "BEFORE":
            self._succ[self._find(x + "_e")].add(y + "_s")
        else:
            self._union(x + "_s", y + "_s")
            self._union(x + "_e", y + "_e")
        return "added"


def _chain(ids: list[str], orders: list[int], times: list[str]) -> list[Relation]:
    links = [(e, t, "SIMULTANEOUS") for e, t in zip(ids, times, strict=True)]
    for i in range(len(ids) - 1):
        links.append((ids[i], ids[i + 1], "BEFORE" if orders[i] < orders[i + 1] else "SIMULTANEOUS"))
    return links


def timeline_relations(gold: Iterable[TimelineRow], system: Iterable[TimelineRow]) -> tuple[list, list]:
    """The TLINKs ``evaluation_timeline.py`` builds for a gold and a system timeline.

    Each mention becomes an event and each distinct time anchor string a TIMEX3; every event is
    SIMULTANEOUS with its anchor; consecutive events (in sorted order) are linked BEFORE when the
    ordinal grows, else SIMULTANEOUS. System events and anchors get the gold ids of identical strings
    (the k-th repeat of a mention the gold's k-th, as far as the gold has them), others new ids.
    Returns (gold links, system links) as (id, id, relation) triples in the tool's order.
    """
    g_times: dict[str, str] = {}
    g_events: list[str] = []
    g_ids, g_orders, g_tids = [], [], []
    for row in _ordered(gold):
        tid = g_times.setdefault(row.date, f"t{len(g_times)}")
        for m in row.mentions:
            g_events.append(m)
            g_ids.append(f"ei{len(g_events)}")
            g_orders.append(row.ordinal)
            g_tids.append(tid)
    gold_links = _chain(g_ids, g_orders, g_tids)

    next_tid, next_eid = len(g_times) + 1, len(g_events) + 1
    s_times: dict[str, str] = {}
    seen: list[str] = []
    s_ids: list[str] = []
    info: dict[str, tuple[int, str]] = {}  # by event id; a repeated id keeps its last row, as the tool does
    for row in _ordered(system):
        if row.date not in s_times:
            if row.date in g_times:
                s_times[row.date] = g_times[row.date]
            else:
                s_times[row.date], next_tid = f"t{next_tid}", next_tid + 1
        for m in row.mentions:
            before = seen.count(m)
            if m in g_events and before < g_events.count(m):
                first = g_events.index(m)
                eid = f"ei{g_events.index(m, first + before) + 1}"
            else:
                eid, next_eid = f"ei{next_eid}", next_eid + 1
            info[eid] = (row.ordinal, s_times[row.date])
            seen.append(m)
            s_ids.append(eid)
    system_links = _chain(s_ids, [info[e][0] for e in s_ids], [info[e][1] for e in s_ids])
    return gold_links, system_links


_REVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "SIMULTANEOUS": "SIMULTANEOUS"}


def _build(links: list[Relation]) -> tuple[TemporalGraph, list[Relation], set[Relation]]:
    """The timegraph, its reduced relation list (as temporal_evaluation.py's final_relations) and literals."""
    graph = TemporalGraph()
    kept: list[Relation] = []
    violated: list[Relation] = []
    done: set[Relation] = set()
    for link in links:
        if link in done:
            continue
        done.add(link)
        outcome = graph.add(*link)
        if outcome == "added":
            kept.append(link)
        elif outcome == "violated":
            violated.append(link)
    literals = set(links) | {(y, x, _REVERSE[r]) for x, y, r in links if x != y}
    return graph, kept + violated, literals


def _matched(relations: list[Relation], literals: set[Relation], graph: TemporalGraph) -> int:
    return sum(1 for rel in relations if rel in literals or graph.holds(*rel))


def _official_pct(x: float) -> float:
    return 100 * round(x, 6)


def _prf(prec_matched: float, n_sys: int, rec_matched: float, n_gold: int) -> dict[str, float]:
    p = prec_matched / n_sys if n_sys else 0.0
    r = rec_matched / n_gold if n_gold else 0.0
    f = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return {"precision": _official_pct(p), "recall": _official_pct(r), "f1": _official_pct(f)}


def score_timeline(system: Iterable[TimelineRow], gold: Iterable[TimelineRow]) -> dict:
    """Temporal awareness of one system timeline against its gold timeline (percentages and counts)."""
    gold_links, sys_links = timeline_relations(list(gold), list(system))
    g_graph, g_final, g_literals = _build(gold_links)
    s_graph, s_final, s_literals = _build(sys_links)
    prec_matched = _matched(s_final, g_literals, g_graph)
    rec_matched = _matched(g_final, s_literals, s_graph)
    return {
        **_prf(prec_matched, len(s_final), rec_matched, len(g_final)),
        "precision_matched": prec_matched,
        "system_relations": len(s_final),
        "recall_matched": rec_matched,
        "gold_relations": len(g_final),
    }


def _system_index(system_dir: Path) -> dict[str, Path]:
    index: dict[str, Path] = {}
    for p in sorted(system_dir.iterdir()):
        if p.is_file() and not p.name.startswith("."):
            index.setdefault(p.name, p)
            first = p.read_text(encoding="utf-8").split("\n", 1)[0].strip().lower()
            if first:
                index.setdefault("entity:" + first, p)
    return index


def score_timelines(system_dir: str | Path, gold_dir: str | Path, missing: str = "penalize") -> dict:
    """Score every gold timeline of ``gold_dir`` against the system's, as the task's tool does.

    The score is UzZaman & Allen's temporal awareness over the relations of ``timeline_relations``:
    each side's relations are reduced (a relation already implied by the ones before it is dropped,
    one that contradicts them is kept), precision is the share of the system's reduced relations
    that hold in the gold timegraph (or are literally among the gold relations), recall the share of
    the gold's reduced relations that hold in the system's timegraph. Per timeline and micro-averaged
    over all gold timelines (matched and total relation counts summed), in percent, rounded as the
    tool rounds.

    A system file is found by the gold file's name, else by its first line (the entity), else by
    ``timeline_filename``. The tool skips a gold timeline without a system file (it then does not
    count against recall); by default it is scored here as an empty timeline (``missing="penalize"``),
    ``missing="skip"`` reproduces the tool. Two smaller differences: fields of a timeline line are
    stripped of surrounding spaces (the tool keeps them, so " 2008-01-01" would not equal a gold
    "2008-01-01" there), and rounding to 6 decimals is Python 3's (the tool ran on Python 2).
    Mentions are compared as exact strings, case included, as the tool compares them.

    On 3,400 random perturbations of the trial gold timelines (dropped, moved, re-dated, merged,
    repeated and spurious events) the matched and total relation counts equal those of a line-by-line
    port of the tool's code paths that timelines exercise.
    """
    if missing not in ("penalize", "skip"):
        raise ValueError("missing must be 'penalize' or 'skip'")
    system_dir, gold_dir = Path(system_dir), Path(gold_dir)
    for d in (system_dir, gold_dir):
        if not d.is_dir():
            raise FileNotFoundError(f"{d} is not a folder")
    index = _system_index(system_dir)
    per: dict[str, dict] = {}
    totals = [0.0, 0, 0.0, 0]
    used: set[Path] = set()
    for gold_path in sorted(p for p in gold_dir.iterdir() if p.is_file() and not p.name.startswith(".")):
        gold = read_timeline(gold_path)
        sys_path = (
            index.get(gold_path.name)
            or index.get("entity:" + gold.entity.lower())
            or index.get(timeline_filename(gold.entity))
        )
        if sys_path is None and missing == "skip":
            per[gold_path.name] = {"entity": gold.entity, "system_file": None, "skipped": True}
            continue
        rows = read_timeline(sys_path).rows if sys_path else []
        if sys_path:
            used.add(sys_path)
        result = score_timeline(rows, gold.rows)
        per[gold_path.name] = {
            "entity": gold.entity,
            "system_file": str(sys_path) if sys_path else None,
            **result,
        }
        for i, key in enumerate(
            ("precision_matched", "system_relations", "recall_matched", "gold_relations")
        ):
            totals[i] += result[key]
    pm, ns, rm, ng = totals
    p = _official_pct(pm / ns) if ns else 0.0
    r = _official_pct(rm / ng) if ng else 0.0
    micro = {
        "precision": p,
        "recall": r,
        "f1": 0.0 if p + r == 0 else 2.0 * p * r / (p + r),
        "precision_matched": pm,
        "system_relations": ns,
        "recall_matched": rm,
        "gold_relations": ng,
    }
    unscored = sorted(str(p) for p in set(index.values()) - used)
    return {"timelines": per, "micro": micro, "unscored_system_files": unscored}
