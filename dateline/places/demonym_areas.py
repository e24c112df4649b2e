"""A demonym before a plural place noun, after a locative preposition, names a place in that country.

"in British stores", "across Chinese cities", "at Russian airports": the phrase is a location in
the demonym's country. Only nouns for places and premises count (data/place_nouns.txt), so "in
British pounds" or "in Russian hands" are not places; the place is country-level and of low
confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .gazetteer import Gazetteer, demonyms, normalize, read_words
from .model import Place

CONFIDENCE = 0.4


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    nouns = frozenset(w.lower() for w in read_words("place_nouns.txt"))
    preps = frozenset(w.lower() for w in read_words("area_prepositions.txt"))
    determiners = frozenset(w.lower() for w in read_words("area_determiners.txt"))
    return nouns, preps, determiners


_NEXT_WORD = re.compile(r"^ +([a-z]+)\b")


def demonym_areas(text: str, norp_mentions: Iterable, gaz: Gazetteer) -> list[Place]:
    """Country-level places for "<preposition> <demonym> <place noun>" phrases.

    ``norp_mentions`` have ``start``, ``end`` and ``text`` (spaCy NORP mentions); the place spans
    the demonym and the noun ("British stores").
    """
    nouns, preps, determiners = _words()
    dem = demonyms()
    out = []
    for m in norp_mentions:
        cc = dem.get(normalize(m.text))
        country = gaz.country(cc) if cc else None
        nxt = _NEXT_WORD.match(text[m.end: m.end + 30])
        if country is None or not nxt or nxt.group(1) not in nouns:
            continue
        before = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, m.start - 30): m.start])]
        while before and before[-1] in determiners:
            before.pop()
        if not before or before[-1] not in preps:
            continue
        end = m.end + nxt.end()
        out.append(Place(
            start=m.start, end=end, text=text[m.start:end], name=country.name, kind="country", id=country.id,
            country_code=cc, country=country.name, admin1="", lat=country.lat, lon=country.lon,
            confidence=CONFIDENCE,
            reason=f"'{m.text}' before the place noun '{nxt.group(1)}' after '{before[-1]}'",
        ))
    return out
