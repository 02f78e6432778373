"""`rollcall` subcommands of the registry: init, demo, serve, person, export, keys, manage."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from pathlib import Path

from rollcall.cli import CommandError, setup_django


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser(
        "init", help="create and migrate the database; create an admin user",
        description="Create the data directory and database, apply migrations, and create "
        "an administrator whose password is printed once.",
    )
    init.add_argument("--admin", default="admin", help="administrator's user name")
    init.add_argument("--no-admin", action="store_true", help="create no administrator")
    init.set_defaults(handler=run_init)

    demo = subparsers.add_parser(
        "demo", help="load the demo registry (real, sourced cases) into an empty database"
    )
    demo.set_defaults(handler=run_demo)

    serve = subparsers.add_parser("serve", help="serve the site and the admin")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=2)
    serve.set_defaults(handler=run_serve)

    person = subparsers.add_parser("person", help="list or show registry persons")
    person_commands = person.add_subparsers(dest="person_command", metavar="ACTION")
    person_commands.required = True
    listing = person_commands.add_parser("list", help="list persons (filter by any spelling)")
    listing.add_argument("query", nargs="?", default="", help="a name in any spelling")
    listing.set_defaults(handler=run_person_list)
    show = person_commands.add_parser("show", help="a person's names and timeline")
    show.add_argument("person", help="public id (p-...) or a name that finds one person")
    show.set_defaults(handler=run_person_show)

    merge = person_commands.add_parser(
        "merge", help="merge a duplicate into another person (names, events, citations move)"
    )
    merge.add_argument("keep", help="public id of the person to keep")
    merge.add_argument("duplicate", help="public id of the duplicate, which is removed")
    merge.set_defaults(handler=run_person_merge)

    names = subparsers.add_parser("names", help="name matching over the registry")
    names_commands = names.add_subparsers(dest="names_command", metavar="ACTION")
    names_commands.required = True
    duplicates = names_commands.add_parser(
        "duplicates", help="pairs of persons that are probably one person, with the reason"
    )
    duplicates.add_argument("--threshold", type=float, default=None,
                            help="lowest match score, 0-1 (default 0.85)")
    duplicates.set_defaults(handler=run_names_duplicates)

    export = subparsers.add_parser("export", help="export public data (JSON or CSV)")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    export.set_defaults(handler=run_export)

    keys = subparsers.add_parser("keys", help="encryption keys for sensitive fields")
    keys_commands = keys.add_subparsers(dest="keys_command", metavar="ACTION")
    keys_commands.required = True
    generate = keys_commands.add_parser("generate", help="print a new ROLLCALL_FIELD_KEY")
    generate.set_defaults(handler=run_keys_generate)
    rotate = keys_commands.add_parser(
        "rotate", help="re-encrypt sensitive fields with the first key of ROLLCALL_FIELD_KEY"
    )
    rotate.set_defaults(handler=run_keys_rotate)

    manage = subparsers.add_parser(
        "manage", help="run a Django management command (migrate, createsuperuser, ...)",
        add_help=False,
    )
    manage.add_argument("arguments", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=run_manage)


def run_init(args: argparse.Namespace) -> int:
    setup_django()
    from cryptography.fernet import Fernet
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    print(f"database ready: {_database_label()}")

    key_file = settings.DATA_DIR / "field.key"
    if not settings.ROLLCALL_FIELD_KEYS and not key_file.exists():
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(Fernet.generate_key().decode())
        print(
            f"generated an encryption key for sensitive fields in {key_file}.\n"
            "  For real use, move it off this machine and pass it as ROLLCALL_FIELD_KEY:\n"
            "  whoever holds the key and a copy of the database can read sensitive notes."
        )

    if args.no_admin:
        return 0
    user_model = get_user_model()
    if user_model.objects.filter(username=args.admin).exists():
        print(f"administrator {args.admin!r} exists already; its password was shown on the "
              f"first run (reset it with `rollcall manage changepassword {args.admin}`)")
        return 0
    password = secrets.token_urlsafe(12)
    user_model.objects.create_superuser(username=args.admin, email="", password=password)
    print(f"administrator created: user {args.admin!r}, password {password}")
    print("  (shown once: write it down, or reset it with `rollcall manage changepassword`)")
    return 0


def _database_label() -> str:
    from django.db import connection

    if connection.vendor == "sqlite":
        return f"SQLite {connection.settings_dict['NAME']}"
    return f"{connection.vendor} database {connection.settings_dict['NAME']}"


def run_demo(args: argparse.Namespace) -> int:
    setup_django()
    from rollcall.registry.demo.loader import DemoDataError, load_demo, registry_is_empty

    if not registry_is_empty():
        print("the registry has persons already: demo data not loaded (it is only loaded "
              "into an empty registry)")
        return 0
    try:
        created = load_demo()
    except DemoDataError as error:
        raise CommandError(f"demo data: {error}") from error
    print("demo data loaded: " + ", ".join(f"{n} {kind}" for kind, n in created.items()))
    return 0


def run_serve(args: argparse.Namespace) -> int:
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    base = f"http://{args.host}:{args.port}"
    print(f"serving {base}/  ·  review reports: {base}/review/  ·  registry: {base}/admin/\n"
          "Ctrl-C stops", flush=True)
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [
        str(gunicorn), "rollcall.wsgi:application", "--bind", f"{args.host}:{args.port}",
        "--workers", str(args.workers), "--access-logfile", "-",
    ]
    env = dict(os.environ, ROLLCALL_DATA_DIR=str(settings.DATA_DIR))
    os.execve(command[0], command, env)
    return 0  # not reached


def _find_person(text: str):  # type: ignore[no-untyped-def]
    from rollcall.registry.search import search_persons
    from rollcall.registry.services import find_by_public_id

    person = find_by_public_id(text)
    if person is not None:
        return person
    matches = list(search_persons(text)[:6])
    if not matches:
        raise CommandError(f"no person matches {text!r}")
    if len(matches) > 1:
        listed = ", ".join(f"{p.public_id} {p.display_name}" for p in matches[:5])
        raise CommandError(f"{text!r} matches several persons: {listed}; give the public id")
    return matches[0]


def run_person_list(args: argparse.Namespace) -> int:
    setup_django()
    from rollcall.registry.models import Person
    from rollcall.registry.search import search_persons

    persons = search_persons(args.query) if args.query else Person.objects.all()
    count = 0
    for person in persons.order_by("display_name"):
        flag = "" if person.is_public else "  (not public)"
        print(f"{person.public_id}  {person.display_name}{flag}")
        count += 1
    if count == 0 and args.query:
        print(f"no person matches {args.query!r}", file=sys.stderr)
        return 1
    return 0


def run_person_show(args: argparse.Namespace) -> int:
    setup_django()
    from django.db.models import Count

    from rollcall.registry.models import Participation
    from rollcall.stats.services import timeline_for

    person = _find_person(args.person)
    hidden = "" if person.is_public else " (not public)"
    print(f"{person.display_name}  [{person.public_id}]{hidden}")
    if person.public_summary:
        print(f"  {person.public_summary}")
    entered = person.names.filter(scheme="")
    names = ", ".join(f"{n.name} ({n.language or n.kind})" for n in entered)
    generated = person.names.exclude(scheme="").count()
    print(f"  names: {names} (+{generated} generated spellings)")
    print("  timeline:")
    participations = (
        Participation.objects.filter(person=person)
        .select_related("event", "event__place")
        .annotate(sources=Count("event__citations"))
        .order_by("event__date", "event__pk")
    )
    for participation in participations:
        event = participation.event
        label = event.type + (f" ({event.subtype})" if event.subtype else "")
        place = f" — {event.place}" if event.place else ""
        when = str(event.date or "undated")
        print(f"    {when:<10}  {label}{place}  [{participation.sources} source(s)]")  # type: ignore[attr-defined]
    timeline = timeline_for(person.pk)
    for spell in timeline.spells:
        status = "recognised" if spell.recognised else "not recognised"
        print(f"  custody: {spell.start} – {spell.end or 'held'} ({status})")
    for anomaly in timeline.anomalies:
        print(f"  check: {anomaly}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    setup_django()
    from rollcall.registry.public import export_csv, export_json

    if args.format == "json":
        text = json.dumps(export_json(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = export_csv()
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise CommandError(f"cannot write {args.output}: {error.strerror}") from error
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


def run_keys_generate(args: argparse.Namespace) -> int:
    from cryptography.fernet import Fernet

    print(Fernet.generate_key().decode())
    return 0


def run_keys_rotate(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.exceptions import ImproperlyConfigured
    from django.db import transaction

    from rollcall.registry.fields import rotate_encrypted_values
    from rollcall.registry.models import Person

    try:
        with transaction.atomic():
            changed = sum(rotate_encrypted_values(model)
                          for model in (Person, Person.history.model))
    except ImproperlyConfigured as error:
        raise CommandError(f"{error} (nothing changed)") from error
    print(f"{changed} encrypted value(s) now use the first key; the others can be retired")
    return 0


def run_manage(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["rollcall manage", *args.arguments])
    return 0


def run_person_merge(args: argparse.Namespace) -> int:
    setup_django()
    from rollcall.registry.models import Person
    from rollcall.registry.services import MergeError, merge_persons

    found = Person.objects.in_bulk([args.keep, args.duplicate], field_name="public_id")
    missing = [pid for pid in (args.keep, args.duplicate) if pid not in found]
    if missing:
        raise CommandError(f"no person {', '.join(missing)}")
    try:
        kept = merge_persons(found[args.keep], found[args.duplicate])
    except MergeError as error:
        raise CommandError(str(error)) from error
    print(f"merged {args.duplicate} into {kept.public_id} {kept.display_name}")
    return 0


def run_names_duplicates(args: argparse.Namespace) -> int:
    if args.threshold is not None and not 0 < args.threshold <= 1:
        raise CommandError("--threshold must be above 0 and at most 1")
    setup_django()
    from tqdm import tqdm

    from rollcall.registry.duplicates import THRESHOLD, find_duplicates

    pairs = find_duplicates(
        args.threshold or THRESHOLD,
        progress=lambda it: tqdm(it, unit="name", file=sys.stderr, disable=None),
    )
    for pair in pairs:
        print(f"{pair.score:.2f}  {pair.first.public_id} {pair.first.display_name}  ~  "
              f"{pair.second.public_id} {pair.second.display_name}  ({pair.reason})")
    print(f"{len(pairs)} probable duplicate pair(s); merge with "
          "`rollcall person merge KEEP DUPLICATE`", file=sys.stderr)
    return 0
