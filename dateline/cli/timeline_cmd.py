"""``dateline timeline``: the timeline of a topic, an entity, a place or a time window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from .app import DEFAULT_DB, app, console, err_console, fail, store_at, write_out


def _check_date(value: str | None, option: str) -> str | None:
    from ..api.data import parse_day

    try:
        return parse_day(value, option, end=option == "--to")
    except ValueError:
        fail(f"{option} {value!r} is not a date like 2022-09-29, a month like 2022-09 or a year like 2022")


def make_timeline(db: Path, **filters: Any) -> Any:
    """Build a timeline from the store at ``db`` (see :func:`dateline.api.data.timeline_from_store`)."""
    from ..api.data import timeline_from_store

    with store_at(db) as store:
        return timeline_from_store(store, **filters)


@app.command()
def timeline(
    query: str = typer.Argument(None, help="Topic words the events' sentences must contain (optional)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The database: an SQLite file or a postgresql:// URL."),
    entity: str = typer.Option(None, "--entity", help="Only events this person, organisation or country takes part in."),
    place: str = typer.Option(None, "--place", help="Only events at this place."),
    date_from: str = typer.Option(None, "--from", help="Only events on or after this date (YYYY-MM-DD; a month YYYY-MM or a year YYYY from its first day)."),
    date_to: str = typer.Option(None, "--to", help="Only events on or before this date (YYYY-MM-DD; a month YYYY-MM or a year YYYY to its last day)."),
    dates: int = typer.Option(None, "--dates", min=1, help="At most this many dates: the ones most sources report."),
    per_date: int = typer.Option(2, "--per-date", min=1, help="Sentences of summary for each date."),
    by: str = typer.Option("day", "--by", help="What each date is: day, month or year."),
    fmt: str = typer.Option("md", "--format", "-f", help="Output: md (Markdown), json, csv, html or timelinejs (TimelineJS)."),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file instead of the screen."),
) -> None:
    """Write the timeline of what happened: the dates that matter and what happened on each.

    Dates are chosen by how many independent sources put an event on that day (syndicated copies
    count once), not by when articles were published. Each date gets a short summary drawn from
    the articles' own sentences, each citing its sources. Planned events are marked as planned,
    and as held, moved or cancelled when later articles say so. The articles must have been
    analysed (dateline ingest does it unless --no-analyze was given).

    With --by month or --by year each date is a month or a year: a long story shows the months
    or years that matter, and events the articles date only to a month ("in March 2014") or a
    year can appear too.

    Examples:
      dateline timeline annexation --dates 10
      dateline timeline Crimea --by year
      dateline timeline --entity "Vladimir Putin" --from 2022-09-01 --to 2022-10-31
      dateline timeline --place Kherson --format html --out kherson.html
      dateline timeline --format timelinejs > timeline.json
    """
    from ..timelines.render import FORMATS, format_name

    fmt = format_name(fmt)
    if fmt not in FORMATS:
        fail(f"--format {fmt!r} is not one of {', '.join(FORMATS)} (TimeML: dateline export timeml)")
    from ..timelines.build import GRANULARITIES

    granularity = by.strip().lower()
    if granularity not in GRANULARITIES:
        fail(f"--by {by!r} is not one of {', '.join(GRANULARITIES)}")
    lo, hi = _check_date(date_from, "--from"), _check_date(date_to, "--to")
    if lo and hi and lo > hi:
        fail(f"--from {lo} is after --to {hi}")
    from ..timelines import render

    tl = make_timeline(db, query=query, entity=entity, place=place, date_from=lo, date_to=hi, dates=dates,
                       per_date=per_date, granularity=granularity)
    text = render(tl, fmt)
    if out is not None:
        try:
            out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write the timeline to {out} ({exc.strerror or exc})", 1)
        err_console.print(f"Wrote the timeline ({len(tl.dates)} dates) to {out}.", highlight=False, markup=False)
    else:
        write_out(text)
    if not tl.dates:
        err_console.print(
            "No events matched. Try fewer filters, or check that the articles were analysed "
            "(dateline stats shows the number of event mentions).",
        )


def show_demo_timeline(db: Path, dates: int = 12) -> None:
    """Print the demo corpus's timeline in Markdown (used by ``dateline demo``)."""
    from ..timelines import render

    tl = make_timeline(db, dates=dates, per_date=1)
    console.rule("Timeline of the demo corpus (the dates most sources report)")
    write_out(render(tl, "md"))
