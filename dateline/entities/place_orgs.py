"""Countries and areas the model types ORG: "Russia, i.e. Moldova, the Caucasus and central Asia".

:func:`place_orgs`: a one-word ORG, written in capitals and small letters, that is a country by its own
gazetteer name ("Moldova") is a GPE; one that is an area of several countries ("Caucasus", "Balkans") is
a LOC. Not when it is part of a longer name (a capitalised name right before or after it: "Visit Ukraine",
"Ukraine Alert"), when the label table or the acronym table knows it, or when the rules before have
changed it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.places.gazetteer import Gazetteer
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon
from .spans import Span, is_cap


def _part_of_longer(doc: Doc, i: int) -> bool:
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before is not None and not doc[i].is_sent_start and is_cap(before) and before.pos_ == "PROPN":
        return True
    return after is not None and is_cap(after) and after.pos_ in ("PROPN", "NOUN")


def place_orgs(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """One-word ORGs that are countries or areas become GPE / LOC (see the module's doc)."""
    gaz = load_gazetteer()
    org_at = {k: s for s in spans if s.label == "ORG" for k in range(s.start, s.end)}
    for s in spans:
        if s.label != "ORG" or s.source != "model" or s.end - s.start != 1:
            continue
        tok = doc[s.start]
        text = tok.text
        if not text.isalpha() or text.isupper() or not text[0].isupper() or text.lower() in lex.labels or \
                text in lex.acronyms or _part_of_longer(doc, s.start):
            continue
        own = [c.entry for c in gaz.lookup(text) if c.via == "name"]
        if any(e.kind == "country" for e in own):
            s.label, s.source = "GPE", "place_org"
        elif own and all(e.kind == "landmark" and not e.country_code for e in own) \
                and not _listed_with_org(doc, s.start, org_at, gaz):
            s.label, s.source = "LOC", "place_org"  # (not "Microsoft, Alphabet, Amazon and Meta")
    return spans


def _listed_with_org(doc: Doc, i: int, org_at: dict[int, Span], gaz: Gazetteer) -> bool:
    """Whether the token at ``i`` is listed with ("and", "or", a comma) a name the model typed ORG that
    the gazetteer does not know as a country or an area ("Microsoft", not "Armenia")."""
    tok = doc[i]
    near = [tok.head] if tok.dep_ in ("conj", "appos") else []
    near += [c for c in tok.children if c.dep_ in ("conj", "appos")]
    return any(t.i != i and (o := org_at.get(t.i)) is not None and not any(
        c.via == "name" and c.entry.kind in ("country", "landmark") for c in gaz.lookup(doc[o.start: o.end].text))
        for t in near)
