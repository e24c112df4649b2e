"""SemEval-2015 TimeLine Track A: ``dateline entity-timelines`` and dateline.timelines.entity_timelines."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import dateline.cli.events  # noqa: F401  (registers the commands until the lead lists the module)
from dateline.cli import app
from dateline.timelines.entity_timelines import name_variants, run
from dateline.timelines.semeval import read_timeline, score_timelines

TRIAL = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "semeval2015-trial"
runner = CliRunner()

DOC_1 = """<?xml version="1.0" encoding="utf-8"?>
<TimeML><DOCID>101</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2010-06-08">2010-06-08</TIMEX3></DCT>
<EXTRAINFO>Acme unveils Widget 5</EXTRAINFO>
<TEXT><s id="1">June 8 , 2010</s><s id="2">Acme Corp unveiled the Widget 5 on Monday .</s>\
<s id="3">John Smith praised the Widget 5 .</s><s id="4">Smith founded Acme Corp in 1990 .</s>\
<s id="5">Smith owns shares of Acme Corp .</s></TEXT></TimeML>
"""
DOC_2 = """<?xml version="1.0" encoding="utf-8"?>
<TimeML><DOCID>102</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2011-01-17">2011-01-17</TIMEX3></DCT>
<EXTRAINFO>Smith leaves</EXTRAINFO>
<TEXT><s id="1">John Smith resigned from Acme Corp on Friday .</s><s id="2">He will join a rival company in March 2011 .</s>\
<s id="3">Smith showed off a new widget on Saturday .</s><s id="4">Asked about Acme Corp , Smith smiled .</s></TEXT></TimeML>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "101-acme.tml").write_text(DOC_1, encoding="utf-8")
    (folder / "102-smith.tml").write_text(DOC_2, encoding="utf-8")
    entities = tmp_path / "entities.txt"
    entities.write_text("John Smith\nAcme Corp\n", encoding="utf-8")
    return folder, entities


def test_name_variants():
    assert ("itunes", "store") in name_variants("iTunes Store")
    assert ("itunes",) in name_variants("iTunes Store")  # a trailing "store" may be left off
    assert ("apple", "corps") in name_variants("Beatles Apple Corps")
    assert ("steve",) not in name_variants("Steve Jobs")


def test_cli_writes_one_file_per_entity(corpus, tmp_path):
    folder, entities = corpus
    out = tmp_path / "out"
    result = runner.invoke(app, ["entity-timelines", str(folder), "--entities", str(entities), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["acme_corp.txt", "john_smith.txt"]
    smith = read_timeline(out / "john_smith.txt")
    assert smith.entity == "John Smith"
    by_mention = {m: (r.ordinal, r.date) for r in smith.rows for m in r.mentions}
    assert by_mention["101-4-founded"] == (1, "1990-XX-XX")
    # no date of their own: a past event takes the day of the story's news ("on Monday" in the lede),
    # a present one the DCT
    assert by_mention["101-3-praised"][1] == "2010-06-07"
    assert by_mention["101-5-owns"][1] == "2010-06-08"
    assert by_mention["102-1-resigned"][1] == "2011-01-14"
    assert by_mention["102-2-join"][1] == "2011-03-XX"  # "He" is John Smith
    assert by_mention["102-3-showed_off"][1] == "2011-01-15"  # a phrasal verb keeps its particle
    assert "102-4-asked" in by_mention  # lower case, as the gold timelines write mentions
    order = ("101-4-founded", "101-3-praised", "101-5-owns", "102-1-resigned", "102-2-join")
    ordinals = [by_mention[m][0] for m in order]
    assert ordinals == sorted(ordinals) and len(set(ordinals)) == 5
    acme = read_timeline(out / "acme_corp.txt")
    mentions = {m for r in acme.rows for m in r.mentions}
    assert {"101-2-unveiled", "101-4-founded", "102-1-resigned"} <= mentions
    acme_dates = {m: r.date for r in acme.rows for m in r.mentions}
    assert acme_dates["101-2-unveiled"] == "2010-06-07"
    for timeline in (smith, acme):  # one ordinal per date, growing with the date
        pairs = sorted({(r.date, r.ordinal) for r in timeline.rows})
        assert len({d for d, _ in pairs}) == len({o for _, o in pairs})
        assert [o for _, o in pairs] == sorted(o for _, o in pairs)
    lines = (out / "acme_corp.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Acme Corp" and all(len(line.split("\t")) >= 3 for line in lines[1:])


def test_cli_errors_name_the_flag(corpus, tmp_path):
    folder, _ = corpus
    result = runner.invoke(app, ["entity-timelines", str(folder), "--entities", str(tmp_path / "nope.txt"),
                                 "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "--entities" in result.output


def test_trial_score_above_floor(tmp_path):
    if not TRIAL.exists():
        pytest.skip("SemEval-2015 trial data (../shared/benchmarks/semeval2015-trial) is not on this machine")
    gold = TRIAL / "gold"
    entities = tmp_path / "entities.txt"
    entities.write_text("\n".join(read_timeline(p).entity for p in sorted(gold.iterdir())) + "\n", encoding="utf-8")
    run(TRIAL / "Corpus-trial-data_task4_TimeML", entities, tmp_path / "out")
    micro = score_timelines(tmp_path / "out", gold)["micro"]
    assert micro["f1"] >= 30.0, micro
