"""Names told by their shape and the words around them, not by the model's label.

Rules over the mended spans (see :mod:`dateline.entities.mend`):

- :func:`shouted_us`: "US" in capitals right after a verb or preposition of data/caps_us_before.txt and
  before punctuation or a function word is the pronoun ("JOIN US ON TELEGRAM!", "WHICH ONE OF US IS
  LYING?"), not the United States ("AID FOR US TROOPS" stays the country).
- :func:`function_words`: a one-word "name" that the parse reads as an auxiliary, a pronoun, a determiner
  or a conjunction ("Having" typed GPE at a paragraph's start) is no name; acronyms in capitals stay.
- :func:`brackets`: a name does not run over an unpaired bracket: "Kyiv (Ukrainian Presidential Press
  Office via AP)" is cut into the place before it and the organisation after it (not "Kit (SDK", which
  ends at the closing bracket).
- :func:`hyphen_pair`: "Russia-Ukraine", "Russia-Nato", "EU-China": two countries or organisations joined
  by a hyphen are two names, not one (used by the ``hyphens`` rule; "Guinea-Bissau" is one country).
- :func:`title_lists`: the names listed after a plural title are people ("Senators Risch, Cardin and
  Wicker", "Presidents Hakainde Hichilema of Zambia").
- :func:`country_head`: a country's name before a head word ("Estonia's PM", "Comoros President") is the
  country (used by the ``known_places`` rule).
- :func:`glued_titles`: a headline run into the next sentence, typed WORK_OF_ART ("... Won't Trigger War
  With Russia Kallas said"), is split into the person who speaks and the countries it names.
- :func:`state_names`: a state's formal name ("Union of Comoros") is a GPE.
- :func:`quote_openings`: a WORK_OF_ART opening a quotation and running into its sentence is no title.
- :func:`possessive_split`: "Ukraine's Army" is the country and the organisation.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, rows, word_set
from .spans import Span, doc_words, is_cap, known_place, overlay

FUNCTION_POS = {"AUX", "PRON", "DET", "SCONJ", "CCONJ", "PART"}
MAX_LISTED_NAME = 4  # words of one name in a list after a plural title


def _us_before() -> frozenset[str]:
    return word_set("caps_us_before.txt")


def _shouted(text: str) -> bool:
    return len(text) >= 2 and text.isupper() and text.replace("'", "").replace("’", "").isalpha()


def shouted_us(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Drop "US" spans that are the pronoun in a line written in capitals."""
    texts = doc_words(doc).texts
    out = []
    for s in spans:
        if s.end - s.start == 1 and texts[s.start] == "US" and s.start > 0:
            prev = texts[s.start - 1]
            nxt = doc[s.end] if s.end < len(doc) else None
            ends = nxt is None or nxt.is_punct or nxt.is_space or (_shouted(nxt.text) and nxt.is_stop)
            if _shouted(prev) and prev.lower() in _us_before() and ends:
                continue
        out.append(s)
    return out


@lru_cache(maxsize=1)
def _phrasal_particles() -> frozenset[str]:
    return frozenset(w for (w,) in rows("phrasal_particles.txt", 1))


def _phrasal_verb(doc: Doc, i: int) -> bool:
    """Is token i a verb with a phrasal particle right after it ("Stand up for kindness";
    data/phrasal_particles.txt)?"""
    return doc[i].pos_ == "VERB" and i + 1 < len(doc) and \
        doc[i + 1].text in _phrasal_particles() and doc[i].whitespace_ == " "


def function_words(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Drop one-word spans that the parse reads as a function word (not an acronym in capitals) or as a
    verb with its particle ("Stand up for kindness" tagged PERSON)."""
    words = doc_words(doc)
    return [s for s in spans if not (s.end - s.start == 1 and not words.texts[s.start].isupper()
                                     and s.source == "model" and (
                                         words.pos[s.start] in FUNCTION_POS or _phrasal_verb(doc, s.start)))]


def brackets(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Cut a span at a bracket it does not close ("Kyiv (Ukrainian Presidential Press Office"): the part
    before is a place when the gazetteer knows it as a country, region or big city, else keeps the label;
    the part after keeps the label. A name and its acronym in brackets run together ("National Electoral
    Institute (INE" before ")") are the name and the acronym, the acronym known as the name."""
    gaz = load_gazetteer()
    texts = doc_words(doc).texts
    out = []
    for s in spans:
        inner = texts[s.start: s.end]
        opened = [k for k in range(s.start, s.end) if texts[k] == "("]
        if opened and opened[-1] == s.end - 2 and opened[-1] > s.start and s.end < len(doc) and texts[s.end] == ")" \
                and _acronym(texts[s.end - 1]):
            # "National Electoral Institute (INE" before ")": the name and its acronym, one organisation
            out.append(Span(s.start, opened[-1], s.label, s.role, s.source))
            out.append(Span(s.end - 1, s.end, s.label, "", "known_as"))
            continue
        if not opened or inner.count("(") == inner.count(")") or s.end < len(doc) and texts[s.end] == ")":
            out.append(s)
            continue
        cut = opened[0]
        before = doc[s.start: cut].text
        if cut > s.start:
            big = any(c.via != "alternate" and (c.entry.kind in ("country", "region") or c.entry.population >= 100_000)
                      for c in gaz.lookup(before))
            out.append(Span(s.start, cut, "GPE" if big else s.label, s.role, "brackets" if big else s.source))
        if cut + 1 < s.end:
            out.append(Span(cut + 1, s.end, s.label, "", "brackets"))
    return out


def _acronym(word: str) -> bool:
    """"INE", "WFP", "U.N.": capitals (and full stops), two to six letters."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _pair_label(text: str, lex: Lexicon) -> str | None:
    """The label of one side of a hyphenated pair: a country by its own name or alias, or an acronym of the
    table ("Nato", "EU"); None when it is neither."""
    if text in lex.acronyms:
        return lex.acronyms[text][1]
    if any(c.entry.kind == "country" and c.via != "alternate" for c in load_gazetteer().lookup(text)):
        return "GPE"
    return None


def hyphen_pair(doc: Doc, s: Span, lex: Lexicon) -> Span | None:
    """When the span is followed by "-Name" and both are countries or table acronyms ("Russia-Ukraine war",
    "Russia-Nato conflict"), the span for the name after the hyphen; None otherwise ("Guinea-Bissau",
    "Jean-Pierre")."""
    end = s.end
    if not (end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and is_cap(doc[end + 1]) and doc[end + 1].is_alpha):
        return None
    if end + 2 < len(doc) and doc[end + 2].text in ("-", "‐") and not doc[end + 1].whitespace_:
        return None  # a longer compound ("Alsace-Lorraine-Saar")
    whole = doc[s.start: end + 2].text
    if load_gazetteer().lookup(whole) or whole in lex.acronyms:
        return None
    if _pair_label(doc[s.start: end].text, lex) is None:
        return None
    label = _pair_label(doc[end + 1].text, lex)
    return Span(end + 1, end + 2, label, "", "hyphen_pair") if label else None


def title_lists(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names listed right after a plural title ("Senators Risch, Cardin and Wicker") are PERSONs with the
    title (made singular) as their role; a country or a demonym in the list stops it."""
    words = doc_words(doc)
    gaz = load_gazetteer()
    dem = demonyms()
    found: list[Span] = []
    i = 0
    while i < len(doc) - 1:
        low = words.lowers[i]
        if not (low.endswith("s") and len(low) > 3 and lex.titles.get((low[:-1],)) == "role"):
            i += 1
            continue
        role = words.texts[i][:-1]
        j = i + 1
        listed: list[Span] = []
        while j < len(doc):
            k = j
            while k < len(doc) and k - j < MAX_LISTED_NAME and is_cap(doc[k]) and words.pos[k] == "PROPN" \
                    and (words.lowers[k],) not in lex.titles:
                k += 1
            name = doc[j:k].text
            if k == j or normalize(name) in dem or any(
                    c.entry.kind == "country" and c.via != "alternate" for c in gaz.lookup(name)):
                break
            listed.append(Span(j, k, "PERSON", role, "title_list"))
            if k + 1 < len(doc) and words.texts[k] in (",", "and") and is_cap(doc[k + 1]):
                j = k + 1
            elif k + 2 < len(doc) and words.texts[k] == "," and words.lowers[k + 1] == "and" and is_cap(doc[k + 2]):
                j = k + 2
            else:
                break
        if len(listed) == 1 and (listed[0].end - listed[0].start < 2 or i > 0 and words.lowers[i - 1] in ("the", "'s", "’s")):
            listed = []  # one name of one word, or "the Presidents Cup": too little to tell a list of people
        if any(words.lowers[k] in lex.non_person_heads or words.lowers[k] in lex.drop_words
               for sp in listed for k in range(sp.start, sp.end)):
            listed = []
        found += listed
        i = max(j, i + 1)
    return overlay(spans, found)


def _country_heads() -> frozenset[str]:
    return word_set("country_heads.txt")


def country_head(doc: Doc, a: int, b: int) -> bool:
    """Is tokens [a, b) a country by its own name or alias, followed (after an optional "'s") by a word of
    data/country_heads.txt ("Estonia's PM:", "Comoros President Azali Assoumani")?"""
    lowers = doc_words(doc).lowers
    k = b + 1 if b < len(doc) and lowers[b] in ("'s", "’s") else b
    if k >= len(doc) or lowers[k] not in _country_heads():
        return False
    return any(c.entry.kind == "country" and c.via != "alternate" for c in load_gazetteer().lookup(doc[a:b].text))


QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def glued_titles(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A headline run into the next sentence ("... Won't Trigger War With Russia Kallas said that ..."): a
    WORK_OF_ART of three words or more, with no quotation mark in or around it, whose last word is the
    subject of a speech verb right after it, is no title: its last word is a PERSON and the countries
    in it (by their own names) are GPEs; the other words are dropped."""
    words = doc_words(doc)
    gaz = load_gazetteer()
    out = []
    for s in spans:
        last = s.end - 1
        if s.label != "WORK_OF_ART" or s.end - s.start < 3 or s.end >= len(doc) \
                or words.lowers[s.end] not in lex.speech_verbs or words.pos[last] != "PROPN" \
                or any(words.texts[k] in QUOTES for k in range(max(0, s.start - 1), min(len(doc), s.end + 1))):
            out.append(s)
            continue
        for k in range(s.start, last):
            if any(c.entry.kind == "country" and c.via != "alternate" for c in gaz.lookup(words.texts[k])):
                out.append(Span(k, k + 1, "GPE", "", "glued_title"))
        out.append(Span(last, last + 1, "PERSON", "", "glued_title"))
    return out


def _state_forms() -> frozenset[str]:
    return word_set("state_forms.txt")


def state_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A state's formal name ("Union of Comoros", "Kingdom of Norway": words of data/state_forms.txt, "of",
    then a country by its own name or alias) is a GPE, not the organisation the model may call it."""
    words = doc_words(doc)
    gaz = load_gazetteer()
    for s in spans:
        if s.label == "GPE" or "of" not in words.lowers[s.start: s.end]:
            continue
        of = words.lowers.index("of", s.start, s.end)
        if of == s.start or not all(w in _state_forms() for w in words.lowers[s.start: of]):
            continue
        rest = doc[of + 1: s.end].text
        if rest.lower().startswith("the "):
            rest = rest[4:]
        if any(c.entry.kind == "country" and c.via != "alternate" for c in gaz.lookup(rest)):
            s.label, s.source = "GPE", "state_name"
    return spans


OPENING_QUOTES = {'"', "“", "‘", "«", "'"}


def quote_openings(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A WORK_OF_ART that opens a quotation and runs on into its sentence ("“Relations with Belarus will be
    severed if ...") is the start of a quoted sentence, not a title: only the countries and places in it
    (by their own names) stay, as GPEs. A title closes where its quotation closes ("“War and Peace”")."""
    words = doc_words(doc)
    gaz = load_gazetteer()
    out = []
    for s in spans:
        if s.label != "WORK_OF_ART" or s.start == 0 or words.texts[s.start - 1] not in OPENING_QUOTES \
                or s.end >= len(doc) or not words.texts[s.end][:1].islower() or words.pos[s.end] not in ("AUX", "VERB"):
            out.append(s)
            continue
        for k in range(s.start, s.end):
            if is_cap(doc[k]) and k > s.start and any(
                    c.via != "alternate" and (c.entry.kind in ("country", "region") or c.entry.population >= 100_000)
                    for c in gaz.lookup(words.texts[k])):
                out.append(Span(k, k + 1, "GPE", "", "quote_opening"))
    return out


def possessive_split(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A name run over a country's possessive ("Ukraine's Army", "Russia's Defence Ministry") is the
    country and the name after it: the part after keeps the label."""
    words = doc_words(doc)
    gaz = load_gazetteer()
    out = []
    for s in spans:
        k = next((k for k in range(s.start + 1, s.end - 1) if words.lowers[k] in ("'s", "’s")), None)
        if k is None or s.label == "PERSON" or not is_cap(doc[k + 1]) or not any(
                c.entry.kind == "country" and c.via != "alternate" for c in gaz.lookup(doc[s.start:k].text)):
            out.append(s)
            continue
        out.append(Span(s.start, k, "GPE", "", "possessive_split"))
        out.append(Span(k + 1, s.end, s.label, s.role, "possessive_split"))
    return out


def _glued_slash(doc: Doc, k: int) -> bool:
    """Is token k a "/" glued to the words on both sides ("Reuters/Ipsos")?"""
    return doc[k].text == "/" and k > 0 and k + 1 < len(doc) and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_


def slashes(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Two names joined by a glued slash are two names: "Paulo Whitaker/Pool" (a photo credit) is the
    person before the slash, so is "Carl Court" in "Carl Court/Getty Images" typed ORG (an agency of the
    tables after the slash); "Reuters/Ipsos" ORG is two organisations, and an untagged capitalised name right
    after "<ORG>/" is an organisation too ("Reuters/Ipsos poll", the model tags "Reuters" only)."""
    out: list[Span] = []
    for s in spans:
        cut = next((k for k in range(s.start + 1, s.end - 1) if _glued_slash(doc, k)), None)
        if cut is None:
            out.append(s)
            continue
        end = cut + 1
        while end < s.end and is_cap(doc[end]) and not any(ch.isdigit() for ch in doc[end].text):
            end += 1  # "Getty Images 3/8 Emergency": the agency, not the gallery counter after it
        after = doc[cut + 1: end].text
        label = s.label
        if label == "ORG" and (after.lower() in lex.labels or after in lex.acronyms) and 2 <= cut - s.start <= 3 \
                and all(is_cap(t) for t in doc[s.start: cut]):
            label = "PERSON"  # "Carl Court/Getty Images": a photographer's credit
        out.append(Span(s.start, cut, label, s.role if label == s.label else "", s.source))
        if s.label == "ORG" and end > cut + 1:
            out.append(Span(cut + 1, end, "ORG", "", "slash"))
    starts = {k for s in out for k in range(s.start, s.end)}
    added = []
    for s in out:
        k = s.end
        if s.label == "ORG" and k + 1 < len(doc) and _glued_slash(doc, k) and k + 1 not in starts:
            j = k + 1
            while j < len(doc) and j - k <= 3 and is_cap(doc[j]) and doc[j].pos_ == "PROPN" and j not in starts:
                j += 1
            if j > k + 2 and j < len(doc) and doc[j].lower_ == "of":
                j = k + 2  # "Reuters/Ipsos States of the Nation project": the organisation, not the project
            if j > k + 1:
                added.append(Span(k + 1, j, "ORG", "", "slash"))
    return sorted(out + added, key=lambda s: s.start)


PAIR_PLACE_MIN_POPULATION = 15_000


def place_pairs(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Two places joined by "and" in one span are two GPEs ("Yorkshire and Lancashire" tagged FAC), unless the
    whole is a place the gazetteer knows ("Trinidad and Tobago", "Tyne and Wear")."""
    gaz = load_gazetteer()
    out: list[Span] = []
    for s in spans:
        k = next((k for k in range(s.start + 1, s.end - 1) if doc[k].lower_ in ("and", "&")), None)
        if k is None or s.label == "PERSON" or gaz.lookup(doc[s.start: s.end].text):
            out.append(s)
            continue
        a, b = doc[s.start: k].text, doc[k + 1: s.end].text
        if known_place(gaz, a, PAIR_PLACE_MIN_POPULATION) and known_place(gaz, b, PAIR_PLACE_MIN_POPULATION):
            out.append(Span(s.start, k, "GPE", "", "place_pair"))
            out.append(Span(k + 1, s.end, "GPE", "", "place_pair"))
        else:
            out.append(s)
    return out


PARTY_LETTERS = ("R", "D", "I")
MAX_STATE_TOKENS = 2


def party_states(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Sen. Ted Cruz, R-Texas," and "(D-Calif.)": the state after a party letter and a glued hyphen is a GPE
    when the gazetteer knows it as a region (state names and their abbreviations, also those that are words
    there only: "R-La.", "D-Pa.")."""
    gaz = load_gazetteer()
    covered = {k for s in spans for k in range(s.start, s.end)}
    exact = {(s.start, s.end): s for s in spans}
    found = []
    for i in range(len(doc) - 2):
        if doc[i].text not in PARTY_LETTERS or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
            continue
        if i > 0 and not (doc[i - 1].is_punct or doc[i - 1].is_space):
            continue  # after "," or "(" only
        for n in range(MAX_STATE_TOKENS, 0, -1):
            a, b = i + 2, i + 2 + n
            if b > len(doc) or (any(k in covered for k in range(a, b)) and (a, b) not in exact) or not is_cap(doc[a]):
                continue
            if any(c.entry.kind == "region" and c.via != "alternate" for c in gaz.lookup(doc[a:b].text)) \
                    or gaz.party_state(doc[a:b].text) is not None:
                if (a, b) in exact:  # the model's "New York" GPE: the state, for the places layer
                    exact[(a, b)].label, exact[(a, b)].source = "GPE", "party_state"
                else:
                    found.append(Span(a, b, "GPE", "", "party_state"))
                break
    return sorted(spans + found, key=lambda s: s.start) if found else spans


PAIR_PLACE_MIN_POPULATION = 15_000


def place_hyphens(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"the Puttalam-Anuradhapura highway", "Kandy-Colombo": one span of two places joined by a glued hyphen
    (a road, a route, a pair of cities) is two GPEs, when both sides are places of the gazetteer (countries,
    regions or towns of 15,000 people or more) and the whole is no name of the gazetteer or the tables
    ("Guinea-Bissau", "Baden-Baden"); a name with a title or role ("Mr Kandy-Colombo") is left alone."""
    gaz = load_gazetteer()
    out: list[Span] = []
    for s in spans:
        cuts = [k for k in range(s.start + 1, s.end - 1) if doc[k].text in ("-", "‐")
                and not doc[k - 1].whitespace_ and not doc[k].whitespace_]
        if len(cuts) != 1 or s.role or s.label in ("NORP", "EVENT", "LAW") or s.end - s.start > 5:
            out.append(s)
            continue
        k = cuts[0]
        whole, left, right = doc[s.start: s.end].text, doc[s.start: k].text, doc[k + 1: s.end].text
        if gaz.lookup(whole) or whole.lower() in lex.labels or whole in lex.acronyms or not (
                is_cap(doc[s.start]) and is_cap(doc[k + 1])) or not all(
                known_place(gaz, side, PAIR_PLACE_MIN_POPULATION) for side in (left, right)):
            out.append(s)
            continue
        out.append(Span(s.start, k, "GPE", "", "place_hyphens"))
        out.append(Span(k + 1, s.end, "GPE", "", "place_hyphens"))
    return overlay(out, _untagged_place_hyphens(doc, out, gaz))


def _untagged_place_hyphens(doc: Doc, spans: list[Span], gaz) -> list[Span]:
    """"the Kandy-Anuradhapura road" with no span: two one-word places glued by a hyphen, both capitalised
    and standing alone (no capitalised word before or after the pair), are two GPEs."""
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    for k in range(1, len(doc) - 1):
        if doc[k].text not in ("-", "‐") or doc[k - 1].whitespace_ or doc[k].whitespace_ or \
                any(j in covered for j in (k - 1, k + 1)) or not (is_cap(doc[k - 1]) and is_cap(doc[k + 1])):
            continue
        if (k > 1 and is_cap(doc[k - 2]) and not doc[k - 1].is_sent_start) or (k + 2 < len(doc) and (
                is_cap(doc[k + 2]) or doc[k + 2].text in ("-", "‐") and not doc[k + 1].whitespace_)):
            continue
        left, right = doc[k - 1].text, doc[k + 1].text
        if gaz.lookup(f"{left}-{right}") or not all(
                known_place(gaz, side, PAIR_PLACE_MIN_POPULATION) for side in (left, right)):
            continue
        found += [Span(k - 1, k, "GPE", "", "place_hyphens"), Span(k + 1, k + 2, "GPE", "", "place_hyphens")]
    return found
