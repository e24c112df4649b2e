"""Is a clause about the past or the future? Light lexical cues around an expression.

The tagger must run at tens of thousands of words a second, so there is no parser here: the
cues are words and phrases from ``resources/tense.tsv`` (auxiliaries and modals such as
"will", "'ll", "going to", "is set to", "scheduled", "to be held", "expected", "ago", "was"),
irregular past forms from ``past_verbs.txt`` and regular verbs in -ed.

How a tense is chosen for the tokens ``i..j`` of an expression:

1. Look in the expression's clause (the stretch between commas, semicolons, colons, quotes
   and brackets), then, for words in brackets, in the clause the brackets sit in, and, when
   none has a cue, in the whole sentence.
2. Firm cues (auxiliaries, modals, irregular past verbs, "ago") beat soft ones (verbs in -ed,
   "next", "would"); among cues of the same strength the nearest wins, a cue on the left
   winning a tie ("said Friday it will ..." → past).
3. A verb in -ed or an irregular past form right after an auxiliary ("will be held", "has
   been", "is expected") belongs to that auxiliary and is not a cue of its own; an -ed word
   after a hyphen or a determiner ("Russian-occupied", "the alleged") is an adjective.

:func:`sentence_tense` is the public entry point for other layers: give it a text and the
span of any expression (a timex, an event trigger) and it says PAST, FUTURE, PRESENT or None,
with the cue that decided.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from .resources import Resources, load
from .scanner import Token, tokenize

# At most this many tokens on each side of the expression are read: a clause or sentence
# longer than that (a run-on list, hostile input) cannot make a lookup cost more.
WINDOW = 40
CLAUSE_BREAKS = {",", ";", ":", "(", ")", '"', "`", "—", "–", "''", "``"}
SENTENCE_ENDS = {".", "!", "?"}
# a clause whose verb tells its own time; the participles of saying open one too ("appeared on
# television late Friday promising the republic would remain stable")
SUBORDINATORS = {"that", "which", "who", "saying", "promising", "adding", "warning", "vowing", "insisting",
                 "noting", "stressing", "arguing", "pledging", "declaring", "stating", "explaining", "predicting"}
# ... and so, for the words before it, does a clause these open: "committed suicide over the weekend
# after a colleague discovered he was planning to defect" (the weekend gone by)
ADVERBIAL_SUBORDINATORS = {"after", "because", "although", "though", "whereas"}
QUOTE_MARKS = {'"', "“", "”", "``", "''"}  # lower case only: a complementizer inside a sentence
# Firm only inside the expression's own clause: "said Monday it would hold talks Friday" puts
# Friday ahead, but "On Monday, Biden told him the aid would come" keeps Monday in the past; so
# "spent the day preparing for Sunday's vote", but not "On Monday, Biden threatened Russia as
# allies prepare for an invasion".
CLAUSE_ONLY_FIRM = {"would", "could", "might", "has to", "have to", "preparing for", "prepares for", "prepare for",
                    "prepared for", "in preparation for"}
# "until" marks the end of a state; in a past-perfect frame that end is past too: "Until Thursday,
# they had not called him a suspect" (but "was adjourned until Monday" still looks ahead).
YIELDS_TO_PERFECT = {"until"}
# Modals whose subject may be the expression itself: "winter will test the grid".
SUBJECT_MODALS = {"will", "'ll", "would", "could", "might"}
# ... but not after a past participle that it follows ("a merger announced Monday would turn"),
# unless that verb is one of saying, whose object is the clause ("said Friday would be his last").
SAYING = {"said", "says", "say", "predicted", "warned", "forecast", "believed", "thought", "expected", "hoped",
          "feared", "insisted", "argued", "added"}
# Cues that tell only of what comes after them: "after being arrested on Tuesday" is past, but it says
# nothing of "can be held until Saturday" before it (so every cue "after ..." of tense.tsv).
FORWARD_ONLY = {"after being", "after having", "ahead of", "in the run - up to", "since"}  # ("run-up" is three tokens)
PERFECT_ADVERBS = {"not", "n't", "never", "already", "just", "also", "long", "still", "previously", "repeatedly",
                   "only", "twice", "once", "so", "far", "even", "yet"}
# A firm cue of its own clause after the expression that a conjunction sets in another clause: "barred
# the road on Saturday and workers could be seen" keeps Saturday in the past.
CONJUNCTIONS = {"and", "but", "while", "although", "though", "because", "so", "when", "if", "as"}
# An auxiliary right after "and" / "but" opens a second verb phrase with its own tense.
COORDINATED_AUXILIARIES = {"will", "would", "shall", "is", "are", "was", "were", "has", "have", "had", "then",
                           "should", "could", "can", "might", "must", "plans", "expects"}
AUXILIARIES = {"be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "will",
               "would", "to", "'s", "'re", "'ve", "'d", "'ll", "not", "n't", "also", "already", "just",
               "shall", "should", "could", "might", "may", "must", "get", "got", "still", "never"}
# A sentence that ends with an attribution (", the UN said.") reports words whose tense is their own:
# the reporting verbs, how far after the comma the verb may stand, and how many tokens may follow it.
TRAILING_SAYING = frozenset({"said", "says", "told", "added", "reported", "stated", "noted", "explained", "insisted",
                             "warned"})
ATTRIBUTION_REACH = 6
ATTRIBUTION_TAIL = 4
ATTRIBUTION_AFTER = frozenset({".", "!", "?", ",", '"', "''", "”", "on", "in", "at", "late", "early", "yesterday",
                               "today", "tonight", "last", "this", "monday", "tuesday", "wednesday", "thursday",
                               "friday", "saturday", "sunday"})
SPELLINGS = {"till": "until"}  # variants read as the word the cue tables spell
# Adverbs of AUXILIARIES that sit between an auxiliary and its verb ("has already left", "was not seen").
AUX_ADVERBS = frozenset({"not", "n't", "also", "already", "just", "still", "never"})
# A day between a past verb of reporting and the subject of the reported clause dates the report: "told
# reporters on Tuesday he would ...", "said in a statement on Friday that it will ..." (the verb at most
# REPORTER_REACH tokens before the day, the modal at most REPORTED_SUBJECT_REACH tokens after it).
REPORTING_PAST = {"said", "told", "announced", "added", "stated", "warned", "insisted", "confirmed", "declared",
                  "argued", "wrote", "reported", "promised", "pledged", "vowed", "predicted", "signalled", "signaled"}
REPORTER_REACH = 6
REPORTED_SUBJECT_REACH = 3
# Not the subject of a verb in the past ("they hit", "did not cut", "who cut"), nor its object (a
# preposition or a particle after it: "the tax cut on Friday", "prices cut by half").
NOT_SUBJECTS = {"i", "you", "we", "they", "do", "does", "did", "who", "which", "that", "and", "or", "can",
                "cannot", "of", "for", "in", "on", "at", "by", "with", "from", "would", "will"}
NOT_OBJECTS = {"on", "in", "at", "by", "for", "of", "to", "from", "with", "as", "and", "or", "is", "was", "will",
               "would", "has", "had", "have", "are", "were", "off", "out", "up", "down", "back", "s"}
# Words after "to" that show it is no infinitive ("Biden to the summit", "Kyiv to its allies").
NOT_VERBS_AFTER_TO = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                      "those", "some", "all", "any", "each", "every", "no", "be", "date", "power", "office",
                      "war", "peace", "death", "court", "jail", "prison", "school", "work", "home"}
# Words after "that" that open no present-tense relative clause ("that in March ...", "that officials ...").
RELATIVE_NOT_VERBS = {"in", "on", "at", "by", "for", "from", "of", "with", "after", "before", "during", "since",
                      "until", "when", "if", "as", "and", "or", "but", "he", "she", "it", "they", "we", "i", "you",
                      "there", "then", "now", "day", "year", "week", "month", "time", "same", "way", "is", "was"}
# A sentence this short may be a headline, where "Name to VERB" is a plan.
HEADLINE_TOKENS = 24
# Months and weekdays: "agreed in June to buy" is no headline's "Name to VERB".
CALENDAR_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                  "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Participles of a state, not of a thing done: "the letter is dated Monday" is no plan.
STATIVE_PARTICIPLES = frozenset({"dated", "based", "located", "situated", "closed", "opened", "scheduled", "slated",
                                 "expected", "planned", "supposed", "believed", "thought", "said", "reported",
                                 "alleged", "accused", "suspected", "charged", "estimated", "considered", "known",
                                 "needed", "required", "concerned", "worried", "pleased", "interested", "involved",
                                 "married", "named", "called", "owned", "used", "seen", "compared"})
# Irregular participles that differ from the past form ("past_verbs.txt" has "held", "made").
IRREGULAR_PARTICIPLES = frozenset({"sworn", "chosen", "given", "taken", "shown", "driven", "written", "spoken",
                                   "broken", "frozen", "beaten", "drawn", "thrown", "known", "unveiled", "awarded"})
# "is traveling to Somalia on Tuesday": a present progressive with a date speaks of a plan.
PRESENT_BE = {"is", "are", "am", "'re"}
# words after "going to plan" that end the idiom ("things are not going to plan for Moscow"): no future
GOING_TO_PLAN_AFTER = frozenset({"and", "but", "or", "for", "in", "on", "at", "as", "so", "after", "because", "since",
                                 "with", "there", "here", "yet", "either", "now", "then"})
NOT_PROGRESSIVE = {"during", "nothing", "something", "anything", "everything", "morning", "evening", "according",
                   "being", "bring", "thing", "king", "string", "spring", "wing", "ring", "ceiling", "building",
                   "warning", "meaning", "feeling", "funding", "ruling", "ongoing", "outgoing", "incoming",
                   "upcoming", "interesting", "surprising", "amazing", "concerning", "alarming", "worrying",
                   "willing", "missing", "lacking", "pending", "remaining", "leading", "growing", "rising",
                   "increasing", "declining", "living", "existing", "continuing", "working", "seeking", "trying",
                   "calling", "urging", "pushing", "pressing", "fighting", "facing", "struggling", "waiting",
                   "looking", "hoping", "considering", "investigating", "reviewing", "monitoring", "suffering",
                   "doing", "having", "saying", "telling", "reporting", "claiming", "accusing", "denying",
                   # reactions to a thing done: "are hailing the nominee's speech on Thursday"
                   "hailing", "praising", "applauding", "lauding", "cheering", "welcoming", "criticizing",
                   "criticising", "slamming", "blasting", "condemning", "denouncing", "decrying", "mocking",
                   "reacting", "responding", "questioning", "dismissing", "defending", "panning"}
# A progressive that tells of a thing gone by, not a plan: "is coming off a strong debate Thursday
# night", "is recovering from a fall on Monday".
LOOKING_BACK = {("coming", "off"), ("coming", "out"), ("recovering", "from"), ("reeling", "from"), ("emerging", "from"),
                ("bouncing", "back"), ("rebounding", "from"), ("smarting", "from")}
# Amounts after "has"/"have" that make it the verb of having, in the present ("have 24 seats").
HAVE_AMOUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "dozens", "hundreds", "thousands", "millions", "many", "more", "fewer", "less",
                          "several", "some", "enough", "plenty", "few", "little", "much", "only", "just", "nearly",
                          "about", "almost", "over", "roughly"})
# Words of a clock time between "is" and a weekday ("the deadline is 1600 GMT Thursday").
CLOCK_WORDS = frozenset({"gmt", "utc", "et", "est", "edt", "bst", "cet", "a.m.", "p.m.", "am", "pm", "local", "time",
                         ":", "on"})
# Words after a participle in -ed that opens a sentence ("Asked on Tuesday whether ...", "Founded in
# 1998, ...", "Elected last year, ..."): the participle tells the past.
OPENING_PARTICIPLE_NEXT = frozenset({"on", "in", "at", "by", "about", "after", "before", "during", "last",
                                     "earlier", "late", "early", "from", "since", "shortly", "two", "three",
                                     "several", "this", "yesterday", "overnight"})
# How many tokens of a clock time may stand between "is" and a weekday ("is at 8:15 p.m. ET on Thursday").
CLOCK_REACH = 5
# How many tokens before a date "the next <event>" may stand to make it the event's day.
NEXT_EVENT_REACH = 8
# A modal after one of these words is a free relative's ("whatever they could find"), not the clause's.
FREE_RELATIVES = {"whatever", "whoever", "whichever", "wherever", "whenever", "however"}
# "expected its operations to return": a verb of expecting whose object stands before its
# infinitive, at most this many words
EXPECTING = frozenset({"expected", "expects", "expect", "expecting"})
EXPECTED_OBJECT_REACH = 4
FREE_RELATIVE_MODALS = {"could", "would", "might", "can"}
# Cue words that are also nouns: after a determiner or an adjective they name a plan, they do not make
# the clause future ("Kishida announced a new plan to invest", "the plans for a summit").
NOUN_CUES = {"plan", "plans"}
# Participles of planning between a determiner and a day or month that modifies a noun ("ran a day past
# their scheduled Friday close"): the clause's own verb tells the day's time.
ATTRIBUTIVE_CUES = {("scheduled",), ("slated",), ("expected",)}
NOUN_BEFORE = {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
               "new", "ambitious", "detailed", "secret", "original", "latest"}
ADJECTIVE_BEFORE = {"-", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                    "those", "newly", "self", "so", "well", "long", "much", "highly",
                    # a participle after a verb of state is an adjective: "to remain closed on March 9"
                    "remain", "remains", "stay", "stays", "seem", "seems", "appear", "appears"}


def _continues(tokens: list[Token], k: int) -> bool:
    """Is the '.' at ``k`` inside a sentence? It is when a lower-case word or a comma follows
    ("Birmingham, Ala., killed", "Wade Supreme Court vs. the state")."""
    if tokens[k].text != "." or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].text
    if nxt in (",", ";") or (nxt[:1].islower() and nxt[:1].isalpha()):
        return True
    # a middle initial: "Daniel P. Davison" (not "Plan B. The ...": a name follows, not a common opener)
    prev = tokens[k - 1] if k else None
    return bool(prev and len(prev.text) == 1 and prev.text.isupper() and prev.end == tokens[k].start and k >= 2
                and tokens[k - 2].text[:1].isupper() and tokens[k - 2].text.isalpha()
                and nxt[:1].isupper() and nxt.isalpha() and nxt.lower() not in SENTENCE_OPENERS)


# Words that open a sentence after a one-letter word and a stop ("Plan B. The plan ..."), so that the
# stop ends the sentence; any other capital word after "Daniel P." is the rest of a name.
SENTENCE_OPENERS = frozenset(
    "the a an it he she they we i you this that these those there then but and or so in on at for by "
    "after before as if when while with his her their its our my your yet still now also however".split())


# cue table id -> (the table, kept so that its id stays its own; longest cue; first words of cues)
_SHAPES: dict[int, tuple[object, int, frozenset[str]]] = {}


def _cue_shape(cues: dict[tuple[str, ...], Any]) -> tuple[int, frozenset[str]]:
    """The longest cue and the words a cue can start with (computed once a table): a word that starts
    none is looked up no further."""
    shape = _SHAPES.get(id(cues))
    if shape is None or shape[0] is not cues:
        shape = _SHAPES[id(cues)] = (cues, max(len(k) for k in cues), frozenset(k[0] for k in cues))
    return shape[1], shape[2]


def _sentence_starts(window: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence break in ``window``: a stop before a capital or a line end, not
    the stop of a middle initial ("Daniel P. Davison") or a title ("Mr. Schwarz")."""
    out = []
    for m in _SENT_END.finditer(window):
        if m.group(0) != "\n":
            word = _WORD_BEFORE.search(window, 0, m.start() + 1)
            nxt = _WORD_AFTER.match(window, m.end())
            if word and nxt and nxt.group(0).lower() not in SENTENCE_OPENERS and (
                    (len(word.group(1)) == 1 and word.group(1).isupper()) or word.group(1) in NAME_TITLES):
                continue
        out.append((m.start(), m.end()))
    return out


@dataclass(frozen=True)
class TenseCue:
    """The tense of an expression's clause and the words that decided it."""

    tense: str | None  # PAST, FUTURE, PRESENT or None
    cue: str | None = None
    start: int | None = None  # character offsets of the cue in the text
    end: int | None = None
    weight: int = 0  # 2 for a firm cue (auxiliary, "ago", irregular past), 1 for a soft one


NO_TENSE = TenseCue(None)


def past_form(word: str, res: Resources) -> bool:
    """Whether ``word``, written in lower case, is a past-tense verb form ("posted", "held"): an
    irregular past of ``past_verbs.txt`` or a word in -ed that ``not_past.txt`` does not list."""
    return word.islower() and (word in res.past_verbs or (
        len(word) > 4 and word.endswith("ed") and word.isalpha() and word not in res.not_past))


class TenseFinder:
    """Tense lookups over one tokenized text (sentences and clauses computed once)."""

    def __init__(self, text: str, tokens: list[Token], res: Resources | None = None) -> None:
        self.res = res or load()
        self.text = text
        self.tokens = tokens
        # "won’t" read as "won't", "till" as "until" ("was adjourned till Tuesday")
        self.words = [SPELLINGS.get(w, w) for w in (t.text.lower().replace("’", "'") for t in tokens)]
        self.max_cue, self.cue_starts = _cue_shape(self.res.tense_cues)
        sent: list[int] = [0]
        clause: list[int] = [0]
        for k, t in enumerate(tokens):
            if k and "\n" in text[tokens[k - 1].end : t.start]:
                sent.append(k)
                clause.append(k)
            if t.text in SENTENCE_ENDS and not _continues(tokens, k):
                sent.append(k + 1)
                clause.append(k + 1)
            elif (t.text in CLAUSE_BREAKS or t.text == "'" and k + 1 < len(tokens) and tokens[k + 1].text == "'"
                  or t.text == "-" and text[t.start - 1 : t.start] == " " and text[t.end : t.end + 1] == " "):
                clause.append(k + 1)  # ... and a spaced hyphen used as a dash: "will hide - said Truss"

            elif t.text in SUBORDINATORS and k:
                # "announced Friday that it will ...": the that-clause has its own tense
                clause.append(k)
            elif t.text in ("and", "but") and k + 1 < len(tokens) and tokens[k + 1].text in COORDINATED_AUXILIARIES:
                # "addressed the nation on Wednesday and will speak again on Friday": each verb
                # phrase of a coordination has its own tense
                clause.append(k)
        self.sent = sorted(set(sent))
        self.clause = sorted(set(clause))
        self._cues: dict[int, tuple[int, str, int, str] | None] = {}
        self._past_sentences: dict[int, bool] = {}
        self._positions: list[int] | None = None
        self._starts: frozenset[int] | None = None

    def bounds(self, i: int, j: int, starts: list[int]) -> tuple[int, int]:
        """The unit (sentence or clause) around tokens ``i..j``."""
        k = bisect.bisect_right(starts, i) - 1
        lo = starts[k] if k >= 0 else 0
        hi_k = bisect.bisect_left(starts, j)
        hi = starts[hi_k] if hi_k < len(starts) else len(self.tokens)
        return lo, max(hi, j)

    def sentence_of(self, i: int) -> int:
        """The index of the sentence that token ``i`` is in."""
        return bisect.bisect_right(self.sent, i) - 1

    def cue_at(self, k: int) -> tuple[int, str, int, str] | None:
        """(length in tokens, tense, weight, words) of a cue starting at token ``k``, or None."""
        if k in self._cues:
            return self._cues[k]
        words = self.words
        found = None
        if words[k] in PRESENT_BE and k + 1 < len(words):
            nxt = self.tokens[k + 1].text
            after = words[k + 2] if k + 2 < len(words) else ""
            if len(nxt) > 5 and nxt.endswith("ing") and nxt.isalpha() and nxt.islower() and nxt not in NOT_PROGRESSIVE \
                    and (nxt, after) not in LOOKING_BACK:
                found = (2, "FUTURE", 1, f"{words[k]} {nxt}")  # "is traveling ... on Tuesday"
            # "the election is (on) Sunday", "the vote is in May": a date told with the present of "be"
            # is a date ahead
            q = k + 2 if words[k + 1] in ("on", "in") and k + 2 < len(words) else k + 1
            if words[k + 1] in ("in", "at") and k + 2 < len(words) and words[k + 2] not in CALENDAR_NAMES:
                # ... after a short place name: "the final race is in Abu Dhabi on Friday"
                q = r = k + 2
                while r < len(words) and r - q < 3 and self.tokens[r].text[:1].isupper() and words[r] not in CALENDAR_NAMES:
                    r += 1
                q = r + 1 if r > q and r + 1 < len(words) and words[r] == "on" else k + 1
                if q == k + 1 and words[k + 1] == "at" and self.tokens[k + 2].text[:1].isdigit():
                    q = k + 2  # "kickoff is at 8:15 p.m. ET on Thursday"
            r = q  # ... after a clock time: "the deadline is 1600 GMT Thursday"
            while r < len(words) and r - q < CLOCK_REACH and (
                    self.tokens[r].text[:1].isdigit() or words[r] in CLOCK_WORDS):
                r += 1
            if r > q and r < len(words) and words[r] in CALENDAR_NAMES and self.tokens[q].text[:1].isdigit():
                q = r
            if found is None and words[k] in ("is", "are") and words[q] in CALENDAR_NAMES \
                    and self.tokens[q].text[:1].isupper():
                found = (q - k, "FUTURE", 2, " ".join(words[k:q]))
            if found is None and words[k] in ("is", "are") and self._scheduled_passive(k):
                found = (2, "FUTURE", 2, f"{words[k]} {words[k + 1]}")
        found = found or self._plain_cue(k)
        if found and found[3] in ("expected", "was expected", "were expected") and k and (words[k - 1] == "than" or (
                k > 1 and words[k - 1] == "-" and words[k - 2] == "than")):
            # "smaller-than-expected": a comparison, not a plan ("as expected on Tuesday" still looks ahead)
            found = None
        if found and found[3] in EXPECTING and found[2] == 1:
            # "said it expected its operations to return to normal by Wednesday": what is expected, told
            # with its object between the verb and its infinitive, lies ahead
            for m in range(k + 2, min(k + 2 + EXPECTED_OBJECT_REACH, len(words) - 1)):
                if self.tokens[m].kind != "word":
                    break
                if words[m] == "to":
                    found = (m - k + 1, "FUTURE", 2, " ".join(words[k:m + 1]))
                    break
        if (found is None or found[3] == "next") and words[k] == "next" and any(
                w in self.res.event_nouns for w in words[k + 1:k + 4]):
            # "the next debate", "the next series of nominating contests": an event still to come
            found = (1, "FUTURE", 2, "next " + next(w for w in words[k + 1:k + 4] if w in self.res.event_nouns))
        if found and found[3] in ("has", "have") and k + 1 < len(words) and (
                self.tokens[k + 1].kind == "num" or words[k + 1] in HAVE_AMOUNTS):
            # "Republicans have 24 Senate seats up in November": having an amount, in the present
            found = (1, "PRESENT", 1, f"{words[k]} {words[k + 1]}")
        if found and found[3] == "going to" and k + 2 < len(words) and words[k + 2] in ("plan", "schedule") and (
                k + 3 >= len(words) or self.tokens[k + 3].kind == "punct" or words[k + 3] in GOING_TO_PLAN_AFTER):
            # "a sign things aren't going to plan": the idiom, not a future ("is going to plan an attack" is)
            found = None
        if found and found[3] in FREE_RELATIVE_MODALS and any(w in FREE_RELATIVES for w in words[max(0, k - 3):k]):
            # "to buy whatever they could lay their hands on": the modal of a free relative says
            # nothing of the clause's time ("began to throng the shops on Monday" stays past)
            found = None
        if found and found[3] in ("until", "up until") and k + found[0] < len(words) \
                and re.fullmatch(r"(1[89]|20)\d\d", words[k + found[0]]):
            # "until 1990" dates its own end and says nothing of the clause: "celebrated Armistice Day
            # on November 11 until 1990"
            found = None
        if found is None and words[k] == "to" and k and k + 1 < len(words) and self.tokens[k - 1].text[:1].isupper() \
                and words[k - 1] not in CALENDAR_NAMES and self.tokens[k + 1].text.isalpha() \
                and self.tokens[k + 1].text.islower() and words[k + 1] not in NOT_VERBS_AFTER_TO \
                and self._short_sentence(k) and not self._past_in_sentence(k):
            # a headline's "Name to VERB" in a sentence with no past verb: "Von der Leyen to celebrate
            # Europe Day in Kyiv on Tuesday" (not "ordered in May by Kyiv to surrender")
            found = (2, "FUTURE", 1, f"to {words[k + 1]}")
        self._cues[k] = found
        return found

    def _scheduled_passive(self, k: int) -> bool:
        """Is "is"/"are" at ``k`` a present passive told with its own date, a thing scheduled: "the
        winner is announced on Saturday", "he is sworn in on Monday", "the report is published in
        March" (not "the letter is dated Monday", a state)?"""
        words, tokens = self.words, self.tokens
        if k + 3 >= len(words) or not tokens[k + 1].text.isalpha() or not tokens[k + 1].text.islower():
            return False
        part = words[k + 1]
        if part in STATIVE_PARTICIPLES or not (
                (part.endswith("ed") and len(part) > 4) or part in self.res.past_verbs or part in IRREGULAR_PARTICIPLES):
            return False
        q = k + 2
        if words[q] in ("in", "out", "up", "off", "down") and (words[q + 1] in ("on", "in")
                                                               or words[q + 1] in CALENDAR_NAMES):
            q += 1  # "is sworn in on Monday"
        if words[q] in ("on", "in") and q + 1 < len(words):
            q += 1
        return words[q] in CALENDAR_NAMES and tokens[q].text[:1].isupper() and not (
            q + 1 < len(words) and words[q + 1] in ("'s", "s"))

    def _plain_cue(self, k: int) -> tuple[int, str, int, str] | None:
        """A cue of the tables (tense.tsv, past verbs, verbs in -ed) starting at token ``k``."""
        words = self.words
        cues = self.res.tense_cues
        for n in range(min(self.max_cue, len(words) - k) if words[k] in self.cue_starts else 0, 0, -1):
            key = tuple(words[k : k + n])
            hit = cues.get(key)
            if hit and not (key == ("may",) and self.tokens[k].text != "may") and not (
                    k and words[k - 1] in NOUN_BEFORE and (key[0] in NOUN_CUES or (
                        key in ATTRIBUTIVE_CUES and k + 1 < len(words) and words[k + 1] in CALENDAR_NAMES))):
                return (n, hit[0], hit[1], " ".join(key))
        w = words[k]
        prev = words[k - 1] if k else ""
        prev2 = words[k - 2] if k > 1 else ""
        irregular = w in self.res.past_verbs
        regular = (len(w) > 4 and w.endswith("ed") and w.isalpha() and w not in self.res.not_past
                   and (not self.tokens[k].text[0].isupper() or self._opening_participle(k)))
        if irregular or regular:
            q = k - 1  # over adverbs back to the auxiliary they follow: "has already approved", but
            while q >= 0 and words[q] in AUX_ADVERBS:  # "the program, already approved on Monday," has none
                q -= 1
            grouped = (q >= 0 and words[q] in AUXILIARIES and words[q] not in AUX_ADVERBS) or (
                prev2 in AUXILIARIES and prev.endswith("ly"))
            spaced_dash = prev == "-" and self.text[self.tokens[k].start - 1 : self.tokens[k].start] == " "
            # "the decision is due on Sept. 18, followed by the budget on Nov. 26": a participle with its
            # agent and no auxiliary modifies a noun, it does not date the clause
            by_agent = k + 1 < len(words) and words[k + 1] == "by" and prev == ","
            if not grouped and not by_agent and (prev not in ADJECTIVE_BEFORE or spaced_dash):
                return (1, "PAST", 2 if irregular else 1, self.tokens[k].text)
        if w in self.res.same_form_past and self._subject_verb_object(k):
            return (1, "PAST", 1, self.tokens[k].text)
        return None

    def _opening_participle(self, k: int) -> bool:
        """Is the capitalised word in -ed at ``k`` a participle opening its sentence before a phrase of
        time or manner ("Asked on Tuesday whether ...", "Founded in 1998, ..."), not a name?"""
        return (k in self._sent_starts() and k + 1 < len(self.words)
                and self.words[k + 1] in OPENING_PARTICIPLE_NEXT)

    def _sent_starts(self) -> frozenset[int]:
        if self._starts is None:
            self._starts = frozenset(self.sent)
        return self._starts

    def _subject_verb_object(self, k: int) -> bool:
        """Is token ``k`` (a verb whose past is its plain form: "hit") set between a subject and its object
        ("The storm hit the town", "Russia hit Kharkiv"), so that it tells the past?"""
        if not k or k + 1 >= len(self.words) or not self.tokens[k].text.islower():
            return False
        prev, nxt = self.words[k - 1], self.words[k + 1]
        if prev in AUXILIARIES or prev in ADJECTIVE_BEFORE or prev in NOT_SUBJECTS or not prev.isalpha():
            return False
        return nxt not in NOT_OBJECTS and (nxt.isalpha() or nxt[:1].isdigit())

    def _present_relative(self, lo: int, i: int) -> bool:
        """Does the clause starting at token ``lo`` open with "that/which/who" and a verb in the present
        ("that follow", "which remains"), before the expression at ``i``?"""
        if lo + 1 >= i or self.words[lo] not in ("that", "which", "who"):
            return False
        if self.words[lo] == "that" and lo and (self._plain_cue(lo - 1) is not None or not self.words[lo - 1].isalpha()):
            return False  # "said that ...", "expects that ...": a complement clause, not a relative one
        w = self.tokens[lo + 1].text
        return (w.isalpha() and w.islower() and w not in AUXILIARIES and w not in self.res.past_verbs
                and not (w.endswith("ed") and w not in self.res.not_past) and w not in NOT_VERBS_AFTER_TO
                and w not in RELATIVE_NOT_VERBS)

    def _short_sentence(self, k: int) -> bool:
        """Is the sentence of token ``k`` headline-short (at most ``HEADLINE_TOKENS`` tokens)?"""
        si = self.sentence_of(k)
        hi = self.sent[si + 1] if si + 1 < len(self.sent) else len(self.tokens)
        return hi - self.sent[si] <= HEADLINE_TOKENS

    def _past_in_sentence(self, k: int) -> bool:
        """Does the sentence of token ``k`` have a past cue of the tables? (Computed once a sentence.)"""
        si = self.sentence_of(k)
        if si not in self._past_sentences:
            lo = self.sent[si]
            hi = self.sent[si + 1] if si + 1 < len(self.sent) else len(self.tokens)
            self._past_sentences[si] = any((c := self._plain_cue(q)) is not None and c[1] == "PAST"
                                           for q in range(lo, hi))
        return self._past_sentences[si]

    def _perfect_frame(self, k: int) -> bool:
        """Is the "until" at token ``k`` told in the past perfect: "had" and a participle ("had not
        called", "had been"), or "did not" and a verb ("did not arrive"), in its own clause, or in the clause right after a fronted "Until
        Thursday," -- with no that-clause or quotation between?"""
        lo, hi = self.bounds(k, k + 1, self.clause)
        s_lo, s_hi = self.bounds(k, k + 1, self.sent)
        if k == s_lo:  # "Until Thursday, (however,) they had not ...": the main clause after it too
            hi = s_hi
        words = self.words
        for q in range(max(lo, k - WINDOW), min(hi, k + WINDOW)):
            if words[q] not in ("had", "did", "didn") or self._embedded_between(min(q, k), max(q, k)):
                continue
            r = q + 1
            while r < hi and (words[r] in PERFECT_ADVERBS or words[r] in ("'t", "’t")):
                r += 1
            if words[q] in ("did", "didn"):  # "He did not arrive until Friday": the end came, in the past
                if r > q + 1 and r < k and words[r].isalpha():
                    return True
                continue
            if r < hi and (words[r] == "been" or past_form(self.tokens[r].text, self.res)):
                return True
        return False

    def _passive_before(self, a: int, i: int) -> bool:
        """Are tokens ``a..i`` a past participle, with or without "on" or "in", after a past auxiliary: "was
        postponed on Monday", "were killed Tuesday", "was passed in December"?"""
        if not a or self.words[a - 1] not in ("was", "were") or not (i - a == 1 or (
                i - a == 2 and self.words[i - 1] in ("on", "in"))):
            return False
        return past_form(self.tokens[a].text, self.res)

    def _fronted(self, k: int, j: int) -> bool:
        """Does the phrase from token ``k`` open its sentence and end with a comma right after token ``j``
        ("Until Friday, ...")?"""
        return (k == self.sent[self.sentence_of(k)] and j < len(self.tokens) and self.tokens[j].text == ","
                and all(w not in (",", ";") for w in self.words[k:j]))

    def _embedded_between(self, j: int, k: int) -> bool:
        """Does a that-clause, a "saying" or a quotation open between tokens ``j`` and ``k``?"""
        return any(self.words[q] in SUBORDINATORS or self.tokens[q].text in QUOTE_MARKS for q in range(j, k))

    def _all_cues(self) -> list[int]:
        """Token positions where a cue starts, found in one pass (multi-word cues not overlapped)."""
        if self._positions is None:
            positions = []
            k = 0
            while k < len(self.tokens):
                cue = self.cue_at(k)
                if cue is None:
                    k += 1
                    continue
                positions.append(k)
                k += cue[0]
            self._positions = positions
        return self._positions

    def _scan(self, lo: int, hi: int, i: int, j: int, local: bool = True) -> tuple[float, int, str, str, int, int] | None:
        best = None
        positions = self._all_cues()
        for idx in range(bisect.bisect_left(positions, lo), bisect.bisect_left(positions, hi)):
            k = positions[idx]
            if i <= k < j:
                continue
            cue = self.cue_at(k)
            assert cue is not None
            n, tense, weight, words = cue
            if words.startswith("next ") and not (k < i and i - k <= NEXT_EVENT_REACH):
                # "the next debate" tells of its own noun phrase ("the next debate on Thursday"), not of
                # a clause around it ("On Monday night, ... the tone of the next debate, Trump told ...")
                weight = 1
            if (words in FORWARD_ONLY or words.startswith("after ")) and k >= j:
                continue
            if not local and words in CLAUSE_ONLY_FIRM:
                weight = 1
            if words in CLAUSE_ONLY_FIRM and k >= j and any(self.words[q] in CONJUNCTIONS for q in range(j, k)):
                weight = 1
            if words in YIELDS_TO_PERFECT and k < i and self._fronted(k, j):
                # "Until Friday, the border was open": a fronted "until" tells nothing; the main clause does
                continue
            if words in YIELDS_TO_PERFECT and (self._perfect_frame(k) or (k < i and any(
                    (c := self._plain_cue(q)) is not None and c[1] == "PAST" for q in range(k + 1, i)))):
                # "had not called until Friday"; "were not reported until Reuters asked about them in
                # April": the until-clause's own past verb dates it
                weight = 1
            if j < k <= j + REPORTED_SUBJECT_REACH and weight > 1 and words in SUBJECT_MODALS and any(
                    self.words[q] in REPORTING_PAST for q in range(max(lo, i - REPORTER_REACH), i)):
                # "He told reporters on Tuesday he would not be drawn": the day dates the report before it;
                # the modal after it opens what was reported
                weight = 1
            if k >= j and weight > 1 and ((not local and self._embedded_between(j, k)) or any(
                    self.words[q] in ADVERBIAL_SUBORDINATORS for q in range(j, k))):
                # a cue in a that-clause or a quotation after the expression tells that clause's
                # time: "On March 1, he acknowledged ..., saying that Putin will pay" keeps March 1 past
                weight = 1
            adjacent = False
            if tense == "PAST" and self.tokens[i].text[:1].isupper() and (
                    k + n == i or (k + n == i - 1 and self.words[i - 1] in ("on", "in")) or k == j
                    or self._passive_before(k + n, i)):
                # a past verb right before or after a named day is the verb it dates: "unveiled on
                # Tuesday a plan to cut taxes", "approved in May a plan to withdraw", "Germany on
                # Wednesday announced plans to send tanks"
                weight, adjacent = 2, True
            if tense == "FUTURE" and k == j and words in SUBJECT_MODALS and weight == 2 and not (
                    i and self.words[i - 1] not in SAYING and past_form(self.tokens[i - 1].text, self.res)):
                # the expression is the modal's subject: "said winter would test the grid", "said
                # Friday would be his last day" (before the past verb that reports it)
                dist = -1.5
            elif adjacent:
                dist = -1.0
            elif k < i:
                dist = i - (k + n) - 0.5
            else:
                dist = k - j
            key = (-weight, dist)
            if best is None or key < best[0]:
                best = (key, k, n, tense, words)
        if best is None:
            return None
        (negweight, dist), k, n, tense, words = best
        if tense == "FUTURE" and negweight == -1 and words.startswith("to ") and not self._past_in_sentence(k):
            # "Lavrov to meet Kuleba on Thursday": a headline's infinitive with no past verb in its
            # sentence is a plan ("agreed Monday to meet ...", "called for a trial to hold ...
            # Wednesday" keep their past)
            negweight = -2
        return dist, k, tense, words, n, negweight

    def tense(self, i: int, j: int, include_span: bool = False) -> TenseCue:
        """The tense around tokens ``i..j`` (clause first, then sentence).

        The tokens of the span itself are skipped (a timex's "last" or "next" is not a tense
        cue) unless ``include_span`` (an event trigger's own verb form is the best cue).
        """
        units = [self.bounds(i, j, self.clause)]
        lo = units[0][0]
        if lo and self.tokens[lo - 1].text == "(":
            # a bracket's words take the tense of the clause they sit in: "will leave at 4 in the
            # morning (4 a.m. EDT Thursday)"
            units.append((self.bounds(lo - 1, lo, self.clause)[0], units[0][1]))
        elif lo and self.words[lo] == "with" and self.tokens[lo - 1].text == ",":
            # an absolute "with" clause hangs on the clause before it: "would leave from March 30,
            # with the third departing each Thursday from August 6"
            units[0] = (self.bounds(lo - 2, lo - 1, self.clause)[0], units[0][1])
        present_relative = self._present_relative(units[0][0], i)
        if present_relative:
            # "the primaries that follow in March": a relative clause in the present, with no cue of its
            # own, does not take the tense of the clause it hangs on ("... he has organized")
            units = units[:1]
        else:
            units.append(self.bounds(i, j, self.sent))
        for n_unit, (lo, hi) in enumerate(units):
            hit = self._scan(max(lo, i - WINDOW), min(hi, j + WINDOW), *((i, i) if include_span else (i, j)),
                             local=present_relative or n_unit < len(units) - 1)
            if hit:
                _, k, tense, words, n, negweight = hit
                if n_unit and self._trailing_attribution(units[0][1], k, n, words):
                    # "They need shelter before December, the UN said.": the words reported keep their
                    # own (present) tense; the past of the attribution after them is not theirs
                    return NO_TENSE
                return TenseCue(tense, words, self.tokens[k].start, self.tokens[k + n - 1].end, -negweight)
        return NO_TENSE

    def _trailing_attribution(self, clause_end: int, k: int, n: int, words: str) -> bool:
        """Is the cue at ``k`` the verb of an attribution that closes its sentence after the
        expression's clause (", the UN said.", ", said the minister.")?"""
        if words not in TRAILING_SAYING or k < clause_end or k - clause_end > ATTRIBUTION_REACH:
            return False
        if clause_end == 0 or self.tokens[clause_end - 1].text != ",":
            return False
        end = self.bounds(k, k + n, self.sent)[1]
        if end - (k + n) > ATTRIBUTION_TAIL:
            return False
        # ", said the minister." (the speaker after the verb), or ", the UN said (on Monday)." (nothing
        # reported after it: not ", the OECD said growth slowed.")
        return k == clause_end or k + n >= end or self.words[k + n] in ATTRIBUTION_AFTER


_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`(])|\n")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))([A-Za-z]{1,4})\.\Z")
_WORD_AFTER = re.compile(r"[A-Za-z]+")
# Titles before a name, whose stop does not end a sentence ("Mr. Schwarz will succeed ...").
NAME_TITLES = frozenset("Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Capt Sgt Prof Rev Adm Maj Cmdr Fr".split())


def sentence_tense(text: str, start: int, end: int, include_span: bool = True) -> TenseCue:
    """The tense of the clause (else the sentence) around ``text[start:end]``.

    With ``include_span`` (the default) the span's own words count, as they should for an event
    trigger ("counted" is past); pass False for a time expression, whose "last" or "next" says
    nothing about the clause.

    Returns a :class:`TenseCue`: ``tense`` is "PAST", "FUTURE", "PRESENT" or None, ``cue`` the
    words that decided and ``start``/``end`` their offsets in ``text``. Only the sentence around
    the span is read, so calling this for every event of an article stays cheap.

    >>> sentence_tense("Moscow will annex the regions on Friday, the Kremlin said.", 34, 40).tense
    'FUTURE'
    """
    lo = max(0, start - 600)
    hi = min(len(text), end + 600)
    window = text[lo:hi]
    breaks = _sentence_starts(window)
    starts = [e for _, e in breaks if e <= start - lo]
    a = starts[-1] if starts else 0
    after = [b for b, _ in breaks if b >= end - lo]
    b = after[0] + 1 if after else len(window)
    piece = window[a:b]
    res = load()
    from .scanner import merge_numbers

    tokens = merge_numbers(tokenize(piece, res.abbreviations), res.numbers, piece)
    s, e = start - lo - a, end - lo - a
    idx = [k for k, t in enumerate(tokens) if t.end > s and t.start < e]
    if not idx:
        return NO_TENSE
    finder = TenseFinder(piece, tokens, res)
    cue = finder.tense(idx[0], idx[-1] + 1, include_span)
    if cue.start is None:
        return cue
    return TenseCue(cue.tense, cue.cue, cue.start + lo + a, (cue.end or 0) + lo + a, cue.weight)
