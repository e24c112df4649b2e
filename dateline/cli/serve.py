"""The ``serve`` command: the web page and JSON API over a database."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import typer

from .app import DEFAULT_DB, app, err_console, fail, open_db


def _bind_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port (in use, not allowed, unknown address), or None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return f"{host} is not an address this machine can listen on ({exc.strerror or exc})"
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            return f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another port with --port"
    return None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The database file to serve (read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve a database in the browser: timelines, search, articles, quotes, and a JSON API.

    Opens the database read-only. The page is at http://HOST:PORT/ and needs no internet access;
    the API is under /api (described at /openapi.json). Stop with Ctrl-C.

    Examples:
      dateline serve
      dateline serve --db ukraine.db --port 8080
    """
    if not 0 < port < 65536:
        fail(f"--port must be between 1 and 65535, not {port}")
    open_db(db, readonly=True).close()  # a plain error now rather than on the first request
    problem = _bind_problem(host, port)
    if problem:
        fail(problem)
    import uvicorn

    from ..api import create_app

    if not _is_loopback(host):
        err_console.print(
            f"[yellow]Warning:[/] listening on {host}: anyone who can reach this address can read the "
            "database (there is no login).", highlight=False,
        )
    err_console.print(f"Serving {db} at http://{host}:{port}/ (API: /api, description: /openapi.json)",
                      highlight=False, soft_wrap=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
