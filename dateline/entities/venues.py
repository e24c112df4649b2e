"""Venues named by a lower-case noun after them ("the Shaab stadium", "the Yarmuk hospital").

:func:`venue_names`: "the" + one or two capitalised proper nouns + a venue noun of data/venue_nouns.txt is a
FAC over the name and the noun, whatever the model typed the name (PERSON, GPE) or if it missed it. Not when
the name is a place the gazetteer knows, a demonym or a name of the tables: "the Baghdad hospital", "the
Iraqi prison", "the Kremlin palace" say where or whose, not which.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, word_set
from .spans import Span, doc_words, is_cap, overlay

MAX_NAME_TOKENS = 2


def _venue_nouns() -> frozenset[str]:
    return word_set("venue_nouns.txt")


def venue_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Venues named before a lower-case venue noun are FACs (see the module's doc)."""
    words = doc_words(doc)
    nouns = _venue_nouns()
    gaz = load_gazetteer()
    dem = demonyms()
    span_at = {k: s for s in spans for k in range(s.start, s.end)}
    found = []
    for i, low in enumerate(words.lowers):
        if low not in nouns or i < 2 or not doc[i].is_lower:
            continue
        k = i
        while k > 0 and i - k < MAX_NAME_TOKENS and is_cap(doc[k - 1]) and words.pos[k - 1] == "PROPN":
            k -= 1
        if k == i or k == 0 or words.lowers[k - 1] != "the":
            continue
        name = doc[k:i].text
        if gaz.lookup(name) or normalize(name) in dem or name.lower() in lex.labels or name in lex.acronyms:
            continue
        s = span_at.get(k)
        if s is not None and (s.start != k or s.end > i + 1 or span_at.get(i - 1) is not s):
            continue  # the name is part of a longer span
        found.append(Span(k, i + 1, "FAC", "", "venue"))
    return overlay(spans, found)
