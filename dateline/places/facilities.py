"""Facilities and venues the gazetteer does not know ("Wrigley Field", "Trump Tower", "Addiscombe Road").

A facility takes the location of the place it is said to be in, tried in this order:

1. a known landmark named inside its name ("the Grand Kremlin Palace": the Kremlin), unless a
   more specific place is written after it; else a place written right after it and linked to
   it ("Wrigley Field in Chicago", "Progressive Field, Cleveland", "near the stop in the town of
   Croydon", "the Georgian Hall of the Grand Kremlin Palace");
2. a place its name starts with, when that place lies in the country of the sentence or article
   ("Richmond Park" in a London story is in Richmond, GB; never a demonym: a "German Consulate"
   stands abroad), or has one clear reading ("Kherson International Airport" in a sentence that names
   Russia);
3. the most specific place named in its sentence;
4. the article's dateline ("LONDON -");
5. the most specific town, city or landmark of the sentence before, in the same paragraph ("The
   ceremony was in St Petersburg. Students gathered at Smolny College");
6. the article's most mentioned place in its most mentioned country;
7. the place its name starts with, when nothing else is known (lowest confidence).

The result is a :class:`Place` of kind "facility": its ``name`` is the facility's own text and its
coordinates, country and region are the container's; ``reason`` says which rule placed it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .gazetteer import load as load_gazetteer
from .gazetteer import normalize, read_words
from .model import Place

# confidence factor per rule (times the container's own confidence)
LINKED, NAMED_IN_CONTEXT, SENTENCE, DATELINE, SENTENCE_BEFORE, ARTICLE, NAMED_ALONE = (
    0.9, 0.7, 0.5, 0.45, 0.4, 0.3, 0.25)
LINK_WINDOW = 40  # characters after a facility searched for a linked place
SPECIFICITY = {"landmark": 4, "district": 3, "town": 3, "city": 3, "region": 2, "country": 1, "continent": 0}


@dataclass(slots=True)
class FacilityMention:
    """A span naming a facility, and the places its name starts with (possibly none)."""

    start: int
    end: int
    text: str
    named_after: list[Place]
    named_by_words: bool = False  # named after a place of several words ("St. Petersburg State University")


@lru_cache(maxsize=1)
def facility_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Facility suffixes (lower case) and link phrases (longest first)."""
    suffixes = frozenset(w.lower() for w in read_words("facility_suffixes.txt"))
    links = tuple(sorted((w.lower() for w in read_words("facility_links.txt")), key=len, reverse=True))
    return suffixes, links


def last_word(name: str) -> str:
    """The last word of a name, without a possessive ("Trump Tower's" -> "Tower")."""
    words = re.findall(r"[\w'’-]+", name)
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


def has_facility_suffix(name: str) -> bool:
    """Does the name end in a capitalised facility word ("Wrigley Field", "Trump Towers")?"""
    word = last_word(name)
    return bool(word) and word[:1].isupper() and word.lower() in facility_words()[0] and " " in name.strip()


MAX_MODIFIERS = 2  # lower-case words allowed between a name and its facility word ("tram", "commuter train")
MODIFIER_POS = {"NOUN", "ADJ", "PROPN"}


def lowercase_suffix_end(doc: Doc, end: int) -> int | None:
    """End of a lower-case facility word right after a name ("Sandilands| tram station"), or None.

    Up to MAX_MODIFIERS lower-case nouns or adjectives may stand between them."""
    doc_end = doc[-1].idx + len(doc[-1].text) if len(doc) else 0  # not len(doc.text): rebuilt per call
    span = doc.char_span(end, min(doc_end, end + 60), alignment_mode="expand")
    if span is None:
        return None
    suffixes = facility_words()[0]
    for k, tok in enumerate(t for t in span if t.idx >= end):
        if k > MAX_MODIFIERS or not tok.is_alpha or not tok.is_lower:
            return None
        if tok.lower_ in suffixes:
            return tok.idx + len(tok)
        if tok.pos_ not in MODIFIER_POS:
            return None
    return None


def _linked(text: str, f: FacilityMention, places: Sequence[Place]) -> Place | None:
    _, links = facility_words()
    for p in places:
        if p.start < f.end:
            continue
        if p.start - f.end > LINK_WINDOW:
            break
        gap = re.sub(r"\s+", " ", text[f.end: p.start]).strip().lower()
        gap = re.sub(r"\s*\bthe$", "", gap).strip()
        if gap in links:
            return p
        break
    return None


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return span.sent.start_char, span.sent.end_char
    return max(0, start - 200), end + 200


def _in_sentence(doc: Doc, f: FacilityMention, places: Sequence[Place]) -> Place | None:
    lo, hi = _sentence_bounds(doc, f.start, f.end)
    near = [p for p in places if lo <= p.start < hi and p.kind != "facility" and not (
        p.start < f.end and f.start < p.end)]
    if not near:
        return None
    return max(near, key=lambda p: (SPECIFICITY.get(p.kind, 0), -abs(p.start - f.start)))


def _sentence_before(doc: Doc, f: FacilityMention, places: Sequence[Place]) -> Place | None:
    """The most specific town, city or landmark of the sentence before the facility's, in the same paragraph
    ("... in St Petersburg. Students gathered at Smolny College": St Petersburg, not the article's Moscow)."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    sent = span.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if any("\n" in t.text or "\n" in t.whitespace_ for t in prev):
        return None  # a paragraph ends there
    lo, hi = prev.start_char, prev.end_char
    near = [p for p in places if lo <= p.start < hi and SPECIFICITY.get(p.kind, 0) >= 3]
    return max(near, key=lambda p: (SPECIFICITY.get(p.kind, 0), p.start)) if near else None


def article_place(text: str, places: Sequence[Place]) -> tuple[Place | None, bool]:
    """The article's own place: its dateline ("LONDON (Reuters) -") when it has one, else its most
    mentioned specific place in its most mentioned country (else that country). The flag says
    whether it is a dateline."""
    plain = [p for p in places if p.kind != "facility"]
    for p in plain:
        before = text[max(0, p.start - 2): p.start]
        if p.text.isupper() and len(p.text) > 2 and (p.start == 0 or before.endswith("\n")) and re.match(
                r"^\s*(\(|,|-|–|—)", text[p.end: p.end + 4]):
            return p, True
    if not plain:
        return None, False
    countries = Counter(p.country_code for p in plain if p.country_code)
    if not countries:
        return None, False
    cc = countries.most_common(1)[0][0]
    specific = [p for p in plain if p.country_code == cc and p.kind in ("city", "town", "district", "landmark", "region")]
    if specific:
        names = Counter(p.id for p in specific)
        top = max(names.values())
        return next(p for p in specific if names[p.id] == top), False
    return next(p for p in plain if p.country_code == cc), False


#: confidence from which the place a facility's name starts with places it outside the sentence's country
CLEAR_READING = 0.9


def locate_facilities(doc: Doc, facilities: Sequence[FacilityMention], places: Sequence[Place]) -> list[Place]:
    """Place each facility in the place it is said to be in (see the module docstring).

    ``places`` are the article's resolved places in text order. Facilities with no container are
    left out; the result is in text order.
    """
    text = doc.text
    home, is_dateline = article_place(text, places)
    plain = [p for p in places if p.kind != "facility"]
    out: list[Place] = []
    # the last first, so that a facility can be in one placed after it ("the Georgian Hall of the
    # Grand Kremlin Palace")
    for f in sorted(facilities, key=lambda f: -f.start):
        sentence = _in_sentence(doc, f, places)
        context = {p.country_code for p in (sentence, home) if p is not None}
        # a place of several words that opens the name says where the facility is, even out of the
        # article's countries ("New York University" in a story about Moscow)
        # ... and so does a place with one clear reading ("Kherson International Airport" in a sentence
        # that names Russia), whatever the sentence's country
        # (but not a town of another country whose name is also a smaller town of the article's:
        # "Stamford Bridge" in a story from London is not in Stamford, Connecticut)
        named = [p for p in f.named_after if p.country_code in context or f.named_by_words
                 or (p.confidence >= CLEAR_READING and p.kind in ("city", "region", "landmark")
                     and not _reading_in(p.text, context))]
        choice: tuple[Place, float, str] | None = None
        linked = _linked(text, f, sorted(plain + out, key=lambda p: (p.start, p.end)))
        inside = [p for p in f.named_after if p.kind == "landmark" and (
            linked is None or linked.country_code == p.country_code and SPECIFICITY.get(linked.kind, 0) < 4)]
        if inside:  # "the Grand Kremlin Palace (in Russia)": the Kremlin says more than Russia
            best = max(inside, key=lambda p: p.confidence)
            choice = (best, NAMED_IN_CONTEXT, f"named after the landmark '{best.text}'")
        elif linked is not None:
            choice = (linked, LINKED, f"said to be in '{linked.text}'")
        elif named:
            # (a building stands in a city: "Washington National Cathedral" is in the capital, not the state)
            best = max(named, key=lambda p: (p.confidence, p.kind == "city"))
            where = ", in the article's country" if best.country_code in context else ""
            choice = (best, NAMED_IN_CONTEXT, f"named after '{best.text}'{where}")
        elif sentence is not None:
            choice = (sentence, SENTENCE, f"'{sentence.text}' named in its sentence")
        elif home is not None and is_dateline:
            choice = (home, DATELINE, f"the article's dateline '{home.text}'")
        elif (before := _sentence_before(doc, f, plain)) is not None:
            choice = (before, SENTENCE_BEFORE, f"'{before.text}' named in the sentence before")
        elif home is not None:
            choice = (home, DATELINE if is_dateline else ARTICLE,
                      f"the article's {'dateline' if is_dateline else 'main place'} '{home.text}'")
        elif f.named_after:
            best = max(f.named_after, key=lambda p: (p.confidence, p.kind == "city"))
            choice = (best, NAMED_ALONE, f"named after '{best.text}'")
        if choice is None:
            continue
        where, factor, why = choice
        name = re.sub(r"^(?i:the)\s+", "", f.text.strip())
        slug = re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")
        admin1 = where.name if where.kind == "region" else where.admin1
        out.append(Place(
            start=f.start, end=f.end, text=f.text, name=name, kind="facility", id=f"facility:{slug}",
            country_code=where.country_code, country=where.country, admin1=admin1, lat=where.lat,
            lon=where.lon, confidence=round(max(0.01, where.confidence * factor), 3),
            reason=f"facility not in the gazetteer; {why} ({where.name}, {where.country_code or 'no country'})",
        ))
    return sorted(out, key=lambda p: (p.start, p.end))


def _reading_in(word: str, countries: set[str]) -> bool:
    """Does the gazetteer hold a place of that name, by its own name, in one of ``countries``?"""
    return bool(countries) and any(c.via != "alternate" and c.entry.country_code in countries
                                   for c in load_gazetteer().lookup(word))
