"""``dateline cluster --jsonl``: JSON lines in, {"id", "cluster"} per article out, in input order."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()

QUAKE_1 = {"id": "q1", "date": "2013-05-03", "title": "Magnitude 6.1 earthquake strikes northern Chile",
           "text": "A magnitude 6.1 earthquake struck northern Chile near Iquique, the Geological Survey said."}
QUAKE_2 = {"id": "q2", "date": "2013-05-04", "title": "Chile quake: no tsunami after 6.1 tremor near Iquique",
           "text": "The navy ruled out a tsunami after the magnitude 6.1 earthquake near Iquique, Chile."}
REHAB_1 = {"id": 7, "date": "2013-05-03", "title": "Lindsay Lohan checks into Betty Ford Center",
           "text": "Lindsay Lohan checked into the Betty Ford Center for a court-ordered stay, lawyer Shawn Holley said."}
REHAB_2 = {"id": "r2", "date": "2013-05-04", "title": "Lohan enters rehab at Betty Ford",
           "text": "Actress Lindsay Lohan entered rehab at the Betty Ford Center, lawyer Shawn Holley said."}


def lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def _out(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_one_line_per_article_in_input_order():
    result = runner.invoke(app, ["cluster", "--jsonl"], input=lines(QUAKE_1, REHAB_1, QUAKE_2, REHAB_2))
    assert result.exit_code == 0, result.output
    out = _out(result)
    assert [o["id"] for o in out] == ["q1", 7, "q2", "r2"]  # ids come back as given, numbers too
    assert set(out[0]) == {"id", "cluster"}
    assert out[0]["cluster"] == out[2]["cluster"]
    assert out[1]["cluster"] == out[3]["cluster"]
    assert out[0]["cluster"] != out[1]["cluster"]


def test_bad_lines_are_reported_with_their_number_and_the_rest_is_clustered():
    stdin = lines(QUAKE_1, "not json", [1, 2], {"id": "x", "date": "2013-13-01", "title": "t", "text": "x"},
                  {"date": "2013-05-03", "title": "no id", "text": "x"}, QUAKE_2, dict(QUAKE_2, title="again"))
    result = runner.invoke(app, ["cluster", "--jsonl"], input=stdin)
    assert result.exit_code == 1
    out = _out(result)
    assert [o["id"] for o in out] == ["q1", "q2"]
    assert out[0]["cluster"] == out[1]["cluster"]
    err = result.stderr
    assert "line 2: not valid JSON" in err
    assert "line 3: expected a JSON object" in err
    assert "line 4: '2013-13-01' is not a valid date" in err
    assert "line 5: the article has no id" in err
    assert "line 7: id 'q2' was already given on line 6" in err


def test_reads_a_file_argument(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(lines(REHAB_1, REHAB_2, QUAKE_1))
    result = runner.invoke(app, ["cluster", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    out = _out(result)
    assert [o["id"] for o in out] == [7, "r2", "q1"]
    assert out[0]["cluster"] == out[1]["cluster"] != out[2]["cluster"]


def test_missing_file_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["cluster", "--jsonl", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "is not a file" in result.output


def test_empty_input_gives_empty_output():
    result = runner.invoke(app, ["cluster", "--jsonl"], input="\n\n")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_threshold_option():
    result = runner.invoke(app, ["cluster", "--jsonl", "--threshold", "1"], input=lines(REHAB_1, REHAB_2))
    assert result.exit_code == 0, result.output
    out = _out(result)
    assert out[0]["cluster"] != out[1]["cluster"]  # nothing is that alike


def test_help_has_an_example():
    result = runner.invoke(app, ["cluster", "--help"])
    assert result.exit_code == 0
    assert "Example: dateline cluster --jsonl" in result.output
