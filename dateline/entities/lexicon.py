"""The entity layer's language data, read once from the files in ``data/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..datafiles import table_rows

DATA = Path(__file__).resolve().parent / "data"
LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def rows(name: str, width: int) -> list[list[str]]:
    """Rows of a data file in ``data/`` (comments and blank lines skipped); a row of the wrong width is an
    error."""
    return table_rows(DATA / name, width)


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of a one-column word list in ``data/``, lower case, read once."""
    return frozenset(w.lower() for (w,) in rows(name, 1))


@dataclass(frozen=True)
class Lexicon:
    titles: dict[tuple[str, ...], str]  # lower-cased title words -> "role" | "honorific"
    title_max: int
    modifiers: frozenset[str]
    speech_verbs: frozenset[str]
    labels: dict[str, str]  # lower-cased name -> label
    gpe_endings: tuple[tuple[str, str], ...]
    acronyms: dict[str, tuple[str, str]]  # acronym -> (full name, label)
    org_suffixes: frozenset[str]
    drop_words: frozenset[str]
    event_endings: tuple[str, ...]
    event_openers: tuple[str, ...]  # "Storm Boris", "Typhoon Yagi": storm names
    locative: frozenset[str]
    place_nouns: frozenset[str]
    non_person_heads: frozenset[str] = frozenset()
    place_of_nouns: frozenset[str] = frozenset()  # "residents of X": X is a place
    place_on_nouns: frozenset[str] = frozenset()  # "the attack on X": X is a place
    place_verbs: frozenset[str] = frozenset()  # "shelled X": X is a place (lemmas)
    post_nouns: frozenset[str] = frozenset()  # "head of the FSB X": a post, not a title before a name
    particles: frozenset[str] = frozenset()  # "von der Leyen": lower-case words inside surnames
    inner_particles: frozenset[str] = frozenset()  # "Correa do Lago": only between a PERSON and a surname
    surname_openers: frozenset[str] = frozenset()  # "Le Pen", "De Gaulle": the particles and these open surnames
    given_names: frozenset[str] = frozenset()  # "Marcus", "Novak": common given names, as written
    person_verbs: frozenset[str] = frozenset()  # "Lavrov smiled": only a person does it (lemmas)
    person_nouns: frozenset[str] = frozenset()  # "Lavrov's wife", "Sophie and her mother"
    place_pre_nouns: frozenset[str] = frozenset()  # "the capital Kyiv": the name after is a place
    product_nouns: frozenset[str] = frozenset()  # "Iskander missiles": the name before is a product
    org_endings: tuple[str, ...] = ()  # "Sberbank", "Gazprom": one-word company names end so


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The entity layer's word lists and tables."""
    # keyed by the tokens the parser makes: "Secretary-General" is "secretary", "-", "general"
    titles = {tuple(t.lower().replace("-", " - ").split()): kind for t, kind in rows("titles.tsv", 2)}
    # ... and the parser may cut the stop off an abbreviation that opens a longer title: "Lt. Gov." is
    # "lt", ".", "gov."
    titles.update({(k[0][:-1], ".", *k[1:]): kind for k, kind in list(titles.items())
                   if len(k) > 1 and k[0].endswith(".") and len(k[0]) > 2})
    for kind in titles.values():
        if kind not in ("role", "honorific"):
            raise ValueError(f"titles.tsv: unknown kind {kind!r}")
    labels = {}
    for name, label in rows("labels.tsv", 2):
        if label not in LABELS:
            raise ValueError(f"labels.tsv: unknown label {label!r} for {name!r}")
        labels[name.lower()] = label
    return Lexicon(
        titles=titles,
        title_max=max(len(k) for k in titles),
        modifiers=frozenset(w.lower() for (w,) in rows("title_modifiers.txt", 1)),
        speech_verbs=frozenset(w.lower() for (w,) in rows("speech_verbs.txt", 1)),
        labels=labels,
        gpe_endings=tuple((e, lab) for e, lab in rows("gpe_patterns.tsv", 2)),
        acronyms={a: (full, lab) for a, full, lab in rows("acronyms.tsv", 3)},
        org_suffixes=frozenset(w.lower() for (w,) in rows("org_suffixes.txt", 1)),
        drop_words=frozenset(w.lower() for (w,) in rows("drop_words.txt", 1)),
        event_endings=tuple(sorted((w for (w,) in rows("event_words.txt", 1)), key=len, reverse=True)),
        event_openers=tuple(sorted((w for (w,) in rows("event_openers.txt", 1)), key=len, reverse=True)),
        locative=frozenset(w.lower() for (w,) in rows("locative_words.txt", 1)),
        place_nouns=frozenset(w.lower() for (w,) in rows("place_nouns.txt", 1)),
        non_person_heads=frozenset(w.lower() for (w,) in rows("non_person_heads.txt", 1)),
        place_of_nouns=frozenset(w.lower() for (w,) in rows("place_of_nouns.txt", 1)),
        place_on_nouns=frozenset(w.lower() for (w,) in rows("place_on_nouns.txt", 1)),
        place_verbs=frozenset(w.lower() for (w,) in rows("place_verbs.txt", 1)),
        post_nouns=frozenset(w.lower() for (w,) in rows("post_nouns.txt", 1)),
        particles=frozenset(w for (w,) in rows("name_particles.txt", 1)),
        inner_particles=frozenset(w for (w,) in rows("inner_name_particles.txt", 1)),
        surname_openers=frozenset(w for (w,) in rows("name_particles.txt", 1))
        | frozenset(w.lower() for (w,) in rows("surname_openers.txt", 1)),
        given_names=frozenset(w for (w,) in rows("given_names.txt", 1)),
        person_verbs=frozenset(w.lower() for (w,) in rows("person_verbs.txt", 1)),
        person_nouns=frozenset(w.lower() for (w,) in rows("person_nouns.txt", 1)),
        place_pre_nouns=frozenset(w.lower() for (w,) in rows("place_pre_nouns.txt", 1)),
        product_nouns=frozenset(w.lower() for (w,) in rows("product_nouns.txt", 1)),
        org_endings=tuple(w.lower() for (w,) in rows("org_endings.txt", 1)),
    )
