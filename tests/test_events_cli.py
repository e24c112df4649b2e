"""``dateline events``: event mentions of an article as JSON."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import dateline.cli.events  # noqa: F401  (registers the commands until the lead lists the module)
from dateline.cli import app
from dateline.events import EventMention

runner = CliRunner()
TEXT = "Moscow will annex four regions at a ceremony on Friday, the Kremlin said on Thursday."


def test_events_prints_mentions_with_offsets(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["events", "--dct", "2022-09-29", str(path)])
    assert result.exit_code == 0, result.output
    found = [EventMention.from_dict(d) for d in json.loads(result.stdout)]
    by_lemma = {e.lemma: e for e in found}
    assert by_lemma["annex"].status == "planned" and by_lemma["annex"].date == "2022-09-30"
    assert by_lemma["say"].reporting and by_lemma["say"].date == "2022-09-29"
    assert all(TEXT[e.start:e.end] == e.trigger for e in found)


def test_events_reads_stdin():
    result = runner.invoke(app, ["events", "--dct", "2022-09-29"], input="Rebels attacked the town.")
    assert result.exit_code == 0
    assert [d["lemma"] for d in json.loads(result.stdout)] == ["attack"]


def test_events_needs_a_valid_dct():
    result = runner.invoke(app, ["events"], input="Rebels attacked the town.")
    assert result.exit_code == 2 and "--dct" in result.output
    result = runner.invoke(app, ["events", "--dct", "Friday"], input="x")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_events_min_score_leaves_out_passing_mentions():
    text = "Russia has shelled the city every day since the Olympics."
    kept = json.loads(runner.invoke(app, ["events", "--dct", "2022-09-29"], input=text).stdout)
    every = json.loads(runner.invoke(app, ["events", "--dct", "2022-09-29", "--min-score", "0"], input=text).stdout)
    assert len(every) > len(kept)
    assert all(e["score"] >= 0.5 for e in kept)
    assert "shelled" in {e["trigger"] for e in kept}
