"""Controlled vocabularies of the registry (the event types follow eval/FORMAT.md)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    DETENTION = "detention", _("detention")
    SEARCH = "search", _("search")
    CHARGE = "charge", _("charge")
    TRIAL = "trial", _("trial")
    SENTENCE = "sentence", _("sentence")
    TRANSFER = "transfer", _("transfer")
    PUNISHMENT = "punishment", _("punishment in custody")
    PRESSURE = "pressure", _("pressure")
    HUNGER_STRIKE = "hunger_strike", _("hunger strike")
    RECOGNITION = "recognition", _("recognition as political prisoner")
    RELEASE = "release", _("release")
    DEATH = "death", _("death in custody")
    EXILE = "exile", _("forced exile")


class ReleaseSubtype(models.TextChoices):
    AMNESTY = "amnesty", _("amnesty")
    PARDON = "pardon", _("pardon")
    END_OF_TERM = "end_of_term", _("end of term")
    ACQUITTAL = "acquittal", _("acquittal")
    OTHER = "other", _("other")


# Only these event types carry a subtype, and only from their vocabulary.
SUBTYPES: dict[str, type[models.TextChoices]] = {EventType.RELEASE: ReleaseSubtype}


class ParticipationRole(models.TextChoices):
    SUBJECT = "subject", _("subject")
    JUDGE = "judge", _("judge")
    PROSECUTOR = "prosecutor", _("prosecutor")
    INVESTIGATOR = "investigator", _("investigator")
    WITNESS = "witness", _("witness")
    SPEAKER = "speaker", _("speaker")


class PlaceKind(models.TextChoices):
    COUNTRY = "country", _("country")
    REGION = "region", _("region")
    TOWN = "town", _("town")
    PENAL_COLONY = "penal_colony", _("penal colony")
    PRISON = "prison", _("prison")
    PRE_TRIAL_PRISON = "pre_trial_prison", _("pre-trial prison")
    DETENTION_CENTRE = "detention_centre", _("detention centre")
    DETACHMENT = "detachment", _("detachment")
    COURT = "court", _("court")
    BORDER_CROSSING = "border_crossing", _("border crossing")
    OTHER = "other", _("other")


DETENTION_PLACE_KINDS = frozenset(
    {
        PlaceKind.PENAL_COLONY,
        PlaceKind.PRISON,
        PlaceKind.PRE_TRIAL_PRISON,
        PlaceKind.DETENTION_CENTRE,
        PlaceKind.DETACHMENT,
    }
)


class OrganizationKind(models.TextChoices):
    HUMAN_RIGHTS = "human_rights", _("human-rights group")
    INTERNATIONAL = "international", _("international body")
    STATE_SECURITY = "state_security", _("state security")
    COURT = "court", _("court")
    PROSECUTION = "prosecution", _("prosecution")
    PENAL = "penal", _("penal system")
    MEDIA = "media", _("media")
    POLITICAL = "political", _("political organisation")
    OTHER = "other", _("other")


class Sex(models.TextChoices):
    FEMALE = "female", _("female")
    MALE = "male", _("male")
    UNKNOWN = "", _("not stated")


class Script(models.TextChoices):
    LATIN = "Latn", _("Latin")
    CYRILLIC = "Cyrl", _("Cyrillic")


class NameKind(models.TextChoices):
    OFFICIAL = "official", _("official")
    TRANSLITERATION = "transliteration", _("transliteration")
    ALIAS = "alias", _("alias")
    INFLECTED = "inflected", _("inflected form")


LANGUAGES = (("be", _("Belarusian")), ("ru", _("Russian")), ("en", _("English")),
             ("pl", _("Polish")), ("uk", _("Ukrainian")), ("lt", _("Lithuanian")),
             ("de", _("German")), ("fr", _("French")))
