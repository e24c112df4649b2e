"""When a mention says its event happened, and the date a group of mentions agrees on.

A mention's interval comes from the time expression that dates it, else from the statement that
reports it, else from its article's publication date (a weak anchor, which only bounds the event
from above). :func:`best_date` lets each independent source vote for the dates it supports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from dateline.datafiles import word_lines
from dateline.events.model import EventMention
from dateline.timelines.articles import ArticleInfo, article_date, original_article
from dateline.timelines.segments import piece

#: Days a weak (article-date) anchor may sit from another mention's date and still match.
WEAK_TOLERANCE = 3
#: Weight of a source whose date for the event comes only from its publication date.
WEAK_WEIGHT = 0.4
#: ... and a planned event dated only by its article or by the statement that tells it: the plan was
#: told that day, the event is not on it.
WEAK_PLANNED_WEIGHT = 0.1
#: ... and a mention the text puts before the day it is dated by ("had voted", "since the
#: annexation"), or that refers back to an older dated event (:func:`join_background`).
BEFORE_WEIGHT = 0.05
#: Weight of a source that dates the event by the date of the statement reporting it (often the
#: publication date again, but told by the text).
REPORTED_WEIGHT = 0.7


@lru_cache(maxsize=100_000)
def _iso_day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


@lru_cache(maxsize=100_000)
def _ordinal(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(str(iso)[:10]).toordinal()
    except ValueError:
        return None


def precision_of(start: str | None, end: str | None) -> str | None:
    """"day", "week", "month" or "year" from the length of an interval."""
    a, b = _ordinal(start), _ordinal(end if end else start)
    if a is None or b is None:
        return None
    days = b - a + 1
    if days <= 1:
        return "day"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    return "year"


_TIME_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T")


@cache
def approximate_words() -> tuple[str, ...]:
    """Words that make a time expression counted back from the article vague ("less than a fortnight
    ago", "nearly a week ago"), from ``approximate_times.txt``."""
    return tuple(sorted(word_lines(resources.files(__package__).joinpath("approximate_times.txt")), key=len, reverse=True))


def is_approximate(timex: Mapping[str, Any] | None, sentence: str = "", offset: int = 0) -> bool:
    """Whether ``timex`` counts back from the article by a vague amount ("less than a fortnight ago",
    "about two weeks ago"): its day is a guess, not a date. ``offset`` is where ``sentence`` starts in
    the article (a modifier may sit just before the expression)."""
    text = str((timex or {}).get("text") or "").lower().strip()
    if not text.endswith(" ago"):
        return False
    start = (timex or {}).get("start")
    before = ""
    if isinstance(start, int) and sentence:
        rel = start - offset
        before = sentence[max(0, rel - 20):max(0, rel)].lower() if 0 <= rel <= len(sentence) else ""
    words = approximate_words()
    return any(text.startswith(w + " ") or before.rstrip().endswith(" " + w) or before.strip() == w
               for w in words)


def timex_day(m: EventMention) -> int | None:
    """The day a time expression of a part of a day names ("Wednesday night" 2016-11-02TNI, "midnight"
    2016-11-03T24:00, "6.10am"), as an ordinal, when it dates ``m``: the time layer gives such a time a
    two-day interval (a night runs into the next day), but the text names one day."""
    if m.anchor != "timex" or not m.timex:
        return None
    found = _TIME_OF_DAY.match(str(m.timex.get("value") or ""))
    day = _ordinal(found.group(1)) if found else None
    s = _ordinal(m.date_start)
    if day is None or s is None or abs(s - day) > 1:
        return None
    return day


def mention_interval(m: EventMention, articles: Mapping[str, ArticleInfo]) -> tuple[int, int, bool]:
    """(first day, last day, weak) of a mention as ordinals; weak when only the article date is known.

    A time of day dates the day it names (:func:`timex_day`); a vague count back from the article
    ("less than a fortnight ago", :func:`is_approximate`) gives the week around its day, not a day.
    """
    if m.anchor == "timex" and not timex_in_piece(m):
        return _interval(None, None, True, article_date(m, articles), None, False)
    return _interval(m.date_start, m.date_end, m.weak_date, article_date(m, articles), timex_day(m),
                     m.anchor == "timex" and is_approximate(m.timex, m.sentence, m.sentence_start))


def timex_in_piece(m: EventMention) -> bool:
    """Whether the time expression dating ``m`` lies in the piece of its run-on sentence that holds the
    trigger (:func:`dateline.timelines.segments.piece`): in "pic.twitter.com/x -- SportsCenter
    (@SportsCenter) November 3, 2016 Great way to end the season", the date closes the tweet before and
    says nothing of the end. True when the sentence is no run-on or the offsets are unknown."""
    start = (m.timex or {}).get("start")
    if not isinstance(start, int):
        return True
    rel = start - m.sentence_start
    if not 0 <= rel < len(m.sentence):
        return True
    a, b = piece(m.sentence, m.start - m.sentence_start)
    return a <= rel < b


@lru_cache(maxsize=100_000)
def _interval(date_start: str | None, date_end: str | None, weak_date: bool, published: str | None,
              day: int | None, approximate: bool) -> tuple[int, int, bool]:
    s, e = _ordinal(date_start), _ordinal(date_end or date_start)
    weak = weak_date or s is None
    if not weak and day is not None:
        return day, day, False
    if not weak and approximate and s is not None and e is not None and s == e:
        return s - 3, s + 3, False
    if s is None or e is None:
        s = e = _ordinal(published) or 0
    if weak:
        # an article-date anchor names one day, even when the mention carries a wider interval
        e = s
    return s, max(s, e), weak


def bounds_from_above(m: EventMention, weak: bool) -> bool:
    """Whether the day of ``m`` only bounds its event from above: its article's day (``weak``) or the day
    of a statement no time expression dates ("..., officials said"). A report published on the 11th of
    an attack tells that the attack happened by the 11th, not on it."""
    return weak or (m.anchor == "reported" and not m.timex)


def supports_day(m: EventMention, interval: tuple[int, int, bool], lo: int, hi: int) -> bool:
    """Whether the mention whose :func:`mention_interval` is ``interval`` supports an event dated
    ``lo``..``hi`` (ordinals): its dates overlap, or its day only bounds the event from above
    (:func:`bounds_from_above`) and lies up to ``WEAK_TOLERANCE`` days after it."""
    s, e, weak = interval
    if s <= hi and lo <= e:
        return True
    return hi < s <= hi + WEAK_TOLERANCE and bounds_from_above(m, weak)


def anchor_weight(m: EventMention, weak: bool) -> float:
    """How much a mention's date counts: 1 for a time expression, less for a statement or article date,
    least for a plan dated only by its article ("we plan to keep extending our lead" happens on no
    day the article names)."""
    if (m.before_anchor or m.relative) and m.anchor != "timex":
        # "had voted", a reference back to the annexation of 2014, "Days later he annexes": not on this day
        return BEFORE_WEIGHT
    if m.status == "planned" and m.anchor in ("article", "reported"):
        return WEAK_PLANNED_WEIGHT  # the plan was told that day ("said it would annex"), it is not on it
    if weak:
        return WEAK_WEIGHT
    return REPORTED_WEIGHT if m.anchor == "reported" else 1.0


def best_date(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo]
              ) -> tuple[str | None, str | None, str | None, bool, float]:
    """(value, first day, last day, weak, support) of the date most independent sources agree on.

    Each original article votes once per candidate date: weight 1 when its date for the event
    comes from a time expression, less when from a statement's date or only from its publication
    date (:func:`anchor_weight`). A candidate gets
    the votes of every compatible date (equal, containing or contained), and among the best
    supported the most precise wins.
    """
    if len(mentions) == 1:  # most events have one mention: its date, with its own weight
        m = mentions[0]
        s, e, weak = mention_interval(m, articles)
        if not s:
            return None, None, None, True, 0.0
        day = _iso_day(s)
        return (day if weak else (m.date or day)), day, _iso_day(e), weak, \
            anchor_weight(m, weak)
    cands: dict[tuple[int, int], tuple[str, bool, bool]] = {}
    votes: dict[str, dict[tuple[int, int, bool], float]] = defaultdict(dict)
    for m in mentions:
        s, e, weak = mention_interval(m, articles)
        if not s:
            continue
        day = _iso_day(s)
        value = day if weak else (m.date or day)
        prev = cands.get((s, e))
        timex = m.anchor == "timex" and not weak
        if prev is None or (prev[1] and not weak):
            cands[(s, e)] = (value, weak, timex or bool(prev and prev[2]))
        elif timex:
            cands[(s, e)] = (*prev[:2], True)
        src = original_article(m.article_id, articles)
        w = anchor_weight(m, weak)
        key = (s, e, bounds_from_above(m, weak))
        votes[src][key] = max(votes[src].get(key, 0.0), w)
    if not cands:
        return None, None, None, True, 0.0
    best = None
    for (s, e), (value, weak, timex) in cands.items():
        support = 0.0
        for by_src in votes.values():
            # a date a time expression gives also has the votes of reports published up to a few days
            # later that do not date it (:func:`supports_day`)
            support += max((w for (vs, ve, ub), w in by_src.items()
                            if (vs <= s and e <= ve) or (s <= vs and ve <= e)
                            or (timex and ub and e < vs <= e + WEAK_TOLERANCE)), default=0.0)
        key = (round(support, 6), not weak, -(e - s), -s)
        if best is None or key > best[0]:
            best = (key, value, s, e, weak, support)
    assert best is not None
    _, value, s, e, weak, support = best
    return value, _iso_day(s), _iso_day(e), weak, support


#: Characters that close off a clause or an aside: a time expression beyond one of them dates what its
#: own stretch of the sentence tells ("Russia, which annexed Crimea in 2014, launched strikes").
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]| - ")
#: Words up to which a sentence's first stretch is an opening adverbial that dates the whole sentence
#: ("In January, Russian forces ... step up their offensive").
OPENING_WORDS = 4


def _stretch(sentence: str, rel: int) -> tuple[int, int]:
    """(start, end) in ``sentence`` of the stretch between clause breaks that holds ``rel``."""
    a, b = 0, len(sentence)
    for found in _CLAUSE_BREAK.finditer(sentence):
        if found.end() <= rel:
            a = found.end()
        elif found.start() > rel:
            b = found.start()
            break
    return a, b


def dated_elsewhere(m: EventMention, timexes: Sequence[tuple[int, int, int]], published: int | None) -> bool:
    """Whether a mention dated only by its article's day (``m.anchor == "article"``) is told, in its own
    sentence, as happening on an earlier date: a time expression of its stretch of the sentence (or of
    an opening adverbial) names a date that ends more than ``WEAK_TOLERANCE`` days before the article
    ("Ukrainian forces launch a major offensive to retake Kherson in late August" in a February
    chronology, "agreed a deal ... last month"), and no time expression of the sentence comes near the
    article's day. ``timexes`` are (start in the article, first day, last day) of the sentence's time
    expressions (days as ordinals)."""
    if m.anchor != "article" or m.reporting or m.relative or m.before_anchor or published is None:
        return False
    if not timexes or any(e >= published - WEAK_TOLERANCE for _, _, e in timexes):
        return False
    rel = m.start - m.sentence_start
    a, b = _stretch(m.sentence, rel)
    for start, _, _ in timexes:
        t = start - m.sentence_start
        if a <= t < b:
            return True
        ta, tb = _stretch(m.sentence, t)
        if ta == 0 and tb < a and len(m.sentence[ta:tb].split()) <= OPENING_WORDS:
            return True
    return False


def spread_before(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo]) -> list[EventMention]:
    """Mark ``before_anchor`` every mention :func:`dated_elsewhere`: its sentence dates it before its
    article, though the extractor left it on the article's day (it then counts as a reference back,
    ``BEFORE_WEIGHT``, not as an event of that day)."""
    by_sentence: dict[tuple[str, str, int], dict[int, tuple[int, int, int]]] = defaultdict(dict)
    for m in mentions:
        if m.anchor != "timex" or not m.timex or not isinstance(m.timex.get("start"), int):
            continue
        s, e = _ordinal(m.date_start), _ordinal(m.date_end or m.date_start)
        if s is None or e is None:
            continue
        by_sentence[(m.article_id, m.field, m.sentence_start)][m.timex["start"]] = (m.timex["start"], s, e)
    if not by_sentence:
        return list(mentions)
    out = []
    for m in mentions:
        found = by_sentence.get((m.article_id, m.field, m.sentence_start))
        if found and dated_elsewhere(m, list(found.values()), _ordinal(article_date(m, articles))):
            m = replace(m, before_anchor=True)
        out.append(m)
    return out
