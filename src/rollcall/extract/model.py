"""The extraction result (format ``rollcall.extraction/1``, see docs/extraction-format.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

FORMAT = "rollcall.extraction/1"


@dataclass
class Person:
    """One real person named in the article, all mentions merged."""

    name: str
    variants: list[str] = field(default_factory=list)
    registry_id: str | None = None
    roles: list[str] = field(default_factory=list)
    gender: str | None = None  # "m", "f" or None; internal, not in the format
    mentions: list[tuple[int, int]] = field(default_factory=list)  # internal

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "variants": self.variants,
            "registry_id": self.registry_id,
            "roles": self.roles,
        }


@dataclass
class Event:
    """One event of persecution or release."""

    type: str
    subtype: str | None
    date: str | None
    persons: list[str]
    place: str | None
    count: int | None
    evidence: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "subtype": self.subtype,
            "date": self.date,
            "persons": self.persons,
            "place": self.place,
            "count": self.count,
            "evidence": list(self.evidence),
        }


@dataclass
class Count:
    """A number of people the article states."""

    value: int
    category: str
    evidence: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "category": self.category, "evidence": list(self.evidence)}


@dataclass
class Quote:
    """A direct quotation, without its quotation marks."""

    speaker: str | None
    text: str
    evidence: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text, "evidence": list(self.evidence)}


@dataclass
class Extraction:
    """Everything extracted from one article."""

    language: str
    published: str | None
    persons: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The ``rollcall.extraction/1`` object."""
        return {
            "format": FORMAT,
            "language": self.language,
            "published": self.published,
            "persons": [p.to_json() for p in self.persons],
            "events": [e.to_json() for e in self.events],
            "counts": [c.to_json() for c in self.counts],
            "quotes": [q.to_json() for q in self.quotes],
        }

    def dumps(self) -> str:
        """The JSON text of :meth:`to_json` (UTF-8, not ASCII-escaped)."""
        return json.dumps(self.to_json(), ensure_ascii=False)
