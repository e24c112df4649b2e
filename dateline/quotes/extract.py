"""Find the quotations of a parsed article and who said them.

Three passes over one spaCy Doc (sentences, tags and the dependency parse are all it needs):

1. quotation marks (:mod:`.marks`) and direct quotations with their speakers (:mod:`.direct`);
2. reported speech from the cue lexicon and the parse (:mod:`.reported`), outside quotations;
3. speakers: each attribution's local mention and the name it stands for (:mod:`.speakers`).
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..marks import Quoted, find_quoted
from ..places.gazetteer import load as load_gazetteer
from . import lexicon as _lexicon
from .antecedents import SPEAKING_PRONOUNS, coordination, pronoun_antecedent
from .direct import direct_quotes, glued_name, opens_after_lead_in, opens_paragraph, paragraph_ids
from .documents import is_text, text_author
from .edges import complete_marks, with_owner
from .embeds import embedded_posts
from .model import Quote
from .reported import reported_speech
from .speakers import (
    LATER_WINDOW,
    ORG_LABELS,
    OWNER_LABELS,
    DocInfo,
    Named,
    compatible,
    core_text,
    country_key,
    mentions,
    name_of,
    noun_phrase,
    people_of,
    portfolio_of,
    resolve,
    wanted,
)
from .tokens import GLUED_SENTENCE, Found, char_span, trim

log = logging.getLogger(__name__)

BOILERPLATE_MAX = 1000  # characters: site furniture is a short paragraph, never a whole article


def extract_quotes(doc: Doc, keep_unattributed: bool = True, stances: bool = True,
                   names: Sequence[tuple[int, int, str]] | None = None) -> list[Quote]:
    """Every quotation and reported statement in ``doc``, in text order.

    Offsets are character offsets into ``doc.text``. Quotations in marks whose speaker cannot
    be found are kept with ``speaker=None`` unless ``keep_unattributed`` is False. Stances on a
    plain noun phrase ("rejected the proposal", kind "stance") are left out when ``stances`` is
    False. ``names`` are the text's names as (character start, end, label), such as the mentions
    of :func:`dateline.entities.extract_entities`, whose mended names and labels then stand for the
    model's entities when speakers are named and resolved.
    """
    lex = _lexicon.load()
    if not doc.has_annotation("DEP"):
        raise ValueError("extract_quotes needs a parsed Doc (tagger and parser), e.g. dateline.nlp.parse(text)")
    info = DocInfo.of(doc, names)
    quoted = find_quoted(info.text)
    direct = direct_quotes(doc, quoted, lex, info.text)
    # names inside quotations are not speakers' antecedents (a dash quotes only when attributed)
    info.quoted = [(q.start, q.end) for q, f in zip(quoted, direct, strict=True) if not q.dash or f is not None]
    para = paragraph_ids(doc)
    found: list[Found] = [f for f in direct if f is not None and f.speaker_head is not None]
    loose = [f for f in direct if f is not None and f.speaker_head is None]
    used = {f.cue_token for f in found if f.cue_token is not None}
    # the verbs of a quotation inside a sentence are quoted words, not cues of their own ('He
    # warned of a split "between a China that believes ..."'); a quotation standing as a sentence
    # with no speaker yet is left to reported speech, as PolNeAR reads quoted blocks
    taken = [f.content for f in found]
    # posts embedded from social networks ("... -- Name (@handle) November 3, 2016"): their words
    # are the author's, the verbs in them no cues
    hidden: list[tuple[int, int]] = []
    posts = embedded_posts(doc, lex, taken, hidden)
    found.extend(posts)
    taken += [f.content for f in posts] + hidden
    marked = [f.content for f in loose if f.kind != "direct" and not any(_unclosed(quoted[n]) for n in f.quoted)]
    reported = reported_speech(doc, lex, taken, used, para, marked)
    # a quotation standing as a sentence that continues a speaker before it ('Vitrenko warns that
    # ... . "Putin will try ..."') is that speaker's words: the verbs in it are quoted, not cues
    one_voice = [g for g in reported if g.speaker_head is not None and _one_person(g.speaker_head, lex)
                 and g.cue_token is not None and _says(doc[g.cue_token], lex)]
    continuing = _continuing_quotes(doc, loose, found + one_voice, quoted, para)
    if continuing:
        reported = reported_speech(doc, lex, taken, used, para, marked + continuing)
    for f in reported:
        kind = _kind(doc, f, quoted)
        # a stance on a plain noun phrase stays one unless quoted words are in it
        f.kind = "stance" if f.kind == "stance" and kind == "indirect" else kind
    found.extend(reported)
    covered = [f.content for f in reported + posts]
    # a quotation no attribution took: part of reported speech (dropped, the reported clause
    # is "mixed"), the next paragraph of the last speaker, or a quotation with no speaker
    overlaps = _overlap_index(covered)
    speakers = _Speakers(found, para)
    for f in loose:
        if overlaps(f.content):
            continue
        if f.kind == "direct":
            opens = opens_paragraph(doc, f.content[0], para) or opens_after_lead_in(doc, f.content[0], para)
            _continue_speaker(f, speakers, opens)
            # a statement issued just before, unless a person went on speaking since
            if opens and not _after_direct(f, found, para) and not (
                    f.speaker_head is not None and _one_person(f.speaker_head, lex)):
                lead = _statement_lead_in(doc, f.content[0], para, lex)
                if lead is not None:
                    f.speaker_head, f.cue, f.cue_token = lead.speaker_head, lead.cue, lead.cue_token
        if f.speaker_head is None and _title_like(doc, f.content):
            continue  # 'the author of "Bloodlands," "Black Earth," ...': a title, not words spoken
        if f.speaker_head is not None or keep_unattributed and f.kind == "direct":
            f.kind = "direct"
            found.append(f)
            speakers.add(f)
    links = link_paragraphs(doc, lex, para) | boilerplate_paragraphs(doc, lex, para)
    found = [f for f in found if para[f.content[0]] not in links]
    for f in found:
        f.content = with_owner(doc, _after_dateline(doc, f.content, lex, info.text))
    if not stances:
        found = [f for f in found if f.kind != "stance"]
    found = [f for f in found if not _unsourced_credit(f, found)]
    found.sort(key=lambda f: f.content[0])
    _run_speakers(doc, found, quoted)
    return _distinct(_to_quotes(info, found, lex, quoted))


def _run_speakers(doc: Doc, found: list[Found], quoted: list[Quoted]) -> None:
    """A quotation left open at its line's end with no speaker takes the speaker of the
    attribution that holds the rest of its run ('"It lasted a long time.\nYou could tell" it
    was larger, said Alicia Mullin')."""
    for f in found:
        if f.speaker_head is not None or f.kind != "direct":
            continue
        ends = [quoted[n] for n in f.quoted if quoted[n].run and quoted[n].open_end]
        if not ends:
            continue
        rest = next((q for q in quoted if q.run and q.start >= ends[-1].end), None)
        if rest is None:
            continue
        for g in found:
            if g.speaker_head is not None and g is not f:
                s, e = char_span(doc, g.content)
                if s <= rest.start < e or rest.start <= s < rest.end:
                    f.speaker_head, f.cue, f.cue_token = g.speaker_head, g.cue, g.cue_token
                    f.speaker_span = g.speaker_span
                    break


def _unsourced_credit(f: Found, found: list[Found]) -> bool:
    """"As reported, [Macron said that ...]": reported content with no source of its own that holds
    an attribution with a speaker is the writer's credit line, not a second attribution."""
    return f.speaker_head is None and f.kind != "direct" and any(
        g is not f and g.speaker_head is not None and g.cue_token is not None
        and f.content[0] <= g.cue_token < f.content[1] for g in found)


TITLE_WORDS = 4


def _title_like(doc: Doc, content: tuple[int, int]) -> bool:
    """A short quotation with every word capitalised ("Black Earth", "On Tyranny") is the title of a
    book, a film or an operation, not something said."""
    words = [t for t in doc[content[0]:content[1]] if t.is_alpha]
    return 0 < len(words) <= TITLE_WORDS and all(t.text[:1].isupper() for t in words)


def _overlap_index(ranges: list[tuple[int, int]]):
    """A test of whether a range overlaps any of ``ranges``, in logarithmic time (sorted starts and the
    running maximum of their ends), so that testing every quotation of a text stays near linear."""
    spans = sorted(ranges)
    starts = [a for a, _ in spans]
    reach: list[int] = []
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def overlaps(r: tuple[int, int]) -> bool:
        k = bisect.bisect_left(starts, r[1])  # the ranges that start before r ends
        return k > 0 and reach[k - 1] > r[0]

    return overlaps


def _distinct(quotes: list[Quote]) -> list[Quote]:
    """One attribution per content and speaker: two passes may read the same one ("According to
    X, "..."" is both a direct quotation and an "according to" clause), or one inside the other
    with the same speaker and cue (a quoted phrase inside the mixed quote that holds it)."""
    seen: set[tuple[tuple[int, int], tuple[int, int] | None]] = set()
    out = []
    same: dict[tuple, list[Quote]] = {}  # the quotes of one speaker and cue (compared only among themselves)
    for q in quotes:
        if q.cue is not None:
            same.setdefault((q.speaker, q.cue), []).append(q)
    inner: set[int] = set()
    for group in same.values():
        # one sweep by start (longer first): a quote lies inside another of its group when a different,
        # earlier-starting range reaches its end
        reach, k = -1, 0
        group.sort(key=lambda q: (q.start, -q.end))
        while k < len(group):
            j = k
            while j < len(group) and (group[j].start, group[j].end) == (group[k].start, group[k].end):
                j += 1
            if reach >= group[k].end:
                inner.update(id(q) for q in group[k:j])
            reach = max(reach, group[k].end)
            k = j
    for q in quotes:
        inside = id(q) in inner
        if (q.content, q.speaker) not in seen and not inside:
            seen.add((q.content, q.speaker))
            out.append(q)
    return out


def _after_dateline(doc: Doc, span: tuple[int, int], lex: _lexicon.Lexicon, text: str) -> tuple[int, int]:
    """A content range without the wire dateline it starts with ("MINSK, 30 September (BelTA) – ")."""
    start = doc[span[0]].idx
    if start > 0 and text[start - 1] != "\n":
        return span
    for pattern in lex.datelines:
        m = pattern.match(text, start, doc[span[1] - 1].idx)
        if m is not None:
            k = span[0]
            while k < span[1] - 1 and doc[k].idx < m.end():
                k += 1
            return (k, span[1])
    return span


def link_paragraphs(doc: Doc, lex: _lexicon.Lexicon, para: list[int]) -> set[int]:
    """Paragraphs that link another story ("Read also: Minister says ..."; data/link_labels.txt)."""
    out: set[int] = set()
    for t in doc:
        if t.text == ":":
            start = _para_start(t.i, para)
            if t.i - start <= 4 and doc[start:t.i].text.strip().lower() in lex.link_labels:
                out.add(para[t.i])
    return out


def boilerplate_paragraphs(doc: Doc, lex: _lexicon.Lexicon, para: list[int]) -> set[int]:
    """Paragraphs of site furniture ("Sign up to our newsletter", "see our Privacy Policy";
    data/boilerplate.txt)."""
    out: set[int] = set()
    start = 0
    for i in range(1, len(doc) + 1):
        if i == len(doc) or para[i] != para[start]:
            chunk = doc[start:i].text
            if len(chunk) <= BOILERPLATE_MAX and any(p.search(chunk) for p in lex.boilerplate) and any(
                    _furniture(sent, lex) for sent in doc[start:i].sents):
                out.add(para[start])
            start = i
    return out


def _furniture(sent: Span, lex: _lexicon.Lexicon) -> bool:
    """Is ``sent`` site furniture ("Sign up for our newsletter", "You can receive this update by
    email", "Subscribe here")? It matches data/boilerplate.txt and tells no past event: a news
    sentence that mentions a newsletter or terms of service ("Twitter said threats had long been
    against its terms of service") reports, with a verb in the past, or runs long ("this ecosystem now
    includes websites, talk-radio programs, newsletters, conferences and ...")."""
    return (sum(not t.is_space for t in sent) <= FURNITURE_WORDS and any(p.search(sent.text) for p in lex.boilerplate)
            and not any(t.tag_ == "VBD" for t in sent))


FURNITURE_WORDS = 30


def _para_start(i: int, para: list[int]) -> int:
    while i > 0 and para[i - 1] == para[i]:
        i -= 1
    return i


def _unclosed(q: Quoted) -> bool:
    """A quotation left open at its paragraph's end that no later mark closes (maybe a stray mark)."""
    return q.open_end and not q.run


def _says(cue: Token, lex: _lexicon.Lexicon) -> bool:
    """Is a reported-speech cue one after which the speaker may go on in a quotation: a verb of
    saying ("warns", "notes") or of holding a view ("is convinced")?"""
    lemma = cue.lemma_.lower()
    return lex.speech(lemma) or lemma in lex.holders


def _one_person(head: Token, lex: _lexicon.Lexicon) -> bool:
    """Is a speaker head one person (a person's name, "he", "she", "the spokesman"), who may go on
    speaking in a quotation after reported speech? (A group, a text or a country rarely does.)"""
    if head.tag_ in ("NNS", "NNPS"):
        return False
    if head.pos_ == "PRON":
        return head.lower_ in ("he", "she")
    role = lex.roles.get(head.lemma_.lower())
    # a name the tagger left unlabelled here, or mislabelled ("Vitrenko" as a place) but took for
    # a person elsewhere in the article, is a person's
    name = head.pos_ == "PROPN" and (head.ent_type_ in ("PERSON", "") or any(
        t.ent_type_ == "PERSON" and t.text == head.text for t in head.doc))
    return name or role is not None and role.kind == "person"


def _continuing_quotes(doc: Doc, loose: list[Found], found: list[Found], quoted: list[Quoted],
                       para: list[int]) -> list[tuple[int, int]]:
    """The token ranges of standalone quotations (closed in their paragraph) that continue a
    speaker found outside them: a quotation after a speaker in its paragraph, or opening a
    paragraph after one with a speaker."""
    out = []
    speakers = _Speakers(found, para)
    for f in loose:
        if f.kind != "direct" or any(_unclosed(quoted[n]) for n in f.quoted):
            continue
        s, e = f.content
        if any(quoted[n].run for n in f.quoted):  # a statement quoted over paragraphs
            out.append(f.content)
            continue
        probe = Found(content=f.content, cue=None, speaker_head=None, kind="direct")
        opens = opens_paragraph(doc, s, para) or opens_after_lead_in(doc, s, para)
        _continue_speaker(probe, speakers, opens, skip=(s, e))
        if probe.speaker_head is not None:
            out.append(f.content)
            speakers.add(probe)  # the next paragraph of the quotation may continue it
    return out


LEAD_IN_PARAGRAPHS = 2  # a statement issued this many paragraphs before may be the one quoted


def _after_direct(f: Found, found: list[Found], para: list[int]) -> bool:
    """Is there a quotation with a speaker in the paragraph of ``f`` or the one before it?"""
    p = para[f.content[0]]
    return any(g.kind == "direct" and g.speaker_head is not None and g.content[0] < f.content[0]
               and p - 1 <= para[g.content[0]] <= p for g in found)


def _statement_lead_in(doc: Doc, start: int, para: list[int], lex: _lexicon.Lexicon) -> Found | None:
    """A text issued just before a quotation that opens a paragraph: "The participants have issued
    a joint statement. [...] "One year ago, we ..."" is the statement, its issuer the speaker."""
    p = para[start]
    k = start - 1
    while k >= 0 and para[k] >= p - LEAD_IN_PARAGRAPHS:
        t = doc[k]
        if t.pos_ == "VERB" and t.lemma_.lower() in lex.authoring and para[k] < p:
            obj = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.documents), None)
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None and subj is not None:
                return Found(content=(start, start + 1), cue=(t.i, t.i + 1), speaker_head=subj, kind="direct",
                             cue_token=t.i)
        k -= 1
    return None


class _Speakers:
    """The quotations and statements with a speaker, by the paragraph they stand in and in text
    order, so that finding the last speaker before a quotation is a search, not a scan of all."""

    def __init__(self, found: list[Found], para: list[int]) -> None:
        self.para = para
        # paragraph -> (positions, items), once for direct quotations and once for all
        self.direct: dict[int, tuple[list[int], list[Found]]] = {}
        self.every: dict[int, tuple[list[int], list[Found]]] = {}
        for g in found:
            self.add(g)

    def where(self, g: Found) -> int:
        # a quotation that continues one paragraphs before stands where it is, not at that cue
        if g.cue_token is None or self.para[g.cue_token] < self.para[g.content[0]]:
            return g.content[0]
        return g.cue_token

    def add(self, g: Found) -> None:
        if g.speaker_head is None:
            return
        w = self.where(g)
        for table in (self.every, self.direct) if g.kind == "direct" else (self.every,):
            keys, items = table.setdefault(self.para[w], ([], []))
            k = bisect.bisect_right(keys, w)  # after equal positions: the earlier one wins ties
            keys.insert(k, w)
            items.insert(k, g)

    def last(self, start: int, paragraphs: tuple[int, ...], skip: tuple[int, int] | None = None) -> Found | None:
        """The last speaker standing before token ``start`` in ``paragraphs``, a direct quotation's
        rather than a statement's, leaving out those whose cue is inside ``skip``."""
        for table in (self.direct, self.every):
            best: tuple[int, Found] | None = None
            for p in paragraphs:
                keys, items = table.get(p, ((), ()))
                k = bisect.bisect_left(keys, start) - 1
                while k >= 0 and self._skipped(items[k], skip):
                    k -= 1
                if k > 0:  # among equal positions the first added is the one kept
                    k = next(j for j in range(bisect.bisect_left(keys, keys[k], 0, k), k + 1)
                             if not self._skipped(items[j], skip))
                if k >= 0 and (best is None or keys[k] > best[0]):
                    best = (keys[k], items[k])
            if best is not None:
                return best[1]
        return None

    @staticmethod
    def _skipped(g: Found, skip: tuple[int, int] | None) -> bool:
        return skip is not None and g.cue_token is not None and skip[0] <= g.cue_token < skip[1]


def _continue_speaker(f: Found, speakers: _Speakers, opens: bool, skip: tuple[int, int] | None = None) -> None:
    """A quotation standing as a sentence with no speaker of its own continues the last speaker
    before it in its paragraph ('Sanders "has ...," Sroka said. "..."') or, when it opens the
    paragraph, the last speaker of the previous paragraph (quotes running over paragraphs).
    A quotation continues a quotation rather than the reported speech around it ('"...,"
    Jean-Pierre told reporters after Moscow said that ...' / '"..."' is still Jean-Pierre)."""
    p = speakers.para[f.content[0]]
    last = speakers.last(f.content[0], (p, p - 1) if opens else (p,), skip)
    if last is not None:
        f.speaker_head, f.cue, f.cue_token = last.speaker_head, last.cue, last.cue_token
        f.speaker_span = last.speaker_span


def _kind(doc: Doc, f: Found, quoted: list[Quoted]) -> str:
    s, e = char_span(doc, f.content)
    # a quotation inside the content, or one whose opening mark the parse left just before it
    inner = [q for q in quoted if (s <= q.start < e or q.start < s < q.end <= e)
             and not (q.dash and q.start >= e - 2)]  # "... border.-" touching a dash quote after it
    if not inner:
        return "indirect"
    if len(inner) == 1 and inner[0].start <= s + 1 and inner[0].end >= e - 1:
        return "direct"
    return "mixed"


def _speaker_range(f: Found) -> tuple[int, int] | None:
    head = f.speaker_head
    if head is None:
        return None
    if f.speaker_span is not None:
        return f.speaker_span
    own = f.content if head.i < f.content[0] or head.i >= f.content[1] else None
    lo, hi = noun_phrase(head, stop=own)
    # "Nvidia on Tuesday warned": a date the parse hung on the speaker is when, not who
    dated = next((c for c in head.rights if c.dep_ == "prep" and c.i < hi and c.right_edge.i == hi - 1
                  and c.right_edge.i > c.i and all(t.ent_type_ in ("DATE", "TIME") for t in head.doc[c.i + 1:hi])), None)
    if dated is not None:
        hi = dated.i
    cue = f.cue_token
    if cue is not None and head.i < cue < hi:
        # "Trump, the leading contender, who has opposed ...": the speaker ends at the relative
        # pronoun (PolNeAR's source there), before the cue and what it says
        branch = next((c for c in head.doc[head.i:hi] if c.dep_ == "relcl" and c.left_edge.i <= cue <= c.right_edge.i),
                      None)
        if branch is not None:
            rel = next((c for c in branch.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE), None)
            return lo, rel.i + 1 if rel is not None else max(head.i + 1, branch.left_edge.i)
    if cue is None or not lo <= cue < head.i:
        return lo, hi
    # "- ... - answered Lavrov" parsed with the cue inside the name's phrase: the cue is no part of
    # the speaker (a relative clause after the head stays: PolNeAR's source there is "who")
    doc = head.doc
    branch = next((c for c in head.lefts if c.left_edge.i <= cue <= c.right_edge.i), None)
    if branch is None:
        return lo, hi
    lo = branch.right_edge.i + 1
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    return lo, hi


def _speaker_cut(f: Found, spk: tuple[int, int] | None) -> tuple[int, int] | None:
    """A speaker's range ends before a token that glues two sentences
    ("said Dr. X in an interview with [TVN24.In] his opinion, "...""): what follows is no part of
    the speaker."""
    if spk is None or f.speaker_head is None:
        return spk
    doc = f.speaker_head.doc
    lo, hi = spk
    for k in range(max(lo, f.speaker_head.i + 1), hi):
        if GLUED_SENTENCE.search(doc[k].text):
            return trim(doc, (lo, k)) or spk
    return spk


_OWNER_PREPS = ("of", "for", "at", "from", "with")
_RELATIVE = ("who", "which", "that", "whom")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _organisation_of(head: Token, lex: _lexicon.Lexicon, info: DocInfo) -> str | None:
    """The organisation a person named only by a role speaks for: "a representative of [the White
    House]", "a spokesman for [the local police]" (an organisation name, or a noun with a
    modifier; not "the head of state")."""
    role = lex.roles.get(head.lemma_.lower()) or lex.roles.get(head.lower_)
    if role is None or role.kind != "person" or head.tag_ in ("NNS", "NNPS"):
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _OWNER_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        modified = obj.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") for c in obj.children)
        if head.lemma_.lower() in lex.offices or head.lower_ in lex.offices:
            # "the mayor of Kharkiv", "the head of the European Commission": the holder of an office
            # (data/office_roles.txt), not the place or the body speaking
            return head.doc[head.i:obj.right_edge.i + 1].text
        if info.label(obj.i) in ("GPE", "LOC") and prep.lower_ in ("from", "of") \
                and head.lemma_.lower() not in lex.offices:
            # "a retired teacher from Ohio", "a resident of Kharkiv": a person of a place, who does not
            # speak for it
            return f"{core_text(head)} {prep.text} {head.doc[obj.left_edge.i:obj.right_edge.i + 1].text}"
        if info.label(obj.i) in ORG_LABELS or obj.pos_ == "PROPN" or modified:
            named = name_of(obj, lex, info)
            return named.name if named is not None and named.kind == "org" else core_text(obj)
    return None


def _described(head: Token) -> str | None:
    """A role noun with adjectives, or in the plural, is its own description ("senior Ukrainian
    official", "Local officials", "organizers"); a bare singular one ("the spokesman") names no one."""
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("amod", "compound") for c in head.lefts):
        return core_text(head)
    return None


def _as_named(head: Token, name: str | None, want: tuple[str, str, bool], lex: _lexicon.Lexicon
              ) -> Named | None:
    """A speaker known only by a description, as an antecedent for later role nouns and pronouns."""
    if name is None:
        return None
    kind, gender, plural = want
    return Named(head.idx, name, kind, gender, plural, titles=frozenset({head.lemma_.lower()}))


def _indefinite(head: Token) -> bool:
    """"a spokesman", "an official": a new referent, never an earlier speaker."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


# Role nouns that are places, with the gazetteer kinds a place named before must have to be what they
# stand for.
PLACE_NOUNS = {"city": {"city"}, "town": {"city"}, "village": {"city"}, "country": {"country"},
               "nation": {"country"}, "state": {"region", "country"}, "province": {"region"}, "region": {"region"}}


def _place_kind(name: str) -> str:
    """The gazetteer kind of a name's best reading by its own name ("" when unknown)."""
    found = [c for c in load_gazetteer().lookup(name) if c.via == "name"]
    return max(found, key=lambda c: c.entry.population).entry.kind if found else ""


def _name(head: Token, lex: _lexicon.Lexicon, info: DocInfo, seen: list[Named], others: list[Named],
          later: list[Named], depth: int = 0) -> tuple[str | None, Named | None]:
    """The name a speaker head stands for, and the Named record it adds (if it is a name)."""
    # "Moskalyov's daughter Masha" parsed with the owner as the head: the one who speaks is the
    # noun set beside the owner, not the owner
    if any(c.dep_ == "case" for c in head.children):
        owned = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
        if owned is not None:
            head = owned
    if head.lower_ == "one" and head.pos_ in ("NUM", "PRON"):
        # "One of them, a retired teacher from Ohio, said": the one described in apposition
        described = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if described is not None:
            head = described
    named = name_of(head, lex, info)
    if named is not None:
        return named.name, named
    text = head if is_text(head, lex) else None
    speaking_pronoun = head.pos_ == "PRON" and head.lower_ in SPEAKING_PRONOUNS
    if speaking_pronoun and depth < 2:
        # "The report lists strikes on Kharkiv. It says ...": the subject before that can speak
        ante = pronoun_antecedent(head, lex, info.quoted, info.speakers, info.people)
        group = coordination(ante) if ante is not None else None
        if group is not None:  # "Cruz and Rubio ... They said": the group, not its first name
            return info.doc[group[0]:group[1]].text, None
        if ante is not None and is_text(ante, lex):
            text = ante
        elif ante is not None and ante.pos_ != "PRON":
            name, _ = _name(ante, lex, info, seen, others, later, depth + 1)
            return (name if name is not None else core_text(ante)), None
    if text is not None and depth < 2:
        # a text speaks for its author: "the statement says" after "The ministry issued a statement"
        author = text_author(text, lex)
        if author is not None and author.i != head.i:
            name, _ = _name(author, lex, info, seen, others, later, depth + 1)
            if name is not None:
                return name, None
            if author.pos_ in ("NOUN", "PROPN"):
                return core_text(author), None  # "the ministry", named no further
        return core_text(text), None
    titled = _country_role(head, lex, info, seen, others, later)
    if titled is not None:
        return titled, None
    want = wanted(head, lex, info)
    if want is not None:
        if _indefinite(head):
            # "a spokesman for the local police": a new speaker, named by the organisation, whom
            # a later "the spokesman" stands for
            org = _organisation_of(head, lex, info) or _described(head)
            return org, _as_named(head, org, want, lex)
        pronoun = head.pos_ == "PRON"
        if not pronoun and want[2]:
            # "Local officials", "Experts": a group described, not someone named before; only
            # "the organizers" may be the organizers described before
            own = _described(head)
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            modified = any(c.dep_ in ("amod", "compound") for c in head.lefts)
            roles = lex.titles_for(head.lemma_.lower())
            before = [c for c in reversed(seen) if c.start < head.idx and roles & c.titles and compatible(c, want)]
            if definite and not modified and before:
                return before[0].name, None
            return own, _as_named(head, own, want, lex)
        # only "the head of state" looks down the text for its name, not "officials" or "Ukrainian officials"
        # (a person: "the company said ... Microsoft estimated" is not Microsoft)
        forward = (not pronoun and not want[2] and want[0] == "person" and _described(head) is None
                   and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))
        # "his lawyer", "her spokesman": someone other than the owner, found only by the title
        owned = not pronoun and any(c.dep_ == "poss" for c in head.children)
        # "the governor of the Odesa region": someone introduced with that title, or named after it
        office = not pronoun and (head.lemma_.lower() in lex.offices or head.lower_ in lex.offices) and any(
            p.dep_ == "prep" and p.lower_ in _OWNER_PREPS for p in head.rights)
        # "the analyst", "the expert": only someone introduced as one (or as "Dr."), not the last minister
        commentator = not pronoun and head.lemma_.lower() in lex.commentators
        role = frozenset() if pronoun else lex.titles_for(head.lemma_.lower())
        if not pronoun and want[0] == "org" and head.lemma_.lower() not in lex.place_roles:
            # "the military", "the group": an institution, never the town or country named before
            others = [c for c in others if c.label not in PLACE_LABELS]
        if not pronoun and head.lemma_.lower() in PLACE_NOUNS and head.text.islower():
            # "The city agreed to pay": a city named before, not its police department nor its county
            kinds = PLACE_NOUNS[head.lemma_.lower()]

            def fits(c: Named) -> bool:
                return c.label in PLACE_LABELS and _place_kind(c.name) in kinds

            # ("officials in Kyiv ... The city said": a place is named in a phrase, so obliques count)
            others = [dataclasses.replace(c, oblique=False) for c in others if fits(c)]
            seen, later = [c for c in seen if fits(c)], [c for c in later if fits(c)]
        # "the presidential office", "the regional parliament": an institution its adjective describes
        # is one introduced with its title, else itself, never the last organisation named
        described_org = not pronoun and want[0] == "org" and any(
            c.dep_ == "amod" and c.pos_ == "ADJ" and c.text.islower() for c in head.lefts)
        name = resolve(head.idx, head.sent.start_char, want, seen, others, later if forward else None,
                       role=role | lex.commentators if commentator else role,
                       para_start=info.text.rfind("\n", 0, head.idx) + 1,
                       titled_only=owned or commentator or described_org, subjects_only=speaking_pronoun,
                       office=office, portfolio=portfolio_of(head) if role else frozenset())
        fitting = lex.named_roles.get(head.lemma_.lower())
        if name is not None and fitting and not fitting & set(name.lower().replace("-", " ").split()) and not (
                "@place" in fitting and any(c.name == name and c.label in PLACE_LABELS for c in others)):
            # "The army said" after "the Rapid Support Forces said": not that militia; "the government"
            # after "the National Hurricane Center said": not the forecasters
            name = None
        if name is None and fitting and not pronoun:
            # "... represented by the International Association of Machinists, the union said": a name
            # that says what it is may be named anywhere before, in a phrase too
            name = next((c.name for c in reversed(others) if c.start < head.idx and c.kind == "org"
                         and fitting & set(c.name.lower().replace("-", " ").split())), None)
        if name is None and owned and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            described = core_text(head)  # "the Russian prime minister's office", no one named
            described = described[4:] if described.lower().startswith("the ") else described
            # (whom a later "the office" stands for: "according to the ombudsman's office ... the office said")
            return described, _as_named(head, described, want, lex)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if name is None and owner is not None and want[0] == "org" and depth < 2:
            # "Netanyahu told Biden ..., his office said": the office of the one "his" stands for
            whose, _ = _name(owner, lex, info, seen, others, later, depth + 1)
            if whose is not None:
                return f"{whose}'s {core_text(head)}", None
        if name is None and not pronoun:
            # "the US defense official", "the organizers": a speaker described, whom a later "the
            # official" or "they" stands for
            name = _organisation_of(head, lex, info) or _described(head)
            return name, _as_named(head, name, want, lex)
        if name is not None and not pronoun and want[0] == "person" and not want[2]:
            # "The president had said ...": a later "he" of the paragraph may stand for him
            return name, _as_named(head, name, want, lex)
        return name, None
    if head.pos_ == "PRON":
        return None, None
    author = _author_of(head, lex, info)
    if author is not None:
        return author.name, author
    # "the joint statement": a plain description, not a name; "a representative of the White House";
    # "the US defense official" (a person described, whom a later "the official" stands for)
    org = _organisation_of(head, lex, info)
    if org is not None:
        return org, None
    role = lex.roles.get(head.lemma_.lower())
    if role is not None and role.kind == "org":
        # "The opposition Law and Justice (PiS) party said": the organisation named before its role noun
        found = {info.ent_at[k] for k in range(head.left_edge.i, head.i) if info.ent_at[k] >= 0}
        orgs = [(s, e) for label, s, e in (info.ents[n] for n in sorted(found))
                if label == "ORG" and head.left_edge.i <= s and e <= head.i]
        if len(orgs) == 1:
            named = name_of(head.doc[orgs[0][1] - 1], lex, info)
            return (named.name if named is not None else head.doc[orgs[0][0]:orgs[0][1]].text), None
    described = core_text(head)
    role = lex.roles.get(head.lemma_.lower())
    if role is not None and role.kind == "person":
        return described, _as_named(head, described, (role.kind, role.gender, head.tag_ in ("NNS", "NNPS")), lex)
    if head.tag_ in ("NNS", "NNPS") and head.pos_ in ("NOUN", "PROPN"):
        # "East European Nato members urged ...": a group that a later "they" stands for
        return described, _as_named(head, described, ("person", "-", True), lex)
    return described, None


def _country_role(head: Token, lex: _lexicon.Lexicon, info: DocInfo, seen: list[Named], others: list[Named],
                  later: list[Named]) -> str | None:
    """"Ukraine's ambassador to the U.S.", "the Kremlin spokesman": a person's role owned by a
    country or an organisation names the person only through the title; the name is the nearest
    one introduced with that title (and, if it was given one, the same owner), before or (within
    a short window) after ("... Ambassador Oksana Markarova added"), else None. "A Kremlin
    spokesman" is someone new, never resolved."""
    role = lex.roles.get(head.lemma_.lower())
    if role is None or role.kind != "person" or head.tag_ in ("NNS", "NNPS") or _indefinite(head):
        return None
    owners = [c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")
              and info.label(c.i) in OWNER_LABELS and c.i < head.i]
    if not owners:
        return None
    # the very title: "Germany's leader" is not any "chancellor"; but "the U.S. leader", "the
    # Belarusian minister" are the country's president or minister named before
    poss = any(c.dep_ == "poss" for c in owners)
    titles = frozenset({head.lemma_.lower()}) if poss else lex.titles_for(head.lemma_.lower())
    want = (role.kind, role.gender, False)
    # and of that country: "the U.S. President" is not "President Zelensky of Ukraine"
    keys = {country_key(c) for c in owners}

    def fits(cand: Named) -> bool:
        return bool(titles & cand.titles) and compatible(cand, want) and (
            not cand.countries or bool(keys & cand.countries))

    for cand in sorted((c for c in seen + others if c.start < head.idx), key=lambda c: -c.start):
        if fits(cand):
            return cand.name
    for cand in sorted(later + others, key=lambda c: c.start):
        if head.idx < cand.start < head.idx + LATER_WINDOW and fits(cand):
            return cand.name
    return None


def _author_of(head: Token, lex: _lexicon.Lexicon, info: DocInfo) -> Named | None:
    """The named author of a text that speaks: "the statement [by Catherine Colonna]", "a post
    [from the ministry]"."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and info.label(obj.i) in ("PERSON", "ORG"):
                return name_of(obj, lex, info)
    return None


_MARKS = "\"“”«»„"


def _past_dateline(head: Token, wire: list[tuple[int, int]]) -> Token:
    """The speaker a subject inside a wire dateline stands for: "NAIROBI, June 26 (Reuters) -
    Kenyan President William Ruto said", parsed with the city as the subject and the president
    its apposition, is said by the president."""
    end = next((e for s, e in wire if s <= head.idx < e), None)
    if end is None:
        return head
    return next((c for c in head.rights if c.dep_ == "appos" and c.idx >= end), head)


def _to_quotes(info: DocInfo, found: list[Found], lex: _lexicon.Lexicon, quoted: list[Quoted]) -> list[Quote]:
    doc, text = info.doc, info.text
    info.people = people_of(info, lex)
    others = mentions(info, lex)
    wire = info.datelines(lex)
    for f in found:
        if f.speaker_head is not None and wire:
            f.speaker_head = _past_dateline(f.speaker_head, wire)
    names: dict[int, str | None] = {}
    seen: list[Named] = []
    heads = sorted({f.speaker_head.i: f.speaker_head for f in found if f.speaker_head is not None}.values(),
                   key=lambda t: t.i)
    info.speakers = frozenset(h.i for h in heads)
    later = [n for n in (name_of(h, lex, info) for h in heads) if n is not None]
    for head in heads:
        name, named = _name(head, lex, info, seen, others, later)
        names[head.i] = name
        if named is not None and wire and any(s <= head.idx < e for s, e in wire):
            # "SEOUL (Reuters) - President Yoon ... declared": the dateline's city, parsed as the subject,
            # is no speaker a later "the presidential office" could stand for (the name is fixed below)
            continue
        if named is not None:
            seen.append(named)
    quotes = []
    spans = [char_span(doc, f.content) for f in found]
    # the first start, among the quotes found after each one, at or after its end (one backward sweep)
    limits: list[int | None] = [None] * len(found)
    later: list[int] = []
    for n in range(len(found) - 1, -1, -1):
        k = bisect.bisect_left(later, spans[n][1])
        limits[n] = later[k] if k < len(later) else None
        bisect.insort(later, spans[n][0])
    for n, f in enumerate(found):
        cs, ce = complete_marks(spans[n], quoted, text, limits[n])
        spk = _speaker_cut(f, _speaker_range(f))
        speaker = char_span(doc, spk) if spk else None
        cue = char_span(doc, f.cue) if f.cue else None
        name = names.get(f.speaker_head.i) if f.speaker_head is not None else None
        if speaker is not None and wire:
            # "BRUSSELS, Dec 14 (Reuters) - European Union leaders agreed": the dateline is not the speaker's
            cut = next((e for s, e in wire if s <= speaker[0] < e < speaker[1]), None)
            if cut is not None:
                at = text.find(name, speaker[0], speaker[1]) if name else -1
                speaker = (cut, speaker[1])
                if name and 0 <= at < cut < at + len(name):
                    name = text[cut:at + len(name)].strip()
                elif name and 0 <= at < cut:
                    # "NAIROBI, Kenya — Kenyan President William Ruto said", parsed with "NAIROBI" as the
                    # subject and Ruto its apposition: the name is the one of the speaker after the dateline
                    rest = doc.char_span(speaker[0], speaker[1], alignment_mode="contract")
                    if rest is not None and len(rest):
                        named = name_of(rest.root, lex, info)
                        name = named.name if named is not None else core_text(rest.root)
        head = f.speaker_head
        if name and head is not None and _named_only_inside(name, text, (cs, ce), head):
            # "Lawyer: Lindsay Lohan checks into rehab": a speaker is not someone first named in
            # the words it is reported to say
            name = None if head.pos_ == "PRON" else core_text(head)
        if head is not None and glued_name(head):
            # '"... paranoia,”Clinton said': the quotation ends at its mark, the name follows it
            mark = head.idx + max(head.text.rfind(c) for c in "”\"»") + 1
            speaker, name = (mark, head.idx + len(head)), head.text[mark - head.idx:]
            if head.i == f.content[1] - 1:
                ce = min(ce, mark)
        if speaker is not None and speaker[1] - speaker[0] > 1 and text[speaker[0]] in _MARKS:
            # 'at any time."Russia responded': a closing mark glued to the next sentence's subject
            speaker = (speaker[0] + 1, speaker[1])
            name = name.lstrip(_MARKS) if name else name
        quotes.append(Quote(
            content=(cs, ce), content_text=text[cs:ce],
            speaker=speaker, speaker_text=text[speaker[0]:speaker[1]] if speaker else "",
            speaker_name=name,
            cue=cue, cue_text=text[cue[0]:cue[1]] if cue else "",
            kind=f.kind,
        ))
    return quotes


def _named_only_inside(name: str, text: str, content: tuple[int, int], head: Token) -> bool:
    """Is ``name``, the name resolved for the speaker ``head``, first written inside ``content``,
    after the speaker mention and not in it?"""
    first = text.find(name)
    return (first >= 0 and head.idx < content[0] <= first < content[1]
            and name not in text[head.idx:head.idx + len(head.text)])


def quotes_for_text(text: str, keep_unattributed: bool = True, stances: bool = True) -> list[Quote]:
    """Parse ``text`` with dateline's spaCy pipeline and return its quotations."""
    from .. import nlp

    return extract_quotes(nlp.parse(text), keep_unattributed=keep_unattributed, stances=stances)
