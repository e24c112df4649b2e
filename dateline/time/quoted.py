"""Deictic words inside a quotation count from the day it was spoken, not from the article date.

'"Tomorrow we will sign the treaty," Putin said on Tuesday' in an article of Thursday: the speaker's
"tomorrow" is Wednesday. :func:`quoted_deixis` finds the quotations of each paragraph, the day their
words were said ("said on Tuesday", "Speaking on Tuesday, ...", "told reporters Tuesday") and counts
every expression of the quotation that the rules count from the article date ("today", "tomorrow",
"this week", "tonight") from that day instead. Quotations with no such day, or spoken on the
article's own day, are left as they are.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ..marks import find_quoted
from .resolve import Context, resolve
from .values import interval

# the words of a saying next to its day: "said on Tuesday", "Speaking on Tuesday", "told reporters Tuesday",
# "in his Thursday night video address"
SAYING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|speaking|spoke|announced|declared|stated|"
    r"tweeted|posted|insisted|warned|asked|answered|replied|explained|stressed|noted|saying|adding|writing|"
    r"telling|address|speech|statement|remarks)\b",
    re.IGNORECASE)
# how far (characters) the saying verb may be from the day, and the quotation from the saying
SAYING_REACH = 40
QUOTE_REACH = 120
OWN_REACH = 200  # how far around a quotation its attribution ("he explained by saying:") is looked for
SAYING_SPAN = 60  # the longest day expression a saying may have ("Tuesday, Sept. 27, 2022, at 10 a.m.")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
# capitalized words that name no speaker
_NOT_NAMES = frozenset({"The", "And", "But", "This", "That", "These", "Those", "They", "She", "His", "Her", "Their",
                        "Its", "Our", "For", "With", "After", "Before", "When", "While", "Asked", "Speaking", "Then",
                        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs"})


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the quoted words of ``text`` (marks left out), in order: the
    quotations :func:`dateline.marks.find_quoted` finds, paragraph by paragraph."""
    return [q.inner(text) for q in find_quoted(text)]


def _paragraph(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _speech_day(t: Any, text: str) -> bool:
    """Is ``t`` (a day outside quotations) the day of a saying: a saying verb within reach of it?"""
    lo, hi = max(0, t.start - SAYING_REACH), min(len(text), t.end + SAYING_REACH)
    before, after = text[lo:t.start], text[t.end:hi]
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    if "\n" in after:
        after = after.split("\n", 1)[0]
    # the saying and its day are in one clause: no quotation mark or sentence end between them
    before = re.split(r'[.;"“”]', before)[-1]
    after = re.split(r'[.;"“”]', after)[0]
    return bool(SAYING.search(before) or SAYING.search(after))


def quoted_deixis(timexes: Sequence[Any], text: str, day: dt.date) -> list[Any]:
    """The time expressions, those inside a quotation that count from the article date ``day``
    counted from the day the quotation was said instead, when the paragraph says it ("...," Putin
    said on Tuesday), or the paragraph right before it does and the quotation's own paragraph
    attributes it without a day ("He spoke at a rally on Monday.\n\nHe explained by saying: '...'")."""
    # only a word counted from the article date can move, and only to the day of a saying: most
    # texts have no such pair, and are left before their quotations are looked for
    if not any(str(getattr(t, "underspecified", "") or "").startswith("DCT") for t in timexes):
        return list(timexes)
    # a day or a part of one ("said Tuesday night")
    days = [t for t in timexes if t.type in ("DATE", "TIME") and _DAY.match(str(t.value)[:10])
            and str(t.value)[:10] < day.isoformat() and _speech_day(t, text)]
    if not days:
        return list(timexes)
    quotes = quote_spans(text)
    if not quotes:
        return list(timexes)
    para_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    starts = [q[0] for q in quotes]  # quotations do not overlap: the one that starts last before t

    def inside(t: Any) -> tuple[int, int] | None:
        k = bisect.bisect_right(starts, t.start) - 1
        return quotes[k] if k >= 0 and t.end <= quotes[k][1] else None

    # the days of sayings, outside quotations, before the article date
    sayings = [t for t in days if inside(t) is None]
    if not sayings:
        return list(timexes)
    sayings.sort(key=lambda s: s.start)
    said_at = [s.start for s in sayings]  # by position, so that a quotation looks only at the days near it
    day_starts = sorted(t.start for t in timexes if _DAY.match(str(t.value)[:10]))

    def _said_just_before(q: tuple[int, int], para: int) -> Any | None:
        """The day of a saying told in the paragraph right before the quotation's, when the quotation's
        own paragraph attributes it ("he explained by saying: '... last night ...'") without a day
        and no other day is written in between: the same speaker, on the same occasion."""
        k = bisect.bisect_left(said_at, q[0]) - 1
        if k < 0:
            return None
        s = sayings[k]
        ps = _paragraph(para_starts, s.start)
        if ps >= para or para_starts[para] - para_starts[ps + 1] > 20 or text[para_starts[ps + 1]:para_starts[para]].strip():
            return None  # not the paragraph right before
        d = bisect.bisect_right(day_starts, s.start)
        if d < len(day_starts) and day_starts[d] < q[0]:
            return None  # another day is written between the saying and the quotation
        end = para_starts[para + 1] if para + 1 < len(para_starts) else len(text)
        own = text[max(para_starts[para], q[0] - OWN_REACH):q[0]] + " " + text[q[1]:min(end, q[1] + OWN_REACH)]
        if not SAYING.search(own):
            return None
        # ... by the same speaker: a pronoun, or a name of the saying's paragraph ("Beck")
        names = set(_NAME.findall(text[max(para_starts[ps], s.start - OWN_REACH):s.end + SAYING_REACH])) - _NOT_NAMES
        return s if _PRONOUN.search(own) or names & set(_NAME.findall(own)) else None

    out = []
    moved: dict[tuple[tuple[int, int], str], str] = {}  # (quotation, old day) -> new day
    for t in timexes:
        q = inside(t)
        under = str(getattr(t, "underspecified", "") or "")
        if q is not None and under.startswith("XXXX-XX-XXT") and (q, str(t.value)[:10]) in moved:
            # a clock time that took its day from a moved word: "Tomorrow ... at 15:00"
            value = moved[(q, str(t.value)[:10])] + str(t.value)[10:]
            out.append(dataclasses.replace(t, value=value, interval=interval(value),
                                           rule=f"{t.rule_name}: on the day of the words before it → {value}"))
            continue
        if q is None or not under.startswith("DCT"):
            out.append(t)
            continue
        para = _paragraph(para_starts, t.start)
        window = sayings[bisect.bisect_left(said_at, q[0] - QUOTE_REACH - SAYING_SPAN):
                         bisect.bisect_right(said_at, q[1] + QUOTE_REACH)]
        near = [s for s in window if _paragraph(para_starts, s.start) == para
                and (0 <= q[0] - s.end <= QUOTE_REACH or 0 <= s.start - q[1] <= QUOTE_REACH)]
        said = min(near, key=lambda s: min(abs(q[0] - s.end), abs(s.start - q[1]))) if near else \
            _said_just_before(q, para)
        if said is None:
            out.append(t)
            continue
        spoken = dt.date.fromisoformat(str(said.value)[:10])
        try:
            value, _ = resolve(under, Context(spoken))
        except (OverflowError, ValueError):
            out.append(t)
            continue
        why = f"in a quotation said on {str(said.value)[:10]} ('{said.text}'): counted from that day → {value}"
        if _DAY.match(str(t.value)[:10]) and value[:10] != str(t.value)[:10]:
            moved[(q, str(t.value)[:10])] = value[:10]
        out.append(dataclasses.replace(
            t, value=value, interval=interval(value) if t.type in ("DATE", "TIME") else t.interval,
            rule=f"{t.rule_name}: {why}", anchor=str(said.value)[:10]))
    return out
