"""Entity records: a mention in the text and the entity (person, organisation, place...) it names."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class EntityMention:
    """One named mention: ``text`` is ``article[start:end]`` (no leading "the", no possessive 's).

    ``label`` is the spaCy-style type (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, ...) after
    dateline's mending rules, ``key`` the canonical key of its entity in the article, ``role``
    a title or role word written beside it ("spokesman", "President") or "".
    """

    start: int
    end: int
    text: str
    label: str
    key: str = ""
    role: str = ""
    source: str = "model"  # "model", or the name of the rule that made or changed the mention

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label,
                "key": self.key, "role": self.role, "source": self.source}


@dataclass(slots=True)
class Entity:
    """An entity of one article: its mentions joined ("Dmitry Peskov", "Peskov", "Mr Peskov").

    ``name`` is the fullest form, ``aliases`` every other form written, ``roles`` the titles
    and roles given to it, ``mentions`` how many times it is named.
    """

    key: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0

    def to_dict(self) -> dict:
        return {"key": self.key, "name": self.name, "label": self.label, "aliases": list(self.aliases),
                "roles": list(self.roles), "mentions": self.mentions}
