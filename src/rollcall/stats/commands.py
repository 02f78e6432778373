"""`rollcall count`: political prisoners on a date, or a series, from the timelines."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys

from rollcall.cli import CommandError, setup_django
from rollcall.partial_date import InvalidPartialDate, PartialDate


def register(subparsers: argparse._SubParsersAction) -> None:
    count = subparsers.add_parser(
        "count", help="how many recognised political prisoners were held on a date",
        description="Count recognised political prisoners on a day, or a series of counts. "
        "The rule for partial dates is in the README ('How counting works').",
    )
    count.add_argument("--on", metavar="YYYY-MM-DD", help="the day to count (default: today)")
    count.add_argument("--series", action="store_true", help="print a series of counts")
    count.add_argument("--from", dest="first", metavar="DATE", help="series start (YYYY[-MM[-DD]])")
    count.add_argument("--to", dest="last", metavar="DATE", help="series end (YYYY[-MM[-DD]])")
    count.add_argument("--step", choices=["day", "week", "month", "year"], default="month")
    count.add_argument("--format", choices=["text", "csv", "json"], default=None,
                       help="output format (default: text for one day, csv for a series)")
    count.add_argument("--names", action="store_true", help="also list who is counted (one day)")
    count.set_defaults(handler=run_count)


def _partial(text: str, option: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except InvalidPartialDate as error:
        raise CommandError(f"{option}: {error}") from error


def run_count(args: argparse.Namespace) -> int:
    if args.series:
        if args.on:
            raise CommandError("--on and --series exclude each other")
        if not args.first or not args.last:
            raise CommandError("--series needs --from and --to")
        first = _partial(args.first, "--from").first_day()
        last = _partial(args.last, "--to").last_day()
        if last < first:
            raise CommandError(f"--to {args.last} comes before --from {args.first}")
        setup_django()
        from rollcall.stats.services import series

        _print_series(series(first, last, args.step), args.format or "csv")
        return 0

    if args.first or args.last:
        raise CommandError("--from and --to go with --series")
    from django.utils import timezone

    day = None
    if args.on:
        value = _partial(args.on, "--on")
        if value.day is None:
            raise CommandError(f"--on {args.on} is not a single day: write YYYY-MM-DD")
        day = value.first_day()
    setup_django()
    day = day or timezone.localdate()
    from rollcall.registry.models import Person
    from rollcall.stats.services import count_on, held_on

    total = count_on(day)
    output = args.format or "text"
    names = []
    if args.names:
        names = list(
            Person.objects.filter(pk__in=held_on(day))
            .order_by("display_name")
            .values_list("display_name", flat=True)
        )
    if output == "json":
        record: dict[str, object] = {"date": day.isoformat(), "count": total}
        if args.names:
            record["persons"] = names
        print(json.dumps(record, ensure_ascii=False))
    elif output == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["date", "count"])
        writer.writerow([day.isoformat(), total])
    else:
        print(total)
        for name in names:
            print(f"  {name}")
    return 0


def _print_series(rows: list[tuple[dt.date, int]], output: str) -> None:
    if output == "json":
        print(json.dumps([{"date": d.isoformat(), "count": n} for d, n in rows]))
        return
    if output == "text":
        for day, total in rows:
            print(f"{day.isoformat()}  {total}")
        return
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["date", "count"])
    for day, total in rows:
        writer.writerow([day.isoformat(), total])
