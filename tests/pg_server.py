"""A throwaway PostgreSQL server for tests and benchmarks: initdb + pg_ctl in a temporary folder.

    server = PgServer.start()            # or None-safe: find_bindir() first
    url = server.create_database("t1")    # postgresql://dateline@127.0.0.1:PORT/t1
    ...
    server.stop()                          # stops the server and removes its folder

The server listens on 127.0.0.1 on a free port and on a Unix socket inside its own folder,
trusts local connections and runs as the current user. PostgreSQL refuses to run as root: when
the tests run as root, the server runs as the unprivileged ``postgres`` (or ``nobody``) account
instead, and its folder is given to that account. Nothing here needs root otherwise.

``DATELINE_TEST_PG_URL`` (a ``postgresql://`` URL to a server where the user may create
databases) makes the tests use that server instead of starting one.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

SUPERUSER = "dateline"
ENV_URL = "DATELINE_TEST_PG_URL"


def find_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True):
        if Path(cand, "initdb").exists() and Path(cand, "pg_ctl").exists():
            return Path(cand)
    return None


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parent.name
    return tuple(int(x) for x in part.split(".") if x.isdigit())


def missing_reason() -> str | None:
    """Why a PostgreSQL test cannot run here, or None when it can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'dateline[postgres]')"
    if os.environ.get(ENV_URL):
        return None
    if find_bindir() is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql to run these tests"
    if os.geteuid() == 0 and _unprivileged_user() is None:
        return "running as root and no unprivileged account (postgres, nobody) to run PostgreSQL as"
    return None


def _unprivileged_user() -> pwd.struct_passwd | None:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    """A running throwaway server (or an external one named by ``DATELINE_TEST_PG_URL``)."""

    base_url: str  # to the maintenance database "postgres"
    folder: Path | None = None
    bindir: Path | None = None
    run_as: pwd.struct_passwd | None = None
    created: list[str] = field(default_factory=list)
    stopped: bool = False

    @classmethod
    def start(cls, *, durable: bool = False) -> PgServer:
        """Start a server; ``durable`` keeps fsync on (benchmarks), else it is off (tests)."""
        external = os.environ.get(ENV_URL)
        if external:
            return cls(base_url=external)
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL server binaries not found")
        run_as = _unprivileged_user() if os.geteuid() == 0 else None
        root = "/tmp" if run_as is not None else None  # a folder every account can reach
        folder = Path(tempfile.mkdtemp(prefix="dateline-pg-", dir=root))
        server = cls(base_url="", folder=folder, bindir=bindir, run_as=run_as)
        atexit.register(server.stop)
        if run_as is not None:
            os.chown(folder, run_as.pw_uid, run_as.pw_gid)
        data = folder / "data"
        server._run([str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                     "--locale=C.UTF-8", "--no-sync", "--no-instructions"])
        opts = [f"-k {folder}", "-c listen_addresses=127.0.0.1", "-c max_connections=40",
                "-c shared_buffers=32MB"]
        if not durable:
            opts += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        for attempt in range(3):
            port = _free_port()
            try:
                server._run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w",
                             "-t", "60", "-o", " ".join([f"-p {port}", *opts]), "start"])
            except RuntimeError:
                if attempt == 2:
                    raise
                time.sleep(0.2)
                continue
            server.base_url = f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
            return server
        raise AssertionError("unreachable")

    def _run(self, cmd: list[str]) -> None:
        kwargs: dict[str, Any] = {}
        if self.run_as is not None:
            kwargs = {"user": self.run_as.pw_uid, "group": self.run_as.pw_gid, "extra_groups": []}
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C.UTF-8"
        proc = subprocess.run(cmd, cwd=self.folder, env=env, capture_output=True, text=True, **kwargs)
        if proc.returncode != 0:
            log = ""
            if self.folder and (self.folder / "server.log").exists():
                log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{Path(cmd[0]).name} failed ({proc.returncode}): {proc.stderr.strip()}\n{log}")

    def url(self, dbname: str) -> str:
        """The URL of database ``dbname`` on this server."""
        parts = urlsplit(self.base_url)
        return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, ""))

    def create_database(self, dbname: str) -> str:
        """Create (after dropping any older one) an empty database and return its URL."""
        import psycopg

        with psycopg.connect(self.base_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{dbname}" TEMPLATE template0 ENCODING \'UTF8\'')
        self.created.append(dbname)
        return self.url(dbname)

    def stop(self) -> None:
        """Stop the server and remove its folder (for an external server: drop the databases made)."""
        if self.stopped:
            return
        self.stopped = True
        if self.folder is None:
            if self.created and self.base_url:
                import psycopg

                with contextlib.suppress(Exception), psycopg.connect(self.base_url, autocommit=True) as conn:
                    for name in self.created:
                        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                self.created.clear()
            return
        if (self.folder / "data" / "postmaster.pid").exists() and self.bindir is not None:
            with contextlib.suppress(RuntimeError):
                self._run([str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast",
                           "-w", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)
