"""The SQLite store: schema, idempotent ingest, versions, near-duplicates, search, layers."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from dateline.model import Article
from dateline.store import StoreError, open_store, plain_query
from dateline.store.dedup import signature, similarity

BODY = (
    "Russia will formally annex four regions of Ukraine on Friday, the Kremlin said, after referendums "
    "that Kyiv and Western governments called a sham. A signing ceremony will take place in the Georgian "
    "Hall of the Grand Kremlin Palace, spokesman Dmitry Peskov told reporters. The United States said it "
    "would never recognize the annexation and promised new sanctions against Moscow in the coming days."
)


def art(text: str = BODY, url: str | None = "https://example.com/a", title: str = "Russia to annex regions",
        date: dt.date = dt.date(2022, 9, 29), source: str | None = "Example News") -> Article:
    return Article(date=date, title=title, text=text, url=url, source=source)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "t.db")
    yield s
    s.close()


def test_schema_is_versioned_and_wal(store, tmp_path):
    assert store.schema_version >= 2
    mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "article_versions", "articles_fts", "timexes", "quotes", "event_mentions"} <= names
    # Reopening does not re-run migrations.
    again = open_store(tmp_path / "t.db")
    assert again.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == store.schema_version
    again.close()


def test_same_article_twice_is_stored_once(store):
    assert store.add(art()).status == "new"
    assert store.add(art()).status == "unchanged"
    assert store.stats()["articles"] == 1


def test_changed_text_updates_and_keeps_old_version(store):
    a = art()
    store.add(a)
    changed = art(text=BODY + " Updated with more reporting from Kyiv.")
    assert changed.id == a.id  # same URL, same id
    res = store.add(changed)
    assert res.status == "updated"
    got = store.get(a.id)
    assert got["version"] == 2 and got["text"].endswith("from Kyiv.")
    assert [v["version"] for v in got["versions"]] == [1]
    assert store.conn.execute("SELECT text FROM article_versions").fetchone()[0] == BODY
    # The updated text is what full-text search finds.
    assert store.search("reporting")[0]["id"] == a.id


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


def test_different_story_is_not_a_duplicate(store):
    store.add(art())
    other = art(
        text=("Apple unveiled a new iPhone on Tuesday at its headquarters in Cupertino, California, with a "
              "faster chip, a better camera and a price that analysts said would test demand in a weak "
              "economy. Shares fell two percent in early trading as investors weighed the launch."),
        url="https://example.com/apple", title="Apple unveils iPhone")
    assert store.add(other).status == "new"


def test_exact_copy_under_another_id_is_a_duplicate(store):
    a = store.add(art(url=None))
    b = store.add(art(url="https://mirror.example/x"))
    assert b.status == "duplicate" and b.duplicate_of == a.id and b.similarity == 1.0


def test_minhash_similarity_orders_texts():
    a = signature(BODY)
    b = signature(BODY.replace("Friday", "Saturday"))
    c = signature(" ".join(reversed(BODY.split())))
    assert a is not None and b is not None and c is not None
    assert similarity(a, b) > 0.6 > similarity(a, c)
    assert signature("too short to compare") is None


def test_search_ranks_and_survives_bad_syntax(store):
    store.add(art())
    store.add(art(text="Apple shares fell after the iPhone launch in Cupertino. " * 3,
                  url="https://example.com/b", title="Apple"))
    hits = store.search("ceremony")
    assert len(hits) == 1 and "[ceremony]" in hits[0]["snippet"]
    assert store.search('"unbalanced AND (') == []  # not an error
    assert plain_query('Peskov "said') == '"peskov" "said"'
    assert store.search("annex", date_from="2022-10-01") == []


def test_get_by_prefix_and_missing(store):
    a = art()
    store.add(a)
    assert store.get(a.id[:6])["id"] == a.id
    assert store.get("nope-not-there") is None


def test_not_a_dateline_database(tmp_path):
    p = tmp_path / "other.db"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE foo (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a dateline"):
        open_store(p)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        open_store(junk)
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_committed_batches_survive_a_crash(tmp_path):
    path = tmp_path / "crash.db"
    s = open_store(path)

    def articles():
        for i in range(5):
            yield art(text=f"Article number {i} says something different about topic {i * 7}.",
                      url=f"https://example.com/{i}")
        raise RuntimeError("the reader crashed")

    with pytest.raises(RuntimeError):
        s.add_many(articles(), batch=2)
    s.close()
    s = open_store(path)
    # Two full batches (4 articles) were committed before the crash; the open batch was rolled back.
    assert s.stats()["articles"] == 4
    s.close()


def test_save_analysis_replaces_layers_and_update_invalidates(store):
    a = art()
    store.add(a)
    analysis = {
        "article": a.to_dict(),
        "timexes": [{"field": "text", "start": 40, "end": 46, "text": "Friday", "type": "DATE",
                     "value": "2022-09-30", "interval": ["2022-09-30", "2022-09-30"], "rule": "weekday"}],
        "entities": [{"key": "person:dmitry peskov", "name": "Dmitry Peskov", "label": "PERSON",
                      "mentions": 1, "roles": ["spokesman"]}],
        "entity_mentions": [{"field": "text", "start": 0, "end": 5, "text": "Peskov", "label": "PERSON",
                             "key": "person:dmitry peskov", "role": "spokesman"}],
        "places": [],
        "quotes": [{"field": "text", "content": [10, 20], "content_text": "x", "kind": "indirect",
                    "speaker": [0, 5], "speaker_text": "Peskov", "speaker_name": "Dmitry Peskov",
                    "entity_key": "person:dmitry peskov", "cue": [6, 9], "cue_text": "told"}],
        "events": [],
    }
    assert store.unanalyzed() == [a.id]
    store.save_analysis(analysis, "test")
    store.save_analysis(analysis, "test")  # replacing, not doubling
    assert store.stats()["timexes"] == 1 and store.unanalyzed("test") == []
    assert store.unanalyzed("another engine") == [a.id]
    assert store.conn.execute("SELECT mentions FROM entities").fetchone()[0] == 1
    assert store.quotes_by("peskov")[0]["speaker_name"] == "Dmitry Peskov"
    store.add(art(text=BODY + " More."))
    assert store.stats()["timexes"] == 0 and store.unanalyzed("test") == [a.id]


def test_stories_are_replaced_as_a_whole(store):
    a, b = art(), art(text="Apple unveiled a new iPhone in Cupertino on Tuesday, with a faster chip.",
                      url="https://example.com/apple", title="Apple unveils iPhone")
    store.add(a)
    store.add(b)
    store.save_stories({a.id: "s1", b.id: "s2"})
    store.save_stories({a.id: "s1", b.id: "s1"})
    assert store.stories() == {a.id: "s1", b.id: "s1"}
    assert store.stats()["stories"] == 1


def test_surname_joins_full_name_across_articles(store):
    a = art()
    b = art(text="Putin spoke in Moscow on Friday about the four regions and the coming ceremony.",
            url="https://example.com/putin", title="Putin speaks")
    store.add(a)
    store.add(b)

    def analysis(article, key, name, text):
        return {"article": article.to_dict(), "timexes": [], "places": [], "quotes": [], "events": [],
                "entities": [{"key": key, "name": name, "label": "PERSON", "mentions": 1, "roles": []}],
                "entity_mentions": [{"field": "text", "start": 0, "end": len(text), "text": text,
                                     "label": "PERSON", "key": key, "role": None}]}

    store.save_analysis(analysis(a, "person:vladimir-putin", "Vladimir Putin", "Vladimir Putin"), "test")
    store.save_analysis(analysis(b, "person:putin", "Putin", "Putin"), "test")
    assert store.link_entities() == 1
    rows = dict(store.conn.execute("SELECT key, canonical FROM entities").fetchall())
    assert rows == {"person:vladimir-putin": None, "person:putin": "person:vladimir-putin"}



def test_places_without_a_geonames_id_keep_their_own_id(store):
    a = art()
    store.add(a)
    town = {"field": "text", "start": 60, "end": 67, "text": "Soledar", "name": "Soledar", "kind": "town",
            "id": "town:UA:Soledar:48.6793,38.0890", "geonameid": None, "country_code": "UA",
            "lat": 48.68, "lon": 38.09}
    store.save_analysis({"article": a.to_dict(), "timexes": [], "entities": [], "entity_mentions": [],
                         "places": [town], "quotes": [], "events": []}, "test")
    assert store.layer("places", a.id)[0]["place_id"] == "town:UA:Soledar:48.6793,38.0890"
