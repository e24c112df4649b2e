"""Entities of one article: mended mentions joined into entities.

Joining, within the article:
- people: a full name (two words or more) is an entity; a shorter form ("Peskov", "Mr
  Peskov") joins the full name whose last (else first) word it is, the nearest one before it
  when several fit; the model's label of a short form does not matter ("Peskov" tagged ORG);
- organisations and places: an acronym joins the name whose initials it is, or the full name
  the acronym table gives ("NATO" / "North Atlantic Treaty Organization"); "Apple Inc." and
  "Apple" are one; otherwise equal names (case, accents and "the" aside) are one entity.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import Gazetteer, demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .keys import canonical_key, fold, initials, words
from .lexicon import lexicon, rows
from .mend import Span, mend
from .model import Entity, EntityMention
from .nicknames import nickname_of, without_nickname
from .runons import common_openers
from .spans import doc_words

log = logging.getLogger(__name__)

PERSONISH = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}


_INITIAL = re.compile(r"^[A-Z]\.$")
_GLUED_END = re.compile(r"(?<=\w)[.,;:!?][^\w\s]+$")


_STORM = re.compile(r"(?:Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Cyclone|Tropical Storm|Storm|Tropical "
                    r"Depression|Post-Tropical Cyclone|Winter Storm)\s+([A-Z][a-z]+)")


# A one-word organisation that is also a place is the organisation named before it in full only when the
# place is no country, region or big city ("Toyota" after "Toyota Motor Corp", not "Chicago").
BIG_CITY = 1_000_000


def _country_word(word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` names a country ("U.S.", "Russia") or is its adjective ("British")."""
    return normalize(word) in demonyms() or any(
        c.entry.kind == "country" for c in gaz.lookup(word) if c.via in ("name", "alias", "abbreviation"))


def _big_place(gaz: Gazetteer, name: str) -> bool:
    return any(c.entry.kind != "city" or c.entry.population >= BIG_CITY
               for c in gaz.lookup(name) if c.via != "alternate")


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    """Are the characters at offsets ``a`` and ``b`` of the article in one sentence?"""
    span = doc.char_span(min(a, b), min(a, b) + 1, alignment_mode="expand")
    return span is not None and span.sent.start_char <= max(a, b) < span.sent.end_char


def _name_length(token_text: str) -> int:
    """Length of a name's last token without punctuation glued to it ('NATO."-' -> 4); "U.S." keeps its dot."""
    m = _GLUED_END.search(token_text)
    return m.start() if m else len(token_text)


def _org_base(name: str, suffixes: frozenset[str]) -> str:
    parts = name.replace(",", " ").split()
    while len(parts) > 1 and parts[-1].lower() in suffixes:
        parts.pop()
    return " ".join(parts)


def _display_name(name: str, label: str, forms: list[str]) -> str:
    """A name written in capitals ("MINSK" in a dateline, "DEMOCRATS" in a headline) shown as the article's
    other form of it ("Democrats"); a place with no other form is capitalised.

    Acronyms stay as written: only GPE/LOC names of five letters or more, without dots or digits, are
    capitalised."""
    if not name.isupper() or any(ch.isdigit() or ch == "." for ch in name):
        return name
    for form in forms:
        if not form.isupper() and form.lower() == name.lower():
            return form
    if label not in ("GPE", "LOC") or len(name) <= 4:
        return name
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


@lru_cache(maxsize=1)
def _glued_particle_prefixes() -> re.Pattern:
    """The surname particles written glued by a hyphen ("al-", "el-"; entities/data/glued_particles.txt)."""
    parts = sorted((w for (w,) in rows("glued_particles.txt", 1)), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(p) for p in parts) + r")[-‐]")


# Labels a headline's name takes from the text's entity of the same name.
RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART"})


def extract_entities(doc: Doc, context: str = "", known: Iterable[Entity] = ()) -> tuple[list[EntityMention], list[Entity]]:
    """Named mentions of a parsed article and the entities they name.

    Mentions are in text order, each with character offsets into ``doc.text`` and the key of
    its entity; entities are in order of first mention. ``context`` is the rest of the article
    when ``doc`` is one field of it: a headline's "Wildfire" is no name when the text writes
    "wildfire"; ``known`` are that rest's entities: a headline's "Bankman-Fried" is the person the
    text names in full, whatever the model typed it.
    """
    lex = lexicon()
    spans: list[Span] = mend(doc)
    if context:
        spans = common_openers(doc, spans, lex, context)
    mentions = []
    text = doc_words(doc).text
    for s in spans:
        start, end = doc[s.start].idx, doc[s.end - 1].idx + _name_length(doc[s.end - 1].text)
        if (s.end - s.start > 1 or re.fullmatch(r"[A-Z]\.", doc[s.start].text)) and _INITIAL.match(doc[s.end - 1].text) and (
                s.end == len(doc) or doc[s.end].is_sent_start or text[start:end - 1].lower() in lex.labels):
            end -= 1  # "in Serie A.", "she wrote on X." ending a sentence: the stop is the sentence's
        mentions.append(EntityMention(start, end, text[start:end], s.label, "", s.role, s.source))
    if not mentions:
        return [], []
    known = list(known)
    if known:
        # a headline's "Nvidia" typed GPE is the organisation the text names so (the text has more words
        # around its names); a place the gazetteer or a rule made one stays
        known_labels: dict[str, set[str]] = defaultdict(set)
        for e in known:
            for n in [e.name, *e.aliases]:
                known_labels[n].add(e.label)
        for m in mentions:
            labels = known_labels.get(m.text, set())
            if len(labels) == 1 and m.source == "model" and m.label in RELABELLED and (label := next(iter(labels))) \
                    != m.label and label in RELABELLED:
                m.label, m.source = label, "known"

    # canonical name of each mention (index -> (name, label)), decided by the joining rules
    canon: dict[int, tuple[str, str]] = {}

    # "Starship" typed a person where the article also names it as a product ("its Starship rocket"), with
    # nothing that makes it a person (a role, a given name before it elsewhere)
    products = {m.text for m in mentions if m.label == "PRODUCT" and len(words(m.text)) == 1}
    if products:
        surnames = {words(m.text)[-1] for m in mentions if m.label == "PERSON" and len(words(m.text)) >= 2}
        for m in mentions:
            if m.label == "PERSON" and m.text in products and not m.role and m.text not in surnames:
                m.label, m.source = "PRODUCT", "same_name"

    # a storm's given name written alone is the storm ("Hurricane Milton ... Milton weakened"), not a person
    # (a bare "Storm" only for a name the model read as an event or a person: "Storm Babet", not the
    # "Storm Shadow" missile)
    storms = {m.group(1): mentions[i].text for i in range(len(mentions))
              if (m := _STORM.fullmatch(mentions[i].text))
              and (mentions[i].label in ("EVENT", "PERSON") or not mentions[i].text.startswith("Storm "))}
    for i, m in enumerate(mentions):
        if m.text in storms or m.text in storms.values():
            canon[i] = (storms.get(m.text, m.text), "EVENT")
            if m.label != "EVENT":
                m.label, m.source = "EVENT", "storm"

    # people: full names first, then the short forms
    full: list[tuple[int, list[str], str]] = []  # (mention index, words, name)
    for i, m in enumerate(mentions):
        if m.label == "PERSON" and len(words(m.text)) >= 2:
            name = without_nickname(m.text)  # 'Sean "Diddy" Combs' is Sean Combs
            full.append((i, words(name), name))
    fullest: dict[tuple[str, str], str] = {}  # (first, last word) -> the longest name written
    for _, ws, name in full:
        key = (ws[0], ws[-1])
        if key not in fullest or len(words(fullest[key])) < len(ws):
            fullest[key] = name
    for first, last in list(fullest):  # "D. Cameron" is "David Cameron" when he is the only D. Cameron
        if len(first) == 1:
            whole = {fullest[k] for k in fullest if k[1] == last and len(k[0]) > 1 and k[0][0] == first}
            if len(whole) == 1:
                fullest[(first, last)] = whole.pop()
    for i, ws, _name in full:  # a longer full name absorbs a shorter one ("Vladimir V. Putin")
        canon[i] = (fullest[(ws[0], ws[-1])], "PERSON")
    nicknamed = {nick: canon[i][0] for i, _, _ in full if (nick := nickname_of(mentions[i].text))}
    for i, m in enumerate(mentions):  # 'Sean "Diddy" Combs ... Diddy said': the nickname alone is the person
        if i not in canon and m.text in nicknamed:
            canon[i] = (nicknamed[m.text], "PERSON")
            m.label = "PERSON"
    # "von der Leyen" is the end of "Ursula von der Leyen", "Le Pen" of "Marine Le Pen" (a surname that
    # opens with a particle, written with a capital or not)
    for i, ws, name in full:
        if name[:1].islower() or ws[0].lower() in lex.surname_openers and len(ws) <= 3 \
                or len(ws) <= 3 and any(w in lex.particles or w in lex.inner_particles for w in ws[1:-1]):
            # ("Correa do Lago" is the end of "Andre Correa do Lago")
            longer = [n for _, w, n in full if len(w) > len(ws) and w[-len(ws):] == ws]
            if longer:
                canon[i] = (fullest[(words(longer[0])[0], ws[-1])], "PERSON")
    by_last: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)
    glued = _glued_particle_prefixes()
    for i, ws, _ in full:
        by_last[ws[-1]].append(i)
        by_first[ws[0]].append(i)
        bare = glued.sub("", ws[-1])  # "al-bandar": "Bandar" written alone is the same person
        if bare != ws[-1] and bare:
            by_last[bare].append(i)
    gaz = load_gazetteer()
    known_last: dict[str, str] = {}
    known_alias: dict[str, set[str]] = defaultdict(set)  # "Xi" for "Xi Jinping": a short form the text uses
    for e in known:
        if e.label == "PERSON" and len(words(e.name)) >= 2:
            known_last.setdefault(words(e.name)[-1], e.name)
            for a in e.aliases:
                if len(words(a)) == 1:
                    known_alias[a].add(e.name)
    for i, m in enumerate(mentions):
        # "Shapoval" tagged GPE after "Colonel Maksym Shapoval": a surname the gazetteer does not know
        surname_place = m.label in ("GPE", "LOC", "FAC") and not gaz.lookup(m.text)
        if i in canon or (m.label not in PERSONISH and not surname_place) or m.source == "product_name":
            continue
        ws = words(m.text)
        if len(ws) != 1:
            continue
        hits = by_last.get(ws[0]) or (by_first.get(ws[0]) if m.label == "PERSON" or surname_place else None)
        if hits:  # the nearest full name before, else the first one after
            k = bisect.bisect_left(hits, i)
            canon[i] = canon[hits[k - 1] if k else hits[0]]
            first = canon[hits[0]]
            if k > 1 and canon[i] != first and not _same_sentence(doc, mentions[hits[k - 1]].start, m.start):
                # "Jimmy Carter ... his son Chip Carter said ... Carter served one term": a surname two
                # people share is the one the article named first, unless the other was just named
                canon[i] = first
        elif ws[0] in known_last:  # the surname of a person the other field names in full
            canon[i] = (known_last[ws[0]], "PERSON")
        elif len(known_alias.get(m.text, ())) == 1:  # a short form the other field uses for one person
            canon[i] = (next(iter(known_alias[m.text])), "PERSON")

    # organisations and places: acronyms and company suffixes
    names_by_label: dict[str, list[str]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if i not in canon:
            names_by_label[m.label].append(m.text)
    longer = {fold(n): n for lab in ("ORG", "GPE", "LOC", "FAC", "EVENT") for n in names_by_label.get(lab, ())
              if len(n.split()) >= 2}
    event_names = {fold(m.text): m.label for m in mentions if m.label in ("EVENT", "LAW") and len(m.text.split()) >= 2}
    by_initials: dict[str, str] = {}
    by_acronym: set[int] = set()  # the mentions named by an acronym
    for n in longer.values():
        by_initials.setdefault(initials(n), n)
    for i, m in enumerate(mentions):
        if i in canon:
            continue
        text = m.text
        if text in lex.acronyms:
            by_acronym.add(i)
            full_name, label = lex.acronyms[text]
            canon[i] = (longer.get(fold(full_name), full_name), label if m.label in ("ORG", "GPE") else m.label)
            if m.label in ("ORG", "GPE") and label in ("ORG", "GPE") and m.label != label:
                m.label, m.source = label, "acronym"  # "G7" typed GPE: the table's label
        elif text.replace(".", "").isupper() and 2 <= len(text.replace(".", "")) <= 6 and \
                text.replace(".", "") in by_initials:
            full_name = by_initials[text.replace(".", "")]
            by_acronym.add(i)
            if m.label == "ORG" and event_names.get(fold(full_name)):  # "EAG" for the "East Asian Games"
                m.label, m.source = event_names[fold(full_name)], "acronym"
            canon[i] = (full_name, m.label)
        elif m.label == "ORG":
            canon[i] = (_org_base(text, lex.org_suffixes), "ORG")
        else:
            canon[i] = (text, m.label)
    # a full name the acronym table knows gets the same canonical form as its acronym, also when its
    # company suffix was cut ("Bharatiya Janata Party" for "BJP")
    acronym_names = {fold(canon[i][0]) for i in by_acronym}
    for i, m in enumerate(mentions):
        name, label = canon[i]
        if (name == m.text or fold(m.text) in acronym_names) and fold(m.text) in longer and m.label in ("ORG", "GPE"):
            canon[i] = (longer[fold(m.text)], label)
    # "the Department of Forestry and Fire Protection, known as Cal Fire": one organisation (runons.known_as)
    alias_of: dict[str, tuple[str, str]] = {}
    for i, m in enumerate(mentions):
        if m.source == "known_as" and i > 0 and mentions[i - 1].label == m.label:
            alias_of[m.text] = canon[i - 1]
    for i, m in enumerate(mentions):
        if m.text in alias_of and m.label == alias_of[m.text][1]:
            canon[i] = alias_of[m.text]

    # "the U.S. Centers for Disease Control and Prevention ... the Centers for Disease Control and Prevention":
    # an organisation named with its country before it is the one named without it
    bare = {fold(canon[i][0]): canon[i] for i, m in enumerate(mentions) if m.label == "ORG" and canon[i][1] == "ORG"}
    with_country: dict[tuple[str, str], tuple[str, str]] = {}  # the name without the country -> with it
    for i, m in enumerate(mentions):
        ws = m.text.split()
        if m.label == "ORG" and len(ws) >= 3 and (rest := bare.get(fold(" ".join(ws[1:])))) is not None \
                and rest != canon[i] and rest not in with_country and _country_word(ws[0], gaz):
            with_country[rest] = canon[i]
    if with_country:
        for k in range(len(mentions)):
            canon[k] = with_country.get(canon[k], canon[k])

    # "Exxon Mobil ... Exxon", "Pioneer Natural Resources ... Pioneer": a one-word organisation that opens
    # the name of one organisation named before it in full (not its last word: "Mobil" is another firm)
    firsts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    first_at: dict[str, int] = {}
    for i, m in enumerate(mentions):
        ws = m.text.split()
        if m.label == "ORG" and len(ws) >= 2 and canon[i][1] == "ORG" and ws[0][:1].isupper():
            firsts[ws[0]].add(canon[i])
            first_at.setdefault(ws[0], i)
    for e in known:  # ... or that the other field names in full (a headline's "Exxon")
        ws = e.name.split()
        if e.label == "ORG" and len(ws) >= 2 and ws[0][:1].isupper():
            firsts[ws[0]].add((e.name, "ORG"))
            first_at.setdefault(ws[0], -1)
    # ... but not a name used alone before the longer one ("Apple unveiled ... which Apple calls Apple
    # Intelligence ... Apple shares fell": the company, not its product)
    alone_at: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == "ORG" and canon[i] == (m.text, "ORG"):
            alone_at.setdefault(m.text, i)
    # (nor a name the other field knows as an organisation of its own: the text's "Microsoft" beside its
    # "Microsoft Gaming")
    known_orgs = {e.name for e in known if e.label == "ORG"}
    for i, m in enumerate(mentions):
        if m.label == "ORG" and canon[i] == (m.text, "ORG") and len(firsts.get(m.text, ())) == 1 \
                and first_at[m.text] < i and not alone_at[m.text] < first_at[m.text] and not _big_place(gaz, m.text) \
                and m.text not in known_orgs:
            canon[i] = next(iter(firsts[m.text]))

    # entities
    groups: dict[str, list[int]] = defaultdict(list)
    order: list[str] = []
    group_label: dict[str, str] = {}
    for i in range(len(mentions)):
        name, label = canon[i]
        key = canonical_key(name, label)
        if key not in groups:
            order.append(key)
            group_label[key] = label
        groups[key].append(i)
    entities = []
    for key in order:
        idx = groups[key]
        name = _display_name(canon[idx[0]][0], group_label[key], [mentions[i].text for i in idx])
        party = [mentions[i].text for i in idx if mentions[i].text.lower() == name.lower() + " party"]
        if group_label[key] == "ORG" and party:
            name = party[0]  # "Labour" and "Labour Party": one party, shown by its full name
        labels = Counter(mentions[i].label for i in idx)
        label = group_label[key] if group_label[key] == "PERSON" else labels.most_common(1)[0][0]
        forms = list(dict.fromkeys(mentions[i].text for i in idx))
        roles = list(dict.fromkeys(mentions[i].role for i in idx if mentions[i].role))
        for i in idx:
            mentions[i].key = key
            if label == "PERSON" and mentions[i].label != "PERSON":
                mentions[i].label, mentions[i].source = "PERSON", "joined"
        entities.append(Entity(key=key, name=name, label=label,
                               aliases=[f for f in forms if f != name], roles=roles, mentions=len(idx)))
    return mentions, entities
