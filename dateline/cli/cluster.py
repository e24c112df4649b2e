"""``dateline cluster``: group articles given as JSON lines by the real-world event they report."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import typer

from .app import app, fail, stdin_text


def read_articles(stream: TextIO) -> tuple[list[dict[str, Any]], list[str]]:
    """Articles from JSON lines, in input order, and a message for every line that was refused."""
    from ..stories.cluster import as_item

    articles: list[dict[str, Any]] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            problems.append(f"line {number}: expected a JSON object with id, date, title and text")
            continue
        try:
            item = as_item(record)
        except ValueError as exc:
            problems.append(f"line {number}: {exc}")
            continue
        if not (item.title.strip() or item.text.strip()):
            problems.append(f"line {number}: the article has neither title nor text")
            continue
        if item.id in seen:
            problems.append(f"line {number}: id {item.id!r} was already given on line {seen[item.id]}")
            continue
        seen[item.id] = number
        articles.append({"id": record["id"], "key": item.id, "date": item.date,
                         "title": item.title, "text": item.text})
    return articles, problems


@app.command()
def cluster(
    file: Path | None = typer.Argument(
        None, help="A file of JSON lines; standard input when left out or '-'.", show_default=False
    ),
    jsonl: bool = typer.Option(
        True, "--jsonl", help="Read and write JSON lines (the one format this command speaks)."
    ),
    threshold: float | None = typer.Option(
        None, "--threshold", min=0.0, max=1.0,
        help="How alike two groups must be to become one story (0-1; default 0.2). Higher gives more, smaller stories.",
    ),
) -> None:
    """Group articles into stories: one story per real-world event they report.

    Reads one JSON object a line, {"id", "date", "title", "text"} (date as YYYY-MM-DD), and writes one line {"id", "cluster"} per article, in input order; articles with the same cluster report the same event. Articles are compared by their words, names and numbers (title words count more); articles published far apart are kept apart, and two groups that each keep naming their own people, places or years (two different earthquakes, two fights of one boxer) stay two stories. The result does not depend on the order of the lines.

    A bad line (not JSON, no id, a bad date, an id given twice) is reported on standard error with its line number and left out; the others are still grouped, and the command then exits with 1.

    Example: dateline cluster --jsonl < articles.jsonl > stories.jsonl
    """
    from ..stories import Params, cluster_articles

    del jsonl  # JSON lines are the only format; the flag names it for outside evaluations
    if file is None or str(file) == "-":
        articles, problems = read_articles(stdin_text())
    else:
        if not file.is_file():
            fail(f"{file} is not a file (give a file of JSON lines, or '-' for standard input)")
        with file.open(encoding="utf-8", errors="replace") as stream:
            articles, problems = read_articles(stream)
    for message in problems:
        sys.stderr.write(message + "\n")
    params = Params() if threshold is None else Params(threshold=threshold)
    stories = cluster_articles(
        [{"id": a["key"], "date": a["date"], "title": a["title"], "text": a["text"]} for a in articles], params
    )
    out = "".join(json.dumps({"id": a["id"], "cluster": stories[a["key"]]}, ensure_ascii=False) + "\n"
                  for a in articles)
    sys.stdout.write(out)
    sys.stdout.flush()
    if problems:
        sys.stderr.write(f"{len(problems)} line(s) left out\n")
        raise typer.Exit(1)
