"""Helpers shared by the layer tests: run one layer on a short text and check that every item's
offsets point at its own text (imported as ``layer_checks``, as ``pg_server`` is)."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.analysis import Analysis, analyze
from dateline.entities import Entity, EntityMention, extract_entities
from dateline.events import EventMention, extract_events
from dateline.model import Article
from dateline.nlp import parse
from dateline.places import Place, resolve_places
from dateline.quotes import Quote, quotes_for_text
from dateline.time import tag


def check_quote_offsets(text: str, quotes: list[Quote]) -> None:
    """Content, speaker and cue spans are the text they claim; a speaker stays in one paragraph."""
    for q in quotes:
        assert text[q.content[0]:q.content[1]] == q.content_text
        if q.speaker:
            assert text[q.speaker[0]:q.speaker[1]] == q.speaker_text
            assert "\n" not in q.speaker_text
        if q.cue:
            assert text[q.cue[0]:q.cue[1]] == q.cue_text


def quotes_of(text: str) -> list[Quote]:
    """The quotes of ``text``, their offsets checked."""
    quotes = quotes_for_text(text)
    check_quote_offsets(text, quotes)
    return quotes


def by_cue(quotes: list[Quote], cue: str) -> Quote:
    """The one quote whose cue is ``cue``."""
    (q,) = [q for q in quotes if q.cue_text == cue]
    return q


def places_of(text: str) -> list[Place]:
    """The places resolved in ``text``, their offsets, confidence and reason checked."""
    doc = parse(text)
    mentions, _ = extract_entities(doc)
    places = resolve_places(doc, mentions)
    for p in places:
        assert text[p.start:p.end] == p.text
        assert 0.0 < p.confidence <= 1.0 and p.reason
    return places


@dataclass
class Mention:
    """A hand-labelled entity mention, as the places layer reads one."""

    start: int
    end: int
    text: str
    label: str


def places_with(text: str, *labelled: tuple[str, str]) -> list[Place]:
    """Resolve hand-labelled mentions, (surface text, label) each taken at its first occurrence,
    so that a test checks the places layer and not the model's labels."""
    mentions = []
    for surface, label in labelled:
        i = text.index(surface)
        mentions.append(Mention(i, i + len(surface), surface, label))
    places = resolve_places(parse(text), mentions)
    for p in places:
        assert text[p.start:p.end] == p.text
        assert 0.0 < p.confidence <= 1.0 and p.reason
    return places


def ents_with(text: str, *ents: tuple) -> tuple[object, list[EntityMention], list[Entity]]:
    """Parse, set the model's entities to (surface, label[, search from]) and extract: (doc, mentions,
    entities), every mention's offsets checked."""
    doc = parse(text)
    spans = []
    for surface, label, *after in ents:
        i = text.index(surface, *after)
        span = doc.char_span(i, i + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    mentions, entities = extract_entities(doc)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return doc, mentions, entities


def by_trigger(found: list[EventMention], word: str) -> EventMention:
    """The first event mention whose trigger is ``word`` (any case)."""
    hits = [e for e in found if e.trigger.lower() == word]
    assert hits, f"no {word!r} in {[e.trigger for e in found]}"
    return hits[0]


def events_at(text: str, dct: str, **options: object) -> list[EventMention]:
    """The event mentions of ``text`` written on ``dct``, time expressions included, each checked to
    point at its own trigger."""
    found = extract_events(parse(text), tag(text, dct), dct, article_id="t", **options)
    for e in found:
        assert text[e.start:e.end] == e.trigger
    return found


def event_at_word(text: str, dct: str, word: str, nth: int = 0) -> EventMention | None:
    """The event mention whose trigger starts at the ``nth`` occurrence of ``word`` in ``text`` (None
    when no mention starts there)."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(word, pos + 1)
    return next((e for e in events_at(text, dct) if e.start == pos), None)


def text_labels(mentions: list[EntityMention]) -> list[tuple[str, str]]:
    """(text, label) of each entity mention, in order."""
    return [(m.text, m.label) for m in mentions]


def entity_mentions(text: str) -> list[EntityMention]:
    """The entity mentions of ``text``, each checked to point at its own text."""
    ms, _ = extract_entities(parse(text))
    for m in ms:
        assert text[m.start:m.end] == m.text
    return ms


def analysed(text: str, dct: str, title: str = "") -> Analysis:
    """Every layer of an article with that text, date and title, as the pipeline reads it."""
    return analyze(Article.from_dict({"date": dct, "title": title, "text": text}))
