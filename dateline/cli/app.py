"""The typer application every command module registers on."""

from __future__ import annotations

import inspect
import io
import re
import sys
from pathlib import Path
from typing import Any, NoReturn, TextIO

import typer
from rich.console import Console
from rich.markup import escape

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

console = Console(emoji=False)
err_console = Console(stderr=True, emoji=False)

DEFAULT_DB = Path("dateline.db")

DbOption = typer.Option(
    DEFAULT_DB, "--db", help="The database: an SQLite file (created when missing) or a postgresql:// URL.", show_default=True
)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a plain error and exit (2: the command was used wrongly; 1: the work failed).

    The message is printed as it is: brackets in it (from a file name or an article) are not
    read as rich markup.
    """
    err_console.print(f"[bold red]Error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """Print a plain warning on standard error (brackets in ``message`` are not markup)."""
    err_console.print(f"[yellow]Warning:[/] {escape(message)}", highlight=False, soft_wrap=True)


_SURROGATE = re.compile("[\ud800-\udfff]")


def mend_text(value: Any) -> Any:
    """``value`` with lone UTF-16 surrogates (from a JSON "\\ud800" escape) replaced by U+FFFD.

    One character replaces one, so offsets into the text do not move. Other values pass through.
    """
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def stdin_text() -> TextIO:
    """Standard input as UTF-8 text whatever the locale; bytes that are not UTF-8 become U+FFFD."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin
    return io.TextIOWrapper(buffer, encoding="utf-8", errors="replace")


def mend_article(article: Any) -> Any:
    """The article with lone surrogates replaced in its text fields (which cannot be stored as UTF-8)."""
    for name in ("title", "text", "url", "source", "origin"):
        if hasattr(article, name):
            setattr(article, name, mend_text(getattr(article, name)))
    return article


def unwrap_help(text: str) -> str:
    """A docstring made fit for ``--help``: the lines of a paragraph joined into one (the terminal
    wraps them), while indented lines (examples) keep their own lines."""
    text = inspect.cleandoc(text)
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(line[:1].isspace() for line in lines):
            out.append(para)
        else:
            out.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(out)


def tidy_help(typer_app: typer.Typer) -> None:
    """Give every registered command the help of :func:`unwrap_help` (docstrings are hard-wrapped)."""
    for info in typer_app.registered_commands:
        doc = info.help or (inspect.getdoc(info.callback) if info.callback else None)
        if doc:
            info.help = unwrap_help(doc)


def write_out(text: str) -> None:
    """Write machine-readable output to standard output without rich's markup or wrapping."""
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    sys.stdout.flush()
