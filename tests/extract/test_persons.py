"""Persons: detection without a registry, nominative names, merged mentions, roles,
registry links."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.extract.conftest import run, triples


def names(text: str, lang: str | None = None) -> list[str]:
    return [p["name"] for p in run(text, "2020-01-10", lang)["persons"]]


def test_english_full_names_and_surnames_merge():
    text = (
        "Tsikhanouski walks free\n\n"
        "Blogger Siarhei Tsikhanouski was freed on Saturday, hours after "
        "Alexander Lukashenko met US special envoy Keith Kellogg in Minsk. Tsikhanouski's wife, "
        "Sviatlana Tsikhanouskaya, welcomed the news."
    )
    assert names(text) == [
        "Siarhei Tsikhanouski",
        "Alexander Lukashenko",
        "Keith Kellogg",
        "Sviatlana Tsikhanouskaya",
    ]


def test_english_places_and_organisations_are_not_persons():
    text = (
        "Amnesty International and Human Rights Watch said the Radio Liberty journalist was moved "
        "from Minsk to penal colony No. 22 in Ivatsevichy, Belarus."
    )
    assert names(text) == []


def test_russian_inflected_mentions_merge_in_nominative():
    text = (
        "Марии Колесниковой дали 11 лет\n\nСуд приговорил Марию Колесникову к 11 годам. "
        "Колесникову задержали в сентябре 2020 года. Отец Марии Александр Колесников подал жалобу."
    )
    result = run(text, "2021-09-06", "ru")
    persons = {p["name"]: p for p in result["persons"]}
    assert set(persons) == {"Мария Колесникова", "Александр Колесников"}
    assert "Марию Колесникову" in persons["Мария Колесникова"]["variants"]


def test_belarusian_inflected_mentions_merge_in_nominative():
    text = (
        "Анджэя Пачобута асудзілі\n\nСуд прысудзіў журналіста Анджэя Пачобута да васьмі гадоў. "
        "Пачобута затрымалі ў 2021 годзе. Сам Пачобут ніколі не прасіў аб памілаванні."
    )
    result = run(text, "2023-02-08", "be")
    assert [p["name"] for p in result["persons"]] == ["Анджэй Пачобут"]
    assert "журналіста" in result["persons"][0]["roles"]


def test_adjectives_and_places_are_not_belarusian_persons():
    text = (
        "Гродзенскі абласны суд разгледзеў справу. Лаўрэат Нобелеўскай прэміі міру застаецца ў "
        "калоніі ў Віцебску."
    )
    assert names(text, "be") == []


def test_role_after_name():
    text = (
        "Raman Pratasevich, the former editor of the opposition channel Nexta, has been pardoned."
    )
    person = run(text, "2023-05-22")["persons"][0]
    assert person["roles"] == ["former editor of the opposition channel Nexta"]


def test_female_first_name_and_male_surname_stay_two_persons():
    text = (
        "Алесь Пушкін памёр у турме. Пушкіна затрымалі ў 2021 годзе. "
        "Яго жонка Яніна Пушкіна кажа, што ён не скардзіўся."
    )
    assert names(text, "be") == ["Алесь Пушкін", "Яніна Пушкіна"]


@dataclass
class _Mention:
    start: int
    end: int
    person_id: str
    text: str


class _FakeIndex:
    """The two calls rollcall.names.NameIndex offers extraction."""

    def __init__(self, registry: dict[str, str]) -> None:
        self.registry = registry

    def find_mentions(self, text: str) -> list[_Mention]:
        out = []
        for name, person_id in self.registry.items():
            start = text.find(name)
            while start >= 0:
                out.append(_Mention(start, start + len(name), person_id, name))
                start = text.find(name, start + 1)
        return out

    def resolve(self, name: str) -> str | None:
        return self.registry.get(name)


def test_registry_links_and_adds_names():
    index = _FakeIndex({"Bialiatski": "p-ales", "Nasta Loika": "p-nasta"})
    text = "Bialiatski was released on Saturday. Nasta Loika remains in prison. Ihar Losik too."
    persons = {p["name"]: p["registry_id"] for p in run(text, "2014-06-23", names=index)["persons"]}
    assert persons == {"Bialiatski": "p-ales", "Nasta Loika": "p-nasta", "Ihar Losik": None}


def test_belarusian_enka_surnames_in_oblique_cases():
    text = "Яго асудзілі за карыкатуру на Аляксандра Лукашэнку. Пракапенку вызвалілі."
    assert names(text, "be")[0] == "Аляксандр Лукашэнка"


def test_a_name_used_as_an_adjective_is_no_person():
    result = run(
        "The Zavodski district court sentenced Ihar Losik. Losik appealed to the Minsk city court.",
        "2021-12-15",
    )
    assert [p["name"] for p in result["persons"]] == ["Ihar Losik"]


def test_a_city_standing_for_its_government_is_no_person():
    result = run(
        "Вільнюс і Варшава патрабавалі вызваліць Анджэя Пачобута. Пачобут застаецца ў калоніі.",
        "2023-06-30",
        "be",
    )
    assert [p["name"] for p in result["persons"]] == ["Анджэй Пачобут"]


def test_belarusian_common_words_and_places_are_no_persons():
    result = run(
        "Суд Ленінскага раёна Мінска асудзіў Ігара Лосіка напярэдадні Дня Волі.",
        "2021-12-15",
        "be",
    )
    assert [p["name"] for p in result["persons"]] == ["Ігар Лосік"]


def test_social_networks_are_no_persons():
    result = run('Andrei Sharenda wrote on Facebook: "She is free."', "2025-02-01")
    assert [p["name"] for p in result["persons"]] == ["Andrei Sharenda"]
    assert [q["speaker"] for q in result["quotes"]] == ["Andrei Sharenda"]


def test_acronyms_roles_and_place_names_are_no_persons_be():
    result = run(
        "Супрацоўнікі ГУБАЗіК затрымалі Марфу Рабкову ў вёсцы Жылічы Кіраўскага раёна. "
        "Праваабаронцу перавялі ў СІЗА на вуліцы Валадарскага.",
        "2020-09-26",
        "be",
    )
    assert [p["name"] for p in result["persons"]] == ["Марфа Рабкова"]


def test_calendar_given_names_of_the_names_engine_are_known():
    result = run("У Гродне затрымалі Анжаліку Борыс.", "2021-03-25", "be")
    assert [p["name"] for p in result["persons"]] == ["Анжаліка Борыс"]


def test_a_street_name_is_no_person():
    result = run("Marfa Rabkova is held in the remand prison on Valadarski Street.", "2022-09-06")
    assert [p["name"] for p in result["persons"]] == ["Marfa Rabkova"]


def test_organisation_names_hold_no_person():
    result = run(
        "The Conservative Christian Party activist Ihar Bahdanau was detained. "
        "The United Civic Party and the Belarusian Popular Front protested.",
        "2019-07-01",
    )
    assert [p["name"] for p in result["persons"]] == ["Ihar Bahdanau"]
    assert triples(result) == {("detention", None, "Ihar Bahdanau")}


def test_a_list_of_names_shares_one_case():
    # "Аляксандра" alone may be a woman's nominative; among accusatives it is a man's
    result = run("Суд асудзіў Пятра Гурына, Аляксандра Бабко і Ігара Мысліўца.", "2022-06-07", "be")
    assert [p["name"] for p in result["persons"]] == [
        "Пятро Гурын",
        "Аляксандр Бабко",
        "Ігар Мыслівец",
    ]


def test_regions_adverbs_and_organisations_are_no_persons():
    result = run(
        "Затрымалі Пятра Гурына пасля таго, як на Стаўбцоўшчыне размалявалі тюкі сена. "
        "Напрыканцы верасня суд адпусціў яго. Спачатку абое атрымалі штраф. Паводле "
        "звестак Упраўлення ААН, ён хворы.",
        "2022-06-07",
        "be",
    )
    assert [p["name"] for p in result["persons"]] == ["Пятро Гурын"]


def test_an_object_opening_a_sentence_is_still_a_person():
    result = run("Клімовіча асудзілі ў панядзелак. Клімовіч не прызнаў віну.", "2022-06-07", "be")
    assert [p["name"] for p in result["persons"]] == ["Клімовіч"]


def test_company_names_are_no_persons():
    result = run(
        "Былы кіраўнік Белгазпрамбанка Віктар Бабарыка застаецца ў калоніі.", "2022-10-01", "be"
    )
    assert [p["name"] for p in result["persons"]] == ["Віктар Бабарыка"]


def test_a_given_name_after_a_full_name_starts_the_next_person():
    result = run("Пра ліст расказала жонка Мікалая Статкевіча Марына Адамовіч.", "2025-11-01", "be")
    assert [p["name"] for p in result["persons"]] == ["Мікалай Статкевіч", "Марына Адамовіч"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У Мазыр Дашкевіча прывезлі 19 верасня.", {"Дашкевіч"}),
        ("Вечарам у калонію Мікалая Статкевіча прывезлі з Шклова.", {"Мікалай Статкевіч"}),
        ("Адвокат Пятро Марцаў і Мікола Статкевіч прыйшлі.", {"Пятро Марцаў", "Мікола Статкевіч"}),
    ],
)
def test_an_unknown_word_after_a_preposition_is_a_place_not_a_given_name(text, expected):
    assert {p["name"] for p in run(text, "2012-10-31")["persons"]} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A court ruled that Ivan Kruk must stay in prison, his father Pavel Kruk said. "
            '"My son will not give up," Pavel Kruk said. Kruk was detained on May 3, 2021.',
            "en",
            ("detention", "2021-05-03", "Ivan Kruk"),
        ),
        (
            "Суд оставил Ивана Крука в тюрьме, сообщил его отец Павел Крук. «Сын не сдастся», "
            "— сказал Павел Крук. Крука задержали 3 мая 2021 года.",
            "ru",
            ("detention", "2021-05-03", "Иван Крук"),
        ),
        (
            "Суд пакінуў Івана Крука ў турме, паведаміў ягоны бацька Павел Крук. «Сын не "
            "здасца», — сказаў Павел Крук. Крука затрымалі 3 мая 2021 года.",
            "be",
            ("detention", "2021-05-03", "Іван Крук"),
        ),
    ],
)
def test_a_bare_surname_shared_with_a_relative_is_the_report_s_person(text, lang, expected):
    assert expected in triples(run(text, "2021-09-01", lang))


def test_words_of_an_event_s_name_are_no_person_en():
    result = run(
        "Activists were locked up for the duration of the Ice Hockey World Championship, "
        "said Ales Bialiatski.",
        "2014-05-20",
        "en",
    )
    assert [p["name"] for p in result["persons"]] == ["Ales Bialiatski"]


def test_a_given_name_the_dictionary_reads_as_a_city_ru():
    result = run(
        "Суд в пятницу приговорил Софию Сапегу к шести годам колонии. До приговора Сапега "
        "находилась под домашним арестом.",
        "2022-05-06",
        "ru",
    )
    assert [p["name"] for p in result["persons"]] == ["София Сапега"]


@pytest.mark.parametrize(
    "text",
    [
        "According to the Anarchist Black Cross, Ivan Kruk was moved to Horki.",
        "The prize was also given to activists in China, said Ivan Kruk.",
    ],
)
def test_organisations_and_countries_are_no_persons_en(text):
    assert [p["name"] for p in run(text, "2015-06-09", "en")["persons"]] == ["Ivan Kruk"]


@pytest.mark.parametrize(
    "text",
    [
        "Падставай стаў яе допіс пра Івана Крука.",
        "Нагодай стала тое, што Іван Крук выказаў нязгоду.",
    ],
)
def test_a_noun_opening_a_sentence_in_the_instrumental_is_no_person_be(text):
    assert [p["name"] for p in run(text, "2016-12-30", "be")["persons"]] == ["Іван Крук"]


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        ("Суд отклонил жалобу. Прокурор Олег Петров заявил, что вина доказана.", "ru", "прокурор"),
        ("The court rejected the appeal. Judge Anna Lis was brief.", "en", "judge"),
    ],
)
def test_a_role_opening_its_sentence_is_a_role(text, lang, role):
    persons = run(text, "2012-01-25", lang)["persons"]
    assert [p["roles"] for p in persons] == [[role]]


@pytest.mark.parametrize(
    "text",
    [
        "Адвокат Марии Колесниковой Людмила Казак сообщила об этом.",
        "Mr Ales Bialiatski was arrested.",
    ],
)
def test_a_capitalised_opening_word_that_is_no_judge_is_no_role(text):
    persons = run(text, "2024-05-02")["persons"]
    assert all(p["roles"] == [] for p in persons)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Минске задержали председателя Партии БНФ Григория Костусева. Лукашенко заявил "
            "о заговоре.",
            "Григорий Костусев",
        ),
        ("В Гомеле пытались задержать журналиста Алеся Буракова.", "Алесь Бураков"),
        (
            "Участника велоакции Станислава Коновалова выпустили из изолятора.",
            "Станислав Коновалов",
        ),
        # no man's noun before: a woman's nominative
        ("Вчера Станислава Коновалова вышла на свободу.", "Станислава Коновалова"),
        ("Журналистка Алеся Буракова задержана.", "Алеся Буракова"),
    ],
)
def test_a_mans_role_noun_in_the_genitive_makes_an_ambiguous_name_his(text, expected):
    names = [p["name"] for p in run(text, "2021-04-20", "ru")["persons"]]
    assert names[0] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Суд назначил журналистке Ирине Халип два года с отсрочкой.", "ru", "Ирина Халип"),
        ("Суд асудзіў Алега Грузьдзіловіча.", "be", "Алег Грузьдзіловіч"),
    ],
)
def test_a_womans_consonant_surname_stays_undeclined(text, lang, expected):
    assert [p["name"] for p in run(text, "2011-05-20", lang)["persons"]] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Frunzenski District Court sentenced Anna Lis.", "en", ["Anna Lis"]),
        ("Абаронец Івана Крука заявіў пратэст. Паплечніка Крука затрымалі.", "be", ["Іван Крук"]),
    ],
)
def test_courts_defenders_and_associates_are_no_persons(text, lang, expected):
    assert [p["name"] for p in run(text, "2011-05-20", lang)["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Из-за ареста сына Станислава Коновалова объявила голодовку.", "Станислава Коновалова"),
        ("Следователя Алеся Буракова назвала лжецом.", "Алеся Буракова"),
    ],
)
def test_a_feminine_verb_after_the_name_keeps_it_a_womans(text, expected):
    assert [p["name"] for p in run(text, "2021-03-10", "ru")["persons"]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Алеся" is a woman's name and the genitive of "Алесь": her verb tells which
        ("Учора вызвалілася Алеся Крыўцова. Алеся Крыўцова выйшла на волю.", "Алеся Крыўцова"),
        ("Маці Алеся Крыўцова сказала, што сына асудзілі.", "Алесь Крыўцоў"),
        ("Учора асудзілі Алеся Крыўцова. Ён атрымаў тры гады.", "Алесь Крыўцоў"),
    ],
)
def test_a_belarusian_name_read_as_a_womans_by_her_verb(text, expected):
    assert run(text, "2026-10-16", "be")["persons"][0]["name"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жена политзаключенного Станислава Коновалова объявила голодовку.", "Станислав Коновалов"),
        ("Мать политзаключенного Владислава Соколова рассказала о нём.", "Владислав Соколов"),
    ],
)
def test_a_feminine_verb_of_the_head_noun_keeps_the_man(text, expected):
    assert run(text, "2021-03-10", "ru")["persons"][0]["name"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Незадоўга да таго міліцыя спыніла жыхара Ваўкавыска Валерыя Жабрака.",
            "be",
            ["Валерый Жабрак"],
        ),
        (
            "Восем арганізацый, сярод іх Беларускі Хельсінкскі камітэт, прызналі Алеся Пушкіна "
            "палітвязнем.",
            "be",
            ["Алесь Пушкін"],
        ),
        ("Police stopped a resident of Vawkavysk, Valery Zhabrak.", "en", ["Valery Zhabrak"]),
    ],
)
def test_a_town_after_resident_of_and_an_adjective_before_a_name_are_no_persons(
    text, lang, expected
):
    assert [p["name"] for p in run(text, "2020-09-20", lang)["persons"]] == expected


def test_a_belarusian_town_whose_russian_sounds_differ_is_no_person():
    text = (
        "Сяргей Каваленка ўзлез на вяршыню галоўнай навагодняй ёлкі Віцебска. У траўні суд "
        "асудзіў Каваленку."
    )
    assert [p["name"] for p in run(text, "2011-01-20", "be")["persons"]] == ["Сяргей Каваленка"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Арлова затрымалі ў Мінску 18 траўня. Праваабаронцы патрабуюць вызваліць Арлова.",
            "be",
            ["Арлова"],
        ),
        ("Суд над Тихановской Светланой начался заочно 17 января.", "ru", ["Тихановская"]),
    ],
)
def test_surnames_that_look_like_places_or_adjectives_stay_persons(text, lang, expected):
    assert [p["name"] for p in run(text, "2021-05-20", lang)["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname the dictionary does not know, its nominative written elsewhere
        (
            "Олега Крупени перевели в тюрьму. Мать Олега Крупени Валентина Крупеня "
            "рассказала об этом.",
            ["Олег Крупеня", "Валентина Крупеня"],
        ),
        # two names side by side with no comma or "и" are no list sharing a case
        (
            "По делу проходит доверенное лицо Светланы Тихановской Антонина Коновалова.",
            ["Светлана Тихановская", "Антонина Коновалова"],
        ),
    ],
)
def test_a_name_after_another_in_the_genitive_keeps_its_own_case(text, expected):
    assert [p["name"] for p in run(text, "2014-07-19", "ru")["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Юрася Лагуна затрымалі 2 лістапада 2021 года.", "be", ["Юрась Лагун"]),
        ("Сярод прызнаных — Аліна Шпакоўская з Магілёва.", "be", ["Аліна Шпакоўская"]),
        (
            "Yuras Lahun and Zhanna Krauchuk were detained on Monday.",
            "en",
            ["Yuras Lahun", "Zhanna Krauchuk"],
        ),
        ("Тимура Иванова задержали в понедельник.", "ru", ["Тимур Иванов"]),
    ],
)
def test_given_names_of_the_calendar(text, lang, expected):
    assert [p["name"] for p in run(text, "2023-03-02", lang)["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Рыгора і Арцёма Рубаных пасля затрымання адпусцілі.",
            "be",
            ["Рыгор Рубаны", "Арцём Рубаны"],
        ),
        (
            "Затрымалі Аляксандра і Аляксея Русецкіх.",
            "be",
            ["Аляксандр Русецкі", "Аляксей Русецкі"],
        ),
        (
            "Суд над Дзянісам і Кацярынай Ярашэвічамі пачаўся сёння.",
            "be",
            ["Дзяніс Ярашэвіч", "Кацярына Ярашэвіч"],
        ),
        ("Анна и Иван Петровы задержаны.", "ru", ["Анна Петрова", "Иван Петров"]),
        # a woman's surname in a consonant is not declined: shared as written
        (
            "Пачаўся працэс па справе Дзяніса і Кацярыны Ярашэвіч.",
            "be",
            ["Дзяніс Ярашэвіч", "Кацярына Ярашэвіч"],
        ),
        # (but "Андрэя і Івана Крука": the second alone is named so)
        ("Затрымалі Андрэя і Івана Крука.", "be", ["Іван Крук"]),
        (
            "Dzianis and Katsiaryna Yarashevich were detained.",
            "en",
            ["Dzianis Yarashevich", "Katsiaryna Yarashevich"],
        ),
    ],
)
def test_two_given_names_share_one_surname(text, lang, expected):
    assert [p["name"] for p in run(text, "2021-10-01", lang)["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Viktar Babaryka, the strongest rival to Aliaksandr Lukashenka, was detained on "
            "Thursday together with his son Eduard.",
            "en",
            ["Viktar Babaryka", "Aliaksandr Lukashenka", "Eduard Babaryka"],
        ),
        (
            "Paval Sasnouski was detained in Minsk. His mother Nadzeya has not seen him since.",
            "en",
            ["Paval Sasnouski", "Nadzeya Sasnouskaya"],
        ),
        (
            "Игоря Лосика задержали в Минске. Об этом сообщила его жена Дарья.",
            "ru",
            ["Игорь Лосик", "Дарья Лосик"],
        ),
        (
            "Паўла Сасноўскага затрымалі ў Мінску. Яго маці Надзея не бачыла сына.",
            "be",
            ["Павел Сасноўскі", "Надзея Сасноўская"],
        ),
    ],
)
def test_a_relative_named_by_the_given_name_bears_the_family_name(text, lang, expected):
    assert [p["name"] for p in run(text, "2020-06-19", lang)["persons"]] == expected


def test_a_relative_of_a_named_owner_bears_the_owners_family_name():
    text = (
        "Dzianis Dzikun and Aleh Malchanau were detained together with Malchanau's "
        "daughter Alisa. “They wanted to help,” Dzikun's brother Dzmitry said."
    )
    result = run(text, "2022-12-28")
    assert [p["name"] for p in result["persons"]] == [
        "Dzianis Dzikun",
        "Aleh Malchanau",
        "Alisa Malchanava",
        "Dzmitry Dzikun",
    ]
    assert [q["speaker"] for q in result["quotes"]] == ["Dzmitry Dzikun"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "банк" inside a surname is no bank (which nominative, Лабанок or Лабанак, the
        # text alone does not tell)
        ("Суд асудзіў Сымона Лабанка.", "be", ["Сымона Лабанка"]),
        ("Суд осудил Семёна Лабанка.", "ru", ["Семёна Лабанка"]),
        # a company word ending a compound is still a company
        ("Супрацоўнікі Белгазпрамбанка далі паказанні.", "be", []),
    ],
)
def test_a_company_word_inside_a_surname_is_no_company(text, lang, expected):
    persons = run(text, "2012-05-23", lang)["persons"]
    assert [f for p in persons for f in p["variants"] if " " in f] == expected


def test_a_given_name_before_a_full_name_is_not_part_of_it_ru():
    result = run(
        "Суд над Дмитрием Якубовичем начался во вторник. «Мы надеемся на штраф», — сказала "
        "мать Дмитрия Наталья Якубович.",
        "2020-03-10",
        "ru",
    )
    assert {p["name"] for p in result["persons"]} == {"Дмитрий Якубович", "Наталья Якубович"}
    assert [q["speaker"] for q in result["quotes"]] == ["Наталья Якубович"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Дарья Лосик рассказала о письме мужа, Игоря Лосика. «Он держится», — сказала "
            "Дарья Лосик. Лосика осудили 14 декабря.",
            "ru",
            {("sentence", "2021-12-14", "Игорь Лосик")},
        ),
        (
            "Дар'я Лосік распавяла пра ліст мужа, Ігара Лосіка. «Ён трымаецца», — сказала "
            "Дар'я Лосік. Лосіка асудзілі 14 снежня.",
            "be",
            {("sentence", "2021-12-14", "Ігар Лосік")},
        ),
    ],
)
def test_a_declined_bare_surname_is_the_mans_not_his_wifes(text, lang, expected):
    assert triples(run(text, "2022-03-01", lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Учора праваабаронцы прызналі Івана Крука палітвязнем. Жонка блогера Вераніка "
            "кажа, што ён чакаў арышту.",
            "be",
            {"Іван Крук", "Вераніка Крук"},
        ),
        (
            "Вчера правозащитники признали Ивана Крука политзаключённым. Жена блогера Вероника "
            "говорит, что он ждал ареста.",
            "ru",
            {"Иван Крук", "Вероника Крук"},
        ),
    ],
)
def test_a_relative_of_a_role_named_by_the_given_name_bears_the_family_name(text, lang, expected):
    assert {p["name"] for p in run(text, "2021-02-10", lang)["persons"]} == expected


def test_a_day_label_is_no_person_and_a_quoted_word_owns_no_relative():
    result = run(
        "Тыдзень\n\nПанядзелак. У Мазыры міліцыя правяла ператрус у кватэры блогера Івана "
        "Крука. «Забралі ноўтбук і тэлефоны», — кажа яго жонка Ірына.",
        "2018-05-19",
        "be",
    )
    assert {p["name"] for p in result["persons"]} == {"Іван Крук", "Ірына Крук"}
    assert [q["speaker"] for q in result["quotes"]] == ["Ірына Крук"]


def test_a_sons_family_name_is_the_mans_form_of_his_mothers():
    text = "Тэрэсу Дубоўскую асудзілі ў чацвер. «Мама не разумее, за што», — сказаў яе сын Ян."
    assert names(text, "be") == ["Тэрэса Дубоўская", "Ян Дубоўскі"]


def test_a_given_name_and_a_womans_patronymic_are_the_woman_named_before():
    text = (
        "Суд асудзіў пенсіянерку Ганну Дубоўскую на два гады. Сама Ганна Іванаўна віну не прызнала."
    )
    assert names(text, "be") == ["Ганна Дубоўская"]


def test_a_family_name_in_chanka_is_no_towns_native():
    assert names("Дзмітрыя Семчанку затрымалі ў панядзелак.", "be") == ["Дзмітрый Семчанка"]


def test_a_word_opening_the_sentence_gives_a_relative_no_family_name():
    text = (
        "Ihar Dubko, 44, was detained on Monday. Officers searched the family's flat the same "
        "night, his wife Halina told Reuters."
    )
    assert names(text, "en") == ["Ihar Dubko", "Halina Dubko"]


def test_a_relative_named_by_the_given_name_alone_has_no_bare_family_name_variant():
    text = (
        "Палітвязень Станіслаў Дубко памёр у нядзелю, паведаміла яго дачка Ірына. "
        "Ірына кажа, што сям'я не атрымала адказу."
    )
    persons = run(text, "2026-05-12", "be")["persons"]
    daughter = next(p for p in persons if p["name"].startswith("Ірына"))
    assert "Дубко" not in daughter["variants"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Сяргея Каліну затрымалі ў панядзелак. Яго сын Андрэй кажа, што бацька невінаваты.",
            "be",
            ["Сяргей Каліна", "Андрэй Каліна"],
        ),
        (
            "Dzmitry Shcherbina was detained. His son Andrei said nothing.",
            "en",
            ["Dzmitry Shcherbina", "Andrei Shcherbina"],
        ),
    ],
)
def test_a_son_of_a_man_keeps_his_fathers_family_name_as_written(text, lang, expected):
    assert names(text, lang) == expected


def test_a_genitive_in_a_is_not_read_off_a_dictionarys_odd_guess():
    # not "Гуцалаа" (a doubled vowel) nor "Гуцало" (a surname in -о does not decline)
    text = "Вместе с ним задержали слесаря Андрея Гуцала, его отпустили через сутки."
    assert names(text, "ru") == ["Андрей Гуцал"]


def test_a_relative_named_after_the_owners_given_name_bears_the_family_name():
    text = (
        "Роман Лазовик сидит в колонии. Жена Романа, Юлия, одна воспитывает детей. «Рома "
        "всегда говорил, что политика не про него», — рассказывает Юлия."
    )
    assert names(text, "ru") == ["Роман Лазовик", "Юлия Лазовик"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ігара Лысюка затрымалі ў чацвер. Аднак у панядзелак яго не вызвалілі. "
            "Паштоўка ад сяброў вярнулася назад. Сказаў, што напіша зноў.",
            "be",
        ),
        (
            "Игоря Лысюка задержали в четверг. Однако в понедельник его не отпустили. "
            "Открытка от друзей вернулась назад. Сказал, что напишет снова.",
            "ru",
        ),
    ],
)
def test_a_capitalised_word_opening_one_sentence_is_no_person(text, lang):
    assert len(run(text, "2016-06-01", lang)["persons"]) == 1


def test_a_surname_alone_named_twice_is_a_person():
    text = "Лысюк выйшаў на волю ў чацвер. Лысюка сустрэлі сябры."
    assert [p["name"] for p in run(text, "2016-06-01", "be")["persons"]] == ["Лысюк"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Письма Павлу Семашке вернулись в редакцию.", "Павел Семашка"),
        ("Адвокат Олега Крупени подал жалобу.", "Олег Крупеня"),
        ("Письма Наталье Херше вернулись в редакцию.", "Наталья Херше"),
    ],
)
def test_a_mans_surname_in_a_declines_with_his_given_name(text, expected):
    assert [p["name"] for p in run(text, "2022-06-07", "ru")["persons"]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ператрус прайшоў у кватэры Кірылы Лысюка.", "Кірыла Лысюк"),
        ("Лісты Таццяне Равяка вярнуліся назад.", "Таццяна Равяка"),
    ],
)
def test_a_mans_given_name_in_a_and_a_womans_surname_in_a(text, expected):
    assert [p["name"] for p in run(text, "2022-06-07", "be")["persons"]] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ігара Лысюка перавялі ў СІЗА на Валадарскага. Лысюк хворы.", "be"),
        ("Игоря Лысюка перевели в СИЗО на Володарского. Лысюк болен.", "ru"),
    ],
)
def test_the_street_a_jail_stands_on_is_no_person(text, lang):
    assert len(run(text, "2022-06-07", lang)["persons"]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Журналистку Ольгу Лысюк объявили в розыск.\n\nОна давно живёт в Варшаве. Её "
            "родители остались в Гродно. В прошлый четверг у них прошёл обыск. В тот же день "
            "задержали её младшего брата Романа.",
            "Роман Лысюк",
        ),
        (
            "Суд над Ольгой Семашко начался в среду. Власти арестовали имущество Семашко. "
            "В деле фигурирует фирма её старшего сына Бориса.",
            "Борис Семашко",
        ),
    ],
)
def test_a_relative_named_by_the_given_name_bears_the_family_name_of_the_one_before(text, expected):
    assert expected in [p["name"] for p in run(text, "2022-06-07", "ru")["persons"]]


def test_a_womans_son_named_alone_bears_the_mans_form_of_her_surname():
    text = (
        "Лилию Власову задержали в среду. Имущество Власовой арестовали. В деле фигурирует "
        "фирма её старшего сына Бориса."
    )
    assert "Борис Власов" in [p["name"] for p in run(text, "2022-06-07", "ru")["persons"]]


def test_a_foreign_name_the_calendar_does_not_know_is_a_person_before_who():
    text = (
        "Ihar Lysiuk was sentenced on Monday. Katrin Oberländer, who sits on the Bundestag's "
        "human rights committee, said she would follow the case."
    )
    names = [p["name"] for p in run(text, "2021-05-25", "en")["persons"]]
    assert names == ["Ihar Lysiuk", "Katrin Oberländer"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Письма Ираклию Кобахидзе вернулись.", "Ираклий Кобахидзе"),
        ("Адвокат Михаила Саакашвили пришёл в суд.", "Михаил Саакашвили"),
        ("Суд над Николаем Статкевичем начался. О Николае Статкевиче пишут.", "Николай Статкевич"),
    ],
)
def test_a_mans_surname_that_does_not_decline_or_ends_in_a_consonant_stays(text, expected):
    assert [p["name"] for p in run(text, "2022-06-07", "ru")["persons"]] == [expected]


def test_a_possessive_tells_whose_son_a_given_name_is():
    text = (
        "Справу разглядаў суддзя Павел Семашка.\n\nАлена Лысюк даўно жыве ў Варшаве. "
        "Яе бацькі засталіся ў Гродне. Яе сына Максіма затрымалі ўлетку."
    )
    names = [p["name"] for p in run(text, "2022-06-07", "be")["persons"]]
    assert "Максім Лысюк" in names and "Максім Семашка" not in names


def test_a_word_opening_the_sentence_once_gives_no_family_name_to_a_relative():
    text = (
        "Алена Лысюк даўно жыве ў Варшаве. Яе бацькі засталіся ў Гродне. Улетку яе сына "
        "Максіма затрымалі."
    )
    names = [p["name"] for p in run(text, "2022-06-07", "be")["persons"]]
    assert names == ["Алена Лысюк", "Максім Лысюк"]
