"""Build the table of holidays that follow a lunar or lunisolar calendar
(dateline/time/resources/holiday_dates.tsv): Eid al-Fitr, Eid al-Adha, the first day of Ramadan,
Passover, Rosh Hashanah, Yom Kippur, Hanukkah, Purim, the Lunar New Year, the Mid-Autumn and Dragon
Boat festivals, Diwali and Holi, and
"Eid" alone (EID: the days of both Eids).

Run by hand, in a virtualenv that has the PyPI package ``holidays`` (MIT licence; it is not a
dateline dependency; the built file is committed):

    python3 -m venv /tmp/hd-venv && /tmp/hd-venv/bin/pip install holidays
    /tmp/hd-venv/bin/python tools/build_holiday_dates.py

``holidays`` keeps these dates as tables (Islamic dates as observed in Saudi Arabia, the Umm
al-Qura calendar; they may differ by a day elsewhere) and computes the Hebrew ones. Each line
of the output is ``NAME<TAB>YYYY-MM-DD``: one occurrence of the holiday (an Islamic holiday can
fall twice in one Gregorian year). The time tagger reads the names in its rules' values
(``XXXX-EIDFITR+0``) and picks the occurrence by the tense, as it does for Easter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from holidays.calendars import _ChineseLunisolar, _HebrewLunisolar, _HinduLunisolar, _IslamicLunar

OUT = Path(__file__).resolve().parent.parent / "dateline" / "time" / "resources" / "holiday_dates.tsv"
YEARS = range(1900, 2101)


def _days(fn: Callable[[int], object]) -> Iterable[dt.date]:
    for year in YEARS:
        got = fn(year)
        if got is None:
            continue
        if isinstance(got, tuple):  # (date, estimated)
            got = got[0]
        items = got if isinstance(got, set | list) or hasattr(got, "__next__") else [got]
        for d in items:
            if isinstance(d, tuple):
                d = d[0]
            if isinstance(d, dt.date) and d.year == year:
                yield d


def main() -> None:
    islamic, hebrew, chinese, hindu = _IslamicLunar(), _HebrewLunisolar(), _ChineseLunisolar(), _HinduLunisolar()
    sources: dict[str, Callable[[int], object]] = {
        "EIDFITR": islamic.eid_al_fitr_dates,
        "EIDADHA": islamic.eid_al_adha_dates,
        "RAMADAN": islamic.ramadan_beginning_dates,
        "PASSOVER": hebrew.passover_date,
        "ROSHHASHANAH": hebrew.rosh_hashanah_date,
        "YOMKIPPUR": hebrew.yom_kippur_date,
        "HANUKKAH": hebrew.hanukkah_date,
        "PURIM": hebrew.purim_date,
        "LUNARNY": chinese.lunar_new_year_date,
        "MIDAUTUMN": chinese.mid_autumn_date,
        "DRAGONBOAT": chinese.dragon_boat_date,
        "DIWALI": lambda y: hindu.DIWALI_DATES.get(y) and dt.date(y, *hindu.DIWALI_DATES[y]),
        "HOLI": lambda y: hindu.HOLI_DATES.get(y) and dt.date(y, *hindu.HOLI_DATES[y]),
    }
    lines = ["# Holidays of lunar and lunisolar calendars, one occurrence a line: NAME<TAB>YYYY-MM-DD.",
             "# Built by tools/build_holiday_dates.py from the PyPI package holidays (MIT licence);",
             "# Islamic dates as observed in Saudi Arabia. Do not edit by hand: rebuild."]
    found = {name: sorted(set(_days(fn))) for name, fn in sources.items()}
    # "Eid" alone is either of the two: the tense picks the one meant, as among the years of Easter
    found["EID"] = sorted(set(found["EIDFITR"]) | set(found["EIDADHA"]))
    for name, days in found.items():
        lines += [f"{name}\t{d.isoformat()}" for d in days]
        print(f"{name}: {len(days)} dates, {days[0]} to {days[-1]}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
