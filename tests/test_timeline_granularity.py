"""Timelines by month and by year: which events vote for a month or a year, how the dates read, and
the ``--by`` option of the CLI and the ``by`` parameter of the API."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dateline.api import create_app
from dateline.cli import app as cli_app
from dateline.events.model import EventMention
from dateline.model import Article
from dateline.store import open_store
from dateline.timelines import ArticleInfo, build_timeline, render
from dateline.timelines.build import date_key, first_day, key_bounds, placed_in

# -- hand-made mentions

INTERVALS = {
    "2014": ("2014-01-01", "2014-12-31"),
    "2014-Q1": ("2014-01-01", "2014-03-31"),
    "201": ("2010-01-01", "2019-12-31"),  # the 2010s
    "2021-WI": ("2021-12-01", "2022-02-28"),  # winter 2021-22, across New Year
}


def interval(value: str) -> tuple[str, str]:
    """(first day, last day) of a day, a month or one of ``INTERVALS``."""
    if value in INTERVALS:
        return INTERVALS[value]
    if len(value) == 7:
        y, m = map(int, value.split("-"))
        last = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
        return f"{value}-01", last.isoformat()
    return value, value


def mention(article_id: str, sentence: str, trigger: str, lemma: str, date: str | None, *,
            anchor: str = "timex", offset: int = 0, timex: str | None = None) -> EventMention:
    """A mention of ``sentence``; ``timex`` is the time expression's text (a part of the sentence)."""
    start = offset + sentence.index(trigger)
    lo, hi = interval(date) if date else (None, None)
    tx = None
    if timex:
        at = offset + sentence.index(timex)
        tx = {"start": at, "end": at + len(timex), "text": timex, "value": date}
    return EventMention(article_id=article_id, field="text", trigger=trigger, start=start, end=start + len(trigger),
                        lemma=lemma, sentence=sentence, sentence_start=offset, sentence_end=offset + len(sentence),
                        date=date, date_start=lo, date_end=hi, anchor=anchor, timex=tx)


def info(article_id: str, date: str, duplicate_of: str | None = None) -> ArticleInfo:
    return ArticleInfo(article_id, date, f"Title of {article_id}", f"https://example.org/{article_id}", "Wire",
                       duplicate_of=duplicate_of)


ARTICLES = {
    "s1": info("s1", "2022-09-06"),
    "s2": info("s2", "2022-09-21"),
    "s2copy": info("s2copy", "2022-09-21", duplicate_of="s2"),
    "s3": info("s3", "2022-09-30"),
    "o1": info("o1", "2022-10-04"),
    "x1": info("x1", "2022-10-05"),  # an explainer going back to 2014
}

S_STRIKE = "Russian missiles struck a power station in Kharkiv on Monday, cutting electricity to the city."
S_MOBILIZE = "Vladimir Putin ordered a partial mobilization of reservists on Wednesday in a televised address."
S_MOBILIZE_COPY = S_MOBILIZE
S_SIGN = "Vladimir Putin signed treaties on Friday annexing four regions of Ukraine at a Kremlin ceremony."
S_BRIDGE = "Ukrainian forces recaptured the town of Lyman in Donetsk on Saturday after encircling it."
S_CRIMEA = "In March 2014 Russia annexed Crimea after a referendum held under military occupation."
S_SANCTIONS = "Early in 2014 the European Union imposed its first sanctions on Russian officials."
S_PROTESTS = "Throughout 2014 protesters occupied government buildings across the Donbas region."
S_DECADE = "In the 2010s Russia modernised its army and built up its stock of cruise missiles."
S_WINTER = "Over the winter gas prices in Europe rose to record highs as Russia cut its deliveries."


def story_mentions() -> list[EventMention]:
    return [
        mention("s1", S_STRIKE, "struck", "strike", "2022-09-05"),
        mention("s2", S_MOBILIZE, "ordered", "order", "2022-09-21"),
        mention("s2copy", S_MOBILIZE_COPY, "ordered", "order", "2022-09-21"),
        mention("s3", S_SIGN, "signed", "sign", "2022-09-30"),
        mention("o1", S_BRIDGE, "recaptured", "recapture", "2022-10-01"),
        mention("x1", S_CRIMEA, "annexed", "annex", "2014-03", offset=0),
        mention("x1", S_SANCTIONS, "imposed", "impose", "2014-Q1", offset=200),
        mention("x1", S_PROTESTS, "occupied", "occupy", "2014", offset=400),
        mention("x1", S_DECADE, "modernised", "modernise", "201", offset=600),
        mention("x1", S_WINTER, "rose", "rise", "2021-WI", offset=800),
    ]


def texts(td) -> list[str]:
    return [e.text for e in td.entries]


# -- date keys


def test_date_keys_and_their_bounds():
    assert date_key("2022-09-30", "month") == "2022-09" and date_key("2022-09-30", "year") == "2022"
    assert date_key("2022-09-30") == "2022-09-30"
    assert key_bounds("2024-02") == (dt.date(2024, 2, 1).toordinal(), dt.date(2024, 2, 29).toordinal())
    assert key_bounds("2022-12") == (dt.date(2022, 12, 1).toordinal(), dt.date(2022, 12, 31).toordinal())
    assert key_bounds("2022") == (dt.date(2022, 1, 1).toordinal(), dt.date(2022, 12, 31).toordinal())
    assert first_day("2014-03") == dt.date(2014, 3, 1) and first_day("2014") == dt.date(2014, 1, 1)
    with pytest.raises(ValueError, match="day, month, year"):
        date_key("2022-09-30", "week")


# -- building


def test_day_timeline_cannot_place_month_or_year_events():
    tl = build_timeline(story_mentions(), ARTICLES)
    assert tl.granularity == "day"
    assert [td.date for td in tl.dates] == ["2022-09-05", "2022-09-21", "2022-09-30", "2022-10-01"]
    assert "granularity" not in tl.to_dict()  # a day timeline's data is as it always was


def test_month_groups_the_days_of_a_month_and_places_a_month_only_event():
    tl = build_timeline(story_mentions(), ARTICLES, granularity="month")
    assert tl.granularity == "month" and all(td.granularity == "month" for td in tl.dates)
    assert [td.date for td in tl.dates] == ["2014-03", "2022-09", "2022-10"]
    by_key = {td.date: td for td in tl.dates}
    assert texts(by_key["2014-03"]) == [S_CRIMEA]
    # three independent sources in September: the syndicated copy of s2 counts once
    assert by_key["2022-09"].score == pytest.approx(3.0)
    assert len(by_key["2022-09"].events) == 3
    assert set(texts(by_key["2022-09"])) <= {S_STRIKE, S_MOBILIZE, S_SIGN} and len(by_key["2022-09"].entries) == 2


def test_month_leaves_out_events_wider_than_a_month():
    tl = build_timeline(story_mentions(), ARTICLES, granularity="month", per_date=5)
    told = {t for td in tl.dates for t in texts(td)}
    assert not told & {S_SANCTIONS, S_PROTESTS, S_DECADE, S_WINTER}
    assert not [td.date for td in tl.dates if td.date.startswith(("2010", "2021", "2014-01"))]


def test_year_places_day_month_quarter_and_year_events_but_not_a_decade():
    tl = build_timeline(story_mentions(), ARTICLES, granularity="year", per_date=5)
    assert [td.date for td in tl.dates] == ["2014", "2022"]
    by_key = {td.date: td for td in tl.dates}
    assert set(texts(by_key["2014"])) == {S_CRIMEA, S_SANCTIONS, S_PROTESTS}
    assert set(texts(by_key["2022"])) == {S_STRIKE, S_MOBILIZE, S_SIGN, S_BRIDGE}
    told = {t for td in tl.dates for t in texts(td)}
    assert S_DECADE not in told and S_WINTER not in told  # the 2010s; a winter across New Year
    assert by_key["2022"].score == pytest.approx(4.0)  # s1, s2 (and its copy), s3, o1


def test_weak_anchors_count_less_in_a_month_too():
    weak = [mention(a, f"Crowds gathered in the square of town {i} to protest against the war.", "gathered",
                    "gather", None, anchor="article") for i, a in enumerate(("s1", "s2", "s3"))]
    tl = build_timeline(weak + [mention("o1", S_BRIDGE, "recaptured", "recapture", "2022-10-01")], ARTICLES,
                        granularity="month")
    scores = {td.date: td.score for td in tl.dates}
    assert scores["2022-09"] == pytest.approx(3 * 0.4)  # three articles, each dated only by publication
    assert scores["2022-10"] == pytest.approx(1.0)
    assert build_timeline(weak, ARTICLES, granularity="month", dates=1).dates[0].entries[0].weak_date


def test_a_sentence_that_dates_itself_is_preferred_for_a_month():
    many = {f"r{i}": info(f"r{i}", "2014-03-20") for i in range(10)}
    arts = {**ARTICLES, **many}
    # ten articles date a statement by the day it was made; one sentence gives its own date
    told = [mention(a, "Officials in Simferopol said the peninsula's banks would switch to the rouble.",
                    "switch", "switch", "2014-03-20", anchor="reported") for a in many]
    ms = told + [mention("x1", S_CRIMEA, "annexed", "annex", "2014-03", timex="March 2014")]
    month = build_timeline(ms, arts, granularity="month", per_date=1)
    assert [texts(td) for td in month.dates] == [[S_CRIMEA]]
    # on a day timeline the day of the statement is still chosen, by its ten sources
    assert [td.date for td in build_timeline(ms, arts).dates] == ["2014-03-20"]


def test_a_date_told_from_the_article_day_is_not_preferred():
    many = {f"r{i}": info(f"r{i}", "2014-03-20") for i in range(10)}
    arts = {**ARTICLES, **many}
    told = [mention(a, "Officials in Simferopol said the peninsula's banks would switch to the rouble.",
                    "switch", "switch", "2014-03-20", anchor="reported") for a in many]
    today = "Russia annexed Crimea today after a referendum held under military occupation."
    relative = build_timeline(told + [mention("x1", today, "annexed", "annex", "2014-03-18", timex="today")],
                              arts, granularity="month", per_date=1)
    assert [texts(td) for td in relative.dates] == [[told[0].sentence]]
    dated = today.replace("today", "on March 18")
    explicit = build_timeline(told + [mention("x1", dated, "annexed", "annex", "2014-03-18", timex="March 18")],
                              arts, granularity="month", per_date=1)
    assert [texts(td) for td in explicit.dates] == [[dated]]


def test_placed_in_follows_the_event_interval():
    events = {m.sentence: m for m in story_mentions()}
    from dateline.timelines import group_events

    evs = {ev.mentions[0].sentence: ev for ev in group_events(list(events.values()), ARTICLES)}
    assert placed_in(evs[S_CRIMEA], "day") is None and placed_in(evs[S_CRIMEA], "month") == "2014-03"
    assert placed_in(evs[S_SANCTIONS], "month") is None and placed_in(evs[S_SANCTIONS], "year") == "2014"
    assert placed_in(evs[S_DECADE], "year") is None
    assert placed_in(evs[S_STRIKE], "day") == "2022-09-05" and placed_in(evs[S_STRIKE], "year") == "2022"


def test_unknown_granularity_is_refused():
    with pytest.raises(ValueError, match="granularity must be one of day, month, year"):
        build_timeline(story_mentions(), ARTICLES, granularity="week")


def test_summaries_of_a_month_timeline_are_keyed_by_first_days():
    tl = build_timeline(story_mentions(), ARTICLES, granularity="month")
    assert list(tl.summaries()) == [dt.date(2014, 3, 1), dt.date(2022, 9, 1), dt.date(2022, 10, 1)]


# -- rendering


@pytest.fixture(scope="module")
def by_month():
    return build_timeline(story_mentions(), ARTICLES, granularity="month", per_date=1)


@pytest.fixture(scope="module")
def by_year():
    return build_timeline(story_mentions(), ARTICLES, granularity="year", per_date=1)


def test_markdown_headings_name_months_and_years(by_month, by_year):
    md = render(by_month, "md")
    assert "\n## March 2014\n" in md and "\n## September 2022\n" in md and "\n## October 2022\n" in md
    assert md.index("## March 2014") < md.index("## September 2022")
    assert "\n- " + S_CRIMEA + " (Title of x1)\n" in md
    assert "_3 months from " in md
    md = render(by_year, "md")
    assert "\n## 2014\n" in md and "\n## 2022\n" in md and "_2 years from " in md


def test_json_gives_month_and_year_keys(by_month, by_year):
    data = json.loads(render(by_month, "json"))
    assert data["granularity"] == "month" and [d["date"] for d in data["dates"]] == ["2014-03", "2022-09", "2022-10"]
    data = json.loads(render(by_year, "json"))
    assert data["granularity"] == "year" and [d["date"] for d in data["dates"]] == ["2014", "2022"]


def test_csv_keeps_the_key(by_month):
    rows = list(csv.DictReader(io.StringIO(render(by_month, "csv"))))
    assert [r["date"] for r in rows] == ["2014-03", "2022-09", "2022-10"]


def test_html_time_elements(by_month, by_year):
    page = render(by_month, "html")
    assert '<time datetime="2014-03">March 2014</time>' in page
    assert '<time datetime="2022-09">September 2022</time>' in page
    assert '<time datetime="2014">2014</time>' in render(by_year, "html")


def test_timelinejs_start_dates_have_only_year_and_month(by_month, by_year):
    starts = [e["start_date"] for e in json.loads(render(by_month, "timelinejs"))["events"]]
    assert starts == [{"year": 2014, "month": 3}, {"year": 2022, "month": 9}, {"year": 2022, "month": 10}]
    starts = [e["start_date"] for e in json.loads(render(by_year, "timelinejs"))["events"]]
    assert starts == [{"year": 2014}, {"year": 2022}]


# -- the CLI and the API over a small store

EXPLAINER = ("In March 2014 Russia annexed Crimea after a referendum held under military occupation. "
             "In the 2010s Russia modernised its army.")
SIGNED = "Vladimir Putin signed treaties on Friday annexing four regions of Ukraine at a Kremlin ceremony."
STRUCK = "Russian missiles struck a power station in Kharkiv on Monday, cutting electricity to the city."


def _stored(article: Article, sentence: str, trigger: str, lemma: str, date: str) -> dict:
    start, lo, hi = article.text.index(trigger), *interval(date)
    ss = article.text.index(sentence)
    m = EventMention(article_id=article.id, field="text", trigger=trigger, start=start, end=start + len(trigger),
                     lemma=lemma, sentence=sentence, sentence_start=ss, sentence_end=ss + len(sentence),
                     date=date, date_start=lo, date_end=hi, anchor="timex")
    return m.to_dict()


def _analysis(article: Article, events: list[dict]) -> dict:
    return {"article": article.to_dict(), "timexes": [], "entities": [], "entity_mentions": [], "places": [],
            "quotes": [], "events": events}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("granularity") / "t.db"
    a1 = Article(date=dt.date(2022, 9, 30), title="Putin signs annexation", text=SIGNED,
                 url="https://example.org/signed", source="Wire")
    a2 = Article(date=dt.date(2022, 9, 5), title="Kharkiv without power", text=STRUCK,
                 url="https://example.org/kharkiv", source="Paper")
    a3 = Article(date=dt.date(2022, 10, 5), title="How we got here", text=EXPLAINER,
                 url="https://example.org/explainer", source="Weekly")
    store = open_store(path)
    for a in (a1, a2, a3):
        store.add(a)
    store.save_analysis(_analysis(a1, [_stored(a1, SIGNED, "signed", "sign", "2022-09-30")]), "test")
    store.save_analysis(_analysis(a2, [_stored(a2, STRUCK, "struck", "strike", "2022-09-05")]), "test")
    crimea, decade = EXPLAINER.split(". ", 1)
    store.save_analysis(_analysis(a3, [_stored(a3, crimea + ".", "annexed", "annex", "2014-03"),
                                       _stored(a3, decade, "modernised", "modernise", "201")]), "test")
    store.close()
    return path


def test_cli_by_month_and_year(db):
    runner = CliRunner()
    res = runner.invoke(cli_app, ["timeline", "--db", str(db), "--by", "month"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "## March 2014" in res.stdout and "## September 2022" in res.stdout
    assert "2 months from" in res.stdout and "modernised" not in res.stdout
    res = runner.invoke(cli_app, ["timeline", "--db", str(db), "--by", "Year", "-f", "json"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert [d["date"] for d in json.loads(res.stdout)["dates"]] == ["2014", "2022"]
    res = runner.invoke(cli_app, ["timeline", "--db", str(db)], catch_exceptions=False)
    assert "## 2022-09-05 (Monday 5 September 2022)" in res.stdout and "March 2014" not in res.stdout


def test_cli_refuses_other_granularities(db):
    res = CliRunner().invoke(cli_app, ["timeline", "--db", str(db), "--by", "week"], catch_exceptions=False)
    assert res.exit_code == 2
    assert "--by 'week' is not one of day, month, year" in " ".join(res.output.split())


def test_api_by_parameter(db):
    with TestClient(create_app(db)) as client:
        r = client.get("/api/timeline", params={"by": "month"})
        assert r.status_code == 200
        body = r.json()
        assert body["granularity"] == "month" and [d["date"] for d in body["dates"]] == ["2014-03", "2022-09"]
        days = client.get("/api/timeline").json()
        assert "granularity" not in days and [d["date"] for d in days["dates"]] == ["2022-09-05", "2022-09-30"]
        tljs = client.get("/api/timeline", params={"by": "year", "format": "timelinejs"}).json()
        assert {json.dumps(e["start_date"]) for e in tljs["events"]} == {'{"year": 2014}', '{"year": 2022}'}
        bad = client.get("/api/timeline", params={"by": "decade"})
        assert bad.status_code == 400 and "by must be one of day, month, year" in bad.json()["error"]


def test_from_and_to_take_a_month_or_a_year_as_its_first_or_last_day():
    from dateline.api.data import parse_day

    assert parse_day("2014-03", "from") == "2014-03-01"
    assert parse_day("2014-03", "to", end=True) == "2014-03-31"
    assert parse_day("2024-02", "to", end=True) == "2024-02-29"
    assert parse_day("2024-12", "to", end=True) == "2024-12-31"
    assert parse_day("2014", "from") == "2014-01-01" and parse_day("2014", "to", end=True) == "2014-12-31"
    assert parse_day("2022-09-29", "to", end=True) == "2022-09-29"
    with pytest.raises(ValueError, match="month like 2022-09"):
        parse_day("2014-13", "from")
