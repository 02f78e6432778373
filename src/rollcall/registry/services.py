"""Registry operations that touch several records and must happen whole.

Each runs in one transaction: on any error nothing is changed.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.dispatch import Signal

from rollcall.registry.models import (
    Citation,
    Membership,
    Participation,
    Person,
    PersonName,
    Quote,
    RetiredPublicId,
)
from rollcall.registry.signals import deferred_derivations

# Sent inside the merge's transaction, before the duplicate is deleted, so that other
# apps move what points at it (keyword arguments: keep, duplicate).
person_merged = Signal()


class MergeError(ValueError):
    """The two records cannot be merged; the message says why."""


def _fill_blanks(keep: Person, duplicate: Person) -> None:
    for field in ("sex", "occupations", "public_summary"):
        if not getattr(keep, field) and getattr(duplicate, field):
            setattr(keep, field, getattr(duplicate, field))
    # A value moves with its own public flag: a private birth date stays private.
    for field, flag in (("birth_date", "birth_date_public"), ("birthplace", "birthplace_public")):
        if not getattr(keep, field) and getattr(duplicate, field):
            setattr(keep, field, getattr(duplicate, field))
            setattr(keep, flag, getattr(duplicate, flag))
    if duplicate.sensitive_notes:
        keep.sensitive_notes = "\n\n".join(
            note for note in (keep.sensitive_notes, duplicate.sensitive_notes) if note
        )


def merge_persons(keep: Person, duplicate: Person) -> Person:
    """Fold ``duplicate`` into ``keep``: names, events, memberships, quotes, citations.

    The duplicate's display name stays as an alias and its public id keeps finding the
    person (:class:`RetiredPublicId`); its record is then deleted (its history, with
    the change reason naming the survivor, remains).
    """
    if keep.pk == duplicate.pk:
        raise MergeError("a person cannot be merged with itself")
    with transaction.atomic(), deferred_derivations():
        _merge(keep, duplicate)
    return keep


def _merge(keep: Person, duplicate: Person) -> None:
    _fill_blanks(keep, duplicate)
    keep._change_reason = f"merged {duplicate.public_id} ({duplicate.display_name}) into this"  # type: ignore[attr-defined]
    keep.save()

    # Entered spellings move; generated ones are regenerated from them.
    existing_names = set(keep.names.filter(scheme="").values_list("name", "language"))
    for name in duplicate.names.filter(scheme=""):
        if (name.name, name.language) not in existing_names:
            name.person = keep
            name.save()
            existing_names.add((name.name, name.language))
    if not keep.names.filter(name=duplicate.display_name, scheme="").exists():
        PersonName.objects.create(person=keep, name=duplicate.display_name, kind="alias")

    existing_roles = set(keep.participations.values_list("event_id", "role"))
    for participation in Participation.objects.filter(person=duplicate):
        if (participation.event_id, participation.role) in existing_roles:
            participation.delete()
        else:
            participation.person = keep
            participation.save()

    for membership in Membership.objects.filter(person=duplicate):
        membership.person = keep
        membership.save()
    for quote in Quote.objects.filter(speaker=duplicate):
        quote.speaker = keep
        quote.save()

    person_type = ContentType.objects.get_for_model(Person)
    cited = set(
        Citation.objects.filter(content_type=person_type, object_id=keep.pk).values_list(
            "source_id", flat=True
        )
    )
    for citation in Citation.objects.filter(content_type=person_type, object_id=duplicate.pk):
        if citation.source_id in cited:
            citation.delete()
        else:
            citation.object_id = keep.pk
            citation.save()

    RetiredPublicId.objects.filter(person=duplicate).update(person=keep)
    RetiredPublicId.objects.create(public_id=duplicate.public_id, person=keep)
    person_merged.send(sender=Person, keep=keep, duplicate=duplicate)
    duplicate._change_reason = f"merged into {keep.public_id}"  # type: ignore[attr-defined]
    duplicate.delete()


def find_by_public_id(public_id: str) -> Person | None:
    """The person with this public id, following ids retired by merges."""
    person = Person.objects.filter(public_id=public_id).first()
    if person is None:
        retired = RetiredPublicId.objects.filter(public_id=public_id).first()
        person = Person.objects.filter(pk=retired.person_id).first() if retired else None
    return person
