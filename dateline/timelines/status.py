"""An event's status: planned, happened, cancelled, postponed ..., from the words bound to its trigger
and from what the latest articles say."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources

from dateline.datafiles import table_rows
from dateline.events.model import EventMention
from dateline.timelines.articles import ArticleInfo, article_date


@cache
def status_words() -> dict[str, str]:
    """``{phrase: status}`` from ``status_words.tsv``."""
    path = resources.files(__package__).joinpath("status_words.tsv")
    return {" ".join(phrase.split()): status for phrase, status in table_rows(path, 2)}


@cache
def _status_pattern() -> re.Pattern:
    phrases = sorted(status_words(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b")


def mention_status(m: EventMention) -> str:
    """The mention's status, refined by fate words next to its trigger ("was cancelled")."""
    return _refined_status(m.sentence, m.start - m.sentence_start, m.end - m.sentence_start, m.status_cue,
                           m.status)


#: Words that may stand between an auxiliary-less fate verb and the event it governs ("cancelled the
#: planned summit", "the postponement of the vote"); anything else (a "to", a new noun) ends the link.
_FATE_OBJECT_WORDS = frozenset("the a an its his her their our this that these those next planned scheduled "
                               "upcoming annual of".split())
#: Auxiliaries of a passive fate ("was cancelled", "has been postponed").
_FATE_AUX = frozenset("was were is are be been being has have had will would got get gets".split())
#: Words that start a new clause between a trigger and a fate word: the fate is not the trigger's.
_CLAUSE_WORDS = frozenset("and but which who that when while after before because as where so".split())
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'’-]*|[,;:.!?()\"“”]")


@lru_cache(maxsize=100_000)
def _refined_status(sentence: str, rel_start: int, rel_end: int, cue: str | None, status: str) -> str:
    found = set(fate_words(sentence, rel_start, rel_end))
    if cue:
        table = status_words()
        found |= {table[" ".join(hit.split())] for hit in _status_pattern().findall(cue.lower())}
    for fate in ("cancelled", "postponed"):
        if fate in found and status != "hypothetical":
            return fate
    if "held" in found and status in ("happened", "ongoing"):
        return "held"
    return status


def fate_words(sentence: str, rel_start: int, rel_end: int) -> list[str]:
    """The fates (cancelled, postponed, held) that ``sentence`` gives the event whose trigger spans
    ``rel_start:rel_end``: only fate words bound to the trigger count, "the summit planned for Friday
    was cancelled", "called off the vote", "the postponement of the vote", "the vote went ahead";
    not a fate word of another clause or another noun ("came back after a rain delay to clinch",
    "a game which was delayed for rain and ended").
    """
    table = status_words()
    low = sentence.lower()
    out = []
    for hit in _status_pattern().finditer(low):
        fate = table[" ".join(hit.group(1).split())]
        a, b = hit.span(1)
        if b <= rel_start:  # the fate word comes first: "cancelled the summit", "postponement of the vote"
            between = _TOKEN.findall(low[b:rel_start])
            if len(between) <= 3 and all(w in _FATE_OBJECT_WORDS or w.endswith(("'s", "’s")) for w in between):
                out.append(fate)
        elif a >= rel_end:  # the trigger comes first: "the summit ... was cancelled", "the vote went ahead"
            between = _TOKEN.findall(low[rel_end:a])
            if len(between) > 6 or any(w in _CLAUSE_WORDS or w in ";:.!?()" for w in between[:-1]):
                continue
            if not between or between[-1] in _FATE_AUX or fate == "held" and " " in hit.group(1):
                out.append(fate)  # "summit postponed", "was postponed", "took place", "went ahead"
            elif len(between) >= 2 and between[-2] in _FATE_AUX and between[-1].endswith("ly"):
                out.append(fate)  # "was indefinitely postponed"
        elif a <= rel_start and rel_end <= b or rel_start <= a and b <= rel_end:  # the trigger is the fate word
            before = _TOKEN.findall(low[max(0, a - 25):a])[-2:]
            if any(w in _FATE_AUX for w in before):  # "was postponed", not "a rain delay"
                out.append(fate)
    return out


_STATUS_PRIORITY = {"cancelled": 6, "postponed": 5, "held": 4, "happened": 4, "ongoing": 3, "planned": 2,
                    "denied": 1, "hypothetical": 0}


def status_over_time(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo]
                     ) -> tuple[str, list[tuple[str, str]]]:
    """(current status, [(article date, status), ...]) of an event's mentions.

    The current status is what the latest articles say; "held" counts as happened. Denials and
    hypotheticals only decide when nothing firmer was reported.
    """
    by_day: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_day[article_date(m, articles) or ""].add(mention_status(m))
    history = sorted((day, s) for day, ss in by_day.items() for s in ss)
    firm = [(d, s) for d, s in history if _STATUS_PRIORITY.get(s, 0) >= 2]
    pool = firm or history
    if not pool:
        return "happened", []
    last_day = max(d for d, _ in pool)
    latest = [s for d, s in pool if d == last_day]
    current = max(latest, key=lambda s: _STATUS_PRIORITY.get(s, 0))
    if current == "held":
        current = "happened"
    return current, history
