"""The year of a dated chronicle: days written without a year in a background paragraph that tells
the past ("On February 20, 2014, Russia committed ... On the night of February 27, the buildings
were seized ... a 'referendum' was held on March 16").

* :func:`narrative_years` — a month and day written without a year ("on March 16"), told in the
  past tense in the same or the next paragraph after a day with its year more than
  ``NARRATIVE_MIN_DAYS`` before the article, takes the chronicle's year when that puts it at most
  ``NARRATIVE_STEP_DAYS`` after the chronicle's last day (a chronicle moves on by days and weeks;
  "On June 12" months later is news again). A date told from the chronicle's own ("earlier that
  month", "the next day") carries the chronicle into its paragraph. The tagger applies it to every
  text.
* :func:`chronicle_forward` — in a timeline told in the present ("Here is a timeline of the main
  developments: ... Ukrainian forces launch an offensive in late August"), a month or season
  without a year or a tense follows the story's last date instead of going to the one nearest the
  article date, when that one would lie ahead of the article.
* :func:`coordinated_years` — months or days joined by "and", "or", "to" or a comma share the year
  written with the last of them ("in April and May 2024", "on April 3 and May 5, 2024", "in March,
  April and May last year"); a month later in the year than the one that holds the year lies in the
  year before ("December and January 2024").
* :func:`with_year` — a copy of a time expression in another year (value, interval, reason).
* :func:`paragraphs`, :func:`paragraph_of` — the paragraph (non-empty line) a character offset is in.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

# a dated past day this long before the article date is background, and its paragraph tells a story
NARRATIVE_MIN_DAYS = 30
# a chronicle's next day comes at most this long after its last one
NARRATIVE_STEP_DAYS = 60
# a text that says it is a chronicle: its present tense tells the past
CHRONICLE_CUES = re.compile(r"\b(?:timeline(?: of\b|:)|chronology\b|key (?:dates|events|moments)\b|a look back\b)",
                            re.IGNORECASE)
# a chronicle's next month or season starts at most this long after its last date
CHRONICLE_STEP_DAYS = 120
_YEARLESS_PERIOD = re.compile(r"XXXX-(?:\d\d|\d\d-\d\d|SP|SU|FA|WI)$")
_MONTH_DAY = re.compile(r"XXXX-\d\d-\d\d")  # "February 27": the year is the only thing missing
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # "February 20, 2014": a day of a written year
# a day that names a known event, not the time of a story: "the Jan. 6, 2021, attack" (but "in a June
# 10, 2009 email" dates the writing)
_ATTRIBUTIVE = re.compile(r"\bthe\s+$", re.IGNORECASE)


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


def with_year(t: Any, year: int) -> Any | None:
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


# A month or a month and day written without a year, and one written with its year (or with words that
# give it: "May last year" is ``XXXX-05@-1``).
_NO_YEAR = re.compile(r"XXXX-(\d\d)(?:-\d\d)?")
_WITH_YEAR = re.compile(r"(?:\d{4}|XXXX)-(\d\d)(?:-\d\d)?(?:@[+-]?\d+)?")
# what may stand between two coordinated dates: "April and May", "April, May", "April to June",
# "April and again in May", "April 3 and on May 5"
_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|and again|as well as|[-–—/])?\s*(?:in|on)?\s*")


_SHARED = "it shares the year of"


def coordinated_years(timexes: Sequence[Any], text: str) -> list[Any]:
    """Give yearless months and days the year of the coordinated date after them that has one."""
    out = sorted(timexes, key=lambda t: t.start)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.type != "DATE" or b.type != "DATE" or not _NO_YEAR.fullmatch(str(a.underspecified or "")):
            continue
        held = _WITH_YEAR.fullmatch(str(b.underspecified or ""))
        if held is None or (str(b.underspecified).startswith("XXXX") and "@" not in str(b.underspecified)
                            and _SHARED not in b.rule):  # a year of its own, or one it was given here
            continue
        if not re.match(r"\d{4}", str(b.value)) or not _COORDINATION.fullmatch(text[a.end:b.start]) \
                or "\n" in text[a.end:b.start]:
            continue
        month_a = int(_NO_YEAR.fullmatch(str(a.underspecified)).group(1))  # type: ignore[union-attr]
        year = int(str(b.value)[:4]) - (1 if month_a > int(held.group(1)) else 0)
        if str(a.value).startswith(f"{year:04d}"):
            continue
        moved = with_year(a, year)
        if moved is not None:
            out[k] = dataclasses.replace(moved, rule=f"{a.rule}; {_SHARED} '{b.text}', joined to it: {year}")
    return out


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
    paragraph is February 27, 2014, not the February 27 nearest the article. A day after "the" that names
    a known event ("the Jan. 6, 2021, attack") starts no chronicle. Only past-tense
    expressions change, and only to a day at most ``NARRATIVE_STEP_DAYS`` after the chronicle's last
    day."""
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
            if not _ATTRIBUTIVE.search(text, max(0, t.start - 12), t.start):
                last = (para, first)
        elif last is not None and under.startswith("REF") and para - last[0] <= 1 and first.year == last[1].year \
                and _before(t, day, NARRATIVE_MIN_DAYS):
            # a date told from the chronicle's own ("earlier that month", "the next day") carries it
            # into its paragraph
            last = (para, max(last[1], first))
        elif last is not None and _MONTH_DAY.match(under) and getattr(t, "tense", None) == "PAST" \
                and para - last[0] <= 1:
            moved = with_year(t, last[1].year) if first.year != last[1].year else t
            step = _first_day(moved) if moved is not None else None
            if step is not None and 0 <= (step - last[1]).days <= NARRATIVE_STEP_DAYS and _before(
                    moved, day, NARRATIVE_MIN_DAYS):
                t, last = moved, (para, step)
        out.append(t)
    return out


def chronicle_forward(timexes: Sequence[Any], text: str, day: dt.date) -> list[Any]:
    """The time expressions, in a text that calls itself a timeline or chronology: a month, season
    or day without a year and with no tense cue, resolved ahead of the article date ``day``, moves
    to the first one after the chronicle's last date when that is before the article date and at
    most ``CHRONICLE_STEP_DAYS`` after it ("On April 21, Russia claims Mariupol ... fighters are
    ordered in May to surrender": May of that year, not the coming May)."""
    if not CHRONICLE_CUES.search(text):
        return list(timexes)
    last: dt.date | None = None  # the chronicle's last date, when it is well before the article
    out = []
    for t in sorted(timexes, key=lambda t: t.start):
        first = _first_day(t) if t.type in ("DATE", "TIME") and t.interval else None
        if first is None:
            out.append(t)
            continue
        under = str(getattr(t, "underspecified", "") or "")
        if (last is not None and first > day and getattr(t, "tense", None) is None
                and _YEARLESS_PERIOD.match(under)):
            for year in (last.year, last.year + 1):
                moved = with_year(t, year)
                start = _first_day(moved) if moved is not None else None
                if (moved is not None and start is not None and last <= start
                        and (start - last).days <= CHRONICLE_STEP_DAYS and _before(moved, day, 0)):
                    t = dataclasses.replace(moved, rule=moved.rule.replace(
                        "the year of the narrative around it", "the year of the chronicle told before it"))
                    first = start
                    break
        if _before(t, day, NARRATIVE_MIN_DAYS):
            last = first
        out.append(t)
    return out
