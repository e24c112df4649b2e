"""Reported speech beyond verbs of saying (issue 4): evidential verbs, participle clauses, nested
"according to", cue nouns and adjectives, "Name: statement" headlines, and speaker spans that
never cross a paragraph break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from layer_checks import by_cue
from layer_checks import quotes_of as run

from dateline import nlp
from dateline.quotes import lexicon
from dateline.quotes.speakers import same_paragraph


def test_speaker_stays_in_its_paragraph():
    text = "Thursday, October 6, 2011\n\nSteve Jobs, founder of Apple, said on Wednesday that the phone would sell."
    q = by_cue(run(text), "said")
    assert q.speaker_text == "Steve Jobs, founder of Apple"
    assert q.speaker[0] == text.index("Steve")


def test_same_paragraph_cuts_a_phrase_at_the_break():
    doc = nlp.parse("2011\n\nSteve Jobs, founder of Apple, said so.")
    jobs = next(t for t in doc if t.text == "Jobs")
    lo, hi = same_paragraph(doc, jobs.i, 0, len(doc))
    assert doc[lo].text == "Steve"
    assert all("\n" not in t.text for t in doc[lo:hi])


def test_subject_from_another_paragraph_is_not_the_speaker():
    text = "Christie Address Heroin Epidemic\nWhen asked about the opioid crisis, Ted Cruz said he knows its cost firsthand."
    q = by_cue(run(text), "said")
    assert q.speaker_text == "Ted Cruz"


def test_evidential_verb_has_no_source():
    (q,) = run("Trump seemed to back away from his plan on Tuesday.")
    assert q.cue_text == "seemed" and q.speaker is None
    assert q.content_text.startswith("to back away")


def test_participle_clause_names_no_asker():
    quotes = run("Asked whether he would run again, Smith said he would not.")
    asked = by_cue(quotes, "Asked")
    assert asked.speaker is None and asked.content_text == "whether he would run again"
    assert by_cue(quotes, "said").speaker_text == "Smith"


def test_according_to_nests_over_reported_speech():
    quotes = run("According to a Gallup poll, 51 percent of voters said they would vote for Clinton.")
    outer = by_cue(quotes, "According to")
    assert outer.speaker_text == "a Gallup poll"
    assert "said" in outer.content_text
    inner = by_cue(quotes, "said")
    assert inner.speaker_text == "51 percent of voters"
    assert inner.content_text == "they would vote for Clinton"


def test_relative_clause_misparse_keeps_the_speaker():
    q = by_cue(run("They want a wall at the border, which he said the Mexican government should pay for."), "said")
    assert q.speaker_text == "he"
    assert q.content_text == "the Mexican government should pay for"


def test_cue_noun_with_possessor():
    q = by_cue(run("Trump's claim that the election was rigged drew sharp responses."), "claim")
    assert q.content_text == "that the election was rigged"
    assert q.speaker_text.startswith("Trump")


def test_cue_noun_takes_the_subject_of_its_verb():
    q = by_cue(run("Christie unleashed withering attacks against Rubio on Saturday."), "attacks against")
    assert q.speaker_text == "Christie" and q.content_text == "Rubio"


def test_cue_adjective():
    q = by_cue(run("Many Republicans are critical of the nuclear deal with Iran."), "critical of")
    assert q.speaker_text == "Many Republicans"
    assert q.content_text == "the nuclear deal with Iran"


def test_headline_name_colon_statement():
    text = "Lynch: No outside influence on FBI probe into Clinton emails\n\nWASHINGTON (AP) — She spoke on Tuesday."
    q = by_cue(run(text), ":")
    assert q.speaker_text == "Lynch"
    assert q.content_text == "No outside influence on FBI probe into Clinton emails"


@pytest.mark.parametrize("text", [
    "UPDATE: The vote was delayed until Friday because of the storm.",
    "WASHINGTON: The vote was delayed until Friday because of the storm.",
])
def test_labels_and_datelines_before_a_colon_are_no_speakers(text):
    assert not [q for q in run(text) if q.cue_text == ":"]


def copy_data(tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(Path(lexicon._data_dir()), dst)
    return dst


def test_new_word_lists_load():
    lex = lexicon.load()
    assert "acl" in lex.nouns["claim"] and "prep:of" in lex.adjectives["critical"]
    assert lex.cues["seem"].cls == "evidential"
    assert "update" in lex.colon_labels


def test_bad_noun_frame_names_file_and_line(tmp_path):
    d = copy_data(tmp_path)
    with (d / "noun_cues.tsv").open("a", encoding="utf-8") as fh:
        fh.write("rumour\tdobj\tbad frame\n")
    n = len((d / "noun_cues.tsv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(lexicon.LexiconError, match=rf"noun_cues.tsv:{n}:"):
        lexicon.load(str(d))
