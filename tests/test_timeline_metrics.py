"""tilse's timeline metrics (dateline.timelines.metrics): ROUGE preprocessing, concat, agreement, align, date F1.

Every expected number is worked out by hand in the comments. Tokens are counted after ROUGE's
preprocessing with tilse's options: lowercase, punctuation removed, SMART stopwords removed
("the", "is", "are", "for", "in", "on", "said", ...), Porter stemming of tokens longer than 3.
"""

import datetime as dt
import itertools
import random

import pytest

from dateline.timelines.metrics import (
    _linear_sum_assignment,
    agreement_rouge,
    align_rouge,
    concat_rouge,
    date_f1,
    evaluate_timeline,
    porter_stem,
    rouge_tokens,
)


def d(day: int) -> dt.date:
    return dt.date(2022, 9, day)


def r1(scores):
    s = scores["rouge_1"]
    return s["precision"], s["recall"], s["f_score"]


def r2(scores):
    s = scores["rouge_2"]
    return s["precision"], s["recall"], s["f_score"]


# -- ROUGE preprocessing


def test_rouge_tokens_lowercase_stopwords_stemming_and_hyphens():
    # "The" "are" "on" stopwords; "-" split off and dropped; "votes" -> "vote"; "held" (4 chars) is
    # stemmed but unchanged; "U.S." -> "u" "s", both single letters in the SMART list.
    assert rouge_tokens("The U.S. votes are held on Sept-23 !") == ("vote", "held", "sept", "23")
    # tokens of 3 characters or fewer are not stemmed: "ran" stays, "runs" -> "run"
    assert rouge_tokens("ran runs") == ("ran", "run")
    # characters outside ASCII letters/digits become spaces, as ROUGE-1.5.5 does ("z" is then a
    # single-letter SMART stopword)
    assert rouge_tokens("Zürich") == ("rich",)


def test_rouge_tokens_reads_a_sentence_only_up_to_a_left_angle_bracket():
    # pyrouge writes the sentence into HTML unescaped, ROUGE's reader stops at the first "<"
    assert rouge_tokens("rockets fired <b> again") == ("rocket", "fire")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("caresses", "caress"), ("ponies", "poni"), ("agreed", "agre"), ("hopping", "hop"),
        ("relational", "relat"), ("replacement", "replac"), ("adoption", "adopt"), ("annexation", "annex"),
        ("referendums", "referendum"), ("sanctions", "sanction"), ("yelling", "yell"),
    ],
)  # fmt: skip
def test_porter_stem_matches_rouges_perl_stemmer(word, stem):
    assert porter_stem(word) == stem


# -- concat


REF = {
    d(23): ["Referendums begin in occupied regions ."],
    d(28): ["United States rejects referendums ."],
    d(30): ["Putin signs annexation treaties ."],
}
# content tokens (stemmed):
#   23: referendum begin occupi region          (4)
#   28: unit state reject referendum            (4)
#   30: putin sign annex treati                 (4)


def test_concat_rouge_counts_unigrams_and_bigrams_over_the_whole_timeline():
    pred = {
        d(23): ["Referendums begin ."],  # referendum begin
        d(30): ["Putin signs treaties ."],  # putin sign treati
    }
    # ROUGE-1: 5 predicted unigrams, all in the reference -> P = 5/5; R = 5/12
    p, r, f = r1(concat_rouge(pred, REF))
    assert (p, r) == (1.0, pytest.approx(5 / 12))
    assert f == pytest.approx(2 * 1 * (5 / 12) / (1 + 5 / 12))
    # ROUGE-2 over the concatenation: predicted bigrams
    #   referendum-begin, begin-putin, putin-sign, sign-treati                    (4)
    # reference bigrams (11): referendum-begin, begin-occupi, occupi-region, region-unit, unit-state,
    #   state-reject, reject-referendum, referendum-putin, putin-sign, sign-annex, annex-treati
    # hits: referendum-begin, putin-sign -> P = 2/4, R = 2/11
    p, r, _ = r2(concat_rouge(pred, REF))
    assert (p, r) == (0.5, pytest.approx(2 / 11))


def test_identical_timeline_scores_one_everywhere():
    scores = evaluate_timeline(REF, [REF])
    for name in ("concat", "agreement", "align_date_costs", "align_date_content_costs"):
        for measure in ("rouge_1", "rouge_2"):
            assert scores[name][measure]["f_score"] == pytest.approx(1.0), (name, measure)
    assert scores["align_date_content_costs_many_to_one"]["rouge_1"]["f_score"] == pytest.approx(1.0)
    assert scores["date_f1"] == {"precision": 1.0, "recall": 1.0, "f_score": 1.0}


# -- agreement


def test_agreement_rouge_only_compares_the_same_date():
    pred = {
        d(23): ["Referendums begin ."],  # right date: 2 hits of 2
        d(29): ["Putin signs annexation treaties ."],  # wrong date (ref has it on the 30th): 0 of 4
    }
    # precision: (2 + 0) / (2 + 4) ; recall: the reference dates 23, 28, 30 hold 12 unigrams, 2 hit
    p, r, _ = r1(agreement_rouge(pred, REF))
    assert (p, r) == (pytest.approx(2 / 6), pytest.approx(2 / 12))


# -- alignment


def test_align_rouge_discounts_a_date_one_day_off_by_half():
    # the 30th's summary dated 1 October: costs 1 - 1/2 to the 30th, 1 - 1/4 to the 28th, 1 - 1/9 to
    # the 23rd, so it aligns with the 30th; its 4 unigrams match with weight 1/2.
    pred = {dt.date(2022, 10, 1): ["Putin signs annexation treaties ."]}
    # precision = 4 * 1/2 / 4 ; recall = 4 * 1/2 / 12
    assert r1(align_rouge(pred, REF))[:2] == (0.5, pytest.approx(2 / 12))
    # agreement gives nothing for it, date F1 neither
    assert r1(agreement_rouge(pred, REF))[:2] == (0.0, 0.0)
    assert date_f1(pred, REF)["f_score"] == 0.0


def test_align_rouge_weights_hits_by_one_over_day_gap_plus_one():
    ref = {d(10): ["Rockets hit Kharkiv ."], d(20): ["Talks resume in Istanbul ."]}
    # ref tokens: 10: rocket hit kharkiv (3) ; 20: talk resum istanbul (3)
    pred = {
        d(11): ["Rockets hit Kharkiv ."],  # one day off the 10th: weight 1/2
        d(24): ["Talks resume in Istanbul ."],  # four days off the 20th: weight 1/5
    }
    # costs (1 - 1/(gap+1)): 11->10: 1/2, 11->20: 9/10, 24->10: 14/15, 24->20: 4/5
    # optimal 1:1: {11->10, 24->20} (1.3) beats {11->20, 24->10} (1.833)
    # precision = (3 * 1/2 + 3 * 1/5) / 6 = 2.1 / 6 ; recall the same over the 6 reference unigrams
    p, r, f = r1(align_rouge(pred, ref))
    assert p == pytest.approx(2.1 / 6)
    assert r == pytest.approx(2.1 / 6)
    assert f == pytest.approx(2.1 / 6)
    # agreement sees no common date at all
    assert r1(agreement_rouge(pred, ref))[:2] == (0.0, 0.0)


def test_align_one_to_one_leaves_extra_predicted_dates_unmatched():
    ref = {d(10): ["Rockets hit Kharkiv ."]}
    pred = {d(10): ["Rockets hit Kharkiv ."], d(12): ["Rockets hit Kharkiv again ."]}
    # 1:1: only the 10th aligns (cost 0); the 12th is unmatched and its 3 unigrams count as predicted
    # ("again" is a stopword). precision = 3 / 6, recall = 3 / 3
    assert r1(align_rouge(pred, ref))[:2] == (0.5, 1.0)
    # m:1: the 12th also aligns to the 10th (gap 2, weight 1/3): precision = (3 + 3/3) / 6
    # recall: the 10th aligns to its cheapest predicted date, the 10th itself: 3 / 3
    assert r1(align_rouge(pred, ref, many_to_one=True))[:2] == (pytest.approx(4 / 6), 1.0)


def test_align_plus_content_cost_prefers_the_matching_summary():
    ref = {d(10): ["Rockets hit Kharkiv ."], d(12): ["Talks resume ."]}
    pred = {d(11): ["Talks resume ."]}
    # date costs alone tie (both one day away: 1/2 each); with content the 12th is cheaper:
    # overlap with the 12th's "Talks resume ." is 1 (cost 0.5 * 0 = 0), with the 10th 0 (cost 0.5).
    # 2 unigrams (talk resum) matched at weight 1/2 -> precision = 1/2; recall = 1 / (3 + 2)
    p, r, _ = r1(align_rouge(pred, ref, content=True))
    assert (p, r) == (0.5, pytest.approx(1 / 5))
    p, r, _ = r1(align_rouge(pred, ref, many_to_one=True))
    # m:1 recall: the 10th and the 12th each take the 11th (only date); 10th: 0 hits, 12th: 2 x 1/2
    assert (p, r) == (0.5, pytest.approx(1 / 5))


def test_empty_predicted_timeline_scores_zero_not_an_error():
    for scores in (concat_rouge({}, REF), agreement_rouge({}, REF), align_rouge({}, REF)):
        assert r1(scores) == (0.0, 0.0, 0.0)
    assert r1(align_rouge({}, REF, many_to_one=True)) == (0.0, 0.0, 0.0)
    assert date_f1({}, REF) == {"precision": 0.0, "recall": 0.0, "f_score": 0.0}


# -- several references


def test_multiple_references_sum_counts_per_reference_like_rouge_model_average():
    ref_a = {d(1): ["Army shells city ."]}  # armi shell citi (3)
    ref_b = {d(1): ["City shelled ."], d(2): ["Ceasefire agreed ."]}  # citi shell (2) ; ceasefir agre (2)
    pred = {d(1): ["City shelled by army ."]}  # citi shell armi (3); "by" is a stopword
    # agreement, date 1: hits against A = 3, against B = 2; predicted unigrams counted once per
    # reference: 3 + 3. Recall denominators: date 1: 3 + 2, date 2 (only in B): 2.
    p, r, _ = r1(agreement_rouge(pred, [ref_a, ref_b]))
    assert (p, r) == (pytest.approx(5 / 6), pytest.approx(5 / 7))
    # date F1 takes the union of reference dates {1, 2}: P = 1/1, R = 1/2
    assert date_f1(pred, [ref_a, ref_b]) == {"precision": 1.0, "recall": 0.5, "f_score": pytest.approx(2 / 3)}
    # one reference given as a mapping is the same as a list of one
    assert concat_rouge(pred, ref_a) == concat_rouge(pred, [ref_a])


def test_reproduces_tilse_own_unit_test_numbers():
    # tilse/test/evaluation/test_rouge.py: two references, rouge_1, the "same number of dates" output
    day = lambda n: dt.date(2010, 1, n)  # noqa: E731
    gt = [
        {
            day(1): ["timeline summarization ."],
            day(2): ["timeline summarization is awesome .", "coreference resolution is , too ."],
            day(4): ["alignments are really nice"],
        },
        {day(2): ["metrics are complicated ."]},
    ]
    out = {
        day(2): ["timeline summarization ."],
        day(3): ["doing some metric checks ."],
        day(5): ["checks for alignments ."],
    }
    assert r1(concat_rouge(out, gt))[:2] == (pytest.approx(4 / 12), pytest.approx(4 / 11))
    assert r1(agreement_rouge(out, gt))[:2] == (pytest.approx(2 / 12), pytest.approx(2 / 11))
    assert r1(align_rouge(out, gt))[:2] == (pytest.approx(2.5 / 12), pytest.approx(2.5 / 11))
    assert r1(align_rouge(out, gt, many_to_one=True))[:2] == (pytest.approx(3 / 12), pytest.approx(3.5 / 11))
    higher = {
        day(2): ["timeline summarization ."],
        day(3): ["alignments are really nice"],
        day(5): ["timeline summarization ."],
    }
    assert r1(align_rouge(higher, gt, content=True))[:2] == (pytest.approx(3.4 / 12), pytest.approx(3.4 / 11))


def test_dates_may_be_given_as_iso_strings_and_summaries_as_one_string():
    assert date_f1({"2022-09-23": "Referendums begin ."}, REF)["precision"] == 1.0


# -- the assignment


def test_linear_sum_assignment_is_optimal_on_random_rectangular_matrices():
    rng = random.Random(7)
    for _ in range(60):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        costs = [[rng.random() for _ in range(m)] for _ in range(n)]
        pairs = _linear_sum_assignment(costs)
        assert len(pairs) == min(n, m)
        assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == min(n, m)
        if n <= m:
            best = min(
                sum(costs[i][c] for i, c in enumerate(cols)) for cols in itertools.permutations(range(m), n)
            )
        else:
            best = min(
                sum(costs[r][j] for j, r in enumerate(rows)) for rows in itertools.permutations(range(n), m)
            )
        assert sum(costs[r][c] for r, c in pairs) == pytest.approx(best)
