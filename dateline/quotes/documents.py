"""Texts as speakers: "the statement says", "It reads", "a report published by the WFP found".

A text speaks for whoever issued it. These helpers find, for a speaker that is a text (a noun
of data/document_nouns.txt, or "it" standing for one: :mod:`.antecedents`), the token that names its author: the
author the phrase gives ("the statement by X", "the ministry's statement", "a report published
by X", with the verbs of data/authoring_verbs.txt), or the subject of the verb that issued the same text earlier ("The ministry issued a
statement. ... the statement says").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .tokens import subject_of

BACK_WINDOW = 1500  # characters: how far back "the statement" looks for the statement issued
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def is_text(tok: Token, lex: Lexicon) -> bool:
    """Is ``tok`` a noun of a text that can speak ("statement", "report", "letter")?"""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lex.documents


def _speaks(tok: Token, lex: Lexicon) -> bool:
    """Can ``tok`` be an author: a name or a noun of a speaker ("the ministry"), not a place
    ("a letter from [the camp]")?"""
    return tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_LABELS or tok.lemma_.lower() in lex.roles


def author_in_phrase(tok: Token, lex: Lexicon) -> Token | None:
    """The author a text's own phrase names: "the statement [by X]", "a post [from X]",
    "[the ministry]'s statement", "a report published [by X]"."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            # "a report by [British intelligence]"; "a letter from [the camp]" is a place
            if obj is not None and (_speaks(obj, lex) or c.lower_ == "by" and obj.pos_ == "NOUN"):
                return obj
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.authoring:
            for g in c.children:
                if g.dep_ == "agent":
                    obj = next((o for o in g.children if o.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None


def issuer(tok: Token) -> Token | None:
    """The subject of the verb that issued a text: "[The ministry] issued [a statement]", "[Masha]
    wrote her father [a letter]", "[X] said in [a statement]"."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "on", "via", "through"):
        verb = verb.head  # "[X] said in [a statement]"; not "according to [a report]"
    elif tok.dep_ not in ("dobj", "dative"):
        return None
    if verb.pos_ != "VERB":
        return None
    subj = subject_of(verb)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") else None


def text_author(tok: Token, lex: Lexicon) -> Token | None:
    """The token naming the author of the text ``tok``, from its own phrase, from where it was
    issued, or from an earlier mention of the same text (same noun, within BACK_WINDOW)."""
    found = author_in_phrase(tok, lex) or issuer(tok)
    if found is not None:
        return found
    lemma = tok.lemma_.lower()
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and tok.idx - doc[k].idx <= BACK_WINDOW:
        t = doc[k]
        if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN"):
            # "The [Foreign Affairs] publication quoted ...": the name the earlier mention gives
            named = next((c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            return author_in_phrase(t, lex) or issuer(t) or named
        k -= 1
    return None
