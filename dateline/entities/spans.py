"""Token spans of named mentions, and the small tests on tokens that the mending rules share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(slots=True)
class Span:
    """A token span [start, end) with its label, role and the rule that made it."""

    start: int
    end: int
    label: str
    role: str = ""
    source: str = "model"


def is_cap(tok: Token) -> bool:
    """Does the token start with a capital letter and hold a letter?"""
    return bool(tok.text) and tok.text[0].isupper() and any(ch.isalpha() for ch in tok.text)


def known_place(gaz, name: str, min_population: int) -> bool:
    """Is the name, by its own name or an alias, a country, a region or a place of that many people?"""
    for c in gaz.lookup(name):
        if c.via == "alternate":
            continue
        if c.entry.kind in ("country", "region") or c.entry.population >= min_population:
            return True
    return False


def overlay(spans: list[Span], found: list[Span], title_tokens: set[int] = frozenset()) -> list[Span]:
    """Put rule-made spans over the model's, dropping model spans they overlap or that lie in a title."""
    if not found:
        return spans
    taken = {k for f in found for k in range(f.start, f.end)}
    kept = [s for s in spans if not any(k in taken or k in title_tokens for k in range(s.start, s.end))]
    return sorted(kept + found, key=lambda s: s.start)
