"""The `dateline timex` and `dateline timeml` commands."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app
from dateline.time.timeml import read_timeml

DATA = Path(__file__).resolve().parent / "data" / "time"
runner = CliRunner()
TEXT = "Moscow will annex the regions on Friday, the Kremlin said on Thursday."


def test_timex_prints_a_json_array(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    res = runner.invoke(app, ["timex", "--dct", "2022-09-29", str(f)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert [set(t) for t in out] == [{"start", "end", "text", "type", "value", "interval", "rule"}] * 2
    assert [(t["text"], t["value"]) for t in out] == [("Friday", "2022-09-30"), ("Thursday", "2022-09-29")]
    assert all(TEXT[t["start"] : t["end"]] == t["text"] for t in out)
    assert out[0]["interval"] == ["2022-09-30", "2022-09-30"]


def test_timex_reads_standard_input_and_explains():
    res = runner.invoke(app, ["timex", "--dct", "2022-09-29", "--explain", "-"], input=TEXT)
    assert res.exit_code == 0
    assert "'Friday'" in res.stdout and "will" in res.stdout and "2022-09-30" in res.stdout


def test_timex_usage_errors():
    assert runner.invoke(app, ["timex", "-"], input=TEXT).exit_code == 2
    res = runner.invoke(app, ["timex", "--dct", "29/09/2022", "-"], input=TEXT)
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
    assert runner.invoke(app, ["timex", "--dct", "2022-09-29", "no-such-file.txt"]).exit_code == 2


def test_timex_jsonl_reports_bad_lines_and_goes_on():
    lines = [
        json.dumps({"id": "a", "dct": "2022-09-29", "text": "tomorrow"}),
        "not json",
        json.dumps({"id": "c", "dct": "someday", "text": "tomorrow"}),
        json.dumps({"id": "d", "dct": "2022-09-29", "text": "nothing here"}),
    ]
    res = runner.invoke(app, ["timex", "--jsonl"], input="\n".join(lines) + "\n")
    assert res.exit_code == 1
    out = [json.loads(x) for x in res.stdout.splitlines()]
    # one output line for each input line; the unreadable ones say why
    assert [o["id"] for o in out] == ["a", None, "c", "d"]
    assert out[0]["timexes"][0]["value"] == "2022-09-30" and out[3]["timexes"] == []
    assert [("error" in o) for o in out] == [False, True, True, False]
    assert out[2]["timexes"] == [] and "someday" in out[2]["error"]
    assert "line 2" in res.stderr and "line 3" in res.stderr


def test_timeml_annotates_a_folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "sample.tml").write_text((DATA / "sample.tml").read_text())
    res = runner.invoke(app, ["timeml", str(src), str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    before, after = read_timeml(src / "sample.tml"), read_timeml(tmp_path / "out" / "sample.tml")
    assert after.text == before.text and after.dct == before.dct
    assert [g.value for g in after.gold] == ["2022-09-30", "2022-09-29", "P3Y"]


def test_timeml_usage_errors(tmp_path):
    assert runner.invoke(app, ["timeml", str(tmp_path / "missing"), str(tmp_path / "o")]).exit_code == 2
    assert runner.invoke(app, ["timeml", str(tmp_path), str(tmp_path / "o")]).exit_code == 2
