"""dateline's command line. Each module in this package registers its commands on ``app``."""

from __future__ import annotations

import importlib

from .app import app, tidy_help, write_out

# One module per group of commands; each decorates ``app`` when imported.
COMMAND_MODULES: list[str] = [
    "store_cmds",  # ingest, analyze, search, show, stats, demo, entities
    "timeline_cmd",  # timeline
    "export_cmd",  # export
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


# Docstrings are wrapped for the source; --help rewraps each paragraph to the terminal's width.
tidy_help(app)


def main() -> None:
    """Entry point of the ``dateline`` program."""
    app()


__all__ = ["app", "main"]
