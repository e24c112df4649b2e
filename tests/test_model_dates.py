"""Publication dates in the forms real exports use: ISO, compact stamps, e-mail/RSS, words, slashes."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import ArticleError, parse_date

D = dt.date(2022, 9, 29)


@pytest.mark.parametrize("value", [
    "2022-09-29", "20220929", "Sept 29, 2022", "Sept. 29, 2022", "September 29 2022", "Sep 29th, 2022",
    "29 September 2022", "29 Sep. 2022", "Thursday, September 29, 2022", "29/09/2022", "09/29/2022",
    "2022/09/29", "29.09.2022",
])
def test_day_forms(value: str) -> None:
    assert parse_date(value) == (D, None, "day")


def test_email_and_rss_dates_keep_their_time() -> None:
    day, stamp, precision = parse_date("Thu, 29 Sep 2022 10:05:00 +0200")
    assert (day, stamp, precision) == (D, "2022-09-29T10:05:00+02:00", "minute")


@pytest.mark.parametrize("value, message", [
    ("09/10/2022", "ambiguous"),
    ("9/29/22", "two-digit year"),
    ("31/02/2022", "not a valid date"),
    ("Febtember 3, 2022", "not a valid date"),
    ("2013-13-01", "not a valid date"),
    ("", "no date given"),
])
def test_bad_dates_say_why(value: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        parse_date(value)
