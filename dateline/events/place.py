"""Where an event happens: the place mention of its sentence that the parse attaches to the trigger.

A place counts when its head reaches the trigger through prepositions and noun phrases ("killed seven
people in Lviv", "attacks on Kharkiv", "the Lviv region"), never through another verb (a place in
another clause: "deploying tactics as Kyiv grapples") and never as a subject, possessor or indirect
object ("Ukraine's leader is urging", "West Germany gained", "the nine - Bulgaria, ... - joined": an
actor, not a setting). A direct object, or the phrase of one after "of", is the place only of
events that happen where their object is (``place_objects.txt``: "shelled Kharkiv", "visited Kyiv",
"captured the city of Melitopol"), not of "accused the US" or "raised the prospect of Poland ...";
a place after a preposition of location (``place_preps.txt``) inside the object's phrase is
("killed seven people in Lviv"), and so is the target of such an event ("an operation against
Ukraine"). A place after another preposition is none ("talks with Russia", "sanctions against
Russia", "as Kyiv grapples" read as a preposition), nor is the addressee of a statement or request
("spoke to the people of Russia", ``addressee_types.txt``; but a verb of motion goes to its
destination: "travelled to St Petersburg", ``motion_verbs.txt``) or one of a hyphenated pair of names
("US-Russia talks"). A possessor is the event's actor when it is the
trigger's ("Russia's demands"), else it goes with its noun ("bearing down on Ukraine's capital").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from .lexicon import RESOURCES

MAX_STEPS = 5
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dative", "attr", "expl"})
# prepositions of a target: the place of an event that happens where its object is ("an operation
# against Ukraine", "strikes on Kharkiv"), not of others ("sanctions against Russia")
TARGET_PREPS = frozenset({"against", "on", "upon"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
LINK_DEPS = frozenset({"conj", "appos"})


ADDRESS_PREPS = frozenset({"to", "toward", "towards"})
NAME_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
HYPHENS = frozenset({"-", "–", "—", "/"})


@lru_cache(maxsize=1)
def _addressee_types() -> frozenset[str]:
    lines = (RESOURCES / "addressee_types.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def _motion_verbs() -> frozenset[str]:
    """Verbs whose "to" phrase is a destination whatever their type ("travelled to St Petersburg")."""
    lines = (RESOURCES / "motion_verbs.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#"))


def paired_name(tok: Token) -> bool:
    """Whether a name is one of a hyphenated pair ("US-Russia talks", "the Russia-Ukraine war"): the
    two sides of the event, not its place."""
    doc = tok.doc
    for hyphen, other in ((tok.i + 1, tok.i + 2), (tok.i - 1, tok.i - 2)):
        if 0 <= min(hyphen, other) and max(hyphen, other) < len(doc) and doc[hyphen].text in HYPHENS \
                and doc[other].pos_ in ("PROPN", "ADJ", "NOUN") and doc[other].text[:1].isupper():
            return True
    return False


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(event types, verb lemmas) whose objects are places, and the prepositions of location."""
    def words(name: str) -> list[str]:
        lines = (RESOURCES / name).read_text(encoding="utf-8").splitlines()
        return [w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#")]

    objects = words("place_objects.txt")
    return (frozenset(w for w in objects if w.isupper()), frozenset(w.lower() for w in objects if not w.isupper()),
            frozenset(w.lower() for w in words("place_preps.txt")))


def object_place(trigger: Token, kind: str) -> bool:
    """Whether the trigger's direct object is where its event happens ("shelled Kharkiv")."""
    types, lemmas, _ = _lists()
    return kind in types or trigger.lemma_.lower() in lemmas


def attached(head: Token, trigger: Token, kind: str) -> bool:
    """Whether a place headed by ``head`` is the place of ``trigger``'s event (see the module docstring)."""
    _, _, preps = _lists()
    cur = _up_links(head, trigger)  # "Poland and Finland": the first conjunct's role
    located = False  # reached through a preposition of location
    for _ in range(MAX_STEPS):
        if cur.i == trigger.i:
            return True
        if cur.head.i == cur.i or cur.dep_ in ACTOR_DEPS or (cur.dep_ == "poss" and cur.head.i == trigger.i):
            return False  # an actor ("Ukraine's leader is urging", "Russia's demands"), not a setting
        if cur.dep_ in OBJECT_DEPS and cur.head.i == trigger.i:
            return located or object_place(trigger, kind)
        if cur.dep_ in NAME_MODIFIER_DEPS and cur.head.i == trigger.i and paired_name(cur):
            return False  # "US-Russia talks": the two sides, not a place
        if cur.dep_ == "pobj" and cur.head.dep_ in ("prep", "agent"):
            prep = cur.head.lower_
            if prep in ADDRESS_PREPS and cur.head.head.i == trigger.i and kind in _addressee_types() \
                    and trigger.lemma_.lower() not in _motion_verbs():
                return False  # "spoke to the people of Russia": an addressee, not a destination
            target = prep in TARGET_PREPS and object_place(trigger, kind)  # "an operation against Ukraine"
            if prep not in preps and prep != "of" and not target:
                return False  # "as Kyiv grapples", "talks with Russia": no setting
            located = located or prep in preps or target
        nxt = cur.head
        if nxt.i != trigger.i and nxt.pos_ in ("VERB", "AUX"):
            return False  # another clause
        cur = _up_links(nxt, trigger)
    return False


def _up_links(tok: Token, trigger: Token) -> Token:
    """The first conjunct or the noun an apposition renames."""
    while tok.dep_ in LINK_DEPS and tok.head.i != tok.i and tok.i != trigger.i:
        tok = tok.head
    return tok


def event_place(trigger: Token, sent: Span, places: Sequence[Any], kind: str, head_of: Any) -> Any | None:
    """The first place of ``places`` (objects with start and end offsets) in ``sent`` that is the place
    of ``trigger``'s event, else None. ``head_of(start, end)`` gives a mention's head token."""
    for p in places:
        if not (sent.start_char <= p.start and p.end <= sent.end_char):
            continue
        head = head_of(p.start, p.end)
        if head is not None and head.i != trigger.i and attached(head, trigger, kind):
            return p
    return None
