"""Forms of the review UI: adding a report, correcting a claim."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from rollcall.ingest.models import ClaimKind
from rollcall.partial_date import InvalidPartialDate, PartialDate
from rollcall.registry.vocabulary import EventType, ReleaseSubtype
from rollcall.stats.models import CountCategory


class AddReportForm(forms.Form):
    text = forms.CharField(label=_("Report text (or the page's HTML)"), required=False,
                           widget=forms.Textarea(attrs={"rows": 12}))
    upload = forms.FileField(label=_("…or a file"), required=False)
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    url = forms.URLField(label=_("URL"), required=False, assume_scheme="https")
    publisher = forms.CharField(label=_("Publisher"), required=False, max_length=200)
    published = forms.CharField(label=_("Published (YYYY-MM-DD)"), required=False, max_length=10)

    def clean_published(self) -> str | None:
        value = self.cleaned_data["published"].strip()
        if not value:
            return None
        try:
            date = PartialDate.parse(value)
        except InvalidPartialDate as error:
            raise forms.ValidationError(str(error)) from error
        if date.day is None:
            raise forms.ValidationError(_("Give the full publication date, YYYY-MM-DD."))
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not (data.get("text") or "").strip() and not data.get("upload"):
            raise forms.ValidationError(_("Paste the report's text or choose a file."))
        return data


def _names(value: str) -> list[str]:
    return [part.strip() for part in value.replace("\n", ";").split(";") if part.strip()]


class CorrectClaimForm(forms.Form):
    """One form for every kind of claim; only the kind's fields are shown and used."""

    FIELDS = {
        ClaimKind.PERSON: ["name", "variants", "roles", "registry_person", "create_person"],
        ClaimKind.EVENT: ["type", "subtype", "date", "persons", "place", "count"],
        ClaimKind.COUNT: ["value", "category"],
        ClaimKind.QUOTE: ["speaker", "text"],
    }

    name = forms.CharField(label=_("Name (nominative)"), required=False)
    variants = forms.CharField(label=_("Other spellings (separate with ;)"), required=False)
    roles = forms.CharField(label=_("Roles (separate with ;)"), required=False)
    registry_person = forms.ChoiceField(label=_("Registry person"), required=False)
    create_person = forms.BooleanField(label=_("Create a new person"), required=False)
    type = forms.ChoiceField(label=_("Event type"), choices=EventType.choices, required=False)
    subtype = forms.ChoiceField(label=_("Release subtype"), required=False,
                                choices=[("", "—"), *ReleaseSubtype.choices])
    date = forms.CharField(label=_("Date (YYYY, YYYY-MM or YYYY-MM-DD)"), required=False)
    persons = forms.CharField(label=_("Persons (separate with ;)"), required=False)
    place = forms.CharField(label=_("Place"), required=False)
    count = forms.IntegerField(label=_("Number of people"), required=False, min_value=0)
    value = forms.IntegerField(label=_("Number"), required=False, min_value=0)
    category = forms.ChoiceField(label=_("Category"), choices=CountCategory.choices,
                                 required=False)
    speaker = forms.CharField(label=_("Speaker"), required=False)
    text = forms.CharField(label=_("Quoted words"), required=False, widget=forms.Textarea)

    def __init__(self, *args: Any, kind: str, candidates: list[tuple[str, str]],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        for field in list(self.fields):
            if field not in self.FIELDS[kind]:
                del self.fields[field]
        if "registry_person" in self.fields:
            self.fields["registry_person"].choices = [("", _("— as matched —")), *candidates]
        if "date" in self.fields:
            self.fields["date"].widget.attrs["autofocus"] = True

    @classmethod
    def initial_from(cls, kind: str, data: dict[str, Any]) -> dict[str, Any]:
        initial = dict(data)
        for key in ("variants", "roles", "persons"):
            if key in initial:
                initial[key] = "; ".join(initial[key] or [])
        return initial

    def clean_date(self) -> str | None:
        value = (self.cleaned_data.get("date") or "").strip()
        if not value:
            return None
        try:
            return str(PartialDate.parse(value))
        except InvalidPartialDate as error:
            raise forms.ValidationError(str(error)) from error

    def corrected_data(self) -> dict[str, Any]:
        """The claim data as corrected (only the kind's own keys)."""
        cleaned = self.cleaned_data
        if self.kind == ClaimKind.PERSON:
            return {"name": cleaned["name"], "variants": _names(cleaned["variants"]),
                    "roles": _names(cleaned["roles"])}
        if self.kind == ClaimKind.EVENT:
            return {"type": cleaned["type"], "subtype": cleaned["subtype"] or None,
                    "date": cleaned["date"], "persons": _names(cleaned["persons"]),
                    "place": cleaned["place"] or None, "count": cleaned["count"]}
        if self.kind == ClaimKind.COUNT:
            return {"value": cleaned["value"], "category": cleaned["category"]}
        return {"speaker": cleaned["speaker"] or None, "text": cleaned["text"]}
