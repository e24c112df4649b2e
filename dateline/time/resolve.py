"""Turn a rule's underspecified value into a TimeML value: the one pure resolution step.

Rules (:mod:`.rules`) write what the words say; :func:`resolve` decides what it means given
the article date (DCT), the tense around the expression and the last date the text mentioned.
The forms a rule can produce:

``2022-09-23``, ``199``, ``PRESENT_REF``, ``P1W`` ...
    Concrete values: returned as they are (durations normalized: ``P72H`` → ``PT72H``,
    ``P2.5Y`` → ``P2Y6M``, ``P2DE`` → ``P20Y``).
``XXXX-09-23``, ``XXXX-09``, ``XXXX-Q3``, ``XXXX-H1``, ``XXXX-SU``, ``XXXX-11-W4-4``, ``XXXX-EASTER+0``, ``XXXX-OEASTER+0``, ``XXXX-EIDFITR+0``
    A date without its year (the last four: the fourth Thursday of November, Easter Sunday, Orthodox Easter,
    a holiday of a lunar calendar from resources/holiday_dates.tsv). With a year instead of ``XXXX``
    ("Easter 2020" → ``2020-EASTER+0``) it is that year's day.
    The year is chosen among the years around the DCT by the tense: past → the latest one that
    has begun by the DCT, future → the earliest one that has not ended, no tense → the nearest.
``XXXX-WXX-5``
    A weekday (ISO number): past → the latest one on or before the DCT, future → the first one
    on or after it, no tense → past (news reports what happened); the DCT's own weekday is the
    DCT itself.
    A final ``<`` forces the strict past ("last May"), ``>`` the strict future ("next Friday"),
    ``%`` the nearest whatever the tense ("the October issue", "for Thursday's Times"), ``~`` the
    one in the current year or week ("this Friday"), ``^`` the past with the DCT's
    own day included, whatever the tense ("would appeal Wednesday's ruling"; for a month, "the
    October slaying" is the latest October begun by the DCT); ``+`` the future
    unless the clause is in the past ("surrender by Monday"); ``}`` the one not over by the DCT, whatever
    the tense (a season aimed at: "prepared the grid for the winter"); ``*`` (weekdays) what a firm tense
    says, else the nearest ("needs a win in Tuesday's primary", written on a Saturday).
``XXXX-XX-15``
    A day of the month without a month ("on the 15th"): the 15th of a month around the DCT,
    chosen by the tense like a year-less date.
``XXXX-XX-XXT15:00``
    A clock time alone: its day is the last day-precise date mentioned in its sentence or the
    one before ("Tomorrow ... at 15:00"), else the DCT.
``XXXX-REF``
    Some time not named ("one day our luck will run out"): FUTURE_REF, or PAST_REF in a past
    clause ("one day he walked in").
``DCT-1D``, ``DCT+0W``, ``DCT-2Y``
    Shift from the DCT by whole calendar units; the result has the unit's granularity.
``REF+1D``, ``REF-1Y=``
    The same from the last date mentioned in the text (the DCT when there is none). A final
    ``=`` keeps the granularity of that date when it is finer ("a year earlier" after "the
    third quarter" → last year's third quarter).
``REF<5``, ``REF>1``
    The weekday (ISO number) before or after the last day mentioned ("the previous Friday",
    "the following Monday"), or the article date when no day was mentioned.
``STO+0Y``, ``STO+0M``
    The year (or month) of the story told just before, when a year opened this sentence or the
    last one and the clause is not in the future ("In 2022, ... at the end of the year"); else
    the article date's, as ``DCT+0Y``.
``EVT+1D``
    Counted from an event the words name ("the day after the announcement"): from the last date
    mentioned when it names a day, else from the DCT, unless the clause's tense contradicts that
    ("he left the day after the attack": ``XXXX-XX-XX``; a bare year or month gives no day to count from).
``PER@1988``
    The last mentioned reporting period in the year given ("the 1988 period" → 1988-Q3).
``PER-1Y``
    A shift of the last mentioned *period* (a quarter, half or month, as in financial news:
    "net rose from $5 a year ago"); when the last mention is no such period, a shift of the DCT.

Any of these may end in a time part (``T15:00``, ``TMO``): "Friday night" is ``XXXX-WXX-5TNI``.

Any of these may also end in an operation on the day it resolves to, after a ``|``:
``|W`` the week that contains it ("the week of March 6" → ``XXXX-03-06|W``), ``|-1D`` or
``|WE`` the weekend of that week ("the weekend of March 8"), ``|MON`` the month that contains it (Ramadan, which lasts a month), ``|+2D`` a shift by days ("the day before last Tuesday" → ``XXXX-WXX-2<|-1D``), ``|M10`` the
given month of the year it falls in ("October of that year" → ``REF+0Y|M10``), ``|F+1D`` a
shift made only in a future clause ("overnight" → ``DCT-1DTNI|F+1D``: the night just gone, but
tonight in "temperatures will drop overnight").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .values import ORDER, add_months, finer, fmt, parse, period, shift

# A month without a year, told in the past right after a dated day of an earlier year, is in that
# year when it is the day's month or the next one.
STORY_MONTH_STEP = 1
# A day without a year that is the article's own day or the day before is the news, even right
# after a day of an older year ("since July 1, 1997. The rotation started at 00:00 Nov. 25"; but
# "In 1996, Nov. 7 was renamed" keeps the year written out).
NEWS_DAY_SPAN = 1


@dataclass(frozen=True)
class Context:
    """What resolution may look at: the DCT, the tense cue, the last mentioned dates."""

    dct: dt.date
    tense: str | None = None  # PAST, FUTURE, PRESENT or None
    cue: str | None = None  # the words that gave the tense
    ref: str | None = None  # the last concrete date value mentioned in the text
    ref_text: str | None = None
    day: str | None = None  # the last day-precise date in the same sentence
    day_text: str | None = None
    period: str | None = None  # the last quarter or half mentioned (financial reporting periods)
    period_text: str | None = None
    weight: int = 0  # 2: a firm cue (an auxiliary), 1: a soft one (a modal, "plans to")
    story_year: int | None = None  # an earlier year written out in this or the last sentences
    story_text: str | None = None
    fronted: bool = False  # the expression opens its sentence, before a comma ("In September, he said")
    cue_left: bool = False  # the tense cue stands before the expression
    plain_past: bool = False  # a past clause that tells no plan ("imposed sanctions in July")
    story_month: int | None = None  # the month of the story's day, when a day set the story ("on February 24, 2022")
    dated: bool = False  # a past verb right before dates it: "posted on January 23" (not a plan ahead)
    story_here: bool = False  # the story's year was written in this very sentence ("In 1976, ... in September")


def _holiday_table() -> dict[str, dict[int, list[dt.date]]]:
    """resources/holiday_dates.tsv: the days of holidays of lunar calendars, by name and year."""
    table: dict[str, dict[int, list[dt.date]]] = {}
    path = Path(__file__).parent / "resources" / "holiday_dates.tsv"
    for n, line in enumerate(path.open(encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            name, day = line.rstrip("\n").split("\t")
            d = dt.date.fromisoformat(day)
        except ValueError as e:
            raise ValueError(f"{path.name} line {n}: expected NAME<TAB>YYYY-MM-DD ({e})") from None
        table.setdefault(name, {}).setdefault(d.year, []).append(d)
    return table


# Holidays of lunar and lunisolar calendars (Eid al-Fitr, Passover, the Lunar New Year ...): a
# value ``XXXX-EIDFITR+0`` is resolved like Easter's, from the days in the table.
HOLIDAY_DAYS = _holiday_table()
_HOLIDAY = "O?EASTER|" + "|".join(sorted(HOLIDAY_DAYS, key=len, reverse=True))
# a holiday spec ("EASTER+0", "EIDFITR-1"): the holiday's name and the shift in days
_HOLIDAY_SPEC = re.compile(rf"({_HOLIDAY})([+-]\d+)")


_DAY_OP = re.compile(r"^(.+)\|(WE|W|MON|F?[+-]\d+D|M\d\d)$")
_REL = re.compile(r"^(DCT|REF|EVT|PER|STO)([+-])(\d+(?:\.5)?)(CE|DE|Y|H|Q|SE|M|WE|W|D|FN)(=?)(T.+)?$")
# A count with a half ("two and a half years ago") is counted in the next smaller unit.
_HALF_IN = {"CE": (100, "Y"), "DE": (10, "Y"), "Y": (12, "M"), "H": (6, "M"), "Q": (3, "M"), "M": (30, "D"),
            "W": (7, "D")}
_YEARLESS = re.compile(
    r"^XXXX-(\d\d-\d\d|\d\d|Q[1-4]|H[12]|SP|SU|FA|WI|\d\d-W[1-5L]-[1-7]|(?:" + _HOLIDAY + r")[+-]\d+)(T[^<>~@#+}=]+)?"
    r"([<>~^+%}=]|@[+-]?\d)?(?:#([1-7]))?$"
)
# A year with a holiday or an n-th weekday ("Easter 2020" → ``2020-EASTER+0``, "Thanksgiving 2019").
_YEAR_SPEC = re.compile(r"^(\d{4})-(\d\d-W[1-5L]-[1-7]|(?:" + _HOLIDAY + r")[+-]\d+)(T[^<>~@#+]+)?$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7]|WE)(T[^<>~^+%*]+)?(>>|[<>~^+%*]?)$")
_CLOCK = re.compile(r"^XXXX-XX-XX(T[^<>~]+)$")
_REF_WEEKDAY = re.compile(r"^REF([<>])([1-7])$")
_DAY_OF_MONTH = re.compile(r"^XXXX-XX-(\d\d)(T[^<>~]+)?$")
_DUR = re.compile(r"^P((?:(?:\d+(?:\.\d+)?|X)(?:CE|DE|ML|MIN|FN|WE|Y|Q|M|W|D|H|S))+)$")
_DUR_PART = re.compile(r"(\d+(?:\.\d+)?|X)(CE|DE|ML|MIN|FN|WE|Y|Q|M|W|D|H|S)")
WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def needs_tense(value: str) -> bool:
    """Does resolving ``value`` depend on the tense around the expression?"""
    # ... and "this week" (DCT+0W), which a future clause written on a Sunday moves to the coming week,
    # ... and a night with no day ("during the night"), which a past clause puts before the article date
    # ... and a clock time, which a day on the other side of the article date from its tense cannot hold
    # ... and a shift kept for a future clause ("overnight" → tonight in "will drop overnight")
    # ... and "the following Tuesday" with no day before it to count from
    # ... and "the end of the year", which follows a story year unless the clause looks ahead
    # ... and "the day after the attack", which a past clause cannot put after the article date
    return (value.startswith("XXXX-") and not value.startswith("XXXX-XX-XX")) or value == "DCT+0W" \
        or value.startswith(("XXXX-XX-XXT", "REF<", "REF>", "STO", "EVT")) or "|F" in value


def needs_day(value: str) -> bool:
    """Does ``value`` take its day from the sentence (a clock time alone)?"""
    return value.startswith("XXXX-XX-XXT")


# --- durations ----------------------------------------------------------------------------

_TO_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}


def _dur_parts(n: float, unit: str) -> list[tuple[float, str]]:
    if unit == "DE":
        return [(n * 10, "Y")]
    if unit == "CE":
        return [(n * 100, "Y")]
    if unit == "ML":
        return [(n * 1000, "Y")]
    if unit == "FN":
        return [(n * 2, "W")]
    if unit == "WE":
        return [(n * 2, "D")]
    whole = int(n)
    frac = n - whole
    if frac and unit in _TO_SMALLER:
        k, smaller = _TO_SMALLER[unit]
        rest = _dur_parts(round(frac * k, 6), smaller)
        return ([(whole, unit)] if whole else []) + rest
    return [(n, unit)]


def normalize_duration(value: str) -> str:
    """``P72H`` → ``PT72H``; ``P2.5Y`` → ``P2Y6M``; ``P2DE`` → ``P20Y``; ``PXDE`` stays."""
    m = _DUR.match(value)
    if not m:
        return value
    date_part: list[str] = []
    time_part: list[str] = []
    for num, unit in _DUR_PART.findall(m.group(1)):
        if num == "X":
            code = {"MIN": "M", "FN": "W", "WE": "D", "DE": "Y", "ML": "Y"}.get(unit, unit)
            (time_part if unit in ("H", "MIN", "S") else date_part).append(f"X{code}")
            continue
        for n, u in _dur_parts(float(num), unit):
            s = str(int(n)) if float(n).is_integer() else f"{n:g}"
            if u in ("H", "MIN", "S"):
                time_part.append(s + {"MIN": "M"}.get(u, u))
            else:
                date_part.append(s + u)
    return "P" + "".join(date_part) + ("T" + "".join(time_part) if time_part else "")


# --- year-less dates and weekdays -----------------------------------------------------------


def _nth_weekday(year: int, month: int, n: str, wd: int) -> dt.date:
    if n == "L":
        d = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        while d.isoweekday() != wd:
            d -= dt.timedelta(days=1)
        return d
    d = dt.date(year, month, 1)
    while d.isoweekday() != wd:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(weeks=int(n) - 1)


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar (13 days from
    1900 to 2099, one day fewer a century before and more after, as the calendars drift)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    drift = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=drift)


def _in_years(spec: str, year: int) -> list[str]:
    """Every concrete value of a year-less spec in ``year``: one, none for Feb 29 in a common year or
    a holiday the table does not have that year, two for an Islamic holiday that falls twice."""
    m = _HOLIDAY_SPEC.fullmatch(spec)
    if m and m.group(1) in HOLIDAY_DAYS:
        shift_ = dt.timedelta(days=int(m.group(2)))
        return [(d + shift_).isoformat() for d in HOLIDAY_DAYS[m.group(1)].get(year, [])]
    v = _in_year(spec, year)
    return [v] if v else []


def _in_year(spec: str, year: int) -> str | None:
    """The concrete value of a year-less spec in ``year`` (None for Feb 29 in a common year)."""
    m = re.fullmatch(r"(\d\d)-W([1-5L])-([1-7])", spec)
    if m:
        return _nth_weekday(year, int(m.group(1)), m.group(2), int(m.group(3))).isoformat()
    m = _HOLIDAY_SPEC.fullmatch(spec)
    if m and m.group(1) in HOLIDAY_DAYS:
        days = _in_years(spec, year)
        return days[0] if days else None
    if m:
        day = orthodox_easter(year) if m.group(1) == "OEASTER" else easter(year)
        return (day + dt.timedelta(days=int(m.group(2)))).isoformat()
    value = f"{year:04d}-{spec}"
    return value if parse(value) else None


# A date without a year in a past-tense clause is still read as the coming one when that is at
# most this many days ahead ("the offer, which was extended, expires Nov. 20" written Nov. 2);
# in a future-tense clause, as the one that has just ended ("profit is expected to have risen in
# the third quarter" written in late October).
NEAR_FUTURE_DAYS = 60
# ... but not a month told plainly after a past verb ("imposed sanctions on him in July", "launched a
# bid in February"), unless that verb reports a plan (resources/plan_verbs.txt: "told oil companies
# of a cutback in September").
PLAN_VERBS = frozenset(
    w for w in (line.strip() for line in (Path(__file__).parent / "resources" / "plan_verbs.txt").open(
        encoding="utf-8")) if w and not w.startswith("#"))
JUST_ENDED_DAYS = 31
# ... but a holiday only when it was at most this many days ago.
HOLIDAY_JUST_ENDED_DAYS = 3
# Days by which a holiday of a lunar calendar (resources/holiday_dates.tsv) may fall later than its
# table says (Islamic holidays begin when the new moon is seen, which differs from country to country).
LUNAR_SLACK_DAYS = 1
# A start reported with no verb of its own keeps ahead: "with production starting in December, the
# spokesman said".
REPORTING_VERBS = frozenset({"said", "says", "told", "announced", "added", "stated", "reported"})


def _choose(cands: list[tuple[str, dt.date, dt.date]], dct: dt.date, direction: str,
            tense: str | None, default: str, window: bool = False,
            ahead_window: bool = True, just_ended: int = JUST_ENDED_DAYS) -> tuple[str, str]:
    """Pick one candidate (value, first day, last day); returns (value, how it was chosen)."""
    how = {"<": "strictly before", ">": "strictly after", "~": "in the current period"}.get(direction)
    if direction == "<":
        pool = [c for c in cands if c[2] < dct]
        if len(pool) > 1 and re.fullmatch(r"\d{4}-\d\d", pool[-1][0]) and (dct.replace(day=1) - pool[-1][2]).days == 1:
            # the month just before the article's own is "last month": "last February" written in
            # March is the February of the year before
            return pool[-2][0], f"the latest one {how} {dct}, skipping the month just ended (that one would be 'last month')"
        return (pool[-1][0] if pool else cands[0][0]), f"the latest one {how} {dct}"
    if direction == ">":
        pool = [c for c in cands if c[1] > dct]
        return (pool[0][0] if pool else cands[-1][0]), f"the first one {how} {dct}"
    mode = {"PAST": "past", "FUTURE": "future"}.get(tense or "", default)
    if mode == "past":
        pool = [c for c in cands if c[1] <= dct]
        ahead = [c for c in cands if c[1] > dct]
        if window and ahead_window and ahead and (not pool or pool[-1][2] < dct) and (ahead[0][1] - dct).days <= NEAR_FUTURE_DAYS:
            return ahead[0][0], f"the coming one: it starts within {NEAR_FUTURE_DAYS} days of {dct}"
        days = all(c[1] == c[2] for c in cands)
        return (pool[-1][0] if pool else cands[0][0]), (
            f"the latest one on or before {dct}" if days else f"the latest one that began by {dct}")
    if mode == "future":
        pool = [c for c in cands if c[2] >= dct]
        ended = [c for c in cands if c[2] < dct]
        if window and ended and (not pool or pool[0][1] > dct) and (dct - ended[-1][2]).days <= just_ended:
            return ended[-1][0], f"the one that ended within {just_ended} days before {dct}"
        days = all(c[1] == c[2] for c in cands)
        return (pool[0][0] if pool else cands[-1][0]), (
            f"the first one on or after {dct}" if days else f"the first one not over by {dct}")

    def distance(c: tuple[str, dt.date, dt.date]) -> int:
        return 0 if c[1] <= dct <= c[2] else min(abs((c[1] - dct).days), abs((c[2] - dct).days))

    best = min(cands, key=distance)
    return best[0], f"the one nearest to {dct}"


def _tense_words(ctx: Context) -> str:
    if ctx.tense in ("PAST", "FUTURE"):
        return f"{ctx.tense.lower()} tense" + (f" ('{ctx.cue}')" if ctx.cue else "")
    return "no tense cue"


def _news_day(spec: str, dct: dt.date) -> bool:
    """Whether a month and day ("11-25") is the article's own day or the day before it: the
    story's news, not a day of an older year the text just told of."""
    if not re.fullmatch(r"\d\d-\d\d", spec):
        return False
    try:
        day = dt.date(dct.year, int(spec[:2]), int(spec[3:]))
    except ValueError:
        return False
    return 0 <= (dct - day).days <= NEWS_DAY_SPAN


def _yearless(m: re.Match[str], ctx: Context) -> tuple[str, str]:
    spec, tpart, direction, wd = m.group(1), m.group(2) or "", m.group(3) or "", m.group(4)
    dct = ctx.dct
    if direction.startswith("@"):
        year = dct.year + int(direction[1:])
        value = _in_year(spec, year) or f"{year:04d}-{spec}"
        return value + tpart, f"no year given; the words say the year {year} ({direction[1:]} from the article date)"
    story = ctx.story_year
    if (not direction and story is not None and story < dct.year and ctx.tense != "FUTURE"
            and not (ctx.story_month is not None and _news_day(spec, dct))
            and (re.fullmatch(r"\d\d-\d\d", spec) or (ctx.fronted and re.fullmatch(r"\d\d", spec))
                 or (ctx.tense == "PAST" and ctx.story_month is not None and re.fullmatch(r"\d\d", spec)
                     and 0 <= int(spec) - ctx.story_month <= STORY_MONTH_STEP)
                 or (ctx.tense == "PAST" and ctx.story_here and ctx.story_month is None
                     and re.fullmatch(r"\d\d", spec)))):
        # a day, or a month that opens its sentence ("In 2014, Russia seized Crimea. In April, ..."),
        # or a past month in the sentence that a year opened ("In 1976, the pound began a slide which
        # led ministers to ask for a loan in September"), or a past month of the story's day or the
        # next ("The war started on February 24, 2022. He took part in its first phase in February
        # and March"; months later is news again)
        v = _in_year(spec, story)
        if v:
            return v + tpart, (f"no year given; the text just before tells of {story} "
                               f"('{ctx.story_text}') → the one in {story}")
    cands = []
    for year in range(dct.year - 2, dct.year + 3):
        for v in _in_years(spec, year):
            span = period(v)
            if span and (not wd or span[0].isoweekday() == int(wd)):
                cands.append((v, span[0], span[1]))
    if wd and cands:
        best = min(cands, key=lambda c: abs((c[1] - dct).days))
        return best[0] + tpart, f"no year given; the year in which it falls on a {WEEKDAYS[int(wd)]}"
    if not cands:
        if _HOLIDAY_SPEC.fullmatch(spec):
            return "XXXX-XX-XX" + tpart, "a holiday whose date is not known for the years around the article date"
        return m.group(0), "no year given and none fits"
    direction_note = ""
    if direction == "~":
        pool = [c for c in cands if c[0].startswith(f"{dct.year:04d}")]
        value, how = (pool[0][0] if pool else cands[0][0]), f"the one in {dct.year}"
        if pool and (dct - pool[0][2]).days > THIS_OVER_DAYS and ctx.tense == "FUTURE":
            # "expecting their second child this summer", written in December: this year's is long
            # over, so a future "this" names the next one ("opens this fall" on December 21 stays)
            nxt = [c for c in cands if c[0].startswith(f"{dct.year + 1:04d}")]
            if nxt:
                value, how = nxt[0][0], f"this year's is over and the clause is in the future: the one in {dct.year + 1}"
    elif direction == "%":  # the nearest, whatever the tense: "cited in the October issue"
        value, how = _choose(cands, dct, "", None, "nearest")
    elif direction == "^":  # told as done, whatever the clause's tense: "the October slaying"
        value, how = _choose(cands, dct, "", "PAST", "past")
    elif direction == "}":  # aimed at ("prepared for the winter", "to get through the winter"): this one or the next
        value, how = _choose(cands, dct, "", "FUTURE", "future")
        return value + tpart, f"no year given; a season the words aim at → {how}"
    elif direction == "=" and ctx.tense == "PAST" and ctx.plain_past:
        # a date a change takes effect, told in a past clause ("created an office, effective Feb. 1"):
        # the announcement is past, the change often still ahead → the nearest one
        value, how = _choose(cands, dct, "", None, "nearest")
        return value + tpart, f"no year given; the day a change takes effect, told in the past → {how}"
    elif direction in ("+", "="):  # a start or a deadline ("a hearing beginning August 19") lies ahead, unless
        # a past clause tells it as over; one set in the past by a plan verb ("ordered ...") still lies ahead
        past = ctx.tense == "PAST" and ctx.plain_past and (ctx.cue or "").lower() not in PLAN_VERBS | REPORTING_VERBS
        value, how = _choose(cands, dct, "", "PAST" if past else "FUTURE", "future")
        said = (ctx.cue or "").lower() in PLAN_VERBS | REPORTING_VERBS
        why = f"set ahead by the words (a start, a deadline, a contest); {_tense_words(ctx)}" + (
            (", but the past verb only says or plans it, so it lies ahead" if said
             else ", but not in a plain past, so it lies ahead") if ctx.tense == "PAST" and not past else "")
        return value + tpart, f"no year given; {why} → {how}"
    else:
        # The coming one in a past-tense clause only for a day or a month, where reported plans are
        # common ("expires Nov. 20", "decided to admit them in early March"); a past-tense season,
        # quarter or half ("the couple divorced in the summer") is the last one, and so is a date
        # that opens its sentence: it sets the time of the story told ("In September, Medvedev said"); a
        # holiday told plainly in the past is the last one ("Muslims celebrated Eid al-Fitr").
        holiday = _HOLIDAY_SPEC.fullmatch(spec)
        if holiday and holiday.group(1) in HOLIDAY_DAYS and ctx.tense == "PAST":
            # the day of a lunar holiday differs by a day from country to country (the moon seen or not):
            # told in the past, one the table puts on the day after the article date is the one meant
            dct = dct + dt.timedelta(days=LUNAR_SLACK_DAYS)
            direction_note = f" (a lunar holiday may fall {LUNAR_SLACK_DAYS} day later than its table says)"
        value, how = _choose(cands, dct, direction, ctx.tense, "nearest", window=True,
                             # a holiday in a future clause is the coming one ("will travel home for Eid"), unless
                             # it was a day or two ago ("would move to Canada if Trump won on Election Day")
                             just_ended=HOLIDAY_JUST_ENDED_DAYS if holiday or re.fullmatch(
                                 r"\d\d-W[1-5L]-[1-7]", spec) else JUST_ENDED_DAYS,
                             ahead_window=not ctx.fronted and not (ctx.dated and re.fullmatch(r"\d\d-\d\d", spec)) and bool(
                                 re.fullmatch(r"\d\d-\d\d|\d\d-W[1-5L]-[1-7]", spec)
                                 or ((holiday or re.fullmatch(r"\d\d", spec)) and not ctx.plain_past)))
    why = ("told as a thing done or measured (an attack, a ruling, a month's figures)" if direction == "^"
           else "the nearest, whatever the tense (an issue of a periodical, a feast's week)" if direction == "%"
           else "forced by the words") if direction \
        else _tense_words(ctx)
    return value + tpart, f"no year given; {why} → {how}{direction_note}"


# How long ago this year's season or month must have ended for a future "this <season>" to name the next.
THIS_OVER_DAYS = 60


def _weekend(direction: str, ctx: Context) -> tuple[str, str]:
    dct = ctx.dct
    saturday = dct + dt.timedelta(days=6 - dct.isoweekday())  # this week's Saturday
    cands = [(fmt(saturday + dt.timedelta(weeks=k), "WE"), saturday + dt.timedelta(weeks=k),
              saturday + dt.timedelta(weeks=k, days=1)) for k in (-2, -1, 0, 1, 2)]
    if direction == "~":
        if ctx.tense == "PAST" and cands[2][1] > dct and dct.isoweekday() <= 3:
            # told in the past early in the week: "Russia struck Kyiv this weekend" on a Monday (on a
            # Friday a past clause still looks ahead: "dismissed the talks planned this weekend")
            return cands[1][0], f"weekend; 'this' in a past clause → the weekend just over before {dct}"
        return cands[2][0], f"weekend; 'this' → the weekend of the week of {dct}"
    value, how = _choose(cands, dct, direction, ctx.tense, "past")
    why = "forced by the words" if direction else _tense_words(ctx)
    return value, f"weekend; {why} → {how.replace('one', 'weekend', 1)}"


# Soft future cues that still move a weekday forward (resources/weekday_future.txt): expectations,
# scheduling verbs in the present ("talks start Monday") and planned appearances ("Nevada holds its
# caucuses on Saturday").
SOFT_FUTURE_WEEKDAY = frozenset(
    w for w in (line.strip() for line in (Path(__file__).parent / "resources" / "weekday_future.txt").open(
        encoding="utf-8")) if w and not w.startswith("#"))


def _firm_future(ctx: Context) -> bool:
    """Is the clause firmly in the future: a firm cue ("will"), or a soft one that still points a day
    forward ("is expected")?"""
    return ctx.tense == "FUTURE" and (ctx.weight >= 2 or ctx.cue in SOFT_FUTURE_WEEKDAY)


#: with no tense cue, a weekday at most this many days after the article date is the coming one
NEXT_DAY_AHEAD = 1


def _weekday(m: re.Match[str], ctx: Context) -> tuple[str, str]:
    if m.group(1) == "WE":
        return _weekend(m.group(3), ctx)
    wd, tpart, direction = int(m.group(1)), m.group(2) or "", m.group(3)
    dct = ctx.dct
    name = WEEKDAYS[wd]
    firm = ctx.tense if ctx.tense != "FUTURE" or _firm_future(ctx) or (
        ctx.cue_left and ctx.cue and ctx.cue.endswith("ing") and ctx.cue.split()[0] in ("is", "are", "am", "'re")) else None
    if direction == "*":  # "Tuesday's primary": what the clause's tense says, else the nearest one
        direction = "" if firm in ("PAST", "FUTURE") else "%"
    if direction == ">>":  # "next Wednesday": the coming one, but not tomorrow (that would be "tomorrow")
        ahead = (wd - dct.isoweekday()) % 7 or 7
        d = dct + dt.timedelta(days=ahead + (7 if ahead == 1 else 0))
        why = f"the {name} after tomorrow's" if ahead == 1 else f"the first {name} after {dct}"
        return d.isoformat() + tpart, f"'next' → {why} → {d}"
    if direction == "~":
        d = dct + dt.timedelta(days=wd - dct.isoweekday())
        if ctx.tense == "FUTURE" and d < dct:  # any future cue: "this" already leans ahead
            # "will win delegates in Michigan this Tuesday", written on a Friday: the coming one
            d += dt.timedelta(days=7)
            return d.isoformat() + tpart, f"'this' in a future clause ('{ctx.cue}'), this week's {name} gone by → the coming one, {d}"
        if ctx.tense == "PAST" and d > dct:
            # "the court ruled this Friday", written on a Monday: the one just gone
            d -= dt.timedelta(days=7)
            return d.isoformat() + tpart, f"'this' in a past clause ('{ctx.cue}'), this week's {name} still ahead → the last one, {d}"
        return d.isoformat() + tpart, f"'this' → the {name} of the week of {dct}"
    if wd == dct.isoweekday() and direction in ("", "^", "%"):
        return dct.isoformat() + tpart, f"{name} is the article's own day → {dct}"
    if direction == "%":
        # the nearest, ahead or gone by: "for Thursday's Times", "told Sunday's Observer",
        # "days before Tuesday's primary" (the run-up or its aftermath)
        back = (dct.isoweekday() - wd) % 7
        d = dct - dt.timedelta(days=back) if back <= 3 else dct + dt.timedelta(days=7 - back)
        return d.isoformat() + tpart, f"no tense decides: the nearest {name} to {dct}, ahead or gone by → {d}"
    if direction == "^":  # told as done: "Wednesday's ruling", whatever the clause's tense
        cands = [(d.isoformat(), d, d) for d in (dct - dt.timedelta(days=k) for k in range(1, 8))
                 if d.isoweekday() == wd]
        return cands[0][0] + tpart, f"a thing already done ('{name}'s ...') → the latest {name} before {dct}"
    cands = []
    for k in range(-8, 9):
        d = dct + dt.timedelta(days=k)
        if d.isoweekday() == wd:
            cands.append((d.isoformat(), d, d))
    tense = firm
    if direction == "+":  # "by Monday": a deadline lies ahead unless the clause is in the past
        # ... and a deadline set in the past lies ahead too: "ordered the files released by Thursday"
        past = tense == "PAST" and (ctx.cue or "").lower() not in PLAN_VERBS
        value, how = _choose(cands, dct, "", "PAST" if past else "FUTURE", "future")
        why = f"set in the past ('{ctx.cue}'), it lies ahead" if tense == "PAST" and not past else _tense_words(ctx)
        return value + tpart, f"a deadline; {why} → {how.replace('one', name, 1)}"
    ahead = (wd - dct.isoweekday()) % 7
    if not direction and tense is None and ctx.tense in (None, "FUTURE") and 0 < ahead <= NEXT_DAY_AHEAD:
        # no tense at all, or only a soft future one: the day after the article's is meant, not the one
        # six days back ("Kyiv extends curfew to whole day on Wednesday", written on a Tuesday)
        d = dct + dt.timedelta(days=ahead)
        return d.isoformat() + tpart, f"no tense cue; the next {name} is the day after {dct}, the last one six days back → {d}"
    value, how = _choose(cands, dct, direction, tense, "past")
    how = how.replace("one", name, 1)
    why = "forced by the words" if direction else _tense_words(ctx)
    if not direction and tense is None and ctx.tense == "FUTURE":
        why = f"a soft future cue ('{ctx.cue}') does not move a weekday"
    return value + tpart, f"{why} → {how}"


def _ref_weekday(m: re.Match[str], ctx: Context) -> tuple[str, str]:
    """"the previous Friday", "the following Monday": the weekday before (``<``) or after (``>``) the
    last day the text named, else the article date."""
    step = -1 if m.group(1) == "<" else 1
    wd = int(m.group(2))
    ref = parse(ctx.ref) if ctx.ref else None
    if not ref or ref[0] != "D":
        # no day to count from: "the previous Friday" is the last one, "the following Tuesday"
        # the one the tense points to
        value, why = resolve(f"XXXX-WXX-{wd}" + ("<" if step < 0 else ""), ctx)
        return value, f"no day mentioned before; {why}"
    start, name = ref[1], f"the last mentioned day {ctx.ref}" + (f" ('{ctx.ref_text}')" if ctx.ref_text else "")
    d = start + dt.timedelta(days=step)
    while d.isoweekday() != wd:
        d += dt.timedelta(days=step)
    return d.isoformat(), f"the {WEEKDAYS[wd]} {'before' if step < 0 else 'after'} {name} → {d}"


def _day_of_month(m: re.Match[str], ctx: Context) -> tuple[str, str]:
    day, tpart = int(m.group(1)), m.group(2) or ""
    first = ctx.dct.replace(day=1)
    cands = []
    for k in range(-3, 4):
        month = add_months(first, k)
        try:
            d = month.replace(day=day)
        except ValueError:
            continue
        cands.append((d.isoformat(), d, d))
    if not cands:
        return m.group(0), "no month has that day"
    value, how = _choose(cands, ctx.dct, "", ctx.tense, "nearest")
    return value + tpart, f"day of the month without a month; {_tense_words(ctx)} → {how}"


def _relative(m: re.Match[str], ctx: Context) -> tuple[str, str]:
    anchor_kind, sign, num, unit, keep, tpart = m.groups()
    if num.endswith(".5") and unit in _HALF_IN:
        per, unit = _HALF_IN[unit]
        num = str(int(float(num) * per))
    n = int(float(num)) * (-1 if sign == "-" else 1)
    anchor_value, anchor_name = ctx.dct.isoformat(), f"the article date {ctx.dct}"
    if anchor_kind == "STO" and ctx.story_year is not None and ctx.tense != "FUTURE":
        # "In 2022, the number grew ... at the end of the year": the year (or month) of the story
        # told just before, not of the article date; "this year" stays with the article date
        if unit == "M" and ctx.story_month is not None:
            anchor_value = f"{ctx.story_year:04d}-{ctx.story_month:02d}-01"
        elif unit == "Y":
            anchor_value = f"{ctx.story_year:04d}-01-01"
        if anchor_value != ctx.dct.isoformat():
            anchor_name = f"the year of the story told just before ('{ctx.story_text}', {ctx.story_year})"
    # EVT: counted from an event the words name ("the day after the announcement"): from the last date
    # mentioned when that names a day, else from the article date (never "a day of 1972")
    ref = parse(ctx.ref) if anchor_kind in ("REF", "EVT") and ctx.ref else None
    if ref and anchor_kind == "REF" and unit in ("D", "FN") and ref[0] in ("Y", "M") and ctx.ref:
        # "that same day" after "in October 1998": a day of that month, which one is not said
        value = ctx.ref[:7] + "-XX" if ref[0] == "M" else ctx.ref[:4] + "-XX-XX"
        return value, f"a day counted from '{ctx.ref_text or ctx.ref}' ({ctx.ref}), which names no day → {value}"
    if anchor_kind == "EVT" and unit in ("D", "FN") and not (ref and ref[0] == "D") and (
            (ctx.tense == "PAST" and n > 0) or (ctx.tense == "FUTURE" and n < 0)):
        # "he left the day after the attack" in a text that dates no day: not the day after the
        # article (a past clause), so a day, which one is not said ("will go on sale the day after
        # the announcement" still counts from the article date, the day of the news)
        return "XXXX-XX-XX", "a day counted from an event the text does not date, told in the " \
            f"{'past' if n > 0 else 'future'} → XXXX-XX-XX"
    # "the day" after "last week" cannot count from it: a day needs a day, else the article date;
    # a week or a weekend needs a day or a week ("the weekend after" after "in 2001" is not in 2001)
    if ref and not (unit in ("D", "FN") and ref[0] != "D") and not (
            unit in ("W", "WE") and ref[0] not in ("D", "W", "WE")) and not (unit == "M" and ref[0] == "Y"):
        # (a month needs a month or a day: "the month" after "in 2020" is no month of 2020 in particular)
        anchor_value, anchor_name = ctx.ref, f"the last mentioned date {ctx.ref}" + (
            f" ('{ctx.ref_text}')" if ctx.ref_text else "")
    if anchor_kind == "PER" and ctx.period and parse(ctx.period):
        anchor_value, anchor_name = ctx.period, f"the reporting period {ctx.period}" + (
            f" ('{ctx.period_text}')" if ctx.period_text else "")
        keep = "="
    parsed = parse(anchor_value)
    if parsed is None:
        return m.group(0), "relative expression with an unusable anchor"
    agran, adate, _ = parsed
    gran = "W" if unit == "FN" else unit  # a fortnight ago is a week, as "two weeks ago" is
    if keep and finer(agran, gran if gran != "SE" else "Y"):
        gran = agran
    season = anchor_value[5:7] if agran == "SE" and gran == "SE" else None
    if anchor_kind == "DCT" and n == 0 and unit == "W" and ctx.dct.isoweekday() == 7 and _firm_future(ctx):
        # written on a Sunday, "this week" in a future clause is the week that starts the next day:
        # "ministers will meet this week" (its ISO week ends that Sunday)
        d = shift(adate, 1, unit)
        value = fmt(d, gran, season) + (tpart or "")
        return value, f"'this week' told in the future on Sunday {ctx.dct} → the week from the next day, {value}"
    d = shift(adate, n, unit)
    value = fmt(d, gran, season) + (tpart or "")
    step = "the same period" if n == 0 else f"{abs(n)} {unit} {'later' if n > 0 else 'earlier'}"
    return value, f"relative to {anchor_name}: {step} → {value}"


_PER_YEAR = re.compile(r"^PER@(\d{4})$")


def _period_in_year(m: re.Match[str], ctx: Context) -> tuple[str, str]:
    year = m.group(1)
    if ctx.period and parse(ctx.period):
        value = year + ctx.period[4:]
        return value, f"the reporting period {ctx.period} ('{ctx.period_text}') in {year} → {value}"
    return year, f"no reporting period mentioned → the year {year}"


def _clock(m: re.Match[str], ctx: Context) -> tuple[str, str]:
    tpart = m.group(1)
    dct_day = ctx.dct.isoformat()
    if ctx.day and not (ctx.tense == "PAST" and ctx.plain_past and ctx.day[:10] > dct_day):
        return ctx.day + tpart, f"time of day on the day mentioned just before it ('{ctx.day_text}', {ctx.day})"
    if ctx.day:
        # a day after the article date cannot hold a clock time told plainly in the past: "They will
        # meet again on Tuesday. The meeting, which began at 11:00 a.m., ..."
        return dct_day + tpart, (f"{_tense_words(ctx)}, so not on the day mentioned before it ('{ctx.day_text}', "
                                 f"{ctx.day}) → the article date {ctx.dct}")
    if tpart == "T24:00" and ctx.tense == "PAST" and ctx.plain_past:
        # "Shortly before midnight, the polls closed": told plainly in the past with no day named, the
        # midnight just gone, which TimeML writes as the end (T24:00) of the day before the article's
        day = ctx.dct - dt.timedelta(days=1)
        return day.isoformat() + tpart, f"midnight told in the past, no day named → the one that ended {day}"
    if tpart == "TNI" and ctx.tense == "PAST":
        # "the city was shelled during the night": told in the past with no day named, the night just
        # gone, which TimeML dates by the evening it began
        day = ctx.dct - dt.timedelta(days=1)
        return day.isoformat() + tpart, f"the night told in the past, no day named → the night before {ctx.dct}"
    return ctx.dct.isoformat() + tpart, f"time of day on the article date {ctx.dct}"


@functools.lru_cache(maxsize=8192)
def resolve(value: str, ctx: Context) -> tuple[str, str]:
    """Resolve an underspecified ``value`` in ``ctx``; returns (TimeML value, the reasoning).

    Pure: the same value in the same context always resolves the same way (and is cached).
    """
    if _DUR.match(value) or re.fullmatch(r"PT[\dX.HMS]+|P[\dX.YMWD]+T[\dX.HMS]+", value):
        v = normalize_duration(value)
        return v, "duration" if v == value else f"duration {value} → {v}"
    op = _DAY_OP.match(value)
    if op:
        inner, why = resolve(op.group(1), ctx)
        p = parse(inner)
        if p and op.group(2) == "MON" and p[0] == "D":
            month = inner[:7]
            return month, f"{why}; a holiday that lasts weeks, the month it begins in → {month}"
        if op.group(2) == "MON":
            return inner, why
        if p and op.group(2).startswith("M") and re.match(r"\d{4}", inner):
            month = f"{inner[:4]}-{op.group(2)[1:]}"
            return month, f"{why}; that year's month {op.group(2)[1:]} → {month}"
        if not p or p[0] != "D":
            return inner, why
        if op.group(2) == "W":
            week = fmt(p[1], "W")
            return week, f"{why}; the week that contains it → {week}"
        if op.group(2) == "WE":
            weekend = fmt(p[1], "W") + "-WE"
            return weekend, f"{why}; the weekend of the week that contains it → {weekend}"
        shift_ = op.group(2)
        if shift_.startswith("F"):
            # a shift for a future clause only: "overnight" is the night just gone, but "temperatures
            # will drop overnight" is tonight
            if not _firm_future(ctx):
                return inner, why
            shift_ = shift_[1:]
        n = int(shift_[:-1])
        tpart = inner[10:] if len(inner) > 10 and inner[10] == "T" else ""  # "overnight into Thursday": TNI kept
        day = (p[1] + dt.timedelta(days=n)).isoformat() + tpart
        words = f"{abs(n)} day{'s' if abs(n) != 1 else ''} {'after' if n > 0 else 'before'} it"
        if op.group(2).startswith("F"):
            words = f"{_tense_words(ctx)}, so {words}"
        return day, f"{why}; {words} → {day}"
    if value == "XXXX-REF":  # "one day our luck will run out": some time, before or after by the tense
        ref = "PAST_REF" if ctx.tense == "PAST" else "FUTURE_REF"
        return ref, f"a time not named; {_tense_words(ctx)} → {ref}"
    m = _YEAR_SPEC.match(value)
    if m:
        day = _in_year(m.group(2), int(m.group(1)))
        if day is None:
            return f"{m.group(1)}-XX-XX{m.group(3) or ''}", f"a holiday whose date in {m.group(1)} is not known"
        return day + (m.group(3) or ""), f"that holiday in the year {m.group(1)} → {day}"
    for rx, fn in ((_REL, _relative), (_REF_WEEKDAY, _ref_weekday), (_WEEKDAY, _weekday), (_CLOCK, _clock),
                   (_YEARLESS, _yearless), (_PER_YEAR, _period_in_year), (_DAY_OF_MONTH, _day_of_month)):
        m = rx.match(value)
        if m:
            return fn(m, ctx)
    return value, "explicit"


def granularity(value: str) -> str | None:
    """The granularity code of a concrete date value (None when it is not one)."""
    p = parse(value)
    return p[0] if p else None


__all__ = ["Context", "ORDER", "granularity", "needs_day", "needs_tense", "normalize_duration", "resolve"]
