"""Timeline renderers: Markdown, JSON, CSV, HTML and TimelineJS3 JSON."""

import csv
import io
import json
import re

import pytest

from dateline.events.model import EventMention
from dateline.timelines import ArticleInfo, build_timeline, render
from dateline.timelines.render import CSV_COLUMNS, FORMATS

EVIL = 'Protesters chanted <script>alert("x")</script> & "no war" outside the Duma on Friday.'
ARTICLES = {
    "a1": ArticleInfo("a1", "2022-09-30", "Protest <b>outside</b> the Duma", "javascript:alert(1)", "Wire"),
    "a2": ArticleInfo("a2", "2022-09-30", "Vote in the Duma", "https://example.org/a2?x=1&y=2", "Paper"),
}


def _mention(article_id: str, sentence: str, trigger: str, lemma: str, date: str, status: str = "happened"):
    start = sentence.index(trigger)
    return EventMention(article_id=article_id, field="text", trigger=trigger, start=start,
                        end=start + len(trigger), lemma=lemma, sentence=sentence, sentence_start=0,
                        sentence_end=len(sentence), status=status, date=date, date_start=date,
                        date_end=date, anchor="timex")


@pytest.fixture
def timeline():
    ms = [
        _mention("a1", EVIL, "chanted", "chant", "2022-09-30"),
        _mention("a2", "The Duma will vote on the treaties on Monday.", "vote", "vote", "2022-10-03", "planned"),
    ]
    return build_timeline(ms, ARTICLES, query=None)


def test_markdown_lists_dates_in_order_with_status_and_sources(timeline):
    md = render(timeline, "md")
    assert md.startswith("# Timeline")
    assert md.index("## 2022-09-30 (Friday 30 September 2022)") < md.index("## 2022-10-03")
    assert "**[planned]** The Duma will vote on the treaties on Monday. (Vote in the Duma)" in md
    assert "2 dates from 2 events in 2 mentions across 2 articles" in md


def test_json_is_valid_and_complete(timeline):
    data = json.loads(render(timeline, "json"))
    assert [d["date"] for d in data["dates"]] == ["2022-09-30", "2022-10-03"]
    entry = data["dates"][1]["entries"][0]
    assert entry["planned"] is True and entry["citations"][0]["article_id"] == "a2"
    assert entry["citations"][0]["end"] == len("The Duma will vote on the treaties on Monday.")


def test_csv_has_header_and_one_row_per_entry(timeline):
    rows = list(csv.reader(io.StringIO(render(timeline, "csv"))))
    assert rows[0] == CSV_COLUMNS
    assert len(rows) == 3
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["date"] == "2022-09-30" and first["text"] == EVIL and first["offsets"] == f"text:0-{len(EVIL)}"


def test_html_escapes_article_text_and_refuses_script_urls(timeline):
    page = render(timeline, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;outside&lt;/b&gt;" in page
    assert "javascript:" not in page
    assert 'href="https://example.org/a2?x=1&amp;y=2"' in page
    assert "http://" not in page.replace('href="https://example.org', "")  # no external resources
    assert '<time datetime="2022-10-03">' in page


def test_timelinejs_schema(timeline):
    data = json.loads(render(timeline, "timelinejs"))
    assert set(data) == {"title", "events"}
    assert data["title"]["text"]["headline"].startswith("Timeline")
    assert len(data["events"]) == 2
    for ev in data["events"]:
        assert set(ev["start_date"]) == {"year", "month", "day"}
        assert set(ev["text"]) == {"headline", "text"}
        assert "group" in ev and ev["unique_id"]
    assert data["events"][0]["start_date"] == {"year": 2022, "month": 9, "day": 30}
    assert "<script>" not in data["events"][0]["text"]["text"]
    assert "(planned)" in data["events"][1]["text"]["headline"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_timeline_renders(fmt):
    out = render(build_timeline([], {}), fmt)
    assert out
    if fmt in ("json", "timelinejs"):
        json.loads(out)


def test_unknown_format_is_refused(timeline):
    with pytest.raises(ValueError, match="unknown timeline format 'pdf'"):
        render(timeline, "pdf")


def test_markdown_shows_tags_from_articles_as_text(timeline):
    md = render(timeline, "md")
    assert not re.search(r"(?<!\\)<[a-z/]", md) and "\\<script>" in md
    assert "Protest \\<b>outside\\</b> the Duma" in md
