"""Quotes on short wire news (ECB+ style), ninth round: a quotation broken over lines of one
sentence each, spaced straight marks closing it; pull-quote credit lines; product subjects of
"offer" / "introduce"; "took the fight at" no criticism; "the company" not "the companies"; a
headline speaker never named by its own statement; "hailed by X as".

All sentences are invented for these tests; they check the quotes layer's own output."""

from __future__ import annotations

from layer_checks import by_cue
from layer_checks import quotes_of as run

from dateline.marks import find_quoted


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


# --- a quotation broken over sentence lines --------------------------------------------------------


def test_a_quotation_runs_on_to_a_closing_mark_on_the_next_line():
    text = 'The storm hit at night.\n"It went on for a very long time.\nYou could hear" the roof go, said Maria Lopez.'
    assert spans(text) == ['"It went on for a very long time.', 'You could hear"']
    quotes = run(text)
    assert {q.speaker_name for q in quotes} == {"Maria Lopez"}
    assert quotes[0].kind == "direct" and quotes[0].content_text == '"It went on for a very long time.'


def test_a_spaced_straight_mark_after_a_comma_closes_the_quotation_of_the_line_before():
    text = ('The coach spoke after the game.\n" If I had to choose anyone, it would be Ford.\n'
            'I think he is great, " he says.')
    quotes = run(text)
    says = [q for q in quotes if q.cue_text == "says"]
    assert says and all(q.kind == "direct" for q in says)
    assert any("I think he is great" in q.content_text for q in says)


def test_a_quotation_reopened_at_a_line_end_continues_over_the_next_lines():
    text = ('" My client is at the clinic right now, " Baker argued after the judge objected. "\n'
            "She is in treatment right now.\nNothing bad is going to happen. \"\nThe judge said he was surprised.")
    quotes = run(text)
    argued = [q for q in quotes if q.cue_text == "argued"]
    assert any("Nothing bad is going to happen" in q.content_text for q in argued)
    assert all(q.speaker_name == "Baker" for q in argued)


def test_a_credit_line_inside_a_pull_quote_does_not_close_the_one_before():
    text = ('The rally ended late.\n\n"We should stay in this race until we win everything we fight for.\n'
            'Jane Doe, Center for Policy Research."\n\nThe vote is next week.')
    assert all("Center for Policy Research" not in s for s in spans(text))


def test_marks_on_the_next_line_that_open_stay_a_new_quotation():
    text = '"We will rebuild the town.\n"It will take years," the mayor said.'
    assert spans(text) == ['"We will rebuild the town.', '"It will take years,"']


# --- things that offer or introduce speak for no one -----------------------------------------------


def test_a_product_that_offers_something_is_no_speaker():
    quotes = run("The new laptop offers a brighter screen and longer battery life.")
    assert quotes == []


def test_servers_which_offer_savings_are_no_speaker():
    quotes = run("The firm sells servers, which offer dramatic reductions in power use.")
    assert not any(q.cue_text == "offer" for q in quotes)


def test_a_person_who_offers_an_apology_still_speaks():
    quotes = run("The minister offered an apology to the families on Monday.")
    q = by_cue(quotes, "offered")
    assert q.speaker_text == "The minister"


# --- "take ... at": only aim, shots and swipes ------------------------------------------------------


def test_took_the_fight_at_late_notice_is_no_attribution():
    quotes = run("Rahman, who took the fight at late notice, looked tired from the start.")
    assert quotes == []


def test_took_a_swipe_at_is_still_criticism():
    quotes = run("The senator took a swipe at his rival during the debate.")
    q = by_cue(quotes, "took a swipe at")
    assert q.speaker_name == "senator" or "senator" in q.speaker_text


# --- names ----------------------------------------------------------------------------------------


def test_the_company_is_not_the_companies_named_before():
    quotes = run("Acme will buy Widgetco for $300 million, the companies said today.\n"
                 "The company said it remains committed to its retail business.")
    q = [q for q in quotes if q.speaker_text == "The company"][0]
    assert q.speaker_name != "companies"


def test_a_headline_speaker_is_not_named_by_its_own_statement():
    quotes = run("Lawyer: Sam Porter checks into clinic\n\nSam Porter has checked into a clinic.")
    q = by_cue(quotes, ":")
    assert q.speaker_text == "Lawyer"
    assert q.speaker_name != "Sam Porter"


def test_a_pronoun_is_not_named_by_its_own_content_after_it():
    quotes = run("He said Donald Trump would win the state.")
    assert quotes[0].speaker_name != "Donald Trump"


# --- "hailed by X as" ------------------------------------------------------------------------------


def test_hailed_by_x_as_is_x_s_praise():
    quotes = run("Voters cast ballots in an election hailed by the government as a step to democracy "
                 "but dismissed by critics as a sham.")
    q = by_cue(quotes, "hailed by the government as")
    assert q.speaker_text == "the government"
    assert q.content_text == "a step to democracy"
