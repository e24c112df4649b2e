"""The embedded store: one SQLite file in WAL mode, a versioned schema, full-text search.

    from dateline.store import open_store
    with open_store("dateline.db") as store:
        result = store.add(article)          # new | updated | unchanged | duplicate
        hits = store.search("annexation")

Tables are named for what they hold (``articles``, ``article_versions``, ``timexes``,
``entities``, ``entity_mentions``, ``places``, ``quotes``, ``event_mentions``) and read well in
any SQLite tool. Every write happens in a transaction: a crash loses at most the batch that was
being written, never what was committed before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Article
from . import dedup
from .common import date_filter, like_prefix, load_migrations, to_json, to_str
from .queries import SharedQueries

STATUSES = ("new", "updated", "unchanged", "duplicate")


class StoreError(RuntimeError):
    """The database cannot be opened or used (not a dateline database, newer schema, ...)."""


@dataclass(slots=True)
class AddResult:
    """What happened to one article on ingest."""

    id: str
    status: str  # one of STATUSES
    duplicate_of: str | None = None
    similarity: float | None = None


def content_hash(title: str, text: str) -> str:
    return hashlib.sha1(f"{title}\x1f{text}".encode()).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def migrations() -> list[tuple[int, str, str]]:
    """The schema migrations shipped with dateline: (version, name, SQL), in order."""
    return load_migrations("migrations")


class Store(SharedQueries):
    """A dateline database in one SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError(f"no database at {self.path}: ingest some articles first (dateline ingest ...)")
        try:
            if readonly:
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            else:
                self.conn = sqlite3.connect(self.path)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._check_and_migrate(readonly)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a dateline database (SQLite said: {exc})") from exc

    # -- schema ---------------------------------------------------------------------------------

    def _check_and_migrate(self, readonly: bool) -> None:
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "schema_migrations" not in tables:
            raise StoreError(f"{self.path} is an SQLite database but not a dateline one")
        known = migrations()
        applied: set[int] = set()
        if "schema_migrations" in tables:
            applied = {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}
        newest = max(v for v, _, _ in known)
        if applied and max(applied) > newest:
            raise StoreError(
                f"{self.path} was written by a newer dateline (schema {max(applied)}, this one knows "
                f"{newest}): upgrade dateline"
            )
        pending = [m for m in known if m[0] not in applied]
        if not pending:
            return
        if readonly:
            raise StoreError(f"{self.path} needs a schema upgrade: open it once without read-only mode")
        with self.conn:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        for version, name, sql in pending:
            # executescript commits first; wrap each migration in its own transaction.
            self.conn.executescript(
                "BEGIN;\n" + sql + f"\nINSERT INTO schema_migrations VALUES ({version}, '{name}', "
                f"'{_now()}');\nCOMMIT;"
            )

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ---------------------------------------------------------------------------------

    def add(self, article: Article) -> AddResult:
        """Store one article (idempotent) and commit."""
        with self.conn:
            return self._add(article)

    def add_many(
        self,
        articles: Iterable[Article],
        *,
        batch: int = 200,
        on_result: Callable[[Article, AddResult], None] | None = None,
    ) -> list[AddResult]:
        """Store many articles, committing every ``batch`` of them."""
        results: list[AddResult] = []
        pending = 0
        self.conn.execute("BEGIN")
        try:
            for article in articles:
                res = self._add(article)
                results.append(res)
                if on_result:
                    on_result(article, res)
                pending += 1
                if pending >= batch:
                    self.conn.execute("COMMIT")
                    self.conn.execute("BEGIN")
                    pending = 0
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return results

    def _add(self, a: Article) -> AddResult:
        chash = content_hash(a.title, a.text)
        now = _now()
        row = self.conn.execute(
            "SELECT rowid, content_hash, version, title, text FROM articles WHERE id = ?", (a.id,)
        ).fetchone()
        if row is not None:
            if row["content_hash"] == chash:
                return AddResult(a.id, "unchanged")
            self.conn.execute(
                "INSERT OR REPLACE INTO article_versions VALUES (?, ?, ?, ?, ?, ?)",
                (a.id, row["version"], row["title"], row["text"], row["content_hash"], now),
            )
            self.conn.execute(
                "UPDATE articles SET date=?, date_source=?, date_precision=?, published=?, title=?, text=?, "
                "url=?, source=?, language=?, origin=?, extra=?, content_hash=?, version=version+1, "
                "updated_at=?, duplicate_of=NULL, similarity=NULL WHERE rowid=?",
                (a.dct, a.date_source, a.date_precision, a.published, a.title, a.text, a.url, a.source,
                 a.language, a.origin, to_json(a.extra), chash, now, row["rowid"]),
            )
            self._drop_analysis(a.id)
            rowid = row["rowid"]
            self.conn.execute("DELETE FROM minhash_bands WHERE article_rowid = ?", (rowid,))
            self.conn.execute("DELETE FROM minhash_signatures WHERE article_rowid = ?", (rowid,))
            dup, sim = self._index_similarity(rowid, a, chash)
            return AddResult(a.id, "updated", dup, sim)
        cur = self.conn.execute(
            "INSERT INTO articles (id, date, date_source, date_precision, published, title, text, url, "
            "source, language, origin, extra, content_hash, ingested_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.dct, a.date_source, a.date_precision, a.published, a.title, a.text, a.url, a.source,
             a.language, a.origin, to_json(a.extra), chash, now, now),
        )
        rowid = cur.lastrowid
        assert rowid is not None
        dup, sim = self._index_similarity(rowid, a, chash)
        return AddResult(a.id, "duplicate" if dup else "new", dup, sim)

    def _index_similarity(self, rowid: int, a: Article, chash: str) -> tuple[str | None, float | None]:
        """Index the article's MinHash and link it to the original it copies, if any."""
        dup: str | None = None
        sim: float | None = None
        exact = self.conn.execute(
            "SELECT id, duplicate_of FROM articles WHERE content_hash = ? AND rowid != ? "
            "AND coalesce(duplicate_of, '') != ? ORDER BY rowid LIMIT 1",
            (chash, rowid, a.id),
        ).fetchone()
        if exact is not None:
            dup, sim = exact["duplicate_of"] or exact["id"], 1.0
        sig = dedup.signature(f"{a.title}\n{a.text}")
        if sig is not None:
            keys = dedup.band_hashes(sig)
            if dup is None:
                best: tuple[float, int] | None = None
                cands = set()
                for band, h in keys:
                    for (cand,) in self.conn.execute(
                        "SELECT article_rowid FROM minhash_bands WHERE band = ? AND hash = ?", (band, h)
                    ):
                        cands.add(cand)
                for cand in sorted(cands):
                    srow = self.conn.execute(
                        "SELECT s.signature, a.id, a.duplicate_of FROM minhash_signatures s "
                        "JOIN articles a ON a.rowid = s.article_rowid WHERE s.article_rowid = ?", (cand,)
                    ).fetchone()
                    if srow is None or a.id in (srow[1], srow[2]):
                        continue  # a copy of this very article is not its original
                    s = dedup.similarity(sig, dedup.from_blob(srow[0]))
                    if s >= dedup.THRESHOLD and (best is None or s > best[0]):
                        best = (s, cand)
                if best is not None:
                    orig = self.conn.execute(
                        "SELECT id, duplicate_of FROM articles WHERE rowid = ?", (best[1],)
                    ).fetchone()
                    dup, sim = orig["duplicate_of"] or orig["id"], round(best[0], 3)
            self.conn.execute("INSERT INTO minhash_signatures VALUES (?, ?)", (rowid, dedup.to_blob(sig)))
            self.conn.executemany(
                "INSERT OR IGNORE INTO minhash_bands VALUES (?, ?, ?)", [(b, h, rowid) for b, h in keys]
            )
        if dup is not None:
            self.conn.execute(
                "UPDATE articles SET duplicate_of = ?, similarity = ? WHERE rowid = ?", (dup, sim, rowid)
            )
        return dup, sim

    # -- reading articles -----------------------------------------------------------------------

    def get(self, article_id: str) -> dict[str, Any] | None:
        """One article by id (or by a unique prefix of its id), with its earlier versions."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:
            rows = self.conn.execute(
                "SELECT * FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (like_prefix(article_id),)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None:
            return None
        d = _article_row(row)
        d["versions"] = [
            dict(r) for r in self.conn.execute(
                "SELECT version, title, content_hash, replaced_at FROM article_versions WHERE article_id = ? "
                "ORDER BY version", (d["id"],)
            )
        ]
        d["copies"] = [
            r[0] for r in self.conn.execute("SELECT id FROM articles WHERE duplicate_of = ?", (d["id"],))
        ]
        return d

    def iter_articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        """Articles as :class:`Article` objects (all, or the given ids)."""
        if ids is None:
            rows: Iterable[sqlite3.Row] = self.conn.execute("SELECT * FROM articles ORDER BY rowid")
        else:
            rows = (r for i in ids for r in self.conn.execute("SELECT * FROM articles WHERE id = ?", (i,)))
        for r in rows:
            yield article_from_row(r)

    def search(
        self, query: str, *, limit: int = 20, date_from: str | None = None, date_to: str | None = None
    ) -> list[dict[str, Any]]:
        """Full-text search over titles and texts, best matches first, with a snippet."""
        where, args = date_filter("a.date", date_from, date_to)
        sql = (
            "SELECT a.id, a.date, a.title, a.url, a.source, a.duplicate_of, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet, bm25(articles_fts) AS score "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ?" + "".join(f" AND {w}" for w in where) + " ORDER BY score LIMIT ?"
        )
        try:
            rows = self.conn.execute(sql, (query, *args, limit)).fetchall()
        except sqlite3.OperationalError:
            # Not valid FTS5 syntax (a stray quote, a hyphen ...): search for the words themselves.
            rows = self.conn.execute(sql, (plain_query(query), *args, limit)).fetchall()
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, Any]:
        """Counts of what the store holds."""
        one = self.conn.execute
        out: dict[str, Any] = {
            "database": str(self.path),
            "schema_version": self.schema_version,
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "originals": one("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0],
            "duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "updated_articles": one("SELECT count(DISTINCT article_id) FROM article_versions").fetchone()[0],
            "sources": one("SELECT count(DISTINCT source) FROM articles").fetchone()[0],
        }
        lo, hi = one("SELECT min(date), max(date) FROM articles").fetchone()
        out["first_date"], out["last_date"] = lo, hi
        for table in ("analyses", "timexes", "entities", "entity_mentions", "places", "quotes", "event_mentions"):
            out[table] = one(f"SELECT count(*) FROM {table}").fetchone()[0]
        out["stories"] = one("SELECT count(DISTINCT story) FROM article_stories").fetchone()[0]
        return out

    # -- analysis layers ------------------------------------------------------------------------

    def _drop_analysis(self, article_id: str) -> None:
        for table in ("timexes", "entity_mentions", "places", "quotes", "event_mentions", "analyses"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))

    def unanalyzed(self, engine: str | None = None) -> list[str]:
        """Ids of articles whose layers are missing or stale (content changed, or another engine)."""
        sql = (
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
            "WHERE n.article_id IS NULL OR n.content_hash != a.content_hash"
        )
        args: tuple[Any, ...] = ()
        if engine:
            sql += " OR n.engine != ?"
            args = (engine,)
        return [r[0] for r in self.conn.execute(sql + " ORDER BY a.rowid", args)]

    def save_analysis(self, analysis: dict[str, Any], engine: str) -> None:
        """Store one article's layers (replacing earlier ones) in one transaction.

        ``analysis`` is what :func:`dateline.analysis.analyze` returns as a dict: the article
        and lists of timexes, entity mentions, entities, places, quotes and events.
        """
        aid = analysis["article"]["id"]
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:
            raise StoreError(f"article {aid} is not in the store")
        with self.conn:
            self._drop_analysis(aid)
            self.conn.executemany(
                "INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(aid, t["field"], t["start"], t["end"], t["text"], t["type"], t["value"],
                  (t.get("interval") or [None, None])[0], (t.get("interval") or [None, None])[1], t.get("rule"))
                 for t in analysis.get("timexes", [])],
            )
            for e in analysis.get("entities", []):
                self.conn.execute(
                    "INSERT INTO entities (key, name, label, mentions, roles) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET "
                    "name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END, "
                    "roles = CASE WHEN excluded.roles IS NOT NULL AND excluded.roles != '[]' THEN "
                    "excluded.roles ELSE roles END",
                    (e["key"], e["name"], e["label"], e.get("mentions", 1), to_json(e.get("roles") or [])),
                )
            self.conn.executemany(
                "INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(aid, m["field"], m["start"], m["end"], m["text"], m["label"], m.get("key"), m.get("role"))
                 for m in analysis.get("entity_mentions", [])],
            )
            self.conn.executemany(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(aid, p["field"], p["start"], p["end"], p["text"], p.get("name"), p.get("kind"),
                  to_str(p.get("geonameid") or p.get("id")), p.get("country_code"), p.get("country"),
                  p.get("admin1"), p.get("lat"), p.get("lon"), p.get("confidence"))
                 for p in analysis.get("places", [])],
            )
            self.conn.executemany(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(aid, q["field"], q["content"][0], q["content"][1], q["content_text"], q["kind"],
                  *(q["speaker"] or [None, None]), q.get("speaker_text"), q.get("speaker_name"),
                  q.get("entity_key"), *(q["cue"] or [None, None]), q.get("cue_text"))
                 for q in analysis.get("quotes", [])],
            )
            self.conn.executemany(
                "INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(aid, ev["field"], ev["start"], ev["end"], ev["trigger"], ev["lemma"], ev["sentence_start"],
                  ev["sentence_end"], ev["status"], ev.get("type"), ev.get("date"), ev.get("date_start"),
                  ev.get("date_end"), ev["anchor"], (ev.get("place") or {}).get("name"), to_json(ev))
                 for ev in analysis.get("events", [])],
            )
            keys = [(e["key"],) for e in analysis.get("entities", [])]
            self.conn.executemany(  # counts come from the mentions, so re-analysing never doubles them
                "UPDATE entities SET mentions = (SELECT count(*) FROM entity_mentions WHERE entity_key = ?) "
                "WHERE key = ?", [(k, k) for (k,) in keys],
            )
            self.conn.execute(
                "INSERT INTO analyses VALUES (?, ?, ?, ?)", (aid, row[0], engine, _now())
            )

    def save_stories(self, stories: dict[str, str]) -> None:
        """Replace the grouping of articles into stories (``{article id: story id}``)."""
        with self.conn:
            self.conn.execute("DELETE FROM article_stories")
            self.conn.executemany("INSERT INTO article_stories VALUES (?, ?)", sorted(stories.items()))

    def link_entities(self) -> int:
        """Link entity keys that name one entity across articles; returns how many are linked."""
        from .links import ALIAS_ROWS, ENTITY_ROWS, entity_links

        updates = entity_links(self.conn.execute(ENTITY_ROWS).fetchall(), self.conn.execute(ALIAS_ROWS).fetchall())
        with self.conn:
            self.conn.executemany("UPDATE entities SET canonical = ? WHERE key = ?", updates)
        return sum(1 for target, _ in updates if target)


def open_store(path: str | Path, *, readonly: bool = False) -> Store:
    """Open (creating and migrating when needed) the dateline database at ``path``."""
    return Store(path, readonly=readonly)


def article_from_row(r: sqlite3.Row) -> Article:
    return Article(
        date=dt.date.fromisoformat(r["date"]), title=r["title"], text=r["text"], url=r["url"],
        source=r["source"], language=r["language"], date_source=r["date_source"],
        date_precision=r["date_precision"], published=r["published"], id=r["id"], origin=r["origin"],
        extra=json.loads(r["extra"]) if r["extra"] else {},
    )


def plain_query(query: str) -> str:
    """An FTS5 query matching all the words of ``query`` (each quoted, so no syntax can break it)."""
    words = dedup.words(query)
    return " ".join(f'"{w}"' for w in words) or '""'


def _article_row(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    d.pop("rowid", None)
    d["extra"] = json.loads(d["extra"]) if d.get("extra") else {}
    return d
