"""Mend the small English model's typical errors on news names, with rules kept as data.

Works on token spans of a parsed Doc. Each rule is one function that takes and returns the
list of spans; :func:`mend` runs them in order. The rules:

- ``trim``: no leading "the", no possessive 's, no trailing punctuation, no title words inside
  a name ("Press Secretary Karine Jean-Pierre" -> "Karine Jean-Pierre").
- ``hyphens``: a name runs over its glued hyphenated word ("Mazar-i-Sharif").
- ``dateline_caps``: "WASHINGTON, Nov 6 (Reuters)" opens with a GPE, split from a name before it.
- ``endings``: "X People's Republic" (and other place endings) is a GPE.
- ``table``: names the model mislabels in news ("the Kremlin" is an ORG); a demonym tagged
  GPE is a NORP ("Ukrainian").
- ``title``: a capitalised name right after a title or role word is a PERSON; the title is
  kept as the role.
- ``speaker``: a capitalised name that is the subject of "said/told" is a PERSON.
- ``appositive``: "X, the Russia-installed ambassador ..." gives X the role "ambassador".
- ``place_person``: a one-word "PERSON" that is a well-known place, no one's surname here, and
  stands in a list with another place, after "in/from/to" or before "city/region" is a GPE ("Kherson and
  Zaporizhzhia"); "Hamilton won" stays a person.
- ``events``: a name ending with an event word is an EVENT ("Brazilian Grand Prix").
- ``place_list``: an untagged place name in a list with a place is a GPE ("Donetsk and Luhansk").
- ``drop``: spans that are no names (weekdays, months, digits).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import LABELS, Lexicon, lexicon

log = logging.getLogger(__name__)

MAX_NAME_TOKENS = 5
PLACE_PERSON_MIN_POPULATION = 100_000
_PRIORITY = {"model": 0}


@dataclass(slots=True)
class Span:
    """A token span [start, end) with its label, role and the rule that made it."""

    start: int
    end: int
    label: str
    role: str = ""
    source: str = "model"


def _is_cap(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper() and any(ch.isalpha() for ch in tok.text)


def _name_run(doc: Doc, i: int, lex: Lexicon) -> int:
    """End of the capitalised name that starts at token i (i itself when none)."""
    j = i
    while j < len(doc) and j - i < MAX_NAME_TOKENS:
        tok = doc[j]
        if _is_cap(tok) and tok.lower_ not in lex.drop_words and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X"):
            j += 1
        elif (tok.text in ("-", "‐") and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_
              and j + 1 < len(doc) and _is_cap(doc[j + 1])):
            j += 1  # Jean-Pierre
        elif tok.text in (".",) and j > i and len(doc[j - 1].text) == 1:
            j += 1  # an initial: "George W. Bush"
        else:
            break
    while j > i and not _is_cap(doc[j - 1]):
        j -= 1
    return j


def _title_before(doc: Doc, i: int, lex: Lexicon) -> tuple[int, str] | None:
    """(start token, kind) of the longest title phrase that ends right before token i."""
    for n in range(min(lex.title_max, i), 0, -1):
        words = tuple(t.lower_ for t in doc[i - n: i])
        kind = lex.titles.get(words)
        if kind:
            start = i - n
            while start > 0 and doc[start - 1].lower_ in lex.modifiers and doc[start - 1].is_lower:
                start -= 1
            return start, kind
    return None


def trim(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    out = []
    for s in spans:
        a, b = s.start, s.end
        while a < b and (doc[a].lower_ in ("the", "a", "an") or doc[a].is_punct):
            a += 1
        while b > a and (doc[b - 1].lower_ in ("'s", "’s", "'") or doc[b - 1].is_punct or doc[b - 1].is_space):
            b -= 1
        role = s.role
        if s.label == "PERSON" and b - a > 1:
            for n in range(min(lex.title_max, b - a - 1), 0, -1):
                kind = lex.titles.get(tuple(t.lower_ for t in doc[a: a + n]))
                if kind:
                    role = role or (doc[a: a + n].text if kind == "role" else "")
                    a += n
                    break
        if a < b:
            out.append(Span(a, b, s.label, role, s.source))
    return out


def endings(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    text = doc.text
    for s in spans:
        span_text = doc[s.start: s.end].text
        end_char = doc[s.end - 1].idx + len(doc[s.end - 1].text)
        widened_text = text[doc[s.start].idx: end_char + 24]  # the model may stop short of the ending
        for ending, label in lex.gpe_endings:
            if span_text.lower().endswith(ending.lower()):
                if s.label != label:
                    s.label, s.source = label, "ending"
                break
            at = widened_text.lower().find(ending.lower())
            if 0 < at <= len(span_text) + 1 and at + len(ending) > len(span_text):  # right after, no comma
                widened = doc.char_span(doc[s.start].idx, doc[s.start].idx + at + len(ending),
                                        alignment_mode="contract")
                if widened is not None and widened.end > s.end and widened.end - s.end <= 3:
                    s.end, s.label, s.source = widened.end, label, "ending"
                    break
    return spans


def hyphens(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Widen a name over the glued hyphenated rest of its word ("Mazar" -> "Mazar-i-Sharif")."""
    starts = {s.start for s in spans}
    for s in spans:
        end = s.end
        while (end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_
               and not doc[end].whitespace_ and doc[end + 1].is_alpha and end + 1 not in starts):
            end += 2
        if end != s.end and end - s.end <= 6 and _is_cap(doc[end - 1]):  # not "Intel-based"
            s.end = end
    return spans


def dateline_caps(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """An upper-case place name opening a report ("WASHINGTON, Nov 6 (Reuters) -") is a GPE of its own."""
    gaz = load_gazetteer()
    covered = {k: s for s in spans for k in range(s.start, s.end)}
    out = list(spans)
    for tok in doc:
        if not (tok.is_alpha and tok.is_upper and len(tok.text) >= 4):
            continue
        nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        if nxt not in (",", "(", "-", "--", "—", "–") or not _known_place(gaz, tok.text, PLACE_PERSON_MIN_POPULATION):
            continue
        s = covered.get(tok.i)
        if s is not None:
            if s.end - s.start == 1:
                s.label, s.source = "GPE", "dateline"
                continue
            if s.end - 1 != tok.i:
                continue
            s.end -= 1  # "Mark Hosenball WASHINGTON" -> "Mark Hosenball" + "WASHINGTON"
            if s.start == s.end:
                out.remove(s)
        out.append(Span(tok.i, tok.i + 1, "GPE", "", "dateline"))
    return sorted(out, key=lambda s: s.start)


def events(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A name of two words or more ending with an event word is an EVENT ("Brazilian Grand Prix")."""
    for s in spans:
        if s.label in ("WORK_OF_ART", "PRODUCT", "ORG", "FAC", "LAW") and s.end - s.start >= 2:
            text = doc[s.start: s.end].text
            if any(text.endswith(" " + w) for w in lex.event_endings):
                s.label, s.source = "EVENT", "events"
    return spans


def table(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    dem = demonyms()
    for s in spans:
        text = doc[s.start: s.end].text
        label = lex.labels.get(text.lower()) or ("NORP" if normalize(text) in dem else None)
        if label and label != s.label:
            s.label, s.source = label, "table"
    return spans


def title(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    found = []
    i = 1
    while i < len(doc):
        if _is_cap(doc[i]) and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ == "PERSON"):
            hit = _title_before(doc, i, lex)
            if hit:
                end = _name_run(doc, i, lex)
                for k in range(end - 1, i, -1):  # a longer title runs into the capitals: "Chief Executive Officer"
                    longer = _title_before(doc, k, lex)
                    if longer and longer[0] <= i:
                        hit, i = longer, k
                        break
                if all((t.lower_,) in lex.titles or t.lower_ in lex.modifiers for t in doc[i:end]):
                    end = i  # "Chief Executive Officer" is a title, not a name
                if end > i and not any(doc[k].ent_type_ in ("GPE", "NORP", "DATE") and doc[k].ent_iob_ == "B"
                                       and k == i for k in range(i, end)):
                    start, kind = hit
                    role = doc[start: i].text if kind == "role" else ""
                    found.append(Span(i, end, "PERSON", role, "title"))
                    i = end
                    continue
        i += 1
    return _overlay(spans, found, title_tokens={k for f in found for k in range(_title_start(doc, f, lex), f.start)})


def _title_start(doc: Doc, s: Span, lex: Lexicon) -> int:
    hit = _title_before(doc, s.start, lex)
    return hit[0] if hit else s.start


def speaker(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    covered = {k: s for s in spans for k in range(s.start, s.end)}
    found = []
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.head.lower_ not in lex.speech_verbs or not _is_cap(tok) or tok.pos_ != "PROPN":
            continue
        s = covered.get(tok.i)
        if s is not None:
            if s.label in ("WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "LANGUAGE") and s.end - s.start in (2, 3):
                s.label, s.source = "PERSON", "speaker"
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and _is_cap(doc[start - 1]) \
                and doc[start - 1].head.i == tok.i and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if tok.i + 1 - start >= 2 and all(t.lower_ not in lex.drop_words for t in doc[start: tok.i + 1]):
            found.append(Span(start, tok.i + 1, "PERSON", "", "speaker"))
    return _overlay(spans, found)


def appositive(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    roles = {k[0] for k, kind in lex.titles.items() if kind == "role" and len(k) == 1}
    for s in spans:
        if s.label != "PERSON" or s.role or s.end >= len(doc) or doc[s.end].text != ",":
            continue
        for k in range(s.end + 1, min(len(doc), s.end + 9)):
            tok = doc[k]
            if tok.text in (",", ".", ";", ":", "(", ")") or tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
                break
            if tok.lower_ in roles and tok.dep_ in ("appos", "ROOT", "compound", "conj") or (
                    tok.lower_ in roles and tok.head.i < s.end):
                start = k
                while start > s.end + 1 and doc[start - 1].lower_ in lex.modifiers:
                    start -= 1
                s.role = doc[start: k + 1].text
                break
    return spans


def place_person(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    gaz = load_gazetteer()
    long_names = {t.lower_ for s in spans if s.label == "PERSON" and s.end - s.start > 1 for t in doc[s.start: s.end]}

    def placeish(i: int) -> bool:
        return 0 <= i < len(doc) and _is_cap(doc[i]) and _known_place(gaz, doc[i].text, 15_000)

    for s in spans:
        if s.label != "PERSON" or s.end - s.start != 1 or s.role or s.source != "model":
            continue
        i = s.start
        tok = doc[i]
        if tok.lower_ in long_names or _title_before(doc, i, lex):
            continue
        if not _known_place(gaz, tok.text, PLACE_PERSON_MIN_POPULATION):
            continue
        # place-like company: in a list with another place, or after "in/from/to"
        listed = (i >= 2 and doc[i - 1].lower_ in ("and", "or", ",") and placeish(i - 2)) or (
            i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "or", ",") and placeish(i + 2))
        after_prep = i >= 1 and doc[i - 1].lower_ in lex.locative
        before_noun = i + 1 < len(doc) and doc[i + 1].lower_ in lex.place_nouns
        if listed or after_prep or before_noun:
            s.label, s.source = "GPE", "place_person"
    return spans


def _known_place(gaz, name: str, min_population: int) -> bool:
    for c in gaz.lookup(name):
        if c.via == "alternate":
            continue
        if c.entry.kind in ("country", "region") or c.entry.population >= min_population:
            return True
    return False


def place_list(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    gaz = load_gazetteer()
    for _ in range(3):
        covered = {k: s for s in spans for k in range(s.start, s.end)}
        places = [s for s in spans if s.label in ("GPE", "LOC")]
        added = []
        for p in places:
            for i, step in ((p.start - 2, -1), (p.end + 1, 1)):
                if not 0 <= i < len(doc) or not 0 <= i - step < len(doc):
                    continue
                joint = doc[i - step] if step == 1 else doc[i + 1]
                if joint.lower_ not in ("and", ",", "or") or i in covered:
                    continue
                tok = doc[i]
                if tok.pos_ == "PROPN" and _is_cap(tok) and not tok.is_sent_start and \
                        _known_place(gaz, tok.text, 15_000):
                    added.append(Span(i, i + 1, "GPE", "", "place_list"))
        if not added:
            break
        spans = _overlay(spans, added)
    return spans


def drop(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    out = []
    for s in spans:
        words = [t for t in doc[s.start: s.end] if not t.is_punct]
        if not words or not any(ch.isalpha() for t in words for ch in t.text):
            continue
        if all(t.lower_ in lex.drop_words or t.like_num for t in words):
            continue
        if not any(_is_cap(t) or t.text.isupper() for t in words):
            continue  # a name has a capital letter
        out.append(s)
    return out


def _overlay(spans: list[Span], found: list[Span], title_tokens: set[int] = frozenset()) -> list[Span]:
    """Put rule-made spans over the model's, dropping model spans they overlap or that lie in a title."""
    if not found:
        return spans
    taken = {k for f in found for k in range(f.start, f.end)}
    kept = [s for s in spans if not any(k in taken or k in title_tokens for k in range(s.start, s.end))]
    return sorted(kept + found, key=lambda s: s.start)


def non_person(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A "person" whose name ends in an institution word is an organisation ("Mac App Store")."""
    for s in spans:
        if s.label == "PERSON" and s.end - s.start >= 2 and doc[s.end - 1].text.lower() in lex.non_person_heads:
            s.label, s.source = "ORG", "head word"
    return spans


RULES = (trim, hyphens, dateline_caps, trim, endings, events, table, non_person, title, speaker, appositive,
         place_person, place_list, drop)


def mend(doc: Doc) -> list[Span]:
    """The article's named spans: the model's entities after the mending rules, in text order."""
    lex = lexicon()
    spans = [Span(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS]
    for rule in RULES:
        spans = rule(doc, spans, lex)
    spans.sort(key=lambda s: (s.start, -s.end))
    out, last = [], -1
    for s in spans:
        if s.start >= last:
            out.append(s)
            last = s.end
    return out


def span_norm(doc: Doc, s: Span) -> str:
    """The normalized text of a span (for tables and keys)."""
    return normalize(doc[s.start: s.end].text)
