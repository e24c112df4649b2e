"""The entity and place layers on hostile input: empty, huge, all capitals, no parse."""

from __future__ import annotations

import random

import pytest
from spacy.tokens import Doc, Span

from dateline.entities import extract_entities
from dateline.nlp import load, parse
from dateline.places import places_geojson, resolve_places


def test_empty_doc():
    doc = parse("")
    mentions, entities = extract_entities(doc)
    assert mentions == [] and entities == []
    assert resolve_places(doc, mentions) == []
    assert places_geojson([]) == {"type": "FeatureCollection", "features": []}


def _capitalised_doc(n: int) -> Doc:
    """n capitalised words, every other one tagged, on a Doc with no tagger or parser."""
    rng = random.Random(0)
    vocab = ["Putin", "Kherson", "President", "Mr", "NATO", "Paris", "Georgia", "Said", "The", "People's",
             "Republic", "Foo", "Bar", "Washington", "Spokesman"]
    words = [rng.choice(vocab) for _ in range(n)]
    doc = Doc(load().vocab, words=words)
    labels = ["PERSON", "GPE", "ORG", "LOC", "WORK_OF_ART"]
    doc.ents = [Span(doc, i, i + 1, label=rng.choice(labels)) for i in range(0, len(doc), 2)]
    return doc


def _check(doc: Doc) -> None:
    mentions, entities = extract_entities(doc)
    assert mentions and entities
    for m in mentions[:1000]:
        assert doc.text[m.start:m.end] == m.text
    places = resolve_places(doc, mentions)
    assert places and all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in places)


def test_5k_capitalised_tokens_without_a_parse():
    _check(_capitalised_doc(5_000))


@pytest.mark.slow
def test_100k_capitalised_tokens_without_a_parse():
    _check(_capitalised_doc(100_000))


@pytest.mark.slow
def test_parsed_capitalised_text():
    text = " ".join(["President Foo Bar Said Kherson And Paris Of The People's Republic."] * 2000)
    doc = parse(text)
    mentions, _ = extract_entities(doc)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    resolve_places(doc, mentions)
