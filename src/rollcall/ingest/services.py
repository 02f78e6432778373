"""Ingestion: an incoming document becomes a Source and its pending claims.

One transaction per source: a source is stored with all its claims or not at all, so
a batch can be interrupted anywhere and run again. A source whose content hash is
already stored is a duplicate and is not stored twice. Extraction runs before the
transaction opens (it is the slow part and touches no database).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from simple_history.utils import bulk_create_with_history

from rollcall.extract import extract
from rollcall.extract.language import UnsupportedLanguage
from rollcall.ingest.models import Claim, ClaimKind, ClaimStatus, fingerprint
from rollcall.ingest.reading import Incoming, safe_url
from rollcall.partial_date import InvalidPartialDate, PartialDate
from rollcall.registry.models import Person, Source


class Outcome(enum.StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass
class IngestResult:
    origin: str
    outcome: Outcome
    source: Source | None = None
    claims: int = 0
    reason: str = ""


def _claims_from(extraction: Any) -> list[tuple[str, dict[str, Any], tuple[int, int] | None]]:
    """(kind, data, evidence) for every fact of an extraction, in a stable order."""
    claims: list[tuple[str, dict[str, Any], tuple[int, int] | None]] = []
    for person in extraction.persons:
        first = min(person.mentions) if person.mentions else None
        claims.append((ClaimKind.PERSON, person.to_json(), first))
    for event in extraction.events:
        claims.append((ClaimKind.EVENT, event.to_json(), tuple(event.evidence)))
    for count in extraction.counts:
        claims.append((ClaimKind.COUNT, count.to_json(), tuple(count.evidence)))
    for quote in extraction.quotes:
        claims.append((ClaimKind.QUOTE, quote.to_json(), tuple(quote.evidence)))
    return claims


def _rejected_before(prints: set[str]) -> dict[str, int]:
    """Facts rejected in earlier sources. Persons are not carried over: a person claim
    is rejected for its source (a misread name, a duplicate), not for good."""
    rejected = Claim.objects.filter(fingerprint__in=prints, status=ClaimStatus.REJECTED).exclude(
        kind=ClaimKind.PERSON
    )
    return dict(rejected.values_list("fingerprint", "pk"))


def ingest(incoming: Incoming, names: Any = None, published: str | None = None,
           url: str | None = None, publisher: str | None = None) -> IngestResult:
    """Store one document as a Source with its pending claims.

    ``published``, ``url`` and ``publisher`` given here override what the document
    states (they are what the documenter says about it).
    """
    if incoming.error:
        return IngestResult(incoming.origin, Outcome.FAILED, reason=incoming.error)
    title = incoming.title
    url = safe_url(url or "") or incoming.url
    text = incoming.text
    content_hash = Source.hash_content(text, url, title)
    existing = Source.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        return IngestResult(incoming.origin, Outcome.DUPLICATE, source=existing,
                            reason=f"duplicate of source {existing.public_id}")
    published = published or incoming.published
    try:
        published_date = PartialDate.parse(published) if published else None
    except InvalidPartialDate as error:
        return IngestResult(incoming.origin, Outcome.FAILED, reason=f"publication date: {error}")
    try:
        extraction = extract(text, published if published_date else None, names=names)
    except UnsupportedLanguage as error:
        return IngestResult(incoming.origin, Outcome.FAILED, reason=str(error))
    proposals = _claims_from(extraction)
    prints = [fingerprint(kind, data, published) for kind, data, _ in proposals]
    rejected = _rejected_before(set(prints))
    registry_ids = {
        data["registry_id"] for kind, data, _ in proposals
        if kind == ClaimKind.PERSON and data.get("registry_id")
    }
    persons = {p.public_id: p for p in Person.objects.filter(public_id__in=registry_ids)}
    try:
        with transaction.atomic():
            source = Source.objects.create(
                title=title[:500], url=url, publisher=(publisher or incoming.publisher)[:200],
                published=published_date, language=extraction.language, text=text,
                is_public=False,
            )
            claims = []
            for position, ((kind, data, evidence), key) in enumerate(
                zip(proposals, prints, strict=True)
            ):
                earlier = rejected.get(key)
                claims.append(Claim(
                    source=source, kind=kind, position=position, proposed=data, data=data,
                    evidence_start=evidence[0] if evidence else None,
                    evidence_end=evidence[1] if evidence else None,
                    person=persons.get(data.get("registry_id") or ""),
                    fingerprint=key,
                    status=ClaimStatus.REJECTED if earlier else ClaimStatus.PENDING,
                    note=f"rejected before (claim {earlier})" if earlier else "",
                ))
            bulk_create_with_history(claims, Claim)
    except IntegrityError:
        # Another process stored the same content a moment ago.
        existing = Source.objects.filter(content_hash=content_hash).first()
        if existing is None:
            raise
        return IngestResult(incoming.origin, Outcome.DUPLICATE, source=existing,
                            reason=f"duplicate of source {existing.public_id}")
    return IngestResult(incoming.origin, Outcome.NEW, source=source, claims=len(claims))
