"""Partial dates: ``2011``, ``2011-09`` or ``2011-09-14``, kept at the precision stated.

Human-rights records rarely know every day: a source says "arrested in August 2011"
or "released in 2014". A :class:`PartialDate` keeps exactly what was stated and never
pads it into false precision. Pure Python, used by the registry, counting and extraction.

Ordering (also the order of the ISO strings): by the first day of the period, and at
the same first day the less precise date first: ``2011 < 2011-01 < 2011-01-01 <
2011-01-02 < 2011-02``. Equality is by value *and* precision: ``2011-09`` is not
``2011-09-01``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass
from functools import total_ordering

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)


class Precision(enum.IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


class InvalidPartialDate(ValueError):
    """Raised for text that is not a real partial date; the message says why."""


@total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InvalidPartialDate(f"year {self.year} is out of range 1-9999")
        if self.month is None:
            if self.day is not None:
                raise InvalidPartialDate("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise InvalidPartialDate(f"month {self.month:02d} does not exist (months are 01-12)")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise InvalidPartialDate(
                    f"day {self.day:02d} does not exist in {self.year}-{self.month:02d} "
                    f"(it has {last} days)"
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else is rejected."""
        if not isinstance(text, str):
            raise InvalidPartialDate(f"expected a date as text, got {type(text).__name__}")
        stripped = text.strip()
        match = _PATTERN.match(stripped)
        if match is None:
            raise InvalidPartialDate(
                f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2011-09-14)"
            )
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> dt.date:
        """The first day of the period this date names."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day of the period this date names."""
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day)
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def contains(self, day: dt.date) -> bool:
        return self.first_day() <= day <= self.last_day()

    def isoformat(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    __str__ = isoformat

    def _key(self) -> tuple[dt.date, int]:
        return (self.first_day(), int(self.precision))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()


def parse_optional(text: str | None) -> PartialDate | None:
    """Parse a partial date, treating None and blank text as no date."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return PartialDate.parse(text)
