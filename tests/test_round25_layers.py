"""Round 25 of the layers (invented news sentences): a wire dateline parsed as the speaker, a
count of a group parsed as a second subject, "a day after" asides, districts of a city, common
nouns that open a sentence, players "of Canada", party names and acronyms in brackets."""

from __future__ import annotations

from layer_checks import by_trigger, entity_mentions, events_at, places_of, quotes_of, text_labels

from dateline.quotes.extract import _continue_speaker, _Speakers
from dateline.quotes.tokens import Found


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
