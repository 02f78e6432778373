"""Derived custody spells, stored so that counts on any date are one indexed query.

Never typed in: :func:`rollcall.stats.services.rebuild_spells` rewrites a person's
spells from their events whenever those change.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from rollcall.registry.fields import PartialDateField


class CustodySpell(models.Model):
    person = models.ForeignKey(
        "registry.Person", on_delete=models.CASCADE, related_name="custody_spells"
    )
    start_event = models.ForeignKey("registry.Event", on_delete=models.CASCADE, related_name="+")
    end_event = models.ForeignKey(
        "registry.Event", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    start = PartialDateField()
    end = PartialDateField(null=True, blank=True)
    counted_from = models.DateField()
    counted_until = models.DateField(null=True, blank=True, help_text="Exclusive.")
    recognised = models.BooleanField(default=False)

    class Meta:
        ordering = ["person", "counted_from"]
        indexes = [
            models.Index(
                fields=["recognised", "counted_from", "counted_until"], name="spell_count_idx"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.start} – {self.end or 'held'}"


class CountCategory(models.TextChoices):
    PRISONERS = "prisoners", _("political prisoners held")
    RELEASED = "released", _("released")
    DETAINED = "detained", _("detained")
    RECOGNIZED = "recognized", _("recognised")
    SUPPORTERS = "supporters", _("supporters")
    OTHER = "other", _("other")


class StatedCount(models.Model):
    """A number of people a source states ("seven political prisoners remain").

    Kept beside the computed counts so that the two can be compared; never used to
    compute them.
    """

    source = models.ForeignKey(
        "registry.Source", on_delete=models.PROTECT, related_name="stated_counts"
    )
    date = PartialDateField(null=True, blank=True, help_text="The day the number is for.")
    value = models.PositiveIntegerField()
    category = models.CharField(max_length=12, choices=CountCategory.choices)
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "value", "category"], name="one_stated_count_per_source"
            )
        ]

    def __str__(self) -> str:
        return f"{self.value} {self.get_category_display()} ({self.date or 'undated'})"
