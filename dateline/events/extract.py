"""``extract_events``: event mentions of one parsed article, with participants, time and status.

Sentence by sentence, every trigger (``roles.is_trigger``) becomes an :class:`EventMention`:

* **when** — a DATE/TIME expression attached to the trigger in the parse (walking up from the
  expression's head, the first trigger reached governs it; an expression hanging from a light verb
  goes to that verb's event-noun subject or object: "a ceremony will take place on Friday"), else
  one inherited from the trigger it is the ``xcomp``/``conj`` of, for an event noun the one of
  its participle ("an agreement reached in 1991"), else an expression of the
  sentence governed by no trigger (anchor "timex"). Without one, an event inside a statement
  (the complement of a reporting verb) takes the statement's date, and a reporting verb the
  article date (anchor "reported"); anything else gets the article date (anchor "article", weak).
  A trigger the text dates only relative to another event ("One year later he was fired", "later
  revealing", "Back then", "After 12 days", and the adjuncts of such a trigger: "after staging
  referendums") inherits nothing and is marked ``relative``: its article date is not its date.
  A simple-past verb never takes a date after the article's ("announced Friday" resolved to the
  next Friday is a time-tagging error, not the event's date).
* **status** (:func:`.status.trigger_status`) — from cues in ``status_cues.tsv`` placed in the parse: a negation → denied; a modal
  or "if" → hypothetical; "will", "is to", "plans to", "is preparing [sanctions]", "upcoming"
  → planned; a present progressive → ongoing; a date after the article date → planned;
  else happened. An event noun takes the status of the verb it is the subject or object of
  ("will cancel the parade", "the parade was canceled" → denied; "no plans to hold" → denied).
  "would" in the statement of a past reporting verb, with no condition, is a future in the past
  ("announced the U.S. would support") → planned; a future with an "if" clause is hypothetical
  ("will be adjusted if ..."); a past clause with its own subject ("as the attack began"), a
  finite conjunct of a bare verb ("does not strive ... and still attacks") and a conjunct clause
  with its own subject ("has not condemned ..., and its media blame") keep their own status, and
  so does an event noun presented as existing ("the attempted annexation", ``realized_modifiers.txt``)
  as the object of a planned verb that is no support verb ("efforts to legitimate ...").
* **type** — ``event_types.tsv`` (PLOVER-like), STATEMENT for reporting verbs, else OTHER; a
  support verb takes its object's type ("impose sanctions"). **plover** — the type as PLOVER codes
  it given the status (``type_modality.tsv``: "will withdraw" AGREE, "would attack" THREATEN).
  The words around a trigger can decide its type first (``context.context_type``,
  ``contextual_types.tsv``: "struck a deal" AGREE, "strikes on Crimea" ASSAULT).
* **score** — 1.0 for an event worth a timeline; lower for light verbs, state participles
  ("related to"), passing mentions ("since the Olympics", "the war"), goals ("to eliminate ..."),
  phase and intent verbs ("have begun", "plans to"), statives and questions, hedged events (a
  modal, a condition, "can", "need to", or asked for: "must withdraw", "would not help", "if NATO
  intervenes", "urged Berlin to send"), habits and general truths ("wars destroy lives", "often
  travel"), gerunds of activity ("dedicated to fighting") and event nouns inside the phrase of
  another noun ("the experience of the invasion"); also for events said not to happen ("goals
  have not changed"), poll findings ("73% of respondents blaming Russia"), verbs that only begin or
  follow the event their subject names ("as the attack began"), reporting verbs that only introduce
  a direct quotation ("'...,' the minister wrote", ``quoted.quote_report``) and undated views and
  forecasts inside quotations ("his red lines keep evaporating", ``quoted.quoted_view``); see
  ``_score`` and its ``score_why`` values.
  Lines of web-page furniture ("ADVERTISEMENT", ``boilerplate.txt``; "Enter your email",
  ``boilerplate_phrases.txt``; a line in capitals inside running text, a link to another article)
  yield no mention; a sub-heading inside the text ("heading": "Voting at gunpoint") and a verb that
  only credits the source ("credit": "..., BelTA has learned") score ``ASIDE_SCORE``
  (``furniture``). Round 5 status rules: a denying subject ("None of them recognized", "no
  referendums were held"), a condition phrase ("in the event of an invasion",
  ``conditional_phrases.txt``), the complement of a statement not made ("I don't believe that
  ...", "if they admit that ...": hedged), a noun joined to a hedged one ("explosions and fire may").
* **round 6** — a short line without a full stop is a heading or a caption even with a verb
  (``furniture.heading_line``: "Kadyrov is threatening"); in an opinion piece (``furniture.opinion_piece``)
  an event without a time expression scores ``ASIDE_SCORE`` ("opinion"); a past sentence right after a
  chronicle's day long before the article ("On February 20, 2014, ...") takes that day, and month-days
  without a year in the chronicle its year (``narrative``); "at the time" takes the date of its sentence;
  a past verb told again with the same named subject ("The EU agreed ...") takes the day a sentence
  before gave it in the week of the news, and a later undated statement in the simple past the day a
  statement of the lead gives ("The Pentagon announced Monday ... Kahl said at a briefing"); a present
  conjunct clause with its own subject inherits no date from the clause before it; "recently" and "a
  recent attack" put the event before its date (``before_anchor``); "in an attempt to ..." names a goal;
  a toll counted up to now ("has claimed 14,000 lives since 2014") scores ``ASIDE_SCORE`` ("tally").
* **round 7** — a date after "since" (also a day inside a possessive: "since Wednesday's close") dates
  only an event that lasts from it ("has raged since 2022", ``lasting_verbs.txt``); others happened
  after it and take no date from it ("their first talks since October"); a date written right after a
  reporting verb is the statement's even when the parser hangs it on the complement ("said on Saturday
  he had discussed"); a time clause ("weeks after Moscow launched its invasion", ``clause_marks.tsv``)
  takes no date from its main clause and an earlier one is ``before_anchor``; a verb takes the date the
  parser hung on its object ("launched an operation early on Thursday morning"); a statement noun of
  the lead ("an interview on Friday") and verbs of speech with an object ("pointed to",
  ``briefing_verbs.txt``) join the lead-statement rule; "the talks" told again take the day of the
  talks; a date describing the subject dates no event ("the 2024 contender called"); tolls "had been
  killed so far" and "100,000 people have crossed since"; credits "a memo obtained by Reuters"
  (``credit_participles.txt``); the conjunct of a habit is a habit ("shell and bomb"); "aimed at
  keeping" names a goal (``goal_frames.txt``); "let's say" is no statement.
* **round 8** (general news) — a relative clause on a date takes that date ("since 1959, when two
  passengers died when a tram caught fire": 1959, not the article's day); a chronology written in running
  text ("March 18, 2009: Clinton stops using ...") dates the words after each item date, up to the next
  one, a quotation or a sentence in the past (``items``); a main clause without a date takes its
  "when" clause's ("were injured when the tram left the track on Wednesday"); a named day beats a bare
  "the morning"; a time clause of a light verb dates its main event only ("pledged to overturn the law
  after he takes office in January"); a date inside a statement's copular complement dates no statement
  ("said he was on the tram on 31 October") and neither does the standard of a comparison ("than in
  2008"); a reporting verb of a pronoun right after a dated statement is that statement ("Obama
  yesterday admitted ... But he insisted ..."); "in an effort/order/a bid to" name goals; "called the
  meeting 'excellent'" plans no meeting; a gerund after a planned event is planned ("will retire after
  reaching ..."); a noun that speaks ("the campaign said") is no event; copyright lines are furniture;
  "pictured" is no event.
* **round 9** (general news) — buttons glued into a sentence ("Click to share on Twitter (Opens in new
  window)", :mod:`dateline.furniture`) and compounds or idioms read as verbs ("left fielder", "email address",
  ``non_event_compounds.txt``; "hit home", ``idiom_phrases.txt``) are no triggers; an "as"/"while" clause
  with its own subject dates an undated simple past like a "when" clause; "my October 28, 2016 letter that
  notified you" dates the letter's relative clause, not the governing verb; a statement does not own words
  before the quotation it closes ("X showed support 'We ...,' they said in May"); "each time", "in each of"
  make a habit (``context.distributive``); "is about to", "is retiring at the end of the season" are planned,
  an infinitive on "nothing" and a command ("Say a prayer", "Please verify") hypothetical.
* **place** — the place mention the parse attaches to the trigger as its setting, not as an actor
  (``place.event_place``: "killed seven people in Lviv", but not "Ukraine's leader is urging").
* **round 10** — an event told again without a date takes the date the article gives the same event
  elsewhere, before or after it ("the crash on Wednesday ... the tram which crashed"; "won the election"
  after "Tuesday's election"): :mod:`dateline.events.retold`, its word lists ``retold_*.txt``/``.tsv``.
* **round 11** (wire news 1994-2007) — the base of a comparison dates no change ("rising 266,000 from the
  same period of last year", ``comparison_preps.txt``, ``change_words.txt``); a date in a participle or a
  relative clause of a light verb on a noun ("the Bogor Goals made in 1994", "Germany, which takes over on
  January 1") is that noun's (when it is an event) and no other event's; the anonymity formulas of wire
  attribution ("who declined to give his name", ``anonymity_phrases.txt``) are no events; an absolute
  "with" clause with its own subject ("..., with Mandelson saying ...") takes its main clause's date;
  "went on to say" is done ("go" is planned only in "is going to", ``progressive_cues.txt``); "The
  minister is to visit" is a future, only "The aim is to help" a goal (``goal_nouns.txt``); "requires
  departments to improve" is asked for; "discussions had failed to resolve" took place.
* **round 12** (Ukraine-war news, much of it machine-translated) — the speaker after a dash attribution
  ("... - said the politician.", ``speaker_after_verbs.txt``, ``roles.inverted_speaker``) is the agent;
  "Neither X nor Y confirm" denies; a gerund of means ("should show solidarity by inviting", ``means_preps.txt``)
  shares its verb's plan or condition; an event noun after "following", "since", "because of" is no plan
  (``anchor_preps.txt``); a date right after the event noun a verb of reference names ("referred to the
  rebellion ... in 2014", "Speaking of last week's meeting", ``reference_verbs.txt``) is that noun's; the
  lead-statement rule reaches 120 tokens into the story; a support verb's participle on its event noun ("a
  discussion conducted with Truss", ``support_participles.txt``) is no second event; a conjunct of a
  progressive ("are shelling and destroying") is ongoing too; the place and agency of a wire dateline
  ("MINSK, 7 May (BelTA) –", the quotes layer's ``datelines.txt``) are no participants; an event noun
  right after "called for", "is preparing for" (``request_preps.txt``) is planned, as the object of "demand".
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.marks import find_quoted
from dateline.quotes.lexicon import load as quote_lexicon
from dateline.quotes.lexicon import wire_datelines
from dateline.time import as_date, sentence_tense
from dateline.time.narrative import paragraph_of, paragraphs
from dateline.time.values import interval as interval_of

from .context import (
    background_noun,
    boilerplate,
    complement_verb,
    context_type,
    cumulative_tally,
    discourse_report,
    generic_present,
    generic_source,
    gerund_activity,
    habitual,
    phase_of_event,
    poll_subject,
    purpose_clause,
    question,
    shouting,
    stance_object,
    state_participle,
    time_reference,
)
from .furniture import (
    anonymity_spans,
    furniture_spans,
    heading_line,
    in_spans,
    opinion_piece,
    source_credit,
    word_prefix,
)
from .items import item_date, item_dates, present_item
from .lexicon import Lexicon, load
from .model import EventMention
from .narrative import coming_weekday, opens_narrative, past_form, previous_year
from .place import event_place
from .quoted import QuoteIndex, quote_report, quoted_spans, quoted_view
from .retold import date_retold
from .roles import EntityIndex, as_entities, default_entities, is_trigger, roles
from .status import MAX_CLIMB, is_reporting, plain_word, same_speaker_goes_on, trigger_status

# The dependencies through which a trigger without its own date takes the one of the trigger above
# it: "will work ... to impose", "was fired and founded Apple in 1985", "annex ... at a ceremony on Friday".
VERB_INHERIT = {"xcomp", "conj", "acl", "advcl"}
NOUN_INHERIT = {"conj", "pobj", "prep", "dobj", "nsubjpass", "appos"}
# A date after these bounds a stretch of time ("since February 24"): it dates the verb it hangs
# from, not the other events of the sentence.
BOUND_PREPOSITIONS = {"since", "until", "till", "before", "after", "by"}


def _span_head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _governor(tok: Token, triggers: set[int]) -> Token | None:
    """The trigger (or, failing that, the verb) an expression headed by ``tok`` hangs from."""
    cur = tok
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.i in triggers or cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


NAME_PARTICLES = frozenset({"do", "da", "de", "dos", "das", "del", "di", "du"})


def _name_particle(tok: Token) -> bool:
    """Is ``tok`` a particle inside a place or person name that the parser took for a verb ("Rio Grande
    do Sul", "Mato Grosso do Sul")?"""
    doc = tok.doc
    return (tok.lower_ in NAME_PARTICLES and tok.is_lower and 0 < tok.i < len(doc) - 1
            and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper()
            and doc[tok.i - 1].text[:1].isupper())


def _named_date(head: Token, gov: Token) -> bool:
    """Whether a time expression is (inside) the object of the verb it hangs from: a date named
    ("called May 9 Victory Day"), not the time of an event."""
    cur = head
    for _ in range(MAX_CLIMB):
        if cur.i == gov.i or cur.head.i == cur.i:
            return False
        if cur.dep_ in ("dobj", "oprd") and cur.head.i == gov.i:
            return True
        cur = cur.head
    return False


NAMING_VERBS = frozenset({"declare", "name", "designate", "proclaim", "dub", "make"})


def _declared_day(doc: Doc, timex: Any, gov: Token) -> bool:
    """Whether a date right after a verb of naming is the day it names, with the name after it ("declared
    Jan. 9 a national day of mourning", "designated Friday a holiday"), not the time of the naming."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc) or gov.lemma_.lower() not in NAMING_VERBS:
        return False
    return doc[span.start - 1].i == gov.i and doc[span.end].lower_ in ("a", "an", "the")


LEAD_MARKS = ("...", "…", ":", "—", "–", " -")


def _date_alone(sent: Span, timexes: Sequence[Any]) -> Any | None:
    """The date or time a sentence consists of, ending in an ellipsis, a colon or a dash
    ("Tomorrow...", "Monday:"), else None: a headline's lead-in that dates the sentence after it."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or not sent.text.rstrip().endswith(LEAD_MARKS):  # not a date line ("June 8, 2010")
        return None
    for t in timexes:
        if t.type in ("DATE", "TIME") and t.interval and \
                t.start <= words[0].idx and words[-1].idx + len(words[-1]) <= t.end:
            return t
    return None


def _bounding_prep(head: Token) -> Token | None:
    """The preposition whose object a time expression is, through the words that only modify that
    object: "since February 24", "since Wednesday's close" (the day inside a possessive), else None."""
    cur = head
    for _ in range(3):
        if cur.dep_ in ("pobj", "pcomp"):
            return cur.head if cur.head.dep_ == "prep" or cur.head.pos_ == "ADP" else None
        if cur.dep_ not in ("poss", "compound", "nmod", "amod", "nummod") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _outer_preps(head: Token, gov: Token) -> list[Token]:
    """The prepositions above a time expression's own one, on the way up to its governor ("down [from]
    57% in 2019", "the first time [since] the end of apartheid 30 years ago")."""
    out = []
    cur = head
    own = _bounding_prep(head)
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i or cur.head.i == gov.i:
            break
        cur = cur.head
        if cur.dep_ == "prep" and cur is not own:
            out.append(cur)
    return out


def _lasting(gov: Token, lex: Lexicon | None) -> bool:
    """Whether an event lasts from the date "since" gives: a progressive ("has been waging war since
    2014", "is fighting"), a verb of lasting states or activities ("has raged since 2022", ``lasting_verbs.txt``)
    or a state noun ("the occupation since 2014"). An
    event that is not ("shares rose, a gain of 3% since Wednesday's close", "their first talks since
    October") happened after that date, not on it."""
    if gov.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("been", "is", "are", "was", "were", "'s", "'re")
                                 for c in gov.children):
        return True
    if lex is None:
        return True
    word = gov.lemma_.lower()
    if word in lex.stative_verbs or word in lex.state_nouns:
        return True
    low = gov.lower_  # the tagger's lemma of "raged", "waged" is "rag", "wag"
    return any(w in lex.lasting_verbs for w in (word, low, low[:-1], low[:-2]) if w)


def _date_of_subject(head: Token, triggers: set[int]) -> bool:
    """Whether a time expression only describes the subject it modifies ("the potential Republican 2024
    contender called the war ...", "the 2022 budget was approved"): a modifier of a subject noun that is
    no event, with no punctuation between them."""
    noun = head.head
    if head.dep_ not in ("compound", "nmod", "amod", "nummod") or noun.pos_ != "NOUN" or noun.i in triggers:
        return False
    if noun.i < head.i or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(w.is_punct for w in head.doc[head.i + 1:noun.i])


def _dated_document(doc: Doc, timex: Any, triggers: set[int]) -> Token | None:
    """The noun a day's date describes between a possessive and that noun ("my October 28, 2016 letter",
    "the agency's March 3 report" when "report" is no trigger): the date of a thing made that day, not of
    the verb that governs it ("I write to supplement my October 28 letter"). None otherwise."""
    if timex.type != "DATE" or len(timex.value) < 10 or not timex.value[:4].isdigit():
        return None
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return None
    before, noun = doc[span.start - 1], doc[span.end]
    if before.tag_ not in ("PRP$", "POS") or noun.tag_ not in ("NN", "NNS") or noun.i in triggers:
        return None
    return noun


def _attach_timexes(doc: Doc, sent: Span, timexes: Sequence[Any], triggers: set[int],
                    lex: Lexicon | None = None) -> tuple[dict, list]:
    """Map trigger index -> its time expressions, and the sentence's ungoverned expressions. A date
    after "since" dates only an event that lasts from it (``_lasting``)."""
    attached: dict[int, list[Any]] = {}
    loose: list[Any] = []
    for t in timexes:
        if not (sent.start_char <= t.start and t.end <= sent.end_char):
            continue
        if t.type not in ("DATE", "TIME") or not t.interval:
            continue
        head = _span_head(doc, t.start, t.end)
        for c in _date_relatives(doc, t, triggers):  # "since 1959, when two passengers died": 1959
            attached.setdefault(c.i, []).append(t)
        gov = _governor(head, triggers) if head is not None else None
        if gov is not None and _name_particle(gov):
            # "return to Rio Grande do Sul state over the weekend" with "do" parsed as a verb: the verb
            # before the name is the one the date belongs to
            gov = next((doc[k] for k in range(gov.i - 1, sent.start - 1, -1)
                        if k in triggers and doc[k].pos_ == "VERB"), None)
        if gov is not None and lex is not None and gov.head.i != gov.i and gov.head.i in triggers and any(
                c.dep_ == "mark" and c.lower_ in lex.clause_marks and t.end <= c.idx for c in gov.children):
            gov = gov.head  # "In April 2022, weeks after troops withdrew, ...": the main clause's date
        if gov is not None and gov.i not in triggers and _named_date(head, gov):
            continue  # a date named, not the time of an event: "called May 9 Victory Day"
        if gov is not None and head is not None and _declared_day(doc, t, gov):
            continue  # "declared Jan. 9 a national day of mourning": the day declared, not the time of it
        noun = _dated_document(doc, t, triggers)
        if noun is not None:  # "supplement my October 28, 2016 letter that notified you": the letter's date
            for c in noun.children:
                if c.dep_ == "relcl" and c.i in triggers:
                    attached.setdefault(c.i, []).append(t)
            continue
        if head is not None and _date_of_subject(head, triggers):
            continue  # a date that describes who or what acts, not the time of an event: "the 2024 contender"
        if head is not None and lex is not None and re.fullmatch(r"\d{4}", str(t.value)) \
                and head.dep_ in ("nummod", "compound", "amod", "nmod") and head.head.i > head.i \
                and head.head.lower_ in lex.dated_things and head.head.i not in triggers:
            continue  # a thing's year, not the time of the verb: "imposed under a 1977 emergency-powers law"
        if head is not None and head.dep_ == "poss" and head.head.i not in triggers:
            continue  # the owner of a thing, not the time of an event: "exceeding last year's total"
        prep = _bounding_prep(head)
        if prep is not None and lex is not None and _comparison_base(prep, gov, lex):
            continue  # "rising 266,000 from the same period of last year": the base of a change, no time of it
        outer = _outer_preps(head, gov) if head is not None and gov is not None else []
        if lex is not None and any(_comparison_base(p, gov, lex) for p in outer):
            continue  # "won 40% of the vote, down from 57% in 2019": the base's own date
        if gov is not None and gov.i in triggers and any(p.lower_ == "since" for p in outer) \
                and not _lasting(gov, lex):
            continue  # "lost its majority for the first time since the end of apartheid 30 years ago"
        bound = prep is not None and prep.lower_ in BOUND_PREPOSITIONS
        if gov is None:
            if not bound:
                loose.append(t)
        elif gov.i in triggers:
            if bound and prep.lower_ == "since" and not prep.is_ancestor(gov) and not _lasting(gov, lex):
                continue  # "a gain of $2.46 since Wednesday's close": it happened after that day
            if lex is not None and (noun := _referred_event(gov, prep, triggers, lex)) is not None:
                attached.setdefault(noun.i, []).append(t)  # "referred to the rebellion ... in 2014": the rebellion's
                continue
            attached.setdefault(gov.i, []).append(t)
        else:  # a light verb: "a ceremony will take place on Friday", "elections were held in May"
            nouns = [c for c in gov.children if c.i in triggers and c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            verbs = [c for c in gov.children if c.i in triggers and c.dep_ in ("xcomp", "ccomp", "conj")]
            targets = nouns or verbs[:1]
            if targets:
                for c in targets:
                    attached.setdefault(c.i, []).append(t)
            elif (gov.dep_ == "relcl" or (gov.dep_ == "acl" and gov.tag_ == "VBN")) \
                    and gov.head.pos_ in ("NOUN", "PROPN"):
                # "renew their commitment to the Bogor Goals made in 1994": the date of the thing the noun
                # names; it dates that noun when it is an event ("the elections that were held in May")
                if gov.head.i in triggers:
                    attached.setdefault(gov.head.i, []).append(t)
            elif gov.dep_ == "advcl" and gov.head.i in triggers and lex is not None and any(
                    c.dep_ in ("mark", "advmod") and (c.lower_ in lex.clause_marks or c.lower_ == "when")
                    for c in gov.children):
                # "pledged to overturn the law after he takes office in January": the time of the clause's
                # event, not of the pledge
                attached.setdefault(gov.head.i, []).append(t)
            elif gov.dep_ == "ccomp" and gov.head.i in triggers and gov.lemma_ == "be":
                # "said he was on the tram on 31 October": the date of what was said, not of saying it;
                # it dates only the events of the statement ("say is a response to strikes earlier this
                # month which killed 30")
                for c in gov.subtree:
                    if c.i in triggers and c.tag_ not in ("VBZ", "VBP"):  # not "the day Russia celebrates"
                        attached.setdefault(c.i, []).append(t)
            elif not bound and not _comparison(head, gov):
                # "since February 24" is where something starts, no date for the others; "more access than
                # they had in 2008": the standard of a comparison, no date for the others either
                loose.append(t)
    return attached, loose


def _referred_event(verb: Token, prep: Token | None, triggers: set[int], lex: Lexicon) -> Token | None:
    """The event noun a verb of reference names as its object when a time expression's preposition comes
    right after that object ("he referred to the rebellion of pro-Russian separatists in 2014", "recalled the
    invasion in 2014": ``reference_verbs.txt``): the date is the referred event's, not the referring's.
    None otherwise."""
    if prep is None or prep.head.i != verb.i:
        return None
    for noun in _referred_objects(verb, lex):
        if noun.i in triggers and noun.pos_ == "NOUN" and noun.i < prep.i and noun.right_edge.i + 1 == prep.i:
            return noun
    return None


def _referred_objects(verb: Token, lex: Lexicon) -> list[Token]:
    """What a verb of reference (``reference_verbs.txt``) refers to: its object, or the object of a
    preposition right after it ("referred to the rebellion"; for a "verb preposition" line such as "speak of",
    only after that preposition: "Speaking of last week's meeting"), not of its other phrases ("During
    Tuesday's speech, Putin - referring to ... -"). Empty for other verbs."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")] if lemma in lex.reference_verbs else []
    return objects + [g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1
                      and (lemma in lex.reference_verbs or f"{lemma} {c.lower_}" in lex.reference_verbs)
                      for g in c.children if g.dep_ == "pobj"]


def _date_relatives(doc: Doc, timex: Any, triggers: set[int]) -> list[Token]:
    """The trigger verbs of relative clauses that hang on a date ("since 1959, when two passengers died",
    "in 2008, when the Oval Office last changed hands", "the year that the war began"): that date is
    their time, whatever the main clause's date."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return []
    return [c for w in span for c in w.children
            if c.dep_ == "relcl" and c.i in triggers and not (span.start <= c.i < span.end)
            and next(iter(c.subtree)).lower_ in ("when", "that")]


def _day_honoured(doc: Doc, timex: Any, lex: Lexicon) -> bool:
    """Whether a date is the day an event honours ("on the occasion of Victory Day", "to mark Independence
    Day", ``tribute_words.txt``) rather than the time of the event."""
    head = _span_head(doc, timex.start, timex.end)
    if head is None:
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lemma_.lower() in lex.tribute_words and head.head.head.pos_ == "NOUN"
    return head.dep_ == "dobj" and head.head.tag_ in ("VB", "VBG") and head.head.lemma_.lower() in lex.tribute_words


def _bare_after_past(t: Token) -> bool:
    """A bare verb joined to a past one ("note that the regions were annexed in 2014 and avoid ...", "departed
    on Tuesday and will sail to Djibouti"): a new clause or a later act, so it does not take the past one's
    date ("found ... and did not share" does)."""
    return t.dep_ == "conj" and t.tag_ == "VB" and t.head.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" for c in t.children)


#: how many joined verbs a verb may share its date with
MAX_CONJUNCTS = 8


def _shared_conjunct_date(t: Token, chosen: dict[int, tuple[Any | None, str]],
                          attached: dict[int, list[Any]]) -> Any | None:
    """The date of the next verb when two verbs share everything but the verb ("the areas they invaded and
    annexed eight years ago", "was arrested and charged on Friday"): the first verb has nothing after it
    but the "and", the second verb has no subject of its own and the same form, and the date comes after
    the second verb. None otherwise ("resigned last year and joined Google in March" keeps its own date;
    "left Apple and founded NeXT in 1985" has its own object, so the date is the second verb's only)."""
    # the verbs joined to it (on it or on each other), walked down the conj links only: a subtree walk
    # would make a sentence of endless nested clauses quadratic
    chain: list[Token] = []
    frontier = [c for c in t.children if c.dep_ == "conj" and c.i > t.i]
    while frontier and len(chain) < MAX_CONJUNCTS:
        c = frontier.pop()
        if c.pos_ == "VERB":
            chain.append(c)
        frontier += [g for g in c.children if g.dep_ == "conj" and g.i > c.i]
    chain.sort(key=lambda c: c.i)
    prev = t
    for c in chain:
        if any(w.i > prev.i and w.dep_ not in ("cc", "conj", "punct") for w in prev.children):
            return None
        if any(not (w.is_punct or w.lower_ in ("and", "or")) for w in t.doc[prev.i + 1:c.i]):
            return None
        if c.tag_ != t.tag_ or any(w.dep_ in ("nsubj", "nsubjpass", "expl") for w in c.children):
            return None
        if c.i in attached and c.i in chosen and chosen[c.i][1] == "timex":
            found = chosen[c.i][0]
            return found if found is not None and found.start >= c.idx else None
        prev = c
    return None


def _relative_of_date(t: Token, chosen: dict[int, tuple[Any | None, str]], attached: dict[int, list[Any]],
                      doc: Doc) -> Any | None:
    """The date of the relative clause on a date that a trigger is part of ("since 1959, when the
    driver died when a tram caught fire after a collision": caught, collision -> 1959), else None."""
    cur = t
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "relcl" and cur.i in chosen and cur.i in attached:
            found = chosen[cur.i][0]
            return found if found is not None and found.start <= cur.head.idx < found.end else None
        if cur.dep_ not in ("advcl", "conj", "xcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass"):
            return None
        cur = cur.head
    return None


def _comparison_base(prep: Token, gov: Token | None, lex: Lexicon) -> bool:
    """Whether a time expression is the base a change is measured against ("rising 266,000 vehicles from
    the same period of last year", "an increase of 29.69 percent over the same period last year", "compared
    with a year earlier"): the object of a preposition of ``comparison_preps.txt`` on a word of change
    (``change_words.txt``), or of a "verb preposition" pair of that list ("compared with")."""
    if f"{prep.head.lemma_.lower()} {prep.lower_}" in lex.comparison_preps:
        return True
    if prep.lower_ not in lex.comparison_preps:
        return False
    words = {prep.head.lemma_.lower(), prep.head.lower_}
    if gov is not None:
        words |= {gov.lemma_.lower(), gov.lower_}
    return bool(words & lex.change_words)


def _comparison(head: Token, gov: Token) -> bool:
    """Whether a time expression is inside the standard of a comparison ("than they were in 2008", "higher
    than in 2021"): "than" marks the clause it hangs from, or heads it."""
    if any(c.dep_ in ("mark", "prep") and c.lower_ == "than" for c in gov.children):
        return True
    cur = head
    for _ in range(MAX_CLIMB):
        if cur.i == gov.i or cur.head.i == cur.i:
            return False
        if cur.lower_ == "than":
            return True
        cur = cur.head
    return False


def _day_of(t: Any) -> Any:
    """A time expression of a clock time or a part of a day as its day: the statements told after it
    are of that day, not of that hour."""
    value = str(getattr(t, "value", ""))
    if t.type != "TIME" or not re.match(r"\d{4}-\d\d-\d\dT", value):
        return t
    day = value[:10]
    return dataclasses.replace(t, type="DATE", value=day, interval=(day, day)) if dataclasses.is_dataclass(t) else t


def _days(t: Any) -> int:
    try:
        return (dt.date.fromisoformat(t.interval[1][:10]) - dt.date.fromisoformat(t.interval[0][:10])).days
    except (TypeError, ValueError):
        return 1 << 20


# a part of the day that names no day of its own: "left the track during the morning rush hour ... on Wednesday"
BARE_PARTS_OF_DAY = frozenset({"the morning", "the afternoon", "the evening", "the night"})


def _closest(trigger: Token, items: list[Any]) -> Any:
    """The most precise expression (a day before a year: "Yesterday, at this year's conference, ..."),
    a named day before a bare part of the day ("during the morning rush hour ... on Wednesday"), then
    the nearest."""
    a, b = trigger.idx, trigger.idx + len(trigger)
    return min(items, key=lambda t: (_days(t), str(t.text).lower() in BARE_PARTS_OF_DAY,
                                     min(abs(t.start - b), abs(a - t.end))))




LIGHT_SCORE = 0.5  # a light verb: "have", "use"
STATE_SCORE = 0.2  # a participle naming a state: "related to", "Kyiv-based"
PASSING_SCORE = 0.3  # an event noun that only places something in time: "since the Olympics"
ASIDE_SCORE = 0.4  # a goal, a phase verb, a setting, a long state or a question: see ``_score``


def _score(t: Token, lemma: str, dated: bool, lex: Lexicon, *, hedged: bool = False,
           reporting: bool = False, status: str = "happened", triggers: frozenset[int] | set[int] = frozenset(),
           quotes: QuoteIndex | None = None, lede: bool = False, narrative: bool = False) -> tuple[float, str | None]:
    """How much the mention is worth to a timeline: 1.0; ``LIGHT_SCORE`` for a light verb;
    ``STATE_SCORE`` for a state participle ("issues related to", "Kyiv-based"); for an undated event
    noun or name mentioned in passing, ``PASSING_SCORE`` ("since the Olympics", "on day 48 of the
    war", "war crimes"), ``ASIDE_SCORE`` for a long state ("the crisis", ``state_nouns.txt``) or an event
    name that is the setting of another event ("at the Olympics") or a noun a copula predicates ("It
    was the right decision"); ``ASIDE_SCORE`` for a goal ("to eliminate ..."), a phase or intent verb
    ("have begun deploying", "plans to hold"), a stative verb ("relies on", ``stative_verbs.txt``)
    and anything in a question; ``ASIDE_SCORE`` for a hedged event ("must withdraw", "would not
    help", "if NATO intervenes"), an undated habit or general truth ("wars destroy lives", "often
    travel", ``context.generic_present``, ``context.habitual``) and an activity named by a gerund
    ("dedicated to fighting", "Securing the border would be", ``context.gerund_activity``); an undated
    event noun in the phrase of a noun that is no event ("the experience of Russia's invasion",
    ``context.background_noun``) or the subject of a habit ("Sanctions rarely change ...").
    ``ASIDE_SCORE`` also for an event said not to happen ("denied": "goals have not changed",
    "WWII didn't end with negotiations"), a poll's finding ("poll": "73% of respondents blaming
    Russia", ``context.poll_subject``), an undated verb that only begins, continues or ends the event
    its subject names ("phase": "as the attack began", ``context.phase_of_event``), a reporting verb
    that only introduces a direct quotation ("quote": "'...,' the minister wrote",
    ``quoted.quote_report``) and an undated event inside a quotation that reports nothing done
    ("quoted": "his red lines keep evaporating", "it's thawing", ``quoted.quoted_view``). The first
    sentence of a text (``lede``) is a standfirst whose present tells news ("Putin begins his fifth
    term"), not a general truth; nor is the present of a narrative that dates it relative to another
    event (``narrative``: "Days later he annexes the region").

    Returns the score and why it is below 1.0 (None when it is not): "light", "state", "passing",
    "aside" (a goal, phase, intent or stative verb, a setting, a long state, a question), "hedged",
    "denied", "habit", "activity", "poll", "phase", "quote", "quoted", "background", "credit" (a verb
    that only credits the source: "BelTA has learned", ``furniture.source_credit``), "support" (a support
    verb's participle that only carries its event noun: "a discussion conducted with Truss") or "tally" (a toll
    counted up to now: "has claimed 14,000 lives since 2014", ``context.cumulative_tally``); the caller
    adds "heading" for a sub-heading line and "opinion" for an undated event of an opinion piece."""
    in_quote = quotes is not None and not dated and quoted_view(t, quotes, status)
    if t.pos_ in ("VERB", "AUX"):
        if state_participle(t, lemma, lex):
            return STATE_SCORE, "state"
        if question(t.sent) or purpose_clause(t, lex) or complement_verb(t, lex) or lemma in lex.stative_verbs \
                or (reporting and (discourse_report(t) or generic_source(t, lex))):
            return ASIDE_SCORE, "aside"
        if source_credit(t, lex) or (t.tag_ == "VBG" and lemma in lex.credit_verbs and t.dep_ == "advcl"):
            return ASIDE_SCORE, "credit"  # "..., BelTA has learned", "..., citing an anonymous source"
        if cumulative_tally(t, lex):  # "Since 2014, the war has claimed 14,000 lives"
            return ASIDE_SCORE, "tally"
        if _carrier(t, lemma, lex, triggers):  # "a discussion conducted with Truss": the discussion is the event
            return ASIDE_SCORE, "support"
        light = "light" if lemma in lex.light_verbs else None
        if hedged:
            return ASIDE_SCORE, light or "hedged"
        if status == "denied":
            return ASIDE_SCORE, light or "denied"
        # a standfirst's present with a named subject tells news: "Vladimir Putin begins his fifth term"
        news = lede and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in t.children)
        news = news or narrative  # "Days later he annexes the region": a narrative present
        if habitual(t, lex) or (not reporting and not dated and not news and generic_present(t, lex)):
            return ASIDE_SCORE, light or "habit"
        if not dated and _habit_participle(t, lex):  # "the plains freeze, providing a stable area"
            return ASIDE_SCORE, light or "habit"
        if gerund_activity(t, lex):
            return ASIDE_SCORE, light or "activity"
        if poll_subject(t, lex):
            return ASIDE_SCORE, light or "poll"
        if not dated and phase_of_event(t, lex, triggers):
            return ASIDE_SCORE, light or "phase"
        if (reporting or lemma in lex.quote_verbs) and quotes is not None and quote_report(t, quotes):
            return ASIDE_SCORE, "quote"
        if in_quote:
            return ASIDE_SCORE, light or "quoted"
        return (LIGHT_SCORE, light) if light else (1.0, None)
    why = None
    if not dated:
        if time_reference(t, lex, lex.event_nouns):
            if not hedged:
                return PASSING_SCORE, "passing"
            why = "passing"
        elif (t.pos_ == "PROPN" and t.dep_ == "pobj") or lemma in lex.state_nouns or purpose_clause(t, lex) \
                or _purpose_noun(t, lex) \
                or question(t.sent) or (t.dep_ == "attr" and t.head.lemma_ == "be"):
            why = "aside"
    if not dated and t.dep_ == "nsubj" and t.head.tag_ in ("VBD", "VBZ", "VBP") and is_reporting(t.head, lex) \
            and lex.types.get(lemma) != "STATEMENT":
        why = why or "aside"  # "The campaign also said ...": who speaks, not an event (but "a statement said")
    if hedged:
        return ASIDE_SCORE, why or "hedged"
    if status == "denied" and _noun_denied(t, lex):
        return ASIDE_SCORE, why or "denied"
    if why:
        return ASIDE_SCORE, why
    if dated:
        return 1.0, None
    if in_quote:
        return ASIDE_SCORE, "quoted"
    if background_noun(t, lex) or stance_object(t, lex):
        return ASIDE_SCORE, "background"
    if t.dep_ == "dobj" and gerund_activity(t.head, lex):  # "the idea of holding a vote": an activity
        return ASIDE_SCORE, "activity"
    if _generic_subject(t, lex):
        return ASIDE_SCORE, "habit"
    return 1.0, None


def _carrier(t: Token, lemma: str, lex: Lexicon, triggers: frozenset[int] | set[int]) -> bool:
    """Whether a past participle of a support verb only carries the event noun it hangs on or that is its
    passive subject (``support_participles.txt``: "a discussion conducted with Truss", "The investigation
    was conducted by journalists"): one event, told by the noun."""
    if t.tag_ != "VBN" or lemma not in lex.support_participles:
        return False
    if t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" and t.head.i in triggers:
        return True
    return any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.i in triggers for c in t.children)


def _purpose_noun(t: Token, lex: Lexicon) -> bool:
    """An intent noun that only introduces a goal: "in an attempt to pressure Russia", "in a bid to
    end the war", "in an effort to calm markets" (the noun is a planned cue of ``status_cues.tsv``
    with an infinitive, in an "in" phrase): the infinitive is the goal, the noun no event."""
    return t.dep_ == "pobj" and t.head.lower_ == "in" and lex.status_cues.get(("head", t.lemma_.lower())) in (
        "planned", "hypothetical") and any(c.dep_ == "acl" and c.tag_ == "VB" for c in t.children)


def _habit_participle(t: Token, lex: Lexicon) -> bool:
    """A present participle without a subject that adds to a habit or general truth ("In winter, the
    plains freeze, providing a stable area for vehicles"): a habit as well."""
    head = t.head
    if t.tag_ != "VBG" or t.dep_ != "advcl" or head.i == t.i or head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children):
        return False
    return habitual(head, lex) or generic_present(head, lex)


def _noun_denied(t: Token, lex: Lexicon) -> bool:
    """Whether a denial bears on the event a noun names: "no talks", "did not hold talks", "the
    ceremony did not take place", "the talks did not begin" (a light, support or phase verb), but not
    "the joint statement did not name China" (the statement exists; only its content is denied)."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return True
    lemma = t.head.lemma_.lower()
    return lemma in lex.light_verbs or lemma in lex.support_verbs or lemma in lex.phase_verbs \
        or lemma in ("happen", "occur")


def _generic_subject(t: Token, lex: Lexicon) -> bool:
    """An event noun that is the subject or object of a habit or a general truth: "Sanctions rarely
    change the behaviour of autocrats", "Wars destroy lives", "all wars end with negotiations"."""
    verb = t.head
    if t.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif t.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if verb.pos_ != "VERB" or any(w.ent_type_ in ("DATE", "TIME") for w in verb.subtree):
        return False  # "The Olympics begin next week"
    return generic_present(verb, lex) or habitual(verb, lex)


def _lemma(t: Token, lex: Lexicon) -> str:
    lemma = t.lemma_.lower()
    if t.pos_ in ("VERB", "AUX") or lemma in lex.event_nouns or lemma in lex.contextual_heads:
        return lemma  # (a noun a row of contextual_types.tsv types: "military exercises")
    return t.lower_


SENSE = "~"  # told[SENSE + lemma]: the type the context gave a word earlier in the article


def _base_type(t: Token, lemmas: dict[int, str], lex: Lexicon, told: dict[str, str] | None = None) -> str:
    """The type its context gives the trigger ("struck a deal" AGREE, ``contextual_types.tsv``), else
    the lexicon's; a support verb takes the type of the event it carries ("impose sanctions",
    "launch an attack", "resume shelling", "launched a military operation"). A noun told again with
    "the" ("Israeli air strikes killed 40 ... the strikes began after midnight") takes the type of
    the last one told before in the article (``told``: lemma -> type, filled here)."""
    kind = context_type(t, lemmas[t.i], lex)
    if kind and kind != "-":
        if told is not None:
            if t.pos_ == "NOUN":
                told[lemmas[t.i]] = kind
            # one sense a story for a noun: "cut interest rates" (OTHER) ... "the fifth cut", "further cuts"
            told[SENSE + lemmas[t.i]] = kind
        return kind
    if told is not None and t.pos_ == "NOUN":
        if lemmas[t.i] in told and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children):
            return told[lemmas[t.i]]
        # the last one told is the one "the" points to
        told[lemmas[t.i]] = told.get(SENSE + lemmas[t.i]) or lex.types.get(lemmas[t.i], "OTHER")
    if told is not None and t.pos_ == "NOUN" and SENSE + lemmas[t.i] in told:
        return told[SENSE + lemmas[t.i]]  # (a verb's own object tells its sense: "released a report ... hostages")
    if t.pos_ == "VERB" and lemmas[t.i] in lex.support_verbs:
        for child in t.children:
            if child.dep_ not in ("dobj", "xcomp"):
                continue  # ("held the rate but warned that ...": a verb joined to it is an event of its own)
            if child.dep_ == "dobj" and child.i not in lemmas:  # "launched missile and artillery attacks"
                child = next((c for c in child.children if c.dep_ == "conj" and c.i in lemmas), child)
            if child.i in lemmas and child.i != t.i:
                carried = context_type(child, lemmas[child.i], lex) or lex.types.get(lemmas[child.i])
                if carried and carried != "-":
                    return carried
    return lex.types.get(lemmas[t.i], "OTHER")


def _modal_type(kind: str, status: str, cue: str | None, lex: Lexicon) -> str:
    """The type as PLOVER codes a stated intent, threat, demand or refusal (``type_modality.tsv``)."""
    for key, kinds, new in lex.modality:
        if kind in kinds and (key == status or (cue or "").lower() == key):
            return kind if new == "=" else new
    return kind


_BEFORE_PREPS = frozenset({"after", "following"})
# prepositions that set an event against another one, whose date is not its own
_RELATING_PREPS = frozenset({"since", "after", "before", "until", "till", "following", "than", "unlike"})


def _earlier(t: Token, lex: Lexicon | None = None) -> bool:
    """True when the text puts the event before the time it speaks from: past perfect ("had
    voted"), the object of "after"/"following" ("comes after the referendums"), or, given the
    lexicon, a word of ``earlier_words.txt`` on it ("recently said", "a recent attack"), a clause of
    "after" ("after Russia launched"), or a "when"/"as"/"while" clause of such an event ("had been halted
    when Russia accused")."""
    if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children):
        return True
    if lex is not None and any(c.dep_ in ("advmod", "amod") and c.lower_ in lex.earlier_words for c in t.children):
        return True
    if lex is not None and t.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and lex.clause_marks.get(c.lower_) == "earlier" for c in t.children):
        return True  # "Shortly after Russia launched its invasion, ...": before the main clause's time
    if lex is not None and t.dep_ == "advcl" and t.head.i != t.i and any(
            (c.dep_ == "advmod" and c.lower_ == "when") or (c.dep_ == "mark" and c.lower_ in lex.simultaneous_marks)
            for c in t.children) and _earlier(t.head, lex):
        return True  # "The project had been halted when Russia accused the companies": as early as its main clause
    return t.dep_ in ("pobj", "pcomp") and t.head.lower_ in _BEFORE_PREPS  # "after staging referendums"


def _distance_before_after(tok: Token) -> bool:
    """"before"/"after" measured by a distance: "two days before", "a year after"."""
    return tok.lower_ in ("before", "after") and any(c.dep_ == "npadvmod" for c in tok.children)


def _relative_to_narrative(trig: list[Token], lex: Lexicon) -> set[int]:
    """Triggers dated only relative to another event ("One year later he was fired and he founded
    NeXT", "later revealing ..."): a relative adverb (``relative_cues.txt``) hangs from the trigger,
    or from the trigger whose conjunct it is, or the trigger's clause starts with a distance and
    "before"/"after" ("two days before the phone launches")."""
    out: set[int] = set()
    for t in trig:  # sentence order: a conjunct comes after its head
        if any(c.lower_ in lex.relative_cues and (c.dep_ in ("advmod", "npadvmod") or (
                c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)))
               for c in t.children) or any(_relative_phrase(c, lex) for c in t.children):
            out.add(t.i)
        elif any(_distance_before_after(c) for c in t.children if c.dep_ == "mark") or (
                t.dep_ in ("pobj", "pcomp") and _distance_before_after(t.head)):
            out.add(t.i)  # "two days before the phone launches": a distance from another event's date
        elif t.dep_ == "conj" and t.head.i in out:
            out.add(t.i)
    for t in trig:  # "Days later he annexes the region after staging referendums": its adjuncts too
        if t.i not in out and _below_relative(t, out):
            out.add(t.i)
    return out


RELATIVE_INHERIT = frozenset({"advcl", "pcomp", "prep", "pobj", "dobj", "conj"})


def _below_relative(t: Token, relative: set[int]) -> bool:
    """Whether a trigger hangs, through adjuncts and objects, from a trigger dated only relative to
    another event, without a time expression of its own on the way."""
    cur = t
    for _ in range(4):
        if cur.dep_ not in RELATIVE_INHERIT or cur.head.i == cur.i or cur.ent_type_ in ("DATE", "TIME"):
            return False
        cur = cur.head
        if cur.i in relative:
            return True
    return False


def _relative_phrase(c: Token, lex: Lexicon) -> bool:
    """A phrase that dates its verb by the narrative's time ("Back then", "at that time", ``relative_cues.txt``)
    or by a distance from the event told before ("After 12 days, his body was found")."""
    if c.dep_ not in ("advmod", "npadvmod", "prep"):
        return False
    words = [w for w in c.subtree if not w.is_punct]
    if len(words) > 1 and " ".join(w.lower_ for w in words) in lex.relative_cues:
        return True
    return c.dep_ == "prep" and c.lower_ == "after" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lex.distance_units and any(n.dep_ == "nummod" for n in o.children)
        for o in c.children)


def _dated_below(t: Token, attached: dict[int, list[Any]]) -> bool:
    """Whether a verb's object, or the object of its preposition, carries a date of its own in the
    sentence ("told a meeting on Tuesday morning"): a date the parser hung one level down."""
    if t.pos_ != "VERB":
        return False
    for c in t.children:
        if c.dep_ == "dobj" and c.i in attached:
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.i in attached for g in c.children):
            return True
    return False


def _ahead_of_noun(t: Token, timex: Any) -> bool:
    """Whether a simple-past verb got a date that the tagger put ahead for a noun of its own ("opened the
    door to a cut at its [next meeting] in September"): the noun's date, not the verb's."""
    if t.tag_ != "VBD" or any(c.dep_ == "aux" for c in t.children):
        return False
    cue = (getattr(timex, "tense_cue", None) or "").lower().split()
    return len(cue) > 1 and cue[0] in AHEAD_WORDS and t.lower_ not in cue


def _to_ahead_nouns(doc: Doc, sent: Span, attached: dict[int, list[Any]], triggers: set[int]) -> None:
    """Move a date the parse hung on a simple-past verb, and the tagger put ahead for a noun ("opened the
    door to a cut at its [next meeting] in September"), to that noun when it is a trigger."""
    for i in list(attached):
        verb = doc[i]
        for x in list(attached[i]):
            if not _ahead_of_noun(verb, x):
                continue
            attached[i].remove(x)
            cue = x.tense_cue.lower().split()
            noun = next((t for t in doc[verb.i + 1: sent.end] if t.idx < x.start and t.lower_ == cue[-1]
                         and doc[t.i - len(cue) + 1: t.i + 1].text.lower().split() == cue), None)
            if noun is not None and noun.i in triggers:
                attached.setdefault(noun.i, []).append(x)
        if not attached[i]:
            del attached[i]


def _past_after(t: Token, timex: Any, day: dt.date) -> bool:
    """Whether a simple-past verb got a date after the article's: the expression was resolved the
    wrong way ("Apple announced Friday" read as next Friday), so it is no date of this event."""
    if t.tag_ != "VBD" or any(c.dep_ == "aux" for c in t.children):
        return False
    try:
        return dt.date.fromisoformat(timex.interval[0][:10]) > day
    except (TypeError, ValueError):
        return False


# Prepositions whose date is the time a deed aims at, not the deed's: "set sentencing for July 11",
# "adjourned the hearing until Monday", "moved the vote to Friday".
TARGET_PREPS = frozenset({"for", "until", "till", "to"})


def _target_date(t: Token, timex: Any) -> bool:
    """Whether the date is the object of a preposition of ``TARGET_PREPS`` on the verb ``t`` or on its
    object: the time the deed aims at."""
    span = t.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in TARGET_PREPS and (
        prep.head.i == t.i or (prep.head.head.i == t.i and prep.head.dep_ in ("dobj", "obj")))


AHEAD_WORDS = frozenset({"next", "upcoming", "coming", "forthcoming"})  # a date the tagger put ahead for them
FINITE_PAST = ("VBD",)  # a main clause told in the past that an "as"/"while" clause can date
QUOTE_TO_VERB = 30  # characters between a quotation's end and the reporting verb after it ("', they said")
# The longest sentence an event mention carries whole; of a run-on "sentence" (a page's text with no full
# stop, a glued list) it carries this many characters around its trigger, so that a megabyte of text
# with no full stop gives mentions of a bounded size.
SENTENCE_CHARS = 2000
# How far from its trigger (in characters) the place of an event is looked for.
PLACE_REACH = 600


def _across_quote(trigger: Token, verb: Token, marks: Sequence[tuple[int, int]]) -> bool:
    """Whether a whole quotation stands between a trigger and the reporting verb the parse makes it the
    statement of, the verb closing the quotation: the quotation is what the verb reports, the trigger is
    outside it ("Amber Tamblyn showed
    her support 'The Rolling Stones have never given permission ...,' they said in a statement in May" —
    a photo caption run into the next sentence)."""
    if trigger.idx > verb.idx:
        return False
    # the verb follows the quotation's end closely (", they said in May"), as a reporting verb after its quote
    return any(trigger.idx < s and e <= verb.idx and verb.idx - e <= QUOTE_TO_VERB for s, e in marks)


def _same_quote(pos: int, timex: Any, marks: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether character ``pos`` and a time expression stand inside the same quotation marks, or both
    outside any (``marks`` sorted, ``starts`` their starts: a search, not a scan of the text's quotations)."""
    def inside(a: int, b: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(starts, a) - 1
        return marks[k] if k >= 0 and b <= marks[k][1] else None

    return inside(pos, pos + 1) == inside(timex.start, timex.end)


def _statement_of(trigger: Token, reporting: set[int]) -> Token | None:
    """The reporting verb whose statement contains the trigger, if any."""
    cur = trigger
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            return None
        via = cur.dep_
        cur = cur.head
        if cur.i in reporting and via in ("ccomp", "parataxis", "xcomp", "dobj", "advcl", "conj"):
            return cur if via != "conj" else None
    return None


def _near(items: list[Any], starts: list[int], pos: int) -> list[Any]:
    """The items (sorted by start) that start within ``PLACE_REACH`` characters of ``pos``: a run-on
    sentence naming thousands of places gives each trigger a few to look at, not all of them."""
    return items[bisect.bisect_left(starts, pos - PLACE_REACH):bisect.bisect_right(starts, pos + PLACE_REACH)]


def _place(trigger: Token, sent: Span, places: Sequence[Any], kind: str) -> dict[str, Any] | None:
    """The place of the trigger's event (``place.event_place``), as a dict."""
    doc = trigger.doc
    found = event_place(trigger, sent, places, kind, lambda s, e: _span_head(doc, s, e))
    return _place_dict(found) if found is not None else None


def _timex_tokens(doc: Doc, timexes: Sequence[Any]) -> frozenset[int]:
    """The tokens inside a time expression: no participant of an event ("this week's summit")."""
    out: set[int] = set()
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


def _wire_dateline_tokens(doc: Doc, heads: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The tokens of the wire datelines ``heads`` that open the text or a line ("MINSK, 17 September (BelTA)
    – ": the patterns of the quotes layer, ``dateline/quotes/data/datelines.txt``): no participant of an
    event."""
    out: set[int] = set()
    for start, end in heads:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


def _place_dict(p: Any) -> dict[str, Any]:
    return {k: getattr(p, k, None) for k in ("start", "end", "text", "name", "country", "lat", "lon")}


def _timex_dict(t: Any) -> dict[str, Any]:
    return {"start": t.start, "end": t.end, "text": t.text, "value": t.value}


def extract_events(
    doc: Doc,
    timexes: Sequence[Any],
    dct: dt.date | str,
    *,
    article_id: str = "",
    field: str = "text",
    entities: Iterable[Any] | None = None,
    places: Iterable[Any] | None = None,
    light: bool = False,
) -> list[EventMention]:
    """The event mentions of a parsed text (see the module docstring for the rules).

    ``timexes`` are ``dateline.time.tag(doc.text, dct)``; ``entities`` objects with start, end,
    label and key (spaCy's entities when None); ``places`` objects with start, end, text, name,
    country, lat, lon. ``light=True`` also makes light and stative verbs (have, use, make)
    triggers, with a lower ``score``, for tasks that annotate states as events.
    """
    lex = load()
    day = as_date(dct)
    text = doc.text
    ents = EntityIndex(doc, as_entities(entities) if entities is not None else default_entities(doc))
    quotes = quoted_spans(text)
    quote_marks = sorted((q.start, q.end) for q in find_quoted(text) if not q.dash)  # double and single marks
    mark_starts = [s for s, _ in quote_marks]
    mixed_case = any(c.islower() for c in text)
    heads = wire_datelines(text, quote_lexicon())
    # the city of a wire dateline ("KYIV, Nov 30 (Reuters) - Russian drones struck ... Kharkiv") is where
    # the story was filed, the place of no event
    place_list = sorted((p for p in places or [] if not any(s <= p.start < e for s, e in heads)),
                        key=lambda p: p.start)
    place_starts = [p.start for p in place_list]
    times = _timex_tokens(doc, timexes) | _wire_dateline_tokens(doc, heads)  # nor is "MINSK, ... (BelTA) –"
    # the date of a wire dateline ("LA PAZ, June 27 (Reuters) - ") is the story's, the time of no event
    timexes = [t for t in timexes if not any(a <= t.start and t.end <= b for a, b in heads)]
    # "Click to share on Twitter (Opens in new window)" inside a sentence; "who declined to give his name"
    buttons = [*furniture_spans(text), *anonymity_spans(text, lex)]
    out: list[EventMention] = []
    lead: Any | None = None  # "Tomorrow... a signing ceremony will take place": a date alone before a sentence
    starts = paragraphs(text)
    # (paragraph, sentence start, time expression) of the last past event dated long before the article
    # (paragraph, sentence start, time expression, sentence number) of the last past event dated long
    # before the article
    narrative: tuple[int, int, Any, int] | None = None
    sent_no = 0
    # (lemma, subject) of a past event dated in the week before the article -> its time expression
    news_events: dict[tuple[str, str], Any] = {}
    told_types: dict[str, str] = {}  # noun lemma -> the type its context gave it first (_base_type)
    # (sentence start, time expression) of a statement the lead dates in the week of the news
    lead_news: tuple[int, Any] | None = None
    carried_item: Any | None = None  # the date of the chronology item the text is in
    # (sentence number, paragraph, time expression) of the last dated statement
    last_statement: tuple[int, int, Any] | None = None
    carried_for = 0  # sentences since that date
    for sent in doc.sents:
        if boilerplate(sent, lex) or (mixed_case and shouting(sent)):
            lead = None
            continue
        trig = [t for t in sent if is_trigger(t, lex, light) and not word_prefix(t)
                and not (buttons and in_spans(t.idx, buttons))]
        items = item_dates(sent, timexes)  # "January 23, 2013: Clinton testifies": dates heading a list item
        if not items and carried_item is not None and not present_item(sent):
            carried_item = None  # a past sentence: the story goes on after the chronology
        if not trig:
            if items:  # "TIMELINE March 3, 2019:" alone: the item goes on in the next sentence
                carried_item, carried_for, lead = items[-1], 0, None
            else:
                lead = _date_alone(sent, timexes)
            continue
        idx = {t.i for t in trig}
        heading = heading_line(sent, text)
        reporting = {t.i for t in trig if is_reporting(t, lex)}
        if items:
            item_ids = {id(x) for x in items}
            attached, loose = _attach_timexes(doc, sent, [x for x in timexes if id(x) not in item_ids], idx, lex)
        else:
            attached, loose = _attach_timexes(doc, sent, timexes, idx, lex)
        _statement_day(doc, attached, reporting)
        _to_ahead_nouns(doc, sent, attached, idx)
        if lead is not None and not loose and not attached:
            loose = [lead]
        lead = None
        relative = _relative_to_narrative(trig, lex)
        para = paragraph_of(starts, sent.start_char)
        sent_no += 1
        if narrative is not None and (narrative[0] != para or sent_no - narrative[3] > CHRONICLE_SENTENCES):
            narrative = None
        # a sentence with a date of its own leaves the chronicle, though no event takes it ("Most were killed
        # since mid-September": after that date, not on the chronicle's day)
        own_date = narrative is not None and narrative[1] != sent.start_char and any(
            sent.start_char <= x.start < sent.end_char and x.type in ("DATE", "TIME") for x in timexes)
        low = " ".join(sent.text.lower().split())
        at_that_time = any(c in low for c in lex.simultaneous_cues)
        chosen: dict[int, tuple[Any | None, str]] = {}
        item_dated: set[int] = set()  # triggers dated by the chronology item they are in
        aimed: dict[int, Any] = {}  # objects of a past deed dated by the time it aimed them at
        # own expressions first, then inherited through xcomp/conj chains (in sentence order)
        for t in trig:
            own = []
            for x in attached.get(t.i, []):
                if not _past_after(t, x, day):
                    own.append(x)
                elif _target_date(t, x):  # "set the hearing for June 12": the hearing's date, not the setting's
                    aimed.update((c.i, x) for c in t.children if c.dep_ in ("dobj", "obj"))
                else:
                    own.append(previous_year(x))
            own = [x for x in own if x is not None] or ([aimed[t.i]] if t.i in aimed else [])
            if len(own) > 1:  # "a meeting on the occasion of Victory Day on 7 May": 7 May
                own = [x for x in own if not _day_honoured(doc, x, lex)] or own
            if own:
                chosen[t.i] = (_closest(t, own), "timex")
            elif (item := item_date(text, sent.start_char, t.idx, items, carried_item)) is not None:
                chosen[t.i] = (item, "timex")
                item_dated.add(t.i)
        if items:
            carried_item, carried_for = items[-1], 0
        elif carried_item is not None:
            carried_for += 1
            if carried_for > ITEM_SENTENCES:
                carried_item = None
        for t in trig:  # "The EU agreed on Wednesday ... The EU agreed to ...": the same event told again
            if t.i not in chosen and _dated_below(t, attached):
                continue  # "told a disaster response meeting on Tuesday morning": its object's date (below)
            key = _told_again_key(t, lex) or (_noun_key(t) if _definite(t) else None)
            if t.i not in chosen and t.i not in relative and key in news_events and not _earlier(t, lex):
                chosen[t.i] = (news_events[key], "timex")
            elif t.i not in chosen and t.i in reporting and last_statement is not None \
                    and last_statement[0] == sent_no - 1 and last_statement[1] == para and same_speaker_goes_on(t):
                chosen[t.i] = (last_statement[2], "timex")  # "Obama yesterday admitted ... But he insisted ..."
            elif t.i not in chosen and t.i not in relative and lead_news is not None and lead_news[0] < sent.start \
                    and not (t.dep_ == "conj" and t.head.i in chosen) \
                    and (t.i in reporting or t.lemma_.lower() in lex.briefing_verbs) and t.tag_ == "VBD" and not any(c.dep_ == "aux" for c in t.children) \
                    and not _earlier(t, lex):
                chosen[t.i] = (lead_news[1], "timex")  # "The Pentagon announced Monday ... Kahl said at a briefing"
        for t in trig:
            if t.i in chosen or t.i in relative:
                continue
            cur, found = t, None
            if t.pos_ == "VERB":  # "were injured when the tram left the track on Wednesday": its when-clause's date
                # "tangled with the outfielder as he pursued a foul ball in the 2003 series": as/while too,
                # for a finite clause with its own subject under a finite verb that reports nothing
                below = [c for c in t.children if c.dep_ == "advcl" and c.i in chosen and c.i in attached
                         and any((w.dep_ == "advmod" and w.lower_ == "when")
                                 or (w.dep_ == "mark" and w.lower_ in lex.simultaneous_marks
                                     and t.tag_ in FINITE_PAST and t.i not in reporting
                                     and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))
                                 for w in c.children)]
                found = chosen[below[0].i][0] if below else None
            climb = VERB_INHERIT if t.pos_ == "VERB" else NOUN_INHERIT
            for _ in range(4 if found is None else 0):
                # (and the event a phase verb begins or ends: "The trial began on Monday")
                phase = cur.dep_ == "nsubj" and t.pos_ != "VERB" and cur.head.lemma_.lower() in lex.phase_verbs
                if (cur.dep_ not in climb and not phase) or cur.head.i == cur.i or _present_clause(cur) \
                        or _time_clause(cur, lex) or _bare_after_past(cur):
                    break
                cur = cur.head
                if cur.i in chosen and chosen[cur.i][1] == "timex" and cur.i not in reporting:
                    found = chosen[cur.i][0]
                    break
            if found is None and t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ in lex.accompanying_preps \
                    and any(c.dep_ == "nsubj" for c in t.children) \
                    and t.head.head.i in chosen and chosen[t.head.head.i][1] == "timex":
                # "Throughout the past week ..., with Mandelson saying ...": an absolute clause with its own
                # subject (not "was charged on Monday with murdering ...")
                found = chosen[t.head.head.i][0]
            if found is None and t.pos_ == "NOUN":  # "an agreement reached in 1991": its participle's date
                below = [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i in attached]
                found = _closest(below[0], attached[below[0].i]) if below else None
            if found is None and t.pos_ == "VERB":
                # "annex ... at a ceremony on Friday" (not "referred to the rebellion ... in 2014")
                referred = {c.i for c in _referred_objects(t, lex)}
                # (not "buy ... since its merger more than two decades ago": an event it is measured from)
                below = [c for p in t.children if p.dep_ == "prep" and p.lower_ not in _RELATING_PREPS
                         for c in p.children
                         if c.dep_ == "pobj" and c.i in chosen and c.i in attached and c.i not in referred]
                found = chosen[below[0].i][0] if below else None
            if found is None and t.pos_ == "VERB" and not _time_clause(t, lex) \
                    and t.lemma_.lower() not in lex.reference_verbs:
                # "launched an operation early on Thursday morning": the date the parser hung on its object
                # (not "recalled the invasion in 2022": the invasion's)
                below = [c for c in t.children if c.dep_ == "dobj" and c.i in chosen and c.i in attached
                         and chosen[c.i][0].start > c.idx]
                found = chosen[below[0].i][0] if below else None
            if found is None and t.pos_ == "VERB":
                found = _shared_conjunct_date(t, chosen, attached)
            if found is None and t.pos_ == "VERB" and t.tag_ == "VBD":
                # "The Oct. 7 attack killed 1,200 people": what an event dated by its own words did, then
                subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i in attached
                             and c.i in chosen and chosen[c.i][1] == "timex"
                             and any(c.left_edge.idx <= x.start and x.end <= c.right_edge.idx + len(c.right_edge)
                                     for x in attached[c.i])), None)
                found = chosen[subj.i][0] if subj is not None else None
            if found is None:
                found = _relative_of_date(t, chosen, attached, doc)
            if found is None and loose:
                # a date inside a quotation dates only what the quotation tells ('"We had the pace from the
                # first practice on Thursday," Verstappen said': not the day he said it)
                near = [x for x in loose if _same_quote(t.idx, x, quote_marks, mark_starts)]
                found = _closest(t, near) if near else None
            if found is not None:
                chosen[t.i] = (found, "timex")
        lemmas = {t.i: _lemma(t, lex) for t in trig}
        in_sentence: dict[int, EventMention] = {}  # trigger index -> its mention, for conjuncts
        for t in trig:
            lemma = lemmas[t.i]
            is_rep = t.i in reporting
            timex, anchor = chosen.get(t.i, (None, "article"))
            if timex is not None and _past_after(t, timex, day):
                # "announced Friday" resolved to the Friday after the DCT; "signed on March 16" is last year's;
                # a later date taken from another clause is that clause's plan, not this deed's day
                # ("Sentencing was set for Oct. 3, but the judge said ...")
                its_own = any(x is timex for x in attached.get(t.i, []))
                timex = previous_year(timex) if its_own else None
                anchor = "timex" if timex is not None else "article"
            statement, told = None, False  # told: dated by the paragraph's chronicle
            if timex is None and t.i not in relative:
                statement = _statement_of(t, reporting)
                if statement is not None and _across_quote(t, statement, quote_marks):
                    statement = None  # "X showed her support 'The Stones have ...,' they said in May": not said
                if statement is not None:
                    timex = chosen.get(statement.i, (None, ""))[0]
                    anchor = "reported"
                elif is_rep:
                    anchor = "reported"
            if timex is None and anchor == "article" and narrative is not None and not own_date and past_form(t) and (
                    (narrative[1] != sent.start_char and (t.i not in relative or at_that_time)
                     and _days(narrative[2]) <= 1)
                    or (narrative[1] == sent.start_char and t.i in relative and at_that_time)):
                # "On February 20, 2014, Russia committed ... Russian troops began occupying Crimea.": the
                # time of the paragraph's chronicle (a day, told in the next sentences), not the article
                # date; "which at the time advocated": the time of its sentence
                timex, anchor, told = narrative[2], "timex", True
            if timex is not None:
                date, (d_start, d_end) = timex.value, (timex.interval[0][:10], timex.interval[1][:10])
            else:
                date = d_start = d_end = day.isoformat()
            # "had voted", "comes after the referendums": it happened before the date it is placed on
            before = anchor != "timex" and (
                _earlier(t, lex) or (t.dep_ == "dobj" and t.pos_ == "NOUN" and _earlier(t.head, lex)))
            tense = None
            if t.pos_ != "VERB":
                tense = sentence_tense(text, t.idx, t.idx + len(t)).tense
            status, cue, hedged = trigger_status(t, lex, tense)
            if status == "denied" and t.pos_ != "VERB" and plain_word((cue or "").lower()) in ("not", "n't", "never") \
                    and not _noun_denied(t, lex):
                status, cue = "happened", None  # "the negotiations have not brought a breakthrough": they took place
            if status == "happened" and anchor == "timex" and d_start > day.isoformat():
                status, cue = "planned", timex.text
            if status == "planned" and anchor == "timex" and any(x is timex for x in attached.get(t.i, [])) \
                    and (moved := coming_weekday(timex, day)):
                timex = moved  # "called a strike for Monday": the coming Monday, not the last one
                date, (d_start, d_end) = timex.value, (timex.interval[0][:10], timex.interval[1][:10])
            agents, patients, others = roles(t, ents, lex.support_verbs, times, lex.directive_verbs,
                                             lex.speaker_after_verbs, lex.judging_verbs,
                                             lex.object_control_verbs)
            score, score_why = _score(t, lemma, t.i in attached or t.i in item_dated, lex, hedged=hedged, reporting=is_rep,
                                      status=status, triggers=idx, quotes=quotes, lede=sent.start == 0,
                                      narrative=t.i in relative)
            if score > ASIDE_SCORE and heading:  # "Voting at gunpoint": the topic of the section below
                score, score_why = ASIDE_SCORE, "heading"
            habit = _habit_conjunct(t, in_sentence) if not is_rep else None
            if habit is not None and score > habit.score:  # "the invaders shell and bomb the villages"
                score, score_why = habit.score, habit.score_why
            kind = "STATEMENT" if is_rep else _base_type(t, lemmas, lex, told_types)
            s_from, s_to = sent.start_char, sent.end_char
            if s_to - s_from > SENTENCE_CHARS:  # a run-on "sentence": only the stretch around the trigger
                s_from = max(s_from, min(t.idx - SENTENCE_CHARS // 2, s_to - SENTENCE_CHARS))
                s_to = s_from + SENTENCE_CHARS
            out.append(EventMention(
                article_id=article_id, field=field, trigger=t.text, start=t.idx, end=t.idx + len(t),
                lemma=lemma, sentence=text[s_from:s_to], sentence_start=s_from, sentence_end=s_to,
                status=status, status_cue=cue,
                type=kind,
                plover=kind if is_rep else _modal_type(kind, status, cue, lex),
                agents=agents, patients=patients, others=others,
                date=date, date_start=d_start, date_end=d_end, anchor=anchor,
                timex=_timex_dict(timex) if timex is not None and anchor == "timex" else None,
                place=_place(t, sent, _near(place_list, place_starts, t.idx), kind) if place_list else None,
                reporting=is_rep,
                before_anchor=before,
                score=score,
                score_why=score_why,
                relative=timex is None and t.i in relative,
            ))  # fmt: skip
            in_sentence[t.i] = out[-1]
            key = _told_again_key(t, lex) or _noun_key(t)
            if timex is not None and key is not None and key not in news_events and status == "happened" \
                    and not before and _news_week(timex, day):
                news_events[key] = timex
            if is_rep and anchor == "timex" and status == "happened" and timex is not None:
                last_statement = (sent_no, para, timex)
            if lead_news is None and (is_rep or (kind == "STATEMENT" and t.pos_ == "NOUN")) and anchor == "timex" \
                    and status == "happened" and sent.start < LEAD_TOKENS and _news_week(timex, day):
                lead_news = (sent.start, _day_of(timex))  # "announced at about 4:30 a.m.": the day goes on
            if timex is not None and not told and t.i not in item_dated \
                    and (narrative is None or narrative[1] != sent.start_char) and opens_narrative(out[-1], t, day):
                narrative = (para, sent.start_char, timex, sent_no)
        _threat_commitments(in_sentence, doc)
        _date_subject_nouns(in_sentence, doc, lex)
    _date_after_clauses(out, timexes, text, day.isoformat())
    _date_relative_events(out, timexes, text)
    date_retold(out, doc, day)  # "the crash on Wednesday ... the crash killed seven": the same event's date
    if opinion_piece(text, lex):
        _opinion_asides(out)
    return out


def _threat_commitments(in_sentence: dict[int, EventMention], doc: Doc) -> None:
    """A commitment (AGREE: "vowed", "pledged", "have sworn") to a hostile act that PLOVER codes as a
    threat ("vowed to fight on" THREATEN, ``type_modality.tsv``) is itself coded THREATEN: what was
    promised is a threat, not cooperation."""
    for i, mention in in_sentence.items():
        if mention.plover != "AGREE" or mention.type != "AGREE" or doc[i].pos_ != "VERB":
            continue
        for child in doc[i].children:
            done = in_sentence.get(child.i)
            if done is not None and done.plover == "THREATEN" and child.dep_ in ("xcomp", "advcl") \
                    and child.tag_ == "VB":
                mention.plover = "THREATEN"
                break


def _date_subject_nouns(in_sentence: dict[int, EventMention], doc: Doc, lex: Lexicon) -> None:
    """An event noun with no date of its own that is the subject of a verb the text dates to a day takes
    that date: "A magnitude 7.4 earthquake struck on Monday", "The attack killed five people on Sunday"
    (not a lasting one, ``lasting_nouns.txt``: "The war killed 100 people last week")."""
    for i, mention in in_sentence.items():
        tok = doc[i]
        if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or mention.anchor == "timex" \
                or mention.reporting or mention.status != "happened" or tok.lemma_.lower() in lex.lasting_nouns:
            continue
        verb = in_sentence.get(tok.head.i)
        if verb is None or verb.anchor != "timex" or verb.status != "happened" or verb.before_anchor \
                or not verb.date or not re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", verb.date):
            continue
        mention.date, mention.date_start, mention.date_end = verb.date, verb.date_start, verb.date_end
        mention.anchor, mention.timex = "timex", verb.timex


def _statement_day(doc: Doc, attached: dict[int, list[Any]], reporting: set[int]) -> None:
    """Give a reporting verb the date written right after it that the parser hung on its complement:
    in "Blinken said on Saturday he had discussed ...", Saturday is the day of the statement."""
    for r in sorted(reporting):
        if r in attached or r + 1 >= len(doc):
            continue
        j = r + 1 if doc[r + 1].lower_ != "on" else r + 2
        if j >= len(doc):
            continue
        for g, items in list(attached.items()):
            if g == r or not doc[r].is_ancestor(doc[g]):
                continue
            hit = [x for x in items if x.start == doc[j].idx]
            if hit:
                attached[r] = hit[:1]
                rest = [x for x in items if x is not hit[0]]
                if rest:
                    attached[g] = rest
                else:
                    del attached[g]
                break


def _habit_conjunct(verb: Token, mentions: dict[int, EventMention]) -> EventMention | None:
    """The mention of the habit a present verb is the conjunct of, sharing its subject ("Every night the
    invaders shell and bomb the villages": "bomb" is the same habit as "shell"), else None."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBP", "VBZ", "VB") or verb.head.tag_ not in ("VBP", "VBZ", "VB"):
        return None  # (the tagger reads the second verb of "shell and bomb" as a base form)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    head = mentions.get(verb.head.i)
    return head if head is not None and head.score_why == "habit" else None


def _time_clause(verb: Token, lex: Lexicon) -> bool:
    """A clause of time ("weeks after Moscow launched its invasion", "before the talks began"): its
    event is not at the time of its main clause (``clause_marks.tsv``)."""
    return verb.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in lex.clause_marks
                                                   for c in verb.children)


def _present_clause(verb: Token) -> bool:
    """A conjunct clause in the present with its own subject ("Russia invaded Ukraine in 2022, and the
    west still hesitates to send ..."), or a present conjunct of a past verb ("attacked Ukraine in 2014
    and controls separatists"): it takes no date from the clause before it."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBP") and (verb.head.tag_ == "VBD" or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


NEWS_WEEK_DAYS = 7
# the lead of a news story: a statement it dates ("The Pentagon announced Monday") dates the story's
# later undated statements in the simple past ("Kahl said at a press briefing")
LEAD_TOKENS = 120
# a chronicle's date ("On February 20, 2014, ...") dates the undated past sentences this close after it
CHRONICLE_SENTENCES = 3
# a chronology item ("March 18, 2009: Clinton is sworn in ...") runs on at most this many sentences
ITEM_SENTENCES = 2


def _news_week(timex: Any, day: dt.date) -> bool:
    """Whether a time expression is a day of the week before the article (the story's news)."""
    try:
        first, last = (dt.date.fromisoformat(x[:10]) for x in timex.interval)
    except (TypeError, ValueError):
        return False
    return first == last and day - dt.timedelta(days=NEWS_WEEK_DAYS) <= first <= day


def _told_again_key(t: Token, lex: Lexicon) -> tuple[str, str] | None:
    """The (lemma, named subject) of a past event, by which a later sentence telling it again is
    known ("The European Union agreed ..."), or None: no past verb, or no subject with a name."""
    if t.pos_ != "VERB" or not past_form(t) or t.tag_ == "VBG":
        return None
    subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    name = " ".join(w.lower_ for w in subject.subtree if w.dep_ == "compound" or w.i == subject.i)
    return (t.lemma_.lower(), name)


def _noun_key(t: Token) -> tuple[str, str] | None:
    """The key of an event noun ("an interview on Friday", "Saturday's talks") by which "the interview",
    "the talks" later in the story are known as the same event."""
    return (t.lemma_.lower(), "#noun") if t.pos_ == "NOUN" else None


def _definite(t: Token) -> bool:
    """An event noun the story has named before: "the talks", "the interview" (not "a meeting",
    "their first meeting", "the next talks")."""
    if t.pos_ != "NOUN" or any(c.dep_ == "amod" and c.lower_ in ("first", "next", "last", "previous", "upcoming",
                                                                      "new", "another", "future")
                               for c in t.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in t.children)


def _opinion_asides(mentions: list[EventMention]) -> None:
    """In an opinion piece, an event without a time expression of its own is the writer's background
    or argument ("Russia has decided it wants ...", "the west has immobilised itself"), not news of
    the article's day: it scores ``ASIDE_SCORE`` ("opinion"); dated events ("invaded in 2022") stay."""
    for m in mentions:
        if m.anchor != "timex" and m.score > ASIDE_SCORE:
            m.score, m.score_why = ASIDE_SCORE, "opinion"


_SHIFT = re.compile(r"P(\d+)([YMWD])")
# "This comes a day after Israel made a similar statement", "The strike came two weeks after ...":
# the clause after "after" happened that long before the news of the sentence.
# A full stop after a short capitalised word ("U.S.", "Nov.") ends no clause.
# Also the aside after a comma: "Ruto said on Wednesday he would withdraw the bill, a day after
# protesters stormed parliament" (the storming was on Tuesday).
_COMES_BEFORE = re.compile(r"(?:\b(?:comes?|came|coming)\s+|,\s*)(?:(?:just|only|nearly|almost|barely|some|about|roughly)\s+)?$",
                           re.IGNORECASE)
_AFTER = re.compile(r"\s+after\s+(?!that\b|this\b|it\b)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:!?]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.(?=\s|$)|\s(?:that|which|who|while|as|when|where|because|and)\s", re.IGNORECASE)
_LATER = re.compile(r"\s*(later|after(?:wards?)?|earlier|before)\b", re.IGNORECASE)


def _date_after_clauses(mentions: list[EventMention], timexes: Sequence[Any], text: str, dct: str) -> None:
    """Date the events of "comes <duration> after <clause>" that long before the sentence's news:
    "This comes a day after Israel made a similar statement" (written 2022-09-29) puts the statement
    on 2022-09-28. The news is the date of the last event before "comes" that a time expression
    dates ("The attack on Monday came three days after ..."), else the article date; only events up
    to the end of the clause ("that", a comma) take the date. Runs before the dating of relative
    events, which would count "three days after" forward from the event before."""
    order = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in order]
    for t in timexes:
        if t.type != "DURATION" or not _SHIFT.fullmatch(str(t.value)):
            continue
        if not _COMES_BEFORE.search(text, max(0, t.start - 40), t.start):
            continue
        after = _AFTER.match(text, t.end)
        if not after:
            continue
        stop = _CLAUSE_END.search(text, after.end(), after.end() + 400)
        lo, hi = after.end(), stop.start() if stop else min(len(text), after.end() + 400)
        base = dct
        for m in reversed(order[max(0, bisect.bisect_left(starts, t.start) - 20): bisect.bisect_left(starts, t.start)]):
            if m.sentence_start <= t.start < m.sentence_end and m.end <= t.start and m.anchor == "timex" and m.date:
                base = m.date  # "The attack on Monday came ...": Monday
                break
        value = shift_value(base[:10], str(t.value), -1)
        interval = interval_of(value) if value else None
        if not value or not interval:
            continue
        for m in order[bisect.bisect_left(starts, lo): bisect.bisect_left(starts, hi)]:
            if m.anchor != "timex":
                m.date, (m.date_start, m.date_end) = value, interval
                m.anchor, m.timex, m.relative = "timex", _timex_dict(t), False
                if m.status == "happened" and interval[0][:10] > dct[:10]:
                    # "will meet on Nov. 6-7, a day after the election"
                    m.status, m.status_cue = "planned", text[t.start:t.end]


def shift_value(value: str, duration: str, sign: int) -> str | None:
    """A TimeML date value moved by a duration, at the value's own granularity, or None.

    >>> shift_value("1985", "P1Y", 1), shift_value("2010-07-16", "P2D", -1), shift_value("2008-12", "P3M", 1)
    ('1986', '2010-07-14', '2009-03')
    """
    m = _SHIFT.fullmatch(duration)
    if not m or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value):
        return None
    n, unit = int(m.group(1)) * sign, m.group(2)
    parts = [int(p) for p in value.split("-")]
    if unit == "Y":
        parts[0] += n
    elif unit == "M" and len(parts) >= 2:
        months = parts[0] * 12 + parts[1] - 1 + n
        parts[0], parts[1] = divmod(months, 12)
        parts[1] += 1
    elif unit in "WD" and len(parts) == 3:
        try:
            day = dt.date(*parts) + dt.timedelta(days=n * (7 if unit == "W" else 1))
        except (ValueError, OverflowError):
            return None
        parts = [day.year, day.month, day.day]
    else:
        return None
    if not 1 <= parts[0] <= 9999:
        return None
    if len(parts) == 3:
        try:  # a day that does not exist in the target month falls back to the month
            dt.date(*parts)
        except ValueError:
            parts = parts[:2]
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def _date_relative_events(mentions: list[EventMention], timexes: Sequence[Any], text: str) -> None:
    """Date "One year later he founded NeXT" from the last dated event before it (1985 → 1986)."""
    durations = [t for t in timexes if t.type == "DURATION"]
    last: EventMention | None = None
    for m in sorted(mentions, key=lambda m: m.start):
        if m.relative:
            found = None
            for t in durations:
                if m.sentence_start <= t.start and t.end <= m.sentence_end:
                    after = _LATER.match(text, t.end)
                    if after:
                        sign = -1 if after.group(1).lower() in ("earlier", "before") else 1
                        if after.group(1).lower() in ("after", "before") and m.start >= after.end():
                            # the event is what the words count from: "fired in October, two months after
                            # the shooting" puts the shooting two months before, not after
                            sign = -sign
                        found = (t, sign)
                        break
            if found and last is not None and last.date:
                value = shift_value(last.date, found[0].value, found[1])
                interval = interval_of(value) if value else None
                if value and interval:
                    m.date, (m.date_start, m.date_end) = value, interval
                    m.anchor, m.timex = "timex", _timex_dict(found[0])
        elif m.anchor == "timex" and m.date and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", m.date[:10]):
            last = m

