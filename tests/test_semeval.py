"""SemEval-2015 Task 4 TimeLine (dateline.timelines.semeval): documents, timeline files and the scorer.

What the scores mean: the task's measure is temporal awareness (UzZaman & Allen) over the relations
a timeline implies, micro-averaged over the entity timelines of a corpus, in percent. For scale,
published micro F1 on the three test corpora: in 2015 the best Track A system (raw text in) reached
7.85 (as issue 5 quotes it); with the gold event mentions given (Track B) the best 2015 system,
GPLSIUA_1, reached 25.4 (P 21.7, R 30.5) and later published systems 28.58 (table in the README of
github.com/savac/cdeo). A gold timeline scored against itself is 100; the hand-made perturbations
below show that one misplaced event in a three-event timeline already costs about 20 points.
"""

import os
from pathlib import Path

import pytest

from dateline.timelines.semeval import (
    TemporalGraph,
    TimelineRow,
    read_corpus,
    read_document,
    read_entities,
    read_timeline,
    score_timeline,
    score_timelines,
    timeline_filename,
    timeline_relations,
    write_timeline,
)

SHARED = Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
TRIAL = SHARED / "benchmarks" / "semeval2015-trial"
needs_trial = pytest.mark.skipif(not TRIAL.is_dir(), reason="SemEval-2015 trial data not on this machine")

DOC = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>4954</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2006-05-08">2006-05-08</TIMEX3></DCT>
<EXTRAINFO>Apple Corps loses court case</EXTRAINFO>
<TEXT><s id="1">May 8 , 2006</s><s id="2">The label Apple Corps <EVENT eid="e24">lost</EVENT> its <EVENT eid="e25">court case</EVENT> today &amp; appealed .</s></TEXT>
</TimeML>
"""


@pytest.fixture
def small_doc(tmp_path):
    path = tmp_path / "4954-Apple_Corps_loses.tml"
    path.write_text(DOC, encoding="utf-8")
    return read_document(path)


# -- documents


def test_read_document_tokens_offsets_and_events(small_doc):
    doc = small_doc
    assert (doc.docid, doc.dct, doc.title) == ("4954", "2006-05-08", "Apple Corps loses court case")
    assert doc.date.isoformat() == "2006-05-08"
    assert list(doc.sentences) == [1, 2]
    assert doc.text.split("\n")[1] == "The label Apple Corps lost its court case today & appealed ."
    for sent in doc.sentences.values():
        for tok in sent:
            assert doc.text[tok.start : tok.end] == tok.text
    lost, case = doc.events
    assert (lost.eid, lost.mention_id, doc.text[lost.start : lost.end]) == ("e24", "4954-2-lost", "lost")
    assert (case.indices, case.mention_id) == ((6, 7), "4954-2-court_case")
    assert doc.text[case.start : case.end] == "court case"
    assert doc.mention_id(2, [4]) == "4954-2-lost"
    assert doc.token_at(doc.text.index("appealed") + 2).text == "appealed"


def test_read_document_refuses_a_file_without_docid(tmp_path):
    path = tmp_path / "x.tml"
    path.write_text("<TimeML><TEXT><s id='1'>a</s></TEXT></TimeML>")
    with pytest.raises(ValueError, match="DOCID"):
        read_document(path)


@needs_trial
def test_trial_corpus_reads_and_gold_mentions_point_at_its_tokens():
    docs = read_corpus(TRIAL / "Corpus-trial-data_task4_TimeML")
    assert len(docs) == 30
    assert [int(d.docid) for d in docs] == sorted(int(d.docid) for d in docs)
    assert all(d.date is not None for d in docs)
    assert sum(len(d.events) for d in docs) == 941
    by_id = {d.docid: d for d in docs}
    found = total = 0
    for path in (TRIAL / "gold").glob("*.txt"):
        for row in read_timeline(path).rows:
            for mention in row.mentions:
                total += 1
                docid, sent, words = mention.split("-", 2)
                toks = [t.text for t in by_id[docid].sentences.get(int(sent), [])] if docid in by_id else []
                words = words.split("_")
                found += any(toks[i : i + len(words)] == words for i in range(len(toks)))
    # 197 gold mentions; 6 cannot be found as written: a doc id typo (9590), two lowercased
    # sentence-initial tokens ("this", "pre-orders") and three discontinuous ones ("taking_out")
    assert (found, total) == (191, 197)


# -- timeline files


def test_timeline_filename_rule():
    assert timeline_filename("S&P 500") == "s_and_p_500.txt"
    assert timeline_filename("Beatles Apple Corps") == "beatles_apple_corps.txt"
    assert timeline_filename("iPhone 3G") == "iphone_3g.txt"
    assert timeline_filename("U.S. Dollar") == "u_s__dollar.txt"


def test_write_then_read_timeline_round_trip(tmp_path):
    rows = [(2, "2010-06-07", ["16844-2-unveiled", "16900-2-announced"]), (0, "XXXX-XX-XX", "16844-16-use")]
    path = write_timeline(tmp_path, "iPhone 4", rows)
    assert path == tmp_path / "iphone_4.txt"
    assert path.read_text().splitlines() == [
        "iPhone 4",
        "0\tXXXX-XX-XX\t16844-16-use",
        "2\t2010-06-07\t16844-2-unveiled\t16900-2-announced",
    ]
    tl = read_timeline(path)
    assert tl.entity == "iPhone 4"
    assert tl.rows[1] == TimelineRow(2, "2010-06-07", ("16844-2-unveiled", "16900-2-announced"))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ((1, "2010-6-7", "1-2-x"), "date"),
        ((1, "2010-06", "1-2-x"), "date"),
        ((1, "2010-06-07", "unveiled"), "mention"),
    ],
)
def test_write_timeline_refuses_bad_dates_and_mentions(tmp_path, row, message):
    with pytest.raises(ValueError, match=message):
        write_timeline(tmp_path / "x.txt", "X", [row])


def test_read_entities_skips_blank_lines(tmp_path):
    path = tmp_path / "list_target_entities.txt"
    path.write_text("Airbus\n\nBoeing 777\n")
    assert read_entities(path) == ["Airbus", "Boeing 777"]


# -- the timegraph


def test_temporal_graph_add_reports_redundant_and_violated_relations():
    g = TemporalGraph()
    assert g.add("a", "t0", "SIMULTANEOUS") == "added"
    assert g.add("b", "t0", "SIMULTANEOUS") == "added"
    assert g.add("a", "b", "SIMULTANEOUS") == "redundant"  # both equal t0
    assert g.add("a", "b", "BEFORE") == "violated"
    assert g.add("c", "t1", "SIMULTANEOUS") == "added"
    assert g.add("b", "c", "BEFORE") == "added"
    assert g.holds("a", "c", "BEFORE") and g.holds("t0", "t1", "BEFORE")
    assert g.add("c", "a", "BEFORE") == "violated"
    assert g.add("t0", "c", "BEFORE") == "redundant"
    assert not g.holds("a", "zzz", "BEFORE")


# -- the scorer, on hand-made timelines

GOLD = [
    TimelineRow(1, "2010-01-01", ("d-1-a",)),
    TimelineRow(2, "2010-01-02", ("d-2-b",)),
    TimelineRow(3, "2010-01-03", ("d-3-c",)),
]
# Gold relations (events ei1=a, ei2=b, ei3=c; anchors t0, t1, t2):
#   a=t0, b=t1, c=t2, a BEFORE b, b BEFORE c: 5 relations, none implied by the others.


def test_gold_against_itself_is_100():
    s = score_timeline(GOLD, GOLD)
    assert (s["precision"], s["recall"], s["f1"]) == (100.0, 100.0, 100.0)
    assert s["system_relations"] == s["gold_relations"] == 5


def test_missing_event_costs_recall_only():
    # system a, b: relations a=t0, b=t1, a BEFORE b, all true in the gold: P = 3/3.
    # gold c=t2 and b BEFORE c cannot be found: R = 3/5, F = 2*100*60/160 = 75
    s = score_timeline(GOLD[:2], GOLD)
    assert (s["precision"], s["recall"], s["f1"]) == (100.0, 60.0, 75.0)


def test_swapped_order_costs_one_relation_each_way():
    swapped = [TimelineRow(2, "2010-01-01", ("d-1-a",)), TimelineRow(1, "2010-01-02", ("d-2-b",)), GOLD[2]]
    # system: b=t1, a=t0, c=t2, b BEFORE a, a BEFORE c. "b BEFORE a" is false in the gold, the
    # others hold (a BEFORE c by a < b < c): P = 4/5. Gold "a BEFORE b" is false in the system,
    # "b BEFORE c" holds there (b < a < c): R = 4/5.
    s = score_timeline(swapped, GOLD)
    assert (s["precision"], s["recall"], s["f1"]) == (80.0, 80.0, 80.0)


def test_wrong_date_costs_the_anchor_relation_each_way():
    wrong = [GOLD[0], TimelineRow(2, "2010-01-05", ("d-2-b",)), GOLD[2]]
    # the anchor 2010-01-05 is not a gold anchor: "b = t(2010-01-05)" is unknown to the gold (P 4/5)
    # and the gold's "b = t(2010-01-02)" unknown to the system (R 4/5); the order is intact.
    s = score_timeline(wrong, GOLD)
    assert (s["precision"], s["recall"], s["f1"]) == (80.0, 80.0, 80.0)


def test_simultaneous_gold_events_put_in_sequence_cost_precision():
    gold = [
        TimelineRow(1, "2010-01-01", ("d-1-a",)),
        TimelineRow(1, "2010-01-01", ("d-1-b",)),
        TimelineRow(2, "2010-01-02", ("d-2-c",)),
    ]
    # gold: a=t0, b=t0, c=t1, (a SIMULTANEOUS b: implied by the anchors, dropped), b BEFORE c: 4
    system = [gold[0], TimelineRow(2, "2010-01-01", ("d-1-b",)), TimelineRow(3, "2010-01-02", ("d-2-c",))]
    # system: a=t0, b=t0, c=t1, a BEFORE b (contradicts a=t0=b: kept as violated), b BEFORE c: 5
    # only "a BEFORE b" fails in the gold: P = 4/5; every gold relation holds in the system: R = 4/4
    s = score_timeline(system, gold)
    assert (s["system_relations"], s["gold_relations"]) == (5, 4)
    assert (s["precision"], s["recall"]) == (80.0, 100.0)
    assert s["f1"] == pytest.approx(88.8889)


def test_coreferent_mentions_on_one_line_are_simultaneous_and_ordinal_zero_is_ignored():
    gold = [TimelineRow(0, "XXXX-XX-XX", ("d-9-x",)), TimelineRow(1, "2010-01-01", ("d-1-a", "e-4-a"))]
    links, _ = timeline_relations(gold, [])
    assert links == [
        ("ei1", "t0", "SIMULTANEOUS"),
        ("ei2", "t0", "SIMULTANEOUS"),
        ("ei1", "ei2", "SIMULTANEOUS"),
    ]
    # a system without the unplaced event x scores 100
    assert score_timeline(gold[1:], gold)["f1"] == 100.0


def test_lines_are_ordered_by_numeric_ordinal_not_as_text():
    rows = [TimelineRow(10, "2010-01-02", ("d-2-late",)), TimelineRow(9, "2010-01-01", ("d-1-early",))]
    links, _ = timeline_relations(rows, [])
    # sorted 9 before 10 (as text "10" would come first): early is ei1, late ei2, early BEFORE late
    assert ("ei1", "ei2", "BEFORE") in links


def test_system_events_take_gold_ids_by_mention_string():
    gold = [TimelineRow(1, "2010-01-01", ("d-1-a",)), TimelineRow(2, "2010-01-02", ("d-2-b",))]
    system = [TimelineRow(1, "2010-01-02", ("d-2-b",)), TimelineRow(2, "2010-01-09", ("d-5-z",))]
    _, links = timeline_relations(gold, system)
    # b keeps gold id ei2 and anchor t1; z gets the next event id, ei3, and its anchor t3 (the tool
    # numbers new anchors from the gold's count + 1, so t2 is skipped)
    assert links == [("ei2", "t1", "SIMULTANEOUS"), ("ei3", "t3", "SIMULTANEOUS"), ("ei2", "ei3", "BEFORE")]


# -- the scorer, on folders


def _write(folder, entity, rows):
    folder.mkdir(exist_ok=True)
    return write_timeline(folder, entity, rows)


def test_micro_average_sums_counts_and_missing_files_count_as_empty(tmp_path):
    gold_dir, sys_dir = tmp_path / "gold", tmp_path / "sys"
    _write(gold_dir, "Apple", GOLD)
    _write(gold_dir, "Beatles", GOLD)
    _write(gold_dir, "Cisco", GOLD)
    _write(sys_dir, "Apple", GOLD)  # 5/5, 5/5
    _write(sys_dir, "Beatles", GOLD[:2])  # 3/3, 3/5
    scores = score_timelines(sys_dir, gold_dir)
    # Cisco has no system file: scored as empty, 0 of its 5 gold relations found
    micro = scores["micro"]
    assert (micro["precision_matched"], micro["system_relations"]) == (8, 8)
    assert (micro["recall_matched"], micro["gold_relations"]) == (8, 15)
    assert micro["precision"] == 100.0
    assert micro["recall"] == pytest.approx(53.3333)
    assert micro["f1"] == pytest.approx(2 * 100 * 53.3333 / 153.3333)
    assert scores["timelines"]["cisco.txt"]["system_file"] is None
    # the official tool skips a gold timeline without a system file instead: R = 8/10
    official = score_timelines(sys_dir, gold_dir, missing="skip")
    assert official["micro"]["recall"] == 80.0
    assert official["timelines"]["cisco.txt"]["skipped"]


def test_system_file_is_found_by_entity_when_names_differ(tmp_path):
    gold_dir, sys_dir = tmp_path / "gold", tmp_path / "sys"
    gold_dir.mkdir()
    (gold_dir / "s&p_500.txt").write_text(
        "S&P 500\n1\t2007-02-27\t61327-5-decline\n2\t2007-10-19\t82738-21-hit\n"
    )
    _write(sys_dir, "S&P 500", [(1, "2007-02-27", "61327-5-decline"), (2, "2007-10-19", "82738-21-hit")])
    scores = score_timelines(sys_dir, gold_dir)
    assert scores["timelines"]["s&p_500.txt"]["system_file"].endswith("s_and_p_500.txt")
    assert scores["micro"]["f1"] == 100.0


@needs_trial
def test_trial_gold_scored_against_itself_is_100():
    scores = score_timelines(TRIAL / "gold", TRIAL / "gold")
    assert len(scores["timelines"]) == 6
    assert scores["micro"]["gold_relations"] == 235
    assert (scores["micro"]["precision"], scores["micro"]["recall"], scores["micro"]["f1"]) == (
        100.0,
        100.0,
        100.0,
    )
