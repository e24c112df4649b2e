"""Round 13 (CNN live-update headlines): a headline's statement without a finite verb before its closing
credit ("Four killed in Avdiivka missile strikes, Donetsk officials say") is what the credit's speaker
said; a fronted clause or description of the speaker in running text is not ("Asked whether ..., Priebus
said", "An enthusiastic Sanders supporter, Seacord complained of ...")."""

from __future__ import annotations

import pytest

from dateline.quotes import quotes_for_text


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Four killed in Avdiivka missile strikes, Donetsk officials say",
     "Four killed in Avdiivka missile strikes", "Donetsk officials"),
    ("Residential neighborhood in Kharkiv hit by rocket attack, Ukrainian officials say",
     "Residential neighborhood in Kharkiv hit by rocket attack", "Ukrainian officials"),
    ("Russian oligarch's yacht seized by authorities in Fiji, US officials say",
     "Russian oligarch's yacht seized by authorities in Fiji", "US officials"),
    ("Four killed in Avdiivka, Donetsk officials said in a statement on Tuesday.",
     "Four killed in Avdiivka", "Donetsk officials"),
])
def test_a_verbless_statement_before_its_credit(text: str, content: str, speaker: str) -> None:
    found = [(q.content_text, q.speaker_text) for q in quotes_for_text(text)]
    assert (content, speaker) in found, found


@pytest.mark.parametrize("text", [
    "An enthusiastic Sanders supporter, Seacord complained of the economic imbalance.",
    "Earlier this year, Klein spoke with reporters.",
    "In Kyiv, officials say.",
])
def test_no_statement_from_a_fronted_phrase(text: str) -> None:
    assert [q.content_text for q in quotes_for_text(text) if q.content_text.startswith(text[:10])] == []


def test_a_headline_verb_read_as_a_plural_noun() -> None:
    text = "Ukrainian defense chief claims Russia has nearly exhausted its stocks of precision missiles"
    found = [(q.content_text, q.speaker_text) for q in quotes_for_text(text)]
    assert ("Russia has nearly exhausted its stocks of precision missiles", "Ukrainian defense chief") in found
    assert quotes_for_text("The claims of fraud were rejected.") == []


def test_a_statement_after_its_source_may_report_others() -> None:
    text = 'UK PM: Russian military escalation and "bogus threats" show Putin has been "outsmarted"'
    found = [q.speaker_text for q in quotes_for_text(text)]
    assert "UK PM" in found, found
