"""One-word names that are people by evidence from elsewhere in the same article.

The small model types a surname written alone ("Kuleba and Blinken discussed the grain deal") as GPE
or ORG, or misses it. :func:`article_people` runs after the other mending rules and makes such names
PERSON when the article says who they are:

- a surname whose full name is a PERSON anywhere in the article, before or after ("Shmyhal and Sunak
  met ... Prime Minister Denys Shmyhal"), or a one-word name that is a PERSON by a title or a rule
  elsewhere ("Foreign Minister Kuleba"), written alone and typed otherwise or left untagged;
- a first name that opens a full name of the article ("Masha" beside "Masha Moskalyova"), where the
  model tagged it, typed otherwise;
- a name set off by commas beside "a/an <adjectives> <person noun>" ("Alexey Moskalyov, a Russian man,",
  "a Russian man, Alexey Moskalyov,"; appositives.py); a name beside an organisation noun there is an
  ORG ("Mediazona, an independent news outlet,");
- a name listed with a person ("Kuleba and Blinken" once Kuleba is known), tagged or not; an untagged one
  given an age ("Anatoly, 43, is one of ...");
- a surname of the article typed GPE that is also a small place, not after "in/near/of..." ("Skopin", a
  Russian town, beside "Denis Skopin"), or any place that is the subject of a verb of meeting or
  speaking ("Lima said" beside "Ivan Lima");
- a one-word name typed GPE, LOC or NORP that the gazetteer does not know at all (no country, city or
  town), subject of a verb of meeting or speaking ("Blinken discussed", data/meeting_verbs.txt).

Names with a mark of an organisation, a group, a place or a product (see person_cues._no_mark) stay, and
so do plural proper nouns ("the Colts").
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.places.gazetteer import load as load_gazetteer
from dateline.places.gazetteer import towns

from .appositives import appositive_label
from .lexicon import Lexicon, word_set
from .person_cues import WEAK_LABELS, _aged, _coordinated, _no_mark, person_cues
from .spans import Span, doc_words, is_cap, overlay

MAX_ROUNDS = 3
PERSON_PREPOSITIONS = {"to", "toward", "towards"}  # locative words that also come before people
SURNAME_PLACE_MAX_POPULATION = 100_000  # a surname of the article that is a smaller place is the person
ORG_FROM = {"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"}  # labels an appositive makes ORG
# one-word PERSON spans whose name is known for the article (a title, a speech verb...); not those made
# PERSON by a list or one sense per name, which would carry one error through the article
KNOWN_SOURCES = {"title", "title_of", "speaker", "particles", "org_person", "surname"}


def _meeting_verbs() -> frozenset[str]:
    return word_set("meeting_verbs.txt")


def _known_names(doc: Doc, spans: list[Span], lex: Lexicon) -> tuple[set[str], set[str]]:
    """Words that name a person of this article: (surnames, first names). Surnames are the last words of
    full PERSON names and one-word PERSON names with evidence (a title, a rule); first names the first
    words of full names made of capitalised words only ("Masha Moskalyova"; not "Sheriff's Deputy X").
    Title words and words the article also writes in lower case ("the new Doctor", "spin doctor") are none."""
    last, first = set(), set()
    for s in spans:
        if s.label != "PERSON":
            continue
        toks = list(doc[s.start: s.end])
        names = [t for t in toks if is_cap(t) and t.is_alpha and not t.is_upper and t.tag_ != "NNPS"]
        if len(toks) >= 2 and len(names) >= 2:
            last.add(names[-1].text)
            if len(names) == len(toks) and (names[0].lower_,) not in lex.titles:
                first.add(names[0].text)
        elif len(toks) == 1 and names and (s.source in KNOWN_SOURCES or s.role):
            last.add(names[0].text)
    lower = {w for w in doc_words(doc).texts if w.islower()}  # "spin doctor": a word the article writes in lower case is no name

    def name_word(w: str) -> bool:
        return len(w) > 2 and w.lower() not in lower and (w.lower(),) not in lex.titles and \
            w.lower() not in lex.modifiers
    return {w for w in last if name_word(w)}, {w for w in first if name_word(w)}


def _meeting_subject(doc: Doc, s: Span, lex: Lexicon) -> bool:
    """Is the one-word span the subject of a verb of meeting or speaking (through "X and Y")?"""
    root = doc[s.start: s.end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    return root.dep_ == "nsubj" and (head.lemma_.lower() in _meeting_verbs() or head.lower_ in lex.speech_verbs)


def _unknown_place(gaz, text: str) -> bool:
    return not gaz.lookup(text) and not towns(text)


class _NoPlaces:
    """A gazetteer that knows no place, to test a name for every other mark."""

    @staticmethod
    def lookup(name: str) -> list:
        return []


def _small_place_surname(doc: Doc, s: Span, lex: Lexicon, gaz) -> bool:
    """A one-word name that is a surname of the article and also a small place ("Skopin", a Russian town,
    beside "Denis Skopin"): a person unless a locative word comes before it ("in Skopin")."""
    text = doc[s.start: s.end].text
    cands = gaz.lookup(text)
    if not cands or any(c.entry.kind in ("country", "region", "continent", "landmark")
                        or c.entry.population >= SURNAME_PLACE_MAX_POPULATION for c in cands):
        return False
    before = doc[s.start - 1].lower_ if s.start > 0 else ""
    if before in lex.locative and before not in PERSON_PREPOSITIONS or before == "of":
        return False  # "born in Skopin"; not "goodbye to Skopin"
    return _no_mark(doc, s, lex, _NoPlaces())


def article_people(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """One-word names that the article shows to be people become PERSON (see the module's doc)."""
    gaz = load_gazetteer()
    for s in spans:  # "Alexey Moskalyov, a Russian man,"; "Mediazona, an independent news outlet,"
        label = appositive_label(doc, s)
        if label == "PERSON" and s.label in WEAK_LABELS and _no_mark(doc, s, lex, gaz):
            s.label, s.source = "PERSON", "article_people"
        elif label == "ORG" and s.label in ORG_FROM and s.source == "model" and _no_mark(doc, s, lex, gaz):
            s.label, s.source = "ORG", "article_people"
        elif label == "GPE" and s.label in ("PERSON", "ORG", "NORP") and s.source == "model" and not s.role:
            s.label, s.source = "GPE", "article_people"  # "Wad Madani, the capital of Gezira state,"
    words = doc_words(doc)  # untagged one-word names may be people: proper nouns, not plural, capitalised
    candidates = [i for i, (w, pos, tag) in enumerate(zip(words.texts, words.pos, words.tags, strict=True))
                  if pos == "PROPN" and tag != "NNPS" and w[:1].isupper() and w.isalpha() and not w.isupper()]
    for _ in range(MAX_ROUNDS):
        changed = False
        known, first_names = _known_names(doc, spans, lex)
        for s in spans:
            if s.label not in WEAK_LABELS or s.end - s.start != 1 or doc[s.start].tag_ == "NNPS":
                continue
            text = doc[s.start].text
            if text in known and s.label in ("GPE", "LOC") and (
                    _small_place_surname(doc, s, lex, gaz) or _meeting_subject(doc, s, lex)):
                # "Skopin" beside "Denis Skopin"; "Lima said" beside "Justice Minister Ivan Lima"
                s.label, s.source = "PERSON", "article_people"
                changed = True
                continue
            if not _no_mark(doc, s, lex, gaz):
                continue
            if (text in known or text in first_names) and (s.label not in ("GPE", "LOC") or _unknown_place(gaz, text)) or (
                    s.label in ("GPE", "LOC", "NORP") and _unknown_place(gaz, text) and _meeting_subject(doc, s, lex)):
                s.label, s.source = "PERSON", "article_people"
                changed = True
        covered = {k for s in spans for k in range(s.start, s.end)}
        found = []
        for i in candidates:
            tok = doc[i]
            if tok.i in covered or tok.pos_ != "PROPN" or tok.tag_ == "NNPS" or not is_cap(tok) or not tok.is_alpha \
                    or tok.is_upper:
                continue
            if tok.i + 1 < len(doc) and is_cap(doc[tok.i + 1]) and doc[tok.i + 1].pos_ == "PROPN":
                continue  # a longer name of its own ("Kuleba Street")
            if tok.i > 0 and is_cap(doc[tok.i - 1]) and doc[tok.i - 1].pos_ == "PROPN" and not tok.is_sent_start \
                    and not doc[tok.i - 1].is_sent_start:
                continue
            cand = Span(tok.i, tok.i + 1, "ORG", "", "article_people")
            if not _no_mark(doc, cand, lex, gaz) or not _unknown_place(gaz, tok.text):
                continue
            if tok.text in known or _coordinated(doc, cand, spans + [cand], gaz, lex) or _aged(doc, cand):
                cand.label = "PERSON"
                found.append(cand)
        if found:
            spans = overlay(spans, found)
            changed = True
        before = sum(s.label == "PERSON" for s in spans)
        spans = person_cues(doc, spans, lex)  # "Kuleba and Blinken": the list once Kuleba is known
        changed = changed or sum(s.label == "PERSON" for s in spans) != before
        if not changed:
            break
    return spans
