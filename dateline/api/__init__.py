"""dateline's HTTP API and web page (FastAPI): ``create_app(db_path)``; run with ``dateline serve``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db_path: Any) -> FastAPI:
    """The web application over the database at ``db_path`` (see :mod:`dateline.api.app`)."""
    from dateline.api.app import create_app as _create

    return _create(db_path)


__all__ = ["create_app"]
