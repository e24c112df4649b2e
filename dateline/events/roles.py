"""Triggers and participants read off spaCy's dependency parse.

A trigger is a content verb (not an auxiliary, not an adjectival participle, not a light or
stative verb from ``light_verbs.txt``, not a property verb from ``non_event_verbs.txt`` such as
"aged 55"), not a word its context makes no event ("what he called a threat", "world order", ``contextual_types.tsv``),
a noun from ``event_nouns.txt``, or a proper noun heading an event's name
("Worldwide Developers Conference", ``event_name_heads.txt``). Participants:

* verbs: ``nsubj``/``csubj`` → agent, ``nsubjpass``/``dobj``/``dative`` → patient, the object of a
  passive's "by" → agent; a verb without a subject borrows it from the verb it hangs from
  (``xcomp``, ``conj``: "Apple plans to sell", "was fired and founded"; an adverbial participle or
  gerund: "While introducing iPhone 4, Jobs ...", "unveiled it by walking on stage"), a participle modifying
  a noun takes that noun ("officials taking ballot boxes" → agent, "referendums held" → patient);
  a named object of a preposition ("resigned from Acme") → other;
* nouns: the possessor → agent, "by" → agent, the subject of the support verb it is the object of
  → agent ("Jobs made the decision"), "of"/"against"/"on" → patient, a named
  compound modifier ("iPhone launch") → other.

Each participant is the named entity covering its head word when there is one (with the entity's
canonical name), else the head with its compound and adjective modifiers. A relative pronoun gives
way to the noun it stands for ("9,000 who have entered" → 9,000); words of a time expression are no
participants ("this week's summit"); the subject a past-participle clause borrows is its patient
("The White House was silent when asked by reporters"); the infinitive of a noun is done by the
noun's possessor ("Moscow's decision to withdraw"), by no one named after a noun of request
("demands to block Ukraine"). A verb read as a conjunct of a noun or adjective is no trigger
("missile and drone defence", "a just and lasting peace").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from .context import context_type
from .lexicon import Lexicon
from .model import Participant

SUBJECT = {"nsubj", "csubj"}
PASSIVE_SUBJECT = {"nsubjpass", "csubjpass"}
OBJECT = {"dobj", "dative", "obj", "attr"}
INHERIT_SUBJECT = {"xcomp", "conj"}
NOUN_PATIENT_PREPS = {"of", "against", "on", "into", "over", "with"}
MODIFIER_DEPS = {"compound", "amod", "nummod", "nmod", "flat"}
PRONOUNS_KEEP = {"PRON"}
MEASURE_TYPES = {"QUANTITY", "PERCENT", "MONEY"}  # spaCy's entity types of amounts


@dataclass(frozen=True)
class EntitySpan:
    """A named entity: offsets, label and canonical name (``key``)."""

    start: int
    end: int
    label: str | None
    key: str


def default_entities(doc: Doc) -> list[EntitySpan]:
    """spaCy's entities as :class:`EntitySpan`, a leading "the" dropped from the canonical name."""
    out = []
    for ent in doc.ents:
        key = ent.text
        if key.lower().startswith("the "):
            key = key[4:]
        out.append(EntitySpan(ent.start_char, ent.end_char, ent.label_, key))
    return out


def as_entities(items: Iterable[Any]) -> list[EntitySpan]:
    """Any objects with ``start``, ``end``, ``label`` and ``key`` (or ``name``/``text``) as EntitySpans."""
    out = []
    for e in items:
        key = getattr(e, "key", None) or getattr(e, "name", None) or getattr(e, "text", "")
        out.append(EntitySpan(int(e.start), int(e.end), getattr(e, "label", None), str(key)))
    return out


class EntityIndex:
    """Which entity covers each token of a doc."""

    def __init__(self, doc: Doc, entities: Sequence[EntitySpan]) -> None:
        self.text = doc.text  # spaCy rebuilds doc.text on every access: read it once per doc
        self.by_token: dict[int, EntitySpan] = {}
        for ent in sorted(entities, key=lambda e: e.end - e.start):  # the longest wins
            span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token[tok.i] = ent

    def get(self, tok: Token) -> EntitySpan | None:
        return self.by_token.get(tok.i)


def _non_event_verb(tok: Token, lemma: str, lex: Lexicon) -> bool:
    if lemma in lex.non_event_verbs or tok.lower_ in lex.non_event_verbs:
        return True
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.non_event_verbs for c in tok.children)


# Event name heads that also name a standing body after "National" ("Indian National Congress").
BODY_NAME_HEADS = frozenset({"congress"})


def _event_name(tok: Token, lex: Lexicon) -> bool:
    """A proper noun heading the name of an event ("the Worldwide Developers Conference", "Macworld
    Expo", ``event_name_heads.txt``), or an acronym in apposition to one ("Conference (WWDC)")."""
    if tok.dep_ in ("compound", "flat") or not tok.text[:1].isupper():
        return False
    if tok.lower_ in lex.event_name_heads:
        if tok.lower_ in BODY_NAME_HEADS and any(c.lower_ == "national" for c in tok.lefts) and not any(
                c.lower_ in ("party", "annual") or c.ent_type_ == "ORDINAL" for c in tok.lefts):
            return False  # "the African National Congress", "the Indian National Congress": a party
        return any(c.dep_ in ("compound", "det", "amod", "nummod", "poss") for c in tok.children)
    return tok.dep_ == "appos" and tok.text.isupper() and tok.head.pos_ == "PROPN" \
        and tok.head.lower_ in lex.event_name_heads and tok.head.dep_ not in ("compound", "flat")


def _compound_word(tok: Token, lex: Lexicon) -> bool:
    """Whether a token is one word of a two-word noun of ``non_event_compounds.txt`` ("left fielder",
    "cutting edge", "pinch-hit"), a hyphen between the words counting as a space."""
    if not lex.non_event_compounds:
        return False
    doc = tok.doc

    def word(i: int, step: int) -> str:
        if 0 < i < len(doc) and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
            i += step  # "pinch-hit"
        return doc[i].lower_ if 0 <= i < len(doc) else ""

    return f"{tok.lower_} {word(tok.i + 1, 1)}" in lex.non_event_compounds \
        or f"{word(tok.i - 1, -1)} {tok.lower_}" in lex.non_event_compounds


def _idiom(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """Whether a verb leads a figurative phrase of ``idiom_phrases.txt`` ("it finally hit home", "left
    hanging in the balance"): its lemma and the words right after it."""
    doc = tok.doc
    for first, *rest in lex.idiom_phrases:
        if first == lemma and [w.lower_ for w in doc[tok.i + 1:tok.i + 1 + len(rest)]] == rest:
            return True
    return False


def is_trigger(tok: Token, lex: Lexicon, light: bool = False) -> bool:
    """Whether a token names an event."""
    lemma = tok.lemma_.lower()
    if not tok.text[:1].isalpha():
        return False
    if _compound_word(tok, lex):
        return False  # "Cubs left fielder Ben Zobrist", "cutting edge analytics"
    if light and lemma == "be" and tok.dep_ not in ("aux", "auxpass") and tok.pos_ in ("AUX", "VERB"):
        return True  # a state: "the phone is thin", "Jobs was CEO" (light: the task annotates states)
    if tok.pos_ == "VERB":
        if tok.dep_ in ("aux", "auxpass") or lemma == "be":
            return False
        if _non_event_verb(tok, lemma, lex) or _idiom(tok, lemma, lex):
            return False
        if not light and context_type(tok, lemma, lex) == "-":
            return False  # "what he called a threat"
        if tok.dep_ == "amod" and not light:  # "Russian-installed officials", but "the recently announced iPhone"
            return tok.tag_ == "VBN" and lemma not in lex.light_verbs and any(
                c.dep_ == "advmod" and c.lower_ in lex.participle_adverbs for c in tok.children)
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and not _compound_clause(tok):
            return False
        if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN", "ADJ") and not light:
            return False  # a noun or adjective tagged as a verb: "missile and drone defence", "a just and lasting peace"
        return light or lemma not in lex.light_verbs or _typed_by_context(tok, lemma, lex)
    if tok.pos_ == "PROPN":
        return _event_name(tok, lex)
    if tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and tok.lower_ in lex.event_nouns:
        return True  # "made landfall": an event noun the model tagged as an adjective, in a noun's place
    if tok.pos_ == "NOUN" and (lemma in lex.event_nouns or tok.lower_ in lex.event_nouns
                               or (tok.dep_ != "compound" and _typed_by_context(tok, lemma, lex))):
        if not light and context_type(tok, lemma, lex) == "-":
            return False  # "the rules-based order", "in order to"
        # "signing ceremony", "annexation referendums": the head noun is the trigger; "a bankruptcy
        # judge", "election officials": a job, no event
        return not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and (
            tok.head.lemma_.lower() in lex.event_nouns or tok.head.lower_ in lex.event_nouns
            or tok.head.lower_ in lex.role_heads))
    return False


def _compound_clause(tok: Token) -> bool:
    """A verb the parse hung on the noun after it, but with a subject of its own: the headline "Putin
    orders deterrence forces to be put on high alert" (``orders`` a compound of ``forces``)."""
    return tok.dep_ == "compound" and tok.tag_ in ("VBZ", "VBD") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)


def _typed_by_context(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """Whether a row of ``contextual_types.tsv`` gives a word an event type: a light verb or a noun that
    is no event on its own is one with the words around it ("gave Ghana $5 million of aid" AID,
    "conducted military exercises" MOBILIZE, "war games" MOBILIZE)."""
    kind = context_type(tok, lemma, lex)
    return kind is not None and kind not in ("-", "OTHER")


def participant(tok: Token, role: str, ents: EntityIndex) -> Participant:
    """The participant headed by ``tok``: its entity when one covers it, else the head with its modifiers."""
    ent = ents.get(tok)
    text = ents.text
    if ent is not None:
        return Participant(text[ent.start:ent.end], ent.start, ent.end, role, ent.label, ent.key)
    left = _modified_from(tok)
    start, end = left.idx, tok.idx + len(tok)
    return Participant(text[start:end], start, end, role, None, None)


def _modified_from(tok: Token, depth: int = 0) -> Token:
    """The first word of ``tok`` with the modifiers written right before it, and theirs ("European Union
    leaders": "European" modifies "Union")."""
    left = tok
    for child in reversed(list(tok.lefts)):
        if child.dep_ in MODIFIER_DEPS and child.i == left.i - 1 and not _compound_clause(child):
            left = _modified_from(child, depth + 1) if depth < 3 else child
        elif child.i == left.i - 1 and child.dep_ == "punct" and child.text == "-":
            left = child
        else:
            break
    if left.text == "-" and left.i < tok.i:
        # "second-largest city": the word before the hyphen belongs to the word after it
        before = tok.doc[left.i - 1] if left.i > 0 else None
        if before is not None and before.head.i == left.head.i and not before.is_punct:
            left = before
        else:
            left = tok.doc[left.i + 1]
    return left


def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    todo = [tok]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in ("conj", "appos") and child.pos_ in ("NOUN", "PROPN", "PRON") and not (
                    child.dep_ == "appos" and child.ent_type_ in MEASURE_TYPES):
                # (not a measure parsed as an appositive: "Residents of Lajeado, about 110 km from the capital")
                out.append(child)
                todo.append(child)
    return out


def _subject_tokens(verb: Token, depth: int = 0, directives: frozenset[str] = frozenset(),
                    judging: frozenset[str] = frozenset(), controllers: frozenset[str] | None = None
                    ) -> tuple[list[Token], list[Token]]:
    """(agents, patients) heads from the subject side of a verb, borrowed from its head when missing.
    The infinitive of a noun takes the noun's possessor ("Moscow's decision to withdraw"), none for a
    noun of request (``directives``: "Russia's demands to block": whoever is asked would block). The
    gerund after "for" of a verb of praise or blame (``judging``) is done by that verb's object: "the
    UN praised Kenya for sending police", "slammed Berlin for blocking the deal"."""
    agents = [c for c in verb.children if c.dep_ in SUBJECT]
    patients = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT]
    if agents or patients or depth > 3:
        return agents, patients
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "The president is likely to sign": the subject of "is"
    if verb.dep_ in INHERIT_SUBJECT and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if objs and (controllers is None or head.lemma_.lower() in controllers
                         or any(o.pos_ in ("PROPN", "PRON") for o in objs)):
                return objs, []  # "urged Moscow to withdraw": the object does the withdrawing
            agents, patients = _subject_tokens(head, depth + 1, directives, judging, controllers)
            if not agents and patients and not any(c.dep_ == "auxpass" for c in verb.children):
                return patients, []  # "was forced to resign", "is expected to sign": the passive's subject acts
            return agents, patients
        return _subject_tokens(head, depth + 1, directives, judging, controllers)
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and (verb.tag_ in ("VBG", "VBN") or (
            not any(c.dep_ == "mark" for c in verb.children) and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in verb.children))):
        # "..., saying that ...", "work ... to impose", "While introducing iPhone 4, Jobs ...": the main subject
        main = _subject_tokens(head, depth + 1, directives, judging, controllers)
        if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
            return [], main[0] + main[1]  # "The White House was silent when asked by Fox News": asked, not asking
        return main
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        judge = head.head
        if head.lower_ == "for" and (judge.lemma_.lower() in judging or judge.lower_ in judging):
            # the one praised or blamed: the object, or the subject of a passive ("was praised for sending")
            objs = [c for c in judge.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if objs:
                return objs, []
        return _subject_tokens(head.head, depth + 1, directives, judging, controllers)  # "unveiled the device by walking onto the stage"
    if verb.dep_ in ("acl", "relcl", "amod") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if verb.tag_ == "VBN":
            return [], [head]
        if verb.dep_ == "acl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "Moscow's decision to withdraw": the possessor acts, not the noun ("demands to block": no one named)
            return [c for c in head.children if c.dep_ == "poss"] if head.lemma_.lower() not in directives \
                else [], []
        return [head], []
    return agents, patients


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("9,000 who have entered" → 9,000, "attacks which
    killed seven people" → attacks), else the token itself."""
    if not (tok.tag_ in ("WDT", "WP") or (tok.lower_ == "that" and tok.pos_ == "PRON")):
        return tok
    verb = tok.head
    for _ in range(3):
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            return verb.head
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    return tok


SPEAKER_OBJECTS = ("dobj", "obj", "attr", "npadvmod", "dative", "oprd")


def inverted_speaker(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The speaker named right after a speech verb in an attribution that follows a dash or a quotation
    ("... - said the politician.", '..." - wrote Nikolenko at the end.'), which the parser makes the
    verb's object: a noun starting right after the verb, the verb right after a punctuation mark, the
    verb a finite form of one of ``speech_verbs`` (verbs that take no person as object). None otherwise."""
    if verb.pos_ != "VERB" or verb.i == 0 or verb.lemma_.lower() not in speech_verbs \
            or verb.tag_ not in ("VBD", "VBZ", "VBP"):  # not "..., stressing the futility of this approach"
        return None
    before = verb.doc[verb.i - 1]
    if not (before.is_punct or before.is_quote):
        return None
    if any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < verb.i for c in verb.children):
        return None  # "Dujarric, the spokesman for Guterres, acknowledged those frustrations": named already
    for c in verb.children:
        if c.dep_ in SPEAKER_OBJECTS and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == verb.i + 1:
            return c if _ends_attribution(verb, c) else None
    return None


DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _ends_attribution(verb: Token, speaker: Token) -> bool:
    """Whether only punctuation and phrases of the verb ("at the end", "in an interview with ...") follow
    the speaker to the end of the sentence: an attribution, not a verb with an object ("declared strategic
    goals and threat perceptions, here is what ..."); a noun with a possessor or a demonstrative ("underlined
    his country's need", "acknowledged those frustrations") is an object, not a speaker."""
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEMONSTRATIVES) for c in speaker.children):
        return False
    phrases = [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod", "agent") and c.i > speaker.i]
    for tok in verb.doc[speaker.right_edge.i + 1:verb.sent.end]:
        if tok.is_punct or tok.is_space or tok.is_quote:
            continue
        if not any(p.left_edge.i <= tok.i <= p.right_edge.i for p in phrases):
            return False
    return True


def roles(trigger: Token, ents: EntityIndex, support_verbs: frozenset[str] = frozenset(),
          times: frozenset[int] = frozenset(), directives: frozenset[str] = frozenset(),
          speech_verbs: frozenset[str] = frozenset(), judging: frozenset[str] = frozenset(),
          controllers: frozenset[str] | None = None) -> tuple[list[Participant], list[Participant], list[Participant]]:
    """Agents, patients and other named participants of a trigger.

    An event noun without a possessor or "by" that is the object of a support verb (``support_verbs``)
    takes the verb's subject as agent: "Jobs made the decision", "Jobs has taken medical leave". A
    relative pronoun gives way to the noun it stands for ("9,000 who have entered"); a word inside a
    time expression (``times``, token indices: "this week's summit", "the operation on Thursday") is
    no participant. A speaker named after the verb of an attribution after a dash or a quotation
    (``speech_verbs``: "... - said the politician") is the agent, whatever the parser made the subject.
    The gerund after "for" of a verb of praise or blame (``judging``) is done by that verb's object.
    The infinitive of a verb of ``controllers`` is done by its object ("urged Moscow to withdraw"), that
    of another verb by its subject unless its object is a name or a pronoun ("left the room to allow";
    with ``controllers`` None, by the object always).
    """
    agents: list[Token] = []
    patients: list[Token] = []
    others: list[Token] = []
    speaker = inverted_speaker(trigger, speech_verbs) if trigger.pos_ == "VERB" else None
    if trigger.pos_ == "VERB":
        a, p = _subject_tokens(trigger, directives=directives, judging=judging, controllers=controllers)
        agents += a if speaker is None else [speaker]
        patients += p if speaker is None else []
        if _compound_clause(trigger):
            patients.append(trigger.head)  # "Russia fires missiles at Kyiv": the noun it was hung on
        for child in trigger.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "sent police to Haiti": a place, not a patient
                others += [c for c in child.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or ents.get(c))]
            elif child.dep_ in OBJECT and child.dep_ != "attr" and (speaker is None or child.i != speaker.i):
                patients.append(child)
            elif child.dep_ == "agent":
                agents += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "prep":  # "resigned from Acme", "met with Putin": named obliques
                others += [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")
                           and (c.pos_ == "PROPN" or ents.get(c))]
    else:
        for child in trigger.children:
            if child.dep_ == "poss":
                agents.append(child)
            elif child.dep_ == "prep" and child.lower_ == "by":
                agents += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ in NOUN_PATIENT_PREPS:
                patients += [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]
            elif child.dep_ in ("compound", "nmod", "amod") and (child.pos_ == "PROPN" or ents.get(child)):
                others.append(child)
        if trigger.dep_ == "dobj" and not agents and trigger.head.lemma_.lower() in support_verbs:
            agents += _subject_tokens(trigger.head)[0]
        if trigger.dep_ == "dobj" and not patients:  # "impose sanctions on Iran": the parser hangs "on" on the verb
            for prep in trigger.head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against") and prep.i > trigger.i:
                    patients += [c for c in prep.children if c.dep_ == "pobj"]
    agents = [t for a in agents for t in _with_conjuncts(_antecedent(a)) if t.i not in times]
    patients = [t for p in patients for t in _with_conjuncts(_antecedent(p)) if t.i not in times]
    others = [t for t in others if t.i not in times]
    seen: set[tuple[int, int]] = set()

    def build(heads: list[Token], role: str) -> list[Participant]:
        out = []
        for h in heads:
            if not h.text[:1].isalnum():  # a stray clitic or quote mark parsed as a subject
                continue
            part = participant(h, role, ents)
            if (part.start, part.end) not in seen:
                seen.add((part.start, part.end))
                out.append(part)
        return out

    return build(agents, "agent"), build(patients, "patient"), build(others, "other")
