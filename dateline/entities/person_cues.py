"""People the small model types as organisations or places, told by the words around them.

Two rules over the mended spans (see :mod:`dateline.entities.mend`):

- :func:`person_cues`: a name of one to three capitalised words typed ORG, GPE, NORP... that has no
  mark of an organisation or a place (no institution word or company suffix, not an acronym, not in
  the label table, no demonym, unknown to the gazetteer) is a PERSON when the words around it say
  person: a list with a person ("Emmanuel Macron or Olaf Scholz", "Scholz and Macron"), an age
  ("Sophie, 34,"), a person-only verb ("Lavrov smiled", data/person_verbs.txt), a person-only noun
  it owns or is listed with ("Lavrov's wife", "Sophie and her mother", data/person_nouns.txt).
- :func:`same_name`: one name, one sense in an article: a name that is a PERSON with evidence
  (a title, a speech verb, a full name, a person cue) is a PERSON wherever the model typed it
  otherwise ("Alina Kabajewa" tagged ORG the second time); a name the gazetteer knows that is a
  place somewhere in the article is a place where the model typed it ORG or PERSON ("Mariupol's
  fate", "a Mariupol police official") unless it is someone's name here.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon
from .spans import Span, doc_words, is_cap, known_place

WEAK_LABELS = {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT", "LAW", "LANGUAGE"}
CUE_LABELS = WEAK_LABELS - {"NORP"}  # "Orthodox Christian", "Crimeans": a group, whatever the words around
LIST_WORDS = {",", "and", "or", "&"}
MAX_AGE = 110
PERSON_EVIDENCE = {"title", "speaker", "particles", "org_person", "person_cue", "surname", "given_name"}
PLACE_MIN_POPULATION = 15_000
CAPS_ACRONYM_MAX = 4  # in an all-capitals line, a word this short may be an acronym ("NATO", "OSCE")


def _no_mark(doc: Doc, s: Span, lex: Lexicon, gaz) -> bool:
    """Could the span be a person's name: capitalised proper nouns without a mark of an organisation,
    a group or a place?"""
    memo = doc_words(doc).memo
    source = s.source if s.source in ("product_name", "caps") else ""  # the only sources the test reads
    key = ("no_mark", s.start, s.end, source, type(gaz).__name__)
    if key not in memo:
        memo[key] = _no_mark_uncached(doc, s, lex, gaz)
    return memo[key]


def _no_mark_uncached(doc: Doc, s: Span, lex: Lexicon, gaz) -> bool:
    toks = doc[s.start: s.end]
    text = toks.text
    if not 1 <= len(toks) <= 3 or any(not is_cap(t) or not _proper(t, s.source) or not t.is_alpha for t in toks):
        return False
    if text.lower() in lex.labels or text in lex.acronyms or any(_acronym_like(t.text, s.source) for t in toks) or \
            s.source == "product_name":
        return False
    if any(t.lower_ in lex.non_person_heads or t.lower_ in lex.org_suffixes or t.lower_ in lex.drop_words
           or (t.lower_,) in lex.titles for t in toks) or _org_word(toks[-1].lower_, lex):
        return False
    dem = demonyms()
    if any(normalize(t.text) in dem for t in toks) or normalize(text) in dem:
        return False
    nxt = doc[s.end: s.end + 2]
    if len(nxt) == 2 and nxt[0].lower_ == "of" and is_cap(nxt[1]):
        return False  # "Treaty of Moscow": the start of a longer name
    return not gaz.lookup(text)


def _proper(tok, source: str) -> bool:
    """Is the token a proper noun? In an all-capitals line the article's parse says little: a noun will do."""
    return tok.pos_ == "PROPN" or source == "caps" and tok.pos_ in ("NOUN", "ADJ")


def _acronym_like(word: str, source: str) -> bool:
    """Is the word written in capitals as an acronym is? In an all-capitals line (source "caps") every word
    is: there only a short word or one without a vowel counts ("BIDEN" may be a name, "FSB" not)."""
    if not word.isupper():
        return False
    return source != "caps" or len(word) <= CAPS_ACRONYM_MAX or not any(ch in "AEIOUY" for ch in word)


def _org_word(word: str, lex: Lexicon) -> bool:
    """Does the word end like a one-word company name ("Sberbank", "Gazprom")?"""
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in lex.org_endings)


def _coordinated(doc: Doc, s: Span, spans: list[Span], gaz, lex: Lexicon) -> bool:
    """Does the span stand in a list ("A, B and C", "A or B") with a PERSON, and with no place
    ("Pervomaiske, Avdiivka, Nevelske, and Sieverne Tonenke" is a list of towns, whatever the model said)?"""
    items, joined = _list_items(doc, s, spans)
    joined = joined or s.source == "caps" and bool(items)  # a headline lists with commas: "BIDEN, ZELENSKY MEET"
    if not joined or any(p.label in ("GPE", "LOC") or gaz.lookup(doc[p.start: p.end].text) for p in items):
        return False
    people = sum(p.label == "PERSON" and is_cap(doc[p.start]) and not _org_word(doc[p.end - 1].lower_, lex)
                 for p in items)
    if not people or people < len(items) + 1 - people:
        return False  # "Pervomaiske, Nevelske and Sieverne Tonenke": most of the list is no one
    return not _opens_place_list(doc, min([s, *items], key=lambda p: p.start).start, lex)


def _opens_place_list(doc: Doc, first: int, lex: Lexicon) -> bool:
    """Do the words before a list make it a list of places ("the villages of A and B")? Not a locative
    word alone: "reporting from A, B and C" lists people."""
    return first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in lex.place_of_nouns


def _list_items(doc: Doc, s: Span, spans: list[Span]) -> tuple[list[Span], bool]:
    """The other spans of the list the span stands in, and whether an "and" or "or" joins the list (a
    comma alone may join a name and its apposition: "Anna Smith, Gazprom")."""
    order = sorted(spans, key=lambda p: p.start)
    k = next(n for n, p in enumerate(order) if p is s)
    items, joined = [], False
    for step in (-1, 1):
        cur, n = s, k + step
        while 0 <= n < len(order):
            a, b = (order[n], cur) if step < 0 else (cur, order[n])
            gap = [t.lower_ for t in doc[a.end: b.start]]
            if not 1 <= len(gap) <= 2 or any(w not in LIST_WORDS for w in gap):
                break
            joined = joined or any(w != "," for w in gap)
            items.append(order[n])
            cur, n = order[n], n + step
    return items, joined


def _after_role(doc: Doc, s: Span, lex: Lexicon) -> bool:
    """"told the Polish Radio journalist, Beata Plomecka, that": a name of two or three words set off by
    commas right after a role word is that person."""
    k = s.start
    return (s.end - s.start >= 2 and k >= 2 and doc[k - 1].text == "," and doc[k - 2].is_lower
            and lex.titles.get((doc[k - 2].lower_,)) == "role" and s.end < len(doc) and doc[s.end].is_punct)


def _aged(doc: Doc, s: Span) -> bool:
    """"Sophie, 34, said": a name followed by an age between commas."""
    toks = doc[s.end: s.end + 3]
    return (len(toks) == 3 and toks[0].text == "," and toks[1].text.isdigit() and 0 < int(toks[1].text) <= MAX_AGE
            and toks[2].text in (",", ")"))


def _person_words(doc: Doc, s: Span, lex: Lexicon) -> bool:
    """A person-only verb of which the name is the subject, a person-only noun it owns, or one it is
    listed with ("Sophie and her mother")."""
    root = doc[s.start: s.end].root
    head = root.head
    if root.dep_ == "nsubj" and (head.lemma_.lower() in lex.person_verbs or head.lower_ in lex.person_verbs):
        return True
    if root.dep_ == "poss" and head.lower_ in lex.person_nouns:
        return True
    nxt = doc[s.end: s.end + 3]
    words = [t.lower_ for t in nxt]
    if len(words) >= 2 and words[0] == "and":
        if words[1] in lex.person_nouns:
            return True
        return len(words) == 3 and words[1] in ("his", "her", "their") and words[2] in lex.person_nouns
    return False


def person_cues(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names typed ORG, GPE, NORP... without a mark of an organisation or a place, that the words
    around them show to be people, are PERSON (see the module's doc)."""
    gaz = load_gazetteer()
    changed = True
    while changed:  # "A, B and C": one found person makes the next one's list
        changed = False
        for s in spans:
            if s.label not in CUE_LABELS or not _no_mark(doc, s, lex, gaz):
                continue
            group = doc[s.end - 1].tag_ == "NNPS"  # "Crimeans are dying": a people
            if _coordinated(doc, s, spans, gaz, lex) or _aged(doc, s) or _after_role(doc, s, lex) or (
                    not group and _person_words(doc, s, lex)):
                s.label, s.source = "PERSON", "person_cue"
                changed = True
    return spans


# rules that made a span a place by the words around it ("the city of X", "X state", "X, the capital of Y")
PLACED_BY_WORDS = frozenset({"known_place", "place_person", "article_people"})


def same_name(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """One name, one sense in an article (see the module's doc)."""
    gaz = load_gazetteer()
    dem = demonyms()
    text_of = {id(s): doc[s.start: s.end].text for s in spans}
    in_long_person = {t.lower_ for s in spans if s.label == "PERSON" and s.end - s.start > 1
                      for t in doc[s.start: s.end]}
    # a PERSON by a rule or with a role; a full name the model typed PERSON more often than otherwise, or as
    # often and first
    votes = Counter(text_of[id(s)] for s in spans if s.label == "PERSON" and s.end - s.start > 1)
    votes.subtract(text_of[id(s)] for s in spans if s.label != "PERSON" and s.end - s.start > 1)
    first: dict[str, str] = {}
    for s in sorted(spans, key=lambda s: s.start):
        first.setdefault(text_of[id(s)], s.label)
    # a name the words around made a place ("the city of Chasiv Yar") outweighs the model's votes for a person
    placed = {text_of[id(s)] for s in spans if s.label == "GPE" and s.source in PLACED_BY_WORDS}
    person_names = {text_of[id(s)] for s in spans if s.label == "PERSON" and (
        s.source in PERSON_EVIDENCE or s.role or (s.end - s.start > 1 and text_of[id(s)] not in placed and (
            votes[text_of[id(s)]] > 0 or votes[text_of[id(s)]] == 0 and first[text_of[id(s)]] == "PERSON")))}
    place_names = {text_of[id(s)] for s in spans if s.label in ("GPE", "LOC")
                   and known_place(gaz, text_of[id(s)], PLACE_MIN_POPULATION)} | placed
    for s in spans:
        text = text_of[id(s)]
        if text in person_names and text not in place_names and s.label in WEAK_LABELS:
            if s.end - s.start > 1 and _no_mark(doc, s, lex, gaz) or s.end - s.start == 1 and not (
                    s.label in ("GPE", "LOC") and gaz.lookup(text)) and _no_mark(doc, s, lex, gaz):
                s.label, s.source = "PERSON", "same_name"
        elif text in place_names and text not in person_names and s.label in ("ORG", "PERSON", "NORP", "PRODUCT"):
            if s.role or normalize(text) in dem or text.lower() in lex.labels or text in lex.acronyms:
                continue
            if s.label == "NORP" and not any(c.entry.kind == "country" for c in gaz.lookup(text)):
                continue  # "Somali pirates" beside "Somali waters": a people, unless the name is a country's
            if s.end - s.start == 1 and text.lower() in in_long_person:
                continue  # "Hamilton" beside "Lewis Hamilton"
            if s.label == "ORG" and doc[s.start: s.end].root.dep_ in ("nsubj", "nsubjpass") and not any(
                    c.entry.kind == "country" for c in gaz.lookup(text)):
                continue  # "Liverpool beat Everton": a club named after its city ("Belarus does not" is the country)
            s.label, s.source = "GPE", "same_name"
    # a name of several words typed ORG more often than anything else is that organisation where the model
    # typed it a work, a product, a law or a language ("to the Nippon Steel group" inside a quotation)
    multi = Counter((text_of[id(s)], s.label) for s in spans if s.end - s.start > 1)
    for s in spans:
        text = text_of[id(s)]
        if s.end - s.start > 1 and s.label in ("WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE") and s.source == "model" \
                and multi[(text, "ORG")] > multi[(text, s.label)]:
            s.label, s.source = "ORG", "same_name"
    # a name the gazetteer does not know as a place, typed ORG elsewhere in the article, is that
    # organisation where the model typed it a place ("a partnership with OpenAI ... the OpenAI integration")
    org_names = {text_of[id(s)] for s in spans if s.label == "ORG"}
    for s in spans:
        text = text_of[id(s)]
        if s.label in ("GPE", "LOC") and text in org_names and s.source == "model" and not gaz.lookup(text):
            s.label, s.source = "ORG", "same_name"
    return spans
