"""Write a timeline as Markdown, JSON, CSV, a standalone HTML page or TimelineJS3 JSON.

``render(timeline, fmt)`` returns the text; ``FORMATS`` lists the formats. The HTML page has no
external resources (its style sheet is ``web/timeline.css``, inlined) and escapes every piece of
article text. The TimelineJS3 form follows the library's JSON format
(timeline.knightlab.com/docs/json-format.html): ``{"title": {...}, "events": [{"start_date":
{"year", "month", "day"}, "text": {"headline", "text"}, "group", "unique_id"}]}``.

A month or year timeline (``build_timeline(..., granularity="month")``) keeps its date keys
("2022-09", "2022") in JSON and CSV, heads each date "September 2022" or "2022" in Markdown and
HTML, and gives TimelineJS a ``start_date`` with only the year (and month).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
from importlib import resources

from dateline.timelines.build import Entry, Timeline, TimelineDate, first_day, granularity_of

FORMATS = ("md", "json", "csv", "html", "timelinejs")
# Other names people type for them.
FORMAT_ALIASES = {"markdown": "md", "htm": "html", "timelinejs3": "timelinejs", "tljs": "timelinejs"}


def format_name(name: str) -> str:
    """The format a user's name for it means ("Markdown" → "md"); unknown names come back lower-cased."""
    low = name.strip().lower()
    return FORMAT_ALIASES.get(low, low)

CSV_COLUMNS = ["date", "score", "rank", "text", "status", "planned", "weak_date", "event_id", "label",
               "article_ids", "titles", "urls", "offsets", "also_reported_by"]


def _title(tl: Timeline) -> str:
    what = [f'"{tl.query}"' if tl.query else None, tl.entity, tl.place]
    what = [w for w in what if w]
    head = "Timeline" + (": " + ", ".join(what) if what else "")
    if tl.date_from or tl.date_to:
        head += f" ({tl.date_from or '…'} to {tl.date_to or '…'})"
    return head


def _long_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d:%A} {d.day} {d:%B %Y}"


def period_name(key: str) -> str:
    """A date key as a reader says it: "Friday 30 September 2022", "September 2022" or "2022"."""
    kind = granularity_of(key)
    if kind == "day":
        return _long_date(key)
    if kind == "month":
        return f"{first_day(key):%B %Y}"
    return key


def _heading(td: TimelineDate) -> str:
    """A date's Markdown heading: "2022-09-30 (Friday 30 September 2022)", "September 2022", "2022"."""
    if granularity_of(td.date) == "day":
        return f"{td.date} ({_long_date(td.date)})"
    return period_name(td.date)


_UNIT = {"day": "date", "month": "month", "year": "year"}


def _status_tag(e: Entry) -> str:
    if e.display_status == "planned":
        # only when the sentence tells of a plan: "voted Saturday to impeach" is filed under the impeachment,
        # but reports a vote that took place
        return "planned" if e.planned else ""
    if e.display_status in ("happened", "ongoing"):
        return ""
    return e.display_status


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def _md(text: str) -> str:
    """Text for Markdown: an HTML tag in an article ("<script>") is shown, never rendered."""
    return _TAG_START.sub(r"\\<", text)


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _stats(tl: Timeline) -> str:
    unit = _UNIT.get(tl.granularity, "date")
    return (f"{_n(len(tl.dates), unit)} from {_n(tl.n_events, 'event')} in {_n(tl.n_mentions, 'mention')} "
            f"across {_n(tl.n_articles, 'article')}")


def to_markdown(tl: Timeline) -> str:
    """Markdown that also reads well as plain text in a terminal."""
    out = [_md(f"# {_title(tl)}"), "", f"_{_stats(tl)}._", ""]
    if not tl.dates:
        out.append("No dated events matched.")
        return "\n".join(out) + "\n"
    for td in tl.dates:
        out.append(f"## {_heading(td)}")
        out.append("")
        for e in td.entries:
            tag = _status_tag(e)
            prefix = f"**[{tag}]** " if tag else ""
            refs = ", ".join(dict.fromkeys(c.title or c.article_id for c in e.citations[:3]))
            more = len(e.also_reported_by)
            cite = f" ({refs}" + (f"; +{more} more" if more else "") + ")"
            out.append(_md(f"- {prefix}{e.text.strip()}{cite}"))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_json(tl: Timeline) -> str:
    return json.dumps(tl.to_dict(), ensure_ascii=False, indent=2)


def to_csv(tl: Timeline) -> str:
    """One row per summary sentence; lists joined with " | "."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for td in tl.dates:
        for rank, e in enumerate(td.entries, 1):
            writer.writerow([
                td.date, f"{td.score:.3f}", rank, e.text, e.display_status, int(e.planned), int(e.weak_date),
                e.event_id, e.label, " | ".join(c.article_id for c in e.citations),
                " | ".join(c.title for c in e.citations), " | ".join(c.url or "" for c in e.citations),
                " | ".join(f"{c.field}:{c.start}-{c.end}" for c in e.citations), " | ".join(e.also_reported_by),
            ])
    return buf.getvalue()


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _safe_url(url: str | None) -> str | None:
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def to_html(tl: Timeline) -> str:
    """A standalone page: inline style, no scripts, no external resources."""
    css = resources.files(__package__).joinpath("web", "timeline.css").read_text(encoding="utf-8")
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{_esc(_title(tl))}</title>", f"<style>{css}</style>", "</head>", "<body>",
             f"<h1>{_esc(_title(tl))}</h1>", f'<p class="stats">{_esc(_stats(tl))}</p>']
    if not tl.dates:
        parts.append('<p class="empty">No dated events matched.</p>')
    parts.append('<ol class="timeline">')
    for td in tl.dates:
        parts.append(f'<li class="day"><h2><time datetime="{_esc(td.date)}">{_esc(period_name(td.date))}</time>'
                     f' <span class="score">{td.score:.1f} sources</span></h2><ul>')
        for e in td.entries:
            tag = _status_tag(e)
            badge = f'<span class="status {_esc(tag.split(",")[-1].strip())}">{_esc(tag)}</span> ' if tag else ""
            cites = []
            for c in e.citations[:3]:
                label = _esc(c.title or c.article_id)
                url = _safe_url(c.url)
                cites.append(f'<a href="{_esc(url)}">{label}</a>' if url else f"<span>{label}</span>")
            more = f" and {len(e.also_reported_by)} more" if e.also_reported_by else ""
            parts.append(f'<li>{badge}<span class="text">{_esc(e.text.strip())}</span>'
                         f'<span class="cite">{"; ".join(cites)}{_esc(more)}</span></li>')
        parts.append("</ul></li>")
    parts += ["</ol>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _start_date(key: str) -> dict[str, int]:
    """A TimelineJS3 date: year, month and day of a day; year and month of a month; year of a year."""
    d, kind = first_day(key), granularity_of(key)
    if kind == "year":
        return {"year": d.year}
    if kind == "month":
        return {"year": d.year, "month": d.month}
    return {"year": d.year, "month": d.month, "day": d.day}


def to_timelinejs(tl: Timeline) -> dict:
    """TimelineJS3 JSON as a dict: one slide per summary sentence, grouped by event type."""
    events = []
    for td in tl.dates:
        start = _start_date(td.date)
        for rank, e in enumerate(td.entries, 1):
            tag = _status_tag(e)
            headline = e.label[:1].upper() + e.label[1:] if e.label else td.date
            if tag:
                headline += f" ({tag})"
            cites = ", ".join(_esc(c.title or c.article_id) for c in e.citations[:3])
            events.append({
                "start_date": start,
                "text": {"headline": _esc(headline), "text": f"<p>{_esc(e.text.strip())}</p><p>{cites}</p>"},
                "group": (e.event_type or "").title(),
                "unique_id": f"{e.event_id}-{td.date}-{rank}",
            })
    return {"title": {"text": {"headline": _esc(_title(tl)), "text": _esc(_stats(tl))}}, "events": events}


def render(timeline: Timeline, fmt: str) -> str:
    """``timeline`` as text in one of ``FORMATS``."""
    if fmt == "md":
        return to_markdown(timeline)
    if fmt == "json":
        return to_json(timeline)
    if fmt == "csv":
        return to_csv(timeline)
    if fmt == "html":
        return to_html(timeline)
    if fmt == "timelinejs":
        return json.dumps(to_timelinejs(timeline), ensure_ascii=False, indent=2)
    raise ValueError(f"unknown timeline format {fmt!r}; expected one of {', '.join(FORMATS)}")
