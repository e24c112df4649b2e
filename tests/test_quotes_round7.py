"""Quotes on modern war news, seventh round. A hyphenated given name takes the gender of its second
part ("Jean-Pierre" is "he"); "in his view, X" and "in the opinion of X, Y" attribute their clause;
a double prime closes a quotation; "as we read in the decision" gives the decision as the source;
"accuse him that ..." reports the clause; a credit line with no source ("As reported, X said that
...") adds nothing of its own; things and events that "threaten" or "signal" speak for no one; a
tribute laid ("laying flowers") and a destruction ordered are deeds; "argued that "..."" after an
earlier quoted title takes the quotation ahead; a closing mark glued to the next subject is not
part of the speaker; "the data provided by X" speaks for X.

All sentences are invented for these tests; they check the quotes layer's own output."""

from __future__ import annotations

from layer_checks import by_cue
from layer_checks import quotes_of as run

# --- pronouns and names --------------------------------------------------------------------------


def test_a_hyphenated_given_name_takes_the_gender_of_its_second_part():
    text = ("The German chancellor said on Monday that the aid would continue.\n\n"
            "Later, the Belgian Prime Minister Jean-Pierre Martens said that the summit had gone well. "
            "As he noted, the next meeting will take place in Vilnius.")
    q = by_cue(run(text), "noted")
    assert q.speaker_text == "he" and q.speaker_name == "Jean-Pierre Martens"


def test_data_provided_by_a_ministry_speak_for_the_ministry():
    text = ("According to the data provided by the Ministry of Defence, the number of troops at the "
            "border has reached 90,000.")
    q = by_cue(run(text), "According to")
    assert q.speaker_name == "Ministry of Defence"
    assert q.content_text == "the number of troops at the border has reached 90,000"


def test_a_closing_mark_glued_to_the_next_subject_is_not_part_of_the_speaker():
    text = ('On Friday the White House warned that an attack "could come at any time."Moscow responded to '
            'the warning, calling it "hysteria".')
    speakers = {q.speaker_text for q in run(text) if q.speaker_text}
    assert "Moscow" in speakers and not any(s.startswith('"') for s in speakers)


# --- views ---------------------------------------------------------------------------------------


def test_in_his_view_attributes_the_clause():
    text = ("Olaf Brandt, the former defence minister, gave an interview on Sunday. In Brandt's view, the "
            "sanctions have failed to slow the war.")
    q = by_cue(run(text), "In Brandt's view")
    assert q.speaker_text == "Brandt's" and q.speaker_name in ("Brandt", "Olaf Brandt")
    assert q.content_text == "the sanctions have failed to slow the war"


def test_in_the_opinion_of_an_institution():
    text = "In the opinion of the central bank, inflation will fall below five percent next year."
    q = by_cue(run(text), "In the opinion")
    assert q.speaker_text == "the central bank"
    assert q.content_text == "inflation will fall below five percent next year"


def test_in_my_view_of_the_writer_and_in_this_view_are_no_sources():
    text = "In this view, the war will last for years."
    assert not [q for q in run(text) if "view" in q.cue_text]


# --- marks and texts -----------------------------------------------------------------------------


def test_a_double_prime_closes_a_quotation():
    text = ('The senator spoke on Monday.\n\n"We have the gas to replace Russian imports, and we are ready to '
            'sell it,\u2033 the senator added. "It is time to act."')
    quotes = run(text)
    q = next(q for q in quotes if q.content_text.startswith('"We have the gas'))
    assert q.kind == "direct" and q.content_text.endswith("sell it,\u2033")
    assert q.speaker_text == "the senator"


def test_as_we_read_in_a_decision_the_decision_speaks():
    text = ('The ministry put the general on its list of banned persons.\n\nAs we read in the decision: "he '
            'supports the aggression against a neighbouring country".')
    q = by_cue(run(text), "read")
    assert q.kind == "direct" and q.speaker_text == "the decision"


# --- reported clauses and credits ----------------------------------------------------------------


def test_accuse_him_that_reports_the_clause():
    text = "Prosecutors accuse him that in April he ordered the shelling of a school near Izium."
    q = by_cue(run(text), "accuse")
    assert q.kind == "indirect"
    assert q.content_text == "that in April he ordered the shelling of a school near Izium"


def test_an_unsourced_credit_line_adds_no_attribution():
    text = ("As reported, during the donor conference in Warsaw on Thursday, the Spanish prime minister said "
            "that Madrid would double its aid to Ukraine.")
    quotes = run(text)
    assert len(quotes) == 1
    assert quotes[0].cue_text == "said" and quotes[0].content_text == "that Madrid would double its aid to Ukraine"


def test_argued_that_takes_the_quotation_ahead_not_the_title_behind():
    text = ('In a speech on the government\'s "strategy for the Arctic," delivered in Oslo, the minister argued '
            'that "no country can secure the north alone, and we will not try to."')
    q = by_cue(run(text), "argued")
    assert "no country can secure the north alone" in q.content_text
    assert not [x for x in run(text) if x.content_text.startswith('"strategy')]


# --- things and deeds ----------------------------------------------------------------------------


def test_a_war_that_threatens_speaks_for_no_one():
    text = ("The fighting in the east is threatening to spill over into Moldova. Moscow threatened to cut "
            "gas supplies to the region.")
    quotes = run(text)
    assert [q.speaker_text for q in quotes] == ["Moscow"]


def test_a_move_that_signals_speaks_for_no_one():
    text = "Observers wait to see whether the general's next move signals a turn for the worse."
    assert not [q for q in run(text) if q.cue_text == "signals"]


def test_laying_flowers_and_ordering_a_destruction_are_deeds():
    text = ("On Thursday the president visited the memorial, laying flowers at the grave of the defenders. "
            "The embassy also ordered the destruction of its computers.")
    assert run(text) == []
