"""Events: who did what to whom, when, where, and whether it happened.

    >>> from dateline.nlp import parse
    >>> from dateline.time import tag
    >>> text = "Moscow will annex four regions at a ceremony on Friday."
    >>> [(e.lemma, e.date, e.status) for e in extract_events(parse(text), tag(text, "2022-09-29"), "2022-09-29")]
    [('annex', '2022-09-30', 'planned'), ('ceremony', '2022-09-30', 'planned')]
"""

from __future__ import annotations

from .extract import extract_events
from .model import ANCHORS, STATUSES, EventMention, Participant

__all__ = ["ANCHORS", "STATUSES", "EventMention", "Participant", "extract_events"]
