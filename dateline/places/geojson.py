"""Resolved places as GeoJSON (RFC 7946): one Point feature per distinct place."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Place


def places_geojson(places: Iterable[Place]) -> dict:
    """A FeatureCollection with one Point per gazetteer place, its mentions' offsets in properties.

    Coordinates are [longitude, latitude] as RFC 7946 requires; a facility's are those of the place
    it is in (property "approximate": true).
    """
    features: dict[str, dict] = {}
    for p in places:
        feat = features.get(p.id)
        if feat is None:
            feat = features[p.id] = {
                "type": "Feature",
                "id": p.id,
                "geometry": {"type": "Point", "coordinates": [round(p.lon, 5), round(p.lat, 5)]},
                "properties": {"name": p.name, "kind": p.kind, "country_code": p.country_code,
                               "country": p.country, "admin1": p.admin1,
                               "approximate": p.kind == "facility", "mentions": []},
            }
        feat["properties"]["mentions"].append({"start": p.start, "end": p.end, "text": p.text,
                                               "confidence": p.confidence})
    return {"type": "FeatureCollection", "features": list(features.values())}
