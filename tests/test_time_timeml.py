"""TimeML and MEANTIME reading, TimeML writing, and the TempEval-3 style scorer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.time import tag
from dateline.time.score import Scores, lenient_equal, score_document
from dateline.time.timeml import GoldTimex, parse_timeml, read_meantime, read_timeml, write_timeml

DATA = Path(__file__).resolve().parent / "data" / "time"
SHARED = Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
MEANTIME = SHARED / "benchmarks" / "meantime-english" / "intra-doc_annotation" / "corpus_apple"


def test_read_timeml_offsets_into_raw_text():
    doc = read_timeml(DATA / "sample.tml")
    assert doc.dct == "2022-09-29"
    assert "<" not in doc.text.replace("<sic>", "") and "AT&T" in doc.text
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("Friday", "DATE", "2022-09-30"), ("Thursday", "DATE", "2022-09-29"),
        ("the past three years", "DURATION", "P3Y"),
    ]
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text


def test_write_timeml_keeps_every_character_and_the_dct():
    doc = read_timeml(DATA / "sample.tml")
    out = write_timeml(doc, tag(doc.text, doc.dct))
    back = parse_timeml(out, "out.tml")
    assert back.text == doc.text
    assert back.dct == doc.dct
    assert "<DCT><TIMEX3" in out and "<EVENT" not in out and "TLINK" not in out
    assert [(g.text, g.value) for g in back.gold] == [
        ("Friday", "2022-09-30"), ("Thursday", "2022-09-29"), ("the past three years", "P3Y")]
    assert 'tid="t1" type="DATE" value="2022-09-30"' in out


def test_timeml_without_text_is_refused():
    with pytest.raises(ValueError, match="no <TEXT>"):
        parse_timeml("<TimeML><DCT></DCT></TimeML>", "x.tml")


class T:
    def __init__(self, start: int, end: int, type: str, value: str) -> None:
        self.start, self.end, self.type, self.value = start, end, type, value


def test_scorer_definitions():
    gold = [GoldTimex(0, 6, "Friday", "DATE", "2022-09-30"), GoldTimex(10, 20, "last three", "DURATION", "P3Y"),
            GoldTimex(30, 35, "today", "DATE", "2022-09-29")]
    system = [T(0, 6, "DATE", "2022-09-30"), T(15, 20, "DURATION", "P2Y"), T(40, 45, "DATE", "2022")]
    s = score_document("d", gold, system)
    assert (s.gold, s.system, s.relaxed, s.strict, s.type_ok, s.value_ok) == (3, 3, 2, 1, 2, 1)
    assert s.relaxed_f1 == pytest.approx(2 / 3)
    assert s.strict_f1 == pytest.approx(1 / 3)
    assert s.value_f1 == pytest.approx(0.5 * 2 / 3)  # value accuracy on relaxed matches × relaxed F1
    assert [g.text for _, g in s.errors.missed] == ["today"]
    total = Scores()
    total.add(s)
    total.add(s)
    assert total.value_f1 == pytest.approx(s.value_f1)


def test_one_system_timex_matches_one_gold_timex():
    gold = [GoldTimex(0, 6, "Friday", "DATE", "x"), GoldTimex(7, 12, "night", "TIME", "y")]
    s = score_document("d", gold, [T(0, 12, "TIME", "y")])
    assert (s.relaxed, s.strict) == (1, 0)


def test_lenient_value_equality():
    assert lenient_equal("1989-WXX", "1989-W43")
    assert lenient_equal("1968-XX", "1968")
    assert lenient_equal("199X", "199")
    assert not lenient_equal("1989-W44", "1989-W43")


@pytest.mark.skipif(not MEANTIME.exists(), reason="MEANTIME is not on this machine")
def test_read_meantime():
    path = sorted(MEANTIME.glob("*.xml"))[0]
    doc = read_meantime(path)
    assert doc.dct[:4].isdigit()
    assert doc.gold and all(doc.text[g.start : g.end] == g.text for g in doc.gold)
    assert "\n" in doc.text and " ," not in doc.text
    full = read_meantime(path, max_sentence=None)
    assert len(full.text) >= len(doc.text)
