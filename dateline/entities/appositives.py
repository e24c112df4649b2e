"""Who or what a name is, said by a noun set off by commas beside it.

"Alexey Moskalyov, a Russian man, was detained", "A Russian man, Alexey Moskalyov, was detained": a person
(data/appositive_person_nouns.txt); "Mediazona, an independent news outlet," and "the news outlet,
Mediazona,": an organisation (data/appositive_org_nouns.txt); "Wad Madani, the capital of Gezira state,": a
place (data/appositive_place_nouns.txt). The noun is the last word of the noun phrase
("an online portal supporting activism": portal; "a company spokesman": spokesman).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import rows
from .spans import Span

MAX_PHRASE = 6  # words of the noun phrase after "a/an"
DETERMINERS = ("a", "an", "the")
CLOSERS = (",", ".", ";", ":", ")", "—", "–")
_PHRASE_POS = ("ADJ", "NOUN", "NUM", "ADV", "PROPN")


@lru_cache(maxsize=1)
def appositive_nouns() -> dict[str, str]:
    """Noun -> "PERSON", "ORG" or "GPE"."""
    out = {w.lower(): "GPE" for (w,) in rows("appositive_place_nouns.txt", 1)}
    out.update({w.lower(): "PERSON" for (w,) in rows("appositive_person_nouns.txt", 1)})
    out.update({w.lower(): "ORG" for (w,) in rows("appositive_org_nouns.txt", 1)})
    return out


def _head_after(doc: Doc, k: int) -> str:
    """The last noun of the noun phrase that starts at token k (after "a/an/the")."""
    head = ""
    nouns = appositive_nouns()
    for t in doc[k: min(len(doc), k + MAX_PHRASE)]:
        if t.text in ("-", "‐") or t.tag_ == "POS":
            continue  # "the company's founder": the owner's "'s" goes on to the noun owned
        if t.pos_ not in _PHRASE_POS or t.is_punct:
            break
        if t.pos_ == "NOUN" or t.lower_ in nouns:  # "an online portal": the model may tag "portal" ADJ
            head = t.lower_
    return head


def appositive_label(doc: Doc, s: Span) -> str:
    """"PERSON", "ORG" or "GPE" when a noun set off by commas beside the span says so, else ""."""
    nouns = appositive_nouns()
    k = s.end
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in DETERMINERS:
        label = nouns.get(_head_after(doc, k + 2), "")
        if label:
            return label
    # "A Russian man, Alexey Moskalyov,": the noun phrase before, its name after a comma
    if s.start >= 3 and doc[s.start - 1].text == "," and doc[s.start - 2].pos_ == "NOUN" and \
            (s.end >= len(doc) or doc[s.end].text in CLOSERS):
        noun = doc[s.start - 2]
        j = noun.i
        while j > 0 and doc[j - 1].pos_ in _PHRASE_POS and noun.i - j < MAX_PHRASE:
            j -= 1
        if j > 0 and (doc[j - 1].lower_ in DETERMINERS + ("his", "her", "their", "its") or doc[j - 1].pos_ == "ADP"):
            return nouns.get(noun.lower_, "")
    return ""
