"""Arbitrary text: always a valid extraction, and work linear in the input size.

Linearity is checked without timing: the number of Python lines executed (a
deterministic measure of work) for a text four times as long must grow about four
times, never quadratically.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from rollcall.extract import extract
from rollcall.extract.lang import COUNT_CATEGORIES, EVENT_TYPES, RELEASE_SUBTYPES

WORDS = st.sampled_from(
    [
        "Ales",
        "Bialiatski",
        "Lukashenka",
        "was",
        "were",
        "released",
        "freed",
        "detained",
        "sentenced",
        "on",
        "Saturday",
        "Monday\n",
        "",
        "",
        "",
        "in",
        "May",
        "2020",
        "yesterday",
        "last",
        "year",
        "he",
        "she",
        "said",
        "told",
        "“",
        "”",
        "«",
        "»",
        "„",
        "“",
        '"',
        "‘",
        "’",
        "—",
        "–",
        "-",
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        "seven",
        "1,150\n",
        "",
        "",
        "",
        "14",
        "political",
        "prisoners",
        "colony",
        "No.",
        "2",
        "penal",
        "not",
        "never",
        "may",
        "Алесь",
        "Бяляцкі",
        "Пачобута",
        "затрымалі",
        "асудзілі\n",
        "",
        "",
        "",
        "у",
        "сераду",
        "ён",
        "яна",
        "сказаў",
        "паводле",
        "25",
        "сакавіка",
        "2021",
        "года",
        "палітвязняў",
        "Марию",
        "Колесникову",
        "задержали\n",
        "",
        "",
        "",
        "приговорили",
        "в",
        "понедельник",
        "сказала",
        "она",
        "«Мы»",
        "никогда",
        "не",
        "освободили",
        "этапировали",
        "в",
        "июне",
        "ШИЗО\n",
        "",
        "",
        "",
        "\n",
        "\n\n",
    ]
)
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def check(text: str, result: dict) -> None:
    names = {p["name"] for p in result["persons"]}
    assert all(p["name"] for p in result["persons"])
    for event in result["events"]:
        assert event["type"] in EVENT_TYPES
        assert (event["subtype"] in RELEASE_SUBTYPES) == (event["type"] == "release")
        assert event["date"] is None or DATE_RE.match(event["date"])
        assert set(event["persons"]) <= names
        start, end = event["evidence"]
        assert 0 <= start < end <= len(text)
    for quote in result["quotes"]:
        start, end = quote["evidence"]
        assert 0 <= start <= end <= len(text)
        assert quote["speaker"] is None or quote["speaker"] in names
    for count in result["counts"]:
        assert isinstance(count["value"], int) and count["value"] > 0
        assert count["category"] in COUNT_CATEGORIES


@given(st.lists(WORDS, min_size=0, max_size=80), st.sampled_from(["en", "ru", "be"]))
@settings(max_examples=60, deadline=None)
def test_any_text_gives_a_valid_extraction(words, language):
    text = " ".join(words)
    check(text, extract(text, "2020-01-10", language=language).to_json())


def executed_lines(function: Callable[[], object]) -> int:
    count = 0

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        function()
    finally:
        sys.settrace(None)
    return count


@given(st.lists(WORDS, min_size=15, max_size=50), st.sampled_from(["en", "ru", "be"]))
@settings(
    max_examples=6,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
def test_work_grows_linearly(words, language):
    paragraph = " ".join(words) + ".\n\n"
    small, large = paragraph * 3, paragraph * 12
    extract(large, "2020-01-10", language=language)  # fill caches first: measure the algorithm
    work_small = executed_lines(lambda: extract(small, "2020-01-10", language=language))
    work_large = executed_lines(lambda: extract(large, "2020-01-10", language=language))
    assert work_large <= 4 * 1.35 * work_small + 20_000, (work_small, work_large)
