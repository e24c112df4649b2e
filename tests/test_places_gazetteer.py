"""The bundled gazetteer and its hand-kept tables load and hold what news needs."""

from __future__ import annotations

from dateline.places.gazetteer import demonyms, load, normalize


def kinds(name: str) -> set[tuple[str, str]]:
    return {(c.entry.kind, c.entry.country_code) for c in load().lookup(name)}


def test_normalize():
    assert normalize("  The U.S. ") == "us"
    assert normalize("Zaporizhzhia") == normalize("ZAPORIZHZHIA")
    assert normalize("São Paulo") == "sao paulo"


def test_ukraines_regions_and_spellings():
    for name in ("Donetsk", "Luhansk", "Lugansk", "Kherson", "Zaporizhzhia", "Zaporizhia", "Zaporozhye",
                 "Kharkiv", "Kharkov", "Crimea"):
        assert ("region", "UA") in kinds(name), name
    assert load().region("UA", "Zaporizhia").lat > 46


def test_countries_have_coordinates_and_aliases():
    gaz = load()
    assert len(gaz.countries) > 240
    for alias, code in (("U.S.", "US"), ("US", "US"), ("America", "US"), ("Britain", "GB"), ("UK", "GB")):
        assert ("country", code) in kinds(alias), alias
    us = gaz.country("US")
    assert 24 < us.lat < 50 and -125 < us.lon < -66


def test_cities_and_capitals():
    gaz = load()
    cities = [e for e in gaz.by_id.values() if e.kind == "city"]
    assert len(cities) > 30_000
    kyiv = [c.entry for c in gaz.lookup("Kyiv") if c.entry.kind == "city"][0]
    assert kyiv.capital and kyiv.country_code == "UA" and kyiv.population > 1_000_000


def test_demonyms():
    assert demonyms()["ukrainian"] == "UA"
