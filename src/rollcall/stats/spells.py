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
- Events are placed in time by the first day of their period, endings by the last
  (released ``2014`` comes after detained 2014-06-10). On one day, if the person was
  held when it began: custody events (a sentence, a transfer) first, then the ending,
  then a new detention (sentenced to time served and freed in court: one spell;
  pardoned and taken back that evening: two). If not held: custody first, then the
  ending (detained and released the same day).
- Only days the record shows the person surely held are counted. A partial start date
  counts from the **last** day of its period (detained ``2011-08`` → from 2011-08-31);
  a partial end date ends on the **first** day of its period (released ``2014`` → not
  counted from 2014-01-01). The day of release, death or exile is not counted.
  A spell whose counted start is not before its counted end counts on no day.
- A spell is *recognised* when the person has a ``recognition`` whose date (its first
  day) falls after the end of their previous spell and before the end of this one (it
  precedes or covers the spell; so each dated recognition recognises one spell), or an
  undated recognition, which is taken to cover every spell of theirs. Recognised
  spells are counted from their start.
- Undated detentions, sentences and releases cannot be placed and are reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby

from rollcall.partial_date import PartialDate, Precision

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


def is_custodial(attributes: object) -> bool:
    """False only for an event marked ``"custodial": false`` (in absentia, a fine...)."""
    return not (isinstance(attributes, dict) and attributes.get("custodial") is False)


def _placed_on(event: TimelineEvent) -> dt.date:
    """Where an event goes in the timeline: an ending at the last day of its period.

    Released ``2014`` after being detained on 2014-06-10 must come after the
    detention; counting still stops on the first day of the period.
    """
    assert event.date is not None
    return event.date.last_day() if event.type in CLOSING else event.date.first_day()


def _order_within_day(event: TimelineEvent, held: bool) -> tuple[int, int]:
    """On one day: held since before it, custody events come first, then the ending,
    then a new detention (sentenced to time served and freed in court; pardoned and
    taken back the same evening). Not held: custody first, then the ending."""
    if event.type in CLOSING:
        rank = 1
    elif held and event.type in OPENING:
        rank = 2
    else:
        rank = 0
    return rank, event.event_id


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
    dated.sort(key=lambda e: (_placed_on(e), e.event_id))

    recognitions: list[PartialDate] = []
    current: Spell | None = None
    ended_on: PartialDate | None = None  # the date the last spell ended
    for _day, group in groupby(dated, key=_placed_on):
        held = current is not None
        for event in sorted(group, key=lambda e: _order_within_day(e, held)):
            assert event.date is not None
            if event.type == RECOGNITION:
                recognitions.append(event.date)
            elif event.type in CLOSING:
                if current is not None:
                    current.end_event = event.event_id
                    current.end = event.date
                    ended_on = event.date
                    vague = min(current.start.precision, event.date.precision) < Precision.DAY
                    if vague and current.counted_until is not None and (
                        current.counted_until <= current.counted_from
                    ):
                        timeline.anomalies.append(
                            f"custody from {current.start} to {event.date} counts on no day: "
                            "give the dates more precisely"
                        )
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

    # Each dated recognition recognises the one spell in whose window its first day
    # falls: after the previous spell's end, before this spell's end.
    previous_end: dt.date | None = None
    for spell in timeline.spells:
        until = spell.counted_until
        spell.recognised = undated_recognition or any(
            (previous_end is None or r.first_day() >= previous_end)
            and (until is None or r.first_day() < until)
            for r in recognitions
        )
        previous_end = until
    return timeline


def count_on(spells: Iterable[Spell], day: dt.date) -> int:
    return sum(1 for spell in spells if spell.recognised and spell.covers(day))


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
