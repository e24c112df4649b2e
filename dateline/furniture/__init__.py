"""Page furniture inside an article's text: what a news page wraps around the report.

Text taken from web pages carries buttons, captions and sign-up boxes in among the report's own
sentences ("... in the sport Click to share on WhatsApp (Opens in new window)", "Image caption
Protesters gathered in Union Square", a newsletter box between "skip past newsletter promotion"
and "after newsletter promotion"). This layer finds them by character offsets, from the text alone
(no parse), so that every analysis layer reads the same page the same way: entities take no names
from them, events take no events.

* :func:`block_ranges` — whole boxes, from a start phrase to the next end phrase
  (``data/blocks.tsv``).
* :func:`glued_spans` — buttons, notices and caption words glued into running text
  (``data/glued_phrases.txt``); only their own words are furniture, not the sentence around them.
* :func:`furniture_ranges` — both, sorted.

The phrases are data: a new button is a new line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..datafiles import table_rows

DATA = Path(__file__).parent / "data"
# a box longer than this is no sign-up box: its end phrase belongs elsewhere
MAX_BLOCK_CHARS = 3000


def _lines(name: str, width: int) -> list[list[str]]:
    return table_rows(DATA / name, width)


@lru_cache(maxsize=1)
def _blocks() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((re.compile(re.escape(a), re.IGNORECASE), re.compile(re.escape(b), re.IGNORECASE))
                 for a, b in _lines("blocks.tsv", 2))


def _edge(phrase: str, end: bool) -> str:
    """A word boundary at a phrase's edge when that edge is a word character ("Read more", not
    "(Opens in new window)")."""
    c = phrase[-1] if end else phrase[0]
    return r"\b" if c.isalnum() else ""


@lru_cache(maxsize=1)
def _glued() -> re.Pattern[str] | None:
    phrases = sorted({p.lower() for (p,) in _lines("glued_phrases.txt", 1)}, key=len, reverse=True)
    if not phrases:
        return None
    alternatives = "|".join(_edge(p, False) + re.escape(p).replace(r"\ ", r"\s+") + _edge(p, True)
                            for p in phrases)
    return re.compile(f"(?:{alternatives})", re.IGNORECASE)


def block_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the page's boxes (a newsletter sign-up box)."""
    out = []
    for start, end in _blocks():
        for m in start.finditer(text):
            e = end.search(text, m.end(), m.end() + MAX_BLOCK_CHARS)
            if e is not None:
                out.append((m.start(), e.end()))
    return sorted(out)


def glued_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of buttons, notices and caption words glued into the text
    ("Click to share on", "(Opens in new window)", "Image caption"), case-insensitively."""
    pattern = _glued()
    return [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """All furniture of a text: boxes and glued phrases, sorted by start."""
    return sorted(block_ranges(text) + glued_spans(text))


def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character position lies inside one of the ranges."""
    return any(a <= pos < b for a, b in ranges)
