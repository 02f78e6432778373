"""Benchmark: ingestion end to end, and accepting claims.

Writes 1,000 generated reports (half English, half Russian; ``bench/generate_reports.py``)
to files, then on SQLite and on PostgreSQL (when reachable), in a fresh database with
the demo registry: ingests them all (decode, extract with the registry's NameIndex,
store source and claims, one transaction each) and accepts 1,000 claims through the
review service. Prints reports per second and seconds; asserts nothing about time.
Targets: at least 20 reports per second on one core; 1,000 claims accepted in < 10 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def write_reports(folder: Path, count: int) -> None:
    from generate_reports import generate

    half = count // 2
    for language, number in (("en", half), ("ru", count - half)):
        for index, report in enumerate(generate(language, number, seed=7)):
            name = f"{language}-{index:04d}-{report.published}.txt"
            (folder / name).write_text(report.text, encoding="utf-8")


def run_backend(args: argparse.Namespace) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rollcall.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from rollcall.ingest.models import Claim, ClaimStatus
    from rollcall.ingest.reading import read_path
    from rollcall.ingest.review import KIND_ORDER, accept_all
    from rollcall.ingest.services import ingest
    from rollcall.registry.demo.loader import load_demo
    from rollcall.registry.name_index import current_name_index

    call_command("migrate", interactive=False, verbosity=0)
    load_demo()
    files = sorted(Path(os.environ["BENCH_REPORTS"]).iterdir())
    started = time.perf_counter()
    names = current_name_index()
    outcomes: dict[str, int] = {}
    for path in files:
        published = path.stem.rsplit("-", 3)[-3:]
        for incoming in read_path(path):
            result = ingest(incoming, names=names, published="-".join(published))
            outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
    ingest_s = time.perf_counter() - started

    pending = sorted(Claim.objects.filter(status=ClaimStatus.PENDING),
                     key=lambda c: (KIND_ORDER[c.kind], c.pk))[: args.accept]
    started = time.perf_counter()
    accepted, problems = accept_all(pending)
    accept_s = time.perf_counter() - started
    print(json.dumps({
        "reports": len(files), "outcomes": outcomes, "ingest_s": ingest_s,
        "claims": Claim.objects.count(), "accepted": accepted, "not_accepted": len(problems),
        "accept_s": accept_s, "attempted": len(pending),
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", default=1000, type=int)
    parser.add_argument("--accept", default=1000, type=int)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    if args.backend:
        run_backend(args)
        return
    from bench_counts import _postgres_database

    with tempfile.TemporaryDirectory(prefix="rollcall-ingest-") as tmp:
        reports = Path(tmp) / "reports"
        reports.mkdir()
        write_reports(reports, args.reports)
        print(f"ingest bench: {args.reports:,} generated reports (en + ru), accept {args.accept:,}")
        backends = [("sqlite", {})]
        url = _postgres_database()
        if url:
            backends.append(("postgresql", {"DATABASE_URL": url}))
        for name, extra in backends:
            data_dir = Path(tmp) / name
            env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
            env.update(extra, ROLLCALL_DATA_DIR=str(data_dir))
            output = subprocess.run(
                [sys.executable, __file__, "--backend", name, "--accept", str(args.accept)],
                env=env | {"BENCH_REPORTS": str(reports)}, capture_output=True, text=True,
                check=False,
            )
            if output.returncode != 0:
                print(f"{name}: FAILED\n{output.stderr[-3000:]}")
                continue
            f = json.loads(output.stdout.strip().splitlines()[-1])
            rate = f["reports"] / f["ingest_s"]
            print(
                f"{name:<10} ingested {f['reports']:,} reports in {f['ingest_s']:.1f} s = "
                f"{rate:.1f} reports/s (target >= 20); outcomes {f['outcomes']}; "
                f"{f['claims']:,} claims\n"
                f"{'':<10} accepted {f['accepted']:,} of {f['attempted']:,} claims in "
                f"{f['accept_s']:.1f} s (target < 10 s); {f['not_accepted']} left pending"
            )


if __name__ == "__main__":
    main()
