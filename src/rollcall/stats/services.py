"""Counts of political prisoners from the registry's timelines.

- :func:`rebuild_spells` re-derives stored custody spells for some persons (called by
  the registry's signals when events change, and by bulk loaders for everyone).
- :func:`count_on` is one indexed SQL count on the stored spells.
- :func:`series` reads the recognised spells once and sweeps over the dates.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter

from django.db import connection, transaction
from django.db.models import Q

from rollcall.registry.models import Participation, Person
from rollcall.registry.vocabulary import ParticipationRole
from rollcall.stats.models import CustodySpell
from rollcall.stats.spells import (
    Spell,
    Timeline,
    TimelineEvent,
    derive_spells,
    is_custodial,
    series_dates,
    sweep,
)

_BATCH = 2000


def _timeline_rows(person_ids: Iterable[int] | None) -> Iterator[tuple[int, TimelineEvent]]:
    """(person, event) rows of the subjects' timelines, ordered by person."""
    rows = Participation.objects.filter(role=ParticipationRole.SUBJECT).order_by("person_id")
    if person_ids is not None:
        rows = rows.filter(person_id__in=list(person_ids))
    for person_id, event_id, event_type, date, attributes in rows.values_list(
        "person_id", "event_id", "event__type", "event__date", "event__attributes"
    ).iterator(chunk_size=_BATCH):
        yield person_id, TimelineEvent(event_id, event_type, date, is_custodial(attributes))


def _spell_rows(person_id: int, spells: list[Spell]) -> list[CustodySpell]:
    return [
        CustodySpell(
            person_id=person_id,
            start_event_id=spell.start_event,
            end_event_id=spell.end_event,
            start=spell.start,
            end=spell.end,
            counted_from=spell.counted_from,
            counted_until=spell.counted_until,
            recognised=spell.recognised,
        )
        for spell in spells
    ]


def timeline_for(person_id: int) -> Timeline:
    """A person's spells and anomalies, derived afresh (for showing, not counting)."""
    return derive_spells(event for _pid, event in _timeline_rows([person_id]))


@transaction.atomic
def rebuild_spells(person_ids: Iterable[int]) -> int:
    """Re-derive the stored spells of these persons; returns how many spells they have."""
    ids = sorted(set(person_ids))
    if not ids:
        return 0
    # Lock the persons: two transactions rebuilding one person's spells at once would
    # each delete what it sees and both insert (on PostgreSQL, read committed).
    list(Person.objects.select_for_update().filter(pk__in=ids).values_list("pk", flat=True))
    by_person: dict[int, list[TimelineEvent]] = defaultdict(list)
    for chunk_start in range(0, len(ids), _BATCH):
        chunk = ids[chunk_start : chunk_start + _BATCH]
        for person_id, event in _timeline_rows(chunk):
            by_person[person_id].append(event)
        CustodySpell.objects.filter(person_id__in=chunk).delete()
    rows: list[CustodySpell] = []
    for person_id in ids:
        rows.extend(_spell_rows(person_id, derive_spells(by_person.get(person_id, [])).spells))
    CustodySpell.objects.bulk_create(rows, batch_size=_BATCH)
    return len(rows)


@transaction.atomic
def rebuild_all_spells() -> int:
    """Re-derive every spell in the registry (after bulk loads); streams person by person."""
    CustodySpell.objects.all().delete()
    total = 0
    pending: list[CustodySpell] = []
    for person_id, rows in groupby(_timeline_rows(None), key=itemgetter(0)):
        pending.extend(_spell_rows(person_id, derive_spells(e for _p, e in rows).spells))
        if len(pending) >= _BATCH:
            CustodySpell.objects.bulk_create(pending, batch_size=_BATCH)
            total += len(pending)
            pending.clear()
    CustodySpell.objects.bulk_create(pending, batch_size=_BATCH)
    return total + len(pending)


def _held_on(day: dt.date) -> Q:
    return Q(recognised=True, counted_from__lte=day) & (
        Q(counted_until__isnull=True) | Q(counted_until__gt=day)
    )


def count_on(day: dt.date) -> int:
    """How many recognised political prisoners were held on this day."""
    # Spells of one person never overlap (see spells.py), so rows are persons.
    return CustodySpell.objects.filter(_held_on(day)).count()


def held_on(day: dt.date) -> list[int]:
    """Primary keys of the persons counted on this day."""
    return sorted(
        set(CustodySpell.objects.filter(_held_on(day)).values_list("person_id", flat=True))
    )


def series(first: dt.date, last: dt.date, step: str) -> list[tuple[dt.date, int]]:
    """The count on each date of the series (see :func:`series_dates`)."""
    dates = series_dates(first, last, step)
    if not dates:
        return []
    daily = sweep(_day_offsets(dates[0], dates[-1]), (dates[-1] - dates[0]).days + 1)
    return [(day, daily[(day - dates[0]).days]) for day in dates]


def _day_offsets(first: dt.date, last: dt.date) -> list[tuple[int, int | None]]:
    """Recognised spells touching [first, last] as day offsets from ``first``.

    The database does the date arithmetic: turning 10^5 dates into Python objects
    would cost more than the whole sweep.
    """
    if connection.vendor == "sqlite":
        offset = "CAST(julianday({column}) - julianday(%s) AS INTEGER)"
    else:
        offset = "({column} - %s::date)"
    table = CustodySpell._meta.db_table
    query = (
        f"SELECT {offset.format(column='counted_from')}, "
        f"{offset.format(column='counted_until')} FROM {table} "
        "WHERE recognised AND counted_from <= %s "
        "AND (counted_until IS NULL OR counted_until > %s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, [first, first, last, first])
        return cursor.fetchall()
