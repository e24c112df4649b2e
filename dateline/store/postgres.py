"""The scale-out store: PostgreSQL, for when one SQLite file is not enough.

    from dateline.store.postgres import PostgresStore
    with PostgresStore("postgresql://user@host/dateline") as store:
        result = store.add(article)          # new | updated | unchanged | duplicate
        hits = store.search("annexation")

Same tables, columns, public methods, return shapes and semantics as the SQLite
:class:`~dateline.store.sqlite.Store`, so the CLI, the API and the timelines work on either.
The schema is versioned (``pg_migrations/*.sql``) and lives in the connection's current schema
(``?options=-csearch_path%3Dname`` in the URL picks another one). Full-text search uses a
generated ``tsvector`` column with a GIN index (``websearch_to_tsquery`` for queries,
``ts_headline`` for snippets marked with ``[ ]``). ``store.conn`` takes SQLite-style SQL
(``?`` parameters) too, so code that queries the SQLite store's connection directly (the web
API's readers) runs unchanged on portable SQL.

Several processes may ingest at once. An article is inserted with ``INSERT ... ON CONFLICT``
on its id and changed only under a row lock, so it is never stored twice; each batch's writes
take a transaction-level advisory lock (per schema) so that copies arriving in two concurrent
batches are still linked to one original. Shingling and MinHash run before the lock, so only
the short database phase of a batch is serialized. Every batch is one transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import numpy as np

from ..model import Article
from . import dedup
from .common import date_filter, escape_like, load_migrations, to_json, to_str
from .queries import SharedQueries
from .sqlite import AddResult, StoreError, content_hash

try:  # an optional dependency: pip install dateline[postgres]
    import psycopg
    from psycopg import errors as pg_errors
except ImportError:  # pragma: no cover - exercised only without the extra
    psycopg = None  # type: ignore[assignment]
    pg_errors = None  # type: ignore[assignment]

# Advisory lock keys (first half of the two-int form; the second half is the schema's hash).
_MIGRATE_LOCK = 0x0DA7E
_INGEST_LOCK = 0x0DA7F
_RETRIES = 3  # a batch rolled back by a deadlock or serialization failure is tried again

ARTICLE_COLUMNS = (
    "id", "date", "date_source", "date_precision", "published", "title", "text", "url", "source",
    "language", "origin", "extra", "content_hash", "duplicate_of", "similarity", "version",
    "ingested_at", "updated_at",
)
_ARTICLE_SELECT = ", ".join(ARTICLE_COLUMNS)
_HEADLINE = "StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=\" … \""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def postgres_url(target: object) -> str | None:
    """``target`` as a ``postgresql://`` URL when it names a PostgreSQL database, else None.

    Accepts strings and :class:`pathlib.Path` objects (a URL that went through ``Path`` has lost
    one slash: ``postgresql:/user@host/db``; it is given back).
    """
    s = str(target)
    m = re.match(r"(postgres(?:ql)?):/+", s)
    if m is None:
        return None
    return "postgresql://" + s[m.end():]


def is_postgres_url(target: object) -> bool:
    """Whether ``target`` names a PostgreSQL database (``postgresql://...`` or ``postgres://...``)."""
    return postgres_url(target) is not None


def redact(url: str) -> str:
    """The URL without its password (for messages and ``stats()``)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def migrations() -> list[tuple[int, str, str]]:
    """The PostgreSQL schema migrations shipped with dateline: (version, name, SQL), in order."""
    return load_migrations("pg_migrations")


class Row(tuple):
    """A result row read like :class:`sqlite3.Row`: by position, by column name, or as ``dict(row)``."""

    _keys: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            try:
                return tuple.__getitem__(self, self._keys.index(key))
            except ValueError:
                raise IndexError(f"no column {key!r}") from None
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._keys)


@functools.lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"_keys": names, "__slots__": ()})


def _row_factory(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    cls = _row_class(tuple(c.name for c in cursor.description or ()))
    return lambda values: cls(values)


_QMARK_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%|\bLIKE\b", re.IGNORECASE)


def qmark_to_pyformat(sql: str) -> str:
    """SQLite-style SQL (``?`` parameters, case-insensitive ``LIKE``) as psycopg SQL.

    Quoted literals and identifiers are left alone; ``?`` becomes ``%s``, a literal ``%`` is
    doubled and ``LIKE`` becomes ``ILIKE`` (SQLite's LIKE ignores ASCII case, PostgreSQL's does not).
    """

    def sub(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok == "?":
            return "%s"
        if tok == "%":
            return "%%"
        if tok.upper() == "LIKE":
            return "ILIKE"
        return tok.replace("%", "%%") if tok.startswith("'") else tok

    return _QMARK_TOKENS.sub(sub, sql)


class QmarkConnection:
    """The bit of the :class:`sqlite3.Connection` interface that readers of ``store.conn`` use.

    Lets code written for the SQLite store (``store.conn.execute("... WHERE id = ?", args)``)
    run unchanged on PostgreSQL for portable SQL; see :func:`qmark_to_pyformat`.
    """

    def __init__(self, conn: Any) -> None:
        self.raw = conn

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        cur = self.raw.cursor(row_factory=_row_factory)
        return cur.execute(qmark_to_pyformat(sql), tuple(args))

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Any:
        cur = self.raw.cursor(row_factory=_row_factory)
        cur.executemany(qmark_to_pyformat(sql), [tuple(a) for a in seq])
        return cur

    def close(self) -> None:
        self.raw.close()


@dataclass(slots=True)
class _Prepared:
    """An article with what ingest computes before touching the database."""

    article: Article
    chash: str
    sig: np.ndarray | None
    keys: list[tuple[int, int]]


def _prepare(a: Article) -> _Prepared:
    sig = dedup.signature(f"{a.title}\n{a.text}")
    return _Prepared(a, content_hash(a.title, a.text), sig, dedup.band_hashes(sig) if sig is not None else [])


class PostgresStore(SharedQueries):
    """A dateline database in PostgreSQL (in the connection's current schema)."""

    def __init__(self, url: str, *, readonly: bool = False, connect_timeout: int = 10) -> None:
        if psycopg is None:
            raise StoreError("PostgreSQL support needs psycopg: pip install 'dateline[postgres]'")
        self.url = url
        self.path = redact(url)  # what messages and stats() show, like the SQLite store's path
        self.readonly = readonly
        try:
            self._pg = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self.path}: {str(exc).strip()}") from exc
        try:
            if readonly:
                self._pg.execute("SET default_transaction_read_only = on")
            self._schema = self._pg.execute("SELECT current_schema()").fetchone()[0]
            if self._schema is None:
                raise StoreError(f"{self.path}: the search_path names no existing schema")
            self._check_and_migrate(readonly)
        except BaseException:
            self._pg.close()
            raise
        self.conn = QmarkConnection(self._pg)

    # -- plumbing -------------------------------------------------------------------------------

    def _q(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self._pg.cursor(row_factory=_row_factory).execute(sql, tuple(args))

    def _lock_key(self) -> Any:
        return self._pg.execute("SELECT hashtext(current_schema())").fetchone()[0]

    # -- schema ---------------------------------------------------------------------------------

    def _tables(self) -> set[str]:
        rows = self._q(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
        return {r[0] for r in rows}

    def _check_and_migrate(self, readonly: bool) -> None:
        tables = self._tables()
        if tables and "schema_migrations" not in tables:
            raise StoreError(f"{self.path} (schema {self._schema}) holds tables but is not a dateline database")
        if readonly and not tables:
            raise StoreError(f"no dateline database at {self.path}: ingest some articles first (dateline ingest ...)")
        known = migrations()
        newest = max(v for v, _, _ in known)
        if readonly:
            applied = self._applied()
            if applied and max(applied) > newest:
                raise StoreError(self._newer(max(applied), newest))
            if any(v not in applied for v, _, _ in known):
                raise StoreError(f"{self.path} needs a schema upgrade: open it once without read-only mode")
            return
        key = self._lock_key()
        self._pg.execute("SELECT pg_advisory_lock(%s, %s)", (_MIGRATE_LOCK, key))
        try:  # one process migrates; the others wait, then find nothing to do
            with self._pg.transaction():
                self._pg.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations "
                    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
            applied = self._applied()
            if applied and max(applied) > newest:
                raise StoreError(self._newer(max(applied), newest))
            for version, name, sql in known:
                if version in applied:
                    continue
                with self._pg.transaction():
                    self._pg.execute(sql)  # type: ignore[call-overload]  # our own SQL file, no parameters
                    self._pg.execute(
                        "INSERT INTO schema_migrations VALUES (%s, %s, %s)", (version, name, _now())
                    )
        finally:
            self._pg.execute("SELECT pg_advisory_unlock(%s, %s)", (_MIGRATE_LOCK, key))

    def _applied(self) -> set[int]:
        if "schema_migrations" not in self._tables():
            return set()
        return {r[0] for r in self._q("SELECT version FROM schema_migrations")}

    def _newer(self, have: int, newest: int) -> str:
        return (f"{self.path} was written by a newer dateline (schema {have}, this one knows {newest}): "
                "upgrade dateline")

    @property
    def schema_version(self) -> int:
        return self._q("SELECT max(version) FROM schema_migrations").fetchone()[0]

    def close(self) -> None:
        self._pg.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ---------------------------------------------------------------------------------

    def add(self, article: Article) -> AddResult:
        """Store one article (idempotent) and commit."""
        return self._write_batch([_prepare(article)])[0]

    def add_many(
        self,
        articles: Iterable[Article],
        *,
        batch: int = 200,
        on_result: Callable[[Article, AddResult], None] | None = None,
    ) -> list[AddResult]:
        """Store many articles, committing every ``batch`` of them (``on_result`` runs after each commit).

        If reading ``articles`` fails, the batches committed before stay and the open one is dropped.
        """
        results: list[AddResult] = []
        pending: list[_Prepared] = []

        def flush() -> None:
            done = self._write_batch(pending)
            results.extend(done)
            if on_result:
                for p, res in zip(pending, done, strict=True):
                    on_result(p.article, res)
            pending.clear()

        for article in articles:
            pending.append(_prepare(article))
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
        return results

    def _write_batch(self, batch: list[_Prepared]) -> list[AddResult]:
        """Write prepared articles in one transaction, retried when PostgreSQL aborts it to break a deadlock."""
        for attempt in range(_RETRIES):
            try:
                with self._pg.transaction():
                    self._pg.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))",
                                     (_INGEST_LOCK,))
                    return [self._add(p) for p in batch]
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure):
                if attempt == _RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def _add(self, p: _Prepared) -> AddResult:
        a, chash, now = p.article, p.chash, _now()
        values = (a.dct, a.date_source, a.date_precision, a.published, a.title, a.text, a.url, a.source,
                  a.language, a.origin, to_json(a.extra))
        inserted = self._q(
            "INSERT INTO articles (id, date, date_source, date_precision, published, title, text, url, "
            "source, language, origin, extra, content_hash, ingested_at, updated_at) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (id) DO NOTHING RETURNING rowid",
            (a.id, *values, chash, now, now),
        ).fetchone()
        if inserted is not None:
            dup, sim = self._index_similarity(inserted[0], p)
            return AddResult(a.id, "duplicate" if dup else "new", dup, sim)
        row = self._q(
            "SELECT rowid, content_hash, version, title, text FROM articles WHERE id = %s FOR UPDATE", (a.id,)
        ).fetchone()
        if row["content_hash"] == chash:
            return AddResult(a.id, "unchanged")
        self._q(
            "INSERT INTO article_versions VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (article_id, version) "
            "DO UPDATE SET title = excluded.title, text = excluded.text, content_hash = excluded.content_hash, "
            "replaced_at = excluded.replaced_at",
            (a.id, row["version"], row["title"], row["text"], row["content_hash"], now),
        )
        self._q(
            "UPDATE articles SET date=%s, date_source=%s, date_precision=%s, published=%s, title=%s, text=%s, "
            "url=%s, source=%s, language=%s, origin=%s, extra=%s, content_hash=%s, version=version+1, "
            "updated_at=%s, duplicate_of=NULL, similarity=NULL WHERE rowid=%s",
            (*values, chash, now, row["rowid"]),
        )
        self._drop_analysis(a.id)
        self._q("DELETE FROM minhash_bands WHERE article_rowid = %s", (row["rowid"],))
        self._q("DELETE FROM minhash_signatures WHERE article_rowid = %s", (row["rowid"],))
        dup, sim = self._index_similarity(row["rowid"], p)
        return AddResult(a.id, "updated", dup, sim)

    def _index_similarity(self, rowid: int, p: _Prepared) -> tuple[str | None, float | None]:
        """Index the article's MinHash and link it to the original it copies, if any."""
        a = p.article
        dup: str | None = None
        sim: float | None = None
        exact = self._q(
            "SELECT id, duplicate_of FROM articles WHERE content_hash = %s AND rowid != %s "
            "AND coalesce(duplicate_of, '') != %s ORDER BY rowid LIMIT 1",
            (p.chash, rowid, a.id),
        ).fetchone()
        if exact is not None:
            dup, sim = exact["duplicate_of"] or exact["id"], 1.0
        if p.sig is not None:
            if dup is None:
                cands = self._q(
                    "SELECT DISTINCT s.article_rowid, s.signature, a.id, a.duplicate_of "
                    "FROM minhash_bands b JOIN minhash_signatures s ON s.article_rowid = b.article_rowid "
                    "JOIN articles a ON a.rowid = s.article_rowid "
                    "WHERE (b.band, b.hash) IN (SELECT * FROM unnest(%s::int[], %s::bigint[])) "
                    "ORDER BY s.article_rowid",
                    ([b for b, _ in p.keys], [h for _, h in p.keys]),
                ).fetchall()
                best: tuple[float, str, str | None] | None = None
                for _, blob, cid, cdup in cands:
                    if a.id in (cid, cdup):
                        continue  # a copy of this very article is not its original
                    s = dedup.similarity(p.sig, dedup.from_blob(bytes(blob)))
                    if s >= dedup.THRESHOLD and (best is None or s > best[0]):
                        best = (s, cid, cdup)
                if best is not None:
                    dup, sim = best[2] or best[1], round(best[0], 3)
            self._q("INSERT INTO minhash_signatures VALUES (%s, %s)", (rowid, dedup.to_blob(p.sig)))
            self._q(
                "INSERT INTO minhash_bands SELECT b, h, %s FROM unnest(%s::int[], %s::bigint[]) AS k(b, h) "
                "ON CONFLICT DO NOTHING",
                (rowid, [b for b, _ in p.keys], [h for _, h in p.keys]),
            )
        if dup is not None:
            self._q("UPDATE articles SET duplicate_of = %s, similarity = %s WHERE rowid = %s", (dup, sim, rowid))
        return dup, sim

    # -- reading articles -----------------------------------------------------------------------

    def get(self, article_id: str) -> dict[str, Any] | None:
        """One article by id (or by a unique prefix of its id), with its earlier versions."""
        row = self._q(f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id = %s", (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:
            rows = self._q(
                f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id LIKE %s ESCAPE '\\' LIMIT 2",
                (escape_like(article_id) + "%",),
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None:
            return None
        d = _article_row(row)
        d["versions"] = [
            dict(r) for r in self._q(
                "SELECT version, title, content_hash, replaced_at FROM article_versions WHERE article_id = %s "
                "ORDER BY version", (d["id"],)
            )
        ]
        d["copies"] = [
            r[0] for r in self._q("SELECT id FROM articles WHERE duplicate_of = %s ORDER BY rowid", (d["id"],))
        ]
        return d

    def iter_articles(self, ids: Sequence[str] | None = None, *, chunk: int = 500) -> Iterator[Article]:
        """Articles as :class:`Article` objects (all, or the given ids), read ``chunk`` at a time."""
        if ids is None:
            last = 0
            while True:
                rows = self._q(
                    f"SELECT rowid, {_ARTICLE_SELECT} FROM articles WHERE rowid > %s ORDER BY rowid LIMIT %s",
                    (last, chunk),
                ).fetchall()
                if not rows:
                    return
                for r in rows:
                    yield article_from_row(r)
                last = rows[-1]["rowid"]
        ids = list(ids)
        for i in range(0, len(ids), chunk):
            part = ids[i : i + chunk]
            found = {
                r["id"]: r
                for r in self._q(f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id = ANY(%s)", (part,))
            }
            for aid in part:
                if aid in found:
                    yield article_from_row(found[aid])

    def search(
        self, query: str, *, limit: int = 20, date_from: str | None = None, date_to: str | None = None
    ) -> list[dict[str, Any]]:
        """Full-text search over titles and texts, best matches first, with a snippet.

        ``query`` is read by ``websearch_to_tsquery`` (words, "quoted phrases", ``or``, ``-word``),
        which accepts any input. ``score`` is the negated ``ts_rank_cd``: lower is better, as with
        SQLite's bm25.
        """
        where, args = date_filter("a.date", date_from, date_to, "%s")
        sql = (
            "WITH q AS (SELECT websearch_to_tsquery('english', %s) AS q), hits AS ("
            "SELECT a.rowid, a.id, a.date, a.title, a.url, a.source, a.duplicate_of, a.text, "
            "ts_rank_cd(a.fts, q.q) AS rank FROM articles a, q WHERE a.fts @@ q.q"
            + "".join(f" AND {w}" for w in where)
            + " ORDER BY rank DESC, a.rowid LIMIT %s) "
            "SELECT id, date, title, url, source, duplicate_of, "
            "ts_headline('english', text, q.q, %s) AS snippet, -rank AS score "
            "FROM hits, q ORDER BY rank DESC, rowid"
        )
        return [dict(r) for r in self._q(sql, (query, *args, limit, _HEADLINE))]

    def stats(self) -> dict[str, Any]:
        """Counts of what the store holds."""

        def one(sql: str) -> Any:
            return self._q(sql).fetchone()

        out: dict[str, Any] = {
            "database": self.path,
            "schema_version": self.schema_version,
            "articles": one("SELECT count(*) FROM articles")[0],
            "originals": one("SELECT count(*) FROM articles WHERE duplicate_of IS NULL")[0],
            "duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")[0],
            "updated_articles": one("SELECT count(DISTINCT article_id) FROM article_versions")[0],
            "sources": one("SELECT count(DISTINCT source) FROM articles")[0],
        }
        lo, hi = one("SELECT min(date), max(date) FROM articles")
        out["first_date"], out["last_date"] = lo, hi
        for table in ("analyses", "timexes", "entities", "entity_mentions", "places", "quotes", "event_mentions"):
            out[table] = one(f"SELECT count(*) FROM {table}")[0]
        out["stories"] = one("SELECT count(DISTINCT story) FROM article_stories")[0]
        return out

    # -- analysis layers ------------------------------------------------------------------------

    def _drop_analysis(self, article_id: str) -> None:
        for table in ("timexes", "entity_mentions", "places", "quotes", "event_mentions", "analyses"):
            self._q(f"DELETE FROM {table} WHERE article_id = %s", (article_id,))

    def unanalyzed(self, engine: str | None = None) -> list[str]:
        """Ids of articles whose layers are missing or stale (content changed, or another engine)."""
        sql = (
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
            "WHERE n.article_id IS NULL OR n.content_hash != a.content_hash"
        )
        args: tuple[Any, ...] = ()
        if engine:
            sql += " OR n.engine != %s"
            args = (engine,)
        return [r[0] for r in self._q(sql + " ORDER BY a.rowid", args)]

    def save_analysis(self, analysis: dict[str, Any], engine: str) -> None:
        """Store one article's layers (replacing earlier ones) in one transaction.

        ``analysis`` is what :func:`dateline.analysis.analyze` returns as a dict: the article
        and lists of timexes, entity mentions, entities, places, quotes and events.
        """
        aid = analysis["article"]["id"]
        with self._pg.transaction():
            # The row lock keeps the article from changing until the layers computed from it are in,
            # and makes two writers saving layers of one article take turns (each replaces the other's).
            row = self._q("SELECT content_hash FROM articles WHERE id = %s FOR NO KEY UPDATE", (aid,)).fetchone()
            if row is None:
                raise StoreError(f"article {aid} is not in the store")
            self._drop_analysis(aid)
            cur = self._pg.cursor()
            cur.executemany(
                'INSERT INTO timexes VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)',
                [(aid, t["field"], t["start"], t["end"], t["text"], t["type"], t["value"],
                  (t.get("interval") or [None, None])[0], (t.get("interval") or [None, None])[1], t.get("rule"))
                 for t in analysis.get("timexes", [])],
            )
            # Sorted by key, so two writers lock shared entity rows in the same order (no deadlock).
            entities = sorted(analysis.get("entities", []), key=lambda e: e["key"])
            cur.executemany(
                "INSERT INTO entities (key, name, label, mentions, roles) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (key) DO UPDATE SET "
                "name = CASE WHEN length(excluded.name) > length(entities.name) THEN excluded.name "
                "ELSE entities.name END, "
                "roles = CASE WHEN excluded.roles IS NOT NULL AND excluded.roles != '[]' THEN "
                "excluded.roles ELSE entities.roles END",
                [(e["key"], e["name"], e["label"], e.get("mentions", 1), to_json(e.get("roles") or []))
                 for e in entities],
            )
            cur.executemany(
                "INSERT INTO entity_mentions VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                [(aid, m["field"], m["start"], m["end"], m["text"], m["label"], m.get("key"), m.get("role"))
                 for m in analysis.get("entity_mentions", [])],
            )
            cur.executemany(
                "INSERT INTO places VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(aid, p["field"], p["start"], p["end"], p["text"], p.get("name"), p.get("kind"),
                  to_str(p.get("geonameid") or p.get("id")), p.get("country_code"), p.get("country"),
                  p.get("admin1"), p.get("lat"), p.get("lon"), p.get("confidence"))
                 for p in analysis.get("places", [])],
            )
            cur.executemany(
                "INSERT INTO quotes VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(aid, q["field"], q["content"][0], q["content"][1], q["content_text"], q["kind"],
                  *(q["speaker"] or [None, None]), q.get("speaker_text"), q.get("speaker_name"),
                  q.get("entity_key"), *(q["cue"] or [None, None]), q.get("cue_text"))
                 for q in analysis.get("quotes", [])],
            )
            cur.executemany(
                "INSERT INTO event_mentions VALUES "
                "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(aid, ev["field"], ev["start"], ev["end"], ev["trigger"], ev["lemma"], ev["sentence_start"],
                  ev["sentence_end"], ev["status"], ev.get("type"), ev.get("date"), ev.get("date_start"),
                  ev.get("date_end"), ev["anchor"], (ev.get("place") or {}).get("name"), to_json(ev))
                 for ev in analysis.get("events", [])],
            )
            cur.executemany(  # counts come from the mentions, so re-analysing never doubles them
                "UPDATE entities SET mentions = (SELECT count(*) FROM entity_mentions WHERE entity_key = %s) "
                "WHERE key = %s", [(e["key"], e["key"]) for e in entities],
            )
            self._q("INSERT INTO analyses VALUES (%s, %s, %s, %s)", (aid, row[0], engine, _now()))

    def save_stories(self, stories: dict[str, str]) -> None:
        """Replace the grouping of articles into stories (``{article id: story id}``)."""
        with self._pg.transaction():
            # Two writers replacing the grouping at once take turns: the last one wins whole.
            self._pg.execute("LOCK TABLE article_stories IN SHARE ROW EXCLUSIVE MODE")
            self._q("DELETE FROM article_stories")
            self._pg.cursor().executemany(
                "INSERT INTO article_stories VALUES (%s, %s)", sorted(stories.items())
            )

    def link_entities(self) -> int:
        """Link entity keys that name one entity across articles; returns how many are linked."""
        from .links import ALIAS_ROWS, ENTITY_ROWS, entity_links

        updates = entity_links(self.conn.execute(ENTITY_ROWS).fetchall(), self.conn.execute(ALIAS_ROWS).fetchall())
        with self._pg.transaction():
            self._pg.cursor().executemany("UPDATE entities SET canonical = %s WHERE key = %s", updates)
        return sum(1 for target, _ in updates if target)


def open_postgres(url: str | os.PathLike[str], *, readonly: bool = False) -> PostgresStore:
    """Open (creating and migrating when needed) the dateline database at a ``postgresql://`` URL."""
    fixed = postgres_url(url)
    if fixed is None:
        raise StoreError(f"{url} is not a postgresql:// URL")
    return PostgresStore(fixed, readonly=readonly)


def article_from_row(r: Any) -> Article:
    return Article(
        date=dt.date.fromisoformat(r["date"]), title=r["title"], text=r["text"], url=r["url"],
        source=r["source"], language=r["language"], date_source=r["date_source"],
        date_precision=r["date_precision"], published=r["published"], id=r["id"], origin=r["origin"],
        extra=json.loads(r["extra"]) if r["extra"] else {},
    )


def _article_row(row: Any) -> dict[str, Any]:
    d = dict(row)
    d.pop("rowid", None)
    d["extra"] = json.loads(d["extra"]) if d.get("extra") else {}
    return d
