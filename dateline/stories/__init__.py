"""Stories: articles grouped by the real-world event they report.

    >>> from dateline.stories import cluster_articles
    >>> cluster_articles([
    ...     {"id": "a", "date": "2013-05-03", "title": "Lohan checks into Betty Ford", "text": "..."},
    ...     {"id": "b", "date": "2013-05-04", "title": "Lindsay Lohan enters Betty Ford rehab", "text": "..."},
    ... ])  # doctest: +SKIP
    {'a': 's1f0c...', 'b': 's1f0c...'}

Articles are compared by TF-IDF over content words, names and numbers (title words count
more), their similarity lowered by the gap between publication dates, and grouped by
average-link agglomerative clustering with a threshold (:mod:`.agglomerative`), over a
sparse graph of each article's best partners so memory grows linearly. Two groups that each
have names or years of their own ("Klitschko beats Rahman", "Klitschko beats Thompson") are
kept apart unless they are plainly alike, so two events of one kind in the same week stay two
stories. The result does not depend on the input order: articles are first sorted by date
and id.

For a store that receives articles over time, :class:`StoryIndex` assigns each new article
to the best existing story or opens a new one.
"""

from __future__ import annotations

from .cluster import cluster_articles, story_id
from .incremental import StoryIndex
from .params import Params

__all__ = ["Params", "StoryIndex", "cluster_articles", "story_id"]
