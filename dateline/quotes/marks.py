"""Quotation marks: find the quoted stretches of a text, paragraph by paragraph.

News writes quotations with curly marks (“ ”), straight ones (") or, in headlines and for
quotes inside quotes, single marks (‘ ’ '). Marks come unbalanced: a quotation that runs over
several paragraphs opens every paragraph and closes only the last one, and typing slips turn
a closing mark into an opening one. The scanner works on one paragraph at a time (a line of
the text), decides for each mark whether it opens or closes from the characters around it,
and pairs marks left to right:

* an opening mark with no closing mark before the paragraph ends quotes to the paragraph's
  end (``open_end``): the quotation continues in the next paragraph;
* a second opening mark while a quotation is open ends the first one just before it;
* a closing mark with nothing open is ignored, unless it is a straight mark, which is read
  as an opening one.

Single marks are only paired outside double-quoted stretches, open at the start of a word
(so "don't" and "'90s" inside a word do not count) and close at the end of one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

OPENERS = "“„«‟\u2036"  # \u2036 reversed double prime, typed as an opening mark
CLOSERS = "”»\u2033"  # \u2033 double prime, typed as a closing mark ("... use it,\u2033 he added")
STRAIGHT = '"'
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "’›"
SINGLE_STRAIGHT = "'"
ALL_DOUBLE = OPENERS + CLOSERS + STRAIGHT

# Characters after which a straight mark opens a quotation ("said, "We ...", (", — ").
_OPEN_BEFORE = set(" \t\n([{")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch of text between quotation marks, marks included.

    ``open_end`` is True when the quotation ran to the end of its paragraph without a closing
    mark (it continues in the next paragraph); ``single`` when single marks enclose it; ``dash``
    when dashes do (:func:`find_dash_quoted`); ``run`` when it is part of a quotation that runs
    over paragraphs without reopening them and closes later (:func:`_runs`).
    """

    start: int
    end: int
    paragraph: int
    open_end: bool = False
    single: bool = False
    dash: bool = False
    run: bool = False

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the quoted words without the marks and surrounding spaces."""
        s, e = self.start + 1, self.end - (0 if self.open_end else 1)
        while s < e and (text[s].isspace() or text[s] in "'`" and text[s - 1] == text[s]):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == "'" and text[e] == "'"):
            e -= 1
        return s, e


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every non-blank line of ``text``."""
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and not text[s:e].isspace():
            yield s, e


def _role(text: str, i: int, start: int, end: int, openers: str, closers: str) -> str:
    """'open', 'close' or 'either' for the mark at ``text[i]`` in the paragraph start..end."""
    ch = text[i]
    w = _width(text, i, end)
    before = text[i - 1] if i > start else " "
    after = text[i + w] if i + w < end else " "
    if ch in openers or ch == "`":
        # “ typed where a closer belongs: after a word and before a space or the end.
        if not before.isspace() and before not in _OPEN_BEFORE and (after.isspace() or i + 1 >= end):
            return "close"
        return "open"
    if ch in closers:
        # ” typed where an opener belongs: after a space and before a word.
        if (before.isspace() or i == start) and after.isalnum():
            return "open"
        return "close"
    if before.isspace() and after.isspace():
        return "either"  # 'a ' " b': a mark between spaces closes what is open, else opens
    if i == start or before in _OPEN_BEFORE:
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-" or i + w >= end:
        return "close"
    if before in "—–-/":
        return "open"
    return "either"


def _pair(text: str, start: int, end: int, marks: list[int], openers: str, closers: str,
          straight: str) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for i in marks:
        role = _role(text, i, start, end, openers, closers)
        if open_at is None:
            if role in ("open", "either") or text[i] in straight:
                open_at = i
            continue
        if role in ("close", "either"):
            spans.append((open_at, i + _width(text, i, end), False))
            open_at = None
        else:  # a new opening mark while one is open: the first quotation ends before it
            stop = i
            while stop > open_at + 1 and text[stop - 1].isspace():
                stop -= 1
            spans.append((open_at, stop, True))
            open_at = i
    if open_at is not None:
        spans.append((open_at, end, True))
    return spans


def _width(text: str, i: int, end: int) -> int:
    return 2 if i + 1 < end and text[i] in "'`" and text[i + 1] == text[i] else 1


def _doubled(text: str, i: int, start: int, end: int) -> bool:
    """The first of two apostrophes or backquotes typed as one double mark (''word'', ``word'')."""
    return (i + 1 < end and text[i] in "'`" and text[i + 1] == text[i]
            and (i == start or text[i - 1] != text[i]))


def _single_marks(text: str, start: int, end: int) -> list[int]:
    """Single marks that can open or close a quotation (not apostrophes inside words)."""
    out = []
    for i in range(start, end):
        ch = text[i]
        if ch not in SINGLE_OPENERS + SINGLE_CLOSERS + SINGLE_STRAIGHT:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before.isalnum() and after.isalnum():  # don't, O'Brien
            continue
        opens = (i == start or before.isspace() or before in "([{—–:") and after.isalpha()
        closes = (not before.isspace()) and (i + 1 >= end or not after.isalnum())
        if ch in SINGLE_OPENERS and opens or ch in SINGLE_CLOSERS + SINGLE_STRAIGHT and (opens or closes):
            out.append(i)
    return out


_DASHES = "-–—"
# a dash opening a quotation: at the start of a paragraph or right after a sentence ("...Russia.- We
# ...", also one that ends in a quotation: '... "the conflict."- Russia is ...')
_DASH_OPEN = re.compile(r"(?:^|(?<=[.!?])|(?<=[.!?][\"”»]))[ \t]*[-–—][ \t]+(?=[A-Z\"“])", re.M)
# the dash closing it: a spaced dash before the lower-case attribution ("... time - said a spokesman")
_DASH_CLOSE = re.compile(r"[ \t][-–—][ \t]+(?=[a-z])")
_DASH_CLOSE_NAME = re.compile(r"[ \t][-–—][ \t]+(?=[A-Z])")


_WORD = re.compile(r"[A-Za-z]+")
SAYING_FORMS = frozenset({"said", "told", "wrote", "says", "tells", "writes", "spoke", "added", "noted", "stressed",
                          "emphasized", "emphasised", "explained", "pointed", "stated", "declared", "assured",
                          "admitted", "announced", "replied", "answered", "argued", "warned", "continued",
                          "underlined", "recalled", "asked", "commented", "insisted", "concluded", "claimed",
                          "reported", "informed", "summed", "indicated", "highlighted", "adds", "notes"})


def _attribution_after(text: str, at: int, end: int) -> bool:
    """Do the first words after a dash (to the end of the sentence, at most five) hold a verb of
    saying ("- said Duda", "- the president pointed out")?"""
    stop = min([k for k in (text.find(". ", at, end), text.find(".", at, end)) if k >= 0] or [end])
    words = _WORD.findall(text, at, stop)[:5]
    return any(w.lower() in SAYING_FORMS for w in words)


def find_dash_quoted(text: str) -> list[Quoted]:
    """Quotations set off by dashes, as Polish, Ukrainian and Russian news (and translations
    of it) write them: "- The investigation is underway - said a spokesman." A dash opens the
    quotation at the start of a paragraph or of a sentence, and a spaced dash followed by a
    lower-case word (the attribution) closes it in the same paragraph; a dash with no such
    close (a list item, an aside) quotes nothing."""
    out = []
    for n, (start, end) in enumerate(paragraphs(text)):
        for m in _DASH_OPEN.finditer(text, start, end):
            s = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
            # (a dash before a capital closes too when a verb of saying follows: "... - Johnson told")
            closes = sorted([*_DASH_CLOSE.finditer(text, m.end(), end),
                             *(c for c in _DASH_CLOSE_NAME.finditer(text, m.end(), end)
                               if _attribution_after(text, c.end(), end))], key=lambda c: c.start())
            # the dash before the attribution ("... to Ukraine - in Kiev ... - said Duda"): the
            # first one followed by a verb of saying, else the first one
            close = next((c for c in closes if _attribution_after(text, c.end(), end)), closes[0] if closes else None)
            if close is None or any(c in text[m.end():close.start()] for c in ALL_DOUBLE):
                continue
            e = close.start() + 1 + len(close.group()[1:].rstrip(" \t"))
            if text[m.end():close.start()].count(" ") >= 2:
                out.append(Quoted(s, e, n, dash=True))
    return out


MAX_RUN = 40  # paragraphs a quotation may run over without reopening them


def _runs(text: str, paras: list[tuple[int, int]], marks: list[list[int]],
          doubles: list[list[tuple[int, int, bool]]]) -> dict[int, tuple[int, int]]:
    """Quotations that run over paragraphs without reopening them (a statement quoted whole):
    a quotation left open at the end of paragraph n, paragraphs with no double mark after it,
    and a paragraph whose first mark closes ('... the Peninsula.”'). Returns, for every
    paragraph after n that the run covers, the range quoted in it (``doubles`` is updated: the
    stray closing mark read as an opening one is dropped, the first quotation marked open)."""
    out: dict[int, tuple[int, int]] = {}
    n = 0
    while n < len(paras):
        if not doubles[n] or not doubles[n][-1][2] or doubles[n][-1][1] != paras[n][1]:
            n += 1
            continue
        k = n + 1
        while k < len(paras) and k - n <= MAX_RUN and not marks[k]:
            k += 1
        if k >= len(paras) or k - n > MAX_RUN or k == n + 1:
            n = k
            continue
        first = marks[k][0]
        start, end = paras[k]
        before = text[first - 1] if first > start else " "
        after = text[first + 1] if first + 1 < end else " "
        closes = text[first] in CLOSERS or text[first] == STRAIGHT and not before.isspace() and (
            first + 1 >= end or after.isspace() or after in ".,;:!?)")
        if closes:
            for j in range(n + 1, k):
                out[j] = paras[j]
            out[k] = (start, first + 1)
            doubles[k] = [d for d in doubles[k] if d[0] != first]
        n = k
    return out


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in order, marks included."""
    found: list[Quoted] = []
    paras = list(paragraphs(text))
    marks_of = [[i for i in range(start, end) if text[i] in ALL_DOUBLE or _doubled(text, i, start, end)]
                for start, end in paras]
    doubles_of = [_pair(text, start, end, marks, OPENERS, CLOSERS, STRAIGHT)
                  for (start, end), marks in zip(paras, marks_of, strict=True)]
    runs = _runs(text, paras, marks_of, doubles_of)
    for n, (start, end) in enumerate(paras):
        doubles = doubles_of[n]
        if n in runs:
            s, e = runs[n]
            found.append(Quoted(s, e, n, open_end=e == end, run=True))
        cover = [(s, e) for s, e, _ in doubles] + ([runs[n]] if n in runs else [])
        if n + 1 in runs and doubles and doubles[-1][2] and doubles[-1][1] == end:
            s, e, _ = doubles.pop()
            found.append(Quoted(s, e, n, open_end=True, run=True))
        for s, e, open_end in doubles:
            if e - s > 1:
                found.append(Quoted(s, e, n, open_end=open_end and e == end))
        singles = [i for i in _single_marks(text, start, end)
                   if not any(s <= i < e for s, e in cover) and text[i + 1:i + 2] != text[i]
                   and text[i - 1:i] != text[i]]
        for s, e, open_end in _pair(text, start, end, singles, SINGLE_OPENERS, SINGLE_CLOSERS, ""):
            # an unclosed single mark is far more often an apostrophe than a quotation
            if not open_end and e - s > 2 and any(c.isalpha() for c in text[s:e]):
                found.append(Quoted(s, e, n, single=True))
    found += [q for q in find_dash_quoted(text) if not any(o.start < q.end and q.start < o.end for o in found)]
    found.sort(key=lambda q: q.start)
    return found
