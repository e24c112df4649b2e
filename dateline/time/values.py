"""TimeML values as calendar periods: parse, format, shift, and the interval a value denotes.

A concrete TimeML date value names a period at some granularity: ``19`` a century, ``199`` a
decade, ``1998`` a year, ``1998-H1`` a half, ``1998-Q3`` a quarter, ``1998-SU`` a season,
``1998-09`` a month, ``1998-W39`` an ISO week, ``1998-W39-WE`` its weekend, ``1998-09-23`` a
day; a time adds ``T15:00`` or a part of day ``TMO``. Here a period is a (granularity, date in
the period) pair, so that "a year earlier" is one :func:`shift` whatever the granularity.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from .resources import load

# Granularities from coarse to fine.
ORDER = ["CE", "DE", "Y", "H", "Q", "SE", "M", "W", "WE", "D"]
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}

_VALUE = re.compile(
    r"^(?:(?P<ce>\d{2})|(?P<de>\d{3})|(?P<y>\d{4})"
    r"(?:-(?:H(?P<h>[12])|Q(?P<q>[1-4])|(?P<se>SP|SU|FA|WI)|W(?P<w>\d{2})(?P<we>-WE)?"
    r"|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?)"
    r"(?:T(?P<t>.+))?$"
)


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clamped to the month's length."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def parse(value: str) -> tuple[str, dt.date, str | None] | None:
    """``(granularity, first day, time part)`` of a concrete value, or None."""
    m = _VALUE.match(value)
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["ce"]:
            return "CE", dt.date(int(g["ce"]) * 100, 1, 1), None
        if g["de"]:
            return "DE", dt.date(int(g["de"]) * 10, 1, 1), None
        y = int(g["y"])
        t = g["t"]
        if g["h"]:
            return "H", dt.date(y, 1 if g["h"] == "1" else 7, 1), t
        if g["q"]:
            return "Q", dt.date(y, 3 * int(g["q"]) - 2, 1), t
        if g["se"]:
            return "SE", dt.date(y, SEASON_MONTH[g["se"]], 1), t
        if g["w"]:
            return ("WE" if g["we"] else "W"), dt.date.fromisocalendar(y, int(g["w"]), 1), t
        if g["d"]:
            return "D", dt.date(y, int(g["m"]), int(g["d"])), t
        if g["m"]:
            return "M", dt.date(y, int(g["m"]), 1), t
        return "Y", dt.date(y, 1, 1), t
    except ValueError:
        return None


def season_of(d: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def fmt(d: dt.date, gran: str, season: str | None = None) -> str:
    """The TimeML value of the period of granularity ``gran`` that contains ``d``."""
    if gran == "CE":
        return f"{d.year // 100:02d}"
    if gran == "DE":
        return f"{d.year // 10:03d}"
    if gran == "Y":
        return f"{d.year:04d}"
    if gran == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "SE":
        return f"{d.year:04d}-{season or season_of(d)}"
    if gran == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if gran in ("W", "WE"):
        iy, iw, _ = d.isocalendar()
        return f"{iy:04d}-W{iw:02d}" + ("-WE" if gran == "WE" else "")
    return d.isoformat()


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """Move ``d`` by ``n`` calendar units (Y, H, Q, SE, M, W, WE, D, DE, CE, FN)."""
    if unit in ("Y", "SE"):
        return add_months(d, 12 * n)
    if unit == "DE":
        return add_months(d, 120 * n)
    if unit == "CE":
        return add_months(d, 1200 * n)
    if unit == "H":
        return add_months(d, 6 * n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "M":
        return add_months(d, n)
    if unit in ("W", "WE"):
        return d + dt.timedelta(weeks=n)
    if unit == "FN":
        return d + dt.timedelta(weeks=2 * n)
    return d + dt.timedelta(days=n)


def finer(a: str, b: str) -> bool:
    """Is granularity ``a`` finer than ``b``?"""
    return ORDER.index(a) > ORDER.index(b)


def _span(gran: str, d: dt.date, season: str | None = None) -> tuple[dt.date, dt.date]:
    if gran == "CE":
        return dt.date(d.year, 1, 1), dt.date(d.year + 99, 12, 31)
    if gran == "DE":
        return dt.date(d.year, 1, 1), dt.date(d.year + 9, 12, 31)
    if gran == "Y":
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if gran in ("H", "Q", "M"):
        months = {"H": 6, "Q": 3, "M": 1}[gran]
        start = dt.date(d.year, d.month, 1)
        return start, add_months(start, months) - dt.timedelta(days=1)
    if gran == "SE":
        code = season or season_of(d)
        a, b = load().seasons[code]
        start = dt.date(d.year, int(a[:2]), int(a[3:]))
        end_year = d.year + (1 if b < a else 0)
        end_day = min(int(b[3:]), calendar.monthrange(end_year, int(b[:2]))[1])
        return start, dt.date(end_year, int(b[:2]), end_day)
    if gran == "W":
        return d, d + dt.timedelta(days=6)
    if gran == "WE":
        return d + dt.timedelta(days=5), d + dt.timedelta(days=6)
    return d, d


def period(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of the period a concrete date value names (time part ignored)."""
    p = parse(value)
    if not p:
        return None
    gran, d, _ = p
    season = value[5:7] if gran == "SE" else None
    return _span(gran, d, season)


@functools.lru_cache(maxsize=8192)
def interval(value: str) -> tuple[str, str] | None:
    """The interval a TimeML value denotes, as ISO strings, or None when it names no period.

    ``2022-W39`` → ``("2022-09-26", "2022-10-02")``; ``2022-09-30T15:00`` →
    ``("2022-09-30T15:00", "2022-09-30T15:00")``; ``2015-11-13TNI`` → 21:00 to 05:59 next day.
    Unknown trailing parts widen the interval to the known period (``2022-05-XX`` is May 2022,
    ``1989-WXX`` is 1989). Durations, sets, vague references and other unknown parts give None.
    """
    value = re.sub(r"(-(XX|WXX|QX|HX))+$", "", value) if re.match(r"\d{4}-", value) else value
    p = parse(value)
    if not p or "X" in value:
        return None
    gran, d, t = p
    span = period(value)
    if span is None:
        return None
    start, end = span
    if t is None or gran != "D":
        return start.isoformat(), end.isoformat()
    parts = load().day_parts
    if t in parts:
        a, b = parts[t]
        h0, m0 = int(a[:2]), int(a[3:])
        h1, m1 = int(b[:2]), int(b[3:])
        s = dt.datetime(d.year, d.month, d.day, h0, m0)
        e = dt.datetime(d.year, d.month, d.day) + dt.timedelta(hours=h1, minutes=m1)
        return s.isoformat(timespec="minutes"), e.isoformat(timespec="minutes")
    m = re.fullmatch(r"(\d\d)(?::(\d\d))?(?::(\d\d))?", t)
    if not m:
        return None
    h = int(m.group(1))
    base = dt.datetime(d.year, d.month, d.day) + dt.timedelta(hours=h, minutes=int(m.group(2) or 0),
                                                              seconds=int(m.group(3) or 0))
    spec = "seconds" if m.group(3) else "minutes"
    if not m.group(2):
        return base.isoformat(timespec="minutes"), (base + dt.timedelta(minutes=59)).isoformat(timespec="minutes")
    return base.isoformat(timespec=spec), base.isoformat(timespec=spec)
