"""Reading speed of dateline's readers (articles per second), on the GDELT Ukraine-war articles.

The data (../shared/benchmarks/ukraine/ukraine-war-gdelt-articles) is 447 article bodies as
``articles/<stamp>_<country>_en_<hash>.txt`` plus ``index.json`` with each one's GDELT
timestamp. It is converted (untimed) into one JSON-lines file, :func:`ukraine_jsonl`, and,
since the data holds no web pages or feeds, into synthetic copies in those formats: one
small HTML page per article (date in a ``<meta>`` tag) and one RSS feed with every article
as an item. Each reader is then timed over its input, best of 3 runs.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import time
from collections.abc import Callable
from email.utils import format_datetime
from pathlib import Path

from benchmarks.common import BENCH_DATA, OUT, need, table
from dateline.model import Article, parse_date
from dateline.readers import read_feed, read_jsonl, read_paths

GDELT = BENCH_DATA / "ukraine" / "ukraine-war-gdelt-articles"
REPEATS = 3
SCALE = 20  # the JSON-lines file is also timed repeated this many times (a steadier figure)


def _records() -> list[dict]:
    folder = need(GDELT)
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    records = []
    for item in index:
        path = folder / "articles" / f"{item['id']}.txt"
        if not path.exists():
            continue
        records.append({"id": item["id"], "date": item["gdelt_seen_utc"],
                        "text": path.read_text(encoding="utf-8"), "source": f"GDELT {item['country']}",
                        "country": item["country"], "lang": item.get("lang_tag", "en")})
    return records


def ukraine_jsonl(scale: int = 1) -> Path:
    """The GDELT Ukraine articles as one JSON-lines file under benchmarks/out/ (built once).

    Each line: ``id``, ``date`` (the GDELT timestamp), ``text``, ``source``, ``country``,
    ``lang``. With ``scale`` > 1 the records are repeated that many times (ids suffixed
    ``#k``) for steadier timings. Raises :class:`benchmarks.common.Skip` without the data.
    """
    name = "ukraine-gdelt.jsonl" if scale == 1 else f"ukraine-gdelt-x{scale}.jsonl"
    out = OUT / name
    if out.exists() and out.stat().st_size > 0:
        return out
    records = _records()
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for k in range(scale):
            for r in records:
                fh.write(json.dumps(dict(r, id=f"{r['id']}#{k}") if scale > 1 else r,
                                    ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out


def _html_pages(records: list[dict]) -> Path:
    folder = OUT / "ukraine-html"
    if folder.is_dir() and len(list(folder.glob("*.html"))) == len(records):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for r in records:
        paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in r["text"].split("\n") if p.strip())
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
                f"<meta property='article:published_time' content='{r['date']}'>"
                f"<title>{html.escape(r['id'])}</title></head><body><nav>Home | World</nav>"
                f"<article>{paras}</article><footer>Footer</footer></body></html>")
        (folder / f"{r['id']}.html").write_text(page, encoding="utf-8")
    return folder


def _rss(records: list[dict]) -> Path:
    out = OUT / "ukraine-gdelt.rss"
    if out.exists():
        return out
    items = []
    for r in records:
        stamp = format_datetime(dt.datetime.fromisoformat(r["date"].replace("Z", "+00:00")))
        body = "".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n") if p.strip())
        items.append(f"<item><title>{html.escape(r['id'])}</title><link>https://example.org/{r['id']}</link>"
                     f"<pubDate>{stamp}</pubDate><description>{html.escape(body)}</description></item>")
    out.write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>GDELT</title>'
                   + "".join(items) + "</channel></rss>", encoding="utf-8")
    return out


def _best(fn: Callable[[], list]) -> tuple[float, int, int]:
    """Best wall time of REPEATS runs, with the counts of articles and rejections."""
    best, n_ok, n_bad = float("inf"), 0, 0
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        results = fn()
        best = min(best, time.perf_counter() - t0)
        n_ok = sum(isinstance(r, Article) for r in results)
        n_bad = len(results) - n_ok
    return best, n_ok, n_bad


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def run() -> str:
    records = _records()
    jsonl = ukraine_jsonl()
    jsonl_big = ukraine_jsonl(SCALE)
    pages = _html_pages(records)
    rss = _rss(records)
    txt = GDELT / "articles"
    cases = [
        ("JSON lines (`read_jsonl`)", jsonl, lambda: list(read_jsonl(jsonl))),
        (f"JSON lines x{SCALE} (`read_jsonl`)", jsonl_big, lambda: list(read_jsonl(jsonl_big))),
        ("plain .txt, date from file name (`read_paths` on the folder)", txt, lambda: list(read_paths([txt]))),
        ("HTML pages, synthetic (`read_paths` → `read_html`)", pages, lambda: list(read_paths([pages]))),
        ("RSS feed, synthetic, one file (`read_feed`)", rss, lambda: list(read_feed(rss))),
    ]
    rows = []
    for label, path, fn in cases:
        secs, ok, bad = _best(fn)
        mb = _size(path) / 1e6
        rows.append([label, ok, bad, f"{mb:.1f}", f"{secs:.3f}", f"{ok / secs:,.0f}", f"{mb / secs:.1f}"])
    first_date = parse_date(records[0]["date"])[0]
    return "\n".join([
        "## Ingest: reading speed",
        "",
        f"{len(records)} GDELT Ukraine-war article bodies (from {first_date}), read by each reader; "
        f"best of {REPEATS} runs, one process, wall time.",
        "",
        table(["input (reader)", "articles", "rejected", "MB", "seconds", "articles/s", "MB/s"], rows),
        "",
        "Method: `benchmarks/bench_ingest.py`. The JSON-lines file is built from `index.json` (date = "
        "GDELT timestamp) and the article files before timing; the HTML pages and the RSS feed are "
        "synthetic wrappers of the same texts (the data has no web pages or feeds), so their figures "
        "measure the readers (trafilatura, feedparser), not real-world pages. Times include building "
        "`Article` objects (text normalization, ids), not storing them. A profile of the JSON-lines run "
        "puts about 90% of the time in `dateline.model.clean_text` (a per-character control-character "
        "filter). The machine (2 cores) is shared with other jobs, so figures vary between runs "
        "(up to 2x was seen).",
    ])
