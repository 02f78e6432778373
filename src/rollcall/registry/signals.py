"""Keep derived data in step with what it comes from.

- Custody spells follow a person's events (:func:`rollcall.stats.services.rebuild_spells`).
- Generated name spellings follow the names people entered
  (:func:`rollcall.registry.names.regenerate_names`).

Inside :func:`deferred_derivations` (bulk work in one transaction) the persons
touched are collected and their derived data rebuilt once, at the end, before the
transaction commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from rollcall.registry.models import Event, Participation, Person, PersonName


@dataclass
class _Pending:
    spells: set[int] = field(default_factory=set)
    names: set[int] = field(default_factory=set)


_pending: ContextVar[_Pending | None] = ContextVar("rollcall_deferred", default=None)


@contextmanager
def deferred_derivations() -> Iterator[None]:
    """Rebuild spells and generated names once for everyone touched inside the block.

    Must be used inside a transaction, so that nothing commits with stale derived data.
    """
    if _pending.get() is not None:  # nested: the outer block rebuilds
        yield
        return
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("deferred_derivations() needs an enclosing transaction")
    pending = _Pending()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    _regenerate_names(pending.names)
    _rebuild_spells(pending.spells)


def _rebuild_spells(person_ids: set[int] | list[int]) -> None:
    pending = _pending.get()
    if pending is not None:
        pending.spells.update(person_ids)
        return
    from rollcall.stats.services import rebuild_spells

    rebuild_spells(person_ids)


def _regenerate_names(person_ids: set[int]) -> None:
    pending = _pending.get()
    if pending is not None:
        pending.names.update(person_ids)
        return
    from rollcall.registry.names import regenerate_names

    for person in Person.objects.filter(pk__in=person_ids):
        regenerate_names(person)


@receiver(post_save, sender=Event)
def event_saved(sender: type[Event], instance: Event, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # loading a fixture: the loader rebuilds once at the end
        return
    _rebuild_spells(list(instance.participations.values_list("person_id", flat=True)))


@receiver(pre_save, sender=Participation)
def participation_saving(
    sender: type[Participation], instance: Participation, raw: bool = False, **kwargs: Any
) -> None:
    """Remember whose event this was: moving it to another person changes both."""
    if not raw and instance.pk is not None:
        instance._previous_person_id = (  # type: ignore[attr-defined]
            Participation.objects.filter(pk=instance.pk).values_list("person_id", flat=True)
            .first()
        )


@receiver(post_save, sender=Participation)
@receiver(post_delete, sender=Participation)
def participation_changed(
    sender: type[Participation], instance: Participation, raw: bool = False, **kwargs: Any
) -> None:
    if raw:
        return
    previous = getattr(instance, "_previous_person_id", None)
    _rebuild_spells({instance.person_id} | ({previous} if previous else set()))


@receiver(post_save, sender=PersonName)
@receiver(post_delete, sender=PersonName)
def entered_name_changed(
    sender: type[PersonName], instance: PersonName, raw: bool = False, **kwargs: Any
) -> None:
    """An entered spelling changed: regenerate the person's derived spellings."""
    if raw or instance.scheme or isinstance(kwargs.get("origin"), Person):
        return  # (a person being deleted takes its names along)
    _regenerate_names({instance.person_id})


@receiver(post_save, sender=Person)
def person_saved(sender: type[Person], instance: Person, raw: bool = False,
                 created: bool = False, update_fields: Any = None, **kwargs: Any) -> None:
    """The display name is searchable: keep its derived spellings in step."""
    if raw or (update_fields is not None and "display_name" not in update_fields):
        return
    if not created and instance.names.filter(
        scheme="display_name", name=instance.display_name
    ).exists():
        return  # the display name did not change
    _regenerate_names({instance.pk})
