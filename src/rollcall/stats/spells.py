"""Custody spells derived from a person's events, and the counting rule.

Pure Python (no Django): the registry hands in plain :class:`TimelineEvent` rows.

The rule, also in the README:

- A spell opens at a ``detention``; or at a custodial ``sentence``, ``transfer`` or
  ``punishment`` when no spell is open (the earliest record that shows the person held).
  A sentence with ``"custodial": false`` (in absentia, a fine, restricted freedom)
  opens nothing.
- It closes at the next ``release``, ``death`` or ``exile``. A closing event with no
  open spell closes nothing (it is reported as an anomaly, unless a spell ended that
  same day: released and deported is one ending). A spell with no closing event is
  open: the person is held today.
- On one date, if the person was held when the day began, what ends custody comes
  first (released, then re-arrested that evening: two spells); otherwise what shows
  custody comes first (detained and released the same day).
- Only days the record shows the person surely held are counted. A partial start date
  counts from the **last** day of its period (detained ``2011-08`` → from 2011-08-31);
  a partial end date ends on the **first** day of its period (released ``2014`` → not
  counted from 2014-01-01). The day of release, death or exile is not counted.
  A spell whose counted start is not before its counted end counts on no day.
- A spell is *recognised* when the person has a ``recognition`` dated after the end of
  their previous spell and before the end of this one (it precedes or covers the
  spell), or an undated recognition, which is taken to cover every spell of theirs.
  Recognised spells are counted from their start.
- Undated detentions, sentences and releases cannot be placed and are reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby

from rollcall.partial_date import PartialDate

OPENING = frozenset({"detention"})
OPENING_WHEN_CLOSED = frozenset({"sentence", "transfer", "punishment"})
CLOSING = frozenset({"release", "death", "exile"})
RECOGNITION = "recognition"

@dataclass(frozen=True, slots=True)
class TimelineEvent:
    event_id: int
    type: str
    date: PartialDate | None
    custodial: bool = True


@dataclass(slots=True)
class Spell:
    start_event: int
    start: PartialDate
    end_event: int | None = None
    end: PartialDate | None = None
    recognised: bool = False

    @property
    def counted_from(self) -> dt.date:
        return self.start.last_day()

    @property
    def counted_until(self) -> dt.date | None:
        """The first day no longer counted (exclusive end), or None while open."""
        return None if self.end is None else self.end.first_day()

    def covers(self, day: dt.date) -> bool:
        until = self.counted_until
        return self.counted_from <= day and (until is None or day < until)


@dataclass(slots=True)
class Timeline:
    spells: list[Spell] = field(default_factory=list)
    anomalies: list[str] = field(default_factory=list)


def derive_spells(events: Iterable[TimelineEvent]) -> Timeline:
    """Derive one person's custody spells from their events (in any order)."""
    timeline = Timeline()
    dated: list[TimelineEvent] = []
    undated_recognition = False
    for event in events:
        if event.date is not None:
            dated.append(event)
        elif event.type == RECOGNITION:
            undated_recognition = True
        elif event.type in OPENING | OPENING_WHEN_CLOSED | CLOSING:
            timeline.anomalies.append(f"undated {event.type} (event {event.event_id}) not placed")
    dated.sort(key=lambda e: (e.date.first_day(), e.date.precision, e.event_id))  # type: ignore[union-attr]

    recognitions: list[PartialDate] = []
    current: Spell | None = None
    ended_on: PartialDate | None = None  # the date the last spell ended
    for _day, group in groupby(dated, key=lambda e: (e.date.first_day(), e.date.precision)):  # type: ignore[union-attr]
        # On one date: if the person was held when the day began, what ends custody
        # comes first (released, then re-arrested the same evening); otherwise what
        # shows custody comes first (detained and released the same day).
        events_of_day = sorted(
            group,
            key=lambda e: (e.type not in CLOSING, e.event_id) if current is not None
            else (e.type in CLOSING, e.event_id),
        )
        for event in events_of_day:
            assert event.date is not None
            if event.type == RECOGNITION:
                recognitions.append(event.date)
            elif event.type in CLOSING:
                if current is not None:
                    current.end_event = event.event_id
                    current.end = event.date
                    ended_on = event.date
                    current = None
                elif ended_on != event.date:
                    # A release and an exile on the same day are one ending; a closing
                    # event with no custody before it at all is worth a look.
                    timeline.anomalies.append(
                        f"{event.type} on {event.date} (event {event.event_id}) "
                        "with no custody before it"
                    )
            elif current is None and event.custodial and (
                event.type in OPENING or event.type in OPENING_WHEN_CLOSED
            ):
                current = Spell(start_event=event.event_id, start=event.date)
                timeline.spells.append(current)

    previous_end: dt.date | None = None
    for spell in timeline.spells:
        until = spell.counted_until
        spell.recognised = undated_recognition or any(
            (previous_end is None or r.last_day() >= previous_end)
            and (until is None or r.first_day() < until)
            for r in recognitions
        )
        previous_end = until
    return timeline


def count_on(spells: Iterable[Spell], day: dt.date) -> int:
    return sum(1 for spell in spells if spell.recognised and spell.covers(day))


def daily_counts(
    intervals: Iterable[tuple[dt.date, dt.date | None]], first: dt.date, last: dt.date
) -> list[int]:
    """Counts for every day from ``first`` to ``last`` from counted [start, end) intervals."""
    offsets = (
        ((start - first).days, None if end is None else (end - first).days)
        for start, end in intervals
    )
    return sweep(offsets, (last - first).days + 1)


def sweep(offsets: Iterable[tuple[int, int | None]], days: int) -> list[int]:
    """Counts on days ``0..days-1`` from [start, end) day offsets (end None: open).

    Linear in intervals plus days, instead of one count per day.
    """
    if days <= 0:
        return []
    delta = [0] * (days + 1)
    for start, end in offsets:
        if end is not None and end <= start:
            continue
        lo = max(start, 0)
        hi = days if end is None else min(end, days)
        if lo < hi:
            delta[lo] += 1
            delta[hi] -= 1
    counts: list[int] = []
    running = 0
    for index in range(days):
        running += delta[index]
        counts.append(running)
    return counts


def series_dates(first: dt.date, last: dt.date, step: str) -> list[dt.date]:
    """The dates of a series: every day, week (from ``first``), month or year start."""
    if step == "day":
        return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    if step == "week":
        return [first + dt.timedelta(days=i) for i in range(0, (last - first).days + 1, 7)]
    dates: list[dt.date] = []
    if step == "month":
        year, month = first.year, first.month
        current = dt.date(year, month, 1)
        if current < first:
            month += 1
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        while (current := dt.date(year, month, 1)) <= last:
            dates.append(current)
            month += 1
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return dates
    if step == "year":
        year = first.year if first == dt.date(first.year, 1, 1) else first.year + 1
        while dt.date(year, 1, 1) <= last:
            dates.append(dt.date(year, 1, 1))
            year += 1
        return dates
    raise ValueError(f"unknown step {step!r}: use day, week, month or year")


def counts_at(
    intervals: Sequence[tuple[dt.date, dt.date | None]], dates: Sequence[dt.date]
) -> list[int]:
    """Counts on the given (sorted) dates, reusing the daily sweep."""
    if not dates:
        return []
    daily = daily_counts(intervals, dates[0], dates[-1])
    return [daily[(day - dates[0]).days] for day in dates]
