"""Whether an event mention happened, is planned, ongoing, denied or hypothetical, read from the verbs,
auxiliaries, modals and marks around its trigger (:func:`trigger_status`), and the small parse helpers
that reading shares with :mod:`.extract`."""

from __future__ import annotations

from spacy.tokens import Token

from .context import possibility
from .lexicon import Lexicon

# How far up the parse a trigger's governing verbs are followed.
MAX_CLIMB = 8
# a past clause with its own subject and one of these is real whatever the modal of its main clause
REAL_MARKS = frozenset({"as", "after", "since", "because", "while"})
PROGRESSIVE_AUX = {"is", "are", "am", "'s", "'re", "'m"}
# a gerund after these is as planned as the verb it hangs from: "will retire after reaching his 250th start"
TIME_PREPOSITIONS = frozenset({"after", "before", "upon", "while", "when"})


def _headline_infinitive(trigger: Token, lex: Lexicon) -> bool:
    """A headline's "Subject to VERB", which announces what is to come ("UN Security Council to meet
    Thursday", "US to send older Abrams tanks to Ukraine, Pentagon says"): a bare verb with "to" and its
    own subject that no other verb governs, save a verb of saying; or, as the parser also reads it, a
    "to" infinitive hanging on the subject that is the line's root ("US, UK and Denmark to deliver ...")."""
    if trigger.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return trigger.dep_ in ("ROOT", "parataxis") or (trigger.dep_ == "ccomp" and is_reporting(trigger.head, lex))
    head = trigger.head
    return trigger.dep_ in ("relcl", "acl") and head.dep_ == "ROOT" and head.pos_ == "PROPN"


def _predicate(trigger: Token, lex: Lexicon) -> Token:
    """The verb whose auxiliaries speak for the trigger: itself, or the verb an event noun is the
    subject of ("the ceremony will take place") or the object of a support verb ("will hold a vote")."""
    head = trigger.head
    if trigger.pos_ == "VERB" or head.pos_ not in ("VERB", "AUX"):
        return trigger
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        return head
    if trigger.dep_ == "dobj" and head.lemma_.lower() in lex.support_verbs:
        return head
    return trigger


def _reported_future(chain: list[Token], lex: Lexicon) -> bool:
    """Whether a "would" clause is the statement of a past reporting verb and no condition: "announced
    the U.S. would support the court", "said his country would fight on" (future in the past)."""
    conditions = ("if", "unless", "whether")
    if any(c.dep_ == "mark" and c.lower_ in conditions for t in chain for c in t.children) or any(
            m.dep_ == "mark" and m.lower_ in conditions
            for t in chain for c in t.children if c.dep_ == "advcl" for m in c.children):
        return False  # "would attack if NATO expanded"
    cur = chain[0]
    if cur.pos_ != "VERB" and len(chain) > 1 and (cur.dep_ == "nsubjpass" or (
            cur.dep_ in ("nsubj", "dobj") and chain[1].lemma_.lower() in lex.support_verbs)):
        cur = chain[1]  # "announced that the vote would be held": the noun's verb (not "the inquiry would find")
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp":
            head = cur.head
            return head.tag_ == "VBD" and is_reporting(head, lex)
        if cur.dep_ not in ("xcomp", "conj", "advcl", "acl"):
            return False
        cur = cur.head
    return False


IMPERATIVE_LEAD_DEPS = frozenset({"punct", "intj", "advmod", "cc", "discourse", "dep"})


def _imperative(verb: Token) -> Token | None:
    """The command verb when a verb is an imperative or a conjunct of one: a bare verb heading its sentence,
    with no subject and no auxiliary, only interjections or adverbs before it ("Say a prayer America", "Please
    hold on", "Read or share this story"); None otherwise. A command asks for an event; none took place."""
    cur = verb
    if cur.dep_ == "conj" and cur.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
        cur = cur.head
    if cur.pos_ != "VERB" or cur.tag_ != "VB" or cur.dep_ not in ("ROOT", "ccomp", "xcomp", "parataxis"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark") for c in cur.children):
        return None
    if cur.ent_type_:  # a name tagged as a verb: "Trump rally shooting: Five shot"
        return None
    if cur.dep_ != "ROOT":  # a quoted command: "she wrote: 'Say a prayer America.'"
        before = next((w for w in reversed(cur.doc[cur.sent.start:cur.i]) if not w.is_space), None)
        return cur if before is not None and _opening_mark(before) else None
    sent = cur.sent
    if any(w.dep_ not in IMPERATIVE_LEAD_DEPS and not w.is_space for w in cur.doc[sent.start:cur.i]):
        return None
    # a sentence of running text, not a headline ("Trump protest march in Seattle marred by shooting")
    return cur if sent.text.rstrip().rstrip("'\"’”)").endswith((".", "!", "?")) else None


def _opening_mark(tok: Token) -> bool:
    """Whether a token is a colon or a quotation mark that opens a quotation (a straight mark with a space or
    a colon before it and none after it)."""
    if tok.text in (":", "‘", "“"):
        return True
    if tok.text not in ("'", '"') or tok.whitespace_:
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is None or bool(prev.whitespace_) or prev.text == ":"


def _at_coming_end(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb is placed "at the end of" a period (``occasion_nouns.txt``: "is retiring at the end of
    the season", "is leaving at the end of the month"): with a progressive, a plan."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "at":
            for end in p.children:
                if end.dep_ == "pobj" and end.lower_ == "end" and any(
                        o.dep_ == "prep" and o.lower_ == "of" and any(
                            n.dep_ == "pobj" and n.lemma_.lower() in lex.occasion_nouns for n in o.children)
                        for o in end.children):
                    return True
    return False


# How many governing words up a trigger's status is read (see trigger_status).
STATUS_DEPTH = 3


def trigger_status(trigger: Token, lex: Lexicon, sent_text_tense: str | None,
                   _depth: int = 0) -> tuple[str, str | None, bool]:
    """The status of the trigger's event, the cue that decided it, and whether a condition or a modal
    of possibility or obligation bears on it ("would not help", "must withdraw", "if NATO were to
    intervene"): a hedged event is no report that something took place, whatever its status.

    The status of a governing word (a reporting verb, a verb of the trigger's noun) is read at most
    ``STATUS_DEPTH`` words up: "Peskov said that Miroshnik told RIA that the US said that ..." repeated
    without end stays linear and never runs out of stack."""
    if _depth > STATUS_DEPTH:
        return "happened", None, False
    cues = lex.status_cues
    found: dict[str, str] = {}
    condition = ""  # the "if" of a conditional clause of the trigger's verbs
    pred = _predicate(trigger, lex)
    chain = [trigger] if pred.i == trigger.i else [trigger, pred]
    if trigger.tag_ == "VBN" and trigger.dep_ == "acomp" and trigger.head.lemma_ == "be":
        chain.append(trigger.head)  # "should be fast-tracked" read as an adjective: the copula's auxiliaries
    cur = pred
    for _ in range(4):  # "will work ... to impose", "plans to sell": climb complements
        # "will allow developers to create", "will let users dial": an infinitive with its own
        # subject is as realized as the verb that allows it
        infinitive = cur.dep_ == "ccomp" and cur.tag_ == "VB" and not any(  # not "whether he will sign"
            c.dep_ == "mark" and c.lower_ in ("whether", "if") or c.dep_ == "aux" and c.lower_ != "to"
            for c in cur.children)
        # "will be able to set": through the adjective to its copula
        adjective = cur.dep_ == "acomp" and cur.pos_ == "ADJ" and len(chain) > 1 and chain[-2].dep_ == "xcomp"
        # "would lead to consequences ... as the attack began": a past clause with its own subject
        # "does not strive for peace and still attacks civilians": a finite conjunct of a bare verb is
        # outside the bare verb's auxiliary
        # "has not condemned ... and its media blame the West": a conjunct clause with its own subject
        own_past = (cur.dep_ == "conj" and cur.tag_ in ("VBZ", "VBD", "VBP") and cur.head.tag_ == "VB") or (
            cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)) or (
            cur.dep_ == "advcl" and _finite_past(cur) and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
            and any(c.dep_ == "mark" and c.lower_ in REAL_MARKS for c in cur.children)) or (
            # "No group claimed responsibility, but jihadis have carried out attacks": a contrast opens
            # a clause of its own, with its own auxiliary
            cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass") for c in cur.children)
            and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and cur.head.i < c.i < cur.i for c in cur.head.children))
        if (cur.dep_ in ("xcomp", "conj", "advcl") or infinitive or adjective) and cur.head.i != cur.i \
                and not own_past:
            head = cur.head
            # "have sworn to fight" with the infinitive parsed as an adverbial clause: still the cue's complement
            to_clause = cur.dep_ == "advcl" and cur.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" and c.i == cur.i - 1 for c in cur.children)
            cue = cues.get(("head", head.lemma_.lower())) if cur.dep_ == "xcomp" or infinitive or to_clause else None
            if cue and head.lemma_.lower() in lex.progressive_cues and head.tag_ != "VBG":
                cue = None  # "went on to say", "went to meet": done; only "is going to sign" is planned
            if cue:
                found.setdefault(cue, head.text)
                if head.lemma_.lower() in lex.directive_verbs:  # "urged Russia to withdraw": asked for
                    found.setdefault("possible", head.text)
            chain.append(head)
            cur = head
            if cur.dep_ not in ("xcomp", "conj", "acomp") and not (cur.dep_ == "ccomp" and cur.tag_ == "VB"):
                break
        else:
            break
    if pred.i != trigger.i and trigger.dep_ in ("nsubj", "nsubjpass"):
        # "the trial is set to begin": the subject of "set/due/scheduled to ..." is planned too
        cue = cues.get(("head", pred.lemma_.lower()))
        # but "the vote was supposed to prove ...": the vote took place, only its purpose is hypothetical, and
        # "discussions had failed to resolve the dispute": the discussions took place, the resolving did not
        if cue and cue not in ("hypothetical", "denied") and any(c.dep_ == "xcomp" for c in pred.children):
            found.setdefault(cue, pred.text)
    acl = next((c for c in chain if c.dep_ == "acl" and c.tag_ == "VB" and c.head.pos_ == "NOUN"), None)
    if acl is not None and acl.i != pred.i and "possible" not in found \
            and acl.head.lemma_.lower() in lex.directive_verbs:  # "demands to block ... and offer ...": asked for
        found["possible"] = acl.head.text
    if pred.dep_ == "acl" and pred.tag_ == "VB" and pred.head.pos_ == "NOUN":  # "attempts to annex"
        cue = cues.get(("head", pred.head.lemma_.lower()))
        if cue:
            found.setdefault(cue, pred.head.text)
        if pred.head.lemma_.lower() in lex.directive_verbs:  # "Russia's demands to block Ukraine": asked for
            found.setdefault("possible", pred.head.text)
        for det in pred.head.children:  # "there are no plans to hold a parade"
            if det.dep_ in ("det", "neg") and cues.get(("neg", det.lower_)) == "denied":
                found.setdefault("denied", det.text)
            elif det.dep_ == "det" and cues.get(("amod", det.lower_)) == "possible":
                found.setdefault("possible", det.text)  # "any attempt to interfere"
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj" and not _named_object(trigger):
        cue = cues.get(("head", _phrasal(trigger.head, cues)))
        # "failed to prevent the war": a prevention that did not happen denies nothing
        if cue and not (cue == "denied" and trigger.head.pos_ == "VERB" and trigger_status(trigger.head, lex, None, _depth + 1)[0] == "denied"):
            found.setdefault(cue, trigger.head.text)
    if trigger.pos_ != "VERB" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" \
            and trigger.head.i == trigger.head.head.i + 1 and not _existing(trigger, lex) \
            and f"{trigger.head.head.lemma_.lower()} {trigger.head.lower_}" in lex.request_preps:
        # "called for a ceasefire": asked for, not done (not "calling for new sanctions ... for its weekend attack")
        found.setdefault("planned", trigger.head.head.text)
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "without":
        found.setdefault("denied", trigger.head.text)  # "ended without a deal", "left without saying a word"
    if trigger.pos_ != "VERB" and trigger.dep_ == "nsubjpass":  # "the parade was canceled", "called off"
        cue = cues.get(("head", _phrasal(trigger.head, cues)))
        if cue == "denied":
            found.setdefault(cue, trigger.head.text)
    if trigger.dep_ == "ccomp" or trigger.dep_ == "xcomp":
        cue = cues.get(("head", trigger.head.lemma_.lower()))
        if cue == "denied":
            found.setdefault(cue, trigger.head.text)
    for tok in chain:
        if tok.pos_ in ("VERB", "AUX") and (subject := _denied_subject(tok, cues)) is not None:
            found.setdefault("denied", subject.text)  # "None of them sanctified", "no referendums were held"
        for child in tok.children:
            low = plain_word(child.lower_)
            if child.dep_ in ("aux", "auxpass") and (st := cues.get(("aux", low))):
                found.setdefault(st, child.text)
            elif child.dep_ in ("neg", "advmod", "det") and (st := cues.get(("neg", low))):
                if child.dep_ != "det" or tok.i == trigger.i:
                    found.setdefault(st, child.text)
            elif child.dep_ == "mark" and (st := cues.get(("mark", low))):
                found.setdefault(st, child.text)
            elif child.dep_ in ("amod", "compound", "det") and tok.i == trigger.i and (st := cues.get(("amod", low))):
                found.setdefault(st, child.text)
        if tok.dep_ == "advcl":
            for child in tok.children:
                if child.dep_ == "mark" and (st := cues.get(("mark", plain_word(child.lower_)))):
                    found.setdefault(st, child.text)
        for clause in tok.children:  # "if something changes, our decision will be adjusted"
            if clause.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX"):
                for child in clause.children:
                    if child.dep_ == "mark" and cues.get(("mark", child.lower_)) == "hypothetical":
                        condition = condition or child.text
    if found.get("denied", "").lower() in ("not", "n't", "never") and any(
            (c.dep_ == "prep" and c.lower_ in UNTIL) or (c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in UNTIL for m in c.children)) for tok in chain for c in tok.children):
        del found["denied"]  # "is not due until September 2027", "did not arrive until Friday": it comes then
    if "denied" not in found and found.get("hypothetical", "").lower() in ("would", "'d") and \
            _reported_future(chain, lex):
        return "planned", found["hypothetical"], False  # "announced the U.S. would support": future in the past
    if condition and "planned" in found and "hypothetical" not in found:
        found["hypothetical"] = condition  # a future on a condition: "will be adjusted if ..."
    if "possible" not in found and (noun := possibility(trigger, lex)) is not None:
        found["possible"] = noun.text  # "a risk that Zelenskiy will be forced", "the prospect of Poland sending"
    if "hypothetical" not in found and (phrase := _conditional_phrase(trigger, lex)):
        found["hypothetical"] = phrase  # "In the event of an invasion, ..."
    top = chain[-1]
    if "possible" not in found and top.dep_ == "ccomp" and top.head.i != top.i and (
            is_reporting(top.head, lex) or top.head.lemma_.lower() in lex.belief_verbs) \
            and not any(c.dep_ in ("advcl", "relcl") for c in chain[:-1]) \
            and not any(w.text == ":" for w in top.doc[min(top.i, top.head.i):max(top.i, top.head.i)]):
        # (not across a colon: "Believe it: Chicago Cubs win the World Series")
        # "I don't believe that Putin is ready to return", "if both sides admit that they have exhausted
        # their forces": a statement its speaker does not make is no report of its content
        said, said_cue, said_hedged = trigger_status(top.head, lex, None, _depth + 1)
        if said in ("denied", "hypothetical") or said_hedged:
            found["possible"] = said_cue or top.head.text
    if (cmd := _imperative(trigger)) is not None:
        found.setdefault("hypothetical", cmd.text)  # "Say a prayer America", "Hold on to each other": asked for
    if trigger.dep_ in ("relcl", "acl") and trigger.tag_ == "VB" and trigger.head.lower_ in lex.indefinite_objects \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        found.setdefault("hypothetical", trigger.head.text)  # "found nothing to change its position"
    if not found and _headline_infinitive(trigger, lex):
        found["planned"] = "to"  # "UN Security Council to meet Thursday", "US to send tanks, Pentagon says"
    hedged = "hypothetical" in found or "possible" in found
    if not hedged and trigger.pos_ != "VERB" and trigger.dep_ in ("dobj", "nsubjpass") \
            and trigger.head.pos_ == "VERB":  # "could order a new offensive": as hedged as its verb
        hedged = trigger_status(trigger.head, lex, None, _depth + 1)[2]
    for status in ("denied", "hypothetical", "planned"):
        if status in found:
            return status, found[status], hedged
    progressive = pred
    while progressive.tag_ == "VBG" and progressive.dep_ == "conj" and progressive.head.tag_ == "VBG" \
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in progressive.children):
        progressive = progressive.head  # "is threatening its security, squeezing its economy": the same "is"
    if pred.tag_ == "VBG" and any(c.dep_ == "aux" and plain_word(c.lower_) in PROGRESSIVE_AUX for c in progressive.children):
        aux = next(c.text for c in progressive.children if c.dep_ == "aux" and plain_word(c.lower_) in PROGRESSIVE_AUX)
        if _at_coming_end(pred, lex):  # "is retiring at the end of the season": a plan, not under way
            return "planned", aux, hedged
        return "ongoing", aux, hedged
    if (trigger.pos_ != "VERB" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of"
            and trigger.head.head.lemma_.lower() in lex.kind_nouns and trigger.head.head.i != trigger.i):
        return trigger_status(trigger.head.head, lex, sent_text_tense, _depth + 1)  # "some sort of treaty will be struck"
    if trigger.pos_ != "VERB" and trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN" and pred.i == trigger.i:
        status, cue, head_hedged = trigger_status(trigger.head, lex, sent_text_tense, _depth + 1)
        if status != "happened" or head_hedged:  # "explosions and fire may be dangerous": as its head
            return status, cue, head_hedged
    if trigger.pos_ != "VERB" and pred.i == trigger.i:
        gov = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else None
        if gov is not None and _anchor_prep(trigger.head, lex):
            gov = None  # "will withdraw from Russia following the invasion": the invasion is no plan
        if trigger.dep_ == "dobj":  # "to arrange the deal": the deal is as planned as arranging it
            gov = trigger.head
            if _existing(trigger, lex) and gov.lemma_.lower() not in lex.support_verbs:
                gov = None  # "efforts to legitimate the attempted annexation": the annexation took place
        if gov is not None and gov.pos_ in ("VERB", "AUX") and gov.i != trigger.i:
            # "will annex ... at a ceremony": the ceremony is as planned as the annexation
            status, cue, hedged = trigger_status(gov, lex, None, _depth + 1)
            if status in ("planned", "hypothetical"):
                return status, cue, hedged
        elif trigger.head.i == trigger.i and sent_text_tense == "FUTURE":  # a verbless line: "Referendum tomorrow"
            return "planned", "future tense", False
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ in TIME_PREPOSITIONS \
            and trigger.head.head.pos_ in ("VERB", "AUX") and trigger.head.head.i != trigger.i:
        status, cue, gov_hedged = trigger_status(trigger.head.head, lex, None, _depth + 1)
        if status == "planned":  # "will make his final appearance after reaching his 250th start"
            return status, cue, hedged or gov_hedged
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ in lex.means_preps \
            and trigger.head.head.pos_ in ("VERB", "AUX") and trigger.head.head.i != trigger.i:
        status, cue, gov_hedged = trigger_status(trigger.head.head, lex, None, _depth + 1)
        if status in ("planned", "hypothetical"):  # "should show solidarity by inviting Sandu": not done
            return status, cue, hedged or gov_hedged
        if gov_hedged:
            return "happened", cue, True
    return "happened", None, hedged


SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


def _phrasal(verb: Token, cues: dict[tuple[str, str], str]) -> str:
    """The lemma of a verb as the cues know it, with its particle when they know that ("call off",
    "rule out": not "call")."""
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{lemma} {prt}" if prt and ("head", f"{lemma} {prt}") in cues else lemma


def same_speaker_goes_on(verb: Token) -> bool:
    """A reporting verb in the simple past whose subject is a personal pronoun ("But he insisted ...",
    "She added ..."): in the sentence right after a dated statement, the same statement goes on."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("ROOT", "conj") or any(c.dep_ in ("aux", "auxpass", "mark")
                                                                     for c in verb.children):
        return False  # not "a week after he revealed ...": a clause of time or a relative clause
    return any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in verb.children)


def _named_object(noun: Token) -> bool:
    """Whether a verb only names what its object was: "called the meeting 'excellent'", "called the meeting
    an honor", 'called the talks "a disaster"' (a naming complement, or a quoted apposition): it plans nothing."""
    if any(c.dep_ == "oprd" for c in noun.head.children):
        return True
    return any(c.dep_ == "appos" and c.i > noun.i and any(w.is_quote for w in noun.doc[noun.i + 1:c.i])
               for c in noun.children)


UNTIL = frozenset({"until", "till", "til"})


def _denied_subject(verb: Token, cues: dict[tuple[str, str], str]) -> Token | None:
    """The subject that says the verb's event did not take place ("None of them sanctified it",
    "no referendums were held", "nobody was hurt": ``status_cues.tsv``, place ``subj``), else None."""
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if cues.get(("subj", subject.lower_)) == "denied":
            return subject
        for det in subject.children:  # "no referendums", "Neither the Russians nor the Ukrainians confirm"
            if det.dep_ in ("det", "preconj") and cues.get(("subj", det.lower_)) == "denied":
                return det
    return None


def _conditional_phrase(trigger: Token, lex: Lexicon) -> str | None:
    """The phrase that names an event noun only as a possibility ("in the event of an invasion", "in
    case of a conflict": ``conditional_phrases.txt``), else None."""
    if trigger.pos_ == "VERB" or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return None
    noun = trigger.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    phrase = " ".join(t.lower_ for t in trigger.doc[noun.head.i:trigger.head.i + 1])
    return phrase if phrase in lex.conditional_phrases else None


def _anchor_prep(prep: Token, lex: Lexicon) -> bool:
    """Whether a preposition presents its event noun as already real ("following the invasion", "since the
    attack", "because of the war": ``anchor_preps.txt``, one word or the word before and the preposition)."""
    if prep.lower_ in lex.anchor_preps:
        return True
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return f"{before} {prep.lower_}" in lex.anchor_preps


def plain_word(word: str) -> str:
    """A word with typographic apostrophes made straight ("won’t" → "wo", "n't")."""
    return word.replace("’", "'").replace("‘", "'")


def _finite_past(verb: Token) -> bool:
    """A simple past ("as the attack began") or a past passive ("after they were contacted")."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)


def _existing(noun: Token, lex: Lexicon) -> bool:
    """Whether an event noun is presented as one that already exists: a past participle or a
    modifier of ``realized_modifiers.txt`` ("the attempted annexation", "the recent attack") or a
    possessor ("Russia's annexation")."""
    return any(c.dep_ == "poss" or (c.dep_ == "amod" and (c.tag_ == "VBN" or c.lower_ in lex.realized_modifiers))
               for c in noun.children)


def is_reporting(t: Token, lex: Lexicon) -> bool:
    """A speech-act verb ("said", "emphasized", "pointed out": ``reporting_verbs.txt``)."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    if any(c.dep_ == "auxpass" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.dep_ == "pobj" for g in c.children)
            for c in t.children) and not any(c.dep_ == "ccomp" for c in t.children):
        return False  # "was admitted to hospital", "referred to a specialist": taken somewhere, no speech
    if lemma == "add" and any(c.dep_ == "dobj" for c in t.children) and not any(
            c.dep_ in ("ccomp", "parataxis") for c in t.children):
        return False  # "added a fourth goal", "adding $200 billion to its value": a sum grown, no speech
    return lemma in lex.reporting_verbs or any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.reporting_verbs for c in t.children)
