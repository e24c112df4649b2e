"""Tidy the edges of a content range: quotation marks cut off, a possessive cut from its owner.

The parse gives content as a subtree, and a subtree often stops one token short of what was
said: the closing mark of a quotation that ends the content ('...warning that "Ukraine today
may be East Asia tomorrow[."]') hangs on the verb, and a misparse may leave the owner of a
possessive out ('[Nato]'s target that ... will be seen as ...').
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..marks import Quoted

_POSSESSIVE = ("'s", "’s", "'", "’")
_OPENING = set("“„«‘'\" \t")


def complete_marks(span: tuple[int, int], quoted: list[Quoted], text: str, limit: int | None = None
                   ) -> tuple[int, int]:
    """Character range ``span`` grown to the closing mark of a quotation that opens inside it
    (quoted words are whole: 'warning that "Ukraine today may be East Asia tomorrow[."]', 'said
    the plan "works for us[, and for them"]'), not past ``limit`` (where the next content starts), and back to the opening mark of
    a quotation it starts inside when only marks and spaces separate them."""
    s, e = span
    for q in quoted:
        if q.dash or q.open_end:
            continue
        if s <= q.start < e < q.end and (limit is None or q.end <= limit):
            e = q.end
        if q.start < s < q.end <= e and all(c in _OPENING for c in text[q.start:s]):
            s = q.start
    return s, e


def with_owner(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Token range ``span`` grown back over the owner of a possessive it starts with ("’s target"
    -> "Nato’s target"): the proper or common nouns written right before the clitic."""
    i, j = span
    if i == 0 or doc[i].text not in _POSSESSIVE or doc[i - 1].whitespace_:
        return span
    k = i - 1
    while k > 0 and doc[k].pos_ == doc[k - 1].pos_ == "PROPN" and doc[k - 1].whitespace_ == " ":
        k -= 1
    if doc[k].pos_ not in ("PROPN", "NOUN") or "\n" in doc[k].text:
        return span
    return k, j
