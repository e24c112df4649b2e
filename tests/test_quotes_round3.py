"""Quotes on scraped war news, third round: two quotations before one speaker, texts as speakers
("the statement says", "It states", "a report published by X"), stance and other verbs used for
deeds, roles named by their country or owner ("the U.S. President", "his lawyer"), contents the
parse split or joined ("insisted that A, B and C", "said A and X spoke of B"), and the same
attribution read twice.

All sentences are invented for these tests."""

from __future__ import annotations

import pytest
from layer_checks import by_cue
from layer_checks import quotes_of as run

from dateline.quotes.lexicon import load

# --- two quotations, one speaker ------------------------------------------------------------------


def test_quotation_before_an_attributed_one_takes_its_speaker():
    text = '"The bridge is closed." "Nobody may cross it until Monday," Governor Anna Ricci said.'
    quotes = run(text)
    assert len(quotes) == 2
    assert [q.speaker_name for q in quotes] == ["Anna Ricci", "Anna Ricci"]


def test_quotation_split_by_its_attribution_keeps_the_speaker_for_both_halves():
    text = 'Mayor Ivan Kos spoke to reporters. "We will not retreat," the mayor said, "and we will rebuild every house."'
    quotes = [q for q in run(text) if q.kind == "direct"]
    assert len(quotes) == 2
    assert all(q.speaker_name == "Ivan Kos" for q in quotes)


def test_quotation_with_a_participle_after_the_cue_is_still_direct():
    text = ('The minister met journalists on Monday. "You need to look deeper," he said referring, '
            "in particular, to the written proposals.")
    q = by_cue(run(text), "said")
    assert q.kind == "direct" and q.content_text == '"You need to look deeper,"'


# --- texts as speakers ----------------------------------------------------------------------------


def test_the_statement_speaks_for_whoever_issued_it():
    text = ('The Latvian Defence Ministry issued a statement on Friday. "The shelling must stop at once," '
            "the statement says.")
    quotes = run(text)
    q = by_cue(quotes, "says")
    assert q.speaker_text == "the statement"
    assert q.speaker_name is not None and "Defence Ministry" in q.speaker_name
    assert not [x for x in quotes if x.cue_text == "issued"]  # issuing a statement says nothing


def test_it_after_a_report_is_the_report_of_its_publisher():
    text = "The agency released its annual report on Monday. It states that grain exports fell by a third."
    q = by_cue(run(text), "states")
    assert q.speaker_text == "It" and q.speaker_name == "agency"


def test_it_after_a_name_is_not_a_text():
    text = "Norway signed the pact with Sweden on Monday. It said the border would reopen in May."
    q = by_cue(run(text), "said")
    assert q.speaker_name in ("Norway", "Sweden")


# --- deeds, not attributions ----------------------------------------------------------------------


def test_condemning_an_attack_is_no_quote():
    text = "Prime Minister Lena Holm condemned the attack on the power plant in her speech on Sunday."
    assert run(text) == []


def test_condemning_an_attack_then_saying_something_is_one_quote():
    text = "Lena Holm condemned the shelling and said the plant would be rebuilt by winter."
    quotes = run(text)
    assert [q.cue_text for q in quotes] == ["said"]


def test_calling_the_police_or_firing_at_a_family_is_no_quote():
    assert run("Her school later called the police, who searched the family home.") == []
    assert run("The boy drew soldiers firing at a family during his art class.") == []


def test_authorising_a_deployment_is_no_quote():
    assert run("President Anna Ricci is now authorising the largest deployment of troops since the war.") == []


def test_seeing_price_increases_is_no_quote():
    assert run("Poor countries such as Chad have seen huge price increases since the start of the war.") == []


def test_gerund_subject_is_no_quote():
    assert run("Defending the border and feeding the refugees are more than enough for now.") == []


def test_label_participle_is_no_quote():
    assert run('Known as the "city of bridges," the town lost four of them last week.') == []


def test_date_after_a_cue_is_not_its_content():
    text = 'Senator Maria Lopez called the proposal a "dangerous gamble" on Tuesday.'
    q = by_cue(run(text), "called")
    assert q.content_text == 'the proposal a "dangerous gamble"' and q.kind == "mixed"


# --- roles named by country or owner --------------------------------------------------------------


def test_his_lawyer_is_not_the_client():
    text = "Farmer Tom Price was detained in Minsk on Monday, his lawyer told reporters."
    q = by_cue(run(text), "told")
    assert q.speaker_text == "his lawyer" and q.speaker_name != "Tom Price"


# --- content split or joined by the parse ---------------------------------------------------------


def test_coordinated_demands_stay_in_one_content():
    text = ("In its turn Moscow insisted that Kyiv should accept the plan, declare its permanent neutrality, "
            "and agree to autonomy for the eastern regions.")
    quotes = run(text)
    q = by_cue(quotes, "insisted")
    assert q.content_text.endswith("eastern regions")
    assert [x.cue_text for x in quotes] == ["insisted"]


def test_second_speaker_in_a_coordinated_clause_is_its_own_attribution():
    text = ('On Monday, President Anna Ricci said there had been "real progress" and Tom Vale spoke of '
            'some hope for a "compromise."')
    quotes = run(text)
    first = by_cue(quotes, "said")
    assert "Vale" not in first.content_text
    assert by_cue(quotes, "spoke of").speaker_name == "Tom Vale"


def test_same_attribution_is_returned_once():
    text = 'According to the Telegram channel Baza, "the suspect switched on a phone in the flat."'
    assert len(run(text)) == 1


# --- data ------------------------------------------------------------------------------------------


def test_document_nouns_and_new_deeds_are_data():
    lex = load()
    assert {"statement", "report", "letter"} <= lex.documents
    assert "attack" in lex.deeds["condemn"] and "police" in lex.deeds["call"]
    assert "authorize" not in lex.cues and "prep:by" not in lex.cues["begin"].frames


def test_recognizing_a_vote_or_an_annexation_is_a_deed_not_a_quote():
    text = "This comes a day after Israel made a similar statement that it would not recognize the results."
    quotes = run(text)
    assert [(text[q.cue[0]:q.cue[1]], q.speaker_name) for q in quotes] == [("statement", "Israel")]
    assert run("Kyiv will never recognize the annexation.") == []
    other = "Officials recognized that the plan had failed."
    assert [other[q.cue[0]:q.cue[1]] for q in run(other)] == ["recognized"]


def test_a_report_stays_the_antecedent_of_it_across_modifiers_and_places():
    text = "The ministry released a report on Tuesday. The report covers Russian attacks. It says that schools were hit."
    assert by_cue(run(text), "says").speaker_name == "ministry"
    text = ("The agency released its report. The document details Ukrainian losses near Bakhmut. "
            "It states that 300 soldiers died.")
    assert by_cue(run(text), "states").speaker_name == "document"


# --- speakers by one cue ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,speaker", [
    pytest.param('Anna Sokol wrote her brother a letter from the camp. "Know that we will win," it said.',
                 "said", "Anna Sokol", id="it_after_a_letter_is_its_writer"),
    pytest.param("A report published by the World Bank on Tuesday said that food prices would rise again.",
                 "said", "World Bank", id="report_published_by_an_organisation_speaks_for_it"),
    pytest.param("U.S. President Joe Biden held a call with President Volodymyr Zelensky of Ukraine on Monday. "
                 '"We stand with Kyiv," the U.S. President noted.',
                 "noted", "Joe Biden", id="country_role_is_the_president_of_that_country"),
    pytest.param("MINSK, 3 May (BelTA) – Belarusian Minister of Foreign Affairs Ivan Petrov opened the briefing "
                 'with a joke, BelTA has learned.\n\n"We invited you two weeks in advance," the minister joked.',
                 "joked", "Ivan Petrov", id="title_hung_as_a_modifier_still_introduces_the_minister"),
    pytest.param('In April, Petrov’s then 12-year-old daughter Masha drew a tank and wrote "No to war" under it.',
                 "wrote", "Masha", id="name_without_possessive_ending"),
])
def test_the_quote_of_the_cue_has_the_speaker(text: str, cue: str, speaker: str) -> None:
    assert by_cue(run(text), cue).speaker_name == speaker
