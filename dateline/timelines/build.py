"""Build a timeline from event mentions: pick the dates that matter and summarize each one.

:func:`build_timeline` works in four steps, all over plain data:

1. **filter** the mentions: query words in the sentence or the article's title, an entity among
   the participants or named in the sentence, a place, a date range;
2. **group** them into events across articles (:func:`dateline.timelines.events.group_events`);
3. **score dates** by how many independent sources put an event on that day. A source is an
   original article (a syndicated copy counts once); it counts 1 when a time expression dates the
   event, ``REPORTED_WEIGHT`` when the date of the statement reporting it does, ``WEAK_WEIGHT``
   when only its publication date does, and once per day however many events it puts there. Publication dates themselves are never scored: an article published on the 5th
   about a vote on the 2nd votes for the 2nd. Only day-precise events are placed on a day;
4. **summarize** each chosen date with ``per_date`` sentences drawn from the mentions' sentences:
   maximal marginal relevance (MMR) over TF-IDF cosines, relevance being the closeness to the
   date's weighted centroid (the "centroid" idea of news-tls's CLUST/DATEWISE summarizers), the
   sentence's support and whether its own text gives the date; a sentence too close to one already
   chosen, or about an event already covered, is passed over. A run-on "sentence" (captions, tweets,
   a dated list glued together) shows only the piece that holds the event (:mod:`.segments`), and
   mentions in the page's furniture (link lists, slideshows of other news) are left out from the start.
   An undated report, or a statement no time expression dates, supports a date a time expression
   gives the event up to ``WEAK_TOLERANCE`` days before it (a publication date is an upper bound).

A timeline's dates are days by default; ``granularity="month"`` or ``"year"`` makes them months
("2022-09") or years ("2022"). An event then votes for the month or year its date lies in, so an
event the text dates only to a month ("in March 2014") or a year can be placed too; one whose date
is wider than the bucket (a decade, a season across New Year) votes for none. Sources are weighted
as for days, and a summary sentence whose own time expression names a date inside the bucket ("in
March 2014", "on June 24") is preferred (``TEXT_DATED_FACTOR``): the reader of "March 2014" wants "In
March 2014 Russia annexed Crimea", not a sentence dated only by its article ("today", "on Friday").

Each entry cites the articles its sentence comes from (id, title, url and the sentence's offsets)
and the other articles that report the same event, and says whether the event was planned and,
when later articles tell, whether it was held, postponed or cancelled.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np

from dateline.events.model import EventMention
from dateline.quotes.lexicon import live_stamp_end, wire_datelines
from dateline.timelines.articles import ArticleInfo, article_date, original_article
from dateline.timelines.dating import (
    BEFORE_WEIGHT,
    WEAK_PLANNED_WEIGHT,
    WEAK_WEIGHT,
    anchor_weight,
    mention_interval,
    spread_before,
    supports_day,
)
from dateline.timelines.events import (
    Event,
    GroupingParams,
    content_terms,
    gc_paused,
    group_events,
    tfidf_matrix,
)
from dateline.timelines.query import named_terms
from dateline.timelines.segments import is_furniture, piece
from dateline.timelines.status import mention_status

log = logging.getLogger(__name__)

#: MMR trade-off between relevance (1.0) and novelty (0.0).
MMR_LAMBDA = 0.7
#: A sentence this close (cosine) to one already chosen for the date is a repetition.
REDUNDANT = 0.6
#: Relevance factor of a reporting-verb mention ("said", "announced").
REPORTING_WEIGHT = 0.5
#: A day whose every source weighs at most this (an event the text puts before the day, a plan only
#: told on it) is no date of the timeline.
NOT_ON_DAY = max(BEFORE_WEIGHT, WEAK_PLANNED_WEIGHT)
#: Extractor score (``EventMention.score``) below which a mention only its article dates (an aside, a
#: habit, a background state, a sub-heading: "Wagner Group is a formation of mercenaries that
#: supports ...") gives its day no vote: it is told on that day, it does not happen on it.
SIDE_SCORE = 0.5
#: Words beyond which a sentence reads badly as a summary (a run-on of captions or quotes).
LONG_SENTENCE = 45
#: Relevance factor of a summary sentence whose own date is coarser than the timeline's date (a year on a day).
COARSER_FACTOR = 0.5
#: Candidate sentences kept per date before MMR (the best supported ones).
MAX_CANDIDATES = 300
#: Statuses whose events do not belong on a timeline of what happened or is planned.
_OFF_TIMELINE = ("denied", "hypothetical")
#: The dates a timeline can have: days ("2022-09-30"), months ("2022-09") or years ("2022").
GRANULARITIES = ("day", "month", "year")
_KEY_LENGTH = {"day": 10, "month": 7, "year": 4}
#: Relevance factor, on a month or year timeline, of a sentence whose own time expression names a date
#: inside the month or year (:func:`names_its_date`; on a day timeline the anchor weights alone decide).
TEXT_DATED_FACTOR = 1.5


@dataclass
class Citation:
    """Where an entry's sentence comes from: the article and the sentence's character offsets."""

    article_id: str
    title: str
    url: str | None
    source: str | None
    published: str | None
    field: str
    start: int
    end: int


@dataclass
class Entry:
    """One sentence of a date's summary."""

    text: str
    event_id: str
    label: str
    event_type: str | None  # the event's category (PLOVER-like), when the extractor gave one
    status: str  # the event's current status
    display_status: str  # "happened", "planned", "planned, held", "cancelled", ...
    planned: bool  # the sentence reports the event as planned (not yet happened)
    weak_date: bool  # the date rests on publication dates only
    citations: list[Citation]  # articles carrying this sentence (syndicated copies included)
    also_reported_by: list[str]  # other original articles reporting the same event

    @property
    def article_ids(self) -> list[str]:
        return [c.article_id for c in self.citations]


@dataclass
class TimelineDate:
    """A date of the timeline with its score and summary."""

    date: str  # ISO day, or the month ("2022-09") or year ("2022") of a coarser timeline
    score: float  # independent sources placing an event on this date (weak ones count less)
    entries: list[Entry]
    events: list[str]  # ids of the events placed on this date, best supported first
    granularity: str = "day"  # "day", "month" or "year"


@dataclass
class Timeline:
    """A timeline: chosen dates in chronological order, each with a short summary."""

    dates: list[TimelineDate] = field(default_factory=list)
    query: str | None = None
    entity: str | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    n_articles: int = 0  # original articles among the filtered mentions
    n_mentions: int = 0  # mentions that passed the filters
    n_events: int = 0
    events: list[Event] = field(default_factory=list)
    granularity: str = "day"  # "day", "month" or "year": what each of ``dates`` is

    def to_dict(self, events: bool = False) -> dict[str, Any]:
        """Plain data (JSON-ready). ``events=True`` adds every event with its mentions.

        A month or year timeline says so (``"granularity": "month"``, dates like "2022-09"); a day
        timeline leaves the key out, so its data is as it always was.
        """
        coarse = {} if self.granularity == "day" else {"granularity": self.granularity}
        d: dict[str, Any] = {
            "query": self.query, "entity": self.entity, "place": self.place,
            "date_from": self.date_from, "date_to": self.date_to, **coarse, "n_articles": self.n_articles,
            "n_mentions": self.n_mentions, "n_events": self.n_events,
            "dates": [
                {"date": td.date, "score": round(td.score, 3), "events": list(td.events),
                 "entries": [{**{k: v for k, v in asdict(e).items() if k != "citations"},
                              "citations": [asdict(c) for c in e.citations]} for e in td.entries]}
                for td in self.dates
            ],
        }
        if events:
            d["events"] = [e.to_dict() for e in self.events]
        return d

    def summaries(self) -> dict[dt.date, list[str]]:
        """``{date: [sentence, ...]}``, the form ``dateline.timelines.metrics`` scores (a month or a
        year is keyed by its first day)."""
        return {first_day(td.date): [e.text for e in td.entries] for td in self.dates}

    def __len__(self) -> int:
        return len(self.dates)


# -- filters


def _word_pattern(name: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(name.strip()) + r"(?!\w)", re.I)


def filter_mentions(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo], *,
                    query: str | None = None, entity: str | None = None, place: str | None = None,
                    date_from: str | None = None, date_to: str | None = None) -> list[EventMention]:
    """The mentions that pass every filter given (see :func:`build_timeline`)."""
    out = list(mentions)
    if query:
        terms = set(content_terms(query))
        if terms:
            seen: dict[str, set[str]] = {}

            def words_of(text: str) -> set[str]:
                if text not in seen:
                    seen[text] = set(content_terms(text))
                return seen[text]

            def has_query(m: EventMention) -> bool:
                # a name in another spelling counts too ("Zelenskiy" for "Zelensky": :mod:`.query`)
                info = articles.get(m.article_id)
                found = named_terms(query, m.sentence, words_of(m.sentence))
                if info and info.title and not terms <= found:
                    found |= named_terms(query, info.title, words_of(info.title))
                return terms <= found

            out = [m for m in out if has_query(m)]
    if entity:
        pat, low = _word_pattern(entity), entity.strip().lower()
        out = [m for m in out if any((p.entity or "").lower() == low for p in m.agents + m.patients)
               or pat.search(m.sentence)]
    if place:
        pat, low = _word_pattern(place), place.strip().lower()

        def at_place(m: EventMention) -> bool:
            if m.place and any(str(m.place.get(k) or "").lower() == low for k in ("name", "text", "country")):
                return True
            return bool(pat.search(m.sentence))

        out = [m for m in out if at_place(m)]
    if date_from or date_to:
        lo = dt.date.fromisoformat(date_from[:10]).toordinal() if date_from else -(10**9)
        hi = dt.date.fromisoformat(date_to[:10]).toordinal() if date_to else 10**9
        out = [m for m in out if _overlaps(mention_interval(m, articles), lo, hi)]
    return out


def spread_relative(mentions: Sequence[EventMention]) -> list[EventMention]:
    """Mark every mention dated only by its article as ``relative`` when another event of its sentence is:
    in "Days later he annexes four regions after staging referendums", the staging is no more on the
    article's day than the annexation."""
    narrative = {(m.article_id, m.field, m.sentence_start) for m in mentions
                 if m.relative and m.anchor != "timex"}
    if not narrative:
        return list(mentions)
    return [replace(m, relative=True)
            if not m.relative and m.anchor == "article" and (m.article_id, m.field, m.sentence_start) in narrative
            else m for m in mentions]


def _overlaps(interval: tuple[int, int, bool], lo: int, hi: int) -> bool:
    s, e, _ = interval
    return s <= hi and lo <= e


# -- dates


def check_granularity(granularity: str) -> str:
    """``granularity`` when it is one of ``GRANULARITIES``; a ValueError that names them otherwise."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}, not {granularity!r}")
    return granularity


def date_key(iso: str, granularity: str = "day") -> str:
    """The key of the day, month or year holding the ISO day ``iso``: "2022-09-30", "2022-09", "2022"."""
    return iso[:_KEY_LENGTH[check_granularity(granularity)]]


def granularity_of(key: str) -> str:
    """"day", "month" or "year": what a date key ("2022-09-30", "2022-09", "2022") names."""
    return {4: "year", 7: "month"}.get(len(key), "day")


@lru_cache(maxsize=10_000)
def key_bounds(key: str) -> tuple[int, int]:
    """(first day, last day), as ordinals, of the day, month or year a date key names."""
    kind = granularity_of(key)
    if kind == "day":
        day = dt.date.fromisoformat(key).toordinal()
        return day, day
    year = int(key[:4])
    if kind == "year":
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    month = int(key[5:7])
    first = dt.date(year, month, 1).toordinal()
    return first, dt.date(year + month // 12, month % 12 + 1, 1).toordinal() - 1


def first_day(key: str) -> dt.date:
    """The first day of the day, month or year a date key names."""
    return dt.date.fromordinal(key_bounds(key)[0])


def placed_in(event: Event, granularity: str = "day") -> str | None:
    """The key of the day, month or year ``event`` is placed in, or None when its date is unknown or
    wider than that (a month on a day timeline, a decade on a year timeline)."""
    if not event.date_start:
        return None
    if granularity == "day":
        return event.date_start if event.precision == "day" else None
    key = date_key(event.date_start, granularity)
    return key if date_key(event.date_end or event.date_start, granularity) == key else None


def _source_weights(event: Event, articles: Mapping[str, ArticleInfo], granularity: str = "day"
                    ) -> dict[str, float]:
    """{original article: weight} for the sources that date ``event`` in its best day (month, year)."""
    out: dict[str, float] = {}
    lo, hi = key_bounds(date_key(event.date_start, granularity)) if event.date_start else (None, None)
    for m in event.mentions:
        interval = mention_interval(m, articles)
        if lo is None or hi is None or not supports_day(m, interval, lo, hi):
            w = WEAK_WEIGHT * 0.5  # reports the event, dates it elsewhere (or a coarser date)
        else:
            w = anchor_weight(m, interval[2])
        if m.reporting:
            w *= REPORTING_WEIGHT
        src = original_article(m.article_id, articles)
        out[src] = max(out.get(src, 0.0), w)
    return out


def happens_in(event: Event, articles: Mapping[str, ArticleInfo], granularity: str = "day") -> bool:
    """Whether a mention of ``event`` tells it as happening (or planned) in the day (month, year) it is
    placed in, rather than in passing: one that supports that date and is not an aside, a habit, a
    background state or a sub-heading only its article dates (an extractor score below ``SIDE_SCORE``:
    "Wagner Group is a formation of mercenaries that supports the actions of the Russian army" tells
    of no event of the day it was published)."""
    if not event.date_start:
        return False
    lo, hi = key_bounds(date_key(event.date_start, granularity))
    for m in event.mentions:
        interval = mention_interval(m, articles)
        if not supports_day(m, interval, lo, hi) or anchor_weight(m, interval[2]) <= NOT_ON_DAY:
            continue
        if not (interval[2] and m.score < SIDE_SCORE):
            return True
    return False


def score_dates(events: Sequence[Event], articles: Mapping[str, ArticleInfo], granularity: str = "day"
                ) -> dict[str, tuple[float, list[Event]]]:
    """{date key: (score, events placed in it)} for the events precise to a day (to a month, to a
    year: see :func:`placed_in`). A date none of whose events :func:`happens_in` it is left out."""
    per_day: dict[str, dict[str, float]] = defaultdict(dict)
    on_day: dict[str, list[tuple[float, Event]]] = defaultdict(list)
    real: set[str] = set()
    for ev in events:
        key = placed_in(ev, granularity)
        if key is None:
            continue
        if key not in real and happens_in(ev, articles, granularity):
            real.add(key)
        weights = _source_weights(ev, articles, granularity)
        votes = per_day[key]
        for src, w in weights.items():
            votes[src] = max(votes.get(src, 0.0), w)
        on_day[key].append((sum(weights.values()), ev))
    out = {}
    for day, votes in per_day.items():
        if max(votes.values(), default=0.0) <= NOT_ON_DAY or day not in real:
            continue  # every source puts its event before this day, only told a plan or an aside on it
        ranked = [ev for _, ev in sorted(on_day[day], key=lambda x: (-x[0], x[1].id))]
        out[day] = (sum(votes.values()), ranked)
    return out


# -- summaries


@cache
def dangling_starts() -> frozenset[str]:
    """First words of sentences that lean on the sentence before (``dangling_starts.txt``)."""
    text = resources.files(__package__).joinpath("dangling_starts.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#", 1)[0].strip()))


def readability(sentence: str) -> float:
    """A factor in (0, 1]: lower for a sentence that cannot stand alone, or is very short or long."""
    words = sentence.split()
    factor = 1.0
    if words and words[0].lower().strip("\"'“‘(") in dangling_starts():
        factor *= 0.6
    if len(words) < 6:
        factor *= 0.5
    elif len(words) > LONG_SENTENCE:
        # a run-on of captions or quotes: the longer, the less it reads as one sentence
        factor *= max(0.2, min(0.7, (LONG_SENTENCE / len(words)) ** 1.5))
    return factor


@cache
def _month_words() -> frozenset[str]:
    """Month names and abbreviations, lower case, from the time tagger's list (``lists/month.tsv``)."""
    from dateline.time.resources import load

    months = load().lists["month"]
    return frozenset(w.rstrip(".") for w in months.words) | frozenset(w.lower() for w in months.cased)


def names_its_date(m: EventMention) -> bool:
    """Whether the time expression dating ``m`` names its date, with a number (a year, a day of the
    month) or a month: "in March 2014", "on June 24", "in 1991"; not "today", "on Friday", "last week",
    which a reader can only place from the article's date."""
    text = str((m.timex or {}).get("text") or "")
    if any(c.isdigit() for c in text):
        return True
    return any(w in _month_words() for w in re.findall(r"[a-z]+", text.lower()))


def _norm_sentence(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@dataclass
class _Candidate:
    text: str
    event: Event
    mentions: list[EventMention]
    weight: float
    # the same sentence also tells, on this date, of an event that happened ("voted Saturday to impeach"):
    # it is no report of a plan, whichever of its events the summary is filed under
    done_too: bool = False


def summary_span(m: EventMention) -> tuple[int, int]:
    """(start, end) in the article of the text a summary shows for ``m``: its sentence, or the piece of
    a run-on sentence that holds its trigger (:func:`dateline.timelines.segments.piece`)."""
    a, b = _trimmed(m.sentence, *piece(m.sentence, m.start - m.sentence_start))
    return m.sentence_start + a, m.sentence_start + b


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without the spaces and line breaks at either end of ``text[a:b]``: a sentence runs to
    the next one's start, paragraph break included, but its citation ends at its last character; nor
    the wire dateline that opens a story ("LONDON, July 5 (Reuters) - ") or the time that opens a
    live blog's entry ("7:55 p.m. ET: "), which are no part of what happened."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    head = next((end for start, end in wire_datelines(text[a:b]) if start == 0), 0)
    if 0 < head < b - a:
        a += head
    stamp = live_stamp_end(text, a, b)
    if stamp is not None and stamp < b:
        a = stamp
    return a, b


def summary_text(m: EventMention) -> str:
    """The text a summary shows for ``m`` (see :func:`summary_span`)."""
    a, b = _trimmed(m.sentence, *piece(m.sentence, m.start - m.sentence_start))
    return m.sentence[a:b]


def drop_furniture(mentions: Sequence[EventMention]) -> list[EventMention]:
    """The mentions whose trigger is not in the page's furniture (a link list, a numbered slideshow of
    other news: :func:`dateline.timelines.segments.is_furniture`)."""
    return [m for m in mentions if not is_furniture(m.sentence, m.start - m.sentence_start)]


#: Relevance factor, on a timeline of topic words, of a summary sentence that names none of them (an
#: article about the topic also tells of other things: a singer's tweet in a story about another singer).
OFF_QUERY_FACTOR = 0.6


def _candidates(events: Sequence[Event], day: str, articles: Mapping[str, ArticleInfo],
                query: str | None = None) -> list[_Candidate]:
    """The sentences that can summarize the date ``day`` (a day, month or year key), best first; a
    sentence naming none of the ``query``'s terms (:func:`dateline.timelines.query.named_terms`) is less
    relevant."""
    lo, hi = key_bounds(day)
    coarse = lo != hi
    by_text: dict[tuple[str, str], _Candidate] = {}
    for ev in events:
        support = 1.0 + min(len(ev.sources), 10) / 10
        for m in ev.mentions:
            if m.score_why == "heading":
                continue  # a sub-heading ("– UN grain ship sets sail –") is no sentence to cite
            interval = mention_interval(m, articles)
            s, e, weak = interval
            w = anchor_weight(m, weak) if supports_day(m, interval, lo, hi) else WEAK_WEIGHT * 0.5
            if w <= BEFORE_WEIGHT:
                continue  # the text puts it before this day ("agreed a deal ... last month"): no summary of it
            if e - s > hi - lo and not weak:
                w *= COARSER_FACTOR  # "early this year" does not tell of Monday 7 November
            if coarse and m.anchor == "timex" and not weak and lo <= s and e <= hi and names_its_date(m):
                w *= TEXT_DATED_FACTOR  # its own words date it in this month or year
            w *= (REPORTING_WEIGHT if m.reporting else 1.0) * max(m.score, 0.05) * support
            text = summary_text(m)
            w *= readability(text)
            if query and content_terms(query) and not named_terms(query, text):
                w *= OFF_QUERY_FACTOR
            if ev.status != "planned" and mention_status(m) == "planned":
                w *= 0.5  # once an event has happened, prefer the reports of it happening
            key = (_norm_sentence(text), ev.id)
            cand = by_text.get(key)
            if cand is None:
                by_text[key] = _Candidate(text.strip(), ev, [m], w)
            else:
                cand.mentions.append(m)
                cand.weight = max(cand.weight, w)
    done = {text for (text, _), c in by_text.items() if any(mention_status(m) != "planned" for m in c.mentions)}
    for (text, _), c in by_text.items():
        c.done_too = text in done
    ranked = sorted(by_text.values(), key=lambda c: (-c.weight, c.text))
    return ranked[:MAX_CANDIDATES]


def select_sentences(cands: Sequence[_Candidate], k: int) -> list[_Candidate]:
    """Up to ``k`` central, non-redundant candidates by MMR over TF-IDF cosines; a headline only when
    no sentence of its article's text is a candidate (it repeats the story's lead)."""
    if not cands or k <= 0:
        return []
    # a headline repeats its story's lead: not beside a sentence of its own article
    body = {m.article_id for c in cands for m in c.mentions if m.field != "title"}
    cands = [c for c in cands if not all(m.field == "title" and m.article_id in body for m in c.mentions)]
    x = tfidf_matrix([c.text for c in cands])
    weights = np.array([c.weight for c in cands])
    centroid = np.asarray(x.T @ weights).ravel()
    norm = np.linalg.norm(centroid)
    central = (x @ centroid) / norm if norm else np.zeros(len(cands))
    central = np.asarray(central).ravel()
    relevance = central + 0.5 * weights / weights.max()
    sims = (x @ x.T).toarray()
    norms = [_norm_sentence(c.text) for c in cands]
    chosen: list[int] = []
    covered: set[str] = set()
    while len(chosen) < min(k, len(cands)):
        best, best_score = -1, -np.inf
        for i in range(len(cands)):
            if i in chosen:
                continue
            redundancy = max((sims[i, j] for j in chosen), default=0.0)
            if redundancy >= REDUNDANT or any(norms[i] == norms[j] for j in chosen):
                continue
            score = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy
            if cands[i].event.id in covered:
                score -= 0.3
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        chosen.append(best)
        covered.add(cands[best].event.id)
    return [cands[i] for i in chosen]


def _citation(m: EventMention, articles: Mapping[str, ArticleInfo]) -> Citation:
    info = articles.get(m.article_id)
    start, end = summary_span(m)
    return Citation(article_id=m.article_id, title=info.title if info else "", url=info.url if info else None,
                    source=info.source if info else None, published=article_date(m, articles),
                    field=m.field, start=start, end=end)


def _entry(cand: _Candidate, articles: Mapping[str, ArticleInfo]) -> Entry:
    ev = cand.event
    seen, citations = set(), []
    for m in sorted(cand.mentions, key=lambda m: (article_date(m, articles) or "", m.article_id)):
        if m.article_id not in seen:
            seen.add(m.article_id)
            citations.append(_citation(m, articles))
    own = {original_article(a, articles) for a in seen}
    planned = all(mention_status(m) == "planned" for m in cand.mentions) and not cand.done_too
    return Entry(text=cand.text, event_id=ev.id, label=ev.label, event_type=ev.type, status=ev.status,
                 display_status=ev.display_status, planned=planned, weak_date=ev.weak_date,
                 citations=citations, also_reported_by=[s for s in ev.sources if s not in own])


# -- the timeline


def build_timeline(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo], *,
                   query: str | None = None, entity: str | None = None, place: str | None = None,
                   date_from: str | None = None, date_to: str | None = None, dates: int | None = None,
                   per_date: int = 2, include_planned: bool = True,
                   params: GroupingParams | None = None, granularity: str = "day") -> Timeline:
    """A timeline of the events in ``mentions`` (see the module docstring).

    ``dates`` caps the number of dates (the best scored are kept, then put in order);
    ``per_date`` is the number of sentences per date; ``include_planned=False`` leaves out
    events that, as far as the articles tell, have not happened yet. ``granularity`` ("day",
    "month" or "year") makes each date a day, a month or a year (a ValueError for anything else).
    """
    check_granularity(granularity)
    with gc_paused():
        return _build(mentions, articles, query=query, entity=entity, place=place, date_from=date_from,
                      date_to=date_to, dates=dates, per_date=per_date, include_planned=include_planned,
                      params=params, granularity=granularity)


def _build(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo], *, query: str | None,
           entity: str | None, place: str | None, date_from: str | None, date_to: str | None,
           dates: int | None, per_date: int, include_planned: bool, params: GroupingParams | None,
           granularity: str) -> Timeline:
    timeline = Timeline(query=query, entity=entity, place=place, date_from=date_from, date_to=date_to,
                        granularity=granularity)
    marked = spread_before(spread_relative(mentions), articles)
    kept = filter_mentions(drop_furniture(marked), articles, query=query, entity=entity,
                           place=place, date_from=date_from, date_to=date_to)
    timeline.n_mentions = len(kept)
    timeline.n_articles = len({original_article(m.article_id, articles) for m in kept})
    if not kept:
        return timeline
    events = [ev for ev in group_events(kept, articles, params) if ev.status not in _OFF_TIMELINE]
    if not include_planned:
        events = [ev for ev in events if ev.status not in ("planned", "postponed", "cancelled")]
    lo = date_from[:10] if date_from else None
    hi = date_to[:10] if date_to else None
    events = [ev for ev in events if not ev.date_start
              or ((lo is None or ev.date_start >= lo) and (hi is None or ev.date_start <= hi))]
    timeline.events = events
    timeline.n_events = len(events)
    scored = score_dates(events, articles, granularity)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], -len(kv[1][1]), kv[0]))
    per_day, own = _own_sentences(ranked, dates, lambda day, evs: _candidates(evs, day, articles, query))
    for day, (score, day_events) in sorted(kv for kv in ranked if kv[0] in own):
        chosen = select_sentences(own[day], per_date)
        timeline.dates.append(TimelineDate(date=day, score=score, entries=[_entry(c, articles) for c in chosen],
                                           events=[ev.id for ev in day_events], granularity=granularity))
    return timeline


def _own_sentences(ranked: Sequence[tuple[str, tuple[float, list[Event]]]], dates: int | None,
                   candidates: Any) -> tuple[dict[str, list[_Candidate]], dict[str, list[_Candidate]]]:
    """({date: candidates}, {date: its own candidates}) for the best ranked dates, at most ``dates``.

    A sentence is told once: on the date where it weighs most ("attacked on Monday, the military said"
    belongs to Monday, not also to the day it was said). A date left with no sentence of its own (its
    only sentences are told on another date, or are sub-headings) is no date of the timeline: the next
    best ranked date takes its place."""
    limit = len(ranked) if dates is None else max(0, dates)
    per_day: dict[str, list[_Candidate]] = {}
    dropped: set[str] = set()
    while True:
        chosen = [kv for kv in ranked if kv[0] not in dropped][:limit]
        for day, (_, day_events) in chosen:
            if day not in per_day:
                per_day[day] = candidates(day, day_events)
        best_day: dict[str, tuple[float, str]] = {}
        for day, _ in chosen:
            for c in per_day[day]:
                key = _norm_sentence(c.text)
                if key not in best_day or (c.weight, day) > best_day[key]:
                    best_day[key] = (c.weight, day)
        own = {day: [c for c in per_day[day] if best_day[_norm_sentence(c.text)][1] == day] for day, _ in chosen}
        empty = {day for day, cands in own.items() if not cands}
        if not empty:
            return per_day, own
        dropped |= empty
