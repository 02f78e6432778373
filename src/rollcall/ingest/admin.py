"""Claims in the admin, read-only: review happens at /review/, through the service."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from rollcall.ingest.models import Claim


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["pk", "kind", "status", "__str__", "source", "reviewed_by", "reviewed_at"]
    list_filter = ["kind", "status"]
    search_fields = ["source__title", "source__public_id", "note"]
    list_select_related = ["source", "reviewed_by"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Editing status or data here would bypass accept_claim and leave the
        # registry without the records the claim says it produced.
        return False
