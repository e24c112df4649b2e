"""Web pages: the main text, title and publication date of an article page (trafilatura)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import Any

from ..model import Article, ArticleError, parse_date
from .base import (
    ReaderError,
    ReadOptions,
    ReadResult,
    Rejected,
    Source,
    load_text,
    rejection,
    with_warning,
)
from .htmltext import html_to_text

log = logging.getLogger(__name__)

# Only the page's metadata (meta tags, JSON-LD, time elements, URL): no guessing from the text.
DATE_PARAMS = {"original_date": True, "extensive_search": False}


def _extract(page: str, url: str | None) -> dict[str, Any]:
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                              date_extraction_params=DATE_PARAMS)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken pages
        log.debug("trafilatura failed: %s", exc)
        return {}
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


_PUBLISHED_META = re.compile(
    r"""<meta\s[^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""og:published_time|pubdate|publish-date|dc\.date\.issued)["'][^>]*>""", re.I)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)


def _published_stamp(page: str, date: dt.date) -> str | None:
    """The full publication time from a meta tag, when it agrees with the extracted date."""
    for m in _PUBLISHED_META.finditer(page[:200_000]):
        content = _CONTENT.search(m.group(0))
        if not content:
            continue
        try:
            day, stamp, _ = parse_date(content.group(1))
        except ArticleError:
            continue
        if day == date and stamp:
            return stamp
    return None


def _paragraphs(text: str, title: str) -> str:
    """trafilatura's text with the repeated headline dropped and paragraphs spaced by a blank line."""
    lines = [line.strip() for line in text.split("\n")]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(line for line in lines if line)


def read_html(source: Source, options: ReadOptions | None = None, name: str | None = None,
              url: str | None = None) -> Iterator[ReadResult]:
    """Read one article page: main text, title, URL and date from the page's metadata.

    The date comes from the page (meta tags, JSON-LD, ``<time>``; date_source "metadata");
    a page without one is rejected unless ``options.date`` is given. The page text is never
    searched for a date, and "today" is never used.
    """
    opts = options or ReadOptions()
    try:
        page, origin, warning = load_text(source, name, opts.max_record_bytes)
    except ReaderError as exc:
        yield rejection(exc, source, name)
        return
    if "<" not in page:
        yield Rejected(origin, "this is not HTML (no tags)")
        return
    meta = _extract(page, url)
    title = str(meta.get("title") or "")
    text = _paragraphs(str(meta.get("text") or ""), title)
    if not text:
        # trafilatura found no main text (a short or odd page): fall back to all visible text.
        body = re.search(r"(?is)<body[^>]*>(.*)", page)
        text = html_to_text(body.group(1) if body else page)
    raw_date = meta.get("date")
    if raw_date:
        try:
            date, stamp, precision = parse_date(raw_date)
        except ArticleError as exc:
            yield Rejected(origin, f"bad date in the page metadata: {exc}")
            return
        date_source = "metadata"
        stamp = stamp or _published_stamp(page, date)
        if stamp:
            precision = parse_date(stamp)[2]
    elif opts.date is not None:
        date, stamp, precision, date_source = opts.date, None, "day", "given"
    else:
        yield Rejected(origin, "no date: the page metadata has no publication date "
                               "(give one with --date)")
        return
    try:
        article = Article(date=date, title=title, text=text, url=meta.get("url") or url,
                          source=meta.get("sitename") or opts.source, date_source=date_source,
                          date_precision=precision, published=stamp, origin=origin)
    except ArticleError as exc:
        yield Rejected(origin, str(exc))
        return
    yield with_warning(article, warning)
