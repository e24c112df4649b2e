"""Small helpers both stores (SQLite and PostgreSQL) share."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_migrations(folder: str) -> list[tuple[int, str, str]]:
    """Schema migrations shipped in ``dateline/store/<folder>/NNNN_name.sql``: (version, name, SQL), in order."""
    out = []
    for entry in (resources.files(__package__) / folder).iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            out.append((int(name[:4]), name[5:-4], entry.read_text(encoding="utf-8")))
    return sorted(out)


def date_filter(col: str, date_from: str | None, date_to: str | None,
                placeholder: str = "?") -> tuple[list[str], list[Any]]:
    """SQL conditions (and their arguments) keeping ``col`` between two ISO dates, either open."""
    where: list[str] = []
    args: list[Any] = []
    if date_from:
        where.append(f"{col} >= {placeholder}")
        args.append(date_from)
    if date_to:
        where.append(f"{col} <= {placeholder}")
        args.append(date_to)
    return where, args


def to_json(value: Any) -> str | None:
    """A value as stored JSON text (None stays NULL)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def to_str(value: Any) -> str | None:
    return None if value is None else str(value)


def escape_like(s: str) -> str:
    """``s`` with LIKE's wildcards escaped (use with ESCAPE '\\')."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_prefix(prefix: str) -> str:
    return escape_like(prefix) + "%"
