"""The event mention: who did what to whom, when, where, and whether it happened.

One ``EventMention`` is one sentence's report of one event. Offsets are character offsets into
the article field it was found in (``field`` is "text" or "title"), so every mention can be traced
back to the words it came from. Grouping mentions across articles into events is done above this
layer (``dateline.timelines``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: What a mention says about whether its event took place.
STATUSES = ("happened", "ongoing", "planned", "denied", "hypothetical")

#: How the mention's date was found: from a time expression in its sentence, from the date of the
#: statement that reports it, or only from the article's date (a weak anchor).
ANCHORS = ("timex", "reported", "article")


@dataclass
class Participant:
    """An actor or target of an event: the words in the text and, when known, the canonical entity."""

    text: str
    start: int
    end: int
    role: str  # "agent" | "patient" | "other"
    label: str | None = None  # PERSON, ORG, GPE, NORP, ... or None for a common noun
    entity: str | None = None  # canonical name of the entity, when resolved

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EventMention:
    """One report of one event in one sentence of one article."""

    article_id: str
    field: str  # "text" or "title"
    trigger: str  # the word(s) naming the event, as written
    start: int  # trigger offsets
    end: int
    lemma: str  # base form of the trigger ("annex", "ceremony")
    sentence: str
    sentence_start: int
    sentence_end: int
    status: str = "happened"  # one of STATUSES
    status_cue: str | None = None  # the words that decided the status ("will", "refused to")
    type: str | None = None  # event category (PLOVER-like: "ACCUSE", "AGREE", "ASSAULT", ...)
    agents: list[Participant] = field(default_factory=list)
    patients: list[Participant] = field(default_factory=list)
    # When: the day (or coarser) the event is placed on, as a TimeML value ("2022-09-30", "2022-W39",
    # "2022-09") with the interval it covers, and how it was found.
    date: str | None = None
    date_start: str | None = None  # ISO date, first day of the interval
    date_end: str | None = None  # ISO date, last day of the interval
    anchor: str = "article"  # one of ANCHORS
    timex: dict[str, Any] | None = None  # the anchoring time expression {start, end, text, value}
    place: dict[str, Any] | None = None  # {start, end, text, name, country, lat, lon} when resolved
    reporting: bool = False  # the trigger is a speech act ("said", "announced")
    score: float = 1.0  # how confident the extractor is that this is an event worth a timeline
    # why the score is below 1.0: "light", "state", "passing", "aside", "hedged", "denied", "habit",
    # "activity", "poll", "phase", "quote", "quoted", "background", "credit" (a verb that credits the
    # source: "BelTA has learned"), "heading" (a sub-heading or caption line inside the text), "tally" (a
    # toll counted up to now: "has claimed 14,000 lives since 2014"), "support" (a support verb's participle
    # that only carries its event noun: "a discussion conducted with Truss"), "opinion" (an undated event of
    # an opinion piece) (None at 1.0)
    score_why: str | None = None
    # other named participants: modifiers and obliques ("iPhone launch", "resigned from Acme")
    others: list[Participant] = field(default_factory=list)
    # the type as PLOVER codes the sentence, the status taken into account: a planned SANCTION is a
    # THREATEN, a planned AID an AGREE (intent), "must withdraw" a REQUEST; ``type`` is the action itself
    plover: str | None = None
    # the text puts the event before its date ("had voted", "after the referendums"): with a weak
    # or reported anchor, the event happened before ``date``, on a day the text does not give
    before_anchor: bool = False
    # the text dates the event only relative to another event of the narrative ("One year later he was
    # fired"): ``date`` is then the article's (anchor "article"), which is not the event's date
    relative: bool = False

    @property
    def weak_date(self) -> bool:
        """True when the date comes only from the article's publication date."""
        return self.anchor == "article"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["weak_date"] = self.weak_date
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventMention:
        d = dict(d)
        d.pop("weak_date", None)
        d["agents"] = [Participant(**p) for p in d.get("agents") or []]
        d["patients"] = [Participant(**p) for p in d.get("patients") or []]
        d["others"] = [Participant(**p) for p in d.get("others") or []]
        return cls(**d)
