"""News agencies and broadcasters named by the words after them ("the Anatolia news agency said", "Irish state
RTE television", "Anatolia reported").

Wire copy cites local agencies the tables cannot all hold; the small model types them NORP, GPE or PERSON.
:func:`agency_names`: one to three capitalised words right before a phrase of data/agency_words.txt are an
ORG when the phrase ends its noun phrase, unless they are a demonym ("the Iranian news agency"), a country, a title word or an acronym the tables
type otherwise; the same name written elsewhere in the article (tagged or not) is that ORG too.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, rows
from .spans import Span, doc_words, is_cap, overlay

MAX_NAME_TOKENS = 3


@lru_cache(maxsize=1)
def _agency_words() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(p.lower().split()) for (p,) in rows("agency_words.txt", 1)), key=len, reverse=True))


def _name_before(doc: Doc, i: int) -> int:
    """Start of the run of capitalised proper nouns that ends right before token i (i when none); the run
    does not reach back over a sentence start."""
    words = doc_words(doc)
    k = i
    while k > 0 and i - k < MAX_NAME_TOKENS and is_cap(doc[k - 1]) and words.pos[k - 1] in ("PROPN", "NOUN", "ADJ"):
        k -= 1
        if doc[k].is_sent_start:
            break
    return k


def _not_agency(name: str, lex: Lexicon, gaz) -> bool:
    """Is the name a people, a country, a title or a name the tables type as something else?"""
    if normalize(name) in demonyms() or (name.lower(),) in lex.titles or name.lower() in lex.drop_words:
        return True
    label = lex.labels.get(name.lower()) or (lex.acronyms[name][1] if name in lex.acronyms else None)
    if label and label != "ORG":
        return True
    return any(c.entry.kind == "country" for c in gaz.lookup(name))


def agency_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names of news agencies, told by the words after them, are ORGs wherever written (see the module's
    doc)."""
    words = doc_words(doc)
    heads = _agency_words()
    first = {p[0] for p in heads}
    names: set[str] = set()
    gaz = load_gazetteer()
    for i, low in enumerate(words.lowers):
        if low not in first or i == 0 or not doc[i].is_lower or not any(words.lowers[i: i + len(p)] == p for p in heads):
            continue
        end = i + next(len(p) for p in heads if words.lowers[i: i + len(p)] == p)
        if end < len(doc) and words.pos[end] in ("NOUN", "PROPN") and doc[end].is_lower:
            continue  # "the Oprah Winfrey television show": the phrase goes on
        k = _name_before(doc, i)
        if k == i:
            continue
        name = doc[k:i].text
        if not _not_agency(name, lex, gaz):
            names.add(name)
    if not names:
        return spans
    texts = words.texts
    covered = {k for s in spans for k in range(s.start, s.end)}
    for s in spans:
        if doc[s.start: s.end].text in names and s.label != "ORG":
            s.label, s.source, s.role = "ORG", "agency", ""
    found = []
    for name in names:
        parts = tuple(name.split())
        n = len(parts)
        for i in range(len(texts) - n + 1):
            if texts[i: i + n] != parts or any(k in covered for k in range(i, i + n)):
                continue
            if (i > 0 and is_cap(doc[i - 1]) and not doc[i].is_sent_start) or (
                    i + n < len(doc) and is_cap(doc[i + n]) and words.pos[i + n] == "PROPN"):
                continue  # part of a longer name
            found.append(Span(i, i + n, "ORG", "", "agency"))
    return overlay(spans, found)
