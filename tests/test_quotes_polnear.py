"""The PolNeAR scorer and split; a corpus-wide run is marked slow."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.quotes.polnear import Attribution, part_of, read_polnear, score, score_document

SHARED = Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
POLNEAR = SHARED / "benchmarks" / "polnear" / "train.jsonl"

TEXT = '"We will win," Smith said. Jones said the plan failed.'
GOLD = [Attribution([(0, 14)], (15, 20), (21, 25), "direct"),
        Attribution([(36, 53)], (27, 32), (33, 35), "indirect")]


def test_end_to_end_needs_content_and_speaker_overlap():
    pred = [Attribution([(0, 14)], (15, 20), None, "direct"),      # right
            Attribution([(36, 53)], (15, 20), None, "indirect")]   # right content, wrong speaker
    res = score_document(TEXT, GOLD, pred)
    assert (res["all", "content_overlap"].tp_pred, res["all", "end_to_end"].tp_pred) == (2, 1)
    assert res["all", "end_to_end"].tp_gold == 1 and res["all", "end_to_end"].n_gold == 2
    assert res["direct", "end_to_end"].recall == 1.0 and res["direct", "end_to_end"].n_gold == 1


def test_missing_speakers_agree_only_with_each_other():
    gold = [Attribution([(0, 14)], None, None, "direct")]
    assert score_document(TEXT, gold, [Attribution([(0, 14)], None)])["all", "end_to_end"].tp_gold == 1
    assert score_document(TEXT, gold, [Attribution([(0, 14)], (15, 20))])["all", "end_to_end"].tp_gold == 0


def test_exact_content_ignores_edge_punctuation_and_accepts_one_part_of_a_split_quote():
    plan = TEXT.index("the plan")
    gold = [Attribution([(0, 14), (plan, len(TEXT))], (15, 20))]   # "...," ... "the plan failed."
    exact = [[(0, 14)], [(plan, len(TEXT) - 1)]]                  # one part; no full stop
    for spans in exact:
        assert score_document(TEXT, gold, [Attribution(spans, (15, 20))])["all", "content_exact"].tp_pred == 1
    assert score_document(TEXT, gold, [Attribution([(0, 10)], (15, 20))])["all", "content_exact"].tp_pred == 0


def test_scores_add_up_over_documents():
    total = score([(TEXT, GOLD, GOLD), (TEXT, GOLD, [])])
    c = total["all", "end_to_end"]
    assert (c.precision, c.recall) == (1.0, 0.5)
    assert abs(c.f1 - 2 / 3) < 1e-9


def test_split_is_stable_and_about_one_in_five():
    ids = [f"doc-{i}" for i in range(2000)]
    assert [part_of(i) for i in ids] == [part_of(i) for i in ids]
    share = sum(part_of(i) == "dev" for i in ids) / len(ids)
    assert 0.15 < share < 0.25


@pytest.mark.skipif(not POLNEAR.exists(), reason="PolNeAR is not on this machine")
def test_reader_gives_offsets_into_the_text():
    doc = next(read_polnear(POLNEAR))
    assert doc.attributions
    for a in doc.attributions[:20]:
        for s, e in a.content:
            assert 0 <= s < e <= len(doc.text)


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR.exists(), reason="PolNeAR is not on this machine")
def test_dev_part_meets_the_targets():
    from dateline import nlp
    from dateline.quotes import extract_quotes

    dev = [d for d in read_polnear(POLNEAR) if part_of(d.id) == "dev"]
    preds = [[Attribution([q.content], q.speaker, q.cue, q.kind) for q in extract_quotes(doc)]
             for doc in nlp.parse_many(d.text for d in dev)]
    res = score((d.text, d.attributions, p) for d, p in zip(dev, preds, strict=True))
    assert res["direct", "end_to_end"].f1 >= 0.90
    assert res["all", "end_to_end"].f1 >= 0.65
