"""Read what the web API shows from the store: pages of articles, entities, places, timelines.

Every function takes an open :class:`dateline.store.Store` and only reads from it (SQL
parameters only, never string-built values). :func:`timeline_from_store` is shared with the
``dateline timeline`` command:

    from dateline.api.data import timeline_from_store
    with open_store("dateline.db", readonly=True) as store:
        timeline = timeline_from_store(store, query="annexation", date_from="2022-09-01")
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from dateline.events.model import EventMention
from dateline.store import Store
from dateline.store.common import date_filter, escape_like
from dateline.timelines import ArticleInfo, Timeline, build_timeline
from dateline.timelines.events import gc_paused

log = logging.getLogger(__name__)

#: The analysis layers stored per article, in the order the article view lists them.
LAYERS = ("timexes", "entity_mentions", "places", "quotes", "event_mentions")

_MENTION_FIELDS = {f.name for f in dataclasses.fields(EventMention)}
_CHUNK = 500  # ids per "IN (...)" query, well under SQLite's parameter limit


def parse_day(value: str | None, name: str, end: bool = False) -> str | None:
    """``value`` as an ISO day (YYYY-MM-DD), or None when empty.

    A month (2014-03) or a year (2014) stands for its first day, or its last with ``end`` (a
    range "from 2014-03 to 2014-03" is the whole of March). Raises ``ValueError`` with a plain
    message naming the parameter ("from must be a date like 2022-09-29") when it is not a real date.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return f"{text}-12-31" if end else f"{text}-01-01"
        if re.fullmatch(r"\d{4}-\d\d", text):
            first = dt.date(int(text[:4]), int(text[5:]), 1)
            if not end:
                return first.isoformat()
            after = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return (after - dt.timedelta(days=1)).isoformat()
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{name} must be a date like 2022-09-29 (or a month like 2022-09, or a year), "
                         f"not {text[:40]!r}") from None


def article_page(
    store: Store, *, date_from: str | None = None, date_to: str | None = None, duplicates: bool = True,
    limit: int = 50, offset: int = 0,
) -> dict[str, Any]:
    """One page of articles by date (oldest first), without texts, and how many match in all."""
    where, args = date_filter("date", date_from, date_to)
    if not duplicates:
        where.append("duplicate_of IS NULL")
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    total = store.conn.execute("SELECT count(*) FROM articles" + cond, args).fetchone()[0]
    rows = store.conn.execute(
        "SELECT id, date, title, url, source, duplicate_of, similarity, length(text) AS chars FROM articles"
        + cond + " ORDER BY date, rowid LIMIT ? OFFSET ?", (*args, limit, offset),
    )
    return {"total": total, "offset": offset, "limit": limit, "articles": [dict(r) for r in rows]}


def article_with_layers(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article (by id or unique id prefix) and every stored layer of it, or None.

    Event mentions are given in their full form (``EventMention.to_dict``, with participants,
    sentence and time expression) rather than as the table's columns.
    """
    art = store.get(article_id)
    if art is None:
        return None
    out: dict[str, Any] = {"article": art}
    for table in LAYERS:
        rows = store.layer(table, art["id"])
        if table == "event_mentions":
            rows = [_event_row(r) for r in rows]
        out[table] = rows
    return out


def _event_row(row: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(row.get("data") or "{}")
    except json.JSONDecodeError:
        data = {}
    merged = {k: v for k, v in row.items() if k != "data"}
    merged.update(data if isinstance(data, dict) else {})
    return merged


def entity_list(store: Store, *, q: str | None = None, label: str | None = None, limit: int = 100
                ) -> list[dict[str, Any]]:
    """Entities of the store, most mentioned first, optionally by words of their name and label."""
    where: list[str] = []
    args: list[Any] = []
    if q and q.strip():
        like = f"%{escape_like(q.strip())}%"
        where.append("(e.name LIKE ? ESCAPE '\\' OR e.key LIKE ? ESCAPE '\\')")
        args += [like, like]
    if label and label.strip():
        where.append("e.label = ?")
        args.append(label.strip().upper())
    rows = store.conn.execute(
        "SELECT e.key, e.name, e.label, e.mentions, e.roles, e.canonical, "
        "(SELECT c.name FROM entities c WHERE c.key = e.canonical) AS canonical_name, "
        "(SELECT count(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_key = e.key) AS articles "
        "FROM entities e" + ((" WHERE " + " AND ".join(where)) if where else "")
        + " ORDER BY e.mentions DESC, e.name LIMIT ?", (*args, limit),
    )
    out = []
    for r in rows:
        d = dict(r)
        try:
            d["roles"] = json.loads(d["roles"]) if d["roles"] else []
        except json.JSONDecodeError:
            d["roles"] = []
        out.append(d)
    return out


def places_geojson(store: Store, *, date_from: str | None = None, date_to: str | None = None,
                   limit: int = 1000) -> dict[str, Any]:
    """Stored places with coordinates as a GeoJSON FeatureCollection, one Feature per place name.

    Each Feature's properties: name, kind, place_id, country, country_code, admin1, mentions
    (how many times the place is named) and articles (the ids of the articles naming it). Features
    come most mentioned first; the coordinates are those the place was most often resolved to.
    """
    where, args = date_filter("a.date", date_from, date_to)
    where += ["p.lat IS NOT NULL", "p.lon IS NOT NULL"]
    rows = store.conn.execute(
        "SELECT p.article_id, p.text, p.name, p.kind, p.place_id, p.country_code, p.country, p.admin1, "
        "p.lat, p.lon FROM places p JOIN articles a ON a.id = p.article_id WHERE " + " AND ".join(where)
        + " ORDER BY a.date, p.article_id, p.start", args,
    )
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        name = r["name"] or r["text"]
        g = groups.get(name)
        if g is None:
            g = groups[name] = {"name": name, "mentions": 0, "articles": [], "_seen": set(), "_coords": {}}
        g["mentions"] += 1
        if r["article_id"] not in g["_seen"]:
            g["_seen"].add(r["article_id"])
            g["articles"].append(r["article_id"])
        key = (round(r["lat"], 5), round(r["lon"], 5))
        c = g["_coords"].setdefault(key, {"n": 0, "row": r})
        c["n"] += 1
    features = []
    for g in sorted(groups.values(), key=lambda g: (-g["mentions"], g["name"]))[:limit]:
        best = max(g["_coords"].values(), key=lambda c: c["n"])["row"]
        props = {"name": g["name"], "kind": best["kind"], "place_id": best["place_id"],
                 "country": best["country"], "country_code": best["country_code"], "admin1": best["admin1"],
                 "mentions": g["mentions"], "articles": g["articles"]}
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [best["lon"], best["lat"]]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


def article_infos(store: Store, ids: Iterable[str]) -> dict[str, ArticleInfo]:
    """:class:`ArticleInfo` for the given article ids and for the originals they copy."""
    out: dict[str, ArticleInfo] = {}
    wanted = list(dict.fromkeys(ids))
    while wanted:
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            rows = store.conn.execute(
                "SELECT id, date, title, url, source, duplicate_of FROM articles "
                f"WHERE id IN ({','.join('?' * len(chunk))})", chunk,
            )
            for r in rows:
                out[r["id"]] = ArticleInfo(id=r["id"], date=r["date"], title=r["title"] or "", url=r["url"],
                                           source=r["source"], duplicate_of=r["duplicate_of"])
        wanted = [a.duplicate_of for a in out.values() if a.duplicate_of and a.duplicate_of not in out]
        wanted = list(dict.fromkeys(wanted))
    return out


def mention_from_dict(d: Mapping[str, Any]) -> EventMention | None:
    """An :class:`EventMention` from its stored dict, ignoring fields this version does not know."""
    try:
        return EventMention.from_dict({k: v for k, v in d.items() if k in _MENTION_FIELDS})
    except (TypeError, ValueError) as exc:
        log.warning("skipping an event mention that cannot be read: %s", exc)
        return None


def timeline_from_store(
    store: Store, *, query: str | None = None, entity: str | None = None, place: str | None = None,
    date_from: str | None = None, date_to: str | None = None, dates: int | None = None, per_date: int = 2,
    granularity: str = "day", stories: Mapping[str, str] | None = None, **options: Any,
) -> Timeline:
    """Build a timeline from the event mentions stored in ``store``.

    The filters are those of :func:`dateline.timelines.build_timeline` (topic words, entity,
    place, date range) plus ``dates`` (how many dates at most), ``per_date`` (sentences per
    date) and ``granularity`` ("day", "month" or "year": what each date is). ``stories`` maps
    article ids to story ids (``dateline.stories``) so that events of different stories are not
    merged; by default the grouping stored at ingest is used. Other keyword ``options`` go to
    ``build_timeline`` unchanged (``include_planned``, ``params``).
    """
    if stories is None:
        stories = store.stories()
    with gc_paused():  # tens of thousands of small objects: the collector would re-walk them all
        raw = store.event_mentions(date_from=date_from, date_to=date_to)
        mentions: Sequence[EventMention] = [m for m in map(mention_from_dict, raw) if m is not None]
        infos = article_infos(store, (m.article_id for m in mentions))
        if stories:
            for aid, info in infos.items():
                info.story = stories.get(aid)
        return build_timeline(mentions, infos, query=query or None, entity=entity or None, place=place or None,
                              date_from=date_from, date_to=date_to, dates=dates, per_date=per_date,
                              granularity=granularity, **options)
