"""From a report file to the count: ingest, extract, accept, count — real processes."""

import pytest

from tests.cli_support import cli  # noqa: F401  (fixture)

pytestmark = pytest.mark.database

# Our own report (not from the dev corpus), published on Monday 23 June 2014.
REPORT = """Minsk, 23 June 2014

Human rights defender Ales Bialiatski was released from the penal colony in Babruisk on
Saturday under an amnesty, his colleagues at the Human Rights Centre Viasna said.

Bialiatski had been arrested on 4 August 2011 and sentenced to four and a half years.
"""


def test_report_file_to_count(cli, tmp_path):  # noqa: F811
    cli.run("init", "--no-admin")
    cli.run("demo")
    assert cli.run("count", "--on", "2014-06-20").stdout.strip() == "8"
    # Take Bialiatski's release out of the demo, so that the report brings it in.
    script = (
        "from rollcall.registry.models import Event;"
        "Event.objects.filter(type='release', date='2014-06-21',"
        " persons__display_name='Ales Bialiatski').delete()"
    )
    cli.run("manage", "shell", "-c", script)
    assert cli.run("count", "--on", "2014-06-22").stdout.strip() == "8"

    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="cp1251")
    first = cli.run("ingest", str(report), "--published", "2014-06-23",
                    "--url", "https://example.org/freed", "--publisher", "Test Agency")
    assert "1 new" in first.stdout and "0 failed" in first.stdout
    again = cli.run("ingest", str(report))
    assert "duplicate" in again.stdout and "0 new" in again.stdout

    pending = cli.run("claims", "list", "--status", "pending").stdout
    assert "release (amnesty) 2014-06-21: Ales Bialiatski" in pending
    source_id = pending.split()[1]
    accepted = cli.run("claims", "accept", "--source", source_id, check=False)
    assert " accepted" in accepted.stdout
    assert cli.run("count", "--on", "2014-06-20").stdout.strip() == "8"
    assert cli.run("count", "--on", "2014-06-22").stdout.strip() == "7"
    shown = cli.run("person", "show", "Ales Bialiatski").stdout
    assert "2014-06-21  release (amnesty)" in shown


def test_ingest_reports_each_failure_and_keeps_going(cli, tmp_path):  # noqa: F811
    cli.run("init", "--no-admin")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "empty.txt").write_bytes(b"")
    (reports / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (reports / "good.txt").write_text(REPORT)
    result = cli.run("ingest", str(reports), "--published", "2014-06-23")
    assert "1 new" in result.stdout and "2 failed" in result.stdout
    assert "empty.txt" in result.stdout and "binary.txt" in result.stdout
    assert "Traceback" not in result.stderr
    bad_date = cli.run("ingest", str(reports), "--published", "2014-02-30", check=False)
    assert bad_date.returncode == 2 and "day 30 does not exist" in bad_date.stderr
    missing = cli.run("ingest", str(reports / "nope.txt"), check=False)
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    unknown = cli.run("claims", "reject", "999999", check=False)
    assert unknown.returncode == 2 and "no claim 999999" in unknown.stderr
