"""Entities across the store: which stored entity keys name the same entity.

Within an article, "Peskov" already joins "Dmitry Peskov". Across articles, an article that only
says "Putin" has an entity ``person:putin``; when the corpus names him in full elsewhere, that
key is linked to ``person:vladimir-putin`` (``entities.canonical``). The rules are those of
:func:`dateline.entities.link_across`; this module only feeds it what the store holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from ..entities import link_across
from ..entities.model import Entity

ENTITY_ROWS = "SELECT key, name, label, mentions FROM entities"
ALIAS_ROWS = "SELECT DISTINCT entity_key, text FROM entity_mentions WHERE entity_key IS NOT NULL"


def entity_links(entity_rows: Iterable[Sequence[Any]], alias_rows: Iterable[Sequence[Any]]) -> list[tuple[str | None, str]]:
    """(canonical key or None, key) for every stored entity, from rows of ENTITY_ROWS and ALIAS_ROWS."""
    aliases: dict[str, set[str]] = defaultdict(set)
    for key, text in alias_rows:
        aliases[key].add(text)
    ents = [
        Entity(key=k, name=n, label=lab, aliases=sorted(aliases[k] - {n}), mentions=m or 0)
        for k, n, lab, m in entity_rows
    ]
    mapping = link_across(ents)
    return [(None if target == key else target, key) for key, target in sorted(mapping.items())]
