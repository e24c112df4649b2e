"""Commands ``timex`` (tag time expressions) and ``timeml`` (annotate TimeML files)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from .app import app, article_date, err_console, fail, mend_text, read_input, stdin_text, write_out

CLI_KEYS = ("start", "end", "text", "type", "value", "interval", "rule")


def _public(t: Any) -> dict[str, Any]:
    d = t.to_dict()
    return {k: d[k] for k in CLI_KEYS}


def _jsonl() -> None:
    from dateline.time import tag

    bad = 0
    for no, line in enumerate(stdin_text(), start=1):
        if not line.strip():
            continue
        item = None
        try:
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
            if not isinstance(item, dict):
                raise ValueError("expected a JSON object")
            if not isinstance(item.get("text"), str):
                raise ValueError('"text" must be a string')
            if "dct" not in item:
                raise ValueError('"dct" (the article date, YYYY-MM-DD) is missing')
            timexes = tag(mend_text(item["text"]), item["dct"])
        except (ValueError, TypeError) as exc:
            bad += 1
            err_console.print(f"line {no}: {exc}", highlight=False, markup=False)
            # one output line for every input line, so that outputs can be zipped with inputs
            rid = item.get("id") if isinstance(item, dict) else None
            sys.stdout.write(json.dumps({"id": rid, "timexes": [], "error": f"line {no}: {exc}"},
                                        ensure_ascii=False) + "\n")
            continue
        sys.stdout.write(json.dumps({"id": item.get("id"), "timexes": [_public(t) for t in timexes]},
                                    ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if bad:
        raise typer.Exit(1)


@app.command()
def timex(
    file: str = typer.Argument("-", help="The text to read; '-' (the default) reads standard input."),
    dct: str = typer.Option(None, "--dct", help="The article date, YYYY-MM-DD: relative expressions count from it."),
    explain: bool = typer.Option(False, "--explain", help="Print a readable explanation of each time expression."),
    jsonl: bool = typer.Option(False, "--jsonl", help='Read JSON lines {"id", "dct", "text"} from standard input; write one line {"id", "timexes"} each (with "error" when a line cannot be read).'),
) -> None:
    """Find the time expressions of a text and give each its TimeML value.

    Prints a JSON array of {start, end, text, type, value, interval, rule}: start and end are
    character offsets into the input, value is a TimeML value (2022-09-30, 2022-W39, P1W,
    PAST_REF ...), interval the first and last day or minute it covers, rule why it has that
    value. Relative expressions ("tomorrow", "on Friday", "last week") are resolved against
    --dct and the tense of their sentence.

    Example: dateline timex --dct 2022-09-29 article.txt
    """
    from dateline.time import tag

    if jsonl:
        if file != "-":
            fail("--jsonl reads standard input; leave out the FILE argument")
        _jsonl()
        return
    day = article_date(dct, "--dct is required: the article date as YYYY-MM-DD (or use --jsonl)")
    text = read_input(file)
    timexes = tag(text, day)
    if explain:
        write_out("\n\n".join(t.explain() for t in timexes) if timexes else "No time expressions found.")
        return
    write_out(json.dumps([_public(t) for t in timexes], ensure_ascii=False, indent=2))


@app.command()
def timeml(
    in_dir: Path = typer.Argument(..., help="A folder of TimeML (.tml) files, TempEval-3 style."),
    out_dir: Path = typer.Argument(..., help="Where to write the annotated files (created if missing)."),
) -> None:
    """Annotate TimeML files with dateline's TIMEX3 tags.

    Reads the DCT and TEXT of each .tml file under IN_DIR, drops the TIMEX3/EVENT/SIGNAL tags
    found in TEXT, keeps every character of the text, and writes the file under the same name
    in OUT_DIR with TIMEX3 tags (tid, type, value) inserted, ready for TempEval-3's scorer.

    Example: dateline timeml ../shared/benchmarks/tempeval3-tbaq-cleaned/TimeBank out/
    """
    from dateline.time import tag
    from dateline.time.timeml import TimeMLError, read_timeml, write_timeml

    if not in_dir.is_dir():
        fail(f"IN_DIR is not a folder: {in_dir}")
    files = sorted(in_dir.rglob("*.tml"))
    if not files:
        fail(f"no .tml files in {in_dir}")
    if out_dir.resolve() == in_dir.resolve():
        fail("OUT_DIR must differ from IN_DIR (the input files would be overwritten)")
    bad = 0
    for path in files:
        try:
            doc = read_timeml(path)
            target = out_dir / path.relative_to(in_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(write_timeml(doc, tag(doc.text, doc.dct)), encoding="utf-8")
        except OSError as exc:
            bad += 1
            where = exc.filename or path
            err_console.print(f"{path}: cannot read or write {where} ({exc.strerror or exc})", highlight=False,
                              markup=False)
        except (TimeMLError, ValueError) as exc:
            bad += 1
            err_console.print(f"{path}: {exc}", highlight=False, markup=False)
    err_console.print(f"annotated {len(files) - bad} of {len(files)} files into {out_dir}", highlight=False)
    if bad:
        raise typer.Exit(1)
