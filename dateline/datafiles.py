"""Reading the language data files every layer keeps beside its code (TSV/TXT, one row a line)."""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path


def table_rows(path: Path | Traversable, width: int) -> list[list[str]]:
    """The rows of a tab-separated data file: comments (``#``) and blank lines skipped, cells
    stripped. A row with another number of cells is an error that names the file and line."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = [c.strip() for c in line.split("\t")]
        if len(row) != width:
            raise ValueError(f"{path}:{n}: expected {width} tab-separated fields, got {line!r}")
        out.append(row)
    return out


def word_lines(path: Path | Traversable) -> list[str]:
    """The entries of a one-entry-a-line data file, lower-cased: comments (``#``) and blank lines skipped."""
    text = path.read_text(encoding="utf-8")
    return [line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")]
