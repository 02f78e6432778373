"""Searchable spellings of a person's name, generated from the names people entered.

Entered names (``official`` and ``alias`` rows with no scheme, and the display name)
are the truth; from them :func:`rollcall.names.variants.generate_variants` derives
transliterations under every scheme and Belarusian↔Russian counterparts. Generated
rows carry their ``scheme`` and are rewritten whenever the entered names change, so
search and matching always see every spelling.
"""

from __future__ import annotations

from django.db import transaction

from rollcall.names.fold import fold
from rollcall.names.variants import generate_variants
from rollcall.registry.models import Person, PersonName, script_of

DISPLAY_NAME_SCHEME = "display_name"


def entered_names(person: Person) -> list[tuple[str, str]]:
    rows = person.names.filter(scheme="").order_by("kind", "pk")
    return [(row.name, row.language) for row in rows]


@transaction.atomic
def regenerate_names(person: Person) -> int:
    """Rewrite the person's generated spellings; returns how many there are now."""
    entered = entered_names(person)
    taken = {fold(name) for name, _ in entered}
    generated = []
    if person.display_name and fold(person.display_name) not in taken:
        # The display name is searchable too, as a row derived from the person.
        taken.add(fold(person.display_name))
        entered.append((person.display_name, ""))
        generated.append(PersonName(
            person=person, name=person.display_name, script=script_of(person.display_name),
            language="", kind="official", scheme=DISPLAY_NAME_SCHEME,
        ))
    for variant in generate_variants(entered):
        if variant.kind == "official" or not variant.scheme or fold(variant.name) in taken:
            continue
        taken.add(fold(variant.name))
        generated.append(PersonName(
            person=person, name=variant.name, script=variant.script,
            language=variant.language, kind=variant.kind, scheme=variant.scheme,
        ))
    # Generated rows are derived data: replaced without signals or history entries.
    PersonName.objects.filter(person=person).exclude(scheme="")._raw_delete(
        PersonName.objects.db
    )
    for row in generated:
        row.folded = fold(row.name)
    PersonName.objects.bulk_create(generated)
    return len(generated)
