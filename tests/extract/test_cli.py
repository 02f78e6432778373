"""The `rollcall extract` command: files, folders, encodings, HTML, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rollcall.cli import main

REPORT_RU = (
    "Марию Колесникову этапировали в колонию\n\n"
    "Политзаключённую Марию Колесникову в январе этапировали "
    "в исправительную колонию №4 в Гомеле.\n"
)
REPORT_EN = "Lobau walks free\n\nEduard Lobau was released yesterday from penal colony No. 22.\n"


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_text_file_json(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(REPORT_EN, encoding="utf-8")
    code, out, _ = cli(["extract", "--json", str(path), "--published", "2014-12-19"], capsys)
    assert code == 0
    obj = json.loads(out)
    assert obj["format"] == "rollcall.extraction/1" and obj["language"] == "en"
    assert obj["events"][0]["date"] == "2014-12-18"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1251"])
def test_encodings(tmp_path, capsys, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT_RU.encode(encoding))
    code, out, _ = cli(["extract", "--json", str(path), "--published", "2022-12-01"], capsys)
    assert code == 0
    obj = json.loads(out)
    assert obj["language"] == "ru"
    assert [p["name"] for p in obj["persons"]] == ["Мария Колесникова"]
    event = obj["events"][0]
    # offsets refer to the decoded text
    start, end = event["evidence"]
    text = REPORT_RU
    assert text[start:end].startswith("Политзаключённую")


def test_html_page_uses_article_text_and_page_date(tmp_path, capsys):
    html = (
        "<!DOCTYPE html><html><head><title>News</title>"
        '<meta property="article:published_time" content="2014-12-19T10:00:00+03:00"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Lobau walks free</h1>"
        "<p>Youth activist Eduard Lobau was released yesterday from penal colony No. 22 "
        "in Ivatsevichy, having served his whole four-year sentence.</p>"
        "<p>A Minsk court sentenced Lobau in March 2011. "
        "Amnesty International recognised him as a prisoner of conscience.</p></article>"
        "<footer>© 2014 Example media. All rights reserved.</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    code, out, _ = cli(["extract", "--json", str(path)], capsys)
    assert code == 0
    obj = json.loads(out)
    assert obj["published"] == "2014-12-19"
    assert ("release", "end_of_term", "2014-12-18") in {
        (e["type"], e["subtype"], e["date"]) for e in obj["events"]
    }


def test_folder_prints_one_object_per_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(REPORT_EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT_RU, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    code, out, err = cli(["extract", "--json", str(tmp_path), "--published", "2022-12-01"], capsys)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(o["source"], o["language"]) for o in lines] == [("a.txt", "en"), ("b.txt", "ru")]
    assert "extract" in err  # the progress bar


def test_lang_option_overrides_detection(tmp_path, capsys):
    path = tmp_path / "r.txt"
    path.write_text(REPORT_EN, encoding="utf-8")
    code, out, _ = cli(
        ["extract", "--json", str(path), "--published", "2014-12-19", "--lang", "en"], capsys
    )
    assert code == 0 and json.loads(out)["language"] == "en"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50, "binary"),
        (
            b"Der Journalist wurde zu acht Jahren Haft verurteilt, "
            b"teilte das Gericht am Montag mit.",
            "English, Russian or Belarusian",
        ),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    ],
)
def test_bad_input_gives_a_clear_message(tmp_path, capsys, content, message):
    path = tmp_path / ("page.html" if content.startswith(b"<html") else "r.txt")
    path.write_bytes(content)
    code, out, err = cli(["extract", "--json", str(path), "--published", "2020-01-01"], capsys)
    assert code == 2
    assert out == ""
    assert message in err and "Traceback" not in err


def test_too_large_file(tmp_path, capsys):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Ales Bialiatski was released on Saturday. " * 500_000)  # 21 MB
    code, _out, err = cli(["extract", "--json", str(path), "--published", "2014-06-23"], capsys)
    assert code == 2 and "MB" in err


def test_bad_published_date_and_missing_file(tmp_path, capsys):
    path = tmp_path / "r.txt"
    path.write_text(REPORT_EN, encoding="utf-8")
    code, _out, err = cli(["extract", "--json", str(path), "--published", "19.12.2014"], capsys)
    assert code == 2 and "YYYY-MM-DD" in err
    code, _out, err = cli(["extract", "--json", str(tmp_path / "none.txt")], capsys)
    assert code == 2 and "no such file" in err


def test_command_line_process_has_no_traceback(tmp_path):
    path = tmp_path / "r.bin"
    path.write_bytes(bytes(range(256)) * 10)
    command = Path(sys.executable).with_name("rollcall")  # the installed entry point
    proc = subprocess.run(
        [str(command), "extract", "--json", str(path)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "rollcall extract: error:" in proc.stderr
