"""Named entity mentions: dateline's mended output beside raw spaCy, on MEANTIME, ECB+ and Giveme5W1H.

- MEANTIME English (the apple topic, 30 Wikinews articles; the other topics are held out):
  gold = ENTITY_MENTIONs with syntactic_type NAM or PRE.NAM whose entity (REFERS_TO) is PER,
  ORG or LOC. Text is rebuilt from the tokens (spaces between tokens, none before closing
  punctuation), so offsets are exact.
- ECB+ (every 6th document of the 982, by file name: 164 documents): gold = HUMAN_PART_PER
  (PER), HUMAN_PART_ORG (ORG), HUMAN_PART_GPE, LOC_GEO, LOC_FAC (LOC) mentions that are names:
  every word capitalised or a connective (of, the, de, &, 's) and not a pronoun; a leading
  "the" is dropped. ECB+ marks no name/nominal distinction, so this filter is approximate.
- Both corpora annotate only some sentences (MEANTIME the title and first sentences, ECB+ the
  sentences listed in ECBplus_coreference_sentences.csv, and only event participants there);
  predictions are scored in those sentences only. ECB+ leaves names that take part in no
  annotated event unmarked, so its precision is a floor.
- Predictions: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC (other labels are not scored).
  Span F1: exact character span; typed F1: exact span and class; overlap F1: spans overlap
  and the class agrees (lenient about "the", titles and possessives).
- Giveme5W1H "who" (96 articles): the who-phrases that contain a capitalised word other than
  their first (a name; "Several people" is not) are found in the article; recall = share of
  them with a PERSON/ORG/NORP/GPE mention inside. It has no negative annotation, so no precision.
"""

from __future__ import annotations

import json
import re
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from benchmarks.common import BENCH_DATA, need, table

CLASS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
ECB_CLASS = {"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "LOC", "LOC_GEO": "LOC",
             "LOC_FAC": "LOC"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "'s", "n't", "'", "''", "%"}
CONNECTIVES = {"of", "the", "de", "&", "'s", "-", ".", "and", "for", "on", "in", "van", "von", "al", "bin"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "him", "them", "this",
            "that", "these", "those", "who", "which", "a", "an", "our", "my", "your", "there", "here"}


def join_tokens(tokens: list[tuple[str, str, int]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text from (t_id, text, sentence) tokens, one line a sentence; t_id -> (start, end, sentence)."""
    out, offsets, pos, last_sent = [], {}, 0, None
    for tid, tok, sent in tokens:
        if last_sent is not None and sent != last_sent:
            out.append("\n")
            pos += 1
        elif out and tok not in NO_SPACE_BEFORE:
            out.append(" ")
            pos += 1
        offsets[tid] = (pos, pos + len(tok), sent)
        out.append(tok)
        pos += len(tok)
        last_sent = sent
    return "".join(out), offsets


def _ranges(offsets: dict, sentences: set[int]) -> list[tuple[int, int]]:
    """Character ranges of the given sentences."""
    lo: dict[int, int] = {}
    hi: dict[int, int] = {}
    for a, b, sent in offsets.values():
        if sent in sentences:
            lo[sent] = min(lo.get(sent, a), a)
            hi[sent] = max(hi.get(sent, b), b)
    return [(lo[k], hi[k]) for k in sorted(lo)]


def read_meantime(path: Path) -> tuple[str, set[tuple[int, int, str]], list[tuple[int, int]]]:
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence", "0"))) for t in root.iter("token")]
    text, offsets = join_tokens(tokens)
    markables = root.find("Markables")
    ent_type = {e.get("m_id"): e.get("ent_type") for e in markables.iter("ENTITY")}
    mention_class = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target").get("m_id")
        for src in rel.findall("source"):
            mention_class[src.get("m_id")] = ent_type.get(target)
    gold = set()
    for m in markables.iter("ENTITY_MENTION"):
        if m.get("syntactic_type") not in ("NAM", "PRE.NAM"):
            continue
        cls = mention_class.get(m.get("m_id"))
        ids = [a.get("t_id") for a in m.iter("token_anchor")]
        if cls in ("PER", "ORG", "LOC") and ids:
            gold.add((offsets[ids[0]][0], offsets[ids[-1]][1], cls))
    # MEANTIME annotates the title and the first sentences only: score the sentences with markables
    annotated = {offsets[a.get("t_id")][2] for a in markables.iter("token_anchor") if a.get("t_id") in offsets}
    return text, gold, _ranges(offsets, annotated)


def _is_name(words: list[str]) -> bool:
    if not words or words[0].lower() in PRONOUNS:
        return False
    return all(w[:1].isupper() or w.lower() in CONNECTIVES for w in words) and any(w[:1].isupper() for w in words)


def read_ecb(path: Path, annotated: set[int]) -> tuple[str, set[tuple[int, int, str]], list[tuple[int, int]]]:
    root = ET.parse(path).getroot()
    skip_first = path.stem.endswith("ecbplus")  # sentence 0 of ecbplus files is the page's URL
    tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence", "0"))) for t in root.iter("token")
              if not (skip_first and t.get("sentence") == "0")]
    text, offsets = join_tokens(tokens)
    words = {tid: tok for tid, tok, _ in tokens}
    gold = set()
    for m in root.find("Markables"):
        cls = ECB_CLASS.get(m.tag)
        ids = [a.get("t_id") for a in m.iter("token_anchor") if a.get("t_id") in offsets]
        if not cls or not ids:
            continue
        ids = sorted(ids, key=int)
        while ids and words[ids[0]].lower() == "the":
            ids = ids[1:]
        if ids and _is_name([words[i] for i in ids]) and offsets[ids[0]][2] in annotated:
            gold.add((offsets[ids[0]][0], offsets[ids[-1]][1], cls))
    return text, gold, _ranges(offsets, annotated)


def predictions(text: str) -> tuple[set, set, float, int]:
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    doc = parse(text)
    raw = {(e.start_char, e.end_char, CLASS[e.label_]) for e in doc.ents if e.label_ in CLASS}
    t0 = time.perf_counter()
    mentions, _ = extract_entities(doc)
    took = time.perf_counter() - t0
    ours = {(m.start, m.end, CLASS[m.label]) for m in mentions if m.label in CLASS}
    return raw, ours, took, len(mentions)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[tuple[str, set, list]]) -> tuple[dict, float, int]:
    tallies: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0, 0, 0]) for s in ("spaCy", "dateline")}
    took, n_mentions = 0.0, 0
    for text, gold, ranges in docs:
        raw, ours, t, n = predictions(text)
        raw = {x for x in raw if any(a <= x[0] and x[1] <= b for a, b in ranges)}
        ours = {x for x in ours if any(a <= x[0] and x[1] <= b for a, b in ranges)}
        took += t
        n_mentions += n
        for system, pred in (("spaCy", raw), ("dateline", ours)):
            tal = tallies[system]
            g_spans = {(a, b) for a, b, _ in gold}
            p_spans = {(a, b) for a, b, _ in pred}
            for kind, tp in (("span", len(g_spans & p_spans)), ("typed", len(gold & pred)),
                             ("overlap", sum(1 for g in gold if any(
                                 p[2] == g[2] and p[0] < g[1] and g[0] < p[1] for p in pred)))):
                tal[kind][0] += tp
                tal[kind][1] += len(pred) if kind != "span" else len(p_spans)
                tal[kind][2] += len(gold) if kind != "span" else len(g_spans)
            for cls in ("PER", "ORG", "LOC"):
                gc = {x for x in gold if x[2] == cls}
                pc = {x for x in pred if x[2] == cls}
                tal[cls][0] += len(gc & pc)
                tal[cls][1] += len(pc)
                tal[cls][2] += len(gc)
    return tallies, took, n_mentions


def score_table(tallies: dict) -> str:
    rows = []
    for kind in ("span", "typed", "overlap", "PER", "ORG", "LOC"):
        row = [kind if kind in ("span", "typed", "overlap") else f"typed, {kind} only"]
        for system in ("spaCy", "dateline"):
            p, r, f = prf(*tallies[system][kind])
            row += [f"{100 * p:.1f}", f"{100 * r:.1f}", f"**{100 * f:.1f}**"]
        rows.append(row)
    return table(["match", "spaCy P", "R", "F1", "dateline P", "R", "F1"], rows)


def giveme_who() -> tuple[int, int, int]:
    from dateline.entities import extract_entities
    from dateline.nlp import parse

    root = need(BENCH_DATA / "giveme5w1h-gold-standard")
    n = hit_raw = hit_ours = 0
    for path in sorted((root / "data").glob("*.json")):
        art = json.loads(path.read_text())
        text = "\n\n".join(x for x in (art.get("title"), art.get("description"), art.get("text")) if x)
        phrases = [(a.get("text") or "").strip() for a in art["fiveWoneH"]["who"]["annotated"]]
        phrases = [p for p in phrases if any(w[:1].isupper() for w in p.split()[1:]) or
                   (p.split() and p.split()[0][:1].isupper() and len(p.split()) == 1 and p.lower() not in PRONOUNS)]
        if not phrases:
            continue
        doc = parse(text)
        raw = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
        ours = [(m.start, m.end) for m in extract_entities(doc)[0] if m.label in ("PERSON", "ORG", "NORP", "GPE")]
        for p in phrases:
            occ = [(m.start(), m.start() + len(p)) for m in re.finditer(re.escape(p), text)]
            if not occ:
                continue
            n += 1
            hit_raw += any(a <= s and e <= b for s, e in raw for a, b in occ)
            hit_ours += any(a <= s and e <= b for s, e in ours for a, b in occ)
    return n, hit_raw, hit_ours


def run() -> str:
    from dateline.places.gazetteer import load

    load()  # the gazetteer is read once per process: keep that out of the speed figure
    mt = need(BENCH_DATA / "meantime-english" / "intra-doc_annotation")
    mt_docs = [read_meantime(p) for p in sorted(mt.glob("*/*.xml"))]
    mt_scores, mt_took, mt_n = score(mt_docs)
    ecb = need(BENCH_DATA / "ecbplus" / "ECB+")
    ecb_paths = sorted(ecb.glob("*/*.xml"), key=lambda p: p.name)[::6]
    sentences: dict[str, set[int]] = defaultdict(set)
    for line in (ecb.parent / "ECBplus_coreference_sentences.csv").read_text().splitlines()[1:]:
        topic, name, number = line.strip().split(",")
        sentences[f"{topic}_{name}"].add(int(number))
    ecb_docs = [read_ecb(p, sentences[p.stem]) for p in ecb_paths if sentences.get(p.stem)]
    ecb_scores, ecb_took, ecb_n = score(ecb_docs)
    n_who, who_raw, who_ours = giveme_who()
    return "\n".join([
        "## Entities",
        "",
        "Named mentions (PER/ORG/LOC) of `dateline.entities.extract_entities` beside the raw spaCy model "
        "(`en_core_web_sm`) it mends; precision, recall, F1 in %. Method in `benchmarks/bench_entities.py`.",
        "",
        f"### MEANTIME English, apple topic ({len(mt_docs)} articles, "
        f"{sum(len(g) for _, g, _ in mt_docs)} gold named mentions)",
        "",
        score_table(mt_scores),
        "",
        f"### ECB+, every 6th document ({len(ecb_docs)} documents, {sum(len(g) for _, g, _ in ecb_docs)} gold "
        "name-like mentions)",
        "",
        score_table(ecb_scores),
        "",
        "### Giveme5W1H who",
        "",
        f"{n_who} annotated who-phrases that contain a name: a PERSON/ORG/NORP/GPE mention inside for "
        f"{who_raw} ({100 * who_raw / max(n_who, 1):.1f}%) with raw spaCy and {who_ours} "
        f"({100 * who_ours / max(n_who, 1):.1f}%) with dateline.",
        "",
        f"Speed of `extract_entities` (parse excluded): {(mt_n + ecb_n) / max(mt_took + ecb_took, 1e-9):,.0f} "
        f"mentions/s ({mt_n + ecb_n} mentions).",
    ]) + "\n"


if __name__ == "__main__":
    print(run())
