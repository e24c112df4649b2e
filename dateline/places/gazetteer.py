"""The offline gazetteer: GeoNames countries, first-level regions and cities over 15,000 people.

Smaller towns (GeoNames places over 1,000 people, ``data/towns.tsv.gz``, built by
``tools/build_towns.py``) are kept apart and read only when asked for (:func:`towns`): the places
layer falls back on them for names nothing else resolves.

The data file ``data/gazetteer.tsv.gz`` is built by ``tools/build_gazetteer.py`` and committed;
hand-kept aliases (``data/aliases.tsv``), demonyms (``data/demonyms.tsv``), landmarks
(``data/landmarks.tsv``) and second-level areas (``data/counties.tsv``: the counties of England;
``data/us_counties.tsv``: those of the United States, built by ``tools/build_us_counties.py``; as regions of
their first-level region) are applied when it loads; ``data/party_states.tsv`` holds the state abbreviations
that are words ("La.", "Pa."), read only after a party letter ("R-La."). Names are looked up after :func:`normalize` (case, accents and dots ignored).
"""

from __future__ import annotations

import gzip
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the gazetteer."""

    id: str
    kind: str
    name: str
    country_code: str
    admin1: str
    lat: float
    lon: float
    population: int
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry that a name may denote, and how the name matched it (name/alias/alternate)."""

    entry: Entry
    via: str


_SPACES = re.compile(r"\s+")


def normalize(name: str) -> str:
    """Lookup key of a place name: no accents, dots or leading "the", case-folded, single spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace(".", "").replace("‐", "-")
    s = _SPACES.sub(" ", s).strip().casefold()
    if s.startswith("the "):
        s = s[4:]
    return s


def _read_lines(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, without comments and blank lines."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def read_words(name: str) -> list[str]:
    """One-word-a-line data file as a list (comments and blank lines skipped)."""
    return [r[0].strip() for r in _read_lines(name)]


class Gazetteer:
    """Places by id and by normalized name."""

    def __init__(self, entries: list[tuple[Entry, list[str]]], aliases: list[list[str]],
                 landmarks: list[list[str]] = (), counties: list[list[str]] = ()):
        self.by_id: dict[str, Entry] = {}
        self.index: dict[str, list[Candidate]] = {}
        self.countries: dict[str, Entry] = {}
        self.regions: dict[tuple[str, str], Entry] = {}
        self.party_states: dict[str, Entry] = {}
        # (looked-up name, entry id) of every hand-kept alias, even when the name is also the entry's own
        self.aliased: set[tuple[str, str]] = set()
        cities_by_name: dict[tuple[str, str], Entry] = {}
        for entry, alts in entries:
            self.by_id[entry.id] = entry
            self._add(entry.name, entry, "name")
            for alt in alts:
                self._add(alt, entry, "alternate")
            if entry.kind == "country":
                self.countries[entry.country_code] = entry
            elif entry.kind == "region":
                self.regions[(entry.country_code, normalize(entry.name))] = entry
            elif entry.kind == "city":
                key = (entry.country_code, normalize(entry.name))
                if key not in cities_by_name or cities_by_name[key].population < entry.population:
                    cities_by_name[key] = entry
        for row in aliases:
            if len(row) != 2:
                raise ValueError(f"aliases.tsv: expected 'alias<TAB>target', got {row!r}")
            alias, target = row
            entry = self._target(target, cities_by_name)
            if entry is None:
                raise ValueError(f"aliases.tsv: target {target!r} of {alias!r} is not in the gazetteer")
            self._add(alias, entry, "alias")
            self.aliased.add((normalize(alias), entry.id))
        for row in landmarks:
            if len(row) != 4:
                raise ValueError(f"landmarks.tsv: expected 'name<TAB>where<TAB>lat<TAB>lon', got {row!r}")
            where = None if row[1] == "-" else self._target(row[1], cities_by_name)  # "-": no one country
            if where is None and row[1] != "-":
                raise ValueError(f"landmarks.tsv: {row[1]!r} of {row[0]!r} is not in the gazetteer")
            name, *others = row[0].split("|")  # "Donbas|Donbass": the name, then other spellings
            slug = re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")
            entry = Entry(f"landmark:{slug}", "landmark", name, where.country_code if where else "",
                          where.admin1 if where else "", float(row[2]), float(row[3]), 0)
            self.by_id.setdefault(entry.id, entry)
            self._add(name, entry, "name")
            for other in others:
                self._add(other, entry, "alias")

        for row in counties:
            if len(row) != 5:
                raise ValueError(f"counties.tsv: expected 'name<TAB>where<TAB>lat<TAB>lon<TAB>population', got {row!r}")
            where = self._target(row[1], cities_by_name)
            if where is None or where.kind != "region":
                raise ValueError(f"counties.tsv: {row[1]!r} of {row[0]!r} is not a region of the gazetteer")
            slug = re.sub(r"[^a-z0-9]+", "-", normalize(row[0])).strip("-")
            if f"{where.country_code}.county:{slug}" in self.by_id:  # "Fulton County" of several states
                slug += "-" + re.sub(r"[^a-z0-9]+", "-", normalize(where.name)).strip("-")
            entry = Entry(f"{where.country_code}.county:{slug}", "region", row[0], where.country_code, where.name,
                          float(row[2]), float(row[3]), int(row[4]))
            self.by_id.setdefault(entry.id, entry)
            self._add(row[0], entry, "name")

    def _add(self, name: str, entry: Entry, via: str) -> None:
        key = normalize(name)
        if not key:
            return
        bucket = self.index.setdefault(key, [])
        for k, c in enumerate(bucket):
            if c.entry.id == entry.id:
                if c.via == "alternate" and via != "alternate":  # a hand-kept alias outranks a GeoNames alternate
                    bucket[k] = Candidate(entry, via)
                return
        bucket.append(Candidate(entry, via))

    def _target(self, target: str, cities: dict[tuple[str, str], Entry]) -> Entry | None:
        if "//" in target:
            cc, name = target.split("//", 1)
            return cities.get((cc, normalize(name)))
        if "/" in target:
            cc, name = target.split("/", 1)
            return self.regions.get((cc, normalize(name)))
        return self.countries.get(target)

    def party_state(self, name: str) -> Entry | None:
        """The US state an AP abbreviation names after a party letter ("R-La."; data/party_states.tsv)."""
        return self.party_states.get(normalize(name))

    def lookup(self, name: str) -> list[Candidate]:
        """Every entry the name may denote (empty list when none)."""
        return list(self.index.get(normalize(name), ()))

    def country(self, code: str) -> Entry | None:
        """The country with this ISO 3166-1 alpha-2 code."""
        return self.countries.get(code)

    def region(self, country_code: str, name: str) -> Entry | None:
        """The first-level region of a country by its gazetteer name."""
        return self.regions.get((country_code, normalize(name)))


def _read_entries(path: Path) -> list[tuple[Entry, list[str]]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            f = line.rstrip("\n").split("\t")
            capital = f[1] == "capital"  # a country's capital is a city with a flag
            kind = "city" if capital else f[1]
            entry = Entry(f[0], kind, f[2], f[3], f[4], float(f[5]), float(f[6]), int(f[7] or 0), capital)
            out.append((entry, [a for a in f[8].split("|") if a] if len(f) > 8 else []))
    return out


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The bundled gazetteer (read once per process)."""
    gaz = Gazetteer(_read_entries(DATA / "gazetteer.tsv.gz"), _read_lines("aliases.tsv"),
                    _read_lines("landmarks.tsv"), _read_lines("counties.tsv") + _read_lines("us_counties.tsv"))
    for row in _read_lines("party_states.tsv"):
        state = gaz._target(row[1], {}) if len(row) == 2 else None
        if state is None or state.kind != "region":
            raise ValueError(f"party_states.tsv: expected 'abbreviation<TAB>CC/Region', got {row!r}")
        gaz.party_states[normalize(row[0])] = state
    log.debug("gazetteer: %d places, %d names", len(gaz.by_id), len(gaz.index))
    return gaz


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym or adjective (normalized) -> country code."""
    return {normalize(r[0]): r[1].strip() for r in _read_lines("demonyms.tsv") if len(r) == 2}


@dataclass(frozen=True, slots=True)
class Town:
    """A GeoNames place over 1,000 people that the main gazetteer lacks."""

    name: str
    country_code: str
    admin1: str
    lat: float
    lon: float

    @property
    def id(self) -> str:
        """A stable id (the source has no GeoNames ids): "town:UA:Chasiv Yar:48.5935,37.8572"."""
        return f"town:{self.country_code}:{self.name}:{self.lat:.4f},{self.lon:.4f}"


@lru_cache(maxsize=1)
def _towns() -> dict[str, list[str]]:
    """Lookup key -> the rest of each line (parsed only when asked for: the file has 100,000 lines)."""
    index: dict[str, list[str]] = {}
    path = DATA / "towns.tsv.gz"
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                key, _, rest = line.rstrip("\n").partition("\t")
                index.setdefault(key, []).append(rest)
    return index


def towns(name: str) -> tuple[Town, ...]:
    """The small towns with this name (the file is read on first use)."""
    out = []
    for rest in _towns().get(normalize(name), ()):
        f = rest.split("\t")  # name, country code, admin1, lat, lon
        if len(f) == 5:
            out.append(Town(f[0], f[1], f[2], float(f[3]), float(f[4])))
    return tuple(out)
