"""Pieces of run-on sentences: the part of a glued "sentence" that a timeline should show.

Pages without sentence punctuation glue photo captions, slideshow counters, embedded tweets with their
attribution, dated chronology lists ("March 2, 2015: The New York Times breaks the news ...") and share
buttons to the story's sentences, and the sentence splitter gives them back as one "sentence" of a
hundred words about five dates. :func:`piece` cuts such a sentence at the break patterns of
``run_on_breaks.tsv`` and returns the piece holding an event's trigger, so a summary shows that piece
and its citation points at it; :func:`is_furniture` tells a trigger that sits in the page's furniture
(a "RELATED STORIES" link list, a numbered slideshow of other news) and is no report of the story.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

_DIGIT = re.compile(r"\d")
KINDS = ("before", "after", "around", "furniture", "slideshow")
_SEASONS = "Spring|Summer|Fall|Autumn|Winter"


@cache
def _month_pattern() -> str:
    """Month names and abbreviations as a regex alternation, from the time tagger's month list."""
    from dateline.time.resources import load

    months = load().lists["month"]
    words = {w.rstrip(".") for w in months.words} | set(months.cased)
    names = sorted({w[:1].upper() + w[1:] for w in words if w.isalpha() and len(w) >= 3}, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


@cache
def break_patterns() -> dict[str, list[re.Pattern]]:
    """``{kind: [pattern, ...]}`` from ``run_on_breaks.tsv``."""
    out: dict[str, list[re.Pattern]] = {k: [] for k in KINDS}
    text = resources.files(__package__).joinpath("run_on_breaks.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in KINDS:
            raise ValueError(f"run_on_breaks.tsv:{n}: expected 'kind<TAB>pattern' with a kind of {KINDS}")
        pattern = parts[1].replace("{MONTH}", _month_pattern()).replace("{SEASON}", _SEASONS)
        out[parts[0]].append(re.compile(pattern))
    return out


@lru_cache(maxsize=50_000)
def _layout(sentence: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...], int]:
    """(break offsets, spans that are no summary, where furniture starts or len(sentence))."""
    pats = break_patterns()
    if not _DIGIT.search(sentence):  # most patterns need a number (a date, a counter): leave them out
        pats = {k: [p for p in v if "\\d" not in p.pattern] for k, v in pats.items()}
    cuts: set[int] = set()
    dead: list[tuple[int, int]] = []
    for p in pats["before"]:
        cuts.update(m.start() for m in p.finditer(sentence))
    for p in pats["after"]:
        cuts.update(m.end() for m in p.finditer(sentence))
    for p in pats["around"]:
        for m in p.finditer(sentence):
            cuts.update((m.start(), m.end()))
            dead.append(m.span())
    furniture = len(sentence)
    for p in pats["furniture"]:
        for m in p.finditer(sentence):
            furniture = min(furniture, m.start())
    if sum(len(p.findall(sentence)) for p in pats["slideshow"]) >= 2:
        furniture = 0
    cuts = {c for c in cuts if 0 < c < len(sentence)}
    if furniture < len(sentence):
        cuts.add(furniture)
    return tuple(sorted(cuts)), tuple(dead), furniture


def is_furniture(sentence: str, rel_start: int) -> bool:
    """Whether the trigger starting at ``rel_start`` of ``sentence`` sits in the page's furniture: after
    "RELATED STORIES" or "Play slideshow", in a share button, or anywhere in a numbered slideshow of
    captions ("Getty 4/19 ... Getty 5/19 ...")."""
    _, dead, furniture = _layout(sentence)
    return rel_start >= furniture or any(a <= rel_start < b for a, b in dead)


def piece(sentence: str, rel_start: int) -> tuple[int, int]:
    """(start, end) within ``sentence`` of the piece of a run-on sentence that holds the character
    ``rel_start`` (an event's trigger), stripped of spaces; the whole sentence (as it is) when nothing
    breaks it."""
    cuts, _, _ = _layout(sentence)
    if not cuts:
        return 0, len(sentence)
    a, b = 0, len(sentence)
    for c in cuts:
        if c <= rel_start:
            a = c
        else:
            b = c
            break
    a, b = _strip(sentence, a, b)
    if len(sentence[a:b].split()) < 3:  # a bare header or credit: the sentence says more
        return 0, len(sentence)
    return a, b


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
