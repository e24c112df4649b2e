"""SemEval-2015 TimeLine Track A: the timeline of each target entity from raw documents.

For every document (``semeval.read_corpus``): parse its own tokens with dateline's spaCy pipeline
(so every spaCy token is a task token), tag time expressions against the DCT, extract events
(``dateline.events.extract_events``). For every target entity:

1. **Mentions** of the entity: its name and name variants (sub-names of two words or more,
   the name without a trailing "Inc."/"Store"-like word from ``name_suffixes.txt``, a person's
   surname or first name once the full name was seen in the document, "the store" for "iTunes
   Store"), and pronouns ("he"/"his" for a person, "it"/"its" for a thing) whose nearest
   preceding name of the same kind is the entity (``PRONOUN_REACH`` sentences back at most).
2. **Its events**: event mentions with an agent, patient or named modifier overlapping one of
   its mentions — the task counts only events in which the entity takes part.
3. **Time**: the event's date when it comes from a time expression, as YYYY-MM-DD, YYYY-MM-XX
   or YYYY-XX-XX. A past-tense event without one takes the day of the story's news (``_lede_day``:
   a day in the first sentences, in the week up to the DCT: "unveiled ... on Monday"); other
   events dated only by the article get the DCT when ``undated="dct"``, XXXX-XX-XX otherwise.
4. **Order**: by date (a coarser date before the finer dates it contains), equal dates sharing
   one ordinal; XXXX-XX-XX events get ordinal 0 ("not placed", not scored) unless
   ``place_unknown`` puts them first. Mentions of one lemma on one date are one line (coreferent).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from dateline.events import EventMention, extract_events
from dateline.nlp import load as load_nlp
from dateline.time import tag

from .semeval import SemevalDoc, TimelineRow, Token, read_corpus, read_entities, write_timeline

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "events" / "resources"
UNKNOWN = "XXXX-XX-XX"
# How many sentences back a pronoun may refer to the entity's last mention (when no other name of
# the same kind came in between).
PRONOUN_REACH = {"PERSON": 4, "THING": 0}


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    lines = (RESOURCES / "name_suffixes.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().lower() for s in lines if s.strip() and not s.startswith("#"))


@lru_cache(maxsize=1)
def _pronouns() -> dict[str, str]:
    out = {}
    for line in (RESOURCES / "pronouns.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind = line.split("\t")
            out[word.strip().lower()] = kind.strip()
    return out


@dataclass
class ParsedDoc:
    """A task document with its spaCy parse (token i of ``spacy`` is ``tokens[i]``), timexes and events."""

    doc: SemevalDoc
    spacy: Doc
    tokens: list[Token]
    events: list[EventMention]
    timexes: list = field(default_factory=list)


def parse_document(doc: SemevalDoc, *, light: bool = True) -> ParsedDoc:
    """Parse a task document on its own tokens and extract its events."""
    nlp = load_nlp()
    tokens = [t for sid in sorted(doc.sentences) for t in doc.sentences[sid]]
    words = [t.text for t in tokens]
    starts = [t.index == 0 for t in tokens]
    spacy_doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words), sent_starts=starts)
    for _, proc in nlp.pipeline:
        spacy_doc = proc(spacy_doc)
    aligned = all(tok.idx == t.start for tok, t in zip(spacy_doc, tokens, strict=True))
    text = doc.text if aligned else spacy_doc.text
    if not aligned:  # a sentence without tokens shifts the offsets: tag the parsed text instead
        tokens = [Token(t.sentence, t.index, t.text, tok.idx, tok.idx + len(tok)) for tok, t in
                  zip(spacy_doc, tokens, strict=True)]
    dct = doc.date or dt.date(2000, 1, 1)
    timexes = tag(text, dct)
    events = extract_events(spacy_doc, timexes, dct, article_id=doc.docid, light=light)
    return ParsedDoc(doc, spacy_doc, tokens, events, list(timexes))


def name_variants(entity: str) -> list[tuple[str, ...]]:
    """Lower-cased token sequences that name the entity: the name, its sub-names of two or more
    words, and the name without a trailing company/store word."""
    words = tuple(entity.lower().replace("'s", " 's").split())
    out = {words}
    for n in range(2, len(words)):
        for i in range(len(words) - n + 1):
            out.add(words[i:i + n])
    if len(words) > 1 and words[-1] in _suffixes():
        out.add(words[:-1])
    return sorted(out, key=len, reverse=True)


def _continues(doc: Doc, k: int) -> bool:
    """Whether token ``k`` carries on a longer name: it is inside the same spaCy entity, or a proper
    noun or number bound to the name's last word ("iPod nano", "iPhone 4" are not "iPod", "iPhone")."""
    if k >= len(doc) or k == 0:
        return False
    nxt, last = doc[k], doc[k - 1]
    if nxt.ent_iob_ == "I":
        return True
    return nxt.pos_ in ("PROPN", "NUM") and (last.head.i == k or nxt.head.i == k - 1) \
        and nxt.dep_ not in ("conj", "appos", "nsubj", "dobj")


def _is_person(parsed: Sequence[ParsedDoc], words: tuple[str, ...]) -> bool:
    """Whether the full name is tagged PERSON more often than not in the corpus."""
    votes = 0
    for p in parsed:
        for ent in p.spacy.ents:
            if tuple(w.lower() for w in ent.text.split()) == words:
                votes += 1 if ent.label_ == "PERSON" else -1
    return votes > 0


def _pronoun_mentions(p: ParsedDoc, mine: list[tuple[int, int]], kind: str) -> list[tuple[int, int]]:
    """Pronouns of ``kind`` whose nearest preceding named candidate (within two sentences) is the entity.

    Candidates are spaCy entities of the same kind (PERSON for a person, any other name for a thing)
    and the entity's own mentions.
    """
    doc = p.spacy
    kinds = _pronouns()
    sent_of = {}
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    labels = {"PERSON"} if kind == "PERSON" else {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "GPE"}
    others = [(e.start, e.end) for e in doc.ents if e.label_ in labels
              and not any(s <= e.start < t or e.start <= s < e.end for s, t in mine)]
    out = []
    for tok in doc:
        if kinds.get(tok.lower_) != kind:
            continue
        last_me = max((e for s, e in mine if e <= tok.i), default=None)
        if last_me is None or sent_of[tok.i] - sent_of[last_me - 1] > PRONOUN_REACH[kind]:
            continue
        if any(last_me <= s and e <= tok.i for s, e in others):
            continue  # another name came in between
        out.append((tok.i, tok.i + 1))
    return out


def entity_mentions(p: ParsedDoc, entity: str, person: bool, pronouns: bool = True) -> list[tuple[int, int]]:
    """Character spans of the entity's mentions in one parsed document.

    The name or a variant (``name_variants``); the name with one word inserted before its last word
    ("iTunes Music Store" for "iTunes Store"); after a full mention, the last word alone (a person's
    surname, capitalised) or "the"/"its" + the last word ("the store"); pronouns (``pronouns.tsv``).
    """
    doc = p.spacy
    low = [t.lower_ for t in doc]
    spans: list[tuple[int, int]] = []
    variants = name_variants(entity)
    full = tuple(entity.lower().split())
    taken: set[int] = set()
    seen_full = False
    for i in range(len(low)):
        if i in taken:
            continue
        match = None
        for v in variants:
            if tuple(low[i:i + len(v)]) == v and not _continues(doc, i + len(v)):
                match = (i, i + len(v))
                break
        if match is None and len(full) > 1:
            n = len(full)
            if tuple(low[i:i + n - 1]) == full[:-1] and i + n < len(low) and low[i + n] == full[-1] \
                    and doc[i + n - 1].text[:1].isupper():
                match = (i, i + n + 1)
        if match is None and seen_full and len(full) > 1 and low[i] == full[-1]:
            if person and doc[i].text[:1].isupper():
                match = (i, i + 1)
            elif not person and i and low[i - 1] in ("the", "its") and doc[i].text[:1].islower():
                match = (i - 1, i + 1)
        if match is None and seen_full and person and len(full) > 1 and low[i] == full[0] \
                and doc[i].text[:1].isupper() and not (i + 1 < len(low) and low[i + 1] == full[1]):
            match = (i, i + 1)  # the first name alone ("Steve called podcasting ...")
        if match is not None:
            spans.append(match)
            taken.update(range(*match))
            seen_full = True
    if pronouns:
        spans += _pronoun_mentions(p, sorted(spans), "PERSON" if person else "THING")
    return sorted((doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in spans)


def involves(event: EventMention, mentions: Sequence[tuple[int, int]],
             roles: Sequence[str] = ("agents", "patients", "others")) -> bool:
    """Whether one of the event's participants (in ``roles``) overlaps one of the entity's mentions."""
    for part in (p for role in roles for p in getattr(event, role)):
        if any(part.start < e and s < part.end for s, e in mentions):
            return True
    return False


def semeval_date(event: EventMention, dct: str, undated: str = "dct") -> str:
    """The task's time anchor of an event: YYYY-MM-DD, YYYY-MM-XX, YYYY-XX-XX or XXXX-XX-XX."""
    if event.anchor != "timex" or not event.date:
        return dct[:10] if undated == "dct" and re.match(r"\d{4}-\d{2}-\d{2}$", dct[:10]) else UNKNOWN
    value = event.date
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", value):
        return m.group(0)
    if m := re.match(r"(\d{4})-(\d{2})$", value):
        return f"{m.group(1)}-{m.group(2)}-XX"
    if m := re.match(r"(\d{4})$", value):
        return f"{m.group(1)}-XX-XX"
    if event.date_start and event.date_start == event.date_end:
        return event.date_start
    if event.date_start and event.date_start[:7] == (event.date_end or "")[:7]:
        return event.date_start[:7] + "-XX"
    if event.date_start and event.date_start[:4] == (event.date_end or "")[:4]:
        return event.date_start[:4] + "-XX-XX"
    return UNKNOWN


def _date_key(date: str) -> tuple:
    parts = date.split("-")
    return tuple((0, 0) if p in ("XX", "XXXX") else (1, int(p)) for p in parts)


def _mention_id(p: ParsedDoc, event: EventMention) -> str | None:
    """DOCID-SENT-TOKEN of the trigger; a phrasal verb keeps its particle ("showed_off", "step_down").

    The token text is lower-cased, as in the task's gold timelines ("16900-2-pre-orders" for the
    sentence-initial "Pre-orders"), whose mentions the scorer compares as exact strings.
    """
    span = p.spacy.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span[0]
    idx = [head.i] + [c.i for c in head.children if c.dep_ == "prt" and c.i - head.i in (1, 2)]
    toks = [p.tokens[i] for i in sorted(idx) if p.tokens[i].sentence == p.tokens[head.i].sentence]
    return f"{p.doc.docid}-{toks[0].sentence}-" + "_".join(t.text for t in toks).lower()


def _past(p: ParsedDoc, ev: EventMention) -> bool:
    """Whether the event's verb is in the past, a participle or infinitive taking the tense of the
    verb it hangs from ("Jobs unveiled the phone, introducing ..."), an event noun that of its verb."""
    span = p.spacy.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    if tok.pos_ == "NOUN":  # an event noun takes the tense of its verb: "Jobs gave his keynote"
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj") or head.pos_ not in ("VERB", "AUX"):
            return False
        tok = head
    for _ in range(3):
        if tok.tag_ in ("VBD", "VBN"):
            return True
        if tok.tag_ not in ("VBG", "VB") or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _lede_day(p: ParsedDoc, sentences: int = 3, days: int = 7) -> str | None:
    """The day the story's news happened: the first day-long date in the first sentences after the
    date line, when it falls in the week up to the DCT ("Apple unveiled the iPhone 4 on Monday")."""
    dct = p.doc.date
    if dct is None:
        return None
    sents = list(p.spacy.sents)
    if len(sents) < 2:
        return None
    lo, hi = sents[1].start_char, sents[min(len(sents), 1 + sentences) - 1].end_char
    for t in p.timexes:
        if lo <= t.start < hi and t.type == "DATE" and t.interval and t.interval[0][:10] == t.interval[1][:10]:
            day = dt.date.fromisoformat(t.interval[0][:10])
            if 0 <= (dct - day).days <= days:
                return day.isoformat()
    return None


def entity_timeline(
    entity: str, parsed: Sequence[ParsedDoc], *, undated: str = "dct", place_unknown: bool = False,
    pronouns: bool = True, light: bool = False, lede: bool = True,
) -> list[TimelineRow]:
    """The timeline rows of one target entity over parsed task documents.

    ``light=True`` also counts light and stative verbs (have, use) as the entity's events, as the
    task's annotation does; on the trial data that costs more precision than it gains recall.
    ``lede`` dates past events without a date by the story's news day (``_lede_day``).
    """
    words = tuple(entity.lower().split())
    person = _is_person(parsed, words)
    found: dict[tuple[str, str], list[str]] = {}  # (date, lemma) -> mention ids
    for p in parsed:
        mentions = entity_mentions(p, entity, person, pronouns)
        if not mentions:
            continue
        lede_day = _lede_day(p) if lede else None
        for ev in p.events:
            if not light and ev.score < 1.0:
                continue
            if not involves(ev, mentions):
                continue
            mid = _mention_id(p, ev)
            if mid is None:
                continue
            date = semeval_date(ev, p.doc.dct, undated)
            if lede and ev.anchor != "timex" and lede_day and _past(p, ev):
                date = lede_day
            ids = found.setdefault((date, ev.lemma), [])
            if mid not in ids:
                ids.append(mid)
    dates = sorted({d for d, _ in found if d != UNKNOWN}, key=_date_key)
    ordinal = {d: k for k, d in enumerate(dates, start=2 if place_unknown else 1)}
    ordinal[UNKNOWN] = 1 if place_unknown else 0
    rows = [TimelineRow(ordinal[d], d, tuple(ids)) for (d, _), ids in found.items()]
    return sorted(rows, key=lambda r: (r.ordinal, r.mentions))


def build_timelines(docs: Iterable[SemevalDoc], entities: Sequence[str], **options) -> dict[str, list[TimelineRow]]:
    """Every target entity's timeline rows over the documents (options as ``entity_timeline``)."""
    parsed = [parse_document(d) for d in docs]
    return {e: entity_timeline(e, parsed, **options) for e in entities}


def run(timeml_dir: str | Path, entities_file: str | Path, out_dir: str | Path, **options) -> list[Path]:
    """Read a task folder and an entity list, write one timeline file per entity into ``out_dir``."""
    docs = read_corpus(timeml_dir)
    entities = read_entities(entities_file)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for entity, rows in build_timelines(docs, entities, **options).items():
        written.append(write_timeline(out, entity, rows))
    return written
