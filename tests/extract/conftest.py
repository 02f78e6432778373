"""Helpers for the extraction tests."""

from __future__ import annotations

from typing import Any

import pytest

from rollcall.extract import extract


def run(
    text: str, published: str = "2014-06-23", language: str | None = None, names: Any = None
) -> dict[str, Any]:
    """The format object of one extraction."""
    return extract(text, published, language=language, names=names).to_json()


def triples(result: dict[str, Any]) -> set[tuple[str, str | None, str | None]]:
    """(type, date, person) for every person of every event."""
    out = set()
    for event in result["events"]:
        for person in event["persons"] or [None]:
            out.add((event["type"], event["date"], person))
    return out


@pytest.fixture
def extract_json():
    return run
