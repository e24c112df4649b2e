"""Event mentions: event types on PLOVER/PETRARCH sentences, triggers on MEANTIME, and speed.

* Types: the lemma → type lexicon (``dateline/events/resources/event_types.tsv``) was written
  from PLOVER's category definitions. The errors on the even records of the PLOVER GSR (dev half)
  were then read, which led to ``type_modality.tsv`` (PLOVER codes intents and threats), the
  support-verb rule and a few lexicon fixes; the odd records (test half) and both PETRARCH-2 sets
  were not looked at. A sentence's predicted type is the ``plover`` code of its highest event in
  the parse with a code other than STATEMENT/OTHER (else STATEMENT if it has one, else OTHER); the
  "`type` only" column scores the action type without the status. PLOVER GSR labels of the older
  ontology are mapped to the 2021 one (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE,
  FIGHT → ASSAULT); PETRARCH-2 CAMEO codes are mapped with PLOVER's CAMEO2PLOVER table.
* Triggers: MEANTIME English intra-document annotation, the annotated sentences (0-5) of the
  articles on this machine (30 in ../shared), parsed on their own tokens; a predicted trigger is right when it is a token of a
  gold EVENT_MENTION, a gold mention is found when one of its tokens is predicted.
"""

from __future__ import annotations

import json
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from benchmarks.common import BENCH_DATA, need, table

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def _plover_gsr(path: Path) -> list[tuple[str, str]]:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r",(\s*[}\]])", r"\1", raw)
    out = []
    for rec in json.loads(raw):
        if rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        out.append((rec["text"], OLD_PLOVER.get(rec["event"], rec["event"])))
    return out


def _cameo_table(path: Path) -> dict[str, str]:
    table_ = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^(\d{2,4}):\s*([A-Z]+)", line):
            table_.setdefault(m.group(1), m.group(2))
    return table_


def _petrarch(path: Path, cameo: dict[str, str]) -> list[tuple[str, str]]:
    raw = path.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"<Sentence .*?(?=<Sentence |\Z)", raw, flags=re.S):
        codes = re.findall(r'eventcode="(\d+)"', block)
        text = re.search(r"<Text>(.*?)</Text>", block, flags=re.S)
        if not codes or not text:
            continue
        code = codes[0]
        kind = next((cameo[code[:n]] for n in (4, 3, 2) if code[:n] in cameo), None)
        if kind:
            out.append((" ".join(text.group(1).split()), kind))
    return out


def _sentence_type(found, attr: str = "plover") -> str:
    typed = [e for e in found if getattr(e, attr) not in ("STATEMENT", "OTHER")]
    if typed:  # the highest event in the parse, the first on a tie
        return getattr(min(typed, key=lambda e: (e._depth, e.start)), attr)
    return "STATEMENT" if any(e.type == "STATEMENT" for e in found) else "OTHER"


def _type_scores(items: list[tuple[str, str]], attr: str = "plover") -> tuple[float, float, int]:
    from dateline.events import extract_events
    from dateline.nlp import parse_many

    gold, pred = [], []
    texts = [t for t, _ in items]
    for (_, kind), doc in zip(items, parse_many(texts), strict=True):
        found = extract_events(doc, [], "2000-01-01")
        for e in found:
            tok = doc.char_span(e.start, e.end, alignment_mode="expand")[0]
            e._depth = len(list(tok.ancestors))
        gold.append(kind)
        pred.append(_sentence_type(found, attr))
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    f1s = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return 100 * acc, 100 * sum(f1s) / len(f1s), len(gold)


def _meantime_docs(folder: Path, max_sentence: int = 5):
    for path in sorted(folder.rglob("*.xml")):
        root = ET.parse(path).getroot()
        toks = [(t.get("t_id"), t.text or "", int(t.get("sentence") or 0)) for t in root.iter("token")]
        toks = [t for t in toks if t[2] <= max_sentence]
        gold = []
        mk = root.find("Markables")
        for ev in (mk.iter("EVENT_MENTION") if mk is not None else []):
            ids = {a.get("t_id") for a in ev.iter("token_anchor")}
            if ids & {t[0] for t in toks}:
                gold.append(ids)
        yield toks, gold


def _triggers(folder: Path) -> tuple[list, float, float, int]:
    from spacy.tokens import Doc

    from dateline.events import extract_events
    from dateline.nlp import load

    nlp = load()
    tp_pred = n_pred = found_gold = n_gold = words = 0
    t_parse = t_layer = 0.0
    for toks, gold in _meantime_docs(folder):
        if not toks:
            continue
        starts = [k == 0 or toks[k][2] != toks[k - 1][2] for k in range(len(toks))]
        t0 = time.perf_counter()
        doc = Doc(nlp.vocab, words=[t[1] for t in toks], spaces=[True] * len(toks), sent_starts=starts)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        t1 = time.perf_counter()
        found = extract_events(doc, [], "2000-01-01")
        t_layer += time.perf_counter() - t1
        t_parse += t1 - t0
        words += len(toks)
        idx = {doc.char_span(e.start, e.end, alignment_mode="expand")[0].i for e in found}
        pred_ids = {toks[i][0] for i in idx}
        gold_ids = set().union(*gold) if gold else set()
        tp_pred += len(pred_ids & gold_ids)
        n_pred += len(pred_ids)
        found_gold += sum(1 for g in gold if g & pred_ids)
        n_gold += len(gold)
    p = tp_pred / n_pred if n_pred else 0.0
    r = found_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    speed = [words / t_layer if t_layer else 0.0, words / (t_parse + t_layer)]
    return [100 * p, 100 * r, 100 * f], speed[0], speed[1], words


def run() -> str:
    gsr = need(BENCH_DATA / "plover-gsr")
    petr = need(BENCH_DATA / "petrarch2-validation")
    meantime = need(BENCH_DATA / "meantime-english" / "intra-doc_annotation")
    cameo = _cameo_table(gsr / "CAMEO2PLOVER-2021.txt")
    plover = _plover_gsr(gsr / "PLOVER_GSR_CAMEO.txt")
    sets = {
        "PLOVER GSR, test half (odd records)": plover[1::2],
        "PLOVER GSR, dev half (even records, errors inspected)": plover[0::2],
        "PETRARCH-2 GSR validation (AFP)": _petrarch(petr / "PETR2_GSR_validation.xml", cameo),
        "PETRARCH-2 unit tests": _petrarch(petr / "PETR.UnitTest.records.xml", cameo),
    }
    rows = []
    for name, items in sets.items():
        acc, macro, n = _type_scores(items)
        base_acc, base_macro, _ = _type_scores(items, "type")
        majority = Counter(k for _, k in items).most_common(1)[0]
        rows.append([name, n, f"{acc:.1f}", f"{macro:.1f}", f"{base_acc:.1f} / {base_macro:.1f}",
                     f"{100 * majority[1] / n:.1f} ({majority[0]})"])
    prf, layer_speed, full_speed, words = _triggers(meantime)
    return "\n\n".join([
        "## Events (dateline.events)",
        "Event type per sentence (PLOVER 2021 categories), every sentence held out:",
        table(["sentences", "n", "accuracy %", "macro F1 %", "`type` only: acc. / macro F1 %",
               "majority class %"], rows),
        f"Trigger detection against MEANTIME English EVENT_MENTIONs (sentences 0-5, {words} words):",
        table(["precision %", "recall %", "F1 %"], [[f"{x:.1f}" for x in prf]]),
        f"Speed on those {words} words: events layer {layer_speed:,.0f} words/s; "
        f"spaCy parse + events layer {full_speed:,.0f} words/s.",
        "Method: see the module docstring of benchmarks/bench_events.py. MEANTIME annotates more kinds "
        "of event (states, adjectives, many nouns) than dateline's triggers aim at, so its recall is a "
        "lower bound of what a timeline needs.",
    ])
