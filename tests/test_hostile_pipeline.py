"""Hostile and broken input through the whole pipeline: readers, store, analysis, CLI and API.

What must hold: nothing crashes with a traceback, a bad record is reported and the others still go
in, a failure in one article or in one later step does not undo (or poison) an ingest, an
interrupted ingest keeps what it committed, and text from articles is never read as terminal markup.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

GOOD = {"date": "2022-09-29", "title": "Ceremony set", "text": "Peskov said on Thursday that the ceremony "
        "would take place in Moscow on Friday."}


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def count(db: str, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_broken_files_are_rejected_and_the_rest_goes_in(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "2022-09-29-binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "nodates.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title>'
        "<description>Putin spoke in Moscow.</description></item></channel></rss>", encoding="utf-8")
    jsonl(folder / "good.jsonl", [GOOD, "not json", [1, 2], {"date": "2022-02-30", "text": "x"}])
    db = str(tmp_path / "t.db")
    res = run("ingest", str(folder), "--db", db, "--quiet")
    assert res.exit_code == 1, res.output
    assert count(db, "SELECT count(*) FROM articles") == 1
    for where in ("empty.txt", "2022-09-29-binary.txt", "nodates.xml#entry 1", "good.jsonl:2",
                  "good.jsonl:3", "good.jsonl:4"):
        assert where in res.output
    # Each rejection is one line (greppable), whatever the terminal width.
    assert any("good.jsonl:4: bad date" in line and "ISO 8601" in line for line in res.output.splitlines())
    assert "Traceback" not in res.output
    # A file named on the command line in a format dateline does not read is said so.
    (tmp_path / "page.bin").write_bytes(b"\x00\x01\x02")
    res = run("ingest", str(tmp_path / "page.bin"), "--db", db, "--quiet")
    assert res.exit_code == 1 and "does not read '.bin' files" in res.output


def test_lone_surrogates_and_nul_bytes_in_json_are_stored(tmp_path):
    src = jsonl(tmp_path / "odd.jsonl", [
        '{"date": "2022-09-29", "title": "lone \\ud800 surrogate", "text": "Text \\udc00 and NUL \\u0000 in Kyiv."}',
        GOOD,
    ])
    db = str(tmp_path / "t.db")
    res = run("ingest", str(src), "--db", db, "--quiet")
    assert res.exit_code == 0, res.output
    con = sqlite3.connect(db)
    title, text = con.execute("SELECT title, text FROM articles WHERE title LIKE 'lone%'").fetchone()
    assert title == "lone \ufffd surrogate"
    assert "\x00" not in text and "\ufffd" in text
    assert count(db, "SELECT count(*) FROM analyses") == 2


def test_article_text_is_never_read_as_terminal_markup(tmp_path):
    rec = {"date": "2022-09-29", "title": "[/bold] closing [red]tag", "source": "[/]src",
           "text": "Text [/] with [bold]markup[/bold] and :smile: said Peskov on Friday in Moscow."}
    db = str(tmp_path / "t.db")
    assert run("ingest", str(jsonl(tmp_path / "m.jsonl", [rec])), "--db", db, "--quiet").exit_code == 0
    aid = json.loads(run("search", "markup", "--db", db, "--json").stdout)[0]["id"]
    res = run("show", aid, "--db", db)
    assert res.exit_code == 0
    assert "[/bold] closing [red]tag" in res.output and "[bold]markup[/bold]" in res.output
    assert ":smile:" in res.output and "[/]src" in res.output
    res = runner.invoke(app, ["search", "markup", "--db", db], env={"COLUMNS": "250"})
    assert res.exit_code == 0 and "[/bold] closing [red]tag" in res.output
    assert run("entities", "--db", db).exit_code == 0
    # An error message that quotes a file name with brackets prints it as it is.
    res = run("ingest", str(tmp_path / "[/]nope"), "--db", db)
    assert res.exit_code == 2 and "[/]nope: no such file or folder" in res.output


def test_bad_database_paths_give_plain_errors(tmp_path):
    notdb = tmp_path / "notsqlite.db"
    notdb.write_text("this is not a database\n" * 50, encoding="utf-8")
    src = jsonl(tmp_path / "a.jsonl", [GOOD])
    for args in (["stats"], ["search", "x"], ["timeline"], ["ingest", str(src), "--quiet"]):
        res = run(*args, "--db", str(notdb))
        assert res.exit_code == 2, (args, res.output)
        assert "not a dateline database" in res.output and "Traceback" not in res.output
    # A folder that cannot hold a database: under a file, or a folder given as the database.
    for db, said in ((tmp_path / "a.jsonl" / "x.db", "is a file, not a folder"), (tmp_path, "is a folder"),
                     (tmp_path / "nope" / "x.db", "does not exist")):
        res = run("ingest", str(src), "--db", str(db), "--quiet")
        assert res.exit_code == 2 and said in res.output, res.output
    res = run("stats", "--db", str(tmp_path / "missing.db"))
    assert res.exit_code == 2 and "ingest some articles first" in res.output
    assert not (tmp_path / "missing.db").exists()


def test_one_article_failing_analysis_does_not_stop_the_others(tmp_path, monkeypatch):
    import dateline.analysis as analysis

    real = analysis.analyze_many

    def flaky(articles, *a, **k):
        for art in articles:
            if "POISON" in art.text:
                raise RuntimeError("boom")
            yield from real([art], *a, **k)

    monkeypatch.setattr(analysis, "analyze_many", flaky)
    poison = {"date": "2022-09-28", "title": "Bad", "text": "POISON in this text."}
    db = str(tmp_path / "t.db")
    res = run("ingest", str(jsonl(tmp_path / "a.jsonl", [poison, GOOD])), "--db", db, "--quiet")
    assert res.exit_code == 1
    assert "could not analyse article" in res.output and "RuntimeError: boom" in res.output
    assert count(db, "SELECT count(*) FROM articles") == 2
    assert count(db, "SELECT count(*) FROM analyses") == 1
    # The next ingest of another file is not blocked by the bad article (it is retried, and fails alone).
    other = dict(GOOD, title="Other", text="Zelensky spoke in Kyiv on Monday.")
    res = run("ingest", str(jsonl(tmp_path / "b.jsonl", [other])), "--db", db, "--quiet")
    assert count(db, "SELECT count(*) FROM analyses") == 2
    assert count(db, "SELECT count(*) FROM articles") == 3


def test_a_failing_story_grouping_keeps_the_ingest(tmp_path, monkeypatch):
    import dateline.stories as stories

    def broken(*_a, **_k):
        raise OverflowError("cannot convert float infinity to integer")

    monkeypatch.setattr(stories, "cluster_articles", broken)
    db = str(tmp_path / "t.db")
    res = run("ingest", str(jsonl(tmp_path / "a.jsonl", [GOOD])), "--db", db, "--quiet")
    assert res.exit_code == 1
    assert "grouping them into stories failed" in res.output
    assert count(db, "SELECT count(*) FROM articles") == 1
    assert count(db, "SELECT count(*) FROM analyses") == 1


def test_interrupted_ingest_keeps_committed_articles_and_resumes(tmp_path, monkeypatch):
    import dateline.cli.store_cmds as store_cmds

    records = [dict(GOOD, title=f"Story {i}", text=f"Story number {i}: Peskov spoke in Moscow on Friday.")
               for i in range(5)]
    src = jsonl(tmp_path / "a.jsonl", records)
    db = str(tmp_path / "t.db")

    def interrupt(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(store_cmds, "analyze_pending", interrupt)
    res = run("ingest", str(src), "--db", db, "--quiet")
    assert res.exit_code == 130
    assert "interrupted" in res.output and "run the same command again" in res.output
    assert count(db, "SELECT count(*) FROM articles") == 5
    assert count(db, "SELECT count(*) FROM analyses") == 0
    monkeypatch.undo()
    res = run("ingest", str(src), "--db", db, "--quiet")
    assert res.exit_code == 0, res.output
    assert count(db, "SELECT count(*) FROM articles") == 5
    assert count(db, "SELECT count(DISTINCT article_id) FROM analyses") == 5
    assert count(db, "SELECT count(*) FROM analyses") == 5


def test_invalid_utf8_on_standard_input(tmp_path):
    bad = b'Peskov said \xff on Friday: "We will sign." \xed\xa0\x80'
    for args in (["quotes", "-"], ["events", "--dct", "2022-09-29", "-"], ["timex", "--dct", "2022-09-29", "-"]):
        res = runner.invoke(app, args, input=bad)
        assert res.exception is None or isinstance(res.exception, SystemExit), (args, res.exception)
        assert res.exit_code == 0, (args, res.output)
        json.loads(res.stdout)


def test_quotes_jsonl_with_lone_surrogates():
    line = '{"id": "a", "text": "\\ud800 \\"We will sign,\\" Peskov said."}\n'
    res = run("quotes", "--jsonl", input=line)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["id"] == "a"


def test_deeply_nested_quotation_marks(tmp_path):
    text = "Peskov said: " + "“'\"" * 200 + "deep" + "\"'”" * 200 + " on Friday."
    res = run("quotes", "-", input=text)
    assert res.exit_code == 0
    for q in json.loads(res.stdout)["quotes"]:
        assert 0 <= q["content"][0] <= q["content"][1] <= len(text)


def test_html_scripts_do_not_reach_the_text(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2022-09-29T10:00:00Z">'
        "<title>Page</title><script>var secret = 1;</script></head><body><article><h1>Headline</h1>"
        "<p>Peskov said on Friday that the ceremony would go ahead in Moscow.</p>"
        '<script>document.write("injected text")</script></article></body></html>', encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert run("ingest", str(page), "--db", db, "--quiet").exit_code == 0
    text = sqlite3.connect(db).execute("SELECT text FROM articles").fetchone()[0]
    assert "ceremony" in text and "injected" not in text and "secret" not in text


def test_api_survives_hostile_requests(tmp_path):
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    db = str(tmp_path / "t.db")
    assert run("ingest", str(jsonl(tmp_path / "a.jsonl", [GOOD])), "--db", db, "--quiet").exit_code == 0
    client = TestClient(create_app(db))
    r = client.post("/api/analyze", content='{"date": "2022-09-29", "text": "\\ud800 Peskov said \\u0000 so."}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert "\ufffd" in r.json()["article"]["text"]
    r = client.post("/api/analyze", content="not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "not valid JSON" in r.json()["error"]
    r = client.get("/api/search", params={"q": '"'})
    assert r.status_code == 200
    r = client.get("/api/articles/" + "x" * 5000)
    assert r.status_code == 404


def test_huge_json_line_is_rejected_and_the_next_goes_in(tmp_path):
    src = tmp_path / "huge.jsonl"
    with src.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"date": "2022-09-29", "title": "Huge", "text": "word " * 2_200_000}) + "\n")
        f.write(json.dumps(GOOD) + "\n")
    db = str(tmp_path / "t.db")
    res = run("ingest", str(src), "--db", db, "--no-analyze", "--quiet")
    assert res.exit_code == 1
    assert "huge.jsonl:1" in res.output and "MB" in res.output
    assert count(db, "SELECT count(*) FROM articles") == 1


@pytest.mark.slow
def test_sigint_during_a_real_ingest_keeps_the_database_intact(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(60):
        (folder / f"2022-09-{(i % 28) + 1:02d}-story{i}.txt").write_text(
            f"Story {i}. Peskov said on Friday that talks in Moscow would resume next week. " * 30, encoding="utf-8")
    db = str(tmp_path / "t.db")
    cmd = [sys.executable, "-m", "dateline.cli", "ingest", str(folder), "--db", db, "--quiet"]
    if not (ROOT / "dateline" / "cli" / "__main__.py").exists():
        cmd = [str(Path(sys.executable).parent / "dateline"), "ingest", str(folder), "--db", db, "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if count(db, "SELECT count(*) FROM articles") > 0:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert count(db, "SELECT count(*) FROM articles") == 60 >= kept
    assert count(db, "SELECT count(*) FROM analyses") == 60


@pytest.mark.slow
@pytest.mark.parametrize("name,content", [
    ("2022-09-29-digits.txt", "7" * 1_000_000 + "\n"),
    ("2022-09-29-mays.txt", " ".join(["May"] * 100_000)),
])
def test_pathological_texts_are_stored_and_do_not_poison_the_database(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    db = str(tmp_path / "t.db")
    res = run("ingest", str(tmp_path / name), "--db", db, "--quiet")
    assert res.exit_code in (0, 1), res.output
    assert count(db, "SELECT count(*) FROM articles") == 1
    res = run("ingest", str(jsonl(tmp_path / "a.jsonl", [GOOD])), "--db", db, "--quiet")
    assert count(db, "SELECT count(*) FROM articles") == 2
    assert count(db, "SELECT count(*) FROM analyses") == 2


def test_an_endless_chain_of_reported_speech_is_analysed():
    # "X said that Y told Z that W said that ...": a status read up a chain of reporting verbs stops
    # after a few steps (it once recursed until Python's stack ran out)
    from dateline.analysis import analyze
    from dateline.model import Article

    text = "Peskov said that Miroshnik told RIA that the US said that " * 450
    result = analyze(Article(date=dt.date(2022, 9, 29), title="Chain", text=text)).to_dict()
    assert len(result["events"]) > 900
    assert all(len(e["sentence"]) <= 2000 for e in result["events"])  # a run-on sentence is cut around each event
