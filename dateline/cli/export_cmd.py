"""``dateline export``: the store's articles and what was read in them, in files other tools read."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import DEFAULT_DB, app, err_console, fail, store_at


@app.command()
def export(
    fmt: str = typer.Argument(..., help="jsonl (articles with every layer), csv (event mentions) or timeml."),
    out: Path = typer.Option(..., "--out", "-o", help="The file to write (a folder for timeml: one .tml per article)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The database: an SQLite file or a postgresql:// URL."),
    date_from: str = typer.Option(None, "--from", help="Only articles published on or after this date."),
    date_to: str = typer.Option(None, "--to", help="Only articles published on or before this date."),
) -> None:
    """Export the stored articles and their layers.

    jsonl writes one line per article: the article and its time expressions, entity mentions,
    places, quotes and events, with offsets. csv writes one row per event mention with its
    article's date, title and source. timeml writes one TimeML file per article with TIMEX3 and
    EVENT tags, MAKEINSTANCEs (polarity, modality) and TLINKs from events to the time
    expressions that date them. For timelines, use dateline timeline --format.

    Example: dateline export timeml --out timeml/ --db ukraine.db
    """
    from ..export import FORMATS, export_store

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    with store_at(db) as store:
        try:
            n = export_store(store, fmt, out, date_from=date_from, date_to=date_to)
        except OSError as exc:
            fail(f"cannot write {out}: {exc.strerror or exc}", 1)
    err_console.print(f"Exported {n} article(s) to {out}.")
