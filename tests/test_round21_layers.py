"""Round 21 of the entity, quote and event layers (invented news sentences): wire datelines without an
agency, the date of a dateline, a content after a date, a "that" clause parsed as a relative clause,
surnames that are also cities, ministries before a title, headline words and names given as another."""

from __future__ import annotations

import datetime as dt

from layer_checks import by_trigger, entity_mentions, events_at, places_of, quotes_of

from dateline.analysis import analyze
from dateline.entities import extract_entities
from dateline.model import Article
from dateline.nlp import parse
from dateline.quotes.lexicon import wire_datelines
from dateline.time import tag


def test_a_dateline_of_a_city_and_a_country_without_an_agency_is_a_dateline():
    for text, head in (("NAIROBI, Kenya — Kenyan President William Ruto said", "NAIROBI, Kenya — "),
                       ("WASHINGTON — The Senate voted", "WASHINGTON — "),
                       ("NEW YORK, N.Y. — A man was", "NEW YORK, N.Y. — ")):
        assert [text[a:b] for a, b in wire_datelines(text)] == [head]
    # a dash inside a sentence, or after a word in lower case, opens no dateline
    for text in ("The US — said", "US — The", "Floods — how the city coped"):
        assert wire_datelines(text) == []


def test_the_speaker_after_a_dateline_the_parse_made_its_subject_is_the_person():
    text = "NAIROBI, Kenya — Kenyan President William Ruto said on Wednesday he would not sign a finance bill."
    (q,) = quotes_of(text)
    assert q.speaker_name == "William Ruto"
    assert q.speaker_text == "Kenyan President William Ruto"


def test_a_date_right_after_the_cue_is_no_part_of_the_content():
    text = "Kenyan President William Ruto said on Wednesday he would not sign a finance bill."
    (q,) = quotes_of(text)
    assert q.content_text == "he would not sign a finance bill"
    # a date inside the clause stays in it
    (q,) = quotes_of("The minister said the bill would pass on Wednesday.")
    assert q.content_text == "the bill would pass on Wednesday"


def test_the_date_of_a_wire_dateline_is_the_time_of_no_event():
    text = ("LA PAZ, June 27 (Reuters) - Bolivian police arrested the former head of the army late on "
            "Wednesday, hours after troops stormed the government palace.")
    arrested = by_trigger(events_at(text, "2024-06-27"), "arrested")
    assert arrested.date == "2024-06-26"
    assert arrested.timex is not None and arrested.timex["text"] == "late on Wednesday"


def test_a_that_clause_hung_on_the_noun_of_an_adjunct_is_the_content():
    text = ("Zuniga told reporters before his arrest that Arce had asked him to carry out the operation.")
    q = next(q for q in quotes_of(text) if q.cue_text == "told")
    assert q.speaker_name == "Zuniga"
    assert q.content_text == "that Arce had asked him to carry out the operation"
    # a relative clause whose "that" fills a gap is no content
    assert not [q for q in quotes_of("She wrote in a letter that he would sign.") if q.cue_text == "wrote"]


def test_a_surname_of_the_article_that_is_a_city_is_the_person_when_it_speaks():
    text = ("Justice Minister Ivan Lima said the general faced 20 years in prison. "
            "Lima said the investigation would continue.")
    found = [(m.text, m.label) for m in entity_mentions(text)]
    assert ("Lima", "PERSON") in found and ("Lima", "GPE") not in found
    # a city that is no surname of the article stays a city
    found = [(m.text, m.label) for m in entity_mentions("Officials in Lima said the talks would continue.")]
    assert ("Lima", "GPE") in found


def test_a_ministry_before_a_title_is_part_of_the_title():
    found = [(m.text, m.label) for m in entity_mentions(
        "It was a claim Justice Minister Ivan Lima rejected as a lie. Health Secretary Wes Streeting agreed.")]
    assert ("Justice", "ORG") not in found
    assert ("Ivan Lima", "PERSON") in found and ("Wes Streeting", "PERSON") in found
    # a company before a title is still a company
    found = [(m.text, m.label) for m in entity_mentions("Google CEO Sundar Pichai spoke on Monday.")]
    assert ("Google", "ORG") in found and ("Sundar Pichai", "PERSON") in found


def test_a_headline_word_the_text_writes_in_lower_case_is_no_name():
    title = "Wildfire forces thousands to flee in southern California"
    body = "A fast-moving wildfire in the hills forced more than 30,000 residents to evacuate on Tuesday."
    ms, _ = extract_entities(parse(title), context=body)
    assert "Wildfire" not in [m.text for m in ms]
    assert "California" in [m.text for m in ms]
    result = analyze(Article(date=dt.date(2025, 1, 8), title=title, text=body, id="t/1"))
    assert "Wildfire" not in [e["name"] for e in result.entities]
    # the surname of a person the text names in full stays a name, though the text writes "the hunt"
    ms, _ = extract_entities(parse("Hunt wins leadership vote"),
                             context="Jeremy Hunt won the vote. The hunt for votes goes on.")
    assert ("Hunt", "PERSON") in [(m.text, m.label) for m in ms]
    ms, _ = extract_entities(parse("Hunt wins leadership vote"), context="The hunt for votes goes on.")
    assert "Hunt" not in [m.text for m in ms]


def test_a_name_known_as_another_is_one_organisation():
    text = ("The fire had burned nearly 3,000 acres, according to the California Department of Forestry and "
            "Fire Protection, known as Cal Fire. Cal Fire said no deaths had been reported.")
    ms, ents = extract_entities(parse(text))
    labels = {m.text: m.label for m in ms}
    assert labels.get("Cal Fire") == "ORG"
    (dept,) = [e for e in ents if e.name == "California Department of Forestry and Fire Protection"]
    assert "Cal Fire" in dept.aliases and dept.mentions == 3


def test_a_date_the_tagger_put_ahead_for_a_noun_dates_the_noun_not_the_past_verb():
    text = ("The Federal Reserve left rates unchanged on Wednesday but opened the door to a rate cut at its "
            "next meeting in September.")
    found = events_at(text, "2024-07-31")
    opened = by_trigger(found, "opened")
    assert opened.date == "2024-07-31"
    meeting = by_trigger(found, "meeting")
    assert meeting.date == "2024-09" and meeting.status == "planned"
    # a past verb with a date of its own still takes last year's month
    signed = by_trigger(events_at("He signed the deal in September.", "2024-07-31"), "signed")
    assert signed.date == "2023-09"


def test_time_words_of_a_match_report():
    def values(text: str, dct: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, dct)]

    # "the entire second half" is no duration of one second
    assert values("Haaland scored early. Arsenal defended deep for the entire second half.", "2024-09-22") == []
    assert values("The siege lasted the whole year.", "2024-09-22") == [("the whole year", "P1Y")]
    # "next" before a verb of a fixture points its weekday ahead
    assert values("City next host Watford in the League Cup on Tuesday.", "2024-09-22") == [
        ("Tuesday", "2024-09-24")]


def test_a_first_name_before_a_foreign_name_of_a_town_is_a_person():
    found = [(m.text, m.label) for m in entity_mentions("Erling Haaland opened the scoring in the ninth minute.")]
    assert ("Erling Haaland", "PERSON") in found
    assert not [p for p in places_of("Erling Haaland opened the scoring in the ninth minute.")]
    # a place the gazetteer knows by its own name stays a place
    found = [(m.text, m.label) for m in entity_mentions("Residents of Kharkiv fled on Monday.")]
    assert ("Kharkiv", "GPE") in found


def test_a_league_is_no_person_and_a_venue_after_at_the_is_no_person():
    found = [(m.text, m.label) for m in entity_mentions(
        "The win kept them top of the Premier League table. Premier Li Qiang spoke on Monday.")]
    assert ("League", "PERSON") not in found and ("Li Qiang", "PERSON") in found
    found = [(m.text, m.label) for m in entity_mentions("Man City held by Arsenal in title clash at the Etihad")]
    assert ("Etihad", "PERSON") not in found


def test_the_object_of_a_passive_cue_is_no_content():
    quotes = quotes_of("Leandro Trossard was shown a second yellow card for kicking the ball away.")
    assert not [q for q in quotes if q.cue_text in ("shown", "was shown")]


QUAKE = ("TOKYO — A magnitude 7.5 earthquake struck central Japan on New Year's Day, killing at least 48 people.\n\n"
         "The agency downgraded its major tsunami warning to a regular warning late Monday evening.\n\n"
         "\"Saving lives is a battle against time,\" Prime Minister Fumio Kishida told a disaster response "
         "meeting on Tuesday morning. He said about 1,000 troops had been deployed to the area.")


def test_a_verb_whose_object_carries_a_date_takes_it_and_the_speaker_goes_on_with_it():
    found = events_at(QUAKE, "2024-01-02")
    told = by_trigger(found, "told")
    assert told.date == "2024-01-02TMO"
    said = by_trigger(found, "said")
    assert said.date == "2024-01-02TMO"  # "He said ..." right after: the same statement, not the lead's day
    deployed = by_trigger(found, "deployed")
    assert deployed.date == "2024-01-02TMO"


def test_a_headline_surname_is_the_person_the_text_names_in_full():
    result = analyze(Article(
        date=dt.date(2023, 11, 2), title="Jury finds ex-FTX boss Bankman-Fried guilty of fraud",
        text="Sam Bankman-Fried, the founder of FTX, was found guilty on Thursday of stealing from customers.",
        id="t/2"))
    people = [e for e in result.entities if e["label"] == "PERSON"]
    assert [e["name"] for e in people] == ["Sam Bankman-Fried"]
    assert people[0]["mentions"] == 2
    assert not [e for e in result.entities if e["name"] == "Bankman-Fried"]


def test_a_verdict_on_the_object_is_no_content():
    assert not quotes_of("Jury finds ex-FTX boss Bankman-Fried guilty of fraud")
    assert not [q for q in quotes_of("The month-long trial laid bare the downfall of a billionaire.")
                if q.cue_text == "laid"]
    # "found that" still reports a finding
    (q,) = quotes_of("The inquiry found that the company had ignored warnings.")
    assert q.content_text == "that the company had ignored warnings"


def test_gaza_is_the_strip_not_the_middle_of_the_palestinian_territories():
    found = {p.text: p for p in places_of("Israeli troops pushed into Gaza. Settlers attacked villages in the "
                                          "West Bank.")}
    assert found["Gaza"].country_code == "PS" and found["Gaza"].lat < 31.6  # the Strip, not near Ramallah
    assert found["West Bank"].kind == "region" and found["West Bank"].lat > 31.7


def test_a_postponed_fixture_and_closing_polls_look_ahead():
    def values(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, "2024-03-14")]

    assert values("The game was postponed to Saturday.") == [("Saturday", "2024-03-16")]
    assert values("The hearing was adjourned to Monday.") == [("Monday", "2024-03-18")]
    assert values("The polls close at 8 p.m. on Sunday.") == [("8 p.m. on Sunday", "2024-03-17T20:00")]
    # a plain past with the same day stays in the past
    assert values("The game was played on Saturday.") == [("Saturday", "2024-03-09")]


def test_a_date_hung_on_the_speaker_is_no_part_of_it():
    q = next(q for q in quotes_of("Nvidia on Tuesday warned that new U.S. export curbs would hit sales in China.")
             if q.cue_text == "warned")
    assert q.speaker_text == "Nvidia"


def test_the_subject_of_a_passive_or_an_adjective_does_the_infinitive():
    def roles(text: str, word: str) -> tuple[list[str], list[str]]:
        e = by_trigger(events_at(text, "2024-03-14"), word)
        return [a.text for a in e.agents], [p.text for p in e.patients]

    assert roles("The president is expected to sign the bill on Friday.", "sign") == (["president"], ["bill"])
    assert roles("The minister was forced to resign.", "resign") == (["minister"], [])
    assert roles("The president is likely to sign the bill.", "sign") == (["president"], ["bill"])
    # a passive infinitive keeps the subject as its patient
    assert roles("The prisoners are expected to be released on Friday.", "released") == ([], ["prisoners"])


def test_a_month_before_a_named_or_voting_noun_is_a_date():
    def values(text: str, dct: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, dct)]

    assert values("Welfare is at the heart of the March ballot, analysts said.", "2005-11-26") == [("March", "2006-03")]
    assert values("He will fight on to the July Democratic convention.", "2016-06-14") == [("July", "2016-07")]
    # a month that is also a name, and a name of its own, stay no date
    assert values("The May Labour government fell.", "2016-06-14") == []
    assert values("The March Madness tournament began.", "2016-03-14") == []


def test_a_planned_event_with_a_weekday_looks_ahead():
    assert [(t.text, t.value) for t in tag("A public memorial service is planned Friday in Louisville.",
                                           "2016-06-05")] == [("Friday", "2016-06-10")]


SUDAN = ("KHARTOUM, Dec 19 (Reuters) - Sudan's paramilitary Rapid Support Forces said on Tuesday they had taken "
         "control of Wad Madani, the capital of Gezira state.\n\n"
         "The army said its troops had withdrawn from the city. About 300,000 people had fled Gezira since Friday.\n\n"
         "RSF leader Mohamed Hamdan Dagalo, known as Hemedti, has not met the army's commander.")


def test_the_army_is_no_militia_named_before():
    q = next(q for q in quotes_of(SUDAN) if q.speaker_text == "The army")
    assert q.speaker_name != "Rapid Support Forces"
    # an army named before is the army
    text = "The Sudanese Armed Forces said it had retaken the bridge. The army said two soldiers were wounded."
    q = next(q for q in quotes_of(text) if q.speaker_text == "The army")
    assert q.speaker_name == "Sudanese Armed Forces"


def test_places_by_the_words_around_them():
    found = [(m.text, m.label) for m in entity_mentions(SUDAN)]
    assert ("Wad Madani", "GPE") in found
    assert [label for text, label in found if text == "Gezira"] == ["GPE", "GPE"]
    places = {p.text: p for p in places_of(SUDAN)}
    assert places["Wad Madani"].country_code == "SD" and places["Gezira"].kind == "region"


def test_a_person_known_as_another_name_is_one_person():
    ms, ents = extract_entities(parse(SUDAN))
    assert ("Hemedti", "PERSON") in [(m.text, m.label) for m in ms]
    (dagalo,) = [e for e in ents if e.name == "Mohamed Hamdan Dagalo"]
    assert "Hemedti" in dagalo.aliases


def test_an_untagged_first_name_before_a_known_surname_makes_the_full_name():
    text = ("LONDON, July 5 (Reuters) - Keir Starmer will become Britain's prime minister on Friday.\n\n"
            "\"Change begins now,\" Starmer told cheering supporters.")
    ms, ents = extract_entities(parse(text))
    assert ("Keir Starmer", "PERSON") in [(m.text, m.label) for m in ms]
    (starmer,) = [e for e in ents if e.label == "PERSON"]
    assert starmer.name == "Keir Starmer" and starmer.mentions == 2


def test_a_party_named_with_and_without_party_is_one_party():
    _, ents = extract_entities(parse("His Labour Party won a landslide. Labour took 412 seats."))
    (labour,) = [e for e in ents if "Labour" in e.name]
    assert labour.name == "Labour Party" and labour.aliases == ["Labour"] and labour.mentions == 2


def test_an_event_noun_tagged_as_an_adjective_is_still_an_event():
    e = by_trigger(events_at("Hurricane Milton made landfall near Siesta Key, Florida, at about 8:30 p.m.",
                             "2024-10-09"), "landfall")
    assert e.date == "2024-10-09T20:30" and [a.text for a in e.agents] == ["Hurricane Milton"]


def test_where_a_passive_sent_someone_is_no_content():
    assert not [q for q in quotes_of("Officers were called to Westfield Bondi Junction at about 3:20 p.m.")
                if q.cue_text.startswith("were called")]


def test_a_timeline_summary_leaves_out_the_wire_dateline():
    from dateline.timelines.build import summary_span, summary_text

    text = ("LONDON, July 5 (Reuters) - Keir Starmer will become Britain's prime minister on Friday after his "
            "Labour Party won a landslide victory.")
    won = by_trigger(events_at(text, "2024-07-05"), "won")
    assert summary_text(won).startswith("Keir Starmer will become")
    a, b = summary_span(won)
    assert text[a:b] == summary_text(won)


def test_a_possessive_weekday_without_a_firm_tense_is_the_nearest_one():
    def values(text: str, dct: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, dct)]

    # written on a Saturday: the primary three days ahead, not the Tuesday four days back
    assert values("Ted Cruz, who badly needs a win in Tuesday's GOP primary in Indiana, received the endorsement.",
                  "2016-04-30") == [("Tuesday", "2016-05-03")]
    # a firm past still looks back, and a figure of a trading day is done
    assert values("Cruz lost Tuesday's primary in New York.", "2016-04-30") == [("Tuesday", "2016-04-26")]
    assert values("The notes carry a 24% premium over Thursday's closing price.", "1989-10-30") == [
        ("Thursday", "1989-10-26")]
