"""The ``rollcall extract`` command: one report (or a folder of reports) -> JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from rollcall.extract.lang import LANGUAGES


def register(subparsers: Any) -> None:
    """Add the ``extract`` subcommand."""
    parser = subparsers.add_parser(
        "extract",
        help="extract persons, events, dates, counts and quotes from a report",
        description="Print the extraction (format rollcall.extraction/1) of a report file, "
        "or one JSON object per line for every report in a folder.",
    )
    parser.add_argument(
        "path",
        metavar="FILE|DIR",
        type=Path,
        help="a report (plain text in any common encoding, or an HTML page) or a folder",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON (the rollcall.extraction/1 object); without it a short summary",
    )
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date relative dates are resolved against "
        "(default: the date an HTML page states)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="language of the report (default: detected)"
    )
    parser.set_defaults(handler=run)


def _published(value: str | None) -> str | None:
    from rollcall.cli import CommandError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as error:
        raise CommandError(f"--published must be a date YYYY-MM-DD, not {value!r}") from error


def _one(path: Path, published: str | None, lang: str | None) -> dict[str, Any]:
    """Extract one file; raise SourceError/UnsupportedLanguage for bad input."""
    from rollcall.extract import extract
    from rollcall.extract.source import read

    document = read(path)
    result = extract(document.text, published or document.published, language=lang)
    return result.to_json()


def _summary(obj: dict[str, Any]) -> str:
    lines = [f"language {obj['language']}, published {obj['published'] or 'unknown'}"]
    for person in obj["persons"]:
        lines.append(
            f"person  {person['name']}"
            + (f" ({'; '.join(person['roles'])})" if person["roles"] else "")
        )
    for event in obj["events"]:
        who = ", ".join(event["persons"]) or "-"
        sub = f"/{event['subtype']}" if event["subtype"] else ""
        lines.append(f"event   {event['type']}{sub} {event['date'] or '?'}: {who}")
    for count in obj["counts"]:
        lines.append(f"count   {count['value']} {count['category']}")
    for quote in obj["quotes"]:
        lines.append(f"quote   {quote['speaker'] or '?'}: {quote['text'][:70]}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Handle ``rollcall extract``; user errors raise CommandError (exit 2)."""
    from rollcall.cli import CommandError
    from rollcall.extract.language import UnsupportedLanguage
    from rollcall.extract.source import TEXT_SUFFIXES, SourceError

    published = _published(args.published)
    path: Path = args.path
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.is_file()
            and not p.name.startswith(".")
            and p.suffix.lower() in TEXT_SUFFIXES
            and not p.name.endswith(".gold.json")
        )
        from tqdm import tqdm

        failed = 0
        for file in tqdm(files, desc="extract", unit="report", file=sys.stderr):
            try:
                obj = _one(file, published, args.lang)
            except (SourceError, UnsupportedLanguage, ValueError) as error:
                failed += 1
                tqdm.write(f"rollcall extract: {file.name}: {error}", file=sys.stderr)
                continue
            obj = {"source": file.name, **obj}
            if args.json:
                print(json.dumps(obj, ensure_ascii=False), flush=True)
            else:
                print(f"== {file.name}\n{_summary(obj)}", flush=True)
        return 1 if failed else 0
    if not path.exists():
        raise CommandError(f"no such file or folder: {path}")
    try:
        obj = _one(path, published, args.lang)
    except (SourceError, UnsupportedLanguage, ValueError) as error:
        raise CommandError(str(error)) from error
    print(json.dumps(obj, ensure_ascii=False, indent=1) if args.json else _summary(obj))
    return 0
