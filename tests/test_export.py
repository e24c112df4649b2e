"""Exports: TimeML that TimeML readers accept (text kept), JSON lines with layers, events as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import pytest

from dateline.analysis import analyze, engine
from dateline.export import article_timeml, export_store
from dateline.model import Article
from dateline.store import open_store
from dateline.time import read_timeml

TEXT = ('Moscow will formally annex four regions of Ukraine at a Kremlin ceremony on Friday, the Russian '
        'presidency said on Thursday. "We will never recognize <this> & that," a U.S. official said.')


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("exp") / "t.db")
    a = Article(date=dt.date(2022, 9, 29), title="Kremlin to annex regions", text=TEXT, url="https://x.example/a?b=1")
    s.add(a)
    s.save_analysis(analyze(a).to_dict(), engine())
    yield s
    s.close()


def test_timeml_is_well_formed_keeps_the_text_and_links_events_to_times(store, tmp_path):
    assert export_store(store, "timeml", tmp_path / "tml") == 1
    (path,) = list((tmp_path / "tml").glob("*.tml"))
    root = ET.parse(path).getroot()
    assert root.find("DCT/TIMEX3").get("value") == "2022-09-29"
    doc = read_timeml(path)
    assert doc.text == TEXT and doc.dct == "2022-09-29"
    values = {t.text: t.value for t in doc.gold}
    assert values["Friday"] == "2022-09-30" and values["Thursday"] == "2022-09-29"
    events = {e.text: e.get("class") for e in root.iter("EVENT")}
    assert events.get("said") == "REPORTING" and "ceremony" in events
    tlinks = list(root.iter("TLINK"))
    assert tlinks and all(t.get("relType") == "IS_INCLUDED" for t in tlinks)
    negated = [m for m in root.iter("MAKEINSTANCE") if m.get("polarity") == "NEG"]
    assert negated  # "never recognize"


def test_jsonl_and_csv(store, tmp_path):
    assert export_store(store, "jsonl", tmp_path / "a.jsonl") == 1
    rec = json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))
    assert rec["article"]["text"] == TEXT and rec["timexes"] and rec["events"]
    for e in rec["events"]:
        field = TEXT if e["field"] == "text" else rec["article"]["title"]
        assert field[e["start"]:e["end"]] == e["trigger"]
    export_store(store, "csv", tmp_path / "e.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "e.csv").read_text(encoding="utf-8"))))
    assert rows and {r["article_date"] for r in rows} == {"2022-09-29"}
    assert any(r["lemma"] == "ceremony" and r["date"] == "2022-09-30" and r["status"] == "planned" for r in rows)


def test_unknown_format_is_refused(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export_store(store, "xlsx", tmp_path / "x")


def test_overlapping_tags_never_cross():
    rec = {"article": {"id": "a", "date": "2022-09-29", "title": "t", "text": "on Friday night"},
           "timexes": [{"field": "text", "start": 3, "end": 15, "type": "TIME", "value": "2022-09-30TNI"}],
           "events": [{"field": "text", "start": 10, "end": 15, "status": "happened", "anchor": "article"}]}
    root = ET.fromstring(article_timeml(rec))
    assert [t.text for t in root.iter("TIMEX3")][-1] == "Friday night"
    assert list(root.iter("EVENT")) == []


def test_jsonl_export_reads_back_in_with_the_same_ids(store, tmp_path):
    from dateline.readers import read_paths

    export_store(store, "jsonl", tmp_path / "back.jsonl")
    again = [a for a in read_paths([str(tmp_path / "back.jsonl")]) if isinstance(a, Article)]
    assert [a.id for a in again] == [r["id"] for r in store.articles()]
    assert again[0].text == TEXT and again[0].date == dt.date(2022, 9, 29)
