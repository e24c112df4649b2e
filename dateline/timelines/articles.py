"""What a timeline knows about an article: its date, its source, and whether it is a syndicated copy."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dateline.events.model import EventMention


@dataclass
class ArticleInfo:
    """What the timeline needs to know about an article."""

    id: str
    date: str  # ISO date (or datetime) of publication
    title: str = ""
    url: str | None = None
    source: str | None = None
    duplicate_of: str | None = None  # a syndicated copy of this article id: counts once
    story: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.date, "title": self.title, "url": self.url,
                "source": self.source, "duplicate_of": self.duplicate_of, "story": self.story}


def original_article(article_id: str, articles: Mapping[str, ArticleInfo]) -> str:
    """The article a syndicated copy was copied from (following chains), or the article itself."""
    seen = {article_id}
    current = article_id
    while True:
        info = articles.get(current)
        nxt = info.duplicate_of if info else None
        if not nxt or nxt in seen:
            return current
        seen.add(nxt)
        current = nxt


def article_date(m: EventMention, articles: Mapping[str, ArticleInfo]) -> str | None:
    """The publication date (ISO day) of a mention's article, falling back on the mention's date."""
    info = articles.get(m.article_id)
    if info and info.date:
        return str(info.date)[:10]
    return m.date_start
