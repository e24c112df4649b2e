"""Analysis on a Dask cluster: the store's unanalysed articles, read by many worker processes.

    from dateline.scale import analyze_store_distributed
    with open_store("dateline.db") as store:
        n = analyze_store_distributed(store)                      # a LocalCluster, one worker per core
        n = analyze_store_distributed(store, "tcp://sched:8786")  # an existing cluster

The driver reads articles from the store in batches and sends each batch (as article dicts) to
a worker, which runs :func:`dateline.analysis.analyze_many` (spaCy is loaded once per worker
process and kept). Only the driver writes: each finished batch's layers are saved with
``store.save_analysis``. A batch whose worker fails, or that raises, is not written; its
articles stay unanalysed and the next run picks them up. Nothing committed is ever lost.

Needs the ``dask`` extra (``pip install 'dateline[dask]'``).
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from .model import Article
from .store.sqlite import content_hash

log = logging.getLogger(__name__)

AnalyzeFn = Callable[[list[Article]], Iterable[Any]]

MAX_BATCH = 64  # articles per task: large enough to amortize, small enough to lose little on a failure


def default_engine() -> str:
    """The engine name :mod:`dateline.analysis` stores with its layers."""
    from importlib.metadata import version

    return f"dateline {version('dateline')}"


def analyze_batch(records: list[dict[str, Any]], analyze_fn: AnalyzeFn | None = None) -> list[dict[str, Any]]:
    """Analyse one batch of article dicts on a worker; returns the analyses as dicts.

    ``analyze_fn`` takes a list of :class:`Article` and yields :class:`~dateline.analysis.Analysis`
    objects (or dicts of the same shape); the default is :func:`dateline.analysis.analyze_many`.
    """
    if analyze_fn is None:
        from .analysis import analyze_many

        analyze_fn = analyze_many
    articles = [Article.from_dict(r) for r in records]
    out = []
    for result in analyze_fn(articles):
        out.append(result.to_dict() if hasattr(result, "to_dict") else dict(result))
    return out


def plan_batches(ids: list[str], partitions: int | None, workers: int) -> list[list[str]]:
    """Cut ``ids`` into ``partitions`` batches, or by default into 4 per worker of at most :data:`MAX_BATCH`."""
    if not ids:
        return []
    if partitions:
        size = math.ceil(len(ids) / partitions)
    else:
        size = min(MAX_BATCH, math.ceil(len(ids) / (4 * max(workers, 1))))
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _client(client_or_address: Any, stack: ExitStack) -> Any:
    """A Dask client: the one given, one connected to an address, or one on a new LocalCluster."""
    from distributed import Client, LocalCluster

    if isinstance(client_or_address, Client):
        return client_or_address
    if isinstance(client_or_address, str):
        return stack.enter_context(Client(client_or_address))
    cluster = stack.enter_context(
        LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                     dashboard_address=None)
    )
    return stack.enter_context(Client(cluster))


def _worker_count(client: Any) -> int:
    try:
        return max(1, len(client.scheduler_info().get("workers", {})))
    except Exception:  # a client that cannot say: plan for one
        return 1


def analyze_store_distributed(
    store: Any,
    client_or_address: Any = None,
    *,
    partitions: int | None = None,
    engine: str | None = None,
    analyze_fn: AnalyzeFn | None = None,
    ids: list[str] | None = None,
    in_flight: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Analyse the store's unanalysed articles on a Dask cluster; returns how many were saved.

    ``client_or_address``: a :class:`distributed.Client`, a scheduler address, or None for a
    LocalCluster with one single-threaded worker process per core (closed afterwards).
    ``partitions``: how many batches to cut the work into (default: 4 per worker, at most
    :data:`MAX_BATCH` articles each). ``engine`` is stored with the layers and decides what counts
    as analysed (default: this dateline's version). ``analyze_fn`` replaces
    :func:`dateline.analysis.analyze_many` (it must be picklable). ``ids`` analyses these articles
    instead of the unanalysed ones. At most ``in_flight`` batches (default: 2 per worker) are
    held in memory at once, so a large store streams through. ``progress`` is called with the
    number of articles saved after each finished batch (for a progress bar).
    """
    from distributed import as_completed

    engine = engine or default_engine()
    todo = list(ids) if ids is not None else store.unanalyzed(engine)
    if not todo:
        return 0
    saved = 0
    failed = 0
    with ExitStack() as stack:
        client = _client(client_or_address, stack)
        workers = _worker_count(client)
        batches = iter(plan_batches(todo, partitions, workers))
        limit = in_flight or 2 * workers

        def submit(batch: list[str]) -> Any:
            records = [a.to_dict() for a in store.iter_articles(batch)]
            return client.submit(analyze_batch, records, analyze_fn, pure=False)

        running = as_completed([submit(b) for b in _take(batches, limit)])
        for future in running:
            try:
                results = future.result()
            except Exception as exc:  # the batch stays unanalysed; the next run tries it again
                failed += 1
                log.warning("a batch of articles failed on the cluster and stays unanalysed: %s", exc)
                results = None
            finally:
                future.release()
            for batch in _take(batches, 1):  # keep the workers busy while the driver saves
                running.add(submit(batch))
            done = 0
            for result in results or ():
                if _still_current(store, result):
                    store.save_analysis(result, engine)
                    done += 1
            saved += done
            if progress is not None:
                progress(done)
    if failed:
        log.warning("%d batch(es) failed; run again to retry their articles", failed)
    return saved


def _still_current(store: Any, result: dict[str, Any]) -> bool:
    """Whether the stored article still has the text the layers were computed from."""
    a = result["article"]
    row = store.get(a["id"])
    if row is None or row["content_hash"] != content_hash(a.get("title") or "", a.get("text") or ""):
        log.info("article %s changed while it was analysed; it stays unanalysed", a["id"])
        return False
    return True


def _take(it: Iterator[list[str]], n: int) -> list[list[str]]:
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
