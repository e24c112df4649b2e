"""``dateline quotes``: who said what, from articles given as text or as JSON lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import typer

from .app import app, err_console, fail, mend_text, stdin_text, store_at, write_out

BATCH = 32


def _open(source: str) -> TextIO:
    if source == "-":
        return stdin_text()
    path = Path(source)
    if not path.exists():
        fail(f"{source}: no such file")
    if path.is_dir():
        fail(f"{source}: is a folder, not a file")
    return path.open(encoding="utf-8", errors="replace")


def _records(stream: TextIO) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, record or None, reason it is bad or None) for every non-blank line."""
    for n, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, None, f"not valid JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(rec, dict):
            yield n, None, f"expected a JSON object with a \"text\" field, got {type(rec).__name__}"
        elif not isinstance(rec.get("text"), str):
            yield n, None, "no \"text\" field with the article's text"
        else:
            rec["text"] = mend_text(rec["text"])
            yield n, rec, None


def _run_jsonl(stream: TextIO) -> int:
    """Quotes for every JSON line; returns the number of bad lines."""
    from .. import nlp
    from ..quotes import extract_quotes

    bad = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        for rec, doc in zip(batch, nlp.parse_many((r["text"] for r in batch), batch_size=BATCH), strict=True):
            out = {"id": rec.get("id"), "quotes": [q.to_dict() for q in extract_quotes(doc)]}
            write_out(json.dumps(out, ensure_ascii=False))
        batch.clear()

    for n, rec, reason in _records(stream):
        if rec is None:
            bad += 1
            err_console.print(f"line {n}: {reason}; skipped", highlight=False, markup=False)
            continue
        batch.append(rec)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return bad


@app.command()
def quotes(
    source: str = typer.Argument("-", help="A file to read, or - for standard input.", show_default=True),
    jsonl: bool = typer.Option(
        False, "--jsonl",
        help='Read JSON lines {"id", "date", "text"} and write one line {"id", "quotes": [...]} per article.',
    ),
    db: Path = typer.Option(None, "--db", help="Read quotes stored in this database instead of an input file."),
    speaker: str = typer.Option(
        None, "--speaker", help="With --db: what this person or organisation said (part of the name is enough)."
    ),
    limit: int = typer.Option(50, "--limit", "-n", help="With --db: at most this many quotes."),
    as_json: bool = typer.Option(False, "--json", help="With --db: print JSON instead of text."),
) -> None:
    """Find quotations and reported speech, with who said them, in articles.

    Each quote has its content, its speaker (the mention in the text, e.g. "he" or "spokesman Dmitry Peskov", and the name it stands for), its cue ("said", "told", "according to") and its kind: "direct" (words in quotation marks), "mixed" (reported speech with quoted words), "indirect" (reported speech) or "stance" (a position taken on something named, with no words reported: "Kyiv rejected the proposal", "denied the allegations"). Offsets are character offsets into the article's text.

    Without --jsonl the input is one article as plain text, and one JSON object is printed. With --jsonl every line is an article; a line that cannot be read is reported on standard error with its number, the other lines are still processed, and the exit code is then 1.

    With --db and --speaker, list what someone said in the stored articles, newest first, with
    dates and sources.

    Example: dateline quotes --jsonl < articles.jsonl > quotes.jsonl

    Example: dateline quotes --db dateline.db --speaker Peskov
    """
    if speaker is not None or db is not None:
        if db is None or speaker is None:
            fail("--db and --speaker go together: dateline quotes --db FILE --speaker NAME")
        _speaker_quotes(db, speaker, limit, as_json)
        return
    stream = _open(source)
    try:
        if jsonl:
            bad = _run_jsonl(stream)
            if bad:
                err_console.print(f"{bad} line(s) could not be read", highlight=False, markup=False)
                raise typer.Exit(1)
            return
        from ..quotes import quotes_for_text

        text = mend_text(stream.read())
        if not text.strip():
            fail(f"{'standard input' if source == '-' else source} is empty: nothing to read quotes from")
        write_out(json.dumps({"quotes": [q.to_dict() for q in quotes_for_text(text)]}, ensure_ascii=False, indent=2))
    finally:
        if source != "-":
            stream.close()


def _speaker_quotes(db: Path, speaker: str, limit: int, as_json: bool) -> None:
    with store_at(db) as store:
        rows = store.quotes_by(speaker, limit=limit)
    if as_json:
        write_out(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        err_console.print(f"No quotes by {speaker!r} in {db}.", highlight=False, markup=False)
        return
    for r in rows:
        who = r["speaker_name"] or r["speaker_text"]
        src = r["source"] or r["url"] or r["article_id"]
        write_out(f"{r['date']}  {who} ({r['kind']}, {r['cue'] or 'no cue'}) in {src}: {r['content']}")
