"""Hand-worked cases of the counting rule (see the README, 'How counting works')."""

import datetime as dt
import random

import pytest

from rollcall.partial_date import PartialDate
from rollcall.stats.spells import (
    TimelineEvent,
    count_on,
    derive_spells,
    is_custodial,
    series_dates,
    sweep,
)

D = dt.date


def ev(number, kind, date, custodial=True):
    return TimelineEvent(number, kind, PartialDate.parse(date) if date else None, custodial)


def held(events, day):
    return count_on(derive_spells(events).spells, day) == 1


def test_spell_starting_in_a_month_counts_from_its_last_day():
    events = [ev(1, "detention", "2011-08"), ev(2, "recognition", "2011-09")]
    assert not held(events, D(2011, 8, 30))
    assert held(events, D(2011, 8, 31))
    assert held(events, D(2030, 1, 1))  # no release: held until today and beyond


def test_release_known_only_as_a_year_ends_on_its_first_day():
    events = [ev(1, "detention", "2010-12-19"), ev(2, "release", "2014"),
              ev(3, "recognition", None)]
    assert held(events, D(2013, 12, 31))
    assert not held(events, D(2014, 1, 1))
    assert not held(events, D(2014, 6, 23))


def test_day_of_release_is_not_counted():
    events = [ev(1, "detention", "2011-08-04"), ev(2, "sentence", "2011-11-24"),
              ev(3, "release", "2014-06-21"), ev(4, "recognition", "2011-08")]
    assert held(events, D(2011, 8, 4))
    assert held(events, D(2014, 6, 20))
    assert not held(events, D(2014, 6, 21))
    assert not held(events, D(2014, 6, 22))
    timeline = derive_spells(events)
    assert len(timeline.spells) == 1  # the sentence falls inside the open spell


def test_rearrest_after_release_opens_a_second_spell_needing_its_own_recognition():
    events = [
        ev(1, "detention", "2010-12-19"), ev(2, "recognition", "2011-01-12"),
        ev(3, "release", "2015-08-22"), ev(4, "detention", "2020-05-29"),
    ]
    timeline = derive_spells(events)
    assert [(str(s.start), str(s.end) if s.end else None) for s in timeline.spells] == [
        ("2010-12-19", "2015-08-22"), ("2020-05-29", None)]
    assert [s.recognised for s in timeline.spells] == [True, False]
    assert held(events, D(2012, 1, 1))
    assert not held(events, D(2016, 1, 1))
    assert not held(events, D(2021, 1, 1))  # the 2011 recognition was for the first spell
    recognised_again = [*events, ev(5, "recognition", "2020-06")]
    assert held(recognised_again, D(2021, 1, 1))
    assert held(recognised_again, D(2020, 5, 29))  # recognised spells count from their start


def test_recognition_before_a_spell_and_after_the_previous_one_covers_it():
    events = [ev(1, "recognition", "2021-01-10"), ev(2, "detention", "2021-02-01")]
    assert held(events, D(2021, 3, 1))


def test_death_in_custody_ends_the_spell():
    events = [ev(1, "detention", "2021-03-30"), ev(2, "sentence", "2022-03-30"),
              ev(3, "death", "2023-07-11"), ev(4, "recognition", None)]
    assert held(events, D(2023, 7, 10))
    assert not held(events, D(2023, 7, 11))
    assert derive_spells(events).spells[0].end == PartialDate(2023, 7, 11)


def test_sentence_opens_a_spell_when_none_is_open_unless_not_custodial():
    assert held([ev(1, "sentence", "2021"), ev(2, "recognition", None)], D(2022, 1, 1))
    assert not held([ev(1, "sentence", "2023-03-03", custodial=False),
                     ev(2, "recognition", None)], D(2024, 1, 1))


def test_release_without_custody_and_undated_detention_are_reported():
    timeline = derive_spells([ev(1, "release", "2015-08-22"), ev(2, "detention", None)])
    assert timeline.spells == []
    assert any("no custody before it" in a for a in timeline.anomalies)
    assert any("undated detention" in a for a in timeline.anomalies)


def test_unrecognised_spell_is_not_counted():
    assert not held([ev(1, "detention", "2020-09-07")], D(2021, 1, 1))


def test_partial_spell_shorter_than_its_uncertainty_counts_on_no_day():
    events = [ev(1, "detention", "2014"), ev(2, "release", "2014"), ev(3, "recognition", None)]
    assert not any(held(events, D(2014, 1, 1) + dt.timedelta(days=i)) for i in range(365))


def test_same_day_detention_and_release_order():
    events = [ev(2, "release", "2020-08-10"), ev(1, "detention", "2020-08-10"),
              ev(3, "recognition", None)]
    timeline = derive_spells(events)
    assert len(timeline.spells) == 1 and timeline.anomalies == []


@pytest.mark.parametrize("step", ["day", "week", "month", "year"])
def test_sweep_matches_one_count_per_date(step):
    rng = random.Random(7)
    intervals = []
    for _ in range(300):
        start = D(2010, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        end = None if rng.random() < 0.2 else start + dt.timedelta(days=rng.randrange(-5, 900))
        intervals.append((start, end))
    dates = series_dates(D(2011, 1, 1), D(2015, 12, 31), step)

    def naive(day):
        return sum(1 for s, e in intervals if s <= day and (e is None or day < e))

    first = dates[0]
    offsets = [((s - first).days, None if e is None else (e - first).days) for s, e in intervals]
    daily = sweep(offsets, (dates[-1] - first).days + 1)
    assert [daily[(day - first).days] for day in dates] == [naive(day) for day in dates]


def test_series_dates():
    assert series_dates(D(2011, 1, 15), D(2011, 4, 1), "month") == [
        D(2011, 2, 1), D(2011, 3, 1), D(2011, 4, 1)]
    assert series_dates(D(2011, 1, 1), D(2013, 6, 1), "year") == [
        D(2011, 1, 1), D(2012, 1, 1), D(2013, 1, 1)]
    assert len(series_dates(D(2011, 1, 1), D(2011, 12, 31), "day")) == 365
    assert sweep([], 0) == []
    assert is_custodial({}) and is_custodial(None) and not is_custodial({"custodial": False})
    with pytest.raises(ValueError, match="unknown step"):
        series_dates(D(2011, 1, 1), D(2011, 2, 1), "fortnight")


def test_released_and_rearrested_the_same_day_is_two_spells():
    events = [ev(1, "detention", "2020-05-31"), ev(2, "recognition", None),
              ev(4, "detention", "2025-09-11"), ev(3, "release", "2025-09-11"),
              ev(5, "release", "2026-02")]
    timeline = derive_spells(events)
    assert [(str(s.start), str(s.end)) for s in timeline.spells] == [
        ("2020-05-31", "2025-09-11"), ("2025-09-11", "2026-02")]
    assert timeline.anomalies == []
    assert held(events, D(2025, 12, 14))
    assert not held(events, D(2026, 2, 1))


def test_release_and_exile_the_same_day_are_one_ending():
    events = [ev(1, "detention", "2021-07-14"), ev(2, "release", "2025-12-13"),
              ev(3, "exile", "2025-12-13")]
    timeline = derive_spells(events)
    assert len(timeline.spells) == 1 and timeline.anomalies == []
    assert str(timeline.spells[0].end) == "2025-12-13"


def test_sentenced_to_time_served_and_freed_in_court_is_one_spell():
    events = [ev(1, "detention", "2021-01-01"), ev(2, "sentence", "2021-06-10"),
              ev(3, "release", "2021-06-10"), ev(4, "recognition", None)]
    timeline = derive_spells(events)
    assert [(str(s.start), str(s.end)) for s in timeline.spells] == [("2021-01-01", "2021-06-10")]
    assert not held(events, D(2024, 1, 1))


def test_vague_ending_after_a_precise_start_closes_the_spell():
    for end in ("2014", "2014-06"):
        events = [ev(1, "detention", "2014-06-10"), ev(2, "release", end),
                  ev(3, "recognition", None)]
        timeline = derive_spells(events)
        assert str(timeline.spells[0].end) == end
        assert not held(events, D(2015, 1, 1))
        assert any("counts on no day" in a for a in timeline.anomalies)


def test_a_recognition_recognises_one_spell_only():
    events = [ev(1, "detention", "2010-05-01"), ev(2, "release", "2011-03-01"),
              ev(3, "recognition", "2011"), ev(4, "detention", "2011-09-01")]
    timeline = derive_spells(events)
    assert [s.recognised for s in timeline.spells] == [True, False]
