"""Timelines: building them, and measuring them (tilse metrics, SemEval-2015 TimeLine scorer)."""

from dateline.timelines.articles import ArticleInfo
from dateline.timelines.build import Citation, Entry, Timeline, TimelineDate, build_timeline, filter_mentions
from dateline.timelines.events import Event, GroupingParams, group_events
from dateline.timelines.render import FORMATS, render

__all__ = [
    "FORMATS",
    "ArticleInfo",
    "Citation",
    "Entry",
    "Event",
    "GroupingParams",
    "Timeline",
    "TimelineDate",
    "build_timeline",
    "filter_mentions",
    "group_events",
    "render",
]
