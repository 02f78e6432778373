"""Ingestion through the service: rejected facts are not proposed again."""

import pytest

from rollcall.ingest.models import ClaimKind, ClaimStatus
from rollcall.ingest.reading import from_pasted
from rollcall.ingest.review import reject_claim
from rollcall.ingest.services import Outcome, ingest

pytestmark = pytest.mark.django_db


def test_a_rejected_fact_arrives_rejected_from_another_source_but_people_do_not():
    first = ingest(from_pasted("Ihar Losik was released on 11 September 2025.",
                               published="2025-09-12"))
    assert first.outcome == Outcome.NEW and first.source is not None
    event = first.source.claims.get(kind=ClaimKind.EVENT)
    person = first.source.claims.get(kind=ClaimKind.PERSON)
    reject_claim(event, note="wrong date")
    reject_claim(person, note="duplicate entry")

    second = ingest(from_pasted("Journalist Ihar Losik was released on 11 September 2025.",
                                published="2025-09-12"))
    assert second.outcome == Outcome.NEW and second.source is not None
    again = second.source.claims.get(kind=ClaimKind.EVENT)
    assert again.status == ClaimStatus.REJECTED
    assert again.note == f"rejected before (claim {event.pk})"
    assert second.source.claims.get(kind=ClaimKind.PERSON).status == ClaimStatus.PENDING


def test_the_same_count_on_another_day_is_another_fact():
    first = ingest(from_pasted("Seven political prisoners remain behind bars.",
                               published="2014-06-23"))
    stated = first.source.claims.get(kind=ClaimKind.COUNT)
    reject_claim(stated)
    later = ingest(from_pasted("Seven political prisoners are still behind bars.",
                               published="2015-01-10"))
    assert later.source.claims.get(kind=ClaimKind.COUNT).status == ClaimStatus.PENDING
