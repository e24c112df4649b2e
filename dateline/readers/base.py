"""What every reader shares: results, rejections, decoding and field mapping."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Article, ArticleError, parse_date

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Rejected:
    """A record that could not become an article, and why (in words a user understands)."""

    origin: str  # "file.jsonl:12", "page.html", "feed.xml#entry 3", "<stdin>:3"
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


ReadResult = Article | Rejected

#: What a reader reads: a path (``str`` or ``Path``) or the bytes themselves (standard input).
Source = str | Path | bytes

STDIN_NAME = "<stdin>"


class ReaderError(Exception):
    """An input that cannot be read at all (a path that does not exist, a binary file, ...)."""


@dataclass(slots=True)
class ReadOptions:
    """How to read records: which fields hold what, a fallback date and source, a format.

    ``*_field`` name the field in JSON or CSV records (``a.b`` follows nested objects); when
    ``None`` the usual names are tried (``date``, ``published``, ``publish_date``, ... for the
    date). ``date`` is a fallback for inputs that carry no date of their own: it is never
    "today" unless the user says so. ``source`` is likewise a fallback for the outlet name.
    ``format`` forces one reader (see :data:`dateline.readers.detect.FORMATS`).
    ``max_record_bytes`` bounds one record (a JSON line, a CSV row, a whole HTML page): a
    bigger one is rejected without being held in memory.
    """

    date_field: str | None = None
    title_field: str | None = None
    text_field: str | None = None
    url_field: str | None = None
    id_field: str | None = None
    source_field: str | None = None
    date: dt.date | None = None
    source: str | None = None
    format: str | None = None
    max_record_bytes: int = 10_000_000
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The command line hands the fallback date over as text ("2022-09-29").
        if self.date is not None and not isinstance(self.date, dt.date):
            try:
                self.date = parse_date(self.date)[0]
            except ArticleError as exc:
                raise ReaderError(f"the fallback date {self.date!r} is not usable: {exc}") from exc
        elif isinstance(self.date, dt.datetime):
            self.date = self.date.date()


DATE_FIELDS = ("date", "published", "publish_date", "date_publish", "pubDate", "pub_date",
               "published_at", "datetime", "timestamp", "dct", "first_seen_utc", "gdelt_seen_utc",
               "seendate", "created_at", "time")
TITLE_FIELDS = ("title", "headline", "heading", "name")
TEXT_FIELDS = ("text", "body", "content", "maintext", "article", "story", "description", "summary")
URL_FIELDS = ("url", "link", "href", "source_url")
ID_FIELDS = ("id", "doc_id", "docid", "article_id", "guid")
SOURCE_FIELDS = ("source", "publisher", "outlet", "source_name", "domain", "site")

BINARY_SNIFF = 8192
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or mostly control bytes near the start.

    UTF-16 text (which is full of NUL bytes) counts as text when it starts with a BOM.
    """
    head = data[:BINARY_SNIFF]
    if not head or head.startswith(UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.10


def decode(data: bytes, origin: str) -> tuple[str, str | None]:
    """Decode bytes as UTF-8 (with or without BOM) or BOM-marked UTF-16; else Windows-1252.

    Returns the text and a warning (or None): bytes that are not UTF-8 are read as
    Windows-1252 (a superset of Latin-1 for printable text) and the warning says so. Binary
    data raises :class:`ReaderError`.
    """
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise ReaderError(f"{origin}: starts like UTF-16 but is not valid UTF-16") from exc
    if looks_binary(data):
        raise ReaderError(f"{origin}: this is a binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        warning = (f"{origin}: not valid UTF-8 (byte {exc.start}); read as Windows-1252 — "
                   "check the result, or convert the file to UTF-8")
        log.warning(warning)
        return data.decode("cp1252", errors="replace"), warning


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, or :class:`ReaderError` saying in words why they cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ReaderError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise ReaderError(f"{path}: is a folder") from exc
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def load(source: Source, name: str | None, limit: int) -> tuple[bytes, str]:
    """The bytes of ``source`` and the name to cite in origins.

    A file bigger than ``limit`` bytes raises :class:`ReaderError` before it is read.
    """
    if isinstance(source, bytes):
        data, origin = source, name or STDIN_NAME
    else:
        path = Path(source)
        origin = name or str(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # read_bytes says what is wrong
        if size > limit:
            raise ReaderError(f"{origin}: the file is {size / 1e6:.1f} MB, more than the "
                              f"{limit / 1e6:.0f} MB limit for one article")
        data = read_bytes(path)
    if len(data) > limit:
        raise ReaderError(f"{origin}: the input is {len(data) / 1e6:.1f} MB, more than the "
                          f"{limit / 1e6:.0f} MB limit for one article")
    return data, origin


def load_text(source: Source, name: str | None, limit: int) -> tuple[str, str, str | None]:
    """Text, origin and decoding warning of a single-article input; empty input is an error."""
    data, origin = load(source, name, limit)
    if not data.strip():
        raise ReaderError(f"{origin}: the file is empty")
    text, warning = decode(data, origin)
    if not text.strip():
        raise ReaderError(f"{origin}: the file is empty")
    return text, origin, warning


def origin_of(source: Source, name: str | None) -> str:
    """The name cited for ``source`` in rejections."""
    if name:
        return name
    return STDIN_NAME if isinstance(source, bytes) else str(source)


def rejection(exc: ReaderError, source: Source, name: str | None) -> Rejected:
    """A :class:`ReaderError` about a whole input as a :class:`Rejected` record."""
    origin = origin_of(source, name)
    msg = str(exc)
    return Rejected(origin, msg[len(origin) + 2:] if msg.startswith(origin + ": ") else msg)


def with_warning(result: ReadResult, warning: str | None) -> ReadResult:
    """Note a decoding warning on an article (``extra["warnings"]``)."""
    if warning and isinstance(result, Article):
        result.extra.setdefault("warnings", []).append(warning)
    return result


def pick(record: dict[str, Any], explicit: str | None, candidates: tuple[str, ...]) -> Any:
    """The value of the named field, or of the first usual field name present."""
    if explicit is not None:
        return get_path(record, explicit)
    lowered = {str(k).lower(): k for k in record}
    for name in candidates:
        key = lowered.get(name.lower())
        if key is not None and record[key] not in (None, ""):
            return record[key]
    return None


def _present(record: dict[str, Any], explicit: str | None, candidates: tuple[str, ...]) -> str | None:
    """The name of the (empty) field that was looked for, when the record has it."""
    if explicit is not None:
        return explicit if explicit in record else None
    lowered = {str(k).lower(): str(k) for k in record}
    return next((lowered[c.lower()] for c in candidates if c.lower() in lowered), None)


def get_path(record: dict[str, Any], dotted: str) -> Any:
    """Field lookup that also follows ``a.b`` into nested objects."""
    if dotted in record:
        return record[dotted]
    cur: Any = record
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _as_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list)):
        return None
    return str(value)


def article_from_record(record: Any, opts: ReadOptions, origin: str,
                        date_source: str = "given") -> ReadResult:
    """Build an article from a JSON/CSV record, or say why it cannot be one."""
    if not isinstance(record, dict):
        kind = {list: "a list", str: "a string", int: "a number", float: "a number",
                bool: "true/false", type(None): "null"}.get(type(record), type(record).__name__)
        return Rejected(origin, f"expected an object with fields, got {kind}")
    if isinstance(record.get("article"), dict) and not opts.date_field and pick(record, None, DATE_FIELDS) is None:
        record = record["article"]  # dateline's own export: {"article": {...}, "timexes": [...], ...}
    raw_date = pick(record, opts.date_field, DATE_FIELDS)
    if raw_date in (None, ""):
        if opts.date is None:
            present = _present(record, opts.date_field, DATE_FIELDS)
            if present:
                why = f"the '{present}' field is empty"
            elif opts.date_field:
                why = f"the record has no '{opts.date_field}' field"
            else:
                why = "the record has no date field (" + ", ".join(DATE_FIELDS[:4]) + ", ...)"
            hint = "give a fallback date with --date" if present else (
                "name the field with --date-field, or give a fallback date with --date")
            return Rejected(origin, f"no date: {why}; {hint}")
        date, stamp, precision = opts.date, None, "day"
    else:
        if isinstance(raw_date, (dict, list, bool)):
            return Rejected(origin, f"bad date: {raw_date!r} is not a date")
        try:
            date, stamp, precision = parse_date(raw_date)
        except ArticleError as exc:
            return Rejected(origin, f"bad date: {exc}")
    text = pick(record, opts.text_field, TEXT_FIELDS)
    if text is not None and not isinstance(text, str):
        return Rejected(origin, f"the text field holds {type(text).__name__}, not text")
    title = _as_text(pick(record, opts.title_field, TITLE_FIELDS))
    url = _as_text(pick(record, opts.url_field, URL_FIELDS))
    ident = _as_text(pick(record, opts.id_field, ID_FIELDS))
    source = _as_text(pick(record, opts.source_field, SOURCE_FIELDS)) or opts.source
    try:
        return Article(
            date=date, title=title or "", text=text or "", url=url, source=source,
            date_source=date_source, date_precision=precision, published=stamp,
            id=ident or "", origin=origin,
        )
    except ArticleError as exc:
        return Rejected(origin, str(exc))


_FILENAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([-_.]?)([01]\d)\2([0-3]\d)(?:T(\d\d)(\d\d)(\d\d)?Z?)?(?!\d)")


def date_from_filename(name: str) -> dt.date | None:
    """A date written in a file name (``2022-09-29-story.txt``), or None."""
    found = stamp_from_filename(name)
    return found[0] if found else None


def stamp_from_filename(name: str) -> tuple[dt.date, str | None] | None:
    """A date written in a file name, with the time when there is one.

    ``2022-09-29-story.txt`` gives 2022-09-29; ``20220125T090000Z_GB.txt`` gives 2022-01-25
    and the stamp ``2022-01-25T09:00:00Z``. Impossible dates are ignored.
    """
    for m in _FILENAME_DATE.finditer(name):
        try:
            date = dt.date(int(m[1]), int(m[3]), int(m[4]))
        except ValueError:
            continue
        stamp = None
        if m[5]:
            stamp = f"{date.isoformat()}T{m[5]}:{m[6]}:{m[7] or '00'}" + ("Z" if "Z" in m[0] else "")
        return date, stamp
    return None
