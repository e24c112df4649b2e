"""Find the quotations of a parsed article and who said them.

Three passes over one spaCy Doc (sentences, tags and the dependency parse are all it needs):

1. quotation marks (:mod:`.marks`) and direct quotations with their speakers (:mod:`.direct`);
2. reported speech from the cue lexicon and the parse (:mod:`.reported`), outside quotations;
3. speakers: each attribution's local mention and the name it stands for (:mod:`.speakers`).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from . import lexicon as _lexicon
from .direct import direct_quotes, opens_paragraph, paragraph_ids
from .marks import Quoted, find_quoted
from .model import Quote
from .reported import reported_speech
from .speakers import DocInfo, Named, core_text, mentions, name_of, noun_phrase, resolve, wanted
from .tokens import Found, char_span

log = logging.getLogger(__name__)


def extract_quotes(doc: Doc, keep_unattributed: bool = True) -> list[Quote]:
    """Every quotation and reported statement in ``doc``, in text order.

    Offsets are character offsets into ``doc.text``. Quotations in marks whose speaker cannot
    be found are kept with ``speaker=None`` unless ``keep_unattributed`` is False.
    """
    lex = _lexicon.load()
    if not doc.has_annotation("DEP"):
        raise ValueError("extract_quotes needs a parsed Doc (tagger and parser), e.g. dateline.nlp.parse(text)")
    info = DocInfo.of(doc)
    quoted = find_quoted(info.text)
    direct = direct_quotes(doc, quoted, lex, info.text)
    para = paragraph_ids(doc)
    found: list[Found] = [f for f in direct if f is not None and f.speaker_head is not None]
    loose = [f for f in direct if f is not None and f.speaker_head is None]
    used = {f.cue_token for f in found if f.cue_token is not None}
    reported = reported_speech(doc, lex, [f.content for f in found], used, para)
    for f in reported:
        f.kind = _kind(doc, f, quoted)
    found.extend(reported)
    covered = [f.content for f in reported]
    # a quotation no attribution took: part of reported speech (dropped, the reported clause
    # is "mixed"), the next paragraph of the last speaker, or a quotation with no speaker
    for f in loose:
        if any(s < f.content[1] and f.content[0] < e for s, e in covered):
            continue
        if f.kind == "direct":
            _continue_speaker(f, found, para, opens_paragraph(doc, f.content[0], para))
        if f.speaker_head is not None or keep_unattributed and f.kind == "direct":
            f.kind = "direct"
            found.append(f)
    found.sort(key=lambda f: f.content[0])
    return _to_quotes(info, found, lex)


def _continue_speaker(f: Found, found: list[Found], para: list[int], opens: bool) -> None:
    """A quotation standing as a sentence with no speaker of its own continues the last speaker
    before it in its paragraph ('Sanders "has ...," Sroka said. "..."') or, when it opens the
    paragraph, the last speaker of the previous paragraph (quotes running over paragraphs)."""
    p = para[f.content[0]]

    def where(g: Found) -> int:
        return g.cue_token if g.cue_token is not None else g.content[0]

    cands = [g for g in found if g.speaker_head is not None and where(g) < f.content[0]
             and (para[where(g)] == p or opens and para[where(g)] == p - 1)]
    # a quotation continues a quotation rather than the reported speech around it ('"...,"
    # Jean-Pierre told reporters after Moscow said that ...' / '"..."' is still Jean-Pierre)
    cands = [g for g in cands if g.kind == "direct"] or cands
    if cands:
        last = max(cands, key=where)
        f.speaker_head, f.cue, f.cue_token = last.speaker_head, last.cue, last.cue_token


def _kind(doc: Doc, f: Found, quoted: list[Quoted]) -> str:
    s, e = char_span(doc, f.content)
    inner = [q for q in quoted if s <= q.start < e]
    if not inner:
        return "indirect"
    if len(inner) == 1 and inner[0].start <= s + 1 and inner[0].end >= e - 1:
        return "direct"
    return "mixed"


def _speaker_range(f: Found) -> tuple[int, int] | None:
    head = f.speaker_head
    if head is None:
        return None
    own = f.content if head.i < f.content[0] or head.i >= f.content[1] else None
    return noun_phrase(head, stop=own)


def _name(head: Token, lex: _lexicon.Lexicon, info: DocInfo, seen: list[Named], others: list[Named]
          ) -> tuple[str | None, Named | None]:
    """The name a speaker head stands for, and the Named record it adds (if it is a name)."""
    named = name_of(head, lex, info)
    if named is not None:
        return named.name, named
    want = wanted(head, lex, info)
    if want is not None:
        return resolve(head.idx, head.sent.start_char, want, seen, others), None
    if head.pos_ == "PRON":
        return None, None
    return core_text(head), None  # "the joint statement": a plain description, not a name


def _to_quotes(info: DocInfo, found: list[Found], lex: _lexicon.Lexicon) -> list[Quote]:
    doc, text = info.doc, info.text
    others = mentions(info, lex)
    names: dict[int, str | None] = {}
    seen: list[Named] = []
    heads = sorted({f.speaker_head.i: f.speaker_head for f in found if f.speaker_head is not None}.values(),
                   key=lambda t: t.i)
    for head in heads:
        name, named = _name(head, lex, info, seen, others)
        names[head.i] = name
        if named is not None:
            seen.append(named)
    quotes = []
    for f in found:
        cs, ce = char_span(doc, f.content)
        spk = _speaker_range(f)
        speaker = char_span(doc, spk) if spk else None
        cue = char_span(doc, f.cue) if f.cue else None
        quotes.append(Quote(
            content=(cs, ce), content_text=text[cs:ce],
            speaker=speaker, speaker_text=text[speaker[0]:speaker[1]] if speaker else "",
            speaker_name=names.get(f.speaker_head.i) if f.speaker_head is not None else None,
            cue=cue, cue_text=text[cue[0]:cue[1]] if cue else "",
            kind=f.kind,
        ))
    return quotes


def quotes_for_text(text: str, keep_unattributed: bool = True) -> list[Quote]:
    """Parse ``text`` with dateline's spaCy pipeline and return its quotations."""
    from .. import nlp

    return extract_quotes(nlp.parse(text), keep_unattributed=keep_unattributed)
