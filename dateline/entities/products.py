"""Weapons and equipment named without a weapon word after them: "sent HIMARS", "Kinzhal hit Odesa",
"Germany delivered Leopard 2s", "the US will send Patriots".

The small model types such names ORG, GPE, PERSON or FAC. :func:`named_products` makes a name of
data/product_names.tsv a PRODUCT: a "sure" name wherever it is written with a capital, a "context" name
(an everyday word or a surname too: "Patriot", "Abrams") only when the words say equipment: a plural
("Patriots"), a model number ("Leopard 2A6"), a weapon word after it ("Patriot batteries"), a list with a
sure product ("HIMARS and Javelins"), or a supply or fire verb of which it is the object ("sent Abrams",
data/product_cues.tsv). A longer name around it ("Stacey Abrams", "Patriot Act", "New England Patriots")
is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import DATA, Lexicon, rows
from .spans import Span, doc_words, is_cap, overlay

SOURCE = "product_name"
MAX_HEAD_GAP = 3  # lower-case words between a name and its weapon word ("Patriot air defence systems")


@dataclass(frozen=True)
class ProductTable:
    sure: frozenset[str]  # folded names
    context: frozenset[str]
    pattern: re.Pattern[str]
    verbs: frozenset[str]
    heads: frozenset[str]


@lru_cache(maxsize=1)
def product_table() -> ProductTable:
    """The product names and the words that make a context name a product."""
    table = rows("product_names.tsv", 2)
    for name, kind in table:
        if kind not in ("sure", "context"):
            raise ValueError(f"{DATA / 'product_names.tsv'}: unknown kind {kind!r} for {name!r}")
    names = sorted((n for n, _ in table), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    pattern = re.compile(rf"(?<![\w/-])({alternatives})(e?s)?(?:\s+(?!\d{{4}})(\d[A-Za-z0-9]{{0,3}}))?(?![\w/-])",
                         re.IGNORECASE)
    cues = rows("product_cues.tsv", 2)
    return ProductTable(
        sure=frozenset(_key(n) for n, k in table if k == "sure"),
        context=frozenset(_key(n) for n, k in table if k == "context"),
        pattern=pattern,
        verbs=frozenset(w.lower() for k, w in cues if k == "verb"),
        heads=frozenset(w.lower() for k, w in cues if k == "head"),
    )


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _context(doc: Doc, a: int, b: int, plural: bool, model: bool, lex: Lexicon, table: ProductTable,
             sure_tokens: set[int]) -> bool:
    """Do the words around tokens [a, b) make a context name a product?"""
    if plural or model:
        return True
    for k in range(b, min(b + MAX_HEAD_GAP + 1, len(doc))):  # "Patriot batteries", "Bradley fighting vehicles"
        if not (doc[k].is_lower or doc[k].text in ("-", "‐")):
            break
        if doc[k].lower_ in lex.product_nouns or doc[k].lower_ in table.heads:
            return True
    for joint, other in ((a - 1, a - 2), (b, b + 1)):  # "HIMARS and Javelins"
        if 0 <= other < len(doc) and doc[joint].lower_ in ("and", "or", ",") and other in sure_tokens:
            return True
    root = doc[a:b].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ in ("dobj", "obj", "nsubjpass") and head.lemma_.lower() in table.verbs:
        return True
    # "asked for Abrams", "shot down by Patriots" are left out: the preposition says too little
    return root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in table.verbs


def named_products(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names of data/product_names.tsv that are products here become PRODUCT spans (see the module's doc)."""
    table = product_table()
    text = doc_words(doc).text
    hits = []
    for m in table.pattern.finditer(text):
        if not (text[m.start()].isupper() or text[m.start()].isdigit()):
            continue  # "a patriot", "a leopard"
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.end - span.start > 4:
            continue
        name = _key(m.group(1))
        kind = "sure" if name in table.sure else "context"
        hits.append((span.start, span.end, kind, bool(m.group(2)), bool(m.group(3))))
    if not hits:
        return spans
    sure_tokens = {k for a, b, kind, _, _ in hits if kind == "sure" for k in range(a, b)}
    found = []
    for a, b, kind, plural, model in hits:
        around = [s for s in spans if s.start < b and s.end > a]
        if any(s.label == "PRODUCT" for s in around):
            continue
        if any(is_cap(t) and not t.like_num and t.lower_ not in lex.product_nouns
               for s in around for t in list(doc[s.start: a]) + list(doc[b: s.end])):
            continue  # "Stacey Abrams", "the Patriot Act", "New England Patriots"
        before = doc[a - 1] if a > 0 else None
        if kind == "context" and before is not None and is_cap(before) and before.pos_ == "PROPN" and \
                not before.is_sent_start and not any(s.start <= a - 1 < s.end and s.label in ("NORP", "GPE")
                                                     for s in spans):
            continue  # an untagged first name before a surname
        if kind == "context" and not _context(doc, a, b, plural, model, lex, table, sure_tokens):
            continue
        found.append(Span(a, b, "PRODUCT", "", SOURCE))
    return overlay(spans, found)
