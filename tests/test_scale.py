"""Analysis on a Dask cluster: every article analysed once, failures left for the next run."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.scale import analyze_batch, analyze_store_distributed, plan_batches
from dateline.store import open_store

distributed = pytest.importorskip("distributed")

ENGINE = "test-engine"


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


class CountingStore:
    """A store that records which articles had their layers saved, and how often."""

    def __init__(self, store):
        self.store = store
        self.saved: list[str] = []

    def __getattr__(self, name):
        return getattr(self.store, name)

    def save_analysis(self, analysis, engine):
        self.saved.append(analysis["article"]["id"])
        self.store.save_analysis(analysis, engine)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "scale.db")
    s.add_many(
        Article(date=dt.date(2022, 3, 1 + i), title=f"Report {i}" + (" poison" if i == 4 else ""),
                text=f"On Friday officials in city {i} said the talks number {i * 13} would resume.",
                url=f"https://example.com/{i}")
        for i in range(12)
    )
    yield CountingStore(s)
    s.close()


def fake_analyzer(poison: str | None = None, die_once: str | None = None):
    """A cheap stand-in for analyze_many (defined inside a function, so Dask ships it by value)."""

    def analyze(articles):
        if die_once and not os.path.exists(die_once):  # a worker process dying mid-batch, once
            Path(die_once).write_text("died")
            os._exit(1)
        out = []
        for a in articles:
            if poison and poison in a.title:
                raise RuntimeError(f"cannot analyse {a.id}")
            i = a.text.index("Friday")
            out.append({"article": a.to_dict(), "timexes": [
                {"field": "text", "start": i, "end": i + 6, "text": "Friday", "type": "DATE",
                 "value": a.dct, "interval": [a.dct, a.dct], "rule": "stand-in"}]})
        return out

    return analyze


def test_plan_batches():
    ids = [str(i) for i in range(10)]
    assert plan_batches(ids, 3, 2) == [ids[0:4], ids[4:8], ids[8:10]]
    assert sum(plan_batches(ids, None, 2), []) == ids
    assert plan_batches([], None, 2) == []
    assert all(len(b) <= 64 for b in plan_batches([str(i) for i in range(1000)], None, 1))


def test_analyze_batch_runs_the_function_on_article_dicts():
    a = Article(date=dt.date(2022, 3, 1), title="T", text="On Friday it rained.", url="https://x.example/1")
    out = analyze_batch([a.to_dict()], fake_analyzer())
    assert out[0]["article"]["id"] == a.id and out[0]["timexes"][0]["text"] == "Friday"


def test_everything_analysed_once_and_rerun_does_nothing(client, store):
    ids = store.unanalyzed(ENGINE)
    steps: list[int] = []
    n = analyze_store_distributed(store, client, partitions=5, engine=ENGINE, analyze_fn=fake_analyzer(),
                                  progress=steps.append)
    assert steps == [3, 3, 3, 3]
    assert n == 12 and sorted(store.saved) == sorted(ids) and len(set(store.saved)) == 12
    assert store.unanalyzed(ENGINE) == []
    assert store.stats()["timexes"] == 12
    assert store.layer("timexes", ids[3])[0]["value"] == "2022-03-04"
    assert analyze_store_distributed(store, client, engine=ENGINE, analyze_fn=fake_analyzer()) == 0
    assert len(store.saved) == 12


def test_failing_batch_stays_unanalysed_until_next_run(client, store):
    ids = store.unanalyzed(ENGINE)
    n = analyze_store_distributed(store, client, partitions=4, engine=ENGINE,
                                  analyze_fn=fake_analyzer(poison="poison"))
    assert n == 9
    assert store.unanalyzed(ENGINE) == ids[3:6]  # the whole batch holding the bad article
    n = analyze_store_distributed(store, client.scheduler.address, engine=ENGINE, analyze_fn=fake_analyzer())
    assert n == 3 and store.unanalyzed(ENGINE) == []
    assert sorted(store.saved) == sorted(ids)


def test_article_changed_during_analysis_stays_unanalysed(client, store):
    ids = store.unanalyzed(ENGINE)
    second = next(store.iter_articles([ids[1]]))
    save = store.save_analysis

    def save_and_edit(analysis, engine):
        save(analysis, engine)
        if analysis["article"]["id"] == ids[0]:  # the text of the next article changes meanwhile
            store.store.add(Article(date=second.date, title=second.title, text=second.text + " Updated.",
                                    url=second.url))

    store.save_analysis = save_and_edit
    n = analyze_store_distributed(store, client, partitions=1, engine=ENGINE, analyze_fn=fake_analyzer())
    assert n == 11 and store.unanalyzed(ENGINE) == [ids[1]]


def test_a_dying_worker_loses_nothing(client, store, tmp_path):
    marker = str(tmp_path / "died")
    n = analyze_store_distributed(store, client, partitions=3, engine=ENGINE,
                                  analyze_fn=fake_analyzer(die_once=marker))
    assert os.path.exists(marker)  # a worker did die
    assert n == 12 and len(store.saved) == 12 and store.unanalyzed(ENGINE) == []


@pytest.mark.slow
def test_real_analysis_on_the_cluster(client, store):
    try:
        from dateline.analysis import analyze_many  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"dateline.analysis does not import yet: {exc}")
    n = analyze_store_distributed(store, client, partitions=2, ids=store.unanalyzed()[:4])
    assert n == 4
    s = store.stats()
    assert s["analyses"] == 4 and s["timexes"] >= 4  # every text names "Friday"
