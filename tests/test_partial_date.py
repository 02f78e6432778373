import datetime as dt

import pytest

from rollcall.partial_date import InvalidPartialDate, PartialDate, Precision, parse_optional


@pytest.mark.parametrize("text", ["2011", "2011-09", "2011-09-14", "2012-02-29"])
def test_round_trips_as_written(text):
    assert str(PartialDate.parse(text)) == text


def test_precision():
    assert PartialDate.parse("2011").precision is Precision.YEAR
    assert PartialDate.parse("2011-09").precision is Precision.MONTH
    assert PartialDate.parse("2011-09-14").precision is Precision.DAY


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2011-13-01", "month 13 does not exist"),
        ("2011-02-30", "day 30 does not exist in 2011-02"),
        ("2013-02-29", "day 29 does not exist in 2013-02"),
        ("2011-00", "month 00 does not exist"),
        ("yesterday", "'yesterday' is not a date"),
        ("14.09.2011", "is not a date"),
        ("2011-9-14", "is not a date"),
        ("", "is not a date"),
        ("0000", "year 0 is out of range"),
    ],
)
def test_rejects_impossible_dates_and_words(text, message):
    with pytest.raises(InvalidPartialDate, match=message):
        PartialDate.parse(text)


def test_rejects_non_text():
    with pytest.raises(InvalidPartialDate, match="expected a date as text"):
        PartialDate.parse(20110914)  # type: ignore[arg-type]


def test_ordering_is_by_first_day_then_less_precise_first():
    texts = ["2011-02", "2011-01-02", "2011", "2010-12-31", "2011-01-01", "2011-01"]
    ordered = sorted(PartialDate.parse(t) for t in texts)
    assert [str(d) for d in ordered] == [
        "2010-12-31", "2011", "2011-01", "2011-01-01", "2011-01-02", "2011-02",
    ]
    # The ISO text sorts the same way, which is why the database column sorts correctly.
    assert sorted(texts) == [str(d) for d in ordered]


def test_equality_keeps_precision():
    assert PartialDate.parse("2011-09") != PartialDate.parse("2011-09-01")
    assert PartialDate.parse("2011-09") == PartialDate(2011, 9)
    assert len({PartialDate.parse("2011"), PartialDate(2011)}) == 1


def test_period_bounds_and_contains():
    month = PartialDate.parse("2012-02")
    assert month.first_day() == dt.date(2012, 2, 1)
    assert month.last_day() == dt.date(2012, 2, 29)
    assert PartialDate.parse("2014").last_day() == dt.date(2014, 12, 31)
    assert month.contains(dt.date(2012, 2, 15))
    assert not month.contains(dt.date(2012, 3, 1))


def test_parse_optional():
    assert parse_optional(None) is None
    assert parse_optional("  ") is None
    assert parse_optional("2011") == PartialDate(2011)
