"""Join entities across articles: "Putin" in one article is "Vladimir Putin" of the others."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .keys import LABEL_GROUP, canonical_key, translit, words
from .model import Entity

DOMINANCE = 3.0  # a short name goes to the full name that has this many times the next one's mentions


def link_across(entities: Iterable[Entity]) -> dict[str, str]:
    """Map every entity key of a corpus to a global key.

    - A one-word person ("person:putin") maps to the full name whose last word it is when the
      corpus has one such full name, or one that is named ``DOMINANCE`` times more often than
      any other ("Johnson" stays apart when Boris and Dustin Johnson are equally common).
    - A person whose name differs from another's only by the transliteration of its words ("Zelenskiy",
      "Zelensky", "Zelenskyy"; :func:`.keys.translit`) maps to the most named spelling, and a one-word
      person joins a full name by that folded last word too.
    - An entity whose name is another entity's alias (an acronym, a short form: "NATO", "Apple")
      maps to that entity, when only one entity has that alias.
    Keys that join nothing map to themselves. Entities of different label groups never join.
    """
    ents = list(entities)
    mentions: Counter = Counter()
    group: dict[str, str] = {}
    for e in ents:
        mentions[e.key] += e.mentions
        group[e.key] = LABEL_GROUP.get(e.label, e.label.lower())
    out = {e.key: e.key for e in ents}

    # one person spelled in two transliterations ("Volodymyr Zelenskiy", "Volodymyr Zelensky"): the most
    # named spelling
    spellings: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for e in ents:
        if e.label == "PERSON":
            spellings[tuple(translit(w) for w in words(e.name))][e.key] += e.mentions
    for e in ents:
        if e.label == "PERSON":
            variants = spellings[tuple(translit(w) for w in words(e.name))]
            top = max(variants.items(), key=lambda kv: (kv[1], kv[0]))[0]
            if top != e.key:
                out[e.key] = top

    full_by_last: dict[str, Counter] = defaultdict(Counter)
    for e in ents:
        if e.label == "PERSON" and len(words(e.name)) >= 2 and out[e.key] == e.key:
            full_by_last[translit(words(e.name)[-1])][e.key] += sum(
                mentions[k] for k, v in out.items() if v == e.key)
    for e in ents:
        ws = words(e.name)
        if e.label != "PERSON" or len(ws) != 1:
            continue
        target = _dominant(full_by_last.get(translit(ws[0])))
        if target:
            out[e.key] = target

    by_alias: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for e in ents:
        for alias in e.aliases:
            akey = canonical_key(alias, e.label)
            if akey != e.key:
                by_alias[(group[e.key], akey)][e.key] += e.mentions
    for e in ents:
        if out[e.key] != e.key:
            continue
        target = _dominant(by_alias.get((group[e.key], e.key)))
        if target and target != e.key:
            out[e.key] = target
    # follow chains (a -> b -> c) to their end
    for k in list(out):
        seen = {k}
        while out[out[k]] != out[k] and out[k] not in seen:
            seen.add(out[k])
            out[k] = out[out[k]]
    return out


def _dominant(counts: Counter | None) -> str | None:
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None
