"""``dateline quotes``: JSON lines in, one line of quotes per article out; bad lines reported."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


def lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_jsonl_writes_one_line_per_article():
    text = '"We will never recognize this," Press Secretary Karine Jean-Pierre told reporters.'
    stdin = lines({"id": "a1", "date": "2022-09-29", "text": text},
                  {"id": "a2", "date": "2022-09-29", "text": "Nothing was said here."})
    result = runner.invoke(app, ["quotes", "--jsonl"], input=stdin)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a1", "a2"]
    (q,) = out[0]["quotes"]
    assert q["kind"] == "direct" and q["speaker_name"] == "Karine Jean-Pierre"
    s, e = q["content"]
    assert text[s:e] == '"We will never recognize this,"'
    s, e = q["speaker"]
    assert text[s:e] == "Press Secretary Karine Jean-Pierre"
    s, e = q["cue"]
    assert text[s:e] == "told"
    assert out[1]["quotes"] == []


def test_bad_lines_are_reported_and_the_run_goes_on():
    stdin = lines("not json", {"id": "b", "text": 5}, [1, 2],
                  {"id": "ok", "date": "2022-09-29", "text": "The ministry said the talks failed."})
    result = runner.invoke(app, ["quotes", "--jsonl"], input=stdin)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [o["id"] for o in out] == ["ok"]
    assert out[0]["quotes"][0]["speaker_text"] == "The ministry"
    assert "line 1:" in result.stderr and "line 2:" in result.stderr and "line 3:" in result.stderr


def test_plain_text_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text('He said: "Enough is enough."\n', encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(path)])
    assert result.exit_code == 0, result.output
    (q,) = json.loads(result.stdout)["quotes"]
    assert q["speaker_text"] == "He" and q["content_text"] == '"Enough is enough."'


def test_missing_file_is_a_usage_error():
    result = runner.invoke(app, ["quotes", "no-such-file.txt"])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_help_has_an_example():
    result = runner.invoke(app, ["quotes", "--help"])
    assert result.exit_code == 0 and "Example:" in result.stdout
