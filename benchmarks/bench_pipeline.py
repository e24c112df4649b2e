"""Storing and analysing articles: SQLite ingest rate and the speed of every analysis layer.

Data: the 447 GDELT Ukraine-war articles (../shared/benchmarks/ukraine), as built by
``bench_ingest.ukraine_jsonl``. Storing is timed into a fresh SQLite file (MinHash near-duplicate
detection included, analysis off). The analysis is timed per layer on one core over the first
ANALYSE articles: spaCy's parse alone, then each layer on the parsed documents, then the whole
pipeline (``dateline.analysis.analyze_many``) end to end.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.bench_ingest import ukraine_jsonl
from benchmarks.common import table
from dateline import nlp
from dateline.analysis import analyze_many
from dateline.entities import extract_entities
from dateline.events import extract_events
from dateline.model import Article
from dateline.places import resolve_places
from dateline.places.gazetteer import towns
from dateline.quotes import extract_quotes
from dateline.readers import read_jsonl
from dateline.store import open_store
from dateline.store.dedup import words
from dateline.time import tag

ANALYSE = 150


def _articles() -> list[Article]:
    return [a for a in read_jsonl(ukraine_jsonl()) if isinstance(a, Article)]


def _store_rate(articles: list[Article]) -> tuple[float, dict[str, int]]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        results = store.add_many(articles)
        elapsed = time.perf_counter() - t0
        store.close()
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return elapsed, counts


def _timeline_on_real_store(articles: list[Article]) -> list[list[object]]:
    """Store and analyse every article, then time timelines built from the store (what users run)."""
    from dateline.api.data import timeline_from_store
    from dateline.cli.store_cmds import update_stories

    rows: list[list[object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "real.db")
        store.add_many(articles)
        t0 = time.perf_counter()
        n = 0
        for result in analyze_many(store.iter_articles([r["id"] for r in store.articles()])):
            store.save_analysis(result.to_dict(), "bench")
            n += 1
        t_an = time.perf_counter() - t0
        t0 = time.perf_counter()
        update_stories(store)
        store.link_entities()
        t_st = time.perf_counter() - t0
        mentions = store.stats()["event_mentions"]
        rows.append([f"analyse and store {n} articles", mentions, f"{t_an:.1f}", ""])
        rows.append(["group into stories, link entities", "", f"{t_st:.2f}", ""])
        for label, filters in (("whole corpus, 20 dates", {"dates": 20}),
                               ("topic 'Russia', 10 dates", {"query": "Russia", "dates": 10}),
                               ("entity 'Putin'", {"entity": "Putin"})):
            t0 = time.perf_counter()
            tl = timeline_from_store(store, per_date=2, **filters)
            rows.append([f"timeline: {label}", tl.n_mentions, f"{time.perf_counter() - t0:.2f}", len(tl.dates)])
        store.close()
    return rows


# Run-on text with no full stop, through the whole analysis (parse, time, entities, places, quotes,
# events) at two sizes: the time it takes should grow with the length, not with its square.
HOSTILE = {
    "a quotation that never closes": '"We will sign today, said Dmitry Peskov on Tuesday ',
    "reported speech inside reported speech": "Peskov said that Miroshnik told RIA that the US said that ",
    "one sentence of names and places": "Dmitry Peskov and Rodion Miroshnik met in Donetsk and Luhansk, ",
    "one sentence of dated events": "Russian forces shelled Kharkiv on Monday and attacked Kyiv on Tuesday, ",
    "a list of places": "Kyiv, Kharkiv, Odesa, Lviv, Dnipro, Zaporizhzhia, Kherson, Mariupol, ",
    "opening quotation marks": "\u201c ",
}
HOSTILE_SIZES = (20_000, 40_000)


def _hostile() -> list[list[object]]:
    import datetime as dt

    from dateline.analysis import analyze

    analyze(Article(date=dt.date(2022, 9, 29), title="warm", text="Peskov said so on Tuesday."))
    rows: list[list[object]] = []
    for name, piece in HOSTILE.items():
        times = []
        for size in HOSTILE_SIZES:
            art = Article(date=dt.date(2022, 9, 29), title="Hostile", text=piece * (size // len(piece)))
            t0 = time.process_time()
            result = analyze(art)
            times.append(time.process_time() - t0)
        rows.append([name, f"{times[0]:.2f} s", f"{times[1]:.2f} s", f"{times[1] / max(times[0], 1e-9):.1f}",
                     len(result.events)])
    return rows


def run() -> str:
    articles = _articles()
    elapsed, counts = _store_rate(articles)
    store_rows = [["SQLite ingest (no analysis)", len(articles), f"{elapsed:.2f}", f"{len(articles) / elapsed:,.0f}"]]

    sample = articles[:ANALYSE]
    texts = [a.text for a in sample]
    n_words = sum(len(words(t)) for t in texts)
    nlp.load()
    # every layer's resources (word lists, gazetteer, small towns) are loaded before timing, on one
    # short text, so that the rows below measure the work and not one-off loading
    warm_text = "Fighting continued near Soledar on Friday, Ukraine's military said, and \"it will go on.\""
    warm = nlp.parse(warm_text)
    warm_ents, _ = extract_entities(warm)
    warm_events = extract_events(warm, tag(warm_text, sample[0].dct), sample[0].dct, entities=warm_ents,
                                 places=resolve_places(warm, warm_ents))
    extract_quotes(warm)
    towns("Soledar")  # the small-town list is read on first use
    del warm_events
    t0 = time.perf_counter()
    docs = list(nlp.parse_many(texts))
    t_parse = time.perf_counter() - t0

    layer_times: dict[str, float] = {}
    t0 = time.perf_counter()
    timexes = [tag(a.text, a.dct) for a in sample]
    layer_times["time"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    ents = [extract_entities(d) for d in docs]
    layer_times["entities"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    places = [resolve_places(d, m) for d, (m, _) in zip(docs, ents, strict=True)]
    layer_times["places"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        extract_quotes(d)
    layer_times["quotes"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_events = 0
    for a, d, tx, (m, _), p in zip(sample, docs, timexes, ents, places, strict=True):
        n_events += len(extract_events(d, tx, a.dct, article_id=a.id, entities=m, places=p))
    layer_times["events"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    results = list(analyze_many(sample))
    t_all = time.perf_counter() - t0
    layers_only = sum(layer_times.values())

    rows = [["spaCy parse (en_core_web_sm)", f"{t_parse:.2f}", f"{n_words / t_parse:,.0f}"]]
    rows += [[f"{k} layer", f"{v:.2f}", f"{n_words / v:,.0f}"] for k, v in layer_times.items()]
    rows.append(["all dateline layers (no parse)", f"{layers_only:.2f}", f"{n_words / layers_only:,.0f}"])
    rows.append(["whole pipeline, end to end (analyze_many)", f"{t_all:.2f}", f"{n_words / t_all:,.0f}"])
    found = {
        "time expressions": sum(len(r.timexes) for r in results),
        "entity mentions": sum(len(r.entity_mentions) for r in results),
        "places": sum(len(r.places) for r in results),
        "quotes": sum(len(r.quotes) for r in results),
        "event mentions": sum(len(r.events) for r in results),
    }
    real = _timeline_on_real_store(articles)
    return "\n".join([
        "## Pipeline: storing and analysing articles",
        "",
        "The 447 GDELT Ukraine-war articles (../shared/benchmarks/ukraine) read from JSON lines. Storing "
        "into a fresh SQLite file includes the MinHash near-duplicate check; statuses: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ".",
        "",
        table(["step", "articles", "seconds", "articles/s"], store_rows),
        "",
        f"Analysis on one core of the first {len(sample)} articles ({n_words:,} words, titles not included "
        "in the per-layer rows; the end-to-end row also parses and analyses titles). Target for the whole "
        "language layer: ≥ 2,500 words/s. Every layer's resources (word lists, gazetteer, small towns) are "
        "loaded on one short text before the clock starts.",
        "",
        table(["step", "seconds", "words/s"], rows),
        "",
        "Found by the end-to-end run: " + ", ".join(f"{k} {v:,}" for k, v in found.items()) + ".",
        "",
        f"All {len(articles)} articles stored, analysed and turned into timelines from the SQLite store "
        "(the timeline rows include loading the event mentions from the database):",
        "",
        table(["step", "event mentions", "seconds", "dates"], real),
        "",
        "Hostile input through the whole analysis: one run-on text with no full stop, at "
        f"{HOSTILE_SIZES[0]:,} and {HOSTILE_SIZES[1]:,} characters, CPU time on one core. Twice the text "
        "should take about twice the time (a ratio near 2; 4 would mean the work grows with the square of "
        "the length).",
        "",
        table(["input", f"{HOSTILE_SIZES[0]:,} chars", f"{HOSTILE_SIZES[1]:,} chars", "ratio",
               "event mentions (larger)"], _hostile()),
    ])
