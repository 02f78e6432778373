"""Counts in the admin: stated counts (editable), custody spells (derived, read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from rollcall.stats.models import CustodySpell, StatedCount


@admin.register(StatedCount)
class StatedCountAdmin(admin.ModelAdmin):
    list_display = ["date", "value", "category", "source"]
    list_filter = ["category"]
    search_fields = ["source__title"]
    autocomplete_fields = ["source"]


@admin.register(CustodySpell)
class CustodySpellAdmin(admin.ModelAdmin):
    """Derived from timelines: shown for checking, never edited by hand."""

    list_display = ["person", "start", "end", "counted_from", "counted_until", "recognised"]
    list_filter = ["recognised"]
    search_fields = ["person__display_name"]
    list_select_related = ["person"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
