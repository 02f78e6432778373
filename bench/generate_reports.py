"""Deterministic generator of short news reports about political prisoners (en, ru, be).

Used by ``bench/bench_extract.py`` (speed) and reusable for ingestion benches: each
report comes with the facts it was written from (a gold object in the
``rollcall.extraction/1`` shape: persons, events, counts, quotes), so a bench can also
check that nothing was lost. Same seed, same reports.

    python bench/generate_reports.py --lang en --count 5          # print five
    python bench/generate_reports.py --lang ru --count 1000 --out /tmp/ru   # write files
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# (Latin, Russian nominative, Russian genitive/accusative, Belarusian nominative,
#  Belarusian genitive, gender)
PEOPLE = [
    (
        "Ales Bialiatski",
        "Алесь Беляцкий",
        "Алеся Беляцкого",
        "Алесь Бяляцкі",
        "Алеся Бяляцкага",
        "m",
    ),
    (
        "Mikalai Statkevich",
        "Николай Статкевич",
        "Николая Статкевича",
        "Мікалай Статкевіч",
        "Мікалая Статкевіча",
        "m",
    ),
    (
        "Maria Kalesnikava",
        "Мария Колесникова",
        "Марию Колесникову",
        "Марыя Калеснікава",
        "Марыю Калеснікаву",
        "f",
    ),
    ("Maksim Znak", "Максим Знак", "Максима Знака", "Максім Знак", "Максіма Знака", "m"),
    (
        "Viktar Babaryka",
        "Виктор Бабарико",
        "Виктора Бабарико",
        "Віктар Бабарыка",
        "Віктара Бабарыку",
        "m",
    ),
    ("Ihar Losik", "Игорь Лосик", "Игоря Лосика", "Ігар Лосік", "Ігара Лосіка", "m"),
    ("Marfa Rabkova", "Марфа Рабкова", "Марфу Рабкову", "Марфа Рабкова", "Марфу Рабкову", "f"),
    ("Andrei Chapiuk", "Андрей Чапюк", "Андрея Чапюка", "Андрэй Чапюк", "Андрэя Чапюка", "m"),
    (
        "Pavel Seviarynets",
        "Павел Северинец",
        "Павла Северинца",
        "Павел Севярынец",
        "Паўла Севярынца",
        "m",
    ),
    (
        "Valiantsin Stefanovich",
        "Валентин Стефанович",
        "Валентина Стефановича",
        "Валянцін Стэфановіч",
        "Валянціна Стэфановіча",
        "m",
    ),
    (
        "Uladzimir Labkovich",
        "Владимир Лабкович",
        "Владимира Лабковича",
        "Уладзімір Лабковіч",
        "Уладзіміра Лабковіча",
        "m",
    ),
    (
        "Katsiaryna Andreyeva",
        "Екатерина Андреева",
        "Екатерину Андрееву",
        "Кацярына Андрэева",
        "Кацярыну Андрэеву",
        "f",
    ),
    (
        "Ryhor Kastusiou",
        "Григорий Костусев",
        "Григория Костусева",
        "Рыгор Костусеў",
        "Рыгора Костусева",
        "m",
    ),
    (
        "Palina Sharenda-Panasiuk",
        "Полина Шаренда-Панасюк",
        "Полину Шаренду-Панасюк",
        "Паліна Шарэнда-Панасюк",
        "Паліну Шарэнду-Панасюк",
        "f",
    ),
]
PLACES = [
    (
        "penal colony No. 2 in Babruisk",
        "исправительной колонии №2 в Бобруйске",
        "калоніі №2 у Бабруйску",
    ),
    (
        "penal colony No. 17 in Shklou",
        "исправительной колонии №17 в Шклове",
        "калоніі №17 у Шклове",
    ),
    (
        "women's colony No. 4 in Homiel",
        "женской колонии №4 в Гомеле",
        "жаночай калоніі №4 у Гомелі",
    ),
    ("prison No. 1 in Hrodna", "тюрьме №1 в Гродно", "турме №1 у Гродне"),
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RU_MONTHS_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
RU_MONTHS_LOC = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]
BE_MONTHS_GEN = [
    "студзеня",
    "лютага",
    "сакавіка",
    "красавіка",
    "траўня",
    "чэрвеня",
    "ліпеня",
    "жніўня",
    "верасня",
    "кастрычніка",
    "лістапада",
    "снежня",
]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RU_WEEKDAYS = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
BE_WEEKDAYS = ["панядзелак", "аўторак", "сераду", "чацвер", "пятніцу", "суботу", "нядзелю"]
EN_NUMBERS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    12: "twelve",
    14: "fourteen",
    15: "fifteen",
}


@dataclass
class Report:
    """One generated report and the facts it states."""

    language: str
    published: str
    text: str
    gold: dict[str, Any] = field(default_factory=dict)


def _en(rng: random.Random, published: dt.date) -> Report:
    person, other = rng.sample(PEOPLE, 2)
    name, surname = person[0], person[0].split()[-1]
    pronoun = "he" if person[5] == "m" else "she"
    place = rng.choice(PLACES)[0]
    back = rng.randrange(1, 7)
    event_day = published - dt.timedelta(days=back)
    weekday = EN_WEEKDAYS[event_day.weekday()]
    detained = dt.date(
        rng.randrange(2011, published.year), rng.randrange(1, 13), rng.randrange(1, 28)
    )
    years = rng.randrange(2, 16)
    remaining = rng.randrange(900, 1600)
    freed = rng.choice([3, 5, 7, 12, 14])
    kind = rng.choice(["release", "sentence", "transfer"])
    events = [
        {"type": "detention", "subtype": None, "date": detained.isoformat(), "persons": [name]}
    ]
    counts = [{"value": remaining, "category": "prisoners"}]
    if kind == "release":
        title = f"{surname} freed as Belarus releases {freed} prisoners"
        lead = (
            f"Political prisoner {name} was released on {weekday} together with "
            f"{EN_NUMBERS.get(freed - 1, str(freed - 1))} other prisoners, "
            "human rights defenders said."
        )
        events.append(
            {
                "type": "release",
                "subtype": "other",
                "date": event_day.isoformat(),
                "persons": [name],
            }
        )
        counts += [
            {"value": freed - 1, "category": "released"},
            {"value": freed, "category": "released"},
        ]
    elif kind == "sentence":
        title = f"{surname} sentenced to {years} years"
        lead = (
            f"A court in Minsk sentenced {name} to {years} years in a high-security colony on "
            f"{weekday}, the human rights centre Viasna reported."
        )
        events.append(
            {"type": "sentence", "subtype": None, "date": event_day.isoformat(), "persons": [name]}
        )
    else:
        title = f"{surname} moved to another colony"
        lead = (
            f"{name} was transferred to {place} on {weekday}, relatives of the political "
            "prisoner told journalists."
        )
        events.append(
            {"type": "transfer", "subtype": None, "date": event_day.isoformat(), "persons": [name]}
        )
    body = (
        f"{surname} was detained on {EN_MONTHS[detained.month - 1]} {detained.day}, "
        f"{detained.year}, "
        f"after taking part in a peaceful protest. Later {pronoun} was recognised as a political "
        f"prisoner. {other[0]}, who was held in the same case, has not been released."
    )
    quote = rng.choice(
        [
            "Nobody should be in prison for words",
            "We will keep writing letters",
            "The pressure has not stopped for a single day",
        ]
    )
    closing = (
        f"“{quote},” said {other[0]}'s lawyer. According to Viasna, {remaining:,} political "
        "prisoners remain behind bars."
    )
    events.append({"type": "recognition", "subtype": None, "date": None, "persons": [name]})
    background = (
        f"Relatives say that letters reach {surname} with long delays and that many never arrive. "
        f"The family has asked for a meeting several times but has received no answer, and "
        f"{pronoun} has not been allowed to call home since the spring. Supporters in Vilnius and "
        "Warsaw continue to collect money for parcels and to write to the prisoners every week."
    )
    text = f"{title}\n\n{lead}\n\n{body}\n\n{background}\n\n{closing}\n"
    gold = {
        "language": "en",
        "published": published.isoformat(),
        "persons": [
            {"name": name, "aliases": [name, surname]},
            {"name": other[0], "aliases": [other[0], other[0].split()[-1]]},
        ],
        "events": events,
        "counts": counts,
        "quotes": [{"speaker": None, "text": quote}],
    }
    return Report("en", published.isoformat(), text, gold)


def _ru(rng: random.Random, published: dt.date) -> Report:
    person, other = rng.sample(PEOPLE, 2)
    latin, nom, acc = person[0], person[1], person[2]
    surname = nom.split()[-1]
    back = rng.randrange(1, 7)
    event_day = published - dt.timedelta(days=back)
    weekday = RU_WEEKDAYS[event_day.weekday()]
    prep = "во" if weekday == "вторник" else "в"
    detained = dt.date(
        rng.randrange(2011, published.year), rng.randrange(1, 13), rng.randrange(1, 28)
    )
    years = rng.randrange(5, 16)
    remaining = rng.randrange(900, 1600)
    place = rng.choice(PLACES)[1]
    kind = rng.choice(["release", "sentence", "punishment"])
    events = [
        {"type": "detention", "subtype": None, "date": detained.isoformat(), "persons": [latin]}
    ]
    if kind == "release":
        title = f"{nom} вышла на свободу" if person[5] == "f" else f"{nom} вышел на свободу"
        prisoner = "Политзаключённую" if person[5] == "f" else "Политзаключённого"
        lead = f"{prisoner} {acc} освободили {prep} {weekday}, сообщили правозащитники."
        events.append(
            {
                "type": "release",
                "subtype": "other",
                "date": event_day.isoformat(),
                "persons": [latin],
            }
        )
    elif kind == "sentence":
        title = f"{nom} получил {years} лет колонии"
        lead = (
            f"Суд {prep} {weekday} приговорил {acc} к {years} годам колонии усиленного режима, "
            "сообщает «Вясна»."
        )
        events.append(
            {"type": "sentence", "subtype": None, "date": event_day.isoformat(), "persons": [latin]}
        )
    else:
        title = f"{nom} снова в ШИЗО"
        lead = (
            f"{'Политзаключённую' if person[5] == 'f' else 'Политзаключённого'} {acc}, "
            f"{'которая' if person[5] == 'f' else 'который'} отбывает срок в {place}, "
            f"{prep} {weekday} "
            "поместили в штрафной изолятор, сообщили родственники."
        )
        events.append(
            {
                "type": "punishment",
                "subtype": None,
                "date": event_day.isoformat(),
                "persons": [latin],
            }
        )
    body = (
        f"{acc.split()[-1]} задержали {detained.day} {RU_MONTHS_GEN[detained.month - 1]} "
        f"{detained.year} года "
        f"после мирного протеста. {other[1]}, проходящий по тому же делу, остаётся в заключении."
    )
    quote = rng.choice(
        [
            "Мы не теряем надежды",
            "Письма доходят с большим опозданием",
            "Давление не прекращается ни на один день",
        ]
    )
    closing = (
        f"«{quote}», — сказал журналистам адвокат. По данным правозащитников, в Беларуси "
        f"сейчас {remaining} политзаключённых."
    )
    background = (
        f"Родственники говорят, что письма доходят до {'неё' if person[5] == 'f' else 'него'} "
        "с большим опозданием, а "
        "многие не доходят вовсе. Семья несколько раз просила о встрече, но ответа не получила. "
        "Сторонники в Вильнюсе и Варшаве продолжают собирать деньги на посылки и каждую неделю "
        "пишут письма политзаключённым."
    )
    text = f"{title}\n\n{lead}\n\n{body}\n\n{background}\n\n{closing}\n"
    gold = {
        "language": "ru",
        "published": published.isoformat(),
        "persons": [
            {"name": latin, "aliases": [latin, nom, surname]},
            {"name": other[0], "aliases": [other[0], other[1], other[1].split()[-1]]},
        ],
        "events": events,
        "counts": [{"value": remaining, "category": "prisoners"}],
        "quotes": [{"speaker": None, "text": quote}],
    }
    return Report("ru", published.isoformat(), text, gold)


def _be(rng: random.Random, published: dt.date) -> Report:
    person = rng.choice(PEOPLE)
    latin, nom, gen = person[0], person[3], person[4]
    back = rng.randrange(1, 7)
    event_day = published - dt.timedelta(days=back)
    weekday = BE_WEEKDAYS[event_day.weekday()]
    detained = dt.date(
        rng.randrange(2011, published.year), rng.randrange(1, 13), rng.randrange(1, 28)
    )
    remaining = rng.randrange(900, 1600)
    text = (
        f"{nom}: новы прысуд\n\n"
        f"Суд у {weekday} асудзіў палітвязня {gen} на пяць гадоў калоніі, паведаміла «Вясна».\n\n"
        f"{gen.split()[-1]} затрымалі {detained.day} {BE_MONTHS_GEN[detained.month - 1]} "
        f"{detained.year} года. Паводле звестак праваабаронцаў, у Беларусі цяпер "
        f"{remaining} палітвязняў.\n"
    )
    gold = {
        "language": "be",
        "published": published.isoformat(),
        "persons": [{"name": latin, "aliases": [latin, nom, nom.split()[-1]]}],
        "events": [
            {
                "type": "sentence",
                "subtype": None,
                "date": event_day.isoformat(),
                "persons": [latin],
            },
            {
                "type": "detention",
                "subtype": None,
                "date": detained.isoformat(),
                "persons": [latin],
            },
        ],
        "counts": [{"value": remaining, "category": "prisoners"}],
        "quotes": [],
    }
    return Report("be", published.isoformat(), text, gold)


_WRITERS = {"en": _en, "ru": _ru, "be": _be}


def generate(language: str, count: int, seed: int = 1) -> list[Report]:
    """``count`` reports in ``language``; the same seed gives the same reports."""
    rng = random.Random(f"{language}:{seed}")
    out = []
    for _ in range(count):
        published = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(0, 12 * 365))
        out.append(_WRITERS[language](rng, published))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lang", choices=sorted(_WRITERS), default="en")
    parser.add_argument("--count", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="write NAME.txt and NAME.gold.json here")
    args = parser.parse_args(argv)
    reports = generate(args.lang, args.count, args.seed)
    if args.out is None:
        for report in reports:
            print(f"--- {report.language} {report.published}\n{report.text}")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for index, report in enumerate(reports):
        stem = f"{report.language}-gen-{index:05d}"
        (args.out / f"{stem}.txt").write_text(report.text, encoding="utf-8")
        (args.out / f"{stem}.gold.json").write_text(
            json.dumps(report.gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    print(f"wrote {len(reports)} reports to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
