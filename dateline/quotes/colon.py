"""Headline-style attributions: "Lynch: No outside influence on FBI probe" and transcript lines
("TAPPER: ...").

A paragraph that opens with a short noun phrase (a name, or a source noun such as "Poll"), then
a colon and a statement of three words or more, attributes the statement to that phrase. Section
labels ("UPDATE:", "Editor's note:", ``data/colon_labels.txt``), places, dates and times before
the colon (datelines) are not speakers.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .tokens import Found, trim

MAX_NAME = 6
MIN_WORDS = 3
NOT_SPEAKERS = {"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _name_head(tokens: list[Token], lex: Lexicon) -> Token | None:
    """The head of ``tokens`` if they read as the name of a speaker, else None."""
    words = [t for t in tokens if not t.is_space]
    if not words or len(words) > MAX_NAME or any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return None
    if any(t.lower_ in lex.colon_labels for t in words) or words[-1].is_punct:
        return None
    ids = {t.i for t in words}
    heads = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.ent_type_ in NOT_SPEAKERS or head.like_num:
        return None
    if head.pos_ == "PROPN" or head.pos_ == "NOUN" and (
            head.lower_ in lex.roles or _capitalised(head) or head.ent_type_ in ("PERSON", "ORG", "NORP")
            and head.text[:1].isupper()):  # "[Clinton]: I support D.C. statehood" (a name tagged NOUN)
        return head
    return None


def _capitalised(head: Token) -> bool:
    """A capitalised noun the tagger did not take for a name ("[Trump]: My plans aren't set in
    stone", "[Poll]: Sanders leads", "[FALLIN]: Well, ..."): a name or a source noun at a line's
    start; a label ("Update:", data/colon_labels.txt) is left out before."""
    return head.text[:1].isupper() and head.is_alpha and not head.ent_type_


def _shouted(span) -> bool:
    """Is every word of ``span`` in capitals (a title, not "FALLIN: Well, I think ...")?"""
    words = [t for t in span if t.is_alpha and len(t) > 1]
    return len(words) > 1 and all(t.text.isupper() for t in words)


def paragraph_spans(para: list[int]) -> Iterator[tuple[int, int]]:
    """(first, end) token indices of each run of tokens with the same paragraph number."""
    start, n = 0, len(para)
    while start < n:
        end = start
        while end < n and para[end] == para[start]:
            end += 1
        yield start, end
        start = end


def colon_attributions(doc: Doc, lex: Lexicon, inside: list[bool], para: list[int]) -> list[Found]:
    """"Name: statement" paragraphs outside ``inside`` tokens (which it marks as taken)."""
    out = []
    for start, end in paragraph_spans(para):
        first = start
        while first < end and doc[first].is_space:
            first += 1
        colon = next((k for k in range(first, min(end, first + MAX_NAME + 1)) if doc[k].text == ":"), None)
        if colon is not None and colon > first and not inside[colon]:
            head = _name_head(list(doc[first:colon]), lex)
            content = trim(doc, (colon + 1, end))
            if head is not None and content is not None and _shouted(doc[first:content[1]]):
                head = None  # "RUSSIA'S DRONE ATTACK: WHY CHINA COULD TRY IT NEXT": a title in capitals
            # (a statement may hold attributions of its own: "UK PM: Russian escalation and "bogus threats"
            # show Putin has been "outsmarted"" is the prime minister's, whatever it reports inside)
            if head is not None and content is not None and not inside[content[0]]:
                words = sum(1 for t in doc[content[0]:content[1]] if t.is_alpha)
                if words >= MIN_WORDS:
                    out.append(Found(content=content, cue=(colon, colon + 1), speaker_head=head,
                                     kind="indirect", cue_token=colon))
                    for k in range(*content):
                        inside[k] = True
    return out


MAX_CREDIT = 5
HEADLINE_END = frozenset(".!?\"'”’")


def _credit_head(tokens: list[Token], lex: Lexicon) -> Token | None:
    """The last word of ``tokens`` if they read as the source crediting a headline ("Museveni",
    "UNICEF", "report", "Chinese envoy", "Indian police", "Japanese hostages", "sources"), else
    None. Headlines parse badly, so the phrase is read by its words, not by its parse: at most
    five words, the last a capitalised word, a role, text, group or source noun, or a plural after
    a capitalised word."""
    words = [t for t in tokens if not t.is_space]
    if not words or len(words) > MAX_CREDIT or any(t.pos_ in ("AUX", "PRON") or t.like_num for t in words):
        return None
    if any(t.is_punct and t.text not in ("-", ".") or not (t.is_alpha or t.is_punct or t.text in ("'s", "’s"))
           for t in words):
        return None
    head = words[-1]
    if not head.is_alpha:
        return None
    low = {head.lower_, head.lemma_.lower()}
    if low & (lex.headline_sources | lex.documents | lex.groups | lex.commentators) or low & set(lex.roles):
        return head  # ("...: sources" although "Sources: ..." opens a section)
    if any(t.lower_ in lex.colon_labels for t in words):
        return None
    if head.ent_type_ in NOT_SPEAKERS:
        return None
    if head.text[:1].isupper():
        return head  # "Museveni", "UNICEF", "Hamas"
    if head.tag_ == "NNS" and words[0].text[:1].isupper() and len(words) <= 3:
        return head  # "Hindu nationalists", "Japanese hostages"
    return None


def headline_credits(doc: Doc, lex: Lexicon, inside: list[bool], para: list[int]) -> list[Found]:
    """Wire headlines credited after a colon ("Ancestral spirits aiding Sudanese rebels: Museveni",
    "Crackdown on Nepal media is illegal: report"): a line with no sentence end whose last colon is
    followed by a short source phrase only attributes what comes before the colon to that source.
    Both parts are marked in ``inside`` (so that "report" is no cue verb of its own)."""
    out = []
    for start, end in paragraph_spans(para):
        words = [t for t in doc[start:end] if not t.is_space]
        colon = next((t.i for t in reversed(words) if t.text == ":"), None)
        if colon is not None and words[-1].text[-1:] not in HEADLINE_END and words[-1].i > colon \
                and not any(inside[k] for k in range(start, end)):
            head = _credit_head(list(doc[colon + 1:end]), lex)
            first = words[0].i
            slug = next((t.i for t in words if t.text == ":" and t.i < colon), None)
            if slug is not None and any(t.lower_ in lex.colon_labels for t in doc[first:slug]):
                first = slug + 1  # "5th LD Writethru: [Iranian military plane crashes]: TV"
            content = trim(doc, (first, colon))
            if head is not None and content is not None:
                alpha = sum(1 for t in doc[content[0]:content[1]] if t.is_alpha)
                if alpha >= MIN_WORDS:
                    out.append(Found(content=content, cue=(colon, colon + 1), speaker_head=head,
                                     kind="indirect", cue_token=colon,
                                     speaker_span=(next(t.i for t in words if t.i > colon), words[-1].i + 1)))
                    for k in range(content[0], end):
                        inside[k] = True
    return out
