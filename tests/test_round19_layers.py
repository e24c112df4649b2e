"""Round 19 of the quotes and places layers: a speaker whose acronym stands in brackets, and the
named areas of a continent (invented news sentences)."""

from __future__ import annotations

from layer_checks import places_of, quotes_of


def test_a_speaker_with_its_acronym_in_brackets_keeps_the_bracket_whole():
    text = ("In April, the Parliamentary Assembly of the Council of Europe (PACE) met to discuss the "
            "transfer of children to Russia.")
    (q,) = quotes_of(text)
    assert q.speaker_text == "the Parliamentary Assembly of the Council of Europe (PACE)"
    assert q.speaker_name == "Parliamentary Assembly of the Council of Europe"


def test_the_areas_of_a_continent_are_not_the_continent():
    text = "Migrants came from Central Asia and Eastern Europe, and from Southeast Asia and West Africa."
    where = {p.text: (round(p.lat), round(p.lon)) for p in places_of(text)}
    assert where["Central Asia"] == (43, 66)  # not Asia's centre in Tibet
    assert where["Eastern Europe"] == (50, 28)  # not Europe's in Germany
    assert where["Southeast Asia"] == (8, 110)
    assert where["West Africa"] == (12, -3)
    # the continent itself still is the continent
    assert {p.text: round(p.lat) for p in places_of("Troops were sent to Europe.")}["Europe"] == 49


def test_a_time_hung_on_the_speaker_is_no_part_of_it():
    (q,) = quotes_of("In turn, the leader of China Xi Jinping last week called on all parties to show restraint.")
    assert q.speaker_text == "the leader of China Xi Jinping"


def test_the_one_praised_or_blamed_does_the_gerund_after_for():
    from layer_checks import by_trigger, events_at

    found = events_at("The UN praised Kenya for sending police to Haiti.", "2024-01-01")
    sending = by_trigger(found, "sending")
    assert [a.text for a in sending.agents] == ["Kenya"]
    assert [p.text for p in sending.patients] == ["police"]  # "to Haiti" is where, no patient
    found = events_at("He was praised for sending aid.", "2024-01-01")
    assert [a.text for a in by_trigger(found, "sending").agents] == ["He"]
    # other verbs keep their subject: "left for lunch after signing"
    found = events_at("She left for lunch after signing the deal.", "2024-01-01")
    assert [a.text for a in by_trigger(found, "signing").agents] == ["She"]


def test_a_headline_verb_hung_on_its_object_is_still_the_event():
    from layer_checks import by_trigger, events_at

    fires = by_trigger(events_at("Russia fires missiles at Kyiv in bid to cripple power grid", "2024-01-01"), "fires")
    assert [a.text for a in fires.agents] == ["Russia"]
    assert [p.text for p in fires.patients] == ["missiles"]
    # a noun compound stays no event: "cutting edge analytics"
    assert [e.trigger for e in events_at("The firm sells cutting edge analytics.", "2024-01-01")] == ["sells"]


def test_old_names_of_countries_and_cities():
    where = {p.text: (p.country_code, p.kind) for text in (
        "Rebels in Zaire captured Kisangani.", "Tea came from Ceylon.",
        "The ship sailed to Calcutta and then to Constantinople.") for p in places_of(text)}
    assert where["Zaire"] == ("CD", "country")  # not the Angolan province
    assert where["Ceylon"] == ("LK", "country")
    assert where["Calcutta"] == ("IN", "city")
    assert where["Constantinople"] == ("TR", "city")
    # the province keeps its own name
    assert ("AO", "region") in {(p.country_code, p.kind) for p in places_of("Fighting broke out in Angola's Zaire province.")}
