"""The day an "election day" means.

* :func:`election_days` — "election day", "polling day" and "voting day" are the day of the
  election the text has dated ("Iraqis voted in last Thursday's elections ... the violence on
  polling day left four people dead": 2005-12-15). A lower-case "election day" in US political
  news with no election dated is the US general election of the article's year (the Tuesday after
  the first Monday of November), as "Election Day" written with capitals already is; with neither,
  a lower-case phrase is left untagged, and a generic one ("an election day", "every election day")
  always is. Word lists: ``resources/election_words.txt`` and ``resources/us_election_words.txt``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Any

from .resources import load
from .timex import Timex
from .values import interval

_PHRASE = re.compile(r"\b(?:[Ee]lection|[Pp]olling|[Vv]oting) [Dd]ay\b")
_GENERIC = re.compile(r"\b(?:an|a|every|each|any|one)\s+$", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
# kinds of election between a day and its noun: "the May 1 general election"
_KINDS = ("general|presidential|parliamentary|legislative|local|municipal|regional|national|provincial|state|"
          "federal|snap|special|constitutional|mayoral|senate|congressional|gubernatorial|runoff|run-off|early")
# how far back (characters) a dated election is looked for
REACH = 4000
# at least this many different words of US politics make a text US political news
US_WORDS = 2
# the rule that reads "Election Day" with capitals as the US general election
US_RULE = "election_day"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    res = load()
    nouns = "|".join(re.escape(w) for w in sorted(res.election_words))
    # "the vote on December 15", "elections held on Thursday", "voted Thursday"
    before = re.compile(rf"\b(?:{nouns})\s+(?:(?:was|were|is|are|will be)\s+)?(?:(?:held|set|scheduled|due)\s+)?"
                        r"(?:(?:on|of|for)\s+)?$", re.IGNORECASE)
    # "last Thursday's elections", "the May 1 election", "Thursday's parliamentary vote"
    after = re.compile(rf"^(?:(?:'s|’s)\s+(?:[a-z]+\s+)?|\s+(?:(?:{_KINDS})\s+)?)(?:{nouns})\b", re.IGNORECASE)
    us = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in res.us_election_words) + r")\b")
    return before, after, us


def _us_election(year: int) -> dt.date:
    """The US general election of ``year``: the Tuesday after the first Monday of November."""
    first = dt.date(year, 11, 1)
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    return monday + dt.timedelta(days=1)


def _dates_an_election(t: Any, text: str) -> bool:
    """Is ``t`` a day-precise date written right beside an election word?"""
    if t.type not in ("DATE", "TIME") or not _DAY.match(str(t.value)[:10]):
        return False  # a day, or a part of one ("casting their ballots Sunday morning")
    before, after, _ = _patterns()
    # a part of a day only after the vote ("casting their ballots Sunday morning"): "tonight's polls"
    # are opinion polls
    return bool(before.search(text[max(0, t.start - 60):t.start])
                or (t.type == "DATE" and after.match(text[t.end:t.end + 40])))


def election_days(timexes: Sequence[Any], text: str, day: dt.date) -> list[Any]:
    """The time expressions, with "election day", "polling day" and "voting day" dated (see the
    module's notes): ``Timex`` objects in, ``Timex`` objects out, sorted by start."""
    if not _PHRASE.search(text):
        return list(timexes)

    base = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in base]
    us_news = day.year % 2 == 0 and len(set(_patterns()[2].findall(text))) >= US_WORDS
    replaced: set[int] = set()  # indexes into base
    added = []
    k = 0  # one sweep: every date is looked at once, however many phrases follow it
    dated = None  # the last date of an election seen so far
    for m in _PHRASE.finditer(text):
        while k < len(base) and base[k].end <= m.start():
            if _dates_an_election(base[k], text):
                dated = base[k]
            k += 1
        if _GENERIC.search(text[max(0, m.start() - 10):m.start()]):
            continue
        lo = bisect.bisect_left(starts, m.start() - 200)  # no time expression is longer than this
        over = [q for q in range(lo, bisect.bisect_left(starts, m.end())) if base[q].end > m.start()]
        if any(base[q].rule_name != US_RULE for q in over):
            continue
        lower = m.group(0)[0].islower()
        general = us_news and m.group(0).lower() == "election day"
        near = dated if dated is not None and not general and dated.start >= m.start() - REACH else None
        if near is not None:
            value = str(near.value)[:10]  # the day, without the part of it the vote was told in
            why = f"the day of the election dated before ('{near.text}') → {value}"
        elif over or not (lower and general):
            continue  # "Election Day" keeps the US rule's reading; an undated "polling day" stays untagged
        else:
            value = _us_election(day.year).isoformat()
            why = f"US political news of {day.year}: that year's general election → {value}"
        added.append(Timex(m.start(), m.end(), m.group(0), "DATE", value, None, interval(value),
                           f"election_day_dated: {why}", "election_day_dated", "XXXX-XX-XX", None, None,
                           str(near.value) if near is not None else None))
        replaced.update(over)
    if not added:
        return base
    return sorted([t for q, t in enumerate(base) if q not in replaced] + added, key=lambda t: t.start)
