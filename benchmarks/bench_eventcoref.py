"""Cross-document event coreference on ECB+ with ``dateline.timelines.group_events``.

ECB+ (../shared/benchmarks/ecbplus, Cybulska and Vossen 2014) annotates event mentions
(ACTION_* and NEG_ACTION_* markables) in 982 news documents of 43 topics, with within- and
cross-document coreference. Following common practice (Cybulska and Vossen 2015; Barhom et al.
2019) only the sentences listed in ``ECBplus_coreference_sentences.csv`` are used; a mention in no
coreference relation is a singleton. Topics 1-22 are the development part (where the grouping
threshold was chosen), 23-45 the held-out part; each part is clustered as one collection.

Each gold event mention becomes an ``EventMention``: the trigger is the gold span; its lemma comes
from spaCy's tagger and lemmatizer run over the ECB+ tokens (the first verb or noun of the span);
participants are the gold entity mentions (HUMAN_PART*, NON_HUMAN_PART*, LOC_*) of the same
sentence, with a canonical name only when the mention is capitalized (a name, as NER would find
it) -- the gold entity coreference is not used. ECB+ has no publication dates, so every mention
has the same weak article date and dates cannot help. The story of an article is the one
``dateline.stories.cluster_articles`` predicts (no gold topics are used).
"""

from __future__ import annotations

import csv
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from benchmarks.common import BENCH_DATA, need, table
from dateline.eval.coref import evaluate
from dateline.events.model import EventMention, Participant
from dateline.timelines.events import ArticleInfo, GroupingParams, cluster_mentions, mention_key

DEV_TOPICS = range(1, 23)
HELDOUT_TOPICS = range(23, 46)
DATE = "2012-01-01"
_ENTITY_LABELS = {"HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "GPE",
                  "LOC_GEO": "GPE", "LOC_FAC": "FAC", "LOC_OTHER": "LOC"}


def _validated_sentences(root: Path) -> set[tuple[str, int]]:
    with open(root / "ECBplus_coreference_sentences.csv", newline="") as fh:
        return {(f"{r['Topic']}_{r['File']}", int(r["Sentence Number"])) for r in csv.DictReader(fh)}


def read_doc(path: Path, keep: set[tuple[str, int]]) -> dict:
    """One document: text, sentences, gold event mentions (with clusters) and entity mentions."""
    root = ET.parse(path).getroot()
    name = path.stem
    tokens: dict[str, tuple[int, str]] = {}
    sents: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        s = int(tok.get("sentence", "0"))
        tokens[tok.get("t_id")] = (s, len(sents[s]))
        sents[s].append(tok.text or "")
    # character offsets: tokens joined by spaces, sentences by newlines
    text_parts, offsets, sent_span = [], {}, {}
    pos = 0
    for s in sorted(sents):
        start = pos
        for i, w in enumerate(sents[s]):
            if i:
                text_parts.append(" ")
                pos += 1
            offsets[(s, i)] = (pos, pos + len(w))
            text_parts.append(w)
            pos += len(w)
        sent_span[s] = (start, pos)
        text_parts.append("\n")
        pos += 1
    text = "".join(text_parts)
    markables: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for el in root.find("Markables") or []:
        anchors = [tokens[a.get("t_id")] for a in el.findall("token_anchor") if a.get("t_id") in tokens]
        if anchors:
            markables[el.get("m_id")] = (el.tag, sorted(anchors))
    cluster: dict[str, str] = {}
    for rel in root.find("Relations") or []:
        target = rel.find("target")
        label = rel.get("note") or (target.get("m_id") if target is not None else rel.get("r_id"))
        if rel.tag == "INTRA_DOC_COREF":
            label = f"{name}:{label}"
        for src in rel.findall("source"):
            cluster[src.get("m_id")] = label
    events, entities = [], []
    for mid, (tag, anchors) in markables.items():
        s = anchors[0][0]
        if (name, s) not in keep:
            continue
        start, end = offsets[anchors[0]][0], offsets[anchors[-1]][1]
        item = {"m_id": mid, "tag": tag, "sentence": s, "tokens": [i for _, i in anchors],
                "start": start, "end": end, "text": text[start:end]}
        if tag.startswith(("ACTION_", "NEG_ACTION_")):
            item["gold"] = cluster.get(mid, f"{name}:singleton:{mid}")
            events.append(item)
        elif tag.startswith(("HUMAN_PART", "NON_HUMAN_PART", "LOC_")):
            entities.append(item)
    return {"id": name, "topic": int(name.split("_")[0]), "text": text, "sentences": sents,
            "sent_span": sent_span, "events": events, "entities": entities,
            "title": " ".join(sents[min(sents)]) if sents else ""}


def read_part(topics: range) -> list[dict]:
    root = need(BENCH_DATA / "ecbplus")
    keep = _validated_sentences(root)
    docs = []
    for t in topics:
        for path in sorted((root / "ECB+" / str(t)).glob("*.xml")):
            docs.append(read_doc(path, keep))
    return docs


def _lemmas(docs: list[dict]) -> None:
    """Add spaCy lemmas and POS of each token (tagger and lemmatizer over the gold tokens)."""
    from spacy.tokens import Doc

    from dateline.nlp import load

    nlp = load()
    steps = [(n, p) for n, p in nlp.pipeline if n in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")]
    for d in docs:
        d["lemma"] = {}
        for s, words in d["sentences"].items():
            if not words:
                continue
            doc = Doc(nlp.vocab, words=[w or "_" for w in words])
            for _, proc in steps:
                doc = proc(doc)
            d["lemma"][s] = [(t.lemma_.lower(), t.pos_) for t in doc]


def to_mentions(docs: list[dict]) -> tuple[list[EventMention], dict[str, str]]:
    """EventMentions from the gold event spans, and the gold cluster of each mention key."""
    mentions, gold = [], {}
    for d in docs:
        ents_by_sent = defaultdict(list)
        for e in d["entities"]:
            ents_by_sent[e["sentence"]].append(e)
        for ev in d["events"]:
            s = ev["sentence"]
            lem = d["lemma"][s]
            picks = [lem[i][0] for i in ev["tokens"] if lem[i][1] in ("VERB", "NOUN", "ADJ", "PROPN")]
            lemma = picks[0] if picks else lem[ev["tokens"][-1]][0]
            s_start, s_end = d["sent_span"][s]
            agents, patients = [], []
            for e in ents_by_sent[s]:
                name = e["text"]
                proper = name[:1].isupper() and e["tag"] != "NON_HUMAN_PART_GENERIC"
                p = Participant(text=name, start=e["start"], end=e["end"],
                                role="agent" if e["start"] < ev["start"] else "patient",
                                label=_ENTITY_LABELS.get(e["tag"], "MISC") if proper else None,
                                entity=name if proper else None)
                (agents if p.role == "agent" else patients).append(p)
            m = EventMention(article_id=d["id"], field="text", trigger=ev["text"], start=ev["start"],
                             end=ev["end"], lemma=lemma, sentence=d["text"][s_start:s_end],
                             sentence_start=s_start, sentence_end=s_end, date=DATE, date_start=DATE,
                             date_end=DATE, anchor="article", agents=agents, patients=patients,
                             reporting=ev["tag"].endswith("REPORTING"))
            mentions.append(m)
            gold[mention_key(m)] = ev["gold"]
    return mentions, gold


def predicted_stories(docs: list[dict]) -> dict[str, str]:
    from dateline.stories import cluster_articles

    rebuilt = [{"id": d["id"], "date": None, "title": d["title"], "text": d["text"]} for d in docs]
    return cluster_articles(rebuilt)


def _articles(docs: list[dict], stories: dict[str, str] | None) -> dict[str, ArticleInfo]:
    return {d["id"]: ArticleInfo(d["id"], DATE, d["title"], story=(stories or {}).get(d["id"])) for d in docs}


def _lemma_baseline(mentions: list[EventMention], stories: dict[str, str] | None) -> dict[str, str]:
    return {mention_key(m): f"{(stories or {}).get(m.article_id, '')}|{m.lemma}" for m in mentions}


def _score(gold: dict[str, str], response: dict[str, str]) -> dict[str, float]:
    s = evaluate(gold, response)
    return {"muc": s["muc"].f1, "b3_p": s["bcubed"].precision, "b3_r": s["bcubed"].recall,
            "b3": s["bcubed"].f1, "ceafe": s["ceafe"].f1, "conll": s["conll"].f1}


def _ours(mentions, articles, params) -> dict[str, str]:
    labels = cluster_mentions(mentions, articles, params)
    return {mention_key(m): str(g) for m, g in zip(mentions, labels, strict=True)}


def prepare(topics: range) -> tuple[list[EventMention], dict[str, str], list[dict], dict[str, str]]:
    docs = read_part(topics)
    _lemmas(docs)
    mentions, gold = to_mentions(docs)
    return mentions, gold, docs, predicted_stories(docs)


def tune(mentions, gold, docs, stories) -> tuple[dict[str, GroupingParams], list[list[object]]]:
    """Per condition (with / without predicted stories), the threshold with the best dev CoNLL F1."""
    rows, best = [], {}
    conditions = {"stories": _articles(docs, stories), "none": _articles(docs, None)}
    for threshold in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        row: list[object] = [threshold]
        for cond, articles in conditions.items():
            p = GroupingParams(threshold=threshold)
            f = _score(gold, _ours(mentions, articles, p))["conll"]
            row.append(f"{100 * f:.1f}")
            if cond not in best or f > best[cond][0]:
                best[cond] = (f, p)
        rows.append(row)
    return {cond: p for cond, (_, p) in best.items()}, rows


def run() -> str:
    t0 = time.perf_counter()
    dev = prepare(DEV_TOPICS)
    params, grid = tune(*dev)
    test_mentions, test_gold, test_docs, test_stories = prepare(HELDOUT_TOPICS)
    default = GroupingParams()
    rows = []
    for name, response in [
        ("same lemma (whole part)", _lemma_baseline(test_mentions, None)),
        ("same lemma within predicted story", _lemma_baseline(test_mentions, test_stories)),
        ("group_events, no stories", _ours(test_mentions, _articles(test_docs, None), params["none"])),
        ("group_events, predicted stories",
         _ours(test_mentions, _articles(test_docs, test_stories), params["stories"])),
        (f"group_events, predicted stories, default threshold {default.threshold}",
         _ours(test_mentions, _articles(test_docs, test_stories), default)),
    ]:
        s = _score(test_gold, response)
        rows.append([name, f"{100 * s['muc']:.1f}", f"{100 * s['b3_p']:.1f}", f"{100 * s['b3_r']:.1f}",
                     f"{100 * s['b3']:.1f}", f"{100 * s['ceafe']:.1f}", f"{100 * s['conll']:.1f}"])
    t1 = time.perf_counter()
    articles = _articles(test_docs, test_stories)
    t_group = time.perf_counter()
    _ours(test_mentions, articles, params["stories"])
    t_group = time.perf_counter() - t_group
    n_clusters = len(set(test_gold.values()))
    return "\n".join([
        "## Cross-document event coreference (ECB+)",
        "",
        f"Held-out topics 23-45: {len(test_docs)} documents, {len(test_mentions)} gold event mentions in "
        f"{n_clusters} gold clusters (singletons included). Scores in percent (CoNLL = mean F1 of MUC, "
        "B-cubed and CEAF-e, via `dateline.eval.coref`).",
        "",
        table(["method", "MUC F1", "B3 P", "B3 R", "B3 F1", "CEAF-e F1", "CoNLL F1"], rows),
        "",
        f"Thresholds chosen on topics 1-22 ({len(dev[0])} mentions): {params['stories'].threshold} with "
        f"predicted stories, {params['none'].threshold} without (the library default is {default.threshold}). "
        f"Grouping the held-out mentions took {t_group:.2f} s.",
        "",
        "<details><summary>Development grid (CoNLL F1 on topics 1-22)</summary>",
        "",
        table(["threshold", "with predicted stories", "without stories"], grid),
        "",
        "</details>",
        "",
        "Method: gold event spans become `EventMention`s (lemma from spaCy over the gold tokens; "
        "participants from gold entity spans of the same sentence, named only when capitalized; no gold "
        "entity coreference). All mentions share one weak date, since ECB+ has no publication dates, so "
        "this measures the lemma/synonym, wording and participant evidence only, not the date evidence "
        "that separates events in real news. Stories are predicted by `dateline.stories.cluster_articles`. "
        f"Total run {t1 - t0:.0f} s.",
    ])
