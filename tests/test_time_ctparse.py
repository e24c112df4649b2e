"""The English part of the ctparse time-parse corpus as unit tests of the tagger.

ctparse (MIT, tests/data/time/ctparse_en.json) annotates travel-booking requests: a bare
weekday there means the coming one, and many records use European day.month numbers and
military times. The cases whose gold cannot be a TIMEX3 value are excluded (with the reason);
of the others, the number that pass is pinned below so that it never drops unnoticed (the
benchmark reports it).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dateline.time import tag
from dateline.time.ctparse_cases import cases, expected_values, passes

RECORDS = json.loads((Path(__file__).resolve().parent / "data" / "time" / "ctparse_en.json").read_text())["records"]
CASES = cases(RECORDS)
FLOOR = 153  # measured; raise it when the tagger improves


def test_gold_conversion():
    assert expected_values("Time[]{2017-07-13 X:X (X/X)}") == (["2017-07-13"], None)
    assert expected_values("Time[]{2017-12-14 17:30 (X/X)}") == (["2017-12-14T17:30"], None)
    assert expected_values("Time[]{2017-06-06 X:X (X/noon)}") == (["2017-06-06T12:00"], None)
    assert expected_values("Interval[]{2017-10-11 14:00 (X/X) - 2017-10-11 16:00 (X/X)}") == (
        ["2017-10-11T14:00", "2017-10-11T16:00"], None)
    assert expected_values("Interval[]{2017-09-06 21:00 (X/X) - None}") == (["2017-09-06T21:00"], None)
    assert expected_values("Duration[]{1 nights}")[0] is None
    assert expected_values("Time[]{X-X-X X:X (X/evening)}")[0] is None


def test_exclusions_are_few_and_explained():
    excluded = Counter(c.excluded for c in CASES if not c.expected)
    assert len(CASES) == 347
    assert sum(excluded.values()) == 20
    assert all(excluded)


def test_pass_count_does_not_drop():
    ok = sum(passes(c, [t.value for t in tag(c.text, c.ref[:10])]) for c in CASES if c.expected)
    assert ok >= FLOOR


@pytest.mark.parametrize(
    "text",
    ["tomorrow", "July 30", "25th September", "Wednesday 18th October", "1st December around 6pm",
     "on Monday 28 August, at around 8am", "October 25th 07:30am", "Sunday December 3rd at 6pm."],
)
def test_typical_records_pass(text):
    case = next(c for c in CASES if c.text == text)
    assert passes(case, [t.value for t in tag(case.text, case.ref[:10])]), case
