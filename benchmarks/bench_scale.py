"""Scale-out: analysis on a Dask LocalCluster vs one process; SQLite vs PostgreSQL ingest.

Data: the GDELT-sourced Ukraine war article bodies in ../shared/benchmarks/ukraine/
ukraine-war-gdelt-articles (447 English texts, dated by file name; read from there, never copied).

Analysis: the first ``SCALE_ARTICLES`` articles (default 150) are ingested into an SQLite store,
then analysed with every layer (dateline.analysis.analyze_many) and saved: once in this process,
as ``dateline analyze`` does, and once with dateline.scale.analyze_store_distributed on a
LocalCluster of 2 single-threaded worker processes. spaCy is loaded before the clock starts in
both cases (its load time and the cluster's start-up are reported apart).

Ingest: all articles into a new SQLite file (WAL, synchronous=NORMAL) and into a new
PostgreSQL database on a throwaway local server (initdb defaults: fsync on, synchronous_commit on),
batches of 200, MinHash near-duplicate detection included; then PostgreSQL with two writer
processes ingesting one half each at the same time.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import BENCH_DATA, ROOT, Skip, need, table
from dateline.model import Article

DATA = BENCH_DATA / "ukraine" / "ukraine-war-gdelt-articles" / "articles"
N_ANALYSE = int(os.environ.get("SCALE_ARTICLES", "150"))
ENGINE = "bench-scale"


def load_articles() -> list[Article]:
    from dateline.readers import read_paths

    return [a for a in read_paths([need(DATA)]) if isinstance(a, Article)]


def _pg_server_module():
    spec = importlib.util.spec_from_file_location("pg_server", ROOT / "tests" / "pg_server.py")
    if spec is None or spec.loader is None:
        raise Skip("tests/pg_server.py is missing")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["pg_server"] = mod
    spec.loader.exec_module(mod)
    return mod


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:.1f}" if seconds > 0 else "-"


# -- analysis -------------------------------------------------------------------------------------

WARM_UP = Article(
    date=dt.date(2022, 9, 29), title="Russia to annex regions",
    text='Russia will annex four regions of Ukraine on Friday, Dmitry Peskov said in Moscow. "We will '
         'sign the treaties," he told reporters.',
)


def warm_up() -> float:
    """Analyse one short article, so that spaCy and every layer's resources are loaded; seconds."""
    from dateline.analysis import analyze_many

    t0 = time.perf_counter()
    list(analyze_many([WARM_UP]))
    return time.perf_counter() - t0


def cpu_seconds() -> float:
    return time.process_time()


def analyse_single(db: Path) -> tuple[int, float, float, float]:
    """(articles, load seconds, analysis seconds, CPU seconds) in this process."""
    from dateline.analysis import analyze_many
    from dateline.store import open_store

    load = warm_up()
    with open_store(db) as store:
        ids = store.unanalyzed(ENGINE)
        t0, c0 = time.perf_counter(), time.process_time()
        n = 0
        for result in analyze_many(store.iter_articles(ids)):
            store.save_analysis(result.to_dict(), ENGINE)
            n += 1
        return n, load, time.perf_counter() - t0, time.process_time() - c0


def analyse_cluster(db: Path, workers: int = 2) -> tuple[int, float, float, float]:
    """(articles, cluster start + load seconds, analysis seconds, CPU seconds of driver and workers)."""
    from distributed import Client, LocalCluster

    from dateline.scale import analyze_store_distributed
    from dateline.store import open_store

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(warm_up)
        start = time.perf_counter() - t0
        with open_store(db) as store:
            before = sum(client.run(cpu_seconds).values())
            t0, c0 = time.perf_counter(), time.process_time()
            n = analyze_store_distributed(store, client, engine=ENGINE)
            wall, driver = time.perf_counter() - t0, time.process_time() - c0
            return n, start, wall, driver + sum(client.run(cpu_seconds).values()) - before


def layer_counts(db: Path) -> tuple[int, ...]:
    from dateline.store import open_store

    with open_store(db, readonly=True) as store:
        s = store.stats()
    return tuple(s[k] for k in ("analyses", "timexes", "entity_mentions", "places", "quotes", "event_mentions"))


# -- ingest ---------------------------------------------------------------------------------------

def ingest_sqlite(articles: list[Article], folder: Path) -> float:
    from dateline.store import open_store

    with open_store(folder / "ingest.db") as store:
        t0 = time.perf_counter()
        store.add_many(articles)
        return time.perf_counter() - t0


def ingest_postgres(articles: list[Article], url: str) -> float:
    from dateline.store.postgres import PostgresStore

    with PostgresStore(url) as store:
        t0 = time.perf_counter()
        store.add_many(articles)
        return time.perf_counter() - t0


def _writer(url: str, records: list[dict], barrier) -> tuple[float, float]:
    from dateline.store.postgres import PostgresStore

    articles = [Article.from_dict(r) for r in records]
    with PostgresStore(url) as store:
        barrier.wait()
        t0 = time.time()
        store.add_many(articles)
        return t0, time.time()


def ingest_postgres_parallel(articles: list[Article], url: str, writers: int = 2) -> float:
    from dateline.store.postgres import PostgresStore

    PostgresStore(url).close()  # migrate before the writers start
    ctx = multiprocessing.get_context("spawn")
    parts = [[a.to_dict() for a in articles[i::writers]] for i in range(writers)]
    with ctx.Manager() as manager, ctx.Pool(writers) as pool:
        barrier = manager.Barrier(writers)
        spans = pool.starmap(_writer, [(url, part, barrier) for part in parts])
    return max(e for _, e in spans) - min(s for s, _ in spans)


def run() -> str:
    articles = load_articles()
    if len(articles) < 50:
        raise Skip(f"only {len(articles)} articles in {DATA}")
    from dateline.analysis import analyze_many  # noqa: F401  (fails loudly when a layer is missing)
    from dateline.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    rows: list[list[object]] = []
    notes: list[str] = []
    try:
        # Analysis: one process vs a 2-worker LocalCluster, same articles, same store contents.
        sample = articles[:N_ANALYSE]
        base = folder / "analyse.db"
        with open_store(base) as store:
            store.add_many(sample)
        single_db, cluster_db = folder / "single.db", folder / "cluster.db"
        shutil.copy(base, single_db)
        shutil.copy(base, cluster_db)
        load_before = os.getloadavg()[0]
        n1, load1, t1, cpu1 = analyse_single(single_db)
        n2, start2, t2, cpu2 = analyse_cluster(cluster_db)
        same = layer_counts(single_db) == layer_counts(cluster_db)
        rows.append(["analysis, 1 process", n1, f"{t1:.1f}", _rate(n1, t1),
                     f"CPU {cpu1:.1f} s ({_rate(n1, cpu1)} articles per CPU-second, {cpu1 / t1:.2f} cores busy); "
                     f"load {load1:.1f} s"])
        rows.append(["analysis, LocalCluster 2 workers", n2, f"{t2:.1f}", _rate(n2, t2),
                     f"CPU {cpu2:.1f} s ({_rate(n2, cpu2)} articles per CPU-second, {cpu2 / t2:.2f} cores busy); "
                     f"start + load {start2:.1f} s; speed-up x{t1 / t2:.2f}"])
        notes.append(f"Layers stored by the two runs are {'identical in count' if same else 'DIFFERENT'} "
                     f"(analyses, timexes, entity mentions, places, quotes, events: {layer_counts(cluster_db)}).")

        # Ingest: SQLite vs PostgreSQL, all articles.
        ts = ingest_sqlite(articles, folder)
        rows.append(["ingest, SQLite", len(articles), f"{ts:.2f}", _rate(len(articles), ts), "one writer"])
        pg = _pg_server_module()
        reason = pg.missing_reason()
        if reason:
            notes.append(f"PostgreSQL ingest not measured: {reason}.")
        else:
            server = pg.PgServer.start(durable=True)
            try:
                tp = ingest_postgres(articles, server.create_database("bench_one"))
                rows.append(["ingest, PostgreSQL", len(articles), f"{tp:.2f}", _rate(len(articles), tp),
                             "one writer"])
                tpp = ingest_postgres_parallel(articles, server.create_database("bench_two"))
                rows.append(["ingest, PostgreSQL", len(articles), f"{tpp:.2f}", _rate(len(articles), tpp),
                             "two writer processes, one half each"])
            finally:
                server.stop()
        load_after = os.getloadavg()[0]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return "\n".join([
        "## Scale-out: Dask analysis, SQLite vs PostgreSQL ingest",
        "",
        f"{len(articles)} GDELT Ukraine-war article bodies (../shared/benchmarks/ukraine/"
        f"ukraine-war-gdelt-articles); analysis on the first {N_ANALYSE} (fewer when some of them are "
        "one article: same date and text give the same id).",
        "",
        table(["run", "articles", "seconds", "articles/s", "note"], rows),
        "",
        *notes,
        "",
        f"Method: wall-clock time of the work itself; start-up (cluster start, spaCy and layer "
        "resources loaded by analysing one short article) is reported apart. CPU is the process time of "
        "the driver plus, for the cluster, of both workers; \"cores busy\" = CPU / wall time. The machine "
        f"has {os.cpu_count()} cores shared with other jobs (1-minute load average {load_before:.1f} "
        f"before, {load_after:.1f} after): when another job holds a core, the two workers share the other "
        "one, and the cluster cannot beat one process; articles per CPU-second shows what the cluster "
        "costs beyond the work itself. Analysis saves every layer to SQLite from the driver; the workers only compute. "
        "Ingest includes MinHash near-duplicate detection and commits every 200 articles; PostgreSQL "
        "is a throwaway local server with its defaults (fsync and synchronous commit on), SQLite runs "
        "in WAL mode with synchronous=NORMAL. Two PostgreSQL writers share one advisory lock for the "
        "database phase of each batch (see dateline/store/postgres.py), so they gain only the "
        "MinHash work done in parallel.",
    ])
