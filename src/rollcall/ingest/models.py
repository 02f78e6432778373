"""Claims: facts an extraction proposes from a source, waiting for a documenter.

A claim keeps what the extractor proposed (``proposed``, never changed) and the
current, possibly corrected, fact (``data``), with its evidence offsets in the
source text. Only accepting a claim writes to the registry
(:func:`rollcall.ingest.review.accept_claim`); rejected claims are kept so that the
same fact is not proposed again.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from rollcall.registry.models import Person, Source
from rollcall.registry.vocabulary import EventType, ReleaseSubtype
from rollcall.stats.models import CountCategory


class ClaimKind(models.TextChoices):
    PERSON = "person", _("person")
    EVENT = "event", _("event")
    COUNT = "count", _("count")
    QUOTE = "quote", _("quote")


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class Claim(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="claims")
    kind = models.CharField(_("kind"), max_length=8, choices=ClaimKind.choices)
    status = models.CharField(
        _("status"), max_length=8, choices=ClaimStatus.choices, default=ClaimStatus.PENDING,
        db_index=True,
    )
    position = models.PositiveIntegerField(help_text="Order within the source's extraction.")
    proposed = models.JSONField(help_text="The fact as the extractor proposed it.")
    data = models.JSONField(help_text="The fact as it stands, corrections included.")
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("For a person claim: the registry person it names (matched or chosen)."),
    )
    fingerprint = models.CharField(max_length=64, db_index=True)
    result_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    result_id = models.PositiveBigIntegerField(null=True, blank=True)
    result = GenericForeignKey("result_type", "result_id")
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["source", "position"]
        constraints = [
            models.UniqueConstraint(fields=["source", "position"], name="one_claim_per_position")
        ]
        permissions = [("review_claim", "Can review claims (accept, correct, reject)")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label()}"

    def label(self) -> str:
        data = self.data
        if self.kind == ClaimKind.PERSON:
            return str(data.get("name", ""))
        if self.kind == ClaimKind.EVENT:
            subtype = f" ({_label(ReleaseSubtype, data['subtype'])})" if data.get("subtype") else ""
            who = ", ".join(data.get("persons") or []) or "—"
            when = data.get("date") or _("undated")
            return f"{_label(EventType, data.get('type'))}{subtype} {when}: {who}"
        if self.kind == ClaimKind.COUNT:
            return f"{data.get('value')} {_label(CountCategory, data.get('category'))}"
        return f"{data.get('speaker') or '?'}: “{str(data.get('text', ''))[:60]}”"

    def evidence(self) -> str:
        if self.evidence_start is None or self.evidence_end is None:
            return ""
        return self.source.text[self.evidence_start : self.evidence_end]


def _label(choices: type[models.TextChoices], value: object) -> str:
    """The (translated) label of a vocabulary value; the value itself if unknown."""
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


def fingerprint(kind: str, data: dict[str, Any], published: str | None = None) -> str:
    """A source-independent key of a fact, to recognise a fact rejected before.

    A count is a fact about a day: the same number stated on another day is another fact.
    """
    from rollcall.names.fold import fold

    if kind == ClaimKind.PERSON:
        basis: Any = fold(str(data.get("name", "")))
    elif kind == ClaimKind.EVENT:
        basis = [data.get("type"), data.get("subtype"), data.get("date"),
                 sorted(fold(str(name)) for name in data.get("persons") or [])]
    elif kind == ClaimKind.COUNT:
        basis = [data.get("value"), data.get("category"), published]
    else:
        basis = [fold(str(data.get("speaker") or "")), fold(str(data.get("text", "")))]
    encoded = json.dumps([kind, basis], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()
