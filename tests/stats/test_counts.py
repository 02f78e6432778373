"""Counts from the stored spells agree with the rule, on SQLite and PostgreSQL."""

import datetime as dt
import random

import pytest

from rollcall.registry.models import Event, Participation, Person
from rollcall.stats.services import count_on, held_on, rebuild_all_spells, series

pytestmark = pytest.mark.django_db


def timeline(name, *events):
    person = Person.objects.create(display_name=name)
    for kind, date in events:
        event = Event.objects.create(type=kind, date=date)
        Participation.objects.create(person=person, event=event)
    return person


def test_series_agrees_with_a_count_on_each_day():
    rng = random.Random(3)
    for number in range(25):
        start = dt.date(2011, 1, 1) + dt.timedelta(days=rng.randrange(700))
        events = [("detention", start.isoformat()[: rng.choice([4, 7, 10, 10])])]
        if rng.random() < 0.8:
            events.append(("recognition", None if rng.random() < 0.3 else start.isoformat()))
        if rng.random() < 0.7:
            end = start + dt.timedelta(days=rng.randrange(1, 400))
            events.append(("release", end.isoformat()[: rng.choice([4, 7, 10, 10])]))
        timeline(f"Person {number}", *events)
    first, last = dt.date(2010, 12, 1), dt.date(2013, 6, 30)
    daily = series(first, last, "day")
    assert [day for day, _ in daily][:2] == [first, first + dt.timedelta(days=1)]
    assert [n for _, n in daily] == [count_on(day) for day, _ in daily]
    assert max(n for _, n in daily) > 0
    monthly = series(first, last, "month")
    assert monthly[0][0] == dt.date(2010, 12, 1)
    assert dict(monthly) == {day: n for day, n in daily if day.day == 1}


def test_who_is_counted_and_rebuild_all_is_idempotent():
    statkevich = timeline("Mikalai Statkevich", ("detention", "2010-12-19"),
                          ("recognition", "2011-01-12"), ("release", "2015-08-22"),
                          ("detention", "2020-05-31"))
    timeline("Never Recognised", ("detention", "2012-01-01"))
    autukhovich = timeline("Mikalai Autukhovich", ("detention", "2009-02"),
                           ("recognition", None), ("release", "2014"))
    assert held_on(dt.date(2013, 6, 1)) == sorted([statkevich.pk, autukhovich.pk])
    assert held_on(dt.date(2014, 6, 23)) == [statkevich.pk]
    assert held_on(dt.date(2021, 1, 1)) == []  # re-arrest not yet recognised
    before = list(series(dt.date(2009, 1, 1), dt.date(2022, 1, 1), "month"))
    assert rebuild_all_spells() == 4
    assert list(series(dt.date(2009, 1, 1), dt.date(2022, 1, 1), "month")) == before


def test_deferred_derivations_rebuild_once_at_the_end():
    from django.db import transaction

    from rollcall.registry.signals import deferred_derivations

    with transaction.atomic(), deferred_derivations():
        person = timeline("Deferred Person", ("detention", "2020-01-01"), ("recognition", None))
        person.names.create(name="Адложаны Чалавек", language="be", kind="official")
        assert not person.custody_spells.exists()  # not yet: rebuilt once, at the end
    assert count_on(dt.date(2020, 6, 1)) == 1
    assert person.names.exclude(scheme="").exists()


@pytest.mark.django_db(transaction=True)
def test_deferred_derivations_need_a_transaction():
    from rollcall.registry.signals import deferred_derivations

    with pytest.raises(RuntimeError, match="needs an enclosing transaction"), \
            deferred_derivations():
        pass
