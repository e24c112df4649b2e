"""Stances: "condemned [the decision]", "rejected [the proposal]", "denied [the allegations]".

A cue of data/stance_cues.txt whose content is a plain noun phrase reports where the speaker
stands, not any words: the attribution is kept (PolNeAR annotates it, and it says who took which
side) but with kind "stance", so that a reader of quotations can leave it out. Its content is a
quote again when it holds a clause of its own ("rejected [the claim that the vote was rigged]")
or a quotation ("denied the "absurd" allegations", which makes the kind "mixed").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

CLAUSE_MARKS = {"that", "whether", "if"}
NOUN_PHRASE = ("NOUN", "PROPN", "PRON")


def _has_clause(head: Token) -> bool:
    """Does the noun ``head`` carry a content clause ("the claim [that ...]", "the question
    [whether ...]"), as opposed to a relative clause ("the proposal [that Kyiv made]")?"""
    for c in head.subtree:
        if c.dep_ in ("acl", "relcl", "ccomp", "appos") and c.head.i != c.i and any(
                g.dep_ == "mark" and g.lower_ in CLAUSE_MARKS for g in c.children):
            return True
    return False


def is_stance(cue: Token, frame: str, head: Token, lex: Lexicon) -> bool:
    """Is the content ``head`` (in ``frame``, "dobj" or "prep:WORD") of the cue word ``cue`` a
    plain noun phrase that a stance cue takes a position on?"""
    if cue.lemma_.lower() not in lex.stances and cue.lower_ not in lex.stances:
        return False
    if frame != "dobj" and not (frame.startswith("prep:") and cue.pos_ in ("NOUN", "ADJ")):
        return False  # "accused Russia [of shelling the plant]", "blamed Kyiv [for the strike]": a claim
    if head.pos_ not in NOUN_PHRASE or head.tag_ in ("WDT", "WP", "VBG"):
        return False  # "denied [stealing] grain": a gerund is a claim
    cue_frames = lex.cues[cue.lemma_.lower()].frames if cue.lemma_.lower() in lex.cues else frozenset()
    nouns = [head, *head.conjuncts]  # "the US and its allies of ...": the last one may carry it
    if any(c.dep_ == "prep" and "prep:" + c.lower_ in cue_frames for n in nouns for c in n.children):
        # "accused [the US and its allies of ignoring ...]": the cue's own "of" phrase, hung on its
        # object by the parse, holds what is claimed
        return False
    if head.left_edge.tag_ == "VBG" and head.left_edge.i == cue.i + 1 + sum(
            1 for c in cue.rights if c.dep_ in ("prt", "advmod") and c.i < head.left_edge.i):
        return False  # "denied [stealing grain]" parsed with "stealing" as a modifier of "grain"
    return not _has_clause(head)
