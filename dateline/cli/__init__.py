"""dateline's command line. Each module in this package registers its commands on ``app``."""

from __future__ import annotations

import importlib

from .app import app, write_out

# One module per group of commands; each decorates ``app`` when imported.
COMMAND_MODULES: list[str] = [
    "store_cmds",  # ingest, analyze, search, show, stats, demo, entities
    "timeline_cmd",  # timeline
    "quotes",
    "timex",  # timex, timeml
    "events",  # events, entity-timelines
    "cluster",
    "serve",
]

for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}")


@app.command()
def version() -> None:
    """Print dateline's version.

    Example: dateline version
    """
    from importlib.metadata import version as _v

    write_out(_v("dateline"))


def main() -> None:
    """Entry point of the ``dateline`` program."""
    app()


__all__ = ["app", "main"]
