"""Kinds of names told by the word at their end or right after them.

- :func:`media_names`: a name of two words or more ending in a newspaper word (data/media_words.txt) is an
  ORG: the small model reads "Sydney Morning Herald" as an EVENT and "the Kyiv Post" as a place.
- :func:`exercise_names`: the capitalised words right before a lower-case exercise noun
  (data/exercise_nouns.txt), with a year or number among them, name an EVENT ("the Allied Resolve 2022
  exercise", "Sea Breeze drills"); not a demonym, an acronym, a place or a name of the label table ("NATO
  exercises", "Russian drills", "Belarus drills").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, rows
from .spans import Span, doc_words, is_cap, overlay

MEDIA_FROM = {"EVENT", "WORK_OF_ART", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "NORP"}
MAX_EXERCISE_WORDS = 4


@lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    return frozenset(w for (w,) in rows("media_words.txt", 1))


@lru_cache(maxsize=1)
def exercise_nouns() -> frozenset[str]:
    return frozenset(w.lower() for (w,) in rows("exercise_nouns.txt", 1))


def media_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names ending in a newspaper word are ORG (see the module's doc)."""
    words = media_words()
    texts = doc_words(doc).texts
    for s in spans:
        if s.label in MEDIA_FROM and s.end - s.start >= 2 and texts[s.end - 1] in words:
            s.label, s.source = "ORG", "media"
    return spans


def exercise_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names of military exercises before an exercise noun are EVENT (see the module's doc)."""
    nouns = exercise_nouns()
    words = doc_words(doc)
    gaz = load_gazetteer()
    dem = demonyms()
    at = {k: s for s in spans for k in range(s.start, s.end)}
    found = []
    for i, low in enumerate(words.lowers):
        if low not in nouns or not words.texts[i].islower() or i == 0:
            continue
        start = i
        while start > 0 and i - start < MAX_EXERCISE_WORDS and (
                is_cap(doc[start - 1]) or doc[start - 1].like_num):
            start -= 1
        while start < i and doc[start].like_num:
            start += 1
        if start == i or (i - start == 1 and doc[start].is_sent_start):
            continue
        text = doc[start:i].text
        caps = [t for t in doc[start:i] if is_cap(t)]
        if not caps or text.lower() in lex.labels or text in lex.acronyms or normalize(text) in dem or any(
                t.text in lex.acronyms or t.text.isupper() or normalize(t.text) in dem
                or t.lower_ in lex.labels for t in caps) or gaz.lookup(text):
            continue
        if any(s.label in ("GPE", "NORP", "PERSON") and s.start < i and s.end > start
               for s in (at.get(k) for k in range(start, i)) if s is not None):
            continue  # "Kherson drills", "Shoigu's drills": a place, a people or a person
        found.append(Span(start, i, "EVENT", "", "exercise"))
    return overlay(spans, found)
