"""Dates and precision of dateline.events on news, round 7: dates after "since" (a possessive day
inside the phrase, events that last from the date and events that happened after it), the day a
statement was made when the parser hangs it on the complement ("said on Saturday he had ..."), time
clauses ("weeks after ... withdrew"), a date the parser hangs on the object ("launched an offensive
early on Tuesday morning"), tolls counted up to a moment, event nouns told again ("the talks"), dates
that describe the subject ("the 2024 contender"), credits of an outlet ("a memo obtained by Reuters"),
habits in conjunct verbs ("shell and bomb") and verbs of speech with an object at a dated briefing
("pointed to").

Every sentence is invented in the style of the errors read on GDELT news about the war in Ukraine."""

from __future__ import annotations

from layer_checks import by_trigger, events_at


def events_of(text: str, dct: str = "2023-05-12") -> list:
    return events_at(text, dct)


# -- "since" -------------------------------------------------------------------------------------------

def test_a_day_inside_a_possessive_after_since_does_not_date_the_event():
    found = events_of("Shares of the steelmaker rose 4% on Thursday, a gain of $1.80 since Tuesday's close.")
    rose = by_trigger(found, "rose")
    assert rose.date == "2023-05-11"  # Thursday, not Tuesday
    assert all(e.date != "2023-05-09" for e in found)


def test_an_event_after_since_happened_after_the_date_not_on_it():
    found = events_of("The two foreign ministers held their first talks since March in Geneva.")
    assert all(not (e.date or "").startswith("2023-03") for e in found)


def test_an_activity_that_lasts_keeps_the_date_since_gives():
    found = events_of("The fighting has raged in the region since 2014, the report said.")
    assert by_trigger(found, "raged").date == "2014"
    found = events_of("Russian artillery has been shelling the port since Monday.")
    assert by_trigger(found, "shelling").date == "2023-05-08"


def test_a_date_inside_the_since_phrase_still_dates_its_own_noun():
    found = events_of("Ukraine has rebuilt its army since the 2014 annexation of Crimea.")
    assert by_trigger(found, "annexation").date == "2014"


# -- the day of a statement ------------------------------------------------------------------------

def test_the_date_right_after_a_reporting_verb_is_the_day_of_the_statement():
    text = ("Poland's foreign minister said on Wednesday he had discussed grain transit with his Ukrainian "
            "counterpart. He said the talks were useful.")
    found = events_of(text)
    said = [e for e in found if e.trigger == "said"]
    assert [e.date for e in said] == ["2023-05-10", "2023-05-10"]
    discussed = by_trigger(found, "discussed")
    assert discussed.date == "2023-05-10" and discussed.before_anchor


def test_an_interview_in_the_lead_dates_the_later_statements():
    text = ("The senator criticised the aid package. During an interview with a radio station on Wednesday, "
            "the senator was asked about the election.\n\nThe senator said the aid was too slow.")
    found = events_of(text)
    assert [e.date for e in found if e.trigger == "said"] == ["2023-05-10"]


def test_a_verb_of_speech_with_an_object_takes_the_day_of_the_lead_statement():
    text = ("The Pentagon announced the new package on Monday. "
            "The spokesman pointed to the arrival of new tanks.")
    assert by_trigger(events_of(text), "pointed").date == "2023-05-08"


# -- time clauses and the object's date -------------------------------------------------------------

def test_a_time_clause_takes_no_date_from_its_main_clause():
    text = "In April 2022, weeks after Russian troops withdrew from Bucha, investigators exhumed the bodies."
    withdrew = by_trigger(events_of(text), "withdrew")
    assert withdrew.date == "2023-05-12" and withdrew.before_anchor and withdrew.anchor == "article"
    assert by_trigger(events_of(text), "exhumed").date == "2022-04"


def test_a_date_hung_on_the_object_dates_the_verb():
    text = ("The president launched a “partial mobilisation” across the country early on Wednesday morning "
            "to replace the losses.")
    assert by_trigger(events_of(text), "launched").date.startswith("2023-05-10")


# -- tolls, told again, subjects, credits, habits ------------------------------------------------------

def test_a_toll_counted_so_far_in_the_past_perfect_is_a_tally():
    found = events_of("The governor said on Sunday that 40 civilians had been killed so far by the shelling.")
    assert by_trigger(found, "killed").score_why == "tally" and by_trigger(found, "killed").score < 0.5


def test_people_who_have_fled_since_the_war_began_are_a_tally():
    found = events_of("About 20,000 people have crossed into Moldova since the shelling began.")
    assert by_trigger(found, "crossed").score_why == "tally"


def test_the_talks_told_again_take_the_day_of_the_talks():
    text = ("Ukraine and Poland held talks in Warsaw on Monday.\n\nThe talks focused on grain exports, "
            "officials said.")
    found = events_of(text)
    talks = [e for e in found if e.trigger == "talks"]
    assert [e.date for e in talks] == ["2023-05-08", "2023-05-08"]


def test_a_date_that_describes_the_subject_dates_no_event():
    found = events_of("The potential 2024 contender called the war a regional dispute.")
    assert all(e.date != "2024" for e in found)


def test_a_document_obtained_by_an_outlet_is_a_credit():
    found = events_of("The plan was described in an internal memo obtained by Reuters.")
    obtained = by_trigger(found, "obtained")
    assert obtained.score_why == "credit" and obtained.score < 0.5


def test_the_conjunct_of_a_habit_is_a_habit_too():
    found = events_of("Every night the invaders shell and bomb the villages, the governor said.")
    assert by_trigger(found, "shell").score_why == "habit"
    assert by_trigger(found, "bomb").score_why == "habit" and by_trigger(found, "bomb").score < 0.5
    assert by_trigger(found, "said").score == 1.0


def test_a_gerund_after_aimed_at_is_a_goal():
    found = events_of("The envoys agreed on a summit aimed at drafting a roadmap for peace talks.")
    assert by_trigger(found, "drafting").score < 0.5
    assert by_trigger(found, "agreed").score == 1.0


def test_a_newsroom_note_asking_for_comment_is_furniture():
    found = events_of("Troops shelled the port on Monday. The outlet has reached out to the ministry for comment.")
    assert [e.trigger for e in found if e.score >= 0.5] == ["shelled"]


def test_the_speakers_own_lets_say_is_no_statement():
    found = events_of("On one side stand the western allies, let's say the democracies, Kowalski said.")
    assert by_trigger(found, "say").score < 0.5 and by_trigger(found, "said").score == 1.0


def test_a_conjunct_statement_keeps_the_date_of_its_sentence_over_the_lead():
    text = ("The Kremlin spokesman said Monday that the drills were a response to the West. "
            "The French president repeated last week that troops could be sent, and the British minister "
            "said the weapons could be used.")
    said = [e for e in events_of(text) if e.trigger == "said"]
    assert said[0].date == "2023-05-08" and said[1].date == "2023-W18"
