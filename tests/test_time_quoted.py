"""Deictic words inside a quotation count from the day it was said (dateline.time.quoted)."""

from __future__ import annotations

from dateline.time import tag
from dateline.time.quoted import quote_spans

DCT = "2022-09-29"  # a Thursday


def values(text: str, dct: str = DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_quote_spans_by_paragraph():
    text = 'He said "one" and “two”.\n"open to the end'
    spans = quote_spans(text)
    assert [text[a:b] for a, b in spans] == ["one", "two", "open to the end"]


def test_today_in_a_quotation_said_on_an_earlier_day():
    text = 'Speaking on Tuesday, Putin said: "Today we make a historic choice."'
    assert values(text) == {"Tuesday": "2022-09-27", "Today": "2022-09-27"}


def test_tomorrow_and_its_clock_time_move_together():
    text = '"Tomorrow in the Georgian Hall at 15:00, a ceremony will take place," Peskov said on Tuesday.'
    assert values(text) == {"Tomorrow": "2022-09-28", "15:00": "2022-09-28T15:00", "Tuesday": "2022-09-27"}


def test_a_quotation_of_the_article_day_or_with_no_day_is_left_alone():
    text = '"Tomorrow in the Georgian Hall at 15:00, a ceremony will take place," Peskov said.'
    assert values(text) == {"Tomorrow": "2022-09-30", "15:00": "2022-09-30T15:00"}
    assert values('"We act today," he said on Thursday.') == {"today": "2022-09-29", "Thursday": "2022-09-29"}


def test_a_day_that_is_no_saying_does_not_move_the_quotation():
    # Tuesday dates the vote, not the words
    text = 'The vote ended on Tuesday. "Today is a dark day," the minister said.'
    assert values(text)["Today"] == "2022-09-29"


def test_the_reason_says_where_the_day_came_from():
    t = [x for x in tag('"Tomorrow we will sign the treaty," Putin said on Tuesday.', DCT) if x.text == "Tomorrow"][0]
    assert "in a quotation said on 2022-09-27" in t.rule and t.anchor == "2022-09-27"


def test_a_saying_dated_by_a_part_of_a_day_dates_its_quotation():
    from dateline.time import tag

    found = tag('"Tonight we will strike back," the general said Tuesday night.', "2022-08-25")
    assert [(t.text, t.value) for t in found] == [("Tonight", "2022-08-23TNI"), ("Tuesday night", "2022-08-23TNI")]


def test_a_quotation_after_saying_in_a_video_address_counts_from_that_day():
    from dateline.time import tag

    text = ('Zelensky likened the site to Bucha, saying in his Thursday night video address: '
            '"More information should be available tomorrow."')
    assert [(t.text, t.value) for t in tag(text, "2022-09-16")] == [
        ("Thursday night", "2022-09-15TNI"), ("tomorrow", "2022-09-16")]
