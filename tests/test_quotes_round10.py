"""Quotes in translated Polish and Ukrainian news, tenth round: a dash quotation whose opening dash
is missing; a speaker the parser made a clause ("- ... - said the agency a representative"); a
speaker ending at a glued sentence ("TVN24.In his opinion"); "the analyst" / "the expert" only for
someone introduced as one; "That's according to X, Ukrinform reports"; "See the video ..." no cue.

All sentences are invented for these tests; they check the quotes layer's own output."""

from __future__ import annotations

from layer_checks import by_cue
from layer_checks import quotes_of as run

from dateline.marks import find_dash_quoted


def dash_spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_dash_quoted(text)]


# --- a dash quotation with no opening dash ---------------------------------------------------------


def test_a_paragraph_closed_by_a_dash_attribution_is_a_quotation():
    text = "The situation in the city is very difficult - said the governor.\n\nShelling went on."
    assert dash_spans(text) == ["The situation in the city is very difficult -"]
    q = by_cue(run(text), "said")
    assert q.kind == "direct" and q.speaker_text == "the governor"
    assert q.content_text.startswith("The situation in the city")


def test_a_dash_aside_in_english_news_is_no_quotation():
    # an em-dash aside with "that" after the verb, and a verb of saying before the dash
    assert dash_spans("Smith knows his weak point on taxes - he told the AP that he will fix it.") == []
    assert dash_spans("Jones noted that the plan is old news - he wrote about it in 2010.") == []
    assert dash_spans("Kyiv - the capital - was hit again overnight.") == []
    assert dash_spans("He calls the war a fight against extremists - who he says are running the country.") == []


def test_a_speaker_misparsed_as_a_clause_is_still_found():
    text = ("- We confirm that Russia has moved more troops to the border in the last days - said the Reuters "
            "agency a senior representative of the American administration.")
    q = by_cue(run(text), "said")
    assert q.kind == "direct"
    assert q.speaker_text is not None and "representative" in q.speaker_text


def test_a_speaker_ends_at_a_glued_sentence():
    text = ("It is far easier to send tanks than to hold a country - said Dr. Jan Kowal in an interview with "
            "TVN24.In his opinion, an attack on the capital is unlikely now.")
    q = next(q for q in run(text) if q.content_text.startswith("It is far easier"))
    assert q.speaker_name == "Jan Kowal"
    assert "opinion" not in q.speaker_text and "TVN24" not in q.speaker_text


# --- commentator role nouns ------------------------------------------------------------------------


def test_the_analyst_is_the_doctor_not_the_adviser_quoted_last():
    text = ("- Pressure will grow - said Dr. Jan Kowal, director of the Centre for Eastern Studies.\n\n"
            "US national security adviser John Baker said that the risk is high.\n\n"
            "The analyst stressed that the reaction of the West is firm.")
    assert by_cue(run(text), "stressed").speaker_name == "Jan Kowal"


def test_the_expert_with_no_expert_named_stays_unresolved():
    text = "Defence minister Adam Nowak said troops were ready. The expert added that talks could help."
    assert by_cue(run(text), "added").speaker_name != "Adam Nowak"


# --- credit lines and page furniture ---------------------------------------------------------------


def test_thats_according_to_x_before_an_outlet_credit():
    text = "Moscow bought drones worth $100 million from China this year.\n\nThat's according to Politico, Ukrinform reports."
    quotes = run(text)
    q = by_cue(quotes, "according to")
    assert q.speaker_name == "Politico" and q.content_text.startswith("Moscow bought drones")
    assert not any(q.cue_text == "reports" for q in quotes)


def test_see_the_video_is_no_attribution():
    text = "See the video on the summit in Vilnius\n\nThe minister said the talks went well."
    quotes = run(text)
    assert [q.cue_text for q in quotes] == ["said"]


def test_a_dash_attribution_inside_the_quotation_splits_it():
    text = "Military strikes - said Kowal - they are possible, but nobody knows when they will come."
    quotes = run(text)
    assert dash_spans(text) == ["Military strikes -", "they are possible, but nobody knows when they will come."]
    assert [q.speaker_name for q in quotes] == ["Kowal", "Kowal"]
    assert quotes[1].content_text.startswith("they are possible")
