"""`rollcall ingest` and `rollcall claims`: bulk work from the command line.

Both go through the same services as the review UI (:mod:`rollcall.ingest.services`,
:mod:`rollcall.ingest.review`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from rollcall.cli import CommandError, setup_django
from rollcall.partial_date import InvalidPartialDate, PartialDate


def register(subparsers: argparse._SubParsersAction) -> None:
    ingest = subparsers.add_parser(
        "ingest", help="ingest reports: text files, saved HTML pages, folders, RSS/Atom feeds",
        description="Store each report as a source with its proposed facts (claims) for "
        "review. A report already stored (same content) is reported as a duplicate. "
        "Interrupt at any point and run again: nothing is stored twice or half.",
    )
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date (overrides the date a page states)")
    ingest.add_argument("--url", help="the URL a saved page or file came from")
    ingest.add_argument("--publisher", help="who published it")
    ingest.add_argument("--no-registry", action="store_true",
                        help="do not link persons to registry records while extracting")
    ingest.set_defaults(handler=run_ingest)

    claims = subparsers.add_parser("claims", help="list, accept or reject proposed facts")
    actions = claims.add_subparsers(dest="claims_command", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser("list", help="list claims")
    listing.add_argument("--source", help="a source's public id (s-...)")
    listing.add_argument("--status", choices=["pending", "accepted", "rejected"])
    listing.set_defaults(handler=run_claims_list)
    accept = actions.add_parser("accept", help="accept the pending claims of a source, or all")
    which = accept.add_mutually_exclusive_group(required=True)
    which.add_argument("--source", help="a source's public id (s-...)")
    which.add_argument("--all", action="store_true", help="every pending claim")
    accept.set_defaults(handler=run_claims_accept)
    reject = actions.add_parser("reject", help="reject claims by id")
    reject.add_argument("ids", nargs="+", type=int, metavar="ID")
    reject.add_argument("--note", default="", help="why (kept with the claim)")
    reject.set_defaults(handler=run_claims_reject)

    users = subparsers.add_parser("users", help="documenters, editors and administrators")
    user_actions = users.add_subparsers(dest="users_command", metavar="ACTION")
    user_actions.required = True
    add = user_actions.add_parser("add", help="create a user; the password is printed once")
    add.add_argument("username")
    add.add_argument("--role", choices=["documenter", "editor", "administrator"],
                     default="documenter")
    add.set_defaults(handler=run_users_add)


def run_ingest(args: argparse.Namespace) -> int:
    if args.published:
        try:
            value = PartialDate.parse(args.published)
        except InvalidPartialDate as error:
            raise CommandError(f"--published: {error}") from error
        if value.day is None:
            raise CommandError("--published needs a full date YYYY-MM-DD")
    if args.url and (len(args.paths) > 1 or args.paths[0].is_dir()):
        raise CommandError("--url names one report: give a single file with it")
    missing = [str(path) for path in args.paths if not path.exists()]
    if missing:
        raise CommandError(f"no such file or folder: {', '.join(missing)}")
    setup_django()
    from tqdm import tqdm

    from rollcall.ingest.reading import expand, read_path
    from rollcall.ingest.services import Outcome, ingest
    from rollcall.registry.name_index import current_name_index

    names = None if args.no_registry else current_name_index()
    files = expand(args.paths)
    totals: Counter[str] = Counter()
    claims = 0
    failures: list[str] = []
    with tqdm(files, unit="file", file=sys.stderr, disable=None) as progress:
        for path in progress:
            for incoming in read_path(path):
                result = ingest(incoming, names=names, published=args.published,
                                url=args.url, publisher=args.publisher)
                totals[result.outcome] += 1
                claims += result.claims
                if result.outcome == Outcome.NEW:
                    assert result.source is not None
                    progress.write(f"new        {result.source.public_id}  {result.origin} "
                                   f"({result.claims} claims)")
                elif result.outcome == Outcome.DUPLICATE:
                    progress.write(f"duplicate  {result.origin}: {result.reason}")
                else:
                    failures.append(f"{result.origin}: {result.reason}")
                    progress.write(f"failed     {result.origin}: {result.reason}")
    print(f"{totals[Outcome.NEW]} new ({claims} claims), {totals[Outcome.DUPLICATE]} duplicate, "
          f"{totals[Outcome.FAILED]} failed")
    return 1 if failures and not totals[Outcome.NEW] and not totals[Outcome.DUPLICATE] else 0


def _source(public_id: str):  # type: ignore[no-untyped-def]
    from rollcall.registry.models import Source

    source = Source.objects.filter(public_id=public_id).first()
    if source is None:
        raise CommandError(f"no source {public_id!r}")
    return source


def run_claims_list(args: argparse.Namespace) -> int:
    setup_django()
    from rollcall.ingest.models import Claim

    claims = Claim.objects.select_related("source").order_by("source_id", "position")
    if args.source:
        claims = claims.filter(source=_source(args.source))
    if args.status:
        claims = claims.filter(status=args.status)
    for claim in claims:
        print(f"{claim.pk:>6}  {claim.source.public_id}  {claim.status:<8}  "
              f"{claim.kind:<6}  {claim.label()}")
    return 0


def run_claims_accept(args: argparse.Namespace) -> int:
    setup_django()
    from rollcall.ingest.models import Claim, ClaimStatus
    from rollcall.ingest.review import accept_all

    claims = Claim.objects.filter(status=ClaimStatus.PENDING)
    if args.source:
        claims = claims.filter(source=_source(args.source))
    accepted, problems = accept_all(list(claims))
    for problem in problems:
        print(f"not accepted: {problem}", file=sys.stderr)
    print(f"{accepted} accepted, {len(problems)} left pending")
    return 1 if problems else 0


def run_claims_reject(args: argparse.Namespace) -> int:
    setup_django()
    from rollcall.ingest.models import Claim
    from rollcall.ingest.review import ReviewError, reject_claim

    found = {claim.pk: claim for claim in Claim.objects.filter(pk__in=args.ids)}
    unknown = [str(i) for i in args.ids if i not in found]
    if unknown:
        raise CommandError(f"no claim {', '.join(unknown)} (nothing rejected)")
    from django.db import transaction

    try:
        with transaction.atomic():  # all or none
            for claim_id in args.ids:
                reject_claim(found[claim_id], note=args.note)
    except ReviewError as error:
        raise CommandError(f"{error} (nothing rejected)") from error
    print(f"{len(args.ids)} rejected")
    return 0


def run_users_add(args: argparse.Namespace) -> int:
    import secrets

    setup_django()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from rollcall.ingest.roles import sync_roles

    user_model = get_user_model()
    if user_model.objects.filter(username=args.username).exists():
        raise CommandError(f"user {args.username!r} exists already")
    password = secrets.token_urlsafe(12)
    if args.role == "administrator":
        user_model.objects.create_superuser(username=args.username, email="", password=password)
    else:
        sync_roles()
        user = user_model.objects.create_user(username=args.username, password=password,
                                              is_staff=True)
        user.groups.add(Group.objects.get(name=args.role))
    print(f"{args.role} {args.username!r} created, password {password} (shown once)")
    return 0
