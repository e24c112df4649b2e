"""Who: named entities of an article, mended for news, joined within and across articles.

    from dateline.nlp import parse
    from dateline.entities import extract_entities, link_across
    mentions, entities = extract_entities(parse(text))
"""

from .extract import extract_entities
from .keys import canonical_key
from .link import link_across
from .model import Entity, EntityMention

__all__ = ["Entity", "EntityMention", "canonical_key", "extract_entities", "link_across"]
