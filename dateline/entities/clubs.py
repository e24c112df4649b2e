"""Football clubs named after their city ("Lecce", "Empoli") in a match report.

:func:`city_clubs`: in an article that names a football cue of data/football_cues.txt (a league, a cup,
"striker"), a one-word name the model typed PERSON, NORP or PRODUCT that is a city of the gazetteer, is
nobody's name in the article and has no title or role, is the city's club (ORG). The same city written
untagged as the subject or owner in a clause ("Treviso had a chance", "Empoli's defeat") is the club too, when
the model or this rule typed it a club somewhere in the article; so is a city right before a score ("edged
Parma 1-0") and, then, the same city typed GPE as a subject or owner ("Parma had chances") or the object of a
verb of a match ("beat Dortmund", data/match_verbs.txt). A club's full name ending in its city ("Real Madrid", "Borussia Dortmund")
makes the city alone the club in those places too. A city typed GPE elsewhere ("in Florence") is left a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, rows
from .spans import Span, doc_words, is_cap, known_place, overlay

CITY_MIN_POPULATION = 15_000
CLUB_DEPS = ("nsubj", "nsubjpass", "poss")
MODEL_SOURCES = ("model", "same_name", "article_people")
SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")


@lru_cache(maxsize=1)
def _cues() -> re.Pattern:
    words = sorted((w for (w,) in rows("football_cues.txt", 1)), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _score_after(doc: Doc, i: int) -> bool:
    """Does a score ("1-0", "2 - 2") follow token i?"""
    nxt = doc[i: i + 3]
    return len(nxt) > 0 and bool(SCORE.match(nxt[0].text)) or len(nxt) == 3 and nxt[0].text.isdigit() and \
        nxt[1].text in ("-", "–") and nxt[2].text.isdigit()


@lru_cache(maxsize=1)
def _match_verbs() -> frozenset[str]:
    return frozenset(w for (w,) in rows("match_verbs.txt", 1))


def _played(doc: Doc, i: int) -> bool:
    """Is token i the object of a verb of a match ("beat Dortmund", "will face Lyon")?"""
    tok = doc[i]
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _match_verbs()


def city_clubs(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """City names used for their football club are ORGs in a football report (see the module's doc)."""
    words = doc_words(doc)
    if not _cues().search(words.text):
        return spans
    gaz = load_gazetteer()
    people = {t.text for s in spans if s.label == "PERSON" and (s.end - s.start > 1 or s.source not in MODEL_SOURCES)
              for t in doc[s.start: s.end]}
    clubs: set[str] = set()
    for s in spans:
        text = words.texts[s.start]
        if s.end - s.start != 1 or s.role or text in people or not is_cap(doc[s.start]) or \
                text.lower() in lex.labels or not known_place(gaz, text, CITY_MIN_POPULATION):
            continue
        if s.label == "ORG":
            clubs.add(text)  # "Siena climbed two places": the model's club
        elif s.label in ("PERSON", "NORP", "PRODUCT") and s.source in MODEL_SOURCES or _score_after(doc, s.end):
            s.label, s.source = "ORG", "club"  # "Lecce take a point", "edged Parma 1-0"
            clubs.add(text)
    for s in spans:  # "Real Madrid", "Borussia Dortmund": a club's full name; "Madrid" alone is the club too
        last = words.texts[s.end - 1]
        if s.label == "ORG" and s.end - s.start > 1 and is_cap(doc[s.end - 1]) and last not in people \
                and known_place(gaz, last, CITY_MIN_POPULATION):
            clubs.add(last)
    if not clubs:
        return spans
    for s in spans:  # "Parma had chances" made a place by the place rules: the club as the subject
        if s.label == "GPE" and s.end - s.start == 1 and words.texts[s.start] in clubs and not s.role and (
                words.deps[s.start] in CLUB_DEPS or _played(doc, s.start)):
            s.label, s.source = "ORG", "club"
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = [Span(i, i + 1, "ORG", "", "club") for i, w in enumerate(words.texts)
             if w in clubs and i not in covered and words.deps[i] in CLUB_DEPS and words.pos[i] in ("PROPN", "NOUN")
             and not (i + 1 < len(doc) and is_cap(doc[i + 1]))]
    return overlay(spans, found)
