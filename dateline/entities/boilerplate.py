"""Page furniture and names: what :mod:`dateline.furniture` finds in the text names no entity.

:func:`boilerplate` drops the spans that lie inside a box (a newsletter sign-up box between "skip past
newsletter promotion" and "after newsletter promotion"), the hashtags and handles ("#LoveTrumpsHate",
"(@SeattlePD)": no name of the article's own), and cuts buttons and caption words glued into the text
out of names ("Union Square Image caption" -> "Union Square").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..furniture import block_ranges, glued_spans
from .lexicon import Lexicon
from .spans import Span, doc_words


def _cut(doc: Doc, s: Span, ranges: list[tuple[int, int]]) -> Span | None:
    """The span without the tokens inside the caption phrases: the longest piece left, or None."""
    pieces: list[list[int]] = [[]]
    for k in range(s.start, s.end):
        if any(a <= doc[k].idx < b for a, b in ranges):
            pieces.append([])
        else:
            pieces[-1].append(k)
    best = max(pieces, key=len)
    while best and doc[best[-1]].is_punct:  # "Facebook (Opens in new window": no bracket left at the end
        best.pop()
    while best and doc[best[0]].is_punct:
        best.pop(0)
    if not best or not any(ch.isalpha() for k in best for ch in doc[k].text):
        return None
    return Span(best[0], best[-1] + 1, s.label, s.role, s.source)


def boilerplate(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Spans inside a boilerplate block, hashtags and handles are dropped; caption words are cut out of
    names (see the module's doc)."""
    text = doc_words(doc).text
    ranges = block_ranges(text)
    furniture = glued_spans(text)
    out = []
    for s in spans:
        start = doc[s.start].idx
        if any(a <= start and doc[s.end - 1].idx < b for a, b in ranges):
            continue
        if start > 0 and text[start - 1] in "#@":
            continue  # "#CountryOfKindness", "@SeattlePD"
        if furniture and any(a < doc[s.end - 1].idx + len(doc[s.end - 1].text) and start < b for a, b in furniture):
            cut = _cut(doc, s, furniture)
            if cut is None:
                continue
            s = cut
            label = lex.labels.get(doc[s.start: s.end].text.lower())
            if label:  # "Click to share on Facebook (Opens in new window)": the table's label once cut out
                s.label = label
        out.append(s)
    return out
