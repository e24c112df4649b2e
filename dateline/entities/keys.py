"""Canonical keys of entities, and the name forms used to join mentions."""

from __future__ import annotations

import re
import unicodedata

LABEL_GROUP = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "facility",
               "NORP": "group", "EVENT": "event", "PRODUCT": "product", "WORK_OF_ART": "work",
               "LAW": "law", "LANGUAGE": "language"}
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, no accents, curly quotes straightened."""
    s = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def canonical_key(name: str, label: str) -> str:
    """A stable key for an entity: its label group and its folded name ("person:dmitry-peskov").

    Names that differ only in case, accents, punctuation or a leading "the" share a key.
    """
    s = fold(name).strip()
    if s.startswith("the "):
        s = s[4:]
    slug = _NON_ALNUM.sub("-", s.replace("'s ", "s ").replace(".", "")).strip("-")
    return f"{LABEL_GROUP.get(label, label.lower())}:{slug}"


def words(name: str) -> list[str]:
    """The words of a name, folded ("Karine Jean-Pierre" -> ["karine", "jean-pierre"])."""
    return [w for w in re.split(r"[\s]+", fold(name).replace(".", " ").strip()) if w]


_TRANSLIT_END = re.compile(r"(?:iy|yy|yi|ii|ij|y|i)$")
TRANSLIT_MIN = 5  # shorter words ("Li", "Ly") keep their spelling


def translit(word: str) -> str:
    """A folded word with the endings that transliterations of one Slavic name vary in made one
    ("zelenskiy", "zelenskyy", "zelensky" -> "zelensk"; "zaluzhnyi", "zaluzhny" -> "zaluzhn")."""
    return _TRANSLIT_END.sub("", word) if len(word) >= TRANSLIT_MIN else word


def initials(name: str, skip: frozenset[str] = frozenset({"of", "the", "and", "for", "in", "on", "&"})) -> str:
    """Upper-case initials of a name's significant words ("North Atlantic Treaty Organization" -> "NATO")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in skip).upper()
