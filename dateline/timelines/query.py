"""Which sentences a timeline query names: its words, stemmed, or a name in another spelling.

A query word matches a sentence word with the same stem (:func:`dateline.timelines.events.content_terms`).
A name transliterated from another alphabet is spelt several ways in English news ("Zelensky",
"Zelenskiy", "Zelenskyy"; "Zaporizhzhia", "Zaporozhye"; "Kyiv", "Kiev"): a query word of
``MIN_NAME_LETTERS`` letters or more also matches a capitalized sentence word with the same
:func:`name_key` (letters folded by ``transliteration.tsv``, vowels after the first letter dropped).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from dateline.datafiles import table_rows
from dateline.timelines.events import content_terms, synonym_classes

#: Letters a query word needs before other spellings of it count (short words collide: "grain", "green").
MIN_NAME_LETTERS = 6
#: Consonants a name key needs to be told apart from other words.
MIN_KEY_LETTERS = 4
_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*", re.UNICODE)
_VOWELS = frozenset("aeiou")


@cache
def _rewrites() -> tuple[tuple[str, str], ...]:
    """(written, read as) pairs from ``transliteration.tsv``, in file order."""
    path = resources.files(__package__).joinpath("transliteration.tsv")
    return tuple((written, read) for written, read in table_rows(path, 2))


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str:
    """The spelling-independent key of a name: "Zelenskyy", "Zelenskiy" and "Zelensky" give "zlnsk";
    "Zaporizhzhia" and "Zaporozhye" give "zprz"."""
    low = word.lower().removesuffix("'s").removesuffix("’s")
    low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    for written, read in _rewrites():
        low = low.replace(written, read)
    letters = [c for c in low if c.isalpha()]
    out: list[str] = []
    for c in letters:
        if out and out[-1] == c:
            continue
        out.append(c)
    if not out:
        return ""
    return out[0] + "".join(c for c in out[1:] if c not in _VOWELS)


def _name_keys(query: str) -> dict[str, str]:
    """{stemmed query term: name key} for the query words long enough to be matched by spelling."""
    out = {}
    for word in _NAME.findall(query):
        terms = content_terms(word)
        key = name_key(word)
        if len(word) >= MIN_NAME_LETTERS and len(key) >= MIN_KEY_LETTERS and len(terms) == 1:
            out[terms[0]] = key
    return out


@lru_cache(maxsize=1024)
def query_keys(query: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(the query's stemmed terms, (term, name key) pairs of the terms that other spellings may match)."""
    return frozenset(content_terms(query)), tuple(sorted(_name_keys(query).items()))


#: Letters two words of one kind of event must begin with alike to be forms of one word ("annex",
#: "annexation"; "invade", "invasion"), not synonyms ("incorporation").
MIN_SHARED_PREFIX = 4


@lru_cache(maxsize=1024)
def _kin(term: str) -> frozenset[str]:
    """The stems of other forms of ``term``'s word among the words of its kind of event
    (``event_synonyms.tsv``): "annexation" is named by "annexed" and "annexes" too, but not by
    "incorporation", a synonym that also means other things ("incorporate repeat strikes")."""
    classes = synonym_classes()
    cls = classes.get(term)
    if cls is None:
        return frozenset({term})
    return frozenset(w for w, c in classes.items() if c == cls and _same_word(w, term)) | {term}


def _same_word(a: str, b: str) -> bool:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= MIN_SHARED_PREFIX and n >= 0.6 * min(len(a), len(b))


def named_terms(query: str, text: str, words: Iterable[str] | None = None) -> set[str]:
    """The query's terms ``text`` names: by stem or by another form of the word ("annexation",
    "annexed": :func:`_kin`), or for a long query word by a capitalized word of the same
    :func:`name_key`. ``words`` are ``text``'s stemmed content terms when already known."""
    terms, keys = query_keys(query)
    have = set(content_terms(text) if words is None else words)
    found = {t for t in terms if t in have or not _kin(t).isdisjoint(have)}
    missing = [(t, k) for t, k in keys if t not in found]
    if missing:
        caps = {name_key(w) for w in _NAME.findall(text) if w[:1].isupper()}
        found |= {t for t, k in missing if k in caps}
    return found


def names_query(query: str, text: str, words: Iterable[str] | None = None) -> bool:
    """Whether ``text`` names every term of ``query`` (see :func:`named_terms`)."""
    terms, _ = query_keys(query)
    return bool(terms) and named_terms(query, text, words) >= terms
