"""From a report file to the count: ingest, extract, accept, count — real processes."""

from pathlib import Path

import pytest

from tests.cli_support import ROLLCALL, cli  # noqa: F401  (fixture)

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
    cli.shell(script)
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
    one_url = cli.run("ingest", str(reports), "--url", "https://example.org/x", check=False)
    assert one_url.returncode == 2 and "--url names one report" in one_url.stderr
    unknown = cli.run("claims", "reject", "999999", check=False)
    assert unknown.returncode == 2 and "no claim 999999" in unknown.stderr


def test_interrupted_batch_resumes_without_duplicates_or_half_sources(cli, tmp_path):  # noqa: F811
    import signal
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from generate_reports import generate

    cli.run("init", "--no-admin")
    reports = tmp_path / "reports"
    reports.mkdir()
    generated = generate("en", 40, seed=11)
    for number, report in enumerate(generated):
        (reports / f"{number:03d}.txt").write_text(report.text)
    process = subprocess.Popen(
        [ROLLCALL, "ingest", str(reports), "--published", "2020-01-01"], env=cli.env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:  # wait until some reports are in, then interrupt
        if line.startswith("new") and "010.txt" in line:
            break
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "interrupted" in err

    resumed = cli.run("ingest", str(reports), "--published", "2020-01-01").stdout
    new = int(resumed.rsplit("\n", 2)[-2].split()[0])
    duplicates = resumed.count("duplicate  ")
    assert duplicates >= 11 and new + duplicates == len(generated)
    script = (
        "from rollcall.registry.models import Source;"
        "from django.db.models import Count;"
        "qs = Source.objects.annotate(n=Count('claims'));"
        "print(qs.count(), qs.filter(n=0).count())"
    )
    sources, without_claims = map(int, cli.shell(script).split())
    assert sources == len({r.text for r in generated})
    assert without_claims == 0


def test_feed_file_ingested_entry_by_entry(cli, tmp_path):  # noqa: F811
    cli.run("init", "--no-admin")
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Example</title>"
        '<entry><title>Losik freed</title><link href="https://example.org/1"/>'
        "<updated>2025-09-12T10:00:00Z</updated>"
        "<content type=\"html\">&lt;p&gt;Ihar Losik was released on Thursday.&lt;/p&gt;</content>"
        "</entry>"
        '<entry><title>Kulsha punished</title><link href="https://example.org/2"/>'
        "<updated>2023-12-04T10:00:00Z</updated>"
        "<summary>Viktoryia Kulsha was placed in a punishment cell again.</summary></entry>"
        "</feed>", encoding="utf-8")
    result = cli.run("ingest", str(feed)).stdout
    assert "2 new" in result
    titles = cli.shell("from rollcall.registry.models import Source;"
                       "print(sorted(Source.objects.values_list('title', 'url', 'published')))")
    assert titles.strip() == (
        "[('Kulsha punished', 'https://example.org/2', PartialDate(year=2023, month=12, day=4)), "
        "('Losik freed', 'https://example.org/1', PartialDate(year=2025, month=9, day=12))]")
    assert "release (other) 2025-09-11: Ihar Losik" in cli.run("claims", "list").stdout
