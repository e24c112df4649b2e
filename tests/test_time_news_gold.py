"""The hand-annotated news gold of the time benchmark (benchmarks/data/time_news) is well formed,
and, where ../shared is present, its texts rebuild exactly and every span names its text."""

from __future__ import annotations

import hashlib
import json

import pytest

from benchmarks.bench_time import NEWS_GOLD, news_text
from benchmarks.common import BENCH_DATA

TYPES = {"DATE", "TIME", "DURATION", "SET"}


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (NEWS_GOLD / name).open(encoding="utf-8")]


def test_every_gold_item_is_well_formed_and_belongs_to_a_text():
    docs = {(d["round"], d["set"], d["doc"]) for d in _rows("docs.jsonl")}
    gold = _rows("gold.jsonl")
    assert len(gold) > 1000
    for g in gold:
        assert (g["round"], g["set"], g["doc"]) in docs
        assert g["type"] in TYPES and g["value"]
        assert 0 <= g["start"] < g["end"] and g["end"] - g["start"] == len(g["text"])


def test_texts_rebuild_from_shared_and_spans_match():
    if not BENCH_DATA.exists():
        pytest.skip("../shared is not on this machine")
    docs = _rows("docs.jsonl")
    gold = _rows("gold.jsonl")
    texts = {}
    for d in docs:
        text = news_text(d)
        assert text is not None, d["doc"]
        assert hashlib.sha1(text.encode()).hexdigest() == d["sha1"], d["doc"]
        texts[(d["round"], d["set"], d["doc"])] = text
    for g in gold:
        assert texts[(g["round"], g["set"], g["doc"])][g["start"]:g["end"]] == g["text"]
