"""The events layer's word lists, read once from the data files in ``resources/``.

* ``event_nouns.txt``: nouns that name events ("ceremony", "referendum", "sanctions").
* ``light_verbs.txt``: verbs that are not events on their own (be, have, seem, make ...).
* ``support_verbs.txt``: verbs that carry an event noun ("hold a referendum", "make a speech").
* ``reporting_verbs.txt``: speech-act verbs (say, tell, announce ...).
* ``non_event_verbs.txt``: verbs that name a property, not an event ("aged 55", "Intel-powered"),
  and verb + particle pairs that are discourse moves ("moving on").
* ``event_name_heads.txt``: last words of event names ("Worldwide Developers Conference").
* ``participle_adverbs.txt``: adverbs that make a noun's participle an event ("recently announced").
* ``kind_nouns.txt``: nouns that pass their place in the sentence to the event after "of"
  ("some sort of treaty will need to be struck": the treaty is as planned as the sort).
* ``relative_cues.txt``: adverbs that date an event relative to another one ("One year later").
* ``status_cues.tsv``: cue word, status it signals, and where in the parse it must sit.
* ``conditional_phrases.txt``: phrases whose object is an event that may happen ("in the event of").
* ``belief_verbs.txt``: "believe", "think": their complement is only as real as the belief.
* ``quote_verbs.txt``: "continued", "concluded": not reporting verbs, but they introduce quotations.
* ``poll_sources.txt``: "poll", "survey": what they found is an opinion, not an event.
* ``fact_adverbs.txt``: "already", "now": a simple present that reports a fact, not a habit.
* ``extent_phrases.txt``: "so far": a quoted past perfect with one is a view, not a report.
* ``distance_units.txt``: "day", "week": "After 12 days, ..." dates an event from the one before.
* ``opinion_markers.txt``: phrases that mark an opinion piece ("The views expressed in this article");
  ``byline_nouns.txt``: what its author's line calls the author ("is a Guardian columnist").
* ``simultaneous_cues.txt``: relative phrases that put an event at the time of the narrative ("at the
  same time", "back then"), not after or before it.
* ``earlier_words.txt``: "recently", "a recent attack": the event lies before the article's day.
* ``tally_nouns.txt``: what a war toll counts ("lives", "people", "tanks").
* ``lasting_nouns.txt``: events named by a noun that outlast the day of the verb they are the subject
  of ("The war killed 100 people last week"); other subject nouns take that verb's date.
* ``lasting_verbs.txt``: activities that go on from the date "since" gives ("has raged since 2022"); other
  events with "since" happened after that date, not on it ("a gain of 2% since Wednesday's close").
* ``briefing_verbs.txt``: verbs of speech with an object, not a clause ("pointed to", "mentioned"): in the
  simple past they were said at the statement the story's lead dates, like the reporting verbs.
* ``goal_frames.txt``: phrases of aim whose gerund is a goal, not an event ("aimed at keeping"), and
  phrases whose infinitive is one ("in order to", "in an effort to").
* ``clause_marks.tsv``: conjunctions of a time clause and where its event lies from the main clause's
  ("after", "since": earlier; "before", "until": later): such a clause takes no date from its main clause.
* ``credit_verbs.txt``: verbs that credit the source of a report ("BelTA has learned", "we read in");
  ``credit_participles.txt``: participles that do with a named agent ("a letter seen by the Financial Times").
* ``event_types.tsv``: lemma → PLOVER-like event type.
* ``contextual_types.tsv``: a head word, a relation and the words on its other end that decide the
  type ("struck a deal" AGREE, "strikes on Crimea" ASSAULT) or make it no event ("world order").
* ``state_participles.txt``: verbs whose participle names a state ("related", "Kyiv-based"), and
  ``passive_states.txt`` those whose past participle only does ("is determined to").
* ``reference_preps.txt``, ``frame_nouns.txt``: where an event noun is only a time reference
  ("since the Olympics", "on day 48 of the war").
* ``complement_verbs.txt``: phase and intent verbs ("begun deploying", "plans to hold");
  ``state_nouns.txt``: nouns of long states ("the war", "the crisis"), passing mentions without a
  date of their own; ``stative_verbs.txt``: verbs of lasting states ("relies on", "applies to");
  ``motion_verbs.txt``: verbs of travel whose purpose clause is no aside ("travelled ... to meet").
* ``performative_verbs.txt``: verbs whose simple present is an act ("We condemn", "Kyiv rejects");
  ``habitual_adverbs.txt``: adverbs that make a verb a habit ("often", "constantly");
  ``stance_verbs.txt``: verbs that take a stance on an event named as their object ("condemned
  the invasion");
  ``realized_modifiers.txt``: modifiers of an event noun that already exists ("the recent attack");
  ``directive_verbs.txt``: verbs whose complement is asked for, not done ("urged Russia to withdraw");
  ``judging_verbs.txt``: verbs of praise and blame, whose object does the gerund after "for";
  ``object_control_verbs.txt``: verbs whose object does their infinitive ("urged Moscow to withdraw")
  ("praised Kenya for sending police").
* ``boilerplate.txt``: web-page lines that carry no event ("ADVERTISEMENT", "Click here to ...");
  ``boilerplate_phrases.txt``: phrases that make the sentence holding them furniture ("Enter your email").
* ``habitual_verbs.txt``: verbs that make their complement a habit ("keep evaporating", "used to live");
  ``phase_verbs.txt``: verbs that only begin, continue or end the event their subject names ("the
  attack began"); ``poll_subjects.txt``: subjects of a poll's findings ("respondents", "a majority");
  ``possibility_nouns.txt``: nouns that make what they govern a possibility ("the risk that ...");
  ``generic_sources.txt``: unnamed groups whose statements are opinion ("Analysts say").
* (buttons and notices glued into a sentence, "Click to share on Twitter (Opens in new window)", are found by
  :mod:`dateline.furniture` for every layer: the words inside them are no events.)
* ``non_event_compounds.txt``: two-word nouns whose first word the tagger reads as a verb ("left fielder",
  "cutting edge", "pinch-hit"); ``dated_things.txt``: nouns of things a year before them dates ("a 1977 law");
  ``role_heads.txt``: nouns of people whose job an event noun before them
  names ("a bankruptcy judge", "election officials"), and ``thing_heads.txt`` the bodies, crews and machines
  it names ("an appeals court", "water-bombing planes"): that noun is no event.
* ``simultaneous_marks.txt``: conjunctions of a clause at the time of its main clause ("as he pursued a ball in
  the 2003 series"): a main clause with no date of its own takes the clause's, as with "when".
* ``distributive_words.txt``: "each", "every": a verb done "each time", "every year", "in each of" is a habit;
  ``occasion_nouns.txt``: the nouns of time or occasion they spread it over ("time", "year", "season"); a
  present progressive "at the end of" one is planned ("is retiring at the end of the season").
* ``tribute_words.txt``: "occasion", "mark": a day named as what an event honours ("a meeting on the occasion of
  Victory Day on 7 May") gives way to the event's other date.
* ``idiom_phrases.txt``: figurative phrases led by a verb ("hit home", "hang in the balance"): no event.
* ``indefinite_objects.txt``: "nothing", "anything": their infinitive is hypothetical ("found nothing to change").
* ``comparison_preps.txt``, ``change_words.txt``: "rising 266,000 from the same period of last year": the date
  of a comparison's base is not the time of the change (round 11).
* ``anonymity_phrases.txt``: "said the official, who declined to give his name": a formula that keeps the
  source unnamed; its words are no events (round 11).
* ``accompanying_preps.txt``: "with": an absolute clause ("..., with Mandelson saying ...") takes the date
  of its main clause (round 11).
* ``speaker_after_verbs.txt``: speech verbs whose noun right after them, in an attribution after a dash or a
  quotation ("... - said the politician", '..." - wrote Nikolenko'), is the speaker, not an object (round 12).
* ``reference_verbs.txt``: verbs that refer to an event named as their object ("referred to the rebellion ...
  in 2014"): a date right after that object is the object's (round 12).
* ``anchor_preps.txt``: prepositions after which an event noun is already real ("following the invasion",
  "since the attack"): it does not share the plan of the verb it hangs from (round 12).
* ``support_participles.txt``: "conduct", "hold": "a discussion conducted with Truss", "the investigation was
  conducted by journalists": the event noun is the event, the support verb no second one (round 12).
* ``request_preps.txt``: "call for", "prepare for": the event noun after them ("called for a ceasefire") is
  asked for or prepared, planned as the object of "demand" is (round 12).
* ``means_preps.txt``: "by": a gerund of means ("should show solidarity by inviting Sandu") is as planned or
  hypothetical as its verb (round 12).
* ``progressive_cues.txt``: head cues that announce a future only in the progressive ("is going to sign",
  but "went on to say") (round 11).
* ``goal_nouns.txt``: "aim", "plan": "The aim was to help" names a goal; "The minister is to visit" is a
  future (round 11).
* ``type_modality.tsv``: how a status or cue changes a type (an intent to cooperate is AGREE, a
  hostile action announced is THREATEN, as PLOVER codes them).

A malformed line is an error naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).parent / "resources"
CUE_PLACES = ("aux", "neg", "head", "mark", "amod", "subj")


@dataclass(frozen=True)
class Lexicon:
    """Every word list the extractor uses."""

    event_nouns: frozenset[str]
    light_verbs: frozenset[str]
    support_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    non_event_verbs: frozenset[str]  # lemmas, and "verb particle" pairs
    relative_cues: frozenset[str]
    event_name_heads: frozenset[str]
    participle_adverbs: frozenset[str]
    kind_nouns: frozenset[str]
    status_cues: dict[tuple[str, str], str]  # (place, cue) -> status
    types: dict[str, str]  # lemma -> type
    modality: tuple[tuple[str, frozenset[str], str], ...]  # (status or cue, types, new type)
    # (head lemma, relation, dependent words or {"*"}, type or "-")
    contextual: tuple[tuple[str, str, frozenset[str], str], ...] = ()
    contextual_heads: frozenset[str] = frozenset()  # the head lemmas of those rows
    state_participles: frozenset[str] = frozenset()  # lemmas, and "word lemma" pairs
    participle_only: frozenset[str] = frozenset()  # of those, the ones whose finite forms are events
    reference_preps: frozenset[str] = frozenset()  # prepositions, and "word preposition" pairs
    frame_nouns: frozenset[str] = frozenset()
    boilerplate: tuple[str, ...] = ()
    complement_verbs: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    stative_verbs: frozenset[str] = frozenset()
    motion_verbs: frozenset[str] = frozenset()
    performative_verbs: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    realized_modifiers: frozenset[str] = frozenset()
    directive_verbs: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()
    object_control_verbs: frozenset[str] = frozenset()
    boilerplate_phrases: tuple[str, ...] = ()
    habitual_verbs: frozenset[str] = frozenset()
    phase_verbs: frozenset[str] = frozenset()
    poll_subjects: frozenset[str] = frozenset()
    possibility_nouns: frozenset[str] = frozenset()
    generic_sources: frozenset[str] = frozenset()
    conditional_phrases: frozenset[str] = frozenset()
    credit_verbs: frozenset[str] = frozenset()
    credit_participles: frozenset[str] = frozenset()
    lasting_verbs: frozenset[str] = frozenset()
    lasting_nouns: frozenset[str] = frozenset()
    briefing_verbs: frozenset[str] = frozenset()
    goal_frames: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    quote_verbs: frozenset[str] = frozenset()
    poll_sources: frozenset[str] = frozenset()
    fact_adverbs: frozenset[str] = frozenset()
    extent_phrases: frozenset[str] = frozenset()
    distance_units: frozenset[str] = frozenset()
    opinion_markers: frozenset[str] = frozenset()
    byline_nouns: frozenset[str] = frozenset()
    simultaneous_cues: frozenset[str] = frozenset()
    earlier_words: frozenset[str] = frozenset()
    tally_nouns: frozenset[str] = frozenset()
    clause_marks: dict[str, str] = field(default_factory=dict)  # "after" -> "earlier", "before" -> "later"
    non_event_compounds: frozenset[str] = frozenset()  # "left fielder", "cutting edge"
    role_heads: frozenset[str] = frozenset()  # "judge", "officials": "a bankruptcy judge" names no bankruptcy
    dated_things: frozenset[str] = frozenset()  # "law": "under a 1977 law" is the law's year, not the verb's
    simultaneous_marks: frozenset[str] = frozenset()  # "as", "while": a clause at the time of its main clause
    distributive_words: frozenset[str] = frozenset()  # "each", "every": "lost each time" is a habit
    occasion_nouns: frozenset[str] = frozenset()  # "time", "year": what "each"/"every" spread an event over
    tribute_words: frozenset[str] = frozenset()  # "occasion", "mark": a day honoured, not the event's date
    indefinite_objects: frozenset[str] = frozenset()  # "nothing": "found nothing to change" is hypothetical
    idiom_phrases: tuple[tuple[str, ...], ...] = ()  # ("hit", "home"): a verb lemma and the words after it
    comparison_preps: frozenset[str] = frozenset()  # "from", "over", "compare with": the base of a change
    change_words: frozenset[str] = frozenset()  # "rise", "increase", "drop"
    anonymity_phrases: tuple[str, ...] = ()  # "declined|refused to be named|identified" (a|b: either word)
    accompanying_preps: frozenset[str] = frozenset()  # "with": "..., with Mandelson saying ..."
    progressive_cues: frozenset[str] = frozenset()  # "go": planned only in "is going to"
    goal_nouns: frozenset[str] = frozenset()  # "aim", "plan": "The aim was to help" (a goal)
    speaker_after_verbs: frozenset[str] = frozenset()  # "say", "write": "- said the politician" (speaker)
    reference_verbs: frozenset[str] = frozenset()  # "refer", "recall": their object's date is the object's
    anchor_preps: frozenset[str] = frozenset()  # "following", "since", "because of": an event already real
    means_preps: frozenset[str] = frozenset()  # "by": "by inviting" shares its verb's plan or condition
    support_participles: frozenset[str] = frozenset()  # "conduct": "a discussion conducted with" is one event
    request_preps: frozenset[str] = frozenset()  # "call for": "called for a ceasefire" (asked for, planned)


def _lines(name: str) -> list[tuple[int, str]]:
    out = []
    for no, line in enumerate((RESOURCES / name).read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            out.append((no, line.strip()))
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for _, w in _lines(name))


def _table(name: str, width: int) -> list[list[str]]:
    rows = []
    for no, line in _lines(name):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != width or not all(cells):
            raise ValueError(f"{RESOURCES / name}:{no}: expected {width} tab-separated fields, got {line!r}")
        rows.append(cells)
    return rows


RELATIONS = ("obj", "mod", "comp", "oprd", "prev", "next", "prt", "sent", "subj", "noun", "verb")


def _contextual() -> tuple[tuple[str, str, frozenset[str], str], ...]:
    rows = []
    for heads, rel, words, kind in _table("contextual_types.tsv", 4):
        if rel not in RELATIONS and not rel.startswith("prep:"):
            raise ValueError(f"contextual_types.tsv: unknown relation {rel!r} for {heads!r}")
        dependents = frozenset(w.strip().lower() for w in words.split(","))
        # several head lemmas may share a line: "hit,strike,kill<TAB>subj<TAB>storm,quake,...<TAB>OTHER"
        rows.extend((head.strip().lower(), rel, dependents, kind) for head in heads.split(",") if head.strip())
    return tuple(rows)


def _phrases(name: str) -> frozenset[str]:
    """A word list whose entries may be several words, spaces normalized ("rules based", "in order")."""
    return frozenset(" ".join(w.split()) for w in _words(name))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon (cached)."""
    cues: dict[tuple[str, str], str] = {}
    for cue, status, place in _table("status_cues.tsv", 3):
        if place not in CUE_PLACES:
            raise ValueError(f"status_cues.tsv: unknown place {place!r} for cue {cue!r}")
        cues[(place, cue.lower())] = status
    types = {lemma.lower(): kind for lemma, kind in _table("event_types.tsv", 2)}
    return Lexicon(
        event_nouns=_words("event_nouns.txt"),
        light_verbs=_words("light_verbs.txt"),
        support_verbs=_words("support_verbs.txt"),
        reporting_verbs=_words("reporting_verbs.txt"),
        non_event_verbs=_phrases("non_event_verbs.txt"),
        relative_cues=_words("relative_cues.txt"),
        event_name_heads=_words("event_name_heads.txt"),
        participle_adverbs=_words("participle_adverbs.txt"),
        kind_nouns=_words("kind_nouns.txt"),
        status_cues=cues,
        types=types,
        contextual=(contextual := _contextual()),
        contextual_heads=frozenset(row[0] for row in contextual),
        state_participles=_phrases("state_participles.txt") | _words("passive_states.txt"),
        participle_only=_words("passive_states.txt"),
        reference_preps=_phrases("reference_preps.txt"),
        frame_nouns=_words("frame_nouns.txt"),
        complement_verbs=_words("complement_verbs.txt"),
        state_nouns=_words("state_nouns.txt"),
        stative_verbs=_words("stative_verbs.txt"),
        motion_verbs=_words("motion_verbs.txt"),
        performative_verbs=_words("performative_verbs.txt"),
        stance_verbs=_words("stance_verbs.txt"),
        habitual_adverbs=_words("habitual_adverbs.txt"),
        realized_modifiers=_words("realized_modifiers.txt"),
        directive_verbs=_words("directive_verbs.txt"),
        judging_verbs=_words("judging_verbs.txt"),
        object_control_verbs=_words("object_control_verbs.txt"),
        boilerplate=tuple(sorted(_phrases("boilerplate.txt"))),
        boilerplate_phrases=tuple(sorted(_phrases("boilerplate_phrases.txt"))),
        conditional_phrases=_phrases("conditional_phrases.txt"),
        credit_verbs=_words("credit_verbs.txt"),
        credit_participles=_words("credit_participles.txt"),
        lasting_verbs=_words("lasting_verbs.txt"),
        lasting_nouns=_words("lasting_nouns.txt"),
        briefing_verbs=_words("briefing_verbs.txt"),
        goal_frames=_phrases("goal_frames.txt"),
        belief_verbs=_words("belief_verbs.txt"),
        quote_verbs=_phrases("quote_verbs.txt"),
        poll_sources=_words("poll_sources.txt"),
        fact_adverbs=_words("fact_adverbs.txt"),
        extent_phrases=_phrases("extent_phrases.txt"),
        distance_units=_words("distance_units.txt"),
        opinion_markers=_phrases("opinion_markers.txt"),
        byline_nouns=_phrases("byline_nouns.txt"),
        simultaneous_cues=_phrases("simultaneous_cues.txt"),
        earlier_words=_words("earlier_words.txt"),
        tally_nouns=_words("tally_nouns.txt"),
        clause_marks={mark.lower(): side for mark, side in _table("clause_marks.tsv", 2)},
        habitual_verbs=_words("habitual_verbs.txt"),
        phase_verbs=_words("phase_verbs.txt"),
        poll_subjects=_words("poll_subjects.txt"),
        possibility_nouns=_words("possibility_nouns.txt"),
        generic_sources=_words("generic_sources.txt"),
        non_event_compounds=_phrases("non_event_compounds.txt"),
        role_heads=_words("role_heads.txt") | _words("thing_heads.txt"),
        dated_things=_words("dated_things.txt"),
        simultaneous_marks=_words("simultaneous_marks.txt"),
        distributive_words=_words("distributive_words.txt"),
        occasion_nouns=_words("occasion_nouns.txt"),
        tribute_words=_words("tribute_words.txt"),
        indefinite_objects=_words("indefinite_objects.txt"),
        idiom_phrases=tuple(sorted(tuple(p.split()) for p in _phrases("idiom_phrases.txt"))),
        comparison_preps=_phrases("comparison_preps.txt"),
        change_words=_words("change_words.txt"),
        anonymity_phrases=tuple(sorted(_phrases("anonymity_phrases.txt"))),
        accompanying_preps=_words("accompanying_preps.txt"),
        progressive_cues=_words("progressive_cues.txt"),
        goal_nouns=_words("goal_nouns.txt"),
        speaker_after_verbs=_phrases("speaker_after_verbs.txt"),
        reference_verbs=_phrases("reference_verbs.txt"),
        anchor_preps=_phrases("anchor_preps.txt"),
        means_preps=_words("means_preps.txt"),
        support_participles=_words("support_participles.txt"),
        request_preps=_phrases("request_preps.txt"),
        modality=tuple((cue.lower(), frozenset(t.strip() for t in kinds.split(",")), new)
                       for cue, kinds, new in _table("type_modality.tsv", 3)),
    )
