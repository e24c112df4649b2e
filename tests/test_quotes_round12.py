"""Round 12 (PolNeAR train errors, reported speech): speakers of coordinated and "'s"-perfect cues,
passives with a "by" agent, polls as sources, object control ("led X to suspect"), possessed attack
nouns, adjectives of mood with a subject, headline "Name: statement" lines whose name the tagger
took for a common noun, and long credits closing a sentence. Invented sentences in the style of the
errors."""

from __future__ import annotations

import pytest

from dateline.quotes import quotes_for_text


def _one(quotes, cue: str):
    hits = [q for q in quotes if q.cue_text == cue]
    assert hits, [(q.cue_text, q.content_text) for q in quotes]
    return hits[0]


def _cues(quotes) -> list[str]:
    return [q.cue_text for q in quotes]


def test_verb_coordinated_with_a_passive_shares_its_subject() -> None:
    q = _one(quotes_for_text("By the end of the day, the governor was forced into an embarrassing retreat and "
                             "said that his remarks had been misunderstood."), "said")
    assert q.speaker_text == "the governor"
    assert q.content_text == "that his remarks had been misunderstood"


def test_contracted_has_is_no_passive() -> None:
    q = _one(quotes_for_text("She's said she will not run for a third term."), "'s said")
    assert q.speaker_text == "She"
    # an impersonal "it's said that" stays without a source
    q = _one(quotes_for_text("It's said that the mayor will resign."), "'s said")
    assert q.speaker_text == ""


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("The new tax plan was rejected by 61 percent of the voters.", "was rejected", "61 percent of the voters",
     "The new tax plan"),
    ("The merger was first reported by the Financial Times.", "was first reported", "the Financial Times",
     "The merger"),
])
def test_passive_with_agent_attributes_its_subject(text: str, cue: str, speaker: str, content: str) -> None:
    q = _one(quotes_for_text(text), cue)
    assert q.speaker_text == speaker
    assert q.content_text == content


@pytest.mark.parametrize("text", [
    "The chairman was elected by acclamation.",
    "Thousands of lives have been ripped apart by this war.",
    "The remarks, which were quoted by the state agency, angered the opposition.",
])
def test_passive_agent_that_holds_no_view(text: str) -> None:
    assert quotes_for_text(text) == []


def test_poll_named_in_a_phrase_is_the_source() -> None:
    q = _one(quotes_for_text("The senator led Smith by nine points in a new Marist poll released Monday."),
             "in a new Marist poll")
    assert q.speaker_text == "a new Marist poll released Monday"
    assert q.content_text == "The senator led Smith by nine points"


@pytest.mark.parametrize("text", [
    "The senator has slipped in the polls since the debate.",
    "Voters surveyed in a new Marist poll said the economy mattered most.",
])
def test_polls_in_general_or_a_poll_sample_attribute_nothing(text: str) -> None:
    assert not [q for q in quotes_for_text(text) if "poll" in q.speaker_text and q.cue_text.startswith("in ")]


def test_object_of_led_is_who_thinks() -> None:
    q = _one(quotes_for_text("The scandal led many donors to question whether the campaign could survive."),
             "to question")
    assert q.speaker_text == "many donors"
    assert q.content_text == "whether the campaign could survive"


def test_subject_control_verb_keeps_its_subject() -> None:
    q = _one(quotes_for_text("She promised them to raise the minimum wage."), "promised")
    assert q.speaker_text == "She"


def test_persons_attack_on_is_an_attribution_a_states_is_not() -> None:
    q = _one(quotes_for_text("The governor's attacks on the senator grew sharper over the weekend."), "attacks on")
    assert q.speaker_text == "The governor's"
    assert q.content_text == "the senator"
    assert quotes_for_text("Russia's attacks on the port continued overnight.") == []


def test_adjective_of_mood_needs_a_subject() -> None:
    q = _one(quotes_for_text("Local officials were unhappy with the decision to close the plant."), "unhappy with")
    assert q.speaker_text == "Local officials"
    assert q.content_text == "the decision to close the plant"
    assert quotes_for_text("The plan left everyone unhappy with the outcome.") == []


@pytest.mark.parametrize(("title", "speaker"), [
    ("Lindqvist: Budget cuts will hit the libraries first", "Lindqvist"),
    ("Poll: Budget cuts are unpopular with most voters", "Poll"),
])
def test_headline_name_the_tagger_took_for_a_noun(title: str, speaker: str) -> None:
    q = _one(quotes_for_text(title + "\n\nThe city council met on Monday."), ":")
    assert q.speaker_text == speaker


@pytest.mark.parametrize("title", [
    "Explainer: What the budget cuts mean for libraries",
    "Author: Jan Kowalski / Source: TVN24",
])
def test_headline_labels_are_no_speakers(title: str) -> None:
    assert [q for q in quotes_for_text(title + "\n\nThe city council met on Monday.") if q.cue_text == ":"] == []


def test_long_credit_closing_the_sentence() -> None:
    q = _one(quotes_for_text("Whether they like it or not, the voters in this district are very loyal to the party, "
                             "the party's longtime state chairman Robert Miles insisted Thursday during a radio "
                             "interview with a local station."), "insisted")
    assert q.speaker_name == "Robert Miles"
    assert q.content_text == ("Whether they like it or not, the voters in this district are very loyal to "
                              "the party")


def test_for_to_clause_parsed_as_a_clause_is_called_for() -> None:
    q = _one(quotes_for_text("The mayor has called for the police chief to resign by Friday."), "has called for")
    assert q.speaker_text == "The mayor"
    assert q.content_text == "the police chief to resign by Friday"


def test_clause_opened_after_the_verb_is_its_own() -> None:
    q = _one(quotes_for_text("Not only is the vote months away, no one knows what the ballot will look like."),
             "knows")
    assert q.content_text == "what the ballot will look like"


def test_what_she_called_gives_the_name() -> None:
    q = _one(quotes_for_text("The senator attacked what she called a reckless budget."), "called")
    assert q.speaker_text == "she"
    assert q.content_text == "a reckless budget"


def test_reportedly_is_hearsay_without_a_source() -> None:
    q = _one(quotes_for_text("Two of the hostages were reportedly freed on Sunday."), "reportedly")
    assert q.speaker_text == ""
    assert q.content_text.startswith("Two of the hostages")
    # on a cue verb the verb's own attribution stands
    assert _cues(quotes_for_text("Officials reportedly said the talks had failed.")) == ["said"]


@pytest.mark.parametrize(("text", "cue"), [
    ("The judge ruled that the new map was unconstitutional.", "ruled"),
    ("Analysts had forecast that exports would fall in the spring.", "had forecast"),
])
def test_verbs_of_saying_added_with_a_that_clause(text: str, cue: str) -> None:
    q = _one(quotes_for_text(text), cue)
    assert q.content_text.startswith("that ")


def test_according_to_in_the_middle_keeps_the_side_with_the_verb() -> None:
    q = _one(quotes_for_text("The carrier has reached a deal with its unions, according to the Labor Department, "
                             "taking a step toward ending a strike that had lasted for seven long weeks."),
             "according to")
    assert q.speaker_text == "the Labor Department"
    assert q.content_text == "The carrier has reached a deal with its unions"
