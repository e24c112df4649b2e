"""Run dateline's benchmarks and write their figures to BENCHMARKS.md.

    python -m benchmarks            # every benchmark
    python -m benchmarks time ingest  # only these; the other sections keep their last figures

Each ``benchmarks/bench_NAME.py`` has ``run() -> str`` returning a Markdown section. Sections
are kept in ``benchmarks/results/NAME.md`` and BENCHMARKS.md is assembled from all of them.
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback

from .common import ROOT, Skip, git_rev, machine, today

RESULTS = ROOT / "benchmarks" / "results"


def available() -> list[str]:
    return sorted(p.stem[len("bench_"):] for p in (ROOT / "benchmarks").glob("bench_*.py"))


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(available())}")
        return 2
    RESULTS.mkdir(parents=True, exist_ok=True)
    status = 0
    for name in names:
        print(f"== {name}", flush=True)
        t0 = time.perf_counter()
        mod = importlib.import_module(f"benchmarks.bench_{name}")
        try:
            section = mod.run()
        except Skip as exc:
            section = f"## {name}\n\nSkipped: {exc}\n"
        except Exception:  # a failing benchmark must not hide the others' figures
            traceback.print_exc()
            status = 1
            continue
        stamp = f"\n_Measured {today()} on {machine()}, commit {git_rev()}, in {time.perf_counter() - t0:.0f} s._\n"
        (RESULTS / f"{name}.md").write_text(section.rstrip() + "\n" + stamp)
        print(section)
    write_report()
    return status


def write_report() -> None:
    parts = [
        "# dateline benchmarks\n",
        "Written by `make bench` (`python -m benchmarks [NAME ...]`). Each section names the "
        "machine, the date and the commit it was measured on.\n",
    ]
    for path in sorted(RESULTS.glob("*.md")):
        parts.append(path.read_text().rstrip() + "\n")
    (ROOT / "BENCHMARKS.md").write_text("\n".join(parts))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
