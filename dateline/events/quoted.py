"""Direct quotations around event mentions: what a speaker says in quotation marks, and the verb
that only introduces it.

* :func:`quoted_spans` — the stretches of a text between double quotation marks that hold a clause
  (``QUOTE_MIN_WORDS`` words or more): "We will not surrender", not the scare quotes of “special
  military operation” or “concrete steps”.
* :func:`quote_report` — a reporting verb whose statement is a direct quotation ("'The ball is in our
  court,' the minister wrote", "He emphasized that “we all want peace ...”"): it repeats the quote,
  which the quotes layer carries, and adds no event of its own. A paraphrase with a few quoted
  words ("insisted that beating back Russian aggression was “the only way to restore peace”") is
  an indirect statement and stays an event.
* :func:`realized_past` — a verb that reports something done: simple past ("We struck the bridge"),
  present perfect ("Our forces have repelled 15 attacks"), a past passive ("was killed") or a past
  perfect ("We had warned them"; but "had surprised Putin so far" is a view).
  Inside a quotation, anything else (a present, a progressive, a past perfect, an infinitive, a
  noun under such a verb) is the speaker's view, forecast or argument rather than a report
  ("his red lines keep evaporating", "you’re going to lose people’s focus", "it's thawing").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Token

from dateline.marks import find_quoted

from .lexicon import load

QUOTE_MIN_WORDS = 4
# the share of a statement's words that must be quoted for the statement to be the quotation
QUOTED_SHARE = 0.8
STATEMENT_MIN_WORDS = 2
STATEMENT_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "dobj"})
PERFECT_AUX = frozenset({"has", "have", "'ve"})
PAST_PERFECT_AUX = frozenset({"had", "'d"})
PAST_PASSIVE_AUX = frozenset({"was", "were", "been"})
OPEN_CURLY = "“„«"
CLOSE_CURLY = "”»"


class QuoteIndex:
    """Which character offsets of a text lie inside a direct quotation."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one quoted stretch."""
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.spans[k][0] <= start and end <= self.spans[k][1]

    def token(self, tok: Token) -> bool:
        """Whether a token lies inside a quoted stretch."""
        return self.covers(tok.idx, tok.idx + len(tok))


def nested_quotations(text: str) -> list[tuple[int, int]]:
    """The outermost stretches between typographic double quotation marks, read with nesting inside
    one paragraph: a scare-quoted word inside a long quotation ("“... this axis of “evil”: ... union,”
    he said") leaves the long quotation whole (a plain left-to-right pairing closes it at the
    scare quote's opening mark)."""
    spans = []
    start = 0
    for para in text.split("\n"):
        depth, opened = 0, -1
        for i, ch in enumerate(para):
            if ch in OPEN_CURLY:
                if depth == 0:
                    opened = i
                depth += 1
            elif ch in CLOSE_CURLY and depth:
                depth -= 1
                if depth == 0:
                    spans.append((start + opened, start + i + 1))
        start += len(para) + 1
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def quoted_spans(text: str, min_words: int = QUOTE_MIN_WORDS) -> QuoteIndex:
    """The double-quoted stretches of ``text`` with at least ``min_words`` words (marks included),
    overlapping stretches merged (see :func:`nested_quotations`)."""
    spans = []
    for q in find_quoted(text):
        if q.single or q.dash:
            continue
        s, e = q.inner(text)
        if len(text[s:e].split()) >= min_words:
            spans.append((q.start, q.end))
    spans += [(s, e) for s, e in nested_quotations(text) if len(text[s + 1:e - 1].split()) >= min_words]
    return QuoteIndex(_merged(spans))


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not t.is_punct and not t.is_space]


def quote_report(verb: Token, quotes: QuoteIndex) -> bool:
    """Whether a reporting verb outside quotation marks only introduces a direct quotation: its
    statement (its clausal complement, or the clause it is attached to when the parse makes the
    quotation the main clause) is at least ``QUOTED_SHARE`` quoted."""
    if not quotes.spans or quotes.token(verb):
        return False
    own = {t.i for t in verb.subtree}
    statement: list[Token] = []
    for child in verb.children:
        if child.dep_ in STATEMENT_DEPS and child.pos_ in ("VERB", "AUX", "NOUN", "PRON", "ADJ"):
            statement += [t for t in child.subtree]
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i != verb.i and quotes.token(verb.head):
        statement += [t for t in verb.head.subtree if t.i not in own]
    words = _words(statement)
    if len(words) < STATEMENT_MIN_WORDS:  # the end of a long quotation: '... Crimea is Ukraine," he said'
        return False
    inside = sum(1 for t in words if quotes.token(t))
    return inside >= QUOTED_SHARE * len(words)


def _aux(verb: Token) -> list[str]:
    return [c.lower_.replace("’", "'") for c in verb.children if c.dep_ in ("aux", "auxpass")]


def realized_past(verb: Token) -> bool:
    """A simple past, a present perfect, a past passive or a past perfect without a phrase of extent
    ("We had warned them", but not "had surprised Putin so far", ``extent_phrases.txt``): a report
    of something done."""
    aux = _aux(verb)
    if verb.tag_ == "VBD":
        return not aux
    if verb.tag_ != "VBN" or not aux:
        return False
    if any(a in PAST_PERFECT_AUX for a in aux):
        words = " " + " ".join(t.lower_ for t in verb.subtree) + " "
        if any(f" {p} " in words for p in load().extent_phrases):
            return False
    return all(a in PERFECT_AUX | PAST_PERFECT_AUX | PAST_PASSIVE_AUX for a in aux)


def _verb_of(tok: Token) -> Token | None:
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def quoted_view(tok: Token, quotes: QuoteIndex, status: str = "happened") -> bool:
    """Whether a trigger inside a quotation is no report of something done (see the module
    docstring): its status is not "happened"/"ongoing", or its verb is no realized past. The caller
    leaves out triggers with a date of their own and denied or hedged ones."""
    if not quotes.spans or not quotes.token(tok):
        return False
    if status not in ("happened", "ongoing"):
        return True  # "(when) pushed to the corner, they will surrender"
    verb = _verb_of(tok)
    return verb is None or not realized_past(verb)
