"""TimeML files (TempEval-3): the DCT is the date, TEXT the text (every character kept)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ..model import Article, ArticleError, parse_date
from ..time.timeml import TimeMLError, parse_timeml
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


def _element(content: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", content, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip() if m else ""


def read_timeml(source: Source, options: ReadOptions | None = None,
                name: str | None = None) -> Iterator[ReadResult]:
    """Read one TimeML document (TempEval-3 style).

    The TIMEX3 value inside ``<DCT>`` is the date (date_source "timeml"); the content of
    ``<TEXT>`` with its tags removed is the text, character for character, so that offsets
    match the TimeML annotations; ``<DOCID>`` is the id, ``<TITLE>`` the title when present.
    """
    opts = options or ReadOptions()
    try:
        content, origin, warning = load_text(source, name, opts.max_record_bytes)
    except ReaderError as exc:
        yield rejection(exc, source, name)
        return
    try:
        doc = parse_timeml(content, name=origin)
    except TimeMLError as exc:
        msg = str(exc)
        if msg.startswith(origin + ": "):
            msg = msg[len(origin) + 2:]
        if "<TEXT>" in content and "</TEXT>" not in content:
            msg = "the <TEXT> element is not closed"
        if "creation time" in msg and opts.date is not None:
            fallback = f'<DCT><TIMEX3 value="{opts.date.isoformat()}"/></DCT>'
            try:
                doc = parse_timeml(fallback + content, name=origin)
            except TimeMLError:
                yield Rejected(origin, f"not readable as TimeML: {msg}")
                return
            date_source = "given"
        else:
            yield Rejected(origin, f"no date: {msg}" if "creation time" in msg
                           else f"not readable as TimeML: {msg}")
            return
    else:
        date_source = "timeml"
    try:
        date, stamp, precision = parse_date(doc.dct)
    except ArticleError as exc:
        yield Rejected(origin, f"bad date in <DCT>: {exc}")
        return
    try:
        article = Article(date=date, title=_element(content, "TITLE"), text=doc.text,
                          source=opts.source, date_source=date_source, date_precision=precision,
                          published=stamp, id=_element(content, "DOCID"), origin=origin)
    except ArticleError as exc:
        yield Rejected(origin, str(exc))
        return
    yield with_warning(article, warning)
