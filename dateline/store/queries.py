"""Reads both stores answer with the same SQL.

The SQLite store's ``conn`` is an :class:`sqlite3.Connection`; the PostgreSQL store's ``conn``
takes the same SQLite-style SQL (``?`` parameters, case-insensitive ``LIKE``) and translates it.
What is written once here therefore runs on either.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .common import date_filter, escape_like

LAYERS = ("timexes", "entity_mentions", "places", "quotes", "event_mentions")


class SharedQueries:
    """Read methods of a dateline store, over ``self.conn`` (see the module docstring)."""

    conn: Any

    def articles(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        include_duplicates: bool = True,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Articles by date (oldest first), without their texts."""
        where, args = date_filter("date", date_from, date_to)
        if not include_duplicates:
            where.append("duplicate_of IS NULL")
        sql = (
            "SELECT id, date, title, url, source, duplicate_of, similarity, length(text) AS chars FROM articles"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY date, rowid"
        )
        if limit:
            sql += " LIMIT ?"
            args.append(int(limit))
        return [dict(r) for r in self.conn.execute(sql, args)]

    def counts_by_date(self) -> list[tuple[str, int, int]]:
        """(date, articles, of which duplicates) for every publication date."""
        return [
            (r[0], r[1], r[2]) for r in self.conn.execute(
                "SELECT date, count(*), count(duplicate_of) FROM articles GROUP BY date ORDER BY date"
            )
        ]

    def event_mentions(
        self, *, date_from: str | None = None, date_to: str | None = None, article_ids: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """Stored event mentions as dicts (``EventMention.to_dict`` form), optionally by event date."""
        where: list[str] = []
        args: list[Any] = []
        if date_from:
            where.append("(date_end IS NULL OR date_end >= ?)")
            args.append(date_from)
        if date_to:
            where.append("(date_start IS NULL OR date_start <= ?)")
            args.append(date_to)
        if article_ids is not None:
            if not article_ids:
                return []
            where.append(f"article_id IN ({','.join('?' * len(article_ids))})")
            args.extend(article_ids)
        sql = "SELECT data FROM event_mentions" + (" WHERE " + " AND ".join(where) if where else "")
        return [json.loads(r[0]) for r in self.conn.execute(sql, args)]

    def stories(self) -> dict[str, str]:
        """``{article id: story id}`` as last computed (empty before the first analysis)."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT article_id, story FROM article_stories")}

    def quotes_by(self, speaker: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """What someone said, newest first: quotes whose speaker (mention, name, entity or the
        entity it is another name of) matches ``speaker``, ignoring case."""
        like = f"%{escape_like(speaker)}%"
        rows = self.conn.execute(
            "SELECT q.*, a.date, a.title, a.source, a.url FROM quotes q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN entities e ON e.key = q.entity_key LEFT JOIN entities c ON c.key = e.canonical "
            "WHERE q.speaker_name LIKE ? ESCAPE '\\' OR q.speaker_text LIKE ? ESCAPE '\\' "
            "OR e.name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' "
            "ORDER BY a.date DESC, q.article_id, q.start LIMIT ?",
            (like, like, like, like, limit),
        )
        return [dict(r) for r in rows]

    def layer(self, table: str, article_id: str) -> list[dict[str, Any]]:
        """The rows of one layer table for one article, in text order."""
        if table not in LAYERS:
            raise ValueError(f"unknown layer {table!r}")
        rows = self.conn.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY field DESC, start",
                                 (article_id,))
        return [dict(r) for r in rows]
