"""The store commands end to end, as a user runs them, in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "annexation-2022-09-29.txt"

runner = CliRunner()

RECORDS = [
    {"date": "2022-09-29", "title": "Kremlin sets annexation ceremony", "url": "https://news.example/a",
     "text": "Moscow will formally annex four regions of Ukraine at a Kremlin ceremony on Friday, the "
             "Russian presidency said on Thursday. The United States said it would never recognize the "
             "move and promised sanctions. The votes were held from Sept. 23 to Sept. 27."},
    {"date": "2022-09-30", "title": "Putin signs annexation", "url": "https://news.example/b",
     "text": "President Vladimir Putin signed treaties on Friday annexing four regions of Ukraine in a "
             "ceremony at the Kremlin, a move Kyiv and the West rejected as illegal."},
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_ingest_search_show_stats(tmp_path):
    db = str(tmp_path / "t.db")
    src = write_jsonl(tmp_path / "a.jsonl", RECORDS)
    res = run("ingest", str(src), "--db", db, "--no-analyze", "--quiet")
    assert res.exit_code == 0, res.output
    assert "new articles" in res.output
    # Idempotent: a second ingest adds nothing.
    res = run("ingest", str(src), "--db", db, "--no-analyze", "--quiet")
    assert res.exit_code == 0
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert stats["articles"] == 2
    hits = json.loads(run("search", "ceremony", "--db", db, "--json").stdout)
    assert {h["title"] for h in hits} == {r["title"] for r in RECORDS}
    hits = json.loads(run("search", "treaties", "--db", db, "--json").stdout)
    assert [h["title"] for h in hits] == ["Putin signs annexation"]
    shown = json.loads(run("show", hits[0]["id"], "--db", db, "--json").stdout)
    assert shown["article"]["date"] == "2022-09-30"
    res = run("show", "no-such-id", "--db", db)
    assert res.exit_code == 1


def test_rejected_records_give_exit_code_1_and_reasons(tmp_path):
    db = str(tmp_path / "t.db")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(RECORDS[0]) + "\n{not json\n" + json.dumps({"title": "x", "text": "no date"}) + "\n")
    res = run("ingest", str(bad), "--db", db, "--no-analyze", "--quiet")
    assert res.exit_code == 1
    assert "bad.jsonl:2" in res.output and "bad.jsonl:3" in res.output
    assert "date" in res.output.lower()
    assert json.loads(run("stats", "--db", db, "--json").stdout)["articles"] == 1


def test_usage_errors_give_exit_code_2(tmp_path):
    db = str(tmp_path / "t.db")
    assert run("ingest", str(tmp_path / "missing.jsonl"), "--db", db).exit_code == 2
    assert run("ingest", "x.jsonl", "--date", "2022-13-45", "--db", db).exit_code == 2
    assert run("stats", "--db", str(tmp_path / "none.db")).exit_code == 2
    notdb = tmp_path / "not.db"
    notdb.write_text("hello")
    assert run("stats", "--db", str(notdb)).exit_code == 2


def test_every_command_has_help():
    for cmd in ("ingest", "search", "show", "stats", "demo", "analyze", "quotes", "timex", "timeline", "entities",
                "serve", "cluster", "entity-timelines"):
        res = run(cmd, "--help")
        assert res.exit_code == 0 and "Example" in res.output, cmd


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is in ../shared/seed")
def test_analyze_seed_and_quotes_by_speaker(tmp_path):
    db = str(tmp_path / "t.db")
    res = run("ingest", str(SEED), "--db", db, "--quiet")
    assert res.exit_code == 0, res.output
    out = run("quotes", "--db", db, "--speaker", "Peskov", "--json").stdout
    quotes = json.loads(out)
    assert quotes and all("Peskov" in (q["speaker_name"] or q["speaker_text"]) for q in quotes)
    assert quotes[0]["date"] == "2022-09-29"
    doc = json.loads(run("analyze", str(SEED)).stdout)
    values = {t["text"]: t["value"] for t in doc["timexes"]}
    assert values.get("Tomorrow") == "2022-09-30"
    assert {"timexes", "entities", "places", "quotes", "events"} <= doc.keys()
    text = doc["article"]["text"]
    for q in doc["quotes"]:
        if q["field"] == "text":
            assert text[q["content"][0]:q["content"][1]] == q["content_text"]


def test_records_of_one_file_rejected_for_one_reason_share_a_line(tmp_path):
    db = str(tmp_path / "t.db")
    bad = tmp_path / "many.jsonl"
    bad.write_text("".join(json.dumps({"title": f"x{i}", "text": "no date here"}) + "\n" for i in range(30))
                   + "{not json\n")
    res = run("ingest", str(bad), "--db", db, "--no-analyze", "--quiet")
    assert res.exit_code == 1
    assert "many.jsonl: 30 records (:1, :2, :3, ...): no date" in res.output
    assert "many.jsonl:31" in res.output and "many.jsonl:4:" not in res.output
