"""SemEval-2015 TimeLine Track A: the timeline of each target entity from raw documents.

For every document (``semeval.read_corpus``): parse its own tokens with dateline's spaCy pipeline
(so every spaCy token is a task token), tag time expressions against the DCT, extract events
(``dateline.events.extract_events``). For every target entity:

1. **Mentions** of the entity: its name and name variants (sub-names of two words or more,
   the name without a trailing "Inc."/"Store"-like word from ``name_suffixes.txt``, a person's
   surname or first name once the full name was seen in the document, "the store" for "iTunes
   Store"), a thing's name in the plural ("iPods"), pronouns ("he"/"his" for a person, "it"/"its"
   for a thing) whose nearest preceding name of the same kind is the entity (``PRONOUN_REACH``
   sentences back at most), a person's "I"/"me"/"my" in the quotations the person says, and
   optionally ("descriptions") "the company"/"the phone" (``description_nouns.tsv``).
2. **Its events**: event mentions with an agent, patient or named modifier overlapping one of
   its mentions — the task counts only events in which the entity takes part — unless the name
   only modifies the participant's head noun ("iPod owners"); hypothetical events are left out,
   and so is a verb whose subject acts in its infinitive ("has chosen to step down": "step down"
   only). Light and stative verbs count for a product that is their subject ("iPhone 4 has ...").
3. **Time**: the event's date when it comes from a time expression, as YYYY-MM-DD, YYYY-MM-XX
   or YYYY-XX-XX. A past-tense event without one takes the day of the story's news (``_lede_day``:
   a day in the first sentences, in the week up to the DCT: "unveiled ... on Monday"); other
   events dated only by the article get the DCT when ``undated="dct"``, XXXX-XX-XX otherwise; an
   event the text dates only relative to another ("One year later he was fired": ``relative``)
   gets XXXX-XX-XX (not placed) rather than the DCT.
   Coreferent mentions (one lemma) share a date across documents (``corefer_dates``).
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
# Reasons for a score below 1.0 that still count here: the task annotates every event an entity takes
# part in, habits ("Smith owns shares"), hedged plans, activities, the verbs that introduce a quotation
# and events said not to happen included (hypotheticals are left out by status).
KEPT_ASIDES = frozenset({"hedged", "habit", "activity", "background", "quote", "denied"})
# How many sentences back a pronoun may refer to the entity's last mention (when no other name of
# the same kind came in between).
PRONOUN_REACH = {"PERSON": 4, "THING": 0}
# How far after its verb a particle may stand and still belong to the mention id ("rounded the
# services off" -> rounded_off, "taking the iPhone out" -> taking_out).
PARTICLE_REACH = 4


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


@lru_cache(maxsize=1)
def _description_nouns() -> dict[str, str]:
    out = {}
    for line in (RESOURCES / "description_nouns.tsv").read_text(encoding="utf-8").splitlines():
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


def _matches(low: Sequence[str], i: int, words: tuple[str, ...], plural: bool = False) -> bool:
    """Whether the lower-cased tokens from ``i`` spell ``words``; with ``plural``, the last word may
    take a plural "-s" ("iPods", "A380s") unless it holds a digit ("iPhone 4s" is another model)."""
    n = len(words)
    got = tuple(low[i:i + n])
    if got == words:
        return True
    if not plural or len(got) != n or got[:-1] != words[:-1] or any(c.isdigit() for c in words[-1]):
        return False
    return got[-1] in (words[-1] + "s", words[-1] + "es")


def entity_kind(parsed: Sequence[ParsedDoc], entity: str) -> str:
    """PERSON, PRODUCT or ORG: how the corpus speaks of the entity.

    A person when spaCy tags the full name PERSON more often than not; a product when the name holds a
    digit ("iPhone 4", "Airbus A380"), is seen in the plural ("iPods") or is followed by a product noun
    of ``description_nouns.tsv`` ("iPod player", "iPhone device"); else an organisation.
    """
    words = tuple(entity.lower().split())
    if _is_person(parsed, words):
        return "PERSON"
    if any(c.isdigit() for c in entity):
        return "PRODUCT"
    nouns = _description_nouns()
    n = len(words)
    for p in parsed:
        low = [t.lower_ for t in p.spacy]
        for i in range(len(low) - n + 1):
            if low[i:i + n - 1] != list(words[:-1]):
                continue
            last = low[i + n - 1]
            if last != words[-1] and _matches(low, i, words, plural=True):
                return "PRODUCT"
            if last == words[-1] and i + n < len(low) and nouns.get(p.spacy[i + n].lemma_.lower()) == "PRODUCT":
                return "PRODUCT"
    return "ORG"


def _description_mentions(p: ParsedDoc, mine: list[tuple[int, int]], kind: str,
                          reach: int = 1) -> list[tuple[int, int]]:
    """Definite descriptions ("the company", "the new phone", "this device") of the entity's kind
    (``description_nouns.tsv``) whose nearest preceding name, at most ``reach`` sentences back, is the
    entity's: spaCy names of an organisation or product in between refer the description elsewhere."""
    doc = p.spacy
    nouns = _description_nouns()
    sent_of = {i: k for k, sent in enumerate(doc.sents) for i in range(sent.start, sent.end)}
    others = [(e.start, e.end) for e in doc.ents if e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC")
              and not any(s <= e.start < t or e.start <= s < e.end for s, t in mine)]
    out = []
    for tok in doc:
        if nouns.get(tok.lower_) != kind or tok.tag_ != "NN":
            continue
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("the", "this")]
        if not det or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in tok.children):
            continue
        last_me = max((e for s, e in mine if e <= det[0].i), default=None)
        if last_me is None or sent_of[tok.i] - sent_of[last_me - 1] > reach:
            continue
        if any(last_me <= s and e <= det[0].i for s, e in others):
            continue
        out.append((det[0].i, tok.i + 1))
    return out


FIRST_PERSON = frozenset({"i", "me", "my", "myself"})


def _speaker_mentions(p: ParsedDoc, entity: str, mine: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"I", "me", "my" inside the quotations the person says (``dateline.quotes``): in reported speech
    the speaker is the participant of the events told in the first person ("I have asked Tim Cook")."""
    from dateline.quotes import extract_quotes

    doc = p.spacy
    words = entity.lower().split()
    out = []
    for q in extract_quotes(doc):
        by_name = q.speaker_name is not None and q.speaker_name.lower().split()[-1:] == words[-1:]
        by_span = q.speaker is not None and any(doc[s].idx < q.speaker[1] and q.speaker[0] < doc[e - 1].idx + 1
                                                 for s, e in mine)
        if not (by_name or by_span):
            continue
        out += [(t.i, t.i + 1) for t in doc.char_span(*q.content, alignment_mode="expand") or []
                if t.lower_ in FIRST_PERSON]
    return out


def entity_mentions(p: ParsedDoc, entity: str, person: bool, pronouns: bool = True,
                    kind: str | None = None, speakers: bool = True) -> list[tuple[int, int]]:
    """Character spans of the entity's mentions in one parsed document.

    The name or a variant (``name_variants``); the name with one word inserted before its last word
    ("iTunes Music Store" for "iTunes Store"); after a full mention, the last word alone (a person's
    surname, capitalised) or "the"/"its" + the last word ("the store"); pronouns (``pronouns.tsv``);
    for an organisation or product ``kind``, definite descriptions ("the company", "the phone");
    for a person with ``speakers``, "I"/"me"/"my" in the quotations the person says.
    A thing's name may be plural ("iPods").
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
            if _matches(low, i, v, plural=not person) and not _continues(doc, i + len(v)):
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
        named = sorted(spans)
        spans += _pronoun_mentions(p, named, "PERSON" if person else "THING")
        if kind in ("ORG", "PRODUCT"):
            spans += _description_mentions(p, named, kind)
        if person and speakers:
            spans += _speaker_mentions(p, entity, named)
    return sorted((doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in spans)


def involves(event: EventMention, mentions: Sequence[tuple[int, int]],
             roles: Sequence[str] = ("agents", "patients", "others"), doc: Doc | None = None) -> bool:
    """Whether one of the event's participants (in ``roles``) overlaps one of the entity's mentions.

    Given the parse, a mention that only modifies the participant's head noun does not make the
    entity the participant: in "iPod owners will buy", the owners buy, not the iPod (``_modifier_only``).
    """
    for part in (p for role in roles for p in getattr(event, role)):
        hits = [(s, e) for s, e in mentions if part.start < e and s < part.end]
        if hits and (doc is None or not all(_modifier_only(doc, part.start, part.end, s, e) for s, e in hits)):
            return True
    return False


def _modifier_only(doc: Doc, p_start: int, p_end: int, m_start: int, m_end: int) -> bool:
    """Whether the mention (character span) is a compound modifier of the participant's head, a
    common noun other than a description of the entity ("iPod owners", "the iPod line")."""
    part = doc.char_span(p_start, p_end, alignment_mode="expand")
    ment = doc.char_span(m_start, m_end, alignment_mode="expand")
    if part is None or ment is None or not len(part) or not len(ment):
        return False
    head = part.root
    if ment.start <= head.i < ment.end or head.pos_ != "NOUN":
        return False
    if _description_nouns().get(head.lemma_.lower()) == "PRODUCT":
        return False  # "iPod players" are iPods
    return ment.root.dep_ == "compound" and ment.root.head.i == head.i


def semeval_date(event: EventMention, dct: str, undated: str = "dct") -> str:
    """The task's time anchor of an event: YYYY-MM-DD, YYYY-MM-XX, YYYY-XX-XX or XXXX-XX-XX."""
    if event.relative and event.anchor != "timex":  # "One year later he was fired": not on the DCT
        return UNKNOWN
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
    """DOCID-SENT-TOKEN of the trigger; a phrasal verb keeps its particle ("showed_off", "step_down",
    "rounded the services off" -> "rounded_off", up to ``PARTICLE_REACH`` tokens after the verb).

    The token text is lower-cased, as in the task's gold timelines ("16900-2-pre-orders" for the
    sentence-initial "Pre-orders"), whose mentions the scorer compares as exact strings.
    """
    span = p.spacy.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span[0]
    idx = [head.i] + [c.i for c in head.children if c.dep_ == "prt" and 0 < c.i - head.i <= PARTICLE_REACH]
    toks = [p.tokens[i] for i in sorted(idx) if p.tokens[i].sentence == p.tokens[head.i].sentence]
    return f"{p.doc.docid}-{toks[0].sentence}-" + "_".join(t.text for t in toks).lower()


def _past(p: ParsedDoc, ev: EventMention) -> bool:
    """Whether the event's verb is in the past, a participle or infinitive taking the tense of the
    verb it hangs from ("Jobs unveiled the phone, introducing ...", "started by hinting"), an event noun
    that of its verb."""
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
        if tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in tok.children):
            return False  # "will be discontinued", "could have sold"
        if tok.tag_ in ("VBD", "VBN"):
            return True
        if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head  # "started by hinting at the incident"
            continue
        if tok.tag_ not in ("VBG", "VB") or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _control_verb(p: ParsedDoc, ev: EventMention) -> bool:
    """Whether the trigger is a verb whose subject acts in its complement ("has chosen to step down",
    "attempted to address", "will continue to steer"): the entity takes part in the complement's
    event, the one the task links it to; with an object ("asked Tim Cook to be ...") it does not."""
    span = p.spacy.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ != "VERB":
        return False
    kids = list(span[0].children)
    if any(c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp") for c in kids):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and c.tag_ == "VB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)


def _nominal(p: ParsedDoc, ev: EventMention) -> bool:
    """Whether the event's trigger is a noun ("its launch", "the resignation")."""
    span = p.spacy.char_span(ev.start, ev.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ == "NOUN"


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


@dataclass
class _Found:
    """One event mention of the entity on its way to a timeline row."""

    mid: str
    lemma: str
    date: str
    source: str  # "timex" (its own time expression), "lede" (the story's news day) or "article"
    dct: str
    past: bool


def _within(fine: str, coarse: str) -> bool:
    """Whether date ``fine`` (YYYY-MM-DD or YYYY-MM-XX) lies inside the coarser ``coarse``."""
    head = coarse.split("-X")[0]
    return fine != coarse and fine.startswith(head) and len(fine.split("-X")[0]) > len(head)


def corefer_dates(found: list[_Found]) -> None:
    """Date event mentions by their coreferent mentions in other sentences and documents (in place).

    Mentions of the entity's events with one lemma corefer when the dates allow it (the task puts
    coreferent mentions on one line): a mention dated by a coarse expression ("launched in 2003")
    takes the single finer date of the lemma inside it ("launched on April 28, 2003"); a past or
    nominal mention without a date of its own ("since its launch", "when Jobs first introduced the
    phone") takes the lemma's single date from other documents, when that date is before its DCT.
    """
    def dated_by_lemma() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        dates: dict[str, set[str]] = {}
        docs: dict[str, set[str]] = {}
        for f in found:
            if f.source in ("timex", "lede") and f.date != UNKNOWN:
                dates.setdefault(f.lemma, set()).add(f.date)
                docs.setdefault(f.lemma, set()).add(f.mid.split("-")[0])
        return dates, docs

    dated, _ = dated_by_lemma()
    for f in found:
        if f.source == "timex" and "X" in f.date[5:]:
            finer = {d for d in dated.get(f.lemma, ()) if _within(d, f.date)}
            if len(finer) == 1:
                f.date = finer.pop()
    dated, by_doc = dated_by_lemma()
    for f in found:
        dates = {d for d in dated.get(f.lemma, ()) if not any(_within(e, d) for e in dated[f.lemma])}
        if f.source == "article" and f.past and len(dates) == 1:
            date = next(iter(dates))
            if date < f.dct[:10] and by_doc[f.lemma] - {f.mid.split("-")[0]}:
                f.date, f.source = date, "coref"


def entity_timeline(
    entity: str, parsed: Sequence[ParsedDoc], *, undated: str = "dct", place_unknown: bool = False,
    pronouns: bool = True, light: bool = False, lede: bool = True, corefer: bool = True,
    descriptions: bool = False, modifiers: bool = True, speakers: bool = True,
    skip_status: Sequence[str] = ("hypothetical",), control: bool = True,
    light_subject: Sequence[str] = ("PRODUCT",),
) -> list[TimelineRow]:
    """The timeline rows of one target entity over parsed task documents.

    ``light=True`` also counts light and stative verbs (have, use) as the entity's events, as the
    task's annotation does; on the trial data that costs more precision than it gains recall.
    ``lede`` dates past events without a date by the story's news day (``_lede_day``); ``corefer``
    dates mentions by their coreferent mentions (``corefer_dates``); ``descriptions`` counts "the
    company"/"the phone" as mentions of an organisation/product (``entity_mentions``; off by default:
    neutral on the trial data); ``modifiers`` leaves out events whose participant the entity's name
    only modifies ("iPod owners", ``involves``); ``speakers`` counts a person's "I"/"me"/"my" in the
    quotations the person says; ``control`` leaves out a verb whose subject acts in its infinitive
    complement ("has chosen to step down": only "step down" is the entity's, ``_control_verb``);
    ``light_subject``: for an entity of these kinds, a light or stative verb (not a copula) counts when
    the entity is its subject ("iPhone 4 has two cameras", "it comes in two colors", "will use iOS 4"):
    the task annotates what a product has and does.
    """
    kind = entity_kind(parsed, entity)
    person = kind == "PERSON"
    found: list[_Found] = []
    for p in parsed:
        mentions = entity_mentions(p, entity, person, pronouns, kind if descriptions else None, speakers)
        if not mentions:
            continue
        lede_day = _lede_day(p) if lede else None
        seen: set[str] = set()
        for ev in p.events:
            if not light and ev.score < 1.0 and ev.score_why not in KEPT_ASIDES and not (
                    kind in light_subject and ev.lemma != "be" and
                    involves(ev, mentions, ("agents",), p.spacy)):
                continue
            if ev.status in skip_status:
                continue
            if not involves(ev, mentions, doc=p.spacy if modifiers else None):
                continue
            if control and _control_verb(p, ev):
                continue
            mid = _mention_id(p, ev)
            if mid is None or mid in seen:
                continue
            seen.add(mid)
            date = semeval_date(ev, p.doc.dct, undated)
            source = "timex" if ev.anchor == "timex" and date != UNKNOWN else "article"
            past = _past(p, ev)
            if lede and source == "article" and lede_day and past and not ev.relative:
                date, source = lede_day, "lede"
            found.append(_Found(mid, ev.lemma, date, source, p.doc.dct, past or _nominal(p, ev)))
    if corefer:
        corefer_dates(found)
    lines: dict[tuple[str, str], list[str]] = {}  # (date, lemma) -> mention ids
    for f in found:
        ids = lines.setdefault((f.date, f.lemma), [])
        if f.mid not in ids:
            ids.append(f.mid)
    dates = sorted({d for d, _ in lines if d != UNKNOWN}, key=_date_key)
    ordinal = {d: k for k, d in enumerate(dates, start=2 if place_unknown else 1)}
    ordinal[UNKNOWN] = 1 if place_unknown else 0
    rows = [TimelineRow(ordinal[d], d, tuple(ids)) for (d, _), ids in lines.items()]
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
