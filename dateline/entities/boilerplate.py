"""Page furniture inside an article's text: a newsletter sign-up box between "skip past newsletter
promotion" and "after newsletter promotion" names no entity of the article (data/boilerplate_blocks.tsv).

:func:`boilerplate` drops the spans that lie inside such a block.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import Lexicon, rows
from .spans import Span, doc_words

MAX_BLOCK_CHARS = 3000  # a block longer than this is no sign-up box: its end phrase belongs elsewhere


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


def boilerplate(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Spans inside a boilerplate block are dropped (see the module's doc)."""
    ranges = block_ranges(doc_words(doc).text)
    if not ranges:
        return spans
    return [s for s in spans if not any(a <= doc[s.start].idx and doc[s.end - 1].idx < b for a, b in ranges)]
