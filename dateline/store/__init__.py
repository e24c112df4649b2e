"""The store: where articles and everything read in them are kept.

SQLite (one file, WAL mode) is the default (:mod:`dateline.store.sqlite`); a ``postgresql://``
URL opens a PostgreSQL database instead (:mod:`dateline.store.postgres`, the ``postgres`` extra),
with the same tables and the same methods.
"""

from __future__ import annotations

import os
from typing import Any

from .sqlite import AddResult, Store, StoreError, content_hash, plain_query

__all__ = ["AddResult", "Store", "StoreError", "content_hash", "is_url", "open_store", "plain_query"]


def is_url(target: str | os.PathLike[str]) -> bool:
    """True when ``target`` names a PostgreSQL database rather than an SQLite file."""
    return str(target).startswith(("postgresql:", "postgres:"))


def open_store(target: str | os.PathLike[str], *, readonly: bool = False) -> Any:
    """Open (creating and migrating when needed) the dateline database at ``target``: an SQLite
    file path, or a ``postgresql://`` URL (needs the ``postgres`` extra)."""
    if is_url(target):
        from .postgres import open_postgres

        return open_postgres(target, readonly=readonly)
    return Store(target, readonly=readonly)
