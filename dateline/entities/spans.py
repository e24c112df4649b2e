"""Token spans of named mentions, and the small tests on tokens that the mending rules share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from .lexicon import Lexicon


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


def known_place(gaz, name: str, min_population: int, alternates: bool = False) -> bool:
    """Is the name, by its own name or an alias, a country, a region or a place of that many people?
    With ``alternates``, a city of that many people known by the name as an alternate counts too
    ("Frankfurt" for Frankfurt am Main)."""
    for c in gaz.lookup(name):
        if c.via == "alternate" and not (alternates and c.entry.kind == "city"
                                         and c.entry.population >= min_population):
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


@dataclass(frozen=True, slots=True)
class DocWords:
    """Per-token strings of a parsed article, read once: the mending rules scan them many times, and each
    ``for tok in doc`` or ``doc.text`` builds every Token (or the whole text) again."""

    text: str
    texts: tuple[str, ...]
    lowers: tuple[str, ...]
    pos: tuple[str, ...]
    tags: tuple[str, ...]
    deps: tuple[str, ...]
    memo: dict  # results of pure tests on the article's token spans, by the test's own key


_LAST: list = [None, None]  # the last Doc read and its words (one article is mended at a time)


def doc_words(doc: Doc) -> DocWords:
    """The article's per-token strings, cached for the Doc last asked about (by identity)."""
    if _LAST[0] is doc:
        return _LAST[1]
    toks = list(doc)
    words = DocWords("".join(t.text_with_ws for t in toks), tuple(t.text for t in toks),
                     tuple(t.lower_ for t in toks), tuple(t.pos_ for t in toks), tuple(t.tag_ for t in toks),
                     tuple(t.dep_ for t in toks), {})
    _LAST[0], _LAST[1] = doc, words
    return words


def title_before(doc: Doc, i: int, lex: Lexicon) -> tuple[int, str] | None:
    """(start token, kind) of the longest title phrase that ends right before token i."""
    lowers = doc_words(doc).lowers
    for n in range(min(lex.title_max, i), 0, -1):
        kind = lex.titles.get(lowers[i - n: i])
        if kind:
            start = i - n
            while start > 0 and lowers[start - 1] in lex.modifiers:  # "deputy", "Deputy Chairman"
                start -= 1
            return start, kind
    return None
