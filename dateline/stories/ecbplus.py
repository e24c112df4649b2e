"""ECB+ documents as articles with their gold story, for evaluating story clustering.

ECB+ (Cybulska and Vossen 2014; CC BY 3.0) has 982 news documents in 43 topics; each topic
holds two different real-world events of the same kind: the ``ecb`` files report one, the
``ecbplus`` files another. A document's story is its topic and sub-topic ("1ecb",
"1ecbplus"). Texts are rebuilt from the token XML; the URL that ``ecbplus`` files carry as
sentence 0 is dropped (it names the site and often the date), and the first sentence serves
as the title. ECB+ has no publication dates: :func:`synthetic_dates` makes plausible ones.
"""

from __future__ import annotations

import datetime as dt
import random
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll",
                    "'d", "'m", "''", "'S", "N'T", "-", "’", "/"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#", "-", "’", "/"}


def detokenize(tokens: list[str]) -> str:
    """Join PTB-style tokens back into readable text ("`` Hi , '' he said" -> '"Hi," he said')."""
    out: list[str] = []
    glue = True
    for tok in tokens:
        if out and not glue and tok not in _NO_SPACE_BEFORE:
            out.append(" ")
        out.append({"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(tok, tok))
        glue = tok in _NO_SPACE_AFTER
    return "".join(out)


def read_ecbplus_doc(path: Path) -> dict:
    """One ECB+ document as {"id", "title", "text", "topic", "story"}."""
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        sentences[int(tok.get("sentence", "0"))].append(tok.text or "")
    name = path.stem  # "1_10ecbplus"
    topic, rest = name.split("_", 1)
    kind = "ecbplus" if rest.endswith("ecbplus") else "ecb"
    numbers = sorted(sentences)
    if kind == "ecbplus" and numbers and numbers[0] == 0:
        numbers = numbers[1:]  # sentence 0 of the ecbplus files is the page's URL
    lines = [detokenize(sentences[n]) for n in numbers]
    lines = [ln for ln in lines if ln.strip()]
    return {
        "id": name,
        "title": lines[0] if lines else "",
        "text": "\n".join(lines[1:]),
        "topic": int(topic),
        "story": f"{topic}{kind}",
    }


def read_ecbplus(root: Path) -> list[dict]:
    """Every ECB+ document under ``root`` (the folder holding ``ECB+/``), by topic and file name."""
    base = root / "ECB+"
    if not base.is_dir():
        raise FileNotFoundError(f"{base} is not a folder of ECB+ topics")
    docs = [read_ecbplus_doc(p) for p in sorted(base.glob("*/*.xml"))]
    return sorted(docs, key=lambda d: (d["topic"], d["id"]))


def synthetic_dates(docs: list[dict], seed: int = 0, window_days: int = 90,
                    close: bool = False) -> dict[str, dt.date]:
    """Plausible publication dates: per story an event day in one window, articles 0-6 days later.

    With ``close``, the two events of a topic happen at most a week apart (two shootings in
    one week), so that dates cannot tell them apart.
    """
    rng = random.Random(seed)
    start = dt.date(2012, 1, 1)
    event_day: dict[str, dt.date] = {}
    for story in sorted({d["story"] for d in docs}, key=lambda s: (len(s), s)):  # ecb before ecbplus
        twin = story.removesuffix("plus")
        if close and story.endswith("plus") and twin in event_day:
            event_day[story] = event_day[twin] + dt.timedelta(days=rng.randrange(8))
        else:
            event_day[story] = start + dt.timedelta(days=rng.randrange(window_days))
    lags = [0, 1, 2, 3, 4, 5, 6]
    weights = [32, 16, 8, 4, 2, 1, 1]
    return {d["id"]: event_day[d["story"]] + dt.timedelta(days=rng.choices(lags, weights)[0])
            for d in sorted(docs, key=lambda d: d["id"])}
