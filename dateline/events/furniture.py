"""Lines and words of a news page that frame the report rather than tell an event.

* :func:`heading_line` — a sub-heading, a caption or a button alone on its line inside the text
  ("Voting at gunpoint", "Johnson's appeal", "Expand", "Kadyrov is threatening"): short, no final
  punctuation. Its events name the topic of the section below, which tells them.
* :func:`source_credit` — a verb that only credits the source of the report (``credit_verbs.txt``):
  "..., BelTA has learned", "we read in the Washington Post".
* :func:`opinion_piece` — the text is a column or commentary ("The views expressed ... are the
  author's", "X is a columnist"): its undated events are background and argument.
* :func:`furniture_spans` — buttons and notices glued into a running sentence ("Click to share on Twitter
  (Opens in new window)", "Scroll down for video") and sign-up boxes, as :mod:`dateline.furniture` finds
  them: their words are no events.
* :func:`anonymity_spans` — the formula by which a wire report keeps its source unnamed ("said the
  official, who declined to give his name", ``anonymity_phrases.txt``): its words are no events.
* :func:`word_prefix` — a prefix cut off a hyphenated word by the tokenizer ("de" of "de-escalate").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..furniture import furniture_ranges
from .lexicon import Lexicon

HEADING_MAX_WORDS = 6
# a line this short with no final punctuation is a heading or a caption even with a verb in it
HEADING_VERB_MAX_WORDS = 15
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_TERMINAL = (".", "!", "?", ";", ":", "…", ",")
PREFIX_MAX_LETTERS = 3


def heading_line(sent: Span, text: str | None = None) -> bool:
    """Whether a sentence is a sub-heading, a caption or a button inside the text: it stands on a
    line (not the first line of the text, which may be the headline) that ends with no final
    punctuation and has at most ``HEADING_MAX_WORDS`` words and no finite verb ("Voting at gunpoint",
    "Expand"), or at most ``HEADING_VERB_MAX_WORDS`` words whatever its verbs ("Kadyrov is threatening",
    "Biden: Russia makes false accusations", a photo caption "The EU agreed to new sanctions
    Shutterstock"): a line of running text ends with a full stop. A sentence glued to the next one
    on the same line ("conflict.On Saturday, talks") is judged by its whole line. ``text`` is the
    document's text when the caller has it already (``Doc.text`` rebuilds it from every token on
    each call)."""
    text = sent.doc.text if text is None else text
    start = sent.start_char
    body = text[start:sent.end_char].strip()
    if not body or start == 0 or "\n" in body:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[:line_start].strip():
        return False  # the first line
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if line.rstrip("\"'”’)»").endswith(_TERMINAL):
        return False
    n_words = sum(1 for w in line.split() if any(c.isalnum() for c in w))
    if not n_words or n_words > HEADING_VERB_MAX_WORDS:
        return False
    if n_words > HEADING_MAX_WORDS or line != body or any(t.tag_ in FINITE_TAGS for t in sent):
        # with a verb: only a line that text follows (a last line may only miss its full stop) and that
        # no sentence runs into or out of (not a line of hard-wrapped text)
        return bool(text[line_end:].strip()) and _starts_sentence(sent.doc, line_start) \
            and _starts_sentence(sent.doc, line_end)
    return True


def _starts_sentence(doc: Doc, pos: int) -> bool:
    """Whether the first word at or after character ``pos`` starts a sentence (True at the end)."""
    i = _token_at(doc, pos)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i >= len(doc) or doc[i].is_sent_start


def _token_at(doc: Doc, pos: int) -> int:
    """The index of the first token starting at or after character ``pos``."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def source_credit(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb only credits the source of the report: a verb of ``credit_verbs.txt`` whose
    subject is a name or "we" and that has no object and no clause after it: "..., BelTA has learned" (the
    report before it is its clause), "we read in the Washington Post", but not "we learned that ...";
    or a participle of ``credit_participles.txt`` with a named agent: "a letter seen by the Financial Times"."""
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in lex.credit_participles:
        # "an internal message reviewed by the BBC", "documents obtained by Reuters"
        return any(c.dep_ == "agent" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
                   for c in tok.children)
    if tok.lemma_.lower() not in lex.credit_verbs:
        return False
    if any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "ccomp" and c.i > tok.i) for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ == "we") for c in tok.children)


def word_prefix(tok: Token) -> bool:
    """Whether a token is a short prefix the tokenizer split off its hyphenated word ("de" of "de-escalate")."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 2 >= len(doc) or len(tok.text) > PREFIX_MAX_LETTERS:
        return False
    hyphen = doc[tok.i + 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and doc[tok.i + 2].is_alpha


BYLINE_MAX_WORDS = 30


def opinion_piece(text: str, lex: Lexicon) -> bool:
    """Whether a text is an opinion piece (a column, a commentary): it holds a phrase of
    ``opinion_markers.txt`` ("The views expressed in this opinion article are the author's") or a short
    line that calls someone a columnist (``byline_nouns.txt``: "Jane Doe is a Guardian columnist").
    Its undated events are the writer's background and arguments, not the news of the day."""
    low = " ".join(text.lower().split())
    if any(m in low for m in lex.opinion_markers):
        return True
    for line in text.lower().splitlines():
        words = line.split()
        if not words or len(words) > BYLINE_MAX_WORDS:
            continue
        flat = " " + " ".join(words).rstrip(".") + " "
        if any(f" is {a} " in flat for a in ("a", "an")) and any(f" {n} " in flat or flat.endswith(f" {n} ")
                                                           for n in lex.byline_nouns):
            return True
    return False


def furniture_spans(text: str, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """The character spans of page furniture in a text (:mod:`dateline.furniture`): buttons and notices
    glued into a sentence ("... in the sport Click to share on WhatsApp (Opens in new window)") and boxes
    (a newsletter sign-up box). Only their own words are furniture; the sentence around them is not.
    ``lex`` is not needed any more and is accepted for old callers."""
    return furniture_ranges(text)


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character position lies inside one of the spans."""
    return any(a <= pos < b for a, b in spans)


@lru_cache(maxsize=4)
def _anonymity_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the phrases of ``anonymity_phrases.txt`` ("a|b" is either word)."""
    if not phrases:
        return None
    alts = [r"\s+".join("(?:" + "|".join(re.escape(w) for w in word.split("|")) + ")" for word in p.split())
            for p in phrases]
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


def anonymity_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The character spans of the formulas that keep a source unnamed ("..., said the official, who declined
    to give his name", "who refused to be named", "speaking on condition of anonymity"): the words of a
    wire report's attribution, not events of its story."""
    pattern = _anonymity_pattern(lex.anonymity_phrases)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []
