"""Sensitive notes are encrypted at rest with ROLLCALL_FIELD_KEY, history included."""

from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction

from rollcall.registry.models import Person

SECRET = "Mother's phone +375 29 555 01 23; heart condition"


def _raw_notes():
    with connection.cursor() as cursor:
        cursor.execute("SELECT sensitive_notes FROM registry_person")
        current = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT sensitive_notes FROM registry_historicalperson")
        history = [row[0] for row in cursor.fetchall()]
    return current + history


@pytest.mark.django_db(transaction=True)
def test_plain_text_never_reaches_the_database():
    person = Person.objects.create(display_name="Test Person", sensitive_notes=SECRET)
    assert Person.objects.get(pk=person.pk).sensitive_notes == SECRET
    stored = [value for value in _raw_notes() if value]
    assert len(stored) == 2  # the record and its history row
    assert all(SECRET not in value and value.startswith("gAAAA") for value in stored)
    if connection.vendor == "sqlite":
        connection.close()  # checkpoint nothing; read the file and its write-ahead log
        database = Path(connection.settings_dict["NAME"])
        raw = b"".join(
            path.read_bytes()
            for path in (database, Path(f"{database}-wal"))
            if path.exists()
        )
        assert b"Test Person" in raw  # the file is the right one
        assert SECRET.encode() not in raw
        assert b"heart condition" not in raw


@pytest.mark.django_db
def test_wrong_key_is_an_error_not_a_silent_ciphertext(settings):
    person = Person.objects.create(display_name="Test Person", sensitive_notes=SECRET)
    settings.ROLLCALL_FIELD_KEYS = [Fernet.generate_key().decode()]
    loaded = Person.objects.get(pk=person.pk)  # notes are read only when asked for
    with pytest.raises(ImproperlyConfigured, match="cannot be decrypted"):
        loaded.sensitive_notes  # noqa: B018


@pytest.mark.django_db
def test_key_rotation_reads_old_notes(settings, field_key):
    person = Person.objects.create(display_name="Test Person", sensitive_notes=SECRET)
    settings.ROLLCALL_FIELD_KEYS = [Fernet.generate_key().decode(), field_key]
    assert Person.objects.get(pk=person.pk).sensitive_notes == SECRET


@pytest.mark.django_db
def test_missing_key_is_a_clear_error(settings):
    settings.ROLLCALL_FIELD_KEYS = []
    with transaction.atomic(), pytest.raises(ImproperlyConfigured, match="set ROLLCALL_FIELD_KEY"):
        Person.objects.create(display_name="Test Person", sensitive_notes=SECRET)
    assert not Person.objects.filter(display_name="Test Person").exists()
    # Persons without notes need no key.
    Person.objects.create(display_name="No Notes")


@pytest.mark.django_db
def test_public_pages_and_lists_work_without_the_key(settings, client):
    from rollcall.registry.public import export_json

    Person.objects.create(display_name="Public Person", is_public=True, sensitive_notes=SECRET)
    settings.ROLLCALL_FIELD_KEYS = []  # a public server that does not hold the key
    assert client.get("/").status_code == 200
    assert [p["display_name"] for p in export_json()["persons"]] == ["Public Person"]
    assert [p.display_name for p in Person.objects.all()] == ["Public Person"]


@pytest.mark.django_db
def test_rotation_retires_the_old_key(settings, field_key):
    from rollcall.registry.fields import rotate_encrypted_values

    person = Person.objects.create(display_name="Test Person", sensitive_notes=SECRET)
    new_key = Fernet.generate_key().decode()
    settings.ROLLCALL_FIELD_KEYS = [new_key, field_key]
    assert rotate_encrypted_values(Person) == 1
    assert rotate_encrypted_values(Person.history.model) == 1
    settings.ROLLCALL_FIELD_KEYS = [new_key]  # the old key is gone
    assert Person.objects.get(pk=person.pk).sensitive_notes == SECRET
    assert person.history.first().sensitive_notes == SECRET


@pytest.mark.django_db
def test_serialised_records_carry_the_token_not_the_text():
    from django.core import serializers

    Person.objects.create(display_name="Test Person", sensitive_notes=SECRET)
    dumped = serializers.serialize("json", Person.objects.all())
    assert SECRET not in dumped and "gAAAA" in dumped
    [restored] = serializers.deserialize("json", dumped)
    assert restored.object.sensitive_notes == SECRET
