"""Titles of works in quotation marks: "starred in "Bonnie and Clyde"" is a film, not two people.

:func:`quoted_titles`: a quotation of one to eight words, every word capitalised but the small ones
("and", "of", "the"), right after a word that names or makes a work (data/work_cues.txt: "film",
"starred in", "his novel") or after another such title ("... and "The French Connection""), is one
WORK_OF_ART; the names the model found inside it are dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import Lexicon, word_set
from .spans import Span, doc_words, overlay

OPENING = ('"', "“")
CLOSING = ('"', "”")
SMALL_WORDS = frozenset({"a", "an", "and", "the", "of", "in", "on", "to", "for", "at", "with", "from", "or", "by"})
MAX_TITLE_WORDS = 8
CUE_REACH = 3  # words between the cue and the opening mark ("the 1971 film", "starred in")


def _work_cues() -> frozenset[str]:
    return word_set("work_cues.txt")


def quoted_titles(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Quoted titles of works are WORK_OF_ART (see the module's doc)."""
    words = doc_words(doc)
    cues = _work_cues()
    found: list[Span] = []
    last_title_end = -10
    i = 0
    while i < len(doc):
        if words.texts[i] not in OPENING:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i <= MAX_TITLE_WORDS + 2 and words.texts[j] not in CLOSING:
            j += 1
        if j >= len(doc) or words.texts[j] not in CLOSING:
            i += 1
            continue
        end = j
        while end > i + 1 and words.texts[end - 1] in (",", "."):
            end -= 1  # '"The French Connection,"': the comma is the sentence's
        inner = range(i + 1, end)
        title = end > i + 1 and len(inner) <= MAX_TITLE_WORDS and words.texts[i + 1][:1].isupper() and all(
            words.texts[k][:1].isupper() or words.lowers[k] in SMALL_WORDS or not words.texts[k][:1].isalpha()
            for k in inner) and any(words.texts[k][:1].isalpha() for k in inner)
        if title:
            before = range(max(0, i - CUE_REACH), i)
            cued = any(doc[k].lemma_.lower() in cues or words.lowers[k] in cues for k in before)
            listed = i - last_title_end <= 2 and all(words.lowers[k] in ("and", "or", ",") for k in range(last_title_end + 1, i))
            if cued or listed:
                found.append(Span(i + 1, end, "WORK_OF_ART", "", "quoted_title"))
                last_title_end = j
        i = j + 1
    return overlay(spans, found) if found else spans
