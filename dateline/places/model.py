"""The place record: one resolved place mention with its gazetteer entry."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(slots=True)
class Place:
    """A place mention resolved to a gazetteer entry.

    ``start``/``end`` are character offsets of the mention in the article (``text`` is
    ``article[start:end]``); ``name`` is the gazetteer's name, ``kind`` one of continent,
    country, region (first-level: state, oblast, province), city, town (a place under 15,000 people, from
    data/towns.tsv.gz, read only as a last resort), district (a part of the city named after it that
    the gazetteer lacks, "the Bel Air neighborhood of Los Angeles", placed at the city), landmark or facility; ``id`` the
    GeoNames id (countries, cities), GeoNames admin1 code ("UA.14") for regions, "landmark:..."
    or "facility:...". A landmark may be an area of several regions ("Donbas") or a sea or area of
    several countries ("Black Sea", "Middle East"), then with no country. A facility is a building, venue or street the gazetteer lacks ("Wrigley
    Field"): its ``name`` is its own text and its country, region and coordinates are those of the
    place it was found to be in (``reason`` says how); ``confidence`` is the chosen candidate's share of the score mass (0-1) and
    ``reason`` says what decided it.
    """

    start: int
    end: int
    text: str
    name: str
    kind: str
    id: str
    country_code: str
    country: str
    admin1: str
    lat: float
    lon: float
    confidence: float
    reason: str

    @property
    def geonameid(self) -> int | None:
        """The GeoNames id when the place has one (countries, cities, continents)."""
        return int(self.id) if self.id.isdigit() else None

    def to_dict(self) -> dict:
        out = asdict(self)
        out["geonameid"] = self.geonameid
        return out
