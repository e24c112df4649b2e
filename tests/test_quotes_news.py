"""Quotes on the shapes of modern wire and translated news: names beside role phrases, role nouns
and surnames resolved, dash quotations, link lines, reader-address and "That's according to X".

All sentences are invented for these tests."""

from __future__ import annotations

from layer_checks import by_cue
from layer_checks import quotes_of as run

from dateline.marks import find_dash_quoted, find_quoted
from dateline.quotes.lexicon import load

# --- the name set beside a role phrase ---------------------------------------------------------

def test_name_in_apposition_after_a_role_phrase():
    text = "The co-organiser of the protest, Jan Novak, noted that the march would go ahead on Sunday."
    assert by_cue(run(text), "noted").speaker_name == "Jan Novak"


def test_title_only_subject_takes_the_name_beside_it():
    text = "Prime Minister of Estonia, Kaja Kallas, stated that the plan would be ready by June."
    assert by_cue(run(text), "stated").speaker_name == "Kaja Kallas"


def test_name_after_the_organisation_of_a_role():
    text = ('"The talks went well," said the leader of the "Free Towns" movement Marta Kowalska.')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Marta Kowalska"


def test_name_that_is_the_object_of_a_preposition_is_someone_else():
    text = ("Olena Bondar was at the summit. An aide to President Martin Hale said that the "
            "meeting had been useful.")
    q = by_cue(run(text), "said")
    assert q.speaker_name != "Martin Hale"


def test_apposed_name_makes_the_role_noun_resolvable():
    text = ("The Chairman of the Defence Committee, General Piotr Zelenko, met reporters on Monday.\n\n"
            '"The pace of deliveries has increased," the general said.')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Piotr Zelenko"


# --- role nouns and pronouns ---------------------------------------------------------------------

def test_role_noun_resolves_to_the_named_ambassador():
    text = ('"We will not give up," Ambassador Irina Koval said on Sunday.\n\n'
            '"The question is how many people we will lose," the ambassador said.')
    quotes = [q for q in run(text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Irina Koval", "Irina Koval"]


def test_head_of_state_is_a_person_role_not_the_state():
    text = ('President Anton Lesko spoke at the ceremony in the capital.\n\n'
            '"We must be ready for anything," the head of state said.')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Anton Lesko"


def test_role_noun_before_any_name_takes_the_name_given_further_down():
    text = ('"We must be strong and united," the head of state said.\n\n'
            '"Nobody wants war," President Anton Lesko continued.')
    quotes = [q for q in run(text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Anton Lesko", "Anton Lesko"]


def test_a_spokesman_for_an_organisation_is_named_by_it():
    text = "A spokesman for the regional police said that two men had been detained."
    assert by_cue(run(text), "said").speaker_name == "regional police"


def test_a_representative_of_a_named_organisation():
    text = 'On Sunday, a representative of the White House warned that Beijing would "bear the consequences".'
    assert by_cue(run(text), "warned").speaker_name == "White House"


def test_surname_of_a_man_named_in_full_is_not_a_womans_given_name():
    text = ("Sen. Mark Kelly spoke on Thursday. Kelly urged Congress to keep funding the program, "
            "and he accused the agency of delays.")
    (q,) = [q for q in run(text) if q.speaker_text == "he"]
    assert q.speaker_name == "Kelly"


def test_pronoun_speaker_is_not_a_name_inside_the_quote():
    text = ("Analyst Rebekah Stone spoke to reporters.\n\n"
            '"With Orban in charge, the party is even more aggressive," she said.')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Rebekah Stone"


def test_pronoun_prefers_the_subject_of_its_sentence():
    text = ("Defence Secretary John Harlow will meet Pavel Orlov in Geneva on Monday, and he will "
            "say that new sanctions are possible.")
    (q,) = [q for q in run(text) if q.speaker_text == "he"]
    assert q.speaker_name == "John Harlow"


def test_surname_the_tagger_labels_an_organisation_is_still_the_person():
    text = ("Mercenary chief Yuri Brankov's whereabouts are unknown.\n\n"
            "On Monday, Brankov posted a voice message.\n\n"
            "The march was a protest, he said.")
    q = by_cue(run(text), "said")
    assert q.speaker_name == "Brankov"


# --- frames of direct quotations ----------------------------------------------------------------

def test_title_in_quotes_does_not_cut_the_frame():
    text = ('Ambassador Lena Dorn appeared on CBS\'s "Face the Nation," saying, '
            '"This war was started by them, and it has to be ended by them."')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.content_text.startswith('"This war') and q.cue_text == "saying"
    assert q.speaker_name == "Lena Dorn"


def test_abbreviation_full_stop_does_not_end_the_frame():
    text = ('"The level of incompetence was shocking to me," Kelly, D-Ariz., told reporters on Thursday. '
            '"It is in all the ranks."')
    quotes = [q for q in run(text) if q.kind == "direct"]
    assert len(quotes) == 2
    assert {q.speaker_name for q in quotes} == {"Kelly"}


def test_inverted_speaker_after_an_aside():
    text = ('"The army is wary of what it calls contact warfare," that is, troops fighting on the ground, '
            "said Sam Ward-Evans, an analyst at a London institute.")
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Sam Ward-Evans"


def test_inverted_order_is_not_read_after_told():
    text = '"We are ready," the minister, speaking on Monday, told Reuters.'
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_text != "Reuters"


def test_pronoun_subject_wins_over_a_quoted_phrase_taken_as_subject():
    text = ("The west had the capacity to support the army with \u201cmillions of rounds, thousands of "
            "drones, hundreds of tanks\u201d, he said, while the rival would struggle.")
    q = by_cue(run(text), "said")
    assert q.speaker_text == "he"


def test_paragraph_quote_with_no_speaker_continues_the_last_speaker():
    text = ('"The important thing is to avoid contact warfare," said Sam Ward, an analyst.\n\n'
            '"The losses do generate political pressure at home."')
    quotes = run(text)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[1].speaker_name == "Sam Ward"


def test_verbs_inside_an_embedded_quotation_are_not_cues():
    text = ('He warned of a split \u201cbetween a China that believes it can dominate, and those nations '
            'that share a commitment to open trade\u201d.')
    assert not [q for q in run(text) if q.cue_text in ("believes", "share")]


# --- dash quotations -----------------------------------------------------------------------------

def test_dash_quotation_with_the_attribution_after_it():
    text = "- The search is continuing, but we need more time - said a spokesman for the regional police."
    (q,) = run(text)
    assert q.kind == "direct" and "we need more time" in q.content_text
    assert q.speaker_name == "regional police"


def test_dash_quotation_glued_to_the_previous_sentence():
    text = ("Mayor Ivan Petrenko spoke after the strike.- We will rebuild every house - said Petrenko.")
    quotes = [q for q in run(text) if q.kind == "direct"]
    assert len(quotes) == 1 and quotes[0].content_text.startswith("We will rebuild")
    assert quotes[0].speaker_name == "Petrenko"


def test_dash_with_no_attribution_quotes_nothing():
    text = "- Item one of the list\n- The second item - a longer one\n"
    assert not [q for q in find_quoted(text) if q.dash and q.paragraph == 0]
    assert run(text) == []


def test_dash_inside_a_sentence_is_no_quotation():
    assert find_dash_quoted("Kharkiv - the second city - was hit again - officials said.") == []


# --- what is not a quotation -------------------------------------------------------------------

def test_link_line_to_another_story_gives_no_quotes():
    text = ("Read also: Defence ministry says another air defence system will be sent\n\n"
            "The minister said the system would arrive in May.")
    quotes = run(text)
    assert [q.content_text for q in quotes] == ["the system would arrive in May"]


def test_imperative_and_you_address_the_reader():
    text = ("See the video below. If you don't want to miss any news, sign up for our newsletter. "
            "Thank you for being with us.")
    assert run(text) == []


def test_link_labels_are_data():
    assert "read also" in load().link_labels and "tell" in load().addressee_verbs


# --- "according to" and "as X said" --------------------------------------------------------------

def test_thats_according_to_points_back_to_the_sentence_before():
    text = ("Member states understand the need to speed up arms supplies.\n\n"
            "That's according to the chairman of the military committee, General Piotr Zelenko.")
    q = by_cue(run(text), "according to")
    assert q.content_text == "Member states understand the need to speed up arms supplies"
    assert q.speaker_name == "Piotr Zelenko"


def test_as_clause_attributes_the_main_clause():
    text = "As the minister said on Monday, the talks failed and no date was set."
    q = by_cue(run(text), "said")
    assert q.content_text == "the talks failed and no date was set" and q.speaker_text == "the minister"


# --- more frames ---------------------------------------------------------------------------------

def test_inverted_speaker_before_a_prepositional_phrase():
    text = ('"It would be a disaster for the region," said Mayor Hans Gruber on Sunday. '
            '"We cannot let the war come here," added the MP to the regional parliament.')
    quotes = [q for q in run(text) if q.kind == "direct"]
    assert [q.cue_text for q in quotes] == ["said", "added"]
    assert quotes[1].speaker_text == "the MP" and quotes[1].speaker_name == "Hans Gruber"


def test_quoted_phrase_that_is_a_subject_is_no_quotation():
    text = ('"We need air defence first," General Piotr Zelenko said.\n\n'
            '"Protection of the supply routes" was also discussed at the meeting.')
    quotes = run(text)
    assert not [q for q in quotes if q.content_text.startswith('"Protection')]


def test_colon_quote_goes_to_the_main_verb_not_a_relative_clause():
    text = ('President Anton Lesko addressed words of thanks to the veterans who live abroad: '
            '"You are our dear people, and the land remembers you."')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.cue_text == "addressed" and q.speaker_name == "Anton Lesko"


def test_nationality_adjective_is_no_antecedent():
    text = ("A Russian suspect was detained on Saturday.\n\n"
            "The court said that the suspect would stay in custody.")
    q = by_cue(run(text), "said")
    assert q.speaker_name != "Russian"


def test_the_police_are_not_an_earlier_organisation():
    text = ("A man was detained outside the Riverside Shopping Centre on Saturday.\n\n"
            "The police said that the suspect had fled on foot.")
    q = by_cue(run(text), "said")
    assert q.speaker_name == "police"


# --- cues ------------------------------------------------------------------------------------------

def test_that_less_clause_the_parser_splits_is_one_content():
    text = "The ministry has insisted the aircraft at no point touched the drone or used its weapons."
    q = by_cue(run(text), "has insisted")
    assert q.content_text == "the aircraft at no point touched the drone or used its weapons"


def test_deny_with_a_gerund():
    text = "Moscow has rejected the report and denies planning to attack the city."
    q = by_cue(run(text), "denies")
    assert q.content_text == "planning to attack the city" and q.speaker_text == "Moscow"


def test_specified_is_a_verb_of_saying():
    text = "The police spokesman specified that the victims were two men aged 23 and 36."
    q = by_cue(run(text), "specified")
    assert q.content_text.startswith("that the victims")


def test_the_spokesman_later_is_the_spokesman_for_the_organisation():
    text = ("A spokesman for the regional police said that the search was continuing.\n\n"
            "The spokesman specified that the two victims were soldiers on leave.")
    q = by_cue(run(text), "specified")
    assert q.speaker_name == "regional police"


# --- role words --------------------------------------------------------------------------------------

def test_the_president_is_the_person_introduced_as_president():
    text = ("Belarusian President Anton Lesko gave an interview to the host Pavel Orlov.\n\n"
            "Orlov asked the head of state whether he expected a war.\n\n"
            '"No, we have been living too comfortably," the president replied.')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Anton Lesko"


def test_titled_name_without_a_person_label_takes_the_apposed_name():
    text = ("Federal Chancellor of Austria, Karl Nehmer, says it is unacceptable to swap the roles "
            "of aggressor and victim.")
    assert by_cue(run(text), "says").speaker_name == "Karl Nehmer"


def test_role_with_a_nationality_adjective_is_resolved():
    text = ('"We must be vigilant," Chancellor Karl Nehmer said on Thursday.\n\n'
            "The Austrian chancellor stressed that everyone must stay alert.")
    assert by_cue(run(text), "stressed").speaker_name == "Karl Nehmer"


def test_described_role_without_antecedent_keeps_its_description():
    text = "A senior Ukrainian official told reporters that the threat remained serious."
    assert by_cue(run(text), "told").speaker_name == "senior Ukrainian official"


def test_raised_subject_of_an_expected_statement():
    text = ('Prime Minister Rishi Sunak will speak on Friday. He is expected to tell the leaders: '
            '"We need to move faster on artillery and air defence."')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_text == "He" and q.speaker_name == "Rishi Sunak"


def test_plural_role_does_not_take_a_single_name_from_further_down():
    text = ("Ukrainian officials are warning civilians to prepare for a barrage of missiles.\n\n"
            "RUSSIA WARNS ISRAEL AGAINST SENDING ARMS TO UKRAINE\n\n"
            "Officials say they expect the next volley to be larger.")
    quotes = run(text)
    assert by_cue(quotes, "are warning").speaker_name == "Ukrainian officials"
    assert "UKRAINE" not in {q.speaker_name for q in quotes if q.cue_text == "say"}


def test_the_department_is_the_department_named_before():
    text = ("The U.S. Department of State ordered citizens to leave, warning of arrests.\n\n"
            '"Citizens should depart immediately," the U.S. Embassy in Moscow warned.\n\n'
            'In a stark message the department also said, "Do not travel to the country."')
    q = by_cue(run(text), "said")
    assert q.speaker_name == "U.S. Department of State"


def test_british_spelling_of_a_cue_verb():
    q = by_cue(run("Spain criticised the decision to send the bombs."), "criticised")
    assert q.speaker_name == "Spain"


def test_wire_dateline_is_not_content():
    text = ("MINSK, 30 September (BelTA) \u2013 Peace can be achieved within days, President Anton "
            "Lesko said on Friday.")
    q = by_cue(run(text), "said")
    assert q.content_text == "Peace can be achieved within days"


def test_statement_by_a_named_author():
    text = '"We stand with the people of Ukraine," reads the statement by Foreign Minister Anna Colon.'
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Anna Colon"


def test_head_of_state_is_the_person_introduced_as_president():
    text = ("Belarusian President Anton Lesko gave an interview to the host Pavel Orlov.\n\n"
            "Orlov asked whether a war would break out in Europe.\n\n"
            '"Exactly, this is what I am talking about," the head of state agreed.')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "Anton Lesko"


def test_role_titles_are_data():
    assert "president" in load().titles_for("head")


def test_plural_groups_keep_their_own_description():
    text = ("Senators approved the bill on Tuesday.\n\n"
            "Local officials said there were no casualties. Experts say the attack was a warning.")
    quotes = run(text)
    assert by_cue(quotes, "said").speaker_name == "Local officials"
    assert by_cue(quotes, "say").speaker_name == "Experts"


def test_described_speakers_are_antecedents():
    text = ('The French organizers said that the president would not be invited.\n\n'
            '"Russia is waging a war of aggression," the organizers said in a statement.\n\n'
            '"Russia will nevertheless be represented," they added.')
    quotes = [q for q in run(text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["French organizers", "French organizers"]


def test_name_inside_an_organisation_entity_after_a_given_name():
    text = ("A spokesman for the Ukrainian Ministry of Foreign Affairs Oleh Nikolenko referred to "
            "the speech on Saturday.\n\nHe added that the sanctions were working.")
    q = by_cue(run(text), "added")
    assert q.speaker_name in ("Oleh Nikolenko", "Nikolenko")


def test_the_official_is_the_official_described_before():
    text = ("The goal, according to the US defense official, is to help the army regain the initiative.\n\n"
            '"I would not forecast any large-scale offensive," the official said.')
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker_name == "US defense official"
