"""Names run into the words around them on pages without stops (photo captions, crossheads, headlines),
and names that only tables or the article's field settle.

- ``run_on_ends``: a name of several words does not end with a word that opens a sentence ("the Brazilian
  Grand Prix Immediately after", "at Interlagos In the pits"; data/run_on_words.txt, or an adverb in -ly).
- ``repeated_words``: "didn't stop Verstappen Verstappen was", "BARBRA STREISAND Streisand suggested": a
  name whose last word repeats an earlier one is two mentions.
- ``known_parts``: "Mitch McConnell Trump", "Interlagos Red Bull", "Toblerone Facebook": a span made of two
  names the article also writes on their own (and never as this whole), or of one such name and an
  organisation of the tables or an event ("Brazil Grand Prix Christian Horner"), is those two names, each
  with the label it has on its own; a two-word person splits only when its first word is a surname here
  ("Obama AP"), never a first name ("Donald Trump"); a place and an organisation not in the tables stay whole
  ("Chicago Cubs"), and so do two organisations unless the second is a table name ("United Nations Security
  Council", but "Toblerone Facebook"); "Felipe Nasr of Sauber" is the person and the team.
- ``headline_verbs``: "Fans Are Outraged" in a title-case headline: a name holding a capitalised auxiliary
  verb is none.
- ``stage_names``: "Lady Gaga" is the whole name (data/stage_names.txt), not "Gaga" after an honorific.
- ``org_noun_before``: "the discount retailer Poundland" is an ORG (data/org_nouns_before.txt).
- ``org_noun_after``: "Nvidia shares rose": the name is an ORG there and wherever else it is written
  alone (data/org_nouns_after.txt).
- ``feature_names``: "the Guaiba river", "the Noto peninsula": a natural feature's name is a place (LOC).
- ``org_lists``: "rivals Microsoft and Nvidia": a name no gazetteer place, listed with an organisation, is one.
- ``place_noun_lists``: "Pinellas, Hillsborough and Manatee counties": the names listed are places.
- ``party_names``: "the ruling Morena party": the name is an ORG (a political party), not the Indian city.
- ``credit_heads``: "REUTERS Customers queue": the credit in capitals is an ORG of its own.
- ``one_word_sentences``: "'Stupid. What this race needs ...'": no name.
- ``context_labels``: "Williams", "Sauber" are Formula One teams (ORG) in an article about the sport
  (data/context_labels.tsv), people elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Token

from dateline.nlp import common_nouns
from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .lexicon import Lexicon, rows, word_set
from .spans import Span, doc_words, is_cap, overlay

AUXILIARIES = frozenset({"Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will", "Would", "Can", "Could",
                         "Should", "Does", "Do", "Did", "Must"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT"})


@lru_cache(maxsize=1)
def _run_on_words() -> frozenset[str]:
    return frozenset(w for (w,) in rows("run_on_words.txt", 1))


def _org_nouns_before() -> frozenset[str]:
    return word_set("org_nouns_before.txt")


def _org_nouns_after() -> frozenset[str]:
    return word_set("org_nouns_after.txt")


@lru_cache(maxsize=1)
def _stage_names() -> re.Pattern[str] | None:
    names = [n for (n,) in rows("stage_names.txt", 1)]
    if not names:
        return None
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@lru_cache(maxsize=1)
def _context_labels() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {name: (label, tuple(c for c in cues.split("|") if c)) for name, label, cues in
            rows("context_labels.tsv", 3)}


def _run_on(doc: Doc, k: int) -> bool:
    tok = doc[k]
    return tok.text in _run_on_words() or (
        tok.pos_ == "ADV" and tok.text[:1].isupper() and tok.lower_.endswith("ly") and len(tok.text) > 4)


def run_on_ends(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Cut sentence-opening words off the end of a name of several words (see the module's doc)."""
    for s in spans:
        if s.label == "WORK_OF_ART":
            continue
        while s.end - s.start > 1 and _run_on(doc, s.end - 1):
            s.end -= 1
    return spans


def repeated_words(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Split a name whose last word repeats one of its earlier words (see the module's doc)."""
    lowers = doc_words(doc).lowers
    out = []
    for s in spans:
        if s.end - s.start >= 2 and s.label in NAME_LABELS and \
                all(w.isalpha() for w in lowers[s.start: s.end]) and \
                lowers[s.end - 1] in lowers[s.start: s.end - 1] and is_cap(doc[s.end - 1]):
            if lowers[s.start] == lowers[s.end - 1]:  # "TRUMP Donald Trump": the crosshead, then the name
                out.append(Span(s.start, s.start + 1, s.label, "", "repeated"))
                out.append(Span(s.start + 1, s.end, s.label, s.role, s.source))
            else:
                out.append(Span(s.start, s.end - 1, s.label, s.role, s.source))
                out.append(Span(s.end - 1, s.end, s.label, "", "repeated"))
        else:
            out.append(s)
    return out


def _table_org(text: str, lex: Lexicon) -> bool:
    return lex.labels.get(text.lower()) == "ORG" or lex.acronyms.get(text, ("", ""))[1] == "ORG"


def _event(text: str, lex: Lexicon) -> bool:
    """Does the name end with an event word of several words ("Brazil Grand Prix")?"""
    return any(" " in w and text.endswith(" " + w) for w in lex.event_endings)


def _label(text: str, own: dict[str, Counter], lex: Lexicon) -> str:
    if own.get(text):
        return own[text].most_common(1)[0][0]
    return "EVENT" if _event(text, lex) else "ORG"


def known_parts(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Split a span made of two names the article writes on their own (see the module's doc)."""
    texts = doc_words(doc).texts
    own: dict[str, Counter] = defaultdict(Counter)  # text of a span -> its labels
    for s in spans:
        own[" ".join(texts[s.start: s.end])][s.label] += 1
    surnames = {texts[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    out = []
    for s in spans:
        n = s.end - s.start
        whole = " ".join(texts[s.start: s.end])
        if n < 2 or n > 6 or s.label not in NAME_LABELS or own[whole].total() > 1:
            out.append(s)
            continue
        for k in range(s.start + 1, s.end):
            left_end = k - 1 if texts[k - 1] in ("'s", "’s") and k - 1 > s.start else k
            if texts[k - 1] == "of" and s.label == "PERSON" and k - 1 > s.start:
                left_end = k - 1  # "Felipe Nasr of Sauber": the driver and his team
            left, right = " ".join(texts[s.start: left_end]), " ".join(texts[k: s.end])
            if texts[k] in ("-", "‐", "&", "of", "and"):
                continue
            if not (own.get(left) and (own.get(right) or _table_org(right, lex))
                    or own.get(right) and (_table_org(left, lex) or _event(left, lex))):
                continue
            left_label, right_label = _label(left, own, lex), _label(right, own, lex)
            if s.label == "PERSON" and n == 2 and left not in surnames and (
                    left_label == "PERSON" or left in lex.given_names):
                continue  # "Donald Trump" beside "Donald" and "Trump", "Marcus Hill" beside "Marcus" (tagged a
                # place): a first name and a surname
            if left_label in ("GPE", "LOC", "ORG") and right_label == "ORG" and not _table_org(right, lex):
                continue  # "Chicago Cubs", "United Nations Security Council": a city's team, a body's organ
            plural = " " not in right and right.endswith("s") and not right.endswith("'s")
            if left_label in ("GPE", "LOC") and (right_label == "ORG" and not right.isupper() or plural):
                continue  # "US Congress": an institution ("Mexico AP": a credit); "Kansas City Chiefs"
            out.append(Span(s.start, left_end, left_label, s.role, "parts"))
            out.append(Span(k, s.end, right_label, "", "parts"))
            break
        else:
            out.append(s)
    return out


def headline_verbs(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Drop names that hold a capitalised auxiliary verb after their first word (see the module's doc)."""
    texts = doc_words(doc).texts
    return [s for s in spans if s.label == "WORK_OF_ART" or s.end - s.start < 2
            or not any(texts[k] in AUXILIARIES for k in range(s.start + 1, s.end))]


def stage_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Stage names of data/stage_names.txt are whole PERSON mentions (see the module's doc)."""
    pattern = _stage_names()
    text = doc_words(doc).text
    if pattern is None:
        return spans
    found = []
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            found.append(Span(span.start, span.end, "PERSON", "", "stage_name"))
    return overlay(spans, found)


def context_labels(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names of data/context_labels.tsv take their label when the article names a cue (see the module's
    doc)."""
    table = _context_labels()
    text = doc_words(doc).text
    live = {name: label for name, (label, cues) in table.items()
            if name in text and any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text) for c in cues)}
    if not live:
        return spans
    texts = doc_words(doc).texts
    covered = {k for s in spans for k in range(s.start, s.end)}
    for s in spans:
        label = live.get(" ".join(texts[s.start: s.end]))
        if label and s.label != label:
            s.label, s.source, s.role = label, "context", ""
    found = []
    for i, word in enumerate(texts):  # untagged: "finished ahead of Sauber" with no span
        if word not in live or i in covered or not is_cap(doc[i]):
            continue
        after_name = i > 0 and is_cap(doc[i - 1]) and doc[i - 1].pos_ == "PROPN" and not doc[i].is_sent_start
        before_name = i + 1 < len(doc) and is_cap(doc[i + 1]) and doc[i + 1].pos_ == "PROPN"
        if not (after_name or before_name):  # "Frank Williams", "Williams Martini": longer names
            found.append(Span(i, i + 1, live[word], "", "context"))
    return overlay(spans, found) if found else spans


def org_noun_before(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"the discount retailer Poundland", "budget airline Ryanair": a name of one to three words right after a
    lower-case organisation noun of data/org_nouns_before.txt is an ORG, unless the gazetteer knows it as a
    place or it has a role."""
    nouns = _org_nouns_before()
    gaz = load_gazetteer()
    for s in spans:
        if s.label not in ("GPE", "PERSON", "NORP", "FAC", "PRODUCT") or s.role or s.start == 0 or \
                s.end - s.start > 3:
            continue
        before = doc[s.start - 1]
        if not (before.is_lower and before.lower_ in nouns and before.pos_ in ("NOUN", "PROPN")):
            continue
        name = doc[s.start: s.end].text
        if s.label == "GPE" and (s.source != "model" or any(name.endswith(" " + e)
                                                            for e, _ in lex.gpe_endings)):
            continue  # "the east bank Kherson Oblast": a place by its ending
        if not gaz.lookup(name):
            s.label, s.source = "ORG", "org_noun"
    return spans


def org_noun_after(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Nvidia shares rose": a name of one to three words right before a lower-case noun of
    data/org_nouns_after.txt is an ORG, unless the gazetteer knows it as a place, a demonym or it has a
    role; so is the same name, written alone and capitalised, elsewhere in the article (tagged as
    something else, or not at all: "Nvidia on Wednesday forecast ...")."""
    nouns = _org_nouns_after()
    gaz = load_gazetteer()
    dem = demonyms()
    names: set[str] = set()
    for s in spans:
        if s.label not in ("GPE", "PERSON", "NORP", "FAC", "PRODUCT", "ORG") or s.role or s.end >= len(doc) \
                or s.end - s.start > 3:
            continue
        after = doc[s.end]
        name = doc[s.start: s.end].text
        if not (after.is_lower and after.lower_ in nouns) or gaz.lookup(name) or normalize(name) in dem:
            continue
        if s.label != "ORG":
            s.label, s.source = "ORG", "org_noun"
        names.add(name)
    if not names:
        return spans
    texts = doc_words(doc).texts
    for s in spans:
        if s.label != "ORG" and not s.role and " ".join(texts[s.start: s.end]) in names:
            s.label, s.source = "ORG", "org_noun"
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    for name in names:
        words = name.split()
        n = len(words)
        for i in range(len(texts) - n + 1):
            if list(texts[i:i + n]) == words and not any(k in covered for k in range(i, i + n)) \
                    and doc[i].pos_ == "PROPN" and not (i > 0 and is_cap(doc[i - 1]) and doc[i - 1].pos_ == "PROPN") \
                    and not (i + n < len(doc) and is_cap(doc[i + n]) and doc[i + n].pos_ == "PROPN"):
                found.append(Span(i, i + n, "ORG", "", "org_noun"))
    return overlay(spans, found) if found else spans


def _feature_nouns() -> frozenset[str]:
    return word_set("feature_nouns.txt")


def feature_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"the Guaiba river", "the Noto peninsula": a name of one to three words right before a lower-case
    noun of a natural feature (data/feature_nouns.txt) is a place (LOC), unless it has a role or is a
    country or region's name ("the Texas coast" stays a GPE)."""
    nouns = _feature_nouns()
    words = doc_words(doc)
    dem = demonyms()
    gaz = None
    for s in spans:
        if s.label in ("LOC", "GPE", "FAC") and s.source == "model" or s.label == "NORP" or s.role or s.end >= len(doc) \
                or s.end - s.start > 3 or words.lowers[s.end] not in nouns or not doc[s.end].is_lower:
            continue
        gaz = gaz or load_gazetteer()
        name = doc[s.start: s.end].text
        if normalize(name) in dem or any(c.entry.kind in ("country", "region") and c.via != "alternate"
                                         for c in gaz.lookup(name)):
            continue  # "the southern Iranian island", "the Texas coast"
        s.label, s.source = "LOC", "feature"
    return spans


def org_lists(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"rivals Microsoft and Nvidia" with Nvidia typed GPE: a name the gazetteer does not know as a
    place, joined in a list to an organisation, is an organisation too."""
    gaz = None
    label_at = {k: s for s in spans for k in range(s.start, s.end)}
    for s in spans:
        if s.label not in ("GPE", "LOC") or s.source != "model":
            continue
        root = doc[s.start: s.end].root
        other = label_at.get(root.head.i) if root.dep_ == "conj" else None
        if other is None:  # the list's first name: a conjunct after it
            other = next((label_at[c.i] for c in root.children if c.dep_ == "conj" and c.i in label_at), None)
        if other is None or other is s or other.label != "ORG":
            continue
        last = max((s, other), key=lambda x: x.end)
        if last.end < len(doc) and doc[last.end].is_lower and doc[last.end].lower_ in lex.place_nouns:
            continue  # "Pinellas, Hillsborough and Manatee counties": places, whatever the model said of one
        gaz = gaz or load_gazetteer()
        if not gaz.lookup(doc[s.start: s.end].text):
            s.label, s.source = "ORG", "org_list"
    return spans


def org_same_name(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Nvidia forecast ... Nvidia shares rose ... Nvidia will report" with the last typed GPE: a name the
    model types ORG more often than a place in the article, and that the gazetteer does not know, is an
    organisation wherever it is written; so is a one-word "person" typed ORG elsewhere in the article that
    is no surname of a person named in full."""
    texts = {id(s): doc[s.start: s.end].text for s in spans}
    votes: Counter[str] = Counter()
    for sp in spans:
        if sp.label == "ORG":
            votes[texts[id(sp)]] += 1
        elif sp.label in ("GPE", "LOC") and sp.source == "model":
            votes[texts[id(sp)]] -= 1
    gaz = None
    # ("compete with leaders Tencent and Sony ... Sony shares closed down": a one-word "person" the article
    # also types an organisation, of no person named in full, is the organisation)
    surnames = {doc[sp.end - 1].text for sp in spans if sp.label == "PERSON" and sp.end - sp.start >= 2}
    for sp in spans:
        text = texts[id(sp)]
        if sp.label in ("GPE", "LOC") and sp.source == "model" and votes[text] > 0:
            gaz = gaz or load_gazetteer()
            if not gaz.lookup(text):
                sp.label, sp.source = "ORG", "org_same_name"
        elif sp.label == "PERSON" and sp.end - sp.start == 1 and votes[text] > 0 and text not in surnames \
                and text not in lex.given_names and sp.source in ("model", "title_list"):
            sp.label, sp.source, sp.role = "ORG", "org_same_name", ""
    return spans


PLURAL_PLACE_NOUNS = ("counties", "provinces", "regions", "districts", "oblasts", "prefectures", "states",
                      "cities", "towns", "villages")


def place_noun_lists(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Pinellas, Hillsborough and Manatee counties", "the Kherson and Zaporizhzhia regions": the names
    listed before a plural place noun are places (GPE), whatever the model said."""
    words = doc_words(doc)
    end_at = {s.end: s for s in spans}
    for k in range(1, len(doc)):
        if words.lowers[k] not in PLURAL_PLACE_NOUNS or not doc[k].is_lower:
            continue
        listed, at = [], k
        while at in end_at:
            s = end_at[at]
            if s.role or s.label == "GPE":
                listed.append(s)
            elif s.label in ("ORG", "PERSON", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"):
                listed.append(s)
            else:
                break
            at = s.start
            while at > 0 and words.lowers[at - 1] in (",", "and", "or"):
                at -= 1
            if at == s.start:
                break
        if len(listed) < 2 or any(s.role for s in listed):
            continue  # one name before the noun ("Kherson regions") is left to the other rules
        for s in listed:
            if s.label != "GPE":
                s.label, s.source = "GPE", "place_noun_list"
    return spans


PARTY_NOUNS = ("party", "parties")


def party_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"the ruling Morena party", "the opposition Likud party": a name of one to three words between
    "the" (and up to two lower-case words) and "party" is an ORG, unless it is a country, a region or a people's name
    ("the Texas party", "the German parties"), or a person's with a role."""
    gaz = None
    dem = demonyms()
    words = doc_words(doc)
    for s in spans:
        if s.label == "ORG" or s.role or s.end >= len(doc) or s.end - s.start > 3 \
                or words.lowers[s.end] not in PARTY_NOUNS or not doc[s.end].is_lower:
            continue
        k = s.start - 1
        while k >= 0 and s.start - k <= 2 and doc[k].is_lower and doc[k].is_alpha and words.lowers[k] != "the":
            k -= 1  # "the ruling", "the far-right", "the main opposition"
        if k < 0 or words.lowers[k] != "the":
            continue
        name = doc[s.start: s.end].text
        gaz = gaz or load_gazetteer()
        if normalize(name) in dem or any(c.entry.kind in ("country", "region", "continent") for c in gaz.lookup(name)):
            continue
        s.label, s.source = "ORG", "party"
    return spans


def credit_heads(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"REUTERS Customers queue ...": a photo credit written in capitals though its name is not an acronym
    (data/labels.tsv), run into the caption, is an ORG of its own ("BBC News" stays whole); the
    rest stays a name only when it is a proper name of several words or written again in the article
    ("Customers" is the caption's first word)."""
    texts = doc_words(doc).texts
    out = []
    for s in spans:
        first = texts[s.start]
        if s.end - s.start >= 2 and first.isupper() and len(first) >= 4 and first not in lex.acronyms and \
                lex.labels.get(first.lower()) == "ORG" and not texts[s.start + 1].isupper():
            out.append(Span(s.start, s.start + 1, "ORG", "", "credit"))
            rest = " ".join(texts[s.start + 1: s.end])
            if s.end - s.start > 2 and any(doc[k].pos_ == "PROPN" for k in range(s.start + 1, s.end)) or \
                    texts.count(rest) > 1:
                out.append(Span(s.start + 1, s.end, s.label, s.role, s.source))
        else:
            out.append(s)
    return out


def one_word_sentences(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"'Stupid. What this race needs ...'": a capitalised word that makes a sentence of its own in a
    quotation, tagged by the model and written nowhere else in the article, is no name."""
    texts = doc_words(doc).texts
    gaz = load_gazetteer()
    out = []
    for s in spans:
        k = s.start
        if s.end - k == 1 and s.source == "model" and k > 0 and texts[k - 1] in ("'", '"', "‘", "“") and \
                k + 1 < len(texts) and texts[k + 1] in (".", "!", "?") and texts.count(texts[k]) == 1 and \
                not texts[k].isupper() and texts[k].lower() not in lex.labels and not gaz.lookup(texts[k]):
            continue
        out.append(s)
    return out


COMMON_OPENER_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})


def _plural_common_noun(tok: Token) -> bool:
    """"Farmers' groups said ...": a plural of a common noun the lemmatizer knows ("farmer")."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NNS" and lemma != tok.lower_ and tok.lower_.endswith("s") and lemma in common_nouns()


def common_openers(doc: Doc, spans: list[Span], lex: Lexicon, context: str = "") -> list[Span]:
    """"Wildfire forces thousands to flee" over "A fast-moving wildfire ...": a capitalised word that opens a
    sentence or the headline, tagged alone by the model, is no name when the article writes it in lower case
    elsewhere and never capitalised inside a sentence, and it is no surname of a person named in full.
    ``context`` is the rest of the article when ``doc`` is one field of it (the headline)."""
    texts = doc_words(doc).texts
    if not any(s.end - s.start == 1 and s.source == "model" and s.label in COMMON_OPENER_LABELS for s in spans):
        return spans
    starts = {sent.start for sent in doc.sents} if doc.has_annotation("SENT_START") else {0}
    lower = {w for w in texts if w.islower()}
    inside = {texts[i] for i in range(1, len(texts)) if i not in starts and texts[i - 1].strip()}
    surnames = {texts[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    if context:
        # the other field's words: lower-case ones, capitalised ones after a word of the same sentence
        # ("the Wildfire Fund"), and last words of longer capitalised runs (surnames: "Gavin Newsom")
        for m in re.finditer(r"(?<=[\w,;] )([A-Z][a-z]+)|(?<![\w-])([a-z]+)(?![\w-])", context):
            if m.group(1):
                inside.add(m.group(1))
            else:
                lower.add(m.group(2))
    gaz = load_gazetteer()
    out = []
    for s in spans:
        k = s.start
        word = texts[k]
        if s.end - k == 1 and s.source == "model" and s.label in COMMON_OPENER_LABELS and (
                k in starts or k == 0 or "\n" in texts[k - 1]) and word[:1].isupper() \
                and word[1:].islower() and (word.lower() in lower or _plural_common_noun(doc[k])) \
                and word not in inside and word not in surnames and not gaz.lookup(word):
            continue
        if _common_noun_person(doc, s, lex) and word not in inside and word not in surnames \
                and (k in starts or k == 0) and (context or len(texts) > HEADLINE_TOKENS) and not gaz.lookup(word):
            # (a headline alone cannot tell: "Hunt wins leadership vote" over "Jeremy Hunt won")
            continue
        out.append(s)
    return out


HEADLINE_TOKENS = 40  # a text this short may be a headline, read again with its article (``context``)


def _common_noun_person(doc: Doc, s: Span, lex: Lexicon) -> bool:
    """"Turnout was about 58%": a one-word "person" the model typed alone, a common noun of the lemmatizer
    written with a capital and no given name, that says, does or is nothing only a person says or does (its
    head is no verb of speech or of a person: "Rice said" stays a person)."""
    tok = doc[s.start]
    if s.end - s.start != 1 or s.label != "PERSON" or s.source != "model" or not tok.text[1:].islower() \
            or tok.lower_ not in common_nouns() or tok.text in lex.given_names:
        return False
    head = tok.head
    verb = head.lemma_.lower()
    if tok.dep_ != "nsubj" or head.pos_ not in ("AUX", "VERB"):
        return False
    if verb == "be":  # "Turnout was about 58%", "Demand was weak", not "Rice was the secretary of state"
        return any(c.dep_ in ("acomp", "attr") and (c.pos_ in ("ADJ", "NUM") or c.like_num
                                                    or any(g.like_num for g in c.subtree)) for c in head.children)
    return verb not in lex.speech_verbs and verb not in lex.person_verbs and head.tag_ in ("VBD", "VBZ", "VBP")


ALIAS_LEADS = (("known", "as"), ("also", "known", "as"), ("better", "known", "as"), ("or",))


def known_as(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"the California Department of Forestry and Fire Protection, known as Cal Fire": a name given as
    another name of the one just before it takes that name's label (the model read "Cal Fire" as a
    person, "Mohamed Hamdan Dagalo, known as Hemedti" as a place), and so do its later mentions the model
    tagged alone. "or" counts only inside brackets or commas that close right after the name."""
    lowers = doc_words(doc).lowers
    ends = {s.end: s for s in spans}
    for s in spans:
        if s.source != "model":
            continue
        for lead in ALIAS_LEADS:
            k = s.start - len(lead)
            if k < 2 or lowers[k:s.start] != lead or lowers[k - 1] not in (",", "("):
                continue
            if lead == ("or",) and (s.end >= len(doc) or lowers[s.end] not in (",", ")")):
                continue
            before = ends.get(k - 1)
            if before is not None and before.label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and before.label != s.label:
                s.label, s.source = before.label, "known_as"
                name = doc[s.start: s.end].text
                for other in spans:  # "Cal Fire said" later: the same organisation
                    if other.source == "model" and doc[other.start: other.end].text == name:
                        other.label = s.label
            break
    return spans
