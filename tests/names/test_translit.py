"""Transliteration schemes on real names, the fast indexing path, Latin → Cyrillic."""

from __future__ import annotations

import pytest

from rollcall.names.translit import (
    SCHEMES,
    fast_latin,
    to_cyrillic,
    transliterate,
    transliterations,
)

BE = {
    # scheme: {Cyrillic: expected}
    "be_passport": {
        "Алесь Бяляцкі": "Ales Bialiatski",
        "Аляксандр Лукашэнка": "Aliaksandr Lukashenka",
        "Святлана Ціханоўская": "Sviatlana Tsikhanouskaya",
        "Сяргей Ціханоўскі": "Siarhei Tsikhanouski",
        "Яўген Васьковіч": "Yauhen Vaskovich",
        "Юрый Рубцоў": "Yury Rubtsou",
        "Дзмітрый Салаўёў": "Dzmitry Salauyou",
        "Кацярына Андрэева": "Katsiaryna Andreyeva",
        "Паліна Шарэнда-Панасюк": "Palina Sharenda-Panasiuk",
        "Валянцін Стэфановіч": "Valiantsin Stefanovich",
        "Арцём Пракапенка": "Artsiom Prakapenka",
        "Марыя Калеснікава": "Maryia Kalesnikava",
    },
    "be_bgn_pcgn": {
        "Алесь Бяляцкі": "Alyesʼ Byalyatski",
        "Аляксандр Лукашэнка": "Alyaksandr Lukashenka",
        "Магілёў": "Mahilyow",
    },
    "be_national": {
        "Аляксандр Лукашэнка": "Aliaksandr Lukašenka",
        "Бяляцкі": "Bialiacki",
        "Ціханоўская": "Cichanoŭskaja",
        "Магілёў": "Mahilioŭ",
    },
    "be_lacinka": {
        "Алесь Бяляцкі": "Aleś Bialacki",
        "Франак Вячорка": "Franak Viačorka",
        "Лукашэнка": "Łukašenka",
        "Мікола Статкевіч": "Mikoła Statkievič",
    },
    "be_icao": {
        "Бяляцкі": "Bialiatski",
        "Ціханоўская": "Tsikhanouskaia",
    },
}

RU = {
    "ru_wikipedia": {"Александр Лукашенко": "Aleksandr Lukashenko",
                     "Дмитрий Соловьёв": "Dmitry Solovyov"},
    "ru_bgn_pcgn": {"Сергей Тихановский": "Sergey Tikhanovskiy"},
    "ru_icao": {"Светлана Тихановская": "Svetlana Tikhanovskaia",
                "Юрий Рубцов": "Iurii Rubtsov"},
    "ru_iso9": {"Мария Колесникова": "Mariâ Kolesnikova"},
    "ru_scholarly": {"Николай Статкевич": "Nikolaj Statkevič"},
    "ru_press": {"Александр Лукашенко": "Alexander Lukashenko",
                 "Николай Статкевич": "Nikolai Statkevich",
                 "Сергей Тихановский": "Sergei Tikhanovsky",
                 "Максим Знак": "Maxim Znak"},
}


@pytest.mark.parametrize(("scheme", "cyr", "latin"),
                         [(s, c, lat) for s, d in {**BE, **RU}.items() for c, lat in d.items()])
def test_scheme_on_real_names(scheme: str, cyr: str, latin: str) -> None:
    assert transliterate(cyr, scheme) == latin


def test_unknown_scheme() -> None:
    with pytest.raises(ValueError):
        transliterate("Алесь", "nope")


def test_case_and_passthrough() -> None:
    assert transliterate("АЛЕСЬ БЯЛЯЦКІ", "be_passport") == "ALES BIALIATSKI"
    assert transliterate("Ales 2024, Алесь!", "be_passport") == "Ales 2024, Ales!"
    assert transliterate("", "ru_icao") == ""


def test_transliterations_covers_language_schemes() -> None:
    be = transliterations("Бяляцкі", "be")
    assert set(be) == {s for s in SCHEMES if s.startswith("be_")}
    assert transliterations("x", "en") == {}


WORDS = ["бяляцкі", "аляксандр", "ціханоўская", "сяргей", "яўген", "юрый", "салаўёў",
         "марыя", "наталля", "вячорка", "шарэнда-панасюк", "дзмітрый", "стэфановіч",
         "андрэева", "мар’я", "беляцкий", "тихановский", "соловьёв", "наталья", "объект",
         "лукашенко", "ёлкин", "подъячий", "ильич", "зьміцер", "ільля", "дзьмітры", "ульяна"]


@pytest.mark.parametrize("scheme", [s for s in SCHEMES if s != "ru_press"])
def test_fast_path_agrees_with_transliterate(scheme: str) -> None:
    for word in WORDS:
        assert fast_latin(word, scheme) == transliterate(word, scheme).lower(), word


@pytest.mark.parametrize(("latin", "lang", "expected"), [
    ("Bialiatski", "be", "Бяляцкі"),
    ("Byalyatski", "be", "Бяляцкі"),
    ("Aliaksandr Lukashenka", "be", "Аляксандр Лукашэнка"),
    ("Tsikhanouskaya", "be", "Ціханоўская"),
    ("Siarhei", "be", "Сяргей"),
    ("Yauhen", "be", "Яўген"),
    ("Sharenda-Panasiuk", "be", "Шарэнда-Панасюк"),
    ("Aleś Bialacki", "be", "Алесь Бялацкі"),
    ("Kolesnikova", "ru", "Колесникова"),
    ("Sergei Tikhanovsky", "ru", "Сергей Тихановский"),
    ("Dmitry Solovyov", "ru", "Дмитрий Соловьёв"),
    ("Yekaterina Andreeva", "ru", "Екатерина Андреева"),
])
def test_reverse_first_candidate(latin: str, lang: str, expected: str) -> None:
    assert to_cyrillic(latin, lang)[0] == expected


@pytest.mark.parametrize(("latin", "lang", "expected"), [
    ("Stefanovich", "be", "Стэфановіч"),
    ("Natalya", "ru", "Наталья"),
    ("Maria", "ru", "Мария"),
    ("Evgeny", "ru", "Евгений"),
    ("Dzmitry", "be", "Дзмітрый"),
    ("Yury", "be", "Юрый"),
])
def test_reverse_among_candidates(latin: str, lang: str, expected: str) -> None:
    assert expected in to_cyrillic(latin, lang)


def test_reverse_bad_input() -> None:
    assert to_cyrillic("", "be") == []
    assert to_cyrillic("   ", "ru") == []
    assert to_cyrillic("Алесь", "be") == ["Алесь"]
    assert len(to_cyrillic("x" * 5000, "ru", limit=3)) <= 3


def test_output_is_composed_unicode() -> None:
    import unicodedata

    for scheme in SCHEMES:
        out = transliterate("Владислав Жешоненко Щучин", scheme)
        assert unicodedata.is_normalized("NFC", out), scheme
