"""What the words around a trigger say about it: its type, whether it is an event at all, and
whether it is only a time reference.

* :func:`context_type` — ``contextual_types.tsv``: "struck a deal" is AGREE though a strike is a
  PROTEST, "strikes on Crimea" an ASSAULT, "called for a tribunal" a REQUEST; "-" rows make the word
  no event ("what he called a threat", "the rules-based order", "in order to").
* :func:`state_participle` — ``state_participles.txt``: "issues related to", "Kyiv-based", "a
  documentary entitled", "ties dating back to": a participle without an object names a state.
* :func:`time_reference` — ``reference_preps.txt`` and ``frame_nouns.txt``: an event noun that only
  places something in time ("since the Olympics", "throughout the conflict", "on day 48 of the war")
  or modifies a noun that is no event ("war crimes", "summit venue") is a passing mention.
* :func:`purpose_clause` — "to eliminate what he called a threat", "tools to restore", "The aim was
  to help": a goal, not an event that took place (the planned events of "plans to hold", "efforts
  to investigate" are not purposes: their head is a status cue; nor is the purpose of a trip,
  ``motion_verbs.txt``: "travelled to St Petersburg to meet Mr Putin").
* :func:`complement_verb` — ``complement_verbs.txt``: "have begun deploying", "plans to hold": the
  phase or intent verb is no event of its own.
* :func:`generic_present` — "wars destroy lives", "trains run late": a simple present that is no act
  of saying (``performative_verbs.txt``: "We condemn") reports a habit or a general truth.
* :func:`habitual` — ``habitual_adverbs.txt``: "often travel", "constantly causes trouble".
* :func:`gerund_activity` — "dedicated to fighting violence", "Securing the border would be part of
  ...", "a way of defending": a gerund naming an activity, not an event that took place.
* :func:`background_noun` — "the experience of Russia's invasion", "the ban on the use of mines":
  an undated event noun inside the phrase of a noun that is no event is background, not news.
* :func:`boilerplate` — ``boilerplate.txt``: web-page lines ("ADVERTISEMENT", "Click here").
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from dateline.nlp import sentence_bounds

from .lexicon import Lexicon

_MOD_DEPS = ("compound", "amod", "nmod", "npadvmod")
# prepositions after which a gerund attached to a noun that is no event names an activity
# the links through which a clause or gerund depends on a noun of possibility
POSSIBILITY_PATH = frozenset({"acl", "relcl", "pcomp", "pobj", "prep", "ccomp", "conj", "advcl"})
# How many words on each side of a head the relation "sent" (its sentence) reads.
SENTENCE_REACH = 40
NOUN_GERUND_PREPS = frozenset({"of", "for", "against", "on", "about", "towards", "toward", "in", "with", "at"})


def _words_of(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _matches(words: frozenset[str], toks: list[Token]) -> bool:
    # "@PERSON" stands for any word of a name of that spaCy label, "@NAME" for a singular proper noun not
    # written in capitals nor typed a product ("fired Lowe", "fired Comey": a dismissal; not "fired ATACMS")
    # ("@CAP" any word written with a capital that does not open its sentence: "Hopper demand")
    return any("*" in words or _words_of(t) & words or (t.ent_type_ and "@" + t.ent_type_.lower() in words)
               or ("@name" in words and _plain_name(t))
               or ("@cap" in words and t.text[:1].isupper() and not t.is_sent_start) for t in toks)


def _plain_name(tok: Token) -> bool:
    return tok.tag_ == "NNP" and not tok.text.isupper() and tok.ent_type_ not in ("PRODUCT", "NORP", "DATE", "TIME")


def _related(tok: Token, rel: str) -> list[Token]:
    """The words on the other end of ``rel`` from ``tok``."""
    if rel == "obj":  # (and the noun a participle describes: "a report [released] Thursday")
        noun = [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") else []
        if tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "oprd", "xcomp"):  # "ordered [schools] closed"
            noun += [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
        return [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")] + noun
    if rel == "mod":
        return [c for c in tok.children if c.dep_ in _MOD_DEPS and c.i < tok.i]
    if rel == "comp":
        return [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if rel == "oprd":
        return [c for c in tok.children if c.dep_ == "oprd"]
    if rel == "prev":
        return [tok.doc[tok.i - 1]] if tok.i > 0 else []
    if rel == "next":  # the word just after: "will be sworn in the following day" ("in" parsed as a preposition)
        return [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) else []
    if rel == "prt":  # (also a particle the parse hung as an adverb after the object: "pulling him over")
        return [c for c in tok.children if c.dep_ == "prt" or (c.tag_ == "RP" and c.i > tok.i)]
    if rel == "subj":  # the doer: "the storm hit", "homes destroyed by the quake"
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        subj += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        up = tok
        for _ in range(3):  # "slammed into ..., spawning tornadoes"; "struck ..., killing 64 and destroying ..."
            if subj or up.dep_ not in ("conj", "advcl", "xcomp") or up.head.i == up.i:
                break
            via = up.dep_
            up = up.head
            # ("the deal is expected to close": the passive subject of the verb the infinitive completes)
            subj = [c for c in up.children if c.dep_ == "nsubj" or (via == "xcomp" and c.dep_ == "nsubjpass")]
        # "a strike that had hit the automakers": the noun the relative pronoun stands for
        subj = [up.head if c.lower_ in RELATIVE_PRONOUNS and up.dep_ == "relcl" else c for c in subj]
        return subj + [c for t in subj for c in t.children if c.dep_ == "compound"]
    if rel == "noun":  # the word itself, when it is a noun: "the fire" (not "fired missiles")
        return [tok] if tok.pos_ == "NOUN" else []
    if rel == "verb":  # the word itself, when it is a verb: "residents sheltered indoors" (not "opened shelters")
        return [tok] if tok.pos_ == "VERB" else []
    if rel == "sent":
        lo, hi = sentence_bounds(tok.doc, tok.i, tok.i + 1, SENTENCE_REACH)
        return [t for t in tok.doc[lo:hi] if t.i != tok.i]
    preps = set(rel.split(":", 1)[1].split(","))
    return [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]


def context_type(tok: Token, lemma: str, lex: Lexicon) -> str | None:
    """The type the words around ``tok`` give it ("-": no event), or None when no row applies."""
    if lemma not in lex.contextual_heads:
        return None
    for head, rel, words, kind in lex.contextual:
        if head == lemma and _matches(words, _related(tok, rel)):
            return kind
    return None


def state_participle(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """A verb form of ``state_participles.txt`` without a direct object: "related to", "Kyiv-based",
    "the talks focused on grain", "as opposed to" (but "Russia based its troops in Belarus"), and a
    participle used as a preposition ("regarding", "following his career")."""
    if tok.tag_ == "VBG" and tok.dep_ == "prep":
        return True  # a participle used as a preposition: "regarding", "following", "concerning"
    prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if lemma not in lex.state_participles and f"{prev} {lemma}" not in lex.state_participles:
        return False
    if tok.tag_ == "VBG" and tok.dep_ not in ("acl", "advcl", "amod"):
        return False
    if lemma in lex.participle_only and tok.tag_ not in ("VBN", "JJ"):
        return False  # "the court determined that ...", "they committed war crimes"
    return not any(c.dep_ in ("dobj", "obj", "dative", "ccomp") for c in tok.children)


def _reference_prep(prep: Token, lex: Lexicon) -> bool:
    if prep.lower_ in lex.reference_preps:
        return True
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return f"{before} {prep.lower_}" in lex.reference_preps


def time_reference(tok: Token, lex: Lexicon, event_nouns: frozenset[str]) -> bool:
    """Whether an event noun or name only places something in time or modifies a noun that is no
    event: "since the Olympics", "throughout the conflict", "on day 48 of the war", "war crimes"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and not (
            tok.head.lemma_.lower() in event_nouns or tok.head.lower_ in event_nouns):
        return True
    if tok.dep_ != "pobj" or tok.head.dep_ not in ("prep", "agent"):
        return False
    prep = tok.head
    if _reference_prep(prep, lex):
        return True
    return prep.lower_ == "of" and prep.head.lower_ in lex.frame_nouns


def _infinitive(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def purpose_clause(tok: Token, lex: Lexicon, depth: int = 0) -> bool:
    """Whether ``tok`` names a goal rather than an event: an infinitive of purpose without its own
    subject ("launched an operation to eliminate ..."), the infinitive of a noun that is no status cue
    ("tools to restore", "a need to bring"), the gerund of a phrase of aim (``goal_frames.txt``: "aimed
    at keeping"), the infinitive a copula equates with a goal ("The aim was
    to help"), a conjunct of one, or the object of one ("to intensify the dialogue")."""
    if depth > 3 or tok.head.i == tok.i:
        return False
    head = tok.head
    if tok.dep_ == "conj" and tok.tag_ in ("VBZ", "VBD", "VBP"):
        return False  # "in order to strengthen its defence and calls for ...": a finite verb is no infinitive's conjunct
    if tok.dep_ == "conj" or (tok.pos_ == "NOUN" and tok.dep_ == "dobj"):
        return purpose_clause(head, lex, depth + 1)
    if tok.dep_ == "pcomp" and f"{head.head.lemma_.lower()} {head.lower_}" in lex.goal_frames:
        return True  # "The meeting was aimed at keeping the relationship stable"
    if tok.dep_ == "xcomp" and tok.tag_ == "VBG" and head.pos_ == "VERB" and _infinitive(head) \
            and purpose_clause(head, lex, depth + 1):
        return True  # "in an effort to avoid putting prices up": the gerund of a goal
    if not _infinitive(tok) or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.dep_ == "acl" and head.dep_ == "pobj" and \
            f"{head.head.lower_} {head.lemma_.lower()}" in lex.goal_frames:
        return True  # "in order to maintain prices", "in a bid to win": a goal, whatever "effort" says
    if tok.dep_ == "advcl":  # "travelled to St Petersburg to meet Mr Putin" reports the meeting
        return head.lemma_.lower() not in lex.motion_verbs
    if tok.dep_ in ("acl", "relcl") and head.pos_ == "NOUN":  # "tools to restore", "one key area to watch"
        return ("head", head.lemma_.lower()) not in lex.status_cues
    # "The aim was to help" (a goal), but "The minister is to visit Paris" (a future, ``goal_nouns.txt``)
    return tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in lex.goal_nouns for c in head.children)


def complement_verb(tok: Token, lex: Lexicon) -> bool:
    """A phase or intent verb with a verb complement: "have begun deploying", "plans to hold"."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lex.complement_verbs and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children)


def question(sent: Span) -> bool:
    """A question ("What's happening in Ukraine?"): its events are asked about, not reported. Read
    from the sentence's last tokens, so that asking it for every event of a run-on sentence stays cheap."""
    for tok in reversed(sent):
        end = tok.text.rstrip().rstrip("\"'”’ ").rstrip()
        if end:
            return end.endswith("?")
    return False


def boilerplate(sent: Span, lex: Lexicon) -> bool:
    """Whether a sentence is web-page furniture: it starts with a line of ``boilerplate.txt``
    ("ADVERTISEMENT", "CLICK HERE TO GET THE APP") or holds a phrase of ``boilerplate_phrases.txt``
    ("Enter your email address", "Privacy Notice")."""
    text = " ".join(sent.text.lower().split())
    return any(text == b or text.startswith(b + " ") or (b.endswith(":") and text.startswith(b))
               for b in lex.boilerplate) or any(b in text for b in lex.boilerplate_phrases)


SHOUTING_MIN_WORDS = 3


def shouting(sent: Span) -> bool:
    """Whether a sentence is written in capitals only ("STATE DEPARTMENT FAILED TO PROPERLY ASSESS ..."):
    in running text, the headline of a link to another article. The caller applies it only to texts
    that also have lower-case letters (not to a headline written in capitals)."""
    words = [t.text for t in sent if any(c.isalpha() for c in t.text)]
    return len(words) >= SHOUTING_MIN_WORDS and all(not any(c.islower() for c in w) for w in words)


_TERMINAL = (".", "!", "?", ";", ":", "…")


def _body_sentence(sent: Span) -> bool:
    """A sentence of running text, not a headline: it ends with a full stop, "!" or "?" (headlines
    put past events in the present: "China blames NATO for the war")."""
    return sent.text.rstrip().rstrip("\"'”’)»").endswith(_TERMINAL)


def generic_present(tok: Token, lex: Lexicon, depth: int = 0) -> bool:
    """A simple-present verb of running text without an auxiliary that is no act of saying
    ("wars destroy lives", "the conductors check tickets", "NATO constantly causes trouble"), a
    present passive ("Rape is used to demean"), or the infinitive of one ("to demean"): a habit or a
    general truth, not an event (but "We condemn the attack", "Kyiv rejects the offer",
    ``performative_verbs.txt``, and a headline's present are events). The caller leaves out verbs
    with a date of their own ("the summit opens on Monday") and speech-act verbs ("he says")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in lex.performative_verbs:
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VB" and [a.lower_ for a in aux] in (["to"], []) and depth < 3 and (
            (tok.dep_ == "xcomp" and tok.head.tag_ == "VBN") or (tok.dep_ == "conj" and tok.head.tag_ == "VB")):
        return generic_present(tok.head, lex, depth + 1)  # "is used to demean, to degrade"
    if _fact_adverb(tok, lex):
        return False  # "London already provides intelligence and sends weapons": a fact of the present
    if tok.tag_ in ("VBZ", "VBP"):
        if aux:
            return False
    elif tok.tag_ == "VBN":  # a present passive: "is used", "are stored"
        if not aux or any(a.dep_ != "auxpass" or a.lower_ not in ("is", "are", "am") for a in aux):
            return False
    else:
        return False
    return _body_sentence(tok.sent)


def _fact_adverb(tok: Token, lex: Lexicon) -> bool:
    """An adverb of ``fact_adverbs.txt`` on the verb, or on the verb whose conjunct it is without a
    subject of its own ("already provides ... and sends")."""
    if any(c.dep_ == "advmod" and c.lower_ in lex.fact_adverbs for c in tok.children):
        return True
    return tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and any(
        c.dep_ == "advmod" and c.lower_ in lex.fact_adverbs for c in tok.head.children)


def distributive(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb is spread over many occasions by a time phrase of ``distributive_words.txt``: "lost
    each time", "meet every year" (a noun with "each"/"every" as a bare adverbial), "finished last in each of
    their first four seasons" ("in each"/"in every" + "of"). A perfect or a progressive ("has shelled the city
    every day since", "are killing 1,000 troops every day") tells a campaign going on up to now: no habit."""
    if tok.tag_ in ("VBN", "VBG") and any(c.dep_ == "aux" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in lex.occasion_nouns and any(
                d.dep_ == "det" and d.lower_ in lex.distributive_words for d in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lower_ in lex.distributive_words and any(p.lower_ == "of" for p in o.children)
                for o in c.children):
            return True
    return False


def habitual(tok: Token, lex: Lexicon) -> bool:
    """A verb an adverb of frequency makes a habit: "I often travel by train", "it constantly causes
    trouble", "has always been" (``habitual_adverbs.txt``), or the complement of a verb of habit:
    "his red lines keep evaporating", "they used to live" (``habitual_verbs.txt``); or a verb done "each
    time" or "in each of" (:func:`distributive`)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lex.habitual_adverbs for c in tok.children):
        return True
    if distributive(tok, lex):
        return True
    head = tok.head
    if tok.dep_ != "xcomp":
        return False
    if head.lower_ == "used":  # "used to live", but not "used drones to spot"
        return "used" in lex.habitual_verbs and not any(c.dep_ in ("dobj", "obj") for c in head.children)
    return head.lemma_.lower() in lex.habitual_verbs


def gerund_activity(tok: Token, lex: Lexicon) -> bool:
    """A gerund that names an activity, not an event that took place: the subject of a clause
    ("Securing the border would be part of the plan"), the object of "to" ("dedicated to fighting
    violence", "her commitment to championing"), of "from" ("prevent it from happening") or of "of"
    after a noun that is no event ("a way of defending key places") or of another preposition after
    such a noun ("support for cutting links", "taboos against antagonising Russia"), of "without"
    ("without joining the war"), and a present participle after a noun that is no event ("comments
    lamenting the war's footprint", "contractors fighting in Ukraine"; but "a strike killing 12").
    "after meeting Putin", "by walking on stage" report events."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    if tok.dep_ in ("csubj", "nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "advcl" and tok.i == tok.sent.start and tok.head.lemma_ == "be" and not any(
            c.dep_ in ("mark", "nsubj") for c in tok.children):
        return True  # "Avoiding splits is important": the subject of a copula read as a clause
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in lex.event_nouns \
            and tok.head.lower_ not in lex.event_nouns:
        return True  # "comments lamenting the war", "contractors fighting in Ukraine": what they do
    if tok.dep_ != "pcomp":
        return False
    prep = tok.head
    if prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in":
        return False  # "in addition to providing", "in response to shelling": a preposition of its own
    if prep.lower_ in ("to", "from", "without"):  # "dedicated to fighting", "prevent it from happening"
        return True  # "without joining the war": not done
    # "a way of defending", "support for cutting links", "taboos against antagonising Russia"
    return prep.lower_ in NOUN_GERUND_PREPS and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() not in lex.event_nouns


def background_noun(tok: Token, lex: Lexicon) -> bool:
    """An event noun that is the object of a preposition of a noun that is no event ("the experience
    of Russia's invasion", "a ban on the use of mines", "survivors of sexual violence"): a
    background mention, not a report of the event. A noun of kind or series ("a wave of strikes",
    ``kind_nouns.txt``) or of an event ("the talks on the ceasefire") passes its weight on. The
    caller leaves out nouns with a date of their own."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    owner = tok.head.head
    if owner.pos_ != "NOUN":
        return False
    lemma = owner.lemma_.lower()
    return lemma not in lex.event_nouns and owner.lower_ not in lex.event_nouns and lemma not in lex.kind_nouns


def stance_object(tok: Token, lex: Lexicon) -> bool:
    """An event noun that is the direct object of a verb taking a stance on it ("condemned the
    invasion", "welcomed the agreement", ``stance_verbs.txt``): a mention of an event told
    elsewhere. The caller leaves out nouns with a date of their own."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() in lex.stance_verbs)


def phase_of_event(tok: Token, lex: Lexicon, triggers: set[int]) -> bool:
    """A verb of ``phase_verbs.txt`` whose subject is an event trigger, or a noun of kind or series of
    one ("as the attack began", "a wave of sanctions has followed", "as long as the conflict
    continues"): the noun names the event, the verb only its phase. The caller leaves out verbs with
    a date of their own."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.phase_verbs:
        return False
    for subj in tok.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subj.i in triggers:
            return True
        if subj.lemma_.lower() in lex.kind_nouns and any(  # "a wave of sanctions has followed"
                g.i in triggers for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"):
            return True
    return False


def _poll_word(tok: Token, lex: Lexicon) -> bool:
    return tok.lower_ in lex.poll_subjects or tok.lemma_.lower() in lex.poll_subjects


def poll_subject(tok: Token, lex: Lexicon, depth: int = 0) -> bool:
    """Whether a verb's subject is a share of people polled (``poll_subjects.txt``: "73% of respondents
    across the 10 countries blaming Russia", "a majority felt", "respondents were concerned"): it
    states an opinion found by a poll, not an event. The subject of a participle or a relative
    clause is the noun it modifies; a verb without a subject borrows the one of the verb it hangs
    from ("a majority felt ..., favouring an end", "Asked what worried them, respondents were ...");
    the statement of such a verb is part of the finding ("said they held Russia responsible")."""
    if tok.pos_ not in ("VERB", "AUX") or depth > 3:
        return False
    if _poll_finding(tok, lex):
        return True
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        subjects = [tok.head]
    for subj in subjects:
        if any(_poll_word(t, lex) for t in subj.children if t.dep_ in ("nummod", "compound", "amod")):
            return True
        cur = subj
        for _ in range(4):  # "73% of respondents across the 10 countries": up the noun phrase
            if _poll_word(cur, lex):
                return True
            if cur.dep_ not in ("pobj", "prep", "conj", "appos") or cur.head.i == cur.i:
                break
            cur = cur.head
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep":  # "..., with most favouring an end to trade"
        head = head.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if (not subjects and tok.dep_ in ("conj", "advcl", "xcomp", "pcomp")) or tok.dep_ == "ccomp":
        return poll_subject(head, lex, depth + 1)
    return False


def _poll_finding(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb is the statement of a poll ("Most Britons are backing more aid, the poll found",
    "a survey showed that most voters support ...", ``poll_sources.txt``)."""
    def polled(verb: Token) -> bool:
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.poll_sources for c in verb.children)

    if tok.dep_ in ("ccomp", "parataxis") and tok.head.i != tok.i and polled(tok.head):
        return True
    return any(c.dep_ == "parataxis" and c.pos_ == "VERB" and polled(c) for c in tok.children)


def possibility(tok: Token, lex: Lexicon) -> Token | None:
    """The noun (or adjective) of ``possibility_nouns.txt`` that the trigger's clause or phrase depends
    on ("a risk that Zelenskiy will be forced", "the prospect of Poland sending troops", "vulnerable to
    an invasion"), else None."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in POSSIBILITY_PATH or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("NOUN", "ADJ") and cur.lemma_.lower() in lex.possibility_nouns:
            return cur  # "the risk of an invasion", "vulnerable to an invasion"
    return None


def discourse_report(tok: Token) -> bool:
    """A reporting verb in an "as" clause without a subject ("As noted, ...", "as reported earlier"), or
    the speaker's own "let's say"."""
    if tok.head.lemma_.lower() == "let" and any(c.dep_ == "nsubj" and c.lower_ in ("'s", "us") for c in tok.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def generic_source(tok: Token, lex: Lexicon) -> bool:
    """A reporting verb whose subject is an unnamed group (``generic_sources.txt``: "Analysts say",
    "Some experts have suggested"), without a name, possessor, number or compound of its own."""
    for subj in tok.children:
        if subj.dep_ == "nsubj" and subj.lemma_.lower() in lex.generic_sources and subj.ent_type_ == "" \
                and not any(c.dep_ in ("poss", "compound", "nummod", "appos") or c.ent_type_ for c in subj.children):
            return True
    return False


PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
# a toll counted up to a moment of the past too: "198 civilians had been killed so far"
TALLY_AUX = PERFECT_AUX | {"had", "'d"}
TALLY_REACH = 8  # how many heads up a toll's perfect auxiliary is looked for
TALLY_WINDOW = 80  # how many tokens either side of a toll its "since" or "so far" is looked for
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def cumulative_tally(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb counts a toll that has built up over time rather than reporting an event: a
    present perfect with a number of lives, people or tanks (``tally_nouns.txt``) in its object and
    "since ..." or an extent phrase (``extent_phrases.txt``:
    "so far", "to date") in its sentence: "Since 2014, the war has claimed about 14,000 lives, injured at
    least 30,000 and forced 1.5 million people to flee". The verb itself, or the verb it hangs from,
    is the perfect."""
    if tok.pos_ != "VERB":
        return False
    perfect = any(v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in TALLY_AUX for c in v.children)
                  for v in (tok, *islice(tok.ancestors, TALLY_REACH)))
    if not perfect:
        return False
    verbs = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    counted = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if not counted:  # "Around 100,000 people have crossed into Poland since ...": an intransitive's subject
        counted = [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in counted):
            counted = [tok.head]  # "including 9,000 who have entered since 7am"
    # a number of lives, people, tanks (``tally_nouns.txt``), or a number alone ("injured at least 30,000")
    if not any(any(w.like_num for w in c.subtree) and (c.like_num or c.lemma_.lower() in lex.tally_nouns
                                                       or _counted_of(c, lex)) for c in counted):
        return False
    lo, hi = sentence_bounds(tok.doc, tok.i, tok.i + 1, TALLY_WINDOW)
    words = " " + " ".join(w.lower_ for w in tok.doc[lo:hi]) + " "
    return " since " in words or any(f" {p} " in words for p in lex.extent_phrases)


def _counted_of(noun: Token, lex: Lexicon) -> bool:
    """"the lives of about 14,000 people": a toll noun after "of"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lex.tally_nouns for o in c.children) for c in noun.children)
