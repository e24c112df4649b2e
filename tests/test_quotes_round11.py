"""Round 11 (wire news of 1994-2007): headlines credited after a colon, subjects the parse split,
"X was quoted as saying", institutions that are no place, credits closing a sentence, and
"according to" inside a continued quotation. Invented sentences in the style of the errors."""

from __future__ import annotations

import pytest

from dateline.quotes import quotes_for_text


def _one(quotes, cue: str):
    hits = [q for q in quotes if q.cue_text == cue]
    assert hits, [(q.cue_text, q.content_text) for q in quotes]
    return hits[0]


@pytest.mark.parametrize(("title", "speaker", "content"), [
    ("Floods to cost farmers billions: ministry official", "ministry official", "Floods to cost farmers billions"),
    ("Harvest expected to fall by a third: report", "report", "Harvest expected to fall by a third"),
    ("Ceasefire talks to resume next week: Karlsson", "Karlsson", "Ceasefire talks to resume next week"),
])
def test_headline_credited_after_colon(title: str, speaker: str, content: str) -> None:
    q = _one(quotes_for_text(title + "\n\nThe talks were held in the capital on Monday."), ":")
    assert q.speaker_text == speaker
    assert q.content_text == content


def test_wire_slug_is_no_speaker() -> None:
    quotes = quotes_for_text("2nd Ld: Storm hits the coast near the capital\n\nThe storm hit the coast.")
    assert not [q for q in quotes if q.speaker_text and "Ld" in q.speaker_text]


def test_subject_split_by_participle_apposition() -> None:
    q = _one(quotes_for_text("Deputy interior minister Ahmed Yusuf Hassan, one of several powerful clan leaders "
                             "ousted when the Islamist militia took control of the port in March, said the army "
                             "would enter the town on Saturday."), "said")
    assert q.speaker_name == "Ahmed Yusuf Hassan"
    assert q.content_text == "the army would enter the town on Saturday"


def test_title_noun_split_off_the_name() -> None:
    # the misparse seen in wire copy: '"...," said resident A B C' with both "resident" and "C" subjects
    from spacy.tokens import Doc

    from dateline import nlp
    from dateline.quotes.tokens import subject_of

    words = ["said", "resident", "Abdi", "Nur", "Warsame", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=[0, 0, 4, 4, 0, 0],
              deps=["ROOT", "nsubj", "compound", "compound", "nsubj", "punct"],
              pos=["VERB", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT"])
    subj = subject_of(doc[0])
    assert subj is not None and subj.text == "Warsame"


def test_quoted_as_saying_is_the_subjects() -> None:
    q = _one(quotes_for_text('"We will rebuild the bridge," Transport Minister Anna Berg was quoted by the '
                             'local paper as saying.'), "was quoted")
    assert q.speaker_name == "Anna Berg"
    q = _one(quotes_for_text("The mayor was quoted by the radio station as saying that the water was safe."),
             "saying")
    assert q.speaker_text == "The mayor"
    assert q.content_text == "that the water was safe"


@pytest.mark.parametrize("role", ["military", "company"])
def test_institution_is_no_place(role: str) -> None:
    quotes = quotes_for_text(f"Rebels burned houses near Kampala on Monday.\n\nThe {role} said the roads were closed.")
    q = _one(quotes, "said")
    assert q.speaker_text == f"The {role}"
    assert q.speaker_name != "Kampala"


@pytest.mark.parametrize(("text", "speaker", "start"), [
    ("Rising energy prices are forcing households across the region to cut spending on food and clothing "
     "to pay for heating this winter, the Financial Times reported on Monday.", "the Financial Times", "Rising"),
    ("The company has decided to close two of its plants in the north of the country, as the local "
     "newspaper reported on Sunday.", "the local newspaper", "The company"),
])
def test_credit_closing_the_sentence(text: str, speaker: str, start: str) -> None:
    quotes = quotes_for_text(text)
    q = _one(quotes, "reported")
    assert q.speaker_text == speaker
    assert q.content_text.startswith(start)
    assert all("reported" not in x.content_text for x in quotes)


def test_credit_after_closing_mark_is_no_content() -> None:
    q = _one(quotes_for_text('She said the plan was "dead on arrival," according to Reuters.'), "said")
    assert "Reuters" not in q.content_text


def test_urged_addressee_then_infinitive() -> None:
    q = _one(quotes_for_text("She urged police officers on their part to protect the citizens without "
                             "discrimination against or in favor of anyone in line with the law."), "urged")
    # PolNeAR's content takes in whom the words are addressed to ("urged [protesters to ...]")
    assert q.content_text.startswith("police officers") and "to protect the citizens" in q.content_text


def test_according_to_inside_continued_quotation() -> None:
    quotes = quotes_for_text('"We want the talks to finish soon," the envoy told reporters.\n\n'
                             '"To do so, all sides need to move forward according to the rules agreed last '
                             'year, without any violence."')
    assert not [q for q in quotes if q.cue_text.lower() == "according to"]
    second = [q for q in quotes if q.content_text.startswith('"To do so')]
    assert second and second[0].speaker_text == "the envoy"
