"""Test set-up shared by every test.

- Every test that touches the database is marked ``database`` so that ``make test``
  can run those again on PostgreSQL (``DATABASE_URL=postgres://...``).
- On PostgreSQL, an unreachable server skips the database tests with the reason,
  except under ``CI=true``, where it is an error.
"""

from __future__ import annotations

import os

import pytest

DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server", "admin_client"}


def _postgres_problem() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    import psycopg
    from django.conf import settings

    options = settings.DATABASES["default"]
    try:
        psycopg.connect(
            dbname="postgres", user=options.get("USER") or None,
            host=options.get("HOST") or None, port=options.get("PORT") or None,
            password=options.get("PASSWORD") or None, connect_timeout=3,
        ).close()
    except psycopg.OperationalError as error:
        return f"PostgreSQL not reachable at {options.get('HOST')}:{options.get('PORT')}: {error}"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        uses_db = item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(
            getattr(item, "fixturenames", ())
        )
        if uses_db:
            item.add_marker(pytest.mark.database)
    problem = _postgres_problem()
    if problem is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        raise pytest.UsageError(f"CI=true requires PostgreSQL: {problem}")
    skip = pytest.mark.skip(reason=problem)
    for item in items:
        if item.get_closest_marker("database"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def field_key(request: pytest.FixtureRequest) -> str | None:
    """A fresh key for encrypted fields in every database test."""
    if not request.node.get_closest_marker("database"):
        return None
    from cryptography.fernet import Fernet

    key = Fernet.generate_key().decode()
    request.getfixturevalue("settings").ROLLCALL_FIELD_KEYS = [key]
    return key


@pytest.fixture(autouse=True)
def english_after_each_test(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A request in another language leaves it active in the thread: reset it."""
    yield
    if request.node.get_closest_marker("database"):
        from django.utils import translation

        translation.activate("en")
