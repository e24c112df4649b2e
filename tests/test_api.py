"""The HTTP API and web page (dateline.api): every endpoint's answers, errors and limits."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from test_api_store import A1_TEXT, build_store

from dateline.api import create_app
from dateline.api.app import MAX_BODY, MAX_LIMIT, MAX_TIMEX_TEXT
from dateline.store import open_store


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "news.db"
    arts = build_store(path)
    with TestClient(create_app(path)) as client:
        yield client, arts, path


@pytest.fixture
def client(env):
    return env[0]


@pytest.fixture
def arts(env):
    return env[1]


def error_of(response) -> str:
    body = response.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    return body["error"]


# -- stats and articles --------------------------------------------------------------------------


def test_api_index_lists_the_endpoints(client):
    r = client.get("/api")
    assert r.status_code == 200
    paths = {e["path"] for e in r.json()["endpoints"]}
    assert {"/api/stats", "/api/timeline", "/api/quotes", "/api/timex"} <= paths and "/api" not in paths
    assert all(e["summary"] for e in r.json()["endpoints"])


def test_stats(client):
    r = client.get("/api/stats")
    assert r.status_code == 200
    s = r.json()
    assert (s["articles"], s["originals"], s["duplicates"]) == (4, 3, 1)
    assert (s["first_date"], s["last_date"]) == ("2022-09-06", "2022-09-30")
    assert s["event_mentions"] == 7 and s["quotes"] == 2 and s["places"] == 4
    assert s["database"] == "news.db"  # the file's name, not where it lives on the server
    assert s["by_date"] == [{"date": "2022-09-06", "articles": 1, "duplicates": 0},
                            {"date": "2022-09-29", "articles": 2, "duplicates": 1},
                            {"date": "2022-09-30", "articles": 1, "duplicates": 0}]


def test_articles_pages_and_filters(client, arts):
    r = client.get("/api/articles", params={"limit": 2})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 4 and page["limit"] == 2 and page["offset"] == 0
    assert [a["date"] for a in page["articles"]] == ["2022-09-06", "2022-09-29"]
    assert "text" not in page["articles"][0] and page["articles"][0]["chars"] > 0
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()["articles"]
    ids = [a["id"] for a in page["articles"] + rest]
    assert len(set(ids)) == 4 and arts["copy"].id in ids
    originals = client.get("/api/articles", params={"duplicates": "false"}).json()
    assert originals["total"] == 3 and arts["copy"].id not in [a["id"] for a in originals["articles"]]
    late = client.get("/api/articles", params={"from": "2022-09-29", "to": "2022-09-29"}).json()
    assert {a["id"] for a in late["articles"]} == {arts["annex"].id, arts["copy"].id}
    assert client.get("/api/articles", params={"limit": 10**6}).json()["limit"] == MAX_LIMIT


def test_article_with_layers(client, arts):
    a = arts["annex"]
    r = client.get(f"/api/articles/{a.id}")
    assert r.status_code == 200
    got = r.json()
    assert got["article"]["id"] == a.id and got["article"]["text"] == A1_TEXT
    assert got["article"]["copies"] == [arts["copy"].id]
    assert set(got) == {"article", "timexes", "entity_mentions", "places", "quotes", "event_mentions"}
    text = got["article"]["text"]
    for layer in ("timexes", "entity_mentions", "places"):
        assert got[layer], layer
        for row in got[layer]:
            assert text[row["start"]:row["end"]] == row["text"]
    q = got["quotes"][0]
    assert text[q["start"]:q["end"]] == q["content"] == "This is a historic day,"
    assert text[q["speaker_start"]:q["speaker_end"]] == "Peskov"
    events = got["event_mentions"]
    assert [e["trigger"] for e in events] == ["annex", "ceremony", "annexation"]  # text order
    annex = events[0]
    assert "data" not in annex and annex["agents"][0]["text"] == "Russia"  # the full mention, parsed
    assert text[annex["sentence_start"]:annex["sentence_end"]] == annex["sentence"]
    # A unique prefix of the id works, as in `dateline show`.
    assert client.get(f"/api/articles/{a.id[:7]}").json()["article"]["id"] == a.id


def test_article_ids_with_slashes(tmp_path):
    import datetime as dt

    from dateline.model import Article

    path = tmp_path / "ids.db"
    with open_store(path) as store:
        store.add(Article(date=dt.date(2022, 9, 29), title="T", text="Some text.", id="feed/2022/09/29-1"))
    with TestClient(create_app(path)) as c:
        r = c.get("/api/articles/feed%2F2022%2F09%2F29-1")
        assert r.status_code == 200 and r.json()["article"]["id"] == "feed/2022/09/29-1"
        assert c.get("/api/articles/feed/2022/09/29-1").json()["article"]["id"] == "feed/2022/09/29-1"


def test_unknown_article_is_404_with_a_plain_error(client):
    r = client.get("/api/articles/no-such-article")
    assert r.status_code == 404
    assert "no article with id 'no-such-article'" in error_of(r)


# -- search, quotes, entities, places -------------------------------------------------------------


def test_search(client, arts):
    r = client.get("/api/search", params={"q": "ceremony"})
    assert r.status_code == 200
    hits = r.json()["results"]
    assert {h["id"] for h in hits} == {arts["annex"].id, arts["copy"].id, arts["signed"].id}
    assert all("[ceremony]" in h["snippet"] for h in hits)
    assert client.get("/api/search", params={"q": "ceremony", "from": "2022-09-30"}).json()["results"][0]["id"] \
        == arts["signed"].id
    assert len(client.get("/api/search", params={"q": "annex", "limit": 1}).json()["results"]) == 1
    # Broken query syntax and SQL in the words are just words.
    assert client.get("/api/search", params={"q": '"unbalanced AND ('}).status_code == 200
    r = client.get("/api/search", params={"q": "x'); DROP TABLE articles; --"})
    assert r.status_code == 200 and r.json()["results"] == []
    assert client.get("/api/stats").json()["articles"] == 4


def test_search_needs_words(client):
    assert "q must have some words" in error_of(client.get("/api/search", params={"q": "  "}))
    assert client.get("/api/search").status_code == 422


def test_quotes(client, arts):
    everyone = client.get("/api/quotes").json()["quotes"]
    assert [q["speaker_name"] for q in everyone] == ["Volodymyr Zelensky", "Dmitry Peskov"]  # newest first
    peskov = client.get("/api/quotes", params={"speaker": "peskov"}).json()["quotes"]
    assert len(peskov) == 1
    q = peskov[0]
    assert q["content"] == "This is a historic day," and q["article_id"] == arts["annex"].id
    assert q["title"] and q["date"] == "2022-09-29" and q["url"] == "https://example.com/annex"
    assert client.get("/api/quotes", params={"speaker": "%"}).json()["quotes"] == []
    assert len(client.get("/api/quotes", params={"limit": 1}).json()["quotes"]) == 1


def test_entities(client):
    ents = client.get("/api/entities").json()["entities"]
    assert ents[0]["name"] == "Dmitry Peskov" and ents[0]["mentions"] == 2 and ents[0]["articles"] == 1
    assert ents[0]["roles"] == ["spokesman"]
    assert [e["mentions"] for e in ents] == sorted((e["mentions"] for e in ents), reverse=True)
    people = client.get("/api/entities", params={"label": "PERSON"}).json()["entities"]
    assert {e["name"] for e in people} == {"Dmitry Peskov", "Vladimir Putin", "Volodymyr Zelensky"}
    assert [e["key"] for e in client.get("/api/entities", params={"q": "zelen"}).json()["entities"]] == [
        "person:volodymyr zelensky"]


def test_places_geojson(client, arts):
    r = client.get("/api/places")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    geo = r.json()
    assert geo["type"] == "FeatureCollection"
    names = [f["properties"]["name"] for f in geo["features"]]
    assert names[0] == "Moscow" and set(names) == {"Moscow", "Ukraine", "Cupertino"}
    for f in geo["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point" and -90 <= lat <= 90
    cupertino = next(f for f in geo["features"] if f["properties"]["name"] == "Cupertino")
    assert cupertino["geometry"]["coordinates"] == [-122.03, 37.32]
    assert cupertino["properties"]["articles"] == [arts["apple"].id] and cupertino["properties"]["mentions"] == 1
    late = client.get("/api/places", params={"from": "2022-09-30"}).json()
    assert [f["properties"]["name"] for f in late["features"]] == ["Moscow"]


# -- errors and limits ----------------------------------------------------------------------------


@pytest.mark.parametrize("path,name", [
    ("/api/articles", "from"), ("/api/search?q=annex", "from"), ("/api/places", "from"), ("/api/timeline", "from"),
])
def test_bad_dates_are_400_in_plain_words(client, path, name):
    sep = "&" if "?" in path else "?"
    r = client.get(f"{path}{sep}{name}=2022-13-45")
    assert r.status_code == 400
    assert error_of(r).startswith(f"{name} must be a date like 2022-09-29")
    r = client.get(f"{path}{sep}to=yesterday")
    assert r.status_code == 400 and error_of(r).startswith("to must be a date like 2022-09-29")


def test_wrong_types_are_422_with_an_error(client):
    r = client.get("/api/articles", params={"limit": "many"})
    assert r.status_code == 422 and "limit" in error_of(r)
    assert client.get("/api/articles", params={"offset": -1}).status_code == 422
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422
    assert client.get("/api/timeline", params={"per_date": 100}).status_code == 422


def test_unknown_path_is_a_json_404(client):
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and "/api" in error_of(r)


def test_missing_database_is_503(tmp_path):
    with TestClient(create_app(tmp_path / "none.db")) as c:
        r = c.get("/api/stats")
        assert r.status_code == 503 and "no database" in error_of(r)
        assert c.get("/").status_code == 200  # the page still loads and can say so


def test_openapi_description_is_served(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/stats", "/api/articles", "/api/articles/{article_id}", "/api/search", "/api/quotes",
                 "/api/entities", "/api/places", "/api/timeline", "/api/analyze", "/api/timex"):
        assert path in spec["paths"], path


# -- timeline -------------------------------------------------------------------------------------


def test_timeline_json(client, arts):
    r = client.get("/api/timeline")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    tl = r.json()
    days = [d["date"] for d in tl["dates"]]
    assert days == sorted(days) and {"2022-09-06", "2022-09-30"} <= set(days)
    friday = next(d for d in tl["dates"] if d["date"] == "2022-09-30")
    entry = friday["entries"][0]
    assert {"text", "status", "display_status", "planned", "citations", "also_reported_by"} <= set(entry)
    cite = entry["citations"][0]
    assert {"article_id", "title", "url", "field", "start", "end"} <= set(cite)
    assert cite["article_id"] in {a.id for a in arts.values()}
    apple = client.get("/api/timeline", params={"entity": "Apple"}).json()
    assert [d["date"] for d in apple["dates"]] == ["2022-09-06"] and apple["entity"] == "Apple"
    moscow = client.get("/api/timeline", params={"place": "Moscow"}).json()
    assert [d["date"] for d in moscow["dates"]] == ["2022-09-30"]
    ranged = client.get("/api/timeline", params={"from": "2022-09-20", "to": "2022-09-30", "per_date": 1}).json()
    assert "2022-09-06" not in [d["date"] for d in ranged["dates"]]
    assert all(len(d["entries"]) <= 1 for d in ranged["dates"])
    one = client.get("/api/timeline", params={"dates": 1}).json()
    assert len(one["dates"]) == 1
    none = client.get("/api/timeline", params={"q": "zeppelin"}).json()
    assert none["dates"] == [] and none["n_mentions"] == 0


def test_timeline_errors(client):
    r = client.get("/api/timeline", params={"format": "pdf"})
    assert r.status_code == 400 and "format must be one of" in error_of(r)
    r = client.get("/api/timeline", params={"from": "2022-10-01", "to": "2022-09-01"})
    assert r.status_code == 400 and "after" in error_of(r)


@pytest.mark.parametrize("fmt,ctype,ext", [
    ("json", "application/json", "json"),
    ("md", "text/markdown", "md"),
    ("csv", "text/csv", "csv"),
    ("html", "text/html", "html"),
    ("timelinejs", "application/json", "timelinejs.json"),
])
def test_timeline_formats(client, fmt, ctype, ext):
    r = client.get("/api/timeline", params={"format": fmt, "download": "true"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(ctype)
    assert r.headers["content-disposition"] == f'attachment; filename="timeline.{ext}"'
    body = r.text
    assert "Vladimir Putin signed treaties" in body
    inline = client.get("/api/timeline", params={"format": fmt})
    assert inline.headers["content-disposition"].startswith("inline;") and inline.text == body
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body)))
        assert rows and {"date", "text", "status", "urls"} <= set(rows[0])
    elif fmt == "timelinejs":
        doc = json.loads(body)
        assert doc["events"][0]["start_date"]["year"] == 2022 and "headline" in doc["title"]["text"]
    elif fmt == "md":
        assert body.startswith("# Timeline") and "## 2022-09-30" in body
    elif fmt == "html":
        assert "<script" not in body.lower()
        assert "script-src" not in r.headers["content-security-policy"]  # no script may run in it


def test_timeline_html_escapes_article_text(client):
    r = client.get("/api/timeline", params={"q": "Kherson", "format": "html"})
    assert r.status_code == 200
    assert "&lt;b&gt;Kherson&lt;/b&gt;" in r.text and "<b>Kherson" not in r.text
    # a source URL that is not a web address never becomes a link
    apple = client.get("/api/timeline", params={"entity": "Apple", "format": "html"}).text
    assert "javascript:" not in apple and "Apple unveils iPhone" in apple


def test_timeline_sees_new_data(tmp_path):
    """The timeline cache is keyed on the database's state: a write shows up at once."""
    path = tmp_path / "grow.db"
    arts = build_store(path)
    with TestClient(create_app(path)) as c:
        before = c.get("/api/timeline").json()
        with open_store(path) as store:
            store.conn.execute("DELETE FROM event_mentions WHERE article_id = ?", (arts["apple"].id,))
            store.conn.commit()
        after = c.get("/api/timeline").json()
    assert "2022-09-06" in [d["date"] for d in before["dates"]]
    assert "2022-09-06" not in [d["date"] for d in after["dates"]]


# -- analysis without storing ---------------------------------------------------------------------


def test_analyze_refuses_bad_input(client):
    r = client.post("/api/analyze", json={"date": "next week", "title": "T", "text": "Some text."})
    assert r.status_code == 400 and "date must be a date like 2022-09-29" in error_of(r)
    r = client.post("/api/analyze", json={"date": "2022-09-29", "title": "", "text": "   "})
    assert r.status_code == 400 and "no text" in error_of(r)
    r = client.post("/api/analyze", json={"title": "no date"})
    assert r.status_code == 422 and "date" in error_of(r)
    r = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and error_of(r)


def test_analyze_refuses_oversized_bodies(client):
    big = {"date": "2022-09-29", "title": "Big", "text": "word " * (MAX_BODY // 5 + 10)}
    r = client.post("/api/analyze", json=big)
    assert r.status_code == 413 and "too large" in error_of(r)

    def chunks():  # no Content-Length: the size is counted as the body arrives
        yield b'{"date": "2022-09-29", "text": "'
        for _ in range(MAX_BODY // 10_000 + 2):
            yield b"x" * 10_000
        yield b'"}'

    r = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "too large" in error_of(r)


def test_analyze_one_short_article(client):
    try:
        import dateline.analysis  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"the analysis pipeline is not importable in this checkout ({exc})")
    text = "Moscow will annex the regions on Friday, spokesman Dmitry Peskov said."
    r = client.post("/api/analyze", json={"date": "2022-09-29", "title": "Annexation", "text": text})
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["article"]["date"] == "2022-09-29" and got["article"]["text"] == text
    assert set(got) >= {"timexes", "entities", "entity_mentions", "places", "quotes", "events"}
    friday = [t for t in got["timexes"] if t["text"] == "Friday"]
    assert friday and friday[0]["value"] == "2022-09-30" and friday[0]["field"] == "text"
    assert text[friday[0]["start"]:friday[0]["end"]] == "Friday"
    assert client.get("/api/stats").json()["articles"] == 4  # nothing was stored


def test_timex(client):
    text = "Moscow will annex the regions on Friday."
    r = client.get("/api/timex", params={"text": text, "dct": "2022-09-29"})
    assert r.status_code == 200
    got = r.json()
    assert got["dct"] == "2022-09-29"
    t = got["timexes"][0]
    assert (t["text"], t["value"], t["type"]) == ("Friday", "2022-09-30", "DATE")
    assert text[t["start"]:t["end"]] == "Friday"
    assert client.get("/api/timex", params={"text": "nothing here"}).json()["timexes"] == []
    r = client.get("/api/timex", params={"text": "today", "dct": "29.09.2022"})
    assert r.status_code == 400 and error_of(r).startswith("dct must be a date like 2022-09-29")
    r = client.get("/api/timex", params={"text": "a" * (MAX_TIMEX_TEXT + 1)})
    assert r.status_code == 413 and "too long" in error_of(r)


# -- the web page ---------------------------------------------------------------------------------


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()
        self.labels_for: set[str] = set()
        self.inputs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key):
                self.refs.append(a[key])
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "label" and a.get("for"):
            self.labels_for.add(a["for"])
        if tag in ("input", "select") and a.get("type") not in ("checkbox", "hidden"):
            self.inputs.append(a.get("id", ""))


def test_page_uses_only_local_assets(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp
    page = _Refs()
    page.feed(r.text)
    assert "/static/app.js" in page.refs and "/static/style.css" in page.refs
    for ref in page.refs:
        assert ref.startswith(("/", "#")) and not ref.startswith("//"), ref
    assert "://" not in r.text
    for asset, ctype in (("/static/app.js", "javascript"), ("/static/style.css", "text/css")):
        a = client.get(asset)
        assert a.status_code == 200 and ctype in a.headers["content-type"], asset
        assert "://" not in a.text and "@import" not in a.text, asset
    assert client.get("/static/missing.js").status_code == 404


def test_page_is_labelled_and_script_never_writes_html(client):
    page = _Refs()
    page.feed(client.get("/").text)
    # every text input and select has a <label for=...>
    assert page.inputs and all(i in page.labels_for for i in page.inputs), page.inputs
    js = client.get("/static/app.js").text
    for element_id in ("timeline", "timeline-form", "search-results", "quotes", "article-text", "stats"):
        assert f'"{element_id}"' in js and element_id in page.ids, element_id
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js, sink


# -- the serve command ----------------------------------------------------------------------------


def test_serve_command(env, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import dateline.cli.serve  # noqa: F401  (registers the command)
    from dateline.cli.app import app

    runner = CliRunner()
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 2 and "no database" in r.output
    calls = []
    monkeypatch.setattr("uvicorn.run", lambda application, **kw: calls.append((application, kw)))
    r = runner.invoke(app, ["serve", "--db", str(env[2]), "--port", "8123"])
    assert r.exit_code == 0, r.output
    application, kw = calls[0]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8123
    assert application.state.db_path == env[2]
    r = runner.invoke(app, ["serve", "--db", str(env[2]), "--port", "0"])
    assert r.exit_code == 2


def test_timeline_format_names_as_the_cli_takes_them(client):
    r = client.get("/api/timeline", params={"format": "Markdown", "dates": 1})
    assert r.status_code == 200 and r.text.startswith("# Timeline")
    assert client.get("/api/timeline", params={"format": "timeml"}).status_code == 400
