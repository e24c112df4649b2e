"""Round 23 of the layers (invented news sentences): a clock time given in two zones before its
day, things that run through a date, British "Monday week", and rescheduling verbs."""

from __future__ import annotations

from dateline.time import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_a_clock_time_in_two_zones_takes_the_day_written_after_both():
    # 2025-03-13 is a Thursday
    got = _values("The ceasefire took effect at 8 a.m. local time (0600 GMT) on Wednesday.", "2025-03-13")
    assert got == {"8 a.m.": "2025-03-12T08:00", "0600 GMT": "2025-03-12T06:00", "Wednesday": "2025-03-12"}
    # a day of its own before the second clock time still holds
    got = _values("On Monday, the talks ended at 5 p.m. and resumed at 9 a.m. on Tuesday.", "2025-03-13")
    assert got["5 p.m."] == "2025-03-10T17:00"
    assert got["9 a.m. on Tuesday"] == "2025-03-11T09:00"


def test_a_show_that_runs_through_a_date_looks_ahead_but_one_that_ran_does_not():
    got = _values("The exhibition opened last Friday and runs through May 30.", "2025-03-13")
    assert got == {"last Friday": "2025-03-07", "May 30": "2025-05-30"}
    assert _values("The sale runs through Sunday.", "2025-03-13") == {"Sunday": "2025-03-16"}
    assert _values("The drill ran through Sunday.", "2025-03-13") == {"Sunday": "2025-03-09"}


def test_british_monday_week_and_a_week_on_tuesday_are_a_week_after_the_coming_day():
    assert _values("Schools will reopen Monday week, the minister said.", "2025-03-13") == {
        "Monday week": "2025-03-24"}
    assert _values("Parliament will vote on the bill a week on Tuesday.", "2025-03-13") == {
        "a week on Tuesday": "2025-03-25"}
    assert _values("The vote is a week from Friday.", "2025-03-13") == {"a week from Friday": "2025-03-21"}
    # a weekday before a noun is no "Monday week"
    assert _values("The Friday week began badly.", "2025-03-13") == {"Friday": "2025-03-07"}


def test_a_date_a_plan_was_moved_or_pushed_to_is_ahead():
    got = _values("The summit, originally planned for next Tuesday, has been moved back to April.", "2025-03-13")
    assert got["April"] == "2025-04"
    assert _values("The vote was pushed to Monday.", "2025-03-13") == {"Monday": "2025-03-17"}
