"""What the public may see, as explicit field lists.

Every public page, export and API response is built from these functions; none
serialises a whole model. A person appears only when ``is_public``; an event only
when it and at least one of its subjects are public; a source only when public.
Sensitive notes, private birth data and non-public sources never leave this module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, QuerySet

from rollcall.registry.models import Citation, Event, Participation, Person, PersonName, Source

PERSON_FIELDS = ("public_id", "display_name", "sex", "occupations", "public_summary")
EVENT_FIELDS = ("public_id", "type", "subtype", "date")
SOURCE_FIELDS = ("public_id", "title", "publisher", "url", "published", "language")
CSV_COLUMNS = (
    "person_id", "person_name", "event_id", "event_type", "event_subtype", "event_date",
    "place", "source_urls",
)


def public_persons() -> QuerySet[Person]:
    return Person.objects.filter(is_public=True).order_by("display_name")


def _public_events(person: Person) -> Iterator[Event]:
    for participation in person.participations.all():
        if participation.event.is_public:
            yield participation.event


def _source_dict(source: Source) -> dict[str, Any]:
    record = {field: getattr(source, field) for field in SOURCE_FIELDS}
    record["published"] = str(source.published) if source.published else None
    return record


def _event_sources(event_ids: list[int]) -> dict[int, list[Source]]:
    event_type = ContentType.objects.get_for_model(Event)
    citations = Citation.objects.filter(
        content_type=event_type, object_id__in=event_ids, source__is_public=True
    ).select_related("source")
    by_event: dict[int, list[Source]] = {}
    for citation in citations:
        by_event.setdefault(citation.object_id, []).append(citation.source)
    return by_event


def _persons_with_events() -> QuerySet[Person]:
    subjects = Participation.objects.filter(role="subject").select_related(
        "event", "event__place"
    ).order_by("event__date", "event__pk")
    return public_persons().prefetch_related(
        Prefetch("participations", queryset=subjects),
        Prefetch("names", queryset=PersonName.objects.order_by("kind", "language", "name")),
    )


def person_record(person: Person, sources: dict[int, list[Source]]) -> dict[str, Any]:
    record: dict[str, Any] = {field: getattr(person, field) for field in PERSON_FIELDS}
    record["birth_date"] = (
        str(person.birth_date) if person.birth_date_public and person.birth_date else None
    )
    record["birthplace"] = (
        str(person.birthplace) if person.birthplace_public and person.birthplace else None
    )
    record["names"] = [
        {"name": name.name, "language": name.language, "script": name.script, "kind": name.kind}
        for name in person.names.all()
    ]
    events = []
    for event in _public_events(person):
        item: dict[str, Any] = {field: getattr(event, field) for field in EVENT_FIELDS}
        item["date"] = str(event.date) if event.date else None
        item["subtype"] = event.subtype or None
        item["place"] = str(event.place) if event.place else None
        item["sources"] = [_source_dict(source) for source in sources.get(event.pk, [])]
        events.append(item)
    record["events"] = events
    return record


def export_json() -> dict[str, Any]:
    persons = list(_persons_with_events())
    event_ids = [p.event_id for person in persons for p in person.participations.all()]
    sources = _event_sources(event_ids)
    return {
        "format": "rollcall.export/1",
        "persons": [person_record(person, sources) for person in persons],
    }


def _cell(value: str) -> str:
    """A spreadsheet must not run a name as a formula (=, +, -, @ at the start)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def export_csv() -> str:
    """One row per public event of each public person."""
    document = export_json()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for person in document["persons"]:
        for event in person["events"]:
            writer.writerow([_cell(value) for value in (
                person["public_id"], person["display_name"], event["public_id"], event["type"],
                event["subtype"] or "", event["date"] or "", event["place"] or "",
                " ".join(source["url"] for source in event["sources"] if source["url"]),
            )])
    return buffer.getvalue()
