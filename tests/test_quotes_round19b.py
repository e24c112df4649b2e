"""Quotes, round 19b: a credit set off by commas inside a sentence credits the whole sentence; a
cue in a relative clause ("which he said had ...") is an attribution of its own inside another
content; "made (it) clear that ..."; an adjective's clause without "that" ("are hopeful they
can ..."); site furniture is never a news sentence that mentions terms of service.

All sentences are invented for these tests; they check the quotes layer's own output."""

from __future__ import annotations

from layer_checks import by_cue
from layer_checks import quotes_of as run

# --- a parenthetical credit ------------------------------------------------------------------------


def test_a_parenthetical_credit_takes_the_sentence_around_it():
    text = "Instead, she said, her manager told her the office would close in June."
    quotes = run(text)
    said = by_cue(quotes, "said")
    assert said.speaker_text == "she"
    assert "her manager told her the office would close" in said.content_text
    assert not any(q.cue_text == "told" for q in quotes)  # the manager's words are hers, one role a word


def test_a_parenthetical_credit_beats_the_verb_of_belief_it_interrupts():
    text = "The mayor hoped, he said, that the council would approve the budget before the summer."
    quotes = run(text)
    said = by_cue(quotes, "said")
    assert said.speaker_text == "he"
    assert "the council would approve the budget" in said.content_text
    assert not any(q.cue_text == "hoped" for q in quotes)


# --- a credit in a relative clause -------------------------------------------------------------------


def test_a_relative_clause_credit_is_its_own_attribution_inside_another_content():
    text = "The governor cited new trade rules, which he said had cost the state thousands of jobs."
    quotes = run(text)
    said = by_cue(quotes, "said")
    assert said.speaker_text == "he"
    assert said.content_text == "had cost the state thousands of jobs"
    assert by_cue(quotes, "cited").speaker_text == "The governor"


def test_a_relative_clause_credit_with_who():
    text = "The minister spoke warmly about his two sons, who he said were studying medicine in Lyon."
    said = by_cue(run(text), "said")
    assert said.speaker_text == "he" and "studying medicine in Lyon" in said.content_text


def test_a_plain_relative_clause_is_no_credit():
    text = "The senator met the farmers who said the drought had ruined their crops."
    said = by_cue(run(text), "said")
    assert said.speaker_text.startswith("the farmers") and said.content_text == "the drought had ruined their crops"


# --- made (it) clear ---------------------------------------------------------------------------------


def test_made_it_clear_that_is_an_attribution():
    text = "The senator made it very clear on Tuesday that she would vote against the spending bill."
    (q,) = [q for q in run(text) if q.cue_text.startswith("made")]
    assert q.cue_text == "made it very clear"
    assert q.speaker_text == "The senator"
    assert q.content_text == "that she would vote against the spending bill"


def test_made_clear_a_noun_phrase():
    text = "The prime minister has made clear his opposition to the new border treaty."
    (q,) = [q for q in run(text) if "made" in q.cue_text]
    assert q.speaker_text == "The prime minister"
    assert q.content_text.startswith("his opposition to the new border treaty")


def test_made_clear_without_content_is_nothing():
    assert not [q for q in run("The storm made the roads clear of traffic by noon.") if "made" in q.cue_text]


# --- an adjective's clause without "that" ----------------------------------------------------------------


def test_an_adjective_takes_a_clause_without_that():
    text = "Some party leaders are hopeful they can win back the northern districts next year."
    q = by_cue(run(text), "hopeful")
    assert q.speaker_text == "Some party leaders"
    assert q.content_text == "they can win back the northern districts next year"


# --- site furniture ----------------------------------------------------------------------------------------


def test_a_news_sentence_about_terms_of_service_is_no_furniture():
    text = ("In a blog post on Friday, the company said violent threats had long been against its terms of "
            "service.")
    said = by_cue(run(text), "said")
    assert said.speaker_text == "the company"


def test_a_sign_up_line_is_still_furniture():
    text = ('The council voted on Monday, the mayor said.\n\n'
            'Sign up for our newsletter, "The Daily Brief," to get the news first.')
    quotes = run(text)
    assert all("newsletter" not in q.content_text for q in quotes)
