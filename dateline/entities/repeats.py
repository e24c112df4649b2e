"""A name of several words the article gives in full, written again where the model saw only a part of it.

:func:`names_again`: "the Iraqi High Tribunal published ..." with only "Iraqi" tagged (NORP), though the
article tags "Iraqi High Tribunal" ORG elsewhere: every other place the same words are written, the full name
with its label replaces the shorter spans inside it (or nothing). Not inside a longer name ("New York" in "New
York Times"), not over a span that runs past it or holds a PERSON, not inside an amount ("Hong Kong dollars"),
not for a title the model typed ORG ("Supreme Commander"); people are left to the surname rules. Where the
model tagged the start of it with the full name's own label ("Apple" ORG in "Apple TV") its reading stays
(not its end: "Cubs" in "Chicago Cubs", "Tass" in "Itar-Tass" are made whole); an untagged
occurrence of an ORG is filled only when the name ends in an institution word or company suffix ("Special
Branch", not a product the model typed ORG, "Mac OS X Lion").

:func:`org_repeats`: "SANTA CLARA, Calif. (Reuters) - Nvidia forecast ..." with that "Nvidia" left untagged,
though the model tags "Nvidia" ORG twice further on: a one-word name typed ORG at least twice, and never as
anything else, is an ORG where it is written untagged as a proper noun, when the article never writes the word
in lower case ("Target ... the target was missed": the model's reading stays).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .lexicon import Lexicon
from .spans import Span, doc_words, is_cap, overlay

LABELS = ("ORG", "FAC", "EVENT", "LAW", "GPE", "LOC")
MIN_TOKENS = 2
AMOUNTS = ("MONEY", "QUANTITY", "PERCENT")


def names_again(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Multi-word names written again are whole there too (see the module's doc)."""
    texts = doc_words(doc).texts
    full: dict[tuple[str, ...], str] = {}
    for s in spans:
        if s.label in LABELS and s.end - s.start >= MIN_TOKENS and is_cap(doc[s.start]) and is_cap(doc[s.end - 1]) \
                and (doc[s.end - 1].lower_,) not in lex.titles:  # "Supreme Commander" ORG: a title, whatever typed
            full.setdefault(tuple(texts[s.start: s.end]), s.label)
    if not full:
        return spans
    span_at = {k: s for s in spans for k in range(s.start, s.end)}
    firsts = {words[0] for words in full}
    found = []
    for i, w in enumerate(texts):
        if w not in firsts:
            continue
        for words, label in full.items():
            n = len(words)
            if words[0] != w or texts[i: i + n] != words:
                continue
            inside = {id(span_at[k]): span_at[k] for k in range(i, i + n) if k in span_at}
            if any(s.start < i or s.end > i + n or s.label == "PERSON" for s in inside.values()) or any(
                    s.start == i and s.end == i + n for s in inside.values()):
                continue  # part of a longer name, already whole, or holding a person ("GETTY Trump")
            if any(doc[k].ent_type_ in AMOUNTS for k in range(i, i + n)):
                continue  # "45.20 Hong Kong dollars": an amount of money
            if i + n < len(doc) and is_cap(doc[i + n]) and doc[i + n].pos_ == "PROPN":
                continue  # the start of a longer name
            says_org = words[-1].lower() in lex.non_person_heads or words[-1].lower() in lex.org_suffixes
            if inside and all(s.label == label for s in inside.values()) and not any(
                    s.end == i + n for s in inside.values()):
                continue  # "Apple" ORG inside "Apple TV": the model's reading of the words stays
            if not inside and label == "ORG" and not says_org:
                continue  # untagged: only an organisation that says it is one ("Special Branch"), not "OS X Lion"
            found.append(Span(i, i + n, label, "", "again"))
    return overlay(spans, found)


ORG_REPEATS_MIN = 2


def org_repeats(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """One-word organisations written again untagged are tagged there too (see the module's doc)."""
    words = doc_words(doc)
    labels: dict[str, Counter[str]] = {}
    for s in spans:
        if s.end - s.start == 1:
            labels.setdefault(words.texts[s.start], Counter())[s.label] += 1
    written = set(words.texts)
    names = {w for w, c in labels.items() if c["ORG"] >= ORG_REPEATS_MIN and len(c) == 1 and w[:1].isupper()
             and w.isalpha() and w.lower() not in written}
    if not names:
        return spans
    taken = {k for s in spans for k in range(s.start, s.end)}
    found = [Span(i, i + 1, "ORG", "", "org_repeat") for i, w in enumerate(words.texts)
             if w in names and i not in taken and words.pos[i] == "PROPN"
             and not (i + 1 < len(doc) and is_cap(doc[i + 1]) and words.pos[i + 1] == "PROPN")
             and not (i > 0 and is_cap(doc[i - 1]) and words.pos[i - 1] == "PROPN" and not doc[i].is_sent_start)]
    return overlay(spans, found)
