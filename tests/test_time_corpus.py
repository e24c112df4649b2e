"""Corpus-wide scores (slow; run with `pytest -m slow`): floors so that quality never drops unnoticed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.time.score import evaluate, read_any

SHARED = Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
BENCH = SHARED / "benchmarks"

# measured figures minus a small margin (see BENCHMARKS.md for the current ones)
FLOORS = {
    "tempeval3-tbaq-cleaned/TimeBank": (90.0, 94.0, 82.5),
    "tempeval3-tbaq-cleaned/AQUAINT": (81.5, 93.5, 74.5),
    "meantime-english/intra-doc_annotation/corpus_apple": (92.5, 95.5, 85.0),
}


@pytest.mark.slow
@pytest.mark.parametrize("part", sorted(FLOORS))
def test_corpus_scores_hold(part):
    path = BENCH / part
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    s = evaluate(read_any(path))
    strict, relaxed, value = FLOORS[part]
    assert 100 * s.strict_f1 >= strict
    assert 100 * s.relaxed_f1 >= relaxed
    assert 100 * s.value_f1 >= value
