"""Round-11 rules of the events layer (wire news of 1994-2007), on short made-up sentences: the base of a
comparison dates no change, a participle's date is not its governing verb's, anonymity formulas are no events,
"went on to say" is done, an absolute "with" clause takes its main clause's date, a compounded event noun
shares its words with a retold verb, and a named meeting is not another named meeting told before."""

from __future__ import annotations

from layer_checks import event_at_word, events_at


def test_the_base_of_a_comparison_dates_no_change() -> None:
    text = "The carmaker sold 2.1 million cars, rising 90,000 cars from the same period of last year."
    e = event_at_word(text, "2005-11-04", "rising")
    assert e is not None and not e.date.startswith("2004")
    text = "The bank recorded 500 new loans this quarter, an increase of 12 percent over the same period last year."
    e = event_at_word(text, "2005-11-04", "increase")
    assert e is not None and not e.date.startswith("2004")


def test_a_date_of_a_participle_on_a_noun_is_not_the_verbs() -> None:
    text = "The members will renew their commitment to the goals made in 1994 at the next summit."
    e = event_at_word(text, "2005-11-15", "renew")
    assert e is not None and e.date != "1994" and e.status == "planned"


def test_anonymity_formulas_are_no_events() -> None:
    text = ("The rescuers reached the miners on Monday, said an official, who declined to give his name. "
            "The talks will go on, said a delegate who refused to be named.")
    triggers = {e.trigger for e in events_at(text, "2006-11-14") if e.score >= 0.5}
    assert "reached" in triggers
    assert "declined" not in triggers and "refused" not in triggers


def test_went_on_to_say_is_done_and_going_to_is_planned() -> None:
    text = "The report said the virus spread among the birds. It went on to say that the staff were safe."
    e = event_at_word(text, "2005-11-15", "say", 0)
    assert e is not None and e.status == "happened"
    text = "The minister is going to sign the agreement."
    e = event_at_word(text, "2005-11-15", "sign")
    assert e is not None and e.status == "planned"


def test_an_absolute_with_clause_takes_the_date_of_its_main_clause() -> None:
    text = "Throughout the past week officials have expressed gloom, with the trade commissioner saying the talks would fail."
    e = event_at_word(text, "2005-11-15", "saying")
    assert e is not None and e.date == "2005-W45" and e.anchor == "timex"
    text = "He was charged on Monday with murdering his neighbour."
    e = event_at_word(text, "2005-11-17", "murdering")
    assert e is not None and e.date != "2005-11-14"  # no absolute clause: the murder is not Monday's


def test_a_verb_told_again_shares_the_words_compounded_with_the_event_noun() -> None:
    text = ("Four workers were trapped in Sunday's railway tunnel collapse in the south. "
            "Engineers believe that a long tunnel section collapsed near the entrance.")
    e = event_at_word(text, "2006-11-14", "collapsed")
    assert e is not None and e.date == "2006-11-12"
    assert "same event" in e.timex["via"]


def test_a_compounded_word_is_shared_but_not_across_different_names() -> None:
    text = ("The ministers held the Busan trade meeting on Oct. 3. "
            "Several delegates said the Geneva trade meeting ended without a deal.")
    first = event_at_word(text, "2005-11-17", "meeting", 0)
    assert first is not None and first.date == "2005-10-03"
    e = event_at_word(text, "2005-11-17", "meeting", 1)
    assert e is not None and e.date != "2005-10-03"
    text = ("The ministers held the Busan trade meeting on Oct. 3. "
            "Several delegates said the trade meeting ended without a deal.")
    e = event_at_word(text, "2005-11-17", "meeting", 1)
    assert e is not None and e.date == "2005-10-03"  # the same meeting told again


def test_be_to_is_a_future_unless_an_aim_is_equated_with_a_goal() -> None:
    text = "The minister is to visit the new plant in Shanghai, the agency reported on Monday."
    e = event_at_word(text, "2006-11-06", "visit")
    assert e is not None and e.status == "planned" and e.score >= 0.5
    text = "The aim of the new law is to protect the forests."
    e = event_at_word(text, "2006-11-06", "protect")
    assert e is None or e.score < 0.5  # a goal


def test_what_a_rule_requires_is_asked_for_not_done() -> None:
    text = "The circular requires local departments to improve their response mechanisms."
    e = event_at_word(text, "2005-11-18", "improve")
    assert e is None or e.score < 0.5 or e.status != "happened"


def test_talks_that_failed_to_resolve_a_dispute_took_place() -> None:
    text = "The decision came after discussions with Turkey had failed to resolve the dispute, he said."
    e = event_at_word(text, "2005-11-02", "discussions")
    assert e is not None and e.status == "happened"


def test_a_when_clause_of_a_past_perfect_is_as_early_as_it() -> None:
    text = "The project had been halted when the government accused the companies of violations."
    e = event_at_word(text, "2006-12-22", "accused")
    assert e is not None and e.before_anchor
    text = "The project was halted when the government accused the companies of violations."
    e = event_at_word(text, "2006-12-22", "accused")
    assert e is not None and not e.before_anchor
