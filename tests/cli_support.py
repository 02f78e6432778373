"""Running the real `rollcall` command against a fresh database of its own.

On SQLite each test gets a data directory (and database file) under tmp_path; when
the suite runs on PostgreSQL (``DATABASE_URL=postgres://...``) each gets a freshly
created database that is dropped afterwards.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROLLCALL = str(Path(sys.executable).with_name("rollcall"))


@dataclass
class Cli:
    env: dict[str, str]
    data_dir: Path

    def run(
        self, *args: str, check: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [ROLLCALL, *args], env=self.env, capture_output=True, text=True, timeout=timeout,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"rollcall {' '.join(args)} exited {result.returncode}\n{result.stderr}"
            )
        return result


    def shell(self, code: str) -> str:
        """Run Python in the project's Django shell; returns what it printed."""
        return self.run("manage", "shell", "--no-imports", "-c", code).stdout


def _postgres_database(url: str) -> Iterator[str]:
    import psycopg
    from psycopg import sql

    base, _, _ = url.rpartition("/")
    name = f"rollcall_cli_{secrets.token_hex(4)}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k not in {"ROLLCALL_FIELD_KEY"}}
    env["ROLLCALL_DATA_DIR"] = str(data_dir)
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        database = _postgres_database(url)
        env["DATABASE_URL"] = next(database)
        yield Cli(env, data_dir)
        next(database, None)
    else:
        env.pop("DATABASE_URL", None)
        yield Cli(env, data_dir)
