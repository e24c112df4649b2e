"""Round 8 (US/UK general news): inline capitals crossheads, hyphen prefixes, hashtags, caption words,
buildings typed PERSON, "Surname ACRONYM" pairs, slash-joined names, headline surnames, team names."""

from __future__ import annotations

from layer_checks import entity_mentions as mentions

from dateline.entities import extract_entities
from dateline.entities.lexicon import lexicon
from dateline.entities.mend import surname_acronym
from dateline.entities.spans import Span
from dateline.nlp import parse


def labels(text: str) -> dict[str, str]:
    return {m.text: m.label for m in mentions(text)}


def test_inline_capitals_crosshead_is_read_as_a_headline():
    text = ("Senator John Barton said on Monday he would vote no. SENATORS NOT LETTING BARTON OFF HOOK "
            "The vote was close.")
    ms = mentions(text)
    assert not any("NOT" in m.text or "HOOK" in m.text for m in ms)
    barton = [m for m in ms if m.text == "BARTON"]
    assert barton and barton[0].label == "PERSON"


def test_capitals_list_of_acronyms_is_no_headline():
    found = labels("Leaders of NATO EU UN OSCE met in Vienna on Friday.")
    assert found.get("NATO") == "ORG" and found.get("EU") == "ORG"


def test_hyphen_prefix_is_not_part_of_the_name():
    found = labels("The pro-EU company blamed the falling pound.")
    assert "EU" in found and "pro-EU" not in found
    assert "Nato" in labels("Only non-Nato members came to the summit.")


def test_hashtags_and_handles_are_no_names():
    ms = mentions("I want to live in a #CountryOfKindness where #LoveWins, wrote Jo Bloggs (@JoBloggs).")
    assert not any(m.text in ("CountryOfKindness", "LoveWins", "JoBloggs") for m in ms)


def test_caption_words_are_cut_out_of_names():
    text = ("Image copyright AFP Image caption Protesters gathered in Boston's Copley Square Image copyright "
            "Getty Images Image caption There have been protests for three nights.")
    ms = mentions(text)
    assert not any("Image" == m.text or m.text.endswith(" Image") for m in ms)
    found = {m.text: m.label for m in ms}
    assert "Copley Square" in found
    assert found.get("Getty Images") == "ORG"


def test_building_typed_person_is_a_facility():
    found = labels("Trump Tower, a gleaming skyscraper, is on Fifth Avenue in New York.")
    assert found.get("Trump Tower") == "FAC"


def test_surname_and_acronym_are_two_names():
    doc = parse("Hillary Clinton spoke. Clinton FBI probe: what we know.")
    k = [t.i for t in doc if t.text == "Clinton"][1]
    spans = [Span(0, 2, "PERSON"), Span(k, k + 2, "ORG")]
    out = surname_acronym(doc, spans, lexicon())
    assert [(doc[s.start:s.end].text, s.label) for s in out] == [
        ("Hillary Clinton", "PERSON"), ("Clinton", "PERSON"), ("FBI", "ORG")]
    # no person of that surname named in full: left alone
    out = surname_acronym(doc, [Span(k, k + 2, "ORG")], lexicon())
    assert [(s.start, s.end) for s in out] == [(k, k + 2)]


def test_slash_joined_names():
    found = labels("A new Reuters/Ipsos survey showed Jones ahead in Ohio.")
    assert found.get("Reuters") == "ORG" and found.get("Ipsos") == "ORG"
    ms = mentions("(Jane Doe/Pool via AP) The race began in the rain.")
    assert not any("/" in m.text for m in ms)
    assert any(m.text == "Jane Doe" and m.label == "PERSON" for m in ms)


def test_headline_surname_before_the_full_name():
    ms = mentions("Barton victory: rivals concede\n\nJohn Barton won the vote in Ohio on Tuesday.")
    first = [m for m in ms if m.start == 0]
    assert first and first[0].text == "Barton" and first[0].label == "PERSON"


def test_city_and_plural_name_a_team():
    found = labels("The Dallas Cowboys lost to the Green Bay Packers 30-20 in Dallas on Sunday.")
    assert found.get("Dallas Cowboys") == "ORG"
    found = labels("The Seattle Seahawks lost again on Sunday.")
    assert found.get("Seattle Seahawks") == "ORG"


def test_city_and_plural_event_or_place_is_no_team():
    found = labels("The Beijing Olympics ended. He lives in Colorado Springs.")
    assert found.get("Beijing Olympics") != "ORG"
    assert found.get("Colorado Springs") == "GPE"


def test_capitals_form_is_not_the_display_name():
    text = ("The letter came on Sunday. DEMOCRATS NOT LETTING SMITH OFF HOOK But Democrats did not let "
            "Smith off the hook, said Democrats in Ohio.")
    ms, entities = extract_entities(parse(text))
    names = {e.name for e in entities}
    assert "DEMOCRATS" not in names


def test_imperative_verb_with_particle_is_no_name():
    ms = mentions('"We shall be heard. #blacklivesmatter Stand up for kindness, fairness, and love," he said.')
    assert not any(m.text == "Stand" for m in ms)


def test_club_words_and_police_forces_are_organisations():
    found = labels("Blackburn Rovers drew with Leicester City, and Surrey Police said two fans were held.")
    assert found.get("Blackburn Rovers") == "ORG" and found.get("Leicester City") == "ORG"
    assert found.get("Surrey Police") == "ORG"
    found = labels("Rockets hit Gaza City while Mexico City and Salt Lake City were calm.")
    assert found.get("Mexico City") == "GPE" and found.get("Salt Lake City") == "GPE"


def test_party_state_tags_name_a_state():
    found = labels("Sen. Jane Roe, R-Texas, and Rep. John Doe (D-Calif.) voted no.")
    assert found.get("Texas") == "GPE" and found.get("Calif.") == "GPE"
    assert "B" not in labels("The B-52 and the F-35 flew over Texas.")


def test_name_before_an_inline_capitals_run_is_kept():
    from dateline.entities.caps import caps_lines

    doc = parse("The young driver produced a masterclass at Interlagos WHO IS MAX VERSTAPPEN? He was born in 1997.")
    k = [t.i for t in doc if t.text == "Interlagos"][0]
    out = caps_lines(doc, [Span(k, k + 3, "ORG")], lexicon())
    assert any((s.start, s.end) == (k, k + 1) for s in out)  # "Interlagos", without "WHO IS"


def test_phrasal_particle_list_spares_names_before_to():
    ms = mentions("She posted a map saying 'Trump to the left of me, chaos to the right.' Donald Trump won.")
    assert any(m.text == "Trump" and m.start < 30 for m in ms)
