"""One NameIndex of the registry per process, rebuilt when names have changed.

Building the index reads every spelling; reusing it across requests matters once the
registry holds thousands of persons. Every change to a person or an entered spelling
leaves a history row, so the newest history ids tell whether the index is stale.
"""

from __future__ import annotations

import threading

from django.db.models import Max

from rollcall.names.index import NameIndex
from rollcall.registry.models import Person, PersonName

_lock = threading.Lock()
_cached: tuple[tuple[int | None, int | None, int], NameIndex] | None = None


def _version() -> tuple[int | None, int | None, int]:
    return (
        PersonName.history.aggregate(newest=Max("history_id"))["newest"],
        Person.history.aggregate(newest=Max("history_id"))["newest"],
        PersonName.objects.count(),
    )


def current_name_index() -> NameIndex:
    global _cached
    version = _version()
    with _lock:
        if _cached is None or _cached[0] != version:
            _cached = (version, NameIndex.from_registry())
        return _cached[1]
