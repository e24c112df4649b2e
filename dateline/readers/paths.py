"""Read files, folders and standard input: pick the reader for each input and run it."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from .base import STDIN_NAME, ReaderError, ReadOptions, ReadResult, Rejected, Source
from .detect import EXTENSIONS, FORMATS, detect_format, read_head, sniff_format
from .feed import read_feed
from .records import read_csv, read_jsonl
from .text import read_seed_text, read_text
from .timeml import read_timeml
from .webpage import read_html

log = logging.getLogger(__name__)

Reader = Callable[..., Iterator[ReadResult]]

READERS: dict[str, Reader] = {
    "seed": read_seed_text,
    "text": read_text,
    "jsonl": read_jsonl,
    "json": read_jsonl,
    "csv": read_csv,
    "tsv": partial(read_csv, delimiter="\t"),
    "html": read_html,
    "feed": read_feed,
    "timeml": read_timeml,
}


def read_source(source: Source, options: ReadOptions | None = None, name: str | None = None,
                kind: str | None = None) -> Iterator[ReadResult]:
    """Read one input (a path or bytes) with the reader for ``kind`` (detected when None)."""
    opts = options or ReadOptions()
    kind = kind or opts.format
    if kind is None:
        if isinstance(source, bytes):
            kind = sniff_format(source[:65536])
        else:
            kind = detect_format(source, read_head(Path(source)))
    reader = READERS.get(kind)
    if reader is None:
        origin = name or (STDIN_NAME if isinstance(source, bytes) else str(source))
        yield Rejected(origin, _unknown_reason(origin, kind))
        return
    yield from reader(source, opts, name=name)


def _unknown_reason(origin: str, kind: str) -> str:
    suffix = Path(origin).suffix.lower()
    if kind in ("unknown", "xml") and suffix == ".xml":
        return "an .xml file that is neither an RSS/Atom feed nor TimeML"
    if kind != "unknown":
        return f"unknown format {kind!r} (known: {', '.join(FORMATS)})"
    what = f"'{suffix}' files" if suffix else "files without an extension"
    return (f"dateline does not read {what} (it reads {', '.join(sorted(EXTENSIONS))}); "
            "name the format with --format")


def _stdin_bytes() -> bytes:
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    data = stream.read()
    return data.encode("utf-8") if isinstance(data, str) else data


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` with a known extension, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fname in sorted(files):
            if fname.startswith(".") or Path(fname).suffix.lower() not in EXTENSIONS:
                continue
            yield Path(root) / fname


def read_paths(paths: Sequence[str | Path], options: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Read every article in ``paths``: files, folders (recursively) and "-" for standard input.

    Yields :class:`~dateline.model.Article` and :class:`Rejected` records, in order, and never
    stops at a bad record. In a folder, hidden files and files of unknown type are skipped;
    a file of unknown type named explicitly gives a Rejected record saying why. A path that
    does not exist raises :class:`ReaderError` at once, before anything is read (a usage
    error). Standard input's format is taken from ``options.format`` or sniffed from its
    content.
    """
    opts = options or ReadOptions()
    if opts.format is not None and opts.format not in READERS:
        raise ReaderError(f"unknown format {opts.format!r} (known: {', '.join(FORMATS)})")
    missing = [str(p) for p in paths if str(p) != "-" and not Path(p).exists()]
    if missing:
        raise ReaderError(f"{missing[0]}: no such file or folder")
    return _read_all(list(paths), opts)


def _read_all(paths: list[str | Path], opts: ReadOptions) -> Iterator[ReadResult]:
    stdin_read = False
    for p in paths:
        if str(p) == "-":
            if stdin_read:
                continue
            stdin_read = True
            yield from read_source(_stdin_bytes(), opts, name=STDIN_NAME)
            continue
        path = Path(p)
        if path.is_dir():
            for file in _walk(path):
                kind = opts.format or detect_format(file, read_head(file))
                if kind not in READERS:
                    log.info("skipped %s: not a format dateline reads", file)
                    continue
                yield from read_source(file, opts, kind=kind)
        else:
            yield from read_source(path, opts)
