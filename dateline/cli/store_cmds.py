"""Commands over the store: ingest, analyze, search, show, stats, demo."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from .app import DEFAULT_DB, app, console, err_console, fail, mend_article, open_db, store_at, warn, write_out

DEMO_DIR = Path(__file__).resolve().parents[2] / "data" / "demo"
# The seed article (an agency story about the annexation, 2022-09-29) carries no licence that lets
# dateline redistribute it, so the demo reads it from the development data next to the checkout.
SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "seed"




def _progress(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err_console, transient=True, disable=quiet,
    )


def ingest_paths(
    paths: list[str], db: Path, options: Any = None, *, analyze: bool = True, quiet: bool = False
) -> tuple[Counter[str], list[Any]]:
    """Read, store and analyse articles; returns (counts by status, rejected records)."""
    from ..readers import ReaderError, Rejected, read_paths

    counts: Counter[str] = Counter()
    rejected: list[Any] = []
    store = open_db(db, readonly=False)
    try:
        with _progress(quiet) as progress:
            task = progress.add_task("Reading and storing articles", total=None)

            def articles() -> Any:
                try:
                    for item in read_paths(paths, options):
                        if isinstance(item, Rejected):
                            rejected.append(item)
                            counts["rejected"] += 1
                            progress.advance(task)
                        else:
                            yield mend_article(item)
                except ReaderError as exc:
                    fail(str(exc))

            def on_result(_a: Any, res: Any) -> None:
                counts[res.status] += 1
                progress.advance(task)

            store.add_many(articles(), on_result=on_result)
        if analyze:
            counts["failed"] += len(analyze_pending(store, quiet=quiet, failures=True))
        if counts["new"] or counts["updated"] or counts["duplicate"]:
            # The articles are committed by now: a failure while grouping them must not undo the
            # ingest, nor (since it runs over the whole store) make every later ingest fail.
            try:
                update_stories(store)
            except Exception as exc:
                counts["failed"] += 1
                warn(f"the articles are stored, but grouping them into stories failed "
                     f"({type(exc).__name__}: {exc}); timelines may merge events of different stories")
            if analyze:
                try:
                    store.link_entities()
                except Exception as exc:
                    counts["failed"] += 1
                    warn(f"linking names across articles failed ({type(exc).__name__}: {exc})")
    finally:
        store.close()
    return counts, rejected


ANALYZE_CHUNK = 16  # articles analysed (and parsed) together


def analyze_pending(store: Any, *, quiet: bool = False, all_articles: bool = False, failures: bool = False) -> Any:
    """Analyse the stored articles that have no (or stale) layers.

    Returns how many were analysed, or with ``failures=True`` the ids of the articles whose
    analysis failed. An article that makes the analysis fail is reported and skipped, so that
    one bad article neither stops the others nor every later ingest.
    """
    from ..analysis import analyze_many, engine

    eng = engine()
    ids = [r["id"] for r in store.articles()] if all_articles else store.unanalyzed(eng)
    failed: list[str] = []
    if not ids:
        return failed if failures else 0
    with _progress(quiet) as progress:
        task = progress.add_task("Reading time, people, places, quotes, events", total=len(ids))
        for i in range(0, len(ids), ANALYZE_CHUNK):
            chunk = ids[i:i + ANALYZE_CHUNK]
            try:
                results = list(analyze_many(store.iter_articles(chunk)))
            except Exception:
                results = []
                for aid in chunk:  # find the article that fails; analyse the others
                    try:
                        results += list(analyze_many(store.iter_articles([aid])))
                    except Exception as exc:
                        failed.append(aid)
                        warn(f"could not analyse article {aid} ({type(exc).__name__}: {exc}); it is stored "
                             "without time expressions, entities, quotes or events")
            for result in results:
                store.save_analysis(result.to_dict(), eng)
            progress.advance(task, len(chunk))
    return failed if failures else len(ids) - len(failed)


def update_stories(store: Any) -> int:
    """Group the stored articles into stories (the real-world event each reports); returns how many.

    Copies of an article (near-duplicates) join their original's story.
    """
    from ..stories import cluster_articles

    rows = store.articles()
    originals = [r["id"] for r in rows if not r["duplicate_of"]]
    mapping = cluster_articles(list(store.iter_articles(originals)))
    for r in rows:
        if r["duplicate_of"]:
            mapping[r["id"]] = mapping.get(r["duplicate_of"], r["duplicate_of"])
    store.save_stories(mapping)
    return len(set(mapping.values()))


def _print_summary(counts: Counter[str], rejected: list[Any], db: Path) -> None:
    table = Table(title=f"Ingested into {escape(str(db))}", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    labels = [
        ("new", "new articles"),
        ("updated", "updated (text changed, old version kept)"),
        ("unchanged", "already stored, unchanged"),
        ("duplicate", "near-duplicates (linked to their original)"),
        ("rejected", "rejected"),
    ]
    if counts.get("failed"):
        labels.append(("failed", "stored, but a later step failed (see the warnings)"))
    for key, label in labels:
        table.add_row(label, str(counts.get(key, 0)))
    err_console.print(table)
    if rejected:
        err_console.print("[bold]Rejected records[/] (where, why):")
        for line in _reject_lines(rejected):
            err_console.print(line, highlight=False, markup=False, soft_wrap=True)


_RECORD_PLACE = re.compile(r"(#[^/\\]*|:\d+)$")  # "#entry 3" or ":12" after a file name


def _reject_lines(rejected: list[Any], shown: int = 20) -> list[str]:
    """One line per rejected record, except that the records of one file rejected for one reason share a
    line ("index.json: 447 records: the article has no text and no title"); at most ``shown`` lines, then
    a count of the rest by reason."""
    groups: dict[tuple[str, str], list[str]] = {}
    for r in rejected:
        where = _RECORD_PLACE.sub("", str(r.origin))
        groups.setdefault((where, r.reason), []).append(str(r.origin)[len(where):])
    lines: list[str] = []
    rest: Counter[str] = Counter()
    for (where, reason), places in groups.items():
        if len(lines) >= shown:
            rest[reason.split(":")[0]] += len(places)
        elif len(places) == 1:
            lines.append(f"  {where}{places[0]}: {reason}")
        else:
            first = ", ".join(p for p in places[:3] if p) + (", ..." if len(places) > 3 else "")
            lines.append(f"  {where}: {len(places)} records{f' ({first})' if first else ''}: {reason}")
    lines += [f"  ... and {n} more: {reason}" for reason, n in rest.most_common(5)]
    return lines


@app.command()
def ingest(
    paths: list[str] = typer.Argument(
        ..., help="Files or folders to read (JSON lines, CSV, HTML, RSS/Atom, TimeML, text), or - for standard input."
    ),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The database: an SQLite file (created when missing) or a postgresql:// URL."),
    fmt: str = typer.Option(
        None, "--format", help="Read every input as this format: seed, jsonl, csv, tsv, html, feed, timeml, text."
    ),
    date: str = typer.Option(None, "--date", help="Date (YYYY-MM-DD) for articles that carry none."),
    date_field: str = typer.Option(None, "--date-field", help="Name of the date field in JSON/CSV records."),
    title_field: str = typer.Option(None, "--title-field", help="Name of the title field."),
    text_field: str = typer.Option(None, "--text-field", help="Name of the text field."),
    url_field: str = typer.Option(None, "--url-field", help="Name of the URL field."),
    id_field: str = typer.Option(None, "--id-field", help="Name of the id field."),
    source: str = typer.Option(None, "--source", help="Source name (outlet) for articles that carry none."),
    analyze: bool = typer.Option(
        True, "--analyze/--no-analyze",
        help="Read time, entities, places, quotes and events right away (slower; needed for timelines).",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read articles from files, folders or standard input and store them.

    The same article read twice is stored once; an article whose text changed is updated and its
    old version kept; copies of one story (syndicated wire copy) are linked to the original.
    Records that cannot be read (no date, bad JSON, binary file ...) are listed with file and line
    and the others still go in.

    Exit code: 0 when everything went in, 1 when some records were rejected, 2 on a usage error.

    Examples:
      dateline ingest articles.jsonl
      dateline ingest news/ --db ukraine.db
      dateline ingest export.csv --date-field published --text-field body
      cat feed.xml | dateline ingest - --format feed
    """
    from ..readers import ReadOptions

    if date is not None:
        from ..model import ArticleError, parse_date

        try:
            parse_date(date)
        except (ArticleError, ValueError) as exc:
            fail(f"--date {date!r} is not a date like 2022-09-29 ({exc})")
    for p in paths:
        if p != "-" and not Path(p).exists():
            fail(f"{p}: no such file or folder")
    options = ReadOptions(
        date_field=date_field, title_field=title_field, text_field=text_field, url_field=url_field,
        id_field=id_field, source=source, date=date, format=fmt,
    )
    try:
        counts, rejected = ingest_paths(paths, db, options, analyze=analyze, quiet=quiet)
    except KeyboardInterrupt:
        fail("interrupted. The articles stored so far are kept; run the same command again to store "
             "and analyse the rest (nothing is stored twice).", 130)
    _print_summary(counts, rejected, db)
    if rejected or counts["failed"]:
        raise typer.Exit(1)


@app.command()
def analyze(
    path: str = typer.Argument(None, help="An article file to analyse (any format ingest reads), or - for standard input."),
    date: str = typer.Option(None, "--date", help="The article's date (YYYY-MM-DD) when the file carries none."),
    db: Path = typer.Option(
        None, "--db", help="Instead of a file: (re)analyse the articles stored in this database."
    ),
    all_articles: bool = typer.Option(False, "--all", help="With --db: analyse every article again, not only new ones."),
    cluster: str = typer.Option(
        None, "--cluster",
        help="With --db: analyse on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' "
        "for one worker process per core on this machine.",
    ),
) -> None:
    """Show everything dateline reads in an article, as JSON.

    Prints one JSON document with the article and its layers: time expressions (timexes), entities
    and their mentions, places with coordinates, quotes with speakers, and events. Every item has
    the field it was found in ("title" or "text") and character offsets into it.

    Examples:
      dateline analyze ../shared/seed/annexation-2022-09-29.txt
      dateline analyze story.txt --date 2022-09-29
      dateline analyze --db dateline.db          (analyse stored articles not analysed yet)
      dateline analyze --db postgresql://localhost/news --cluster tcp://10.0.0.5:8786
    """
    if db is not None:
        if path is not None:
            fail("give either an article file or --db, not both")
        store = open_db(db, readonly=False)
        try:
            if cluster:
                from ..scale import analyze_store_distributed

                ids = [r["id"] for r in store.articles()] if all_articles else None
                n = analyze_store_distributed(store, None if cluster == "local" else cluster, ids=ids)
            else:
                n = analyze_pending(store, all_articles=all_articles)
            if n:
                store.link_entities()
        finally:
            store.close()
        err_console.print(f"Analysed {n} article(s) in {db}.")
        return
    if path is None:
        fail("give an article file to analyse (or - for standard input), or --db DATABASE")
    from ..analysis import analyze_many
    from ..readers import ReaderError, ReadOptions, Rejected, read_paths

    if path != "-" and not Path(path).exists():
        fail(f"{path}: no such file")
    articles = []
    undated = False
    try:
        for item in read_paths([path], ReadOptions(date=date)):
            if isinstance(item, Rejected):
                undated = undated or item.reason.startswith("no date")
                err_console.print(f"{item.origin}: {item.reason}", highlight=False, markup=False, soft_wrap=True)
            else:
                articles.append(mend_article(item))
    except ReaderError as exc:
        fail(str(exc))
    if not articles:
        fail(f"no article could be read from {path}" + (" (give its date with --date)" if undated else ""), 1)
    docs = [r.to_dict() for r in analyze_many(articles)]
    write_out(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2))


@app.command()
def search(
    query: str = typer.Argument(..., help='Words to find; FTS5 syntax works too: "annexation OR referendum".'),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The database: an SQLite file or a postgresql:// URL."),
    limit: int = typer.Option(20, "--limit", "-n", help="How many articles to show."),
    date_from: str = typer.Option(None, "--from", help="Only articles published on or after this date."),
    date_to: str = typer.Option(None, "--to", help="Only articles published on or before this date."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Find stored articles by words in their title or text, best matches first.

    Examples:
      dateline search annexation
      dateline search "Peskov ceremony" --from 2022-09-01 --json
    """
    with store_at(db) as store:
        hits = store.search(query, limit=limit, date_from=date_from, date_to=date_to)
    if as_json:
        write_out(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    if not hits:
        err_console.print(f"No article matches {query!r}.", highlight=False, markup=False)
        return
    table = Table(show_lines=False)
    for col in ("date", "id", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for h in hits:
        title = escape(h["title"] or "(no title)") + (" [dim](copy)[/]" if h.get("duplicate_of") else "")
        table.add_row(h["date"], h["id"], title, escape(h["snippet"].replace("\n", " ")))
    console.print(table)


@app.command()
def show(
    article_id: str = typer.Argument(..., help="The article's id (or its first characters)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The database: an SQLite file or a postgresql:// URL."),
    as_json: bool = typer.Option(False, "--json", help="Print the article and its layers as JSON."),
) -> None:
    """Show one stored article: its metadata, text, copies, versions and what dateline read in it.

    Example: dateline show u3f2a9c1d
    """
    with store_at(db) as store:
        art = store.get(article_id)
        if art is None:
            fail(f"no article with id {article_id!r} in {db}: give the whole id, or its first 4 or more "
                 "characters when only one id starts with them (dateline search finds ids)", 1)
        layers = {t: store.layer(t, art["id"]) for t in ("timexes", "entity_mentions", "places", "quotes",
                                                         "event_mentions")}
    if as_json:
        for ev in layers["event_mentions"]:
            ev["data"] = json.loads(ev["data"])
        write_out(json.dumps({"article": art, **layers}, ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{escape(art['title'] or '(no title)')}[/]", highlight=False)
    meta = [f"id {art['id']}", f"date {art['date']} ({art['date_source']})"]
    if art.get("source"):
        meta.append(f"source {art['source']}")
    if art.get("url"):
        meta.append(art["url"])
    console.print("  ".join(meta), style="dim", highlight=False, markup=False)
    if art.get("duplicate_of"):
        console.print(f"Copy of {art['duplicate_of']} (similarity {art['similarity']}).", style="yellow")
    if art["copies"]:
        console.print(f"Copies: {', '.join(art['copies'])}", style="yellow")
    if art["versions"]:
        console.print(f"Text changed {len(art['versions'])} time(s); now version {art['version']}.", style="yellow")
    console.print()
    console.print(art["text"], highlight=False, markup=False)
    if layers["timexes"]:
        console.print("\n[bold]Time expressions[/]")
        for t in layers["timexes"]:
            console.print(f"  {t['text']!r} → {t['value']} ({t['type']})", highlight=False, markup=False)
    if layers["quotes"]:
        console.print("\n[bold]Quotes[/]")
        for q in layers["quotes"]:
            who = q["speaker_name"] or q["speaker_text"] or "?"
            console.print(f"  {who} ({q['kind']}): {q['content'][:160]}", highlight=False, markup=False)
    if layers["event_mentions"]:
        console.print("\n[bold]Events[/]")
        for e in layers["event_mentions"]:
            when = e["date"] or "?"
            if json.loads(e["data"]).get("before_anchor"):
                when = f"before {when}"
            console.print(
                f"  {when:<18} {e['status']:<12} {e['trigger']}  ({e['anchor']} date)",
                highlight=False, markup=False,
            )


@app.command()
def stats(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The database: an SQLite file or a postgresql:// URL."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Count what the database holds: articles, copies, sources, dates, and each analysis layer.

    Example: dateline stats --db demo.db
    """
    with store_at(db) as store:
        s = store.stats()
    if as_json:
        write_out(json.dumps(s, indent=2))
        return
    table = Table(show_header=False, title=escape(str(db)), title_justify="left")
    table.add_column("what")
    table.add_column("value", justify="right")
    for k, v in s.items():
        if k != "database":
            table.add_row(k.replace("_", " "), escape(str(v)))
    console.print(table)


def show_articles_by_date(db: Path) -> None:
    """Print the stored articles grouped by publication date, with counts."""
    with store_at(db) as store:
        rows = store.articles()
        s = store.stats()
    table = Table(title=f"{s['articles']} articles in {escape(str(db))}, {s['first_date']} to {s['last_date']}",
                  title_justify="left")
    table.add_column("date")
    table.add_column("n", justify="right")
    table.add_column("titles", overflow="fold")
    by_date: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_date.setdefault(r["date"], []).append(r)
    for d, items in by_date.items():
        titles = "\n".join(escape(r["title"] or "(no title)") + (" (copy)" if r["duplicate_of"] else "") for r in items)
        table.add_row(d, str(len(items)), titles)
    console.print(table)
    console.print(
        f"time expressions {s['timexes']}, entity mentions {s['entity_mentions']}, places {s['places']}, "
        f"quotes {s['quotes']}, event mentions {s['event_mentions']}",
        style="dim",
    )


@app.command()
def demo(
    db: Path = typer.Option(Path("demo.db"), "--db", help="Where to build the demo database."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Build a database from the bundled demo corpus and show it.

    The demo corpus is the 30 Wikinews articles about Apple of the MEANTIME corpus (CC BY 4.0,
    bundled in data/demo) and, when the development data sits next to the checkout
    (../shared/seed), the seed article about the annexation of four Ukrainian regions (2022-09-29).

    Example: dateline demo --db demo.db
    """
    if not DEMO_DIR.is_dir():
        fail(f"the demo corpus is not here ({DEMO_DIR}); run dateline demo from a checkout of dateline")
    paths = [str(DEMO_DIR)]
    if SEED_DIR.is_dir():
        paths.append(str(SEED_DIR))
    else:
        err_console.print(f"(The seed article is not at {SEED_DIR}; the demo shows the Wikinews articles only.)")
    counts, rejected = ingest_paths(paths, db, quiet=quiet)
    _print_summary(counts, rejected, db)
    show_articles_by_date(db)
    from .timeline_cmd import show_demo_timeline

    show_demo_timeline(db)


@app.command()
def entities(
    query: str = typer.Argument(None, help="Part of a name to look for (optional)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The database: an SQLite file or a postgresql:// URL."),
    label: str = typer.Option(None, "--label", help="Only this kind: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT ..."),
    limit: int = typer.Option(30, "--limit", "-n", help="How many to show."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List the people, organisations and places the articles name, most mentioned first.

    Each entity has its canonical name (the fullest form), its kind, its roles ("spokesman") and,
    when another stored entity is the same one named differently in other articles ("Putin" and
    "Vladimir Putin"), the name it joins.

    Example: dateline entities Peskov --label PERSON
    """
    from ..api.data import entity_list

    with store_at(db) as store:
        rows = entity_list(store, q=query, label=label, limit=limit)
    if as_json:
        write_out(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        err_console.print("No entities match." + ("" if query or label else " Were the articles analysed?"))
        return
    table = Table()
    for col in ("name", "kind", "mentions", "articles", "roles", "same as"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(escape(r["name"]), escape(r["label"] or ""), str(r["mentions"]), str(r["articles"]),
                      escape(", ".join(r["roles"][:3])), escape(r.get("canonical_name") or ""))
    console.print(table)
