"""Nominal attributions: "Trump's criticism of [the plan]", "the claim [that the vote was rigged]",
and adjectival ones: "[Cruz] is confident [that he will win]", "critical of [the deal]".

A noun of ``data/noun_cues.tsv`` in one of its frames carries content: a clause opened by
"that", "whether", "if" or "to" ("a pledge [to cut taxes]"), or the object of a preposition
("opposition to [the deal]"); a frame listed as ``poss:FRAME`` counts only after a person as
possessor ("Trump's attack on [Cruz]", not "the attack on [the embassy]" or "Russia's attack on
[Kyiv]"). The source is the possessor ("Trump's claim"), a "by" or "from"
phrase ("criticism from [Democrats]"), or the subject of the verb the noun is the object of
or of a preposition ("[Trump] issued a statement that ...", "[Christie] unleashed attacks
against Rubio", "[Weaver] says in a statement that ...", but not of a verb of ``holderless_verbs.txt``:
"dampened hopes that ..."); otherwise it has no source. An
adjective of ``data/adjective_cues.tsv`` works the same way; its source is the subject of the
clause ("[Cruz] is confident that ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .stances import is_stance
from .tokens import Found, subject_of, trim

CLAUSE_MARKS = {"that", "whether", "if", "to"}
AGENT_PREPS = {"by", "from"}
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD", "VB", "VBN", "VBG"})


def noun_frames(noun: Token) -> dict[str, Token]:
    """The content frames ``noun`` shows in the parse, each with the token that heads it:
    ``acl`` (a that / whether / if / to clause after it) and ``prep:WORD`` (the object)."""
    out: dict[str, Token] = {}
    rights = list(noun.rights)
    if noun.pos_ == "ADJ" and noun.dep_ == "acomp":
        # "It is unclear [whether ...]", "are hopeful [they can ...]": the parse may hang the clause
        # on the copula; it is the adjective's when it starts right after it
        rights += [c for c in noun.head.children if c.i > noun.i and c.dep_ in ("ccomp", "xcomp")
                   and c.left_edge.i == noun.right_edge.i + 1]
    for c in rights:
        if c.dep_ in ("acl", "ccomp", "xcomp") and any(g.lower_ in CLAUSE_MARKS and g.dep_ in ("mark", "aux")
                                              for g in c.lefts):
            out.setdefault("acl", c)
        elif noun.pos_ == "ADJ" and c.dep_ == "ccomp" and c.tag_ in FINITE and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.lefts) and not any(g.dep_ == "mark" for g in c.lefts):
            out.setdefault("acl", c)  # "is confident [he will win]": a clause without "that"
        elif c.dep_ == "prep":
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    out.setdefault("prep:" + c.lower_, g)
    return out


def noun_source(noun: Token) -> Token | None:
    """Whose claim, criticism or statement ``noun`` is, or None when the text does not say."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in AGENT_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return subject_of(noun)


_NOT_PEOPLE = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART"})


def _personal(owner: Token, lex: Lexicon) -> bool:
    """Is the possessor ``owner`` a person ("[Trump's] attack on Cruz", "[her] attacks on Sanders")?
    A state, army or date is not ("[Russia's] attack on Kyiv", "[its] attacks on troops"): their
    attacks are deeds, not words."""
    if owner.pos_ == "PRON" or owner.lower_ == "whose":
        return owner.lower_ in ("his", "her", "whose")
    role = lex.roles.get(owner.lemma_.lower())
    if owner.pos_ == "NOUN" and role is not None:
        return role.kind == "person"  # "the front-runner's attacks on"
    return owner.ent_type_ == "PERSON" or (owner.pos_ == "PROPN" and owner.ent_type_ not in _NOT_PEOPLE)


def nominal_attributions(doc: Doc, lex: Lexicon, inside: list[bool], para: list[int]) -> list[Found]:
    """Attributions carried by cue nouns and adjectives, outside ``inside`` tokens (which it marks as taken)."""
    out = []
    for noun in doc:
        table = lex.nouns if noun.pos_ == "NOUN" else lex.adjectives if noun.pos_ == "ADJ" else None
        frames = table.get(noun.lemma_.lower()) if table is not None else None
        if not frames or inside[noun.i]:
            continue
        shown = noun_frames(noun)
        owned = any(c.dep_ == "poss" and _personal(c, lex) for c in noun.children)
        pick = next((name for name in ("acl", *sorted(shown)) if name in shown and (
            name in frames or owned and "poss:" + name in frames)), None)
        if pick is None:
            continue
        head = shown[pick]
        content = trim(doc, (head.left_edge.i, head.right_edge.i + 1))
        if content is None or any(inside[k] or para[k] != para[noun.i] for k in range(*content)):
            continue
        cue_end = head.head.i + 1 if pick.startswith("prep:") else noun.i + 1
        src = noun_source(noun)
        if src is not None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.holderless \
                and src.i not in {c.i for c in noun.subtree}:
            src = None  # "dampening [hopes] that the bank will cut rates": the drop hopes nothing
        if src is not None and (para[src.i] != para[noun.i] or content[0] <= src.i < content[1]):
            src = None
        if src is None and noun.pos_ == "ADJ":
            continue  # "unhappy with [the remarks]" said of no one: a mood, not someone's stance
        kind = "stance" if is_stance(noun, pick, head, lex) else "indirect"  # "criticism of [the plan]"
        out.append(Found(content=content, cue=(noun.i, cue_end), speaker_head=src, kind=kind, cue_token=noun.i))
        for k in range(*content):
            inside[k] = True
    return out
