"""Timeline building: events grouped across articles, dates chosen by independent sources, summaries."""

import datetime as dt

import pytest

from dateline.events.model import EventMention, Participant
from dateline.timelines import ArticleInfo, build_timeline, group_events
from dateline.timelines.dating import best_date, precision_of
from dateline.timelines.events import lemma_class
from dateline.timelines.status import mention_status, status_over_time


def party(text: str, sentence: str, role: str = "agent", label: str = "PERSON", entity: str | None = None):
    start = sentence.index(text)
    return Participant(text=text, start=start, end=start + len(text), role=role, label=label,
                       entity=entity or text)


def mention(article_id: str, sentence: str, trigger: str, lemma: str, *, date: str | None = None,
            anchor: str = "timex", status: str = "happened", agents=(), patients=(), place=None,
            reporting: bool = False, field: str = "text", offset: int = 0) -> EventMention:
    """A mention whose sentence starts at ``offset`` of its article; the date is one day or a month."""
    start = offset + sentence.index(trigger)
    if date and len(date) == 7:  # a month
        y, m = map(int, date.split("-"))
        last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        date_start, date_end = f"{date}-01", last
    else:
        date_start = date_end = date
    return EventMention(
        article_id=article_id, field=field, trigger=trigger, start=start, end=start + len(trigger),
        lemma=lemma, sentence=sentence, sentence_start=offset, sentence_end=offset + len(sentence),
        status=status, date=date, date_start=date_start, date_end=date_end, anchor=anchor,
        agents=[party(a, sentence) if isinstance(a, str) else a for a in agents],
        patients=[party(p, sentence, "patient", "GPE") if isinstance(p, str) else p for p in patients],
        place=place, reporting=reporting,
    )


ARTICLES = {
    "a1": ArticleInfo("a1", "2022-09-29", "Putin to sign annexation treaty on Friday", "https://example.org/a1",
                      "Example Times"),
    "a2": ArticleInfo("a2", "2022-09-30", "Putin annexes four regions of Ukraine", "https://example.org/a2",
                      "Wire Service"),
    "a2copy": ArticleInfo("a2copy", "2022-09-30", "Putin annexes four regions of Ukraine",
                          "https://other.example/a2", "Local Paper", duplicate_of="a2"),
    "a3": ArticleInfo("a3", "2022-10-01", "Kremlin ceremony seals annexation", "https://example.org/a3", "Daily"),
}

S_PLAN = "Vladimir Putin will sign treaties annexing four regions of Ukraine at a Kremlin ceremony on Friday."
S_SIGNED = "Vladimir Putin signed treaties on Friday annexing four Ukrainian regions at a Kremlin ceremony."
S_CEREMONY = "At a signing ceremony in the Kremlin on Friday, Putin annexed four regions of Ukraine."
S_APPLY = "Volodymyr Zelensky said on Friday that Ukraine applied for fast-track membership of NATO."
S_STRIKE_RU = "Russian missiles struck a humanitarian convoy in Zaporizhzhia on Friday, killing 25 people."
S_STRIKE_UA = "Ukrainian forces struck a pontoon bridge near Kherson on Friday with rockets."


def signing_mentions() -> list[EventMention]:
    putin = Participant("Vladimir Putin", 0, 14, "agent", "PERSON", "Vladimir Putin")
    return [
        mention("a1", S_PLAN, "sign", "sign", date="2022-09-30", status="planned", agents=[putin]),
        mention("a2", S_SIGNED, "signed", "sign", date="2022-09-30", agents=[putin]),
        mention("a2copy", S_SIGNED, "signed", "sign", date="2022-09-30", agents=[putin]),
        mention("a3", S_CEREMONY, "ceremony", "ceremony", date="2022-09-30",
                agents=[Participant("Putin", 41, 46, "agent", "PERSON", "Vladimir Putin")]),
    ]


def same_day_others() -> list[EventMention]:
    return [
        mention("a2", S_APPLY, "applied", "apply", date="2022-09-30", offset=200,
                agents=[Participant("Ukraine", 40, 47, "agent", "GPE", "Ukraine")]),
        mention("a2", S_STRIKE_RU, "struck", "strike", date="2022-09-30", offset=400,
                agents=[Participant("Russian", 0, 7, "agent", "NORP", "Russia")],
                patients=[Participant("Zaporizhzhia", 44, 56, "patient", "GPE", "Zaporizhzhia")],
                place={"name": "Zaporizhzhia", "text": "Zaporizhzhia", "start": 444, "end": 456}),
        mention("a3", S_STRIKE_UA, "struck", "strike", date="2022-09-30", offset=300,
                agents=[Participant("Ukrainian", 0, 9, "agent", "NORP", "Ukraine")],
                patients=[Participant("Kherson", 43, 50, "patient", "GPE", "Kherson")],
                place={"name": "Kherson", "text": "Kherson", "start": 343, "end": 350}),
    ]


# -- grouping


def test_same_event_across_three_articles_is_one_event_planned_then_held():
    events = group_events(signing_mentions(), ARTICLES)
    assert len(events) == 1
    ev = events[0]
    assert ev.date == "2022-09-30" and ev.precision == "day" and not ev.weak_date
    assert ev.status == "happened"
    assert ev.status_history[0] == ("2022-09-29", "planned")
    assert ev.was_planned and ev.display_status == "planned, held"
    assert "Vladimir Putin" in ev.participants


def test_syndicated_copy_counts_once():
    ev = group_events(signing_mentions(), ARTICLES)[0]
    assert ev.sources == ["a1", "a2", "a3"]  # a2copy is a2
    assert ev.support == pytest.approx(3.0)


def test_different_events_on_the_same_day_stay_apart():
    events = group_events(signing_mentions() + same_day_others(), ARTICLES)
    assert len(events) == 4
    by_lemma = {frozenset(m.lemma for m in ev.mentions): ev for ev in events}
    assert frozenset({"sign", "ceremony"}) in by_lemma
    strikes = [ev for ev in events if ev.mentions[0].lemma == "strike"]
    assert len(strikes) == 2 and {s.places[0] for s in strikes} == {"Zaporizhzhia", "Kherson"}


def test_same_wording_on_different_days_are_different_events():
    a = mention("a2", S_STRIKE_RU, "struck", "strike", date="2022-09-30")
    b = mention("a3", S_STRIKE_RU.replace("Friday", "Saturday"), "struck", "strike", date="2022-10-01")
    assert len(group_events([a, b], ARTICLES)) == 2


def test_month_date_contains_the_day_and_the_day_wins():
    a = mention("a2", S_SIGNED, "signed", "sign", date="2022-09-30")
    b = mention("a3", S_SIGNED.replace("on Friday", "in September"), "signed", "sign", date="2022-09")
    events = group_events([a, b], ARTICLES)
    assert len(events) == 1
    assert events[0].date == "2022-09-30" and events[0].precision == "day"


def test_event_ids_are_stable_and_independent_of_input_order():
    ms = signing_mentions() + same_day_others()
    ids = sorted(ev.id for ev in group_events(ms, ARTICLES))
    assert ids == sorted(ev.id for ev in group_events(list(reversed(ms)), ARTICLES))
    assert all(i.startswith("ev-") for i in ids)


def test_synonyms_come_from_the_data_file():
    assert lemma_class("referendum") == lemma_class("vote")
    assert lemma_class("signing ceremony") == lemma_class("sign")
    assert lemma_class("shelling") != lemma_class("vote")


def test_best_date_prefers_agreement_of_independent_sources():
    ms = [mention("a1", S_SIGNED, "signed", "sign", date="2022-09-29"),
          mention("a2", S_SIGNED, "signed", "sign", date="2022-09-30"),
          mention("a3", S_SIGNED, "signed", "sign", date="2022-09-30")]
    assert best_date(ms, ARTICLES)[0] == "2022-09-30"


def test_weak_anchor_counts_less_than_a_dated_one():
    ms = [mention("a2", S_SIGNED, "signed", "sign", date="2022-09-30", anchor="article"),
          mention("a3", S_SIGNED, "signed", "sign", date="2022-10-01", anchor="article"),
          mention("a1", S_SIGNED, "signed", "sign", date="2022-09-29", anchor="timex")]
    value, start, end, weak, support = best_date(ms, ARTICLES)
    assert value == "2022-09-29" and not weak


def test_cancellation_words_near_the_trigger():
    m = mention("a3", "The summit planned for Friday was cancelled after the attack.", "summit", "summit",
                date="2022-09-30", status="planned")
    assert mention_status(m) == "cancelled"
    plan = mention("a1", "The summit will take place on Friday.", "summit", "summit", date="2022-09-30",
                   status="planned")
    status, history = status_over_time([plan, m], ARTICLES)
    assert status == "cancelled" and [s for _, s in history] == ["planned", "cancelled"]


def test_precision_names():
    assert precision_of("2022-09-30", "2022-09-30") == "day"
    assert precision_of("2022-09-01", "2022-09-30") == "month"
    assert precision_of("2022-01-01", "2022-12-31") == "year"


# -- timelines


def _more_days() -> list[EventMention]:
    """A second, less reported day (one source) and a weakly dated day (two sources, article dates)."""
    return [
        mention("a3", "Russia shelled Kharkiv on Thursday, local officials reported.", "shelled", "shell",
                date="2022-09-29", offset=600),
        mention("a2", "Explosions were heard in the city centre.", "Explosions", "explosion",
                date="2022-09-30", anchor="article", offset=800),
        mention("a3", "Explosions were heard in the city centre again.", "Explosions", "explosion",
                date="2022-10-01", anchor="article", offset=900),
    ]


def test_dates_are_chosen_by_source_count_and_output_in_order():
    tl = build_timeline(signing_mentions() + same_day_others() + _more_days(), ARTICLES, dates=2, per_date=2)
    assert [td.date for td in tl.dates] == ["2022-09-29", "2022-09-30"]
    top = tl.dates[1]
    assert top.score == pytest.approx(3.0)  # a1, a2 (+ its copy once), a3
    assert len(top.entries) == 2
    tl1 = build_timeline(signing_mentions() + same_day_others() + _more_days(), ARTICLES, dates=1)
    assert [td.date for td in tl1.dates] == ["2022-09-30"]


def test_weak_dates_rank_below_dated_events():
    tl = build_timeline(_more_days(), ARTICLES)
    scores = {td.date: td.score for td in tl.dates}
    assert scores["2022-09-29"] == pytest.approx(1.0)
    assert scores["2022-09-30"] < 1.0


def test_entries_cite_sources_with_offsets():
    ms = signing_mentions()
    tl = build_timeline(ms, ARTICLES, per_date=3)
    entry = tl.dates[0].entries[0]
    assert entry.text != S_PLAN  # a report of the signing, not the earlier announcement
    assert not entry.planned and entry.display_status == "planned, held"
    for c in entry.citations:
        m = next(m for m in ms if m.article_id == c.article_id)
        assert (c.start, c.end) == (m.sentence_start, m.sentence_end) and c.title == ARTICLES[c.article_id].title
    assert set(entry.also_reported_by) | {entry.citations[0].article_id} == {"a1", "a2", "a3"}


def test_a_sentence_syndicated_twice_cites_both_copies():
    tl = build_timeline(signing_mentions()[1:3], ARTICLES)
    entry = tl.dates[0].entries[0]
    assert entry.article_ids == ["a2", "a2copy"] and entry.also_reported_by == []
    assert entry.citations[0].url == "https://example.org/a2"
    assert tl.dates[0].score == pytest.approx(1.0)


def test_planned_entry_is_marked_planned():
    tl = build_timeline(signing_mentions()[:1], ARTICLES)
    entry = tl.dates[0].entries[0]
    assert entry.text == S_PLAN and entry.planned and entry.display_status == "planned"


def test_summary_avoids_repeating_the_same_content():
    tl = build_timeline(signing_mentions() + same_day_others(), ARTICLES, per_date=4)
    texts = [e.text for e in tl.dates[0].entries]
    # the three paraphrases of the signing give one entry; the three other events one each
    assert len(texts) == 4 and len({e.event_id for e in tl.dates[0].entries}) == 4
    assert sum(t in (S_PLAN, S_SIGNED, S_CEREMONY) for t in texts) == 1


def test_query_entity_and_place_filters():
    ms = signing_mentions() + same_day_others()
    tl = build_timeline(ms, ARTICLES, query="NATO membership")
    assert [e.text for td in tl.dates for e in td.entries] == [S_APPLY]
    tl = build_timeline(ms, ARTICLES, query="annexation")  # in the titles of a1 and a3
    kept = {m.article_id for ev in tl.events for m in ev.mentions}
    # a2 and its copy say "annexes" and "annexing": the same kind of event (event_synonyms.tsv)
    assert kept == {"a1", "a2", "a2copy", "a3"}
    tl = build_timeline(ms, ARTICLES, query="pontoon")
    assert [e.text for td in tl.dates for e in td.entries] == [S_STRIKE_UA]
    tl = build_timeline(ms, ARTICLES, entity="Russia", per_date=5)
    assert [e.text for td in tl.dates for e in td.entries] == [S_STRIKE_RU]
    tl = build_timeline(ms, ARTICLES, place="Kherson", per_date=5)
    assert [e.text for td in tl.dates for e in td.entries] == [S_STRIKE_UA]


def test_date_range_and_planned_filters():
    ms = signing_mentions() + _more_days()
    tl = build_timeline(ms, ARTICLES, date_from="2022-09-30", date_to="2022-09-30")
    assert [td.date for td in tl.dates] == ["2022-09-30"]
    only_plan = [signing_mentions()[0]]
    assert len(build_timeline(only_plan, ARTICLES)) == 1
    assert len(build_timeline(only_plan, ARTICLES, include_planned=False)) == 0


def test_empty_input_gives_an_empty_timeline():
    tl = build_timeline([], {})
    assert tl.dates == [] and tl.n_events == 0
    assert tl.to_dict()["dates"] == []
    assert group_events([], {}) == []
    assert len(build_timeline(signing_mentions(), ARTICLES, query="volcano")) == 0


def test_summaries_feed_the_metrics():
    from dateline.timelines.metrics import date_f1

    tl = build_timeline(signing_mentions(), ARTICLES)
    pred = tl.summaries()
    assert list(pred) == [dt.date(2022, 9, 30)]
    assert date_f1(pred, {dt.date(2022, 9, 30): ["Putin annexed four regions"]})["f_score"] == 1.0


def test_planned_only_counts_when_reported_before_the_fate():
    # a2 (30 Sep) says "will sign" and a2copy-day article says signed: same day, no "planned, held"
    ms = [mention("a2", S_PLAN, "sign", "sign", date="2022-09-30", status="planned"),
          mention("a3", S_SIGNED, "signed", "sign", date="2022-09-30")]
    ev = group_events(ms, {**ARTICLES, "a3": ArticleInfo("a3", "2022-09-30", "Same day")})[0]
    assert ev.status == "happened" and not ev.was_planned and ev.display_status == "happened"


def test_sentences_that_cannot_stand_alone_rank_lower():
    from dateline.timelines.build import readability

    assert readability("He added that the talks would continue next week in Istanbul.") < readability(
        "Ukraine and Russia agreed that the talks would continue next week in Istanbul.")
    assert readability("Talks resumed.") < 1.0


def test_a_sentence_is_told_on_one_date_only():
    # the attack (dated Thursday by its sentence) and the statement reporting it (the article's day)
    s = "Russia shelled Kharkiv on Thursday, local officials said."
    attack = mention("a2", s, "shelled", "shell", date="2022-09-29", offset=100)
    said = mention("a2", s, "said", "say", date="2022-09-30", anchor="article", reporting=True, offset=100)
    other = mention("a2", "Explosions were heard in the city centre.", "Explosions", "explosion",
                    date="2022-09-30", anchor="article", offset=300)
    tl = build_timeline([attack, said, other], ARTICLES)
    texts = {td.date: [e.text for e in td.entries] for td in tl.dates}
    assert texts["2022-09-29"] == [s]
    assert s not in texts.get("2022-09-30", [])


def test_a_plan_dated_only_by_its_article_gives_way_to_what_happened_that_day():
    from dateline.timelines.dating import WEAK_PLANNED_WEIGHT, WEAK_WEIGHT, anchor_weight

    met = "Foreign ministers met in Kyiv to discuss the grain corridor."
    plan = "Ukraine plans to expand the grain corridor to more ports."
    ms = [mention("a1", plan, "expand", "expand", date="2022-09-29", anchor="article", status="planned"),
          mention("a1", met, "met", "meet", date="2022-09-29", anchor="article", offset=100)]
    assert all(m.weak_date for m in ms)
    assert anchor_weight(ms[0], True) == WEAK_PLANNED_WEIGHT < anchor_weight(ms[1], True) == WEAK_WEIGHT
    tl = build_timeline(ms, ARTICLES, per_date=1)
    assert [e.text for d in tl.dates for e in d.entries] == [met]


def test_an_undated_mention_of_a_one_off_event_refers_back_to_its_dated_report():
    from dateline.timelines import ArticleInfo as Info

    arts = {"old": Info("old", "2022-02-01", "Crimea", None, "A"), "new": Info("new", "2022-08-23", "Crimea", None, "B"),
            "new2": Info("new2", "2022-08-24", "Crimea", None, "C")}
    crimea = Participant("Crimea", 0, 6, "patient", "GPE", "place:crimea")
    dated = "In 2014, Russia annexed Crimea after a sham vote."
    back = "Kyiv will never accept the illegal annexation of Crimea."
    back2 = "The annexation of the Autonomous Republic of Crimea remains illegal."
    ms = [mention("old", dated, "annexed", "annex", date="2014", patients=[crimea]),
          mention("new", back, "annexation", "annexation", date="2022-08-23", anchor="article", patients=[crimea]),
          mention("new2", back2, "annexation", "annexation", date="2022-08-24", anchor="article",
                  patients=[Participant("Autonomous Republic of Crimea", 0, 5, "patient", "GPE",
                                        "place:autonomous-republic-of-crimea")])]
    ms[0].date_start, ms[0].date_end = "2014-01-01", "2014-12-31"
    events = group_events(ms, arts)
    assert len(events) == 1 and events[0].date == "2014" and len(events[0].sources) == 3
    tl = build_timeline(ms, arts)
    assert all(d.date < "2022" for d in tl.dates)  # nothing lands on the days the later articles appeared
    # an event that recurs (an attack) is not joined to an older one
    hit = Participant("Kyiv", 0, 4, "patient", "GPE", "place:kyiv")
    recur = [mention("old", "In 2014, rebels attacked Kyiv.", "attacked", "attack", date="2014", patients=[hit]),
             mention("new", "Rebels attacked Kyiv again.", "attacked", "attack", date="2022-08-23", anchor="article",
                     patients=[hit])]
    recur[0].date_start, recur[0].date_end = "2014-01-01", "2014-12-31"
    assert len(group_events(recur, arts)) == 2


def test_a_narrative_told_relative_to_another_event_puts_nothing_on_the_article_day():
    s = ("Days later he formally annexes four regions of Ukraine after staging referendums "
         "that are dismissed by Kyiv.")
    annex = mention("a3", s, "annexes", "annex", date="2022-10-01", anchor="article")
    annex.relative = True
    staging = mention("a3", s, "staging", "stage", date="2022-10-01", anchor="article")
    dismissed = mention("a3", s, "dismissed", "dismiss", date="2022-10-01", anchor="article")
    dated = mention("a2", S_SIGNED, "signed", "sign", date="2022-09-30")
    timeline = build_timeline([annex, staging, dismissed, dated], ARTICLES)
    assert [d.date for d in timeline.dates] == ["2022-09-30"]
    # without the relative adverb the same sentence is the article day's news
    plain = [mention("a3", s, "annexes", "annex", date="2022-10-01", anchor="article"), dated]
    assert [d.date for d in build_timeline(plain, ARTICLES).dates] == ["2022-09-30", "2022-10-01"]
