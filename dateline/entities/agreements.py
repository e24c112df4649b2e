"""Agreements and pipelines: names the small model types ORG, GPE or EVENT, or misses.

- :func:`agreement_names`: a name ending in an agreement word ("the Budapest Memorandum", "the North
  Atlantic Treaty"; data/agreement_words.txt), or written right before one in lower case and not itself a
  place ("the Minsk II agreement"; "the Minsk agreements" keeps Minsk a GPE), is a LAW; "the Treaty of
  Versailles" / "the treaty of Versailles" (data/agreement_openers.txt) is one LAW from "Treaty" on.
- :func:`infrastructure_names`: a pipeline of data/infrastructure_names.tsv ("Nord Stream 2") wherever it
  is written capitalised, or a capitalised name right before "pipeline" (data/infrastructure_heads.txt;
  "the Druzhba oil pipeline") is a FAC, with the number after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, rows, word_set
from .spans import Span, doc_words, is_cap, overlay

MAX_NAME_TOKENS = 5
MAX_HEAD_GAP = 2  # lower-case words between a name and "pipeline" ("gas", "natural gas")
RENAMED = {"ORG", "GPE", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "NORP", "PERSON"}


def _agreement_words() -> frozenset[str]:
    return word_set("agreement_words.txt")


def _openers() -> frozenset[str]:
    return word_set("agreement_openers.txt")


@lru_cache(maxsize=1)
def _infrastructure() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    table = {" ".join(n.split()).casefold(): label for n, label in rows("infrastructure_names.tsv", 2)}
    names = sorted(table, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    pattern = re.compile(rf"(?<![\w-])({alternatives})(?:\s+(\d{{1,2}}))?(?![\w-])", re.IGNORECASE)
    heads = frozenset(w.lower() for (w,) in rows("infrastructure_heads.txt", 1))
    return pattern, table, heads


def _is_place(text: str) -> bool:
    return any(c.via != "alternate" for c in load_gazetteer().lookup(text))


def agreement_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names of agreements and treaties are LAWs (see the module's doc)."""
    words = _agreement_words()
    openers = _openers()
    lowers = doc_words(doc).lowers
    for s in spans:
        if s.label not in RENAMED or s.end - s.start > MAX_NAME_TOKENS:
            continue
        last = doc[s.end - 1]
        if doc[s.start: s.end].text.lower() in lex.labels:
            continue  # the table's label: "the Republican National Convention" is an event
        if s.end - s.start >= 2 and last.lower_ in words and is_cap(last):
            s.label, s.source = "LAW", "agreement"  # "the Budapest Memorandum"
            continue
        if s.end < len(doc) and lowers[s.end] in words and doc[s.end].is_lower and s.label != "PERSON" and \
                not _is_place(doc[s.start: s.end].text) and not s.label == "NORP":
            s.label, s.source = "LAW", "agreement"  # "the Minsk II agreement"
            continue
    return overlay(spans, _untagged(doc, spans, words, openers, lex.labels))


def _cap_run_left(doc: Doc, i: int) -> int:
    """Start of the capitalised words right before token i (none: i)."""
    a = i
    while a > 0 and i - a < MAX_NAME_TOKENS - 1 and is_cap(doc[a - 1]) and doc[a - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        a -= 1
    return a


def _cap_run_right(doc: Doc, a: int) -> int:
    """End of the capitalised words from token a on, over glued hyphens ("Brest-Litovsk")."""
    b = a
    while b < len(doc) and b - a < MAX_NAME_TOKENS:
        if is_cap(doc[b]) and doc[b].pos_ in ("PROPN", "NOUN", "ADJ"):
            b += 1
        elif doc[b].text in ("-", "‐") and not doc[b - 1].whitespace_ and b + 1 < len(doc) and is_cap(doc[b + 1]):
            b += 2
        else:
            break
    return b


def _untagged(doc: Doc, spans: list[Span], words: frozenset[str], openers: frozenset[str],
              labels: dict[str, str]) -> list[Span]:
    """Agreement names the model left out or cut: "the Budapest Memorandum" (the head word capitalised,
    not before another capitalised word: "North Atlantic Treaty Organization"), "the treaty of Versailles"."""
    lowers = doc_words(doc).lowers
    laws = {k for s in spans if s.label == "LAW" for k in range(s.start, s.end)}
    found: list[Span] = []
    for i, tok in enumerate(doc):
        if i in laws or not is_cap(tok):
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if lowers[i] in words and not (nxt is not None and is_cap(nxt)):
            a = _cap_run_left(doc, i)
            if a < i:
                label = labels.get(doc[a: i + 1].text.lower(), "LAW")  # the table's: an event, "National Convention"
                found.append(Span(a, i + 1, label, "", "agreement" if label == "LAW" else "table"))
                continue
        if lowers[i] in openers and nxt is not None and nxt.lower_ == "of" and i + 2 < len(doc) and is_cap(doc[i + 2]):
            b = _cap_run_right(doc, i + 2)
            if b > i + 2:
                found.append(Span(i, b, "LAW", "", "agreement"))
    for i, tok in enumerate(doc):  # "the treaty of Versailles": the lower-case opener before a name
        if lowers[i] in openers and tok.is_lower and i + 2 < len(doc) and lowers[i + 1] == "of" and is_cap(doc[i + 2]):
            b = _cap_run_right(doc, i + 2)
            if b > i + 2:
                found.append(Span(i, b, "LAW", "", "agreement"))
    return found


def infrastructure_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Pipelines are FACs (see the module's doc)."""
    pattern, table, heads = _infrastructure()
    text = doc_words(doc).text
    found: list[Span] = []
    for m in pattern.finditer(text):
        if not text[m.start()].isupper():
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.append(Span(span.start, span.end, table[" ".join(m.group(1).split()).casefold()], "", "infrastructure"))
    taken = {k for f in found for k in range(f.start, f.end)}
    for i, tok in enumerate(doc):
        if tok.lower_ not in heads or not tok.is_lower or i in taken:
            continue
        j = i
        while j > 0 and i - j < MAX_HEAD_GAP and doc[j - 1].is_lower and doc[j - 1].is_alpha and \
                doc[j - 1].lower_ not in ("the", "a", "an", "of", "and", "or"):
            j -= 1
        b = j
        while b > 0 and doc[b - 1].like_num and len(doc[b - 1].text) <= 2:
            b -= 1
        a = b
        while a > 0 and b - a < MAX_NAME_TOKENS - 1 and is_cap(doc[a - 1]) and doc[a - 1].pos_ == "PROPN":
            a -= 1
        if a == b or any(k in taken for k in range(a, j)):
            continue
        if doc[a].is_sent_start and b - a == 1:
            continue  # "Pipeline" opening a sentence, or one capitalised word there: too little
        if any(s.start < j and s.end > a and s.label in ("NORP",) for s in spans):
            continue  # "Russian gas pipelines"
        if _is_place(doc[a:j].text) and any(s.start <= a and s.end >= b and s.label in ("GPE", "LOC") for s in spans):
            continue  # "the Ukraine pipeline network": the country stays
        found.append(Span(a, j, "FAC", "", "infrastructure"))
        taken.update(range(a, j))
    return overlay(spans, found)
