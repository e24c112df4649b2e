"""The store: where articles and everything read in them are kept.

SQLite (one file, WAL mode) is the default; see :mod:`dateline.store.sqlite`.
"""

from __future__ import annotations

from .sqlite import AddResult, Store, StoreError, content_hash, open_store, plain_query

__all__ = ["AddResult", "Store", "StoreError", "content_hash", "open_store", "plain_query"]
