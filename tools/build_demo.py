"""Build the bundled demo corpus in data/demo/ from MEANTIME (English, Apple topic).

    python tools/build_demo.py [--meantime DIR] [--out data/demo]

MEANTIME (NewsReader, CC BY 4.0) stores each Wikinews article as CAT XML tokens. This script
turns the 30 Apple-topic documents into one JSON-lines file that ``dateline ingest`` reads:
sentence 0 is the headline, the rest is detokenized into readable text (spacing around
punctuation, quotes, clitics and currency restored), the document's ``url`` attribute is the
URL and the TIMEX3 with ``functionInDocument="CREATION_TIME"`` gives the date. It also writes
ATTRIBUTION.md. The seed article (/work/shared/seed) has no stated licence, so it is not
copied (see ATTRIBUTION.md).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MEANTIME = SHARED / "benchmarks" / "meantime-english"
TOPIC = "corpus_apple"

# Tokens that attach to the word before them / after them (no space on that side).
NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "''", "”", "’", "...", "n't"}
NO_SPACE_AFTER = {"(", "[", "{", "``", "“", "$", "£", "€", "#", "US$", "C$", "A$"}
CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"}
CLITIC_TAILS = {"s", "re", "ve", "ll", "d", "m", "t"}
JOINERS = {"/"}  # no space on either side: "audio/video", "$149/£99"
OPEN_DOUBLE = {"``", "“"}
CLOSE_DOUBLE = {"''", "”"}


def _is_word(tok: str) -> bool:
    return bool(re.match(r"^[A-Za-z][A-Za-z.]*$", tok))


def detokenize(tokens: list[str]) -> str:
    """Readable text from Penn-Treebank-like tokens.

    Straight double quotes open and close in turn; a straight single quote is a clitic
    (``we ' re``), a possessive after a plural (``Jobs '``) or a quotation mark; a hyphen
    between a word and a lower-case word (``Macintosh - curious``) joins them.
    """
    out: list[str] = []
    glue_next = False  # the previous token asked for no space after it
    in_double = False
    in_single = False
    n = len(tokens)
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < n else ""
        space = bool(out) and not glue_next
        glue_next = False
        if tok in ("``", "''", '"'):
            shown = '"'
            if tok == "``":
                opening = True
            elif tok == "''":
                opening = False
            else:  # a straight quote: open unless one is open (or punctuation follows)
                opening = not in_double and nxt not in NO_SPACE_BEFORE and nxt != ""
            if opening:
                in_double = True
                glue_next = True
            else:
                in_double = False
                space = False
            tok = shown
        elif tok in ("'", "’", "`", "‘"):
            if nxt.lower() in CLITIC_TAILS and prev and prev[-1].isalpha() and tok != "`":
                space, glue_next = False, True  # we ' re -> we're
            elif tok in ("`", "‘") or (not in_single and not prev.endswith("s")):
                in_single, glue_next = True, True  # opening quotation mark
                tok = "'" if tok == "`" else tok
            elif in_single:
                in_single, space = False, False  # closing quotation mark
            else:
                space = False  # possessive after a plural: Jobs'
        elif tok in CLITICS or tok.lower() in CLITICS:
            space = False
        elif re.match(r"^['‘][A-Za-z]{2,}", tok) and re.fullmatch(r"[A-Z]", prev):
            space = False  # O 'Reilly -> O'Reilly
        elif re.match(r"^['‘][A-Za-z]{2,}", tok):
            in_single = True  # a quotation mark stuck to its first word: 'switch
        elif tok == "..." and prev == ".":
            pass  # "come. ... I will": an ellipsis after a full stop stands apart
        elif tok in NO_SPACE_BEFORE:
            space = False
        elif tok in JOINERS:
            space, glue_next = False, True
        elif tok == "-" and _is_word(prev) and re.match(r"^[a-z]+$", nxt) and nxt not in _FUNCTION_WORDS:
            space, glue_next = False, True  # Macintosh - curious -> Macintosh-curious
        elif tok == "-" and prev[:1].isupper() and nxt[:1].isupper() and len(prev) <= 3:
            space, glue_next = False, True  # Wal - Mart -> Wal-Mart
        if tok in NO_SPACE_AFTER:
            glue_next = True
        if space:
            out.append(" ")
        out.append(tok)
    return "".join(out)


_FUNCTION_WORDS = {"a", "an", "the", "it", "and", "or", "but", "to", "of", "in", "on", "is", "are",
                   "was", "were", "he", "she", "they", "we", "this", "that", "which", "who"}


def read_cat(path: Path) -> dict:
    """One MEANTIME document as a record: id, date, title, text, url, source."""
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence", "0")), []).append(html.unescape(tok.text or ""))
    dates = [t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"]
    if len(dates) != 1 or not dates[0]:
        raise ValueError(f"{path.name}: expected one CREATION_TIME TIMEX3, found {dates}")
    order = sorted(sentences)
    title = detokenize(sentences[order[0]])
    body = [detokenize(sentences[s]) for s in order[1:]]
    # Sentence 1 is Wikinews's dateline ("May 7, 2005"): its own paragraph, as on the page.
    text = body[0] + "\n\n" + " ".join(body[1:]) if len(body) > 1 else "".join(body)
    return {
        "id": f"meantime-{root.get('doc_id')}",
        "date": dates[0],
        "title": title,
        "text": text,
        "url": root.get("url"),
        "source": "Wikinews",
        "corpus": "MEANTIME English (NewsReader), Apple topic",
    }


ATTRIBUTION = """# Demo corpus: attribution

## meantime-apple.jsonl

The {n} English Wikinews articles of the Apple topic of the **NewsReader MEANTIME corpus**
(intra-document annotation, version of October 2015), converted by `tools/build_demo.py`:
tokens detokenized into readable text, sentence 0 as the title, the document's `url` as the URL
and the TIMEX3 marked `functionInDocument="CREATION_TIME"` as the date.

- Licence: Creative Commons Attribution 4.0 International (CC BY 4.0),
  http://creativecommons.org/licenses/by/4.0/
- © 2015 Fondazione Bruno Kessler, VU University Amsterdam, Universidad del País Vasco
  (the MEANTIME readme). Texts from English Wikinews (https://en.wikinews.org), whose articles
  are published under Creative Commons Attribution licences; each record's `url` links to
  its Wikinews page.
- Website: http://www.newsreader-project.eu/results/data/wikinews/
- Citation: Anne-Lyse Minard, Manuela Speranza, Ruben Urizar, Begoña Altuna, Marieke van Erp,
  Anneleen Schoen and Chantal van Son (2016). MEANTIME, the NewsReader Multilingual Event and
  Time Corpus. In Proceedings of the Tenth International Conference on Language Resources and
  Evaluation (LREC 2016), Portorož, Slovenia.
- Changes: the annotations are dropped; only text, title, URL and creation date are kept. The
  detokenization restores usual spacing and may differ from the original page in places.

## The seed article

The seed article used while building dateline (`annexation-2022-09-29.txt`, on Russia's
annexation of four Ukrainian regions) carries no licence or source statement, so it is not
copied into this folder. Read it from where it is kept when it is available.
"""


def build(meantime: Path, out: Path) -> list[dict]:
    """Write ``meantime-apple.jsonl`` and ``ATTRIBUTION.md`` into ``out``; return the records."""
    folder = meantime / "intra-doc_annotation" / TOPIC
    if not folder.is_dir():
        raise SystemExit(f"MEANTIME Apple corpus not found at {folder}")
    records = sorted((read_cat(p) for p in folder.glob("*.xml")), key=lambda r: (r["date"], r["id"]))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "meantime-apple.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    (out / "ATTRIBUTION.md").write_text(ATTRIBUTION.format(n=len(records)), encoding="utf-8")
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--meantime", type=Path, default=MEANTIME)
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "demo")
    args = ap.parse_args(argv)
    records = build(args.meantime, args.out)
    print(f"wrote {len(records)} articles to {args.out / 'meantime-apple.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
