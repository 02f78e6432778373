"""Load the demo data set (``demo_data.json``) into the registry, in one transaction.

The data file lists sources, places, organisations, cases, persons and events by
local keys; the loader resolves keys, validates every record the way the admin does
(``full_clean``), and cites the listed sources on every event and membership.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.db import transaction

from rollcall.partial_date import parse_optional
from rollcall.registry.models import (
    Case,
    Citation,
    Event,
    Membership,
    Organization,
    Participation,
    Person,
    PersonName,
    Place,
    Source,
    script_of,
)
from rollcall.registry.signals import deferred_derivations
from rollcall.registry.vocabulary import NameKind

DEMO_FILE = Path(__file__).with_name("demo_data.json")


class DemoDataError(ValueError):
    """The demo file is inconsistent; the message names the record."""


def registry_is_empty() -> bool:
    """The demo is loaded only into an empty registry, never mixed into real records."""
    return not Person.objects.exists()


def _get(table: dict[str, Any], key: str | None, what: str, owner: str) -> Any:
    if key is None:
        return None
    try:
        return table[key]
    except KeyError:
        raise DemoDataError(f"{owner}: unknown {what} {key!r}") from None


def _cite(obj: Any, source_keys: list[str], sources: dict[str, Source], owner: str) -> None:
    if not source_keys:
        raise DemoDataError(f"{owner}: no source cited")
    for key in source_keys:
        Citation.objects.create(source=_get(sources, key, "source", owner), fact=obj)


def load_demo(path: Path = DEMO_FILE) -> dict[str, int]:
    """Load the demo file; returns how many records of each kind were created."""
    with transaction.atomic(), deferred_derivations():
        return _load(path)


def _load(path: Path) -> dict[str, int]:
    data = json.loads(path.read_text(encoding="utf-8"))
    sources: dict[str, Source] = {}
    for item in data["sources"]:
        source = Source(
            title=item["title"], publisher=item.get("publisher", ""), url=item.get("url", ""),
            published=parse_optional(item.get("published")), language=item.get("language", ""),
            text=item.get("summary", ""), is_public=True,
        )
        source.full_clean(exclude=["content_hash"])
        source.save()
        sources[item["key"]] = source

    places: dict[str, Place] = {}
    for item in data["places"]:  # parents come before children in the file
        place = Place(
            name=item["name"], name_be=item.get("name_be", ""), name_ru=item.get("name_ru", ""),
            kind=item["kind"], postal_address=item.get("postal_address", ""),
            parent=_get(places, item.get("parent"), "place", f"place {item['key']}"),
        )
        place.full_clean()
        place.save()
        places[item["key"]] = place

    organizations: dict[str, Organization] = {}
    for item in data["organizations"]:
        organization = Organization(
            name=item["name"], short_name=item.get("short_name", ""), kind=item["kind"],
            country=_get(places, item.get("country"), "place", f"organization {item['key']}"),
        )
        organization.full_clean()
        organization.save()
        organizations[item["key"]] = organization

    cases: dict[str, Case] = {}
    for item in data.get("cases", []):
        case = Case(
            name=item["name"], articles=item.get("articles", []),
            description=item.get("description", ""),
            court=_get(organizations, item.get("court"), "organization", f"case {item['key']}"),
        )
        case.full_clean()
        case.save()
        cases[item["key"]] = case

    persons: dict[str, Person] = {}
    for item in data["persons"]:
        owner = f"person {item['key']}"
        person = Person(
            display_name=item["names"]["en"], sex=item.get("sex") or "",
            birth_date=parse_optional(item.get("birth_date")),
            public_summary=item.get("summary", ""), is_public=item.get("is_public", True),
        )
        person.full_clean()
        person.save()
        persons[item["key"]] = person
        for language, name in item["names"].items():
            PersonName.objects.create(
                person=person, name=name, language=language, script=script_of(name),
                kind=NameKind.OFFICIAL,
            )
        for alias in item.get("aliases", []):
            PersonName.objects.get_or_create(
                person=person, name=alias, language="",
                defaults={"script": script_of(alias), "kind": NameKind.ALIAS},
            )
        for membership_item in item.get("memberships", []):
            membership = Membership(
                person=person,
                organization=_get(
                    organizations, membership_item["organization"], "organization", owner
                ),
                role=membership_item.get("role", ""),
                start=parse_optional(membership_item.get("start")),
                end=parse_optional(membership_item.get("end")),
            )
            membership.full_clean()
            membership.save()
            _cite(membership, membership_item.get("sources", []), sources, owner)

    for number, item in enumerate(data["events"], start=1):
        owner = f"event {number} ({item.get('type')} {item.get('date')})"
        event = Event(
            type=item["type"], subtype=item.get("subtype") or "",
            date=parse_optional(item.get("date")),
            place=_get(places, item.get("place"), "place", owner),
            organization=_get(organizations, item.get("organization"), "organization", owner),
            case=_get(cases, item.get("case"), "case", owner),
            attributes=item.get("attributes") or {}, summary=item.get("summary", ""),
            is_public=item.get("is_public", True),
        )
        event.full_clean()
        event.save()
        if not item.get("persons"):
            raise DemoDataError(f"{owner}: names no person")
        for key in item["persons"]:
            Participation.objects.create(person=_get(persons, key, "person", owner), event=event)
        _cite(event, item.get("sources", []), sources, owner)

    return {
        "persons": len(persons), "events": len(data["events"]), "sources": len(sources),
        "places": len(places), "organizations": len(organizations), "cases": len(cases),
    }
