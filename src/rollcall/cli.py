"""The `rollcall` command: one entry point, one subcommand per task.

Each capability owns its subcommands in a module with a ``register(subparsers)``
function; this module only assembles them and runs the chosen handler. Commands
that need the database call :func:`setup_django` themselves, so that pure commands
such as ``extract`` start fast and work without any database.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

# Modules that add subcommands, in the order they appear in `rollcall --help`.
COMMAND_MODULES = (
    "rollcall.registry.commands",
    "rollcall.stats.commands",
    "rollcall.ingest.commands",
    "rollcall.extract.commands",
)


class CommandError(Exception):
    """A user-facing error: printed without a traceback, exit status 2."""


def setup_django() -> None:
    """Configure Django for commands that use the database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rollcall.settings")
    import django

    django.setup()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rollcall",
        description="Document political prisoners: registry, extraction, counts.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except CommandError as error:
        print(f"rollcall {args.command}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"rollcall {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
