"""The time of a narrative: background paragraphs that tell the past with dates ("On February 20,
2014, Russia committed ... Russian troops began occupying Crimea.").

* The year of undated days in such a chronicle is the time layer's (:mod:`dateline.time.narrative`).
* :func:`previous_year` — a month-day expression that a simple past puts after the article date
  ("signed on March 16", written in February) moved to the year before.
* :func:`coming_weekday` — a bare weekday the past tense of its sentence put before the article date, moved
  to the coming one, for a planned event ("called a strike for Monday").
* :func:`past_form` — whether a trigger is told in the past (simple past, past passive, past perfect,
  or a participle or infinitive hanging from one): the tense of a narrative.
* :func:`opens_narrative` — whether a dated mention sets the time of the sentences after it: a past
  event dated more than ``NARRATIVE_MIN_DAYS`` before the article (the extractor uses it for a day
  only, over the next few sentences of the same paragraph).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from spacy.tokens import Token

from dateline.time.narrative import NARRATIVE_MIN_DAYS, with_year

_MONTH_KNOWN = re.compile(r"XXXX-\d\d")  # "February 27": the year is the only thing missing
PAST_AUX = frozenset({"was", "were", "had", "'d"})


def previous_year(t: Any) -> Any | None:
    """A month-day expression written without a year, moved a year back ("was held on March 16",
    written on February 21, is the last March 16, not the next one), or None when the year was
    written or the month is unknown ("Friday")."""
    under = str(getattr(t, "underspecified", "") or "")
    if not _MONTH_KNOWN.match(under) or not re.match(r"\d{4}", str(t.value)):
        return None
    return with_year(t, int(str(t.value)[:4]) - 1)


_WEEKDAY = re.compile(r"XXXX-WXX-[1-7]$")


def coming_weekday(t: Any, day: dt.date) -> Any | None:
    """A weekday the time layer put on or before the article date, moved to the same weekday after it
    ("called a strike for Monday", "will meet on Tuesday, he said", where the past tense of the sentence
    resolved the day backwards), or None when it is no bare weekday or lies after the article date.
    For the dates of planned events only."""
    under = str(getattr(t, "underspecified", "") or "")
    if not _WEEKDAY.match(under) or not t.interval:
        return None
    try:
        first = dt.date.fromisoformat(str(t.interval[0])[:10])
    except ValueError:
        return None
    if first > day or len(str(t.value)) != 10:
        return None
    moved = (first + dt.timedelta(days=7)).isoformat()
    if first == day:
        return None  # "today"'s weekday: the day itself, when the event is planned for later today
    return dataclasses.replace(t, value=moved, interval=(moved, moved),
                               rule=f"{t.rule}; a planned event: the coming {moved}")


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
        if cur.tag_ in ("VBG", "VB") and cur.dep_ in ("xcomp", "advcl", "conj") and cur.head.i != cur.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cur.children):
            cur = cur.head
            continue
        if cur.tag_ in ("VBD", "VBN") and cur.dep_ == "conj" and cur.head.i != cur.i and not aux:
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
