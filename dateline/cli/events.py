"""Commands ``events`` (event mentions of an article) and ``entity-timelines`` (SemEval-2015 Track A)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .app import app, article_date, err_console, fail, read_input, write_out


@app.command()
def events(
    file: str = typer.Argument("-", help="The article text; '-' (the default) reads standard input."),
    dct: str = typer.Option(
        None, "--dct",
        help="The article date, YYYY-MM-DD (required): relative dates count from it, and events without "
        "a date of their own get it.",
    ),
    min_score: float = typer.Option(
        0.5, "--min-score",
        help="Leave out mentions scored below this (0 to 1): passing mentions ('since the Olympics'), "
        "states and purpose clauses score under 0.5. 0 keeps them all.",
    ),
) -> None:
    """Find the events of an article: trigger, participants, date, status and type.

    Prints a JSON array of event mentions: trigger with start/end character offsets, lemma, type
    (PLOVER-like: ASSAULT, AGREE, SANCTION ..., STATEMENT for speech acts), status (happened,
    ongoing, planned, denied, hypothetical) and the cue that decided it, agents and patients, and
    the date (a TimeML value with its first and last day) with how it was found: "timex" (a time
    expression tied to the event), "reported" (the date of the statement that reports it) or
    "article" (only the article date, a weak anchor), and a score (how much the mention is an
    event worth a timeline; --min-score leaves out the low ones) with, below 1, why (score_why:
    "hedged" for "must withdraw", "habit" for "wars destroy lives", "passing" for "since the
    Olympics" ...).

    Example: dateline events --dct 2022-09-29 article.txt
    """

    from dateline.events import extract_events
    from dateline.nlp import parse
    from dateline.time import tag

    day = article_date(dct)
    text = read_input(file)
    found = [e for e in extract_events(parse(text), tag(text, day), day) if e.score >= min_score]
    write_out(json.dumps([e.to_dict() for e in found], ensure_ascii=False, indent=2))


@app.command("entity-timelines")
def entity_timelines(
    timeml_dir: Path = typer.Argument(..., help="A folder of SemEval-2015 TimeLine documents (.tml)."),
    entities: Path = typer.Option(..., "--entities", help="The target entities, one per line."),
    out: Path = typer.Option(..., "--out", help="Where to write one timeline file per entity (created if missing)."),
    gold: Path = typer.Option(None, "--gold", help="A folder of gold timelines: print the task's score after writing."),
) -> None:
    """Build the timeline of each target entity (SemEval-2015 Task 4, Track A).

    For each entity of --entities, finds the events it takes part in (as agent, patient or named
    modifier, through its name, name variants, surname and pronouns), anchors each in time with
    the document's DCT, orders them and writes ENTITY.txt into --out in the task's format
    (ORDINAL, date, DOCID-SENTENCE-TOKEN mentions). With --gold, prints the temporal-awareness
    precision, recall and F1, micro-averaged over the gold timelines.

    Example: dateline entity-timelines corpus/ --entities list_target_entities.txt --out timelines/
    """
    from dateline.timelines.entity_timelines import run
    from dateline.timelines.semeval import score_timelines

    if not timeml_dir.is_dir():
        fail(f"TIMEML_DIR is not a folder: {timeml_dir}")
    if not any(timeml_dir.glob("*.tml")):
        fail(f"no .tml files in {timeml_dir}")
    if not entities.exists() or entities.is_dir():
        fail(f"--entities: no such file: {entities}")
    if gold is not None and not gold.is_dir():
        fail(f"--gold is not a folder: {gold}")
    try:
        written = run(timeml_dir, entities, out)
    except OSError as exc:
        fail(f"cannot write the timelines into {out} ({exc.strerror or exc})", 1)
    except ValueError as exc:
        err_console.print(str(exc), highlight=False, markup=False)
        raise typer.Exit(1) from exc
    err_console.print(f"wrote {len(written)} timelines into {out}", highlight=False)
    if gold is not None:
        micro = score_timelines(out, gold)["micro"]
        write_out(json.dumps({k: round(micro[k], 2) for k in ("precision", "recall", "f1")}))
