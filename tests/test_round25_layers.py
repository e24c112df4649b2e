"""Round 25 of the layers (invented news sentences): a wire dateline parsed as the speaker, a
count of a group parsed as a second subject, "a day after" asides, districts of a city, common
nouns that open a sentence, players "of Canada", party names and acronyms in brackets."""

from __future__ import annotations

from layer_checks import by_cue, by_trigger, entity_mentions, events_at, places_of, quotes_of, text_labels


def test_a_speaker_after_a_wire_dateline_parsed_as_the_subject_is_the_speaker():
    text = ("NAIROBI, June 26 (Reuters) - Kenyan President William Ruto said on Wednesday he would "
            "withdraw a finance bill containing tax increases.")
    (q,) = quotes_of(text)
    assert q.speaker_name == "William Ruto"
    assert q.speaker_text == "Kenyan President William Ruto"


def test_a_count_of_a_group_parsed_as_a_second_subject_is_not_the_speaker():
    text = ("Protest organisers, most of them young people who have mobilised on TikTok and X, said "
            "they would still march on Thursday.")
    (q,) = quotes_of(text)
    assert q.speaker_name == "Protest organisers"
    # a count standing alone speaks for itself
    (q,) = quotes_of("Most of them said they would leave.")
    assert q.speaker_text == "Most of them"


def test_the_last_speaker_before_a_quotation_is_the_nearest_and_a_quotation_before_a_statement():
    from dateline.nlp import parse
    from dateline.quotes.extract import _continue_speaker, _Speakers
    from dateline.quotes.tokens import Found

    doc = parse("Smith said it. Jones argued so. \"We go,\" Lee said. \"Then we stop.\"")
    para = [0] * len(doc)
    smith = Found(content=(2, 3), cue=(1, 2), speaker_head=doc[0], kind="indirect", cue_token=1)
    jones = Found(content=(6, 7), cue=(5, 6), speaker_head=doc[4], kind="indirect", cue_token=5)
    lee = Found(content=(8, 13), cue=(14, 15), speaker_head=doc[13], kind="direct", cue_token=14)
    speakers = _Speakers([jones, smith], para)
    probe = Found(content=(16, len(doc)), cue=None, speaker_head=None, kind="direct")
    _continue_speaker(probe, speakers, opens=False)
    assert probe.speaker_head.text == "Jones"  # no direct quotation yet: the last statement
    speakers.add(lee)
    _continue_speaker(probe, speakers, opens=False)
    assert probe.speaker_head.text == "Lee"  # a direct quotation before it wins
    probe = Found(content=(16, len(doc)), cue=None, speaker_head=None, kind="direct")
    _continue_speaker(probe, speakers, opens=False, skip=(8, 15))
    assert probe.speaker_head.text == "Jones"  # a cue inside the quotation itself does not count


def test_an_aside_a_day_after_an_event_puts_that_event_a_day_before():
    # 2024-06-26 is a Wednesday
    text = ("Kenyan President William Ruto said on Wednesday he would withdraw a finance bill, a day after "
            "protesters stormed parliament.")
    assert by_trigger(events_at(text, "2024-06-26"), "stormed").date == "2024-06-25"
    text = ("The U.S. Federal Reserve lowered its rates last month and will meet again on Nov. 6-7, a day "
            "after the U.S. presidential election.")
    election = by_trigger(events_at(text, "2024-10-17"), "election")
    assert (election.date, election.status) == ("2024-11-05", "planned")


def test_a_district_of_a_city_is_placed_in_that_city():
    text = ("Jones died on Sunday night at his home in the Bel Air neighborhood of Los Angeles. "
            "He was born in Chicago.")
    bel_air = next(p for p in places_of(text) if p.text == "Bel Air")
    assert (bel_air.kind, bel_air.country_code, bel_air.admin1) == ("district", "US", "California")
    # a reading that lies in the city stays what the gazetteer says
    brooklyn = next(p for p in places_of("The Brooklyn borough of New York voted.") if p.text == "Brooklyn")
    assert (brooklyn.kind, brooklyn.admin1) == ("city", "New York")


def test_a_common_noun_opening_a_sentence_is_no_place_known_only_by_another_name():
    text = ("The quake struck Ishikawa prefecture in Japan. Tsunami waves of up to 1.2 meters reached "
            "the port of Wajima about an hour later.")
    assert [p.text for p in places_of(text)] == ["Ishikawa prefecture", "Japan", "Wajima"]


def test_a_capital_names_its_country_for_the_smaller_places_of_the_article():
    text = ("TOKYO (AP) - A strong earthquake hit the coast on Monday. Waves reached the port of Wajima "
            "about an hour later.")
    assert ("Wajima", "GPE") in text_labels(entity_mentions(text))


def test_a_player_of_a_country_typed_as_one_organisation_is_a_person_and_a_country():
    text = ("Italy's Lorenzo Musetti took the bronze after defeating Felix Auger-Aliassime of Canada in "
            "straight sets. He met Bank of America chief Brian Moynihan.")
    got = text_labels(entity_mentions(text))
    assert ("Felix Auger-Aliassime", "PERSON") in got and ("Canada", "GPE") in got
    assert ("Bank of America", "ORG") in got


def test_a_name_before_party_is_a_political_party():
    text = ("The peso weakened on concern that the ruling Morena party and its allies could win a "
            "two-thirds majority.")
    assert ("Morena", "ORG") in text_labels(entity_mentions(text))
    assert places_of(text) == []
    assert ("German", "NORP") in text_labels(entity_mentions("The German parties met on Monday."))


def test_a_name_and_its_acronym_in_brackets_are_one_organisation():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    text = "The National Electoral Institute (INE) said on Monday that she won. The INE said it would count again."
    mentions, entities = extract_entities(parse(text))
    (ine,) = entities
    assert ine.name == "National Electoral Institute" and "INE" in ine.aliases
    assert [m.text for m in mentions] == ["National Electoral Institute", "INE", "INE"]


def test_what_is_expected_with_its_object_before_the_infinitive_lies_ahead():
    from dateline.time import tag

    # 2024-07-23 is a Tuesday
    text = "Delta said it expected its operations to return to normal by Wednesday."
    assert [(t.text, t.value) for t in tag(text, "2024-07-23")] == [("Wednesday", "2024-07-24")]
    text = "The company said it hoped to finish the work by Friday."
    assert [(t.text, t.value) for t in tag(text, "2024-07-23")] == [("Friday", "2024-07-26")]
    # a past deed keeps its past day
    text = "The airline said it had restored service by Wednesday."
    assert [(t.text, t.value) for t in tag(text, "2024-07-23")] == [("Wednesday", "2024-07-17")]


def test_the_company_is_the_firm_named_before_not_a_company_named_after():
    text = ("A faulty software update from cybersecurity firm CrowdStrike crashed millions of computers on Friday.\n\n"
            "The update was withdrawn 78 minutes later, the company said in a blog post. Microsoft estimated "
            "on Saturday that 8.5 million devices had been affected.")
    got = {q.cue_text: q.speaker_name for q in quotes_of(text)}
    assert got == {"said": "CrowdStrike", "estimated": "Microsoft"}


def test_the_union_is_an_organisation_whose_name_says_it_is_one():
    text = ("Striking Boeing workers rejected the offer on Wednesday. Some 64% of the 33,000 machinists "
            "represented by the International Association of Machinists and Aerospace Workers voted "
            "against the deal, the union said.")
    q = by_cue(quotes_of(text), "said")
    assert q.speaker_name == "International Association of Machinists and Aerospace Workers"


def test_the_spaniard_is_the_player_named_before():
    text = ("Novak Djokovic beat Carlos Alcaraz on Sunday. "
            "Alcaraz, who beat Djokovic in the Wimbledon final last month, said he was proud of his silver. "
            "\"Novak deserved to win today,\" the 21-year-old Spaniard told reporters.")
    q = by_cue(quotes_of(text), "told")
    assert q.speaker_name == "Alcaraz"


def test_someone_arrested_or_sentenced_for_a_deed_did_the_deed():
    text = ("A former executive was sentenced on Thursday to 25 years in prison for defrauding customers. "
            "Police arrested him for driving drunk.")
    found = events_at(text, "2024-03-28")
    assert [a.text for a in by_trigger(found, "defrauding").agents] == ["former executive"]
    assert [a.text for a in by_trigger(found, "driving").agents] == ["him"]


def test_verb_forms_the_lemmatizer_shortens_keep_their_verb():
    from dateline.nlp import parse

    doc = parse("SpaceX hoped to catch the booster. The court fined Meta. The fin broke.")
    assert {t.text: t.lemma_ for t in doc if t.text in ("hoped", "fined", "fin")} == {
        "hoped": "hope", "fined": "fine", "fin": "fin"}
    catch = by_trigger(events_at("SpaceX hoped to catch the upper stage.", "2024-10-13"), "catch")
    assert catch.status == "hypothetical"


def test_a_time_zone_after_a_clock_time_is_no_name():
    text = "The booster lifted off at 7:25 a.m. CT (1225 GMT). The vote starts at 9 a.m. ET on Tuesday."
    assert entity_mentions(text) == []


def test_cutting_rates_or_jobs_and_lifting_off_are_no_sanctions_or_concessions():
    text = ("The European Central Bank cut interest rates on Thursday. Boeing will cut 17,000 jobs. "
            "Russia cut ties with Georgia. The booster lifted off at 7:25 a.m.")
    found = events_at(text, "2024-10-17")
    assert [(e.trigger, e.type) for e in found] == [
        ("cut", "OTHER"), ("cut", "OTHER"), ("cut", "SANCTION"), ("lifted", "OTHER")]


def test_a_disaster_is_the_doer_of_every_verb_of_its_clause():
    text = ("A magnitude 7.4 earthquake struck off the coast on New Year's Day, killing at least 64 people "
            "and destroying hundreds of homes.")
    assert by_trigger(events_at(text, "2024-01-02"), "destroying").type == "OTHER"


def test_an_event_noun_takes_the_day_of_the_verb_it_is_the_subject_of():
    # 2024-01-03 is a Wednesday
    found = events_at("A magnitude 7.4 earthquake struck the coast on Monday.", "2024-01-03")
    assert by_trigger(found, "earthquake").date == "2024-01-01"
    found = events_at("The attack on the city killed five people on Sunday.", "2024-01-03")
    assert by_trigger(found, "attack").date == "2023-12-31"
    # a lasting one does not
    found = events_at("The war killed 100 people last week.", "2024-01-03")
    assert by_trigger(found, "war").date == "2024-01-03"


def test_an_acronym_of_a_party_and_its_full_name_are_one_party():
    text = "Modi's Bharatiya Janata Party fell short of a majority. The BJP won 240 seats."
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    _, entities = extract_entities(parse(text))
    (bjp,) = [e for e in entities if e.label == "ORG"]
    assert bjp.name == "Bharatiya Janata Party" and bjp.aliases == ["BJP"]


def test_a_possessive_pronoun_opening_a_sentence_is_not_part_of_a_name():
    got = text_labels(entity_mentions("Its National Democratic Alliance secured 293 seats. Their Labour Party won."))
    assert got == [("National Democratic Alliance", "ORG"), ("Labour Party", "ORG")]


def test_a_natural_feature_is_a_place_but_not_the_town_of_its_name():
    text = ("Porto Alegre has been under water since the Guaiba river rose to a record 5.3 meters. "
            "Homes along the Noto peninsula collapsed.")
    got = text_labels(entity_mentions(text))
    assert ("Guaiba", "LOC") in got and ("Noto", "LOC") in got
    assert not [p for p in places_of(text) if p.text in ("Guaiba", "Noto")]


def test_a_name_listed_with_a_company_is_a_company():
    text = "Shares had fallen about 10% this year, trailing rivals Microsoft and Nvidia."
    assert ("Nvidia", "ORG") in text_labels(entity_mentions(text))
    got = text_labels(entity_mentions("Talks between Russia and Ukraine stalled."))
    assert got == [("Russia", "GPE"), ("Ukraine", "GPE")]


def test_a_noun_told_again_with_the_keeps_the_type_its_context_gave_it():
    text = ("Israeli air strikes killed at least 40 people overnight in Rafah, health officials said on Monday.\n\n"
            "Residents said the strikes began shortly after midnight. Workers went on strike on Friday. "
            "The strike ended.")
    found = [(e.trigger, e.type) for e in events_at(text, "2024-02-12") if e.trigger.lower().startswith("strike")]
    assert found == [("strikes", "ASSAULT"), ("strikes", "ASSAULT"), ("strike", "PROTEST"), ("strike", "PROTEST")]


def test_a_verb_joined_to_a_support_verb_lends_it_no_type():
    text = ("New Zealand's central bank held its official cash rate at 5.5% on Wednesday, but warned that "
            "inflation could stay above its target range.")
    assert by_trigger(events_at(text, "2024-02-14"), "held").type == "OTHER"


def test_economic_falls_and_hits_are_no_rejections_or_attacks():
    text = ("Sales in China had declined 8%. Freight services would be hit from 6 p.m. Wednesday. "
            "He declined to comment. The EU cut aid to Niger.")
    found = events_at(text, "2024-02-14")
    assert [(e.trigger, e.type) for e in found if e.trigger in ("declined", "hit", "cut")] == [
        ("declined", "OTHER"), ("hit", "OTHER"), ("declined", "REJECT"), ("cut", "SANCTION")]


def test_attacking_a_place_is_a_deed_not_an_attribution():
    text = ("The war began on Oct. 7, when Hamas fighters attacked southern Israel, killing about 1,200 people. "
            "Trump attacked Biden for his policy.")
    assert [(q.speaker_name, q.content_text) for q in quotes_of(text)] == [("Trump", "Biden for his policy")]


def test_names_listed_before_counties_are_those_counties():
    text = ("Gov. Ron DeSantis urged residents of Pinellas, Hillsborough and Manatee counties in Florida to "
            "leave by Tuesday night.")
    got = text_labels(entity_mentions(text))
    assert [t for t, label in got if label == "GPE"] == ["Pinellas", "Hillsborough", "Manatee", "Florida"]
    counties = {p.text: (p.name, p.admin1) for p in places_of(text) if p.text != "Florida"}
    assert counties == {"Pinellas": ("Pinellas County", "Florida"), "Hillsborough": ("Hillsborough County", "Florida"),
                        "Manatee": ("Manatee County", "Florida")}


def test_storm_and_wildfire_names_are_events():
    got = text_labels(entity_mentions("The Park Fire grew. Storm Boris hit Poland on Sunday."))
    assert ("Park Fire", "EVENT") in got and ("Storm Boris", "EVENT") in got


def test_a_quoted_title_of_a_work_is_one_work_not_the_people_it_names():
    text = ("Gene Hackman, who starred in \"Bonnie and Clyde\" and \"The French Connection,\" died at his home. "
            "The 1971 film \"Dirty Harry\" made Clint Eastwood a star.")
    got = text_labels(entity_mentions(text))
    assert ("Bonnie and Clyde", "WORK_OF_ART") in got and ("The French Connection", "WORK_OF_ART") in got
    assert ("Dirty Harry", "WORK_OF_ART") in got
    assert [t for t, label in got if label == "PERSON"] == ["Gene Hackman", "Clint Eastwood"]
    # capitalised words in marks with no word of a work before them are left as they are
    from dateline.entities.lexicon import lexicon
    from dateline.entities.quoted_titles import quoted_titles
    from dateline.nlp import parse

    doc = parse("Protesters chanted \"Ruto Must Go\" on Monday. He starred in \"The Road\" last year.")
    made = [doc[s.start:s.end].text for s in quoted_titles(doc, [], lexicon())]
    assert made == ["The Road"]


def _timexes(text: str, dct: str) -> dict[str, str]:
    from dateline.time import tag

    return {t.text: t.value for t in tag(text, dct)}


def test_a_month_or_week_earlier_counts_back_from_the_date_told():
    assert _timexes("Unemployment fell to 3.9% in January from 4.1% a month earlier.", "2024-03-14") == {
        "January": "2024-01", "a month earlier": "2023-12"}
    assert _timexes("It is a month earlier than planned.", "2024-03-14") == {"a month": "P1M"}


def test_dawn_or_dusk_on_a_weekday_is_that_day_s_part():
    # 2024-03-14 is a Thursday
    assert _timexes("The offensive began at dawn on Thursday.", "2024-03-14") == {"dawn on Thursday": "2024-03-14TMO"}
    assert _timexes("The attack came at dusk on Friday.", "2024-03-14") == {"dusk on Friday": "2024-03-08TEV"}


def test_the_end_of_a_period_told_in_the_past_is_behind():
    assert _timexes("Profit rose in the three months to April 30.", "2024-03-14")["April 30"] == "2023-04-30"
    # a deadline moved in the past may still lie ahead
    assert _timexes("The deadline was extended to May 4.", "2024-03-14") == {"May 4": "2024-05-04"}


def test_the_mid_autumn_festival_is_its_day_not_the_autumn():
    # 2024-09-20; the festival fell on Tuesday 2024-09-17
    assert _timexes("Markets were closed for the Mid-Autumn Festival holiday on Tuesday.", "2024-09-20") == {
        "Mid-Autumn Festival": "2024-09-17", "Tuesday": "2024-09-17"}
    assert _timexes("The Dragon Boat Festival was celebrated.", "2024-09-20") == {"Dragon Boat Festival": "2024-06-10"}
    assert _timexes("In late summer Kyiv was calm.", "2024-09-20") == {"late summer": "2024-SU"}


def test_an_acronym_alone_keeps_the_full_name_of_its_table():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    _, entities = extract_entities(parse("Turnout was about 60%, according to the BBC."))
    assert [e.name for e in entities if e.label == "ORG"] == ["British Broadcasting Corporation"]


def test_appointing_someone_or_conceding_defeat_is_a_deed_not_an_attribution():
    text = ("French President Emmanuel Macron named centrist veteran Francois Bayrou as prime minister on Friday. "
            "Rishi Sunak conceded defeat. Rishi Sunak conceded that the party had lost.")
    assert [(q.cue_text, q.content_text) for q in quotes_of(text)] == [("conceded", "that the party had lost")]


def test_armed_groups_named_in_arabic_are_organisations():
    text = "The rebel coalition, led by Hayat Tahrir al-Sham, said state institutions would remain."
    assert ("Hayat Tahrir al-Sham", "ORG") in text_labels(entity_mentions(text))


def test_being_sworn_in_is_no_agreement():
    assert by_trigger(events_at("Sheinbaum will be sworn in the following day.", "2024-06-03"), "sworn").type == "OTHER"
    assert by_trigger(events_at("The rebels swore allegiance to the new leader.", "2024-06-03"), "swore").type == "AGREE"


def test_a_one_letter_name_at_a_sentence_end_is_named_without_the_stop():
    got = [t for t, _ in text_labels(entity_mentions("\"We will judge him on his actions,\" she wrote on X."))]
    assert got == ["X"]


def test_a_date_after_a_name_with_a_particle_read_as_a_verb_dates_the_verb_before_the_name():
    text = ("Floods in southern Brazil have killed at least 107 people, authorities said on Thursday, as rain "
            "was forecast to return to Rio Grande do Sul state over the weekend.")
    found = events_at(text, "2024-05-09")
    assert by_trigger(found, "killed").date == "2024-05-09"
    assert by_trigger(found, "return").date == "2024-W19-WE"


def test_a_name_after_a_wire_dateline_parsed_as_its_apposition_is_the_subject_a_pronoun_stands_for():
    text = ("PARIS (AFP) - French President Emmanuel Macron named centrist veteran Francois Bayrou as prime "
            "minister on Friday, as he seeks to end a political crisis.")
    (q,) = quotes_of(text)
    assert (q.speaker_text, q.speaker_name) == ("he", "Emmanuel Macron")
