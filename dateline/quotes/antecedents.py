"""What a speaking "it" or "they" stands for: the subject of the sentence before that can speak.

"The report lists Russian strikes on Kharkiv. It says ..." is the report speaking, not Kharkiv;
"Ukrainian forces shelled positions near Donetsk. They said ..." is the forces. A pronoun that
speaks is read as the subject of its own sentence (before it) or of one of the sentences just
before, if that subject can speak: a person or an organisation named, a noun of a speaker
(data/roles.tsv: "the ministry", "officials"; data/group_speakers.txt: "forces"), a text (data/document_nouns.txt: "the report"), or
a pronoun of the same number (followed back in turn). A place in a prepositional phrase, an
object, a modifier or a name inside quotation marks is never the antecedent. A sentence whose
subject cannot speak, but which names a text ("Masha wrote her father a letter."), gives the text
to "it". When none is found within :data:`SENTENCES_BACK` sentences, the caller falls back to
the nearest earlier compatible name that is not an object.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .documents import is_text
from .lexicon import Lexicon
from .tokens import depth

SENTENCES_BACK = 2  # sentences before the pronoun's own that are searched for its antecedent
SPEAKING_PRONOUNS = {"it": False, "they": True}  # pronoun -> plural
_SUBJECTS = ("nsubj", "nsubjpass")
_SPEAKING_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_PLURAL_TAGS = ("NNS", "NNPS")
_DUMMY_VERBS = frozenset({"be", "seem", "appear", "remain", "become"})
_EXTRAPOSED = ("xcomp", "ccomp", "csubj", "advcl")


def _in_quote(tok: Token, quoted: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in quoted)


def _plural(tok: Token) -> bool:
    """A plural noun phrase: a plural noun, or names joined by "and" ("Kyiv and Warsaw")."""
    return tok.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in tok.children) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "&") for c in tok.children)


def can_speak(tok: Token, lex: Lexicon) -> bool:
    """Can the noun ``tok`` say something: a name of a person, organisation or country, a noun of
    a speaker ("ministry", "officials") or a text ("report")? Not a place or a thing ("strikes")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.ent_type_ in _SPEAKING_LABELS:
        # "the Russians" speak; "Russian" in "Russian strikes" is a modifier, never a subject here
        return True
    if tok.ent_type_:
        return False  # a date, a number, a building or a region
    lemma = tok.lemma_.lower()
    return (lemma in lex.roles or tok.lower_ in lex.roles or lemma in lex.groups or is_text(tok, lex)
            or tok.pos_ == "PROPN")


def _agrees(tok: Token, plural: bool, lex: Lexicon, people: Collection[str]) -> bool:
    """Does ``tok`` agree with "it" (one organisation, country or text) or "they" (many)? ``people`` are the surnames of people named in full ("Franken" is a person
    whatever the tagger says)."""
    if (tok.ent_type_ == "PERSON" or tok.lower_ in people) and not _plural(tok):
        return False  # "he" or "she", not "it"
    role = lex.roles.get(tok.lemma_.lower()) or lex.roles.get(tok.lower_)
    if not plural:
        if _plural(tok):
            return False
        return not (role is not None and role.kind == "person")  # "the spokesman" is "he"
    return _plural(tok)  # a singular organisation is "it" in news English


def coordination(tok: Token) -> tuple[int, int] | None:
    """The token range of a coordinated subject ("[Cruz and Rubio]", "[the senator and his allies]"),
    without a leading determiner; None if ``tok`` heads no coordination with "and"."""
    if not _plural(tok) or tok.tag_ in _PLURAL_TAGS and not any(c.dep_ == "conj" for c in tok.children):
        return None
    last = max((c for c in tok.children if c.dep_ == "conj"), key=lambda c: c.i)
    lo = tok.left_edge.i
    while lo < tok.i and tok.doc[lo].dep_ == "det":
        lo += 1
    return lo, last.right_edge.i + 1



def _subjects(doc_tokens: list[Token], quoted: list[tuple[int, int]]) -> list[Token]:
    """The subjects among ``doc_tokens``, outside quotations, main clause first."""
    subs = [t for t in doc_tokens if t.dep_ in _SUBJECTS and not _in_quote(t, quoted)
            and t.lower_ not in ("who", "which", "that", "what")]
    return sorted(subs, key=lambda t: (depth(t), -t.i))


def pronoun_antecedent(pron: Token, lex: Lexicon, quoted: list[tuple[int, int]],
                       speakers: frozenset[int] = frozenset(), people: Collection[str] = (),
                       depth: int = 0) -> Token | None:
    """The token a speaking "it" or "they" stands for (a name, a noun of a speaker or a text), from
    its own sentence before it or the :data:`SENTENCES_BACK` sentences before; None if none can.
    A subject that is itself a speaker (a token of ``speakers``: "East European members issued a
    call to arms, insisting ...") goes before one that only acts ("Ministers met in Riga")."""
    plural = SPEAKING_PRONOUNS.get(pron.lower_)
    if plural is None or pron.pos_ != "PRON" or depth > 3:
        return None
    doc = pron.doc
    sent = pron.sent
    windows = [list(doc[sent.start:pron.i])]
    start = sent.start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        prev = doc[start - 1].sent
        windows.append(list(doc[prev.start:prev.end]))
        start = prev.start
    found = [_from_window(w, pron, plural, lex, quoted, speakers, people, depth, texts=k < 2)
             for k, w in enumerate(windows)]
    spoke = next((t for t, speaker in found if t is not None and speaker), None)
    return spoke if spoke is not None else next((t for t, _ in found if t is not None), None)


def expletive(tok: Token) -> bool:
    """A dummy "it" that stands for nothing: "it was too early to declare victory", "it is
    unclear whether ...", "it seems that ..." (a copula or a seeming verb with a clause put after)."""
    if tok.lower_ != "it":
        return False
    head = tok.head
    if head.lemma_ not in _DUMMY_VERBS:
        return False
    preds = [head] + [c for c in head.children if c.dep_ in ("acomp", "attr") and c.i > tok.i]
    return any(c.dep_ in _EXTRAPOSED and c.i > tok.i for p in preds for c in p.children)


def _from_window(window: list[Token], pron: Token, plural: bool, lex: Lexicon, quoted: list[tuple[int, int]],
                 speakers: frozenset[int], people: Collection[str], depth: int, texts: bool = True
                 ) -> tuple[Token | None, bool]:
    """The antecedent one sentence offers, and whether it is a speaker. A text the sentence names
    is an answer only when ``texts`` (the pronoun's own sentence and the one before)."""
    for subj in _subjects(window, quoted):
        if subj.i == pron.i:
            continue
        if subj.pos_ == "PRON":
            if SPEAKING_PRONOUNS.get(subj.lower_) == plural and not expletive(subj):
                ante = pronoun_antecedent(subj, lex, quoted, speakers, people, depth + 1)
                return ante or subj, subj.i in speakers
            continue
        if can_speak(subj, lex) and _agrees(subj, plural, lex, people):
            return subj, subj.i in speakers
        # "The bank's next meeting is on Dec. 14, when it will publish ...": the subject's owner
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is not None and subj.sent == pron.sent and can_speak(owner, lex) and _agrees(owner, plural, lex, people):
            return owner, owner.i in speakers
    if not plural and texts:
        # "Masha wrote her father a letter. "...," it said": the text the sentence names
        text = next((t for t in reversed(window) if is_text(t, lex) and not _in_quote(t, quoted)), None)
        if text is not None:
            return text, False
    return None, False
