"""Round 22 of the layers (invented news sentences): a speaking "it" and a dummy "it", states named
like their cities, a dateline city known by a shorter name, acronyms and camel-case names taken for
people, police ranks, given names, a known event's date that starts no chronicle, soft future cues
before a weekday, a patient admitted to hospital, and a speaker set after the object of its content."""

from __future__ import annotations

from layer_checks import by_trigger, entity_mentions, events_at, places_of, quotes_of

from dateline.time import tag


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_a_speaking_it_is_the_owner_of_its_clause_subject_not_a_text_two_sentences_back():
    text = ('"The battle is not won," Joachim Nagel said in a speech in Berlin late on Wednesday.\n\n'
            "ECB President Christine Lagarde told lawmakers on Monday that it was too early to declare "
            "victory. The bank's next policy meeting is on Dec. 14, when it will also publish new projections.")
    publish = [q for q in quotes_of(text) if "publish" in q.cue_text]
    assert all(q.speaker_name != "Joachim Nagel" for q in publish)
    assert [q.speaker_name for q in publish] == ["bank"]


def test_a_state_is_not_the_smaller_city_named_after_it_but_new_york_is_the_city():
    def place(name: str):
        (p,) = [p for p in places_of(f"Officials in {name} said on Tuesday that the storm had passed.")
                if p.text == name]
        return p

    assert (place("Oklahoma").kind, place("Oklahoma").name) == ("region", "Oklahoma")
    maryland = place("Maryland")
    assert (maryland.kind, maryland.country_code) == ("region", "US")
    new_york = place("New York")
    assert (new_york.kind, new_york.name) == ("city", "New York City")
    # a name that news means as one place (an alias) is that place, not a same-named province abroad
    assert place("Gaza").country_code == "PS"


def test_a_dateline_city_known_by_a_shorter_name_is_a_place():
    text = "FRANKFURT, Nov 30 (Reuters) - Euro zone inflation fell more than expected in November."
    found = [(m.text, m.label) for m in entity_mentions(text)]
    assert ("FRANKFURT", "GPE") in found
    (p,) = [p for p in places_of(text) if p.text == "FRANKFURT"]
    assert p.name == "Frankfurt am Main" and p.country_code == "DE"


def test_an_acronym_or_a_camel_case_name_is_no_person():
    found = dict((m.text, m.label) for m in entity_mentions(
        "JAXA's space science director Hitoshi Kuninaka told a news conference. SpaceX said it was ready, "
        "and OpenAI declined to comment."))
    assert found["JAXA"] == "ORG" and found["SpaceX"] == "ORG" and found["OpenAI"] == "ORG"
    assert found["Hitoshi Kuninaka"] == "PERSON"
    # people known by their initials, and surnames with a capital inside, stay people
    found = dict((m.text, m.label) for m in entity_mentions(
        "Ron DeSantis and John McCain praised Douglas MacArthur. MBS met Biden in Jeddah."))
    assert found["Ron DeSantis"] == found["John McCain"] == found["Douglas MacArthur"] == "PERSON"
    assert found["MBS"] == "PERSON"


def test_police_ranks_are_titles_not_names():
    text = ("Detective Chief Inspector Mark Burns said officers were not looking for anyone else. "
            "Chief Constable John Robins said the force was ready.")
    found = [(m.text, m.label) for m in entity_mentions(text)]
    assert ("Mark Burns", "PERSON") in found and ("John Robins", "PERSON") in found
    assert [q.speaker_name for q in quotes_of(text)] == ["Mark Burns", "John Robins"]


def test_given_names_from_many_languages_make_people():
    text = ("Niclas Fullkrug hit the post and Karim Adeyemi missed two chances before Vinicius Junior scored. "
            "Dortmund finished fifth in the Bundesliga.")
    found = dict((m.text, m.label) for m in entity_mentions(text))
    assert found["Niclas Fullkrug"] == found["Karim Adeyemi"] == found["Vinicius Junior"] == "PERSON"
    assert found["Bundesliga"] == "ORG"
    found = dict((m.text, m.label) for m in entity_mentions(
        "Demand for its cloud services surged on the back of investments in artificial intelligence (AI)."))
    assert "AI" not in found


def test_the_date_of_a_known_event_starts_no_chronicle():
    text = ("Colorado's top court ruled in December that Trump had engaged in insurrection by inciting the "
            "Jan. 6, 2021, attack on the U.S. Capitol. The justices heard arguments in the case on Feb. 8.")
    assert _values(text, "2024-03-04")["Feb. 8"] == "2024-02-08"
    # a day that dates the writing of a text still tells the chronicle's year
    text = ('"She has to seize this moment," Slaughter wrote in a June 10, 2009 email.\n\n'
            "Clinton delivered the speech outlining her foreign policy vision on July 15.")
    assert _values(text, "2016-02-19")["July 15"] == "2009-07-15"


def test_a_soft_future_cue_points_ahead():
    text = "Trump, who is seeking to face President Joe Biden in the Nov. 5 election, hailed the decision."
    assert _values(text, "2024-03-04")["Nov. 5"] == "2024-11-05"
    # ... and keeps the day after the article's as the coming one
    text = "Benitez's side host bottom club Watford at Anfield on Saturday seeking to cement third place."
    assert _values(text, "2006-12-22")["Saturday"] == "2006-12-23"  # written on a Friday


def test_a_patient_admitted_to_hospital_is_no_statement():
    text = ("Kaunda had been admitted to Maina Soko Military Hospital on Monday suffering from pneumonia, "
            "his aide Rodrick Ngolo said. President Edgar Lungu announced the death on his Facebook page.")
    found = events_at(text, "2021-06-17")
    assert by_trigger(found, "admitted").date == "2021-06-14"
    assert by_trigger(found, "announced").date == "2021-06-17"  # not Monday's admission


def test_a_speaker_set_after_the_object_of_its_content():
    (q,) = quotes_of("Israel's offensive has since killed more than 32,000 Palestinians, the health ministry "
                     "in Hamas-run Gaza says.")
    assert q.speaker_text == "the health ministry in Hamas-run Gaza"
    assert q.content_text == "Israel's offensive has since killed more than 32,000 Palestinians"
    # a clause that has its object keeps its speaker
    (q,) = quotes_of("The storm killed at least 12 people, officials said.")
    assert q.speaker_text == "officials" and q.content_text == "The storm killed at least 12 people"


def test_a_role_noun_is_no_place_named_in_a_phrase_nor_a_name_of_unknown_kind():
    text = ("Gunmen killed at least 14 people during a Sunday church service, security sources and a local "
            "official said Monday.\n\nThe attack took place around 10 a.m. in the village of Hantoukoura, near "
            "the border with Niger, according to the official, who spoke on condition of anonymity.")
    q = next(q for q in quotes_of(text) if q.cue_text == "according to")
    assert q.speaker_name != "Niger"
    text = ("8:40 p.m. ET: More than 1 million homes were without power, according to PowerOutage.us.\n\n"
            "7:55 p.m. ET: Tornadoes touched down across the state earlier Wednesday, the sheriff said.")
    found = quotes_of(text)
    assert next(q for q in found if q.cue_text == "said").speaker_name != "PowerOutage.us"
    # the time that opens a live blog's entry is no part of what was said
    assert [q.content_text for q in found] == ["More than 1 million homes were without power",
                                               "Tornadoes touched down across the state earlier Wednesday"]


def test_a_contrast_opens_a_clause_of_its_own():
    text = ("No group immediately claimed responsibility, but jihadis linked to al-Qaida and the Islamic State "
            "group have carried out frequent attacks in the region since 2015.")
    assert by_trigger(events_at(text, "2024-02-26"), "carried").status == "happened"
    assert by_trigger(events_at("Russia did not attack the city.", "2024-02-26"), "attack").status == "denied"


def test_an_event_measured_from_another_does_not_take_its_date():
    text = ("Exxon Mobil said Wednesday it will buy Pioneer Natural Resources in an all-stock deal, the oil "
            "giant's biggest acquisition since its merger with Mobil more than two decades ago.")
    found = events_at(text, "2023-10-11")
    assert by_trigger(found, "buy").date == "2023-10-11" and by_trigger(found, "buy").status == "planned"
    assert by_trigger(found, "merger").date == "2003"


def test_a_clock_time_takes_the_story_day_not_the_day_of_the_report():
    text = ("Gunmen killed at least 14 people during a Sunday church service, a local official said Monday.\n\n"
            "The attack took place around 10 a.m. in the village of Hantoukoura.")
    assert _values(text, "2024-02-26")["10 a.m."] == "2024-02-25T10:00"


def test_fixtures_in_the_present_look_ahead():
    text = ("Arsenal beat Luton 2-0 on Wednesday to move one point clear of Liverpool, who face Fulham on "
            "Sunday. Manchester City travel to Brighton on Tuesday.")
    values = _values(text, "2024-04-11")  # a Thursday
    assert values["Sunday"] == "2024-04-14" and values["Tuesday"] == "2024-04-16"
    assert values["Wednesday"] == "2024-04-10"
    # a noun "travel" told in the past stays in the past
    assert _values("Travel to the region on Sunday was disrupted by snow.", "2024-04-11")["Sunday"] == "2024-04-07"


def test_a_venue_named_after_a_town_of_the_article_country():
    text = ("Arsenal host Chelsea in a London derby on Saturday. Liverpool face Fulham on Sunday.\n\n"
            "Cole Palmer has scored 20 goals this season.\n\nThe two sides drew 2-2 at Stamford Bridge in October.")
    (p,) = [p for p in places_of(text) if p.text == "Stamford Bridge"]
    assert p.country_code == "GB"  # not Stamford, Connecticut


def test_he_after_a_named_subject_is_that_person_not_the_speaker_before():
    text = ("Former Honduran President Juan Orlando Hernandez was sentenced on Wednesday.\n\n"
            '"He was a two-faced politician," Judge Kevin Castel said. Hernandez, who led the country from 2014 '
            'to 2022, maintained his innocence. "I am innocent," he told the court in Spanish.')
    q = next(q for q in quotes_of(text) if q.cue_text == "told")
    assert q.speaker_name == "Hernandez"


def test_he_after_the_president_resolved_by_title_is_the_president():
    text = ("President Joe Biden on Sunday pardoned his son Hunter. Hunter Biden had been scheduled to be "
            "sentenced on Dec. 12.\n\nThe president had said repeatedly that he would not pardon his son. "
            "As recently as June, he told ABC News he would abide by the jury's verdict.")
    q = next(q for q in quotes_of(text) if q.cue_text == "told")
    assert q.speaker_name == "Joe Biden"


def test_statements_after_a_lead_dated_by_the_hour_take_its_day():
    text = ("Yoon announced at about 4:30 a.m. that he would lift martial law.\n\n"
            "The main opposition Democratic Party said Yoon's move amounted to an insurrection.")
    said = [e for e in events_at(text, "2024-12-04") if e.trigger == "said"]
    assert [e.date for e in said] == ["2024-12-04"]  # the day, not 4:30 a.m.


def test_a_timeline_summary_leaves_out_an_agency_credit_and_a_live_blog_time():
    from dateline.timelines.build import summary_span, summary_text

    for text, trigger, start in (
            ("(CNN) — Two Boeing astronauts will have to wait after NASA decided on Saturday that the capsule "
             "was too risky.", "decided", "Two Boeing astronauts"),
            ("7:55 p.m. ET: Tornadoes touched down across the state earlier Wednesday, killing two people.",
             "touched", "Tornadoes touched down")):
        m = by_trigger(events_at(text, "2024-10-09"), trigger)
        assert summary_text(m).startswith(start)
        a, b = summary_span(m)
        assert text[a:b] == summary_text(m)


def test_a_headline_is_not_shown_beside_a_sentence_of_its_own_story():
    import dataclasses

    from dateline.timelines import ArticleInfo, build_timeline

    articles = {"a1": ArticleInfo("a1", "2023-11-30", "Inflation in euro zone eases to 2.4%")}
    title = "Inflation in euro zone eases to 2.4%"
    body = "Euro zone inflation fell more than expected in November, data showed on Thursday."
    found = events_at(body, "2023-11-30")
    fell = dataclasses.replace(by_trigger(found, "fell"), article_id="a1")
    eases = dataclasses.replace(by_trigger(events_at(title, "2023-11-30"), "eases"), article_id="a1", field="title")
    texts = [e.text for d in build_timeline([fell, eases], articles, per_date=2).dates for e in d.entries]
    assert texts and title not in texts
    # alone, the headline is the day's summary
    texts = [e.text for d in build_timeline([eases], articles, per_date=2).dates for e in d.entries]
    assert texts == [title]


def test_a_company_named_by_the_first_word_of_its_full_name_is_one_entity():
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    text = ("Exxon Mobil said Wednesday it will buy Pioneer Natural Resources, its biggest deal since its "
            "merger with Mobil. Pioneer shareholders will receive Exxon shares.")
    _, ents = extract_entities(parse(text))
    by_name = {e.name: e for e in ents}
    assert "Exxon" in by_name["Exxon Mobil"].aliases
    assert "Pioneer" in by_name["Pioneer Natural Resources"].aliases
    assert "Mobil" in by_name and "Mobil" not in by_name["Exxon Mobil"].aliases  # the last word is another firm
    # a headline's short name is the company the text names in full
    _, title_ents = extract_entities(parse("Exxon to buy Pioneer"), context=text, known=ents)
    assert {e.name for e in title_ents} >= {"Exxon Mobil", "Pioneer Natural Resources"}


def test_a_phrasal_verb_that_cancels_denies_its_object():
    assert by_trigger(events_at("The strike was called off at the last minute.", "2024-03-13"),
                      "strike").status == "denied"
    assert by_trigger(events_at("The government ruled out a referendum.", "2024-03-13"),
                      "referendum").status == "denied"
    # "called" alone still calls for the event
    assert by_trigger(events_at("Unions called a strike for Monday.", "2024-03-13"), "strike").status == "planned"


def test_he_is_the_speaker_whose_given_name_tells_his_gender():
    text = ('Prime Minister Keir Starmer met Joe Biden at the White House. "We discussed Ukraine," Starmer said. '
            "He added that more aid was coming.")
    q = next(q for q in quotes_of(text) if q.cue_text == "added")
    assert q.speaker_name == "Starmer"


def test_regions_that_span_several_provinces_or_countries_are_places():
    found = {p.text: p for p in places_of("Troops were deployed to Darfur. Ships were attacked in the Gulf of Aden.")}
    assert found["Darfur"].country_code == "SD"
    assert found["Gulf of Aden"].kind == "landmark"


def test_a_date_that_owns_a_thing_dates_no_event():
    found = events_at("Turnout beat last year's record.", "2024-08-15")
    assert by_trigger(found, "beat").date == "2024-08-15"
    # ... but a day that owns an event dates it
    assert by_trigger(events_at("He won Tuesday's primary.", "2024-08-15"), "primary").date == "2024-08-13"


def test_content_takes_in_whom_a_charge_or_a_stance_is_about():
    (q,) = quotes_of("Democrats have accused Grassley of trying to keep the seat empty.")
    assert q.cue_text == "have accused" and q.content_text == "Grassley of trying to keep the seat empty"
    (q,) = quotes_of("Trump criticized Clinton on two fronts.")
    assert q.content_text == "Clinton on two fronts"
    (q,) = quotes_of("He referred to Mexican immigrants as criminals.")
    assert q.content_text == "Mexican immigrants as criminals"
    # but not a date ("on Tuesday": when it was said), nor an object that is part of the cue
    (q,) = quotes_of("Moscow denied the allegations on Tuesday.")
    assert q.content_text == "the allegations"
    (q,) = quotes_of("He announced his candidacy in June 2015.")
    assert q.content_text == "his candidacy"
    q = next(q for q in quotes_of("The senator took a swipe at his rival.") if "swipe" in q.cue_text)
    assert q.content_text == "his rival"


def test_a_bridge_or_an_airport_tagged_as_an_organisation_is_a_facility():
    found = dict((m.text, m.label) for m in entity_mentions(
        "A container ship rammed the Francis Scott Key Bridge in Baltimore early Tuesday. Flights at "
        "Tampa International Airport were cancelled, and Crystal Palace postponed their match."))
    assert found["Francis Scott Key Bridge"] == "FAC"
    assert found.get("Tampa International Airport") == "FAC"
    assert found.get("Crystal Palace") != "FAC"  # a club, whatever the model says, is no building here
