"""Gazetteer places the small model mislabels, and places in lists: rules of :mod:`.mend`
(``place_person``, ``known_places``, ``place_list``; described there, in the order they run)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize, read_words, towns
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, rows, word_set
from .shapes import country_head
from .spans import Span, doc_words
from .spans import is_cap as _is_cap
from .spans import known_place as _known_place
from .spans import overlay as _overlay
from .spans import title_before as _title_before

PLACE_PERSON_MIN_POPULATION = 100_000


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
        if tok.lower_ in long_names:
            continue
        if _country_named(gaz, tok.text) and tok.text not in lex.given_names \
                and tok.text not in _given_name_countries():
            s.label, s.source = "GPE", "place_person"  # "mediator Qatar said": a country, whatever the title
            continue
        if _title_before(doc, i, lex):
            continue
        if i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].lower_ in lex.place_nouns \
                and doc[i + 1].lower_ not in ("community", "communities"):
            s.label, s.source = "GPE", "place_person"  # "fled Gezira state": a place whatever the gazetteer knows
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


@lru_cache(maxsize=1)
def _given_name_countries() -> frozenset[str]:
    """Countries whose names are also given names ("Chad"; data/given_name_countries.txt)."""
    return frozenset(w for (w,) in rows("given_name_countries.txt", 1))


def _country_named(gaz, name: str) -> bool:
    """Is the name a country's own name ("Qatar"; not an alias or another language's name)?"""
    return any(c.entry.kind == "country" and c.via == "name" for c in gaz.lookup(name))


WEAK_PLACE_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT"}
MAX_PLACE_TOKENS = 3


def _article_countries(doc: Doc, spans: list[Span], gaz) -> set[str]:
    """Countries the article names: a country's own name, its capital's ("TOKYO (AP) -"), a big place
    or region that lies in that country only ("Rafah"), or a demonym anywhere ("Ukrainian")."""
    dem = demonyms()
    out = set()
    for s in spans:
        if s.label in ("GPE", "LOC"):
            own = [c.entry for c in gaz.lookup(doc[s.start: s.end].text) if c.via != "alternate"]
            out |= {e.country_code for e in own if e.kind == "country" or e.capital}
            if own and len({e.country_code for e in own}) == 1 and all(
                    e.kind == "region" or e.population >= PLACE_PERSON_MIN_POPULATION for e in own):
                out.add(own[0].country_code)  # "Rafah", "Gaza": a big place of one country only
    words = doc_words(doc)
    for low, text in zip(words.lowers, words.texts, strict=True):
        cc = dem.get(low)  # demonyms are keyed lower case ("ukrainian")
        if cc and text[:1].isupper():
            out.add(cc)
    return out


def _place_strength(gaz, name: str, countries: set[str]) -> str:
    """"strong": a country, a region or a city of 100,000 by its own name; "local big": a region or a
    city of 100,000 (by any of its names) in a country the article names; "local": a smaller one
    there; "town": only a small town (over 1,000 people) there; "" when no such place is known."""
    local = ""
    for c in gaz.lookup(name):
        e = c.entry
        big = e.kind in ("country", "region") or e.population >= PLACE_PERSON_MIN_POPULATION
        if c.via != "alternate" and big:
            return "strong"
        if e.country_code in countries and e.kind in ("region", "city", "landmark"):
            local = "local big" if big or local == "local big" else "local"
    if not local and any(t.country_code in countries for t in towns(name)):
        return "town"  # a GeoNames place over 1,000 people in a country the article names
    return local


def _countries_of(gaz, name: str) -> set[str]:
    """Countries of the places a name may denote (by their own names or aliases)."""
    return {c.entry.country_code for c in gaz.lookup(name) if c.via != "alternate" and c.entry.country_code}


def _place_context(doc: Doc, a: int, b: int, lex: Lexicon, place_countries) -> bool:
    """Words around tokens [a, b) that make them a place: "in/near X", "residents of X", "X region",
    "shelled X", or a list with another place of the same country ("Kherson and X"; "Harlow, Essex"
    does not make Essex the American town)."""
    i = a - 1
    if i >= 0 and doc[i].lower_ in _part_words() and doc[i].is_lower:
        i -= 1  # "in central Kharkiv", "in southern Mariupol"
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in lex.locative:
        return True
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in lex.place_of_nouns:
        return True
    if i >= 1 and doc[i].lower_ == "on" and doc[i - 1].lower_ in lex.place_on_nouns:
        return True  # "the attack on Mariupol"
    if a >= 1 and doc[a - 1].lower_ in lex.place_pre_nouns:  # "the country's capital Kyiv"
        return True
    if b < len(doc) and doc[b].lower_ in lex.place_nouns:
        return True
    if a >= 2 and doc[a - 1].text == "," and _line_end(doc, b):
        return True  # a caption's closing place: "Partially collapsed block of flats, Kharkiv"
    root = doc[a:b].root
    if _place_verb(root.head, lex) and (root.dep_ in ("dobj", "obj") or (
            root.dep_ in ("advmod", "npadvmod") and a == root.head.i + 1)):  # "shelled Bakhmut" parsed ADV
        return True
    gaz = load_gazetteer()
    mine = {c.entry.country_code for c in gaz.lookup(doc[a:b].text)}
    for joint, other in ((a - 1, a - 2), (b, b + 1)):
        if 0 <= other < len(doc) and doc[joint].lower_ in ("and", "or", ",") and mine & place_countries(other):
            return True
    return False


def _line_end(doc: Doc, b: int) -> bool:
    """Does the sentence end at token ``b`` (nothing after but closing punctuation)?"""
    for k in range(b, len(doc)):
        if doc[k].is_sent_start and k > b:
            return True
        if not (doc[k].is_punct or doc[k].is_space):
            return False
    return True


# Before a small town's name, only these make it a place ("near Soledar"; not "spoke to Johnson").
TOWN_WORDS = frozenset({"in", "near", "outside", "around", "across", "into", "towards", "toward"})


def _town_context(doc: Doc, a: int, b: int, lex: Lexicon) -> bool:
    """Stricter words around a name known only as a small town: right after "in/near/outside ..."
    (not before "'s": "in Smith's view"), or the object of a place verb ("shelled Soledar")."""
    if b < len(doc) and doc[b].lower_ in ("'s", "’s"):
        return False
    if a > 0 and doc[a - 1].lower_ in TOWN_WORDS:
        return True
    if a > 1 and doc[a - 1].lower_ in _part_words() and doc[a - 1].is_lower and doc[a - 2].lower_ in TOWN_WORDS:
        return True  # "in southern Bakhmut"
    i = a - 1
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _town_of_nouns():  # "the city of Chasiv Yar"
        return True
    root = doc[a:b].root
    return _place_verb(root.head, lex) and root.dep_ in ("dobj", "obj")


def _place_subject_verbs() -> frozenset[str]:
    return word_set("place_subject_verbs.txt")


def _place_subject(doc: Doc, a: int, b: int, lex: Lexicon, gaz, countries: set[str]) -> bool:
    """Is the one-word name a big place (a region or a city of 100,000) of a country the article names, and
    the subject of a verb that says what happens to places ("Kharkiv came under fire", "Kharkiv was
    shelled")? Not a surname of the article: the rules before have made those PERSON."""
    root = doc[a:b].root
    head = root.head
    if root.dep_ == "nsubjpass":
        verb_ok = _place_verb(head, lex)
    else:
        verb_ok = root.dep_ == "nsubj" and head.lemma_.lower() in _place_subject_verbs()
    if not verb_ok:
        return False
    return any(c.via != "alternate" and c.entry.country_code in countries and (
        c.entry.kind == "region" or c.entry.kind == "city" and c.entry.population >= PLACE_PERSON_MIN_POPULATION)
        for c in gaz.lookup(doc[a:b].text))


def _town_of_nouns() -> frozenset[str]:
    return word_set("town_of_nouns.txt")


def _place_verb(tok, lex: Lexicon) -> bool:
    """Is the token a verb whose object is a place: its lemma or (for "visited", not "visiting") its form?"""
    return tok.lemma_.lower() in lex.place_verbs or tok.lower_ in lex.place_verbs


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    """Direction and part words ("Western", "Central") that alone make no place name here."""
    return frozenset(w.lower() for w in read_words("part_words.txt"))


@lru_cache(maxsize=1)
def _building_words() -> frozenset[str]:
    """Words of a building's name (data/building_words.txt, facility_heads.txt, venue_nouns.txt, street_words.txt)."""
    return frozenset(w.lower() for f in ("building_words.txt", "facility_heads.txt", "venue_nouns.txt", "street_words.txt")
                     for w in word_set(f))


def known_places(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A name the gazetteer knows, mislabelled or missed by the model, is a GPE.

    The small model tags many Ukrainian and other less familiar places as ORG, PERSON, NORP or
    PRODUCT ("shelled Kramatorsk", "residents of Odesa"), or not at all. A span of one to three
    tokens whose whole text is a known place becomes a GPE when the words around it say place
    (:func:`_place_context`); a PRODUCT, WORK_OF_ART, EVENT, LAW or LANGUAGE one also without
    them ("Somali pirates", NORP, and "visiting Evansville", ORG, need them). A one-word PERSON
    without such words becomes a place only when it lies in a country the article names and is
    not the subject or a possessor ("Hamilton won", "Hamilton's car" stay people). Names in the label table, demonyms, parts of
    a longer person's name and names after a title are left alone. Untagged capitalised names need
    the place words.
    """
    gaz = load_gazetteer()
    dem = demonyms()
    countries = _article_countries(doc, spans, gaz)
    part_words = _part_words()
    people = [s for s in spans if s.label == "PERSON" and s.end - s.start > 1]
    place_spans = {k: s for s in spans if s.label in ("GPE", "LOC") for k in range(s.start, s.end)}

    def place_countries(i: int) -> set[str]:
        """Countries of the place at token i: its GPE/LOC span, or a capitalised place name."""
        if i in place_spans:  # a place already: any of its names counts ("Castellón" for Castelló de la Plana)
            return {c.entry.country_code for c in gaz.lookup(doc[place_spans[i].start: place_spans[i].end].text)
                    if c.entry.country_code}
        if _is_cap(doc[i]) and _known_place(gaz, doc[i].text, 15_000):
            return _countries_of(gaz, doc[i].text)
        return set()

    starts = {s.start for s in spans}
    for s in spans:  # "in [Bila] Tserkva": the model's place cut short of the gazetteer's name
        if s.label in ("GPE", "LOC") and s.end < len(doc) and s.end not in starts and _is_cap(doc[s.end]) \
                and s.end - s.start < MAX_PLACE_TOKENS \
                and any(c.via == "name" for c in gaz.lookup(doc[s.start: s.end + 1].text)) \
                and not any(c.via == "name" for c in gaz.lookup(doc[s.start: s.end].text)):
            s.end += 1
    buildings = _building_words()
    for s in spans:
        if s.label == "FAC" and s.source == "model" and s.end - s.start <= MAX_PLACE_TOKENS \
                and not (s.start > 0 and doc[s.start - 1].lower_ == "the") \
                and not any(t.lower_ in buildings for t in doc[s.start: s.end]) \
                and _place_strength(gaz, doc[s.start: s.end].text, countries) \
                and _place_context(doc, s.start, s.end, lex, place_countries):
            # "soy grown near Cruz Alta" tagged FAC: a town the gazetteer knows, named as a place, no building
            s.label, s.source = "GPE", "known_place"
            place_spans.update({k: s for k in range(s.start, s.end)})
            continue
        if s.label not in WEAK_PLACE_LABELS or s.source != "model" or s.end - s.start > MAX_PLACE_TOKENS:
            continue
        text = doc[s.start: s.end].text
        if text.lower() in lex.labels or text in lex.acronyms or normalize(text) in dem or \
                all(t.lower_ in part_words for t in doc[s.start: s.end]):
            continue  # "Western", "Central": a direction word is a place only in the resolver's context
        if s.start > 0 and doc[s.start - 1].text == "The" and not doc[s.start - 1].is_sent_start and \
                _known_place(gaz, "The " + text, PLACE_PERSON_MIN_POPULATION) and any(
                c.entry.name.startswith("The ") for c in gaz.lookup("The " + text)):
            s.label, s.source = "GPE", "known_place"  # "by The Hague court": "The" mid-sentence is the name's
            continue
        strength = _place_strength(gaz, text, countries)
        if not strength or _title_before(doc, s.start, lex):
            continue
        own = {t.lower_ for t in doc[s.start: s.end]}
        if any(p is not s and own & {t.lower_ for t in doc[p.start: p.end]} and doc[p.start: p.end].text != text
               for p in people):
            continue  # a word of someone's longer name ("Hamilton" beside "Lewis Hamilton"; not the same name)
        root = doc[s.start: s.end].root
        if root.dep_ == "nsubj" and root.head.lower_ in lex.speech_verbs:
            continue
        if strength == "town":  # known only as a small town: the stricter words, nothing else
            ok = _town_context(doc, s.start, s.end, lex)
        else:
            ok = _place_context(doc, s.start, s.end, lex, place_countries) or country_head(doc, s.start, s.end)
            if not ok and s.label not in ("PERSON", "ORG", "NORP"):
                ok = True  # "Kramatorsk" tagged PRODUCT
            elif not ok and s.label == "PERSON" and s.end - s.start == 1 and (strength == "local big" or (
                    strength == "strong" and _countries_of(gaz, text) & countries)):
                # a big place of a country the article names ("an alert for Málaga" in a story on Spain)
                ok = root.dep_ not in ("nsubj", "poss", "compound", "appos")
            if not ok and s.label in ("PERSON", "ORG") and s.end - s.start == 1:
                ok = _place_subject(doc, s.start, s.end, lex, gaz, countries)  # "Kharkiv came under fire"
        if ok:
            s.label, s.source = "GPE", "known_place"
            place_spans.update({k: s for k in range(s.start, s.end)})

    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    texts = doc_words(doc).texts
    i = 0
    while i < len(doc):
        if i in covered or not texts[i][:1].isupper() or not _is_cap(doc[i]) or doc[i].pos_ not in ("PROPN", "ADJ", "NOUN") \
                or doc[i].lower_ in lex.drop_words or doc[i].lower_ in part_words:
            i += 1
            continue
        for n in range(MAX_PLACE_TOKENS, 0, -1):
            j = i + n
            if j > len(doc) or any(k in covered or not _is_cap(doc[k]) for k in range(i, j)):
                continue
            text = doc[i:j].text
            if normalize(text) in dem or lex.labels.get(text.lower(), "GPE") not in ("GPE", "LOC") \
                    or _title_before(doc, i, lex):
                continue
            whole = (i == 0 or not (_is_cap(doc[i - 1]) and doc[i - 1].pos_ == "PROPN") or (
                # "Other Topics of Interest Estonia's PM:": a country before its head word, no longer place
                country_head(doc, i, j) and not any(gaz.lookup(doc[k:j].text) for k in range(max(0, i - 3), i)))) and (
                j == len(doc) or not (_is_cap(doc[j]) and doc[j].pos_ == "PROPN"
                                      and doc[j].lower_ not in lex.place_nouns
                                      and doc[j].lower_ not in lex.drop_words  # "hit Kharkiv Monday"
                                      and not country_head(doc, i, j)))  # not "Green" of "Wood Green"
            strength = _place_strength(gaz, text, countries) if whole else ""
            if strength and (_town_context(doc, i, j, lex) if strength == "town"
                             else _place_context(doc, i, j, lex, place_countries) or country_head(doc, i, j)
                             or j - i == 1 and _place_subject(doc, i, j, lex, gaz, countries)):
                span = Span(i, j, "GPE", "", "known_place")
                found.append(span)
                place_spans.update({k: span for k in range(i, j)})
                i = j
                break
        else:
            i += 1
    return sorted(spans + found, key=lambda s: s.start) if found else spans


# "the village of X": nouns of a settlement or an area whose "of" names a place, known to the gazetteer or not.
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "settlement", "hamlet", "municipality", "commune",
                              "district", "province", "region", "oblast", "county", "township", "suburb"})


def settlements(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"captured the village of Novopavlivka": a name after a settlement noun and "of" is a place (GPE),
    whatever the model said, and one the model left untagged is added (at most ``MAX_PLACE_TOKENS`` capitalised
    words)."""
    at = {s.start: s for s in spans}
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    for i in range(2, len(doc)):
        if doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in SETTLEMENT_NOUNS or not doc[i - 2].is_lower:
            continue
        s = at.get(i)
        if s is not None:
            if s.label in WEAK_PLACE_LABELS and s.source == "model" and not s.role and s.end - s.start <= MAX_PLACE_TOKENS:
                s.label, s.source = "GPE", "settlement"
            continue
        j = i
        while j < len(doc) and j - i < MAX_PLACE_TOKENS and _is_cap(doc[j]) and doc[j].pos_ == "PROPN" \
                and j not in covered:
            j += 1
        if j > i and (j == len(doc) or j not in covered) and doc[i].lower_ not in lex.drop_words:
            found.append(Span(i, j, "GPE", "", "settlement"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


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




@lru_cache(maxsize=1)
def _place_particles() -> frozenset[str]:
    """Lower-case words inside place names ("Rio Grande do Sul"; data/place_particles.txt)."""
    return frozenset(w for (w,) in rows("place_particles.txt", 1))
PLACE_TAIL_MAX = 3  # words a place name may run on past the model's span: "do Sul", "de la Frontera"
PLACE_TAIL_MIN_POPULATION = 15_000


def place_tails(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A place the model cut short: "[Rio Grande] do Sul", "[Mato Grosso] do Sul", "[Frankfurt] am Main".
    A place span followed by a lower-case particle and capitalised words is widened over them when the
    whole is a country, a region or a town of the gazetteer by its own name (not an alias); spans inside
    the added words go."""
    words = doc_words(doc)
    gaz = load_gazetteer()
    particles = _place_particles()
    found: list[Span] = []
    for s in spans:
        if s.label not in ("GPE", "LOC", "NORP", "ORG", "PERSON") or s.end >= len(doc):
            continue
        if words.lowers[s.end] not in particles or words.texts[s.end] != words.lowers[s.end]:
            continue
        for end in range(min(len(doc), s.end + 1 + PLACE_TAIL_MAX), s.end + 1, -1):
            if not all(_is_cap(doc[k]) or words.lowers[k] in particles for k in range(s.end + 1, end)):
                continue
            if not _is_cap(doc[end - 1]):
                continue
            if _known_place(gaz, doc[s.start:end].text, PLACE_TAIL_MIN_POPULATION):
                found.append(Span(s.start, end, "GPE" if s.label not in ("LOC",) else "LOC", s.role, "gazetteer"))
                break
    return _overlay(spans, found)
