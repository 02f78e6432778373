"""Persons in the registry that are probably one person, for an editor to merge.

Every entered spelling of every person is looked up in a :class:`NameIndex` of the
whole registry; another person found with a high score is a candidate pair. The
reason names the two spellings that matched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rollcall.names.index import NameIndex
from rollcall.registry.models import Person, PersonName

THRESHOLD = 0.85


@dataclass(frozen=True)
class DuplicatePair:
    first: Person
    second: Person
    score: float
    reason: str


def find_duplicates(
    threshold: float = THRESHOLD, progress: Callable[[Iterator], Iterator] = lambda it: it
) -> list[DuplicatePair]:
    index = NameIndex.from_registry()
    entered = PersonName.objects.filter(scheme="").values_list("person__public_id", "name")
    best: dict[tuple[str, str], tuple[float, str]] = {}
    names_of: dict[str, list[str]] = {}
    for public_id, name in entered:
        names_of.setdefault(public_id, []).append(name)
    for public_id, name in progress(iter(entered)):
        for other, score in index.lookup(name, limit=5):
            if other == public_id or score < threshold:
                continue
            key = (min(public_id, other), max(public_id, other))
            if score > best.get(key, (0.0, ""))[0]:
                best[key] = (score, f"{name!r} matches {other}'s names "
                                    f"{', '.join(repr(n) for n in names_of.get(other, [])[:3])}")
    persons = Person.objects.in_bulk([pid for pair in best for pid in pair],
                                     field_name="public_id")
    pairs = [
        DuplicatePair(persons[a], persons[b], score, reason)
        for (a, b), (score, reason) in best.items()
        if a in persons and b in persons
    ]
    return sorted(pairs, key=lambda pair: (-pair.score, pair.first.display_name))
