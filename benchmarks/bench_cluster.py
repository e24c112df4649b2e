"""Grouping articles by real-world event on ECB+, beside a TF-IDF single-link baseline.

ECB+ (../shared/benchmarks/ecbplus, Cybulska and Vossen 2014) has 982 news documents in 43
topics; each topic holds two different real-world events of the same kind (the ``ecb`` files
report one, the ``ecbplus`` files another: two earthquakes, two rehab stays). The gold story
of a document is its topic and sub-topic. Texts are rebuilt from the token XML (the URL that
the ``ecbplus`` files carry as sentence 0 is dropped: it names the site and often the date);
the first sentence serves as the title.

Topics are split by number before any tuning: 1-22 are the development part (where the
parameters of ``dateline.stories`` were chosen), 23-45 the held-out part. Each part is
clustered as one collection (so topics can be confused with each other, as in a news stream).

ECB+ has no publication dates, so every figure is given three times: without dates, and
with synthetic dates (``dateline.stories.ecbplus.synthetic_dates``): each real-world event
gets a day drawn uniformly from one 90-day window (all events of a part overlap in time, as
in a news stream), and each article is published 0-6 days after its event (half on the day,
then fewer each day); in the third condition the two events of a topic are at most a week
apart, so that dates cannot tell them apart.
"""

from __future__ import annotations

import datetime as dt
import re
import time

from benchmarks.common import BENCH_DATA, need, table
from dateline.stories.ecbplus import read_ecbplus, synthetic_dates

DEV_TOPICS = range(1, 23)
HELDOUT_TOPICS = range(23, 46)


def load_ecbplus() -> list[dict]:
    """Every ECB+ document (skips the benchmark when the data is absent)."""
    return read_ecbplus(need(BENCH_DATA / "ecbplus"))


_WORD = re.compile(r"[a-z0-9]+")


def baseline_vectors(docs: list[dict]) -> list[dict[str, float]]:
    """The baseline's representation: TF-IDF (raw counts x smoothed idf) of lower-cased words of
    title and text, stop words removed, unit length: what a plain vectorizer gives."""
    import math
    from collections import Counter

    from dateline.stories.features import word_list

    stop = word_list("stopwords.txt")
    bags = [Counter(w for w in _WORD.findall((d["title"] + "\n" + d["text"]).lower()) if w not in stop)
            for d in docs]
    df = Counter(t for b in bags for t in b)
    n = len(bags)
    out = []
    for bag in bags:
        vec = {t: tf * (math.log((1 + n) / (1 + df[t])) + 1) for t, tf in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({t: v / norm for t, v in vec.items()})
    return out


def baseline_clusters(docs: list[dict], threshold: float) -> dict[str, int]:
    """TF-IDF single-link: articles whose cosine reaches ``threshold`` are linked, stories are the
    connected groups. Every pair is compared (the sparse product with no neighbour limit)."""
    from dateline.stories.agglomerative import single_link
    from dateline.stories.vectors import matrix, neighbour_graph

    edges = neighbour_graph(matrix(baseline_vectors(docs)), None, len(docs), threshold, 0, 0, 0)
    labels = single_link(len(docs), edges, threshold)
    return {d["id"]: label for d, label in zip(docs, labels, strict=True)}


# --- the runs --------------------------------------------------------------------------------

SEEDS = range(5)
CONDITIONS = {
    "none": "no dates",
    "spread": "synthetic dates, events spread over 90 days",
    "close": "synthetic dates, the two events of a topic within a week",
}
BASELINE_THRESHOLDS = [round(0.15 + 0.05 * i, 2) for i in range(10)]


def _dates(docs: list[dict], condition: str, seed: int) -> dict[str, dt.date]:
    return {} if condition == "none" else synthetic_dates(docs, seed, close=condition == "close")


def _seeds(condition: str) -> range:
    return range(1) if condition == "none" else SEEDS


def _items(part: list[dict], dates: dict[str, dt.date]):
    from dateline.stories.cluster import Item, sort_key

    return sorted((Item(d["id"], dates.get(d["id"]), d["title"], d["text"]) for d in part), key=sort_key)


class Runs:
    """Term bags computed once per part, reused by every condition, seed and variant."""

    def __init__(self, docs: list[dict], parts: dict[str, list[dict]]):
        self.docs, self.parts = docs, parts
        self._bags: dict[tuple[str, float], dict[str, object]] = {}

    def bags(self, part: str, title_weight: float) -> dict[str, object]:
        from dateline.stories.features import article_terms

        key = (part, title_weight)
        if key not in self._bags:
            self._bags[key] = {d["id"]: article_terms(d["title"], d["text"], title_weight)
                               for d in self.parts[part]}
        return self._bags[key]

    def batch(self, part: str, condition: str, seed: int, params) -> dict[str, int]:
        from dateline.stories.cluster import group

        items = _items(self.parts[part], _dates(self.docs, condition, seed))
        bags = self.bags(part, params.title_weight)
        labels = group(items, params, [bags[it.id] for it in items])
        return {it.id: label for it, label in zip(items, labels, strict=True)}

    def single_link(self, part: str, condition: str, seed: int, params) -> dict[str, int]:
        from dateline.stories.agglomerative import single_link
        from dateline.stories.cluster import similarity_graph

        items = _items(self.parts[part], _dates(self.docs, condition, seed))
        bags = self.bags(part, params.title_weight)
        edges = similarity_graph(items, params, [bags[it.id] for it in items])
        labels = single_link(len(items), edges, params.threshold)
        return {it.id: label for it, label in zip(items, labels, strict=True)}

    def incremental(self, part: str, condition: str, seed: int, params) -> dict[str, str]:
        from dateline.stories import StoryIndex

        dates = _dates(self.docs, condition, seed)
        index = StoryIndex(params)
        return index.add_many({"id": d["id"], "date": dates.get(d["id"]), "title": d["title"],
                               "text": d["text"]} for d in self.parts[part])

    def baseline(self, part: str, condition: str, seed: int, threshold: float) -> dict[str, int]:
        del condition, seed  # the baseline reads no dates
        return baseline_clusters(self.parts[part], threshold)


def _score(gold: dict[str, str], runs: list[dict]) -> dict[str, float]:
    """B-cubed P/R/F1, CoNLL F1 and number of clusters, averaged over runs (seeds)."""
    from dateline.eval import evaluate

    out = {"p": 0.0, "r": 0.0, "f": 0.0, "conll": 0.0, "k": 0.0}
    for response in runs:
        s = evaluate(gold, response)
        out["p"] += s["bcubed"].precision
        out["r"] += s["bcubed"].recall
        out["f"] += s["bcubed"].f1
        out["conll"] += s["conll"].f1
        out["k"] += len(set(response.values()))
    return {k: v / len(runs) for k, v in out.items()}


def _row(name: str, part: str, condition: str, gold: dict[str, str], score: dict[str, float]) -> list[object]:
    return [name, part, CONDITIONS[condition], f"{100 * score['p']:.1f}", f"{100 * score['r']:.1f}",
            f"**{100 * score['f']:.1f}**", f"{100 * score['conll']:.1f}",
            f"{score['k']:.0f} / {len(set(gold.values()))}"]


def _speed(docs: list[dict]) -> list[list[object]]:
    """Articles per second of batch and incremental clustering, on ECB+ and on 5 dated copies."""
    from dateline.stories import StoryIndex, cluster_articles

    rows = []
    for copies in (1, 5):
        articles = []
        for c in range(copies):
            dates = synthetic_dates(docs, 100 + c, window_days=365)
            articles += [{"id": f"{c}-{d['id']}", "date": dates[d["id"]], "title": d["title"], "text": d["text"]}
                         for d in docs]
        t0 = time.perf_counter()
        stories = cluster_articles(articles)
        batch = time.perf_counter() - t0
        t0 = time.perf_counter()
        StoryIndex().add_many(articles)
        incremental = time.perf_counter() - t0
        rows.append([len(articles), f"{len(articles) / batch:.0f}", f"{len(articles) / incremental:.0f}",
                     len(set(stories.values()))])
    return rows


def _variants(default):
    from dataclasses import replace

    return [
        ("dateline (defaults)", "batch", default),
        ("without the name veto", "batch", replace(default, veto_size=0)),
        ("name veto only when no article is dated", "batch", replace(default, veto_dated=False)),
        ("name veto without its similarity cap", "batch", replace(default, veto_cap=float("inf"))),
        ("without names", "batch", replace(default, name_weight=0.0)),
        ("without numbers and dates in text", "batch", replace(default, number_weight=0.0)),
        ("title words counted once", "batch", replace(default, title_weight=1.0)),
        ("terms in one article kept (min_df=1)", "batch", replace(default, min_df=1)),
        ("single link on dateline's graph", "single_link", None),
    ]


def run() -> str:
    from dateline.stories import Params

    docs = load_ecbplus()
    parts = {"dev": [d for d in docs if d["topic"] in DEV_TOPICS],
             "held-out": [d for d in docs if d["topic"] in HELDOUT_TOPICS]}
    gold = {name: {d["id"]: d["story"] for d in part} for name, part in parts.items()}
    runs = Runs(docs, parts)
    default = Params()

    # the baseline's threshold and single link's threshold on dateline's graph: best on dev, no dates
    def best_on_dev(method, make) -> float:
        return max(BASELINE_THRESHOLDS,
                   key=lambda t: _score(gold["dev"], [method("dev", "none", 0, make(t))])["f"])

    from dataclasses import replace
    base_t = best_on_dev(runs.baseline, lambda t: t)
    single_t = best_on_dev(runs.single_link, lambda t: replace(default, threshold=t))

    rows = []
    for name, method, arg in [("dateline", runs.batch, default),
                              ("dateline, incremental (StoryIndex)", runs.incremental, default),
                              (f"TF-IDF single link (threshold {base_t})", runs.baseline, base_t)]:
        for part in parts:
            for condition in CONDITIONS:
                responses = [method(part, condition, seed, arg) for seed in _seeds(condition)]
                rows.append(_row(name, part, condition, gold[part], _score(gold[part], responses)))

    ablation = []
    for label, kind, params in _variants(default):
        cells: list[object] = [label if kind == "batch" else f"{label} (threshold {single_t})"]
        for part in parts:
            for condition in CONDITIONS:
                if kind == "batch":
                    responses = [runs.batch(part, condition, s, params) for s in _seeds(condition)]
                else:
                    p = replace(default, threshold=single_t)
                    responses = [runs.single_link(part, condition, s, p) for s in _seeds(condition)]
                cells.append(f"{100 * _score(gold[part], responses)['f']:.1f}")
        ablation.append(cells)

    speed = _speed(docs)
    n_docs = {k: len(v) for k, v in parts.items()}
    return "\n".join([
        "## Stories: articles grouped by real-world event (ECB+)",
        "",
        f"`dateline.stories.cluster_articles` on ECB+ (../shared/benchmarks/ecbplus): {len(docs)} documents, "
        f"43 topics of two same-kind events each (86 real-world events). Development part: topics 1-22 "
        f"({n_docs['dev']} documents, where every parameter was chosen); held-out part: topics 23-45 "
        f"({n_docs['held-out']} documents, not looked at while tuning). Each part is clustered as one collection. "
        "Gold story = topic + sub-topic (`ecb` vs `ecbplus` files); texts rebuilt from the token XML, first "
        "sentence as title, the URL line of `ecbplus` files dropped. ECB+ has no dates, so three conditions: "
        "no dates; synthetic dates with each event on a random day of one 90-day window and its articles 0-6 "
        "days later (half on the day); and the same with the two events of each topic at most a week apart "
        "(dates cannot separate them). Synthetic-date figures are means over 5 seeds. B-cubed and CoNLL F1 "
        "(mean of MUC, B-cubed, CEAF-e) from `dateline.eval.coref`. The baseline is TF-IDF (raw counts x "
        "smoothed idf, stop words removed) with single-link at the cosine threshold best on dev; it reads no "
        "dates.",
        "",
        table(["method", "part", "dates", "B3 P", "B3 R", "B3 F1", "CoNLL F1", "clusters / gold"], rows),
        "",
        "The name veto keeps apart two groups of at least 5 articles whose average similarity is below 0.3 "
        "when each has a name or a year (or month) written in the text that at least 60% of its articles give "
        "and at most 10% of the other's: two events of one kind in the same week (two fights of one boxer).",
        "",
        "What each part of the method gives (B-cubed F1; `none` = no dates, `spread` = synthetic dates "
        "over 90 days, `close` = the two events of a topic within a week).",
        "",
        table(["variant"] + [f"{part}, {c}" for part in parts for c in CONDITIONS], ablation),
        "",
        "Speed on one core (term extraction included; 5 copies = ECB+ five times under new ids, dates spread "
        "over a year). Memory stays linear: each article keeps at most "
        f"{default.neighbours} neighbours in the similarity graph, computed 512 rows at a time.",
        "",
        table(["articles", "batch articles/s", "incremental articles/s", "stories found"], speed),
        "",
        "MEANTIME (../shared/benchmarks/meantime-english) has only its Apple topic here, whose articles report "
        "many different events with no event-level grouping, so it is not used.",
    ])
