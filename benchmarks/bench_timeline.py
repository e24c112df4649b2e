"""Timeline building: speed on a 1,000-article story, and a rough quality check on Ukraine news.

(a) Speed. A synthetic story of 1,000 articles over 90 days (10% syndicated copies), each with
20 event mentions drawn from 300 underlying events: 45% dated by a time expression in their
sentence, 15% by the date of a statement, 40% only by the publication date (weak); 15% are
reporting verbs; triggers from a vocabulary with synonyms, 80 named participants, 30 places and
sentences of 12-25 words from a 3,000-word vocabulary. ``build_timeline`` (grouping, date
scoring, summaries) is timed on the analysed mentions, as the store would hand them over.

(a') Speed at the scale of a real 1,000-article story. Real news articles give about 64 event
mentions each, so a 1,000-article story is about 64,000 mentions. The mentions analysed in (b)
are repeated with new article ids (each repetition as if another outlet had written the same
articles, not marked as a copy) until there are at least 64,000, and ``build_timeline`` is timed
on them. The repeated sentences make more multi-mention events than fresh articles would.

(b) Quality. Articles of the GDELT Ukraine sample (../shared/benchmarks/ukraine) published in a
window of 2022 are analysed (``dateline.nlp.parse_many``, ``dateline.time.tag``,
``dateline.events.extract_events``); exact copies (same text) are marked as syndicated. The
timeline is compared, with ``dateline.timelines.metrics``, to two references, each limited to the
same number of dates as the timeline:

* CNN: the days of the window with the most CNN live-update headlines (first seen that day, UTC),
  each summarized by that day's headlines;
* CIR: the days with the most incidents in the Centre for Information Resilience's "Eyes on
  Russia" list, each summarized by the incidents' titles.

Both references are rough: neither was written from these articles (which are a few hundred
scattered pieces from GDELT, not the sources of the reference), CNN's busiest days reflect its
live blog's rhythm and CIR's the amount of geolocated footage, not what a timeline editor would
pick. The figures compare methods on the same footing; they are not a score against gold. The
baseline puts on the timeline the days with the most articles published, summarized by their
first sentences. No article text or headline is printed here (they are not ours to publish).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import json
import random
import re
import time
from collections import defaultdict

from benchmarks.common import BENCH_DATA, need, table
from dateline.events.model import EventMention, Participant
from dateline.timelines import ArticleInfo, build_timeline
from dateline.timelines.metrics import evaluate_timeline

UKRAINE = BENCH_DATA / "ukraine"
WINDOW = ("2022-02-20", "2022-09-30")  # the articles analysed
#: (first day, last day, number of dates): the whole window, and its densest stretch of articles
EVAL_WINDOWS = [("2022-02-20", "2022-09-30", 20), ("2022-04-15", "2022-05-05", 10)]
MAX_ARTICLES = 200
PER_DATE = 2

# -- (a) speed on a synthetic story

_TRIGGERS = ["attack", "strike", "shelling", "bombing", "kill", "death", "arrest", "detain", "meet", "summit",
             "talks", "vote", "referendum", "sign", "ceremony", "sanction", "withdraw", "retreat", "invade",
             "offensive", "explosion", "blast", "fire", "resign", "appoint", "evacuate", "protest", "rally",
             "visit", "announce", "launch", "capture", "liberate", "destroy", "damage", "flee", "mobilize",
             "negotiate", "accuse", "deny", "warn", "threaten", "approve", "reject", "deliver", "ship",
             "freeze", "seize", "shoot", "wound"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def synthetic_story(n_articles: int = 1000, per_article: int = 20, seed: int = 0
                    ) -> tuple[list[EventMention], dict[str, ArticleInfo]]:
    """Mentions and articles of a made-up 90-day story (see the module docstring)."""
    rng = random.Random(seed)
    vocab = list(dict.fromkeys(_word(rng) for _ in range(3000)))  # in drawing order: same story every run
    names = [_word(rng).title() + " " + _word(rng).title() for _ in range(80)]
    places = [_word(rng).title() for _ in range(30)]
    start = dt.date(2022, 2, 1)
    events = []
    for _ in range(300):
        events.append({"day": start + dt.timedelta(days=rng.randrange(90)), "lemma": rng.choice(_TRIGGERS),
                       "agent": rng.choice(names), "patient": rng.choice(names), "place": rng.choice(places),
                       "words": rng.sample(vocab, 12)})
    mentions: list[EventMention] = []
    articles: dict[str, ArticleInfo] = {}
    originals: list[str] = []
    for a in range(n_articles):
        aid = f"art{a:05d}"
        pub = start + dt.timedelta(days=rng.randrange(90))
        if originals and rng.random() < 0.1:  # a syndicated copy of an earlier article
            src = rng.choice(originals)
            articles[aid] = ArticleInfo(aid, articles[src].date, articles[src].title, f"https://copy.example/{aid}",
                                        "copy", duplicate_of=src)
            mentions.extend(EventMention.from_dict({**m.to_dict(), "article_id": aid})
                            for m in mentions if m.article_id == src)
            continue
        originals.append(aid)
        articles[aid] = ArticleInfo(aid, pub.isoformat(), " ".join(rng.sample(vocab, 6)).capitalize(),
                                    f"https://news.example/{aid}", rng.choice(["wire", "daily", "times"]))
        near = [e for e in events if -30 <= (e["day"] - pub).days <= 10] or events
        offset = 0
        for _ in range(per_article):
            ev = rng.choice(near)
            agent, patient = ev["agent"], ev["patient"]
            words = rng.sample(ev["words"], 6) + rng.sample(vocab, rng.randint(4, 15))
            rng.shuffle(words)
            sentence = f"{agent} {ev['lemma']} {patient} in {ev['place']} " + " ".join(words) + "."
            r = rng.random()
            anchor = "timex" if r < 0.45 else "reported" if r < 0.6 else "article"
            day = (ev["day"] if anchor != "article" else pub).isoformat()
            tstart = offset + len(agent) + 1
            mentions.append(EventMention(
                article_id=aid, field="text", trigger=ev["lemma"], start=tstart, end=tstart + len(ev["lemma"]),
                lemma=ev["lemma"], sentence=sentence, sentence_start=offset, sentence_end=offset + len(sentence),
                status="planned" if ev["day"] > pub else "happened", date=day, date_start=day, date_end=day,
                anchor=anchor, reporting=rng.random() < 0.15,
                agents=[Participant(agent, offset, offset + len(agent), "agent", "PERSON", agent)],
                patients=[Participant(patient, tstart + len(ev["lemma"]) + 1,
                                      tstart + len(ev["lemma"]) + 1 + len(patient), "patient", "PERSON", patient)],
                place={"name": ev["place"], "text": ev["place"], "start": 0, "end": 0},
            ))
            offset += len(sentence) + 1
    return mentions, articles


def speed() -> list[list[object]]:
    """CPU and wall seconds of ``build_timeline`` on synthetic stories (first call, cold caches)."""
    rows = []
    for n in (250, 1000):
        mentions, articles = synthetic_story(n)
        cpu, wall = time.process_time(), time.perf_counter()
        tl = build_timeline(mentions, articles, dates=30, per_date=3)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        cpu_q = time.process_time()
        build_timeline(mentions, articles, query=mentions[0].lemma, dates=30, per_date=3)
        cpu_q = time.process_time() - cpu_q
        rows.append([n, len(mentions), tl.n_events, len(tl.dates), f"{cpu:.2f}", f"{wall:.2f}", f"{cpu_q:.2f}"])
    return rows


def scaled_real(mentions: list[EventMention], articles: dict[str, ArticleInfo], target: int = 64_000
                ) -> tuple[list[EventMention], dict[str, ArticleInfo]]:
    """Real analysed ``mentions`` repeated with new article ids (``id~k``) until there are ``target``."""
    by_article: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    out: list[EventMention] = []
    infos: dict[str, ArticleInfo] = {}
    k = 0
    while len(out) < target and by_article:
        for aid, group in by_article.items():
            if len(out) >= target:
                break
            new_id = f"{aid}~{k}" if k else aid
            info = articles[aid]
            dup = f"{info.duplicate_of}~{k}" if k and info.duplicate_of else info.duplicate_of
            infos[new_id] = dataclasses.replace(info, id=new_id, duplicate_of=dup)
            out.extend(dataclasses.replace(m, article_id=new_id) for m in group)
        k += 1
    return out, infos


def speed_scaled(mentions: list[EventMention], articles: dict[str, ArticleInfo]) -> list[list[object]]:
    """CPU and wall seconds of ``build_timeline`` on real mentions, as analysed and scaled to 64,000."""
    rows = []
    for label, (ms, arts) in (("real (as analysed)", (mentions, articles)),
                              ("real, repeated to 64,000 mentions", scaled_real(mentions, articles))):
        cpu, wall = time.process_time(), time.perf_counter()
        tl = build_timeline(ms, arts, dates=20, per_date=2)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        rows.append([label, len(arts), len(ms), tl.n_events, len(tl.dates), f"{cpu:.2f}", f"{wall:.2f}"])
    return rows


# -- (b) quality on the Ukraine material


def _load_articles() -> list[dict]:
    base = need(UKRAINE / "ukraine-war-gdelt-articles")
    index = json.loads((base / "index.json").read_text())
    out = []
    for item in index:
        day = item["gdelt_seen_utc"][:10]
        if WINDOW[0] <= day <= WINDOW[1]:
            text = (base / "articles" / f"{item['id']}.txt").read_text(encoding="utf-8", errors="replace")
            out.append({"id": item["id"], "date": day, "text": text.strip(), "country": item["country"]})
    return out[:MAX_ARTICLES]


def _first_sentence(text: str) -> str:
    m = re.match(r"(.{20,300}?[.!?])(\s|$)", text.replace("\n", " "))
    return (m.group(1) if m else text[:200]).strip()


def analyse(docs: list[dict]) -> tuple[list[EventMention], dict[str, ArticleInfo], float]:
    """Parse, tag time expressions and extract events; syndicated copies marked by identical text."""
    from dateline.events import extract_events
    from dateline.nlp import parse_many
    from dateline.time import tag

    t0 = time.perf_counter()
    first_of: dict[str, str] = {}
    articles: dict[str, ArticleInfo] = {}
    for d in docs:
        digest = hashlib.sha1(" ".join(d["text"].lower().split()).encode()).hexdigest()
        original = first_of.setdefault(digest, d["id"])
        articles[d["id"]] = ArticleInfo(d["id"], d["date"], _first_sentence(d["text"])[:120], None, d["country"],
                                        duplicate_of=original if original != d["id"] else None)
    mentions: list[EventMention] = []
    for d, doc in zip(docs, parse_many(d["text"] for d in docs), strict=True):
        timexes = tag(d["text"], d["date"])
        mentions.extend(extract_events(doc, timexes, d["date"], article_id=d["id"], field="text"))
    return mentions, articles, time.perf_counter() - t0


def _top_days(per_day: dict[str, list[str]], n: int) -> dict[dt.date, list[str]]:
    best = sorted(per_day, key=lambda d: (-len(per_day[d]), d))[:n]
    return {dt.date.fromisoformat(d): per_day[d] for d in best}


def references(lo: str, hi: str, n: int) -> dict[str, dict[dt.date, list[str]]]:
    """The CNN and CIR references: the ``n`` busiest days between ``lo`` and ``hi``."""
    cnn: dict[str, list[str]] = defaultdict(list)
    with open(need(UKRAINE / "ukraine-cnn-liveupdate-headlines" / "headlines.jsonl")) as fh:
        for line in fh:
            h = json.loads(line)
            day = h["first_seen_utc"][:10]
            if lo <= day <= hi:
                cnn[day].append(h["headline"])
    cir: dict[str, list[str]] = defaultdict(list)
    with open(need(UKRAINE / "ukraine-cir-eyesonrussia-events-2022" / "events.csv"), newline="") as fh:
        for row in csv.DictReader(fh):
            day = row["date"][:10]
            if lo <= day <= hi:
                cir[day].append(re.sub(r"^\d\d/\d\d/\d{4}\s*", "", row["title"]))
    return {"CNN": _top_days(cnn, n), "CIR": _top_days(cir, n)}


def publication_baseline(docs: list[dict], articles: dict[str, ArticleInfo], lo: str, hi: str, n: int, k: int
                         ) -> dict[dt.date, list[str]]:
    """The ``n`` days with most (original) articles, each with up to ``k`` lead sentences."""
    per_day: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if not articles[d["id"]].duplicate_of and lo <= d["date"] <= hi:
            per_day[d["date"]].append(_first_sentence(d["text"]))
    return {day: sents[:k] for day, sents in _top_days(per_day, n).items()}


def _fmt(scores: dict) -> list[str]:
    return [f"{scores['date_f1']['f_score']:.3f}",
            f"{scores['concat']['rouge_1']['f_score']:.3f}", f"{scores['concat']['rouge_2']['f_score']:.3f}",
            f"{scores['agreement']['rouge_1']['f_score']:.3f}", f"{scores['agreement']['rouge_2']['f_score']:.3f}",
            f"{scores['align_date_content_costs_many_to_one']['rouge_1']['f_score']:.3f}"]


def quality(docs: list[dict], mentions: list[EventMention], articles: dict[str, ArticleInfo],
            analyse_secs: float) -> tuple[list[list[object]], dict[str, object]]:
    pub_days = {a.date for a in articles.values()}
    rows = []
    info: dict[str, object] = {
        "articles": len(docs), "copies": sum(1 for a in articles.values() if a.duplicate_of),
        "mentions": len(mentions), "weak": sum(m.weak_date for m in mentions), "analyse_secs": analyse_secs,
        "windows": [],
    }
    for lo, hi, n in EVAL_WINDOWS:
        t0 = time.perf_counter()
        tl = build_timeline(mentions, articles, dates=n, per_date=PER_DATE, date_from=lo, date_to=hi)
        build_secs = time.perf_counter() - t0
        pred = tl.summaries()
        base = publication_baseline(docs, articles, lo, hi, n, PER_DATE)
        for ref_name, ref in references(lo, hi, n).items():
            rows.append([f"{lo} to {hi}", n, ref_name, "dateline (event dates)", *_fmt(evaluate_timeline(pred, ref))])
            rows.append([f"{lo} to {hi}", n, ref_name, "baseline (busiest publication days)",
                         *_fmt(evaluate_timeline(base, ref))])
        info["windows"].append(
            f"{lo} to {hi}: {sum(lo <= d['date'] <= hi for d in docs)} articles published, {tl.n_events} events, "
            f"{len(tl.dates)} dates built in {build_secs:.2f} s; {sum(d.isoformat() in pub_days for d in pred)} "
            f"of them are publication days of some article, {len(set(pred) & set(base))} are also the baseline's")
    return rows, info


def run() -> str:
    speed_rows = speed()
    docs = _load_articles()
    mentions, articles, analyse_secs = analyse(docs)
    q_rows, info = quality(docs, mentions, articles, analyse_secs)
    scaled_rows = speed_scaled(mentions, articles)
    return "\n".join([
        "## Timeline building",
        "",
        "### Speed (synthetic story, one core)",
        "",
        table(["articles", "mentions", "events", "dates", "build_timeline CPU s", "wall s", "with a query, CPU s"],
              speed_rows),
        "",
        "Each row: `build_timeline(mentions, articles, dates=30, per_date=3)` on already analysed mentions "
        "(grouping across articles, date scoring, MMR summaries); 10% of the articles are syndicated copies. "
        "CPU seconds of the process (the machine was shared, so wall time includes waiting for a core). "
        "Mentions are compared only inside blocks of the same kind of event and a window of dates.",
        "",
        "### Speed on real mentions scaled to a 1,000-article story (one core)",
        "",
        table(["input", "articles", "mentions", "events", "dates", "build_timeline CPU s", "wall s"],
              scaled_rows),
        "",
        "`build_timeline(mentions, articles, dates=20, per_date=2)` on the event mentions analysed for the "
        "quality check below, as they are and repeated with new article ids until there are 64,000 (real "
        "news gives about 64 mentions an article, so this is the load of a 1,000-article story; the "
        "repeated sentences give more multi-mention events than fresh articles would). Loading the "
        "mentions from a store is not included.",
        "",
        "### Quality on Ukraine news (rough reference)",
        "",
        f"{info['articles']} GDELT articles published {WINDOW[0]} to {WINDOW[1]} ({info['copies']} exact "
        f"copies marked as syndicated) analysed in {info['analyse_secs']:.0f} s: {info['mentions']} event "
        f"mentions ({info['weak']} dated only by publication date). Timelines of {PER_DATE} sentences a date:",
        "",
        *[f"- {w}" for w in info["windows"]],
        "",
        table(["window", "dates", "reference", "timeline", "date F1", "concat R1", "concat R2", "agreement R1",
               "agreement R2", "align+ m:1 R1"], q_rows),
        "",
        "References (each cut to as many of its busiest days in the window as the timeline has dates): **CNN**, the days with the most "
        "CNN live-update headlines (first-seen time, UTC) with those headlines as the day's summary; **CIR**, "
        "the days with the most incidents in the Centre for Information Resilience's Eyes on Russia list with "
        f"the incident titles. Why rough: neither reference was written from these {info['articles']} scattered GDELT "
        "articles, CNN's busiest days follow its live blog and CIR's the amount of geolocated footage, and "
        "the article sample is thin (a few articles a week), so low absolute figures are expected; the "
        "numbers compare the two timelines on the same footing. ROUGE F1 with tilse's settings "
        "(`dateline.timelines.metrics`).",
    ])
