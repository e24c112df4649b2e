"""Time expressions: find TIMEX3s in news text and anchor them to the article date.

    >>> from dateline.time import tag
    >>> [(t.text, t.value) for t in tag("Moscow will annex the regions on Friday.", "2022-09-29")]
    [('Friday', '2022-09-30')]

:func:`tag` returns :class:`Timex` objects (offsets, TimeML type/value/mod, interval, the rule
and its reasoning). :func:`sentence_tense` tells other layers whether a clause speaks of the
past or the future; :func:`reference_date` gives the date a span of text is about.
"""

from __future__ import annotations

from .anchor import reference_date
from .tagger import as_date, tag
from .tense import TenseCue, sentence_tense
from .timeml import Document, GoldTimex, read_meantime, read_timeml, write_timeml
from .timex import Timex

__all__ = [
    "Document", "GoldTimex", "TenseCue", "Timex", "as_date", "read_meantime", "read_timeml",
    "reference_date", "sentence_tense", "tag", "write_timeml",
]
