"""Model fields the registry needs: partial dates and encrypted text.

``PartialDateField`` stores a :class:`~rollcall.partial_date.PartialDate` as its ISO
text (``2011``, ``2011-09``, ``2011-09-14``), which sorts in the documented order.

``EncryptedTextField`` reuses django-fernet-encrypted-fields but takes its keys from
``ROLLCALL_FIELD_KEY`` (Fernet keys, newest first) instead of deriving one from
``SECRET_KEY``: the secret key lives in the data directory beside the database, and a
copy of that directory must not be enough to read sensitive notes.
"""

from __future__ import annotations

from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import models
from encrypted_fields.fields import EncryptedTextField as _LibraryEncryptedTextField

from rollcall.partial_date import InvalidPartialDate, PartialDate


class PartialDateField(models.Field):
    description = "A date stated as a year, a month or a day"

    def get_internal_type(self) -> str:
        return "CharField"

    def formfield(self, **kwargs: Any) -> Any:
        from django import forms

        defaults = {"form_class": forms.CharField, "max_length": 10,
                    "help_text": self.help_text or "YYYY, YYYY-MM or YYYY-MM-DD"}
        defaults.update(kwargs)
        return super().formfield(**defaults)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["max_length"] = 10
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> tuple[Any, Any, Any, Any]:
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("max_length", None)
        return name, path, args, kwargs

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value in (None, ""):
            return None
        return PartialDate.parse(value)

    def to_python(self, value: Any) -> PartialDate | None:
        if value is None or isinstance(value, PartialDate):
            return value
        if isinstance(value, str) and not value.strip():
            return None
        try:
            return PartialDate.parse(str(value))
        except InvalidPartialDate as error:
            raise ValidationError(str(error), code="invalid_partial_date") from error

    def get_prep_value(self, value: Any) -> str | None:
        value = self.to_python(value)
        return None if value is None else value.isoformat()

    def value_to_string(self, obj: models.Model) -> str:
        value = self.value_from_object(obj)
        return "" if value is None else value.isoformat()


def field_fernet() -> MultiFernet:
    keys = getattr(settings, "ROLLCALL_FIELD_KEYS", [])
    if not keys:
        raise ImproperlyConfigured(
            "no key for encrypted fields: set ROLLCALL_FIELD_KEY to a Fernet key "
            "(generate one with `rollcall keys generate`)"
        )
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(
            "ROLLCALL_FIELD_KEY is not a valid Fernet key (32 url-safe base64-encoded bytes)"
        ) from error


class EncryptedTextField(_LibraryEncryptedTextField):
    """Text encrypted at rest with the keys from ``ROLLCALL_FIELD_KEY``."""

    @property
    def f(self) -> MultiFernet:  # type: ignore[override]
        # Read on each use so that a key rotation or a test's key takes effect at once.
        return field_fernet()

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        # Stored values are always tokens: a failure means a wrong or missing key, and
        # must not pass the ciphertext on as if it were the text (a later save would
        # encrypt it twice and the note would be lost).
        if value in (None, ""):
            return value
        try:
            return self.f.decrypt(value.encode("utf-8")).decode("utf-8")
        except InvalidToken as error:
            raise ImproperlyConfigured(
                "an encrypted field cannot be decrypted with ROLLCALL_FIELD_KEY: "
                "the key is not the one the data was written with"
            ) from error

    def value_to_string(self, obj: models.Model) -> str:
        # Serialised (dumpdata, fixtures) as the stored token, never as plain text;
        # loading it back decrypts it (to_python) and encrypts it again on save.
        value = self.value_from_object(obj)
        return "" if not value else self.f.encrypt(str(value).encode("utf-8")).decode("utf-8")


def rotate_encrypted_values(model: type[models.Model]) -> int:
    """Re-encrypt a model's encrypted columns with the newest key; returns how many.

    After a key rotation (``ROLLCALL_FIELD_KEY=new,old``) this lets the old key be
    retired. It rewrites the stored tokens directly (no save, no history entry), so it
    also serves history tables. Run inside a transaction.
    """
    from django.db import connection

    fernet = field_fernet()
    quote = connection.ops.quote_name
    table, key = quote(model._meta.db_table), quote(model._meta.pk.column)
    changed = 0
    for field in model._meta.fields:
        if not isinstance(field, EncryptedTextField):
            continue
        column = quote(field.column)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {key}, {column} FROM {table} WHERE {column} <> ''")
            for row_id, token in cursor.fetchall():
                try:
                    rotated = fernet.rotate(token.encode("utf-8")).decode("utf-8")
                except InvalidToken as error:
                    raise ImproperlyConfigured(
                        f"{model._meta.db_table} row {row_id}: {field.name} cannot be "
                        "decrypted with any key given"
                    ) from error
                cursor.execute(f"UPDATE {table} SET {column} = %s WHERE {key} = %s",
                               [rotated, row_id])
                changed += 1
    return changed
