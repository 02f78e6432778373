"""Numbers in digits and words, counts of people with their category."""

from __future__ import annotations

import pytest

from rollcall.extract.counts import find_counts
from rollcall.extract.lang import load


def counts(text: str, lang: str) -> list[tuple[int, str | None]]:
    return [(c.value, c.category) for c in find_counts(text, load(lang), 0, len(text))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "By her count, 1,150 political prisoners remain behind bars.",
            "en",
            [(1150, "prisoners")],
        ),
        ("More than 1400 political prisoners are held now.", "en", [(1400, "prisoners")]),
        ("Seven political prisoners remain in custody.", "en", [(7, "prisoners")]),
        ("Belarus released fourteen prisoners.", "en", [(14, "released")]),
        ("Police detained 120 protesters.", "en", [(120, "detained")]),
        ("В Беларуси сейчас более 1400 политзаключённых.", "ru", [(1400, "prisoners")]),
        ("Освобождены семь политзаключённых.", "ru", [(7, "released")]),
        (
            "Около полутора тысяч политзаключённых остаются за решёткой.",
            "ru",
            [(1500, "prisoners")],
        ),
        ("Вызвалілі сем палітвязняў.", "be", [(7, "released")]),
        ("У Беларусі цяпер каля паўтары тысячы палітвязняў.", "be", [(1500, "prisoners")]),
        ("Праваабаронцы прызналі палітвязнямі яшчэ 19 чалавек.", "be", [(19, "recognized")]),
    ],
)
def test_counts(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He was sentenced to 18 years.", "en"),
        ("Article 339 of the Criminal Code", "en"),
        ("61-гадовы палітвязень памёр", "be"),
        ("Её приговорили к 11 годам колонии.", "ru"),
        ("one of the last political prisoners", "en"),
    ],
)
def test_not_counts(text, lang):
    assert counts(text, lang) == []


def test_uncued_count_takes_category_of_events_before(extract_json):
    result = extract_json(
        "Among those released were Ihar Losik and Ihar Karnei. "
        "Officials said the group included five Belarusians.",
        "2025-06-22",
    )
    assert {"value": 5, "category": "released"} in [
        {k: c[k] for k in ("value", "category")} for c in result["counts"]
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Viasna recognised 19 more people, bringing the total number of political "
            "prisoners to 862.",
            "en",
            [(862, "prisoners"), (19, "recognized")],
        ),
        ("Агульная колькасць палітвязняў у Беларусі дасягнула 1483.", "be", [(1483, "prisoners")]),
        (
            "Требуют освободить всех политзаключённых, которых в стране уже более 900.",
            "ru",
            [(900, "prisoners")],
        ),
        ("At least five political prisoners have died behind bars.", "en", [(5, "other")]),
    ],
)
def test_counts_whose_noun_comes_first(text, lang, expected):
    assert counts(text, lang) == expected
