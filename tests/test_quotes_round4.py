"""Quotes on modern war news, fourth round: what a speaking "it" or "they" stands for (the subject
before it that can speak, never a place in a prepositional phrase or an object), stances on a
plain noun phrase ("rejected the proposal", kind "stance"), speakers named only by a title ("the
Kremlin spokesman") resolved to the person introduced with it, and the writer's extraposed "it"
("It is important to note that ...").

All sentences are invented for these tests; they check the quotes layer's own output."""

from __future__ import annotations

import pytest
from layer_checks import by_cue
from layer_checks import quotes_of as run

from dateline.quotes import KINDS, quotes_for_text
from dateline.quotes.lexicon import load

# --- "it" and "they" ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,cue,speaker", [
    pytest.param("The report lists Russian strikes on Kharkiv. It says that 40 civilians died.",
                 "says", "report", id="it_is_the_report_not_the_city_it_lists"),
    pytest.param("The Pentagon sent new missiles to Ukraine. It said more would follow.",
                 "said", "Pentagon", id="it_is_the_subject_not_the_object_of_to"),
    pytest.param("Ukrainian forces shelled positions near Donetsk. They said the town was retaken.",
                 "said", "Ukrainian forces", id="they_is_the_group_not_the_place_near_it"),
    pytest.param("Anna Ricci and Tom Vale met voters in Lviv. They said the plan was ready.",
                 "said", "Anna Ricci and Tom Vale", id="they_is_the_whole_coordination"),
    pytest.param("The ministry published a report on Monday. The report lists attacks on Odesa and Mykolaiv. "
                 "It says that 40 civilians died.",
                 "says", "ministry", id="the_report_speaks_for_whoever_published_it"),
    pytest.param("The army shelled Kherson overnight, the ministry said. It added that two bridges were destroyed.",
                 "added", "ministry", id="a_subject_that_spoke_goes_before_one_that_acted"),
])
def test_speaking_pronoun_stands_for_the_subject_that_can_speak(text: str, cue: str, speaker: str) -> None:
    assert by_cue(run(text), cue).speaker_name == speaker


def test_a_place_is_never_what_it_stands_for():
    text = "Shells hit a school in Kharkiv. It said the toll would rise."
    q = by_cue(run(text), "said")
    assert q.speaker_text == "It" and q.speaker_name != "Kharkiv"


def test_it_is_not_a_person_named_before():
    text = "Senator Anna Ricci visited the plant on Monday. It said the reactor was safe."
    assert by_cue(run(text), "said").speaker_name != "Anna Ricci"


# --- stances ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,cue,content", [
    ("The Kremlin rejected the proposal.", "rejected", "the proposal"),
    ("Moscow denied the allegations on Tuesday.", "denied", "the allegations"),
    ("Lena Holm welcomed the decision.", "welcomed", "the decision"),
    ("Lena Holm condemned the decision to close the border.", "condemned", "the decision to close the border"),
    ("Critics are critical of the deal.", "critical of", "the deal"),
])
def test_stance_on_a_plain_noun_phrase_is_its_own_kind(text: str, cue: str, content: str) -> None:
    q = by_cue(run(text), cue)
    assert q.kind == "stance" and q.content_text == content
    assert "stance" in KINDS


@pytest.mark.parametrize("text,cue,kind", [
    ("Moscow denied that its troops were involved.", "denied", "indirect"),
    ("Moscow denied the allegations that its troops were involved.", "denied", "indirect"),
    ('Moscow rejected the "absurd" claims.', "rejected", "mixed"),
    ("Russia has repeatedly denied stealing grain or blocking ports.", "has repeatedly denied", "indirect"),
    ("Ukraine accused Russia of shelling the plant.", "accused", "indirect"),  # content "Russia of shelling ..."
    ("The president accused the US and its allies of ignoring the demands.", "accused", "indirect"),
])
def test_stance_with_content_is_a_quote(text: str, cue: str, kind: str) -> None:
    assert by_cue(run(text), cue).kind == kind


def test_welcoming_people_is_a_deed():
    assert run("Lena Holm welcomed Zelensky to Oslo on Friday.") == []
    assert run("Poland welcomed millions of refugees last year.") == []


def test_stances_can_be_left_out():
    text = "The Kremlin rejected the proposal. Moscow said that talks were over."
    assert [q.kind for q in quotes_for_text(text)] == ["stance", "indirect"]
    assert [q.cue_text for q in quotes_for_text(text, stances=False)] == ["said"]


def test_stance_cues_are_data():
    lex = load()
    assert {"reject", "deny", "welcome", "condemn", "criticism", "critical"} <= lex.stances
    assert "welcome" in lex.cues and "@person" in lex.deeds["welcome"]
    assert {"force", "authority"} <= lex.groups


# --- speakers named by a title ---------------------------------------------------------------------


@pytest.mark.parametrize("text,speaker", [
    pytest.param("Kremlin spokesman Ivan Petrov was asked about the talks. Asked about a date, the Kremlin "
                 "spokesman said none had been set.", "Ivan Petrov", id="organisation_title_without_speaking_before"),
    pytest.param("Army press secretary Tom Vale briefed reporters on Friday. Officials in Kyiv said they had not "
                 "been told. The Army press secretary said aid would continue.", "Tom Vale",
                 id="organisation_title_after_another_speaker"),
    pytest.param("The meeting was attended by Ivan Petrov, the Kremlin spokesman, and Oleg Sokol. Sokol said the "
                 "talks went well. The spokesman later said no date was set.", "Ivan Petrov",
                 id="title_given_in_apposition"),
    pytest.param("Ivan Petrov, who is the Kremlin's spokesman, was in Minsk. Tom Vale said the visit was private. "
                 "The spokesman said nothing had been agreed.", "Ivan Petrov", id="title_given_in_a_relative_clause"),
    pytest.param("The mayor of Lviv, Andriy Sadovyi, visited Kyiv. Oleg Nikolenko said talks would resume. "
                 "The mayor said the city was calm.", "Andriy Sadovyi", id="title_with_of_before_the_name"),
])
def test_title_only_speaker_is_the_person_introduced_with_the_title(text: str, speaker: str) -> None:
    (q,) = [q for q in run(text) if q.cue_text == "said" and q.speaker_text.lower().startswith("the ")]
    assert q.speaker_name == speaker


def test_a_title_of_another_organisation_is_someone_else():
    text = ("Kremlin spokesman Ivan Petrov spoke on Monday. Army press secretary Tom Vale disagreed. "
            "The Kremlin spokesman said no date had been set.")
    assert by_cue(run(text), "said").speaker_name == "Ivan Petrov"


def test_an_indefinite_title_is_a_new_speaker():
    text = "Kremlin spokesman Ivan Petrov spoke on Monday. Later a Kremlin spokesman said no date had been set."
    assert by_cue(run(text), "said").speaker_name != "Ivan Petrov"


# --- the writer's extraposed "it" ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "It doesn't take a mind reader to guess what the president wants from the talks.",
    "It is important to note that the talks failed.",
    "It remains to be seen whether Kyiv will agree.",
])
def test_extraposed_it_is_no_speaker(text: str) -> None:
    assert run(text) == []


def test_infinitive_with_its_own_subject_keeps_it():
    text = "It is rare for a judge to criticize the government in public."
    assert by_cue(run(text), "to criticize").speaker_text == "a judge"


# --- a noun the tagger took for a verb -------------------------------------------------------------


def test_noun_joined_to_a_noun_is_no_cue():
    text = ("The statement by the president on support for Ukraine and call with President Anna Ricci "
            "was published on Monday.")
    assert run(text) == []
    text = ('"We will help," reads the statement by President Anna Ricci on support for Ukraine and call with '
            "President Tom Vale, the office informs.")
    cues = [q.cue_text for q in run(text)]
    assert "reads" in cues and not any(c.startswith("call") for c in cues)


# --- more speakers named by a description ----------------------------------------------------------


@pytest.mark.parametrize("text,cue,speaker", [
    pytest.param("US Secretary of State Anna Ricci visited Pretoria on Monday. In a speech, the top US diplomat "
                 "argued that the US was the better partner.", "argued", "Anna Ricci",
                 id="the_top_diplomat_is_the_secretary_of_state"),
    pytest.param("The Institute for the Study of Peace said this in a new assessment. The institute believes "
                 "that the attack was part of a campaign.", "believes", "Institute for the Study of Peace",
                 id="the_institute_is_the_institute_named_before"),
    pytest.param("Governor Tom Vale spoke on the radio on Monday. The 44-year-old has not announced his plans, "
                 "but said he would decide soon.", "said", "Tom Vale", id="an_age_stands_for_the_person"),
    pytest.param("A summit between Russian President Ivan Petrov and African leaders began on Thursday. Among those "
                 "absent is Kenyan President Tom Vale, whose government has been critical of Russia's decision. "
                 "On Thursday, the Russian president told the delegation that the continent would be a key "
                 "partner.", "told", "Ivan Petrov", id="a_country_in_a_relative_clause_is_not_the_title's"),
])
def test_description_stands_for_the_named_speaker(text: str, cue: str, speaker: str) -> None:
    assert by_cue(run(text), cue).speaker_name == speaker


def test_who_clause_on_the_last_noun_of_a_title_is_the_person_s():
    text = ("It also aligned the governor with former President Tom Vale, the leading contender for the "
            "party's nomination, who has opposed new loans for Kyiv.")
    q = by_cue(run(text), "has opposed")
    assert q.speaker_name == "Tom Vale"
    assert q.speaker_text.endswith(", who")  # the speaker stops at the relative pronoun, before the cue
