"""Matching keys: one phonetic key and skeleton for every script and scheme."""

from __future__ import annotations

import pytest

from rollcall.names.keys import phonetic, phonetic_variants, skeleton, skeleton_of_phonetic
from rollcall.names.translit import SCHEMES, transliterate

SAME = [
    ["Бяляцкі", "Bialiatski", "Byalyatski", "Bialacki", "Bialiatsky", "Беляцкий",
     "Beliatski", "Бяляцкi"],
    ["Ціханоўская", "Тихановская", "Tsikhanouskaya", "Tikhanovskaya", "Cichanoŭskaja"],
    ["Лукашэнка", "Лукашенко", "Lukashenka", "Lukashenko", "Łukašenka"],
    ["Статкевіч", "Статкевич", "Statkevich", "Statkievič"],
    ["Дзядок", "Дедок", "Dziadok", "Dedok"],
    ["Салаўёў", "Соловьёв", "Salauyou", "Solovyov"],
    ["Пачобут", "Почобут", "Poczobut", "Pochobut"],
    ["Шчыняненка", "Щиняненко", "Shchynianenka"],
]


@pytest.mark.parametrize("group", SAME)
def test_spellings_share_a_skeleton(group: list[str]) -> None:
    assert len({skeleton(x) for x in group}) == 1


def test_phonetic_examples() -> None:
    assert phonetic("Бяляцкі") == phonetic("Bialiatski") == phonetic("Bialacki") == "balacki"
    assert phonetic("Uladzimir") == phonetic("Уладзімір") == "vladimir"
    assert skeleton("Бяляцкі") != skeleton("Лукашэнка")
    assert phonetic("") == ""
    assert skeleton("") == ""


BE_SURNAMES = ["Бяляцкі", "Ціханоўская", "Лукашэнка", "Статкевіч", "Калеснікава", "Салаўёў",
               "Вячорка", "Шарэнда-Панасюк", "Хацкевіч", "Шчуцкі", "Кастусёў", "Жукаў"]
RU_SURNAMES = ["Беляцкий", "Тихановский", "Щукин", "Хрущёв", "Колесникова", "Соловьёв",
               "Шарендо-Панасюк", "Хацкевич"]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_scheme_keeps_the_skeleton(scheme: str) -> None:
    for surname in BE_SURNAMES if scheme.startswith("be_") else RU_SURNAMES:
        latin = transliterate(surname, scheme)
        readings = {skeleton_of_phonetic(p) for p in phonetic_variants(latin)}
        assert skeleton(surname) in readings, (surname, latin)


def test_russian_schemes_read_belarusian_letters() -> None:
    assert transliterate("Ціханоўская", "ru_wikipedia") == "Tsikhanouskaya"
