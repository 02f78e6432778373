"""Dates in running text, at the precision the text states, resolved against publication.

Own grammar for what reports use most (day-month-year, month-year, years, weekdays,
"yesterday", "last year", "this autumn", "three days later") in en, ru and be;
``dateparser`` (language set, ``RELATIVE_BASE`` = publication date) for "N days/weeks
ago". Weekdays are resolved here rather than by dateparser, which sends a weekday that
names the publication day itself to the week before (regression-tested).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from rollcall.extract.lang import Lexicon, words_regex
from rollcall.extract.numbers import words_value


@dataclass(frozen=True)
class DateMention:
    """A date found in the text. ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    ``kind`` is ``absolute`` (the text states the date), ``relative`` (resolved
    against publication) or ``later`` (relative to the previous date in the text:
    ``value`` is then None and ``delta`` is ``(amount, unit)``).
    """

    start: int
    end: int
    value: str | None
    kind: str = "absolute"
    delta: tuple[int, str] | None = None
    # a day and month whose year came from the paragraph's story ("18 марта" after
    # "26 апреля 2014 года"): it can anchor the next such date in turn
    narrated: bool = False


# "2011–2012", "2011-12", "2011 — 2012": a period of years (not "2021-05-12", not
# "2020 — 25 дней спустя")
_YEAR_RANGE = re.compile(
    r"(?<![\d-])((?:19|20)\d\d)(?:[–—-](\d\d)(?![\d-])|\s*[–—-]\s*((?:19|20)\d\d))(?!\d)"
)
_MONTH_ONLY = re.compile(r"^\D*$")  # no digits: a month (or day-less month) without its year
_THAT_BEFORE = re.compile(r"(?<!\w)that\s+$", re.IGNORECASE)
_SAME_YEAR = re.compile(
    r"\s*,?\s*(?:of\s+)?(?:the\s+same\s+year|that\s+year|того\s+же\s+года|таго\s+ж\s+года|"
    r"гэтага\s+ж\s+года)",
    re.IGNORECASE,
)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def infer_year(published: dt.date, month: int, day: int | None = None) -> int:
    """The year of a month (and day) stated without one: the latest not after publication."""
    if (month, day or 1) > (published.month, published.day if day else 1):
        return published.year - 1
    return published.year


def weekday_date(published: dt.date, weekday: int, last: bool = False) -> dt.date:
    """The latest ``weekday`` on or before publication ("on Saturday"); with ``last``
    ("last Monday") a weekday naming the publication day is the week before."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and last:
        back = 7
    return published - dt.timedelta(days=back)


def _week_month(published: dt.date, weeks: int) -> str | None:
    """The month of "this week" (``weeks`` = 0, up to publication) or "last week" (-1)
    when all its days fall in one month; else the text states no month (None)."""
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=weeks)
    last = published if weeks == 0 else monday + dt.timedelta(days=6)
    if (monday.year, monday.month) != (last.year, last.month):
        return None
    return f"{monday.year:04d}-{monday.month:02d}"


def _past_span(groups: dict[str, str | None], lexicon: Lexicon, published: dt.date) -> str | None:
    """ "over the past three weeks", "за апошнія тры тыдні": the month that holds the whole
    span up to publication, else no date (as for "last week")."""
    unit_word = groups.get("unit") or groups.get("unit1") or ""
    unit = _unit(unit_word)
    if unit not in ("day", "week") or (
        not groups.get("n") and not groups.get("unit1") and re.search(r"s$", unit_word)
    ):
        return None  # months back lie in another month; "over the past weeks": how many
    count = _count(groups.get("n") or "1", lexicon) or 1
    start = published - dt.timedelta(days=count * (7 if unit == "week" else 1))
    if (start.year, start.month) == (published.year, published.month):
        return f"{published.year:04d}-{published.month:02d}"
    return None


def shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _year_range_near(text: str, anchor: DateMention) -> bool:
    """Whether the year of ``anchor`` is one end of a period of years."""
    for found in _YEAR_RANGE.finditer(
        text, max(0, anchor.start - 9), min(len(text), anchor.end + 9)
    ):
        first = int(found.group(1))
        second = found.group(3) or f"{found.group(1)[:2]}{found.group(2)}"
        if int(second) > first:
            return True
    return False


def add_delta(value: str, amount: int, unit: str) -> str | None:
    """Add ``amount`` units (day, week, month, year) to a partial ISO date."""
    parts = [int(p) for p in value.split("-")]
    if unit == "month_of_year":
        return f"{value[:4]}-{amount:02d}"
    if unit == "year_of":  # "that same year": the year alone
        return value[:4]
    if unit == "as_told":  # "тогда же": the time told, as precise as it was told
        return value
    if unit == "month_of":  # "at the end of that month": the month alone
        return value[:7] if len(value) >= 7 else None
    if unit == "day_of_year":  # amount = month * 100 + day
        return _iso(parts[0], amount // 100, amount % 100)
    if amount == 0 or unit == "hour":  # "three hours later": the same day
        return value
    if unit == "month_exact":  # "exactly a year later": to the day when the day is known
        if len(parts) < 3:
            return (
                add_delta(value, amount, "month")
                if len(parts) == 2
                else add_delta(value, amount // 12, "year")
            )
        year, month = shift_months(dt.date(*parts), amount)
        return _iso(year, month, min(parts[2], calendar.monthrange(year, month)[1]))
    if unit == "year":  # "a year later": no more precise than a year
        return _iso(parts[0] + amount)
    if unit == "month":
        if len(parts) < 2:
            return None
        year, month = shift_months(dt.date(parts[0], parts[1], 1), amount)
        return _iso(year, month)
    if len(parts) < 3:
        return None
    days = amount * (7 if unit == "week" else 1)
    return (dt.date(*parts) + dt.timedelta(days=days)).isoformat()


_UNIT_STEMS = (
    ("полгод", "half_year"),
    ("паўгод", "half_year"),
    ("hour", "hour"),
    ("час", "hour"),
    ("гадзін", "hour"),
    ("сут", "day"),
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("дн", "day"),
    ("день", "day"),
    ("дзен", "day"),
    ("дзён", "day"),
    ("дні", "day"),
    ("недел", "week"),
    ("тыд", "week"),
    ("месяц", "month"),
    ("год", "year"),
    ("лет", "year"),
    ("гад", "year"),
)


def _unit(word: str | None) -> str | None:
    word = (word or "").lower()
    for stem, unit in _UNIT_STEMS:
        if word.startswith(stem):
            return unit
    return None


# "Nov. 9", "Sept. 9, 2023": the full stop of an abbreviated English month ("in May. 9
# people" ends a sentence)
_ABBREVIATION_DOT = r"(?:(?:(?<=\b[A-Za-z]{3})(?<!May)|(?<=\bSept))\.)?"


@cache
def _grammar(lexicon: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    months = words_regex(list(lexicon.months))
    weekdays = words_regex(list(lexicon.weekdays))
    year_words = lexicon.year_words or r""
    en = lexicon.code == "en"
    flags = ci = re.IGNORECASE
    month_group = rf"(?P<month>{months})"
    rules = [
        ("iso", re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")),
        (
            "numeric",
            re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
        ),
        (
            "dmy",
            re.compile(
                rf"(?<![\d\w])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{month_group}"
                rf"(?:\s*,?\s*(?P<year>\d{{4}}){year_words}?)?(?!\d)",
                flags,
            ),
        ),
    ]
    if lexicon.day_ordinals:
        # "Шестнадцатого ноября 2022 года": the day in words
        ordinals = "|".join(
            r"\s+".join(map(re.escape, word.split()))
            for word in sorted(lexicon.day_ordinals, key=len, reverse=True)
        )
        # ("the ninth of December"; in English not "a second May Day march")
        of = r"\s+of" if en else r""
        the = r"the\s+" if en else r""
        rules.append(
            (
                "dmy",
                re.compile(
                    rf"(?<!\w){the}(?P<dayword>{ordinals}){of}\s+{month_group}"
                    rf"(?:\s*,?\s*(?P<year>\d{{4}}){year_words}?)?(?!\d)",
                    flags,
                ),
            )
        )
    if en:
        rules.append(
            (
                "mdy",
                re.compile(
                    rf"{month_group}{_ABBREVIATION_DOT}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?!\d)"
                    rf"(?:\s*,?\s*(?P<year>\d{{4}}))?(?!\d)",
                    flags,
                ),
            )
        )
    rules += [
        (
            "my",
            re.compile(
                rf"{month_group}(?:\s*,?\s*(?:of\s+)?(?P<year>\d{{4}}){year_words}?)?(?!\d)", flags
            ),
        ),
        (
            "year",
            re.compile(
                r"(?:(?<!\w)(?:in|since|of|by|until|from|to|early|late|mid|в|во|с|со|до|к|у|ў|з|да|па|на)\s+"
                r"|(?<!\w)(?:mid|early|late)-)"
                rf"(?P<year>(?:19|20)\d\d)(?!\d|[,.]\d)(?:{year_words})?",
                ci,
            ),
        ),
        ("year", re.compile(rf"(?<![\d,.])(?P<year>(?:19|20)\d\d)(?={year_words or 'x^'})", ci)),
        (
            "night",
            re.compile(
                lexicon.night_before.replace("{weekday}", rf"(?P<weekday>{weekdays})"), flags
            ),
        ),
        (
            "weekday",
            re.compile(rf"(?:(?P<last>{lexicon.last_weekday})\s+)?(?P<weekday>{weekdays})", flags),
        ),
        ("relday", re.compile(words_regex(list(lexicon.relative_days)), ci)),
        ("relyear", re.compile("|".join(f"(?:{p})" for p in lexicon.relative_years), ci)),
        ("relmonth", re.compile("|".join(f"(?:{p})" for p in lexicon.relative_months), ci)),
        ("season", re.compile("|".join(f"(?:{p})" for p in lexicon.seasons), ci)),
        ("ago", re.compile(rf"(?<!\w){lexicon.ago}(?!\w)", ci)),
        # "It is two years today since ...", "спаўняецца пятнаццаць гадоў з таго дня, як":
        # an anniversary told on its day
        ("since", re.compile(rf"(?<!\w)(?:{lexicon.anniversary})", ci)),
        ("later", re.compile(rf"(?<!\w){lexicon.later}(?!\w)", ci)),
        ("same", re.compile(rf"(?<!\w)(?:{lexicon.same_day})(?!\w)", ci)),
        ("daybefore", re.compile(rf"(?<!\w)(?:{lexicon.day_before})(?!\w)", ci)),
        ("earlier", re.compile(rf"(?<!\w)(?:{lexicon.earlier})(?!\w)", ci)),
        ("sameyear", re.compile(rf"(?<!\w)(?:{lexicon.same_year})(?!\w)", ci)),
        ("sametime", re.compile(rf"(?<!\w)(?:{lexicon.same_time})(?!\w)", ci)),
        ("samemonth", re.compile(rf"(?<!\w)(?:{lexicon.same_month})(?!\w)", ci)),
    ]
    if lexicon.bare_seasons:
        bare = words_regex(list(lexicon.bare_seasons))
        rules.append(("bareseason", re.compile(rf"(?<!\w){bare}(?!\w)(?!\s+(?:of\s+)?\d)", ci)))
    if lexicon.relative_weeks:
        weeks = "|".join(f"(?:{p})" for p in lexicon.relative_weeks)
        rules.append(("relweek", re.compile(rf"(?<!\w)(?:{weeks})(?!\w)", ci)))
    rules.append(("pastspan", re.compile(rf"(?<!\w)(?:{lexicon.past_span})(?!\w)", ci)))
    return rules


def _restated(text: str, lexicon: Lexicon, found: list[DateMention], index: int) -> bool:
    """A relative time that only restates a date told beside it: "За тры дні да гэтага, 27
    сакавіка" (the day after it), "объявил 10 июля, на следующий день после суда" (the
    day before it, going on with "после")."""
    mention = found[index]
    if mention.kind != "later":
        return False
    after = found[index + 1] if index + 1 < len(found) else None
    if after is not None and after.value and not text[mention.end : after.start].strip(" ,—–"):
        return True
    before = found[index - 1] if index > 0 else None
    return (
        before is not None
        and len(before.value or "") == 10
        and text[before.end : mention.start].strip() == ","
        and re.match(
            rf"\s+(?:{lexicon.occasion_after})(?!\w)", text[mention.end : mention.end + 12]
        )
        is not None
    )


def _count(word: str, lexicon: Lexicon) -> int | None:
    """A count in digits or words ("3", "three", "twenty-five", "трое"; "a", "an" are
    one); None for a vague one ("several", "некалькі")."""
    if word.isdigit():
        return int(word)
    if word.lower() in ("a", "an"):
        return 1
    return words_value(word, lexicon) or None


def _relative_offset(table: dict[str, int], phrase: str) -> int:
    for pattern, offset in table.items():
        if re.fullmatch(pattern, phrase, re.IGNORECASE):
            return offset
    return 0


def _ago(phrase: str, lexicon: Lexicon, published: dt.date, exact: bool = False) -> str | None:
    """Resolve "three days ago" with dateparser (own arithmetic for Belarusian); with
    ``exact`` ("exactly three years ago") to the day."""
    words = phrase.split()  # count words, the unit, "ago"
    amount_word, unit_word = " ".join(words[:-2]) or "1", words[-2] if len(words) > 1 else ""
    unit = _unit(unit_word)
    if unit is None:
        return None
    parsed = None
    if lexicon.code in ("en", "ru") and not exact:
        import dateparser

        parsed = dateparser.parse(
            phrase,
            languages=[lexicon.code],
            settings={
                "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
                "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    if parsed is not None:
        day = parsed.date()
    else:
        # ("twenty-five years ago": a count dateparser does not read)
        amount = _count(amount_word, lexicon)
        if amount is None:
            return None
        if unit in ("day", "week"):
            day = published - dt.timedelta(days=amount * (7 if unit == "week" else 1))
        else:
            year, month = shift_months(published, -amount * (12 if unit == "year" else 1))
            last = calendar.monthrange(year, month)[1]
            day = dt.date(year, month, min(published.day, last))
    if exact or unit in ("day", "week"):
        return day.isoformat()
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _day_beside_weekday(
    text: str, one: DateMention, other: DateMention, lexicon: Lexicon
) -> DateMention | None:
    """Of two adjacent mentions, a stated day when the other is a weekday alone."""

    def weekday(mention: DateMention) -> bool:
        words = re.findall(r"\w+", text[mention.start : mention.end].lower())
        return mention.kind == "relative" and any(w in lexicon.weekdays for w in words)

    def day(mention: DateMention) -> bool:
        return len(mention.value or "") == 10 and not weekday(mention)

    if weekday(one) and day(other):
        return other
    # "14 марта, в субботу, ...": the weekday set off after the day (not "detained on June
    # 25, on Saturday police searched ...": another act's weekday)
    if day(one) and weekday(other) and re.match(r"\s*(?:[,.;)]|[—–]|$)", text[other.end :]):
        return one
    return None


def find_dates(
    text: str, lexicon: Lexicon, published: dt.date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """All dates in ``text[start:end]``, longest match first where they overlap."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    for kind, regex in _grammar(lexicon):
        for match in regex.finditer(text, start, end):
            mention = _resolve(kind, match, lexicon, published)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[DateMention] = []
    for mention in found:
        if result and mention.start < result[-1].end:
            continue
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.kind == "relative"
            and previous.value
            and mention.kind == "relative"
            and mention.value
            and len(mention.value) == 4
            and len(previous.value) > 4
            and not text[previous.end : mention.start].strip(" ,")
        ):
            # "May 3 this year", "в июне прошлого года": the month takes the stated year
            result[-1] = DateMention(
                previous.start, mention.end, mention.value + previous.value[4:], "relative"
            )
            continue
        if (
            previous is not None
            and previous.kind == mention.kind == "relative"
            and previous.value
            and mention.value
            and len(previous.value) == len(mention.value) == 4
            and not text[previous.end : mention.start].strip(" ,")
            and (
                text[previous.start : previous.end].lower() in lexicon.bare_seasons
                or text[mention.start : mention.end].lower() in lexicon.bare_seasons
            )
        ):
            # "Летась увесну", "летом прошлого года": a season in the year told beside it
            season_first = text[previous.start : previous.end].lower() in lexicon.bare_seasons
            year = mention.value if season_first else previous.value
            result[-1] = DateMention(previous.start, mention.end, year, "relative")
            continue
        if (
            previous is not None
            and re.fullmatch(r"[\s,]*(?:(?:on|в|во|у|ў)\s+)?", text[previous.end : mention.start])
            and (day := _day_beside_weekday(text, previous, mention, lexicon)) is not None
        ):
            # "on Saturday, April 14, 2012", "14 апреля, в субботу": the day stated, not the
            # weekday counted from publication
            result[-1] = DateMention(previous.start, mention.end, day.value, day.kind)
            continue
        result.append(mention)
    result = [m for i, m in enumerate(result) if not _restated(text, lexicon, result, i)]
    for index in range(1, len(result) - 1):
        mention = result[index]
        if not (
            mention.kind == "relative"
            and mention.value
            and len(mention.value) == 7
            and _bare_day_or_month(text, lexicon, mention)
        ):
            continue
        before, after = result[index - 1], result[index + 1]
        told = [
            d.value[:7]
            for d in (before, after)
            if d.value and len(d.value) >= 7 and re.search(r"\d{4}", text[d.start : d.end])
        ]
        if (
            len(told) != 2
            or not told[0] < told[1]
            # (an end still to come, "Срок заканчивается 9 марта 2026 года", bounds nothing)
            or (published is not None and told[1] > published.isoformat()[:7])
            or "\n\n" in text[before.end : after.start]
        ):
            continue
        # "16 ноября 2022 года ... Ещё до суда, в январе, ... 9 марта 2023 года": a month
        # told between two dates of a story falls between them (the latest that does)
        for year in (int(told[0][:4]) + 1, int(told[0][:4])):
            value = f"{year:04d}{mention.value[4:]}"
            if told[0] <= value <= told[1]:
                result[index] = DateMention(mention.start, mention.end, value, "relative")
                break
    for index in range(1, len(result)):
        previous, mention = result[index - 1], result[index]
        if (
            previous.kind == mention.kind == "relative"
            and previous.value
            and mention.value
            and len(previous.value) == len(mention.value) == 7
            and _bare_day_or_month(text, lexicon, previous)
            and not _bare_day_or_month(text, lexicon, mention)
            and previous.value[5:] < mention.value[5:]
            and _JOINED_MONTHS.fullmatch(text, previous.end, mention.start)
        ):
            # "у сакавіку і ў лістападзе мінулага года": both months of the year told
            result[index - 1] = DateMention(
                previous.start, previous.end, mention.value[:4] + previous.value[4:], "relative"
            )
    chained: set[int] = set()  # months whose year came from the date told before them
    for index, mention in enumerate(result):
        at = index - 1
        anchor = result[at] if index else None
        alone = _month_or_season_alone(text, lexicon, mention)
        if (
            alone is not None
            and index
            and _THAT_BEFORE.search(text, max(0, mention.start - 10), mention.start)
        ):
            # "detained in March 2022 over money sent two years earlier, and sentenced that
            # August": that August is of the year told last, past any offset between
            at = next((k for k in range(index - 1, -1, -1) if result[k].kind != "later"), at)
            anchor = result[at]
        if (
            alone is not None
            and anchor is not None
            # "в феврале 2012-го ..., в марте ..., а в мае": the chain goes on
            and (anchor.kind == "absolute" or at in chained)
            and anchor.value
            and len(anchor.value) >= 7
            and not re.search(r"[.!?\n]", text[anchor.end : mention.start])
        ):
            # "затрымалі ў лютым 2021 года, а ў снежні асудзілі": December of that year;
            # "асудзілі ў лютым 2017 года, а ўвесну этапавалі": that spring (not the latest
            # before publication); the next year's when it ended before the month told
            last_month, rest = alone
            year = int(anchor.value[:4]) + (last_month < int(anchor.value[5:7]))
            if published is None or year <= published.year:
                result[index] = mention = DateMention(
                    mention.start, mention.end, f"{year:04d}{rest}", "relative"
                )
                chained.add(index)
        if (
            mention.kind == "relative"
            and mention.value
            and len(mention.value) == 10
            and anchor is not None
            and anchor.kind == "absolute"
            and anchor.value
            and anchor.value[:4] != mention.value[:4]
            and re.search(
                lexicon.before_that,
                text[max(anchor.end, mention.start - 40) : mention.start],
                re.IGNORECASE,
            )
            and not re.search(r"\d{4}", text[mention.start : mention.end])
        ):
            # "затрымалі 30 сакавіка 2021 года. За тры дні да гэтага, 27 сакавіка, ...":
            # the year of the date told just before
            result[index] = DateMention(
                mention.start, mention.end, anchor.value[:4] + mention.value[4:], "relative"
            )
            mention = result[index]
        narrative = _narrative_year(text, lexicon, result, index, published)
        if narrative is not None:
            result[index] = mention = narrative
        same = _SAME_YEAR.match(text, mention.end) if mention.value else None
        if same and mention.kind == "relative" and len(mention.value or "") == 10:
            # "on April 23 that year": that day of the previous date's year
            day = int((mention.value or "")[5:7]) * 100 + int((mention.value or "")[8:10])
            result[index] = DateMention(
                mention.start, same.end(), None, "later", (day, "day_of_year")
            )
            continue
        if same and mention.kind == "relative" and len(mention.value or "") == 7:
            # "у жніўні таго ж года": that month of the previous date's year
            month = int((mention.value or "")[5:7])
            result[index] = DateMention(
                mention.start, same.end(), None, "later", (month, "month_of_year")
            )
    return result


_OF_THE_ANCHORS_YEAR = ("day_of_year", "month_of_year")


def _narrative_year(
    text: str,
    lexicon: Lexicon,
    found: list[DateMention],
    index: int,
    published: dt.date | None,
) -> DateMention | None:
    """A day and month told without a year inside a paragraph that is telling an earlier
    year ("Ператрус прайшоў 5 студзеня 2021 года. Праз два тыдні, 18 студзеня, яго
    затрымалі"): that year, not the publication's; the next one when the month comes
    before the anchor's. None when the rule does not apply."""
    mention = found[index]
    if mention.kind != "relative" or not mention.value or published is None:
        return None
    if int(mention.value[:4]) not in (published.year, published.year - 1):
        return None  # its year came from elsewhere ("да гэтага", "таго ж года")
    if not _bare_day_or_month(text, lexicon, mention):
        return None
    month_alone = len(mention.value) < 10
    anchor = None
    same_year_month = None  # "6 октября того же года" told after the anchor: its month
    for previous in range(index - 1, max(-1, index - 8), -1):  # bounded: linear in the text
        d = found[previous]
        if d.kind == "later" and d.delta and d.delta[1] in _OF_THE_ANCHORS_YEAR:
            if same_year_month is None:
                month = d.delta[0] // 100 if d.delta[1] == "day_of_year" else d.delta[0]
                same_year_month = month
            continue
        if text[d.start : d.end].lower() in lexicon.bare_seasons:
            continue  # "ўвосень" tells a year but no month to count on from
        if d.value and (
            d.narrated
            or (d.kind == "absolute" and re.search(r"\d{4}", text[d.start : d.end]))
            # "5 января этого года", "last March": a year told, if not in digits
            or (d.kind == "relative" and not _bare_day_or_month(text, lexicon, d))
        ):
            anchor = d
            break
    if anchor is None or anchor.value is None or "\n\n" in text[anchor.end : mention.start]:
        return None
    if month_alone and not (
        # a month alone ("in May") keeps the latest such month, unless its own sentence
        # tells the year ("У лютым таго ж года ..., а ў красавіку")
        same_year_month is not None
        and not re.search(r"[.!?]\s", text[found[index - 1].end : mention.start])
        and found[index - 1].kind == "later"
    ):
        return None
    if _year_range_near(text, anchor):
        return None  # "в 2011–2012 годах получали": a period told, not a moment narrated
    if _in_aside(text, lexicon, anchor, mention):
        # "Семчанку, які ў жніўні 2020 года звольніўся ... 15 верасня Семчанку затрымалі":
        # an aside's year tells the person's past, not the time of the story
        return None
    if same_year_month is not None:
        anchor = DateMention(
            anchor.start, anchor.end, f"{anchor.value[:4]}-{same_year_month:02d}", anchor.kind
        )
    year = int(anchor.value[:4])
    if year >= published.year:
        return None
    value = f"{year:04d}{mention.value[4:]}"
    if value[:7] < anchor.value[:7] and int(anchor.value[5:7] or 1) - int(value[5:7]) > 1:
        value = f"{year + 1:04d}{mention.value[4:]}"  # "in November ... on 26 January"
    if value[:4] > published.isoformat()[:4] or value > published.isoformat()[: len(value)]:
        return None
    return DateMention(mention.start, mention.end, value, "relative", narrated=True)


def _in_aside(text: str, lexicon: Lexicon, anchor: DateMention, mention: DateMention) -> bool:
    """The anchor stands inside an aside (", who ...", ", которому ...", ", задержанному
    ...") still open at it, and the bare date is told in a later sentence, or after the
    aside closes in the same sentence when the anchor is a year alone."""
    start = max(text.rfind(".", 0, anchor.start), text.rfind("\n", 0, anchor.start)) + 1
    same_sentence = re.search(r"[.\n]", text[anchor.end : mention.start]) is None
    if same_sentence and len(anchor.value or "") > 4:
        return False  # "X, who was detained on 9 August 2020, was sentenced on 15 December"
    openings = list(
        re.finditer(
            rf",\s+(?:{lexicon.relative_opening})(?!\w)", text[start : anchor.start], re.IGNORECASE
        )
    )
    if not openings:
        return False
    # the aside closes at a comma that does not go on with "and", "а", "і" ...
    rest = text[start + openings[-1].end() : anchor.start]
    closes = rf",\s+(?!(?:{lexicon.aside_goes_on})(?!\w))"
    if re.search(closes, rest, re.IGNORECASE) is not None:
        return False
    # "X, a factory electrician jailed in 2021 for comments in a chat, left the colony on
    # November 3": a year in an aside closed before the day is the person's past
    return not same_sentence or re.search(closes, text[anchor.end : mention.start]) is not None


_JOINED_MONTHS = re.compile(r"\s*(?:and|и|і)\s+(?:(?:in|в|во|у|ў)\s+)?", re.IGNORECASE)


def _month_or_season_alone(
    text: str, lexicon: Lexicon, mention: DateMention
) -> tuple[int, str] | None:
    """A month told alone ("у снежні"; not "у траўні гэтага года", which states its year)
    or a bare season ("ўвесну"): the last month it spans and what of its value follows the
    year; None for anything else."""
    if mention.kind != "relative" or not mention.value:
        return None
    words = re.findall(r"\w+", text[mention.start : mention.end].lower())
    if (
        len(mention.value) >= 7
        and _MONTH_ONLY.search(text[mention.start : mention.end])
        and all(w in lexicon.months for w in words)
    ):
        return int(mention.value[5:7]), mention.value[4:]
    season = " ".join(words)
    if season in lexicon.bare_seasons:
        return lexicon.bare_seasons[season] + 2, ""
    return None


def _bare_day_or_month(text: str, lexicon: Lexicon, mention: DateMention) -> bool:
    """ "18 студзеня", "in May": a day or month told without any year."""
    words = re.findall(r"\w+", text[mention.start : mention.end].lower())
    return bool(words) and all((w.isdigit() and len(w) <= 2) or w in lexicon.months for w in words)


def _resolve(
    kind: str, match: re.Match[str], lexicon: Lexicon, published: dt.date | None
) -> DateMention | None:
    s, e = match.span()
    groups = match.groupdict()
    if kind in ("iso", "numeric"):
        value = _iso(int(groups["year"]), int(groups["month"]), int(groups["day"]))
        return DateMention(s, e, value) if value else None
    if kind in ("dmy", "mdy", "my"):
        month_word = groups["month"]
        if lexicon.code == "en" and not month_word[0].isupper():
            return None
        if (
            lexicon.code == "en"
            and month_word in ("May", "March")
            and not (groups.get("day") or groups.get("dayword") or groups.get("year"))
        ):
            # "May" and "March" alone are too often a verb
            prev = match.string[max(0, s - 4) : s].lower()
            if (
                not re.search(
                    r"(?<!\w)(?:in|of|by|late|early|mid|last|this|next|since|until)\s$",
                    match.string[max(0, s - 8) : s],
                    re.IGNORECASE,  # "In March the court ..." opens a sentence
                )
                and prev
            ):
                return None
        month = lexicon.months[month_word.lower()]
        day = int(groups["day"]) if groups.get("day") else None
        if groups.get("dayword"):
            day = lexicon.day_ordinals[" ".join(groups["dayword"].lower().split())]
        if groups.get("year"):
            value = _iso(int(groups["year"]), month, day)
            return DateMention(s, e, value) if value else None
        if published is None:
            return None
        value = _iso(infer_year(published, month, day), month, day)
        return DateMention(s, e, value, "relative") if value else None
    if kind == "year":
        value = _iso(int(groups["year"]))
        if value is None:
            return None
        return DateMention(match.start("year"), e, value)
    if published is None:
        return None
    if kind == "night":
        day = weekday_date(published, lexicon.weekdays[groups["weekday"].lower()])
        return DateMention(s, e, f"{day.year:04d}-{day.month:02d}", "relative")
    if kind == "weekday":
        if lexicon.code == "en" and not groups["weekday"][0].isupper():
            return None
        weekday = lexicon.weekdays[groups["weekday"].lower()]
        day = weekday_date(published, weekday, last=bool(groups.get("last")))
        return DateMention(s, e, day.isoformat(), "relative")
    if kind == "relday":
        if re.match(lexicon.eve_of, match.string[s:], re.IGNORECASE):
            return None  # "накануне выборов": the eve of what follows
        offset = lexicon.relative_days[match.group(0).lower()]
        return DateMention(s, e, (published + dt.timedelta(days=offset)).isoformat(), "relative")
    if kind == "relyear":
        offset = _relative_offset(lexicon.relative_years, match.group(0))
        return DateMention(s, e, f"{published.year + offset:04d}", "relative")
    if kind == "relmonth":
        offset = _relative_offset(lexicon.relative_months, match.group(0))
        year, month = shift_months(published, offset)
        return DateMention(s, e, f"{year:04d}-{month:02d}", "relative")
    if kind == "season":
        offset = _relative_offset(lexicon.seasons, match.group(0))
        return DateMention(s, e, f"{published.year + offset:04d}", "relative")
    exact = bool(
        re.search(rf"(?<!\w)(?:{lexicon.exactly})\s+$", match.string[max(0, s - 12) : s], re.I)
    )
    if kind == "ago":
        # "Four years ago today": to the day, "today" with it
        today = re.match(rf"\s+(?:{lexicon.today})(?!\w)", match.string[e : e + 12], re.I)
        value = _ago(match.group(0), lexicon, published, exact or bool(today))
        end = e + today.end() if today else e
        return DateMention(s, end, value, "relative") if value else None
    if kind == "since":
        # "В воскресенье исполнилось три года с тех пор, как": from the day it names
        base = published
        day_before = re.search(
            rf"(?<!\w)(?P<weekday>{words_regex(list(lexicon.weekdays))})\s*$",
            match.string[max(0, s - 20) : s],
            re.I,
        )
        if day_before:
            base = weekday_date(published, lexicon.weekdays[day_before.group("weekday").lower()])
        relative_day_before = re.search(  # "Учора споўніўся год, як": from yesterday
            rf"(?<!\w)(?P<day>{words_regex(list(lexicon.relative_days))})\s*$",
            match.string[max(0, s - 20) : s],
            re.I,
        )
        if relative_day_before:
            base = published + dt.timedelta(
                days=lexicon.relative_days[relative_day_before.group("day").lower()]
            )
        # "Сёння роўна год, як ...": a year when no number is told
        value = _ago(f"{groups['n'] or 1} {groups['unit']} ago", lexicon, base, exact=True)
        return DateMention(s, e, value, "relative") if value else None
    if kind == "same":
        return DateMention(s, e, None, "later", (0, "day"))
    if kind == "daybefore":
        return DateMention(s, e, None, "later", (-1, "day"))
    if kind == "sameyear":
        return DateMention(s, e, None, "later", (0, "year_of"))
    if kind == "samemonth":
        return DateMention(s, e, None, "later", (0, "month_of"))
    if kind == "sametime":
        return DateMention(s, e, None, "later", (0, "as_told"))
    if kind == "bareseason":
        first = lexicon.bare_seasons[match.group(0).lower()]
        year = published.year if published.month >= first else published.year - 1
        return DateMention(s, e, f"{year:04d}", "relative")
    if kind == "pastspan":
        return DateMention(s, e, _past_span(groups, lexicon, published), "relative")
    if kind == "relweek":
        value = _week_month(published, _relative_offset(lexicon.relative_weeks, match.group(0)))
        return DateMention(s, e, value, "relative")
    if kind in ("later", "earlier"):
        amount_word = next(
            (g for g in match.groups() if g and _unit(g) is None and _count(g, lexicon)), "1"
        )
        words = [g for g in match.groups() if g]
        unit = next((_unit(w) for w in reversed(words) if _unit(w)), None)
        if unit is None:
            return None
        amount = _count(amount_word, lexicon) or 1
        if unit == "half_year":  # "через полгода"
            amount, unit = 6, "month"
        if kind == "earlier":
            amount = -amount
        if exact and unit in ("month", "year"):
            # "ровно через год": the same day a year on
            amount, unit = amount * (12 if unit == "year" else 1), "month_exact"
        return DateMention(s, e, None, "later", (amount, unit))
    return None
