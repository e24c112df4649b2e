"""People written with a nickname in quotation marks between their names.

Wire copy names people so: 'Sean "Diddy" Combs', 'Joaquin "El Chapo" Guzman', 'Dwayne "The Rock"
Johnson'. The small model cuts such a name into pieces of any label ("Sean" NORP, '"Diddy" Combs of sex'
WORK_OF_ART). :func:`nicknames`: a given name (data/given_names.txt) or the end of a PERSON, a nickname of
one to three capitalised words in quotation marks glued to it, and a capitalised proper noun right after
make one PERSON; the nickname itself is kept out of the person's name (see extract.py).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .lexicon import Lexicon
from .spans import Span, doc_words, is_cap, overlay

OPENING = frozenset({'"', "“", "``", "‘", "'"})
CLOSING = frozenset({'"', "”", "''", "’", "'"})
MAX_NICKNAME_TOKENS = 3
# 'Sean "Diddy" Combs': the names around a quoted nickname
QUOTED_NICKNAME = re.compile(r"^(\S.*?)\s+[\"“‘'`]{1,2}([^\"”’'`\s][^\"”’'`]*)[\"”’']{1,2}\s+(\S.*)$")


def without_nickname(name: str) -> str:
    """The name without a quoted nickname inside it ('Sean "Diddy" Combs' → "Sean Combs")."""
    m = QUOTED_NICKNAME.match(name)
    return f"{m.group(1)} {m.group(3)}" if m else name


def nickname_of(name: str) -> str | None:
    """The quoted nickname inside a name ('Sean "Diddy" Combs' → "Diddy"), or None."""
    m = QUOTED_NICKNAME.match(name)
    return m.group(2) if m else None


def _nickname_end(doc: Doc, q: int) -> int | None:
    """The closing quotation mark of a nickname whose opening mark is token ``q``, or None."""
    c = q + 1
    while c < len(doc) and c - q <= MAX_NICKNAME_TOKENS and doc[c].text not in CLOSING:
        if not (is_cap(doc[c]) or doc[c].text in ("-", ".")):
            return None
        c += 1
    if c >= len(doc) or c == q + 1 or doc[c].text not in CLOSING or doc[c - 1].whitespace_:
        return None
    return c


def nicknames(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A given name or a person's name, a quoted nickname and a surname are one PERSON (see the module)."""
    words = doc_words(doc)
    person_ending = {s.end: s for s in spans if s.label == "PERSON"}
    found: list[Span] = []
    q = 1
    while q < len(doc) - 3:
        prev = doc[q - 1]
        if words.texts[q] not in OPENING or doc[q].whitespace_ or not prev.whitespace_ or not is_cap(prev):
            q += 1
            continue
        first = person_ending.get(q)
        if first is None and prev.text not in lex.given_names:
            q += 1
            continue
        c = _nickname_end(doc, q)
        if c is None or c + 1 >= len(doc) or not doc[c].whitespace_:
            q += 1
            continue
        last = doc[c + 1]
        if not is_cap(last) or words.pos[c + 1] != "PROPN":
            q += 1
            continue
        end = c + 2
        found.append(Span(first.start if first else q - 1, end, "PERSON", first.role if first else "", "nickname"))
        q = end
    return overlay(spans, found)
