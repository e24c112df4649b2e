"""Attributions by a view named in a prepositional phrase: "In Putin's view, X", "X, in his
opinion, Y", "in the view of the ministry, X" (nouns in data/view_nouns.txt)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .tokens import Found, trim

_IN = ("in",)
# sources that are no one's view: "in any view", "in this view"
_NOT_SOURCES = {"this", "that", "any", "my", "our", "your"}


def view_source(noun: Token) -> Token | None:
    """Whose view ``noun`` is: its owner ("his", "Putin's") or the object of its "of"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None or owner.lower_ in _NOT_SOURCES:
        return None
    return owner


def view_attributions(doc: Doc, lex: Lexicon, inside: list[bool], para: list[int]) -> list[Found]:
    """'"In his view, the war was a mistake": "his" said "the war was a mistake"'. The clause the
    phrase modifies is the content, without the phrase itself; a phrase inside content already
    taken (``inside``) is part of someone else's words and adds nothing."""
    out = []
    for noun in doc:
        if noun.lemma_.lower() not in lex.views or noun.dep_ != "pobj" or inside[noun.i]:
            continue
        prep = noun.head
        if prep.lower_ not in _IN or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        source = view_source(noun)
        if source is None:
            continue
        clause = prep.head
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        plo, phi = prep.left_edge.i, prep.right_edge.i + 1
        if plo <= lo:
            lo = phi
        elif phi >= hi:
            hi = plo
        else:  # "X, in his view, was ...": the clause around the phrase, phrase left out
            if para[lo] != para[hi - 1]:
                continue
            content = trim(doc, (lo, hi))
            if content is None:
                continue
            out.append(Found(content=content, cue=(prep.i, noun.i + 1), speaker_head=source,
                             kind="indirect", cue_token=noun.i))
            for k in range(*content):
                inside[k] = True
            continue
        content = trim(doc, (lo, hi))
        if content is None or para[content[0]] != para[noun.i] or para[content[1] - 1] != para[noun.i]:
            continue
        out.append(Found(content=content, cue=(prep.i, noun.i + 1), speaker_head=source, kind="indirect",
                         cue_token=noun.i))
        for k in range(*content):
            inside[k] = True
    return out
