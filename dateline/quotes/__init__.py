"""Quotations and reported speech with their speakers and cues.

    from dateline.quotes import extract_quotes, quotes_for_text, Quote
    quotes = extract_quotes(dateline.nlp.parse(text))   # or quotes_for_text(text)

Each :class:`Quote` has character offsets into the text for its content, speaker mention and
cue, the speaker's name, and its kind ("direct", "mixed", "indirect").
"""

from __future__ import annotations

from .extract import extract_quotes, quotes_for_text
from .model import KINDS, Quote

__all__ = ["KINDS", "Quote", "extract_quotes", "quotes_for_text"]
