"""The `rollcall` command end to end: real processes, a real database of their own."""

import json

import pytest

from tests.cli_support import cli  # noqa: F401  (fixture)

pytestmark = pytest.mark.database


def test_init_creates_database_key_and_admin_once(cli):  # noqa: F811
    first = cli.run("init")
    assert "database ready" in first.stdout
    assert "administrator created: user 'admin', password " in first.stdout
    if "SQLite" in first.stdout:
        assert (cli.data_dir / "rollcall.sqlite3").exists()
    key_file = cli.data_dir / "field.key"
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    second = cli.run("init")
    assert "exists already" in second.stdout
    assert key_file.read_text() and "generated an encryption key" not in second.stdout


def test_count_rejects_bad_arguments_with_clear_messages(cli):  # noqa: F811
    cases = [
        (["count", "--on", "2014-13-01"], "month 13 does not exist"),
        (["count", "--on", "yesterday"], "'yesterday' is not a date"),
        (["count", "--on", "2014-06"], "not a single day"),
        (["count", "--series", "--from", "2015"], "--series needs --from and --to"),
        (["count", "--series", "--from", "2015", "--to", "2011"], "comes before"),
        (["count", "--from", "2011"], "--from and --to go with --series"),
    ]
    for args, message in cases:
        result = cli.run(*args, check=False)
        assert result.returncode == 2, args
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    unknown = cli.run("count", "--step", "fortnight", check=False)
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr


def test_person_show_unknown_is_an_error(cli):  # noqa: F811
    cli.run("init", "--no-admin")
    result = cli.run("person", "show", "Nobody Atall", check=False)
    assert result.returncode == 2
    assert "no person matches 'Nobody Atall'" in result.stderr


def test_export_to_unwritable_path_is_an_error(cli, tmp_path):  # noqa: F811
    cli.run("init", "--no-admin")
    result = cli.run("export", "--output", str(tmp_path / "missing" / "x.json"), check=False)
    assert result.returncode == 2 and "cannot write" in result.stderr
    empty = json.loads(cli.run("export").stdout)
    assert empty == {"format": "rollcall.export/1", "persons": []}


def test_person_show_reports_what_cannot_be_counted(cli):  # noqa: F811
    cli.run("init", "--no-admin")
    cli.shell(
        "from rollcall.registry.models import Event, Participation, Person;"
        "p = Person.objects.create(display_name='Test Person');"
        "[Participation.objects.create(person=p, event=Event.objects.create(type=t, date=d))"
        " for t, d in (('detention', None), ('release', '2015-08-22'))]"
    )
    shown = cli.run("person", "show", "Test Person").stdout
    assert "check: undated detention" in shown
    assert "check: release on 2015-08-22" in shown and "no custody before it" in shown
