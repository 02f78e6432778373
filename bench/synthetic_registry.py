"""A synthetic registry for benchmarks: persons with realistic custody timelines.

Deterministic (seeded). Rows are written with the database's bulk path (executemany on
SQLite, COPY on PostgreSQL) straight into the registry tables, then the derived custody
spells are rebuilt through the normal service, as after any bulk load.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
MIDDLE = ["search", "charge", "trial", "transfer", "punishment", "pressure", "hunger_strike"]


def _public_id(prefix: str, number: int) -> str:
    digits = []
    for _ in range(10):
        number, remainder = divmod(number, 32)
        digits.append(ALPHABET[remainder])
    return prefix + "-" + "".join(reversed(digits))


def _partial(rng: random.Random, day: dt.date) -> str:
    roll = rng.random()
    if roll < 0.85:
        return day.isoformat()
    if roll < 0.97:
        return day.isoformat()[:7]
    return day.isoformat()[:4]


def timelines(persons: int, events_per_person: int, seed: int = 20140621) -> Iterator[
    tuple[int, list[tuple[str, str, str]]]
]:
    """Yield (person number, [(type, subtype, date)]) with about ``events_per_person`` each."""
    rng = random.Random(seed)
    first = dt.date(2008, 1, 1)
    span = (dt.date(2025, 12, 31) - first).days
    for number in range(1, persons + 1):
        events: list[tuple[str, str, str]] = []
        day = first + dt.timedelta(days=rng.randrange(span))
        while len(events) < events_per_person:
            events.append(("detention", "", _partial(rng, day)))
            if rng.random() < 0.9:
                events.append(("recognition", "", _partial(rng, day + dt.timedelta(days=30))))
            for _ in range(rng.randrange(3, 7)):
                day += dt.timedelta(days=rng.randrange(5, 120))
                events.append((rng.choice(MIDDLE), "", _partial(rng, day)))
            day += dt.timedelta(days=rng.randrange(30, 1500))
            if rng.random() < 0.8:
                subtype = rng.choice(["amnesty", "pardon", "end_of_term", "other"])
                events.append(("release", subtype, _partial(rng, day)))
            day += dt.timedelta(days=rng.randrange(200, 2000))
        yield number, events[:events_per_person]
