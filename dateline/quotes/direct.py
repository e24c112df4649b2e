"""Direct quotations: quoted stretches that someone said, and who said them.

A quoted stretch is a *quotation* when it reads like speech: four words or more, or words that
close with the punctuation of speech inside the marks ("No," she said). Shorter stretches and
titles ("Saturday Night Live") are scare quotes or names; they are left to the reported-speech
pass, where they make a clause "mixed", and are never quotations by themselves.

A quotation's speaker is looked for only in its own sentence, in the *frames* around it:

* the text after it up to the end of the sentence ("...," spokesman Dmitry Peskov said);
* the text before it back to the start of the sentence (Peskov said: "...");
  a quotation that opens a sentence has an empty frame before it, so the search never looks
  into the previous sentence.

In a frame, a verb of saying from the lexicon with a subject gives the speaker, unless that
verb carries content of its own ("...." He said the talks failed). A frame that is only a
name and a colon ("Peskov: ...") makes the name the speaker and the colon the cue.

A quotation with no speaker in its frames continues a quotation of the same paragraph before
it ("...," he said. "..."), or, when it opens a paragraph, the last quotation of the previous
paragraph: the journalistic convention for quotes running over several paragraphs.

The title of a show or a paper in marks (on ABC's "This Week," ...) does not cut a sentence
into frames. After a comma, a verb of saying followed by a name has its speaker after it
('"...," that is, ..., said [Sam Smith]'). A quotation set off by dashes, as Polish and
Ukrainian news write it ("- ... - said the spokesman", :func:`.marks.find_dash_quoted`), counts
only with its attribution.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..marks import Quoted
from .lexicon import Lexicon
from .tokens import Found, cue_tokens, glued_between, hull, is_sentence_end, subject_of
from .tokens import token_range as _token_range

SPEECH_END = tuple(",?!—–-…:;")
DASHES = ("-", "–", "—")
MIN_WORDS = 4


def is_quotation(doc: Doc, q: Quoted, span: tuple[int, int], text: str) -> bool:
    """Does the quoted stretch read like speech rather than a scare quote or a title?"""
    s, e = q.inner(text)
    inner = text[s:e]
    words = [t for t in doc[span[0]:span[1]] if t.is_alpha]
    if not words:
        return False
    if q.split:  # "[Military actions] - said X - [they are possible]": the attribution splits it
        return True
    content = [t for t in words if not t.is_stop]
    title_like = bool(content) and all(t.text[:1].isupper() for t in content) and not inner.endswith((",", ".", "?", "!"))
    if title_like and len(words) < 8:
        return False
    if len(words) >= MIN_WORDS:
        return True
    return inner.endswith(SPEECH_END + (".",)) and (q.start == 0 or text[q.start - 1] in " \n\t(")


def _ends(doc: Doc, k: int) -> bool:
    """Does token ``k`` end a sentence? Not a full stop that a comma or a lower-case word follows
    ("Kelly, D-AZ., told ..."): an abbreviation."""
    if not is_sentence_end(doc[k]):
        return False
    j = k + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    return not (doc[k].text == "." and j < len(doc) and (doc[j].text in (",", ";") or doc[j].text[:1].islower()))


def _frame_before(doc: Doc, i: int, owner: list[int], para: list[int]) -> list[Token]:
    """Tokens from the start of the sentence (or the previous quotation) up to token ``i``."""
    out: list[Token] = []
    k = i - 1
    while k >= 0 and owner[k] < 0 and para[k] == para[i] and not _ends(doc, k):
        out.append(doc[k])
        k -= 1
    out.reverse()
    return [t for t in out if not t.is_space]


def _frame_after(doc: Doc, j: int, owner: list[int], para: list[int]) -> list[Token]:
    """Tokens from token ``j`` to the end of the sentence (or the next quotation)."""
    out: list[Token] = []
    k = j
    while k < len(doc) and owner[k] < 0 and para[k] == para[j - 1] and not _ends(doc, k):
        out.append(doc[k])
        k += 1
    return [t for t in out if not t.is_space]


def _own_content(verb: Token, ids: set[int]) -> bool:
    """Does the verb carry a clause of its own in its frame ("...." He said [the talks failed])?
    A participle with no subject is no content ('"...," he said [referring to ...]'), nor is a noun
    the parser made a clause ('- ... - said the Reuters agency a high-ranking [representative]')."""
    return any(c.dep_ in ("ccomp", "xcomp") and c.i in ids and c.pos_ not in ("NOUN", "PROPN")
               and not glued_between(verb.doc, verb.i, c.i)  # "said X on TVN24.In his view, it is ..."
               and not (c.tag_ == "VBG" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
               for c in verb.children)


def _content_ahead(verb: Token, frame: list[Token]) -> bool:
    """Does the verb of a frame after a quotation report a clause that lies beyond the frame ('In a
    speech on the "strategy for Africa," the diplomat argued that "[the United States ...]"'): the
    quotation ahead is its content, not the one behind."""
    last = frame[-1]
    doc = verb.doc
    if not (last.lower_ == "that" and last.i == verb.i + 1) or last.i + 1 >= len(doc):
        return False  # 'argued that "...': the frame ends on the verb's "that" ('Trump said "..."' may be a tail)
    at = doc[last.i + 1].idx
    if doc.text[at] not in "“\"«„" and doc.text[at:at + 2] not in ("‘‘", "``"):  # (or one typed as two)
        return False
    return any(c.dep_ == "ccomp" and c.i > last.i for c in verb.children)


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The syntactic head of a run of tokens that reads as a noun phrase, or None."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words or len(words) > 12:
        return None
    ids = {t.i for t in words}
    heads = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    head = heads[0] if len(heads) == 1 else None
    if head is None or head.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return head


def _after_verb(verb: Token, frame: list[Token]) -> Token | None:
    """The noun phrase right after the verb ("said [Smith, a spokesman]", "said in June [the
    spokesman of the Kremlin]"), skipping a time or place phrase before it, or None."""
    k = frame.index(verb)
    rest: list[Token] = []
    for t in frame[k + 1:]:
        if t.text in (",", ";", "(") and rest:
            break
        rest.append(t)
    while rest:
        head = _phrase_head(rest)
        if head is not None:
            return head
        # "added [the MP] to the regional parliament": the phrase before a preposition
        cut = next((j for j, t in enumerate(rest) if t.pos_ == "ADP" and j > 0), None)
        head = _phrase_head(rest[:cut]) if cut is not None else None
        if head is not None and head.pos_ in ("PROPN", "NOUN") and rest[0].pos_ != "ADP":
            return head
        # "wrote [on Twitter] the head of the government": the medium, one word after "on" or
        # "in", then the phrase of the speaker
        medium = (len(rest) > 2 and rest[0].lower_ in ("on", "in", "via") and rest[1].pos_ in ("PROPN", "NOUN")
                  and rest[2].pos_ in ("DET", "PROPN", "ADJ"))
        if medium:
            rest = rest[2:]
            continue
        # skip a time phrase only ("said [in June] the spokesman"), never "referring [to] X"
        timed = rest[0].ent_type_ in ("DATE", "TIME") or (
            rest[0].pos_ == "ADP" and len(rest) > 1 and rest[1].ent_type_ in ("DATE", "TIME"))
        if not timed:
            return None
        rest = rest[1:]
    return None


def _inverted(verb: Token, frame: list[Token], lex: Lexicon) -> Token | None:
    """"..., that is, forces fighting on the ground, said [Sam Cranny-Evans]": after a comma (or a
    dash: '"..." - informs [the Bureau]'), a verb of saying followed directly by a name or a role noun has its subject after it (not for
    verbs whose object is the listener: "..., told [Reuters]"; not "..., wrote on [Twitter]")."""
    k = frame.index(verb)
    sep = frame[k - 1].text if k > 0 else ""
    spaced = k > 0 and bool(frame[k - 1].whitespace_) and (k < 2 or bool(frame[k - 2].whitespace_))
    if sep != "," and not (sep in DASHES and spaced):  # a spaced dash, not "self-proclaimed"
        return None
    # '"..." - informs [the National Security Bureau]': after a dash, a verb with no subject of its
    # own in the frame has it after it, even a verb whose object is otherwise the listener
    subj = subject_of(verb)
    if verb.lemma_.lower() in lex.addressee_verbs and (sep == "," or subj is not None and subj in frame):
        return None
    if k + 1 >= len(frame) or frame[k + 1].pos_ not in ("PROPN", "DET", "NOUN", "ADJ"):
        return None
    head = _after_verb(verb, frame)
    if head is None or head.ent_type_ in ("DATE", "TIME") or head.pos_ == "PRON":
        return None
    if head.pos_ == "PROPN" or head.lemma_.lower() in lex.roles:
        return head
    return None


def _read_in(verb: Token, subj: Token, lex: Lexicon) -> Token | None:
    """'"..." - we read in a statement of [the National Security Bureau]': the reader is the writer;
    the one who speaks is the author of the text read (of / by / from X), when it is named, else
    the text itself when it is one that speaks for its issuer ('As we read in [the decision]: "..."')."""
    if verb.lemma_.lower() != "read" or subj.lower_ not in ("we", "you", "one"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
            text = next((c for c in prep.children if c.dep_ == "pobj"), None)
            for by in text.children if text is not None else ():
                if by.dep_ == "prep" and by.lower_ in ("of", "by", "from"):
                    author = next((c for c in by.children if c.dep_ == "pobj"), None)
                    if author is not None and author.pos_ in ("PROPN", "NOUN"):
                        return author
            if text is not None and text.lemma_.lower() in lex.documents:
                return text
    return None


def _speaker_in_frame(verb: Token, frame: list[Token], after: bool, lex: Lexicon) -> Token | None:
    """The verb's subject when it is in the frame; else the noun phrase beside the verb
    ("...," [Smith] said / "...," said [Smith, a spokesman]), which a misparse may have hidden."""
    ids = {t.i for t in frame}
    subj = subject_of(verb)
    if after:
        inverted = _inverted(verb, frame, lex)
        if inverted is not None and (subj is None or subj.i < verb.i):
            return inverted
    if subj is not None and subj.i in ids:
        return subj
    if after and subj is not None and subj.i == frame[0].i - 1 and glued_name(subj):
        return subj  # '"... paranoia,”Clinton said': the name glued to the closing mark
    k = frame.index(verb)
    between = frame[:k]
    if not after:  # 'Mitt Romney, the nominee, tweeted: "..."': the longest phrase before the verb
        for j in range(max(0, len(between) - 12), len(between)):
            head = _phrase_head(between[j:])
            if head is not None:
                return head
        return None
    if between:
        return _phrase_head(between)
    return _after_verb(verb, frame)


def _noun_cue(words: list[Token], lex: Lexicon) -> tuple[Token, Token] | None:
    """The tail of a quotation that is a name and a verb of saying in "-s" the tagger took for a
    plural noun ("Vitrenko comments", "the CEO notes"): the cue and the speaker's head."""
    if len(words) < 2 or len(words) > 6:
        return None
    last = words[-1]
    stems = (last.lower_[:-1], last.lower_[:-2]) if last.lower_.endswith("s") else ()
    if last.tag_ != "NNS" or not any(stem in lex.cues for stem in stems):
        return None
    head = _phrase_head(words[:-1])
    if head is None or head.pos_ not in ("PROPN", "PRON"):
        return None
    return last, head


def glued_name(tok: Token) -> bool:
    """A token that runs from inside a quotation over its closing mark into a capitalised word
    ("paranoia,”Clinton"): text typed without a space after the mark."""
    text = tok.text
    k = max(text.rfind(c) for c in "”\"»")
    return 0 < k < len(text) - 1 and text[k + 1].isupper()


def _attribute(frame: list[Token], span: tuple[int, int], lex: Lexicon, after: bool,
               inner_end: str, embedded: bool) -> Found | None:
    """The cue and speaker a frame gives the quotation at ``span``, or None."""
    if not frame:
        return None
    ids = {t.i for t in frame}
    words = [t for t in frame if not t.is_punct]
    if after:
        if inner_end not in SPEECH_END and words and words[0].text[:1].isupper() and words[0].pos_ != "VERB":
            return None  # "... ." He said ...: a new sentence, not an attribution tail
        if embedded:
            return None  # 'he said both are "non-entities," but he gave ...': part of reported speech
        verbs = [t for t in frame if t.pos_ in ("VERB", "AUX") and lex.speech(t.lemma_.lower())]
        # '"...," Smith recalled': right after a quotation closing on a comma any verb of the
        # tail attributes it; the lexicon is not needed
        if inner_end in SPEECH_END:
            first = next((t for t in frame[:6] if t.pos_ == "VERB"), None)
            if first is not None and first not in verbs:
                verbs.insert(0, first)
        verbs.sort(key=lambda t: t.i)
    else:
        if frame[-1].text not in (":", ",") and not (frame[-1].pos_ == "VERB"):
            return None  # 'said that "..."': reported speech with a quotation inside (mixed)
        verbs = [t for t in frame if t.pos_ == "VERB"]
        speech = [t for t in verbs if lex.speech(t.lemma_.lower())]
        # 'X recalled the freeze: "..."', 'Hillary shot back, "..."': a colon, or a comma right
        # after the verb, hands the quotation to the last verb whatever it is
        k = len(frame) - 2
        while k >= 0 and frame[k].dep_ in ("prt", "advmod") and frame[k].head.pos_ == "VERB":
            k -= 1
        adjacent = k >= 0 and frame[k].pos_ == "VERB"
        if verbs and (frame[-1].text == ":" or adjacent):
            # not a verb of a relative clause before the colon ("thanked the veterans who live
            # abroad: "..."": the veterans are not the speakers)
            own = [v for v in verbs if v.dep_ not in ("relcl", "acl")] if frame[-1].text == ":" else verbs
            verbs = (own or verbs)[-1:]
            # 'Bush declared that every country had to [decide]: "..."': a verb inside what a verb
            # of saying reports is part of it; the quotation is the words of that verb's speaker
            outer = next((s for s in speech if s.is_ancestor(verbs[0])), None)
            if outer is not None and not lex.speech(verbs[0].lemma_.lower()):
                verbs = [outer]
        else:
            verbs = speech[-1:]
            if frame[-1].pos_ == "VERB" and any(o.is_ancestor(frame[-1]) for o in speech):
                # 'said he hoped the pause would continue "as long as ..."': words quoted right after a
                # verb inside reported speech, with no comma or colon, are part of that speech (mixed)
                return None
    if not after and frame[-1].text == ":" and verbs and not lex.speech(verbs[0].lemma_.lower()):
        # "... doesn't surprise pollster Daron Shaw: "..."", "Pollsters agree - Carl Bialik: "...""
        # a name right before the colon, after a verb that is no verb of saying, is the speaker
        k = frame.index(verbs[0])
        for j in range(k + 1, len(frame) - 1):
            head = _phrase_head(frame[j:-1])
            # (not the object of a preposition right before it, a place the sentence ends on:
            # "... farewell at [Interlagos]: '...'"; "... overhype - [HuffPollster]:" is a byline)
            if head is not None and head.pos_ == "PROPN" and not (
                    head.dep_ == "pobj" and frame[j - 1].lower_ in _PLACE_PREPS and frame[j - 1].i == head.head.i):
                return Found(content=span, cue=(frame[-1].i, frame[-1].i + 1), speaker_head=head,
                             kind="direct", cue_token=frame[-1].i)
    if after and not verbs and inner_end in SPEECH_END:
        misread = _noun_cue(words, lex)
        if misread is not None:  # '"...," Vitrenko [comments].' with the cue tagged as a plural noun
            cue, subj = misread
            return Found(content=span, cue=(cue.i, cue.i + 1), speaker_head=subj, kind="direct", cue_token=cue.i)
    for verb in verbs:
        if _own_content(verb, ids) or after and _content_ahead(verb, frame):
            continue
        subj = _speaker_in_frame(verb, frame, after, lex)
        if subj is None:
            continue
        subj = _read_in(verb, subj, lex) or subj
        cue = hull(cue_tokens(verb))
        return Found(content=span, cue=cue, speaker_head=subj, kind="direct", cue_token=verb.i)
    # "according to X": the source is the object of "to"
    for t in frame:
        if t.lower_ in lex.phrases:
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.lower_ == lex.phrases[t.lower_]:
                obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.i in ids:
                    return Found(content=span, cue=(t.i, nxt.i + 1), speaker_head=obj,
                                 kind="direct", cue_token=t.i)
    # headline style "Peskov: ..." (a short name before a colon, nothing else)
    if not after and frame[-1].text == ":" and 1 < len(frame) <= 7:
        head = _phrase_head(frame[:-1])
        if head is not None and head.pos_ != "PRON":
            return Found(content=span, cue=(frame[-1].i, frame[-1].i + 1), speaker_head=head,
                         kind="direct", cue_token=frame[-1].i)
    return None


def direct_quotes(doc: Doc, quoted: list[Quoted], lex: Lexicon, text: str) -> list[Found | None]:
    """For every quoted stretch, its attribution, or None when it is no quotation.

    A quotation whose speaker cannot be found gets a Found with no speaker, of kind "direct"
    when it stands as a sentence of its own and "embedded" when it sits inside a sentence (the
    reported-speech pass may then take it as part of a mixed quote).
    """
    spans = [_dash_range(doc, q) if q.dash else _token_range(doc, q.start, q.end) for q in quoted]
    speech = [span is not None and not (q.single and not _single_ok(doc, span)) and is_quotation(doc, q, span, text)
              for q, span in zip(quoted, spans, strict=True)]
    # the title of a show or a paper does not cut a sentence into frames ('appeared on ABC's
    # "This Week," saying, "..."'); other quoted stretches do
    owner = [-1] * len(doc)
    for n, span in enumerate(spans):
        if span is not None and not _work_title(doc, span):
            for k in range(*span):
                owner[k] = n
    para = paragraph_ids(doc)
    found: list[Found | None] = []
    for n, q in enumerate(quoted):
        span = spans[n]
        if span is None or not speech[n] or owner[span[0]] < 0:
            found.append(None)
            continue
        s, e = q.inner(text)
        while e > s and text[e - 1] in "’'\"”»›":  # a quote inside the quote closes with it
            e -= 1
        inner_end = text[e - 1] if e > s else ""
        if q.dash:  # the closing dash ends the quoted words as a comma would ("... - Johnson told")
            inner_end = "-"
        # a dash opens a sentence of its own ("...Ukraine.- The investigation ... - said X")
        before = [] if q.dash else _frame_before(doc, span[0], owner, para)
        if before and before[-1].text in (")", "]"):
            # '... sealed her fate] "We dropped ...," she said': a caption or link in brackets right
            # before the quotation (web text run together) ends what came before it
            before = []
        after = _frame_after(doc, span[1], owner, para) if span[1] < len(doc) else []
        if not before and opens_paragraph(doc, span[0], para):
            before = _colon_paragraph_before(doc, span[0], owner, para)
        if _title_like(doc, span, before):
            found.append(None)
            continue
        embedded = any(t.pos_ in ("VERB", "AUX") for t in before) and before[-1].text not in (":", ",")
        if inner_end == "," or not (before and before[-1].text in (":", ",")):
            tries = [(after, True), (before, False)]
        else:
            tries = [(before, False), (after, True)]
        if before and before[-1].pos_ == "VERB" and inner_end.isalnum() and after and after[0].is_alpha:
            # 'said "there are no plans" to hold a parade': the quoted words go on outside the
            # marks, a mixed quote of the reported-speech pass
            tries = []
        hit = None
        for frame, is_after in tries:
            hit = _attribute(frame, span, lex, is_after, inner_end, embedded)
            if hit is not None:
                break
        if hit is None and q.dash and not q.tail:  # a dash quotes only with its attribution after it
            found.append(None)
            continue
        if hit is None:
            standalone = not before or all(t.is_punct for t in before) or before[-1].text == ":" or lead_in(before)
            # '"Protection of supplies" was also discussed': a quoted phrase that a predicate
            # follows in its sentence is part of the sentence, not a quotation of its own
            if inner_end.isalnum() and any(t.pos_ in ("VERB", "AUX") for t in after):
                standalone = False
            hit = Found(content=span, cue=None, speaker_head=None,
                        kind="direct" if standalone else "embedded")
        hit.quoted = [n]
        found.append(hit)
    _continue_speakers(found, para)
    return found


_TITLE_BEFORE = {"'s", "’s", "on", "in"}
# prepositions of place: "... at [Interlagos]:" ends on a place ("More from [Jones]:" is a source)
_PLACE_PREPS = {"at", "in", "on", "near", "outside", "inside", "into", "across", "over"}


def _work_title(doc: Doc, span: tuple[int, int]) -> bool:
    """A quoted title of a show or a paper: title-like words after a possessive or "on" / "in"
    (on ABC's "This Week," / in "The Atlantic")."""
    k = span[0] - 1
    if k < 0 or doc[k].lower_ not in _TITLE_BEFORE:
        return False
    return _title_like(doc, span, [doc[k]])


def _dash_range(doc: Doc, q: Quoted) -> tuple[int, int] | None:
    """Token range of a dash quotation, leaving out a token the dash is glued to ("Ukraine.-")."""
    span = doc.char_span(q.start, q.end, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


def _title_like(doc: Doc, span: tuple[int, int], before: list[Token]) -> bool:
    """A short stretch of capitalised words inside a sentence: a title or a name, not speech
    (on CNN's "State of the Union," ...; the thriller "Bloodline," ...)."""
    toks = doc[span[0]:span[1]]
    words = [t for t in toks if t.is_alpha]
    content = [t for t in words if not t.is_stop] or words
    if not words or len(words) > 6 or not all(t.text[:1].isupper() for t in content):
        return False
    if any(t.text in (".", "?", "!") for t in toks[:-2]):  # "Like Oakland. Or Ferguson," he said
        return False
    mid_sentence = bool(before) and before[-1].text != ":"
    speech_end = any(t.text in (",", "?", "!") for t in toks[-3:])
    return mid_sentence or len(content) >= 2 and not speech_end


def _colon_paragraph_before(doc: Doc, i: int, owner: list[int], para: list[int]) -> list[Token]:
    """For a quotation opening a paragraph: the last sentence of the previous paragraph when it
    ends with a colon ("17-year-old Jared Potts echoed:" / "..."), else nothing."""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text != ":" or owner[k] >= 0:
        return []
    return _frame_before(doc, k, owner, para) + [doc[k]]


def _single_ok(doc: Doc, span: tuple[int, int]) -> bool:
    """Single marks quote speech mostly in headlines and short texts; elsewhere ask for a clause."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc[span[0]:span[1]])


def paragraph_ids(doc: Doc) -> list[int]:
    ids, n = [], 0
    for t in doc:
        ids.append(n)
        if "\n" in t.text or "\n" in t.whitespace_:
            n += 1
    return ids


def _continue_speakers(found: list[Found | None], para: list[int]) -> None:
    """Give a speakerless quotation standing as a sentence the speaker of the quotation before it
    in the same paragraph ("...," he said. "...")."""
    last: Found | None = None
    for hit in found:
        if hit is None:
            continue
        if (hit.speaker_head is None and hit.kind == "direct" and last is not None
                and last.speaker_head is not None and para[last.content[0]] == para[hit.content[0]]):
            hit.speaker_head, hit.cue, hit.cue_token = last.speaker_head, last.cue, last.cue_token
        last = hit
    # '"The bridge is closed." "Nobody may cross it," the governor said.': a quotation with no
    # speaker, right before one attributed after it in the same paragraph, is the same speaker's
    hits = [h for h in found if h is not None]
    for hit, nxt in zip(hits[-2::-1], hits[:0:-1], strict=True):
        if (hit.speaker_head is None and hit.kind == "direct" and nxt.kind == "direct"
                and nxt.speaker_head is not None and nxt.cue_token is not None
                and nxt.cue_token >= nxt.content[1] and para[hit.content[0]] == para[nxt.content[0]]
                and all(t.is_space for t in nxt.speaker_head.doc[hit.content[1]:nxt.content[0]])):
            hit.speaker_head, hit.cue, hit.cue_token = nxt.speaker_head, nxt.cue, nxt.cue_token


def opens_paragraph(doc: Doc, i: int, para: list[int]) -> bool:
    """Is token ``i`` the first of its paragraph?"""
    return i == 0 or para[i - 1] != para[i] or all(t.is_space for t in doc[max(0, i - 2):i] if para[t.i] == para[i])


MAX_LEAD_IN = 4  # words


def lead_in(frame: list[Token]) -> bool:
    """Is ``frame`` (the words before a quotation, from the start of its sentence) only a short
    connective with a comma ("In contrast, "...""; "Still, "...""): no verb, nothing said?"""
    words = [t for t in frame if not t.is_punct]
    return (bool(frame) and frame[-1].text == "," and 0 < len(words) <= MAX_LEAD_IN
            and not any(t.pos_ in ("VERB", "AUX", "PROPN", "PRON") for t in frame))


def opens_after_lead_in(doc: Doc, i: int, para: list[int]) -> bool:
    """Does token ``i`` open its paragraph but for a short connective ("In contrast, "..."")?"""
    k = i - 1
    while k >= 0 and para[k] == para[i] and i - k <= MAX_LEAD_IN + 2:
        k -= 1
    start = k + 1
    if start == i or para[start] != para[i] or start > 0 and para[start - 1] == para[i]:
        return False
    return lead_in([t for t in doc[start:i] if not t.is_space])
