"""Plain-text articles: the seed format (``date YYYY-MM-DD 'headline'``) and dated .txt files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..model import Article, ArticleError, parse_date
from .base import (
    ReaderError,
    ReadOptions,
    ReadResult,
    Rejected,
    Source,
    load_text,
    rejection,
    stamp_from_filename,
    with_warning,
)
from .detect import SEED_LINE

# A first line this short, without a sentence end, followed by a blank line, is a headline.
TITLE_MAX_CHARS = 200
_SENTENCE_END = re.compile(r"""[.!?:;,"'”’)]\s*$""")


def _split_seed(text: str) -> tuple[re.Match[str], str] | None:
    first, _, body = text.lstrip("\ufeff").partition("\n")
    m = SEED_LINE.match(first)
    return (m, body) if m else None


def _body(text: str) -> str:
    """The body without the blank lines around it (inner text untouched)."""
    return re.sub(r"^\s*\n", "", text).rstrip()


def _seed_article(m: re.Match[str], body: str, origin: str) -> ReadResult:
    year, month, day = m["date"].split("-")
    try:
        date, _, precision = parse_date(f"{year}-{month:0>2}-{day:0>2}")
    except ArticleError as exc:
        return Rejected(origin, f"bad date in the first line: {exc}")
    title = m["title"] if m["title"] is not None else (m["bare"] or "")
    try:
        return Article(date=date, title=title, text=_body(body), date_source="given",
                       date_precision=precision, origin=origin)
    except ArticleError as exc:
        return Rejected(origin, str(exc))


def read_seed_text(source: Source, options: ReadOptions | None = None,
                   name: str | None = None) -> Iterator[ReadResult]:
    """Read one article in the seed format.

    The first line is ``date YYYY-MM-DD 'headline'`` (leading spaces allowed, the headline in
    single or double quotes and free to contain apostrophes); the rest is the body.
    """
    opts = options or ReadOptions()
    try:
        text, origin, warning = load_text(source, name, opts.max_record_bytes)
    except ReaderError as exc:
        yield rejection(exc, source, name)
        return
    found = _split_seed(text)
    if not found:
        first = text.lstrip().split("\n", 1)[0][:80]
        yield Rejected(origin, "the first line is not `date YYYY-MM-DD 'headline'` "
                               f"(it reads {first!r})")
        return
    yield with_warning(_seed_article(*found, origin), warning)


# A first line that ends in a dash is the story's dateline ("CNN —", "KYIV, Ukraine (AP) —"), no title.
_DATELINE = re.compile(r"[—–-]\s*$")


def _title_and_body(text: str) -> tuple[str, str]:
    """A short first line followed by a blank line is the title (unless it is a dateline such as
    "CNN —"); the rest is the body."""
    stripped = re.sub(r"^\s*\n", "", text)
    first, sep, rest = stripped.partition("\n")
    if (sep and rest.startswith(("\n", "\r\n")) and 0 < len(first.strip()) <= TITLE_MAX_CHARS
            and not _SENTENCE_END.search(first) and not _DATELINE.search(first)):
        return first.strip(), _body(rest)
    return "", _body(stripped)


def read_text(source: Source, options: ReadOptions | None = None,
              name: str | None = None) -> Iterator[ReadResult]:
    """Read one plain-text article.

    When the first line is in the seed format, it gives date and headline. Otherwise the
    date comes from the file name (``2022-09-29-story.txt``, ``20220125T090000Z_x.txt``:
    date_source "filename"), else from ``options.date``; with neither the file is rejected.
    A short first line followed by a blank line is taken as the headline.
    """
    opts = options or ReadOptions()
    try:
        text, origin, warning = load_text(source, name, opts.max_record_bytes)
    except ReaderError as exc:
        yield rejection(exc, source, name)
        return
    found = _split_seed(text)
    if found:
        yield with_warning(_seed_article(*found, origin), warning)
        return
    fname = Path(origin).name if not isinstance(source, bytes) else (name or "")
    from_name = stamp_from_filename(fname) if fname else None
    if from_name:
        (date, stamp), date_source = from_name, "filename"
    elif opts.date is not None:
        date, stamp, date_source = opts.date, None, "given"
    else:
        yield Rejected(origin, "no date: the text has no `date YYYY-MM-DD 'headline'` first line "
                               "and its file name holds no date; give one with --date")
        return
    title, body = _title_and_body(text)
    try:
        article = Article(date=date, title=title, text=body, source=opts.source,
                          date_source=date_source, date_precision="second" if stamp else "day",
                          published=stamp, origin=origin)
    except ArticleError as exc:
        yield Rejected(origin, str(exc))
        return
    yield with_warning(article, warning)

