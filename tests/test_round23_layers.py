"""Round 23 of the layers (invented news sentences): a clock time given in two zones before its
day, things that run through a date, British "Monday week", and rescheduling verbs."""

from __future__ import annotations

from layer_checks import events_at, places_of, quotes_of

from dateline.time import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_a_clock_time_in_two_zones_takes_the_day_written_after_both():
    # 2025-03-13 is a Thursday
    got = _values("The ceasefire took effect at 8 a.m. local time (0600 GMT) on Wednesday.", "2025-03-13")
    assert got == {"8 a.m.": "2025-03-12T08:00", "0600 GMT": "2025-03-12T06:00", "Wednesday": "2025-03-12"}
    # a day of its own before the second clock time still holds
    got = _values("On Monday, the talks ended at 5 p.m. and resumed at 9 a.m. on Tuesday.", "2025-03-13")
    assert got["5 p.m."] == "2025-03-10T17:00"
    assert got["9 a.m. on Tuesday"] == "2025-03-11T09:00"


def test_a_show_that_runs_through_a_date_looks_ahead_but_one_that_ran_does_not():
    got = _values("The exhibition opened last Friday and runs through May 30.", "2025-03-13")
    assert got == {"last Friday": "2025-03-07", "May 30": "2025-05-30"}
    assert _values("The sale runs through Sunday.", "2025-03-13") == {"Sunday": "2025-03-16"}
    assert _values("The drill ran through Sunday.", "2025-03-13") == {"Sunday": "2025-03-09"}


def test_british_monday_week_and_a_week_on_tuesday_are_a_week_after_the_coming_day():
    assert _values("Schools will reopen Monday week, the minister said.", "2025-03-13") == {
        "Monday week": "2025-03-24"}
    assert _values("Parliament will vote on the bill a week on Tuesday.", "2025-03-13") == {
        "a week on Tuesday": "2025-03-25"}
    assert _values("The vote is a week from Friday.", "2025-03-13") == {"a week from Friday": "2025-03-21"}
    # a weekday before a noun is no "Monday week"
    assert _values("The Friday week began badly.", "2025-03-13") == {"Friday": "2025-03-07"}


def test_a_date_a_plan_was_moved_or_pushed_to_is_ahead():
    got = _values("The summit, originally planned for next Tuesday, has been moved back to April.", "2025-03-13")
    assert got["April"] == "2025-04"
    assert _values("The vote was pushed to Monday.", "2025-03-13") == {"Monday": "2025-03-17"}


def test_cities_that_share_their_name_with_a_region_are_cities_unless_a_region_word_says_so():
    text = ("Energy Minister Herman Halushchenko said power plants in the Kharkiv and Zaporizhzhia regions "
            "had been hit. Emergency blackouts were introduced in Kyiv, Dnipro and Odesa.")
    kinds = {(p.text, p.kind) for p in places_of(text)}
    assert {("Kharkiv", "region"), ("Zaporizhzhia", "region")} <= kinds
    assert {("Kyiv", "city"), ("Dnipro", "city"), ("Odesa", "city")} <= kinds


def test_a_region_a_name_was_read_as_is_no_context_for_the_same_name():
    (gaza,) = places_of("Israeli strikes in Gaza killed 20 people on Tuesday.")
    assert (gaza.name, gaza.kind) == ("Gaza Strip", "region")
    places = {p.text: p for p in places_of("Israeli troops entered Gaza City as strikes hit Gaza.")}
    assert places["Gaza City"].kind == "city" and places["Gaza"].name == "Gaza Strip"


def test_firing_tear_gas_or_shots_at_someone_is_a_deed_not_a_stance():
    assert quotes_of("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.") == []
    assert quotes_of("Soldiers fired warning shots at the crowd.") == []
    assert quotes_of("Police fired at protesters near the parliament.") == []
    (q,) = quotes_of("The senator fired back at his critics on Tuesday.")
    assert q.content_text == "his critics"


def _types(text: str, dct: str) -> dict[str, str]:
    return {e.trigger: e.type for e in events_at(text, dct) if not e.reporting}


def test_bare_strikes_take_their_kind_from_the_sentence():
    assert _types("Moscow said the strikes were retaliation for Ukrainian attacks on Russian oil refineries.",
                  "2024-06-01")["strikes"] == "ASSAULT"
    assert _types("The strike by rail workers paralysed the country on Monday.", "2024-06-01")["strike"] == "PROTEST"


def test_a_market_closing_up_is_no_closure():
    assert _types("Stocks rose, with the S&P 500 closing up 0.9%.", "2024-06-01")["closing"] == "OTHER"
    assert _types("Turkey closed its airspace to Israeli planes.", "2024-06-01")["closed"] == "SANCTION"


def test_a_portfolio_before_secretary_is_part_of_the_title_not_an_organisation():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    text = ("Six candidates have entered the race, including former Home Secretary Suella Braverman and "
            "former Business Secretary Kemi Badenoch.")
    mentions, _ = extract_entities(parse(text))
    assert [(m.text, m.label, m.role) for m in mentions] == [
        ("Suella Braverman", "PERSON", "former Home Secretary"),
        ("Kemi Badenoch", "PERSON", "former Business Secretary")]


def test_nominations_that_close_on_a_weekday_close_on_the_coming_one():
    # 2024-07-29 is a Monday
    assert _values("Nominations close on Thursday.", "2024-07-29") == {"Thursday": "2024-08-01"}
    assert _values("The team got off to a good start on Monday.", "2024-07-30") == {"Monday": "2024-07-29"}


def test_a_storms_given_name_alone_is_the_storm_not_a_person():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    text = ("Hurricane Milton slammed into Florida's Gulf Coast late Wednesday. By Thursday morning, Milton "
            "had weakened to a Category 1 hurricane.")
    mentions, entities = extract_entities(parse(text))
    milton = [(m.text, m.label, m.key) for m in mentions if "Milton" in m.text]
    assert milton == [("Hurricane Milton", "EVENT", "event:hurricane-milton"),
                      ("Milton", "EVENT", "event:hurricane-milton")]
    mentions, _ = extract_entities(parse("Milton Friedman said inflation is a monetary phenomenon. Milton was right."))
    assert {m.label for m in mentions} == {"PERSON"}


def test_what_storms_and_quakes_do_is_no_attack_but_gunmen_killing_is():
    got = _types("Hurricane Milton slammed into Florida's Gulf Coast late Wednesday, spawning tornadoes.", "2024-10-10")
    assert got["slammed"] == "OTHER"
    assert _types("The earthquake killed more than 300 people.", "2024-10-10")["killed"] == "OTHER"
    assert _types("Homes were destroyed by the wildfire.", "2024-10-10")["destroyed"] == "OTHER"
    assert _types("Gunmen killed 14 people in the village.", "2024-10-10")["killed"] == "ASSAULT"
    assert _types("Russian missiles hit Kyiv overnight.", "2024-10-10")["hit"] == "ASSAULT"


def test_a_date_a_past_deed_aims_at_dates_its_object_not_the_deed():
    text = "The judge adjourned the hearing until June 12."
    got = {e.trigger: (e.status, e.date) for e in events_at(text, "2024-05-30") if not e.reporting}
    assert got == {"adjourned": ("happened", "2024-05-30"), "hearing": ("planned", "2024-06-12")}
    text = "Justice Juan Merchan set sentencing for July 11."
    got = {e.trigger: (e.status, e.date) for e in events_at(text, "2024-05-30") if not e.reporting}
    assert got["set"] == ("happened", "2024-05-30") and got["sentencing"] == ("planned", "2024-07-11")


def test_a_party_convention_is_an_event_and_a_district_attorney_a_title():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    text = ("Manhattan District Attorney Alvin Bragg spoke four days before the Republican National Convention "
            "opens in Milwaukee. The Geneva Convention bans torture.")
    got = {m.text: (m.label, m.role) for m in extract_entities(parse(text))[0]}
    assert got["Alvin Bragg"] == ("PERSON", "District Attorney")
    assert got["Republican National Convention"][0] == "EVENT"
    assert got["Geneva Convention"][0] == "LAW"


def test_a_company_named_after_a_small_city_is_the_company_named_before_in_full():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    text = ("Toyota Motor Corp said on Wednesday its operating profit fell 20%. Toyota halted production of "
            "three models in June.")
    entities = extract_entities(parse(text))[1]
    assert [(e.name, e.mentions) for e in entities if e.label == "ORG"] == [("Toyota Motor", 2)]


def test_early_mid_and_late_centuries_carry_their_mod():
    (t,) = tag("The tradition began in the late 19th century.", "2024-11-14")
    assert (t.text, t.value, t.mod) == ("the late 19th century", "18", "END")
    (t,) = tag("The church dates from the mid-16th century.", "2024-11-14")
    assert (t.value, t.mod) == ("15", "MID")


def test_he_after_a_quote_is_the_person_named_in_full_before_though_the_model_typed_him_an_organisation():
    text = ("Germany's ruling coalition collapsed on Wednesday after Chancellor Olaf Scholz fired his finance "
            "minister, Christian Lindner, in a dispute.\n\n"
            '"I am forced to take this step to avert damage to our country," Scholz told reporters in Berlin. '
            'He accused Lindner of "petty party politics" and said he had "broken my trust too often."')
    got = {q.cue_text: q.speaker_name for q in quotes_of(text)}
    assert got["accused"] == "Scholz" and got["said"] == "Scholz"


def test_according_to_a_news_agency_named_after_the_noun():
    (q,) = quotes_of("According to the news agency Reuters, the talks collapsed.")
    assert (q.speaker_name, q.content_text) == ("Reuters", "the talks collapsed")
    (q,) = quotes_of("According to the report released Monday, prices rose.")
    assert q.content_text == "prices rose"


def test_not_being_authorized_to_discuss_a_matter_is_no_attribution():
    text = ("A government spokesperson, speaking on condition of anonymity because they were not authorized to "
            "discuss the matter publicly, said the chancellor would meet the president on Thursday.")
    assert [q.cue_text for q in quotes_of(text)] == ["said"]


def test_a_duration_later_moves_the_story_on_for_the_next_relative_date():
    text = "The suspect was arrested on March 3. Two days later, he was charged. The next day, he appeared in court."
    got = _values(text, "2024-11-14")
    assert got == {"March 3": "2024-03-03", "Two days": "P2D", "The next day": "2024-03-06"}
    text = "The agreement was signed in 2015. Three years later, the United States withdrew. That year, sanctions returned."
    assert _values(text, "2024-11-14")["That year"] == "2018"
    # a duration that is not "later" moves nothing
    assert _values("He stayed for two days on Friday. The next day he left.", "2024-11-14")["The next day"] == "2024-11-09"


def test_a_closing_quotation_mark_after_the_full_stop_stays_with_its_sentence():
    from dateline.nlp import parse

    doc = parse('He said the party had "failed to control our borders."\n\nLabour won. "We won," she said. '
                '"It is over." They left.')
    assert [s.text.strip() for s in doc.sents] == [
        'He said the party had "failed to control our borders."', "Labour won.", '"We won," she said.',
        '"It is over."', "They left."]


def test_a_place_the_gazetteer_lacks_named_with_its_region_is_put_in_that_region_not_abroad():
    places = {p.text: p for p in places_of("The booster flew back to the pad in Boca Chica, Texas, where it was grabbed.")}
    boca = places["Boca Chica"]
    assert (boca.kind, boca.country_code, boca.admin1) == ("town", "US", "Texas")
    assert boca.confidence < 0.5
    # a reading near the region named stays: Sevastopol is its own region in the gazetteer, but in Crimea
    (sevastopol, _crimea) = places_of("A submarine was loaded in the Black Sea port of Sevastopol, Crimea.")[-2:]
    assert (sevastopol.name, sevastopol.kind) == ("Sevastopol", "city")


def test_a_founder_set_beside_a_name_makes_a_person_and_a_product_named_so_stays_one():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    mentions, _ = extract_entities(parse("Elon Musk, the company's founder, posted on X that the catch was a step."))
    assert [(m.text, m.label) for m in mentions if m.text == "Elon Musk"] == [("Elon Musk", "PERSON")]
    text = ("SpaceX launched its giant Starship rocket on Sunday. NASA is counting on Starship to land "
            "astronauts on the moon.")
    entities = extract_entities(parse(text))[1]
    assert [(e.name, e.label, e.mentions) for e in entities if e.name == "Starship"] == [("Starship", "PRODUCT", 2)]


def test_a_space_launch_and_a_time_trial_are_no_attack_or_court_case():
    assert _types("SpaceX launched its giant Starship rocket on its fifth test flight Sunday.",
                  "2024-10-13")["launched"] == "OTHER"
    assert _types("Russia launched 40 missiles at Kyiv overnight.", "2024-10-13")["launched"] == "ASSAULT"
    assert _types("Pogacar won the final time trial in Nice on Sunday.", "2024-07-21")["trial"] == "OTHER"


def test_an_event_a_phase_verb_begins_or_ends_takes_its_date():
    text = "The trial of the former president began on Monday."
    got = {e.trigger: e.date for e in events_at(text, "2024-07-21") if not e.reporting}
    assert got == {"trial": "2024-07-15", "began": "2024-07-15"}


def test_a_clock_time_takes_the_day_of_the_clock_time_it_runs_to_and_dotted_weekday_abbreviations():
    got = _values("Voting runs from 7 a.m. to 8 p.m. local time on Sunday.", "2025-03-13")
    assert got == {"7 a.m.": "2025-03-16T07:00", "8 p.m. local time on Sunday": "2025-03-16T20:00"}
    assert _values("The market reopened on Tues. after the holiday.", "2025-03-13") == {"Tues.": "2025-03-11"}
    assert _values("He was quoted by Sun. It seems so.", "2025-03-13") == {}


def test_a_subject_the_parse_took_for_a_clause_is_not_what_was_said():
    text = ("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis "
            "were alarmed about Trump's behavior.")
    (q,) = quotes_of(text)
    assert q.speaker_name == "Jeffrey Salkin"
    assert q.content_text.startswith("he and other rabbis were alarmed")


def test_what_someone_called_someone_is_the_content_and_a_fronted_place_is_no_call_on():
    (q,) = quotes_of('On Twitter, Former Florida Gov. Jeb Bush called Trump "unhinged."')
    assert (q.speaker_name, q.content_text) == ("Jeb Bush", 'Trump "unhinged."')
    (q,) = quotes_of('He called her "third-rate" and boycotted one of the debates.')
    assert q.content_text == 'her "third-rate"'
    assert quotes_of('The team was called "Thunder."') == []


def test_asking_someone_if_something_is_the_question_without_whom_it_was_put_to():
    (q,) = quotes_of("Then Mr. Rubin asked the students if they were always so serious.")
    assert (q.speaker_name, q.content_text) == ("Rubin", "if they were always so serious")
    assert [q.content_text for q in quotes_of("He will quit if asked to do so.")] != ["if asked to do so"]


def test_a_name_the_tagger_made_a_common_noun_still_opens_a_headline_statement():
    (q,) = [q for q in quotes_of("Clinton: I support D.C. statehood.\n\nShe wants D.C. to be a state.") if q.cue_text == ":"]
    assert (q.speaker_name, q.content_text) == ("Clinton", "I support D.C. statehood")


def test_supporting_a_person_is_a_stance_supporting_a_bill_is_not():
    (q,) = quotes_of("Pate supported Charlie Crist in 2010.")
    assert (q.speaker_name, q.cue_text, q.content_text) == ("Pate", "supported", "Charlie Crist")
    assert quotes_of("The senator will support the bill.") == []
    assert [q.cue_text for q in quotes_of("Voters said they support Trump.")] == ["said"]


def test_an_event_named_after_without_did_not_happen():
    text = "The talks ended on Friday without a deal."
    got = {e.trigger: e.status for e in events_at(text, "2024-07-21") if not e.reporting}
    assert got["deal"] == "denied" and got["talks"] == "happened"


def test_court_appearances_and_trials_told_in_the_present_are_ahead():
    assert _values("The suspect appears in court on Wednesday.", "2025-03-13") == {"Wednesday": "2025-03-19"}
    assert _values("He appeared in court on Wednesday.", "2025-03-13") == {"Wednesday": "2025-03-12"}
    assert _values("The men go on trial on Monday.", "2025-03-13") == {"Monday": "2025-03-17"}


def test_korean_given_names_keep_their_hyphenated_syllable_but_compound_words_do_not_join():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    text = ('Prime Minister Han Duck-soo will serve as acting president. "Today is a victory," opposition leader '
            "Lee Jae-myung said. President Emmanuel Macron-led talks began. Minister Sergei Lavrov-style diplomacy.")
    got = [m.text for m in extract_entities(parse(text))[0] if m.label == "PERSON"]
    assert got == ["Han Duck-soo", "Lee Jae-myung", "Emmanuel Macron", "Sergei Lavrov"]


def test_what_an_event_dated_by_its_own_words_did_happened_then():
    for text, day in (("The Oct. 7 attack killed 1,200 people.", "2024-10-07"),
                      ("The attack on Monday killed 12 people, officials said on Wednesday.", "2024-12-09")):
        got = {e.trigger: e.date for e in events_at(text, "2024-12-14") if not e.reporting}
        assert got["killed"] == day, text


def test_a_sentence_that_reports_a_vote_is_not_tagged_planned_for_the_plan_it_voted():
    from dateline.timelines.build import Entry
    from dateline.timelines.render import _status_tag

    def entry(planned: bool, status: str) -> Entry:
        return Entry(text="t", event_id="e", label="l", event_type="OTHER", status=status, display_status=status,
                     planned=planned, weak_date=False, citations=[], also_reported_by=[])

    assert _status_tag(entry(True, "planned")) == "planned"
    assert _status_tag(entry(False, "planned")) == ""
    assert _status_tag(entry(False, "cancelled")) == "cancelled"


def test_a_timeline_entry_filed_under_a_planned_event_of_a_sentence_that_reports_a_vote_is_not_planned():
    import dataclasses

    from dateline.timelines import ArticleInfo, build_timeline
    from dateline.timelines.render import _status_tag

    articles = {"k1": ArticleInfo("k1", "2024-12-14", "")}
    text = "South Korea's parliament voted Saturday to impeach President Yoon Suk Yeol over martial law."
    found = [dataclasses.replace(m, article_id="k1") for m in events_at(text, "2024-12-14")]
    assert {m.trigger: m.status for m in found if not m.reporting}["impeach"] == "planned"
    entries = [e for d in build_timeline(found, articles, per_date=2).dates for e in d.entries]
    assert entries and all(not e.planned and _status_tag(e) == "" for e in entries if e.text.startswith("South Korea"))


def test_a_meeting_told_in_the_present_is_ahead():
    # 2025-03-12 is a Wednesday
    assert _values("The committee meets Monday to discuss the bill.", "2025-03-12") == {"Monday": "2025-03-17"}
    assert _values("He and Arafat meet separately Monday with Albright.", "2025-03-12") == {"Monday": "2025-03-17"}
    assert _values("The leaders met on Monday.", "2025-03-12") == {"Monday": "2025-03-10"}


def test_the_storm_shadow_missile_is_no_storm():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    text = "Britain supplied Storm Shadow missiles to Ukraine. The Storm Shadow has a range of 250 km."
    assert {m.label for m in extract_entities(parse(text))[0] if m.text == "Storm Shadow"} != {"EVENT"}


def test_a_closing_credit_that_names_whom_it_was_told_to_still_credits_the_sentence():
    (q,) = quotes_of("This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a "
                     "Senate panel Wednesday.")
    assert (q.speaker_name, q.content_text) == ("Ash Carter", "This includes a special force to assist Kurdish Peshmerga")
