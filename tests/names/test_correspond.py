"""Belarusian ↔ Russian correspondences: given names and surname rules."""

from __future__ import annotations

import pytest

from rollcall.names.correspond import be_to_ru, given_name_group, ru_to_be


@pytest.mark.parametrize("group", [
    ["Мікалай", "Мікола", "Николай", "Nikolai", "Nikolay", "Mikalai", "Mikola"],
    ["Уладзімір", "Владимир", "Uladzimir", "Vladimir", "Uladz"],
    ["Алесь", "Ales", "Aleś"],
    ["Сяргей", "Сергей", "Siarhei", "Sergei", "Sergey", "Syarhyey"],
    ["Яўген", "Евгений", "Yauhen", "Evgeny", "Yevgeny"],
    ["Ігар", "Игорь", "Ihar", "Igor"],
    ["Кацярына", "Екатерина", "Katsiaryna", "Ekaterina"],
    ["Сямён", "Семён", "Siamion", "Semyon"],
    ["Дзмітрый", "Дмитрий", "Dzmitry", "Dmytro"],
    ["Міхаіл", "Михаил", "Mikhail", "Mykhailo"],
    ["Юрый", "Юрий", "Yury", "Jerzy"],
    ["Глеб", "Hleb", "Gleb"],
    ["Багдан", "Богдан", "Bahdan", "Bohdan"],
])
def test_given_name_groups(group: list[str]) -> None:
    gids = {given_name_group(name) for name in group}
    assert len(gids) == 1
    assert None not in gids


def test_distinct_names_distinct_groups() -> None:
    assert given_name_group("Алесь") != given_name_group("Аляксандр")
    assert given_name_group("Мікалай") != given_name_group("Міхаіл")
    assert given_name_group("Бяляцкі") is None


@pytest.mark.parametrize(("be", "ru"), [
    ("Бяляцкі", "Беляцкий"),
    ("Ціханоўская", "Тихановская"),
    ("Ціханоўскі", "Тихановский"),
    ("Рубцоў", "Рубцов"),
    ("Статкевіч", "Статкевич"),
    ("Калеснікава", "Колесникова"),
    ("Лукашэнка", "Лукашенко"),
    ("Дзядок", "Дедок"),
    ("Пракапенка", "Прокопенко"),
    ("Кавалёнак", "Коваленок"),
    ("Лабковіч", "Лабкович"),
])
def test_be_to_ru(be: str, ru: str) -> None:
    assert ru in be_to_ru(be)


@pytest.mark.parametrize(("ru", "be"), [
    ("Тихановская", "Ціханоўская"),
    ("Рубцов", "Рубцоў"),
    ("Статкевич", "Статкевіч"),
    ("Колесникова", "Калеснікава"),
    ("Лукашенко", "Лукашэнка"),
    ("Северинец", "Северынец"),
])
def test_ru_to_be(ru: str, be: str) -> None:
    assert be in ru_to_be(ru)


def test_bad_input() -> None:
    assert be_to_ru("") == []
    assert ru_to_be("  ") == []
    assert given_name_group("") is None
