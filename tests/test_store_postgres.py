"""The PostgreSQL store: the behaviours of tests/test_store.py, plus concurrent writers.

One throwaway server (initdb + pg_ctl, see tests/pg_server.py) per module; every test gets its
own schema in one database. Skipped when PostgreSQL or psycopg is not installed.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import sys
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.store import StoreError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pg_server  # noqa: E402

pytestmark = pytest.mark.postgres

BODY = (
    "Russia will formally annex four regions of Ukraine on Friday, the Kremlin said, after referendums "
    "that Kyiv and Western governments called a sham. A signing ceremony will take place in the Georgian "
    "Hall of the Grand Kremlin Palace, spokesman Dmitry Peskov told reporters. The United States said it "
    "would never recognize the annexation and promised new sanctions against Moscow in the coming days."
)
APPLE = (
    "Apple unveiled a new iPhone on Tuesday at its headquarters in Cupertino, California, with a "
    "faster chip, a better camera and a price that analysts said would test demand in a weak "
    "economy. Shares fell two percent in early trading as investors weighed the launch."
)


def art(text: str = BODY, url: str | None = "https://example.com/a", title: str = "Russia to annex regions",
        date: dt.date = dt.date(2022, 9, 29), source: str | None = "Example News") -> Article:
    return Article(date=date, title=title, text=text, url=url, source=source)


@pytest.fixture(scope="module")
def server():
    reason = pg_server.missing_reason()
    if reason:
        pytest.skip(reason)
    srv = pg_server.PgServer.start()
    try:
        srv.create_database("dateline_test")
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def pg_url(server, request):
    """The URL of a fresh, empty schema for this test."""
    import psycopg

    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    base = server.url("dateline_test")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{name}"')
    return f"{base}?options=-csearch_path%3D{name}"


@pytest.fixture
def store(pg_url):
    from dateline.store.postgres import PostgresStore

    s = PostgresStore(pg_url)
    yield s
    s.close()


def open_pg(url: str, **kw):
    from dateline.store.postgres import PostgresStore

    return PostgresStore(url, **kw)


def test_schema_is_versioned_with_fulltext_index(store, pg_url):
    assert store.schema_version >= 2
    names = {r[0] for r in store.conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    assert {"schema_migrations", "articles", "article_versions", "timexes", "entities", "entity_mentions",
            "places", "quotes", "event_mentions", "analyses", "minhash_signatures", "minhash_bands",
            "article_stories"} <= names
    fts = store.conn.execute(
        "SELECT data_type, is_generated FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = 'articles' AND column_name = 'fts'").fetchone()
    assert tuple(fts) == ("tsvector", "ALWAYS")
    index = store.conn.execute(
        "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'articles_fts'"
    ).fetchone()[0]
    assert "gin" in index.lower()
    again = open_pg(pg_url)  # reopening does not re-run migrations
    assert again.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == store.schema_version
    again.close()


def test_schema_mirrors_the_sqlite_one(store, tmp_path):
    """Every SQLite migration has its PostgreSQL twin, with the same tables and columns."""
    from dateline.store import open_store
    from dateline.store.postgres import migrations as pg_migrations
    from dateline.store.sqlite import migrations as sqlite_migrations

    assert [(v, n) for v, n, _ in pg_migrations()] == [(v, n) for v, n, _ in sqlite_migrations()]
    lite = open_store(tmp_path / "mirror.db")
    try:
        tables = [r[0] for r in lite.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'")]
        for table in tables:
            want = [r[1] for r in lite.conn.execute(f"PRAGMA table_info({table})")]
            got = [r[0] for r in store.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = ? ORDER BY ordinal_position", [table])]
            assert [c for c in got if c != "fts"] == want, table
    finally:
        lite.close()


def test_same_article_twice_is_stored_once(store):
    assert store.add(art()).status == "new"
    assert store.add(art()).status == "unchanged"
    assert store.stats()["articles"] == 1


def test_a_huge_text_is_stored_and_searchable(store):
    """A tsvector is limited to 1 MB: only the start of a huge text is indexed, nothing fails."""
    import psycopg

    words = " ".join(f"w{i}x{i * 7919 % 100003}" for i in range(90_000))
    res = store.add(art(text="Zaporizhzhia opening. " + words, url="https://example.com/huge"))
    assert res.status == "new" and len(store.get(res.id)["text"]) > 1_000_000
    assert store.search("Zaporizhzhia")[0]["id"] == res.id
    with pytest.raises(psycopg.errors.ProgramLimitExceeded):  # what indexing it all would do
        store.conn.execute("SELECT to_tsvector('english', text) FROM articles")


def test_changed_text_updates_and_keeps_old_version(store):
    a = art()
    store.add(a)
    changed = art(text=BODY + " Updated with more reporting from Kyiv.")
    assert changed.id == a.id
    res = store.add(changed)
    assert res.status == "updated"
    got = store.get(a.id)
    assert got["version"] == 2 and got["text"].endswith("from Kyiv.")
    assert [v["version"] for v in got["versions"]] == [1]
    assert store.conn.execute("SELECT text FROM article_versions").fetchone()[0] == BODY
    assert store.search("reporting")[0]["id"] == a.id  # the generated tsvector followed the update
    assert store.stats()["updated_articles"] == 1


def test_syndicated_copy_is_linked_to_original(store):
    orig = store.add(art())
    copy = art(text="MOSCOW (Wire) - " + BODY + " Reporting by Wire staff.", url="https://other.org/copy",
               source="Other Paper")
    res = store.add(copy)
    assert res.status == "duplicate"
    assert res.duplicate_of == orig.id
    assert res.similarity >= 0.8
    assert store.get(orig.id)["copies"] == [copy.id]
    s = store.stats()
    assert (s["articles"], s["originals"], s["duplicates"]) == (2, 1, 1)
    assert store.counts_by_date() == [("2022-09-29", 2, 1)]
    assert [r["id"] for r in store.articles(include_duplicates=False)] == [orig.id]


def test_different_story_is_not_a_duplicate(store):
    store.add(art())
    assert store.add(art(text=APPLE, url="https://example.com/apple", title="Apple unveils iPhone")).status == "new"


def test_exact_copy_under_another_id_is_a_duplicate(store):
    a = store.add(art(url=None))
    b = store.add(art(url="https://mirror.example/x"))
    assert b.status == "duplicate" and b.duplicate_of == a.id and b.similarity == 1.0


def test_search_ranks_and_survives_bad_syntax(store):
    store.add(art())
    store.add(art(text="Apple shares fell after the iPhone launch in Cupertino. " * 3,
                  url="https://example.com/b", title="Apple"))
    hits = store.search("ceremony")
    assert len(hits) == 1 and "[ceremony]" in hits[0]["snippet"]
    assert store.search('"unbalanced AND (') == []  # not an error
    assert store.search("") == []
    assert store.search("annex", date_from="2022-10-01") == []
    assert store.search("annexed")[0]["title"] == "Russia to annex regions"  # stemmed: annexed ~ annex
    assert [h["title"] for h in store.search("iphone or kremlin")] != []
    assert [h["title"] for h in store.search("iphone -cupertino")] == []


def test_get_by_prefix_and_missing(store):
    a = art()
    store.add(a)
    assert store.get(a.id[:6])["id"] == a.id
    assert store.get("nope-not-there") is None
    assert [x.id for x in store.iter_articles()] == [a.id]
    assert [x.text for x in store.iter_articles([a.id, "missing"])] == [BODY]


def test_not_a_dateline_database(pg_url):
    import psycopg

    with pytest.raises(StoreError, match="no dateline database"):
        open_pg(pg_url, readonly=True)
    schema = pg_url.rsplit("%3D", 1)[1]
    with psycopg.connect(pg_url.split("?")[0], autocommit=True) as conn:
        conn.execute(f'CREATE TABLE "{schema}".foo (x int)')
    with pytest.raises(StoreError, match="not a dateline"):
        open_pg(pg_url)
    with pytest.raises(StoreError, match="cannot connect"):
        open_pg("postgresql://nobody@127.0.0.1:1/none", connect_timeout=2)


def test_newer_schema_is_refused_and_readonly_cannot_write(store, pg_url):
    store.add(art())
    ro = open_pg(pg_url, readonly=True)
    assert ro.stats()["articles"] == 1 and ro.search("ceremony")
    with pytest.raises(Exception, match="read-only"):
        ro.add(art(url="https://example.com/other"))
    ro.close()
    store.conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    with pytest.raises(StoreError, match="newer dateline"):
        open_pg(pg_url)


def test_committed_batches_survive_a_crash(pg_url):
    s = open_pg(pg_url)

    def articles():
        for i in range(5):
            yield art(text=f"Article number {i} says something different about topic {i * 7}.",
                      url=f"https://example.com/{i}")
        raise RuntimeError("the reader crashed")

    seen = []
    with pytest.raises(RuntimeError):
        s.add_many(articles(), batch=2, on_result=lambda a, r: seen.append(r.status))
    s.close()
    s = open_pg(pg_url)
    assert s.stats()["articles"] == 4 and seen == ["new"] * 4
    s.close()


def test_stories_are_replaced_as_a_whole(store):
    a, b = art(), art(text=APPLE, url="https://example.com/apple", title="Apple unveils iPhone")
    store.add(a)
    store.add(b)
    store.save_stories({a.id: "s1", b.id: "s2"})
    store.save_stories({a.id: "s1", b.id: "s1"})
    assert store.stories() == {a.id: "s1", b.id: "s1"}
    assert store.stats()["stories"] == 1


def analysis_of(a: Article) -> dict:
    return {
        "article": a.to_dict(),
        "timexes": [{"field": "text", "start": 40, "end": 46, "text": "Friday", "type": "DATE",
                     "value": "2022-09-30", "interval": ["2022-09-30", "2022-09-30"], "rule": "weekday"}],
        "entities": [{"key": "person:dmitry peskov", "name": "Dmitry Peskov", "label": "PERSON",
                      "mentions": 1, "roles": ["spokesman"]}],
        "entity_mentions": [{"field": "text", "start": 0, "end": 5, "text": "Peskov", "label": "PERSON",
                             "key": "person:dmitry peskov", "role": "spokesman"}],
        "places": [{"field": "text", "start": 60, "end": 66, "text": "Moscow", "name": "Moscow", "kind": "city",
                    "geonameid": 524901, "country_code": "RU", "lat": 55.75, "lon": 37.62}],
        "quotes": [{"field": "text", "content": [10, 20], "content_text": "x", "kind": "indirect",
                    "speaker": [0, 5], "speaker_text": "Peskov", "speaker_name": "Dmitry Peskov",
                    "entity_key": "person:dmitry peskov", "cue": [6, 9], "cue_text": "told"}],
        "events": [{"field": "text", "start": 20, "end": 25, "trigger": "annex", "lemma": "annex",
                    "sentence_start": 0, "sentence_end": 90, "status": "planned", "type": "annex",
                    "date": "2022-09-30", "date_start": "2022-09-30", "date_end": "2022-09-30",
                    "anchor": "timex", "place": {"name": "Moscow"}}],
    }


def test_save_analysis_replaces_layers_and_update_invalidates(store):
    a = art()
    store.add(a)
    assert store.unanalyzed() == [a.id]
    store.save_analysis(analysis_of(a), "test")
    store.save_analysis(analysis_of(a), "test")  # replacing, not doubling
    assert store.stats()["timexes"] == 1 and store.unanalyzed("test") == []
    assert store.unanalyzed("another engine") == [a.id]
    assert store.conn.execute("SELECT mentions FROM entities").fetchone()[0] == 1
    assert store.quotes_by("peskov")[0]["speaker_name"] == "Dmitry Peskov"
    assert store.layer("timexes", a.id)[0]["end"] == 46
    assert store.layer("places", a.id)[0]["place_id"] == "524901"
    assert [e["trigger"] for e in store.event_mentions(date_from="2022-09-30", article_ids=[a.id])] == ["annex"]
    assert store.event_mentions(date_to="2022-09-01") == []
    with pytest.raises(ValueError):
        store.layer("articles", a.id)
    with pytest.raises(StoreError):
        store.save_analysis(analysis_of(art(url="https://example.com/not-stored")), "test")
    store.add(art(text=BODY + " More."))
    assert store.stats()["timexes"] == 0 and store.unanalyzed("test") == [a.id]


def test_concurrent_saves_of_one_article_replace_each_other(store, pg_url):
    from concurrent.futures import ThreadPoolExecutor

    a = art()
    store.add(a)

    def save(_: int) -> None:
        with open_pg(pg_url) as s:
            for _ in range(40):
                s.save_analysis(analysis_of(a), "test")

    with ThreadPoolExecutor(3) as pool:
        list(pool.map(save, range(3)))
    st = store.stats()
    assert (st["analyses"], st["timexes"], st["quotes"], st["event_mentions"]) == (1, 1, 1, 1)
    assert store.conn.execute("SELECT mentions FROM entities").fetchone()[0] == 1


def test_api_readers_run_unchanged_on_postgres(store):
    """Code written against ``store.conn`` of the SQLite store (? parameters, LIKE) reads PostgreSQL."""
    data = pytest.importorskip("dateline.api.data")
    a = art()
    store.add(a)
    store.add(art(text=APPLE, url="https://example.com/apple", title="Apple"))
    store.save_analysis(analysis_of(a), "test")
    page = data.article_page(store, date_from="2022-09-01", limit=1)
    assert page["total"] == 2 and len(page["articles"]) == 1
    assert [e["name"] for e in data.entity_list(store, q="PESKOV")] == ["Dmitry Peskov"]
    assert data.article_with_layers(store, a.id[:8])["quotes"][0]["kind"] == "indirect"
    assert store.conn.execute("SELECT '100%' AS p, ? AS q", ["a?"]).fetchone()["p"] == "100%"


# -- concurrent writers ---------------------------------------------------------------------------

def corpus(n: int) -> list[Article]:
    """n distinct stories (long enough for MinHash), each also syndicated under a second URL."""
    words = ("army", "port", "grain", "talks", "border", "drone", "power", "bridge", "vote", "court")
    out = []
    for i in range(n):
        text = " ".join(f"{words[(i * 7 + j * 3) % 10]}{(i * 31 + j) % 97}" for j in range(60))
        out.append(Article(date=dt.date(2022, 3, 1 + i % 28), title=f"Story {i}", text=text,
                           url=f"https://one.example/{i}"))
    return out


def _ingest(url: str, articles: list[dict], batch: int) -> list[tuple[str, str]]:
    from dateline.store.postgres import PostgresStore

    with PostgresStore(url) as s:
        res = s.add_many((Article.from_dict(d) for d in articles), batch=batch)
    return [(r.id, r.status) for r in res]


def _ingest_in_threads(url: str, parts: list[list[dict]], batch: int) -> list[list[tuple[str, str]]]:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(len(parts)) as pool:
        return list(pool.map(lambda part: _ingest(url, part, batch), parts))


def _ingest_in_processes(url: str, parts: list[list[dict]], batch: int) -> list[list[tuple[str, str]]]:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(len(parts)) as pool:
        jobs = [pool.apply_async(_ingest, (url, part, batch)) for part in parts]
        return [j.get(timeout=120) for j in jobs]


@pytest.mark.parametrize("writers", [
    "threads", pytest.param("processes", marks=pytest.mark.slow)])
def test_concurrent_ingest_stores_each_article_once(store, pg_url, writers):
    base = corpus(30)
    copies = [Article(date=a.date, title=a.title, text=a.text, url=a.url.replace("one.", "two."))
              for a in base]
    # Both writers hold 10 of the same articles, and each story's copy is in the other writer's hands.
    first = [a.to_dict() for a in base[:20] + copies[20:]]
    second = [a.to_dict() for a in copies[:20] + base[10:]]
    run = _ingest_in_threads if writers == "threads" else _ingest_in_processes
    results = run(pg_url, [first, second], 25)
    statuses: dict[str, list[str]] = {}
    for part in results:
        for aid, status in part:
            statuses.setdefault(aid, []).append(status)
    # Every article is stored once: exactly one writer inserted it, every other sighting was "unchanged".
    for aid, seen in statuses.items():
        assert sorted(seen)[0] in ("duplicate", "new") and seen.count("unchanged") == len(seen) - 1, (aid, seen)
    s = store.stats()
    assert s["articles"] == len(base) + len(copies) == len(statuses)
    assert store.conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == s["articles"]
    # Each story has one original; its copy under the second URL is linked to it whichever came first.
    assert (s["originals"], s["duplicates"]) == (len(base), len(copies))
    assert store.conn.execute("SELECT count(*) FROM minhash_signatures").fetchone()[0] == s["articles"]


# -- helpers that need no server ------------------------------------------------------------------

def test_postgres_urls_survive_pathlib():
    from dateline.store.postgres import is_postgres_url, postgres_url, redact

    assert postgres_url(Path("postgresql://u@db.example:5432/news")) == "postgresql://u@db.example:5432/news"
    assert postgres_url("postgres://db/news") == "postgresql://db/news"
    assert not is_postgres_url(Path("dateline.db")) and not is_postgres_url("postgresql.db")
    assert redact("postgresql://u:secret@h:5/db") == "postgresql://u:***@h:5/db"


def test_qmark_sql_is_translated_outside_literals():
    from dateline.store.postgres import qmark_to_pyformat

    sql = "SELECT '?', \"a?\", x FROM t WHERE name LIKE ? ESCAPE '\\' AND p = '50%' AND q = ? -- ILIKE"
    assert qmark_to_pyformat(sql) == (
        "SELECT '?', \"a?\", x FROM t WHERE name ILIKE %s ESCAPE '\\' AND p = '50%%' AND q = %s -- ILIKE")


def test_open_postgres_takes_a_path_typed_url(pg_url):
    from dateline.store.postgres import open_postgres

    with open_postgres(Path(pg_url)) as s:
        assert s.add(art()).status == "new"
    with open_postgres(pg_url, readonly=True) as s:
        assert s.stats()["articles"] == 1
    with pytest.raises(StoreError):
        open_postgres("dateline.db")


@pytest.mark.slow
def test_real_analysis_reads_the_same_from_sqlite_and_postgres(store, tmp_path):
    """Ingest and analyse real articles into both stores: every reader gives the same answers."""
    from dateline.store import open_store

    folder = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ukraine" / \
        "ukraine-war-gdelt-articles" / "articles"
    if not folder.exists():
        pytest.skip(f"{folder} is not on this machine")
    try:
        from dateline.analysis import analyze_many
    except ImportError as exc:
        pytest.skip(f"dateline.analysis does not import yet: {exc}")
    from dateline.api.data import timeline_from_store
    from dateline.readers import read_paths

    articles = [a for a in read_paths(sorted(folder.iterdir())[:6]) if isinstance(a, Article)]
    lite = open_store(tmp_path / "same.db")
    try:
        assert [r.status for r in lite.add_many(articles)] == [r.status for r in store.add_many(articles)]
        for result in analyze_many(lite.iter_articles()):
            lite.save_analysis(result.to_dict(), "e")
            store.save_analysis(result.to_dict(), "e")
        assert {k: v for k, v in lite.stats().items() if k != "database"} == \
            {k: v for k, v in store.stats().items() if k != "database"}
        assert lite.articles() == store.articles() and lite.counts_by_date() == store.counts_by_date()
        for a in articles:
            for table in ("timexes", "entity_mentions", "places", "quotes", "event_mentions"):
                assert lite.layer(table, a.id) == store.layer(table, a.id), table
            assert {k: v for k, v in lite.get(a.id).items() if k not in ("ingested_at", "updated_at")} == \
                {k: v for k, v in store.get(a.id).items() if k not in ("ingested_at", "updated_at")}
        key = lambda d: json.dumps(d, sort_keys=True)  # noqa: E731
        assert sorted(map(key, lite.event_mentions())) == sorted(map(key, store.event_mentions()))
        assert lite.quotes_by("a", limit=500) == store.quotes_by("a", limit=500)
        assert {h["id"] for h in lite.search("Russia")} <= {h["id"] for h in store.search("Russia")}
        assert timeline_from_store(lite).to_dict(events=True) == timeline_from_store(store).to_dict(events=True)
    finally:
        lite.close()


def test_missing_server_binaries_give_a_reason_to_skip(monkeypatch):
    monkeypatch.delenv(pg_server.ENV_URL, raising=False)
    monkeypatch.setattr(pg_server, "find_bindir", lambda: None)
    reason = pg_server.missing_reason()
    assert reason is not None and "initdb" in reason


def test_surname_joins_full_name_across_articles(store):
    a = art()
    b = art(text="Putin spoke in Moscow on Friday about the four regions and the coming ceremony.",
            url="https://example.com/putin", title="Putin speaks")
    store.add(a)
    store.add(b)

    def analysis(article, key, name):
        return {"article": article.to_dict(), "timexes": [], "places": [], "events": [],
                "quotes": [{"field": "text", "content": [0, 5], "content_text": "Putin", "kind": "indirect",
                            "speaker": [0, len(name)], "speaker_text": name, "speaker_name": name,
                            "entity_key": key, "cue": None, "cue_text": ""}],
                "entities": [{"key": key, "name": name, "label": "PERSON", "mentions": 1, "roles": []}],
                "entity_mentions": [{"field": "text", "start": 0, "end": len(name), "text": name,
                                     "label": "PERSON", "key": key, "role": None}]}

    store.save_analysis(analysis(a, "person:vladimir-putin", "Vladimir Putin"), "test")
    store.save_analysis(analysis(b, "person:putin", "Putin"), "test")
    assert store.link_entities() == 1
    rows = {r[0]: r[1] for r in store.conn.execute("SELECT key, canonical FROM entities").fetchall()}
    assert rows == {"person:vladimir-putin": None, "person:putin": "person:vladimir-putin"}
    # quotes by the full name find the article that only says "Putin"
    assert {q["article_id"] for q in store.quotes_by("Vladimir Putin")} == {a.id, b.id}


def test_the_cli_takes_a_postgresql_url(pg_url, tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"date": "2022-09-29", "title": "Kremlin sets ceremony", "url": "https://x.example/1",
                               "text": BODY}) + "\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(src), "--db", pg_url, "--no-analyze", "-q"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["stats", "--db", pg_url, "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["articles"] == 1
    res = runner.invoke(app, ["search", "ceremony", "--db", pg_url, "--json"])
    assert [h["title"] for h in json.loads(res.stdout)] == ["Kremlin sets ceremony"]
