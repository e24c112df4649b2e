"""The article model: what every reader yields and every layer reads.

An :class:`Article` is a dated piece of news. Its ``date`` is the publication date (the
"dateline"), and everything dateline extracts from it is anchored to that date and points
back into ``text`` (or ``title``) by character offsets.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

DATE_SOURCES = ("given", "metadata", "feed", "filename", "timeml")
PRECISIONS = ("day", "hour", "minute", "second")


class ArticleError(ValueError):
    """An article that cannot be accepted (no usable date, no text, ...)."""


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop fragment and trailing slash: one URL, one id."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def _digest(*pieces: str) -> str:
    h = hashlib.sha1()
    for piece in pieces:
        h.update(piece.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:16]


def make_article_id(date: dt.date, title: str, text: str, url: str | None = None) -> str:
    """A stable id: from the URL when there is one, else from date + title + text."""
    if url:
        return "u" + _digest(normalize_url(url))
    return "h" + _digest(date.isoformat(), title.strip(), text.strip())


_DATE_ONLY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


# English month names and abbreviations ("September", "Sep", "Sept") -> month number.
_MONTHS = {name.lower(): n for n in range(1, 13) for name in (calendar.month_name[n], calendar.month_abbr[n])}
_MONTHS["sept"] = 9
_MONTH_RX = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "Sept. 29, 2022", "September 29 2022", "29 September 2022", "29 Sep. 2022"
_WRITTEN_MDY = re.compile(rf"^(?:[A-Za-z]+,?\s+)?({_MONTH_RX})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", re.I)
_WRITTEN_DMY = re.compile(rf"^(?:[A-Za-z]+,?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RX})\.?,?\s+(\d{{4}})$", re.I)
_SLASHED = re.compile(r"^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$")


def _written_date(s: str) -> dt.date | None:
    """A date written in words or with slashes, when it can be read one way only."""
    m = _WRITTEN_MDY.match(s)
    if m:
        return dt.date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = _WRITTEN_DMY.match(s)
    if m:
        return dt.date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    m = _SLASHED.match(s)
    if not m:
        return None
    a, b, c = m[1], m[2], m[3]
    if len(a) == 4:  # 2022/09/29
        return dt.date(int(a), int(b), int(c))
    if len(c) != 4:
        raise ArticleError(f"{s!r} has a two-digit year; write it as YYYY-MM-DD")
    x, y = int(a), int(b)
    if x > 12 >= y:  # 29/09/2022
        return dt.date(int(c), y, x)
    if y > 12 >= x:  # 09/29/2022
        return dt.date(int(c), x, y)
    if x == y:
        return dt.date(int(c), x, y)
    raise ArticleError(f"{s!r} is ambiguous (day/month or month/day?); write it as YYYY-MM-DD")


def parse_date(value: Any) -> tuple[dt.date, str | None, str]:
    """Read a publication date.

    Returns ``(date, timestamp_or_None, precision)``. Accepts ``date``/``datetime`` objects,
    ISO 8601 strings (``2022-09-29``, ``2022-09-29T14:03:00Z``, ``2022-09-29 14:03``), compact
    TimeML and GDELT stamps (``19980108``, ``20220125T090000Z``), e-mail and RSS dates (``Thu, 29
    Sep 2022 10:00:00 +0000``), dates in words (``Sept. 29, 2022``, ``29 September 2022``) and
    slashed dates that can be read one way only (``2022/09/29``, ``29/09/2022``; ``09/10/2022`` is
    refused as ambiguous). Raises :class:`ArticleError` with a plain message when the value is
    missing or not a real date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ArticleError("no date given")
    if isinstance(value, dt.datetime):
        prec = "second" if value.second else "minute"
        return value.date(), value.isoformat(), prec
    if isinstance(value, dt.date):
        return value, None, "day"
    s = " ".join(str(value).split())
    try:
        m = _DATE_ONLY.match(s)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), None, "day"
        if re.fullmatch(r"\d{8}", s):
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8])), None, "day"
        if re.fullmatch(r"\d{8}T\d{4,6}Z?", s):  # 20220125T090000Z (GDELT style)
            stamp = dt.datetime.strptime(s[:15].ljust(15, "0"), "%Y%m%dT%H%M%S")
            return stamp.date(), stamp.isoformat() + ("Z" if s.endswith("Z") else ""), "second"
        written = _written_date(s)
        if written is not None:
            return written, None, "day"
        if re.match(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", s):  # RFC 2822 (e-mail, RSS)
            stamp = email.utils.parsedate_to_datetime(s)
            prec = "second" if stamp.second else "minute"
            return stamp.date(), stamp.isoformat(), prec
        iso = s.replace("Z", "+00:00")
        stamp = dt.datetime.fromisoformat(iso)
        prec = "second" if stamp.second else ("minute" if (stamp.hour or stamp.minute) else "day")
        return stamp.date(), s, prec
    except ArticleError:
        raise
    except (ValueError, TypeError, IndexError) as exc:
        raise ArticleError(f"{s!r} is not a valid date (expected YYYY-MM-DD, an ISO 8601 time, "
                           "or a date such as 'Sept. 29, 2022')") from exc


# Unicode category Cc (C0 and C1 control characters) except tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Normalize newlines and Unicode (NFC), drop NUL and other control characters.

    Offsets of every annotation are into the cleaned text, which is what the store keeps.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates (from JSON escapes) cannot be stored as UTF-8
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


@dataclass(slots=True)
class Article:
    """One dated news article.

    ``date`` is the publication date; ``date_source`` says where it came from (given in the
    input, read from page metadata, from the feed, from a file name, from a TimeML DCT) and
    ``date_precision`` how fine it is. ``published`` keeps the full timestamp when known.
    """

    date: dt.date
    title: str
    text: str
    url: str | None = None
    source: str | None = None
    language: str = "en"
    date_source: str = "given"
    date_precision: str = "day"
    published: str | None = None
    id: str = ""
    origin: str | None = None  # where it was read from: "file.jsonl:12"
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.date, dt.date):
            raise ArticleError("the article has no usable date")
        if isinstance(self.date, dt.datetime):
            self.date = self.date.date()
        self.title = clean_text(self.title or "").strip()
        self.text = clean_text(self.text or "")
        if not self.text.strip() and not self.title:
            raise ArticleError("the article has no text and no title")
        if self.date_source not in DATE_SOURCES:
            raise ArticleError(f"unknown date source {self.date_source!r}")
        if not self.id:
            self.id = make_article_id(self.date, self.title, self.text, self.url)

    @property
    def dct(self) -> str:
        """The document creation time as TimeML writes it: YYYY-MM-DD."""
        return self.date.isoformat()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.dct
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        date, stamp, precision = parse_date(d.get("date"))
        return cls(
            date=date,
            title=d.get("title") or "",
            text=d.get("text") or "",
            url=d.get("url"),
            source=d.get("source"),
            language=d.get("language") or "en",
            date_source=d.get("date_source") or "given",
            date_precision=d.get("date_precision") or precision,
            published=d.get("published") or stamp,
            id=d.get("id") or "",
            origin=d.get("origin"),
            extra=d.get("extra") or {},
        )
