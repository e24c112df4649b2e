"""Stories that grow as articles arrive: assign each new article to a story or open one.

A :class:`StoryIndex` keeps the document frequencies of every term seen so far and, per
story, the sum of its articles' vectors in an inverted index (term -> story -> weight), so
scoring a new article against every story costs one pass over the postings of its terms.
The score of a story is the average similarity of the new article to its articles (average
link, as in batch clustering), lowered by the gap between the article's date and the
story's dates. The article joins the best story when that score reaches
``Params.incremental_threshold``, else it founds a new story.

Weights are fixed when an article is added (document frequencies go on changing), so the
result depends a little on the order of arrival; feed articles in date order.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..model import Article
from .cluster import as_item, sort_key, story_id
from .features import article_terms
from .params import Params
from .vectors import date_factor, weigh


@dataclass(slots=True)
class _Story:
    id: str
    size: int = 0
    first: dt.date | None = None
    last: dt.date | None = None
    members: list[str] = field(default_factory=list)

    def gap(self, date: dt.date | None) -> float:
        if date is None or self.first is None or self.last is None:
            return 0.0
        if date < self.first:
            return float((self.first - date).days)
        if date > self.last:
            return float((date - self.last).days)
        return 0.0

    def extend(self, date: dt.date | None) -> None:
        if date is not None:
            self.first = date if self.first is None else min(self.first, date)
            self.last = date if self.last is None else max(self.last, date)


class StoryIndex:
    """Stories built one article at a time.

        index = StoryIndex()
        for article in articles_in_date_order:
            story = index.add(article)
    """

    def __init__(self, params: Params | None = None) -> None:
        self.params = params or Params()
        self._df: Counter = Counter()
        self._n = 0
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, dict[str, float]] = defaultdict(dict)
        self._story_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._story_of)

    @property
    def assignment(self) -> dict[str, str]:
        """``{article id: story id}`` for every article added so far."""
        return dict(self._story_of)

    def stories(self) -> dict[str, list[str]]:
        """``{story id: [article ids in order of arrival]}``."""
        return {sid: list(s.members) for sid, s in self._stories.items()}

    def _vector(self, item) -> dict[str, float]:
        bag = article_terms(item.title, item.text, self.params.title_weight)
        self._df.update(t for t, tf in bag.items() if tf > 0)
        self._n += 1
        return weigh(bag, self._df, self._n, self.params.kind_weights)

    def scores(self, vector: Mapping[str, float], date: dt.date | None) -> dict[str, float]:
        """The score of every story that shares a term with ``vector``."""
        dots: dict[str, float] = defaultdict(float)
        for term, w in vector.items():
            for sid, total in self._postings.get(term, {}).items():
                dots[sid] += w * total
        p = self.params
        out = {}
        for sid, dot in dots.items():
            story = self._stories[sid]
            factor = float(date_factor(np.array([story.gap(date)]), p.grace_days, p.decay_days,
                                       p.max_gap_days)[0])
            out[sid] = dot / story.size * factor
        return out

    def _join(self, item, vector: Mapping[str, float], sid: str | None) -> str:
        if sid is None:
            sid = story_id(item.id)
            while sid in self._stories:  # a founder id reused after a story was renamed
                sid = story_id(sid)
            self._stories[sid] = _Story(sid)
        story = self._stories[sid]
        story.size += 1
        story.extend(item.date)
        story.members.append(item.id)
        for term, w in vector.items():
            postings = self._postings[term]
            postings[sid] = postings.get(sid, 0.0) + w
        self._story_of[item.id] = sid
        return sid

    def add(self, article: Article | Mapping[str, Any]) -> str:
        """Add one article and return the id of its story (an article added twice keeps its story)."""
        item = as_item(article)
        if item.id in self._story_of:
            return self._story_of[item.id]
        vector = self._vector(item)
        scores = self.scores(vector, item.date)
        best = max(scores.items(), key=lambda kv: (kv[1], kv[0]), default=None)
        chosen = best[0] if best and best[1] >= self.params.incremental_threshold else None
        return self._join(item, vector, chosen)

    def add_many(self, articles: Iterable[Article | Mapping[str, Any]]) -> dict[str, str]:
        """Add articles in date order (then id); return their ``{article id: story id}``."""
        items = sorted((as_item(a) for a in articles), key=sort_key)
        return {it.id: self.add({"id": it.id, "date": it.date, "title": it.title, "text": it.text})
                for it in items}

    @classmethod
    def from_assignment(cls, articles: Iterable[Article | Mapping[str, Any]], assignment: Mapping[str, str],
                        params: Params | None = None) -> StoryIndex:
        """Rebuild an index from articles already grouped (for example by :func:`cluster_articles`
        or read back from a store), keeping their story ids; new articles can then be added."""
        index = cls(params)
        for item in sorted((as_item(a) for a in articles), key=sort_key):
            sid = assignment.get(item.id)
            vector = index._vector(item)
            if sid is not None and sid not in index._stories:
                index._stories[sid] = _Story(sid)
            index._join(item, vector, sid)
        return index
