"""Round 27 of the layers (invented news sentences): participles that modify a noun, weeks of a month,
the same day told again, quoted nicknames and Portuguese particles inside names, organisations named
after a country, airports named after their city, role nouns narrowed by their office, and the sense
a word has across one story."""

from __future__ import annotations

from layer_checks import analysed, by_trigger, entity_mentions, events_at, quotes_of, text_labels

from dateline.entities import extract_entities
from dateline.nlp import parse
from dateline.time import sentence_tense, tag


def values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_a_participle_with_its_agent_after_a_comma_does_not_date_the_clause():
    text = "The next rate decision is due on Sept. 18, followed by Reeves' budget on Nov. 26."
    assert ("Nov. 26", "2025-11-26") in values(text, "2025-08-07")
    text = "Clinton will deliver a speech in Cleveland on Monday, followed by one in Pittsburgh on Tuesday."
    assert ("Tuesday", "2016-06-14") in values(text, "2016-06-13")
    # a finite "followed" still tells the past
    assert ("Friday", "2025-08-01") in values("Police followed the car on Friday.", "2025-08-07")


def test_a_planning_participle_before_a_day_in_a_noun_phrase_leaves_the_clause_its_own_tense():
    text = "Talks ran more than a day past their scheduled Friday close."
    i = text.index("Friday")
    assert sentence_tense(text, i, i + 6, False).tense == "PAST"
    assert ("Friday", "2025-11-21") in values(text, "2025-11-22")
    # after "is" or alone, "scheduled" still looks ahead
    assert ("Friday", "2025-11-28") in values("The vote is scheduled for Friday.", "2025-11-22")


def test_weeks_of_a_month_are_iso_weeks():
    text = "The court set arguments for the first week of November."
    assert ("the first week of November", "2025-W45") in values(text, "2025-09-09")
    assert ("the second week of March 2021", "2021-W10") in values(
        "Arguments were heard in the second week of March 2021.", "2025-09-09")
    text = "Clinton's peak came the last week of October after a debate."
    assert ("the last week of October", "2015-W44") in values(text, "2016-01-19")


def test_earlier_or_later_in_the_day_is_the_day_the_story_tells():
    text = "Trump addressed the Knesset on Monday before flying to Egypt later in the day."
    assert ("later in the day", "2025-10-13") in values(text, "2025-10-14")
    # with no day named before, the day of the article; a year named before is no day
    text = "The Communists marked the 1917 Revolution. Earlier in the day, they marched."
    assert ("Earlier in the day", "2005-11-07") in values(text, "2005-11-07")


def test_midweek_is_the_week_of_the_wednesday_the_tense_points_to():
    assert ("midweek", "2025-W33") in values("Temperatures will hit 35C by midweek.", "2025-08-07")
    assert ("midweek", "2025-W32") in values("Stocks fell at midweek.", "2025-08-07")


def test_a_quoted_nickname_between_the_names_is_one_person_named_without_it():
    text = ('A federal jury on Wednesday acquitted Sean "Diddy" Combs of sex trafficking. Combs, 55, knelt. '
            "Diddy smiled. Drug lord Joaquin \u201cEl Chapo\u201d Guzman was extradited.")
    ms, ents = extract_entities(parse(text))
    assert ('Sean "Diddy" Combs', "PERSON") in text_labels(ms)
    by_name = {e.name: e for e in ents}
    assert {"Combs", "Diddy"} <= set(by_name["Sean Combs"].aliases)
    assert "Joaquin Guzman" in by_name
    # a title-case headline with a quoted phrase is no person
    assert "PERSON" not in [m.label for m in entity_mentions('Trump Calls "Fake News" Media Liars')]


def test_do_and_dos_join_a_person_to_the_surname_after_them():
    text = ('"We know some of you had greater ambitions," COP30 President Andre Correa do Lago told delegates. '
            "Correa do Lago said the talks had ended. How do Democrats win? Jose Eduardo dos Santos died.")
    ms, ents = extract_entities(parse(text))
    names = {e.name: e for e in ents}
    assert "Correa do Lago" in names["Andre Correa do Lago"].aliases
    assert "Jose Eduardo dos Santos" in names
    assert "do Democrats" not in [m.text for m in ms]


def test_a_person_ending_in_a_country_name_is_an_organisation_named_after_it():
    labels = text_labels(entity_mentions("Meteo France warned that the risk of fires would remain high."))
    assert ("Meteo France", "ORG") in labels
    labels = text_labels(entity_mentions("Michael Jordan played. Rep. Steve Israel spoke."))
    assert ("Michael Jordan", "PERSON") in labels and ("Steve Israel", "PERSON") in labels


def test_a_city_before_an_airport_name_opens_it():
    text = ("He urged people to stay at home.\n\nMarseille Provence Airport suspended all flights from 1 p.m., "
            "and trains between Marseille and Paris were halted.")
    labels = text_labels(entity_mentions(text))
    assert ("Marseille Provence Airport", "FAC") in labels and ("Marseille", "GPE") in labels


def test_a_common_noun_opening_a_sentence_is_no_person():
    text = ("Japan's ruling Liberal Democratic Party lost its majority in the upper house in Sunday's election. "
            "Turnout was about 58%, up from 52% in the 2022 election. The coalition already lost its majority "
            "in the lower house in October.")
    assert "Turnout" not in [e["name"] for e in analysed(text, "2025-07-21").entities]
    # a surname that says or does what a person does stays a person
    text = ("Condoleezza Rice arrived in Ankara on Monday for talks with Turkish leaders about Iraq and the "
            "region. Rice said the talks had gone well.")
    assert "Condoleezza Rice" in [e["name"] for e in analysed(text, "2025-07-21").entities]


def test_a_role_noun_narrowed_by_its_office_is_not_a_holder_of_another_office():
    text = ("Prime Minister Narendra Modi visited the crash site on Friday.\n\n"
            "A preliminary report is expected within 30 days, the civil aviation minister said.")
    assert [q.speaker_name for q in quotes_of(text)] == ["civil aviation minister"]
    text = ("Foreign Minister Sergei Lavrov met Wang Yi. Prime Minister Mikhail Mishustin spoke later.\n\n"
            "The talks were useful, the foreign minister said.")
    assert [q.speaker_name for q in quotes_of(text)] == ["Sergei Lavrov"]
    text = "Defense Secretary Lloyd Austin visited Kyiv.\n\nThe aid will arrive soon, the defense secretary said."
    assert [q.speaker_name for q in quotes_of(text)] == ["Lloyd Austin"]


def test_the_government_is_a_place_or_a_government_not_the_last_agency():
    text = ("The storm was near Anguilla, the National Hurricane Center in Miami said.\n\n"
            "In Puerto Rico, officials opened shelters and the government ordered public schools closed.")
    assert "National Hurricane Center" not in [q.speaker_name for q in quotes_of(text)][1:]
    text = "Uganda held elections on Thursday. The government said turnout was high."
    assert [q.speaker_name for q in quotes_of(text)] == ["Uganda"]


def test_a_past_deed_does_not_take_the_later_date_another_clause_plans():
    text = ("Sentencing was tentatively set for Oct. 3, but the judge said he would consider an earlier date "
            "if both sides agreed.")
    found = events_at(text, "2025-07-02")
    assert by_trigger(found, "set").date == "2025-10-03"
    assert by_trigger(found, "said").date == "2025-07-02"


def test_words_around_strikes_fights_and_closures_give_their_sense():
    found = events_at("UAW ends six-week strike against Detroit automakers.", "2023-10-30")
    assert by_trigger(found, "strike").type == "PROTEST"
    found = events_at("The union ended a six-week strike that had hit all three Detroit automakers.", "2023-10-30")
    assert by_trigger(found, "hit").type == "OTHER"
    text = ("About 800 firefighters were fighting the blaze in the evening. Negotiators fought over the wording. "
            "Residents were told to shelter indoors. Officials ordered public schools closed. "
            "Brent crude futures settled at $69.67 a barrel. The result dealt a fresh blow to the coalition.")
    found = events_at(text, "2025-07-08")
    for word in ("fighting", "fought", "shelter", "closed", "settled", "dealt"):
        assert by_trigger(found, word).type == "OTHER", word
    # the same words with people and places still fight, close and settle
    text = "Troops fought rebels near the border. Turkey closed its border. The two sides settled their dispute."
    found = events_at(text, "2025-07-08")
    assert [by_trigger(found, w).type for w in ("fought", "closed", "settled")] == ["ASSAULT", "SANCTION", "AGREE"]


def test_a_noun_keeps_the_sense_its_story_gave_the_word():
    text = ("The Bank of England cut interest rates by a quarter point to 4% on Thursday. "
            "It was the fifth cut since August last year.")
    assert [e.type for e in events_at(text, "2025-08-07") if e.lemma == "cut"] == ["OTHER", "OTHER"]
    # a verb's own object tells its sense whatever the story said before
    text = "Hamas released a video on Monday. It released two hostages on Tuesday."
    assert [e.type for e in events_at(text, "2025-08-07") if e.lemma == "release"] == ["OTHER", "RETREAT"]


def test_not_until_a_time_is_when_it_happens():
    assert ("Friday", "2025-07-18") in values("He did not arrive until Friday.", "2025-07-21")
    assert ("Tuesday", "2025-07-15") in values("He didn't leave until Tuesday.", "2025-07-21")
    # a state that lasts until a day still looks ahead
    assert ("Friday", "2025-07-25") in values("Flights are suspended until Friday, the airline said.", "2025-07-21")
    text = "A party leadership vote is not due until September 2027. He did not arrive until Friday. He did not call."
    found = events_at(text, "2025-07-21")
    assert [(e.trigger, e.status) for e in found] == [("vote", "planned"), ("arrive", "happened"), ("call", "denied")]


def test_a_year_before_a_law_dates_the_law_not_the_verb():
    text = "The court ruled that the tariffs were imposed illegally under a 1977 emergency-powers law."
    assert by_trigger(events_at(text, "2025-09-09"), "imposed").date == "2025-09-09"
    # an occasion's year dates what happens at it
    assert by_trigger(events_at("He won the 2022 election.", "2025-09-09"), "won").date == "2022"


def test_an_event_noun_that_names_a_court_a_crew_or_a_machine_is_no_event():
    text = ("Firefighters, backed by water-bombing planes, fought the blaze. The appeals court ruled. "
            "Attack helicopters flew over. Drone attacks hit Kyiv.")
    triggers = [e.trigger for e in events_at(text, "2025-09-09")]
    assert "bombing" not in triggers and "appeals" not in triggers and "Attack" not in triggers
    assert "attacks" in triggers


def test_a_clock_time_before_its_conversion_keeps_its_own_day():
    text = "The quake hit at 7:58 a.m. (2358 GMT on Tuesday) south of Hualien, the survey said."
    assert values(text, "2024-04-03")[:2] == [("7:58 a.m.", "2024-04-03T07:58"),
                                               ("2358 GMT on Tuesday", "2024-04-02T23:58")]
    # the same time in another zone between a clock time and its day still passes the day on
    assert ("8 a.m.", "2024-04-03T08:00") in values("The attack came at 8 a.m. local time (0600 GMT) on Wednesday.",
                                                  "2024-04-05")


def test_next_and_a_weekday_is_not_tomorrow():
    assert ("next Wednesday", "2025-04-16") in values("Madrid host the return leg next Wednesday.", "2025-04-08")
    assert ("next Friday", "2025-04-11") in values("The vote is next Friday.", "2025-04-08")
    assert ("this coming Wednesday", "2025-04-09") in values("The vote is this coming Wednesday.", "2025-04-08")


def test_a_weekday_between_an_owner_and_a_close_is_past():
    text = "Microsoft will pay $95 per share, a 45% premium to Activision's Friday close."
    assert ("Friday", "2022-01-14") in values(text, "2022-01-18")


def test_a_firm_descriptor_opening_a_sentence_is_no_part_of_the_name():
    labels = text_labels(entity_mentions("Chipmaker TSMC said it had evacuated some plants. Automaker General "
                                         "Motors fell."))
    assert ("TSMC", "ORG") in labels and ("General Motors", "ORG") in labels


def test_a_headline_short_form_and_a_dateline_in_capitals_join_the_text_entity():
    found = analysed("MOSCOW, March 20 (Reuters) - Chinese President Xi Jinping arrived in Moscow on Monday. "
                     "Xi and President Vladimir Putin were due to hold talks.", "2023-03-20",
                     "Xi arrives in Moscow for talks with Putin").entities
    assert [e["mentions"] for e in found if e["name"] == "Xi Jinping"] == [3]
    found = analysed("LIMA, Peru (AP) — Thousands of protesters clashed with police in Peru's capital.",
                     "2025-10-10", "Protesters clash with police in Lima").entities
    assert "Lima" in [e["name"] for e in found]


def test_an_organisation_the_text_names_is_not_the_longer_name_it_opens():
    text = ("Microsoft Corp said on Tuesday it would buy Activision Blizzard. Spencer heads Microsoft Gaming. "
            "Microsoft shares fell 2%. The firm will compete with leaders Tencent and Sony. Sony shares fell 13%.")
    found = analysed(text, "2022-01-18", "Microsoft to buy Activision Blizzard for $68.7 billion").entities
    by_name = {e["name"]: e for e in found}
    assert "Microsoft" not in by_name["Microsoft Gaming"]["aliases"]
    assert by_name["Microsoft"]["mentions"] == 3
    assert [e["label"] for e in found if e["name"] == "Sony"] == ["ORG"]


def test_an_ampersand_makes_an_organisation():
    ms, _ = extract_entities(parse("Boeing shares fell 1%. S&P Global Ratings warned on Tuesday it could cut "
                                   "Boeing's credit rating to junk."))
    assert [m.label for m in ms if "&" in m.text] == ["ORG"]


def test_a_given_name_of_both_sexes_does_not_stop_he():
    text = 'Kelly Ortberg said cuts would come. "Our business is in a difficult position," he wrote.'
    assert [q.speaker_name for q in quotes_of(text)] == ["Kelly Ortberg", "Kelly Ortberg"]


def test_an_owned_office_described_is_what_the_office_stands_for_later():
    text = ("Police fired tear gas, and at least 15 people were injured, according to the national ombudsman's "
            "office. One protester died, the office said late Friday.")
    assert [q.speaker_name for q in quotes_of(text)] == ["national ombudsman's office"] * 2


def test_a_passive_deed_done_at_a_place_is_no_attribution():
    assert quotes_of("Minutes later, shots were fired at Schemengees Bar & Grille about 4 miles away.") == []
    assert [q.cue_text for q in quotes_of("He was accused of lying.")] == ["was accused of"]


def test_rescues_warnings_matches_and_deals_closing_are_no_retreats_concessions_or_sanctions():
    text = ("Rescuers pulled a man from a collapsed building. Japan lifted tsunami warnings. Merino struck in the "
            "75th minute. Madrid host the return leg next Wednesday. The deal is expected to close in 2023. "
            "A month-long strike by machinists crippled production.")
    found = events_at(text, "2025-04-08")
    assert [by_trigger(found, w).type for w in ("pulled", "lifted", "struck", "host", "close", "strike")] == [
        "OTHER", "OTHER", "OTHER", "OTHER", "OTHER", "PROTEST"]
    # troops pulled back, a blockade lifted and a strike on a city keep their sense
    text = "Troops pulled back from the town. Israel lifted the blockade. A missile strike hit the city."
    found = events_at(text, "2025-04-08")
    assert [by_trigger(found, w).type for w in ("pulled", "lifted", "strike")] == ["RETREAT", "RETREAT", "ASSAULT"]


def test_a_plan_sought_looks_ahead():
    text = ("Donald Trump won the Iowa caucuses on Monday night, cementing his grip on the party as he seeks a "
            "rematch with President Joe Biden in November.")
    assert ("November", "2024-11") in values(text, "2024-01-16")


def test_a_day_declared_is_not_the_day_of_declaring():
    text = "President Joe Biden ordered flags to fly at half-staff and declared Jan. 9 a national day of mourning."
    assert by_trigger(events_at(text, "2024-12-29"), "declared").date == "2024-12-29"
    found = events_at("The president declared Friday that the war was over.", "2024-12-29")
    assert by_trigger(found, "declared").date == "2024-12-27"


def test_a_surname_two_people_share_is_the_one_named_first():
    text = ("Jimmy Carter died Sunday at his home in Plains. Carter had been in hospice care since February 2023. "
            '"Our founder was a hero," his son Chip Carter said in a statement. Carter served one term.')
    ms, _ = extract_entities(parse(text))
    assert [m.key for m in ms if m.text == "Carter"] == ["person:jimmy-carter", "person:jimmy-carter"]


def test_a_building_named_after_a_capital_stands_in_the_capital():
    from layer_checks import places_of

    found = places_of("A state funeral will be held at Washington National Cathedral.")
    assert [(p.admin1, round(p.lat)) for p in found] == [("Washington, D.C.", 39)]


def test_a_dateline_town_the_gazetteer_lacks_is_shown_in_ordinary_case():
    from layer_checks import places_of

    found = places_of("PLAINS, Ga. (AP) — Jimmy Carter died Sunday at his home in Plains, Georgia.")
    assert [p.name for p in found if p.kind == "town"] == ["Plains", "Plains"]


def test_a_company_the_model_tags_again_further_on_is_tagged_after_the_dateline_too():
    text = ("SANTA CLARA, Calif. (Reuters) - Nvidia forecast revenue above estimates on Wednesday. The company "
            "expects revenue of $32.5 billion. Nvidia said it expected to ship Blackwell chips. Nvidia will report "
            "results in November.")
    ms, _ = extract_entities(parse(text))
    assert [m.text for m in ms if m.label == "ORG"].count("Nvidia") == 3
    assert [q["speaker_name"] for q in analysed(text, "2024-08-28").quotes][0] == "Nvidia"


def test_market_demand_is_no_request():
    found = events_at('"Hopper demand remains strong," he said. Oil demand fell.', "2024-08-28")
    assert [e.type for e in found if e.lemma == "demand"] == ["OTHER", "OTHER"]
    found = events_at("The protesters repeated their demand for elections.", "2024-08-28")
    assert by_trigger(found, "demand").type == "REQUEST"


def test_the_month_after_a_range_of_years_is_the_month_named_before():
    text = "June was 0.67 degrees Celsius warmer than the 1991-2020 average for the month, the service said."
    assert ("the month", "2024-06") in values(text, "2024-07-08")
    # a month counted from a year alone is no month of that year
    assert ("the month", "2024-07") in values("Prices in 2020 rose. They fell during the month.", "2024-07-08")


def test_the_prime_minister_is_not_a_secretary_of_state_named_before():
    text = ('U.S. Secretary of State Antony Blinken urged Israel on Tuesday to let more aid into Gaza. "It\'s '
            'time," Blinken told reporters after meeting Prime Minister Benjamin Netanyahu in Jerusalem.\n\n'
            "Netanyahu's office said in a statement that the prime minister had reiterated Israel's commitment.")
    assert [q.speaker_name for q in quotes_of(text)][-1] == "Benjamin Netanyahu"


def test_a_dateline_in_capitals_is_the_city_whatever_its_sentence_says_of_regions():
    from layer_checks import places_of

    found = places_of("TEL AVIV (Reuters) - Blinken urged Israel to let more aid into Gaza on his ninth trip to "
                      "the region.")
    assert [(p.text, p.kind) for p in found][0] == ("TEL AVIV", "city")


def test_an_organization_that_speaks_is_no_person():
    text = "The World Meteorological Organization said last month that there was an 80% chance."
    assert ("World Meteorological Organization", "ORG") in text_labels(entity_mentions(text))


def test_a_closing_window_or_shop_is_no_sanction():
    text = ("Blinken warned that the window for a ceasefire deal was closing. The guard was attacked as the "
            "centre was closing.")
    found = events_at(text, "2024-08-20")
    assert [e.type for e in found if e.lemma == "close"] == ["OTHER", "OTHER"]


def test_small_hours_after_a_night_are_on_the_next_day():
    text = ("Russia fired dozens of missiles at Ukraine overnight into Wednesday, officials said. The attack began "
            "shortly after 2 a.m. and lasted four hours.")
    assert ("2 a.m.", "2024-04-10T02:00") in values(text, "2024-04-10")
    text = "On Tuesday night, police arrived at 11 p.m. and left at 1 a.m., officials said."
    assert values(text, "2024-04-10")[1:] == [("11 p.m.", "2024-04-09T23:00"), ("1 a.m.", "2024-04-10T01:00")]
    # the small hours of a day named, with no night before them, stay on it
    assert ("5 a.m.", "2024-04-08T05:00") in values("On Monday, he woke at 5 a.m.", "2024-04-10")


def test_a_capitalised_word_before_of_and_an_institution_is_one_name():
    labels = text_labels(entity_mentions("Letby attacked the infants at the Countess of Chester Hospital. "
                                         "He is President of Harvard University."))
    assert ("Countess of Chester Hospital", "ORG") in labels and ("Harvard University", "ORG") in labels


def test_a_company_named_after_a_dateline_is_the_company_a_later_the_company_stands_for():
    text = ("CUPERTINO, Calif. (Reuters) - Apple on Monday unveiled its iPhone 16 lineup, as the company seeks to "
            "revive demand for its flagship product. Apple shares fell. Apple will report results in October.")
    assert [q["speaker_name"] for q in analysed(text, "2024-09-09").quotes][0] == "Apple"


def test_restoring_power_seeking_to_act_and_demand_for_goods_are_no_cooperation_or_requests():
    text = "The company seeks to revive demand for its flagship product. Power was restored by noon."
    found = events_at(text, "2024-09-09")
    assert [by_trigger(found, w).type for w in ("seeks", "demand", "restored")] == ["OTHER", "OTHER", "OTHER"]
    found = events_at("Kyiv is seeking more air defence. Protesters renewed their demand for elections.", "2024-09-09")
    assert [by_trigger(found, w).type for w in ("seeking", "demand")] == ["REQUEST", "REQUEST"]
