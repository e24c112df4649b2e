"""A newcomer's walk through the command line: help, ingest, the read commands, every timeline format.

One small analysed database is built once (module fixture) and every read command is run on it as
the README shows them, checking what a user would look at: exit codes, counts, the JSON shapes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.app import unwrap_help

runner = CliRunner()

COMMANDS = ["version", "ingest", "analyze", "search", "show", "stats", "demo", "entities", "timeline", "serve",
            "timex", "timeml", "quotes", "cluster", "events", "entity-timelines"]

RECORDS = [
    {"date": "2022-09-29", "title": "Kremlin sets annexation ceremony", "url": "https://news.example/a",
     "source": "Wire", "text": 'Moscow will formally annex four regions of Ukraine at a Kremlin ceremony on Friday. '
     '"The ceremony will take place tomorrow at 15:00," spokesman Dmitry Peskov told reporters in Moscow '
     'on Thursday. The United States said it would never recognize the move.'},
    {"date": "2022-09-30", "title": "Putin signs annexation treaties", "url": "https://news.example/b",
     "source": "Daily", "text": "President Vladimir Putin signed treaties on Friday annexing four regions of "
     "Ukraine in a ceremony at the Kremlin in Moscow. Peskov said the regions would be defended."},
    {"date": "2022-10-03", "title": "Kherson fighting", "url": "https://news.example/c",
     "source": "Daily", "text": "Ukrainian forces advanced near Kherson on Sunday, officials in Kyiv said on "
     "Monday. The Kremlin said on Monday that the annexation of Kherson would stand."},
]


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("walk")
    src = folder / "news.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    path = str(folder / "walk.db")
    res = run("ingest", str(src), "--db", path, "--quiet")
    assert res.exit_code == 0, res.output
    assert "new articles" in res.output
    return path


# -- help ------------------------------------------------------------------------------------------

def test_top_level_help_lists_every_command():
    res = run("--help")
    assert res.exit_code == 0
    for name in COMMANDS:
        assert name in res.output


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_help_has_an_example(name):
    res = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "Example" in res.output
    assert "Traceback" not in res.output


def test_help_paragraphs_are_not_broken_mid_sentence():
    # The docstring breaks "its\nold version kept"; --help joins the lines of a paragraph.
    res = runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "200"})
    assert "an article whose text changed is updated and its old version kept" in res.output
    # Example lines keep their own lines.
    lines = [line.strip() for line in res.output.splitlines()]
    assert "dateline ingest articles.jsonl" in lines
    assert "dateline ingest news/ --db ukraine.db" in lines


def test_unwrap_help_joins_prose_and_keeps_examples():
    doc = "Title line.\n\n    First part of a\n    paragraph.\n\n    Examples:\n      a --x\n      b --y\n"
    assert unwrap_help(doc) == "Title line.\n\nFirst part of a paragraph.\n\nExamples:\n  a --x\n  b --y"


def test_no_arguments_shows_help():
    res = runner.invoke(app, [])
    assert "Usage" in res.output


# -- ingest and the read commands ---------------------------------------------------------------------

def test_reingest_is_idempotent(db, tmp_path):
    src = tmp_path / "again.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    res = run("ingest", str(src), "--db", db, "--quiet")
    assert res.exit_code == 0
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert stats["articles"] == 3
    assert stats["event_mentions"] > 0 and stats["timexes"] > 0 and stats["quotes"] > 0


def test_stats_table(db):
    res = run("stats", "--db", db)
    assert res.exit_code == 0
    assert "articles" in res.output and "2022-09-29" in res.output


def test_search_json_and_table(db):
    hits = json.loads(run("search", "treaties", "--db", db, "--json").stdout)
    assert [h["title"] for h in hits] == ["Putin signs annexation treaties"]
    hits = json.loads(run("search", "annexation", "--db", db, "--json", "--from", "2022-09-30").stdout)
    assert {h["date"] for h in hits} <= {"2022-09-30", "2022-10-03"} and hits
    # The table shows the matched word in its [brackets] (they are not eaten as markup).
    res = runner.invoke(app, ["search", "treaties", "--db", db], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    assert "[treaties]" in res.output


def test_search_without_match_says_so(db):
    res = run("search", "zzzqqq", "--db", db)
    assert res.exit_code == 0
    assert "No article matches" in res.output


def test_show_by_prefix_and_as_json(db):
    hits = json.loads(run("search", "Kherson", "--db", db, "--json").stdout)
    aid = hits[0]["id"]
    res = run("show", aid[:6], "--db", db)
    assert res.exit_code == 0
    assert "Kherson fighting" in res.output and "Time expressions" in res.output
    shown = json.loads(run("show", aid, "--db", db, "--json").stdout)
    assert shown["article"]["id"] == aid
    assert all(t["start"] < t["end"] for t in shown["timexes"])
    res = run("show", "h", "--db", db)
    assert res.exit_code == 1
    assert "first 4 or more characters" in res.output


def test_entities_and_quotes_by_speaker(db):
    rows = json.loads(run("entities", "--db", db, "--json").stdout)
    names = {r["name"] for r in rows}
    assert "Moscow" in names or "Kremlin" in names
    res = run("entities", "Peskov", "--db", db)
    assert res.exit_code == 0 and "Peskov" in res.output
    quotes = json.loads(run("quotes", "--db", db, "--speaker", "Peskov", "--json").stdout)
    assert quotes and all("Peskov" in (q["speaker_name"] or q["speaker_text"]) for q in quotes)
    assert quotes[0]["date"] >= quotes[-1]["date"]  # newest first
    res = run("quotes", "--db", db, "--speaker", "Peskov")
    assert res.exit_code == 0 and "2022-09-" in res.output
    res = run("quotes", "--db", db)
    assert res.exit_code == 2  # --db without --speaker


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "html", "timelinejs"])
def test_timeline_every_format(db, fmt):
    res = run("timeline", "--db", db, "--format", fmt, "--dates", "3")
    assert res.exit_code == 0, res.output
    out = res.stdout
    if fmt == "md":
        assert out.startswith("# Timeline")
    elif fmt == "json":
        data = json.loads(out)
        assert 1 <= len(data["dates"]) <= 3
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and {"date", "text"} <= set(rows[0])
    elif fmt == "html":
        assert out.lstrip().startswith("<!DOCTYPE html>") and "<script" not in out
    else:
        assert json.loads(out)["events"]


def test_timeline_format_names_a_user_may_type(db):
    res = run("timeline", "--db", db, "--format", "Markdown", "--dates", "1")
    assert res.exit_code == 0 and res.stdout.startswith("# Timeline")
    res = run("timeline", "--db", db, "--format", "timeml")
    assert res.exit_code != 0 and "dateline export timeml" in res.output


def test_timeline_filters(db, tmp_path):
    def dates(*args: str) -> list[str]:
        res = run("timeline", "--db", db, "--format", "json", *args)
        assert res.exit_code == 0, res.output
        return [d["date"] for d in json.loads(res.stdout)["dates"]]

    every = dates()
    assert every
    window = dates("--from", "2022-09-30", "--to", "2022-10-31")
    assert window and all("2022-09-30" <= d <= "2022-10-31" for d in window)
    assert len(dates("--dates", "1")) == 1
    assert dates("zzzqqq") == []
    assert set(dates("Kherson")) <= set(every)
    assert set(dates("--entity", "Putin")) <= set(every)
    assert set(dates("--place", "Moscow")) <= set(every)
    res = run("timeline", "--db", db, "--format", "json", "--per-date", "1")
    assert all(len(d["entries"]) <= 1 for d in json.loads(res.stdout)["dates"])
    out = tmp_path / "t.html"
    res = run("timeline", "--db", db, "--format", "html", "--out", str(out))
    assert res.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("args", [
    ["--from", "2022-13-01"], ["--from", "2022-10-01", "--to", "2022-09-01"], ["--format", "xml"], ["--dates", "0"],
])
def test_timeline_usage_errors(db, args):
    res = run("timeline", "--db", db, *args)
    assert res.exit_code == 2
    assert "Traceback" not in res.output


# -- commands over one text --------------------------------------------------------------------------

def test_analyze_file_and_stdin(tmp_path):
    src = tmp_path / "story-2022-09-29.txt"
    src.write_text(RECORDS[0]["text"], encoding="utf-8")
    res = run("analyze", str(src))
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["article"]["date"] == "2022-09-29"
    assert {"timexes", "entities", "places", "quotes", "events"} <= set(doc)
    undated = tmp_path / "story.txt"
    undated.write_text("Text without a date.", encoding="utf-8")
    res = run("analyze", str(undated))
    assert res.exit_code == 1 and "--date" in res.output
    res = run("analyze", str(undated), "--date", "2022-09-29")
    assert res.exit_code == 0


def test_timex_events_quotes_cluster_over_text():
    res = run("timex", "--dct", "2022-09-29", "-", input="The ceremony is tomorrow at 15:00.")
    values = [t["value"] for t in json.loads(res.stdout)]
    assert values == ["2022-09-30", "2022-09-30T15:00"]
    res = run("timex", "--dct", "2022-09-29", "--explain", "-", input="tomorrow")
    assert "2022-09-30" in res.stdout
    assert run("timex", "-", input="tomorrow").exit_code == 2  # --dct missing
    res = run("events", "--dct", "2022-09-29", "-", input="Putin signed the treaties on Friday.")
    assert any(e["trigger"] == "signed" for e in json.loads(res.stdout))
    res = run("quotes", "-", input='"We will sign," Peskov said.')
    assert json.loads(res.stdout)["quotes"][0]["kind"] == "direct"
    lines = "".join(json.dumps({"id": str(i), "date": r["date"], "title": r["title"], "text": r["text"]}) + "\n"
                    for i, r in enumerate(RECORDS))
    res = run("cluster", "--jsonl", input=lines + "not json\n")
    assert res.exit_code == 1
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [o["id"] for o in out] == ["0", "1", "2"]


def test_version():
    res = run("version")
    assert res.exit_code == 0 and res.stdout.strip()


def test_entity_timelines_reads_entities_from_any_readable_file(tmp_path):
    corpus = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "semeval2015-trial" / \
        "Corpus-trial-data_task4_TimeML"
    if not corpus.is_dir():
        pytest.skip("SemEval-2015 trial data not available")
    ents = tmp_path / "ents.txt"
    ents.write_text("Steve Jobs\n", encoding="utf-8")
    res = run("entity-timelines", str(corpus), "--entities", str(ents), "--out", str(tmp_path / "out"))
    assert res.exit_code == 0, res.output
    text = (tmp_path / "out" / "steve_jobs.txt").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "Steve Jobs" and len(text.splitlines()) > 3


# -- serve -------------------------------------------------------------------------------------------

def test_serve_refuses_a_busy_port_in_plain_words(db):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        res = run("serve", "--db", db, "--port", str(port))
    assert res.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in res.output and "--port" in res.output
    assert run("serve", "--db", db, "--port", "70000").exit_code == 2


def test_serve_answers_the_page_and_the_api_then_stops(db):
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    exe = Path(sys.executable).parent / "dateline"
    if not exe.exists():
        pytest.skip("the dateline program is not installed next to this Python")
    proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port)], stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                stats = json.loads(urllib.request.urlopen(base + "/api/stats", timeout=2).read())
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not answer")
        assert stats["articles"] == 3
        page = urllib.request.urlopen(base + "/", timeout=5).read().decode()
        assert "<title>dateline</title>" in page
        tl = json.loads(urllib.request.urlopen(base + "/api/timeline?dates=2", timeout=30).read())
        assert 1 <= len(tl["dates"]) <= 2
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=30)
    assert code == 0
    assert "Traceback" not in proc.stderr.read()


def test_unwritable_outputs_give_plain_errors(db, tmp_path):
    res = run("timeline", "--db", db, "--out", str(tmp_path))
    assert res.exit_code == 1 and "cannot write the timeline" in res.output
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    res = run("timeline", "--db", db, "--out", str(blocker / "t.md"))
    assert res.exit_code == 1 and "cannot write the timeline" in res.output


def test_python_dash_m_dateline_is_the_same_tool():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "dateline", "version"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == runner.invoke(app, ["version"]).output.strip()
