"""Resolve place mentions (GPE, LOC, FAC) to gazetteer entries, using the article as context.

Each mention's candidates are scored: a population prior (log10), a bonus by kind (countries
and capitals first), a penalty for matching only a foreign alternate name, and evidence from
the article: countries named or implied elsewhere (unambiguous place names, demonyms), the
regions of places that have one reading, a qualifier right after the name ("Paris, Texas"), a
region word after it ("the Kherson region") or in its sentence ("four regions: Donetsk ..."),
which picks the region over its same-named capital city (never for a national capital named
alone: "Moscow" is the city unless "Moscow region" or "Moscow Oblast" is written; a national capital
and a same-named region of its country are such a pair too: "Kiev", "Washington" are the capitals). Two passes: the second uses the first
pass's readings of the other mentions as context, and a name listed with a country or a region takes that
kind ("Ukraine and Georgia": the country; "Florida and Georgia": the state). Facilities the gazetteer lacks are then placed in the
place they are said to be in (facilities.py), and "in British stores" phrases read as places in the
demonym's country (demonym_areas.py). A name typed ORG before a lower-case facility word names a site:
a known landmark ("Azovstal steel plant"), or after a locative word a facility in the place it is named
after ("at the Osipovichi training ground").
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Doc

from dateline.nlp import sentence_bounds

from .demonym_areas import demonym_areas
from .facilities import (
    FacilityMention,
    has_facility_suffix,
    last_word,
    locate_facilities,
    lowercase_suffix_end,
)
from .gazetteer import (
    Candidate,
    Entry,
    Gazetteer,
    Town,
    _read_lines,
    demonyms,
    load,
    normalize,
    read_words,
    towns,
)
from .model import Place

log = logging.getLogger(__name__)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# A name the gazetteer lacks is looked up among small towns only after one of these ("near Soledar";
# not "on Earth").
TOWN_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "into", "from", "to", "toward", "towards",
                               "at", "across", "through", "off"})
# entity rules that made a name a place by the words around it (or around the same name elsewhere)
PLACED_BY_WORDS = frozenset({"known_place", "same_name"})
STATE_SOURCES = frozenset({"party_state"})  # entity rules that found a state ("R-New York")
NOT_PLACE_LABELS = {"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL",
                    "LANGUAGE", "LAW"}
NAMED_AFTER_LABELS = {"EVENT", "FAC", "LOC"}  # "Brazilian Grand Prix", "Kherson airport": the place in the name
NAMED_AFTER_PENALTY = 0.5  # confidence factor for a place read from the first word of a longer name
NAMED_AFTER_MIN_POPULATION = 100_000
KIND_BONUS = {"continent": 3.0, "country": 3.0, "region": 1.0, "city": 0.0, "landmark": 6.0}
CAPITAL_BONUS = 1.5
ALTERNATE_PENALTY = 2.0
ALIAS_BONUS = 0.5
COUNTRY_CONTEXT = 2.5
DEMONYM_CONTEXT = 1.0  # ... when only a demonym names it ("Russian troops in Donetsk"): the actors' country,
# not always the place's
REGION_CONTEXT = 2.0
QUALIFIER_MATCH, QUALIFIER_MISMATCH = 5.0, -10.0
LISTED_WITH = 2.5  # a name in a list with a country is a country too ("Ukraine and Georgia"), with a region a region
LONGER_CITY_MIN = 5_000_000  # people: "New York" is New York City; "Oklahoma" is not Oklahoma City
SEAT_DEFAULT = 2.5  # a name that is both a region and its capital city is the city by default
REGION_CUE = 3.0  # ... and the region when a region word is near
MAX_CANDIDATES = 50


class MentionLike(Protocol):
    start: int
    end: int
    text: str
    label: str


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    suffixes = tuple(sorted((s for s in read_words("region_suffixes.txt")), key=len, reverse=True))
    cues = frozenset(w.lower() for w in read_words("region_cues.txt"))
    locative = frozenset(w.lower() for w in read_words("locative_words.txt"))
    city_cues = frozenset(w.lower() for w in read_words("city_cues.txt"))
    return suffixes, cues, locative, city_cues


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("part_words.txt"))


@lru_cache(maxsize=1)
def _not_place_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("not_place_heads.txt"))


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("street_words.txt"))


@lru_cache(maxsize=1)
def _settlement_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("settlement_words.txt"))


@lru_cache(maxsize=1)
def _district_of() -> re.Pattern[str]:
    """What stands between a district and its city: " neighborhood of ", " suburb of the "."""
    words = "|".join(re.escape(w) for w in read_words("district_words.txt"))
    return re.compile(rf"^\s+(?:{words})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _holds(region: Entry, places: Sequence[Entry]) -> bool:
    """Is one of the places in this region or country?"""
    if region.kind == "country":
        return any(p.country_code == region.country_code for p in places)
    return region.kind == "region" and any(
        p.country_code == region.country_code and normalize(p.admin1) == normalize(region.name) for p in places)


def _strip_suffix(text: str, suffixes: Sequence[str]) -> tuple[str, str]:
    """'Luhansk People's Republic' -> ('Luhansk', "People's Republic"); no suffix -> (text, '')."""
    low = text.lower()
    for suf in suffixes:
        if low.endswith(" " + suf.lower()) and len(text) > len(suf) + 1:
            return text[: -len(suf) - 1].strip(), suf
    return text, ""


_POSSESSIVE = re.compile(r"['’]s?$")
_FOLLOWING_WORD = re.compile(r"^[\s-]+([A-Za-z’']+)")
_QUALIFIER = re.compile(r"^\s*,\s*$")
# what follows a name listed before "counties": "Pinellas[, Hillsborough and Manatee counties]"
# (at most COUNTY_LIST_NAMES names after it, so that a long list of places is read in linear time)
COUNTY_LIST_NAMES = 8
_COUNTY_LIST = re.compile(r"(?:\s*(?:,|,?\s*and|,?\s*or)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}){0,"
                          + str(COUNTY_LIST_NAMES) + r"}\s+counties\b")


class _Query:
    """One mention's lookup: the name looked up, and what the text around it says."""

    def __init__(self, m: MentionLike, text: str, gaz: Gazetteer):
        suffixes, cues, _, city_cues = _words()
        self.mention = m
        name = _POSSESSIVE.sub("", m.text.strip()) if m.text.endswith(("'s", "’s")) else m.text.strip()
        if normalize(name).startswith("the ") or name.lower().startswith("the "):
            name = name[4:]
        self.name = name
        self.reasons: list[str] = []
        self.want_region = False
        self.want_city = False
        self.candidates = _without_shorter_seats(gaz.lookup(name), name)
        base, suffix = _strip_suffix(name, suffixes)
        if suffix and suffix.lower() == "city" and any(c.entry.kind == "city" and c.via != "alternate"
                                                         for c in self.candidates):
            suffix = ""  # "Guatemala City", "Mexico City", "Gaza City" (an alias) are cities, not regions
        if suffix:
            # "Kherson Oblast", "Luhansk People's Republic": the region named before the suffix
            stripped = [c for c in gaz.lookup(base) if c.entry.kind in ("region", "city")]
            if stripped:
                self.candidates = self.candidates + stripped
                self.want_region = True
                self.reasons.append(f"'{suffix}' names a region")
        follow = _FOLLOWING_WORD.match(text[m.end: m.end + 30])
        word = follow.group(1).lower() if follow else ""
        before = _CITY_OF.search(text[max(0, m.start - 40): m.start])
        apposed = _CITY_APPOSITIVE.match(text[m.end: m.end + 60])
        if word in city_cues:
            self.want_city = True
            self.reasons.append(f"followed by '{follow.group(1)}'")
        elif apposed and not suffix and _city_apposition(apposed.group(1)):
            # "Donetsk, the capital of the Donetsk region": the city, whatever region word follows
            self.want_city = True
            self.reasons.append(f"', {apposed.group(0).split(',', 1)[1].strip()}' after it")
        elif before and not suffix and not (word in cues or word in {s.lower() for s in suffixes}):
            # (not "the capital of the Donetsk region": the region word after the name says region)
            # "the central city of Cherkasy", "the port city of Odesa", "the town of Bucha"
            self.want_city = True
            self.reasons.append(f"after '{before.group(0).strip()}'")
        elif word and (word in cues or word in {s.lower() for s in suffixes}):
            self.want_region = True
            self.reasons.append(f"followed by '{follow.group(1)}'")
        if not self.candidates and " " in name:
            self.candidates = self._tail(name, gaz)
        self.candidates = self.candidates[:MAX_CANDIDATES]
        self.key = normalize(name)
        self.named_after = False
        self.named_word = ""  # the place a longer name is named after ("St. Petersburg")

    def _tail(self, name: str, gaz: Gazetteer) -> list[Candidate]:
        """A longer name's place: "City of Mazar-i-Sharif" -> its part after "of"; "Midtown Manhattan" ->
        its longest known tail, when the words before it name a part of it (data/part_words.txt) or are
        a place in it ("Arlington Virginia"), or when the tail is a landmark of several words."""
        parts = re.split(r"\s+of\s+", name, maxsplit=1)
        if len(parts) == 2 and gaz.lookup(parts[1]) and last_word(parts[0]).lower() not in _not_place_heads():
            # ... but "Sea of Azov", "Gulf of Finland" are no town of Azov or country of Finland
            self.reasons.append(f"'{parts[1]}' in '{name}'")
            return gaz.lookup(parts[1])
        words = name.split()
        part_words = _part_words()
        for k in range(1, len(words)):
            tail = " ".join(words[k:])
            head = words[:k]
            # only "<part word> <place>" ("Midtown Manhattan") or "<place> <its region>" ("Arlington
            # Virginia"): "Windows Mobile", "New England", "Tampa Bay" are not the place their last word names
            parts_only = all(w.lower() in part_words for w in head)
            heads = [c.entry for c in gaz.lookup(" ".join(head)) if c.via != "alternate"]
            if tail[:1].isupper():
                hits = [c for c in gaz.lookup(tail) if c.via != "alternate" and (
                    parts_only or _holds(c.entry, heads) or (c.entry.kind == "landmark" and " " in tail))]
                if hits:
                    self.reasons.append(f"'{tail}' in '{name}'")
                    return hits
        return []

    def countries(self) -> set[str]:
        return {c.entry.country_code for c in self.candidates if c.entry.country_code}


@lru_cache(maxsize=1)
def _org_places() -> dict[str, tuple[str, str]]:
    """data/org_places.tsv: acronym -> (country code, region)."""
    return {r[0].strip(): (r[1].strip(), r[2].strip()) for r in _read_lines("org_places.tsv")}


SENTENCE_WINDOW = 40  # tokens either side of a mention searched for a region word


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _sentence_words(doc: Doc, start: int, end: int, has_sents: bool) -> set[str]:
    """Lower-cased words of the mention's sentence (at most SENTENCE_WINDOW tokens either side) that no
    finite verb separates from it: "damaged facilities in several regions, and the operator introduced
    outages in Kyiv, Odesa and Dnipro" gives Odesa no region word ("in the regions partly controlled by
    Moscow: Donetsk and Luhansk" does)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    if has_sents:
        lo, hi = sentence_bounds(doc, span.start, span.end, SENTENCE_WINDOW)
    else:
        lo, hi = max(0, span.start - SENTENCE_WINDOW), min(len(doc), span.end + SENTENCE_WINDOW)
    out = set()
    for k in range(span.start - 1, lo - 1, -1):
        if doc[k].tag_ in FINITE_TAGS:
            break
        out.add(doc[k].lower_)
    for k in range(span.end, hi):
        if doc[k].tag_ in FINITE_TAGS:
            break
        out.add(doc[k].lower_)
    return out


def _score(c: Candidate, q: _Query, ctx_cc: Counter, ctx_regions: set[tuple[str, str]],
           qualifier: set[tuple[str, str]] | None, region_cue: bool,
           listed: frozenset[str] = frozenset(), weak: frozenset[str] = frozenset()) -> tuple[float, list[str]]:
    e: Entry = c.entry
    why: list[str] = []
    s = math.log10(e.population + 10) + KIND_BONUS.get(e.kind, 0.0)
    if e.kind in listed:
        s += LISTED_WITH
        why.append(f"in a list with a {e.kind}")
    if e.capital:
        s += CAPITAL_BONUS
    if c.via == "alternate" and not _seat_of_named_region(c, q):
        s -= ALTERNATE_PENALTY
    elif c.via == "alias":
        s += ALIAS_BONUS
    if e.country_code and ctx_cc.get(e.country_code) and e.kind != "country" and not (
            e.kind == "region" and any(o.entry.kind == "country" and o.entry.country_code == e.country_code
                                       for o in q.candidates)):
        # (not a region named as its own country, "Taiwan": the country named is that country)
        if e.country_code in weak:
            s += DEMONYM_CONTEXT
            why.append(f"{e.country_code} named by a demonym in the article")
        else:
            s += COUNTRY_CONTEXT
            why.append(f"{e.country_code} named in the article")
    if e.kind == "city" and (e.country_code, normalize(e.admin1)) in ctx_regions and not (
            "region" in listed and normalize(e.admin1) == normalize(e.name)):
        # (not for a city listed with a region whose own region is named: "Donetsk and Luhansk People's
        # Republics (DPR and LPR)" is the region)
        s += REGION_CONTEXT
        why.append(f"{e.admin1} named in the article")
    if qualifier is not None:
        hit = (e.country_code, "") in qualifier or (e.country_code, normalize(e.admin1)) in qualifier
        s += QUALIFIER_MATCH if hit else QUALIFIER_MISMATCH
        if hit:
            why.append("qualified by the name after it")
    seat = _is_seat_pair(c, q)
    if seat:
        # a national capital named alone is the city: only "Moscow region"/"Moscow Oblast" is the region
        cue = q.want_region or (region_cue and not q.want_city and not any(o.entry.capital for o in q.candidates))
        if q.want_city:
            if e.kind == "city":
                s += REGION_CUE
        elif cue:
            if e.kind == "region":
                s += REGION_CUE
                why.append("region word nearby")
        elif e.kind == "region":
            # the region gives way to its same-named city, which gains nothing over other places
            # of that name ("San Jose" is still San Jose, California, not the capital of Costa Rica)
            s -= SEAT_DEFAULT
        elif e.kind == "city":
            why.append("city over its same-named region")
    elif q.want_region and e.kind == "region":
        s += REGION_CUE
    return s, why


def _without_shorter_seats(candidates: list[Candidate], name: str) -> list[Candidate]:
    """Without the cities that the name denotes only by an alternate name which is their own name and more:
    "Rio Grande do Sul" is the state; the city of Rio Grande in it has the state's name as an alternate
    (not "Odessa" for Odesa, a spelling of the city's own name). Nor, the other way, the cities whose
    own name is the region's name and more ("Oklahoma City", "Maryland City": "Oklahoma" is the
    state), unless the city is one of millions ("New York" is the city)."""
    key = normalize(name)
    regions = [c.entry for c in candidates if c.entry.kind == "region" and c.via != "alternate"]
    if not regions:
        return candidates

    def longer_minor(e: Entry) -> bool:
        return normalize(e.name).startswith(key + " ") and any(
            r.country_code == e.country_code and normalize(r.name) == normalize(e.admin1)
            for r in regions) and e.population < LONGER_CITY_MIN

    return [c for c in candidates if not (
        c.entry.kind == "city" and c.via == "alternate"
        and (key.startswith(normalize(c.entry.name) + " ") or longer_minor(c.entry)))]


def _seat_of_named_region(c: Candidate, q: _Query) -> bool:
    """Is this city, matched by an alternate name, the seat of a region the name denotes by its own name
    ("Odessa": Odesa city, seat of Odessa Oblast)? Then the name is the city's English one, not a foreign
    alternate."""
    e = c.entry
    return e.kind == "city" and any(
        o.entry.kind == "region" and o.via != "alternate" and o.entry.country_code == e.country_code
        and normalize(e.admin1) == normalize(o.entry.name) for o in q.candidates)


def _is_seat_pair(c: Candidate, q: _Query) -> bool:
    """Is this candidate one of a region and a city in it that share the name?

    A national capital and a region of its country that the name also denotes are such a pair even
    when the capital lies outside it ("Kiev": Kyiv city and Kyiv Oblast; "Washington": the capital
    and the state)."""
    e = c.entry
    aliased = load().aliased

    def paired(region: Candidate, city: Candidate) -> bool:
        # a region reached by an alias is what news means by the name ("Gaza": the Gaza Strip, not its
        # city), unless the aliases give the name to the city too ("Odesa": the city and its region)
        return region.via != "alias" or (q.key, city.entry.id) in aliased

    if e.kind == "region":
        return any(o.entry.kind == "city" and o.entry.country_code == e.country_code and paired(c, o)
                   and (o.entry.capital or normalize(o.entry.admin1) == normalize(e.name)) for o in q.candidates)
    if e.kind == "city":
        return any(o.entry.kind == "region" and o.entry.country_code == e.country_code and paired(o, c)
                   and (e.capital or normalize(e.admin1) == normalize(o.entry.name)) for o in q.candidates)
    return False


def _choose(q: _Query, ctx_cc: Counter, ctx_regions: set, qualifier, region_cue: bool,
            listed: frozenset[str] = frozenset(), demonym_cc: Counter | None = None):
    # countries the context names only by demonyms
    weak = frozenset(cc for cc, n in ctx_cc.items() if demonym_cc and n <= demonym_cc.get(cc, 0))
    scored = [(*_score(c, q, ctx_cc, ctx_regions, qualifier, region_cue, listed, weak), c) for c in q.candidates]
    scored.sort(key=lambda t: -t[0])
    top = scored[0][0]
    mass = sum(math.exp(s - top) for s, _, _ in scored)
    best_score, why, best = scored[0]
    return best, 1.0 / mass, why


def resolve_places(doc: Doc, mentions: Iterable[MentionLike], known: Iterable[Place] = ()) -> list[Place]:
    """Resolve the GPE/LOC/FAC mentions of an article to gazetteer places.

    ``known`` are places already resolved in another part of the same article (its text, when ``doc`` is
    its headline): a name written there too is read as it was read there, where it had its context
    ("Former Trump lawyer pleads guilty in Georgia election case" over a text datelined ATLANTA).

    ``mentions`` are entity mentions with ``start``, ``end``, ``text`` and ``label`` (as
    :func:`dateline.entities.extract_entities` gives); NORP mentions (demonyms) are used as
    context, and ORG mentions that name a landmark right after a locative preposition ("at the
    White House") are resolved too. Beyond the gazetteer:

    - facilities and venues it does not know (FAC mentions, and names ending in a facility word,
      data/facility_suffixes.txt, after a locative preposition whatever their label) take the place
      they are said to be in, of kind "facility" (see :mod:`dateline.places.facilities`);
    - "in British stores": a demonym before a plural place noun after a locative preposition is a
      country-level place (see :mod:`dateline.places.demonym_areas`);
    - "Afghan City of Mazar-i-Sharif": a settlement word then "of <place>"; an unknown place phrase
      opened by a demonym ("Afghan City") is in that country; a known landmark at the start of an
      over-long name after a locative word ("at Interlagos Red Bull") is that landmark.

    Other mentions the gazetteer does not know are left out. The result is in text order.
    """
    found = _resolve(doc, mentions)
    if not known:
        return found
    read: dict[str, Place] = {}
    for k in known:
        read.setdefault(normalize(k.text), k)
    return [_as_read(p, read[normalize(p.text)]) if normalize(p.text) in read else p for p in found]


def _as_read(p: Place, k: Place) -> Place:
    """Place ``p`` read as the same name was read elsewhere in the article (``k``)."""
    if (p.id, p.lat, p.lon) == (k.id, k.lat, k.lon):
        return p
    return dataclasses.replace(k, start=p.start, end=p.end, text=p.text,
                               reason=f"as the article's text reads '{k.text}': {k.reason}")


def _resolve(doc: Doc, mentions: Iterable[MentionLike]) -> list[Place]:
    gaz = load()
    text = doc.text
    _, cues, locative, _ = _words()
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    dem = demonyms()
    queries: list[_Query] = []
    norp_cc: Counter = Counter()
    demonym_cc: Counter = Counter()  # the part of norp_cc that demonyms give
    norp: list[MentionLike] = []
    facilities: list[FacilityMention] = []
    unknown: list[MentionLike] = []  # place names the gazetteer lacks: small towns, maybe
    org_regions: set[tuple[str, str]] = set()

    def unknown_venue(m: MentionLike, suffix: bool) -> None:
        """A name the gazetteer lacks: a facility when it ends like one, else a known landmark it starts with."""
        if suffix:
            facilities.append(_facility(m, text, gaz))
            return
        q = _landmark_prefix(m, text, gaz)
        if q is not None:
            queries.append(q)

    for m in mentions:
        if m.label in NOT_PLACE_LABELS:
            continue
        after_loc = _after_locative(text, m.start, locative)
        if m.label == "ORG" and m.text in _org_places():  # "NYPD": a place's country and region
            cc, region = _org_places()[m.text]
            norp_cc[cc] += 1
            org_regions.add((cc, normalize(region)))
        if m.label == "NORP":
            cc = dem.get(normalize(m.text))
            if cc:
                norp_cc[cc] += 1
                demonym_cc[cc] += 1
            norp.append(m)
            end = lowercase_suffix_end(doc, m.end) if after_loc else None
            if end is not None and not cc and not gaz.lookup(m.text):  # "near Sandilands tram station"
                facilities.append(FacilityMention(m.start, end, text[m.start:end], []))
            continue
        suffix = has_facility_suffix(m.text)
        if m.label not in PLACE_LABELS | NAMED_AFTER_LABELS | {"ORG"}:
            # "outside Trump Towers" read as a work of art; "at Interlagos Red Bull" run together
            if after_loc and not gaz.lookup(m.text):
                unknown_venue(m, suffix)
            continue
        if m.label == "ORG":
            site = _org_site(m, doc, text, gaz, after_loc)
            if site is not None:  # "Azovstal steel plant", "at the Osipovichi training ground"
                (queries if isinstance(site, _Query) else facilities).append(site)
                continue
        if m.label == "ORG" and not after_loc:
            continue
        longer = _landmark_extension(m, text, gaz) if m.label in PLACE_LABELS else None
        if longer is not None:  # "the Zaporizhzhia nuclear plant": the landmark, not the city
            queries.append(longer)
            continue
        q = _Query(m, text, gaz) if m.label in PLACE_LABELS | {"ORG"} else None
        if q is not None and getattr(m, "source", "") in STATE_SOURCES:
            state = gaz.party_state(m.text)  # "R-La.": an abbreviation that is a state there (not Los Angeles)
            if state is not None:
                q.candidates = [Candidate(state, "alias")]
        if m.label == "ORG":
            q.candidates = [c for c in q.candidates if c.entry.kind == "landmark"]
            if q.candidates:
                if not _acting(text, m.end) and not _institution_use(doc, m):  # "from Kremlin spokesman ..."
                    q.reasons.append("landmark after a locative preposition")
                    queries.append(q)
            elif suffix or not _institution(m.text):  # not "at the Atlantic Council": no Atlantic there
                unknown_venue(m, suffix)
            continue
        if q is not None and q.candidates and _common_word_opening(doc, m, q):
            continue
        if q is not None and _COUNTY_LIST.match(text, m.end):
            # "Pinellas, Hillsborough and Manatee counties": each is a county of that name
            counties = [c for c in gaz.lookup(m.text + " County") if c.entry.kind == "region"]
            if counties:
                q.candidates = counties
        if q is not None and getattr(m, "source", "") == "feature":
            # "the Noto peninsula", "the Guaiba river": a natural feature, not the town of that name
            q.candidates = [c for c in q.candidates if c.entry.kind == "landmark"]
        if q is not None and q.candidates:
            if getattr(m, "source", "") in STATE_SOURCES and any(c.entry.kind == "region" for c in q.candidates):
                q.want_region = True  # "Rep. Peter King, R-New York": the state
                q.reasons.append("a party's state")
            queries.append(q)
            continue
        if m.label == "FAC" or (suffix and m.label in PLACE_LABELS):
            q = _named_after(m, text, gaz, {})
            if q is not None and _lowercase_rest(m.text):  # "Kherson airport": in the place it names
                queries.append(q)
                continue
            prefix = None if suffix else _landmark_prefix(m, text, gaz)  # "White House Yuge" run together
            if prefix is not None:
                queries.append(prefix)
            elif suffix or after_loc:  # spaCy's FAC without a facility word is often no place ("Creme Egg")
                facilities.append(_facility(m, text, gaz, q))
            continue
        q = None
        if m.label in ("GPE", "LOC"):
            q = _of_place(m, text, gaz) or _demonym_place(m, gaz, dem)
        if q is None and m.label in NAMED_AFTER_LABELS:
            q = _named_after(m, text, gaz, dem)
        if q is not None and q.candidates:
            queries.append(q)
        elif m.label in ("GPE", "LOC") and (_after_locative(text, m.start, TOWN_PREPOSITIONS)
                                            or getattr(m, "source", "") in PLACED_BY_WORDS):
            unknown.append(m)  # "near Soledar", "shelled Soledar", "the city of Chasiv Yar": maybe a small town
    areas = demonym_areas(text, norp, gaz)
    if not queries:  # "Ukrainian troops shelled Soledar": a demonym still names the country
        small = _small_towns(unknown, Counter(norp_cc), set(), gaz)
        return _merge(small, areas, locate_facilities(doc, facilities, small))

    # context from names with one reading: their countries and regions
    ctx_cc: Counter = Counter(norp_cc)
    ctx_regions: set[tuple[str, str]] = set(org_regions)
    for q in queries:
        ccs = q.countries()
        if len(ccs) == 1:
            ctx_cc[next(iter(ccs))] += 1
        if len(q.candidates) == 1 or len({c.entry.id for c in q.candidates if c.via != "alternate"}) == 1:
            e = next(c.entry for c in q.candidates if c.via != "alternate") if any(
                c.via != "alternate" for c in q.candidates) else q.candidates[0].entry
            if e.kind == "region":
                ctx_regions.add((e.country_code, normalize(e.name)))

    # "South East", "Central": a name made of part words alone is a place only in the article's countries
    part_words = _part_words()
    queries = [q for q in queries if not all(w.lower() in part_words for w in q.name.split())
               or any(_without(ctx_cc, q).get(cc) for cc in q.countries())]
    if not queries:
        return _merge([], areas, locate_facilities(doc, facilities, []))

    qualifiers: dict[int, set[tuple[str, str]]] = {}
    listed_qualifier: set[int] = set()
    districts: dict[int, _Query] = {}  # "the Bel Air neighborhood of [Los Angeles]"
    for a, b in zip(queries, queries[1:], strict=False):
        if _district_of().match(text[a.mention.end: b.mention.start]):
            districts[id(a)] = b
        if _QUALIFIER.match(text[a.mention.end: b.mention.start]):
            quals = {(c.entry.country_code, "" if c.entry.kind == "country" else normalize(c.entry.name))
                     for c in b.candidates if c.entry.kind in ("country", "region")}
            if quals:
                qualifiers[id(a)] = quals
                if _LIST_AFTER.match(text, b.mention.end):
                    listed_qualifier.add(id(a))  # "Kyiv, Dnipro and Odesa": a list, perhaps no qualifier

    cue_cache: dict[tuple[int, int], bool] = {}
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")

    def region_cue(q: _Query) -> bool:
        key = (q.mention.start, q.mention.end)
        m = q.mention
        if m.text.isupper() and (m.start == 0 or text[m.start - 1] == "\n") and re.match(
                r"^\s*(\(|,|-|–|—)", text[m.end: m.end + 4]):
            return False  # a dateline names the city the report is filed from ("TEL AVIV (Reuters) - ...")
        if key not in cue_cache:
            cue_cache[key] = bool(_sentence_words(doc, q.mention.start, q.mention.end, has_sents) & cues)
        return cue_cache[key]

    # pass 1 with the unambiguous context, pass 2 with pass 1's readings of the other names
    chosen = {}
    for q in queries:
        chosen[id(q)] = _choose(q, _without(ctx_cc, q), ctx_regions, qualifiers.get(id(q)), region_cue(q),
                                demonym_cc=demonym_cc)
    ctx2: Counter = Counter(norp_cc)
    regions2: set[tuple[str, str]] = set(ctx_regions)
    region_names: dict[tuple[str, str], set[str]] = {}  # the names pass 1 read as each region
    for q in queries:
        best, conf, _ = chosen[id(q)]
        if conf >= 0.5:
            ctx2[best.entry.country_code] += 1
            if best.entry.kind == "region":
                region = (best.entry.country_code, normalize(best.entry.name))
                if region not in ctx_regions:
                    region_names.setdefault(region, set()).add(q.key)
                regions2.add(region)
    listed = _listed_kinds(text, queries, chosen)
    own: dict[str, list[str]] = {}  # every reading of the same name, taken out of its own context
    for q in queries:
        best, conf, _ = chosen[id(q)]
        if conf >= 0.5:
            own.setdefault(q.key, []).append(best.entry.country_code)
    places = []
    for q in queries:
        others = _without(ctx2, q, own.get(q.key, []))
        # (nor is a region that only this name was read as context for it: "strikes in Gaza" is not Gaza
        # City because pass 1 read "Gaza" as the Strip)
        regions = {r for r in regions2 if region_names.get(r) != {q.key}}
        best, conf, why = _choose(q, others, regions, qualifiers.get(id(q)), region_cue(q), listed.get(id(q), frozenset()),
                                  demonym_cc)
        e = best.entry
        qual = qualifiers.get(id(q))
        if qual and (e.country_code, "") not in qual and (e.country_code, normalize(e.admin1)) not in qual:
            # "Pavlivka, Sumy": the village of that name in Sumy Oblast, not the bigger one; "Boca Chica,
            # Texas", a place the gazetteer lacks: in Texas, not the Dominican city of that name
            town = _qualified_town(q.mention, qual) or (
                None if id(q) in listed_qualifier else _unlisted_town(q.mention, qual, gaz, e))
            if town is not None:
                places.append(town)
                continue
        city = chosen[id(districts[id(q)])][0].entry if id(q) in districts else None
        if city is not None and city.kind == "city" and _km(city.lat, city.lon, e.lat, e.lon) > NEAR_CITY_KM:
            # "the Bel Air neighborhood of Los Angeles": not Bel Air in Manila, a part of Los Angeles
            places.append(_district_place(q.mention, city, gaz))
            continue
        country = gaz.country(e.country_code)
        reasons = q.reasons + why or (["only reading"] if len(q.candidates) == 1 else ["population prior"])
        if q.named_after:
            conf *= NAMED_AFTER_PENALTY
        places.append(Place(
            start=q.mention.start, end=q.mention.end, text=q.mention.text, name=e.name, kind=e.kind, id=e.id,
            country_code=e.country_code, country=country.name if country else "",
            admin1=e.admin1 if e.kind not in ("country", "continent") else "",
            lat=e.lat, lon=e.lon, confidence=round(conf, 3), reason="; ".join(reasons),
        ))
    places.extend(_small_towns(unknown, ctx2, regions2, gaz, _following_regions(text, unknown, places)))
    places.sort(key=lambda p: (p.start, p.end))
    return _merge(places, areas, locate_facilities(doc, facilities, _merge(places, areas, [])))


# what follows the last name of a list: "Kyiv, Dnipro[ and Odesa]", "Kyiv, Dnipro[, Lviv]"
_LIST_AFTER = re.compile(r"\s*(?:,\s*(?:and|or)\s|(?:and|or)\s|,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and\s|or\s))")
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*$")
LISTED_KINDS = ("country", "region")


def _listed_kinds(text: str, queries: list[_Query], chosen: dict) -> dict[int, frozenset[str]]:
    """Kinds of the places (countries, regions) that each name stands in a list with, by the first
    pass's readings of its neighbours: "in Ukraine and Georgia", "Texas, Georgia and Florida". Only a
    neighbour read with some confidence and whose name has no reading of the other's kind counts."""
    out: dict[int, frozenset[str]] = {}
    for a, b in zip(queries, queries[1:], strict=False):
        if not _LIST_GAP.match(text[a.mention.end: b.mention.start]):
            continue
        for q, other in ((a, b), (b, a)):
            best, conf, _ = chosen[id(other)]
            kinds = {c.entry.kind for c in other.candidates if c.via != "alternate"}
            if conf >= 0.5 and best.entry.kind in LISTED_KINDS and len(kinds & set(LISTED_KINDS)) == 1:
                out[id(q)] = out.get(id(q), frozenset()) | {best.entry.kind}
    return out


@lru_cache(maxsize=1)
def _not_towns() -> frozenset[str]:
    return frozenset(normalize(w) for w in read_words("not_towns.txt"))


def _qualified_town(m: MentionLike, qualifier: set[tuple[str, str]]) -> Place | None:
    """The one small town of this name (:func:`towns`) in the region named right after it ("Pavlivka,
    Sumy", "Komyshuvakha, Luhansk Oblast"), when no bigger place of the name lies there; else None."""
    gaz = load()
    found = [t for t in towns(m.text) if (t.country_code, normalize(t.admin1)) in qualifier]
    if len(found) != 1:
        return None
    return _town_place(m, found[0], 0.6, "the region named after it", gaz)


UNLISTED_CONFIDENCE = 0.3
NEAR_REGION_KM = 150  # a reading this close to the centre of the region named after it is taken as in it


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _unlisted_town(m: MentionLike, qualifier: set[tuple[str, str]], gaz: Gazetteer, best: Entry) -> Place | None:
    """A place named with the one region after it ("Boca Chica, Texas") that neither the gazetteer nor the
    small towns have there, when the best reading of the name lies far from that region: a town of that
    name, placed at the region's coordinates (low confidence). A reading near the region stays (the
    region may be named loosely: "Sevastopol, Crimea", "Shchelkovo, Moscow region")."""
    regions = [r for cc, name in qualifier if name and (r := gaz.regions.get((cc, name))) is not None]
    if len(regions) != 1:
        return None
    r = regions[0]
    if _km(r.lat, r.lon, best.lat, best.lon) <= NEAR_REGION_KM:
        return None
    country = gaz.country(r.country_code)
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(m.text)).strip("-")
    name = m.text.title() if m.text.isupper() and len(m.text) > 4 else m.text  # a dateline's "PLAINS"
    return Place(start=m.start, end=m.end, text=m.text, name=name, kind="town", id=f"town:{r.country_code}:{slug}",
                 country_code=r.country_code, country=country.name if country else "", admin1=r.name,
                 lat=r.lat, lon=r.lon, confidence=UNLISTED_CONFIDENCE,
                 reason=f"not in the gazetteer; in {r.name}, the region named after it (placed at the region's "
                        f"centre)")


def _common_word_opening(doc: Doc, m: MentionLike, q: _Query) -> bool:
    """A common noun capitalised because it opens the sentence, that only another name of a place
    matches: "Tsunami waves reached ..." is not Tsuha, Japan (also known as Tsunami)."""
    span = doc.char_span(m.start, m.end)
    if span is None or len(span) != 1 or not span[0].is_sent_start or span[0].pos_ != "NOUN":
        return False
    return all(c.via == "alternate" for c in q.candidates)


NEAR_CITY_KM = 50  # a reading of a district this close to the city named after it is taken as in it


def _district_place(m: MentionLike, city: Entry, gaz: Gazetteer) -> Place:
    """A part of the city named after it ("the Bel Air neighborhood of Los Angeles"), placed at the
    city's coordinates (low confidence)."""
    country = gaz.country(city.country_code)
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(m.text)).strip("-")
    return Place(start=m.start, end=m.end, text=m.text, name=m.text, kind="district",
                 id=f"district:{city.id}:{slug}", country_code=city.country_code,
                 country=country.name if country else "", admin1=city.admin1, lat=city.lat, lon=city.lon,
                 confidence=UNLISTED_CONFIDENCE,
                 reason=f"a part of {city.name}, named after it (placed at the city's centre)")


def _town_place(m: MentionLike, t: Town, confidence: float, why: str, gaz: Gazetteer) -> Place:
    """The Place of a small town (:func:`towns`) for mention ``m``; ``why`` ends the reason."""
    country = gaz.country(t.country_code)
    where = f"{t.admin1}, {country.name}" if country else t.admin1
    return Place(start=m.start, end=m.end, text=m.text, name=t.name, kind="town", id=t.id,
                 country_code=t.country_code, country=country.name if country else "", admin1=t.admin1,
                 lat=t.lat, lon=t.lon, confidence=confidence,
                 reason=f"small town (GeoNames, over 1,000 people) in {where}, {why}")


def _following_regions(text: str, mentions: list[MentionLike], places: list[Place]) -> dict[int, set[tuple[str, str]]]:
    """For each mention followed by ", " and a resolved region or city ("Vasylivka, Donetsk Oblast",
    "Pavlivka, Sumy"), the (country, region) pairs that place lies in, keyed by the mention's start."""
    out: dict[int, set[tuple[str, str]]] = {}
    by_start = {p.start: p for p in places}
    for m in mentions:
        k = m.end
        while k < len(text) and text[k] in " ,":
            k += 1
        p = by_start.get(k)
        if p is not None and _QUALIFIER.match(text[m.end:k]) and p.kind in ("region", "city") and p.admin1:
            out[m.start] = {(p.country_code, normalize(p.admin1))}
    return out


def _small_towns(mentions: list[MentionLike], countries: Counter, regions: set[tuple[str, str]],
                 gaz: Gazetteer, qualifiers: dict[int, set[tuple[str, str]]] | None = None) -> list[Place]:
    """Names nothing else resolved, read as towns over 1,000 people (:func:`towns`), but only in a
    country the article names: "Chasiv Yar" in a story about Ukraine is the Donetsk town, while an
    unknown name with no such town in the article's countries stays unresolved. A name followed by its
    region ("Vasylivka, Donetsk Oblast") is only a town of that region, else it stays unresolved."""
    out = []
    skip = _not_towns()
    for m in mentions:
        if normalize(m.text) in skip:
            continue
        found = [t for t in towns(m.text) if countries.get(t.country_code)]
        qual = (qualifiers or {}).get(m.start)
        if qual is not None:
            found = [t for t in towns(m.text) if (t.country_code, normalize(t.admin1)) in qual]
            regions = regions | qual
        in_region = [t for t in found if (t.country_code, normalize(t.admin1)) in regions]
        found = in_region or found
        if len(found) != 1:
            continue  # none, or several that the article does not tell apart
        out.append(_town_place(m, found[0], 0.5 if in_region else 0.4,
                               ("a region" if in_region else "a country") + " the article names", gaz))
    return out


def _merge(places: list[Place], *more: list[Place]) -> list[Place]:
    """Places in text order; a later list's place overlapping an earlier one is dropped."""
    out = list(places)
    for extra in more:
        for p in extra:
            if not any(o.start < p.end and p.start < o.end for o in out):
                out.append(p)
    return sorted(out, key=lambda p: (p.start, p.end))


def _after_locative(text: str, start: int, locative: frozenset[str]) -> bool:
    """Is the span right after a locative preposition ("at the White House", "outside Trump Tower"),
    or after a part of a place that is ("in the East Room of the White House")?

    Not when the preposition names a source ("according to the Pentagon", "a statement from the
    White House": data/source_words.txt)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, start - 60): start])]
    if words and words[-1] == "the":
        words.pop()
    if len(words) > 2 and words[-1] == "of" and words[-2] in _venue_parts():
        # "in the East Room of the White House": a part of the place, itself after a locative
        part = words[:-2]
        while part and part[-1] not in locative and len(words) - len(part) < 6:
            part.pop()
        return bool(part) and part[-1] in locative
    if not words or words[-1] not in locative:
        return False
    return len(words) < 2 or words[-2] not in _source_words()


@lru_cache(maxsize=1)
def _venue_parts() -> frozenset[str]:
    """Parts of a building or site ("room", "steps", "lawn"), and the facility words."""
    from .facilities import facility_words

    return frozenset(w.lower() for w in read_words("venue_parts.txt")) | facility_words()[0]


@lru_cache(maxsize=1)
def _source_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("source_words.txt"))


_CITY_APPOSITIVE = re.compile(r"^\s*,\s+(?:the|a|an)\s+((?:[\w'’-]+ ){0,2}[\w'’-]+)")


def _city_apposition(phrase: str) -> bool:
    """Does a phrase set off after a name ("the capital of", "a southern port city") say city: a noun of
    data/city_appositives.txt among its first three words, before any "of"?"""
    words = phrase.lower().split()
    if "of" in words:
        words = words[: words.index("of")]
    return any(w in _city_appositives() for w in words)


@lru_cache(maxsize=1)
def _city_appositives() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("city_appositives.txt"))


_CITY_OF = re.compile(r"\b(?:city|town|village|port|capital)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"^(['’]s\b)|^\s+([A-Za-z]+)")


def _acting(text: str, end: int) -> bool:
    """"from Kremlin spokesman ...", "to the Kremlin's efforts": an organisation named like a building
    that speaks or acts (data/actor_words.txt, or a possessive) is no place."""
    nxt = _NEXT_WORD.match(text[end: end + 30])
    return bool(nxt) and (nxt.group(1) is not None or nxt.group(2).lower() in _actor_words())


def _institution_use(doc: Doc, m: MentionLike) -> bool:
    """An ORG named like a building used as the institution: a modifier of a noun after it ("Kremlin
    blackmail"), or after "to" that no verb of motion governs ("concessions offered to the Kremlin"; not
    "flew to the Kremlin", data/motion_verbs.txt)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    last = doc[span.end - 1]
    if last.dep_ == "compound" and last.head.i > last.i and last.head.is_lower:
        return True
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].lower_ != "to":
        return False
    head = doc[i].head
    return not (head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _motion_verbs())


@lru_cache(maxsize=1)
def _motion_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("motion_verbs.txt"))


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("actor_words.txt"))


def _institution(name: str) -> bool:
    """Does an organisation's name end in an institution word ("Atlantic Council", data/not_place_heads.txt
    and data/institution_words.txt)?"""
    word = last_word(name).lower()
    return word in _institution_words()


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("institution_words.txt"))


def _lowercase_rest(name: str) -> bool:
    """"Kherson airport": a name whose words after the first are all lower case."""
    words = name.split()
    return len(words) > 1 and all(w[:1].islower() for w in words[1:])


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    text: str
    label: str


def _facility(m: MentionLike, text: str, gaz: Gazetteer, q: _Query | None = None) -> FacilityMention:
    """A facility mention and the places its name may name: a known landmark inside it ("the Grand
    Kremlin Palace": the Kremlin), else its first word ("Richmond Park": Richmond)."""
    inside = _landmark_inside(m, gaz) if q is None else None
    if inside is not None:
        word, cands, reason = inside[0], inside[1], "named after a landmark"
    else:
        q = q if q is not None else _named_after(m, text, gaz, {})
        word, reason = (q.named_word if q is not None else m.text.split()[0]), "named after"
        cands = sorted(q.candidates, key=lambda c: -c.entry.population) if q is not None else []
    named = []
    for c in cands:
        e = c.entry
        country = gaz.country(e.country_code)
        named.append(Place(
            start=m.start, end=m.end, text=word, name=e.name, kind=e.kind, id=e.id,
            country_code=e.country_code, country=country.name if country else "",
            admin1=e.admin1 if e.kind not in ("country", "continent") else "", lat=e.lat, lon=e.lon,
            confidence=round(1 / len(cands), 3), reason=reason))
    return FacilityMention(m.start, m.end, m.text, named, " " in word and len(cands) == 1)


def _landmark_inside(m: MentionLike, gaz: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """"the Grand Kremlin Palace": the longest known landmark (data/landmarks.tsv) named inside a
    longer facility name, with its gazetteer candidates."""
    words = list(re.finditer(r"[\w'’.-]+", m.text))[:8]
    n = len(words)
    for size in range(n - 1, 0, -1):
        for i in range(n - size + 1):
            piece = m.text[words[i].start(): words[i + size - 1].end()]
            if not piece[:1].isupper():
                continue
            hits = [c for c in gaz.lookup(piece) if c.entry.kind == "landmark" and c.via != "alternate"]
            if hits:
                return piece, hits
    return None


_LOWER_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,4}")


def _landmark_extension(m: MentionLike, text: str, gaz: Gazetteer) -> _Query | None:
    """"the Zaporizhzhia nuclear plant": a place name and the lower-case words after it that together
    name a landmark (data/landmarks.tsv) are that landmark, over the longer span."""
    run = _LOWER_WORDS.match(text, m.end)
    if not run:
        return None
    ends = [m.end + w.end() for w in re.finditer(r"\S+", text[m.end: run.end()])]
    for end in reversed(ends):
        hits = [c for c in gaz.lookup(text[m.start:end]) if c.entry.kind == "landmark"]
        if hits:
            q = _Query(_Span(m.start, end, text[m.start:end], "FAC"), text, gaz)
            q.candidates = hits
            q.reasons.append(f"landmark '{text[m.start:end]}'")
            return q
    return None


def _landmark_prefix(m: MentionLike, text: str, gaz: Gazetteer) -> _Query | None:
    """"at Interlagos Red Bull": a known landmark at the start of a longer name after a locative word."""
    words = list(re.finditer(r"\S+", m.text))
    for k in range(len(words) - 1, 0, -1):
        end = words[k - 1].end()
        hits = [c for c in gaz.lookup(m.text[:end]) if c.entry.kind == "landmark"]
        if hits:
            q = _Query(_Span(m.start, m.start + end, m.text[:end], "FAC"), text, gaz)
            q.candidates = hits
            q.reasons.append(f"landmark '{m.text[:end]}' at the start of '{m.text}'")
            return q
    return None


def _org_site(m: MentionLike, doc: Doc, text: str, gaz: Gazetteer,
              after_loc: bool) -> _Query | FacilityMention | None:
    """A name typed ORG that, with the lower-case facility words after it, names a site: a known landmark
    ("Mariupol's Azovstal steel plant", "the Azovstal plant"), or, after a locative word, a facility in
    the place it is named after ("at the Osipovichi training ground"). Not the organisation alone ("the
    Kremlin said")."""
    longer = _landmark_extension(m, text, gaz)
    if longer is not None:
        return longer
    end = lowercase_suffix_end(doc, m.end)
    if end is None:
        return None
    hits = [c for c in gaz.lookup(m.text) if c.via != "alternate"]
    span = _Span(m.start, end, text[m.start:end], "FAC")
    marks = [c for c in hits if c.entry.kind == "landmark"]
    if marks:
        q = _Query(span, text, gaz)
        q.candidates = marks
        q.reasons.append(f"landmark '{m.text}' before '{text[m.end:end].strip()}'")
        return q
    if after_loc and hits:
        q = _Query(m, text, gaz)
        q.candidates = hits
        return _facility(span, text, gaz, q)
    return None


_OF_NAME = re.compile(r"^\s+of\s+((?:[A-Z][\w'’-]*)(?:[\s-]+[A-Z][\w'’-]*)*)")


def _of_place(m: MentionLike, text: str, gaz: Gazetteer) -> _Query | None:
    """"Afghan City of Mazar-i-Sharif": a settlement word then "of <place>" is that place."""
    if last_word(m.text).lower() not in _settlement_words():
        return None
    nxt = _OF_NAME.match(text[m.end: m.end + 60])
    if not nxt:
        return None
    end = m.end + nxt.end()
    span = _Span(m.start, end, text[m.start:end], m.label)
    q = _Query(span, text, gaz)
    q.candidates = gaz.lookup(nxt.group(1))
    q.reasons.append(f"'{nxt.group(1)}' after '{m.text} of'")
    return q if q.candidates else None


def _demonym_place(m: MentionLike, gaz: Gazetteer, dem: dict[str, str]) -> _Query | None:
    """"the Afghan city", "Syrian town": an unknown place phrase opened by a demonym is in its country."""
    first = re.match(r"(?:the\s+)?([A-Z][\w'’-]+)\s+\S", m.text)
    cc = dem.get(normalize(first.group(1))) if first else None
    if not cc or gaz.country(cc) is None:
        return None
    q = _Query(m, "", gaz)
    q.candidates = [Candidate(gaz.country(cc), "alias")]
    q.named_after = True
    q.reasons.append(f"'{first.group(1)}' opens the place phrase")
    return q


def _named_after(m: MentionLike, text: str, gaz: Gazetteer, dem: dict[str, str]) -> _Query | None:
    """A longer name that starts with a place or its demonym names that place ("Brazilian Grand Prix"); not a
    street ("Michigan Avenue", data/street_words.txt)."""
    if last_word(m.text).lower() in _street_words():
        return None
    q = _Query(m, text, gaz)
    lead = _leading_place(m.text, gaz)
    if lead is not None:  # "St. Petersburg State University", "New York University"
        word, q.candidates = lead
    else:
        first = re.match(r"(?:the\s+)?([A-Z][\w'’-]+)\s+\S", m.text)
        if not first:
            return None
        word = first.group(1)
        if word.lower() in _part_words() or word.lower() in _not_place_heads():
            return None  # "Eastern Military District", "Gulf of Finland" are named after no "Eastern" or "Gulf"
        cc = dem.get(normalize(word))
        if cc and gaz.country(cc):
            q.candidates = [Candidate(gaz.country(cc), "alias")]
        else:
            q.candidates = _named_after_candidates(gaz, word)
    if not q.candidates:
        return None
    q.named_after = True
    q.named_word = word
    q.reasons.append(f"named after '{word}'")
    return q


MAX_LEADING_WORDS = 3


def _named_after_candidates(gaz: Gazetteer, name: str) -> list[Candidate]:
    return [c for c in gaz.lookup(name) if c.via != "alternate" and (
        c.entry.kind in ("country", "region") or c.entry.population >= NAMED_AFTER_MIN_POPULATION)]


def _leading_place(name: str, gaz: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """A place of two or three capitalised words that a longer name opens with ("St. Petersburg State
    University": St. Petersburg), with its candidates."""
    parts = re.sub(r"^(?i:the)\s+", "", name.strip()).split()
    for n in range(min(MAX_LEADING_WORDS, len(parts) - 1), 1, -1):
        lead = parts[:n]
        if not all(w[:1].isupper() for w in lead):
            continue
        cands = _named_after_candidates(gaz, " ".join(lead))
        if cands:
            return " ".join(lead), cands
    return None


def _without(ctx: Counter, q: _Query, own: list[str] | None = None) -> Counter:
    """Context minus the mention's own evidence (a name is no evidence for itself)."""
    out = Counter(ctx)
    if own is None:
        ccs = q.countries()
        own = [next(iter(ccs))] if len(ccs) == 1 else []
    for cc in own:
        out[cc] -= 1
    return +out
