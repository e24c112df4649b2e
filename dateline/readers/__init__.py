"""Readers: turn files, folders and standard input into dated articles (or say why not).

Formats: the seed text format (``date YYYY-MM-DD 'headline'`` then the body), plain text,
JSON lines / JSON, CSV / TSV, HTML pages (trafilatura), RSS / Atom feeds (feedparser) and
TimeML. Every reader yields :class:`~dateline.model.Article` or :class:`Rejected` records
and never stops at a bad one; an article is never dated "today" by default.
"""

from .base import ReaderError, ReadOptions, ReadResult, Rejected
from .detect import FORMATS, detect_format
from .feed import read_feed
from .paths import read_paths, read_source
from .records import read_csv, read_jsonl
from .text import read_seed_text, read_text
from .timeml import read_timeml
from .webpage import read_html

__all__ = [
    "FORMATS",
    "ReadOptions",
    "ReadResult",
    "ReaderError",
    "Rejected",
    "detect_format",
    "read_csv",
    "read_feed",
    "read_html",
    "read_jsonl",
    "read_paths",
    "read_seed_text",
    "read_source",
    "read_text",
    "read_timeml",
]
