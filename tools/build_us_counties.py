"""Build the table of the counties of the United States (dateline/places/data/us_counties.tsv), the
second-level areas US news names as places ("Fulton County", "Orleans Parish") and GeoNames'
first-level regions lack.

Run by hand, in a virtualenv that has the PyPI package ``zipcodes`` (MIT licence; it is not a dateline
dependency; the built file is committed):

    python3 -m venv /tmp/zv && /tmp/zv/bin/pip install zipcodes
    /tmp/zv/bin/python tools/build_us_counties.py

``zipcodes`` lists every ZIP code of the country with its county, state and coordinates (the
coordinates are GeoNames', CC BY 4.0). A county's point is the mean of its ZIP codes' points; its
"population" column is an estimate, 5,000 people per ZIP code (the national mean is about 8,000),
used only to rank counties of the same name when nothing in the text tells them apart ("Orange
County" alone is California's). Counties, parishes and boroughs of the 50 states and the District of
Columbia are kept; independent cities are cities of the gazetteer already.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import zipcodes

OUT = Path(__file__).resolve().parent.parent / "dateline" / "places" / "data" / "us_counties.tsv"
PEOPLE_PER_ZIP = 5_000
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "DC": "Washington, D.C.",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
SUFFIXES = (" County", " Parish", " Borough")


def main() -> None:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zipcodes.list_all():
        county, state = (z.get("county") or "").strip(), z.get("state")
        if state not in STATES or not county.endswith(SUFFIXES) or not z.get("lat"):
            continue
        points[(county, state)].append((float(z["lat"]), float(z["long"])))
    lines = [
        "# The counties (parishes, boroughs) of the United States, built by tools/build_us_counties.py from the",
        "# PyPI package zipcodes (MIT; coordinates from GeoNames, CC BY 4.0): each point is the mean of the",
        "# county's ZIP code points; the population is an estimate (5,000 people per ZIP code) used only to rank",
        "# counties of the same name. Loaded like counties.tsv, as regions of their state.",
        "# name <TAB> where <TAB> lat <TAB> lon <TAB> population",
    ]
    for (county, state), pts in sorted(points.items()):
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        lines.append(f"{county}\tUS/{STATES[state]}\t{lat:.3f}\t{lon:.3f}\t{len(pts) * PEOPLE_PER_ZIP}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(points)} counties -> {OUT}")


if __name__ == "__main__":
    main()
