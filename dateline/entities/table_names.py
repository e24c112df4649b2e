"""Names the model left untagged that the tables know: "(BelTA)", "the DPR", "World Food Programme (WFP)".

:func:`table_names` adds a span for an untagged capitalised name of one to three tokens that is an acronym
of data/acronyms.tsv ("DPR"), written as there, or a name of data/labels.tsv ("BelTA", "Ukrinform"); and for
an untagged acronym in brackets right after a name whose initials it is ("World Food Programme (WFP)"),
with that name's label. In the headline (title case) a name of data/labels.tsv is added though capitalised
words stand around it ("Toblerone Alters Shape of 2 Chocolate Bars").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .keys import initials
from .lexicon import Lexicon
from .spans import Span, doc_words, is_cap, overlay

MAX_TOKENS = 3
NOT_NAMES = {"MONEY", "DATE", "TIME", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}  # "9.99 US dollars"
ACRONYM_LETTERS = (2, 6)
MAX_HEADLINE_CHARS = 300  # an article's first line this short is its headline


def _bracket_acronym(doc: Doc, i: int, spans_by_end: dict[int, Span]) -> str:
    """The label of the name before "(<acronym>)" at token i when the acronym is its initials, else ""."""
    tok = doc[i]
    letters = tok.text.replace(".", "")
    if not (tok.text.isupper() and letters.isalpha() and ACRONYM_LETTERS[0] <= len(letters) <= ACRONYM_LETTERS[1]):
        return ""
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")":
        return ""
    before = spans_by_end.get(i - 1)
    if before is None or before.label not in ("ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"):
        return ""
    # "United Nations Food and Agriculture Organization (FAO)": the acronym may leave out the first words
    return before.label if initials(doc[before.start: before.end].text).endswith(letters) else ""


def table_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Untagged names the tables know become spans (see the module's doc)."""
    covered = {k for s in spans for k in range(s.start, s.end)}
    by_end = {s.end: s for s in spans}
    found = []
    text = doc_words(doc).text
    line = text.find("\n")
    headline_end = line if 0 < line <= MAX_HEADLINE_CHARS else 0  # title case there: no longer names to mind
    i = 0
    while i < len(doc):
        if i in covered or not is_cap(doc[i]) or doc[i].ent_type_ in NOT_NAMES:
            i += 1
            continue
        for n in range(MAX_TOKENS, 0, -1):
            j = i + n
            if j > len(doc) or any(k in covered or not is_cap(doc[k]) for k in range(i, j)):
                continue
            if (j < len(doc) and is_cap(doc[j]) and doc[j].pos_ == "PROPN" or i > 0 and is_cap(doc[i - 1])
                    and doc[i - 1].pos_ == "PROPN" and not doc[i].is_sent_start) and not (
                    doc[j - 1].idx < headline_end and doc[i:j].text.lower() in lex.labels):
                continue  # part of a longer name
            text = doc[i:j].text
            label = lex.acronyms[text][1] if text in lex.acronyms else lex.labels.get(text.lower(), "")
            if label and text.lower() in lex.labels and text.islower():
                label = ""
            if not label and n == 1:
                label = _bracket_acronym(doc, i, by_end)
            if label:
                found.append(Span(i, j, label, "", "table_names"))
                i = j
                break
        else:
            i += 1
    return overlay(spans, found)
