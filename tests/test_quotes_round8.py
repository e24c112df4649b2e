"""Quotes on general news, eighth round. Double quotation marks typed as two single ones (‘‘ and ``
to open, ’’ and '' to close) pair as one double mark, also with a curly opening mark ("“...,’’ said
X"), while a plural possessive typed twice and the end of a nested single quote do not.

All sentences are invented for these tests; they check the quotes layer's own output."""

from __future__ import annotations

import pytest
from layer_checks import by_cue
from layer_checks import quotes_of as run

from dateline.marks import doubled_marks, find_quoted


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


# --- marks typed as two ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, quoted", [
    ("“Prices will rise again,’’ said Anna Berg, head of research.", "“Prices will rise again,’’"),
    ("‘‘Prices will rise again,’’ said Anna Berg.", "‘‘Prices will rise again,’’"),
    ("``Prices will rise again,'' said Anna Berg.", "``Prices will rise again,''"),
    ('"Prices will rise again,\'\' said Anna Berg.', '"Prices will rise again,\'\''),
])
def test_a_double_mark_typed_as_two_single_ones_closes_the_quotation(text, quoted):
    assert spans(text) == [quoted]


def test_a_quotation_closed_with_two_apostrophes_has_its_speaker_after_it():
    text = "“The station will reopen in spring,’’ said Tom Reed, a spokesman for the operator. He gave no date."
    q = by_cue(run(text), "said")
    assert q.kind == "direct"
    assert q.content_text.startswith("“The station") and q.content_text.endswith("spring,’’")
    assert q.speaker_name == "Tom Reed"


def test_two_quotations_in_a_paragraph_closed_with_two_apostrophes():
    text = "“We are ready,’’ the coach said. “The team has trained hard,’’ he added."
    assert spans(text) == ["“We are ready,’’", "“The team has trained hard,’’"]
    quotes = run(text)
    assert by_cue(quotes, "added").kind == "direct" and by_cue(quotes, "said").kind == "direct"


def test_a_plural_possessive_typed_twice_is_not_a_closing_mark():
    text = "The union said the plan ‘‘would fail.’’ The workers’’ pay was cut."
    assert spans(text) == ["‘‘would fail.’’"]


def test_a_possessive_inside_a_quotation_does_not_close_it():
    text = "“He praised the ‘teachers’’ union,” she said."
    assert spans(text) == [text[:text.index("”") + 1]]


def test_the_end_of_a_nested_single_quote_does_not_close_the_quotation():
    text = "“I told him ‘no.’’ Then he left,” she said."
    assert spans(text) == [text[:text.index("”") + 1]]


def test_three_marks_in_a_row_are_a_nested_quote_end_and_the_double_mark():
    text = "‘‘The plan is ‘dead’’’ he told the crowd."
    start = text.index("dead") + 4
    assert doubled_marks(text, 0, len(text)) == {0, start + 1}
    assert spans(text) == ["‘‘The plan is ‘dead’’’"]


def test_apostrophes_in_words_and_single_possessives_are_left_alone():
    text = "The teachers’ union won’t sign the players' deal."
    assert doubled_marks(text, 0, len(text)) == frozenset()
    assert spans(text) == []


def test_argued_that_with_a_doubled_opening_mark_takes_the_quotation_ahead():
    text = ("In a speech on the ‘‘plan for the region,’’ the minister argued that ‘‘the country will stay "
            "the course.’’")
    q = by_cue(run(text), "argued")
    assert "will stay the course" in q.content_text


# --- embedded posts ---------------------------------------------------------------------------------


def test_an_embedded_post_is_its_authors_direct_quotation():
    text = ("Crews were called to the scene. Ten patients taken to hospital, three in a serious condition. "
            "pic.twitter.com/AbCdEf -- Riverside Fire Service (@RiversideFire) March 4, 2019 Officials gave no "
            "further details.")
    q = by_cue(run(text), "--")
    assert q.kind == "direct" and q.speaker_text == "Riverside Fire Service"
    assert q.content_text.endswith("three in a serious condition.")
    assert "pic.twitter.com" not in q.content_text


def test_posts_in_a_row_each_get_their_own_author():
    text = ("What a night for the city. -- Jane Doe (@janedoe) May 2, 2018 I never thought I would see "
            "this. -- Sam Roe (@samroe) May 2, 2018")
    posts = sorted((q.content_text, q.speaker_text) for q in run(text) if q.cue_text == "--")
    assert posts == [("I never thought I would see this.", "Sam Roe"), ("What a night for the city.", "Jane Doe")]


def test_verbs_inside_an_embedded_post_are_no_cues_of_their_own():
    text = "I want the mayor to resign today. -- Sam Roe (@samroe) May 2, 2018"
    quotes = run(text)
    assert [q.cue_text for q in quotes] == ["--"]


# --- frames, names and content ----------------------------------------------------------------------


def test_a_bracketed_link_before_a_quotation_does_not_swallow_it():
    text = ('The senator blamed the delay. [Read more: Budget talks stall again] "We lost a week. We lost '
            'the vote. And we lost the trust of people," she continued.')
    q = by_cue(run(text), "continued")
    assert q.kind == "direct" and q.content_text.startswith('"We lost a week.')


def test_a_place_before_a_headline_colon_is_not_the_speaker():
    text = "Veteran striker Marco Levi bids farewell after final match at Wembley: 'I will miss this place'"
    q = next(q for q in run(text) if "miss this place" in q.content_text)
    assert q.speaker_name == "Marco Levi"


def test_a_single_quotation_opening_on_a_bracket_is_read():
    text = "'(We want) to thank every fan who came today,' Levi told reporters after the match."
    q = by_cue(run(text), "told")
    assert q.kind == "direct" and q.speaker_text == "Levi"


def test_a_surname_shared_by_two_people_is_the_one_named_more_often():
    text = ("Mary Hollis won the vote. Mary Hollis thanked her staff, and her husband Tom Hollis stood by. "
            "Mary Hollis then met donors. Aide Jane Carter spoke first. Hollis said the result was fair. "
            '"I am proud of this team," she said.')
    (q,) = [q for q in run(text) if q.content_text.startswith('"I am proud')]
    assert q.speaker_name in ("Hollis", "Mary Hollis")


def test_a_when_clause_hung_on_a_tail_cue_is_part_of_the_content():
    text = ("The ambush, which has sparked a Nato investigation, happened when Afghan troops called in air "
            "support when surrounded by Taliban fighters, reports the BBC.")
    q = by_cue(run(text), "reports")
    assert q.content_text.endswith("when surrounded by Taliban fighters")


def test_a_post_delivered_as_markup_is_left_out_and_its_verbs_are_no_cues():
    text = ('The post drew replies.\n\n<tweet id="1" author="@samroe" datetime="2018-05-02">I want the mayor to '
            "resign today. — Sam Roe (@samroe) May 2, 2018</tweet>")
    assert run(text) == []


def test_showing_appreciation_is_a_deed():
    assert run("Rival crews flocked into the pit lane to show their appreciation for the retiring driver.") == []
