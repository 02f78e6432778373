"""Date grammar: stated precision, relative dates, weekday and year-boundary rules."""

from __future__ import annotations

import datetime as dt

import pytest

from rollcall.extract.dates import add_delta, find_dates, infer_year, weekday_date
from rollcall.extract.lang import load
from tests.extract.conftest import run, triples


def values(text: str, published: str, lang: str = "en") -> list[str | None]:
    return [m.value for m in find_dates(text, load(lang), dt.date.fromisoformat(published))]


def test_weekday_before_publication_day():
    # report of Monday 23 June 2014: "on Saturday" is the 21st
    assert values("He was released on Saturday.", "2014-06-23") == ["2014-06-21"]


def test_weekday_naming_publication_day_is_that_day():
    # dateparser sends this to the week before; our rule keeps the publication day
    assert values("The court ruled on Monday.", "2014-06-23") == ["2014-06-23"]


def test_last_weekday_naming_publication_day_is_week_before():
    assert values("He was detained last Monday.", "2014-06-23") == ["2014-06-16"]


def test_weekday_across_year_boundary():
    # Thursday 1 January 2015: "on Friday" is 26 December 2014
    assert values("She was freed on Friday.", "2015-01-01") == ["2014-12-26"]
    assert values("Его задержали в пятницу.", "2015-01-01", "ru") == ["2014-12-26"]


def test_month_without_year_after_publication_month_is_last_year():
    assert values("He was moved in December.", "2015-01-10") == ["2014-12"]
    assert values("Её этапировали в июне.", "2023-12-04", "ru") == ["2023-06"]
    assert values("on December 30", "2015-01-02") == ["2014-12-30"]
    assert infer_year(dt.date(2015, 1, 2), 12, 30) == 2014


def test_precision_is_kept():
    assert values("sentenced in September, 2011", "2014-06-23") == ["2011-09"]
    assert values("arrested in 2011", "2014-06-23") == ["2011"]
    assert values("detained on May 29, 2020", "2021-01-01") == ["2020-05-29"]
    assert values("9 сентября 2020 года", "2021-09-06", "ru") == ["2020-09-09"]
    assert values("25 сакавіка 2021 года", "2023-02-08", "be") == ["2021-03-25"]
    assert values("у красавіку", "2023-05-09", "be") == ["2023-04"]


def test_may_the_verb_is_not_a_month():
    assert values("She may be released soon.", "2014-06-23") == []


def test_month_day_this_year_takes_the_stated_year():
    assert values("On May 3 this year a court sentenced him.", "2023-05-22") == ["2023-05-03"]
    assert values("в июне прошлого года", "2023-12-04", "ru") == ["2022-06"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("yesterday", "en", "2014-12-18"),
        ("вчера", "ru", "2014-12-18"),
        ("учора", "be", "2014-12-18"),
        ("last year", "en", "2013"),
        ("в прошлом году", "ru", "2013"),
        ("летась", "be", "2013"),
        ("этой осенью", "ru", "2014"),
        ("three days ago", "en", "2014-12-16"),
        ("две недели назад", "ru", "2014-12-05"),
        ("тры дні таму", "be", "2014-12-16"),
        ("в прошлую пятницу", "ru", "2014-12-12"),
    ],
)
def test_relative_dates(text, lang, expected):
    # published Friday 19 December 2014
    assert values(text, "2014-12-19", lang) == [expected]


def test_later_is_relative_to_the_previous_date():
    mentions = find_dates("two days later", load("en"), dt.date(2014, 6, 23))
    assert mentions[0].kind == "later" and mentions[0].delta == (2, "day")
    assert add_delta("2020-09-07", 2, "day") == "2020-09-09"
    assert add_delta("2020-06", 1, "month") == "2020-07"
    assert add_delta("2020", 1, "day") is None  # no false precision


def test_weekday_date_helper():
    monday = dt.date(2014, 6, 23)
    assert weekday_date(monday, 5) == dt.date(2014, 6, 21)
    assert weekday_date(monday, 0) == monday
    assert weekday_date(monday, 0, last=True) == dt.date(2014, 6, 16)


def test_invalid_dates_are_dropped():
    assert values("31.02.2020", "2021-01-01") == []


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # Wednesday 17 April 2019: the week (15th to 17th) lies in April
        ("He was moved to another colony earlier this week.", "en", "2019-04-17", ["2019-04"]),
        ("Её перевели в другую колонию на прошлой неделе.", "ru", "2019-04-17", ["2019-04"]),
        ("Яго пакаралі на гэтым тыдні.", "be", "2019-04-17", ["2019-04"]),
        # Tuesday 2 July 2019: the week began on 1 July, last week ran 24-30 June
        ("He was searched last week.", "en", "2019-07-02", ["2019-06"]),
        # Wednesday 3 July 2019: last week is 24-30 June, this week 1-3 July
        ("Его задержали на этой неделе.", "ru", "2019-07-03", ["2019-07"]),
        # Thursday 1 August 2019: this week straddles July and August: no month
        ("She was moved this week.", "en", "2019-08-01", [None]),
        ("They were detained in mid-2018.", "en", "2019-08-01", ["2018"]),
        ("He went on hunger strike in the summer of 2017.", "en", "2019-08-01", ["2017"]),
        ("Яго затрымалі заўчора.", "be", "2019-08-01", ["2019-07-30"]),
    ],
)
def test_weeks_seasons_and_mid_years(text, lang, published, expected):
    assert values(text, published, lang) == expected


def test_the_day_before_and_after_are_relative_to_the_previous_date():
    mentions = find_dates(
        "He was searched on 3 May 2019 and detained the day before; через день его отпустили.",
        load("en"),
        dt.date(2019, 6, 1),
    )
    assert [m.delta for m in mentions if m.kind == "later"] == [(-1, "day")]
    ru = find_dates(
        "Обыск прошёл 3 мая, спустя три месяца его осудили.", load("ru"), dt.date(2019, 9, 1)
    )
    assert [(m.value, m.delta) for m in ru] == [("2019-05-03", None), (None, (3, "month"))]


def test_that_same_year_and_before_that():
    be = find_dates(
        "Яго затрымалі 30 сакавіка 2021 года. За тры дні да гэтага, 27 сакавіка, правялі "
        "ператрус. У тым жа годзе яго асудзілі.",
        load("be"),
        dt.date(2022, 4, 1),
    )
    assert [(m.value, m.delta) for m in be] == [
        ("2021-03-30", None),
        ("2021-03-27", None),  # not 2022: "three days before that"
        (None, (0, "year_of")),
    ]
    assert add_delta("2021-03-30", 0, "year_of") == "2021"


def test_a_day_and_month_keep_the_year_the_paragraph_is_telling():
    mentions = find_dates(
        "5 студзеня 2021 года прайшоў ператрус. Праз два тыдні, 18 студзеня, яго затрымалі, "
        "а 3 лістапада асудзілі.\n\nУчора яго вызвалілі.",
        load("be"),
        dt.date(2023, 7, 21),
    )
    assert [m.value for m in mentions if m.value] == [
        "2021-01-05",
        "2021-01-18",
        "2021-11-03",
        "2023-07-20",
    ]
    later = find_dates("праз дванаццаць дзён", load("be"), dt.date(2023, 7, 21))
    assert [m.delta for m in later] == [(12, "day")]


def test_a_period_of_years_does_not_anchor_a_later_bare_date():
    result = run(
        "По версии следствия, в 2011–2012 годах Иван Крук не платил налоги. Процесс над "
        "Иваном Круком начался 30 июля.",
        "2018-08-24",
        "ru",
    )
    assert [e["date"] for e in result["events"] if e["type"] == "trial"] == ["2018-07-30"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ivan Kruk was detained on March 25. Two days earlier police had detained Anna Lis.",
            "en",
            ("detention", "2021-03-23", "Anna Lis"),
        ),
        (
            "Івана Крука затрымалі 25 сакавіка. За два дні да гэтага ў Гродне затрымалі Анну Ліс.",
            "be",
            ("detention", "2021-03-23", "Анна Ліс"),
        ),
        (
            "Ивана Крука задержали 25 марта. Неделей раньше задержали Анну Лис.",
            "ru",
            ("detention", "2021-03-18", "Анна Лис"),
        ),
        (
            "Акцию разогнали 19 марта. Ивана Крука задержали в ту же ночь.",
            "ru",
            ("detention", "2021-03-19", "Иван Крук"),
        ),
    ],
)
def test_earlier_and_that_night_count_from_the_date_told_before(text, lang, expected):
    assert expected in triples(run(text, "2021-04-01", lang))


def test_a_date_and_a_dash_are_no_period_of_years():
    result = run(
        "Ивана Крука задержали 12 августа 2020 — 25 дней спустя после выборов. 5 сентября "
        "его перевели в СИЗО.",
        "2022-08-24",
        "ru",
    )
    assert ("transfer", "2020-09-05", "Иван Крук") in triples(result)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ивана Крука задержали 20 мая. Тремя днями раньше задержали Анну Лис.",
            "ru",
            ("detention", "2024-05-17", "Анна Лис"),
        ),
        (
            "Івана Крука затрымалі 20 мая. Трыма днямі раней затрымалі Анну Ліс.",
            "be",
            ("detention", "2024-05-17", "Анна Ліс"),
        ),
    ],
)
def test_days_earlier_in_the_instrumental(text, lang, expected):
    assert expected in triples(run(text, "2024-06-01", lang))


def test_a_day_earlier_goes_back_from_the_event_just_told():
    result = run(
        "Police searched the office of Anna Hook on September 28. Ivan Kruk was arrested on "
        "Saturday. A day earlier officers had searched his flat.",
        "2021-10-06",
    )
    assert ("search", "2021-10-01", "Ivan Kruk") in triples(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seized on Nov. 9.", "2023-11-09"),
        ("on Sept. 9, 2022 he", "2022-09-09"),
        ("in May. 9 people", "2023-05"),
    ],
)
def test_abbreviated_english_months_with_a_full_stop(text, expected):
    found = find_dates(text, load("en"), dt.date(2023, 11, 16))
    assert [d.value for d in found][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ровно три года назад", "ru", "2023-07-11"),
        ("три года назад", "ru", "2023"),
        ("exactly two years ago", "en", "2024-07-11"),
        ("Роўна год таму", "be", "2025-07-11"),
        ("год таму", "be", "2025"),
        ("тры месяцы таму", "be", "2026-04"),
        ("два тыдні таму", "be", "2026-06-27"),
    ],
)
def test_time_ago_exactly_and_in_belarusian(text, lang, expected):
    found = find_dates(text, load(lang), dt.date(2026, 7, 11))
    assert [d.value for d in found] == [expected]


def test_exactly_a_year_later_is_the_same_day():
    result = run(
        "Алеся Пушкина задержали 30 марта 2021 года. Ровно через год суд приговорил его к "
        "пяти годам колонии.",
        "2026-07-11",
        "ru",
    )
    assert ("sentence", "2022-03-30", "Пушкин") in {
        (t, d, p.split()[-1]) for t, d, p in triples(result)
    }


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (
            "Four years ago today, police in Hrodna detained him",
            "en",
            dt.date(2025, 3, 25),
            "2021-03-25",
        ),
        (
            "It is two years today since Lukashenka signed the decree",
            "en",
            dt.date(2017, 8, 22),
            "2015-08-22",
        ),
        (
            "В воскресенье исполнилось три года с тех пор, как силовики пришли",
            "ru",
            dt.date(2024, 7, 15),
            "2021-07-14",
        ),
        (
            "Сёння спаўняецца пятнаццаць гадоў з таго дня, як у Мінску затрымалі",
            "be",
            dt.date(2026, 8, 4),
            "2011-08-04",
        ),
        ("Сёння роўна год, як у Маладзечне затрымалі", "be", dt.date(2013, 9, 14), "2012-09-14"),
        (
            "Today it is exactly a year since police detained",
            "en",
            dt.date(2015, 6, 22),
            "2014-06-22",
        ),
        ("Сегодня ровно год, как в Молодечно задержали", "ru", dt.date(2013, 9, 14), "2012-09-14"),
        ("Учора споўніўся год, як ён выйшаў з калоніі", "be", dt.date(2015, 6, 22), "2014-06-21"),
        ("Вчера исполнилось два года, как его задержали", "ru", dt.date(2015, 6, 22), "2013-06-21"),
    ],
)
def test_anniversaries_told_on_their_day(text, lang, published, expected):
    assert expected in [d.value for d in find_dates(text, load(lang), published)]


def test_an_anniversary_dates_the_event_it_recalls():
    result = run(
        "Сёння спаўняецца пятнаццаць гадоў з таго дня, як у Мінску затрымалі Івана Крука.",
        "2026-08-04",
        "be",
    )
    assert ("detention", "2011-08-04", "Іван Крук") in triples(result)


def test_march_opening_a_sentence_is_the_month():
    result = run("In March the court sentenced Ivan Kruk to ten years.", "2023-05-01", "en")
    assert triples(result) == {("sentence", "2023-03", "Ivan Kruk")}


def test_a_year_ago_tonight_is_to_the_day():
    result = run(
        "A year ago tonight riot police broke up the rally. More than 700 people were "
        "detained that night.",
        "2011-12-19",
        "en",
    )
    assert {d for t, d, _p in triples(result) if t == "detention"} == {"2010-12-19"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В конце января Ивана Крука перевели под домашний арест. Тогда же Amnesty "
            "International признала его узником совести.",
            "ru",
            ("recognition", "2011-01", "Иван Крук"),
        ),
        (
            "У канцы студзеня Івана Крука перавялі пад хатні арышт. Тады ж Amnesty "
            "International прызнала яго вязнем сумлення.",
            "be",
            ("recognition", "2011-01", "Іван Крук"),
        ),
        (
            "Ивана Крука задержали 7 августа. Анну Лис задержали днём позже.",
            "ru",
            ("detention", "2011-08-08", "Анна Лис"),
        ),
    ],
)
def test_at_that_same_time_and_a_day_later(text, lang, expected):
    assert expected in triples(run(text, "2011-09-01", lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Сёння шэсць гадоў з дня, калі ў Гродне затрымалі Івана Крука.",
            "be",
            ("detention", "2020-05-29", "Іван Крук"),
        ),
        (
            "Сегодня шесть лет со дня, когда в Гродно задержали Ивана Крука.",
            "ru",
            ("detention", "2020-05-29", "Иван Крук"),
        ),
    ],
)
def test_today_n_years_since_the_day_with_no_verb(text, lang, expected):
    assert expected in triples(run(text, "2026-05-29", lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("He was detained on Tuesday, March 3, 2020, at home.", "en", ["2020-03-03"]),
        ("He was detained on Saturday 14 March and freed.", "en", ["2020-03-14"]),
        ("Его задержали в субботу, 14 марта, у дома.", "ru", ["2020-03-14"]),
        ("Его задержали 14 марта, в субботу, у дома.", "ru", ["2020-03-14"]),
        ("Яго затрымалі ў суботу, 14 сакавіка, каля дома.", "be", ["2020-03-14"]),
        # not beside each other: each is its own date
        ("He was detained on Tuesday and released on 3 March.", "en", ["2020-04-14", "2020-03-03"]),
    ],
)
def test_weekday_beside_a_stated_day_is_that_day(text, lang, expected):
    assert values(text, "2020-04-14", lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Uladzimir Kavaliou, a Babruisk electrician jailed in 2021 for comments in a chat, "
            "left penal colony No. 2 on November 3 after five years.",
            "en",
            ("release", "2026-11-03", "Uladzimir Kavaliou"),
        ),
        (
            "Уладзімір Кавалёў, якога асудзілі ў 2021 годзе за каментары ў чаце, выйшаў з калоніі "
            "3 лістапада.",
            "be",
            ("release", "2026-11-03", "Уладзімір Кавалёў"),
        ),
        (
            "Владимир Ковалёв, осуждённый в 2021 году за комментарии в чате, вышел из колонии "
            "3 ноября.",
            "ru",
            ("release", "2026-11-03", "Владимир Ковалёв"),
        ),
        # a day in the aside tells the story's year
        (
            "Uladzimir Kavaliou, who was detained on 9 August 2025, was sentenced on 15 December.",
            "en",
            ("sentence", "2025-12-15", "Uladzimir Kavaliou"),
        ),
    ],
)
def test_a_year_alone_in_a_closed_aside_is_the_persons_past(text, lang, expected):
    assert expected in triples(run(text, "2026-11-27", lang))


def test_a_weekday_after_a_day_that_opens_another_act_is_its_own():
    text = "Ihar Losik was detained on June 25, on Saturday police searched his parents' flat."
    assert values(text, "2020-06-30") == ["2020-06-25", "2020-06-27"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("She was moved to Homiel in the autumn.", "2016-03-08", ["2015"]),
        ("She was moved to Homiel in the autumn.", "2016-10-20", ["2016"]),
        ("He went on hunger strike in the summer.", "2016-03-08", ["2015"]),
        ("He went on hunger strike last summer.", "2016-03-08", ["2015"]),
        ("She hopes to be free this summer.", "2016-03-08", ["2016"]),
        ("She was moved in the autumn of 2013.", "2016-03-08", ["2013"]),
    ],
)
def test_an_english_season_is_the_last_one_begun(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Twenty years ago today", "en", ["2006-03-25"]),
        ("twenty-five years ago", "en", ["2001"]),
        ("двадцать лет назад", "ru", ["2006"]),
        ("двадцать пять лет назад", "ru", ["2001"]),
        ("дваццаць гадоў таму", "be", ["2006"]),
        # a vague count gives no date
        ("several days ago", "en", []),
        ("некалькі дзён таму", "be", []),
    ],
)
def test_counts_of_time_above_ten_in_words(text, lang, expected):
    assert values(text, "2026-03-25", lang) == expected


def test_later_counts_above_ten_in_words():
    (mention,) = find_dates("twenty-one days later", load("en"), dt.date(2026, 3, 25))
    assert mention.delta == (21, "day")


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("Over the past week police detained", "en", dt.date(2024, 3, 12), "2024-03"),
        ("За апошнія два тыдні праваабаронцы прызналі", "be", dt.date(2024, 2, 20), "2024-02"),
        ("За последние пять дней задержали", "ru", dt.date(2024, 2, 20), "2024-02"),
        ("За апошнія тры тыдні праваабаронцы прызналі", "be", dt.date(2024, 3, 12), None),
        ("За прошедшую неделю правозащитники признали", "ru", dt.date(2023, 12, 5), None),
    ],
)
def test_a_span_up_to_publication_is_dated_by_the_month_that_holds_it(
    text, lang, published, expected
):
    found = find_dates(text, load(lang), published)
    assert [d.value for d in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Летась увесну яго этапавалі.", "be", ["2017"]),
        ("Летом прошлого года его перевели.", "ru", ["2017"]),
        ("Весной его перевели.", "ru", ["2018"]),
        (
            "Двойчы, у сакавіку і ў лістападзе мінулага года, ён трапляў у ШІЗА.",
            "be",
            ["2017-03", "2017-11"],
        ),
        (
            "He was in a punishment cell in March and in November last year.",
            "en",
            ["2017-03", "2017-11"],
        ),
    ],
)
def test_a_season_or_month_takes_the_year_told_beside_it(text, lang, expected):
    assert values(text, "2018-07-15", lang) == expected


def test_a_month_alone_in_a_sentence_telling_the_same_year_is_of_that_year():
    text = (
        "У студзені 2011-га суд асудзіў яго. У лютым таго ж года праваабаронцы прызналі яго "
        "палітвязнем, а ў красавіку яго этапавалі ў калонію."
    )
    assert values(text, "2013-04-19", "be")[-1] == "2011-04"
    # (a month alone elsewhere keeps the latest such month)
    assert (
        values(
            "У студзені 2011-га суд асудзіў яго. У красавіку яго этапавалі.", "2013-04-19", "be"
        )[-1]
        == "2013-04"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Шестнадцатого ноября 2022 года пришли с обыском.", "ru", ["2022-11-16"]),
        ("Двадцать пятого марта его судили.", "ru", ["2024-03-25"]),
        ("Першага красавіка 2014 года яго затрымалі.", "be", ["2014-04-01"]),
        ("Трыццаць першага сакавіка прыйшлі з ператрусам.", "be", ["2024-03-31"]),
    ],
)
def test_a_day_told_in_words(text, lang, expected):
    assert values(text, "2024-04-08", lang) == expected


def test_a_month_told_between_two_dates_of_a_story_falls_between_them():
    text = (
        "Шестнадцатого ноября 2022 года пришли с обыском. Ещё до суда, в январе, «Весна» "
        "признала её политзаключённой. 9 марта 2023 года суд приговорил Ольгу."
    )
    assert values(text, "2025-04-08", "ru") == ["2022-11-16", "2023-01", "2023-03-09"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "9 марта 2023 года суд приговорил Ольгу Дубко. Летом того же года её этапировали.",
            "ru",
        ),
        (
            "9 сакавіка 2023 года суд асудзіў Вольгу Дубко. Летам таго ж года яе этапавалі.",
            "be",
        ),
    ],
)
def test_a_season_of_the_same_year_is_the_year_told_before(text, lang):
    assert {(kind, date) for kind, date, _person in triples(run(text, "2025-04-08", lang))} == {
        ("sentence", "2023-03-09"),
        ("transfer", "2023"),
    }


def test_an_english_day_in_words_and_years_ago():
    assert values("On the ninth of December two years ago he was arrested.", "2017-12-17") == [
        "2015-12-09"
    ]
    assert values("He was freed on the twenty-first of May.", "2017-12-17") == ["2017-05-21"]


@pytest.mark.parametrize(
    "second",
    [
        "He was released without charge a few hours later.",
        "He was held for about six hours before being released.",
    ],
)
def test_released_hours_after_an_arrest_is_that_day(second):
    text = "Police detained Ales Dubko on Saturday. " + second
    assert ("release", "2017-03-25", "Ales Dubko") in triples(run(text, "2017-03-27", "en"))


def test_an_end_still_to_come_bounds_no_month_between():
    text = (
        "Его осудили 16 ноября 2022 года. В январе его перевели. Срок заканчивается 9 марта "
        "2026 года."
    )
    assert values(text, "2024-02-10", "ru")[1] == "2024-01"


def test_an_english_ordinal_needs_the_day_of_the_month():
    assert values("It was a second May Day march.", "2021-06-01") == []


@pytest.mark.parametrize(
    ("text", "lang", "published", "season"),
    [
        ("Суд асудзіў яго ў лютым 2017 года, а ўвесну яго этапавалі.", "be", "2018-05-05", "2017"),
        ("Его задержали в октябре 2015 года, а весной отпустили.", "ru", "2018-05-05", "2016"),
        (
            "He was sentenced in February 2017, and in the spring he was moved.",
            "en",
            "2019-05-05",
            "2017",
        ),
    ],
)
def test_a_bare_season_after_a_month_of_a_year_is_the_next_such_season(
    text, lang, published, season
):
    assert values(text, published, lang)[-1] == season


def test_a_season_tells_no_month_to_count_a_later_day_from():
    text = (
        "Яго затрымалі 20 кастрычніка 2020 года за тое, што ўвосень ён станцаваў. "
        "3 сакавіка ён абвясціў галадоўку."
    )
    assert values(text, "2021-12-01", "be")[-1] == "2021-03-03"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В ноябре 2023 года его задержали. Через полгода суд приговорил его.", "ru"),
        ("У лістападзе 2023 года яго затрымалі. Праз паўгода суд асудзіў яго.", "be"),
    ],
)
def test_half_a_year_later_is_six_months_on(text, lang):
    assert {date for _kind, date, _person in triples(run(text, "2026-09-06", lang))} == {
        "2023-11",
        "2024-05",
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ales Dubko was moved to pre-trial prison No. 1 on Tuesday. A flag appeared on a "
            "chimney in Mahiliou on July 27. Police detained Dubko two days later.",
            "en",
        ),
        (
            "Алеся Дубко в четверг перевели в СИЗО №1. Флаг на трубе завода появился 27 июля. "
            "Через два дня Дубко задержали.",
            "ru",
        ),
    ],
)
def test_days_later_count_from_the_day_the_sentence_before_told_when_no_act_is_told_there(
    text, lang
):
    found = {(kind, date) for kind, date, _person in triples(run(text, "2009-08-13", lang))}
    assert ("detention", "2009-07-29") in found


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        (
            "Siarhei Siomukha was detained on 3 April and charged two days later over a march "
            "he joined in August 2020.",
            "en",
            "2021-05-10",
        ),
        (
            "Романа Лазовика задержали 3 апреля. Через два дня Роману предъявили обвинение — "
            "следствие нашло перевод, сделанный в августе 2020 года.",
            "ru",
            "2021-05-10",
        ),
    ],
)
def test_an_offset_beside_the_verb_beats_a_date_told_further_on(text, lang, published):
    assert {t[1] for t in triples(run(text, published, lang)) if t[0] == "charge"} == {"2021-04-05"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Улетку 2018-га яго этапавалі ў калонію.", "be"),
        ("Летом 2018-го его этапировали в колонию.", "ru"),
    ],
)
def test_a_year_with_an_ordinal_ending_is_that_year(text, lang):
    assert values(text, "2019-08-20", lang)[-1] == "2018"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ігара Лысюка затрымалі 4 сакавіка, 20 красавіка праваабаронцы прызналі яго "
            "палітвязнем.",
            "be",
        ),
        (
            "Игоря Лысюка задержали 4 марта, 20 апреля правозащитники признали его "
            "политзаключённым.",
            "ru",
        ),
    ],
)
def test_a_date_past_a_comma_goes_to_the_verb_after_it(text, lang):
    found = triples(run(text, "2016-06-01", lang))
    assert {(t[0], t[1]) for t in found} == {
        ("detention", "2016-03-04"),
        ("recognition", "2016-04-20"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "У лютым 2012 года суд асудзіў Ігара Лысюка, у сакавіку яго прызналі палітвязнем, "
            "а ў маі этапавалі ў Шклоў.",
            "be",
        ),
        (
            "В феврале 2012 года суд осудил Игоря Лысюка, в марте его признали "
            "политзаключённым, а в мае этапировали в Шклов.",
            "ru",
        ),
    ],
)
def test_months_told_one_after_another_keep_the_year_told_first(text, lang):
    assert values(text, "2013-11-20", lang) == ["2012-02", "2012-03", "2012-05"]


def test_that_month_is_of_the_year_told_last_past_an_offset_between():
    text = (
        "He was arrested in May 2021 over a post he had written three years earlier, and "
        "convicted that October."
    )
    assert values(text, "2024-02-01") == ["2021-05", None, "2021-10"]
