"""Keep derived custody spells in step with the events they come from."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from rollcall.registry.models import Event, Participation, Person, PersonName


def _rebuild(person_ids: list[int]) -> None:
    from rollcall.stats.services import rebuild_spells

    rebuild_spells(person_ids)


@receiver(post_save, sender=Event)
def event_saved(sender: type[Event], instance: Event, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # loading a fixture: the loader rebuilds once at the end
        return
    _rebuild(list(instance.participations.values_list("person_id", flat=True)))


@receiver(post_save, sender=Participation)
@receiver(post_delete, sender=Participation)
def participation_changed(
    sender: type[Participation], instance: Participation, raw: bool = False, **kwargs: Any
) -> None:
    if raw:
        return
    _rebuild([instance.person_id])


@receiver(post_save, sender=PersonName)
@receiver(post_delete, sender=PersonName)
def entered_name_changed(
    sender: type[PersonName], instance: PersonName, raw: bool = False, **kwargs: Any
) -> None:
    """An entered spelling changed: regenerate the person's derived spellings."""
    if raw or instance.scheme or isinstance(kwargs.get("origin"), Person):
        return  # (a person being deleted takes its names along)
    from rollcall.registry.names import regenerate_names

    person = Person.objects.filter(pk=instance.person_id).first()
    if person is not None:
        regenerate_names(person)


@receiver(post_save, sender=Person)
def person_saved(sender: type[Person], instance: Person, raw: bool = False, **kwargs: Any) -> None:
    """The display name is searchable: keep its derived spellings in step."""
    if raw:
        return
    from rollcall.registry.names import regenerate_names

    regenerate_names(instance)
