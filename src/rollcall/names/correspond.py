"""Belarusian ↔ Russian correspondences of personal names.

This module owns:

* the given-name equivalence table (:data:`GIVEN_NAMES`, :func:`given_name_group`):
  Мікалай = Мікола = Николай = Nikolai, Уладзімір = Владимир, Алесь = Алесь ...;
* phonetic rules for surnames (:func:`be_to_ru`, :func:`ru_to_be`): Бяляцкі →
  Беляцкий, Ціханоўская → Тихановская, Рубцоў → Рубцов and back.

Source of the given-name table: the Belarusian and Russian forms of calendar
names as listed in М. В. Бірыла, «Слоўнік уласных імёнаў людзей» (Мінск, 1965) and
the correspondences printed in Belarusian passports (Belarusian and Russian forms of
the same name side by side); Latin forms are the ones in current press use and are
completed at run time by every transliteration scheme of :mod:`.translit`.
Diminutive and vernacular forms that are used as names in their own right
(Алесь, Зміцер, Мікола, Францішак/Франак, Уладзь) are grouped with the full form
only where the person is commonly known by both; Алесь is kept apart from Аляксандр,
since the two are separate registered names in practice.

The surname rules follow the regular sound correspondences of the two languages
(Беларуская граматыка, 1985, ч. 1, фанетыка): цеканне/дзеканне (ць, дзь ↔ ть, дь),
і ↔ и, ў ↔ в, э ↔ е after hard consonants, the endings -скі/-ский, -оў/-ов,
-ава/-ова, -енка/-енко, -іч/-ич, and the unstressed я/е (яканне) and а/о (аканне)
alternations, which give several candidates since stress is not written.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["GIVEN_NAMES", "be_to_ru", "given_name_forms", "given_name_group", "ru_to_be"]

# One group per line: Belarusian forms | Russian forms | other Latin forms.
_TABLE = """
Аляксандр | Александр | Alexander Aleksander Alexandr Aleksandr Oleksandr
Алесь | Алесь Алесь | Ales Aleś Ales'
Аляксандра | Александра | Alexandra Aleksandra
Аляксей | Алексей | Alexei Alexey Aleksei Aleksey Oleksii
Алена Алёна | Елена Алёна Алена | Elena Yelena Helena Alena Alyona
Анатоль | Анатолий | Anatoly Anatoli Anatol
Андрэй Анджэй Андрусь | Андрей Анджей | Andrei Andrey Andrew Andrzej Andrej
Анастасія Настасся Наста | Анастасия Настя | Anastasia Nastassia Nasta
Антон | Антон | Anton
Арцём Арцем | Артём Артем | Artyom Artem Artsiom Artiom
Барыс | Борис | Boris Barys
Валерый | Валерий | Valery Valeri Valeriy
Валянцін | Валентин | Valentin Valiantsin
Валянціна | Валентина | Valentina Valiantsina
Васіль | Василий | Vasily Vasili Vasil Vasil'
Вераніка | Вероника | Veronika Veranika
Віктар | Виктор | Viktor Victor Viktar
Вікторыя | Виктория | Victoria Viktoria Viktoryia
Віталь Віталій | Виталий | Vitaly Vitali Vital
Вітольд | Витольд | Vitold Witold
Вольга | Ольга | Olga Volha
Вячаслаў | Вячеслав | Vyacheslav Viachaslau
Ганна | Анна | Anna Hanna Ganna
Генадзь | Геннадий | Gennady Gennadi Henadz
Георгій | Георгий | Georgy Georgi Heorhi
Ягор | Егор | Yahor Egor Yegor
Дар'я Дарья | Дарья Дария | Darya Daria Dar'ya
Дзмітрый Зміцер Зьміцер | Дмитрий | Dmitry Dmitri Dmitriy Dzmitry Zmitser Zmicier Dmytro
Дзяніс | Денис | Denis Dzianis
Дзіяна | Диана | Diana Dziyana
Эдуард | Эдуард | Eduard Edward
Кацярына | Екатерина | Ekaterina Yekaterina Katerina Katsiaryna Catherine
Ксенія | Ксения | Ksenia Kseniya Ksenija
Кірыл Кірыла | Кирилл | Kirill Kiryl Kiryla
Канстанцін Кастусь | Константин | Konstantin Kanstantsin Kastus
Ларыса | Лариса | Larisa Larysa
Леанід | Леонид | Leonid Leanid
Лізавета Елізавета | Елизавета | Elizaveta Yelizaveta Lizaveta
Людміла | Людмила | Lyudmila Liudmila Ludmila
Максім | Максим | Maxim Maksim Maksym
Марына | Марина | Marina Maryna
Марыя Мар'я Марія | Мария Марья | Maria Mariya Maryia Marya
Марфа | Марфа | Marfa Martha
Міхаіл Міхась | Михаил | Mikhail Mikhal Mihail Michail Mykhailo Michał
Мікалай Мікола | Николай Микола | Nikolai Nikolay Mikalai Mikola Mikalaj Mykola Mikołaj
Мікіта | Никита | Nikita Mikita
Надзея | Надежда | Nadezhda Nadzeya
Наталля | Наталья Наталия | Natalia Natalya Natallia Natalie
Ніна | Нина | Nina
Павел Паўлюк | Павел | Pavel Paul Paval
Паліна | Полина | Polina Palina
Пятро Пётр | Пётр Петр | Pyotr Petr Piotr Piatro Peter
Раман | Роман | Roman Raman
Рыгор Грыгорый | Григорий | Grigory Grigori Hryhory Ryhor
Святлана | Светлана | Svetlana Sviatlana
Сяргей | Сергей | Sergei Sergey Siarhei Serhei Serhiy Serhii
Станіслаў | Станислав | Stanislav Stanislau
Таццяна | Татьяна | Tatiana Tatyana Tatsiana
Уладзімір Уладзь | Владимир | Vladimir Uladzimir Uladz Wladimir Volodymyr Włodzimierz
Уладзіслаў | Владислав | Vladislav Uladzislau
Франак Францішак | Франак Франциск | Franak Frantsishak Franciszek
Юлія | Юлия | Yulia Julia Yuliya
Юрый Юрась | Юрий | Yuri Yury Yuriy Jury Juri Yurii Jerzy Yuras Juras
Яўген | Евгений | Evgeny Yevgeny Evgeniy Yevgeniy Eugene Yauhen Yevhen
Яўгенія | Евгения | Evgenia Evguenia Yevgenia Eugenia Yauhenia
Іван Янка | Иван | Ivan Janka
Ігар | Игорь | Igor Ihar
Ілля | Илья | Ilya Ilia Illia
Іна | Инна | Inna Ina
Ірына | Ирина | Irina Iryna
Эма | Эмма | Emma Ema
Алег | Олег | Oleg Aleh
Ала | Алла | Alla Ala
Аксана | Оксана | Oksana Aksana
Галіна | Галина | Galina Halina
Тамара | Тамара | Tamara
Соф'я Софія Сафія | Софья София | Sofia Sofya Sophia Safiya
Язэп Іосіф | Иосиф | Yazep Jazep Iosif
Ульяна | Ульяна | Uliana Ulyana
Анжаліка | Анжелика | Anzhelika Anzhalika Andżelika Angelika
Вадзім | Вадим | Vadim Vadzim
Віктар | Виктор | Viktor
Яраслаў | Ярослав | Yaroslav Yaraslau
Мікалай | Николай | Nikolai
Зінаіда | Зинаида | Zinaida
Андрэй | Андрей | Andrei
Эдуард | Эдуард | Eduard
Мікіта | Никита | Nikita
Сямён Сымон | Семён Семен | Semyon Semen Siamion Symon
Сцяпан | Степан | Stepan Stsiapan
Ціхан | Тихон | Tikhon Tsikhan
Багдан | Богдан | Bogdan Bahdan Bohdan
Глеб | Глеб | Gleb Hleb
Мацвей | Матвей | Matvei Matvey Matsvei
Даніла Данііл | Даниил Данила | Danila Daniil Danil
Арсеній | Арсений | Arseni Arseniy Arsenii
Фёдар | Фёдор Федор | Fyodor Fedor Fiodar
Тарас | Тарас | Taras
Ян | Ян | Yan Jan
Вера | Вера | Vera Viera
Любоў | Любовь | Lyubov Liubou
Лілія | Лилия | Liliya Lilia
Алеся | Олеся Алеся | Olesya Alesia Alesya
Крысціна | Кристина | Kristina Krystsina
Карына | Карина | Karina Karyna
Мар'яна | Марьяна | Maryana Mariana
Валерыя | Валерия | Valeria Valeriya Valeryia
Эльвіра | Эльвира | Elvira
Ілона | Илона | Ilona
Анжэла | Анжела | Angela Anzhela
Раіса | Раиса | Raisa
Лідзія | Лидия | Lidia Lidiya Lidziya
Зоя | Зоя | Zoya Zoia
Антаніна | Антонина | Antonina Antanina
Ігнат | Игнат | Ignat Ihnat
Аркадзь | Аркадий | Arkady Arkadi Arkadz
Генрых | Генрих | Henryk Genrikh Henrykh
Руслан | Руслан | Ruslan
Лукаш | Лукаш | Lukash Łukasz
Марат | Марат | Marat
Цімур | Тимур | Tsimur Timur
Яўхім | Ефим | Yaukhim Yefim Efim
Эрык | Эрик | Eryk Erik
Усевалад | Всеволод | Usevalad Vsevolod
Назар | Назар | Nazar
Якуб | Якуб | Yakub Jakub
Філіп | Филипп | Filip Philip Pilip
Лявон | Леон | Lavon Liavon Leon
Аліна | Алина | Alina
Ева | Ева | Eva Ewa
Інга | Инга | Inga
Мілана | Милана | Milana
Кіра | Кира | Kira
Арына | Арина | Aryna Arina
Эла | Элла | Ela Ella
Віялета | Виолетта | Viyaleta Violetta
Яніна | Янина | Yanina Janina
Маргарыта | Маргарита | Marharyta Margarita
Ядвіга | Ядвига | Yadviga Jadwiga Yadviha
Жанна | Жанна | Zhanna Janna
Аліса | Алиса | Alisa Alice
Тэрэса Тэрэза | Тереза | Teresa Tereza
Ванда | Ванда | Vanda Wanda
Юзаф Юзэф | Юзеф | Yuzaf Józef Jozef Yuzef
Тадэвуш | Тадеуш | Tadevush Tadeusz Tadeush
Чэслаў | Чеслав | Cheslau Czesław Cheslav
Казімір | Казимир | Kazimir Kazimierz
Зыгмунт | Зигмунт | Zyhmunt Zygmunt
Багуслаў | Богуслав | Bahuslau Bogusław Boguslav
Вацлаў | Вацлав | Vatslau Wacław Vatslav
Эдвард | Эдвард | Edvard
Гелена | Гелена | Gelena Hielena
Баляслаў | Болеслав | Balaslau Bolesław Boleslav
Мечыслаў | Мечислав | Miechyslau Mieczysław Mechislav
Збігнеў | Збигнев | Zbihneu Zbigniew
Стэфанія | Стефания | Stefaniya Stefania
Альжбета | Эльжбета | Alzhbeta Elżbieta Elzhbeta
Рэгіна | Регина | Rehina Regina
Уршуля | Уршуля | Urshulia Urszula
Веслаў | Веслав | Vieslau Wiesław Veslav
Рышард | Рышард | Ryshard Ryszard
Станіслава | Станислава | Stanislava
Яраслава | Ярослава | Yaraslava Yaroslava
Ірэна | Ирена | Irena
Ежы | Ежи | Yezhy Jerzy
"""


def _parse() -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    groups: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for line in _TABLE.strip().splitlines():
        cols = [c.split() for c in line.split("|")]
        be, ru, lat = cols[0], cols[1], cols[2]
        key = be[0]
        if key in groups:  # repeated lines merge
            g = groups[key]
            for dst, src in zip(g, (be, ru, lat), strict=True):
                dst.extend(x for x in src if x not in dst)
        else:
            groups[key] = (list(be), list(ru), list(lat))
    return [(tuple(b), tuple(r), tuple(la)) for b, r, la in groups.values()]


GIVEN_NAMES: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = _parse()
"""The given-name groups: (Belarusian forms, Russian forms, Latin forms)."""


@lru_cache(maxsize=1)
def _group_map() -> dict[str, int]:
    """folded form (every script and scheme, nominative) → group number."""
    from rollcall.names.fold import fold
    from rollcall.names.translit import transliterations

    out: dict[str, int] = {}
    for gid, (be, ru, lat) in enumerate(GIVEN_NAMES):
        forms: set[str] = set()
        for f in be:
            forms.add(f)
            forms.update(transliterations(f, "be").values())
        for f in ru:
            forms.add(f)
            forms.update(transliterations(f, "ru").values())
        forms.update(lat)
        for f in forms:
            out.setdefault(fold(f), gid)
    return out


_PLAIN_RE = re.compile(r"[A-Za-z\u0400-\u04ff]+")


@lru_cache(maxsize=65536)
def given_name_group(name: str) -> int | None:
    """The group number of a given name in nominative (any script, any scheme)."""
    from rollcall.names.fold import fold, quick_fold

    return _group_map().get(quick_fold(name) if _PLAIN_RE.fullmatch(name) else fold(name))


def given_name_forms(group: int) -> set[str]:
    """All folded nominative forms of a group (Cyrillic and Latin)."""
    return {f for f, g in _group_map().items() if g == group}


def is_given_name(name: str) -> bool:
    return given_name_group(name) is not None


# --- surnames ---------------------------------------------------------------------

_BE_RU_ENDINGS = (
    ("скі", ("ский",)), ("цкі", ("цкий",)), ("ская", ("ская",)), ("цкая", ("цкая",)),
    ("оў", ("ов",)), ("аў", ("ов", "ав")), ("ёў", ("ёв", "ев")), ("еў", ("ев",)),
    ("ава", ("ова", "ава")), ("ёва", ("ёва", "ева")), ("енка", ("енко",)),
    ("ёнак", ("енок",)), ("ёнка", ("енко",)), ("іч", ("ич",)), ("ін", ("ин",)),
    ("іна", ("ина",)), ("ы", ("ый", "ой")), ("і", ("ий",)), ("ка", ("ко", "ка")),
    ("ак", ("ак", "ок")), ("ец", ("ец",)),
)
_BE_RU_LETTERS = {"і": "и", "ў": "в", "'": "ъ", "’": "ъ"}


def _be_ru_letters(stem: str) -> str:
    out: list[str] = []
    n = len(stem)
    i = 0
    while i < n:
        ch = stem[i]
        nxt = stem[i + 1] if i + 1 < n else ""
        if ch == "ц" and nxt in "ьіеёюя" and nxt:
            out.append("т")
            if nxt == "ь":
                i += 1
                out.append("ь")
        elif ch == "д" and nxt == "з" and i + 2 < n and stem[i + 2] in "ьіеёюя":
            out.append("д")
            i += 1
        elif ch == "э":
            out.append("е")
        else:
            out.append(_BE_RU_LETTERS.get(ch, ch))
        i += 1
    return "".join(out).replace("ьи", "и").replace("ье", "е").replace("ья", "я") \
        if "ь" in out else "".join(out)


@lru_cache(maxsize=65536)
def be_to_ru(surname: str, limit: int = 4) -> list[str]:
    """Likely Russian forms of a Belarusian (Cyrillic) surname or name token, best
    first: Бяляцкі → [Бяляцкий, Беляцкий, ...], Ціханоўская → [Тихановская, ...]."""
    word = surname.strip()
    if not word:
        return []
    low = word.lower()
    stems: list[tuple[str, str]] = []
    for be_end, ru_ends in _BE_RU_ENDINGS:
        if low.endswith(be_end) and len(low) > len(be_end) + 1:
            for ru_end in ru_ends:
                stems.append((low[: -len(be_end)], ru_end))
            break
    if not stems:
        stems = [(low, "")]
    out: list[str] = []
    for stem, end in stems:
        base = _be_ru_letters(stem)
        cands = [base]
        # яканне: unstressed е is written я in Belarusian after a consonant
        if "я" in base[1:]:
            k = base.index("я", 1)
            cands.append(base[:k] + "е" + base[k + 1 :])
        # аканне: unstressed о is written а in Belarusian
        if "а" in base[1:]:
            k = base.index("а", 1)
            cands.append(base[:k] + "о" + base[k + 1 :])
            cands.append(base.replace("а", "о"))
        for c in cands:
            form = c + end
            if form not in out:
                out.append(form)
    return [_title_like(f, word) for f in out[:limit]]


_RU_BE_ENDINGS = (
    ("ский", ("скі",)), ("цкий", ("цкі",)), ("ская", ("ская",)), ("цкая", ("цкая",)),
    ("ов", ("оў", "аў")), ("ев", ("еў", "ёў")), ("ёв", ("ёў",)), ("ова", ("ова", "ава")),
    ("ева", ("ева", "ёва")), ("енко", ("енка",)), ("енок", ("ёнак",)), ("ич", ("іч",)),
    ("ин", ("ін",)), ("ина", ("іна",)), ("ый", ("ы",)), ("ий", ("і", "ій")), ("ко", ("ка",)),
    ("ок", ("ок", "ак")),
)


@lru_cache(maxsize=65536)
def ru_to_be(surname: str, limit: int = 4) -> list[str]:
    """Likely Belarusian forms of a Russian (Cyrillic) surname or name token, best
    first: Тихановская → [Ціхановская, Ціханоўская, ...]."""
    word = surname.strip()
    if not word:
        return []
    low = word.lower()
    stem, ends = low, ("",)
    for ru_end, be_ends in _RU_BE_ENDINGS:
        if low.endswith(ru_end) and len(low) > len(ru_end) + 1:
            stem, ends = low[: -len(ru_end)], be_ends
            break
    out_chars: list[str] = []
    following = stem + ends[0][:1]
    for i, ch in enumerate(stem):
        nxt = following[i + 1] if i + 1 < len(following) else ""
        prev = stem[i - 1] if i else ""
        if ch == "т" and nxt and nxt in "иеёюяь":
            out_chars.append("ц")
        elif ch == "д" and nxt and nxt in "иеёюяь":
            out_chars.append("дз")
        elif ch == "и":
            out_chars.append("ы" if prev in "рцчшж" and prev else "і")
        elif ch == "е" and prev and prev in "рчшжц":
            out_chars.append("э")
        elif ch == "в" and prev and prev in "аеёоуыэюяі" and (not nxt or nxt not in
                                                            "аеёоуыэюяіиь"):
            out_chars.append("ў")
        elif ch == "щ":
            out_chars.append("шч")
        elif ch == "ъ":
            out_chars.append("'")
        else:
            out_chars.append(ch)
    base = "".join(out_chars)
    cands = [base]
    if "о" in base[1:]:
        cands.append(base[0] + base[1:].replace("о", "а"))
    out: list[str] = []
    for c in cands:
        for e in ends:
            # р ж ч ш ц are always hard in Belarusian: е и after them are э ы
            form = _HARD_E.sub(lambda m: m.group(1) + ("э" if m.group(2) == "е" else "ы"),
                               c + e)
            if form not in out:
                out.append(form)
    return [_title_like(f, word) for f in out[:limit]]


_HARD_E = re.compile("([рчшжц])([еи])")


def _title_like(form: str, model: str) -> str:
    if model[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in form.split("-"))
    return form
