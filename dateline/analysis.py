"""The analysis pipeline: every layer dateline reads in an article, in one pass.

    from dateline.analysis import analyze
    result = analyze(article)            # Analysis: timexes, entities, places, quotes, events
    result.to_dict()                     # JSON-ready, every item with its field and offsets

The title and the text are analysed separately; every item says which ``field`` it was found
in, and its offsets point into that field. The layers run in the order they depend on each
other: language (spaCy parse) → time → entities → places → quotes → events.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Any

from . import nlp
from .entities import Entity, extract_entities
from .events import extract_events
from .model import Article
from .places import resolve_places
from .quotes import extract_quotes
from .time import tag

FIELDS = ("title", "text")


def engine() -> str:
    """The name and version of the engine that computed an analysis (stored with it)."""
    return f"dateline {version('dateline')}"


@dataclass
class Analysis:
    """One article and every layer read in it."""

    article: Article
    timexes: list[dict[str, Any]] = field(default_factory=list)
    entity_mentions: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "timexes": self.timexes,
            "entities": self.entities,
            "entity_mentions": self.entity_mentions,
            "places": self.places,
            "quotes": self.quotes,
            "events": self.events,
        }


def analyze(article: Article) -> Analysis:
    """Read every layer of one article."""
    return next(analyze_many([article]))


def analyze_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Analysis]:
    """Analyse many articles, parsing them in batches (much faster than one at a time)."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch)
            batch = []
    if batch:
        yield from _analyze_batch(batch)


def _analyze_batch(articles: list[Article]) -> Iterator[Analysis]:
    texts = [getattr(a, f) or "" for a in articles for f in FIELDS]
    docs = list(nlp.parse_many(texts))
    for i, article in enumerate(articles):
        result = Analysis(article)
        entities: dict[str, dict[str, Any]] = {}
        parts: dict[str, Analysis] = {}
        known: list[Any] = []
        # the text first: a place named in both the title and the text is read as the text reads it
        for fname in sorted(FIELDS, key=lambda f: f != "text"):
            doc = docs[i * len(FIELDS) + FIELDS.index(fname)]
            if not doc.text.strip():
                continue
            parts[fname] = Analysis(article)
            known += _analyze_field(parts[fname], entities, article, fname, doc, known)
        for fname in FIELDS:  # items in the order of the fields, the title's first
            if fname in parts:
                for layer in ("timexes", "entity_mentions", "places", "quotes", "events"):
                    getattr(result, layer).extend(getattr(parts[fname], layer))
        result.entities = sorted(entities.values(), key=lambda e: (-e.get("mentions", 0), e["key"]))
        yield result


def _analyze_field(
    result: Analysis, entities: dict[str, dict[str, Any]], article: Article, fname: str, doc: Any,
    known: Iterable[Any] = (),
) -> list[Any]:
    """Add the layers of one field of ``article`` to ``result``; return the places resolved in it."""
    text = doc.text
    timexes = tag(text, article.dct)
    result.timexes += [{"field": fname, **t.to_dict()} for t in timexes]

    title = fname == "title"  # a headline is read with the text's words and people (analysed first)
    mentions, ents = extract_entities(doc, context=article.text or "" if title else "",
                                      known=[Entity(**e) for e in entities.values()] if title else ())
    result.entity_mentions += [{"field": fname, **m.to_dict()} for m in mentions]
    for e in ents:
        d = e.to_dict()
        known_entity = entities.get(d["key"])
        if known_entity is None:
            entities[d["key"]] = d
        else:  # the same entity in title and text: add up
            known_entity["mentions"] = known_entity.get("mentions", 0) + d.get("mentions", 0)
            for k in ("aliases", "roles"):
                known_entity[k] = sorted(set(known_entity.get(k) or []) | set(d.get(k) or []))
            if len(d["name"]) > len(known_entity["name"]) or (
                    known_entity["name"].isupper() and d["name"].lower() == known_entity["name"].lower()
                    and not d["name"].isupper() and known_entity.get("label") in ("GPE", "LOC")):
                known_entity["name"] = d["name"]  # (a dateline's "LIMA" is the headline's "Lima")

    places = resolve_places(doc, mentions, known)
    result.places += [{"field": fname, **p.to_dict()} for p in places]

    speakers = _SpeakerIndex(mentions)
    for q in extract_quotes(doc, names=[(m.start, m.end, m.label) for m in mentions]):
        d = q.to_dict()
        d["field"] = fname
        d["entity_key"] = speakers.entity_for(q.speaker, q.speaker_name)
        entity = entities.get(d["entity_key"] or "")
        if entity is not None and entity.get("label") in ("PERSON", "ORG") and d.get("speaker_name") in (
                entity["name"], *(entity.get("aliases") or ())):
            # "Jobs said" is Steve Jobs: one speaker by the article's fullest name for them, as the
            # entities layer joined the mentions ("Apple Inc." and "Apple" alike)
            d["speaker_name"] = entity["name"]
        result.quotes.append(d)

    events = extract_events(
        doc, timexes, article.dct, article_id=article.id, field=fname, entities=mentions, places=places
    )
    result.events += [ev.to_dict() for ev in events]
    return places


class _SpeakerIndex:
    """The entity mentions of a text, indexed once, so that finding the entity of each quote's speaker
    stays cheap however many quotes and mentions a text has."""

    def __init__(self, mentions: list[Any]) -> None:
        self.order = {id(m): i for i, m in enumerate(mentions)}  # the first in extraction order wins
        self.keyed = sorted((m for m in mentions if getattr(m, "key", None)), key=lambda m: m.start)
        self.starts = [m.start for m in self.keyed]
        self.longest = max((m.end - m.start for m in self.keyed), default=0)
        self.by_name: dict[str, str] = {}
        for m in mentions:  # the first mention named so, in the order extraction gave them
            if getattr(m, "key", None):
                self.by_name.setdefault(m.text.lower(), m.key)

    def entity_for(self, span: tuple[int, int] | None, name: str | None) -> str | None:
        """The canonical entity of a quote's speaker: the mention overlapping it, else one named alike."""
        if span is not None:
            lo = bisect.bisect_left(self.starts, span[0] - self.longest)
            hits = [m for m in self.keyed[lo:bisect.bisect_left(self.starts, span[1])]
                    if m.start < span[1] and span[0] < m.end]
            if hits:
                return min(hits, key=lambda m: self._order(m)).key
        if name:
            return self.by_name.get(name.lower())
        return None

    def _order(self, m: Any) -> int:
        return self.order.get(id(m), 0)
