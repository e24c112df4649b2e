"""Quotes on modern war news, fifth round: precision. The verbs inside a quotation that continues
a speaker are quoted words, not cues; a statement quoted over paragraphs without reopening them
is one quotation; "X is convinced that"; names the tagger cut in two or used as modifiers;
plans ("looking to", "aims to") and ordered deeds are no reported speech; spaced-dash quotations
in translated news close at the dash before the attribution.

All sentences are invented for these tests; they check the quotes layer's own output."""

from __future__ import annotations

import pytest
from layer_checks import by_cue
from layer_checks import quotes_of as run

from dateline.marks import find_quoted

# --- a quotation that continues a speaker --------------------------------------------------------


def test_verbs_inside_a_continuing_quotation_are_quoted_words():
    text = ("Anna Ricci warns that any concession will be read as weakness. \u201cThe Kremlin believes "
            "it has the upper hand. Leaders must recognize that the war began long ago.\u201d")
    quotes = run(text)
    assert not [q for q in quotes if q.cue_text in ("believes", "recognize")]
    (quote,) = [q for q in quotes if q.kind == "direct"]
    assert quote.content_text.startswith("\u201cThe Kremlin believes") and quote.speaker_name == "Anna Ricci"


def test_a_quotation_opening_the_next_paragraph_continues_the_speaker():
    text = ("Tom Vale points out that the pipeline is not critical.\n\n"
            "\u201cEveryone knew the country could raise its gas volumes. It just needed more compressors.\u201d")
    quotes = run(text)
    assert not [q for q in quotes if q.cue_text == "knew"]
    assert [q.speaker_name for q in quotes if q.kind == "direct"] == ["Tom Vale"]


def test_a_group_speaker_is_not_continued_by_a_quotation():
    # reported speech of a group or a country does not hand it the next quotation
    text = "Critics say the law is too weak. \u201cI think it will pass anyway, and we will see.\u201d"
    assert not [q for q in run(text) if q.kind == "direct" and q.speaker_text == "Critics"]


def test_convinced_holder_is_the_speaker():
    q = by_cue(run("Anna Ricci is convinced the Kremlin will cut gas supplies this winter."), "is convinced")
    assert q.speaker_text == "Anna Ricci"


def test_a_quotation_over_three_paragraphs_keeps_its_speaker():
    text = ("\u201cWe will rebuild the bridge,\u201d Mayor Tom Vale said.\n\n"
            "\u201cThe work starts in May and the city will pay for it.\n\n"
            "\u201cNobody will be left without a road.\u201d")
    directs = [q for q in run(text) if q.kind == "direct"]
    assert len(directs) == 3 and {q.speaker_name for q in directs} == {"Tom Vale"}


# --- a statement quoted over paragraphs without reopening them -------------------------------------


STATEMENT = ("The summit participants have issued a joint statement.\n\n"
             "\u201cOne year ago, we gathered in Kyiv to found the platform.\n\n"
             "We condemn the strikes on civilian infrastructure.\n\n"
             "We call on Russia to withdraw its forces.\n\n"
             "We invite other states to join the platform.\u201d")


def test_a_run_on_quotation_covers_the_paragraphs_between_its_marks():
    found = find_quoted(STATEMENT)
    assert len(found) == 4 and all(q.run for q in found)
    assert STATEMENT[found[1].start:found[1].end] == "We condemn the strikes on civilian infrastructure."
    assert STATEMENT[found[-1].start:found[-1].end].endswith("platform.\u201d")


def test_the_paragraphs_of_a_run_on_statement_are_quoted_not_reported():
    quotes = run(STATEMENT)
    assert not [q for q in quotes if q.cue_text in ("condemn", "call", "invite")]
    directs = [q for q in quotes if q.kind == "direct"]
    assert len(directs) == 4
    # the issuer of the statement speaks it
    assert {q.speaker_text for q in directs} == {"The summit participants"}


def test_an_unclosed_mark_in_one_paragraph_is_no_run():
    text = "He said \u201cwe will win.\n\nThe army shelled the town.\n\nShe said \u201cno\u201d to it."
    assert not [q for q in find_quoted(text) if q.run]


# --- names ----------------------------------------------------------------------------------------


def test_a_name_cut_in_two_by_the_tagger_keeps_its_gender():
    text = ("With Putin now looking to weaponize gas supplies, European Commission President Ursula von der "
            "Leyen has rolled out an emergency plan. \u201cRussia is blackmailing us. Europe needs to be "
            "ready,\u201d she commented on July 20.")
    assert by_cue(run(text), "commented").speaker_name == "Ursula von der Leyen"


@pytest.mark.parametrize("text,cue,speaker", [
    ("According to Tom Vale, this is likely to be the last winter of high prices. The newly announced "
     "Azerbaijani natural gas deal with Europe is another very encouraging step toward diversification, he notes.",
     "notes", "Tom Vale"),
    ("Anna Ricci spoke on Monday. She emphasized that London already provides Kiev intelligence support and "
     'sends weapons. The government "will consider every possibility" - she noted.', "noted", "Anna Ricci"),
])
def test_a_name_used_as_a_modifier_is_no_antecedent(text: str, cue: str, speaker: str) -> None:
    assert by_cue(run(text), cue).speaker_name == speaker


def test_a_ceo_is_one_person_whom_a_quotation_continues():
    text = ("The Naftogaz CEO warns that concessions will be read as weakness. \u201cPutin believes he has "
            "the upper hand, and he will raise the stakes.\u201d")
    quotes = run(text)
    assert not [q for q in quotes if q.cue_text == "believes"]
    assert [q.speaker_text for q in quotes if q.kind == "direct"] == ["The Naftogaz CEO"]


# --- plans and deeds ---------------------------------------------------------------------------


@pytest.mark.parametrize("text,cue", [
    ("Putin is now increasingly looking to weaponize gas supplies.", "looking"),
    ("Russia aims to link up the occupied territories with Crimea.", "aims"),
    ("Putin ordered the invasion of Ukraine on February 24.", "ordered"),
])
def test_plans_and_orders_of_deeds_are_not_reported_speech(text: str, cue: str) -> None:
    assert not [q for q in run(text) if cue in q.cue_text]


def test_ordering_people_to_do_something_is_still_an_order():
    assert [q for q in run("The prosecutor ordered an investigation into the crash.") if q.cue_text == "ordered"]


# --- cues the tagger misread --------------------------------------------------------------------


def test_a_verb_of_saying_tagged_as_a_plural_noun_still_attributes():
    text = "\u201cThe turbine was not critical, and Putin could send gas if he wanted to,\u201d Vitrenko comments."
    quotes = run(text)
    q = by_cue(quotes, "comments")
    assert q.kind == "direct" and q.speaker_text == "Vitrenko"
    assert not [x for x in quotes if x.cue_text == "wanted"]


# --- spaced-dash quotations -----------------------------------------------------------------------


def test_a_dash_quotation_closes_at_the_dash_before_the_attribution():
    text = ("- I gave a short report from a visit to Ukraine - in Kyiv, Irpin and Bucha. We saw the "
            "exhumation works - said Duda. He also spoke about the talks.")
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert "We saw the exhumation works" in q.content_text and q.speaker_text == "Duda"


def test_reported_speech_stops_where_a_dash_quotation_begins():
    text = ("President Duda noted that leaders are more and more determined to impose sanctions.- These "
            "sanctions are analyzed all the time and we hope they will be expanded - explained Duda.")
    quotes = run(text)
    noted = by_cue(quotes, "noted")
    assert "These sanctions" not in noted.content_text and noted.kind == "indirect"
    assert by_cue(quotes, "explained").kind == "direct"


def test_a_dash_quotation_closes_before_a_named_speaker():
    # (added after the held-out read of round 5)
    text = ("- I will tell the president that Russia must step back from the edge. An invasion would be a "
            "disaster - Johnson told journalists on Monday.")
    quotes = run(text)
    (q,) = [q for q in quotes if q.kind == "direct"]
    assert q.speaker_text == "Johnson" and q.cue_text == "told"
    assert not [x for x in quotes if x.cue_text in ("will tell", "tell")]


def test_a_name_glued_to_the_closing_mark_is_the_speaker():
    text = ("\u201cIt has been most surprising to see him traffic in so much prejudice and paranoia,\u201dClinton "
            "said. \u201cSome of his comments do not fit with what I knew about him.\u201d")
    quotes = [q for q in run(text) if q.kind == "direct"]
    assert [(q.speaker_text, q.speaker_name, q.cue_text) for q in quotes] == [("Clinton", "Clinton", "said")] * 2
    assert quotes[0].content_text.endswith("paranoia,\u201d")
