"""Dated items of a chronology written inside running text.

News pages end with timelines whose items are a date, a colon and what happened ("September 11, 2012:
Four Americans are killed in an attack ... January 23, 2013: Clinton testifies ..."). When the line breaks
are lost, one parsed sentence holds the end of one item and the start of the next, and the parser hangs
each date on the words before it. ``item_dates`` finds the dates that head an item, so that only the
words after such a date (up to the next one) take it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

# words that make a date before a colon part of the clause before it ("said on Monday: ...")
_JOINING = frozenset({"on", "in", "at", "by", "since", "until", "from", "of", "to", "before", "after", "during"})


def item_dates(sent: Span, timexes: Sequence[Any]) -> list[Any]:
    """The DATE expressions of ``sent`` that head a chronology item, in text order: a date with a digit
    directly followed by a colon and a capital (an item is a sentence; not "sums up 2016: more troughs", nor a
    quotation: "He said Monday: 'We ...'"), with no preposition before it ("said on Monday: ...") and not
    naming the noun before it ("US election 2016:")."""
    text = None  # the doc's text, built only when a date may head an item (not for every sentence)
    out = []
    for t in timexes:
        if t.type != "DATE" or not t.interval or not (sent.start_char <= t.start and t.end <= sent.end_char):
            continue
        if not any(ch.isdigit() for ch in t.text):
            continue
        if text is None:
            text = sent.doc.text
        rest = text[t.end:sent.end_char + 4].lstrip(" \t")
        if not rest.startswith(":"):
            continue
        after = rest[1:].lstrip()
        if not after[:1].isupper() and not after[:1].isdigit():
            continue  # an item starts a sentence: not "sums up 2016: more troughs than peaks", nor a quotation
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("compound", "nummod", "nmod", "amod") \
                and span.root.head.pos_ in ("NOUN", "PROPN"):
            continue  # "US election 2016:", "World Series 2016:": a year that names the heading's event
        before = text[max(sent.start_char, t.start - 12):t.start].split()
        if before and before[-1].lower().strip(",") in _JOINING:
            continue
        out.append(t)
    return sorted(out, key=lambda t: t.start)


# a quotation that opens a sentence ("... not to charge Clinton 'We were once again up ...,' Hillary said"):
# the chronology has ended and the story goes on
_QUOTE_OPENS = re.compile(r"(?:^|\s)['\"“‘][A-Z]")


def item_date(text: str, sent_start: int, start: int, items: Sequence[Any], carried: Any | None) -> Any | None:
    """The item date of the word at character ``start`` of ``text`` (in the sentence starting at
    ``sent_start``): the last item date before it in its sentence, else the item carried over from the
    sentences before; None when the word is in no item or a quotation opens between the date and the word."""
    before = [t for t in items if t.end <= start]
    date, since = (before[-1], before[-1].end) if before else (carried, sent_start)
    if date is None or _QUOTE_OPENS.search(text, since, start):
        return None
    return date


def present_item(sent: Span) -> bool:
    """Whether a sentence can go on with a chronology item: items are told in the present ("Clinton stops
    using her BlackBerry"), so a verb in the present before any quotation opens; a sentence told in the past
    is the story again."""
    text = sent.doc.text
    quote = _QUOTE_OPENS.search(text, sent.start_char, sent.end_char)
    stop = quote.start() if quote else sent.end_char
    return any(t.idx < stop and t.tag_ in ("VBZ", "VBP") and t.pos_ in ("VERB", "AUX") for t in sent)
