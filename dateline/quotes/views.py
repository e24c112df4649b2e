"""Attributions by a view named in a prepositional phrase: "In Putin's view, X", "X, in his
opinion, Y", "in the view of the ministry, X" (nouns in data/view_nouns.txt), and by a poll
named so: "X leads Y by 8 points in a CNN poll released Monday" (data/poll_nouns.txt)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .tokens import Found, trim

_IN = ("in",)
# sources that are no one's view: "in any view", "in this view"
_NOT_SOURCES = {"this", "that", "any", "my", "our", "your"}
# determiners of polls in general ("slid in [the polls]", "leads in [most polls]"): no one poll
_GENERAL = {"the", "most", "some", "many", "all", "several", "recent"}


def poll_source(noun: Token, lex: Lexicon) -> Token | None:
    """The poll itself when ``noun`` names one ("in [a new CNN poll]", "in [the latest survey]"),
    none for polls in general ("rose in the polls")."""
    if noun.lemma_.lower() not in lex.polls and noun.lower_ not in lex.polls:
        return None
    specific = noun.tag_ == "NN" or any(
        not (c.dep_ in ("det", "amod") and c.lower_ in _GENERAL) for c in noun.children)
    return noun if specific else None


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
        if noun.dep_ != "pobj" or inside[noun.i]:
            continue
        is_view = noun.lemma_.lower() in lex.views
        if not is_view and noun.lemma_.lower() not in lex.polls and noun.lower_ not in lex.polls:
            continue
        prep = noun.head
        if prep.lower_ not in _IN or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        source = view_source(noun) if is_view else poll_source(noun, lex)
        if source is None or (not is_view and prep.head.dep_ in ("acl", "relcl")):
            continue  # ("voters [surveyed] in a new poll": the poll's sample, not its finding)
        clause = prep.head
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        plo, phi = prep.left_edge.i, prep.right_edge.i + 1
        if plo <= lo:
            lo = phi
        elif phi >= hi or all(t.is_punct for t in doc[phi:hi]):  # the phrase closes the clause
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


def hearsay_attributions(doc: Doc, lex: Lexicon, inside: list[bool], para: list[int]) -> list[Found]:
    """'"The talks reportedly broke down"': an adverb of hearsay (data/hearsay_adverbs.txt) on a
    clause whose verb is no cue attributes the clause to an unnamed source. The clause, without
    the adverb, is the content; clauses inside taken content (``inside``) are left alone."""
    out = []
    for adv in doc:
        if adv.lower_ not in lex.hearsay or adv.dep_ != "advmod" or inside[adv.i]:
            continue
        clause = adv.head
        if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() in lex.cues:
            continue
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        if any(inside[k] or para[k] != para[adv.i] for k in range(lo, hi)):
            continue
        content = trim(doc, (lo, hi))
        if content is None:
            continue
        out.append(Found(content=content, cue=(adv.i, adv.i + 1), speaker_head=None, kind="indirect",
                         cue_token=adv.i))
        for k in range(*content):
            inside[k] = True
    return out
