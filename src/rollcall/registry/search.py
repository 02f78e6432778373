"""Finding persons in the registry from any spelling.

Matching runs over every stored :class:`~rollcall.registry.models.PersonName` in its
folded form.
"""

from __future__ import annotations

import unicodedata

from django.db.models import QuerySet


def fold_for_search(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form stored beside each name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ё", "е"))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    kept = "".join(char if char.isalnum() else " " for char in kept)
    return " ".join(kept.split())


def search_persons(query: str) -> QuerySet:
    """Persons any of whose names contains every word of the query."""
    from rollcall.registry.models import Person

    words = fold_for_search(query).split()
    persons = Person.objects.all()
    for word in words:
        persons = persons.filter(names__folded__contains=word)
    return persons.distinct()
