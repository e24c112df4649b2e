"""Names in lines written all in capitals ("UKRAINE WAR: PUTIN SIGNS ANNEXATION DECREES").

The small model tags all-capitals text badly (nothing, or the whole line as one ORG). :func:`caps_lines`
reads such a line again in a case-restored copy of the same length, so that offsets stay those of the
article: each word takes the form the rest of the article writes it in ("Putin", "NATO", "annexation"),
an acronym of data/acronyms.tsv or a short word without a vowel ("RCMP") stays in capitals, a known place or demonym is capitalised ("KHERSON"),
and any other word is lower case (a name the body never writes is lost, rather than every headline noun
read as a name). The copy is parsed
and its names replace the model's names in the line; the mentions keep the article's own text ("PUTIN").
A run of four capitals words or more inside a mixed-case line, one of them a function or headline word
("... the election. DEMOCRATS NOT LETTING COMEY OFF HOOK The latest ..."), is read the same way.
After the other rules, :func:`body_names` adds the words of such a line that the article names elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .keys import fold
from .lexicon import LABELS, Lexicon, word_set
from .spans import Span, doc_words, known_place

SOURCE = "caps"
ACRONYM_MAX = 5  # a word the article does not show, this short and without a vowel, is an acronym
MAX_BODY_NAME = 3  # tokens of a name of the body looked for in a capitals line
MIN_WORDS = 2  # alphabetic words a line needs to be read as an all-capitals line
MIN_UPPER_SHARE = 0.9  # of its letters in capitals
CAPS_PLACE_MIN_POPULATION = 15_000  # a word the article does not show is capitalised when a place this big
MIN_RUN_WORDS = 4  # capitals words in a row inside a line that make an inline headline
_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")
# "... the U.S. election. DEMOCRATS NOT LETTING COMEY OFF HOOK The latest emails ...": a crosshead run into the text
_CAPS_RUN = re.compile(r"(?<![\w'’.-])[A-Z][A-Z'’]*[A-Z](?:[ \t]+[A-Z][A-Z'’]*[A-Z]){" + str(MIN_RUN_WORDS - 1)
                       + r",}(?![\w'’-])")


def _lower_words() -> frozenset[str]:
    return word_set("caps_lower_words.txt")


_ASCII_LOWER = re.compile(r"[a-z]")


@lru_cache(maxsize=4)
def caps_line_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` written all in capitals (two words or more)."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        if len(_ASCII_LOWER.findall(line)) > (1 - MIN_UPPER_SHARE) * len(line):
            out.extend(_inline_runs(line, m.start()))
            continue  # more lower-case letters than a capitals line may have: no need to count them all
        letters = [ch for ch in m.group() if ch.isalpha()]
        words = [w for w in _WORD.findall(m.group()) if len(w) > 1]
        if len(words) < MIN_WORDS or not letters:
            continue
        if sum(ch.isupper() for ch in letters) / len(letters) >= MIN_UPPER_SHARE:
            out.append((m.start(), m.end()))
    return out


def _inline_runs(line: str, offset: int) -> list[tuple[int, int]]:
    """Runs of capitals words inside a mixed-case line that read as a headline: four words or more, one of
    them a function or headline word of data/caps_lower_words.txt (not a list of acronyms "NATO EU UN OSCE")."""
    lower = _lower_words()
    return [(offset + r.start(), offset + r.end()) for r in _CAPS_RUN.finditer(line)
            if any(w.casefold() in lower for w in _WORD.findall(r.group()))]


def _body_forms(text: str, ranges: list[tuple[int, int]]) -> dict[str, str]:
    """The form each word takes in the article outside the capital lines, not counting the first word of a
    sentence (folded word -> its commonest form)."""
    forms: dict[str, Counter] = defaultdict(Counter)
    pos = 0
    for a, b in [*ranges, (len(text), len(text))]:
        part = text[pos:a]
        for m in _WORD.finditer(part):
            before = part[:m.start()].rstrip(" \t\"'“‘(")
            if not before or before[-1] in ".!?\n:":
                continue  # a sentence's first word is capitalised whatever it is
            forms[m.group().casefold()][m.group()] += 1
        pos = b
    return {w: c.most_common(1)[0][0] for w, c in forms.items()}


def _name_like(word: str, lex: Lexicon) -> bool:
    """Is a word the article does not show a known name: a place of the gazetteer, a demonym or a name of
    the label table ("KREMLIN")?"""
    name = word[:1].upper() + word[1:].lower()
    return normalize(name) in demonyms() or name.lower() in lex.labels or \
        known_place(load_gazetteer(), name, CAPS_PLACE_MIN_POPULATION)


def _not_name_word(tok) -> bool:
    """A lower-case verb or function word of the copy, which the model may run into a name."""
    return tok.is_lower and tok.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "ADV")


def caps_tokens(doc: Doc) -> set[int]:
    """Tokens of the article's all-capitals lines."""
    return {t.i for a, b in caps_line_ranges(doc_words(doc).text) for t in doc.char_span(a, b, alignment_mode="expand") or ()}


def restore_case(line: str, forms: dict[str, str], lex: Lexicon) -> str:
    """The line with each word in the case the article or the word lists give it; same length as ``line``."""
    acronyms = {a for a in lex.acronyms if a.isalpha()}
    lower = _lower_words()
    out = []
    pos = 0
    for m in _WORD.finditer(line):
        word = m.group()
        out.append(line[pos:m.start()])
        key = word.casefold()
        prev = line[:m.start()]
        first = not prev.strip() or prev.rstrip()[-1] in ":.!?-–—|"
        if prev.endswith(("'", "’")) and key in ("s", "t", "ll", "re", "ve", "d", "m"):
            new = word.lower()  # "PUTIN'S", "WON'T"
        elif word in acronyms or len(word) <= ACRONYM_MAX and not any(ch in "AEIOUY" for ch in word.upper()):
            new = word  # "NATO", "RCMP", "BC"
        elif key in forms and len(forms[key]) == len(word):
            new = forms[key]
        elif key in lower and not first or not first and not _name_like(word, lex):
            new = word.lower()  # the first word of a line is capitalised, as in a sentence
        else:
            new = word[:1].upper() + word[1:].lower()
        if len(new) != len(word):
            new = word
        out.append(new)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out)


def _may_name(copy: str) -> bool:
    """Can a case-restored copy hold a name: a capital after its first letter, or a first word that is no
    function or headline word ("How did the delicious chocolate get its name" holds none: not parsed)?"""
    if any(ch.isupper() for ch in copy[1:]):
        return True
    first = _WORD.search(copy)
    return first is not None and first.group().casefold() not in _lower_words()


def caps_lines(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names of the all-capitals lines read from a case-restored copy (see the module's doc)."""
    text = doc_words(doc).text
    ranges = caps_line_ranges(text)
    if not ranges:
        return spans
    from dateline.nlp import parse_many  # the shared pipeline; imported here, where it is needed

    forms = _body_forms(text, ranges)
    found: list[Span] = []
    copies = [(a, b, restore_case(text[a:b], forms, lex)) for a, b in ranges]
    copies = [(a, b, c) for a, b, c in copies if _may_name(c)]
    for (a, _b, _c), copy in zip(copies, parse_many(c for _, _, c in copies), strict=True):
        for e in copy.ents:
            if e.label_ not in LABELS:
                continue
            toks = [t for t in e if not t.is_punct]
            while toks and _not_name_word(toks[0]):  # "harden Ukrainian" ORG (not "Cold war", "fox News")
                toks.pop(0)
            while toks and _not_name_word(toks[-1]):
                toks.pop()
            if not toks:
                continue
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            span = doc.char_span(a + start, a + end, alignment_mode="expand")
            if span is not None and span.end > span.start:
                found.append(Span(span.start, span.end, e.label_, "", SOURCE))
    line_tokens = caps_tokens(doc)
    kept = []
    for s in spans:
        inside = [k for k in range(s.start, s.end) if k in line_tokens]
        if not inside:
            kept.append(s)
        elif inside[0] > s.start:  # "at Interlagos WHO IS MAX VERSTAPPEN?": the name before the capitals run
            kept.append(Span(s.start, inside[0], s.label, s.role, s.source))
    return sorted(kept + found, key=lambda s: s.start)


def body_names(doc: Doc, spans: list[Span], caps: set[int]) -> list[Span]:
    """Words of the capitals lines that the copy's parse left untagged but that the article names elsewhere
    ("KYIV" beside "Kyiv" GPE, "PUTIN" beside "Vladimir Putin") take the label of that name; so do the
    copy's names that the body types otherwise ("KHERSON" PERSON beside "Kherson" GPE)."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        if any(k in caps for k in range(s.start, s.end)):
            continue
        if s.end - s.start == 1 and doc[s.start].is_sent_start:
            continue  # a one-word sentence opener ("Chocolate fans ..." ORG) is weak evidence of a name
        labels[fold(doc[s.start: s.end].text)][s.label] += 1
        if s.label == "PERSON" and s.end - s.start >= 2 and doc[s.end - 1].is_alpha:
            labels[fold(doc[s.end - 1].text)]["PERSON"] += 1
    for s in spans:  # one name, one sense: "KHERSON" is what the body's mended "Kherson" is
        if any(k in caps for k in range(s.start, s.end)) and s.source != "product_name":
            body = labels.get(fold(doc[s.start: s.end].text))
            if body and body.most_common(1)[0][0] != s.label:
                s.label = body.most_common(1)[0][0]
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    i = 0
    while i < len(doc):
        if i not in caps or i in covered or not doc[i].is_alpha:
            i += 1
            continue
        for n in range(MAX_BODY_NAME, 0, -1):
            toks = range(i, i + n)
            if i + n > len(doc) or any(k not in caps or k in covered for k in toks):
                continue
            label = labels.get(fold(doc[i: i + n].text))
            if label and len(doc[i: i + n].text) > 2:
                found.append(Span(i, i + n, label.most_common(1)[0][0], "", SOURCE))
                i += n
                break
        else:
            i += 1
    return sorted(spans + found, key=lambda s: s.start) if found else spans
