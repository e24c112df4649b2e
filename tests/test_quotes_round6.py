"""Quotes on modern war news, sixth round. Wire credits ("Ukrinform reports", "according to Reuters")
over a report with a speaker of its own credit the story and speak for no one; role nouns of
office holders are the person, not the place or body of the office, and do not stand for someone
introduced with another role; infinitives of capacity, schedule or purpose ("is able to defend",
"no reason to expect") and participles with no one behind them ("a line defending Poland") are no
reported speech; a dash quotation may open right after a closing quotation mark; a quotation after
a colon inside reported speech is the words of the one who reports; a verb with two subjects in
the parse takes the nearer.

All sentences are invented for these tests; they check the quotes layer's own output."""

from __future__ import annotations

import pytest
from layer_checks import by_cue
from layer_checks import quotes_of as run

# --- wire credits ------------------------------------------------------------------------------------


def test_a_present_credit_line_gives_way_to_the_speaker_inside():
    text = "Kyiv is ready to resume talks, Foreign Minister Anton Lesko told reporters on Monday, Ukrinform reports."
    quotes = run(text)
    assert not [q for q in quotes if q.speaker_text == "Ukrinform"]
    q = by_cue(quotes, "told")
    assert q.speaker_name == "Anton Lesko" and q.content_text == "Kyiv is ready to resume talks"


def test_a_credit_line_with_the_speaker_hung_on_the_content():
    text = ("MINSK, 3 May (BelTA) - Trade between the two countries has grown by a third, Chairman of the "
            "Council of the Republic Ivan Petrov told the media after the session, BelTA has learned.")
    quotes = run(text)
    assert not [q for q in quotes if q.speaker_text == "BelTA"]
    q = by_cue(quotes, "told")
    assert q.speaker_name == "Ivan Petrov"
    assert q.content_text == "Trade between the two countries has grown by a third"


def test_an_outlet_reporting_in_the_past_stays_the_source():
    # "..., X told investigators, the newspaper reported": the paper's own finding, as PolNeAR reads it
    text = ("The senator told federal investigators in July that he was advised to use a private account, "
            "the New York Times reported.")
    assert by_cue(run(text), "reported").speaker_text == "the New York Times"


def test_according_to_an_agency_after_a_speaker_is_a_credit():
    text = "The mayor of Kharkiv said two people were injured in the strike, according to Reuters."
    quotes = run(text)
    assert not [q for q in quotes if q.cue_text == "according to"]
    assert by_cue(quotes, "said").content_text == "two people were injured in the strike"


def test_according_to_a_poll_over_people_speaking_stays():
    text = "According to a new poll, 51 percent of voters said the war would last another year."
    assert by_cue(run(text), "According to").speaker_text == "a new poll"


# --- role nouns ------------------------------------------------------------------------------------


def test_an_office_of_a_place_is_the_person_not_the_place():
    text = "The mayor of Kharkiv said two people were injured.\n\n\"The city will not be broken,\" he added."
    quotes = run(text)
    assert by_cue(quotes, "said").speaker_name == "mayor of Kharkiv"
    assert by_cue(quotes, "added").speaker_name == "mayor of Kharkiv"


def test_a_spokesman_still_speaks_for_the_organisation():
    text = "A spokesman for the regional police said that two men had been detained."
    assert by_cue(run(text), "said").speaker_name == "regional police"


def test_a_role_noun_is_not_someone_introduced_with_another_role():
    text = ("Mayor Tom Vale said the bridge was damaged.\n\n"
            "The minister told reporters that repairs would take a month.")
    assert by_cue(run(text), "told").speaker_name != "Tom Vale"


def test_an_office_described_is_not_a_name_merely_mentioned_before():
    text = ("Drones hit Odesa overnight, damaging a warehouse owned by Anna Ricci.\n\n"
            "The governor of the Odesa region said the port was working.")
    assert by_cue(run(text), "said").speaker_name == "governor of the Odesa region"


def test_the_speaker_of_a_house_is_its_chairman():
    text = ("Chairman of the House of Representatives Ivan Petrov said the session had opened.\n\n"
            "\"We have passed a hard test,\" the speaker of the House of Representatives said.")
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Ivan Petrov"


# --- capacities, schedules and deeds -------------------------------------------------------------------


@pytest.mark.parametrize("text,cue", [
    pytest.param("Russia is able to fully defend its interests in the region.", "to fully defend", id="able"),
    pytest.param("The council is due to discuss support for the tribunal on Tuesday.", "to discuss", id="due"),
    pytest.param("There is no particular reason to expect the front to collapse.", "to expect", id="reason_to"),
    pytest.param("The government would have to denounce the convention first.", "to denounce", id="have_to"),
    pytest.param("Ukraine's chances look slim, and the cabinet seems clear-eyed enough to acknowledge the risks.",
                 "to acknowledge", id="enough_to"),
])
def test_an_infinitive_of_capacity_or_schedule_is_no_attribution(text: str, cue: str) -> None:
    assert not [q for q in run(text) if q.cue_text == cue]


def test_an_infinitive_after_a_verb_of_continuing_stays_a_cue():
    text = "The minister continued to insist that the talks would resume."
    assert by_cue(run(text), "to insist").speaker_text == "The minister"


def test_a_participle_with_no_one_behind_it_is_a_deed():
    text = "The plan is part of a defensive line defending Lithuania, Latvia and Poland against attack."
    assert not [q for q in run(text) if q.cue_text.startswith("defending")]


def test_proved_to_be_is_how_something_turned_out():
    text = "The new air defence system proved to be a formidable obstacle."
    assert not [q for q in run(text) if q.cue_text == "proved"]


def test_an_opinion_expressed_without_its_content_is_no_quote():
    text = "The general expressed his opinion in an interview with a German news agency."
    assert not [q for q in run(text) if q.cue_text == "expressed"]


# --- dash quotations, colons and subjects -----------------------------------------------------------------


def test_a_dash_quotation_opens_right_after_a_closing_mark():
    text = ('The deputy minister said that "the margin is very narrow."- Russia will defend its interests '
            'by all means - announced the deputy minister.')
    q = by_cue(run(text), "announced")
    assert q.kind == "direct" and q.content_text.startswith("Russia will defend")
    assert q.speaker_text == "the deputy minister"


def test_a_quotation_after_a_colon_inside_reported_speech_is_the_reporters():
    text = ('After the attack, the president declared that every nation had to choose: "Either you are with '
            'us, or you are against us."')
    quotes = run(text)
    assert not [q for q in quotes if q.speaker_text == "every nation"]
    assert [q.speaker_text for q in quotes if "Either you are" in q.content_text] == ["the president"]


def test_of_two_subjects_the_nearer_speaks():
    text = ("After the terror attacks on May 1, 2003, then-President Tom Vale declared that the country "
            "was at war.")
    assert by_cue(run(text), "declared").speaker_name == "Tom Vale"


def test_a_question_of_the_writer_is_no_attribution():
    text = "How does the minister explain the delay? He said the trucks were stopped at the border."
    quotes = run(text)
    assert not [q for q in quotes if "explain" in q.cue_text]
    assert by_cue(quotes, "said").content_text == "the trucks were stopped at the border"


def test_a_short_title_in_marks_is_no_quotation():
    text = ('Anna Ricci is a historian and the author of "Bloodlands," "Black Earth," and "On Tyranny." '
            'The views expressed here are her own.')
    assert not [q for q in run(text) if q.kind == "direct"]


def test_a_short_quotation_with_a_speaker_stays():
    text = '"Never again," the mayor said.'
    assert by_cue(run(text), "said").content_text == '"Never again,"'


# --- cues added by hand ---------------------------------------------------------------------------------


def test_insistence_that_is_a_cue_noun():
    text = "The ministry's insistence that the convoy carried only food was met with doubt."
    q = by_cue(run(text), "insistence")
    assert q.speaker_text == "The ministry's"
    assert q.content_text.startswith("that the convoy carried only food")


@pytest.mark.parametrize("text,cue,speaker", [
    pytest.param("The envoy advised that the talks be postponed until spring.", "advised", "The envoy", id="advise"),
    pytest.param("When the bill passed, a veterans' group cheered that the aid came with no conditions.",
                 "cheered", "a veterans' group", id="cheer"),
])
def test_verbs_of_advice_and_cheering_report_speech(text: str, cue: str, speaker: str) -> None:
    assert by_cue(run(text), cue).speaker_text == speaker
