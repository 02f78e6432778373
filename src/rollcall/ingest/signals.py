"""Claims follow persons merged in the registry."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.dispatch import receiver

from rollcall.ingest.models import Claim
from rollcall.registry.models import Person
from rollcall.registry.services import person_merged


@receiver(person_merged)
def claims_follow_merge(sender: Any, keep: Person, duplicate: Person, **kwargs: Any) -> None:
    for claim in Claim.objects.filter(person=duplicate):
        claim.person = keep
        claim.save()
    person_type = ContentType.objects.get_for_model(Person)
    for claim in Claim.objects.filter(result_type=person_type, result_id=duplicate.pk):
        claim.result_id = keep.pk
        claim.save()
