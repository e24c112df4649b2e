"""The fast paths of timeline building give exactly what the plain paths give."""

import gc
from collections import defaultdict

import numpy as np
import pytest

from benchmarks.bench_timeline import synthetic_story
from dateline.timelines import build_timeline
from dateline.timelines import events as ev


@pytest.fixture(scope="module")
def story():
    return synthetic_story(n_articles=60, per_article=12, seed=3)


def _blocks(mentions, feats):
    blocks = defaultdict(list)
    for i, m in enumerate(mentions):
        blocks[ev.lemma_class(m.lemma or m.trigger)].append(i)
    return [np.array(sorted(b, key=lambda i: (feats["lo"][i], i)), dtype=np.int64) for b in blocks.values()
            if len(b) > 1]


@pytest.mark.parametrize("tolerance", [3, 0, -2])
def test_batched_blocks_give_the_edges_of_block_by_block(story, tolerance):
    mentions, articles = story
    params = ev.GroupingParams(weak_tolerance=tolerance)
    feats = ev._features(mentions, articles)
    blocks = _blocks(mentions, feats)
    assert any(len(b) <= ev.MAX_LINKS for b in blocks) and any(len(b) > ev.MAX_LINKS for b in blocks)
    plain = sorted(e for b in blocks for e in ev._pair_edges(b, feats, params))
    batched = sorted(e for batch in ev._batches(blocks, 64) for e in ev._batch_edges(batch, feats, params))
    assert plain and batched == plain


def test_batches_keep_order_and_bound_size():
    blocks = [np.arange(n) for n in (3, 5, 9, 2, 20, 1)]
    batches = list(ev._batches(blocks, 10))
    assert [[len(b) for b in batch] for batch in batches] == [[3, 5], [9], [2], [20], [1]]


def test_single_mention_event_equals_the_general_description(story):
    mentions, articles = story
    for m in mentions[:300]:
        assert ev._single_event(m, articles) == ev._group_event([m], articles)


def test_ranked_counts_and_first_appearance():
    assert ev._ranked(["b", "a", "a", "c", "b", "a"]) == ["a", "b", "c"]
    assert ev._ranked(["x", "y", "z"]) == ["x", "y", "z"]
    assert ev._ranked([]) == []


def test_gc_paused_restores_the_collector():
    assert gc.isenabled()
    with ev.gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), ev.gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with ev.gc_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_grouping_matches_single_link_over_block_by_block_edges(story):
    mentions, articles = story
    params = ev.GroupingParams()
    feats = ev._features(mentions, articles)
    edges = [e for b in _blocks(mentions, feats) for e in ev._pair_edges(b, feats, params)]
    groups = ev._Groups(feats["lo"], feats["hi"], ~feats["weak"])
    for _, i, j in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        groups.union(i, j)
    roots: dict[int, int] = {}
    expected = [roots.setdefault(groups.find(i), len(roots)) for i in range(len(mentions))]
    assert ev.cluster_mentions(mentions, articles, params) == expected
    assert len(set(expected)) < len(mentions)


def test_timeline_is_the_same_built_twice(story):
    mentions, articles = story
    first = build_timeline(mentions, articles, dates=8, per_date=2).to_dict(events=True)
    again = build_timeline(list(reversed(list(reversed(mentions)))), articles, dates=8, per_date=2)
    assert first == again.to_dict(events=True)
    assert first["dates"] and gc.isenabled()
