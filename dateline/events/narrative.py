"""The time of a narrative: background paragraphs that tell the past with dates ("On February 20,
2014, Russia committed ... Russian troops began occupying Crimea.").

* :func:`paragraphs`, :func:`paragraph_of` — the paragraph (non-empty line) a character offset is in.
* :func:`narrative_years` — month-day expressions written without a year ("On the night of February
  27", "on March 16") in a past-tense chronicle right after a day with its year ("February 20, 2014")
  take the chronicle's year, when that puts them at most ``NARRATIVE_STEP_DAYS`` after its last day.
* :func:`previous_year` — a month-day expression that a simple past puts after the article date
  ("signed on March 16", written in February) moved to the year before.
* :func:`past_form` — whether a trigger is told in the past (simple past, past passive, past perfect,
  or a participle or infinitive hanging from one): the tense of a narrative.
* :func:`opens_narrative` — whether a dated mention sets the time of the sentences after it: a past
  event dated more than ``NARRATIVE_MIN_DAYS`` before the article (the extractor uses it for a day
  only, over the next few sentences of the same paragraph).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

# a dated past event this long before the article date is background, and the paragraph tells its story
NARRATIVE_MIN_DAYS = 30
_MONTH_KNOWN = re.compile(r"XXXX-\d\d")  # "February 27": the year is the only thing missing
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # "February 20, 2014": a day of a written year
# a chronicle's next date comes at most this long after its last one
NARRATIVE_STEP_DAYS = 60
PAST_AUX = frozenset({"was", "were", "had", "'d"})


def paragraphs(text: str) -> list[int]:
    """The start offsets of the text's non-empty lines, for :func:`paragraph_of`."""
    starts, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
        pos += len(line) + 1
    return starts


def paragraph_of(starts: list[int], pos: int) -> int:
    """The index of the paragraph (non-empty line) holding character ``pos``."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _with_year(t: Any, year: int) -> Any | None:
    """A copy of a time expression with its year replaced (value and interval), or None."""
    if not t.interval or not re.match(r"\d{4}", str(t.value)):
        return None
    y = f"{year:04d}"
    value = y + str(t.value)[4:]
    try:
        interval = tuple(y + str(x)[4:] for x in t.interval)
        dt.date.fromisoformat(interval[0][:10])
        dt.date.fromisoformat(interval[1][:10])
    except ValueError:  # February 29
        return None
    return dataclasses.replace(t, value=value, interval=interval,
                               rule=f"{t.rule}; the year of the narrative around it: {y}")


def _before(t: Any, day: dt.date, days: int) -> bool:
    try:
        return dt.date.fromisoformat(t.interval[1][:10]) < day - dt.timedelta(days=days)
    except (TypeError, ValueError, IndexError):
        return False


def _first_day(t: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(t.interval[0][:10])
    except (TypeError, ValueError, IndexError):
        return None


def narrative_years(timexes: Sequence[Any], text: str, day: dt.date) -> list[Any]:
    """The time expressions, those written without a year in a dated chronicle given the chronicle's
    year: after "On February 20, 2014, ..." (a day with its year, more than ``NARRATIVE_MIN_DAYS``
    before the article), "On the night of February 27, buildings were seized" in the same or the next
    paragraph is February 27, 2014, not the February 27 nearest the article. Only past-tense
    expressions change, and only to a day at most ``NARRATIVE_STEP_DAYS`` after the chronicle's last
    day (a chronicle moves on by days and weeks; "On June 12" months later is news again)."""
    starts = paragraphs(text)
    last: tuple[int, dt.date] | None = None  # (paragraph, day) of the chronicle's last date
    out = []
    for t in sorted(timexes, key=lambda t: t.start):
        para = paragraph_of(starts, t.start)
        under = str(getattr(t, "underspecified", "") or "")
        first = _first_day(t) if t.type in ("DATE", "TIME") and t.interval else None
        if first is None:
            out.append(t)
            continue
        if _FULL_DAY.match(under) and _before(t, day, NARRATIVE_MIN_DAYS):
            last = (para, first)
        elif last is not None and _MONTH_KNOWN.match(under) and getattr(t, "tense", None) == "PAST" \
                and para - last[0] <= 1:
            moved = _with_year(t, last[1].year) if first.year != last[1].year else t
            step = _first_day(moved) if moved is not None else None
            if step is not None and 0 <= (step - last[1]).days <= NARRATIVE_STEP_DAYS and _before(
                    moved, day, NARRATIVE_MIN_DAYS):
                t, last = moved, (para, step)
        out.append(t)
    return out


def previous_year(t: Any) -> Any | None:
    """A month-day expression written without a year, moved a year back ("was held on March 16",
    written on February 21, is the last March 16, not the next one), or None when the year was
    written or the month is unknown ("Friday")."""
    under = str(getattr(t, "underspecified", "") or "")
    if not _MONTH_KNOWN.match(under) or not re.match(r"\d{4}", str(t.value)):
        return None
    return _with_year(t, int(str(t.value)[:4]) - 1)


def past_form(t: Token) -> bool:
    """Whether a trigger is told in the past: a simple past ("seized"), a past passive ("were
    created"), a past perfect ("had fled"), an event noun that is the subject or object of one, or a
    participle or infinitive that hangs from one ("began occupying", "Grossly violating ..., troops
    began")."""
    cur = t
    if t.pos_ != "VERB" and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.pos_ in ("VERB", "AUX"):
        cur = t.head
    for _ in range(3):
        aux = [c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")]
        if cur.tag_ == "VBD" and not aux:
            return True
        if cur.tag_ == "VBN" and any(a in PAST_AUX for a in aux):
            return True
        if cur.tag_ in ("VBG", "VB") and cur.dep_ in ("xcomp", "advcl", "conj") and cur.head is not cur \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cur.children):
            cur = cur.head
            continue
        if cur.tag_ in ("VBD", "VBN") and cur.dep_ == "conj" and cur.head is not cur and not aux:
            cur = cur.head  # "were created and provided with weapons"
            continue
        return False
    return False


def opens_narrative(mention: Any, t: Token, day: dt.date) -> bool:
    """Whether a mention dated by a time expression sets the time of the paragraph after it: a past
    event ("On February 20, 2014, Russia committed ...") dated more than ``NARRATIVE_MIN_DAYS``
    before the article."""
    if mention.anchor != "timex" or mention.status != "happened" or not mention.date_end:
        return False
    try:
        end = dt.date.fromisoformat(mention.date_end[:10])
    except ValueError:
        return False
    return end < day - dt.timedelta(days=NARRATIVE_MIN_DAYS) and past_form(t)
