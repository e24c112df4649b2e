"""The typer application every command module registers on."""

from __future__ import annotations

import inspect
import io
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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


def read_input(path: str) -> str:
    """The text of a FILE argument ('-' is standard input), or a clear error."""
    if path == "-":
        return mend_text(stdin_text().read())
    p = Path(path)
    if not p.is_file():
        fail(f"no such file: {path}")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        fail(f"{path} is not UTF-8 text")


def article_date(dct: str | None, required: str = "--dct is required: the article date as YYYY-MM-DD") -> Any:
    """The --dct option as a date, or a clear error (``required`` when it is missing)."""
    from dateline.time import as_date

    if not dct:
        fail(required)
    try:
        return as_date(dct)
    except ValueError:
        fail(f"--dct expects a date as YYYY-MM-DD, got {dct!r}")


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


def db_path_problem(db: Path) -> str | None:
    """Why an SQLite database cannot be created or written at ``db`` (in plain words), or None."""
    from ..store import is_url

    if is_url(db):  # a PostgreSQL URL (typer's Path turns "//" into "/")
        return None
    if db.is_dir():
        return f"{db} is a folder; give --db a file name such as {db / 'dateline.db'}"
    parent = db.parent if str(db.parent) else Path(".")
    if not db.exists():
        if not parent.exists():
            return f"cannot create the database {db}: the folder {parent} does not exist"
        if not parent.is_dir():
            return f"cannot create the database {db}: {parent} is a file, not a folder"
        if not os.access(parent, os.W_OK):
            return f"cannot create the database {db}: the folder {parent} is read-only"
    elif not os.access(db, os.W_OK) or not os.access(parent, os.W_OK):
        return f"cannot write to the database {db}: it (or its folder, which holds its journal) is read-only"
    return None


def open_db(db: Path, *, readonly: bool = False) -> Any:
    """Open the database at ``db`` or stop with a plain message (exit code 2)."""
    from ..store import StoreError, open_store

    problem = None if readonly else db_path_problem(db)
    if problem:
        fail(problem)
    try:
        return open_store(db, readonly=readonly)
    except StoreError as exc:
        fail(str(exc))


@contextmanager
def store_at(db: Path, *, readonly: bool = True) -> Iterator[Any]:
    """The database at ``db`` for the length of a command (closed after), or a plain error."""
    store = open_db(db, readonly=readonly)
    try:
        yield store
    finally:
        store.close()
