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

Older and translated news type a double mark as two single ones: ‘‘ or `` for “, ’’ for ” and
'' for " (:func:`doubled_marks`). Such a pair counts as one double mark when it acts as one: of
three in a row the outer two are the pair and the third a nested single mark ("...
‘vital’’’ he said"), and a closing pair followed by another closing mark before any opening one
("“He praised the ‘teachers’’ union,” she said") is a possessive or a nested quote's end.
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
# single marks that, typed twice, stand for a double one
DOUBLED_OPENERS = "‘`"
DOUBLED_CLOSERS = "’"
DOUBLABLE = "‘’'`"

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
    tail: bool = False  # the words after a dash attribution inside a dash quotation ("A - said X - [B]")
    split: bool = False  # either piece of such a quotation ("[A] - said X - [B]")

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the quoted words without the marks and surrounding spaces."""
        s, e = self.start + 1, self.end - (0 if self.open_end else 1)
        while s < e and (text[s].isspace() or text[s] in DOUBLABLE and text[s - 1] == text[s]):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in "’'" and text[e] == text[e - 1]):
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


def _role(text: str, i: int, start: int, end: int, openers: str, closers: str,
          wide: frozenset[int] = frozenset()) -> str:
    """'open', 'close' or 'either' for the mark at ``text[i]`` in the paragraph start..end
    (``wide``: the first characters of marks typed as two, :func:`doubled_marks`)."""
    ch = text[i]
    w = 2 if i in wide else 1
    before = text[i - 1] if i > start else " "
    after = text[i + w] if i + w < end else " "
    if ch in openers or i in wide and ch in DOUBLED_OPENERS:
        # “ typed where a closer belongs: after a word and before a space or the end.
        if not before.isspace() and before not in _OPEN_BEFORE and (after.isspace() or i + 1 >= end):
            return "close"
        return "open"
    if ch in closers or i in wide and ch in DOUBLED_CLOSERS:
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
          straight: str, wide: frozenset[int] = frozenset()) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for i in marks:
        role = _role(text, i, start, end, openers, closers, wide)
        if open_at is None:
            if role in ("open", "either") or text[i] in straight:
                open_at = i
            continue
        if role in ("close", "either"):
            spans.append((open_at, i + (2 if i in wide else 1), False))
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


def _possessive(text: str, i: int, end: int) -> bool:
    """A closing pair shaped like a plural possessive typed twice ("the workers’’ pay")."""
    return text[i - 1:i] == "s" and text[i + 2:i + 3] == " " and text[i + 3:i + 4].islower() and i + 3 < end


def doubled_marks(text: str, start: int, end: int) -> frozenset[int]:
    """Where two single marks typed in a row stand for one double mark in the paragraph
    start..end (‘‘word’’, ``word'', ''word''): the offset of the first of the two.

    Of three in a row, the pair is the outer two: the last two of closing marks ("... ‘vital’’’",
    a nested quote's end and the pair) and the first two of opening ones. Of a closing pair and a closing mark
    right after it, the one shaped like a plural possessive is no double mark ("the workers’’
    pay"), nor is a pair before a closing double mark ("“I told him ‘no.’’ Then he left,” she said":
    the end of a nested quote inside a quotation that closes later); two pairs that close in a row
    both stay (a quotation that lost its opening mark)."""
    pairs: list[int] = []
    i = start
    while i < end:
        ch = text[i]
        if ch not in DOUBLABLE:
            i += 1
            continue
        k = i
        while k < end and text[k] == ch:
            k += 1
        run = k - i
        closing = i > start and not text[i - 1].isspace() and text[i - 1] not in _OPEN_BEFORE
        if run == 2:
            pairs.append(i)
        elif run == 3:
            pairs.append(i + 1 if closing and ch not in DOUBLED_OPENERS else i)
        i = k
    wide = frozenset(pairs)
    marks = sorted([j for j in range(start, end) if text[j] in ALL_DOUBLE] + pairs)
    roles = [_role(text, j, start, end, OPENERS, CLOSERS, wide) for j in marks]
    dropped: set[int] = set()
    for n, p in enumerate(marks[:-1]):
        if p not in wide or p in dropped or text[p] in DOUBLED_OPENERS or "close" != roles[n] or "close" != roles[n + 1]:
            continue
        q = marks[n + 1]  # two closing marks in a row: one of them may be no double mark
        if q in wide and _possessive(text, q, end) and not _possessive(text, p, end):
            dropped.add(q)
        elif q not in wide or _possessive(text, p, end):
            dropped.add(p)  # (two pairs that close in a row: a quotation that lost its opening mark)
    kept = [p for p in pairs if p not in dropped]
    return frozenset(kept)


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
        # (also before a bracket the writer put in: "'(I want) to say thank you,' he said")
        word = after.isalpha() or after in "([" and text[i + 2:i + 3].isalpha()
        opens = (i == start or before.isspace() or before in "([{—–:") and word
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
        bare = _bare_dash_quote(text, start, end)
        if bare and not any(q.start <= bare[0][0] < q.end for q in out):
            out.extend(Quoted(a, b, n, dash=True, tail=k > 0, split=len(bare) > 1) for k, (a, b) in enumerate(bare))
    out.sort(key=lambda q: q.start)
    return out


_SENTENCE_END = re.compile(r"[.!?][\"”»]?\s*(?=[A-Z\"“„«])|[.!?][\"”»]?[ \t]")


_RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "what", "where", "when"})
_STOP = re.compile(r"[.!?](?=[\"”»]?(?:\s|[-–—]|$))")


def _bare_dash_quote(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A dash quotation whose opening dash the writer left out, at the start of a paragraph: "The
    situation is difficult - said the governor." The paragraph's first sentence, up to a spaced
    dash right before a verb of saying (in the first three words after it: "- said X", "- he
    added"), with no other dash or double mark before it, no verb of saying before the dash and
    no "that" after the attribution (an aside: "X - he told the AP that ..."). The attribution may
    stand between two dashes inside the quotation ("Military actions - said Eberhardt - are
    possible, but ..."): then the words after the second dash, to the sentence end, are a second
    piece (``tail``). Returns the ranges (the first with its closing dash), or none."""
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    if lead >= end or text[lead] in _DASHES or not text[lead].isupper():
        return []
    close = next(_DASH_CLOSE.finditer(text, lead, end), None)
    if close is None:
        return []
    words = _WORD.findall(text, close.end(), min(end, close.end() + 60))[:3]
    if not any(w.lower() in SAYING_FORMS for w in words) or words[0].lower() in _RELATIVES:
        return []  # ("... as a fight against neo-Nazis - who he says are ...": a relative clause)
    inner = text[lead:close.start()]
    stop = _STOP.search(text, close.end(), end)
    tail_end = stop.start() + 1 if stop else end
    if any(w.lower() in SAYING_FORMS for w in _WORD.findall(inner)) or " that " in text[close.end():tail_end]:
        return []  # "Axelrod noted that ... - he wrote ...", "X - he told the AP that ...": an aside
    if (any(c in inner for c in ALL_DOUBLE) or any(c in inner for c in _DASHES + ":;")
            or _SENTENCE_END.search(inner)):
        return []
    # "Military actions - said Eberhardt - they are possible, ...": a second dash close after the
    # attribution (at most five words) goes on with the quotation to the sentence end
    second = next(_DASH_CLOSE.finditer(text, close.end(), tail_end), None)
    if second is not None and len(_WORD.findall(text, close.end(), second.start())) <= 5:
        rest = text[second.end():tail_end]
        if rest.count(" ") >= 2 and not any(c in rest for c in ALL_DOUBLE):
            return [(lead, close.start() + 2), (second.end(), tail_end)]
    if inner.count(" ") < 2:
        return []
    return [(lead, close.start() + 2)]


MAX_RUN = 40  # paragraphs a quotation may run over without reopening them


def _runs(text: str, paras: list[tuple[int, int]], marks: list[list[int]],
          doubles: list[list[tuple[int, int, bool]]], wide: frozenset[int] = frozenset()) -> dict[int, tuple[int, int]]:
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
        if k >= len(paras) or k - n > MAX_RUN:
            n = k
            continue
        first = marks[k][0]
        start, end = paras[k]
        before = text[first - 1] if first > start else " "
        after = text[first + 1] if first + 1 < end else " "
        if first in wide:
            after = text[first + 2] if first + 2 < end else " "
        closes = text[first] in CLOSERS or text[first] in STRAIGHT + "’'" and not before.isspace() and (
            first + 1 >= end or after.isspace() or after in ".,;:!?)")
        if not closes:
            # a straight mark typed between spaces after a comma or stop, when the line's marks are
            # odd, closes too (a quotation broken over lines of one sentence each, marks spaced:
            # '"If I had to pick someone, ...\nI think he's great, " he says.')
            closes = (text[first] in STRAIGHT and before.isspace() and (first + 1 >= end or after.isspace())
                      and text[start:first].rstrip()[-1:] in (",", ".", "!", "?") and len(marks[k]) % 2 == 1)
        if closes and k == n + 1 and _credit_line(text, start, first, end):
            closes = False
        if closes:
            for j in range(n + 1, k):
                out[j] = paras[j]
            out[k] = (start, first + (2 if first in wide else 1))
            doubles[k] = [d for d in doubles[k] if d[0] != first]
        n = k
    return out


def _credit_line(text: str, start: int, mark: int, end: int) -> bool:
    """A line that only names the speaker of a pull quote, inside its closing mark ('"We ...\nDean
    Baker, Center for Economic and Policy Research."'): the mark ends the line after a stop and the
    line is a few words opening with two capitalized ones."""
    words = text[start:mark].split()
    return (text[mark + 1:end].strip() == "" and text[start:mark].rstrip().endswith(".") and len(words) <= 8
            and len(words) >= 2 and all(w[:1].isupper() for w in words[:2]))


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in order, marks included."""
    found: list[Quoted] = []
    paras = list(paragraphs(text))
    wide = frozenset().union(*(doubled_marks(text, start, end) for start, end in paras))
    marks_of = [[i for i in range(start, end) if text[i] in ALL_DOUBLE or i in wide] for start, end in paras]
    doubles_of = [_pair(text, start, end, marks, OPENERS, CLOSERS, STRAIGHT, wide)
                  for (start, end), marks in zip(paras, marks_of, strict=True)]
    runs = _runs(text, paras, marks_of, doubles_of, wide)
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
                   if not any(s <= i < e for s, e in cover) and i not in wide and i - 1 not in wide]
        for s, e, open_end in _pair(text, start, end, singles, SINGLE_OPENERS, SINGLE_CLOSERS, ""):
            # an unclosed single mark is far more often an apostrophe than a quotation
            if not open_end and e - s > 2 and any(c.isalpha() for c in text[s:e]):
                found.append(Quoted(s, e, n, single=True))
    found += [q for q in find_dash_quoted(text) if not any(o.start < q.end and q.start < o.end for o in found)]
    found.sort(key=lambda q: q.start)
    return found
