"""Review: accepting, correcting and rejecting claims — the only way into the registry.

:func:`accept_claim` is the one service function the review UI, the command line and
bulk acceptance all call. Accepting writes registry records with a
:class:`~rollcall.registry.models.Citation` to the claim's source (and its evidence
offsets); accepting a fact the registry already has adds a citation instead of a
second record. Every function runs in one transaction: a claim that cannot be
accepted leaves nothing half-written.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from rollcall.ingest.models import Claim, ClaimKind, ClaimStatus
from rollcall.names.fold import fold
from rollcall.partial_date import InvalidPartialDate, PartialDate
from rollcall.registry.models import (
    Citation,
    Event,
    Participation,
    Person,
    PersonName,
    Place,
    Quote,
    script_of,
)
from rollcall.registry.signals import deferred_derivations
from rollcall.registry.vocabulary import SUBTYPES, EventType, NameKind
from rollcall.stats.models import CountCategory, StatedCount

KIND_ORDER = {ClaimKind.PERSON: 0, ClaimKind.EVENT: 1, ClaimKind.COUNT: 2, ClaimKind.QUOTE: 3}


class ReviewError(ValueError):
    """A claim that cannot be accepted as it stands; the message says what to fix."""


def _cite(fact: Any, claim: Claim) -> None:
    Citation.objects.get_or_create(
        source=claim.source, content_type_id=_content_type_id(fact), object_id=fact.pk,
        defaults={"evidence_start": claim.evidence_start, "evidence_end": claim.evidence_end},
    )


def _content_type_id(fact: Any) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(fact).pk


def _partial(value: Any, what: str) -> PartialDate | None:
    if value in (None, ""):
        return None
    try:
        return PartialDate.parse(str(value))
    except InvalidPartialDate as error:
        raise ReviewError(f"{what}: {error}") from error


def validate(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """Check a claim's (corrected) data; return it normalised or raise ReviewError."""
    data = dict(data)
    if kind == ClaimKind.PERSON:
        name = str(data.get("name") or "").strip()
        if not name:
            raise ReviewError("a person needs a name")
        data["name"] = name
        data["variants"] = [str(v).strip() for v in data.get("variants") or [] if str(v).strip()]
        data["roles"] = [str(r).strip() for r in data.get("roles") or [] if str(r).strip()]
    elif kind == ClaimKind.EVENT:
        if data.get("type") not in EventType.values:
            raise ReviewError(
                f"event type {data.get('type')!r} is not one of: {', '.join(EventType.values)}"
            )
        subtype = data.get("subtype") or None
        allowed = SUBTYPES.get(data["type"])
        if subtype and (allowed is None or subtype not in allowed.values):
            raise ReviewError(f"{subtype!r} is not a subtype of {data['type']}")
        data["subtype"] = subtype
        date = _partial(data.get("date"), "date")
        data["date"] = str(date) if date else None
        data["persons"] = [str(p).strip() for p in data.get("persons") or [] if str(p).strip()]
        count = data.get("count")
        if count not in (None, ""):
            try:
                data["count"] = int(count)
            except (TypeError, ValueError):
                raise ReviewError(f"count {count!r} is not a whole number") from None
        else:
            data["count"] = None
    elif kind == ClaimKind.COUNT:
        try:
            data["value"] = int(data.get("value"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ReviewError(f"count {data.get('value')!r} is not a whole number") from None
        if data["value"] < 0:
            raise ReviewError("a count cannot be negative")
        if data.get("category") not in CountCategory.values:
            raise ReviewError(
                f"count category {data.get('category')!r} is not one of: "
                f"{', '.join(CountCategory.values)}"
            )
    elif kind == ClaimKind.QUOTE and not str(data.get("text") or "").strip():
        raise ReviewError("a quote needs its text")
    return data


def _find_person_claim(source_id: int, name: str) -> Claim | None:
    key = fold(name)
    for claim in Claim.objects.filter(source_id=source_id, kind=ClaimKind.PERSON):
        names = [claim.data.get("name", ""), *(claim.data.get("variants") or [])]
        if key in {fold(n) for n in names}:
            return claim
    return None


def _registry_person(name: str) -> Person | None:
    matches = list(
        Person.objects.filter(names__folded=fold(name)).distinct()[:2]
    ) or list(Person.objects.filter(display_name__iexact=name)[:2])
    return matches[0] if len(matches) == 1 else None


def _person_for(claim: Claim, name: str, user: AbstractBaseUser | None) -> Person:
    """The registry person an event or quote of this source names."""
    person_claim = _find_person_claim(claim.source_id, name)
    if person_claim is not None:
        # Locked: two reviewers accepting events of one new person create one person.
        person_claim = Claim.objects.select_for_update().get(pk=person_claim.pk)
        if person_claim.status == ClaimStatus.PENDING:
            _accept(person_claim, user)
        if person_claim.status == ClaimStatus.ACCEPTED and person_claim.person is not None:
            return person_claim.person
        if person_claim.status == ClaimStatus.REJECTED:
            raise ReviewError(f"the person claim {name!r} of this source was rejected; "
                              "correct the name or accept the person")
    person = _registry_person(name)
    if person is None:
        raise ReviewError(f"no person {name!r} among this source's people or in the registry")
    return person


def _create_person(data: dict[str, Any]) -> Person:
    person = Person.objects.create(
        display_name=data["name"], is_public=False,
        occupations="; ".join(data.get("roles") or [])[:300],
    )
    seen: set[str] = set()
    for kind, name in [(NameKind.OFFICIAL, data["name"])] + [
        (NameKind.ALIAS, variant) for variant in data.get("variants") or []
    ]:
        if fold(name) in seen:
            continue
        seen.add(fold(name))
        PersonName.objects.create(person=person, name=name, kind=kind, script=script_of(name))
    return person


def _accept_person(claim: Claim, person: Person | None, create: bool) -> Person:
    data = claim.data
    if person is None and not create:
        person = claim.person or (
            Person.objects.filter(public_id=data.get("registry_id")).first()
            if data.get("registry_id") else None
        ) or _registry_person(data["name"])
    if person is None:
        person = _create_person(data)
    else:
        known = {fold(n) for n in person.names.values_list("name", flat=True)}
        known.add(fold(person.display_name))
        for name in [data["name"], *(data.get("variants") or [])]:
            if fold(name) not in known:
                PersonName.objects.create(person=person, name=name, kind=NameKind.ALIAS,
                                          script=script_of(name))
                known.add(fold(name))
    claim.person = person
    _cite(person, claim)
    return person


def _place(text: str | None) -> Place | None:
    if not text:
        return None
    key = text.strip()
    matches = list(
        Place.objects.filter(
            Q(name__iexact=key) | Q(name_be__iexact=key) | Q(name_ru__iexact=key)
        )[:2]
    )
    return matches[0] if len(matches) == 1 else None


def _compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.first_day() <= b.last_day() and b.first_day() <= a.last_day()


def _same_event(data: dict[str, Any], date: PartialDate | None,
                persons: list[Person]) -> Event | None:
    """The registry's record of this fact, if it has exactly one: same type, a subject
    in common, a compatible date and subtype (a missing subtype fits any)."""
    candidates = Event.objects.filter(
        type=data["type"], participations__person__in=persons, participations__role="subject",
    ).distinct()
    if data.get("subtype"):
        candidates = candidates.filter(subtype__in=[data["subtype"], ""])
    matches = [event for event in candidates if _compatible(event.date, date)]
    return matches[0] if len(matches) == 1 else None


def _accept_event(claim: Claim, user: AbstractBaseUser | None) -> Event:
    data = claim.data
    persons = list({p.pk: p for p in (_person_for(claim, n, user) for n in data["persons"])}
                   .values())  # "Ales Bialiatski" and "Bialiatski" are one subject
    date = _partial(data.get("date"), "date")
    event = _same_event(data, date, persons) if persons else None
    if event is not None:
        changes = []
        if date and event.date and date.precision > event.date.precision:
            event.date = date
            changes.append("date made precise")
        if data.get("subtype") and not event.subtype:
            event.subtype = data["subtype"]
            changes.append("subtype added")
        if changes:
            event._change_reason = (  # type: ignore[attr-defined]
                f"{', '.join(changes)} by source {claim.source.public_id}"
            )
            event.save()
        for person in persons:
            Participation.objects.get_or_create(person=person, event=event, role="subject")
        _cite(event, claim)
        return event
    attributes: dict[str, Any] = {}
    if data.get("count") is not None:
        attributes["count"] = data["count"]
    place = _place(data.get("place"))
    if data.get("place") and place is None:
        attributes["place_text"] = data["place"]
    event = Event.objects.create(  # public once an editor approves it
        type=data["type"], subtype=data.get("subtype") or "", date=date, place=place,
        attributes=attributes, summary=claim.evidence()[:1000], is_public=False,
    )
    for person in persons:
        Participation.objects.create(person=person, event=event)
    _cite(event, claim)
    return event


def _accept_count(claim: Claim) -> StatedCount:
    count, _created = StatedCount.objects.get_or_create(
        source=claim.source, value=claim.data["value"], category=claim.data["category"],
        defaults={"date": claim.source.published, "evidence_start": claim.evidence_start,
                  "evidence_end": claim.evidence_end},
    )
    return count


def _accept_quote(claim: Claim, user: AbstractBaseUser | None) -> Quote:
    speaker_name = claim.data.get("speaker")
    speaker = _person_for(claim, speaker_name, user) if speaker_name else None
    quote, _created = Quote.objects.get_or_create(
        source=claim.source, text=claim.data["text"], speaker=speaker,
        defaults={"evidence_start": claim.evidence_start, "evidence_end": claim.evidence_end,
                  "is_public": False},
    )
    return quote


def _accept(claim: Claim, user: AbstractBaseUser | None, person: Person | None = None,
            create_person: bool = False) -> Any:
    if claim.status != ClaimStatus.PENDING:
        raise ReviewError(f"claim {claim.pk} is {claim.status}, not pending")
    claim.data = validate(claim.kind, claim.data)
    if claim.kind == ClaimKind.PERSON:
        result: Any = _accept_person(claim, person, create_person)
    elif claim.kind == ClaimKind.EVENT:
        result = _accept_event(claim, user)
    elif claim.kind == ClaimKind.COUNT:
        result = _accept_count(claim)
    else:
        result = _accept_quote(claim, user)
    claim.result = result
    claim.status = ClaimStatus.ACCEPTED
    claim.reviewed_by = user if user is not None and user.is_authenticated else None
    claim.reviewed_at = timezone.now()
    claim.save()
    return result


@transaction.atomic
def accept_claim(claim: Claim, user: AbstractBaseUser | None = None,
                 data: dict[str, Any] | None = None, person: Person | None = None,
                 create_person: bool = False) -> Any:
    """Accept a claim, with corrections in ``data`` when given; returns the registry record.

    For a person claim, ``person`` links it to that registry person and
    ``create_person`` makes a new one even when a match exists.
    """
    claim = Claim.objects.select_for_update().select_related("source").get(pk=claim.pk)
    if data is not None:
        claim.data = {**claim.data, **data}
    return _accept(claim, user, person, create_person)


@transaction.atomic
def reject_claim(claim: Claim, user: AbstractBaseUser | None = None, note: str = "") -> None:
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if claim.status != ClaimStatus.PENDING:
        raise ReviewError(f"claim {claim.pk} is {claim.status}, not pending")
    claim.status = ClaimStatus.REJECTED
    claim.note = note[:500]
    claim.reviewed_by = user if user is not None and user.is_authenticated else None
    claim.reviewed_at = timezone.now()
    claim.save()


def accept_all(claims: list[Claim], user: AbstractBaseUser | None = None) -> tuple[int, list[str]]:
    """Accept pending claims (persons first); each on its own, so one failure stops none.

    One transaction for the batch (each claim in a savepoint of its own), with derived
    spells and spellings rebuilt once at the end. Returns how many were accepted and a
    message for each claim that was not.
    """
    accepted, problems = 0, []
    with transaction.atomic(), deferred_derivations():
        for claim in sorted(claims, key=lambda c: (KIND_ORDER[c.kind], c.source_id, c.position)):
            claim.refresh_from_db()
            if claim.status != ClaimStatus.PENDING:
                continue
            try:
                accept_claim(claim, user)
            except (ReviewError, ValidationError, IntegrityError) as error:
                problems.append(f"claim {claim.pk} ({claim.label()}): {error}")
            else:
                accepted += 1
    return accepted, problems
