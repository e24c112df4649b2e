"""Ships: a ship prefix of data/ship_prefixes.txt and the capitalised words after it are a PRODUCT ("the Indian
INS Mysore" LAW -> "Indian" NORP + "INS Mysore" PRODUCT, "MV Gibe" PERSON -> PRODUCT); the ship's name
written again alone ("Mysore closed the vessels", tagged GPE or untagged) is the ship too."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize

from .lexicon import Lexicon, rows
from .spans import Span, doc_words, is_cap, overlay

MAX_SHIP_WORDS = 3
SOURCE = "ship"


@lru_cache(maxsize=1)
def ship_prefixes() -> frozenset[str]:
    return frozenset(w for (w,) in rows("ship_prefixes.txt", 1))


def ships(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Ship names after a ship prefix, and the same names written alone, are PRODUCT spans."""
    prefixes = ship_prefixes()
    texts = doc_words(doc).texts
    found: list[Span] = []
    names: set[str] = set()
    for i, word in enumerate(texts):
        if word not in prefixes or i + 1 >= len(doc):
            continue
        j = i + 1
        while j < len(doc) and j - i <= MAX_SHIP_WORDS and is_cap(doc[j]) and texts[j] not in prefixes:
            j += 1
        if any((texts[k].lower(),) in lex.titles for k in range(i + 1, j - 1)):
            continue  # "INS Commissioner Doris Meissner": the agency and a person ("MV Brave Commander" stays)
        if j > i + 1:
            found.append(Span(i, j, "PRODUCT", "", SOURCE))
            names.add(doc[i + 1: j].text)
    if not found:
        return spans
    dem = demonyms()
    taken = {k for f in found for k in range(f.start, f.end)}
    for s in spans:  # the name alone, tagged by the model
        if s.start not in taken and doc[s.start: s.end].text in names:
            found.append(Span(s.start, s.end, "PRODUCT", "", SOURCE))
    covered = taken | {k for s in spans for k in range(s.start, s.end)}
    for name in names:  # the name alone, left untagged
        n = len(name.split())
        for i, word in enumerate(texts):
            if word == name.split()[0] and doc[i: i + n].text == name and not any(
                    k in covered for k in range(i, i + n)):
                found.append(Span(i, i + n, "PRODUCT", "", SOURCE))
    for s in spans:  # "Indian INS Mysore": the words before the prefix keep a span of their own
        first = next((f for f in found if s.start < f.start < s.end), None)
        if first is not None:
            rest = doc[s.start: first.start].text
            found.append(Span(s.start, first.start, "NORP" if normalize(rest) in dem else s.label, s.role, s.source))
    return overlay(spans, found)
