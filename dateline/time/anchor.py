"""The date a stretch of text is about: for layers (events, quotes) that need a time anchor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .tagger import as_date, tag
from .tense import sentence_tense
from .timex import Timex


@dataclass(frozen=True)
class Reference:
    """Where ``text[start:end]`` sits in time.

    ``value`` and ``interval`` come from ``timex`` (a DATE/TIME expression of the same sentence,
    or the last one before it) or are the article date when the text gives none; ``source`` says
    which ("sentence", "previous", "dct"); ``tense`` is the clause's tense (:func:`sentence_tense`).
    """

    value: str
    interval: tuple[str, str] | None
    source: str
    tense: str | None
    timex: Timex | None = None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind("!", 0, start),
             text.rfind("?", 0, start)) + 1
    hi_candidates = [i for i in (text.find(c, end) for c in ".\n!?") if i >= 0]
    return lo, (min(hi_candidates) + 1 if hi_candidates else len(text))


def reference_date(text: str, dct: dt.date | str, start: int, end: int,
                   timexes: Sequence[Timex] | None = None) -> Reference:
    """The date ``text[start:end]`` (an event trigger, a quote) is about.

    The nearest DATE/TIME timex with an interval in the same sentence wins; else the last one
    before the span; else the article date. Pass ``timexes`` (from :func:`tag`) to avoid tagging
    the text again.
    """
    day = as_date(dct)
    found = list(timexes) if timexes is not None else tag(text, day)
    dated = [t for t in found if t.type in ("DATE", "TIME") and t.interval]
    tense = sentence_tense(text, start, end).tense  # the span's own words count (an event trigger)
    lo, hi = _sentence_bounds(text, start, end)
    same = [t for t in dated if t.start >= lo and t.end <= hi]
    if same:
        best = min(same, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
        return Reference(best.value, best.interval, "sentence", tense, best)
    before = [t for t in dated if t.end <= start]
    if before:
        return Reference(before[-1].value, before[-1].interval, "previous", tense, before[-1])
    return Reference(day.isoformat(), (day.isoformat(), day.isoformat()), "dct", tense)
