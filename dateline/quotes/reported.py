"""Reported speech: "the Russian presidency said on Thursday [that] ...", "according to X, ...".

Every verb of the cue lexicon is tried in the frames the lexicon gives it, read off the
dependency parse: a clausal complement ("said [that it would never recognize ...]"), an open
complement ("vowed [to fight]"), a direct object ("denied [the report]"), the object of a
preposition ("called for [new sanctions]") or, for verbs of saying that follow their content,
the clause they interrupt ("[The talks failed], he said"). The content is the complement's
subtree; the speaker is the verb's subject (inherited through "and", "adding", "to").
"according to X" makes X the source of the clause it hangs on, even over reported speech
("According to a poll, 51 percent said ..." is two attributions, as in PolNeAR). Evidential
verbs ("Trump seemed to ...") and participle clauses ("Asked whether ...") name no source.
Then headline lines ("Lynch: No outside influence ...", :mod:`.colon`) and cue nouns and
adjectives ("his claim that ...", "critical of ...", :mod:`.nominal`) are read.

Verbs are taken from the top of the tree down, and a verb inside content already taken (or
inside a quotation) is not a new attribution: PolNeAR gives every word one role, so "X said
Y told him Z" is one attribution, X's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .antecedents import can_speak
from .colon import colon_attributions, headline_credits
from .lexicon import Lexicon, live_stamp_end
from .nominal import nominal_attributions
from .stances import is_stance
from .tokens import (
    SENTENCE_END,
    Found,
    cue_tokens,
    depth,
    hull,
    phrase_before,
    subject_of,
    trim,
    verb_tagged_noun,
)
from .views import hearsay_attributions, view_attributions

PRIORITY = ("ccomp", "para", "xcomp", "prep", "dobj")
TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "till", "after", "before", "by", "over",
                        "through", "throughout", "within"})


def _semicolon_apart(clause: Token, verb: Token) -> bool:
    """Whether a semicolon parts a clause before ``verb`` from the verb's own clause, with no comma after
    it ("Parliament approves budget; opposition vows court challenge"; but "Russia has fired 600 missiles;
    95% of its power now in Ukraine, official says" credits both)."""
    between = verb.doc[clause.right_edge.i + 1:verb.i]
    semi = [t.i for t in between if t.text == ";"]
    return bool(semi) and not any(t.text == "," for t in verb.doc[semi[-1] + 1:verb.i])


def frames_of(verb: Token, lex: Lexicon | None = None) -> dict[str, Token]:
    """The content frames ``verb`` shows in the parse, each with the token that heads it.

    Keys: ``ccomp``, ``xcomp``, ``dobj``, ``prep:WORD`` (the prepositional object), ``para``
    (the clause the verb interrupts: "[...], he said", or that an "as" clause of the verb
    frames: "As the agency notes, [...]").
    """
    out: dict[str, Token] = {}
    right = _right_of_split_subject(verb)
    if right is not None:
        out["ccomp"] = right
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i < verb.i and _semicolon_apart(c, verb):
            continue  # "Parliament approves budget; opposition vows court challenge": two clauses, no report
        if c.dep_ in ("ccomp", "xcomp", "dobj") and c.dep_ not in out:
            out[c.dep_] = c
        elif c.dep_ == "ccomp" and out["ccomp"].i < verb.i < c.i and (_opened(c) or (
                _has_subject(c) and not _has_subject(out["ccomp"]))) and not any(
                t.text in (",", ";", ":") for t in verb.doc[verb.i + 1:c.left_edge.i]):
            # "[Not only are the caucuses away], no one knows [what the field will look like]": the
            # clause a "that" or question word opens after the verb is its own, not the one before;
            # so is a clause with a subject after it when the one before has none (a subject the
            # parse took for a clause: "Jeffrey Salkin, a Hollywood, Fla., rabbi ..., said [he ...]")
            out["ccomp"] = c
        elif c.dep_ == "advcl" and c.i > verb.i and _for_clause(verb, c):
            out.setdefault("prep:for", c)  # "called for [the wage to be raised]", parsed as a clause
        elif c.dep_ == "prep" and (c.i > verb.i or verb.dep_ in ("relcl", "acl")):
            # (not a phrase put before the clause: "On Twitter, Bush called Trump ...")
            for g in c.children:
                # "called [the plan] a gamble on [Tuesday]": a date after a preposition of time is
                # when, never what was said ("warned of [a hard winter]" is)
                when = g.ent_type_ in ("DATE", "TIME") and c.lower_ in TIME_PREPS
                if g.dep_ in ("pobj", "pcomp") and not when:
                    out.setdefault("prep:" + c.lower_, g)
    if "dobj" not in out:
        # "called [the draft] a "not bad result"" parsed with two complements and no object
        oprd = next((c for c in verb.rights if c.dep_ == "oprd"), None)
        if oprd is not None and sum(c.dep_ == "oprd" for c in verb.children) > 1:
            out["dobj"] = oprd
        elif oprd is not None and oprd.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("poss", "nmod", "det") and c.i < oprd.i for c in oprd.children) \
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            # "called [her "third-rate"]", "called [the frontrunner "ISIS' best recruiter"]": the parse
            # made the object a part of the name it was given
            out["dobj"] = oprd
    if "ccomp" not in out:
        # "insisted [the plane at no point touched the drone]": without "that", the parser may
        # take the subject of the clause for an object and its verb for an adverbial clause
        obj = out.get("dobj")
        clause = next((c for c in verb.rights if c.dep_ == "advcl" and obj is not None and c.i > obj.i
                       and c.tag_ in ("VBD", "VBZ", "VBP") and not any(g.dep_ in ("nsubj", "nsubjpass", "mark")
                                                                     for g in c.children)), None)
        if clause is not None:
            out["ccomp"] = clause
    if "ccomp" not in out and verb.lemma_.lower() in ASKING:
        # "asked the students [if they were always so serious]": the parse hangs the question as a condition
        asked = next((c for c in verb.rights if c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in ("if", "whether") and g.i == c.left_edge.i for g in c.children)), None)
        if asked is not None:
            out["ccomp"] = asked
    for frame in ("ccomp", "dobj"):  # "laid [bare]", "found him [guilty]": a predicate on the object, no content
        head = out.get(frame)
        if head is not None and lex is not None and head.lower_ in lex.predicates:
            del out[frame]
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "was shown a second yellow card", "was asked a question": a passive's object is no content, nor
        # where it was sent ("Officers were called to the shopping centre")
        for frame in ("dobj", "prep:to"):
            out.pop(frame, None)
    if "ccomp" not in out and lex is not None and lex.speech(verb.lemma_.lower()):
        clause = _clause_on_adjunct(verb)
        if clause is not None:
            out["ccomp"] = clause
    told = verb.lemma_ == "tell"  # whom one tells is the listener, never what was said
    if not (({"ccomp", "xcomp"} | (set() if told else {"dobj"})) & set(out)) and _tail_credit(verb):
        out["para"] = verb.sent.root  # "[Congress is forcing Colombia to decide ...], the Journal reported"
    elif lex is not None and not {"ccomp", "xcomp", "dobj"} & set(out) \
            and (before := _verbless_before_credit(verb, lex)) is not None:
        out["para"] = before  # "[Four killed in Avdiivka missile strikes], Donetsk officials say"
    elif lex is not None and parenthetical(verb, lex):
        out["para"] = verb.sent.root  # "Instead, [she said], her boss told her ...": the whole sentence
    elif verb.dep_ == "parataxis" and verb.head.i != verb.i:
        out["para"] = verb.head
    elif (verb.dep_ == "advcl" and verb.head.i != verb.i and not {"ccomp", "xcomp", "dobj"} & set(out)
          and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)):
        out["para"] = verb.head  # "As the agency notes, [China is the largest exporter]"
    return out


def _person_object(verb: Token, obj: Token) -> bool:
    """Is the object a person named (PERSON), with the verb outside a reported clause ("said they [support]
    Trump" is the saying's)?"""
    if obj.ent_type_ != "PERSON" and not any(c.ent_type_ == "PERSON" and c.dep_ == "compound" for c in obj.children):
        return False
    cur = verb
    for _ in range(4):
        if cur.dep_ in ("ccomp", "xcomp") or cur.head.i == cur.i:
            return cur.dep_ not in ("ccomp", "xcomp")
        if cur.dep_ not in ("conj", "advcl"):
            return True
        cur = cur.head
    return True


ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "query"})


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


def _clause_on_adjunct(verb: Token) -> Token | None:
    """A "that" clause the parse hung on the noun of an adjunct as a relative clause: "told reporters
    before his arrest [that Arce had asked him to carry out the operation]". It is the verb's content
    when "that" opens it before the clause's own subject and fills no gap in it (a word the clause
    lacks: "a letter that he would sign" is a relative clause)."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.rights:
                if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
                    continue
                that = clause.doc[clause.left_edge.i]
                if that.lower_ != "that" or that.i <= noun.i or any(
                        t.is_punct for t in clause.doc[noun.i + 1:that.i]):
                    continue
                after = clause.doc[that.i + 1] if that.i + 1 < len(clause.doc) else None
                if after is None or after.dep_ not in ("nsubj", "nsubjpass") or after.head.i != clause.i:
                    continue
                if that.dep_ == "mark" or (that.dep_ == "dobj" and any(
                        c.dep_ == "dobj" and c.i != that.i for c in that.head.children)):
                    return clause
    return None


def parenthetical(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying with its own subject set off by commas inside a sentence it does not head
    ("Instead, [she said], her boss told her ...", "He hoped, [he said], that ...", "To win, [analysts
    said], the party must ..."): it credits the whole sentence around it, whatever verb the parse
    made its head; the verbs of that sentence are the speaker's words, not cues of their own."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.head.i == verb.i or not lex.speech(verb.lemma_.lower()):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "aux", "neg", "mark") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i != verb.left_edge.i and doc[verb.left_edge.i].text != ",":
        return False
    lo = verb.left_edge.i if doc[verb.left_edge.i].text == "," else verb.left_edge.i - 1
    hi = verb.right_edge.i if doc[verb.right_edge.i].text == "," else verb.right_edge.i + 1
    sent = verb.sent
    if lo <= sent.start or hi >= sent.end - 1 or doc[lo].text != "," or doc[hi].text != ",":
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in doc[hi + 1:sent.end])


RELATIVES = frozenset({"which", "that", "who", "whom"})


def relative_credit(verb: Token, lex: Lexicon) -> bool:
    """A cue inside a relative clause whose pronoun belongs to the reported clause, not to the cue
    ("policies, which [he said] had harmed the economy", "a finish that [he said] defied
    expectations", "daughters, who [he said] were living in Ohio"): the words are the cue's subject's,
    even inside what someone else said or did, and PolNeAR credits them to that subject."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or lex.cues.get(verb.lemma_.lower()) is None:
        return False
    if lex.cues[verb.lemma_.lower()].cls == "evidential":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subj is None or clause is None or subj.lower_ in RELATIVES:
        return False
    rel = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj.i), None)
    return rel is not None and rel.lower_ in RELATIVES


def _opened(clause: Token) -> bool:
    """Does a "that", "whether" or "if" mark or a question word open ``clause``? (Not "who" or
    "which", which open relative clauses the parse may hang on a verb.)"""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("what", "how", "why", "whether", "when", "where") or any(
        g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in clause.children)


def _for_clause(verb: Token, clause: Token) -> bool:
    """A "for ... to" clause right after ``verb`` ("called [for] the wage to be raised"), which the
    parser makes a clause with the mark "for" instead of the preposition's object."""
    mark = next((g for g in clause.children if g.dep_ == "mark" and g.lower_ == "for"), None)
    if mark is None or mark.i != clause.left_edge.i:
        return False
    between = verb.doc[verb.i + 1:mark.i]
    return all(t.dep_ in ("prt", "advmod") for t in between) and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)


CLOSING_MARKS = frozenset({'"', "”", "''", "’", "'"})
TAIL_AFTER = frozenset({"prep", "npadvmod", "advmod", "punct", "agent"})


def _time_or_channel(phrase: Token, lex: Lexicon) -> bool:
    """A phrase after a closing credit that only says when or through what it was said: "on Tuesday",
    "Tuesday", "in a statement", "in a post on Telegram" (``documents.txt`` and statement words)."""
    if phrase.dep_ == "npadvmod":
        return phrase.ent_type_ in ("DATE", "TIME")
    if phrase.dep_ != "prep":
        return False
    obj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in lex.documents
                                or obj.lemma_.lower() in CHANNEL_NOUNS)


#: occasions a statement is made at, besides the texts of ``documents.txt`` ("statement", "tweet", "video")
CHANNEL_NOUNS = frozenset({"interview", "briefing", "conference", "call", "broadcast"})


def _verbless_before_credit(verb: Token, lex: Lexicon) -> Token | None:
    """The head of a headline's statement without a finite verb that the sentence's closing credit
    follows after a comma ("[Residential neighborhood in Kharkiv hit by rocket attack], Ukrainian officials
    say", "[Mariupol suffering 50 to 100 attacks daily], city council says"): the parser hangs it on the
    credit's verb as a stray dependent. None when ``verb`` is no such credit."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBP", "VBD") or not lex.speech(verb.lemma_.lower()) or any(
            c.dep_ in ("aux", "neg", "mark") for c in verb.children):
        return None
    subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    comma = subj.left_edge.i - 1
    if comma <= sent.start + 1 or doc[comma].text != ",":
        return None
    # nothing after the verb but a time ("..., officials said on Tuesday."): "complained of [...]" says it there
    if any(c.i > verb.i and not c.is_punct and not _time_or_channel(c, lex) for c in verb.children):
        return None
    if not all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1:sent.end]):
        return None
    before = [c for c in verb.children if c.i < comma and not c.is_punct and c.dep_ != "cc"]
    if len(before) != 1 or before[0].left_edge.i != sent.start or before[0].right_edge.i != comma - 1:
        return None
    head = before[0]
    # a noun phrase told as news ("Four killed in ...", "Russia's "weakness" exposed by ..."), not a fronted
    # clause of the speaker's own ("Asked whether ..., Priebus said", "Earlier this year, Klein spoke")
    if head.dep_ not in ("dep", "nsubj", "nsubjpass", "npadvmod", "punct", "advcl", "attr") \
            or head.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") \
            or doc[sent.start].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "DET") or comma - sent.start < 3:
        return None
    return head


def _tail_credit(verb: Token) -> bool:
    """Is ``verb`` a cue closing its sentence after a comma, with its own subject, that the parse
    hung inside the long clause before it ("... to win approval of the deals they have negotiated
    with the U.S., [The Wall Street Journal reported] on Tuesday.", "..., as the official website
    [revealed] on Sunday.")? The sentence before the comma is then what was said, whatever the
    parse made of it."""
    doc = verb.doc
    sent = verb.sent
    root = sent.root
    if verb.i == root.i or root.i > verb.i or verb.dep_ not in ("ccomp", "conj", "advcl", "xcomp"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i or subj.pos_ not in ("PROPN", "NOUN") or subj.lower_ in ("that", "which", "who"):
        return False
    # (", [as] the agency reported on Sunday" closes a sentence the same way)
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is not None and mark.lower_ != "as":
        return False
    lo = verb.left_edge.i + 1 if doc[verb.left_edge.i].text == "," else verb.left_edge.i
    if any(c.dep_ in ("aux", "neg") for c in verb.children) or (mark is None and lo != subj.left_edge.i):
        return False
    if mark is not None and mark.i != lo or lo < 1 or doc[lo - 1].text != ",":
        return False
    if any(c.i > verb.i and c.dep_ not in TAIL_AFTER and not (c.dep_ in ("dobj", "dative") and verb.lemma_ == "tell")
           for c in verb.children):
        return False  # (but "..., Ash Carter told [a Senate panel] Wednesday": whom one tells is the listener)
    rest = doc[verb.right_edge.i + 1:sent.end]
    return all(t.is_punct or t.is_space for t in rest) and verb.i - lo <= 10 and verb.right_edge.i - lo <= 20


def _before_tail_credit(doc: Doc, lo: int, hi: int, verb: Token, lex: Lexicon) -> int:
    """The end of a content range ``lo``-``hi`` of ``verb`` before a credit closing the sentence
    inside it ("decided [to close two plants], as the local newspaper reported"): the credit is
    an attribution of its own, never part of what was said."""
    for t in doc[lo:hi]:
        if t.i != verb.i and t.pos_ == "VERB" and t.lemma_.lower() in lex.cues and _tail_credit(t):
            comma = next(k for k in range(t.left_edge.i, t.i) if doc[k].text == ",") if doc[
                t.left_edge.i].text == "," else t.left_edge.i - 1
            return min(hi, comma)
    return hi


def _split_subject(verb: Token) -> Token | None:
    """The subject of a cue the parse split in two: in "Aidid, one of several warlords [uprooted]
    when the Courts took the capital, said the government would ..." a participle of the subject's
    apposition is made a clause of "said" (with Aidid as its subject) beside the real content; so is
    "Sunak, in one of his last appearances before his successor is [announced] ..., said the budget ..."
    (with Sunak as the passive's subject).
    Returns the subject of that left clause when the cue has none and a clause on its right."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    left = next((c for c in clauses if c.i < verb.i and c.tag_ in ("VBN", "VBD", "VBP", "VBZ")), None)
    if left is None or not any(c.i > verb.i for c in clauses) or verb.doc[verb.i - 1].text != ",":
        return None
    subj = next((c for c in left.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < left.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or subj.left_edge.i != left.left_edge.i:
        return None
    # the subject carries an apposition or a comma between it and the participle
    if not any(t.text == "," for t in verb.doc[subj.i + 1:left.i]):
        return None
    return subj


def _right_of_split_subject(verb: Token) -> Token | None:
    """The content clause after a cue whose subject the parse split (:func:`_split_subject`)."""
    if _split_subject(verb) is None:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)


def _that_clause(clause: Token) -> bool:
    """Is ``clause``, hung on a text noun, opened by the conjunction "that" ("a statement [that the vote
    was illegal]"), so that it is what the text says?"""
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children)


# Participles of a source's anonymity: "asked not to be [named]", "spoke on condition he not be [identified]".
_ANONYMITY = frozenset({"name", "identify", "quote", "cite"})


def _pick(verb: Token, lex: Lexicon) -> tuple[str, Token] | None:
    cue = lex.cues.get(verb.lemma_.lower())
    if cue is None:
        return None
    made = made_plain(verb, lex)
    if made is not None:
        return "ccomp", made[1]
    shown = frames_of(verb, lex)
    if _label_participle(verb):
        shown.pop("prep:as", None)
    if verb.lemma_.lower() in lex.plans:
        shown.pop("xcomp", None)  # "looking [to weaponize gas]": a plan, not words
    inf = shown.get("xcomp")
    if inf is not None and inf.lemma_.lower() in _ANONYMITY and any(c.dep_ == "auxpass" for c in inf.children):
        shown.pop("xcomp")  # "who asked [not to be named]": the source's anonymity, not what they asked
    obj = shown.get("dobj")
    if (cue.cls == "speech" and "xcomp" in cue.frames and "xcomp" not in shown and obj is not None
            and _addressee(obj, lex)):
        # "urged [service personnel] on their part [to safeguard] the people": an infinitive after
        # the addressee that the parse hung on the verb as a clause of purpose is what was urged
        inf = next((c for c in verb.rights if c.dep_ == "advcl" and c.tag_ == "VB" and c.i > obj.i
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    and not any(g.dep_ in ("mark", "nsubj") for g in c.children)), None)
        if inf is not None:
            shown["xcomp"] = inf
    as_head = shown.get("prep:as")
    if (as_head is not None and as_head.tag_ == "VBG" and lex.speech(as_head.lemma_.lower())
            and any(c.dep_ == "nsubjpass" for c in verb.children)):
        shown.pop("prep:as")  # "X was quoted as [saying] that ...": "saying" is the cue of its own clause
    deeds = lex.deeds.get(verb.lemma_.lower(), frozenset())
    # "issued [an order]", "will defend [our land]", "agreed [a deal] on grain": a deed, not
    # something said or thought
    # ("issued [a statement calling for ...]": a text carries what was said in a clause of its
    # own, not in an infinitive: "issued an order [to call up reservists]" is a deed)
    # ("wrote in [an essay] that ...": a text named as where the clause was said makes no deed)
    if any((k == "dobj" or k.startswith("prep:") and "ccomp" not in shown) and _deed_object(t, deeds)
           and not (t.lemma_.lower() in lex.documents and any(
               c.dep_ in ("acl", "relcl", "ccomp") and (c.tag_ in ("VBG", "VBD", "VBZ", "VBP") or _that_clause(c))
               for c in t.children))
           for k, t in shown.items()):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children) \
            and any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" for c in verb.children):
        # "shots were fired at [a bar]", "elections were called for [March]": a thing done, with no one
        # who speaks, attributes nothing through "at" or "for" ("he was accused of lying" still does)
        shown = {k: t for k, t in shown.items() if k not in ("prep:at", "prep:for")}
    if verb.lemma_.lower() in lex.person_objects and "dobj" in shown and not _person_object(verb, shown["dobj"]):
        shown.pop("dobj")  # "support [the bill]": a deed; "voters who support [Sanders]": a stance
    needed = lex.frame_objects.get(verb.lemma_.lower())
    if needed is not None:
        # "took [aim] at X" attributes, "took the fight at late notice" does not
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in needed and obj.lower_ not in needed:
            shown = {k: t for k, t in shown.items() if not k.startswith("prep:")}
    for kind in PRIORITY:
        for name, tok in shown.items():
            if name.split(":")[0] == kind and name in cue.frames:
                return name, tok
    passive = _passive_object(verb, lex)
    if passive is not None and "dobj" in cue.frames and cue.cls != "evidential":
        return "dobj", passive
    return None



def made_plain(verb: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """"[Trump] made clear [that he would veto it]", "made it very clear on Tuesday [that ...]", "has
    made clear [his opposition to the deal]" (data/plain_adjectives.txt): the adjective after "make"
    and the head of what was made clear, the first clause or noun phrase after the adjective, which
    the parse may hang on either word."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return None
    adj = next((c for c in verb.rights if c.lemma_.lower() in lex.plain
                and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod")), None)
    if adj is None:
        return None
    after = [c for c in (*verb.rights, *adj.rights) if c.i > adj.i and (
        c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX") or c.dep_ in ("nsubj", "dobj") and c.pos_ in ("NOUN", "PROPN"))]
    if not after:
        return None
    return adj, min(after, key=lambda c: c.left_edge.i)


_AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "PERCENT", "CARDINAL"})


def _passive_object(verb: Token, lex: Lexicon) -> Token | None:
    """"[This proposal] was rejected by 64 percent of the electorate", "[Scully's involvement] was
    first reported by the Times": a passive cue with a "by" agent attributes its subject as an
    active one attributes its object; the agent is the source. Not with a relay verb ("which is
    quoted by the agency": the agency only passes the words on), a deed ("the bill was approved by",
    data/deed_objects.tsv; "was attacked by", data/deed_passives.txt), nor with an agent that cannot
    hold a view: a thing or an event ("lives ripped apart by [this war]"), a manner ("nominated
    by [acclamation]")."""
    lemma = verb.lemma_.lower()
    if lemma in lex.relays or lemma in lex.deed_passives or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if by is None:
        return None
    if not (by.pos_ in ("PRON", "PROPN") or by.ent_type_ in _AGENT_LABELS or by.tag_ == "NNS"
            or can_speak(by, lex)):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is not None and _deed_object(subj, lex.deeds.get(lemma, frozenset())):
        return None  # "[The bill] was approved by the Senate": a deed, as "approved [the bill]" is
    return subj


ADDRESSEE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _addressee(obj: Token, lex: Lexicon) -> bool:
    """Can the object ``obj`` be someone spoken to ("urged [Russia]", "[service personnel]",
    "[the minister]") rather than a thing ("urged [restraint]")?"""
    return (obj.ent_type_ in ADDRESSEE_LABELS or obj.tag_ in ("NNS", "NNPS") or obj.pos_ == "PROPN"
            or obj.lemma_.lower() in lex.roles or obj.lemma_.lower() in lex.groups)


QUANTITIES = frozenset({"million", "thousand", "hundred", "dozen", "billion", "lot", "number"})


def _deed_object(obj: Token, deeds: frozenset[str]) -> bool:
    """Is ``obj`` one of a verb's deed objects: its lemma, or "@" and its entity label ("welcomed
    [@PERSON]"), looking through a quantity ("welcomed [millions] of refugees")?"""
    if not deeds:
        return False
    if obj.lemma_.lower() in QUANTITIES or obj.ent_type_ == "CARDINAL":
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if inner is not None:
            obj = inner
    return obj.lemma_.lower() in deeds or obj.lower_ in deeds or "@" + obj.ent_type_.lower() in deeds


def _label_participle(verb: Token) -> bool:
    """"[Known as] the breadbasket of Europe, Ukraine ...": a participle with "as" and no one who
    knows or calls (no auxiliary, no "by" agent) gives the writer's label, not anyone's words."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children))



def _content_range(verb: Token, frame: str, head: Token, lex: Lexicon) -> tuple[int, int] | None:
    doc = verb.doc
    if frame == "para" and head.head.i == verb.i and head.i < verb.i:  # a verbless statement before its credit
        return trim(doc, (head.left_edge.i, head.right_edge.i + 1))
    if frame == "para" and head.i == head.sent.root.i and parenthetical(verb, lex):
        # "Instead, [she said], her boss ...": the sentence around the credit, read as its longer side
        # (a content is one range; PolNeAR splits it around the credit)
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.left_edge.i for c in head.children):
            return trim(doc, (head.sent.start, head.sent.end))  # "The UK, he said, had joined": all of it
        before = trim(doc, (head.sent.start, verb.left_edge.i))
        after = trim(doc, (verb.right_edge.i + 1, head.sent.end))
        sides = [r for r in (after, before) if r is not None]
        return max(sides, key=lambda r: r[1] - r[0]) if sides else None
    if frame == "para":  # the interrupted clause, without the verb's own words
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        vlo, vhi = verb.left_edge.i, verb.right_edge.i + 1
        # "[The UK], he said, [had joined]": the whole clause around the verb, its subject kept
        around = lo < vlo and vhi <= head.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < vlo for c in head.children)
        if not around:
            if vlo > head.i:
                hi = min(hi, vlo)
            elif vhi <= head.i:
                lo = max(lo, vhi)
            else:
                return None
        return trim(doc, (lo, hi))
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    named = next((c for c in verb.rights if c.dep_ == "oprd"), None)
    if frame == "dobj" and head.tag_ in ("WDT", "WP") and head.i < verb.i and named is not None:
        return trim(doc, (named.left_edge.i, named.right_edge.i + 1))  # "what he calls [corruption]"
    if frame == "prep:for" and head.dep_ == "advcl":
        lo += 1  # "called for [the wage to be raised]": the mark "for" is the cue's
    if frame == "dobj" and head.tag_ not in ("WDT", "WP"):  # "called [the draft a "not bad result"]"
        hi = max([hi] + [c.right_edge.i + 1 for c in verb.children if c.dep_ == "oprd" and c.i > head.i])
        # "criticized [Clinton on two fronts]", "praised [the GOP for ...]": what the stance is for
        hi = _through_preps(verb, hi, _STANCE_PREPS)
        # "announced [his candidacy] in June 2015": the time of the saying, not of what was said
        when = next((c for c in head.rights if c.dep_ == "prep" and c.right_edge.i + 1 == hi and _dated(c)), None)
        if when is not None and when.i > head.i:
            hi = when.i
    if frame.startswith("prep:") and head.dep_ == "pobj" and head.head.head.i == verb.i:
        # "referred to [Mexican immigrants as "criminals"]"
        hi = _through_preps(verb, hi, frozenset({"as"}))
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if frame == "ccomp" and head.dep_ == "advcl" and obj is not None and obj.i < head.i \
            and not (verb.lemma_.lower() in ASKING and head.left_edge.lower_ in ("if", "whether")):
        # the repaired clause of frames_of starts at its subject (not "asked [workers] if ...": whom)
        lo = obj.left_edge.i
    if (frame.startswith("prep:") or frame == "xcomp") and obj is not None and verb.i < obj.i < head.left_edge.i \
            and obj.lemma_.lower() not in lex.frame_objects.get(verb.lemma_.lower(), ()):
        # "accused [Grassley of trying to ...]", "urged [protesters to ...]": whom the words are about
        # belongs to what was said
        lo = obj.left_edge.i
    if frame == "ccomp" and head.i > verb.i:
        lo = _after_cue_date(verb, head, lo)
        hi = _more_content(verb, head, hi, lex)
        hi = _own_clause_cut(head, hi, lex)
    if frame == "ccomp" and head.i < verb.i:
        hi = _tail_content(verb, hi)
    hi = _before_tail_credit(doc, lo, hi, verb, lex)
    if lo <= verb.i < hi:  # a misparse ("a wall, which he said [Mexico] should pay for"): cut at the verb
        lo, hi = (verb.i + 1, hi) if head.i > verb.i else (lo, verb.i)
        if hi <= lo:
            return None
    return trim(doc, (lo, hi))


def _dated(prep: Token) -> bool:
    """A prepositional phrase of a date or time only ("on Tuesday", "in June 2015")."""
    words = [g for g in prep.subtree if g.i != prep.i]
    return bool(words) and all(g.ent_type_ in ("DATE", "TIME") for g in words)


def _through_preps(verb: Token, hi: int, preps: frozenset[str]) -> int:
    """The end of a content stretched over the verb's phrase of one of ``preps`` that starts right at
    ``hi`` ("criticized [Clinton on two fronts]"), unless it only dates the saying."""
    return max([hi] + [c.right_edge.i + 1 for c in verb.children if c.dep_ == "prep" and c.i == hi
                       and c.lower_ in preps and not _dated(c)])


def _after_cue_date(verb: Token, head: Token, lo: int) -> int:
    """The start of a clausal content after a date the parse hung on it: in "said on Wednesday [he
    would not sign]" the day is when it was said, before the clause's subject."""
    if lo != verb.i + 1:
        return lo
    prep = verb.doc[lo]
    if prep.dep_ != "prep" or prep.head.i != head.i:
        return lo
    end = prep.right_edge.i + 1
    if not all(t.ent_type_ in ("DATE", "TIME") for t in prep.doc[lo + 1:end]) or end >= head.i:
        return lo
    subject = prep.doc[end]
    return end if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == head.i else lo


def _more_content(verb: Token, head: Token, hi: int, lex: Lexicon) -> int:
    """The end of a clausal content that the parse split over the cue's children: a second
    clause ("demanded that Russians be held accountable, [its forces withdraw] ...") or bare verbs
    of the content hung on the finite cue ("insisted that Ukraine should recognize X, [declare Y,
    and agree to Z]")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return hi
    for c in verb.rights:
        if c.i < hi:
            continue
        second_clause = c.dep_ == "ccomp" and c.lemma_.lower() not in lex.cues
        bare_verb = c.dep_ in ("advcl", "conj") and c.tag_ == "VB" and not any(
            g.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for g in c.children)
        if second_clause or bare_verb:
            hi = c.right_edge.i + 1
    return hi


_TAIL_PARTS = ("advcl", "advmod", "prep", "npadvmod")


def _tail_content(verb: Token, hi: int) -> int:
    """The end of a content before a tail cue that the parse split over the cue's children: in
    "The incident happened [when troops called in air support], reports BBC News" the "when"
    clause hangs on "reports" but is part of what was reported. Only clauses and phrases that run
    from the content's end to the comma before the cue are taken."""
    doc = verb.doc
    parts = sorted((c for c in verb.lefts if c.i >= hi and c.dep_ in _TAIL_PARTS), key=lambda c: c.i)
    end = hi
    for c in parts:
        if c.left_edge.i != end:
            return hi
        end = c.right_edge.i + 1
    if end == hi or not all(t.is_punct for t in doc[end:verb.i]) or end == verb.i:
        return hi
    return end


def _own_clause_cut(head: Token, hi: int, lex: Lexicon) -> int:
    """Cut a clausal content before a coordinated clause with its own subject and cue verb: in
    "Zelensky said there had been progress and [Lavrov spoke of hope]" the second clause is
    another attribution, not Zelensky's words."""
    for c in head.rights:
        cue = lex.cues.get(c.lemma_.lower())
        # (not "... and that [I think ...]", a second complement; not "Trump's hopes", a noun)
        if c.dep_ == "conj" and c.pos_ == "VERB" and cue is not None and cue.cls != "evidential" \
                and not any(g.dep_ == "mark" for g in c.children) \
                and any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN", "PRON")
                        and not any(h.dep_ == "case" for h in g.children) for g in c.children):
            cc = next((g for g in head.children if g.dep_ == "cc" and g.i < c.i), None)
            return min(hi, cc.i if cc is not None else c.left_edge.i)
    return hi


def _clip(span: tuple[int, int] | None, anchor: int, para: list[int]) -> tuple[int, int] | None:
    """Keep a content range inside the paragraph of token ``anchor`` (a misparse can run over)."""
    if span is None:
        return None
    lo, hi = span
    p = para[anchor]
    while lo < hi and para[lo] != p:
        lo += 1
    while hi > lo and para[hi - 1] != p:
        hi -= 1
    return (lo, hi) if hi > lo else None


def reported_speech(doc: Doc, lex: Lexicon, taken: list[tuple[int, int]], used_cues: set[int],
                    para: list[int], marked: list[tuple[int, int]] | None = None) -> list[Found]:
    """Attributions of reported speech, avoiding ``taken`` token ranges (quotations). A verb in
    a ``marked`` range (a quotation inside a sentence) is quoted words, never a cue of its own,
    but the range may be part of reported content ("He warned of a split "between a China that
    believes ..."")."""
    inside = [False] * len(doc)
    for s, e in taken:
        for k in range(s, e):
            inside[k] = True
    quoted = list(inside)
    in_marks = list(inside)
    for s, e in marked or []:
        for k in range(s, e):
            in_marks[k] = True
    # a gerund that is a clause's subject is a deed named, not a cue ("[Defending] Ukraine is enough")
    verbs = [t for t in doc if (t.pos_ == "VERB" or verb_tagged_noun(t)) and not in_marks[t.i] and t.i not in used_cues
             and t.lemma_.lower() in lex.cues and not _addresses_reader(t) and not _no_source(t, lex)
             and not _extraposed(t, lex) and not _noun_in_disguise(t) and not _unsaid_infinitive(t, lex)
             and not _asked(t) and not _thing_acts(t, lex) and not _headline_passive(t) and not _imperative(t)
             and not (t.tag_ == "VBG" and t.dep_ in ("csubj", "csubjpass"))]
    # a credit set off by commas goes first: the sentence around it is its content
    verbs.sort(key=lambda t: -1 if parenthetical(t, lex) else depth(t))
    out: list[Found] = headline_credits(doc, lex, inside, para)
    for verb in verbs:
        # ("policies, which [he said] had harmed the economy": a credit of its own inside a content)
        relative = relative_credit(verb, lex)
        if inside[verb.i] and (quoted[verb.i] or not relative):
            continue
        pick = _pick(verb, lex)
        if pick is None:
            continue
        frame, head = pick
        if _credit_line(verb, frame, head, lex):
            continue
        content = _clip(_content_range(verb, frame, head, lex), verb.i, para)
        if (content is not None and content[1] - content[0] == 1 and doc[content[0]].tag_ in ("WDT", "WP")
                and not lex.speech(verb.lemma_.lower())):
            continue  # "What do we see", "which Ukraine should ask for": a question or a relative
        if content is not None and content[0] > verb.i:
            # "said that leaders agree.- [Unity is absolute ...] - he emphasized": reported content
            # stops where a new sentence quoted with a speaker of its own begins
            cut = next((k for k in range(content[0] + 1, content[1]) if quoted[k] and not quoted[k - 1]
                        and _after_sentence_end(doc, k, content[0])), None)
            if cut is not None:
                content = trim(doc, (content[0], cut))
        # (a credit closing its sentence takes all of it, whatever attributions are nested in it)
        nested = frame == "para" and _tail_credit(verb)
        if content is None or any(inside[k] for k in range(*content)) and _mostly_taken(
                content, quoted if relative else inside) and not nested:
            continue
        content = _without_credit(doc, content, lex)
        cue_toks = cue_tokens(verb)
        made = made_plain(verb, lex)
        if made is not None:
            cue_toks.append(made[0])  # "made [it] clear"
        if frame.startswith("prep:") and not content[0] < head.left_edge.i:
            cue_toks.append(head.head if head.dep_ != "advcl" else doc[head.left_edge.i])  # "called [for]"
        subj = _speaker(verb, lex, para)
        if subj is not None and content[0] <= subj.i < content[1] and not (
                frame == "para" and verb.left_edge.i <= subj.i <= verb.right_edge.i):
            cut = _speaker_tail(doc, content, subj, verb)
            if cut is None:
                subj = None
            else:
                content = cut
        moved = _object_before_speaker(verb, subj, content, lex)
        if moved is not None:
            subj, content = moved
        if subj is None and any(c.dep_ == "auxpass" for c in verb.children):
            agent = _stray_agent(doc, content, lex)
            if agent is not None:  # "seen as humiliating [by many Germans]"
                subj, content = agent, trim(doc, (content[0], agent.head.i)) or content
        if subj is None and _active_nonfinite(verb, lex):
            continue  # "lines [defending] Lithuania and Poland", "mines [to defend] Poland": a deed, no one speaks
        kind = "stance" if is_stance(verb, frame, head, lex) else "indirect"
        found = Found(content=content, cue=hull(cue_toks), speaker_head=subj, kind=kind, cue_token=verb.i)
        out.append(found)
        for k in range(*content):
            inside[k] = True
    out.extend(colon_attributions(doc, lex, inside, para))
    out.extend(nominal_attributions(doc, lex, inside, para))
    out.extend(view_attributions(doc, lex, inside, para))
    out.extend(hearsay_attributions(doc, lex, inside, para))
    out.extend(_according_to(doc, lex, in_marks, para))  # never inside quotation marks
    out.sort(key=lambda f: f.content[0])
    return out


def _object_before_speaker(verb: Token, subj: Token | None, content: tuple[int, int] | None,
                           lex: Lexicon) -> tuple[Token, tuple[int, int]] | None:
    """"The offensive has killed more than 32,000 Palestinians, the health ministry says": the parse
    made the clause's object the cue's subject and the speaker a conjunct of it (joined by a comma
    alone). The speaker is that conjunct, and the object goes back into the content: returns
    (speaker head, content), or None when the sentence is not so."""
    if subj is None or content is None or content[1] > subj.left_edge.i or verb.i < subj.i:
        return None
    doc = verb.doc
    if any(c.i > verb.i and not c.is_punct for c in verb.children):
        return None  # the cue closes its sentence
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i), None)
    if clause is None or any(c.dep_ in ("dobj", "attr", "acomp", "oprd") for c in clause.children):
        return None  # a clause with its object already
    if any(c.dep_ == "cc" for c in subj.children):
        return None  # "Palestinians and the ministry say": two speakers
    speaker = next((c for c in subj.children if c.dep_ in ("conj", "appos") and c.i > subj.i
                    and doc[c.left_edge.i - 1].text == ","), None)
    if speaker is None or not can_speak(speaker, lex) or speaker.right_edge.i >= verb.i:
        return None
    comma = speaker.left_edge.i - 1
    return speaker, trim(doc, (content[0], comma)) or content


def _after_sentence_end(doc: Doc, k: int, lo: int) -> bool:
    """Does token ``k`` follow the end of a sentence (a full stop, maybe with a dash after it)?"""
    j = k - 1
    while j > lo and doc[j].text in ("-", "–", "—"):
        j -= 1
    return doc[j].text[-1:] in SENTENCE_END or doc[j].text.endswith((".-", ".–", ".—"))


def _addresses_reader(verb: Token) -> bool:
    """An imperative or a "you" outside quotation marks speaks to the reader ("See the video",
    "Thank you for being with us", "If you don't want to miss ...", "To help, you don't need to
    say ..."): no attribution."""
    subj = subject_of(verb)
    if subj is not None and subj.lower_ == "you" or any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return True
    if verb.tag_ not in ("VB", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    first = next((t for t in verb.sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == verb.i and verb.dep_ == "ROOT"


def _noun_in_disguise(verb: Token) -> bool:
    """A "verb" joined by "and" to a noun, or as a bare form to a finite verb, with no subject or
    auxiliary of its own, is a noun the tagger took for a verb ("the statement on support for
    Ukraine and [call] with President X")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    if verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.tag_ in ("VB", "VBP", "NN")
    # "... reads the statement on support for Ukraine and [call] with ...": a bare form joined to a
    # verb in the third person singular is no verb of that clause
    return verb.tag_ == "VB" and verb.head.tag_ == "VBZ" and not any(
        c.dep_ == "aux" for c in verb.head.children)


def _extraposed(verb: Token, lex: Lexicon) -> bool:
    """A cue in the infinitive of an extraposed "it" ("It doesn't take a mind reader [to guess]
    ...", "It is important [to note] that ...", "It remains [to be seen] whether ..."): the
    writer's framing, with no one who guesses or notes (data/extraposition_verbs.txt)."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children) and not (
            verb.dep_ == "xcomp" and verb.tag_ == "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False  # "it is rare [for a judge] to weigh in": the infinitive has its own speaker
    head = verb.head
    while head.dep_ in ("xcomp", "acomp") and head.head.i != head.i and head.pos_ != "VERB":
        head = head.head  # "important [to note]": the adjective hangs on "is"
    if head.pos_ == "ADJ" and head.head.i != head.i:
        head = head.head
    return (head.lemma_.lower() in lex.extraposing and head.i != verb.i
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children))


def _speaker_tail(doc: Doc, content: tuple[int, int], subj: Token, verb: Token) -> tuple[int, int] | None:
    """"[Relations have passed a test], Chairman of the House X told the media": the parse may hang
    the speaker before a following verb on the content. When the speaker phrase is the content's
    last comma-separated part and the verb comes right after it, the content ends at that comma
    (None when the speaker is elsewhere in the content)."""
    lo, hi = content
    if not verb.i >= hi or any(not (t.is_space or t.dep_ in ("aux", "neg", "advmod")) for t in doc[hi:verb.i]):
        return None
    comma = max((k for k in range(lo + 1, subj.i) if doc[k].text == ","), default=None)
    if comma is None or any(t.text in (",", ";") or t.pos_ == "VERB" for t in doc[comma + 1:hi]):
        return None
    return trim(doc, (lo, comma))


def _credit_line(verb: Token, frame: str, head: Token, lex: Lexicon) -> bool:
    """An outlet's credit after a clause that is an attribution of its own: "Kyiv is ready to
    talk, Foreign Minister X told reporters, [Ukrinform reports]" (data/credit_verbs.txt). The
    verb follows the clause it closes, and that clause's verb is a cue with a named or described
    subject (not a pronoun) of its own: the outlet credits the story, the minister is the source.
    A credit line is in the present ("reports", "has learned"); "..., Clinton told investigators,
    the Times reported" is the newspaper's own finding, and "The talks will resume, Interfax
    reported" stays Interfax's."""
    if verb.lemma_.lower() not in lex.credits or frame not in ("ccomp", "para") or head.i > verb.i:
        return False
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    if not present:
        return False
    if head.lower_ in lex.phrases and _pointed_back(head, head) is not None:
        return True  # "That's according to Politico, [Ukrinform reports]": Politico is the source
    cue = lex.cues.get(head.lemma_.lower())
    if head.pos_ != "VERB" or cue is None or cue.cls == "evidential":
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None and not any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in head.children):
        subj = phrase_before(head)  # "..., Chairman of the House X [told] the media, BelTA has learned"
    return subj is not None and subj.pos_ in ("PROPN", "NOUN")


def _imperative(verb: Token) -> bool:
    """A command to the reader opening its sentence, with no subject and no auxiliary ("See the
    video ...", "Read more: ..."): page furniture, nobody's statement."""
    return (verb.tag_ == "VB" and verb.text[:1].isupper() and _first_word(verb)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children))


def _first_word(tok: Token) -> bool:
    """Whether only punctuation comes before ``tok`` in its sentence (read backwards from it, so that
    asking for every verb of a run-on sentence stays cheap)."""
    doc, k = tok.doc, tok.i
    while k > 0 and not doc[k].is_sent_start:
        k -= 1
        if not (doc[k].is_punct or doc[k].is_space):
            return False
    return True


def _asked(verb: Token) -> bool:
    """A question of the writer's with "do" before the subject, opened by a question word ("How
    does Lavrov explain the war?", "What did the minister say?"): nobody is reported as saying
    anything. (A yes-no question, "Does he know what that entails?", may voice someone's doubt.)"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "do"), None)
    if subj is None or aux is None or aux.i > subj.i or aux.i == 0:
        return False
    before = verb.doc[aux.i - 1]
    return before.tag_ in ("WRB", "WP", "WDT") and (before.is_sent_start or before.i == verb.sent.start)


def _active_nonfinite(verb: Token, lex: Lexicon) -> bool:
    """An active participle or infinitive ("defending", "to defend") that is no evidential verb:
    with no subject found for it, it names a deed or a purpose ("a line [defending] Lithuania",
    "mines [to defend] Poland"), not words of an unnamed source (those come passive: "Asked
    about ...", "is expected to ...")."""
    if lex.cues[verb.lemma_.lower()].cls == "evidential" or verb.tag_ == "VBN":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _unsaid_infinitive(verb: Token, lex: Lexicon) -> bool:
    """A cue in an infinitive that names a capacity, a schedule, an obligation or a purpose, not
    words: "no reason [to expect] ...", "the right [to share] ...", "Russia is able [to defend]
    ...", "the council is due [to discuss] ...", "clear-eyed enough [to acknowledge] ..."
    (data/infinitive_controllers.txt). An infinitive with a subject of its own ("for a judge to
    weigh in") is left alone, as are "quick to point out" or "continued to insist"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.i == verb.i:
        return False
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PRON"):
        return True  # an infinitive qualifying a noun: "nothing to explain", "the effort to introduce"
    if verb.dep_ != "xcomp":
        return False
    if head.lemma_.lower() in lex.controllers:
        return True
    # "seems clear-eyed [enough] to acknowledge": the degree word hangs beside the infinitive
    return any(c.i < verb.i and c.dep_ in ("acomp", "oprd", "advmod") and c.lemma_.lower() in lex.controllers
               for c in head.children)


def _stray_agent(doc: Doc, content: tuple[int, int], lex: Lexicon) -> Token | None:
    """The agent of a passive cue that the parse hung at the end of its content ("was seen as
    humiliating [by many Germans]"): the object of a closing "by" phrase, a name or a role noun."""
    lo, hi = content
    by = next((t for t in doc[lo:hi] if t.lower_ == "by" and t.dep_ == "prep" and t.right_edge.i == hi - 1), None)
    if by is None or by.i == lo:
        return None
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.lemma_.lower() in lex.roles):
        return None  # "killed by [shelling]" is no source
    return obj


def _no_source(verb: Token, lex: Lexicon) -> bool:
    """"This implies that ...", "That signalled the end of ...": a verb of thought or evidence whose
    subject is a demonstrative is the writer's inference, not someone's attribution (a verb of
    saying keeps it: "This says a lot")."""
    if lex.speech(verb.lemma_.lower()):
        return False
    subj = subject_of(verb)
    return subj is not None and subj.lower_ in ("this", "that") and subj.dep_ == "nsubj" and subj.head == verb


def _speaker(verb: Token, lex: Lexicon, para: list[int]) -> Token | None:
    """The head of the source of a reported-speech cue: its subject, never from another
    paragraph (the parser may hang a headline on the verb), and none for an evidential verb
    ("Trump seemed to ...": the writer's judgement, the subject is part of the content)."""
    if lex.cues[verb.lemma_.lower()].cls == "evidential":
        return None
    subj = subject_of(verb) or _split_subject(verb)
    if subj is None and verb.lemma_.lower() in lex.holders and not any(c.dep_ == "agent" for c in verb.children):
        # "X is convinced that" (the parse may hang X on the auxiliary)
        near = [c for c in verb.children] + [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children]
        subj = next((c for c in near if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is not None and para[subj.i] != para[verb.i]:
        subj = None
    if subj is None and not any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in verb.children):
        subj = phrase_before(verb)
        if subj is not None and para[subj.i] != para[verb.i]:
            subj = None
    return subj


_SPEAKING_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "who"})


_RELATIVE_OBJECTS = frozenset({"what", "which", "that", "whom", "whatever"})


def _headline_passive(verb: Token) -> bool:
    """"Peter Capaldi [announced] as the new Doctor", "John Smith [named] as chief executive": a
    headline's passive without its auxiliary. A verb of saying with "as" right after it, no object
    and no auxiliary cannot be active ("the board named [Smith] as ..."; "what he described as"
    has its object), so its subject was named, it did not speak."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].lower_ != "as":
        return False
    if verb.doc[verb.i + 1].head.i != verb.i:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # an object before the subject is a misparse across a colon ("'Doctor [Who]': Capaldi announced as")
    return not any(c.dep_ == "dobj" and (c.i > subj.i or c.lower_ in _RELATIVE_OBJECTS) for c in verb.children)


def _thing_acts(verb: Token, lex: Lexicon) -> bool:
    """"The war [is threatening] to turn into a hot one", "his next move [signals] a turn": a verb
    of data/agent_cues.txt whose subject is a thing or an event, which speaks for no one."""
    if verb.lemma_.lower() not in lex.agent_cues:
        return False
    subj = subject_of(verb)
    if subj is None:
        return False
    if subj.pos_ == "PRON" and verb.dep_ == "relcl" and subj.lower_ in ("that", "which"):
        subj = verb.head  # "a clash that signalled ...": the clash
    if subj.pos_ == "PRON":
        return subj.lower_ not in _SPEAKING_PRONOUNS
    return not can_speak(subj, lex)


def _mostly_taken(content: tuple[int, int], inside: list[bool]) -> bool:
    n = content[1] - content[0]
    return sum(inside[k] for k in range(*content)) * 2 >= n


def _pointed_back(clause: Token, cue: Token) -> tuple[int, int] | None:
    """For "That's according to X" / "This is according to X": the sentence before, which
    "that" points back to, as a token range (None for any other clause)."""
    if clause.i != cue.i and not (clause.lemma_ == "be" or clause.lower_ in ("'s", "’s", "is", "was")):
        return None  # "that" is the subject of "be" or, in a parse that makes it the root, of "according"
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") and c.i < cue.i for c in clause.children):
        return None
    doc = cue.doc
    start = cue.sent.start
    k = start - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_punct and doc[k].text not in SENTENCE_END):
        k -= 1
    if k < 0:
        return None
    return trim(doc, (doc[k].sent.start, k + 1))


# prepositions that say what a stance on an object is for: "criticized Clinton [on two fronts]"
_STANCE_PREPS = frozenset({"for", "over", "on", "about", "as", "against", "to"})


STAMP_TOKENS = 12  # a live blog's time stamp ("7:55 p.m. ET: ") is at most this many tokens


def _without_stamp(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """A content without the time that opens a live blog's entry ("7:55 p.m. ET: Tornadoes ...")."""
    lo, hi = content
    if not (lo == 0 or doc[lo - 1].text_with_ws.endswith("\n")):
        return content
    # (read from the content's first words, not the whole text: asked for every content, that would be
    # quadratic in a text of many)
    head = doc[lo: min(len(doc), lo + STAMP_TOKENS)]
    found = live_stamp_end(head.text, 0)
    if found is None:
        return content
    stamp = doc[lo].idx + found
    rest = next((k for k in range(lo, hi) if doc[k].idx >= stamp), None)
    return (rest, hi) if rest is not None else content


def _without_credit(doc: Doc, content: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """A reported content without the credit that closes it ("said two people were injured[,
    according to Reuters]"): the outlet is no part of what was said; nor is the time that opens a
    live blog's entry ("7:55 p.m. ET: ")."""
    content = _without_stamp(doc, content)
    lo, hi = content
    for k in range(lo + 1, hi - 2):
        t = doc[k]
        second = lex.phrases.get(t.lower_)
        # (the comma may sit inside the closing mark of a quotation: '..."should put to rest
        # the concerns," according to Reuters')
        comma = k - 1 if doc[k - 1].text == "," else k - 2 if (
            doc[k - 1].text in CLOSING_MARKS and doc[k - 2].text == ",") else None
        if (second is not None and doc[k + 1].lower_ == second and comma is not None
                and max(t.right_edge.i, doc[k + 1].right_edge.i) >= hi - 1 and t.head.i != t.i
                and _reported_by_speaker(t.head, lex)):
            return trim(doc, (lo, k - 1 if comma == k - 1 else k)) or content
    return content


def _reported_by_speaker(clause: Token, lex: Lexicon) -> bool:
    """Is ``clause`` (what an "according to X" hangs on) the reported content of a verb of saying
    with a subject of its own ("The mayor [said] two people were injured, according to Reuters")?
    Then X only credits the report: the one who said it is the source, not X. ("According to a
    poll, 51 percent said ..." hangs on the verb of saying itself and stays X's.)"""
    tok = clause
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and lex.speech(tok.lemma_.lower()):
            return any(c.dep_ == "nsubj" for c in tok.children)
    return False


SOURCE_NAME_WORDS = 4  # at most this many words of a name after "according to the news agency"


def _source_name_after(doc: Doc, t: Token, obj: Token, end: int) -> int:
    """Where a capitalised name right after the common-noun object of "according to" ends, when the
    parse hung it on "according" or on the noun and a comma follows it ("according to the news agency
    Reuters, ..."); ``end`` itself when there is none."""
    if obj.pos_ != "NOUN":
        return end
    k = end
    while k < len(doc) and k - end < SOURCE_NAME_WORDS and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and (doc[k].head.i in (t.i, obj.i) or end <= doc[k].head.i <= end + SOURCE_NAME_WORDS):
        k += 1
    return k if k > end and k < len(doc) and doc[k].text == "," else end


def _according_to(doc: Doc, lex: Lexicon, inside: list[bool], para: list[int]) -> list[Found]:
    """"according to X, ..." and "..., according to X": X is the source of the clause, even when
    the clause reports someone else's words ("According to a poll, 51 percent said ...": PolNeAR
    nests the two attributions). ``inside`` marks the tokens of quotations."""
    out = []
    for t in doc:
        second = lex.phrases.get(t.lower_)
        if second is None or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != second or inside[t.i]:
            continue
        prep = doc[t.i + 1]
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        # ("That's according to X, Ukrinform reports": the parse may make "according" the clause)
        earlier = _pointed_back(t.head, t) or (_pointed_back(t, t) if t.head.i != t.i else None)
        clause = t.head if t.head.i != t.i else None
        if clause is None and earlier is None:
            continue
        if clause is not None and earlier is None and _reported_by_speaker(clause, lex):
            continue  # "The mayor said two people were hurt, according to Reuters": a credit
        if earlier is not None:  # "That's according to X": X said the sentence before
            out.append(Found(content=earlier, cue=(t.i, prep.i + 1), speaker_head=obj, kind="indirect",
                             cue_token=t.i))
            continue
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        plo, phi = t.left_edge.i, max(obj.right_edge.i, prep.right_edge.i) + 1
        name = _source_name_after(doc, t, obj, phi)
        if name > phi:  # "according to the news agency [Reuters], ...": the name the parse hung elsewhere
            phi, obj = name, doc[name - 1]
        if plo <= lo:
            lo = phi
        elif phi >= hi:
            hi = plo
        elif lo <= clause.i < plo:  # "[Verizon has struck a deal], according to X, taking a step ..."
            hi = plo
        elif phi <= clause.i < hi:
            lo = phi
        else:  # "according to X" in the middle of a clause whose verb is on neither side: the longer side
            lo, hi = (lo, plo) if plo - lo >= hi - phi else (phi, hi)
        content = _clip(trim(doc, (lo, hi)), t.i, para)
        if content is None:
            continue
        content = _without_stamp(doc, content)
        out.append(Found(content=content, cue=(t.i, prep.i + 1), speaker_head=obj,
                         kind="indirect", cue_token=t.i))
        for k in range(*content):
            inside[k] = True
    return out
