"""Timeline round 1 (hand review of multi-article stories): the fixes it brought, on small cases and on
real news (the Giveme5W1H gold-standard articles about the Cubs' World Series win, read from ../shared)."""

import datetime as dt
import json

import pytest

from benchmarks.common import SHARED
from dateline.events.model import EventMention
from dateline.timelines import ArticleInfo, build_timeline, group_events
from dateline.timelines.build import summary_span
from dateline.timelines.dating import best_date, is_approximate, mention_interval
from dateline.timelines.segments import is_furniture, piece
from dateline.timelines.status import fate_words, mention_status

GIVEME = SHARED / "benchmarks" / "giveme5w1h-gold-standard" / "data"


def mention(article_id: str, sentence: str, trigger: str, *, date: str | None, end: str | None = None,
            anchor: str = "timex", timex: dict | None = None, status: str = "happened", offset: int = 0,
            lemma: str | None = None) -> EventMention:
    start = offset + sentence.index(trigger)
    return EventMention(
        article_id=article_id, field="text", trigger=trigger, start=start, end=start + len(trigger),
        lemma=lemma or trigger.lower(), sentence=sentence, sentence_start=offset,
        sentence_end=offset + len(sentence), status=status, date=date, date_start=date, date_end=end or date,
        anchor=anchor, timex=timex,
    )


def _timex(sentence: str, text: str, value: str, offset: int = 0) -> dict:
    start = offset + sentence.index(text)
    return {"start": start, "end": start + len(text), "text": text, "value": value}


ARTICLES = {
    "n1": ArticleInfo("n1", "2016-11-10", "Taliban strike German consulate"),
    "n2": ArticleInfo("n2", "2016-11-11", "At least four killed in raid on German consulate"),
    "n3": ArticleInfo("n3", "2016-11-11", "Fatal attack on German consulate"),
    "n4": ArticleInfo("n4", "2016-11-11", "Truck bomb at German consulate"),
}


# -- fates bound to their event


@pytest.mark.parametrize("sentence, trigger, fates", [
    ("The summit planned for Friday was cancelled after the attack.", "summit", ["cancelled"]),
    ("The summit, planned for Friday, was cancelled.", "summit", ["cancelled"]),
    ("The government called off the planned summit.", "summit", ["cancelled"]),
    ("The postponement of the vote angered many.", "vote", ["postponed"]),
    ("The vote went ahead on Sunday.", "vote", ["held"]),
    ("The Cubs blew a lead but came back after a rain delay to clinch the title.", "clinch", []),
    ("The Cubs won after the deciding game needed extra innings which was delayed for rain and ended late.",
     "ended", []),
    ("The game remained tied after the ninth, where the tension was heightened by a 17-minute rain delay.",
     "heightened", []),
    ("For a 17-minute rain delay.", "delay", []),
    ("The match was postponed.", "postponed", ["postponed"]),
])
def test_fate_words_count_only_when_bound_to_the_trigger(sentence, trigger, fates):
    i = sentence.index(trigger)
    assert fate_words(sentence, i, i + len(trigger)) == fates


def test_a_rain_delay_does_not_postpone_the_game():
    s = "The Cubs came back after a rain delay to clinch the title on Wednesday night."
    m = mention("n1", s, "clinch", date="2016-11-02", end="2016-11-03",
                timex=_timex(s, "Wednesday night", "2016-11-02TNI"))
    assert mention_status(m) == "happened"


# -- dates


def test_a_part_of_the_day_dates_its_day():
    s = "The Chicago Cubs won the World Series here Wednesday night."
    m = mention("n1", s, "won", date="2016-11-02", end="2016-11-03",
                timex=_timex(s, "Wednesday night", "2016-11-02TNI"))
    lo, hi, weak = mention_interval(m, ARTICLES)
    assert (dt.date.fromordinal(lo), dt.date.fromordinal(hi), weak) == (dt.date(2016, 11, 2),) * 2 + (False,)
    tl = build_timeline([m], ARTICLES)
    assert [td.date for td in tl.dates] == ["2016-11-02"]


def test_a_vague_count_back_is_no_day():
    s = "A passenger told how, less than a fortnight ago, he was left shaking on the same bend."
    t = {"start": s.index("a fortnight ago"), "end": s.index("a fortnight ago") + 15, "text": "a fortnight ago",
         "value": "2016-10-26"}
    assert is_approximate(t, s, 0)
    m = mention("n1", s, "shaking", date="2016-10-26", timex=t)
    lo, hi, _ = mention_interval(m, ARTICLES)
    assert hi - lo == 6
    assert build_timeline([m], ARTICLES).dates == []
    exact = dict(t, text="a fortnight ago")
    assert not is_approximate(exact, "A fortnight ago, he was left shaking.", 0)


def test_undated_reports_published_later_support_the_dated_day():
    dated = "Taliban insurgents struck at the German Consulate late Thursday night, killing two people."
    ms = [mention("n1", dated, "struck", date="2016-11-10", timex=_timex(dated, "Thursday", "2016-11-10"),
                  lemma="strike")]
    for aid in ("n2", "n3", "n4"):
        s = "A Taliban suicide bomber struck the German consulate in Mazar-i-Sharif, officials said."
        ms.append(mention(aid, s, "struck", date=None, anchor="article", lemma="strike"))
    value, start, _, weak, support = best_date(ms, ARTICLES)
    assert (start, weak) == ("2016-11-10", False) and support == pytest.approx(1 + 3 * 0.4)
    events = group_events(ms, ARTICLES)
    assert len(events) == 1
    tl = build_timeline(ms, ARTICLES, per_date=3)
    assert [td.date for td in tl.dates] == ["2016-11-10"]
    # the later reports are candidates for the dated day, and cite their own articles
    cited = {c.article_id for e in tl.dates[0].entries for c in e.citations}
    assert {"n2", "n3", "n4"} & cited


def test_a_report_more_than_a_few_days_later_does_not_move_the_date():
    dated = "The attack on Thursday killed two people."
    ms = [mention("n1", dated, "attack", date="2016-11-03", timex=_timex(dated, "Thursday", "2016-11-03"))]
    ms.append(mention("n2", "The attack killed two people, officials said.", "attack", date=None, anchor="article"))
    _, start, _, _, support = best_date(ms, ARTICLES)
    assert start == "2016-11-03" and support == pytest.approx(1.0)


# -- run-on sentences and page furniture


CHRONO = ("THE EMAIL CONTROVERSY January 13, 2009: An aide sets up the clintonemail.com domain. "
          "Huma Abedin signs off on it February 2, 2009: Clinton is sworn in as Secretary of State "
          "March 2, 2015: The New York Times breaks the news that Clinton used a personal email account")


def test_a_dated_list_is_cut_into_its_items():
    a, b = piece(CHRONO, CHRONO.index("sworn"))
    assert CHRONO[a:b] == "February 2, 2009: Clinton is sworn in as Secretary of State"
    a, b = piece(CHRONO, CHRONO.index("breaks"))
    assert CHRONO[a:b].startswith("March 2, 2015: The New York Times breaks") and b == len(CHRONO)


def test_a_tweet_attribution_closes_the_tweet_before_it():
    s = ("Great news pic.twitter.com/fWfJSLRueE -- SportsCenter (@SportsCenter) November 3, 2016 "
         "Great way to end the baseball season, congrats to the Cubs")
    a, b = piece(s, s.index("end"))
    assert s[a:b] == "Great way to end the baseball season, congrats to the Cubs"
    # the attribution's date does not date the next tweet's event
    t = _timex(s, "November 3, 2016", "2016-11-03")
    m = mention("n4", s, "end", date="2016-11-03", timex=t)
    assert mention_interval(m, ARTICLES)[2] is True  # weak: only the article's day


def test_summary_and_citation_show_the_piece():
    offset = 500
    m = mention("n1", CHRONO, "sworn", date="2009-02-02",
                timex=_timex(CHRONO, "February 2, 2009", "2009-02-02", offset), offset=offset)
    tl = build_timeline([m], ARTICLES)
    entry = tl.dates[0].entries[0]
    assert entry.text == "February 2, 2009: Clinton is sworn in as Secretary of State"
    c = entry.citations[0]
    assert CHRONO[c.start - offset:c.end - offset] == entry.text
    assert summary_span(m) == (c.start, c.end)


def test_page_furniture_is_no_report():
    links = ("The bars are now lighter. RELATED STORIES 'WORST CHRISTMAS EVER' Costa customers FURIOUS over "
             "white hot chocolate being dropped from the Xmas drinks menu")
    assert is_furniture(links, links.index("dropped")) and not is_furniture(links, links.index("lighter"))
    gallery = ("Launch of the new museum Getty 5/19 Andy Murray lifts the trophy after his victory Getty 6/19 "
               "Storm Angus brought hurricane force winds to southern Britain")
    assert is_furniture(gallery, gallery.index("lifts"))
    captions = ("Getty Images 22 Friends of the victims marched on Saturday to the site Getty Images 22 "
                "Tributes left near the tram stop")
    assert not is_furniture(captions, captions.index("marched"))
    a, b = piece(captions, captions.index("marched"))
    assert captions[a:b] == "Friends of the victims marched on Saturday to the site"
    m = mention("n2", links, "dropped", date="2016-12-25",
                timex=_timex(links, "Xmas", "2016-12-25"))
    assert build_timeline([m], ARTICLES).dates == []


# -- real news: the Cubs' World Series win (Giveme5W1H gold standard)


@pytest.fixture(scope="module")
def cubs_timeline():
    if not GIVEME.is_dir():
        pytest.skip("Giveme5W1H data not found in ../shared")
    from dateline.analysis import analyze_many
    from dateline.api.data import mention_from_dict
    from dateline.model import Article

    articles, infos = [], {}
    for path in sorted(GIVEME.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if d.get("category") != "cubs win championship" or not str(d.get("date_publish") or "")[:1].isdigit():
            continue
        title, text = d["title"] or "", d["text"] or ""
        art = Article(date=dt.date.fromisoformat(d["date_publish"][:10]), title=title,
                      text=text if text.startswith(title) else f"{title}\n\n{text}", url=d.get("url"))
        articles.append(art)
        infos[art.id] = ArticleInfo(art.id, art.date.isoformat(), title, art.url)
    if len(articles) < 5:
        pytest.skip("Cubs articles not found")
    mentions = []
    for a in analyze_many(articles):
        for ev in a.events:
            m = mention_from_dict({**ev, "article_id": a.article.id})
            if m is not None:
                mentions.append(m)
    return build_timeline(mentions, infos, query="Cubs")


def test_cubs_win_is_on_wednesday_and_not_postponed(cubs_timeline):
    texts = {td.date: " ".join(e.text for e in td.entries) for td in cubs_timeline.dates}
    assert "2016-11-02" in texts
    assert not any("Wednesday night" in t for d, t in texts.items() if d != "2016-11-02")
    assert all(e.display_status != "postponed" for td in cubs_timeline.dates for e in td.entries)
