"""The typer application every command module registers on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console

app = typer.Typer(
    name="dateline",
    help=(
        "dateline turns dated news articles into a record of what happened, when, where, "
        "who was involved and who said what, and into timelines.\n\n"
        "Start with: dateline ingest ARTICLES... then dateline timeline."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

console = Console()
err_console = Console(stderr=True)

DEFAULT_DB = Path("dateline.db")

DbOption = typer.Option(
    DEFAULT_DB, "--db", help="The database: an SQLite file (created when missing) or a postgresql:// URL.", show_default=True
)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a plain error and exit (2: the command was used wrongly; 1: the work failed)."""
    err_console.print(f"[bold red]Error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def write_out(text: str) -> None:
    """Write machine-readable output to standard output without rich's markup or wrapping."""
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    sys.stdout.flush()
