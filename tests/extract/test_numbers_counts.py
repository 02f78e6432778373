"""Numbers in digits and words, counts of people with their category."""

from __future__ import annotations

import pytest

from rollcall.extract.counts import find_counts
from rollcall.extract.lang import load
from tests.extract.conftest import run


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
            [(19, "recognized"), (862, "prisoners")],
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


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the cue nearest the count decides; a contrast ("but") keeps the other clause's
        (
            "Rights groups welcomed the pardons but said 1,150 people remain in prison.",
            "en",
            [(1150, "prisoners")],
        ),
        (
            "The centre has recognised 2,900 people as political prisoners.",
            "en",
            [(2900, "recognized")],
        ),
        (
            "At least twelve political prisoners were let out under the amnesty.",
            "en",
            [(12, "released")],
        ),
        ("About 1,100 people are still there.", "en", [(1100, "prisoners")]),
        ("Среди помилованных 11 женщин.", "ru", [(11, "released")]),
        ("Всего тогда были освобождены не менее восьми политзаключённых.", "ru", [(8, "released")]),
        ("По делу проходили пять человек.", "ru", [(5, "other")]),
        ("Сярод вызваленых восем жанчын.", "be", [(8, "released")]),
    ],
)
def test_count_category_is_the_nearest_cue(text, lang, expected):
    assert counts(text, lang) == expected


def test_totals_without_a_noun_follow_the_topic(extract_json):
    result = extract_json(
        "Viasna counted 300 political prisoners in early 2021. By the autumn the number had "
        "risen to 650, and a year later it stood at 1,300.",
        "2024-05-20",
    )
    assert [(c["value"], c["category"]) for c in result["counts"]] == [
        (300, "prisoners"),
        (650, "prisoners"),
        (1300, "prisoners"),
    ]
    none = extract_json("By the autumn the number had risen to 650.", "2024-05-20")
    assert none["counts"] == []


def test_part_of_a_group_takes_the_groups_category(extract_json):
    result = extract_json(
        "As of Monday, 1,210 people are held as political prisoners. Among them are 150 women.",
        "2024-05-20",
    )
    assert {(c["value"], c["category"]) for c in result["counts"]} == {
        (1210, "prisoners"),
        (150, "prisoners"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "When he walked out, eight political prisoners were left behind bars.",
            "en",
            [(8, "prisoners")],
        ),
        ("About 40 supporters had gathered outside the court.", "en", [(40, "supporters")]),
        ("Fifty people have been charged over the protest.", "en", [(50, "other")]),
        ("At least four people have refused food in custody this month.", "en", [(4, "other")]),
        ("Прынамсі 61 палітвязня перавялі з калоніі на турэмны рэжым.", "be", [(61, "other")]),
    ],
)
def test_other_counts_and_commas(text, lang, expected):
    assert counts(text, lang) == expected


def test_totals_told_with_commas_or_as_their_number(extract_json):
    be = extract_json(
        "Восенню вызвалілі 31 палітвязня, і колькасць палітвязняў, паводле праваабаронцаў, "
        "скарацілася да 1 290.",
        "2024-12-02",
        "be",
    )
    assert (1290, "prisoners") in {(c["value"], c["category"]) for c in be["counts"]}
    ru = extract_json(
        "В 2020 году «Весна» насчитывала 170 политзаключённых. Через год их было уже 650.",
        "2023-06-01",
        "ru",
    )
    assert {(c["value"], c["category"]) for c in ru["counts"]} == {
        (170, "prisoners"),
        (650, "prisoners"),
    }


def test_an_organisation_name_between_number_and_noun():
    result = run(
        "Four Press Club Belarus members were freed, two colleagues still held.", "2021-08-21"
    )
    assert {(c["value"], c["category"]) for c in result["counts"]} == {
        (4, "released"),
        (2, "prisoners"),
    }


def test_a_count_takes_the_previous_groups_category_only_when_part_of_it():
    result = run(
        "About 100 people cheered as he stepped out. Police drew up reports against more "
        "than 70 activists. Among them were 12 students.",
        "2016-10-28",
    )
    assert {(c["value"], c["category"]) for c in result["counts"]} == {
        (100, "supporters"),
        (70, "other"),
        (12, "other"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Lukashenko pardoned 30 people on August 16, 12 more on September 4 and another 37 "
            "on September 16.",
            "en",
            [(30, "released"), (12, "released"), (37, "released")],
        ),
        (
            "4 сентября он помиловал 30 человек, осуждённых по «экстремистским» статьям, "
            "16 сентября — ещё 37.",
            "ru",
            [(30, "released"), (37, "released")],
        ),
        ("30 декабря Лукашенко помиловал ещё 22 человека.", "ru", [(22, "released")]),
        (
            "Лукашэнка памілаваў 30 чалавек, а праз тыдзень яшчэ 16.",
            "be",
            [(30, "released"), (16, "released")],
        ),
        # another term is no count
        ("Lukashenko pardoned 30 people; Ivan Kruk got another 2 years.", "en", [(30, "released")]),
    ],
)
def test_counts_with_the_noun_left_out_after_a_count(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("27 journalists are in prison in Belarus.", "en", [(27, "prisoners")]),
        ("По данным БАЖ, за решёткой 36 журналистов.", "ru", [(36, "prisoners")]),
        ("Паводле БАЖ, у турме 28 журналістаў.", "be", [(28, "prisoners")]),
        ("По данным БАЖ, за решёткой 36 медиаработников.", "ru", [(36, "prisoners")]),
    ],
)
def test_people_of_any_kind_counted_in_prison_are_prisoners(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Lukashenka pardoned 52 prisoners on Thursday. Fourteen of those freed were "
            "foreign nationals. The other 38 arrived in Vilnius in the evening.",
            "en",
            {(52, "released"), (14, "released"), (38, "released")},
        ),
        (
            "Правозащитники признали политзаключёнными ещё пятерых человек. Среди них Иван "
            "Крук. Остальные четверо проходят по «протестным» делам, двое из них "
            "несовершеннолетние.",
            "ru",
            {(5, "recognized"), (4, "recognized"), (2, "recognized")},
        ),
        (
            "Праваабаронцы прызналі палітвязнямі яшчэ пяцёх чалавек. Сярод іх Іван Крук. "
            "Астатнія чацвёра праходзяць па «пратэстных» справах, двое з іх непаўналетнія.",
            "be",
            {(5, "recognized"), (4, "recognized"), (2, "recognized")},
        ),
    ],
)
def test_a_part_of_a_group_counted_with_the_noun_left_out(text, lang, expected):
    result = run(text, "2021-05-27", lang)
    assert {(c["value"], c["category"]) for c in result["counts"]} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Праваабаронцы «Вясны» прызналі ўсіх траіх палітвязнямі.", "be"),
        ("Суд приговорил всех троих к семи годам лишения свободы.", "ru"),
    ],
)
def test_all_three_told_before_is_no_count(text, lang):
    assert run(text, "2021-05-27", lang)["counts"] == []


def test_found_guilty_is_not_recognised_as_political_prisoners_ru():
    result = run(
        "Судья признал десятерых активистов виновными в измене государству.", "2022-12-28", "ru"
    )
    assert [(c["value"], c["category"]) for c in result["counts"]] == [(10, "other")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ivan Kruk was one of the 52 political prisoners pardoned on Saturday.",
            "en",
            {(52, "released")},
        ),
        ("Власти освободили всех 14 политзаключённых.", "ru", {(14, "released")}),
        ("Улады вызвалілі ўсіх 14 палітвязняў.", "be", {(14, "released")}),
        (
            "Police detained 30 people in 2021. The other 12 were released in 2022.",
            "en",
            {(30, "detained"), (12, "released")},
        ),
    ],
)
def test_counts_kept_beside_the_rules_that_skip_some(text, lang, expected):
    result = run(text, "2024-05-01", lang)
    assert {(c["value"], c["category"]) for c in result["counts"]} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Теперь в списке, который ведёт центр «Весна», 360 имён.", "ru", [(360, "prisoners")]),
        (
            "Лукашенко помиловал 146 политзаключённых, но за решёткой остаются около 1300.",
            "ru",
            [(146, "released"), (1300, "prisoners")],
        ),
        ("Цяпер у спісе палітвязняў 1408 прозвішчаў.", "be", [(1408, "prisoners")]),
        (
            "Улады вызвалілі 52 палітвязні, але за кратамі застаюцца больш за 1100.",
            "be",
            [(52, "released"), (1100, "prisoners")],
        ),
        (
            "Twenty political prisoners have been pardoned, but more than 10 remain behind bars.",
            "en",
            [(20, "released"), (10, "prisoners")],
        ),
        ("Viasna now counts them at nearly 1,400.", "en", [(1400, "prisoners")]),
    ],
)
def test_those_held_counted_with_no_noun_for_people(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В списке 52 страницы, и все они на русском.", "ru"),
        ("За решёткой остаются 30 дней до конца срока.", "ru"),
        ("The list has 12 pages.", "en"),
    ],
)
def test_no_held_total_without_its_words(text, lang):
    assert not any(
        value in (52, 30, 12) and kind == "prisoners" for value, kind in counts(text, lang)
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ён быў сярод 52 памілаваных палітвязняў, якіх вывезлі да мяжы.",
            "be",
            [(52, "released")],
        ),
        (
            "Он был в числе 52 политзаключённых, которых помиловал Лукашенко.",
            "ru",
            [(52, "released")],
        ),
        (
            "Viasna knows of 52 political prisoners who were released early.",
            "en",
            [(52, "released")],
        ),
        # the detained as a noun may be charged, recognised, ...: the verb decides
        ("Обвинения были предъявлены 22 задержанным.", "ru", [(22, "other")]),
    ],
)
def test_a_group_told_by_its_own_participle_or_relative_clause(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Viasna counts the arrests at nearly 1,400 since 2020.", "en"),
        ("Many political prisoners detained in 2020 remain behind bars.", "en"),
        ("The KGB list of terrorists now contains over 1,000 names of political prisoners.", "en"),
        ("В списке террористов КГБ уже более 1000 фамилий политзаключённых.", "ru"),
        ("У спісе тэрарыстаў КДБ ужо больш за 1000 прозвішчаў палітвязняў.", "be"),
    ],
)
def test_no_held_total_from_other_numbers_and_lists(text, lang):
    assert not any(kind == "prisoners" and value >= 1000 for value, kind in counts(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Viasna, which the authorities have labelled an extremist organisation, says 1,300 "
            "remain behind bars.",
            "en",
            [(1300, "prisoners")],
        ),
        (
            "По подсчётам правозащитников, за решёткой по-прежнему остаются около 1300.",
            "ru",
            [(1300, "prisoners")],
        ),
    ],
)
def test_a_held_total_told_by_rights_groups_called_extremist(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У суботу Аляксандр Лукашэнка памілаваў 31 украінца.", "be"),
        ("В субботу Александр Лукашенко помиловал 31 украинца.", "ru"),
    ],
)
def test_nationals_counted(text, lang):
    assert counts(text, lang) == [(31, "released")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Monday more than 300 had been held.", [(300, "detained")]),
        ("At least ten spent the night in custody.", [(10, "detained")]),
        ("Police took away four parishioners.", [(4, "detained")]),
        (
            "Lukashenka signed the decree that freed Belarus's last six recognised political "
            "prisoners.",
            [(6, "released")],
        ),
        # people already told are no new count
        ("The two were detained in late March.", []),
        ("All three were held in the KGB jail.", []),
        ("In 2020 were held the first trials.", []),
    ],
)
def test_english_counts_with_the_noun_left_out_or_modified(text, expected):
    assert counts(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Лукашенко помиловал 18 человек. 15 из них были осуждены за экстремизм.",
            "ru",
            [(18, "released"), (15, "released")],
        ),
        (
            "Лукашэнка памілаваў 22 чалавекі. 20 з іх былі асуджаныя за экстрэмізм.",
            "be",
            [(22, "released"), (20, "released")],
        ),
        ("Бяляцкі разам са 122 іншымі вязнямі быў памілаваны.", "be", [(122, "released")]),
        ("Беляцкий вместе со 122 другими заключёнными был помилован.", "ru", [(122, "released")]),
    ],
)
def test_part_of_a_released_group_and_others_with_a_case_ending(text, lang, expected):
    assert [(c["value"], c["category"]) for c in run(text, "2026-01-10", lang)["counts"]] == (
        expected
    )


@pytest.mark.parametrize(
    "text",
    [
        "Of the five hearings, three were held behind closed doors.",
        "Of the 12 rallies planned, 8 were held despite the ban.",
        "The town's 20,000 residents were left without water.",
    ],
)
def test_numbers_that_are_no_people(text):
    assert counts(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers searched the homes of five journalists and took away their phones.",
            [(5, None)],  # no cue: the events around decide
        ),
        (
            "At least 20 political prisoners have been held incommunicado for over a year.",
            [(20, "prisoners")],
        ),
    ],
)
def test_things_taken_away_and_held_now_are_no_detentions(text, expected):
    assert counts(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Суд вынес приговор пятерым анархистам.", "ru", [(5, "other")]),
        ("Суды вынесли приговоры ещё троим участникам той же акции.", "ru", [(3, "other")]),
        ("Обвинения предъявлены уже более чем 40 людям.", "ru", [(40, "other")]),
        ("Суд вынес прысуд пяцярым анархістам.", "be", [(5, "other")]),
    ],
)
def test_collective_numerals_in_the_dative(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В июле на свободу вышли 27 политзаключённых.", "ru", [(27, "released")]),
        ("У ліпені на волю выйшлі 27 палітвязняў.", "be", [(27, "released")]),
        (
            "Поддержать подсудимых к зданию суда пришли около двадцати человек.",
            "ru",
            [(20, "supporters")],
        ),
        ("Падтрымаць абвінавачаных прыйшлі каля 200 чалавек.", "be", [(200, "supporters")]),
        (
            "About 30 people had come to support the activist outside the court.",
            "en",
            [(30, "supporters")],
        ),
    ],
)
def test_released_and_supporters_told_in_another_order(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Неделя за решёткой: 14 новых политзаключённых", "ru", [(14, "recognized")]),
        ("За тыдзень: 14 новых палітвязняў", "be", [(14, "recognized")]),
        ("Тры палітвязні не дажылі да волі.", "be", [(3, "other")]),
        ("Три политзаключённых не дожили до освобождения.", "ru", [(3, "other")]),
        # a participle is no recognition of the period
        (
            "The decree freed the last six recognised political prisoners.",
            "en",
            [(6, "released")],
        ),
    ],
)
def test_new_political_prisoners_and_those_who_did_not_live(text, lang, expected):
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Правозащитники призвали поддержать 1200 политзаключённых.", "ru", [(1200, "prisoners")]),
        ("Из 1200 политзаключённых на свободу вышли лишь 18.", "ru", [(1200, "prisoners")]),
    ],
)
def test_support_called_for_and_the_whole_a_part_is_of(text, lang, expected):
    assert counts(text, lang) == expected


def test_people_who_came_to_support_someone_are_supporters():
    assert counts("Около 200 человек пришли в суд, чтобы поддержать Игоря Лосика.", "ru") == [
        (200, "supporters")
    ]


def test_a_call_to_support_prisoners_is_no_count_of_supporters():
    assert counts("Правозащитники призывают поддержать 1300 политзаключённых.", "ru") == [
        (1300, "prisoners")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the relative clause tells the group: gathered in support, still held
        (
            "Пасля прысуду каля трыццаці чалавек, якія сабраліся ля будынка суда, "
            "апладзіравалі Івану Круку.",
            "be",
            [(30, "supporters")],
        ),
        (
            "Саюз патрабуе вызваліць Івана Крука і ўсіх 33 журналістаў, якія застаюцца за кратамі.",
            "be",
            [(33, "prisoners")],
        ),
        # ("whom rights groups regarded as political prisoners" is no one still held)
        (
            "Лукашенко подписал указ о помиловании шестерых человек, которых правозащитники "
            "считали политзаключёнными.",
            "ru",
            [(6, "released")],
        ),
        # the detained by their own noun, when nothing else tells the kind
        ("Всего известно о 27 задержанных.", "ru", [(27, "detained")]),
        (
            "Amnesty признала её узником совести — одной из 16 задержанных после акции.",
            "ru",
            [(16, "recognized")],
        ),
    ],
)
def test_a_count_takes_its_kind_from_its_relative_clause_or_noun(text, lang, expected):
    counts = run(text, "2017-12-05", lang)["counts"]
    assert [(c["value"], c["category"]) for c in counts] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Viasna counts about 30 who remain in custody after the protest.",
            "en",
            [(30, "prisoners")],
        ),
        (
            "По подсчётам правозащитников, в области за решёткой остаются ещё трое.",
            "ru",
            [(3, "prisoners")],
        ),
        (
            "Паводле праваабаронцаў, у вобласці за кратамі застаюцца яшчэ чацвёра.",
            "be",
            [(4, "prisoners")],
        ),
    ],
)
def test_those_who_remain_held_with_the_noun_left_out(text, lang, expected):
    counts = run(text, "2017-07-20", lang)["counts"]
    assert [(c["value"], c["category"]) for c in counts] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Со мной в отряде было ещё одиннадцать политических.", "ru", [(11, "prisoners")]),
        ("Са мной у атрадзе было яшчэ адзінаццаць палітычных.", "be", [(11, "prisoners")]),
        # the adjective before its noun is no person
        ("В стране действуют одиннадцать политических партий.", "ru", []),
    ],
)
def test_political_alone_is_political_prisoners(text, lang, expected):
    counts = run(text, "2024-03-29", lang)["counts"]
    assert [(c["value"], c["category"]) for c in counts] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "About 15 classmates stood outside the police station on Monday.",
            "en",
            [(15, "supporters")],
        ),
        (
            "About 30 people came to the courtroom to support the defendants.",
            "en",
            [(30, "supporters")],
        ),
        (
            "В воскресенье около 20 человек пришли к стенам СИЗО с плакатами в его поддержку.",
            "ru",
            [(20, "supporters")],
        ),
        ("У ворот колонии его встречали мать и около 15 друзей.", "ru", [(15, "supporters")]),
        ("Каля 20 чалавек стаялі каля суда з кветкамі.", "be", [(20, "supporters")]),
    ],
)
def test_people_outside_the_court_or_the_prison_are_supporters(text, lang, expected):
    counts = run(text, "2021-05-10", lang)["counts"]
    assert [(c["value"], c["category"]) for c in counts] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В Беларуси остаются 1400 политзаключённых. Данные на 19 сентября. Среди них 11 "
            "человек с инвалидностью, 104 — с серьёзными заболеваниями, 45 старше 60 лет.",
            "ru",
            {(1400, "prisoners"), (11, "prisoners"), (104, "prisoners"), (45, "prisoners")},
        ),
        (
            "Lukashenka pardoned 23 people on Friday. Three of them are women and 20 men; 13 "
            "are over 50, 14 are chronically ill and 12 are parents.",
            "en",
            {
                (23, "released"),
                (3, "released"),
                (20, "released"),
                (13, "released"),
                (14, "released"),
                (12, "released"),
            },
        ),
        (
            "Паводле «Вясны», на 23 лютага было 1142 палітвязні, паводле ініцыятывы "
            "Dissidentby — 1182.",
            "be",
            {(1142, "prisoners"), (1182, "prisoners")},
        ),
        (
            "В конце 2020 года было 169 политзаключённых, к концу 2022 года — 1 446.",
            "ru",
            {(169, "prisoners"), (1446, "prisoners")},
        ),
        (
            "More than 700 people were detained that night, and 43 were later charged.",
            "en",
            {(700, "detained")},
        ),
    ],
)
def test_a_list_goes_on_counting_with_the_noun_left_out(text, lang, expected):
    counts = {(c["value"], c["category"]) for c in run(text, "2023-10-01", lang)["counts"]}
    assert expected <= counts
    assert all(value != 60 for value, _c in counts)  # an age
    assert (43, "detained") not in counts  # a verb of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police say some 250 men have been detained; Viasna has so far confirmed 32 names.",
            {(250, "detained"), (32, "detained")},
        ),
        (
            "Over three weeks 36 more people were recognised as political prisoners, and the "
            "list now stands at 1,377 names.",
            {(36, "recognized"), (1377, "prisoners")},
        ),
    ],
)
def test_names_on_a_list_are_people_counted(text, expected):
    assert {(c["value"], c["category"]) for c in run(text, "2024-05-10", "en")["counts"]} == (
        expected
    )


def test_the_belarusian_singular_political_prisoner_noun_counts():
    result = run("Паводле «Вясны», у Беларусі цяпер 1 431 палітвязень.", "2023-10-01", "be")
    assert {(c["value"], c["category"]) for c in result["counts"]} == {(1431, "prisoners")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Число политзаключённых почти не уменьшается: сейчас их 1416.", "ru"),
        ("Колькасць палітвязняў амаль не змяншаецца: цяпер іх 1416.", "be"),
    ],
)
def test_now_there_are_so_many_of_them_is_a_held_total(text, lang):
    result = run(text, "2024-01-30", lang)
    assert {(c["value"], c["category"]) for c in result["counts"]} == {(1416, "prisoners")}


def test_more_than_n_remain_behind_bars_counts_the_held():
    result = run(
        "More than 20 people have been pardoned, but more than 10 remain behind bars.",
        "2012-10-01",
        "en",
    )
    assert {(c["value"], c["category"]) for c in result["counts"]} == {
        (20, "released"),
        (10, "prisoners"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Around 30 of his former pupils gathered outside the police station.",
            "en",
            (30, "supporters"),
        ),
        ("About 20 people came to the police station with a banner.", "en", (20, "supporters")),
        ("В зале было около тридцати родственников и друзей обвиняемых.", "ru", (30, "supporters")),
        (
            "Около 20 человек, пришедших поддержать Полину, переписали милиционеры.",
            "ru",
            (20, "supporters"),
        ),
        ("У зале былі толькі пяцёра знаёмых Дамброўскай.", "be", (5, "supporters")),
        ("Больш за 30 чалавек ужо напісалі Юрасю паштоўкі.", "be", (30, "supporters")),
    ],
)
def test_company_at_a_trial_and_signs_of_solidarity_count_supporters(text, lang, expected):
    assert counts(text, lang) == [expected]


def test_friends_an_act_befell_are_not_supporters():
    assert counts("Police detained 30 friends of the blogger.", "en") == [(30, "detained")]


def test_friends_sentenced_are_not_supporters():
    assert counts("Суд осудил ещё 12 друзей Игоря Лосика.", "ru") != [(12, "supporters")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Под обращением в прокуратуру подписались 212 работников завода.", [(212, "supporters")]),
        ("Под письмом в его поддержку подписались 86 хоккеистов.", [(86, "supporters")]),
        ("У ворот колонии его ждали около двадцати болельщиков.", [(20, "supporters")]),
        # kin, "всех троих" and a live blog's time are no count
        ("Она мать двоих детей.", []),
        ("Amnesty International признала всех троих узниками совести.", []),
        ("11:40 Жена Алексея рассказала нам по телефону, что ей никто не звонил.", []),
        ("К нему домой пришли с обыском 4 милиционера.", []),
        ("У семьи остались 2 собаки.", []),
        ("Его защищали 2 адвоката, суд допросил 14 свидетелей.", []),
        ("Суда в СИЗО ждали ещё 40 человек.", [(40, None)]),
    ],
)
def test_a_russian_count_of_any_noun_for_people(text, expected):
    assert counts(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Ігара Лысюка асудзілі. На абвяшчэнне прысуду прыйшлі каля 50 чалавек.", "be", 50),
        ("Игоря Лысюка освободили. Встречать его приехали 12 человек.", "ru", 12),
        ("Игорю Лысюку за два года писали письма 230 человек.", "ru", 230),
        ("Ihar Lysiuk was sentenced. About 40 people came to hear the verdict.", "en", 40),
    ],
)
def test_people_who_came_or_wrote_are_supporters(text, lang, value):
    counts = run(text, "2022-06-07", lang)["counts"]
    assert [(c["value"], c["category"]) for c in counts] == [(value, "supporters")]


def test_men_who_came_with_a_search_are_no_supporters():
    counts = run(
        "Игоря Лысюка задержали. С обыском к нему пришли 8 человек в масках.", "2022-06-07", "ru"
    )["counts"]
    assert [(c["value"], c["category"]) for c in counts] == [(8, "other")]
