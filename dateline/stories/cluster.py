"""Batch story clustering: every article at once, grouped by average link."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..model import Article, parse_date
from .agglomerative import NameVeto, average_link
from .features import article_terms, distinctive_terms
from .params import Params
from .vectors import document_frequencies, matrix, neighbour_graph, weigh

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Item:
    """What clustering needs of an article."""

    id: str
    date: dt.date | None
    title: str
    text: str


def as_item(article: Article | Mapping[str, Any]) -> Item:
    """Read an :class:`~dateline.model.Article` or a dict with id, date, title and text.

    ``date`` may be missing or None (the article is then compared on its words alone);
    a date that is given must be valid. Raises ``ValueError`` with a plain message.
    """
    if isinstance(article, Article):
        return Item(article.id, article.date, article.title or "", article.text or "")
    if not isinstance(article, Mapping):
        raise ValueError(f"an article must be a dict or an Article, not {type(article).__name__}")
    ident = article.get("id")
    if ident is None or str(ident) == "":
        raise ValueError("the article has no id")
    raw_date = article.get("date")
    date = None if raw_date in (None, "") else parse_date(raw_date)[0]
    title, text = article.get("title") or "", article.get("text") or ""
    if not isinstance(title, str) or not isinstance(text, str):
        raise ValueError("title and text must be strings")
    return Item(str(ident), date, title, text)


def story_id(founder: str) -> str:
    """The id of the story whose earliest article has id ``founder``."""
    return "s" + hashlib.sha1(founder.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def sort_key(item: Item) -> tuple[str, str]:
    return (item.date.isoformat() if item.date else "", item.id)


def day_numbers(items: Sequence[Item]) -> np.ndarray | None:
    """Day ordinals of the articles (NaN for undated ones), or None when none is dated."""
    if all(it.date is None for it in items):
        return None
    return np.array([it.date.toordinal() if it.date else np.nan for it in items], dtype=float)


def similarity_graph(items: Sequence[Item], params: Params,
                     bags: Sequence[Counter] | None = None) -> dict[tuple[int, int], float]:
    """The sparse graph of similar article pairs (rows in the order of ``items``)."""
    if bags is None:
        bags = [article_terms(it.title, it.text, params.title_weight) for it in items]
    df = document_frequencies(bags)
    vectors = [weigh(b, df, len(bags), params.kind_weights, params.min_df) for b in bags]
    floor = min(params.threshold, 0.05)
    return neighbour_graph(matrix(vectors), day_numbers(items), params.neighbours, floor,
                           params.grace_days, params.decay_days, params.max_gap_days)


def group(items: Sequence[Item], params: Params, bags: Sequence[Counter] | None = None) -> list[int]:
    """Each item's cluster label (the row of its earliest item), items sorted by :func:`sort_key`."""
    if bags is None:
        bags = [article_terms(it.title, it.text, params.title_weight) for it in items]
    edges = similarity_graph(items, params, bags)
    veto = None
    undated = all(it.date is None for it in items)
    if params.veto_size > 0 and (params.veto_dated or undated):
        # Two events of one kind (two fights of one boxer, two quakes on one island) are told
        # apart by the names and years each group has of its own; dates alone cannot when the
        # two happen in the same week. The cap keeps a developing story that names new people
        # in one piece as long as its parts stay alike.
        veto = NameVeto([distinctive_terms(bag) for bag in bags], params.veto_size, params.veto_high,
                        params.veto_low, params.veto_cap)
    return average_link(len(items), edges, params.threshold, veto)


def cluster_articles(articles: Sequence[Article | Mapping[str, Any]],
                     params: Params | None = None) -> dict[str, str]:
    """Group articles by the real-world event they report: ``{article id: story id}``.

    Each article is an :class:`~dateline.model.Article` or a dict with ``id``, ``date``,
    ``title`` and ``text``. The same articles in any order give the same result. A story's
    id is :func:`story_id` of its earliest article (by date, then id). Raises ``ValueError``
    for an article without id or with a bad date, and for an id given twice.
    """
    params = params or Params()
    items = sorted((as_item(a) for a in articles), key=sort_key)
    seen: set[str] = set()
    for it in items:
        if it.id in seen:
            raise ValueError(f"article id {it.id!r} is given twice")
        seen.add(it.id)
    if not items:
        return {}
    labels = group(items, params)
    return {it.id: story_id(items[label].id) for it, label in zip(items, labels, strict=True)}
