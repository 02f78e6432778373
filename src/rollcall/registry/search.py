"""Finding persons in the registry from any spelling, script or inflected form.

Every stored :class:`~rollcall.registry.models.PersonName` keeps its folded form
(:func:`rollcall.names.fold.fold`); a query word matches a word of a name that starts
with it or with one of its nominative forms ("Беляцкого" finds "Беляцкий"), so the
search stays one SQL query however large the registry.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from rollcall.names.fold import fold, name_tokens, script_of
from rollcall.names.inflection import nominative_forms


def _word_forms(word: str) -> set[str]:
    forms = {word}
    if script_of(word) == "Cyrl":
        for language in ("ru", "be"):
            forms.update(fold(form) for form in nominative_forms(word, language)[:4])
    return {form for form in forms if len(form) >= 2}


def search_persons(query: str) -> QuerySet:
    """Persons any of whose names matches every word of the query."""
    from rollcall.registry.models import Person

    persons = Person.objects.all()
    for word in name_tokens(query):
        condition = Q()
        for form in _word_forms(word):
            # A word of a name starts with the query word ("Ales" is not in "Kalesnikava").
            condition |= (Q(names__folded__startswith=form)
                          | Q(names__folded__contains=f" {form}")
                          | Q(names__folded__contains=f"-{form}"))
        persons = persons.filter(pk__in=Person.objects.filter(condition).values("pk"))
    return persons
