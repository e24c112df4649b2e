"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import platform
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
BENCH_DATA = SHARED / "benchmarks"
OUT = ROOT / "benchmarks" / "out"


class Skip(Exception):
    """Raised by a benchmark whose data is not on this machine."""


CNN_HEADLINES = BENCH_DATA / "ukraine" / "ukraine-cnn-liveupdate-headlines" / "headlines.jsonl"
CIR_EVENTS = BENCH_DATA / "ukraine" / "ukraine-cir-eyesonrussia-events-2022" / "events.csv"


def cnn_headlines() -> list[str] | None:
    """The CNN live-update headlines, each once, in file order; None without the data."""
    if not CNN_HEADLINES.exists():
        return None
    seen: dict[str, None] = {}
    for line in CNN_HEADLINES.read_text(encoding="utf-8").splitlines():
        h = json.loads(line).get("headline", "").strip()
        if h:
            seen.setdefault(h)
    return list(seen)


def cir_events() -> list[dict[str, str]] | None:
    """The rows of the CIR Eyes on Russia incident list; None without the data."""
    if not CIR_EVENTS.exists():
        return None
    with CIR_EVENTS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def need(path: Path) -> Path:
    """Return ``path`` or skip the benchmark when it is absent."""
    if not path.exists():
        raise Skip(f"{path} is not on this machine")
    return path


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def today() -> str:
    return dt.date.today().isoformat()


def git_rev() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def table(header: list[str], rows: list[list[object]]) -> str:
    """A Markdown table."""
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        out.append("| " + " | ".join(str(c) for c in row) + " |")
    return "\n".join(out)
