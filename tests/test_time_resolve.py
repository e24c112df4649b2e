"""The resolver: one pure function from an underspecified value, a DCT and cues to a TimeML value."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.time.resolve import Context, normalize_duration, resolve
from dateline.time.values import interval

THU = dt.date(2022, 9, 29)


def r(value: str, dct: dt.date = THU, **kw: object) -> str:
    return resolve(value, Context(dct, **kw))[0]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "tense", "expected"),
    [
        ("XXXX-WXX-5", "FUTURE", "2022-09-30"),
        ("XXXX-WXX-5", "PAST", "2022-09-23"),
        ("XXXX-WXX-5", None, "2022-09-30"),  # no tense: the day after the article's is the coming one
        ("XXXX-WXX-6", None, "2022-09-24"),  # ... any other day the last one
        ("XXXX-WXX-5", "PRESENT", "2022-09-23"),
        ("XXXX-WXX-4", "FUTURE", "2022-09-29"),  # the article's own weekday is today
        ("XXXX-WXX-1", "FUTURE", "2022-10-03"),
        ("XXXX-WXX-5<", "FUTURE", "2022-09-23"),  # "last Friday" whatever the tense
        ("XXXX-WXX-4>", None, "2022-10-06"),  # "next Thursday"
        ("XXXX-WXX-7~", None, "2022-10-02"),  # "this Sunday": the Sunday of this week
        ("XXXX-WXX-5TNI", "PAST", "2022-09-23TNI"),
    ],
)
def test_weekdays(value, tense, expected):
    assert r(value, tense=tense, weight=2) == expected


def test_a_soft_future_cue_does_not_move_a_weekday():
    assert r("XXXX-WXX-6", tense="FUTURE", weight=1) == "2022-09-24"
    # the day after the article's (a Thursday) is the coming one, as with no cue at all
    assert r("XXXX-WXX-5", tense="FUTURE", weight=1) == "2022-09-30"


@pytest.mark.parametrize(
    ("value", "dct", "tense", "expected"),
    [
        ("XXXX-05", THU, "FUTURE", "2023-05"),
        ("XXXX-05", THU, "PAST", "2022-05"),
        ("XXXX-11", dt.date(2023, 1, 15), "PAST", "2022-11"),
        ("XXXX-01-04", dt.date(2022, 12, 20), None, "2023-01-04"),
        ("XXXX-10-20", THU, "PAST", "2022-10-20"),  # a date a few weeks ahead stays ahead
        ("XXXX-Q3", dt.date(2022, 10, 20), "FUTURE", "2022-Q3"),  # a quarter that just ended
        ("XXXX-05<", dt.date(2022, 5, 20), None, "2021-05"),
        ("XXXX-05@-1", THU, None, "2021-05"),
        ("XXXX-04-25#6", dt.date(1998, 4, 24), "PAST", "1998-04-25"),  # Saturday, April 25
        ("XXXX-11-W4-4", THU, "FUTURE", "2022-11-24"),  # Thanksgiving
        ("XXXX-EASTER+0", THU, "FUTURE", "2023-04-09"),
    ],
)
def test_dates_without_a_year(value, dct, tense, expected):
    assert r(value, dct, tense=tense) == expected


@pytest.mark.parametrize(
    ("value", "ref", "period", "expected"),
    [
        ("DCT-1D", None, None, "2022-09-28"),
        ("DCT+0W", None, None, "2022-W39"),
        ("DCT-1WE", None, None, "2022-W38-WE"),
        ("DCT-2Y", None, None, "2020"),
        ("DCT+1Q", None, None, "2022-Q4"),
        ("DCT+0DTMO", None, None, "2022-09-29TMO"),
        ("REF+1D", "2019-05-03", None, "2019-05-04"),
        ("REF+1D", None, None, "2022-09-30"),
        ("REF-1Y=", "1989-Q3", None, "1988-Q3"),
        ("PER-1Y", "1989-10-12", "1989-Q3", "1988-Q3"),
        ("PER-1Y", "1989-10-12", None, "2021"),
        ("PER@1988", None, "1989-Q3", "1988-Q3"),
    ],
)
def test_relative_values(value, ref, period, expected):
    assert r(value, ref=ref, period=period) == expected


def test_clock_time_takes_the_day_from_context():
    assert r("XXXX-XX-XXT15:00", day="2022-09-30", day_text="Tomorrow") == "2022-09-30T15:00"
    assert r("XXXX-XX-XXT15:00") == "2022-09-29T15:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("P72H", "PT72H"), ("P2.5Y", "P2Y6M"), ("P1.5MIN", "PT1M30S"), ("P2DE", "P20Y"), ("P0.5H", "PT30M"),
     ("PXDE", "PXY"), ("PXMIN", "PTXM"), ("P3Q", "P3Q"), ("P1WE", "P2D"), ("P1W", "P1W")],
)
def test_durations_normalized(value, expected):
    assert normalize_duration(value) == expected


def test_explicit_and_vague_values_pass_through():
    assert resolve("PRESENT_REF", Context(THU)) == ("PRESENT_REF", "explicit")
    assert r("1998-02-13") == "1998-02-13"


def test_resolution_explains_itself():
    value, why = resolve("XXXX-WXX-5", Context(THU, "FUTURE", "will", weight=2))
    assert value == "2022-09-30"
    assert "future tense ('will')" in why and "Friday" in why


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-W39", ("2022-09-26", "2022-10-02")),
        ("2022-09", ("2022-09-01", "2022-09-30")),
        ("2022-Q4", ("2022-10-01", "2022-12-31")),
        ("2022-H1", ("2022-01-01", "2022-06-30")),
        ("2022-WI", ("2022-12-01", "2023-02-28")),
        ("199", ("1990-01-01", "1999-12-31")),
        ("20", ("2000-01-01", "2099-12-31")),
        ("2022-W39-WE", ("2022-10-01", "2022-10-02")),
        ("2022-09-30T15:00", ("2022-09-30T15:00", "2022-09-30T15:00")),
        ("2022-09-30TMO", ("2022-09-30T05:00", "2022-09-30T11:59")),
        ("P1W", None),
        ("PAST_REF", None),
        ("XXXX-09", None),
    ],
)
def test_intervals(value, expected):
    assert interval(value) == expected


@pytest.mark.parametrize("dct, text, value", [
    ("1998-03-01", "Two helicopters crashed last February.", "1997-02"),
    ("1998-03-31", "Two helicopters crashed last February.", "1997-02"),
    ("1998-03-10", "The law passed last January.", "1998-01"),
    ("1998-03-10", "The law passed last March.", "1997-03"),
    ("1998-11-10", "The law passed last February.", "1998-02"),
])
def test_last_month_name_skips_the_month_just_ended(dct, text, value):
    from dateline.time import tag

    # the month right before the article's month would be "last month"
    assert [t.value for t in tag(text, dct)] == [value]
