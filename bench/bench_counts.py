"""Benchmark: counts of political prisoners on a synthetic registry.

Builds 100,000 persons and 1,000,000 events (``--persons``/``--events-per-person`` to
change), on SQLite and on PostgreSQL when reachable, then times

- ``count_on`` (one indexed count on the derived spells), median over 50 dates;
- a 15-year daily series (one read of the spells and a sweep);
- the obvious baseline for the series: one SQL count per day, over a sample of days,
  projected to the whole series (printed as measured per-day cost × days).

Prints figures and ratios; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def _load(persons: int, per_person: int) -> dict[str, float]:
    from django.db import connection, transaction

    from rollcall.stats.services import rebuild_all_spells
    from synthetic_registry import _public_id, timelines

    now = dt.datetime.now(dt.UTC).isoformat()
    person_rows = []
    event_rows = []
    participation_rows = []
    event_number = 0
    for number, events in timelines(persons, per_person):
        person_rows.append((number, _public_id("p", number), f"Person {number}", "", False,
                            False, "", "", True, now, now))
        for kind, subtype, date in events:
            event_number += 1
            event_rows.append((event_number, _public_id("e", event_number), kind, subtype, date,
                               "{}", "", True, now, now))
            participation_rows.append((event_number, number, event_number, "subject"))

    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        tables = [
            ("registry_person", ["id", "public_id", "display_name", "sex", "birth_date_public",
                                 "birthplace_public", "occupations", "public_summary",
                                 "is_public", "created", "updated"], person_rows),
            ("registry_event", ["id", "public_id", "type", "subtype", "date", "attributes",
                                "summary", "is_public", "created", "updated"], event_rows),
            ("registry_participation", ["id", "person_id", "event_id", "role"],
             participation_rows),
        ]
        for table, columns, rows in tables:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(
                    f"COPY {table} ({', '.join(columns)}) FROM STDIN"
                ) as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                placeholders = ", ".join(["%s"] * len(columns))
                cursor.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", rows
                )
    inserted = time.perf_counter() - started
    started = time.perf_counter()
    spells = rebuild_all_spells()
    rebuilt = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"persons": len(person_rows), "events": len(event_rows), "spells": spells,
            "insert_s": inserted, "rebuild_spells_s": rebuilt}


def _measure(baseline_days: int) -> dict[str, float]:
    from django.db.models import Q

    from rollcall.stats.models import CustodySpell
    from rollcall.stats.services import count_on, series

    rng = random.Random(1)
    dates = [dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5800)) for _ in range(50)]
    count_on(dates[0])  # warm the cache
    timings = []
    for day in dates:
        started = time.perf_counter()
        count_on(day)
        timings.append(time.perf_counter() - started)

    first, last = dt.date(2011, 1, 1), dt.date(2025, 12, 31)
    started = time.perf_counter()
    rows = series(first, last, "day")
    series_s = time.perf_counter() - started

    # Baseline: one SQL count per day, as a report page would naively do it.
    sample = sorted(rng.sample(range(len(rows)), baseline_days))
    started = time.perf_counter()
    for index in sample:
        day, expected = rows[index]
        got = CustodySpell.objects.filter(
            Q(recognised=True, counted_from__lte=day)
            & (Q(counted_until__isnull=True) | Q(counted_until__gt=day))
        ).count()
        assert got == expected, (day, got, expected)  # the two methods must agree
    per_day = (time.perf_counter() - started) / baseline_days
    baseline_s = per_day * len(rows)
    return {
        "count_on_median_ms": statistics.median(timings) * 1000,
        "count_on_p95_ms": sorted(timings)[int(len(timings) * 0.95) - 1] * 1000,
        "series_days": len(rows),
        "series_s": series_s,
        "baseline_per_day_ms": per_day * 1000,
        "baseline_series_s": baseline_s,
        "series_speedup": baseline_s / series_s,
        "count_on_vs_baseline_day": per_day / statistics.median(timings),
    }


def run_backend(args: argparse.Namespace) -> None:
    """Runs in a child process whose environment selects the database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rollcall.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    figures = _load(args.persons, args.events_per_person)
    figures.update(_measure(args.baseline_days))
    print(json.dumps(figures))


def _postgres_database() -> str | None:
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=3) as connection:
            connection.execute("DROP DATABASE IF EXISTS rollcall_bench WITH (FORCE)")
            connection.execute("CREATE DATABASE rollcall_bench")
    except Exception as error:
        print(f"PostgreSQL: skipped ({error})")
        return None
    return POSTGRES_URL.rpartition("/")[0] + "/rollcall_bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--events-per-person", type=int, default=10)
    parser.add_argument("--baseline-days", type=int, default=300)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    if args.backend:
        run_backend(args)
        return

    print(f"counts bench: {args.persons:,} persons x {args.events_per_person} events")
    with tempfile.TemporaryDirectory(prefix="rollcall-bench-") as data_dir:
        backends = [("sqlite", {"ROLLCALL_DATA_DIR": data_dir})]
        url = _postgres_database()
        if url:
            backends.append(("postgresql", {"ROLLCALL_DATA_DIR": data_dir, "DATABASE_URL": url}))
        for name, extra in backends:
            env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | extra
            output = subprocess.run(
                [sys.executable, __file__, "--backend", name, "--persons", str(args.persons),
                 "--events-per-person", str(args.events_per_person),
                 "--baseline-days", str(args.baseline_days)],
                env=env, capture_output=True, text=True, check=False,
            )
            if output.returncode != 0:
                print(f"{name}: FAILED\n{output.stderr}")
                continue
            f = json.loads(output.stdout.strip().splitlines()[-1])
            print(
                f"{name:<10} load {f['persons']:,} persons / {f['events']:,} events in "
                f"{f['insert_s']:.1f} s, spells rebuilt ({f['spells']:,}) in "
                f"{f['rebuild_spells_s']:.1f} s\n"
                f"{'':<10} count --on: median {f['count_on_median_ms']:.1f} ms, "
                f"p95 {f['count_on_p95_ms']:.1f} ms (target < 50 ms)\n"
                f"{'':<10} daily series {f['series_days']:,} days: {f['series_s']:.3f} s "
                f"(target < 1 s); baseline one count per day: "
                f"{f['baseline_per_day_ms']:.1f} ms/day -> {f['baseline_series_s']:.1f} s; "
                f"ratio {f['series_speedup']:.0f}x (target >= 50x)"
            )
        if url:
            import psycopg

            with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
                connection.execute("DROP DATABASE IF EXISTS rollcall_bench WITH (FORCE)")


if __name__ == "__main__":
    main()
