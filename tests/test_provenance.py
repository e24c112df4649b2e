"""Provenance: every item the pipeline extracts points at the exact characters it came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.analysis import analyze_many
from dateline.model import Article

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo" / "meantime-apple.jsonl"
SEED = ROOT.parent / "shared" / "seed" / "annexation-2022-09-29.txt"


def _articles() -> list[Article]:
    arts = [Article.from_dict(json.loads(line)) for line in DEMO.read_text(encoding="utf-8").splitlines()[:4]]
    if SEED.exists():
        from dateline.readers import read_paths

        arts += [a for a in read_paths([str(SEED)]) if isinstance(a, Article)]
    return arts


@pytest.fixture(scope="module")
def results():
    return list(analyze_many(_articles()))


def _field(result, name: str) -> str:
    return getattr(result.article, name)


def test_every_layer_slices_back_to_its_text(results):
    checked = 0
    for r in results:
        for t in r.timexes:
            assert _field(r, t["field"])[t["start"]:t["end"]] == t["text"]
            checked += 1
        for m in r.entity_mentions:
            assert _field(r, m["field"])[m["start"]:m["end"]] == m["text"]
            checked += 1
        for p in r.places:
            assert _field(r, p["field"])[p["start"]:p["end"]] == p["text"]
            checked += 1
        for q in r.quotes:
            text = _field(r, q["field"])
            assert text[q["content"][0]:q["content"][1]] == q["content_text"]
            if q["speaker"]:
                assert text[q["speaker"][0]:q["speaker"][1]] == q["speaker_text"]
            if q["cue"]:
                assert text[q["cue"][0]:q["cue"][1]] == q["cue_text"]
            checked += 1
        for e in r.events:
            text = _field(r, e["field"])
            assert e["article_id"] == r.article.id
            assert text[e["start"]:e["end"]] == e["trigger"]
            assert text[e["sentence_start"]:e["sentence_end"]] == e["sentence"]
            assert e["sentence_start"] <= e["start"] < e["end"] <= e["sentence_end"]
            for p in e["agents"] + e["patients"]:
                assert text[p["start"]:p["end"]] == p["text"]
            checked += 1
    assert checked > 100


def test_layers_are_found_in_titles_too(results):
    fields = {item["field"] for r in results for item in r.entity_mentions}
    assert fields == {"title", "text"}


def test_seed_article_layers(results):
    seed = [r for r in results if r.article.dct == "2022-09-29"]
    if not seed:
        pytest.skip("the seed article is in ../shared/seed")
    r = seed[0]
    speakers = {q["speaker_name"] for q in r.quotes if q["kind"] == "direct"}
    assert {"Dmitry Peskov", "Rodion Miroshnik", "Karine Jean-Pierre"} <= speakers
    oblasts = {p["name"] for p in r.places if p["country_code"] == "UA" and p["kind"] == "region"}
    assert {"Donetsk", "Luhansk", "Kherson"} <= oblasts and any(n.startswith("Zaporiz") for n in oblasts)
    ceremony = [e for e in r.events if e["lemma"] == "ceremony" and e["anchor"] == "timex"]
    assert ceremony and all(e["date"].startswith("2022-09-30") and e["status"] == "planned" for e in ceremony)
    us = [e for e in r.events if e["reporting"] and any(a["text"] == "United States" for a in e["agents"])]
    assert us and us[0]["date"] == "2022-09-28"
