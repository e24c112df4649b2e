"""Where: place mentions resolved to an offline GeoNames gazetteer, and GeoJSON of them.

    from dateline.nlp import parse
    from dateline.entities import extract_entities
    from dateline.places import resolve_places, places_geojson
    doc = parse(text)
    mentions, _ = extract_entities(doc)
    places = resolve_places(doc, mentions)
"""

from .geojson import places_geojson
from .model import Place
from .resolve import resolve_places

__all__ = ["Place", "places_geojson", "resolve_places"]
