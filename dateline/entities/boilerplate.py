"""Page furniture inside an article's text: a newsletter sign-up box between "skip past newsletter
promotion" and "after newsletter promotion" names no entity of the article (data/boilerplate_blocks.tsv).

:func:`boilerplate` drops the spans that lie inside such a block, the hashtags and handles ("#LoveTrumpsHate",
"(@SeattlePD)": no name of the article's own), and cuts caption words out of names ("Union Square Image
caption" -> "Union Square"; data/furniture_phrases.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import Lexicon, rows
from .spans import Span, doc_words

MAX_BLOCK_CHARS = 3000  # a block longer than this is no sign-up box: its end phrase belongs elsewhere


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str] | None:
    phrases = [p for (p,) in rows("furniture_phrases.txt", 1)]
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _blocks() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [(re.compile(re.escape(a), re.IGNORECASE), re.compile(re.escape(b), re.IGNORECASE))
            for a, b in rows("boilerplate_blocks.tsv", 2)]


def block_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the boilerplate blocks of a text."""
    out = []
    for start, end in _blocks():
        for m in start.finditer(text):
            e = end.search(text, m.end(), m.end() + MAX_BLOCK_CHARS)
            if e is not None:
                out.append((m.start(), e.end()))
    return out


def _cut(doc: Doc, s: Span, ranges: list[tuple[int, int]]) -> Span | None:
    """The span without the tokens inside the caption phrases: the longest piece left, or None."""
    pieces: list[list[int]] = [[]]
    for k in range(s.start, s.end):
        if any(a <= doc[k].idx < b for a, b in ranges):
            pieces.append([])
        else:
            pieces[-1].append(k)
    best = max(pieces, key=len)
    while best and doc[best[-1]].is_punct:  # "Facebook (Opens in new window": no bracket left at the end
        best.pop()
    while best and doc[best[0]].is_punct:
        best.pop(0)
    if not best or not any(ch.isalpha() for k in best for ch in doc[k].text):
        return None
    return Span(best[0], best[-1] + 1, s.label, s.role, s.source)


def boilerplate(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Spans inside a boilerplate block, hashtags and handles are dropped; caption words are cut out of
    names (see the module's doc)."""
    text = doc_words(doc).text
    ranges = block_ranges(text)
    pattern = _furniture()
    furniture = [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []
    out = []
    for s in spans:
        start = doc[s.start].idx
        if any(a <= start and doc[s.end - 1].idx < b for a, b in ranges):
            continue
        if start > 0 and text[start - 1] in "#@":
            continue  # "#CountryOfKindness", "@SeattlePD"
        if furniture and any(a < doc[s.end - 1].idx + len(doc[s.end - 1].text) and start < b for a, b in furniture):
            cut = _cut(doc, s, furniture)
            if cut is None:
                continue
            s = cut
            label = lex.labels.get(doc[s.start: s.end].text.lower())
            if label:  # "Click to share on Facebook (Opens in new window)": the table's label once cut out
                s.label = label
        out.append(s)
    return out
