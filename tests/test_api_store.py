"""A small dateline database with hand-made layers (no spaCy), and tests of dateline.api.data over it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from dateline.api import data
from dateline.events.model import EventMention, Participant
from dateline.model import Article
from dateline.store import open_store
from dateline.timelines import Timeline

A1_TEXT = (
    "Russia will formally annex four regions of Ukraine on Friday, the Kremlin said. "
    "A signing ceremony will take place in the Georgian Hall of the Kremlin in Moscow, "
    "spokesman Dmitry Peskov told reporters. "
    "\"This is a historic day,\" Peskov said. "
    "The United States said it would never recognize the annexation of <b>Kherson</b>."
)
A2_TEXT = (
    "Vladimir Putin signed treaties on Friday to annex four regions of Ukraine at a ceremony in Moscow. "
    "Kyiv called the annexation illegal. "
    "\"We will never accept it,\" said Volodymyr Zelensky."
)
A3_TEXT = (
    "Apple unveiled a new iPhone on Tuesday at its headquarters in Cupertino, California, with a faster "
    "chip and a better camera. Shares fell two percent in early trading as investors weighed the launch."
)


def span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def sentence_of(text: str, start: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, start) + 2, 0) if text.rfind(". ", 0, start) >= 0 else 0
    hi = text.find(". ", start)
    hi = len(text) if hi < 0 else hi + 1
    return lo, hi


def event(article: Article, trigger: str, lemma: str, *, status: str, date: str | None,
          anchor: str, agents: list[str] = (), place: str | None = None, after: int = 0) -> dict[str, Any]:
    text = article.text
    s, e = span(text, trigger, after)
    ss, se = sentence_of(text, s)
    agent_parts = []
    for name in agents:
        a, b = span(text, name)
        agent_parts.append(Participant(text=name, start=a, end=b, role="agent", label="GPE", entity=name))
    pl = None
    if place:
        a, b = span(text, place)
        pl = {"start": a, "end": b, "text": place, "name": place, "country": "Russia", "lat": 55.75, "lon": 37.62}
    m = EventMention(
        article_id=article.id, field="text", trigger=trigger, start=s, end=e, lemma=lemma,
        sentence=text[ss:se], sentence_start=ss, sentence_end=se, status=status, type="ANNEX",
        agents=agent_parts, date=date, date_start=date, date_end=date, anchor=anchor, place=pl,
    )
    return m.to_dict()


def timex(text: str, words: str, value: str) -> dict[str, Any]:
    s, e = span(text, words)
    return {"field": "text", "start": s, "end": e, "text": words, "type": "DATE", "value": value,
            "interval": [value, value], "rule": "weekday"}


def mention(text: str, words: str, label: str, key: str, after: int = 0) -> dict[str, Any]:
    s, e = span(text, words, after)
    return {"field": "text", "start": s, "end": e, "text": words, "label": label, "key": key, "role": None}


def place(text: str, words: str, lat: float, lon: float, country: str) -> dict[str, Any]:
    s, e = span(text, words)
    return {"field": "text", "start": s, "end": e, "text": words, "name": words, "kind": "city",
            "geonameid": 1, "country_code": country[:2].upper(), "country": country, "admin1": None,
            "lat": lat, "lon": lon, "confidence": 0.9}


def quote(text: str, content: str, speaker: str, name: str, key: str, cue: str) -> dict[str, Any]:
    c = span(text, content)
    sp = span(text, speaker, c[1])
    cu = span(text, cue, c[1])
    return {"field": "text", "content": list(c), "content_text": content, "kind": "direct",
            "speaker": list(sp), "speaker_text": speaker, "speaker_name": name, "entity_key": key,
            "cue": list(cu), "cue_text": cue}


def build_store(path: Path) -> dict[str, Article]:
    """Write the test database at ``path``; returns its articles by a short name."""
    a1 = Article(date=dt.date(2022, 9, 29), title="Russia to annex four regions on Friday", text=A1_TEXT,
                 url="https://example.com/annex", source="Example News")
    a2 = Article(date=dt.date(2022, 9, 30), title="Putin signs annexation treaties", text=A2_TEXT,
                 url="https://example.org/signed", source="Other Paper")
    a3 = Article(date=dt.date(2022, 9, 6), title="Apple unveils iPhone", text=A3_TEXT,
                 url="javascript:alert(1)", source="Tech Daily")
    copy = Article(date=dt.date(2022, 9, 29), title=a1.title, text=A1_TEXT,
                   url="https://mirror.example.net/annex", source="Mirror")
    store = open_store(path)
    for a in (a1, a2, a3, copy):
        store.add(a)
    peskov = "person:dmitry peskov"
    store.save_analysis({
        "article": a1.to_dict(),
        "timexes": [timex(A1_TEXT, "Friday", "2022-09-30")],
        "entities": [{"key": peskov, "name": "Dmitry Peskov", "label": "PERSON", "mentions": 2,
                      "roles": ["spokesman"]},
                     {"key": "gpe:russia", "name": "Russia", "label": "GPE", "mentions": 1, "roles": []}],
        "entity_mentions": [mention(A1_TEXT, "Russia", "GPE", "gpe:russia"),
                            mention(A1_TEXT, "Dmitry Peskov", "PERSON", peskov),
                            mention(A1_TEXT, "Peskov", "PERSON", peskov, A1_TEXT.index("historic"))],
        "places": [place(A1_TEXT, "Moscow", 55.75, 37.62, "Russia"), place(A1_TEXT, "Ukraine", 49.0, 32.0, "Ukraine")],
        "quotes": [quote(A1_TEXT, "This is a historic day,", "Peskov", "Dmitry Peskov", peskov, "said")],
        "events": [
            event(a1, "annex", "annex", status="planned", date="2022-09-30", anchor="timex", agents=["Russia"]),
            event(a1, "ceremony", "ceremony", status="planned", date="2022-09-30", anchor="timex",
                  place="Moscow"),
            event(a1, "annexation", "annexation", status="happened", date="2022-09-29", anchor="article"),
        ],
    }, "test")
    store.save_analysis({
        "article": a2.to_dict(),
        "timexes": [timex(A2_TEXT, "Friday", "2022-09-30")],
        "entities": [{"key": "person:vladimir putin", "name": "Vladimir Putin", "label": "PERSON", "mentions": 1,
                      "roles": []},
                     {"key": "person:volodymyr zelensky", "name": "Volodymyr Zelensky", "label": "PERSON",
                      "mentions": 1, "roles": []}],
        "entity_mentions": [mention(A2_TEXT, "Vladimir Putin", "PERSON", "person:vladimir putin"),
                            mention(A2_TEXT, "Volodymyr Zelensky", "PERSON", "person:volodymyr zelensky")],
        "places": [place(A2_TEXT, "Moscow", 55.75, 37.62, "Russia")],
        "quotes": [quote(A2_TEXT, "We will never accept it,", "Volodymyr Zelensky", "Volodymyr Zelensky",
                         "person:volodymyr zelensky", "said")],
        "events": [
            event(a2, "signed", "sign", status="happened", date="2022-09-30", anchor="timex",
                  agents=["Vladimir Putin"], place="Moscow"),
            event(a2, "annex", "annex", status="happened", date="2022-09-30", anchor="timex"),
            event(a2, "called", "call", status="happened", date="2022-09-30", anchor="article"),
        ],
    }, "test")
    store.save_analysis({
        "article": a3.to_dict(),
        "timexes": [timex(A3_TEXT, "Tuesday", "2022-09-06")],
        "entities": [{"key": "org:apple", "name": "Apple", "label": "ORG", "mentions": 1, "roles": []}],
        "entity_mentions": [mention(A3_TEXT, "Apple", "ORG", "org:apple")],
        "places": [place(A3_TEXT, "Cupertino", 37.32, -122.03, "United States")],
        "quotes": [],
        "events": [event(a3, "unveiled", "unveil", status="happened", date="2022-09-06", anchor="timex",
                         agents=["Apple"])],
    }, "test")
    store.close()
    return {"annex": a1, "signed": a2, "apple": a3, "copy": copy}


# -- tests of dateline.api.data over this database ------------------------------------------------



@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api_data") / "t.db"
    arts = build_store(path)
    return path, arts


def test_parse_day():
    assert data.parse_day(" 2022-09-29 ", "from") == "2022-09-29"
    assert data.parse_day("", "from") is None and data.parse_day(None, "to") is None
    with pytest.raises(ValueError, match="to must be a date like 2022-09-29"):
        data.parse_day("29/09/2022", "to")
    with pytest.raises(ValueError, match="from must be"):
        data.parse_day("2022-02-30", "from")


def test_article_infos_follow_copies_to_their_originals(db):
    path, arts = db
    with open_store(path, readonly=True) as store:
        infos = data.article_infos(store, [arts["copy"].id])
    assert set(infos) == {arts["copy"].id, arts["annex"].id}
    assert infos[arts["copy"].id].duplicate_of == arts["annex"].id
    assert infos[arts["annex"].id].title == "Russia to annex four regions on Friday"


def test_mention_from_dict_ignores_unknown_fields_and_skips_broken_ones():
    d = {"article_id": "a", "field": "text", "trigger": "vote", "start": 0, "end": 4, "lemma": "vote",
         "sentence": "vote", "sentence_start": 0, "sentence_end": 4, "weak_date": True, "added_later": 1}
    m = data.mention_from_dict(d)
    assert m is not None and m.trigger == "vote" and m.anchor == "article"
    assert data.mention_from_dict({"article_id": "a"}) is None


def test_timeline_from_store(db):
    path, arts = db
    with open_store(path, readonly=True) as store:
        tl = data.timeline_from_store(store)
        only_apple = data.timeline_from_store(store, entity="Apple")
        september = data.timeline_from_store(store, date_from="2022-09-20", date_to="2022-09-30", per_date=1)
        stories = data.timeline_from_store(store, stories={arts["annex"].id: "s1", arts["signed"].id: "s2"})
    assert isinstance(tl, Timeline)
    days = [d.date for d in tl.dates]
    assert days == sorted(days) and "2022-09-06" in days and "2022-09-30" in days
    assert tl.n_articles == 3  # the copy has no layers of its own
    assert [d.date for d in only_apple.dates] == ["2022-09-06"]
    assert "2022-09-06" not in [d.date for d in september.dates]
    assert all(len(d.entries) <= 1 for d in september.dates)
    assert stories.dates  # story ids are accepted and passed on
    entry = next(e for d in tl.dates if d.date == "2022-09-30" for e in d.entries)
    cite = entry.citations[0]
    text = {a.id: a.text for a in arts.values()}[cite.article_id]
    assert text[cite.start:cite.end].strip() == entry.text


def test_places_are_grouped_by_name_with_lon_lat(db):
    path, arts = db
    with open_store(path, readonly=True) as store:
        geo = data.places_geojson(store)
        late = data.places_geojson(store, date_from="2022-09-20")
    by_name = {f["properties"]["name"]: f for f in geo["features"]}
    assert geo["type"] == "FeatureCollection"
    assert geo["features"][0]["properties"]["name"] == "Moscow"  # most mentioned first
    moscow = by_name["Moscow"]
    assert moscow["geometry"] == {"type": "Point", "coordinates": [37.62, 55.75]}
    assert moscow["properties"]["mentions"] == 2
    assert sorted(moscow["properties"]["articles"]) == sorted([arts["annex"].id, arts["signed"].id])
    assert "Cupertino" in by_name and "Cupertino" not in {f["properties"]["name"] for f in late["features"]}


def test_entity_list_filters_and_escapes_like(db):
    path, _ = db
    with open_store(path, readonly=True) as store:
        assert data.entity_list(store)[0]["name"] == "Dmitry Peskov"
        assert {e["label"] for e in data.entity_list(store, label="person")} == {"PERSON"}
        assert [e["name"] for e in data.entity_list(store, q="putin")] == ["Vladimir Putin"]
        assert data.entity_list(store, q="%") == [] and data.entity_list(store, q="_") == []
        assert len(data.entity_list(store, limit=2)) == 2
