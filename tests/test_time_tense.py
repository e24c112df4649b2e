"""Tense cues around an expression (the public helper other layers use)."""

from __future__ import annotations

import pytest

from dateline.time import sentence_tense


def span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


@pytest.mark.parametrize(
    ("text", "word", "tense", "cue"),
    [
        ("Moscow will annex the regions on Friday, the Kremlin said on Thursday.", "Friday", "FUTURE", "will"),
        ("Moscow will annex the regions on Friday, the Kremlin said on Thursday.", "Thursday", "PAST", "said"),
        ("The summit is set for Monday.", "Monday", "FUTURE", "is set"),
        ("The vote is scheduled for Sunday.", "Sunday", "FUTURE", "scheduled"),
        ("The plant closed two years ago.", "two years", "PAST", "ago"),
        ("They're going to vote in May.", "May", "FUTURE", "going to"),
        ("The talks are to be held in May.", "May", "FUTURE", "are to"),
        ("He'll arrive on Friday.", "Friday", "FUTURE", "'ll"),
        ("Russian-occupied areas will vote on Friday.", "Friday", "FUTURE", "will"),
        ("Officials said Friday that it will end.", "Friday", "PAST", "said"),
        ("In May, prices fell.", "May", "PAST", "fell"),
    ],
)
def test_sentence_tense(text, word, tense, cue):
    s, e = span(text, word)
    t = sentence_tense(text, s, e)
    assert (t.tense, t.cue) == (tense, cue)
    assert t.start is not None and text[t.start : t.end].lower() == cue


def test_no_cue():
    text = "Friday. Prices, the index."
    assert sentence_tense(text, 0, 6).tense is None


def test_only_the_sentence_is_read():
    text = "He will go. On Friday, prices fell."
    s, e = span(text, "Friday")
    assert sentence_tense(text, s, e).tense == "PAST"


def test_that_clause_keeps_its_own_tense_apart_from_the_weekday():
    from dateline.time import tag

    past = tag("Apple announced Friday that it will give free cases to buyers.", "2010-07-17")
    assert [(t.text, t.value) for t in past] == [("Friday", "2010-07-16")]
    future = tag("Officials said that the ceremony will take place on Friday.", "2010-07-17")
    assert [(t.text, t.value) for t in future] == [("Friday", "2010-07-23")]


def _cue_lines() -> list[tuple[str, str]]:
    from dateline.time.resources import RESOURCES

    rows = []
    for line in (RESOURCES / "tense.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, tense, _ = line.split("\t")
            rows.append((phrase, tense))
    return rows


@pytest.mark.parametrize(("phrase", "tense"), _cue_lines())
def test_every_cue_of_the_table_is_found_in_text(phrase, tense):
    # the cue must match text as the scanner splits it ("run-up" is three tokens, "won't" two)
    from dateline.time.resources import load
    from dateline.time.scanner import tokenize
    from dateline.time.tense import TenseFinder

    res = load()
    text = f"{phrase} it"
    finder = TenseFinder(text, tokenize(text, res.abbreviations), res)
    found = finder.cue_at(0)
    assert found is not None and found[1] == tense and found[0] == len(tokenize(phrase, res.abbreviations)), found
