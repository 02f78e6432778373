"""The registry: people, their names, organisations, places, events and sources.

Every model keeps its full history (django-simple-history). Every fact can cite the
sources that state it (:class:`Citation`). Public pages and exports read only the
fields listed in ``rollcall.registry.public``; models never serialise themselves.
"""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from rollcall.registry.fields import EncryptedTextField, PartialDateField
from rollcall.registry.vocabulary import (
    LANGUAGES,
    SUBTYPES,
    EventType,
    NameKind,
    OrganizationKind,
    ParticipationRole,
    PlaceKind,
    ReleaseSubtype,
    Script,
    Sex,
)

_ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32, no i l o u


def new_public_id(prefix: str) -> str:
    """An opaque, stable identifier such as ``p-7k2m9x4q``: reveals no order or count."""
    return prefix + "-" + "".join(secrets.choice(_ID_ALPHABET) for _ in range(10))


def _person_id() -> str:
    return new_public_id("p")


def _event_id() -> str:
    return new_public_id("e")


def _source_id() -> str:
    return new_public_id("s")


class Place(models.Model):
    name = models.CharField(_("name"), max_length=300)
    name_be = models.CharField(_("name in Belarusian"), max_length=300, blank=True)
    name_ru = models.CharField(_("name in Russian"), max_length=300, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PlaceKind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
        help_text=_("The place this one lies in: a detachment's colony, a colony's town."),
    )
    postal_address = models.TextField(
        _("postal address"), blank=True, help_text=_("For letters to prisoners held here.")
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        if self.parent and self.kind not in (PlaceKind.COUNTRY, PlaceKind.TOWN):
            return f"{self.name} ({self.parent.name})"
        return self.name


class Organization(models.Model):
    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganizationKind.choices)
    country = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        limit_choices_to={"kind": PlaceKind.COUNTRY},
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.short_name or self.name


class Source(models.Model):
    """A document that states facts: a news report, a statement, a court record."""

    public_id = models.CharField(max_length=16, unique=True, default=_source_id, editable=False)
    title = models.CharField(_("title"), max_length=500)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    published = PartialDateField(_("published"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES, blank=True)
    text = models.TextField(_("text"), blank=True)
    content_hash = models.CharField(
        _("content hash"), max_length=64, unique=True, editable=False,
        help_text=_("SHA-256 of the text (or of the URL and title when there is no text)."),
    )
    is_public = models.BooleanField(_("public"), default=True)
    created = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        ordering = ["-published", "title"]

    def __str__(self) -> str:
        return self.title

    @staticmethod
    def hash_content(text: str, url: str = "", title: str = "") -> str:
        basis = text if text.strip() else f"{url}\n{title}"
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()

    @property
    def link(self) -> str:
        """The URL when it is safe to link to (http or https), else ""."""
        return self.url if self.url.startswith(("https://", "http://")) else ""

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.content_hash = self.hash_content(self.text, self.url, self.title)
        super().save(*args, **kwargs)


class Citation(models.Model):
    """Any registry fact → the source that states it, with the evidence offsets."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    fact = GenericForeignKey("content_type", "object_id")
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "content_type", "object_id"], name="one_citation_per_source"
            ),
            models.CheckConstraint(
                condition=Q(evidence_start__isnull=True, evidence_end__isnull=True)
                | Q(evidence_start__lte=models.F("evidence_end")),
                name="evidence_start_before_end",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.content_type.model} #{self.object_id} ← {self.source}"

    def evidence(self) -> str:
        if self.evidence_start is None or self.evidence_end is None:
            return ""
        return self.source.text[self.evidence_start : self.evidence_end]


class PersonManager(models.Manager["Person"]):
    """Sensitive notes are decrypted only when read: lists, the public site and
    matching never load them (and work on a machine that does not hold the key)."""

    def get_queryset(self) -> models.QuerySet[Person]:
        return super().get_queryset().defer("sensitive_notes")


class Person(models.Model):
    public_id = models.CharField(max_length=16, unique=True, default=_person_id, editable=False)
    display_name = models.CharField(
        _("name"), max_length=300, db_index=True,
        help_text=_("The name as shown on the public site (Latin, as on Viasna's English site)."),
    )
    sex = models.CharField(_("sex"), max_length=8, choices=Sex.choices, blank=True)
    birth_date = PartialDateField(_("date of birth"), null=True, blank=True)
    birth_date_public = models.BooleanField(_("date of birth is public"), default=False)
    birthplace = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("birthplace"),
    )
    birthplace_public = models.BooleanField(_("birthplace is public"), default=False)
    occupations = models.CharField(_("occupations"), max_length=300, blank=True)
    public_summary = models.TextField(_("public summary"), blank=True)
    is_public = models.BooleanField(
        _("public"), default=False,
        help_text=_("Shown on the public site and in exports. Off until an editor approves."),
    )
    sensitive_notes = EncryptedTextField(
        _("sensitive notes"), null=True, blank=True,
        help_text=_("Relatives' contacts, health. Encrypted at rest; never published."),
    )
    citations = GenericRelation(Citation)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = PersonManager()

    class Meta:
        ordering = ["display_name"]
        verbose_name_plural = _("people")
        permissions = [("publish_records", "Can decide what is public")]

    def __str__(self) -> str:
        return self.display_name


class PersonName(models.Model):
    """One spelling of a person's name; search and matching run over all of them."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("name"), max_length=300)
    folded = models.CharField(max_length=300, db_index=True, editable=False)
    script = models.CharField(_("script"), max_length=4, choices=Script.choices)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=NameKind.choices)
    scheme = models.CharField(
        _("transliteration scheme"), max_length=40, blank=True,
        help_text=_("For a transliteration: the scheme that produced it (e.g. bgn_pcgn)."),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["person", "kind", "language", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "name", "language"], name="one_spelling_per_language"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        from rollcall.names.fold import fold

        self.folded = fold(self.name)
        if not self.script:
            self.script = script_of(self.name)
        if not self.scheme:
            # An entered spelling takes the place of the same generated one.
            PersonName.objects.filter(
                person_id=self.person_id, name=self.name, language=self.language
            ).exclude(scheme="").exclude(pk=self.pk)._raw_delete(PersonName.objects.db)
        super().save(*args, **kwargs)


def script_of(text: str) -> str:
    """``Cyrl`` when the text has more Cyrillic than Latin letters, else ``Latn``."""
    cyrillic = sum(1 for char in text if "\u0400" <= char <= "\u04ff")
    latin = sum(1 for char in text if char.isalpha() and char.isascii())
    return Script.CYRILLIC if cyrillic > latin else Script.LATIN


class Membership(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    start = PartialDateField(_("from"), null=True, blank=True)
    end = PartialDateField(_("until"), null=True, blank=True)
    citations = GenericRelation(Citation)
    history = HistoricalRecords()

    class Meta:
        ordering = ["person", "start"]

    def __str__(self) -> str:
        return f"{self.person}: {self.role or 'member'}, {self.organization}"

    def clean(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end comes before the start.")})


class Case(models.Model):
    """A named criminal case grouping several persons' events ("the Viasna case")."""

    name = models.CharField(_("name"), max_length=300, unique=True)
    articles = models.JSONField(
        _("criminal-code articles"), default=list, blank=True,
        help_text=_('A list such as ["243-2", "228-4"].'),
    )
    court = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    citations = GenericRelation(Citation)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Event(models.Model):
    public_id = models.CharField(max_length=16, unique=True, default=_event_id, editable=False)
    type = models.CharField(_("type"), max_length=16, choices=EventType.choices, db_index=True)
    subtype = models.CharField(
        _("subtype"), max_length=16, choices=ReleaseSubtype.choices, blank=True,
        help_text=_("For a release: amnesty, pardon, end of term, acquittal or other."),
    )
    date = PartialDateField(_("date"), null=True, blank=True, db_index=True)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.PROTECT, related_name="events",
        help_text=_("Where it happened; for a transfer, the destination."),
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="events",
        help_text=_("The body that acted: the court that sentenced, the group that recognised."),
    )
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    attributes = models.JSONField(
        _("attributes"), default=dict, blank=True,
        help_text=_(
            'For a sentence: {"term_months": 54, "regime": "medium", "articles": ["243-2"]}; '
            '"custodial": false for a sentence in absentia or without prison.'
        ),
    )
    summary = models.TextField(_("summary"), blank=True)
    is_public = models.BooleanField(_("public"), default=True)
    persons = models.ManyToManyField(Person, through="Participation", related_name="events")
    citations = GenericRelation(Citation)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(subtype="") | Q(type=EventType.RELEASE),
                name="subtype_only_for_release",
            ),
        ]

    def __str__(self) -> str:
        label = self.get_type_display()
        if self.subtype:
            label += f" ({self.get_subtype_display()})"
        return f"{self.date or 'undated'} {label}"

    def clean(self) -> None:
        if self.subtype:
            allowed = SUBTYPES.get(self.type)
            if allowed is None:
                raise ValidationError(
                    {"subtype": _("Only a release has a subtype; leave it empty.")}
                )
            if self.subtype not in allowed.values:
                raise ValidationError({"subtype": _("Not a subtype of this event type.")})
        if not isinstance(self.attributes, dict):
            raise ValidationError({"attributes": _("Attributes must be a JSON object.")})
        term = self.attributes.get("term_months")
        if term is not None and (not isinstance(term, int) or term < 0):
            raise ValidationError(
                {"attributes": _("term_months must be a whole number of months.")}
            )


class Participation(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="participations")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(
        _("role"), max_length=16, choices=ParticipationRole.choices,
        default=ParticipationRole.SUBJECT,
    )
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "event", "role"], name="one_role_per_person_and_event"
            )
        ]
        indexes = [models.Index(fields=["person", "role"])]

    def __str__(self) -> str:
        return f"{self.person} — {self.get_role_display()} — {self.event}"


class Quote(models.Model):
    """Words a person said or wrote, as a source quotes them."""

    speaker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    text = models.TextField(_("text"))
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="quotes")
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)
    is_public = models.BooleanField(_("public"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["source", "evidence_start"]

    def __str__(self) -> str:
        return f"{self.speaker or '?'}: “{self.text[:60]}”"


class RetiredPublicId(models.Model):
    """The public id of a person merged into another: old links still find the person."""

    public_id = models.CharField(max_length=16, unique=True)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="retired_ids")
    merged = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.public_id} → {self.person.public_id}"
