"""Lines and words of a news page that frame the report rather than tell an event.

* :func:`heading_line` — a sub-heading or a button alone on its line inside the text ("Voting at
  gunpoint", "Johnson's appeal", "Expand"): short, no final punctuation, no finite verb. Its event
  nouns and gerunds name the topic of the section below, which tells the events.
* :func:`source_credit` — a verb that only credits the source of the report (``credit_verbs.txt``):
  "..., BelTA has learned", "we read in the Washington Post".
* :func:`word_prefix` — a prefix cut off a hyphenated word by the tokenizer ("de" of "de-escalate").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon

HEADING_MAX_WORDS = 6
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_TERMINAL = (".", "!", "?", ";", ":", "…", ",")
PREFIX_MAX_LETTERS = 3


def heading_line(sent: Span, text: str | None = None) -> bool:
    """Whether a sentence is a sub-heading or a button inside the text: it is a whole line of its own
    (not the first line of the text, which may be the headline), has at most ``HEADING_MAX_WORDS``
    words, no final punctuation and no finite verb. ``text`` is the document's text when the caller
    has it already (``Doc.text`` rebuilds it from every token on each call)."""
    text = sent.doc.text if text is None else text
    start = sent.start_char
    body = text[start:sent.end_char].strip()
    end = start + len(text[start:sent.end_char].rstrip())
    if not body or start == 0 or not text[:start].strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > HEADING_MAX_WORDS or body.rstrip("\"'”’)»").endswith(_TERMINAL):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in words)


def source_credit(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb only credits the source of the report: a verb of ``credit_verbs.txt`` whose
    subject is a name or "we" and that has no object and no clause after it: "..., BelTA has learned" (the
    report before it is its clause), "we read in the Washington Post", but not "we learned that ..."."""
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
