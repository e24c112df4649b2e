"""Kinds of names told by the word at their end or right after them.

- :func:`media_names`: a name of two words or more ending in a newspaper word (data/media_words.txt) is an
  ORG: the small model reads "Sydney Morning Herald" as an EVENT and "the Kyiv Post" as a place.
- :func:`exercise_names`: the capitalised words right before a lower-case exercise noun
  (data/exercise_nouns.txt), with a year or number among them, name an EVENT ("the Allied Resolve 2022
  exercise", "Sea Breeze drills"); not a demonym, an acronym, a place or a name of the label table ("NATO
  exercises", "Russian drills", "Belarus drills").
- :func:`team_names`: a city and the capitalised plural after it are a team's name ("Dallas Cowboys").
- :func:`team_nicknames`: that plural alone, and a capitalised plural right after "the" that is no place,
  people or family of the article, is the team, an ORG ("the Chargers", "the Eagles' practice squad").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, rows, word_set
from .spans import Span, doc_words, is_cap, overlay

MEDIA_FROM = {"EVENT", "WORK_OF_ART", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "NORP"}
MAX_EXERCISE_WORDS = 4
TEAM_CITY_MIN_POPULATION = 100_000
MAX_TEAM_WORDS = 2  # capitalised words after the city ("Red Sox")
TEAM_PART_LABELS = {"ORG", "NORP", "PERSON", "PRODUCT", "WORK_OF_ART"}  # "Denver" GPE + "Broncos" PERSON
NICKNAME_FROM = {"PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}
_NUMBER_PLURAL = re.compile(r"\d+[a-z]*ers")  # "76ers", "49ers"


@lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    return frozenset(w for (w,) in rows("media_words.txt", 1))


def exercise_nouns() -> frozenset[str]:
    return word_set("exercise_nouns.txt")


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


@lru_cache(maxsize=1)
def _team_words() -> frozenset[str]:
    return frozenset(w for (w,) in rows("team_words.txt", 1))


def _team_not_words() -> frozenset[str]:
    return word_set("team_not_words.txt")


def _city(gaz, name: str) -> bool:
    """Is the name a city of that many people (not only a country or a region)?"""
    return any(c.via != "alternate" and c.entry.kind == "city" and c.entry.population >= TEAM_CITY_MIN_POPULATION
               for c in gaz.lookup(name))


def _plural_name(doc: Doc, a: int, b: int, lex: Lexicon) -> bool:
    """Are tokens a..b capitalised words ending in a club word or a plural that is no demonym, event or place
    word?"""
    if not 0 < b - a <= MAX_TEAM_WORDS or any(not (is_cap(t) or _NUMBER_PLURAL.fullmatch(t.text))
                                              or t.pos_ not in ("PROPN", "NOUN", "NUM")
                                              or t.lower_ in lex.drop_words for t in doc[a:b]):
        return False
    last = doc[b - 1].text
    if last in _team_words():
        return True  # "Manchester United", "Leicester City"
    dem = demonyms()
    return (len(last) > 3 and last.endswith("s") and not last.endswith(("'s", "ss")) and last.lower() not in
            _team_not_words() and normalize(last) not in dem and normalize(last[:-1]) not in dem)


def team_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A city and the capitalised plural word after it are a team's name, an ORG (see the module's doc)."""
    gaz = load_gazetteer()
    at = {k: s for s in spans for k in range(s.start, s.end)}
    found = []
    for s in spans:
        if s.label in ("PERSON", "NORP", "GPE", "LOC") and 2 <= s.end - s.start <= 4:  # "Seattle Seahawks" PERSON
            for k in range(s.start + 1, s.end):
                if _plural_name(doc, k, s.end, lex) and _city(gaz, doc[s.start:k].text) and \
                        not gaz.lookup(doc[s.start: s.end].text):
                    s.label, s.source = "ORG", "team"
                    break
            continue
        if s.label != "GPE" or s.end - s.start > 3 or s.end >= len(doc) or doc[s.end - 1].whitespace_ != " ":
            continue
        for j in range(s.end + MAX_TEAM_WORDS, s.end, -1):  # "Dallas" GPE + "Cowboys" ORG or untagged
            if j > len(doc) or any(at.get(k) is not None and (at[k].label not in TEAM_PART_LABELS or at[k].end > j)
                                   for k in range(s.end, j)):
                continue
            if _plural_name(doc, s.end, j, lex) and _city(gaz, doc[s.start: s.end].text) and \
                    not gaz.lookup(doc[s.start: j].text):
                found.append(Span(s.start, j, "ORG", "", "team"))
                break
    return overlay(spans, found)


def team_nicknames(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A team's nickname on its own is an ORG: the plural words of a "<city> <plural>" team the article names
    ("the San Diego Chargers ... the Chargers" PRODUCT), and a capitalised plural name right after "the" that
    no place, people or family of the article is ("the Tar Heels are" PERSON, "the Eagles' squad" GPE; not
    "the Philippines", "the Democrats", "the Clintons" when a Clinton is named, "the Alps")."""
    gaz = load_gazetteer()
    texts = doc_words(doc).texts
    nicknames = set()
    for s in spans:  # "San Diego Chargers" ORG: "Chargers"
        if s.label == "ORG" and 2 <= s.end - s.start <= 4:
            for k in range(s.end - 1, max(s.start, s.end - MAX_TEAM_WORDS - 1), -1):
                if _plural_name(doc, k, s.end, lex) and _city(gaz, doc[s.start:k].text):
                    nicknames.add(doc[k: s.end].text)
                    break
    surnames = {texts[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    sure: set[str] = set()
    for s in spans:
        text = doc[s.start: s.end].text
        if s.label not in NICKNAME_FROM or s.end - s.start > MAX_TEAM_WORDS:
            continue
        if text in nicknames:
            sure.add(text)
            continue
        last = texts[s.end - 1]
        if s.end < len(doc) and doc[s.end].pos_ == "NOUN" and doc[s.end].is_lower:
            continue  # "the Processes tab": a name before a noun
        if s.start == 0 or doc[s.start - 1].lower_ != "the" or not last.endswith("s") or \
                not _plural_name(doc, s.start, s.end, lex) or {last, last[:-1], last[:-2]} & surnames or \
                gaz.lookup(text) or text.lower() in lex.labels:  # "the Windy City", "the Jeffs"
            continue
        sure.add(text)
    if not sure and not nicknames:
        return spans
    for s in spans:
        if s.label in NICKNAME_FROM and doc[s.start: s.end].text in sure:
            s.label, s.source = "ORG", "team"
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    for name in sure | nicknames:  # the nickname written again and left untagged ("Saints RBs")
        n = len(name.split())
        for i, word in enumerate(texts):
            if word == name.split()[0] and doc[i: i + n].text == name and \
                    not any(k in covered for k in range(i, i + n)):
                found.append(Span(i, i + n, "ORG", "", "team"))
    return overlay(spans, found) if found else spans
