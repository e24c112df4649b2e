"""The ctparse time-parse corpus as TIMEX3 test cases (used by the tests and the benchmark).

ctparse (github.com/comtravo/ctparse, MIT) annotates travel-booking time expressions with a
reference time and a parse such as ``Time[]{2017-07-13 X:X (X/X)}`` or
``Interval[]{2017-10-11 14:00 (X/X) - 2017-10-11 16:00 (X/X)}``. :func:`expected_values`
turns a gold parse into the TIMEX3 values a tagger should produce from the reference date, or
gives the reason the case cannot be a TIMEX3 test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOD = {
    "earlymorning": "MO", "morning": "MO", "forenoon": "MO", "afternoon": "AF", "earlyafternoon": "AF",
    "lateafternoon": "AF", "evening": "EV", "earlyevening": "EV", "lateevening": "EV", "night": "NI",
    "latenight": "NI", "noon": "12:00",
}
_TIME = re.compile(r"(\S+)-(\S+)-(\S+) (\S+):(\S+) \((\S+)/(\S+)\)")
# Words of the corpus that are not English (Finnish month abbreviations in a few records).
NOT_ENGLISH = re.compile(r"\bloka\b")


@dataclass
class Case:
    text: str
    ref: str
    gold: str
    expected: list[str] | None
    excluded: str | None


def _time_value(s: str) -> tuple[str | None, str | None]:
    m = _TIME.fullmatch(s.strip())
    if not m:
        return None, f"unreadable gold {s!r}"
    y, mo, d, hh, mm, _dow, tod = m.groups()
    if "X" in (y, mo, d):
        return None, "the gold leaves the date unresolved (no TIMEX3 date from the reference time)"
    value = f"{y}-{mo}-{d}"
    if hh != "X":
        return f"{value}T{hh}:{mm if mm != 'X' else '00'}", None
    if tod != "X":
        if tod not in TOD:
            return None, f"the gold time of day '{tod}' (a flight choice) has no TIMEX3 value"
        return f"{value}T{TOD[tod]}", None
    return value, None


def expected_values(gold: str) -> tuple[list[str] | None, str | None]:
    """The TIMEX3 values a gold parse stands for, or (None, why it is excluded)."""
    if gold.startswith("Duration"):
        return None, "a duration counted in nights: TimeML has no night unit"
    m = re.fullmatch(r"Time\[\]\{(.*)\}", gold)
    if m:
        v, why = _time_value(m.group(1))
        return ([v] if v else None), why
    m = re.fullmatch(r"Interval\[\]\{(.*) - (.*)\}", gold)
    if m:
        values = []
        for part in m.groups():
            if part.strip() == "None":
                continue
            v, why = _time_value(part)
            if v is None:
                return None, why
            values.append(v)
        return values, None
    return None, f"unknown gold form {gold!r}"


def cases(records: list[dict[str, str]]) -> list[Case]:
    """One :class:`Case` per English record, with the exclusion reason where there is one."""
    out = []
    for r in records:
        if r.get("language") != "en":
            continue
        expected, why = expected_values(r["gold_parse"])
        if expected and NOT_ENGLISH.search(r["text"]):
            expected, why = None, "not English (Finnish month abbreviation 'loka')"
        out.append(Case(r["text"], r["ref_time"], r["gold_parse"], expected, why))
    return out


def passes(case: Case, values: list[str]) -> bool:
    """Do the tagger's values contain the expected ones, in order?"""
    if not case.expected:
        return False
    it = iter(values)
    return all(any(v == e for v in it) for e in case.expected)
