"""Speakers: the mention that says something, the name it stands for, and who "he" is.

The speaker of a quote is the local mention, as PolNeAR annotates it: the whole noun phrase
of the cue's subject ("Rodion Miroshnik, the Russia-installed ambassador ...", "he"). Its
*name* is the proper name inside that phrase without titles ("spokesman Dmitry Peskov" ->
"Dmitry Peskov"). A pronoun or a role noun ("he", "the spokesman", "the ministry") has no
name of its own: it is resolved to the nearest earlier named speaker that agrees with it in
number, gender and kind (person or organisation), or failing that to the nearest earlier
named person or organisation mentioned in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import Lexicon

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}

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
_EDGE_PUNCT = set(",;:—–-()\"“”‘’'")


@dataclass(slots=True)
class DocInfo:
    """What the speaker functions read from a Doc, computed once: spaCy builds ``doc.text`` and
    ``doc.ents`` anew on every access."""

    doc: Doc
    text: str
    ents: list[tuple[str, int, int]]  # (label, start token, end token)
    ent_at: list[int]  # token -> index into ents, or -1

    @classmethod
    def of(cls, doc: Doc) -> DocInfo:
        ents = [(e.label_, e.start, e.end) for e in doc.ents]
        ent_at = [-1] * len(doc)
        for n, (_, s, e) in enumerate(ents):
            for k in range(s, e):
                ent_at[k] = n
        return cls(doc, doc.text, ents, ent_at)

    def label(self, i: int) -> str:
        n = self.ent_at[i]
        return self.ents[n][0] if n >= 0 else ""


@dataclass(slots=True)
class Named:
    """A named speaker seen so far in the article: where, what name, and its features."""

    start: int
    name: str
    kind: str  # person / org / any
    gender: str  # m / f / -
    plural: bool = False


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
    lo, hi = same_paragraph(doc, head.i, lo, hi)
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].lower_ in ("and", "but")):
        lo += 1
    while hi - 1 > head.i and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    return lo, hi


def _proper_run(head: Token, info: DocInfo) -> list[Token]:
    """The proper-noun tokens that make up the name around ``head`` ("Karine Jean-Pierre")."""
    doc = info.doc
    n = info.ent_at[head.i]
    if n >= 0 and info.ents[n][0] in PERSON_LABELS | ORG_LABELS:
        _, s, e = info.ents[n]
        return [t for t in doc[s:e] if not t.is_space]
    if head.pos_ != "PROPN":
        return []
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


def _join(tokens: list[Token], text: str) -> str:
    if not tokens:
        return ""
    return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


def name_of(head: Token, lex: Lexicon, info: DocInfo) -> Named | None:
    """The name a subject head stands for, or None for a pronoun, a role noun or a plain noun."""
    run = _proper_run(head, info)
    if not run:
        # "the Australian foreign minister, Marise Payne, said": the name is in apposition
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        head = appos
        run = _proper_run(head, info)
        if not run:
            return None
    label = info.label(head.i)
    titled = any(t.lower_ in lex.titles for t in run) or any(
        c.dep_ == "compound" and c.lower_ in lex.titles for c in head.children)
    first = next((t.lower_ for t in strip_titles(run, lex)), "")
    if label in ORG_LABELS and not titled:
        tokens = run[1:] if run[0].lower_ == "the" else run
        return Named(head.idx, _join(tokens, info.text), "org", "-", False)
    tokens = strip_titles(run, lex)
    gender = lex.first_names.get(first, "-")
    for t in run + [c for c in head.children if c.dep_ == "compound"]:
        role = lex.roles.get(t.lower_)
        if role is not None and role.gender != "-":
            gender = role.gender
        if t.lower_ in ("mr", "mr."):
            gender = "m"
        elif t.lower_ in ("mrs", "mrs.", "ms", "ms.", "miss"):
            gender = "f"
    kind = "person" if label in PERSON_LABELS or titled or gender != "-" or len(tokens) >= 2 else "any"
    if label in ORG_LABELS and not titled:
        kind = "org"
    return Named(head.idx, _join(tokens, info.text), kind, gender, False)


def wanted(head: Token, lex: Lexicon, info: DocInfo) -> tuple[str, str, bool] | None:
    """(kind, gender, plural) that an antecedent of ``head`` must have, or None if ``head`` is no
    pronoun or role noun (it names itself, or is a plain noun phrase)."""
    low = head.lower_
    if head.pos_ == "PRON" and low in PRONOUNS:
        return PRONOUNS[low]
    role = lex.roles.get(head.lemma_.lower()) or lex.roles.get(low)
    # "the Russian presidency", "Moscow's foreign ministry": the modifier names the speaker
    named_by_modifier = any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.text[:1].isupper()
                            for c in head.lefts)
    if role is not None and head.pos_ in ("NOUN", "PROPN") and not named_by_modifier and not _proper_run(head, info):
        plural = head.tag_ in ("NNS", "NNPS")
        return role.kind, role.gender, plural
    return None


def compatible(cand: Named, want: tuple[str, str, bool]) -> bool:
    kind, gender, plural = want
    if kind == "person":
        if cand.kind == "org" or plural != cand.plural and cand.kind != "any":
            return False
        return gender == "-" or cand.gender in ("-", gender)
    if kind == "org":
        return cand.kind == "org"
    return cand.plural or cand.kind == "org"  # "they": a group, or an organisation


def mentions(info: DocInfo, lex: Lexicon) -> list[Named]:
    """Every named person or organisation in the text, in order (the fallback antecedents)."""
    out = []
    for label, _, end in info.ents:
        if label in PERSON_LABELS | ORG_LABELS:
            named = name_of(info.doc[end - 1], lex, info)
            if named is not None:
                out.append(named)
    return out


def resolve(at: int, sent_start: int, want: tuple[str, str, bool], speakers: list[Named],
            others: list[Named]) -> str | None:
    """What a pronoun or role noun at ``at`` stands for: a compatible name earlier in its own
    sentence ("Israel made a statement that it would ..."), else the nearest earlier compatible
    named speaker, else the nearest earlier compatible name."""
    for cand in reversed(others):
        if sent_start <= cand.start < at and compatible(cand, want):
            return cand.name
    for pool in (speakers, others):
        for cand in reversed(pool):
            if cand.start < at and compatible(cand, want):
                return cand.name
    return None


def core_text(head: Token) -> str:
    """A plain noun phrase's core without determiner and clauses ("the Russian presidency" ->
    "Russian presidency"), used as the name of a speaker with no proper name."""
    keep = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON"]
    tokens = sorted([*[t for c in keep for t in c.subtree], head], key=lambda t: t.i)
    lo = tokens[0].i
    return head.doc[lo:head.i + 1].text
