"""Records with fields: JSON lines, JSON documents (an array or an object) and CSV/TSV.

JSON lines are streamed one line at a time, so a file of any size reads in bounded memory;
a line longer than ``ReadOptions.max_record_bytes`` is rejected without being held whole.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .base import (
    DATE_FIELDS,
    TEXT_FIELDS,
    TITLE_FIELDS,
    UTF16_BOMS,
    ReaderError,
    ReadOptions,
    ReadResult,
    Rejected,
    Source,
    article_from_record,
    decode,
    looks_binary,
    origin_of,
    rejection,
    with_warning,
)

log = logging.getLogger(__name__)

#: Keys under which a JSON object may hold its list of articles.
LIST_KEYS = ("articles", "items", "data", "results", "records", "entries", "documents", "docs")
#: A whole JSON document (not lines) may be this many times ``max_record_bytes``.
DOCUMENT_FACTOR = 10
_CHUNK = 1 << 20


@contextmanager
def _open(source: Source) -> Iterator[IO[bytes]]:
    if isinstance(source, bytes):
        yield io.BytesIO(source)
        return
    path = Path(source)
    try:
        fh = path.open("rb", buffering=1 << 16)
    except FileNotFoundError as exc:
        raise ReaderError(f"{source}: no such file") from exc
    except IsADirectoryError as exc:
        raise ReaderError(f"{source}: is a folder") from exc
    except OSError as exc:
        raise ReaderError(f"{source}: cannot be read ({exc.strerror or exc})") from exc
    with fh:
        yield fh


def _peek(fh: IO[bytes], size: int = 65536) -> bytes:
    head = fh.read(size)
    fh.seek(0)
    return head


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, bytes or None when too long, length)`` for each line of ``fh``."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the line without keeping it
                chunk = fh.readline(_CHUNK)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None, size
        else:
            yield lineno, line, len(line)


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"not valid JSON ({exc.msg} at column {exc.colno})"


def read_jsonl(source: Source, options: ReadOptions | None = None,
               name: str | None = None) -> Iterator[ReadResult]:
    """Read JSON lines (one object per line), or a JSON document: an array of objects, an
    object holding such an array (under ``articles``, ``items``, ``data``, ...) or one object.

    Origins are ``file:LINE`` for JSON lines and ``file#entry N`` for array items. Field names
    come from ``options`` (dotted paths reach into nested objects) or the usual names.
    """
    opts = options or ReadOptions()
    origin = origin_of(source, name)
    try:
        with _open(source) as fh:
            head = _peek(fh)
            if not head.strip():
                yield Rejected(origin, "the file is empty")
                return
            if head.startswith(UTF16_BOMS) or opts.format == "json" or head.lstrip().startswith(b"["):
                yield from _read_document(fh, opts, origin)
                return
            first = head.lstrip().split(b"\n", 1)[0]
            if looks_binary(head):
                yield Rejected(origin, "this is a binary file, not JSON")
                return
            if first.startswith(b"{") and b"\n" in head.lstrip() and not _parses(first):
                # A pretty-printed object spread over lines, or JSON lines whose first is bad.
                results = list(_read_document(fh, opts, origin))
                if not (len(results) == 1 and isinstance(results[0], Rejected)
                        and results[0].reason.startswith("not valid JSON")):
                    yield from results
                    return
                fh.seek(0)
            yield from _read_lines(fh, opts, origin)
    except ReaderError as exc:
        yield rejection(exc, source, name)


def _parses(line: bytes) -> bool:
    try:
        json.loads(line)
        return True
    except ValueError:
        return False


def _read_lines(fh: IO[bytes], opts: ReadOptions, origin: str) -> Iterator[ReadResult]:
    warned: str | None = None
    limit = opts.max_record_bytes
    for lineno, raw, size in _lines(fh, limit):
        where = f"{origin}:{lineno}"
        if raw is None:
            yield Rejected(where, f"the line is {size / 1e6:.1f} MB, more than the "
                                  f"{limit / 1e6:.0f} MB limit for one record")
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            warning = None
        except UnicodeDecodeError:
            line = raw.decode("cp1252", errors="replace")
            warning = f"{where}: not valid UTF-8; read as Windows-1252 — check the result"
            if not warned:
                log.warning(warning)
                warned = warning
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(where, _json_error(exc))
            continue
        except RecursionError:
            yield Rejected(where, "not valid JSON (nested too deeply)")
            continue
        yield with_warning(article_from_record(record, opts, where), warning)


def _read_document(fh: IO[bytes], opts: ReadOptions, origin: str) -> Iterator[ReadResult]:
    limit = opts.max_record_bytes * DOCUMENT_FACTOR
    data = fh.read(limit + 1)
    if len(data) > limit:
        yield Rejected(origin, f"the JSON document is more than {limit / 1e6:.0f} MB; "
                               "write it as JSON lines (one article per line) instead")
        return
    text, warning = decode(data, origin)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(origin, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield Rejected(origin, "not valid JSON (nested too deeply)")
        return
    items = _record_list(value, opts)
    if items is None:
        yield with_warning(article_from_record(value, opts, origin), warning)
        return
    if not items:
        yield Rejected(origin, "the JSON array is empty")
    for i, item in enumerate(items, start=1):
        yield with_warning(article_from_record(item, opts, f"{origin}#entry {i}"), warning)


def _record_list(value: Any, opts: ReadOptions) -> list[Any] | None:
    """The records in a JSON document: the array itself or an array inside an object."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict):
        return None
    looks_like_article = any(k.lower() in DATE_FIELDS + TEXT_FIELDS + TITLE_FIELDS for k in value)
    if opts.date_field and opts.date_field in value:
        looks_like_article = True
    if looks_like_article:
        return None
    for key in LIST_KEYS:
        if isinstance(value.get(key), list):
            return value[key]
    return None


# --- CSV and TSV ---------------------------------------------------------------------------


def _text_stream(fh: IO[bytes], origin: str) -> tuple[IO[str], str | None]:
    """A text stream over ``fh`` in the encoding its head shows, and a warning or None."""
    head = _peek(fh)
    if head.startswith(UTF16_BOMS):
        return io.TextIOWrapper(fh, encoding="utf-16", newline=""), None
    if looks_binary(head):
        raise ReaderError(f"{origin}: this is a binary file, not CSV")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        encoding, warning = "utf-8-sig", None
    except UnicodeDecodeError as exc:
        encoding = "cp1252"
        warning = (f"{origin}: not valid UTF-8 (byte {exc.start}); read as Windows-1252 — "
                   "check the result, or convert the file to UTF-8")
        log.warning(warning)
    return io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline=""), warning


def _has(fields: list[str], explicit: str | None, usual: tuple[str, ...]) -> bool:
    if explicit is not None:
        return explicit in fields
    lowered = {f.lower() for f in fields}
    return any(u.lower() in lowered for u in usual)


def read_csv(source: Source, options: ReadOptions | None = None, name: str | None = None,
             delimiter: str | None = None) -> Iterator[ReadResult]:
    """Read CSV or TSV with a header row; one article per row (origin ``file:LINE``).

    The delimiter is a tab for ``.tsv``/``.tab`` names (or ``delimiter="\\t"``), else a comma
    (or a semicolon when the header has more of those). A file whose header lacks a date
    column (and no ``options.date``) or lacks both a text and a title column is rejected as
    a whole, naming the columns it has.
    """
    opts = options or ReadOptions()
    origin = origin_of(source, name)
    csv.field_size_limit(max(opts.max_record_bytes, 131072))
    try:
        with _open(source) as fh:
            if not _peek(fh).strip():
                yield Rejected(origin, "the file is empty")
                return
            stream, warning = _text_stream(fh, origin)
            yield from _read_rows(stream, opts, origin, warning, delimiter)
    except ReaderError as exc:
        yield rejection(exc, source, name)


def _read_rows(stream: IO[str], opts: ReadOptions, origin: str, warning: str | None,
               delimiter: str | None) -> Iterator[ReadResult]:
    header_line = stream.readline()
    if delimiter is None:
        tsv = opts.format == "tsv" or origin.lower().endswith((".tsv", ".tab"))
        if tsv:
            delimiter = "\t"
        else:
            delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    fields = next(csv.reader([header_line], delimiter=delimiter), [])
    fields = [f.strip() for f in fields]
    if not any(fields):
        yield Rejected(origin, "no header row (the first line must name the columns)")
        return
    shown = ", ".join(f or "''" for f in fields[:12]) + (" ..." if len(fields) > 12 else "")
    if not _has(fields, opts.date_field, DATE_FIELDS) and opts.date is None:
        wanted = f"a '{opts.date_field}' column" if opts.date_field else "a date column"
        yield Rejected(origin, f"no date: the header has no {wanted} (columns: {shown}); "
                               "name it with --date-field, or give a fallback date with --date")
        return
    if not (_has(fields, opts.text_field, TEXT_FIELDS) or _has(fields, opts.title_field, TITLE_FIELDS)):
        yield Rejected(origin, f"no text or title column (columns: {shown}); name one with "
                               "--text-field or --title-field")
        return
    reader = csv.reader(stream, delimiter=delimiter)
    last_line = 1
    rows = 0
    while True:
        start = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            if not rows:
                yield Rejected(origin, "the file has a header row but no records")
            return
        except csv.Error as exc:
            last_line = 1 + reader.line_num
            why = (f"a field is larger than the {opts.max_record_bytes / 1e6:.0f} MB limit for one record"
                   if "field limit" in str(exc) else f"bad CSV row ({exc})")
            yield Rejected(f"{origin}:{start}", why)
            continue
        last_line = 1 + reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        where = f"{origin}:{start}"
        if len(row) > len(fields) and any(cell.strip() for cell in row[len(fields):]):
            yield Rejected(where, f"the row has {len(row)} fields, the header only {len(fields)}")
            continue
        record: dict[str, Any] = dict(zip(fields, row, strict=False))
        yield with_warning(article_from_record(record, opts, where), warning)
