"""One-word names that are people by evidence from elsewhere in the same article.

The small model types a surname written alone ("Kuleba and Blinken discussed the grain deal") as GPE
or ORG, or misses it. :func:`article_people` runs after the other mending rules and makes such names
PERSON when the article says who they are:

- a surname whose full name is a PERSON anywhere in the article, before or after ("Shmyhal and Sunak
  met ... Prime Minister Denys Shmyhal"), or a one-word name that is a PERSON by a title or a rule
  elsewhere ("Foreign Minister Kuleba"), written alone and typed otherwise or left untagged;
- a first name that opens a full name of the article ("Masha" beside "Masha Moskalyova");
- a name set off by a comma before "a/an <adjectives> <person noun>" ("Alexey Moskalyov, a Russian man,",
  data/appositive_person_nouns.txt);
- a name listed with a person ("Kuleba and Blinken" once Kuleba is known), tagged or not;
- a one-word name typed GPE, LOC or NORP that the gazetteer does not know at all (no country, city or
  town), subject of a verb of meeting or speaking ("Blinken discussed", data/meeting_verbs.txt).

Names with a mark of an organisation, a group, a place or a product (see person_cues._no_mark) stay.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import load as load_gazetteer
from dateline.places.gazetteer import towns

from .lexicon import Lexicon, _rows
from .person_cues import PERSON_EVIDENCE, WEAK_LABELS, _coordinated, _no_mark, person_cues
from .spans import Span, is_cap, overlay

MAX_ROUNDS = 3
APPOSITIVE_GAP = 4  # words between "a/an" and the person noun ("a 34-year-old Russian man")
KNOWN_SOURCES = PERSON_EVIDENCE | {"same_name", "joined", "title_of", "article_people"}


@lru_cache(maxsize=1)
def _appositive_nouns() -> frozenset[str]:
    return frozenset(w.lower() for (w,) in _rows("appositive_person_nouns.txt", 1))


@lru_cache(maxsize=1)
def _meeting_verbs() -> frozenset[str]:
    return frozenset(w.lower() for (w,) in _rows("meeting_verbs.txt", 1))


def _known_names(doc: Doc, spans: list[Span]) -> set[str]:
    """Words that name a person of this article: last and first words of full PERSON names, and one-word
    PERSON names with evidence (a title, a rule)."""
    out = set()
    for s in spans:
        if s.label != "PERSON":
            continue
        toks = [t for t in doc[s.start: s.end] if is_cap(t) and t.is_alpha and not t.is_upper]
        if s.end - s.start >= 2 and len(toks) >= 2:
            out.add(toks[-1].text)
            out.add(toks[0].text)
        elif s.end - s.start == 1 and toks and (s.source in KNOWN_SOURCES or s.role):
            out.add(toks[0].text)
    return {w for w in out if len(w) > 2}


def _appositive(doc: Doc, s: Span) -> bool:
    """"Alexey Moskalyov, a Russian man,": a comma, "a/an", a few words, a person noun."""
    k = s.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
        return False
    nouns = _appositive_nouns()
    for t in doc[k + 2: min(len(doc), k + 3 + APPOSITIVE_GAP)]:
        if t.is_punct and t.text not in ("-", "‐"):
            return False
        if t.lower_ in nouns and t.pos_ == "NOUN":
            return True
    return False


def _meeting_subject(doc: Doc, s: Span, lex: Lexicon) -> bool:
    """Is the one-word span the subject of a verb of meeting or speaking (through "X and Y")?"""
    root = doc[s.start: s.end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    return root.dep_ == "nsubj" and (head.lemma_.lower() in _meeting_verbs() or head.lower_ in lex.speech_verbs)


def _unknown_place(gaz, text: str) -> bool:
    return not gaz.lookup(text) and not towns(text)


def article_people(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """One-word names that the article shows to be people become PERSON (see the module's doc)."""
    gaz = load_gazetteer()
    for s in spans:  # "Alexey Moskalyov, a Russian man,"
        if s.label in WEAK_LABELS and s.end - s.start >= 2 and _appositive(doc, s) and _no_mark(doc, s, lex, gaz):
            s.label, s.source = "PERSON", "article_people"
    for _ in range(MAX_ROUNDS):
        changed = False
        known = _known_names(doc, spans)
        for s in spans:
            if s.label not in WEAK_LABELS or s.end - s.start != 1 or not _no_mark(doc, s, lex, gaz):
                continue
            text = doc[s.start].text
            if text in known and (s.label not in ("GPE", "LOC") or _unknown_place(gaz, text)) or (
                    s.label in ("GPE", "LOC", "NORP") and _unknown_place(gaz, text) and _meeting_subject(doc, s, lex)):
                s.label, s.source = "PERSON", "article_people"
                changed = True
        covered = {k for s in spans for k in range(s.start, s.end)}
        found = []
        for tok in doc:
            if tok.i in covered or tok.pos_ != "PROPN" or not is_cap(tok) or not tok.is_alpha or tok.is_upper:
                continue
            if tok.i + 1 < len(doc) and is_cap(doc[tok.i + 1]) and doc[tok.i + 1].pos_ == "PROPN":
                continue  # a longer name of its own ("Kuleba Street")
            if tok.i > 0 and is_cap(doc[tok.i - 1]) and doc[tok.i - 1].pos_ == "PROPN" and not tok.is_sent_start \
                    and not doc[tok.i - 1].is_sent_start:
                continue
            cand = Span(tok.i, tok.i + 1, "ORG", "", "article_people")
            if not _no_mark(doc, cand, lex, gaz) or not _unknown_place(gaz, tok.text):
                continue
            if tok.text in known or _coordinated(doc, cand, spans + [cand], gaz, lex):
                cand.label = "PERSON"
                found.append(cand)
        if found:
            spans = overlay(spans, found)
            changed = True
        before = sum(s.label == "PERSON" for s in spans)
        spans = person_cues(doc, spans, lex)  # "Kuleba and Blinken": the list once Kuleba is known
        changed = changed or sum(s.label == "PERSON" for s in spans) != before
        if not changed:
            break
    return spans
