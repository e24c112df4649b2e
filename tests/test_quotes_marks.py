"""Quotation-mark scanning: pairing curly, straight, doubled and single marks by paragraph."""

from __future__ import annotations

from dateline.marks import find_quoted


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_curly_and_straight_pairs():
    text = '“We will win,” he said. She said "no way" twice.'
    assert spans(text) == ["“We will win,”", '"no way"']


def test_straight_closing_after_comma_is_not_an_opener():
    text = '"This should happen within a week," Miroshnik told the agency.'
    assert spans(text) == ['"This should happen within a week,"']


def test_paragraph_opening_quote_without_close_runs_to_paragraph_end():
    text = '"First paragraph of the quote.\n\n"Second paragraph," he said.'
    found = find_quoted(text)
    assert [text[q.start:q.end] for q in found] == ['"First paragraph of the quote.', '"Second paragraph,"']
    assert found[0].open_end and not found[1].open_end
    assert found[0].paragraph == 0 and found[1].paragraph == 1


def test_doubled_apostrophes_are_one_mark():
    text = "''It made the work hard,'' Mr. McCain recalled."
    assert spans(text) == ["''It made the work hard,''"]


def test_single_marks_in_a_headline_but_not_apostrophes():
    assert spans("Putin: ‘We will win’") == ["‘We will win’"]
    assert spans("The players' union said it won't sign.") == []


def test_offsets_point_into_the_text():
    text = 'A line.\nHe said: “Enough is enough.” Then he left.'
    for q in find_quoted(text):
        assert text[q.start] == "“" and text[q.end - 1] == "”"
        s, e = q.inner(text)
        assert text[s:e] == "Enough is enough."
