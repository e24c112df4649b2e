"""dateline's command line. Each module in this package registers its commands on ``app``."""

from __future__ import annotations

import importlib

from .app import app

# One module per group of commands; each decorates ``app`` when imported.
COMMAND_MODULES: list[str] = [
    "timex",
    "quotes",
    "cluster",
    "store_cmds",
    "timeline_cmd",
    "serve",
    "events",
]

for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}")


def main() -> None:
    """Entry point of the ``dateline`` program."""
    app()


__all__ = ["app", "main"]
