from __future__ import annotations

import pytest
from cryptography.fernet import Fernet


@pytest.fixture(autouse=True)
def field_key(settings) -> str:  # type: ignore[no-untyped-def]
    """A fresh key for encrypted fields in every registry test."""
    key = Fernet.generate_key().decode()
    settings.ROLLCALL_FIELD_KEYS = [key]
    return key
