"""The documenters' first working UI: every registry model in the Django admin.

Lists show the columns documenters sort by, filters cover the controlled
vocabularies, search finds persons from any spelling, and every change page has a
History button (django-simple-history).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

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
    Quote,
    Source,
)
from rollcall.registry.search import search_persons
from rollcall.stats.models import CustodySpell

PUBLISH = "registry.publish_records"
PUBLIC_FLAGS = ("is_public", "birth_date_public", "birthplace_public")


class PublishGuard:
    """Only editors (permission ``registry.publish_records``) decide what is public."""

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fields = list(super().get_readonly_fields(request, obj))  # type: ignore[misc]
        if not request.user.has_perm(PUBLISH):
            model_fields = {field.name for field in self.model._meta.fields}  # type: ignore[attr-defined]
            fields += [flag for flag in PUBLIC_FLAGS if flag in model_fields]
        return fields


class CitationInline(GenericTabularInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "evidence_start", "evidence_end", "note"]


class PersonNameInline(admin.TabularInline):
    model = PersonName
    extra = 1
    fields = ["name", "language", "script", "kind", "scheme"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organization"]
    fields = ["organization", "role", "start", "end"]


class TimelineInline(admin.TabularInline):
    """The person's events in date order: their timeline."""

    model = Participation
    extra = 0
    verbose_name = _("event")
    verbose_name_plural = _("timeline")
    autocomplete_fields = ["event"]
    fields = ["event", "role", "event_type", "event_date", "event_place"]
    readonly_fields = ["event_type", "event_date", "event_place"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return (
            super().get_queryset(request)
            .select_related("event", "event__place")
            .order_by("event__date", "event__pk")
        )

    @admin.display(description=_("type"))
    def event_type(self, obj: Participation) -> str:
        event = obj.event
        return f"{event.get_type_display()} ({event.get_subtype_display()})" if event.subtype \
            else event.get_type_display()

    @admin.display(description=_("date"))
    def event_date(self, obj: Participation) -> str:
        return str(obj.event.date or "—")

    @admin.display(description=_("place"))
    def event_place(self, obj: Participation) -> str:
        return str(obj.event.place or "—")


class CustodySpellInline(admin.TabularInline):
    model = CustodySpell
    extra = 0
    can_delete = False
    verbose_name_plural = _("custody spells (derived from the timeline)")
    fields = ["start", "end", "counted_from", "counted_until", "recognised"]
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.action(description=_("Merge the two selected persons (keeps the older record)"),
              permissions=["delete"])
def merge_selected(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet) -> None:
    from django.contrib import messages

    from rollcall.registry.services import MergeError, merge_persons

    persons = list(queryset.order_by("pk"))
    if len(persons) != 2:
        modeladmin.message_user(request, _("Select exactly two persons to merge."),
                                messages.ERROR)
        return
    keep, duplicate = persons
    try:
        merge_persons(keep, duplicate)
    except MergeError as error:
        modeladmin.message_user(request, str(error), messages.ERROR)
        return
    modeladmin.message_user(
        request, _("Merged %(dup)s into %(keep)s.") % {"dup": duplicate.public_id,
                                                       "keep": keep.public_id},
        messages.SUCCESS,
    )


@admin.register(Person)
class PersonAdmin(PublishGuard, SimpleHistoryAdmin):
    actions = [merge_selected]
    list_display = ["display_name", "public_id", "sex", "is_public", "event_count", "updated"]
    list_filter = ["is_public", "sex", "events__type"]
    search_fields = ["display_name", "public_id"]
    readonly_fields = ["public_id", "created", "updated"]
    inlines = [PersonNameInline, MembershipInline, TimelineInline, CustodySpellInline,
               CitationInline]
    fieldsets = [
        (None, {"fields": ["public_id", "display_name", "sex", "occupations", "is_public"]}),
        (_("Birth"), {"fields": [("birth_date", "birth_date_public"),
                                 ("birthplace", "birthplace_public")]}),
        (_("Public summary"), {"fields": ["public_summary"]}),
        (_("Sensitive (encrypted, never published)"), {
            "fields": ["sensitive_notes"], "classes": ["collapse"]}),
        (_("Record"), {"fields": ["created", "updated"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        from django.db.models import Count

        return super().get_queryset(request).annotate(_event_count=Count("events", distinct=True))

    @admin.display(description=_("events"), ordering="_event_count")
    def event_count(self, obj: Person) -> int:
        return obj._event_count  # type: ignore[attr-defined]

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        if not search_term.strip():
            return queryset, False
        matches = search_persons(search_term).values("pk")
        by_id = queryset.filter(public_id=search_term.strip())
        return queryset.filter(pk__in=matches) | by_id, False


@admin.register(PersonName)
class PersonNameAdmin(SimpleHistoryAdmin):
    list_display = ["name", "person", "language", "script", "kind", "scheme"]
    list_filter = ["script", "language", "kind", "scheme"]
    search_fields = ["name", "folded", "person__display_name"]
    autocomplete_fields = ["person"]


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 1
    autocomplete_fields = ["person"]


@admin.register(Event)
class EventAdmin(PublishGuard, SimpleHistoryAdmin):
    list_display = ["date", "type", "subtype", "people", "place", "is_public", "public_id"]
    list_filter = ["type", "subtype", "is_public", "place__kind"]
    search_fields = ["public_id", "summary", "persons__names__folded", "place__name"]
    autocomplete_fields = ["place", "organization", "case"]
    readonly_fields = ["public_id", "created", "updated"]
    inlines = [ParticipationInline, CitationInline]
    date_hierarchy = None
    fields = ["public_id", "type", "subtype", "date", "place", "organization", "case",
              "attributes", "summary", "is_public", "created", "updated"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("place").prefetch_related("persons")

    @admin.display(description=_("people"))
    def people(self, obj: Event) -> str:
        return ", ".join(person.display_name for person in obj.persons.all())

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        results, _duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            people = search_persons(search_term).values("pk")
            results = results | queryset.filter(persons__in=people)
        return results.distinct(), False


@admin.register(Place)
class PlaceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "parent", "postal_address"]
    list_filter = ["kind"]
    search_fields = ["name", "name_be", "name_ru", "postal_address"]
    autocomplete_fields = ["parent"]


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "short_name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["person", "organization", "role", "start", "end"]
    list_filter = ["organization"]
    search_fields = ["person__display_name", "organization__name", "role"]
    autocomplete_fields = ["person", "organization"]


@admin.register(Case)
class CaseAdmin(SimpleHistoryAdmin):
    list_display = ["name", "court"]
    search_fields = ["name", "description"]
    autocomplete_fields = ["court"]


@admin.register(Source)
class SourceAdmin(PublishGuard, SimpleHistoryAdmin):
    list_display = ["title", "publisher", "published", "language", "is_public", "citation_count"]
    list_filter = ["language", "is_public", "publisher"]
    search_fields = ["title", "publisher", "url", "public_id"]
    readonly_fields = ["public_id", "content_hash", "created"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        from django.db.models import Count

        return super().get_queryset(request).annotate(_citations=Count("citations"))

    @admin.display(description=_("citations"), ordering="_citations")
    def citation_count(self, obj: Source) -> int:
        return obj._citations  # type: ignore[attr-defined]


@admin.register(Citation)
class CitationAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "source", "evidence_start", "evidence_end"]
    list_filter = ["content_type"]
    search_fields = ["source__title", "note"]
    autocomplete_fields = ["source"]


@admin.register(Participation)
class ParticipationAdmin(SimpleHistoryAdmin):
    list_display = ["person", "event", "role"]
    list_filter = ["role", "event__type"]
    search_fields = ["person__display_name", "event__public_id"]
    autocomplete_fields = ["person", "event"]


@admin.register(Quote)
class QuoteAdmin(PublishGuard, SimpleHistoryAdmin):
    list_display = ["__str__", "speaker", "source", "is_public"]
    list_filter = ["is_public"]
    search_fields = ["text", "speaker__display_name", "source__title"]
    autocomplete_fields = ["speaker", "source"]
