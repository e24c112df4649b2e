"""Articles grouped into stories: dateline.stories.cluster_articles and StoryIndex."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from dateline.model import Article
from dateline.stories import Params, StoryIndex, cluster_articles, story_id
from dateline.stories.agglomerative import NameVeto, average_link, single_link


def _a(ident: str, date: str | None, title: str, text: str) -> dict:
    return {"id": ident, "date": date, "title": title, "text": text}


@pytest.fixture
def three_events() -> list[dict]:
    """Two earthquakes (same kind, different places and days) and a rehab stay."""
    return [
        _a("chile-1", "2013-05-03", "Magnitude 6.1 earthquake strikes northern Chile",
           "A magnitude 6.1 earthquake struck northern Chile on Friday near the port city of Iquique, "
           "the US Geological Survey said. No damage was reported in Iquique."),
        _a("chile-2", "2013-05-03", "Strong quake shakes Iquique in Chile",
           "Buildings swayed in Iquique when a 6.1 magnitude quake hit the north of Chile. "
           "Chile's emergency office ONEMI said there were no victims."),
        _a("chile-3", "2013-05-04", "Chile earthquake: no tsunami after 6.1 tremor near Iquique",
           "The Chilean navy ruled out a tsunami after the magnitude 6.1 earthquake near Iquique, Chile."),
        _a("indo-1", "2013-05-20", "Earthquake of magnitude 7.2 hits Sumatra, Indonesia",
           "A magnitude 7.2 earthquake hit the island of Sumatra in Indonesia, killing 12 people in Aceh, "
           "officials said. The quake toppled houses in Aceh province."),
        _a("indo-2", "2013-05-20", "Indonesia quake kills 12 in Aceh",
           "At least 12 people died when a 7.2 magnitude earthquake struck Aceh on Sumatra, Indonesia. "
           "Rescuers searched the rubble of houses in Aceh."),
        _a("indo-3", "2013-05-21", "Aceh earthquake death toll rises, Indonesia says",
           "Indonesia's disaster agency said the toll of the Sumatra earthquake in Aceh rose to 12 dead."),
        _a("lohan-1", "2013-05-03", "Lindsay Lohan checks into Betty Ford Center",
           "Lindsay Lohan has checked into the Betty Ford Center for a 90-day court-ordered rehab stay, "
           "her lawyer Shawn Holley said."),
        _a("lohan-2", "2013-05-04", "Lohan enters rehab at Betty Ford",
           "Actress Lindsay Lohan entered rehab at the Betty Ford Center in Rancho Mirage, as ordered "
           "by a judge, lawyer Shawn Holley said."),
    ]


def _groups(assignment: dict[str, str]) -> set[frozenset[str]]:
    by_story: dict[str, set[str]] = {}
    for ident, story in assignment.items():
        by_story.setdefault(story, set()).add(ident)
    return {frozenset(members) for members in by_story.values()}


EXPECTED = {
    frozenset({"chile-1", "chile-2", "chile-3"}),
    frozenset({"indo-1", "indo-2", "indo-3"}),
    frozenset({"lohan-1", "lohan-2"}),
}


def test_three_events_make_three_stories(three_events):
    assert _groups(cluster_articles(three_events)) == EXPECTED


def test_same_result_in_any_order(three_events):
    first = cluster_articles(three_events)
    rng = random.Random(3)
    for _ in range(5):
        shuffled = three_events[:]
        rng.shuffle(shuffled)
        assert cluster_articles(shuffled) == first


def test_story_id_is_that_of_the_earliest_article(three_events):
    stories = cluster_articles(three_events)
    assert stories["chile-2"] == story_id("chile-1")  # same day: the smaller id founds the story
    assert stories["indo-3"] == story_id("indo-1")
    assert stories["lohan-2"] == story_id("lohan-1")


def test_articles_objects_are_accepted(three_events):
    articles = [Article(date=dt.date.fromisoformat(a["date"]), title=a["title"], text=a["text"], id=a["id"])
                for a in three_events]
    assert _groups(cluster_articles(articles)) == EXPECTED


def test_same_words_far_apart_in_time_are_two_stories(three_events):
    chile = [a for a in three_events if a["id"].startswith("chile")]
    later = [dict(a, id=a["id"] + "-next-year", date="2014-05-03") for a in chile]
    groups = _groups(cluster_articles(chile + later))
    assert frozenset({"chile-1", "chile-2", "chile-3"}) in groups
    assert frozenset({"chile-1-next-year", "chile-2-next-year", "chile-3-next-year"}) in groups


def test_undated_articles_are_grouped_by_their_words(three_events):
    undated = [dict(a, date=None) for a in three_events]
    assert _groups(cluster_articles(undated)) == EXPECTED


def test_a_higher_threshold_gives_more_stories(three_events):
    assert len(set(cluster_articles(three_events, Params(threshold=0.99)).values())) == len(three_events)


def test_empty_input():
    assert cluster_articles([]) == {}


def test_bad_input_is_refused(three_events):
    with pytest.raises(ValueError, match="given twice"):
        cluster_articles(three_events + [three_events[0]])
    with pytest.raises(ValueError, match="not a valid date"):
        cluster_articles([_a("x", "2013-02-30", "t", "text")])
    with pytest.raises(ValueError, match="no id"):
        cluster_articles([{"date": "2013-02-03", "title": "t", "text": "x"}])


def test_index_assigns_new_articles_to_their_story(three_events):
    first = [a for a in three_events if a["id"] not in {"chile-3", "indo-3"}]
    index = StoryIndex()
    index.add_many(first)
    assert index.add(next(a for a in three_events if a["id"] == "chile-3")) == index.assignment["chile-1"]
    assert index.add(next(a for a in three_events if a["id"] == "indo-3")) == index.assignment["indo-1"]
    assert _groups(index.assignment) == EXPECTED
    assert index.add(three_events[0]) == index.assignment["chile-1"]  # added twice: same story
    assert len(index) == len(three_events)


def test_index_opens_a_story_for_a_new_event(three_events):
    index = StoryIndex()
    index.add_many(three_events)
    sid = index.add(_a("flood-1", "2013-05-21", "Floods in Bavaria force thousands from homes",
                       "The Danube burst its banks in Passau, Bavaria, and thousands left their homes."))
    assert sid == story_id("flood-1")
    assert index.stories()[sid] == ["flood-1"]


def test_index_rebuilt_from_a_stored_grouping_keeps_story_ids(three_events):
    stored = {a["id"]: "story-" + a["id"].split("-")[0] for a in three_events if a["id"] != "indo-3"}
    kept = [a for a in three_events if a["id"] in stored]
    index = StoryIndex.from_assignment(kept, stored)
    assert index.assignment == stored
    assert index.add(next(a for a in three_events if a["id"] == "indo-3")) == "story-indo"


def test_average_link_does_not_chain_where_single_link_does():
    # a-b and b-c are alike, a and c are not: single link chains all three together
    edges = {(0, 1): 0.6, (1, 2): 0.6}
    assert single_link(3, edges, 0.5) == [0, 0, 0]
    assert average_link(3, edges, 0.5) == [0, 0, 2]  # {a,b} to c: (0 + 0.6) / 2 = 0.3 < 0.5


def test_average_link_merges_in_order_of_similarity():
    edges = {(0, 1): 0.9, (2, 3): 0.8, (1, 2): 0.5, (0, 2): 0.5, (0, 3): 0.5, (1, 3): 0.5}
    assert average_link(4, edges, 0.6) == [0, 0, 2, 2]
    assert average_link(4, edges, 0.5) == [0, 0, 0, 0]


def test_name_veto_keeps_two_fights_of_one_boxer_apart():
    # rows 0-2 name Klitschko and Rahman, rows 3-5 Klitschko and Thompson; all alike in words
    names = [{"e:klitschko", "e:rahman"}] * 3 + [{"e:klitschko", "e:thompson"}] * 3
    edges = {(i, j): 0.7 if (i < 3) == (j < 3) else 0.6 for i in range(6) for j in range(i + 1, 6)}
    assert average_link(6, edges, 0.3) == [0] * 6
    vetoed = average_link(6, edges, 0.3, NameVeto(names, min_size=3, high=0.7, low=0.1))
    assert vetoed == [0, 0, 0, 3, 3, 3]


def test_name_veto_lets_groups_that_are_plainly_alike_merge():
    # a story that grew: the later articles name someone new, but the groups stay alike (0.6)
    names = [{"e:klitschko", "e:rahman"}] * 3 + [{"e:klitschko", "e:thompson"}] * 3
    edges = {(i, j): 0.7 if (i < 3) == (j < 3) else 0.6 for i in range(6) for j in range(i + 1, 6)}
    capped = NameVeto(names, min_size=3, high=0.7, low=0.1, cap=0.5)
    assert average_link(6, edges, 0.3, capped) == [0] * 6
    assert not capped.blocks(0, 3, 3, 3, similarity=0.5)


def _fights(opponent: str, arena: str, city: str, day: int) -> list[dict]:
    """Five reports of one title defence by Wladimir Klitschko, told in varied words."""
    leads = [
        f"Wladimir Klitschko stops {opponent} to retain heavyweight titles",
        f"Klitschko defends heavyweight belts against {opponent}",
        f"{opponent} no match for Wladimir Klitschko",
        f"Klitschko beats {opponent} in {city}",
        f"Wladimir Klitschko keeps his titles, {opponent} stopped",
    ]
    bodies = [
        f"Wladimir Klitschko retained his heavyweight title belts by stopping {opponent} at the {arena} "
        f"in {city} on Saturday night. The referee waved the fight off in the sixth round.",
        f"Before a sold-out crowd at the {arena} in {city}, Klitschko knocked {opponent} down twice and "
        "kept his heavyweight titles when the referee stopped the fight.",
        f"{opponent} was stopped by Wladimir Klitschko on Saturday. Klitschko, the heavyweight champion, "
        f"landed his jab at will in {city} and the referee ended the fight.",
        f"The heavyweight champion Wladimir Klitschko defended his titles against {opponent} at the "
        f"{arena}, {city}, stopping him after a knockdown in the sixth round.",
        f"Klitschko said he was happy after stopping {opponent} in {city}. The heavyweight champion "
        "kept his belts with a sixth-round stoppage at the " + arena + ".",
    ]
    key = opponent.split()[-1].lower()
    return [_a(f"{key}-{i}", f"2013-05-{day + i % 2:02d}", lead, body)
            for i, (lead, body) in enumerate(zip(leads, bodies, strict=True))]


def test_two_events_of_one_kind_in_one_week_stay_apart_by_their_names():
    rahman = _fights("Hasim Rahman", "SAP Arena", "Mannheim", 4)
    thompson = _fights("Tony Thompson", "St. Jakobshalle", "Bern", 6)
    articles = rahman + thompson
    expected = {frozenset(a["id"] for a in rahman), frozenset(a["id"] for a in thompson)}
    assert _groups(cluster_articles(articles)) == expected
    # without the veto, dates a few days apart cannot tell the two fights apart
    assert len(_groups(cluster_articles(articles, Params(veto_size=0)))) < 2
    assert len(_groups(cluster_articles(articles, Params(veto_dated=False)))) < 2
    undated = [dict(a, date=None) for a in articles]
    assert _groups(cluster_articles(undated)) == expected
