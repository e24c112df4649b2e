"""Load the time tagger's language resources: word lists, number words, tense cues.

Everything the tagger knows about English lives in data files under ``resources/``:

- ``lists/NAME.tsv``: a named list, one entry a line: ``entry <TAB> value [<TAB> cased]``.
  A line ``#family:lo-hi`` or ``#shape`` adds number tokens by shape (see :mod:`.scanner`):
  ``#int:1-31`` the integers 1 to 31, ``#ord:1-31`` 1st to 31st, ``#ordword:1-31`` first to
  thirty-first, ``#word:0-99`` number words, ``#year4``, ``#clock``, ``#numdate`` ...
  A line ``@OTHER`` includes list OTHER.
- ``numbers.tsv``: number words the scanner merges ("twenty-four" → 24).
- ``tense.tsv``, ``past_verbs.txt``, ``not_past.txt``, ``same_form_past.txt``: tense cues (see :mod:`.tense`).
- ``sports_words.txt``: words of a match report, where "the first half" is no half-year;
  ``match_words.txt``: words of a game that do the same for the sentence they are in and the next.
- ``figure_words.txt``: words of a measured figure, where "the 30s" is no decade.
- ``election_words.txt``, ``us_election_words.txt``: words that date an election, and words of US
  politics (kept as written), read by :mod:`.elections`.
- ``event_nouns.txt``: nouns of a planned event, whose weekday follows the day of the verb that
  calls for it ("on Tuesday called for a rally on Friday").
- ``asked_to_verbs.txt``: what people are asked to do on a day ahead ("urged them to vote Tuesday").
- ``part_of_day_hours.tsv``, ``seasons.tsv``: the hours and months behind TMO, SU ... (intervals).
- ``rules.tsv``: the rules (loaded by :mod:`.rules`).

Errors name the file and line. Resources load once per process (:func:`load`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .scanner import (
    CAP,
    CAP_OFFSET,
    INT,
    LOWER,
    ORD,
    ORDWORD,
    SHAPES,
    VOCAB_BASE,
    VOCAB_LIMIT,
    WORD,
    NumberWords,
    Token,
    tokenize,
)

RESOURCES = Path(__file__).resolve().parent / "resources"
FAMILIES = {"int": INT, "ord": ORD, "word": WORD, "ordword": ORDWORD}


class ResourceError(ValueError):
    """A resource file with a mistake; the message names the file and line."""


@dataclass
class WordList:
    """A named list: words (with their normalized values) and number shapes."""

    name: str
    words: dict[str, str] = field(default_factory=dict)  # lower-case entry -> value
    cased: dict[str, str] = field(default_factory=dict)  # entry as written -> value
    shape_chars: set[str] = field(default_factory=set)
    includes: list[str] = field(default_factory=list)
    open_class: bool = False  # "%open": its words are still ordinary lower-case words to {lower}

    def value(self, tok: Token) -> object:
        """The normalized value of ``tok`` as a member of this list."""
        if tok.kind in ("word", "apos"):
            t = tok.text.replace("’", "'")  # a typographic apostrophe: "Friday’s"
            if t in self.cased:
                return self.cased[t]
            if t.isupper() and t.title() in self.cased:
                return self.cased[t.title()]
            return self.words.get(t.lower())
        if tok.kind == "slash" and tok.text in self.words:  # "9/11" in the list of named days
            return self.words[tok.text]
        return tok.value


@dataclass
class Resources:
    """All loaded resources, with the vocabulary that maps words to class characters."""

    lists: dict[str, WordList]
    numbers: NumberWords
    vocab: dict[str, str]  # lower-case word -> class char
    cased_vocab: dict[str, str]  # word as written -> class char
    abbreviations: set[str]
    tense_cues: dict[tuple[str, ...], tuple[str, int]]
    past_verbs: set[str]
    not_past: set[str]
    same_form_past: set[str]
    sports_words: set[str]
    match_words: tuple[str, ...]  # lower case; some hold several words ("super bowl")
    figure_words: set[str]
    election_words: set[str]
    us_election_words: tuple[str, ...]  # as written: "GOP", "White House"
    asked_to_verbs: set[str]
    event_nouns: set[str]
    day_parts: dict[str, tuple[str, str]]
    seasons: dict[str, tuple[str, str]]

    @property
    def number_words(self) -> dict[str, tuple[str, int]]:
        """Single number words with their shape family and value: "one" → ("word", 1)."""
        nw = self.numbers
        out = {w: ("word", v) for w, v in {**nw.units, **nw.tens}.items() if v <= 99}
        out.update({w: ("ordword", v) for w, v in nw.ordinals.items() if v <= 99})
        return out

    def char_class(self, list_name: str) -> set[str]:
        """Every class character a member of ``list_name`` can have (capitalized or not)."""
        chars = self._chars(list_name, set())
        return chars | {capitalized(c) for c in chars if is_word_char(c)}

    def upper_chars(self, except_list: str) -> set[str]:
        """Any capitalized word (known or not) except members of ``except_list``."""
        words = set(self.vocab.values()) | set(self.cased_vocab.values())
        chars = {capitalized(c) for c in words} | set(self.cased_vocab.values()) | {CAP}
        return chars - self.char_class(except_list)

    def _chars(self, name: str, seen: set[str]) -> set[str]:
        if name in seen:
            return set()
        seen.add(name)
        wl = self.lists[name]
        chars = set(wl.shape_chars)
        # number words that are also literal words of some rule keep their word character;
        # the number lists must accept that character too
        for word, (family, value) in self.number_words.items():
            if word in self.vocab and chr(FAMILIES[family] + value) in wl.shape_chars:
                chars.add(self.vocab[word])
        chars.update(self.vocab[w] for w in wl.words)
        chars.update(self.cased_vocab[w] for w in wl.cased)
        for inc in wl.includes:
            chars |= self._chars(inc, seen)
        return chars

    def lower_chars(self) -> set[str]:
        """``{lower}``: an unknown lower-case word, or a word that rules name only as a literal (in no
        list, or only in open-class lists marked ``%open``): "news" in one rule's exclusions is still
        any lower-case word to the others, and so is "difficult" of the adjectives of "a difficult week"."""
        listed: set[str] = set()
        for wl in self.lists.values():
            if not wl.open_class:
                listed |= set(wl.words) | {w.lower() for w in wl.cased}
        return {LOWER} | {c for w, c in self.vocab.items() if w not in listed and w.isalpha() and w.islower()}

    def add_word(self, word: str) -> str:
        """The class character of a literal word used in a rule (created when new)."""
        w = word.lower()
        if w not in self.vocab:
            n = len(self.vocab) + len(self.cased_vocab)
            if n >= VOCAB_LIMIT:
                raise ResourceError(f"more than {VOCAB_LIMIT} distinct words in the resources")
            self.vocab[w] = chr(VOCAB_BASE + n)
            if w.endswith(".") and len(w) > 1:
                self.abbreviations.add(w)
        return self.vocab[w]


def is_word_char(c: str) -> bool:
    """Is ``c`` the (lower-case) character of a resource word?"""
    return VOCAB_BASE <= ord(c) < VOCAB_BASE + VOCAB_LIMIT


def capitalized(c: str) -> str:
    """The character of a resource word when the token starts with a capital letter."""
    return chr(ord(c) + CAP_OFFSET)


def _lines(path: Path) -> list[tuple[int, list[str]]]:
    out = []
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip() or (line.startswith("#") and not re.match(r"#[a-z]", line)) or line.startswith("# "):
            continue
        out.append((no, [c for c in line.split("\t") if c != ""]))
    return out


def _shape_chars(spec: str, where: str) -> set[str]:
    m = re.fullmatch(r"#([a-z]+):(\d+)-(\d+)", spec)
    if m:
        fam, lo, hi = m.group(1), int(m.group(2)), int(m.group(3))
        if fam not in FAMILIES or not (0 <= lo <= hi <= 99):
            raise ResourceError(f"{where}: bad number shape {spec!r} (families: {', '.join(FAMILIES)}; 0-99)")
        return {chr(FAMILIES[fam] + n) for n in range(lo, hi + 1)}
    m = re.fullmatch(r"#(\w+)", spec)
    if m and m.group(1) in SHAPES:
        return {SHAPES[m.group(1)]}
    raise ResourceError(f"{where}: unknown shape {spec!r} (known: {', '.join(sorted(SHAPES))})")


def load_list(path: Path) -> WordList:
    """Read one ``lists/NAME.tsv`` file."""
    wl = WordList(path.stem)
    for no, cols in _lines(path):
        where = f"{path.name}:{no}"
        head = cols[0]
        if head.startswith("#"):
            wl.shape_chars |= _shape_chars(head, where)
            continue
        if head.startswith("@"):
            wl.includes.append(head[1:])
            continue
        if head == "%open":
            wl.open_class = True
            continue
        if len(cols) < 2:
            raise ResourceError(f"{where}: expected 'entry<TAB>value', got {head!r}")
        if len(cols) > 2 and cols[2] != "cased":
            raise ResourceError(f"{where}: the third column may only be 'cased', got {cols[2]!r}")
        if len(tokenize(head, {head.lower()} if head.endswith(".") else set())) != 1:
            raise ResourceError(f"{where}: {head!r} is more than one token to the scanner (a hyphen or a "
                                f"stop splits it), so it could never match; write its last part")
        if len(cols) > 2:
            wl.cased[head[0].upper() + head[1:]] = cols[1]
        else:
            wl.words[head.lower()] = cols[1]
    return wl


def _numbers(path: Path) -> NumberWords:
    units: dict[str, int] = {}
    tens: dict[str, int] = {}
    scales: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    tables = {"unit": units, "ten": tens, "scale": scales, "ordinal": ordinals}
    for no, cols in _lines(path):
        if len(cols) != 3 or cols[0] not in tables or not cols[2].isdigit():
            raise ResourceError(f"{path.name}:{no}: expected 'unit|ten|scale|ordinal<TAB>word<TAB>number'")
        tables[cols[0]][cols[1]] = int(cols[2])
    return NumberWords(units, tens, scales, ordinals)


def _pairs(path: Path, pattern: str) -> dict[str, tuple[str, str]]:
    out = {}
    for no, cols in _lines(path):
        if len(cols) != 3 or not all(re.fullmatch(pattern, c) for c in cols[1:]):
            raise ResourceError(f"{path.name}:{no}: expected 'CODE<TAB>start<TAB>end'")
        out[cols[0]] = (cols[1], cols[2])
    return out


@functools.cache
def load(root: Path = RESOURCES) -> Resources:
    """Load and check every resource file under ``root`` (once per process)."""
    lists: dict[str, WordList] = {}
    for p in sorted((root / "lists").glob("*.tsv")):
        lists[p.stem] = load_list(p)
    for wl in lists.values():
        for inc in wl.includes:
            if inc not in lists:
                raise ResourceError(f"lists/{wl.name}.tsv: includes unknown list @{inc}")
    vocab: dict[str, str] = {}
    cased: dict[str, str] = {}
    for wl in lists.values():
        for w in wl.words:
            if w not in vocab:
                vocab[w] = chr(VOCAB_BASE + len(vocab) + len(cased))
    for wl in lists.values():
        for w in wl.cased:
            if w not in cased:
                # a word that another list has without case ("Easter" the holiday and the
                # capitalized prefix of "Easter Sunday") shares that list's character
                cased[w] = vocab.get(w.lower()) or chr(VOCAB_BASE + len(vocab) + len(cased))
    abbreviations = {w for w in list(vocab) + [c.lower() for c in cased] if w.endswith(".") and len(w) > 1}
    cues: dict[tuple[str, ...], tuple[str, int]] = {}
    for no, cols in _lines(root / "tense.tsv"):
        if len(cols) != 3 or cols[1] not in ("FUTURE", "PAST", "PRESENT") or cols[2] not in ("1", "2"):
            raise ResourceError(f"tense.tsv:{no}: expected 'phrase<TAB>FUTURE|PAST|PRESENT<TAB>1|2'")
        # split as the scanner splits text: "run-up" is three tokens, "won't" two
        cues[tuple(t.text.lower() for t in tokenize(cols[0], abbreviations))] = (cols[1], int(cols[2]))

    def words(name: str) -> set[str]:
        return {cols[0].lower() for _, cols in _lines(root / name)}

    return Resources(
        lists=lists,
        numbers=_numbers(root / "numbers.tsv"),
        vocab=vocab,
        cased_vocab=cased,
        abbreviations=abbreviations | {"p.m.", "a.m.", "u.s.", "mr.", "mrs.", "ms.", "dr.", "st."},
        tense_cues=cues,
        past_verbs=words("past_verbs.txt"),
        not_past=words("not_past.txt"),
        same_form_past=words("same_form_past.txt"),
        sports_words=words("sports_words.txt"),
        match_words=tuple(sorted(words("match_words.txt"))),
        figure_words=words("figure_words.txt"),
        election_words=words("election_words.txt"),
        us_election_words=tuple(cols[0] for _, cols in _lines(root / "us_election_words.txt")),
        asked_to_verbs=words("asked_to_verbs.txt"),
        event_nouns=words("event_nouns.txt"),
        day_parts=_pairs(root / "part_of_day_hours.tsv", r"\d\d:\d\d"),
        seasons=_pairs(root / "seasons.tsv", r"\d\d-\d\d"),
    )
