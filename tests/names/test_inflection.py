"""Inflection: oblique forms of real names back to the nominative, and forward."""

from __future__ import annotations

import pytest

from rollcall.names.inflection import (
    inflected_forms,
    name_cases,
    nominative_forms,
    nominative_name,
)

# (oblique form, language, nominative) — forms met in Viasna and press texts.
REAL_FORMS = [
    ("Беляцкого", "ru", "Беляцкий"),
    ("Беляцкому", "ru", "Беляцкий"),
    ("Бяляцкага", "be", "Бяляцкі"),
    ("Бяляцкаму", "be", "Бяляцкі"),
    ("Бяляцкім", "be", "Бяляцкі"),
    ("Статкевичу", "ru", "Статкевич"),
    ("Статкевича", "ru", "Статкевич"),
    ("Статкевіча", "be", "Статкевіч"),
    ("Колесниковой", "ru", "Колесникова"),
    ("Калеснікавай", "be", "Калеснікава"),
    ("Ціханоўскага", "be", "Ціханоўскі"),
    ("Тихановской", "ru", "Тихановская"),
    ("Тихановского", "ru", "Тихановский"),
    ("Ціханоўскай", "be", "Ціханоўская"),
    ("Спарыша", "ru", "Спарыш"),
    ("Салаўёва", "be", "Салаўёў"),
    ("Лобова", "ru", "Лобов"),
    ("Костусева", "ru", "Костусев"),
    ("Знака", "ru", "Знак"),
    ("Знаку", "ru", "Знак"),
    ("Бабарыку", "be", "Бабарыка"),
    ("Лукашэнкі", "be", "Лукашэнка"),
    ("Ашурка", "be", "Ашурак"),
    ("Севярынца", "be", "Севярынец"),
    ("Алеся", "be", "Алесь"),
    ("Алесю", "be", "Алесь"),
    ("Дзмітрыя", "be", "Дзмітрый"),
    ("Сергея", "ru", "Сергей"),
    ("Марии", "ru", "Мария"),
    ("Светланы", "ru", "Светлана"),
    ("Вітольда", "be", "Вітольд"),
]


@pytest.mark.parametrize(("form", "lang", "nominative"), REAL_FORMS)
def test_nominative_among_top_candidates(form: str, lang: str, nominative: str) -> None:
    assert nominative in nominative_forms(form, lang)[:3]


@pytest.mark.parametrize(("form", "lang", "nominative"), [
    ("Беляцкого", "ru", "Беляцкий"), ("Бяляцкага", "be", "Бяляцкі"),
    ("Статкевичу", "ru", "Статкевич"), ("Колесниковой", "ru", "Колесникова"),
    ("Калеснікавай", "be", "Калеснікава"), ("Ціханоўскага", "be", "Ціханоўскі"),
    # -энка surnames decline like a-stems: never the o-stem reading "Лукашэнак"
    ("Лукашэнку", "be", "Лукашэнка"), ("Пракапенкам", "be", "Пракапенка"),
    # an adjectival surname takes -і only after г, к, х; -ы after any other hard stem
    ("Жамчужнага", "be", "Жамчужны"), ("Чорнаму", "be", "Чорны"), ("Дзікага", "be", "Дзікі"),
])
def test_best_candidate(form: str, lang: str, nominative: str) -> None:
    assert nominative_forms(form, lang)[0] == nominative


@pytest.mark.parametrize("word", ["Лукашэнка", "Бяляцкі", "Статкевич", "Колесникова",
                                  "Беляцкий", "Знак"])
def test_nominative_word_is_its_own_candidate(word: str) -> None:
    lang = "ru" if word in ("Статкевич", "Колесникова", "Беляцкий", "Знак") else "be"
    assert word in nominative_forms(word, lang)[:2]


@pytest.mark.parametrize(("tokens", "lang", "expected"), [
    (["Алеся", "Бяляцкага"], "be", "Алесь Бяляцкі"),
    (["Алесю", "Бяляцкаму"], "be", "Алесь Бяляцкі"),
    (["Марии", "Колесниковой"], "ru", "Мария Колесникова"),
    (["Светланы", "Тихановской"], "ru", "Светлана Тихановская"),
    (["Сергея", "Тихановского"], "ru", "Сергей Тихановский"),
    (["Сергея", "Спарыша"], "ru", "Сергей Спарыш"),
    (["Дзмітрыя", "Салаўёва"], "be", "Дзмітрый Салаўёў"),
    (["Вітольда", "Ашурка"], "be", "Вітольд Ашурак"),
    (["Франак", "Вячорка"], "be", "Франак Вячорка"),
    (["Марыі", "Калеснікавай"], "be", "Марыя Калеснікава"),
    (["Миколе", "Статкевичу"], "ru", "Микола Статкевич"),
    # datives: the given name's gender and case decide an ambiguous surname
    # ("Папову" is Папова's accusative or Папоў's dative)
    (["Дзмітрыю", "Папову"], "be", "Дзмітрый Папоў"),
    (["Марыю", "Калеснікаву"], "be", "Марыя Калеснікава"),
    (["Валянціну", "Стэфановічу"], "be", "Валянцін Стэфановіч"),
    (["Арцёму", "Сакаву"], "be", "Арцём Сакаў"),
    (["Ігару", "Лосіку"], "be", "Ігар Лосік"),
    (["Міколу", "Дзядку"], "be", "Мікола Дзядак"),
    # accusative: a man's accusative is his genitive, so "Віктара" agrees with the
    # accusative Бабарыку, not with the dative reading "Бабарык"
    (["Віктара", "Бабарыку"], "be", "Віктар Бабарыка"),
    (["Рамана", "Пратасевіча"], "be", "Раман Пратасевіч"),
    # a man's -а surname read as either gender: not the genitive of "Федут"
    (["Александр", "Федута"], "ru", "Александр Федута"),
    (["Александра", "Федуту"], "ru", "Александр Федута"),
])
def test_nominative_name(tokens: list[str], lang: str, expected: str) -> None:
    assert nominative_name(tokens, lang) == expected


def test_language_guessed_and_latin() -> None:
    assert nominative_forms("Бяляцкага", "")[0] == "Бяляцкі"
    assert nominative_forms("Bialiatski's", "en")[0] == "Bialiatski"
    assert nominative_forms("Bialiatski", "en") == ["Bialiatski"]
    assert nominative_name(["Ales", "Bialiatski"], "en") == "Ales Bialiatski"


def test_bad_input() -> None:
    assert nominative_forms("", "ru") == []
    assert nominative_forms("   ", "be") == []
    assert nominative_forms("123", "ru")
    assert nominative_name([], "ru") == ""
    assert nominative_name(["", " "], "be") == ""
    long = "Бяляцкага" * 2000
    assert nominative_forms(long, "be")
    assert nominative_forms("Бяляцкi", "be")  # mixed script: no crash


@pytest.mark.parametrize(("word", "lang", "forms"), [
    ("Бяляцкі", "be", {"бяляцкага", "бяляцкаму", "бяляцкім"}),
    ("Ціханоўская", "be", {"ціханоўскай", "ціханоўскую"}),
    ("Колесникова", "ru", {"колесниковой", "колесникову"}),
    ("Статкевич", "ru", {"статкевича", "статкевичу", "статкевичем", "статкевиче"}),
    ("Ашурак", "be", {"ашурка", "ашурку"}),
    ("Салаўёў", "be", {"салаўёва", "салаўёву"}),
    ("Алесь", "be", {"алеся", "алесю", "алесем"}),
    ("Николай", "ru", {"николая", "николаю", "николаем"}),
])
def test_inflected_forms(word: str, lang: str, forms: set[str]) -> None:
    assert forms <= set(inflected_forms(word, lang))


def test_indeclinable_stay_alone() -> None:
    assert set(inflected_forms("Лукашенко", "ru", use_dictionary=False)) == {"лукашенко"}


def test_nominative_name_many_tokens_is_bounded() -> None:
    import time

    start = time.perf_counter()
    out = nominative_name(["Алеся"] * 30 + ["Бяляцкага"], "be")
    assert out.endswith("Бяляцкі")
    assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize(
    ("tokens", "lang", "may", "never"),
    [
        (["Аляксандра", "Лукашэнкі"], "be", {"gent"}, {"nomn", "accs"}),
        (["Дзмітрыя", "Семчанку"], "be", {"accs"}, {"nomn", "gent"}),
        (["Ціханоўскай"], "be", {"gent"}, {"nomn", "accs"}),
        (["Ігар", "Лосік"], "be", {"nomn"}, {"gent"}),
        (["Павла", "Северинца"], "ru", {"accs", "gent"}, {"nomn"}),
        (["Марии", "Колесниковой"], "ru", {"gent", "datv"}, {"nomn", "accs"}),
    ],
)
def test_name_cases(tokens: list[str], lang: str, may: set[str], never: set[str]) -> None:
    cases = name_cases(tokens, lang)
    assert may <= cases
    assert not cases & never


def test_name_cases_of_a_latin_name_is_empty() -> None:
    assert name_cases(["Ales", "Bialiatski"], "be") == frozenset()


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Ириной", "Халип"], "Ирина Халип"),
        (["Марину", "Адамович"], "Марина Адамович"),
        (["Юлию", "Юргилевич"], "Юлия Юргилевич"),
        (["Андрея", "Санникова"], "Андрей Санников"),
    ],
)
def test_a_woman_s_surname_ending_in_a_consonant_does_not_decline(tokens, expected):
    assert nominative_name(tokens, "ru") == expected


@pytest.mark.parametrize(
    ("tokens", "language", "expected"),
    [
        (["Валентина", "Олиневич"], "ru", "Валентина Олиневич"),
        (["Игоря", "Олиневича"], "ru", "Игорь Олиневич"),
        (["Валянціна", "Алінэвіч"], "be", "Валянціна Алінэвіч"),
    ],
)
def test_an_undeclined_consonant_surname_is_a_womans(tokens, language, expected):
    assert nominative_name(tokens, language) == expected


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Эдуардам", "Пальчысам"], "Эдуард Пальчыс"),
        (["Ігарам", "Лосікам"], "Ігар Лосік"),
        (["Паўлам", "Севярынцам"], "Павел Севярынец"),
    ],
)
def test_a_belarusian_instrumental_in_am_is_of_a_consonant_surname(tokens, expected):
    assert nominative_name(tokens, "be") == expected


def test_no_russian_name_is_nominative_in_y() -> None:
    # "знакомый Федуты": the genitive of Федута, never a nominative "Федуты"
    assert name_cases(["Федуты"], "ru") == frozenset({"gent"})


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [(["Міхася", "Жвірблі"], "Міхась Жвірбля"), (["Вольгі", "Бабкі"], "Вольга Бабка")],
)
def test_a_belarusian_genitive_in_i_is_of_a_soft_stem_unless_velar(tokens, expected) -> None:
    # a hard -а takes -ы in the genitive; -і only after г, к, х
    assert nominative_name(tokens, "be") == expected
