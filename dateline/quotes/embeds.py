"""Posts embedded from social networks, as scraped article text keeps them: the post's words, then
its signature ("Seattle Fire crews treating 5 patients. pic.twitter.com/x -- Seattle Fire Dept
(@SeattleFire) November 10, 2016"; patterns in data/embed_signatures.txt). The words are the
author's, a direct quotation without marks: the content runs back from the signature over whole
sentences, at most :data:`MAX_POST` characters, never past the paragraph's start or the signature
of the post before; links and picture addresses at its end are left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .lexicon import Lexicon
from .tokens import Found, token_range

MAX_POST = 280  # characters: the longest post of the networks embedded
_CLOSING_TAG = re.compile(r"\s*</[A-Za-z]+>")
_LEADING_TAG = re.compile(r"\s*(?:<[A-Za-z][^<>\n]{0,300}>\s*)+")
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+|#\w+https?://\S+))+\s*$")


def _signatures(text: str, lex: Lexicon) -> list[re.Match[str]]:
    found = [m for p in lex.embeds for m in p.finditer(text)]
    found.sort(key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _post_start(doc: Doc, floor: int, end: int) -> int | None:
    """Where the post that ends at character ``end`` starts: the first sentence start from which
    the post is at most MAX_POST characters long, not before ``floor``; else the start of the
    sentence it ends in."""
    starts = sorted({s.start_char for s in doc.sents if floor <= s.start_char < end} | {floor})
    fitting = [s for s in starts if end - s <= MAX_POST]
    if fitting:
        return fitting[0]
    return starts[-1] if starts else None


def embedded_posts(doc: Doc, lex: Lexicon, taken: list[tuple[int, int]],
                   hidden: list[tuple[int, int]] | None = None) -> list[Found]:
    """The embedded posts of ``doc`` with their authors (kind "direct", the signature's dash or
    "A post shared by" as the cue); a post that overlaps a content already found (``taken``,
    token ranges) is left to it. The token ranges of posts delivered as markup elements, which
    are not returned, are added to ``hidden``."""
    text = doc.text
    out: list[Found] = []
    prev_end = 0
    for m in _signatures(text, lex):
        # a post delivered as a markup element ('<tweet author="@x">...</tweet>') is not text of the
        # article: PolNeAR's annotators leave these out, and so does this pass (its words still
        # are the post's, no one's reported speech: ``hidden``)
        in_markup = _CLOSING_TAG.match(text, m.end()) is not None
        para_start = text.rfind("\n", 0, m.start()) + 1
        floor = max(prev_end, para_start)
        prev_end = m.end()
        end = m.start()
        body = _TRAILING_LINKS.sub("", text[floor:end])
        end = floor + len(body.rstrip())
        markup = _LEADING_TAG.match(text, floor, end)  # '<tweet id="..." author="@x">' kept by some feeds
        if markup is not None:
            floor = markup.end()
        while floor < end and text[floor].isspace():
            floor += 1
        if end - floor < 2:
            continue
        start = _post_start(doc, floor, end)
        content = token_range(doc, start, end) if start is not None and start < end else None
        name = token_range(doc, m.start("name"), m.end("name"))
        cue = token_range(doc, m.start("cue"), m.end("cue"))
        if content is None or name is None or cue is None:
            continue
        if any(s < content[1] and content[0] < e for s, e in taken):
            continue
        if in_markup:
            if hidden is not None:
                hidden.append(content)
            continue
        head = doc[name[0]:name[1]].root
        out.append(Found(content=content, cue=cue, speaker_head=head, kind="direct", cue_token=cue[0],
                         speaker_span=name))
    return out
