"""Which reader fits an input: from its file name, else from its first bytes."""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePath

#: Every format name a reader exists for (``ReadOptions.format`` takes one of these).
FORMATS = ("seed", "text", "jsonl", "json", "csv", "tsv", "html", "feed", "timeml")

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "xml",  # .xml: a feed or TimeML, by content
    ".tml": "timeml", ".timeml": "timeml",
}

SEED_LINE = re.compile(
    r"""^\s*date\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})(?:\s+(?P<q>['"])(?P<title>.*)(?P=q)|\s+(?P<bare>\S.*?))?\s*$""")

_SNIFF = 65536


def _head_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8-sig", errors="replace")


def _markup_kind(text: str) -> str | None:
    """``feed``, ``timeml`` or ``html`` for XML/HTML content, else None."""
    low = text[:_SNIFF].lower()
    if "<timeml" in low or ("<dct>" in low and "<text>" in low):
        return "timeml"
    if re.search(r"<(rss|feed|rdf:rdf)[\s>]", low):
        return "feed"
    if re.search(r"<(!doctype html|html|head|body|p|div|article)[\s>]", low):
        return "html"
    return None


def sniff_format(head: bytes) -> str:
    """The format of content with no usable name (standard input), from its first bytes."""
    text = _head_text(head).lstrip("\ufeff")
    stripped = text.lstrip()
    first_line = text.split("\n", 1)[0]
    if SEED_LINE.match(first_line):
        return "seed"
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        line = stripped.split("\n", 1)[0].strip()
        try:
            json.loads(line)
            return "jsonl"
        except ValueError:
            # A pretty-printed object, or a single line longer than the sniffed head.
            return "json" if "\n" in stripped and len(line) < len(head) - 1 else "jsonl"
    if stripped.startswith("<"):
        return _markup_kind(stripped) or "html"
    header = first_line
    if header.count("\t") >= 1 and header.count("\t") >= header.count(","):
        return "tsv"
    if header.count(",") >= 1 and re.search(r"(?i)\b(date|title|text|body|url)\b", header):
        return "csv"
    return "text"


def detect_format(path_or_name: str | PurePath, head: bytes) -> str:
    """The reader for an input named ``path_or_name`` whose first bytes are ``head``.

    The extension decides (``.jsonl``, ``.csv``, ``.html``, ...); an ``.xml`` file is a feed
    or TimeML by its content; a ``.txt`` file whose first line is ``date YYYY-MM-DD 'title'``
    is in the seed format. A name with no known extension ("-", "<stdin>") is sniffed from
    the content. Returns one of :data:`FORMATS`, or ``"unknown"``.
    """
    name = str(path_or_name)
    suffix = PurePath(name).suffix.lower() if name not in ("-", "<stdin>") else ""
    kind = EXTENSIONS.get(suffix)
    if kind == "xml":
        return _markup_kind(_head_text(head)) or "unknown"
    if kind == "text":
        first = _head_text(head).lstrip("\ufeff").split("\n", 1)[0]
        return "seed" if SEED_LINE.match(first) else "text"
    if kind:
        return kind
    if suffix:
        return "unknown"
    return sniff_format(head)


def read_head(path: Path, size: int = _SNIFF) -> bytes:
    """The first ``size`` bytes of a file (empty when it cannot be read)."""
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError:
        return b""
