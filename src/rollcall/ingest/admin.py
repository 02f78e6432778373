"""Claims in the admin, for looking up a claim's history; review happens at /review/."""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from rollcall.ingest.models import Claim


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["pk", "kind", "status", "__str__", "source", "reviewed_by", "reviewed_at"]
    list_filter = ["kind", "status"]
    search_fields = ["source__title", "source__public_id", "note"]
    list_select_related = ["source", "reviewed_by"]
    readonly_fields = ["source", "kind", "position", "proposed", "fingerprint", "result_type",
                       "result_id", "reviewed_by", "reviewed_at", "evidence_start", "evidence_end"]
