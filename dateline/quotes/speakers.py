"""Speakers: the mention that says something, the name it stands for, and who "he" is.

The speaker of a quote is the local mention, as PolNeAR annotates it: the whole noun phrase
of the cue's subject ("Rodion Miroshnik, the Russia-installed ambassador ...", "he"). Its
*name* is the proper name inside that phrase without titles ("spokesman Dmitry Peskov" ->
"Dmitry Peskov"). A pronoun or a role noun ("he", "the spokesman", "the ministry") has no
name of its own: it is resolved to the nearest earlier named speaker that agrees with it in
number, gender and kind (person or organisation), or failing that to the nearest earlier
named person or organisation mentioned in the text.

A role phrase takes the name set beside it ("Prime Minister of Estonia, [Kaja Kallas]", "the
Chairman of the committee, General [Robert Brieger]"), not one it governs ("an aide to [Putin]").
A bare surname of a person named in full earlier ("Kelly" after "Sen. Mark Kelly") is that
person, whatever the tagger labels it; names inside quotations, nationality adjectives and
places are never antecedents. A role noun with no earlier antecedent ("the head of state said",
with the name further down) takes the next named speaker within a short window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..entities.lexicon import word_set
from .lexicon import Lexicon, load, wire_datelines

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
OWNER_LABELS = ("GPE", "NORP", "ORG")  # who a role belongs to: "[U.S.] President", "[Kremlin] spokesman"

# pronoun -> (kind, gender, plural); kind "any" for "they" (people or an organisation)
PRONOUNS: dict[str, tuple[str, str, bool]] = {
    "he": ("person", "m", False), "him": ("person", "m", False), "his": ("person", "m", False),
    "himself": ("person", "m", False),
    "she": ("person", "f", False), "her": ("person", "f", False), "hers": ("person", "f", False),
    "herself": ("person", "f", False),
    "they": ("any", "-", True), "them": ("any", "-", True), "their": ("any", "-", True),
    "it": ("org", "-", False), "its": ("org", "-", False),
}
RELATIVE = {"who", "which", "that", "whom"}
_OBLIQUE = ("pobj", "dobj", "dative", "iobj", "pcomp")
_NOT_IT = {"GPE", "NORP", "LOC", "FAC"}  # far back, "it" is no place: "Germany ... it said" is the text's
LATER_WINDOW = 1500  # characters: how far down a role noun with no antecedent looks for its name
_EDGE_PUNCT = set(",;:—–-()\"“”‘’'")


@dataclass(slots=True)
class DocInfo:
    """What the speaker functions read from a Doc, computed once: spaCy builds ``doc.text`` and
    ``doc.ents`` anew on every access."""

    doc: Doc
    text: str
    ents: list[tuple[str, int, int]]  # (label, start token, end token)
    ent_at: list[int]  # token -> index into ents, or -1
    quoted: list[tuple[int, int]] = field(default_factory=list)  # character ranges of quotations
    people: dict[str, str] = field(default_factory=dict)  # surname (lower case) -> gender m / f / -
    speakers: frozenset[int] = frozenset()  # tokens that head the speaker of some attribution
    wire: list[tuple[int, int]] | None = None  # character ranges of wire datelines, read once (:meth:`datelines`)

    @classmethod
    def of(cls, doc: Doc, names: Sequence[tuple[int, int, str]] | None = None) -> DocInfo:
        """With ``names`` (character start, end and label of each name, as the entities layer mends
        them), those are the names; else the model's entities."""
        if names is None:
            spans = [(e.label_, e.start, e.end) for e in doc.ents]
        else:
            spans = []
            for start, end, label in sorted(names):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and len(span) and (not spans or span.start >= spans[-1][2]):
                    spans.append((label, span.start, span.end))
        ents = _rejoin_names(spans, doc)
        ent_at = [-1] * len(doc)
        for n, (_, s, e) in enumerate(ents):
            for k in range(s, e):
                ent_at[k] = n
        return cls(doc, doc.text, ents, ent_at)

    def datelines(self, lex: Lexicon) -> list[tuple[int, int]]:
        """The wire datelines of the text ("MINSK, 17 September (BelTA) – "), found once."""
        if self.wire is None:
            self.wire = wire_datelines(self.text, lex)
        return self.wire

    def label(self, i: int) -> str:
        n = self.ent_at[i]
        return self.ents[n][0] if n >= 0 else ""


def _rejoin_names(ents: list[tuple[str, int, int]], doc: Doc) -> list[tuple[str, int, int]]:
    """A person's name the tagger cut in two ("[Ursula von der]PERSON [Leyen]GPE"): a PERSON
    whose words all lean on the name right after it, with no gap, is one person with it."""
    out: list[tuple[str, int, int]] = []
    for label, start, end in ents:
        if out:
            plabel, pstart, pend = out[-1]
            if (plabel == "PERSON" and pend == start and all(t.pos_ == "PROPN" for t in doc[start:end])
                    and all(t.dep_ in ("compound", "flat") and pstart <= t.head.i < end for t in doc[pstart:pend])):
                out[-1] = ("PERSON", pstart, end)
                continue
        out.append((label, start, end))
    return out


@dataclass(slots=True)
class Named:
    """A named speaker seen so far in the article: where, what name, and its features."""

    start: int
    name: str
    kind: str  # person / org / any
    gender: str  # m / f / -
    plural: bool = False
    subject: bool = False  # the mention is the subject of its clause
    oblique: bool = False  # the mention is an object, or inside a prepositional phrase ("strikes on Kharkiv")
    label: str = ""  # the spaCy entity label of a mention ("ORG", "GPE"), "" for a speaker
    listed: bool = False  # one of several names joined by "and" or commas ("Microsoft, Alphabet and Meta")
    titles: frozenset[str] = frozenset()  # role words it was introduced with ("president", "general")
    countries: frozenset[str] = frozenset()  # countries or organisations it was introduced with
    # ("U.S. President ...", "Kremlin spokesman ...", "Dmitry Peskov, the Kremlin spokesman")
    title_words: frozenset[str] = frozenset()  # every word of its title, lower case ("prime", "minister")


def _breaks(tok: Token) -> bool:
    """Does a line break follow or make up ``tok``?"""
    return "\n" in tok.text or "\n" in tok.whitespace_


def same_paragraph(doc: Doc, i: int, lo: int, hi: int) -> tuple[int, int]:
    """The token range [lo, hi) cut to the paragraph (line) of token ``i``: a phrase the parser
    ran over a line break ("2011\\n\\nSteve Jobs, founder of Apple") keeps only its own line."""
    k = i - 1
    while k >= lo and not _breaks(doc[k]):
        k -= 1
    lo = max(lo, k + 1)
    if doc[i].is_space and "\n" in doc[i].text:
        return i, i + 1
    k = i
    while k < hi - 1 and not _breaks(doc[k]):
        k += 1
    return lo, min(hi, k + 1)


def noun_phrase(head: Token, stop: tuple[int, int] | None = None) -> tuple[int, int]:
    """Token range [i, j) of ``head``'s phrase, cut at ``stop`` (a token range it must not enter)."""
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if stop is not None:
        s, e = stop
        if s <= head.i < e:  # the head itself is inside: keep it alone
            return head.i, head.i + 1
        if e <= head.i and lo < e:
            lo = e
        if head.i < s and hi > s:
            hi = s
    doc = head.doc
    for c in head.rights:
        # "the leader of China Xi Jinping last week called ...": a time the parse hung on the subject
        if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and head.i < c.left_edge.i < hi:
            hi = c.left_edge.i
    lo, hi = same_paragraph(doc, head.i, lo, hi)
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].lower_ in ("and", "but")):
        lo += 1
    while hi - 1 > head.i and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    opened = sum(1 for t in doc[lo:hi] if t.text == "(") - sum(1 for t in doc[lo:hi] if t.text == ")")
    if opened > 0 and hi < len(doc) and doc[hi].text == ")":
        hi += 1  # "the Parliamentary Assembly of the Council of Europe (PACE)": the bracket the parse hung elsewhere
    return lo, hi


def _proper_run(head: Token, info: DocInfo) -> list[Token]:
    """The proper-noun tokens that make up the name around ``head`` ("Karine Jean-Pierre")."""
    doc = info.doc
    n = info.ent_at[head.i]
    if n >= 0 and info.ents[n][0] in PERSON_LABELS | ORG_LABELS:
        _, s, e = info.ents[n]
        if any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[s:e]):  # not "defence ministry"
            return [t for t in doc[s:e] if not t.is_space]
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return []  # ("foreign ministry" tagged as proper nouns is no name)
    run = [head]
    ids = {head.i}
    i = head.i - 1
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].text in ("-", ".")) and doc[i].head.i in ids:
        run.insert(0, doc[i])
        ids.add(i)
        i -= 1
    i = head.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].head.i == head.i and doc[i].dep_ in ("flat", "compound", "appos"):
        run.append(doc[i])
        i += 1
    return run


def strip_titles(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """Drop title words before a name ("Press Secretary Karine Jean-Pierre" -> "Karine Jean-Pierre")."""
    i = 0
    while i < len(tokens) - 1 and (tokens[i].lower_ in lex.titles or tokens[i].lower_ in ("the", "of")):
        i += 1
    return tokens[i:]


_OPENERS = frozenset({"(", "[", "{", ",", "-", "–", "—", ":", "“", '"'})
_CLOSERS = frozenset({")", "]", "}", ",", "-", "–", "—", ":", "”", '"'})


def _join(tokens: list[Token], text: str) -> str:
    # "Moskalyov’s" taken as one name; "the Council of Europe (" cut by the tagger at an acronym in brackets
    while tokens and (tokens[-1].lower_ in ("'s", "’s") or tokens[-1].text in _OPENERS):
        tokens = tokens[:-1]
    while tokens and tokens[0].text in _CLOSERS:
        tokens = tokens[1:]
    if not tokens:
        return ""
    return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


def _only_titles(tokens: list[Token], lex: Lexicon) -> bool:
    """Are the name tokens only title words ("Prime Minister", "Ambassador"): a role, not a name?"""
    return all(t.lower_ in lex.titles or t.lower_ in ("the", "of") for t in tokens)


def _country_title(tokens: list[Token], lex: Lexicon, info: DocInfo) -> bool:
    """Is a proper-noun run a country and a title only ("U.S. President", "Ukrainian Minister"): a
    role that names no one?"""
    return any(t.lower_ in lex.titles for t in tokens) and all(
        t.lower_ in lex.titles or t.lower_ in ("the", "of") or info.label(t.i) in ("GPE", "NORP") for t in tokens)


_NOT_BEFORE_APPOSITION = {"of", "for", "to", "by", "with", "and", "or", "from", "about", "against", "on",
                          "at", "in", "'s", "’s", "than", "like"}


def apposed_person(head: Token, lex: Lexicon, info: DocInfo) -> Token | None:
    """A person's name set beside a role phrase, as the last token of the name: "the co-organizer
    of the rally, [Michal Meisner]", "Ambassador to the U.S. [Oksana Markarova]", "the Chairman of
    the EU Military Committee, General [Robert Brieger]". A name that is the object of a
    preposition ("an aide to Putin", "the wife of Putin") or inside a clause ("who met Putin") is
    someone else."""
    doc = info.doc
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if hi < len(doc) and info.ent_at[hi] >= 0 and info.ent_at[hi] == info.ent_at[hi - 1]:
        hi = info.ents[info.ent_at[hi]][2]  # an entity running on past the phrase ("... Affairs Oleh Nikolenko")
    k = hi  # the parser may hang the apposition outside the phrase: ", General Robert Brieger"
    if k < len(doc) and doc[k].text == ",":
        k += 1
    while k < len(doc) and doc[k].lower_ in lex.titles and info.label(k) != "PERSON":
        k += 1
    if k < len(doc) and info.label(k) == "PERSON":
        hi = info.ents[info.ent_at[k]][2]
    i = lo
    while i < hi:
        t = doc[i]
        if i > head.i and (t.pos_ in ("VERB", "AUX") or t.lower_ in RELATIVE):
            break
        n = info.ent_at[i]
        if n < 0 or i <= head.i or _in_quote(t.idx, info) or not (
                info.ents[n][0] in PERSON_LABELS or given_name_at(list(doc[info.ents[n][1]:info.ents[n][2]]), lex)):
            i += 1
            continue
        s, e = info.ents[n][1], info.ents[n][2]
        if info.ents[n][0] not in PERSON_LABELS:  # "the Kremlin Dmitry Peskov": the name starts at "Dmitry"
            s += given_name_at(list(doc[s:e]), lex) or 0
        j = s - 1
        while j >= lo and doc[j].lower_ in lex.titles:
            j -= 1
        possessive = e < len(doc) and doc[e].lower_ in ("'s", "’s")  # "Zelensky's spokesman"
        if (j < lo or doc[j].lower_ not in _NOT_BEFORE_APPOSITION) and e <= hi and not possessive:
            return doc[e - 1]
        i = e
    return None


def given_name_at(tokens: list[Token], lex: Lexicon) -> int | None:
    """Where a person's name starts inside a longer name the tagger took for an organisation:
    a known given name, not first, followed by a proper noun ("the Kremlin [Dmitry] Peskov")."""
    return next((j for j in range(1, len(tokens) - 1) if tokens[j].lower_ in lex.first_names
                 and tokens[j + 1].pos_ == "PROPN"), None)


def given_gender(first: Token, lex: Lexicon) -> str:
    """The gender a given name tells ("m", "f" or "-"). A hyphenated given name takes the gender
    of its second part, when known ("Jean-Yves", "Jean-Claude" are men though "Jean" alone is
    listed as a woman's name), else none."""
    doc = first.doc
    if (first.i + 2 < len(doc) and not first.whitespace_ and doc[first.i + 1].text in ("-", "‐")
            and not doc[first.i + 1].whitespace_ and doc[first.i + 2].text[:1].isupper()):
        return lex.first_names.get(doc[first.i + 2].lower_, "-")
    return lex.first_names.get(first.lower_, "-")


def _in_quote(idx: int, info: DocInfo) -> bool:
    return any(s <= idx < e for s, e in info.quoted)


def name_of(head: Token, lex: Lexicon, info: DocInfo) -> Named | None:
    """The name a subject head stands for, or None for a pronoun, a role noun or a plain noun."""
    if one_of_a_people(head, info):
        return None
    run = _proper_run(head, info)
    role_head = head
    if run and (_only_titles(run, lex) or _country_title(run, lex, info)):
        run = []  # "Prime Minister of Estonia, Kaja Kallas": a role, the name is beside it
    elif run and info.label(head.i) not in PERSON_LABELS and any(t.lower_ in lex.titles for t in run):
        person = apposed_person(head, lex, info)  # "Federal Chancellor of Austria, Karl Nehammer"
        if person is not None:
            run, head = _proper_run(person, info), person
    role_gender = "-"
    # the name is set beside a person's role ("chancellor, Olaf Scholz")
    over = lex.roles.get(head.head.lemma_.lower()) if head.dep_ == "appos" else None
    person_role = over is not None and over.kind == "person"
    org_role = False
    if not run:
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        role = lex.roles.get(head.lower_) or lex.roles.get(head.lemma_.lower())
        role_gender = role.gender if role is not None else "-"
        person_role = role is not None and role.kind == "person"
        org_role = role is not None and role.kind == "org"  # "nuclear operator Energoatom"
        # "the Australian foreign minister, Marise Payne, said": the name is in apposition
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        run = _proper_run(appos, info) if appos is not None else []
        if run and _only_titles(run, lex):
            run = []
        if not run:
            person = apposed_person(head, lex, info)
            if person is None:
                return None
            run = _proper_run(person, info)
            appos = person
        if not run:
            return None
        head = appos
    label = info.label(head.i)
    titled = any(t.lower_ in lex.titles for t in run) or any(
        c.dep_ == "compound" and c.lower_ in lex.titles for c in head.children)
    if titled and label in ORG_LABELS and any(
            (r := lex.roles.get(t.lower_)) is not None and r.kind == "org" for t in run):
        titled = False  # "Department of State", "Defence Ministry": an organisation with title words
    beside = titles_beside(head, lex)
    if beside and label == "ORG" and all(t.pos_ == "PROPN" for t in run):
        titled = True  # "Oleg Nikolenko, a spokesman for the ministry," tagged as an organisation
    tokens = strip_titles(run, lex)
    given = given_name_at(tokens, lex)
    if given is not None and label in ORG_LABELS:  # "the Kremlin Dmitry Peskov" taken as one organisation
        tokens, label, titled = tokens[given:], "PERSON", True
    surname = _join(tokens, info.text).lower()
    # the surname of a person named in full, or a name apposed to a person's role, whatever
    # the tagger labels it ("Germany's chancellor, Olaf Scholz" tagged as an organisation)
    known = surname in info.people or person_role
    if label in ORG_LABELS and not titled and not known:
        tokens = run[1:] if run[0].lower_ == "the" else run
        roles = frozenset(t.lower_ for t in run if t.lower_ in lex.roles)  # "Department of State"
        # "cybersecurity firm CrowdStrike": the company a later "the company" stands for
        roles |= {c.lemma_.lower() for c in head.children
                  if c.dep_ == "compound" and c.text.islower() and c.lemma_.lower() in lex.roles}
        return Named(head.idx, _join(tokens, info.text), "org", "-", False, titles=roles)
    if surname in info.people:
        gender = info.people[surname]
    elif len(tokens) >= 2 or label in PERSON_LABELS:
        gender = given_gender(tokens[0], lex)
    else:
        gender = "-"
    if role_gender != "-":
        gender = role_gender
    for t in run + [c for c in head.children if c.dep_ == "compound"]:
        role = lex.roles.get(t.lower_)
        if role is not None and role.gender != "-":
            gender = role.gender
        if t.lower_ in ("mr", "mr."):
            gender = "m"
        elif t.lower_ in ("mrs", "mrs.", "ms", "ms.", "miss"):
            gender = "f"
    kind = "person" if label in PERSON_LABELS or titled or known or gender != "-" or len(tokens) >= 2 else "any"
    if label in ORG_LABELS and not titled and not known or org_role:
        kind = "org"
    words = {t.lower_ for t in run + [c for c in head.children if c.dep_ == "compound"]}
    words |= {t.lemma_.lower() for t in (role_head, *[c for c in role_head.children if c.dep_ == "compound"])}
    # "Belarusian [Minister] of Foreign Affairs Vladimir Makei": a title the parse hung as a modifier
    words |= {t.lemma_.lower() for c in head.lefts if c.dep_ == "nmod" for t in c.subtree
              if t.lemma_.lower() in lex.titles}
    words |= {t.lemma_.lower() for b in beside for t in (b, *[c for c in b.children if c.dep_ == "compound"])}
    titles = frozenset(w for w in words if w in lex.titles or w in lex.roles)
    owners = _countries(head, info).union(*(_countries(b, info) for b in beside))
    name_words = {t.lower_ for t in tokens}
    title_words = titles | {w for w in words if w.isalpha() and w not in name_words} | {
        t.lower_ for c in head.children if c.dep_ == "compound" and c.i < head.i for t in c.subtree
        if t.is_alpha and t.lower_ not in name_words} | {
        t.lower_ for b in beside for t in b.subtree if t.i < b.i and t.is_alpha and t.dep_ in ("compound", "amod")}
    return Named(head.idx, _join(tokens, info.text), kind, gender, False, titles=titles, countries=owners,
                 title_words=frozenset(title_words))


def titles_beside(head: Token, lex: Lexicon) -> list[Token]:
    """Role nouns set beside a name: "Dmitry Peskov, [the Kremlin spokesman]," (apposition), "the
    Kremlin [spokesman], Dmitry Peskov" (the name in apposition to the role), "Peskov, who is
    Putin's [spokesman]" (a relative clause with "be")."""
    def is_role(t: Token) -> bool:
        role = lex.roles.get(t.lemma_.lower())
        return t.pos_ == "NOUN" and (role is not None and role.kind == "person" or t.lower_ in lex.titles)

    out = [c for c in head.children if c.dep_ == "appos" and is_role(c)]
    if head.dep_ == "appos" and is_role(head.head):
        out.append(head.head)
    elif head.dep_ == "appos" and head.head.dep_ == "pobj" and is_role(head.head.head.head):
        out.append(head.head.head.head)  # "the mayor of Lviv, Andriy Sadovyi" hung on "Lviv"
    for rel in head.children:
        if rel.dep_ == "relcl" and rel.lemma_ == "be" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in rel.children):
            out += [g for g in rel.children if g.dep_ == "attr" and is_role(g)]
    return out


def country_key(tok: Token) -> str:
    """A country word reduced so that its name and adjective agree ("Ukraine", "Ukrainian")."""
    return tok.lower_.replace(".", "")[:4]


def _countries(head: Token, info: DocInfo) -> frozenset[str]:
    """The countries or organisations a person's phrase names ("[U.S.] President Joe Biden",
    "President Zelensky of [Ukraine]", "a spokesman for [the Kremlin]"), as keys: the words
    before the head and the objects of "of" and "for" after it, not a clause or an apposition
    after it ("William Ruto, whose government criticised [Russia]")."""
    tokens = [t for c in head.lefts for t in c.subtree]
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            tokens += [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree]
    return frozenset(country_key(t) for t in tokens if info.label(t.i) in OWNER_LABELS)


def people_of(info: DocInfo, lex: Lexicon) -> dict[str, str]:
    """Surnames of the people named in full ("Sen. Mark Kelly" -> "kelly": "m"), with the gender
    their given name tells: a later bare "Kelly" is that person, whatever spaCy labels it, and
    is not the woman's given name "Kelly". A surname of people of both genders takes the gender
    of the one named in full more often ("Hillary Clinton" three times, "Bill Clinton" once)."""
    counts: dict[str, dict[str, int]] = {}
    for label, s, e in info.ents:
        if label not in PERSON_LABELS and label not in ORG_LABELS:
            continue
        tokens = strip_titles([t for t in info.doc[s:e] if not (t.is_space or t.is_punct or t.tag_ == "POS")], lex)
        if len(tokens) < 2 or not tokens[-1].text[:1].isupper():
            continue
        if label not in PERSON_LABELS and not (
                label in ("ORG", "GPE") and len(tokens) <= 3 and tokens[0].lower_ in lex.first_names
                and all(t.pos_ == "PROPN" for t in tokens) and tokens[-1].tag_ != "NNPS"):
            continue  # an organisation, unless a known given name opens it ("Olaf Scholz" tagged ORG)
        gender = given_gender(tokens[0], lex)
        for t in info.doc[max(0, s - 2):e]:
            if t.lower_ in ("mr", "mr."):
                gender = "m"
            elif t.lower_ in ("mrs", "mrs.", "ms", "ms."):
                gender = "f"
        sur = _join(tokens[1:], info.text).lower()  # "Sam Cranny-Evans" -> "cranny-evans"
        # "Juan Orlando Hernandez" is also "Hernandez"
        for key in {sur, tokens[-1].lower_} if len(tokens) >= 3 and tokens[-1].is_alpha else (sur,):
            by_gender = counts.setdefault(key, {})
            by_gender[gender] = by_gender.get(gender, 0) + 1
    out: dict[str, str] = {}
    for sur, by_gender in counts.items():
        # a surname two people share ("Hillary Clinton", once "Bill Clinton") stands for the one
        # named in full more often; as often: no gender
        ranked = sorted(by_gender.values(), reverse=True)
        top = max(by_gender, key=lambda g: by_gender[g])
        out[sur] = top if len(ranked) == 1 or ranked[0] > ranked[1] and "-" not in by_gender else "-"
    return out


def wanted(head: Token, lex: Lexicon, info: DocInfo) -> tuple[str, str, bool] | None:
    """(kind, gender, plural) that an antecedent of ``head`` must have, or None if ``head`` is no
    pronoun or role noun (it names itself, or is a plain noun phrase)."""
    low = head.lower_
    if head.pos_ == "PRON" and low in PRONOUNS:
        return PRONOUNS[low]
    if age_description(head):
        return "person", "-", False  # "the 44-year-old said": the person named before
    if one_of_a_people(head, info):
        return "person", "-", False  # "the 21-year-old Spaniard told reporters": the player named before
    role = lex.roles.get(head.lemma_.lower()) or lex.roles.get(low)
    # "the Russian presidency", "Moscow's foreign ministry": the modifier names the speaker; but
    # "the Austrian chancellor" is a person to resolve
    deps = ("compound", "poss", "nmod") if role is not None and role.kind == "person" else (
        "amod", "compound", "poss", "nmod")
    named_by_modifier = any(c.dep_ in deps and c.text[:1].isupper() for c in head.lefts)
    run = _proper_run(head, info)
    named = bool(run) and not _only_titles(run, lex)  # "the Ambassador", "the MP": a role
    if role is not None and head.pos_ in ("NOUN", "PROPN") and not named_by_modifier and not named:
        plural = head.tag_ in ("NNS", "NNPS")
        return role.kind, role.gender, plural
    return None


def one_of_a_people(head: Token, info: DocInfo) -> bool:
    """Is ``head`` one person named by their people ("the Spaniard", "the 37-year-old Serb")?"""
    return (info.label(head.i) == "NORP" and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NN", "NNP")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))


def age_description(head: Token) -> bool:
    """Is ``head`` the last word of a person described by age ("the 44-year-old", "a 12-year-old")?"""
    doc = head.doc
    if head.lower_ == "year-old":
        return True
    return (head.lower_ == "old" and head.i >= 2 and doc[head.i - 1].text == "-"
            and doc[head.i - 2].lower_ in ("year", "years"))


def compatible(cand: Named, want: tuple[str, str, bool]) -> bool:
    kind, gender, plural = want
    if kind == "person":
        # "officials" are no single name, whatever its kind
        if cand.kind == "org" or plural != cand.plural and (cand.kind != "any" or plural):
            return False
        return gender == "-" or cand.gender in ("-", gender)
    if kind == "org":
        # "the company" is not "the companies" named before (two firms that announced a deal), nor one of
        # the firms of a list ("Microsoft, Alphabet, Amazon and Meta plan ...")
        return cand.kind == "org" and (plural or not cand.plural and not cand.listed)
    return cand.plural or cand.kind == "org"  # "they": a group, or an organisation


def feature_nouns() -> frozenset[str]:
    """Nouns of natural features written after a name ("the Guaiba river"): the entities layer's list."""
    return word_set("feature_nouns.txt")


def mentions(info: DocInfo, lex: Lexicon) -> list[Named]:
    """Every named person or organisation in the text, in order (the fallback antecedents), but
    for names inside quotations: the people a speaker talks about are not the speaker."""
    out = []
    # the agency of a wire dateline ("PORTO ALEGRE, Brazil (Reuters) - ") credits the report; it
    # is no one's antecedent ("the state civil defense agency said")
    wire = info.datelines(lex)
    for label, start, end in info.ents:
        if wire and any(s <= info.doc[start].idx < e for s, e in wire):
            continue
        if label in ("FAC", "LOC") or info.doc[end - 1].pos_ == "ADJ" and (label == "NORP" or end - start == 1):
            # a building, a region or "Russian" in "a Russian suspect" does not speak (nor "Ugandan"
            # in "Ugandan prayers" when the tagger calls it an organisation)
            continue
        if label in PERSON_LABELS | ORG_LABELS and not _in_quote(info.doc[start].idx, info):
            named = name_of(info.doc[end - 1], lex, info)
            if named is not None:
                root = next((t for t in info.doc[start:end] if t.head.i < start or t.head.i >= end), None)
                named.subject = root is not None and (root.dep_ in ("nsubj", "nsubjpass") or (
                    # "PARIS (AFP) - French President Emmanuel Macron named ...", parsed with the city as
                    # the subject and the president its apposition: the president is the subject
                    root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
                    and any(s <= root.head.idx < e for s, e in wire)))
                named.oblique = root is not None and root.dep_ in _OBLIQUE
                # (the parse often hangs a list's second name on the first as an apposition)
                # (not "SAN FRANCISCO (Reuters) - Nvidia ...", a name parsed as the dateline's apposition)
                named.listed = root is not None and (
                    root.dep_ == "conj" or root.dep_ == "appos" and info.label(root.head.i) == label or any(
                        c.dep_ == "conj" and info.ent_at[c.i] >= 0 or c.dep_ == "appos" and info.label(c.i) == label
                        for c in root.children))
                named.label = label
                if (named.kind == "person" and root is not None and root.dep_ in ("compound", "nmod", "amod")
                        and root.head.pos_ == "NOUN"):
                    continue  # "Azerbaijani gas deal", "Kiev intelligence support": a name as a modifier
                if (root is not None and root.dep_ in ("compound", "nmod") and root.head.i == end
                        and root.head.lower_ in feature_nouns()):
                    continue  # "the Guaiba river", "the Noto peninsula": a place, whatever the model said
                out.append(named)
    return out


def resolve(at: int, sent_start: int, want: tuple[str, str, bool], speakers: list[Named],
            others: list[Named], later: list[Named] | None = None,
            role: frozenset[str] = frozenset(), para_start: int | None = None,
            titled_only: bool = False, subjects_only: bool = False, office: bool = False,
            portfolio: frozenset[str] = frozenset()) -> str | None:
    """What a pronoun or role noun at ``at`` stands for: a compatible name earlier in its own
    sentence, a subject first ("[Sullivan] will meet Yang and ... he is to signal", "Israel made
    a statement that it would ..."), else the nearest earlier compatible named speaker, else the
    nearest earlier compatible name, else (for a role noun: "the head of state said ...", with
    the name given further down) the first later compatible named speaker in ``later``. A role
    noun first looks for the nearest earlier name introduced with one of the titles ``role``
    ("the president" is "President Aleksandr Lukashenko", not the journalist quoted since);
    with ``titled_only`` ("his lawyer") it looks no further. With ``subjects_only`` (a speaking
    "it" or "they" whose antecedent was not found in the sentences just before) only a name that
    was the subject of its clause is an answer, never an object or a name in a prepositional
    phrase ("strikes on [Kharkiv]"), and for "it" never a place or a nationality. A role noun of
    people past its titled names stands only for someone of its own paragraph (from
    ``para_start``) or someone introduced with no role word; with ``office`` ("the governor of
    the Odesa region", described by its office) it looks among earlier speakers only, never at
    names merely mentioned before ("strikes on Kharkiv"). ``portfolio`` are the lower-case words that
    narrow the role noun ("the civil aviation minister"): a name introduced with other such words ("Prime
    Minister Narendra Modi") is someone else, and when only such names hold the role the speaker is
    no one named before."""
    if subjects_only:
        others = [c for c in others if c.subject and not (want[0] == "org" and c.label in _NOT_IT)]
    if role:
        other_office = False
        for pool in (speakers, others):
            for cand in reversed(pool):
                if cand.start < at and role & cand.titles and compatible(cand, want):
                    if portfolio and other_portfolio(cand, role, portfolio):
                        other_office = True
                        continue
                    return cand.name
        if other_office:
            return None
        # "the minister" is not the mayor of an earlier paragraph: past the titled names, a role
        # noun of people stands for someone of its own paragraph, or someone introduced with no
        # role word at all
        roles = load().roles
        if any((r := roles.get(w)) is not None and r.kind == "person" for w in role):
            def free(c: Named) -> bool:
                return not _role_words(c) or para_start is not None and c.start >= para_start

            speakers = [c for c in speakers if free(c)]
            others = [c for c in others if free(c)]
            later = [c for c in later or [] if free(c) or role & c.titles]
    if titled_only:
        return None
    if role:
        # a role noun is no name merely mentioned in a prepositional phrase ("near the border with
        # Niger, according to the official"), and a role of people no name of unknown kind
        # ("according to PowerOutage.us. ... the sheriff said")
        others = [c for c in others if not c.oblique and not (want[0] == "person" and c.kind == "any")]
        if want[0] == "person":
            speakers = [c for c in speakers if c.kind != "any"]
    if office:
        others = []
    here = [c for c in others if sent_start <= c.start < at and compatible(c, want)]
    for cand in [c for c in reversed(here) if c.subject] + list(reversed(here)):
        return cand.name
    if para_start is not None and not role and want[0] == "person":
        # a pronoun stands for someone of its own paragraph before a speaker of earlier ones
        # ('... was summarised by [Ivo Daalder]. "...," he warned'); one known to be of the
        # pronoun's gender first ("Putin ... Ursula von der Leyen ... she said")
        same = [c for c in speakers + others if para_start <= c.start < at and c.gender == want[1]
                and compatible(c, want)]
        if want[1] in ("m", "f") and same:
            return max(same, key=lambda c: c.start).name
        # the subject named last in the paragraph, speaker or not: '"...," Castel said. Hernandez
        # maintained his innocence. "I am innocent," he told the court'
        subjects = [c for c in speakers + [o for o in others if o.subject]
                    if para_start <= c.start < at and compatible(c, want)]
        if subjects:
            return max(subjects, key=lambda c: c.start).name
        for pool in (speakers, others):
            for cand in reversed(pool):
                if para_start <= cand.start < at and compatible(cand, want):
                    return cand.name
    for pool in (speakers, others):
        for cand in reversed(pool):
            if cand.start < at and compatible(cand, want):
                return cand.name
    for cand in later or []:
        if at < cand.start < at + LATER_WINDOW and compatible(cand, want):
            return cand.name
    return None


# Words before a role noun that do not narrow the office ("the former minister" may be Minister X)
GENERIC_ROLE_WORDS = frozenset({"former", "new", "then", "current", "outgoing", "incoming", "top", "senior",
                                "veteran", "longtime", "embattled", "powerful", "influential", "late", "same",
                                "other", "first", "second", "third"})


def portfolio_of(head: Token) -> frozenset[str]:
    """Lower-case words that narrow a role noun ("the civil aviation minister" → civil, aviation)."""
    return frozenset(t.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.text.islower()
                     for t in c.subtree if t.is_alpha and t.text.islower() and t.lower_ not in GENERIC_ROLE_WORDS)


def other_portfolio(cand: Named, role: frozenset[str], portfolio: frozenset[str]) -> bool:
    """Was the name introduced with narrowing words of its own, none of them the role noun's ("Prime
    Minister" for "the civil aviation minister")?"""
    own = cand.title_words - role - GENERIC_ROLE_WORDS
    return bool(own) and own.isdisjoint(portfolio)


def _role_words(cand: Named) -> frozenset[str]:
    """The role nouns of people a name was introduced with ("mayor", "spokesman"; not the
    abbreviated titles "Sen.", "Gen.", "Mr." of titles.txt)."""
    roles = load().roles
    return frozenset(w for w in cand.titles if (r := roles.get(w)) is not None and r.kind == "person")


def core_text(head: Token) -> str:
    """A plain noun phrase's core without determiner and clauses ("the Russian presidency" ->
    "Russian presidency"), used as the name of a speaker with no proper name."""
    keep = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON"
            and c.lower_ != "whose"]
    tokens = sorted([*[t for c in keep for t in c.subtree], head], key=lambda t: t.i)
    lo = tokens[0].i
    return head.doc[lo:head.i + 1].text
