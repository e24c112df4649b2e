"""Value fixes of issue 3: tense cues, sentence ends, year-end, clock words, qualified durations,
and the scorer's dev/test split and error dump."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.time import sentence_tense, tag
from dateline.time.score import error_category, format_errors, main, read_any, score_document
from dateline.time.timeml import GoldTimex

DATA = Path(__file__).parent / "data" / "time"


def values(text: str, dct: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, dct)]


# ---- tense: intentions are firm future cues ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The team planned to leave Nairobi on Thursday for Dar es Salaam.",
    "Protesters were planning to drive around the airport on Thursday.",
    "The league, which lost the vote, plans to hold a news conference on Thursday.",
    "Officials said they did not plan to remove the boy on Thursday.",
])
def test_planned_weekday_is_the_coming_one(text):
    # 1998-09-30 is a Wednesday: the planned Thursday is the next day, not a week before
    found = [t for t in tag(text, "1998-09-30") if t.text == "Thursday"]
    assert found and found[0].value == "1998-10-01"


def test_past_weekday_still_past():
    assert values("The team left Nairobi on Thursday.", "1998-09-30") == [("Thursday", "1998-09-24", None)]


# ---- tense: a '.' inside a sentence ("Ala., killed") does not end it --------------------------

def test_abbreviation_with_comma_does_not_end_the_sentence():
    text = ("In January, a week after the anniversary, a clinic bombing in Birmingham, Ala., killed "
            "a security guard.")
    assert sentence_tense(text, 3, 10, include_span=False).tense == "PAST"
    assert values(text, "1998-10-25")[0] == ("January", "1998-01", None)


def test_full_stop_before_capital_still_ends_the_sentence():
    text = "Prices fell. In June the firm will report."
    i = text.index("June")
    assert sentence_tense(text, i, i + 4, include_span=False).tense == "FUTURE"


# ---- year-end is the year with mod END, like "the end of the year" ---------------------------

@pytest.mark.parametrize("text", ["Debt will fall by year-end.", "Debt will fall by year end.",
                                  "Debt will fall by the year's end."])
def test_year_end(text):
    found = tag(text, "1989-10-30")
    assert [(t.value, t.mod) for t in found] == [("1989", "END")]


def test_year_end_agrees_with_end_of_the_year():
    a = tag("by year-end", "1989-10-30")[0]
    b = tag("by the end of the year", "1989-10-30")[0]
    assert (a.value, a.mod) == (b.value, b.mod)


# ---- "4 in the morning" ----------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("The father will leave at 4 in the morning.", "2000-04-05T04:00"),
    ("They met at 8 in the evening.", "2000-04-05T20:00"),
    ("The court rose at 3 in the afternoon.", "2000-04-05T15:00"),
    ("He woke at 6 o'clock in the morning.", "2000-04-05T06:00"),
])
def test_hour_in_the_part_of_day(text, value):
    found = tag(text, "2000-04-05")
    assert len(found) == 1 and found[0].type == "TIME" and found[0].value == value


def test_hour_in_the_part_of_day_needs_the_part_to_end_the_phrase():
    assert ("4 in the afternoon", "2000-04-05T16:00", None) not in values(
        "Shares rose 4 in the afternoon session.", "2000-04-05")


# ---- durations with a word between number and unit; "day-long" --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The strike will last two more weeks.", ("two more weeks", "P2W", None)),
    ("Eight trading days later it fell.", ("Eight trading days", "P8D", None)),
    ("Refunds come within five business days.", ("five business days", "P5D", None)),
    ("It will take at least 20 more years.", ("at least 20 more years", "P20Y", "EQUAL_OR_MORE")),
    ("It will take more than three additional years.", ("more than three additional years", "P3Y", "MORE_THAN")),
    ("a day-long strike", ("day-long", "P1D", None)),
])
def test_qualified_durations(text, expected):
    assert values(text, "1998-02-27") == [expected]


def test_coming_quarters_is_future_ref():
    assert values("Margins will narrow in coming quarters.", "1989-10-26") == [
        ("coming quarters", "FUTURE_REF", None)]


def test_the_day_before_a_weekday_is_not_a_second_timex():
    assert values("During the day Friday, Elian played.", "2000-01-07") == [("Friday", "2000-01-07", None)]


# ---- scorer: split and error dump ------------------------------------------------------------

def test_split_halves_partition_a_folder(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.tml").write_text((DATA / "sample.tml").read_text(encoding="utf-8"), encoding="utf-8")
    dev, test, both = read_any(tmp_path, "dev"), read_any(tmp_path, "test"), read_any(tmp_path)
    assert sorted(d.name for d in dev + test) == sorted(d.name for d in both)
    assert len(dev) == 2 and len(test) == 1 and len(both) == 3
    with pytest.raises(ValueError):
        read_any(tmp_path, "train")


class _Sys:
    def __init__(self, start, end, text, value, type_="DATE", rule_name="r"):
        self.start, self.end, self.text, self.value, self.type, self.rule_name = start, end, text, value, type_, rule_name


@pytest.mark.parametrize("gold,system,category", [
    ("1988", "1988-Q3", "granularity, same year"),
    ("1989-WXX", "1989-W43", "gold unresolved (X)"),
    ("1990-08-07", "1990-08-14", "wrong day"),
    ("P1W", "1998-W33", "duration vs date"),
    ("PXY", "PAST_REF", "duration vs vague"),
    ("P9M", "P3Q", "duration number/unit"),
    ("2000-01-07", "2000-01-07TNI", "time part"),
])
def test_error_category(gold, system, category):
    g = GoldTimex(0, 4, "x", "DATE", gold)
    assert error_category(g, _Sys(0, 4, "x", system)) == category


def test_format_errors_groups_value_errors():
    gold = [GoldTimex(0, 6, "Friday", "DATE", "2022-09-30"), GoldTimex(10, 19, "last year", "DATE", "2021-Q3")]
    system = [_Sys(0, 6, "Friday", "2022-09-23", rule_name="weekday"),
              _Sys(10, 19, "last year", "2021", rule_name="last_unit")]
    s = score_document("doc.tml", gold, system)
    assert s.value_ok == 0 and s.relaxed == 2
    out = format_errors(s.errors)
    assert "== wrong day (1)" in out and "== granularity, same year (1)" in out
    assert "'Friday' gold 2022-09-30 | system 'Friday' 2022-09-23 [weekday]" in out


def test_score_cli_errors_and_split(capsys):
    assert main(["--errors", str(DATA / "sample.tml")]) == 0
    out = capsys.readouterr().out
    assert "value F1" in out
    with pytest.raises(SystemExit) as bad_split:
        main(["--split", "nope", str(DATA)])
    assert bad_split.value.code == 2
    assert main([str(DATA / "no-such-file.tml")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


# ---- "then-current", "the first two quarters of 1990" ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The then-current chairman resigned.", ("then-current", "PAST_REF", None)),
    ("The then current rules applied.", ("then current", "PAST_REF", None)),
    ("The current rules apply.", ("current", "PRESENT_REF", None)),
])
def test_then_current(text, expected):
    assert values(text, "1989-10-26") == [expected]


@pytest.mark.parametrize("text,value", [
    ("Sales fell in the first two quarters of 1990.", "1990-H1"),
    ("Sales rose in the last two quarters of 1989.", "1989-H2"),
])
def test_two_quarters_of_a_year_is_a_half(text, value):
    found = tag(text, "1989-10-26")
    assert [(t.type, t.value) for t in found] == [("DATE", value)]


def test_two_quarters_without_a_year_stays_a_duration():
    assert values("Sales fell in the first two quarters.", "1989-10-26") == [
        ("the first two quarters", "P2Q", None)]


# ---- "ago" with decades, centuries and comparatives; "Q3 2023"; "is expected to" ------------

@pytest.mark.parametrize("text,expected", [
    ("The mine closed a decade ago.", ("a decade ago", "2014", None)),
    ("The mine closed two decades ago.", ("two decades ago", "2004", None)),
    ("The fort fell nearly a century ago.", ("nearly a century ago", "1924", "LESS_THAN")),
    ("The mine closed more than four decades ago.", ("more than four decades ago", "1984", "BEFORE")),
    ("The mine closed more than two years ago.", ("more than two years ago", "2022", "BEFORE")),
    ("The mine closed less than a month ago.", ("less than a month ago", "2024-02", "AFTER")),
    ("The mine closed two years ago.", ("two years ago", "2022", None)),
])
def test_ago(text, expected):
    assert values(text, "2024-03-13") == [expected]


def test_last_decade_is_still_the_calendar_decade():
    assert values("Growth was slow last decade.", "2024-03-13") == [("last decade", "201", None)]


@pytest.mark.parametrize("text,value", [("Sales fell in Q3 2023.", "2023-Q3"), ("Sales fell in Q4, 2022.", "2022-Q4"),
                                        ("Sales fell in Q3.", "2023-Q3")])
def test_quarter_letter_with_year(text, value):
    assert [t.value for t in tag(text, "2024-03-13")] == [value]


@pytest.mark.parametrize("text,value", [
    ("The president is expected to sign the bill on Friday.", "2024-03-15"),
    ("Shares fell faster than expected on Friday.", "2024-03-08"),
])
def test_is_expected_to_is_a_firm_future(text, value):
    assert [t.value for t in tag(text, "2024-03-13")] == [value]
