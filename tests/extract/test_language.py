"""Language identification: en, ru, be told apart; other languages refused."""

from __future__ import annotations

import pytest

from rollcall.extract.language import UnsupportedLanguage, detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court sentenced him to four years in a penal colony.", "en"),
        ("Суд приговорил его к четырём годам колонии.", "ru"),
        ("Суд асудзіў яго на чатыры гады калоніі.", "be"),
        ("Пачобута затрымалі ў Гродне.", "be"),
        ("Его задержали и увезли в изолятор.", "ru"),
        ("«Ён нічога не парушаў», — кажуць яго сябры.", "be"),
    ],
)
def test_detect(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sąd skazał go na cztery lata więzienia za udział w protestach.",
        "Der Journalist wurde zu acht Jahren Haft verurteilt, teilte das Gericht mit.",
        "Його засудили до чотирьох років ув'язнення, повідомляє видання, і це є вирок.",
        "1234 5678 !!! ???",
        "",
    ],
)
def test_unsupported(text):
    with pytest.raises(UnsupportedLanguage):
        detect(text)
