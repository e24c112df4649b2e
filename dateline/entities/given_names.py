"""People named with a common given name that the small model types ORG or GPE, or misses.

Wire copy names many people once, in full, with no title ("Christian Brocchi" typed ORG, "Stefano Fiore
headed the only goal" untagged). :func:`given_names`: a name of two or three capitalised words whose first word
is a given name of data/given_names.txt is a PERSON when it has no mark of an organisation, a people or a
place (person_cues._no_mark: no institution word or company ending, no demonym, not in the tables, unknown to
the gazetteer); an untagged such run, not part of a longer capitalised run (a demonym before it may stand:
"Japanese Takuro Mori won"), is added as one.

:func:`first_names_of_surnames`: "LONDON (Reuters) - Keir Starmer will become ..." with "Keir Starmer" left untagged
and "Starmer" a PERSON later: the untagged capitalised word before the surname and the surname are the person's
full name (the same marks as above keep titles, places and sentence adverbs out); so is a common given name the
model typed alone as something else ("Novak" ORG before "Djokovic").

:func:`names_before_foreign_places`: "Erling Haaland" typed as a GPE "Haaland" (a Norwegian town's name in one
language) after an untagged capitalised word is a PERSON of both words, when the gazetteer knows the one-word
name only by an alternate name, or not at all, and the word before it is no place, title or demonym.

:func:`people_of_countries`: "defeating Felix Auger-Aliassime of Canada" typed as one ORG is a person and
the country they play or stand for, when the span opens with a given name, the words up to "of" are
capitalised names and the words after it are a country's name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize, towns
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon
from .person_cues import CUE_LABELS, _no_mark
from .runons import _run_on_words
from .spans import Span, doc_words, is_cap, overlay

MIN_TOKENS, MAX_TOKENS = 2, 3


def given_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names opening with a common given name and without a mark of anything else are PERSONs (see the
    module's doc)."""
    given = lex.given_names
    words = doc_words(doc)
    if not any(w in given for w in words.texts):
        return spans
    gaz = load_gazetteer()
    dem = demonyms()
    for s in spans:
        if s.label in CUE_LABELS and MIN_TOKENS <= s.end - s.start <= MAX_TOKENS and words.texts[s.start] in given \
                and _no_mark(doc, s, lex, gaz):
            s.label, s.source = "PERSON", "given_name"
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    i = 0
    while i < len(doc):
        if words.texts[i] not in given or i in covered or (i > 0 and is_cap(doc[i - 1]) and words.pos[i - 1] == "PROPN"
                                                           and normalize(words.texts[i - 1]) not in dem):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and is_cap(doc[j]) and words.pos[j] == "PROPN" and j - i < MAX_TOKENS + 1:
            j += 1
        if MIN_TOKENS <= j - i <= MAX_TOKENS and not any(k in covered for k in range(i, j)):
            cand = Span(i, j, "PERSON", "", "given_name")
            if _no_mark(doc, cand, lex, gaz):
                found.append(cand)
        i = j
    return overlay(spans, found)


def _not_first_name(prev, lex: Lexicon, gaz, dem) -> bool:
    """A capitalised word before a name that is no first name: a place, a title ("Senators"), a demonym, a
    modifier of titles, or a sentence adverb ("Later")."""
    return bool(gaz.lookup(prev.text) or (prev.lower_,) in lex.titles or (prev.lower_.removesuffix("s"),) in lex.titles
                or prev.tag_ == "NNPS" or normalize(prev.text) in dem or prev.lower_ in lex.modifiers
                or prev.text in _run_on_words() or prev.text.endswith("ly"))


def names_before_foreign_places(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Erling Haaland" read as a place "Haaland" after an untagged first name is a PERSON (see the module's
    doc)."""
    gaz = load_gazetteer()
    dem = demonyms()
    words = doc_words(doc)
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    for s in spans:
        if s.label not in ("GPE", "LOC") or s.end - s.start != 1 or s.start == 0 or s.source != "model":
            continue
        k = s.start - 1
        prev, name = doc[k], words.texts[s.start]
        if k in covered or not is_cap(prev) or words.pos[k] != "PROPN" or not prev.is_alpha or prev.is_upper \
                or not name.isalpha() or name.isupper():
            continue
        if _not_first_name(prev, lex, gaz, dem):
            continue
        if any(c.via != "alternate" for c in gaz.lookup(name)) or towns(name):
            continue
        found.append(Span(k, s.end, "PERSON", "", "given_name"))
    return overlay(spans, found) if found else spans


def first_names_of_surnames(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Keir Starmer" left untagged before a later PERSON "Starmer" is the person's full name (see the module's
    doc)."""
    words = doc_words(doc)
    full_last = {words.texts[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start > 1}
    surnames = {words.texts[s.start] for s in spans if s.label == "PERSON" and s.end - s.start == 1} - full_last
    surnames = {w for w in surnames if len(w) > 2 and w.isalpha() and (w.lower(),) not in lex.titles}
    if not surnames:
        return spans
    gaz = load_gazetteer()
    dem = demonyms()
    span_at = {k: s for s in spans for k in range(s.start, s.end)}
    found = []
    given = lex.given_names
    for i in range(1, len(doc)):
        if words.texts[i] not in surnames:
            continue
        before = span_at.get(i - 1)
        if before is not None and not (before.end - before.start == 1 and before.label != "PERSON"
                                       and before.source == "model" and words.texts[i - 1] in given):
            continue  # (a given name the model typed alone as something else joins: "Novak" ORG before "Djokovic")
        own = span_at.get(i)
        if own is not None and (own.label != "PERSON" or own.end - own.start != 1):
            continue
        prev = doc[i - 1]
        if not is_cap(prev) or words.pos[i - 1] != "PROPN" or not prev.is_alpha or prev.is_upper or len(prev.text) < 2:
            continue
        if _not_first_name(prev, lex, gaz, dem):
            continue
        if i + 1 < len(doc) and is_cap(doc[i + 1]) and words.pos[i + 1] == "PROPN":
            continue  # a longer name of its own
        found.append(Span(i - 1, i + 1, "PERSON", own.role if own is not None else "", "given_name"))
    return overlay(spans, found) if found else spans


def people_of_countries(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Felix Auger-Aliassime of Canada" typed ORG is a PERSON and a GPE (see the module's doc)."""
    words = doc_words(doc)
    gaz = None
    found = []
    for s in spans:
        if s.label == "PERSON" or s.end - s.start < 4 or words.texts[s.start] not in lex.given_names:
            continue
        of = next((k for k in range(s.start + 2, s.end - 1) if words.lowers[k] == "of"), None)
        if of is None or not all(is_cap(doc[k]) and words.pos[k] == "PROPN" or words.texts[k] in ("-", "‐")
                                 for k in range(s.start, of)):
            continue
        at = of + 2 if words.lowers[of + 1] == "the" else of + 1
        if at >= s.end:
            continue
        gaz = gaz or load_gazetteer()
        if not any(c.entry.kind == "country" and c.via != "alternate" for c in gaz.lookup(doc[at:s.end].text)):
            continue
        found += [Span(s.start, of, "PERSON", "", "person_of_country"), Span(at, s.end, "GPE", "", "person_of_country")]
    return overlay(spans, found) if found else spans
