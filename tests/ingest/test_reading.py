"""Reading what comes in: encodings, saved pages, feeds, bad files."""

from pathlib import Path

from rollcall.ingest.reading import expand, from_pasted, read_path

REPORT = "Алеся Бяляцкага вызвалілі па амністыі 21 чэрвеня 2014 года."

PAGE = """<!doctype html><html><head><title>Bialiatski freed | Viasna</title>
<meta property="og:site_name" content="Viasna">
<link rel="canonical" href="https://spring96.org/en/news/71707">
<meta property="article:published_time" content="2014-06-21T10:00:00+03:00"></head>
<body><nav>Home | News | About</nav><article><h1>Bialiatski freed</h1>
<p>Ales Bialiatski, the head of the Human Rights Centre Viasna, was released from the
penal colony in Babruisk on 21 June 2014 under an amnesty, one year and eight months before
the end of his term.</p>
<p>He had been arrested on 4 August 2011 and sentenced to four and a half years.</p>
</article><footer>© Viasna</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Viasna news</title>
<item><title>Statkevich pardoned</title><link>https://example.org/a</link>
<pubDate>Tue, 25 Aug 2015 10:00:00 +0300</pubDate>
<description>&lt;p&gt;Mikalai Statkevich was pardoned on Saturday and released.&lt;/p&gt;
</description></item>
<item><title>Empty</title><link>https://example.org/b</link></item>
</channel></rss>"""


def test_text_in_common_encodings(tmp_path: Path):
    for name, data in [("utf8.txt", REPORT.encode()), ("cp1251.txt", REPORT.encode("cp1251")),
                       ("utf16.txt", REPORT.encode("utf-16"))]:
        (tmp_path / name).write_bytes(data)
        [incoming] = list(read_path(tmp_path / name))
        assert incoming.error is None, name
        assert incoming.text == REPORT, name
        assert incoming.title == REPORT[:200]


def test_saved_page_gives_main_text_and_metadata(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [incoming] = list(read_path(path))
    assert incoming.error is None
    assert "released from the" in incoming.text and "Home | News" not in incoming.text
    assert incoming.title.startswith("Bialiatski freed")
    assert incoming.url == "https://spring96.org/en/news/71707"
    assert incoming.published == "2014-06-21"


def test_feed_gives_one_document_per_entry(tmp_path: Path):
    path = tmp_path / "news.rss"
    path.write_text(FEED, encoding="utf-8")
    entries = list(read_path(path))
    assert len(entries) == 2
    first, second = entries
    assert first.title == "Statkevich pardoned" and first.url == "https://example.org/a"
    assert first.published == "2015-08-25" and first.publisher == "Viasna news"
    assert first.text == "Mikalai Statkevich was pardoned on Saturday and released."
    assert second.error == "the entry has no text"


def test_bad_files_are_reported_not_raised(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "nothing.html").write_text("<html><head><title>x</title></head><body></html>")
    errors = {path.name: next(iter(read_path(path))).error for path in expand([tmp_path])}
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.bin"]
    assert "no article text" in errors["nothing.html"]
    [missing] = list(read_path(tmp_path / "missing.txt"))
    assert missing.error and "cannot read" in missing.error


def test_folders_are_expanded_without_hidden_files(tmp_path: Path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b")
    assert [p.name for p in expand([tmp_path])] == ["a.txt", "b.txt"]


def test_pasted_text_and_html():
    assert from_pasted("  \r\n ").error == "the text is empty"
    pasted = from_pasted("Line one\r\nLine two", url="https://example.org/x")
    assert pasted.text == "Line one\nLine two" and pasted.title == "Line one"
    page = from_pasted(PAGE)
    assert page.url == "https://spring96.org/en/news/71707" and "Babruisk" in page.text
