"""Registry operations that touch several records and must happen whole.

Each runs in one transaction: on any error nothing is changed.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from rollcall.registry.models import Citation, Membership, Participation, Person, PersonName


class MergeError(ValueError):
    """The two records cannot be merged; the message says why."""


@transaction.atomic
def merge_persons(keep: Person, duplicate: Person) -> Person:
    """Fold ``duplicate`` into ``keep``: every name, event, membership and citation moves.

    The duplicate's display name stays as an alias; its record is then deleted (its
    history, and the change reason naming the survivor, remain).
    """
    if keep.pk == duplicate.pk:
        raise MergeError("a person cannot be merged with itself")
    if duplicate.sensitive_notes:
        joined = "\n\n".join(n for n in (keep.sensitive_notes, duplicate.sensitive_notes) if n)
        keep.sensitive_notes = joined
    for field in ("sex", "birth_date", "birthplace", "occupations", "public_summary"):
        if not getattr(keep, field) and getattr(duplicate, field):
            setattr(keep, field, getattr(duplicate, field))
    keep._change_reason = f"merged {duplicate.public_id} ({duplicate.display_name}) into this"  # type: ignore[attr-defined]
    keep.save()

    # Entered spellings move; generated ones are regenerated from them.
    existing_names = set(keep.names.filter(scheme="").values_list("name", "language"))
    for name in duplicate.names.filter(scheme=""):
        if (name.name, name.language) not in existing_names:
            name.person = keep
            name.save()
            existing_names.add((name.name, name.language))
    if (duplicate.display_name, "") not in existing_names and not keep.names.filter(
        name=duplicate.display_name, scheme=""
    ).exists():
        PersonName.objects.create(person=keep, name=duplicate.display_name, kind="alias")

    existing_roles = set(keep.participations.values_list("event_id", "role"))
    for participation in Participation.objects.filter(person=duplicate):
        if (participation.event_id, participation.role) in existing_roles:
            participation.delete()
        else:
            participation.person = keep
            participation.save()

    Membership.objects.filter(person=duplicate).update(person=keep)

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

    duplicate._change_reason = f"merged into {keep.public_id}"  # type: ignore[attr-defined]
    duplicate.delete()
    from rollcall.registry.names import regenerate_names
    from rollcall.stats.services import rebuild_spells

    regenerate_names(keep)
    rebuild_spells([keep.pk])
    return keep
