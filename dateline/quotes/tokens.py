"""Small helpers on a parsed Doc shared by the quotation passes: cue verbs, subjects, spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .lexicon import Lexicon, load

SENTENCE_END = {".", "!", "?", "...", "…", "?!", "!?"}
RELATIVE = {"who", "which", "that", "whom"}


@dataclass(slots=True)
class Found:
    """An attribution found by one of the passes, in token ranges [start, end)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker_head: Token | None
    kind: str = "indirect"
    cue_token: int | None = None
    quoted: list[int] = field(default_factory=list)  # indices of the Quoted spans it covers
    speaker_span: tuple[int, int] | None = None  # the speaker mention, when a pass knows it exactly


def char_span(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of the token range [i, j)."""
    i, j = span
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [i, j) of the tokens that overlap the characters start..end."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


def is_sentence_end(tok: Token) -> bool:
    return tok.text in SENTENCE_END


def cue_verb(tok: Token, lex: Lexicon) -> bool:
    """A verb whose lemma is in the cue lexicon."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lex.cues


CLIMB = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl", "dobj", "pobj", "oprd", "advmod", "npadvmod", "acomp"}


def _own_subject(verb: Token) -> Token | None:
    # a misparse can give a verb two subjects ('... “thousands of drones”, he said'): a pronoun
    # is the verb's own, else the nearer ("After the attacks on May 1, [Bush] declared")
    for c in sorted(verb.children, key=lambda c: (c.pos_ != "PRON", abs(c.i - verb.i))):
        if c.dep_ == "nsubj":
            if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                return _who_antecedent(verb.head) if c.lower_ == "who" else verb.head
            return _titled_name(verb, _part_apposition(verb, c))
    for c in verb.children:
        if c.dep_ == "agent":  # "was told by X"
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


# words that count a part of a group ("most of them", "many of whom"), parsed as a second subject
_PART_WORDS = frozenset({"most", "many", "some", "all", "several", "both", "each", "none", "half", "few",
                         "one", "two", "three", "majority"})


def _part_apposition(verb: Token, subj: Token) -> Token:
    """A count of a group parsed as a second subject after it ("Protest organisers, [most] of them
    young people ..., said"): the speaker is the group."""
    if subj.lower_ not in _PART_WORDS or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return subj
    group = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                  and c.i < subj.i and subj.doc[subj.left_edge.i - 1].text == ","), None)
    return group if group is not None else subj


def _titled_name(verb: Token, subj: Token) -> Token:
    """A common noun split off a name as a second subject ('"...," said [resident] Hashim Jeele
    Hassan' parsed with both "resident" and "Hassan" as subjects): the name is the speaker."""
    if subj.pos_ != "NOUN":
        return subj
    name = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and c.left_edge.i == subj.right_edge.i + 1), None)
    if name is None:
        # "Han Dong-hoon, [the head] of the party, called ...": an apposition parsed as a second subject
        name = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                     and c.right_edge.i + 2 == subj.left_edge.i and subj.doc[c.right_edge.i + 1].text == ","),
                    None)
    return name if name is not None else subj


def _who_antecedent(noun: Token) -> Token:
    """The person a "who" clause is about when the parse hung it on the last noun of a longer
    phrase: "Donald Trump, the leading contender for the Republican [nomination], who has opposed
    ..." is Trump's clause. Climbs from a thing through "of"/"for" objects and appositions to the
    first name or noun of a person; keeps ``noun`` if there is none."""
    tok = noun
    for _ in range(4):
        if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ in ("PROPN", "PRON") or tok.tag_ == "NNS":
            return tok
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
        elif tok.dep_ == "appos":
            tok = tok.head
        else:
            break
    return tok if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" else noun


def _passive_participle(verb: Token) -> bool:
    """A participle clause such as "Asked whether ..., he said" or "when asked about ...": its
    understood subject is the one asked, not the one who asks, so it names no source."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children))


def _relayed_speaker(verb: Token) -> Token | None:
    """"X was quoted by the paper as saying ...", "X was cited as saying ...": with a relay verb
    (data/relay_verbs.txt) in the passive the subject spoke; the "by" agent only relays."""
    if verb.lemma_.lower() not in load().relays:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def verb_tagged_noun(t: Token) -> bool:
    """A headline's verb in -s that the tagger read as a plural noun but parsed as the line's head with a
    subject and a clause or object ("Ukrainian defense chief [claims] Russia has nearly exhausted ...",
    "Ukrainian military [claims] slight progress")."""
    return t.tag_ == "NNS" and t.dep_ == "ROOT" and t.lower_.endswith("s") and any(
        c.dep_ == "nsubj" and c.i < t.i for c in t.children) and any(
        c.dep_ in ("ccomp", "dobj") and c.i > t.i for c in t.children)


def subject_of(verb: Token) -> Token | None:
    """The active subject of ``verb``; for a verb with none of its own ("adding that ...",
    "plans to endorse", "a statement confirming ...", "after arguing ..."), the subject of the
    clause it hangs on. A relative clause ("Smith, who said ...") gives the noun it hangs on;
    a passive verb without "by ..." gives None, and so does a passive participle clause
    ("Asked whether ..., 75 percent said yes": the asker is not named).
    """
    tok = verb
    came_from = ""
    below = verb
    for _ in range(6):
        relayed = _relayed_speaker(tok)
        if relayed is not None:
            return relayed
        if tok.pos_ in ("VERB", "AUX") or verb_tagged_noun(tok):
            controller = _object_controller(tok, below) if came_from == "xcomp" else None
            if controller is not None:
                return controller
            subj = _own_subject(tok)
            if subj is not None:
                return subj
            passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if passive is not None and came_from == "xcomp":
                return passive  # "He is expected to tell ...", "She was asked to comment": the one who speaks
            if passive is not None and came_from == "conj" and _active_conjunct(below):
                return passive  # "Trump was forced into damage control and [said] that ...": he said it
            if passive is not None and tok.i == verb.i and _has_misread(tok):
                return passive  # "He's said he ...": "'s" is "has", not a passive "is"
            if any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in tok.children):
                return None
            if tok.i == verb.i and _passive_participle(tok):
                return None
        if tok.dep_ not in CLIMB or tok.head.i == tok.i:
            return None
        came_from = tok.dep_
        below = tok
        tok = tok.head
    return None


# verbs whose subject, not their object, does what the infinitive says ("promised them to ...")
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})


def _object_controller(verb: Token, inf: Token) -> Token | None:
    """The object of ``verb`` that does what its infinitive ``inf`` says: "This led [many experts]
    to suspect ...", "forced [Sanders] to acknowledge ...", "prompted [Rubio] to make a joke"."""
    if verb.lemma_.lower() in _SUBJECT_CONTROL or inf.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return None  # ("spent hours [thinking] ...": no infinitive of someone's own)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < inf.i), None)
    return obj if obj is not None and _person_like(obj) else None


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})


def _person_like(tok: Token) -> bool:
    """Can ``tok`` be someone who speaks or thinks: a person or group by name, an object pronoun,
    a plural noun, a role noun ("candidates", "the senator"); not "[anonymity] to discuss",
    "[the occasion] to reaffirm", "[BlackBerrys] to discuss" (the tagger's PRODUCT)."""
    if tok.pos_ == "PRON":
        return tok.lower_ in _OBJECT_PRONOUNS
    if tok.ent_type_:
        return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    lex = load()
    lemma = tok.lemma_.lower()
    return tok.pos_ == "PROPN" or lemma in lex.roles or lemma in lex.groups or (
        tok.tag_ == "NNS" and lemma not in _THINGS)


# plural nouns of things or time that an infinitive of purpose follows ("spent [hours] to ...")
_THINGS = frozenset({"hour", "day", "week", "month", "year", "minute", "dollar", "million", "billion",
                     "resource", "fund", "vote", "word", "comment", "remark", "ad", "email"})


def _active_conjunct(verb: Token) -> bool:
    """A finite verb coordinated with a passive one and active itself ("was forced into ... and
    [said]"; not "was arrested and [charged]"): it shares the passive subject as its own subject."""
    return (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in verb.children))


def _has_misread(verb: Token) -> bool:
    """"He's said he ...", "She's told reporters that ...": a participle with a content clause or
    object whose only auxiliary is "'s" is a perfect ("has said"), not a passive; not "it's said
    that ..." (impersonal)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(aux) != 1 or aux[0].lower_ not in ("'s", "’s") or aux[0].dep_ != "auxpass":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "there"):
        return False
    return any(c.dep_ in ("ccomp", "dobj") for c in verb.children) and not any(
        c.dep_ in ("xcomp", "agent") for c in verb.children)


FINITE = {"VBD", "VBZ", "VBP", "MD"}
_NP_TAGS = {"NOUN", "PROPN", "PRON", "DET", "ADJ", "ADP", "NUM", "CCONJ", "PART"}


def phrase_before(verb: Token) -> Token | None:
    """For a finite verb the parser gave no subject: the noun phrase just before it
    ("a group of rabbis [called for]", "reporters and editors [know]"), up to a comma."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i]
    if verb.tag_ not in FINITE and not any(c.tag_ in FINITE for c in aux if c.dep_ == "aux"):
        return None
    doc = verb.doc
    k = min([verb.i] + [c.i for c in aux]) - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    run: list[Token] = []
    while k >= 0 and len(run) < 10 and (doc[k].pos_ in _NP_TAGS or doc[k].text in ("-", "'s", "’s")):
        if doc[k].is_sent_start and run:
            run.insert(0, doc[k])
            break
        run.insert(0, doc[k])
        k -= 1
    while run and run[0].pos_ in ("ADP", "CCONJ"):
        run.pop(0)
    if not run or run[-1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    ids = {t.i for t in run}
    heads = [t for t in run if t.head.i not in ids and t.pos_ in ("NOUN", "PROPN", "PRON")]
    return heads[0] if heads else run[-1]


# a token gluing two sentences in web text with no space after the stop ("with TVN24.In his opinion")
GLUED_SENTENCE = re.compile(r"[a-z0-9]{2}[.!?][A-Z][a-z]")


def glued_between(doc: Doc, i: int, j: int) -> bool:
    """Is there a token gluing two sentences from ``i`` to ``j`` (either order, both included)?"""
    lo, hi = sorted((i, j))
    return any(GLUED_SENTENCE.search(doc[k].text) for k in range(lo, hi + 1))


def cue_tokens(verb: Token) -> list[Token]:
    """The verb with its auxiliaries, negation and particle ("has not said", "pointed out")."""
    toks = [verb]
    doc = verb.doc
    for c in verb.children:
        lo, hi = sorted((c.i, verb.i))
        # (not across a dash or comma: "The situation [is] difficult - said the governor" misparsed)
        if (c.dep_ in ("aux", "auxpass", "neg", "prt") and hi - lo <= 3
                and not any(doc[k].text in (",", "-", "–", "—") for k in range(lo + 1, hi))):
            toks.append(c)
    return toks


def hull(tokens: list[Token]) -> tuple[int, int]:
    return min(t.i for t in tokens), max(t.i for t in tokens) + 1


def trim(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """Drop spaces and separating punctuation at both ends of a token range (never marks)."""
    i, j = span
    edge = {",", ";", ":", "-", "—", "–", ".", "(", ")"}
    while i < j and (doc[i].is_space or doc[i].text in edge):
        i += 1
    while j > i and (doc[j - 1].is_space or doc[j - 1].text in edge):
        j -= 1
    return (i, j) if j > i else None


def depth(tok: Token) -> int:
    """How many heads up from ``tok`` to the root of its sentence (bounded for broken parses)."""
    d = 0
    while tok.head.i != tok.i and d < 100:
        tok = tok.head
        d += 1
    return d
