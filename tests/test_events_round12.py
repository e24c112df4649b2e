"""Round-12 rules of the events layer (Ukraine-war news, many machine-translated), on short made-up sentences:
a speaker named after the verb of a dash attribution is the agent, "Neither X nor Y" denies, a gerund of means
shares its verb's condition, an event noun after "following" is no plan, a date after an event noun referred to
is that event's, a statement dated a few sentences into the story dates the later statements, a support verb's
participle on its event noun is no second event, the conjunct of a progressive is ongoing, and the place and
agency of a wire dateline ("MINSK, 7 May (BelTA) –") are no participants, and "called for a ceasefire" asks for it."""

from __future__ import annotations

import pytest
from layer_checks import event_at_word


def test_a_speaker_after_a_dash_attribution_is_the_agent() -> None:
    text = "Lies and threats are their favourite tools against the neighbours - commented the spokeswoman for the ministry."
    e = event_at_word(text, "2023-07-12", "commented")
    assert e is not None and [a.text for a in e.agents] == ["spokeswoman"] and not e.patients
    text = "The country's shrinking budget has pushed the government away from reforms, explained Novak."
    e = event_at_word(text, "2023-07-12", "explained")
    assert e is not None and [a.text for a in e.agents] == ["Novak"]


def test_a_verb_with_an_object_is_no_attribution() -> None:
    text = "Moscow insisted that Kyiv should accept the annexation, declare its neutrality, and agree to autonomy."
    e = event_at_word(text, "2024-04-19", "declare")
    assert e is None or all(a.text != "neutrality" for a in e.agents)
    text = "The minister also spoke about the sanctions, stressing the futility of this approach."
    e = event_at_word(text, "2022-09-26", "stressing")
    assert e is None or all(a.text != "futility" for a in e.agents)
    text = "Petrenko, the spokesman for the mission, acknowledged those frustrations."
    e = event_at_word(text, "2022-03-21", "acknowledged")
    assert e is not None and all(a.text != "frustrations" for a in e.agents)


def test_an_event_called_for_is_planned() -> None:
    text = "The secretary-general called for a ceasefire, and the army was preparing for an offensive."
    assert event_at_word(text, "2022-03-20", "ceasefire").status == "planned"
    assert event_at_word(text, "2022-03-20", "offensive").status == "planned"
    text = "The minister opened the session by calling for sanctions against the regime for its weekend attack."
    e = event_at_word(text, "2024-04-18", "attack")
    assert e is not None and e.status == "happened"


def test_a_wire_dateline_names_no_participant() -> None:
    text = "MINSK, 7 May (BelTA) – Belarus will instantly respond to any military aggression against the country."
    e = event_at_word(text, "2024-05-07", "respond")
    assert e is not None and [a.text for a in e.agents] == ["Belarus"]


def test_neither_nor_subjects_deny_the_event() -> None:
    text = "Neither the army nor the police officially confirm these reports."
    e = event_at_word(text, "2022-08-09", "confirm")
    assert e is not None and e.status == "denied"


def test_a_gerund_of_means_shares_the_condition_of_its_verb() -> None:
    text = "The president should show support by inviting the prime minister to the capital."
    e = event_at_word(text, "2024-04-25", "inviting")
    assert e is not None and (e.status != "happened" or e.score < 0.5)
    text = "The president showed support by inviting the prime minister to the capital."
    e = event_at_word(text, "2024-04-25", "inviting")
    assert e is not None and e.status == "happened" and e.score >= 0.5


def test_an_event_after_following_is_no_plan() -> None:
    text = "Several banks have said they will withdraw from the country following the invasion."
    e = event_at_word(text, "2022-03-28", "invasion")
    assert e is not None and e.status == "happened"
    assert event_at_word(text, "2022-03-28", "withdraw").status == "planned"


def test_a_date_after_an_event_referred_to_is_that_events() -> None:
    text = "The minister referred to the rebellion of the separatists in 2014."
    referred = event_at_word(text, "2023-07-12", "referred")
    rebellion = event_at_word(text, "2023-07-12", "rebellion")
    assert referred is not None and referred.date == "2023-07-12"
    assert rebellion is not None and rebellion.date == "2014"
    text = "Speaking of last week's meeting with the premier, the senator said he would never attend."
    e = event_at_word(text, "2023-02-13", "Speaking")
    assert e is not None and e.date == "2023-02-13"
    text = "The envoy spoke at the summit on Friday."
    e = event_at_word(text, "2023-02-13", "spoke")
    assert e is not None and e.date == "2023-02-10"


def test_a_statement_dated_in_the_third_sentence_dates_the_later_ones() -> None:
    text = ("The foreign minister gave a long interview to a regional newspaper about the war and the talks. "
            "He spoke about the sanctions, the grain corridor, the elections and the weapons sent by the allies "
            "to the front in the east of the country over the past months. "
            "He also spoke about the prices of gas and oil, the harvest of wheat and corn in the southern regions, "
            "the new ports on the coast and the old railway lines to the west of the capital. "
            "The interview was published on July 11 on the newspaper's website. "
            "The West must stop sending weapons. "
            "The minister added that the talks could resume.")
    e = event_at_word(text, "2023-07-12", "added")
    assert e is not None and e.date == "2023-07-11"


def test_a_conjunct_of_a_progressive_is_ongoing_too() -> None:
    text = "The troops are shelling and destroying the villages in the east."
    e = event_at_word(text, "2022-07-06", "destroying")
    assert e is not None and e.status == "ongoing"
    text = "The troops are shelling the villages, and the governor signed a decree."
    e = event_at_word(text, "2022-07-06", "signed")
    assert e is not None and e.status == "happened"


def test_a_support_participle_on_its_event_noun_is_no_second_event() -> None:
    text = "The talks, held in Geneva on March 13, ended without a deal. The inquiry was conducted by reporters."
    held = event_at_word(text, "2022-03-20", "held")
    talks = event_at_word(text, "2022-03-20", "talks")
    assert held is not None and held.score < 0.5
    assert talks is not None and talks.date == "2022-03-13"
    conducted = event_at_word(text, "2022-03-20", "conducted")
    assert conducted is not None and conducted.score < 0.5


def test_a_present_conjunct_of_a_past_verb_keeps_no_past_date() -> None:
    text = "A small region broke away from Moldova in the early 90s and politically aligns itself with Russia."
    e = event_at_word(text, "2022-02-08", "aligns")
    assert e is not None and not e.date.startswith("199")
    e = event_at_word(text, "2022-02-08", "broke")
    assert e is not None and e.date.startswith("199")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Putin decided to annex the four regions.", "annex"),
        ("Moscow said the occupied regions had voted to join Russia.", "join"),
        ("Turkey offered to mediate between Kyiv and Moscow.", "mediate"),
    ],
)
def test_what_was_decided_voted_or_offered_is_planned(text, word):
    e = event_at_word(text, "2022-09-29", word)
    assert e is not None and e.status == "planned"
