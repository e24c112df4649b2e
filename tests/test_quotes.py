"""Quotations with speakers and cues: direct, split, multi-paragraph, mixed, reported speech."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from layer_checks import quotes_of as run

from dateline.quotes import Quote, extract_quotes

SHARED = Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEED = SHARED / "seed" / "annexation-2022-09-29.txt"


def only(quotes: list[Quote], kind: str) -> list[Quote]:
    return [q for q in quotes if q.kind == kind]


def test_speaker_after_the_quote():
    (q,) = run('"We will not back down," Peskov said.')
    assert (q.kind, q.speaker_text, q.cue_text) == ("direct", "Peskov", "said")
    assert q.content_text == '"We will not back down,"'


def test_speaker_before_the_quote_with_a_colon():
    (q,) = run('The spokesman for the ministry said: “The talks will resume next week.”')
    assert q.kind == "direct" and q.speaker_text == "The spokesman for the ministry"
    assert q.content_text == "“The talks will resume next week.”"


def test_inverted_cue_and_long_speaker_phrase():
    (q,) = run('"The decision is final," said Maria Zakharova, a spokeswoman for the foreign ministry.')
    assert q.speaker_name == "Maria Zakharova" and q.cue_text == "said"


def test_split_quote_goes_to_one_speaker():
    quotes = only(run('“We will win,” she said, “and we will win soon.”'), "direct")
    assert len(quotes) == 2
    assert {q.speaker_text for q in quotes} == {"she"}


def test_second_paragraph_continues_the_speaker():
    text = ('"The ceremony will take place tomorrow," spokesman Dmitry Peskov said.\n\n'
            '"The main thing has already happened. It is unlikely to be stopped."')
    quotes = only(run(text), "direct")
    assert [q.speaker_name for q in quotes] == ["Dmitry Peskov", "Dmitry Peskov"]
    assert quotes[1].content_text.startswith('"The main thing')


def test_quote_opening_a_sentence_does_not_look_into_the_previous_one():
    # the textacy failure: a cue verb in the sentence before must not take the quote
    text = ('The Russian presidency said on Thursday that Moscow will annex four regions. '
            '"This should happen within a week," Rodion Miroshnik told the state news agency.')
    quotes = run(text)
    direct = only(quotes, "direct")
    assert len(direct) == 1 and direct[0].speaker_name == "Rodion Miroshnik"
    reported = only(quotes, "indirect")
    assert reported and reported[0].speaker_text == "The Russian presidency"


def test_mixed_quote_inside_reported_speech():
    text = 'On Wednesday, the United States said that it would "never" recognize the annexation.'
    (q,) = run(text)
    assert q.kind == "mixed" and q.speaker_text == "the United States"
    assert q.content_text == 'that it would "never" recognize the annexation'


def test_reported_speech_without_marks():
    quotes = run("The ministry said on Thursday that the talks had failed. "
                 "Officials told reporters the border would stay closed.")
    assert [(q.kind, q.speaker_text, q.cue_text) for q in quotes] == [
        ("indirect", "The ministry", "said"), ("indirect", "Officials", "told")]
    assert quotes[0].content_text == "that the talks had failed"


def test_according_to_gives_the_source():
    (q,) = run("According to the ministry, the talks failed on Monday.")
    assert (q.speaker_text, q.cue_text, q.content_text) == ("the ministry", "According to", "the talks failed on Monday")


def test_relative_clause_subject_is_the_speaker():
    (q,) = run("Smith, who chairs the committee, said the bill would pass.")
    assert q.speaker_name == "Smith" and q.content_text == "the bill would pass"


def test_scare_quotes_are_not_quotations():
    assert run('The announcement comes after annexation "referendums" in the regions.') == []


def test_title_in_quotes_is_not_a_quotation():
    quotes = run('She appeared on CBS\'s "Face the Nation" on Sunday.')
    assert only(quotes, "direct") == []


def test_pronoun_resolves_to_the_nearest_compatible_speaker():
    text = ('"We are ready," Karine Jean-Pierre said. Dmitry Peskov said nothing had changed. '
            "She added that new sanctions would follow.")
    quotes = run(text)
    she = [q for q in quotes if q.speaker_text == "She"]
    assert she and she[0].speaker_name == "Karine Jean-Pierre"


def test_role_noun_resolves_to_the_named_speaker():
    text = "Dmitry Peskov said the ceremony would take place on Friday. The spokesman added that Putin would speak."
    quotes = run(text)
    assert [q.speaker_name for q in quotes] == ["Dmitry Peskov", "Dmitry Peskov"]
    assert quotes[1].speaker_text == "The spokesman"


def test_headline_with_a_colon():
    (q,) = run('Peskov: "We will never give up on these regions"')
    assert (q.speaker_text, q.cue_text, q.kind) == ("Peskov", ":", "direct")


def test_unclosed_quotation_runs_to_the_end_of_its_paragraph():
    text = 'He said: "We will never recognize this.\n\nThe talks continue.'
    quotes = only(run(text), "direct")
    assert len(quotes) == 1 and quotes[0].content_text == '"We will never recognize this.'
    assert quotes[0].speaker_text == "He"


def test_to_dict_has_the_interface_fields():
    (q,) = run('"We will not back down," Peskov said.')
    d = q.to_dict()
    assert d["content"] == [0, 24] and d["speaker"] == [25, 31] and d["kind"] == "direct"
    assert set(d) >= {"content", "speaker", "speaker_text", "speaker_name", "cue", "kind"}


def test_extract_quotes_refuses_an_unparsed_doc():
    import spacy

    with pytest.raises(ValueError):
        extract_quotes(spacy.blank("en")("He said it."))


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is not on this machine")
def test_seed_article():
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1].lstrip("\n")
    quotes = run(body)
    direct = only(quotes, "direct")
    names = [q.speaker_name for q in direct]
    assert names == ["Dmitry Peskov", "Rodion Miroshnik", "Rodion Miroshnik", "Karine Jean-Pierre", "Karine Jean-Pierre"]
    assert direct[2].content_text.startswith('"The main thing')
    assert direct[4].content_text.startswith('"We will work with our allies')
    presidency = [q for q in quotes if q.speaker_text == "the Russian presidency"]
    assert presidency and presidency[0].kind == "indirect"
    assert presidency[0].content_text.startswith("Moscow will formally annex")
    us = [q for q in quotes if q.speaker_text == "the United States"]
    assert us and us[0].kind == "mixed" and '"never"' in us[0].content_text
    assert not any("referendums\"" in q.content_text and q.kind == "direct" for q in quotes)
    assert not any(q.content_text == '"referendums"' for q in quotes)
