"""RSS and Atom feeds (feedparser): one article per entry, dated by the feed."""

from __future__ import annotations

import datetime as dt
import email.utils
import time
from collections.abc import Iterator
from typing import Any

from ..model import Article, ArticleError, parse_date
from .base import (
    ReaderError,
    ReadOptions,
    ReadResult,
    Rejected,
    Source,
    load,
    looks_binary,
    rejection,
    with_warning,
)
from .htmltext import html_to_text


def _entry_date(entry: Any) -> tuple[dt.date, str | None, str] | str | None:
    """``(date, stamp, precision)`` from the entry's published (else updated) date.

    The date is the one written in the feed (the publisher's local day), not its UTC day.
    Returns a message for a date that is present but unreadable, None when there is none.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_date(raw)  # ISO 8601 (Atom)
        except ArticleError:
            pass
        try:
            stamp = email.utils.parsedate_to_datetime(raw)  # RFC 822 (RSS)
            return stamp.date(), stamp.isoformat(), "second" if stamp.second else "minute"
        except (TypeError, ValueError, IndexError):
            pass
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed:
            stamp = dt.datetime(*parsed[:6], tzinfo=dt.UTC)
            return stamp.date(), stamp.isoformat().replace("+00:00", "Z"), "second"
        return f"bad date: {raw!r} is not a date"
    return None


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    for part in sorted(contents, key=lambda c: "html" not in str(c.get("type", ""))):
        if part.get("value"):
            return html_to_text(part["value"])
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def read_feed(source: Source, options: ReadOptions | None = None,
              name: str | None = None) -> Iterator[ReadResult]:
    """Read an RSS or Atom feed: each entry's content (else summary) as plain text, its
    published (else updated) date (date_source "feed"), its link as URL and the feed's title
    as source (``options.source`` when the feed has none).

    An entry without a date is rejected (origin ``feed.xml#entry N``) unless ``options.date``
    gives a fallback.
    """
    import feedparser

    opts = options or ReadOptions()
    try:
        data, origin = load(source, name, opts.max_record_bytes * 10)
    except ReaderError as exc:
        yield rejection(exc, source, name)
        return
    if not data.strip():
        yield Rejected(origin, "the file is empty")
        return
    if looks_binary(data):
        yield Rejected(origin, "this is a binary file, not a feed")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo") and not parsed.get("version"):
            why = parsed.get("bozo_exception")
            yield Rejected(origin, f"not a readable RSS or Atom feed ({why})")
        else:
            yield Rejected(origin, "the feed has no entries")
        return
    warning = None
    if parsed.get("bozo"):
        warning = f"{origin}: the feed is not well-formed ({parsed.get('bozo_exception')}); read what could be read"
    feed_title = html_to_text(parsed.feed.get("title") or "") or None
    for i, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#entry {i}"
        found = _entry_date(entry)
        if isinstance(found, str):
            yield Rejected(where, found)
            continue
        if found is None:
            if opts.date is None:
                yield Rejected(where, "no date: the feed entry has no published or updated date "
                                      "(give a fallback with --date)")
                continue
            date, stamp, precision, date_source = opts.date, None, "day", "given"
        else:
            (date, stamp, precision), date_source = found, "feed"
        extra = {"guid": entry["id"]} if entry.get("id") else {}
        try:
            article = Article(date=date, title=html_to_text(entry.get("title") or ""),
                              text=_entry_text(entry), url=entry.get("link") or None,
                              source=feed_title or opts.source, date_source=date_source,
                              date_precision=precision, published=stamp, origin=where, extra=extra)
        except ArticleError as exc:
            yield Rejected(where, str(exc))
            continue
        yield with_warning(article, warning)
