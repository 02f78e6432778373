"""What comes in: report files, saved HTML pages, folders of them, RSS/Atom feeds.

Each input becomes one or more :class:`Incoming` documents (a feed gives one per
entry). Decoding and main-text extraction are the extractor's
(:mod:`rollcall.extract.source`); this module adds feeds and page metadata. Nothing
here touches the network: a feed entry's page is its content or summary as the
feed carries it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rollcall.extract.source import SourceError, decode, from_html, looks_html, read

FEED_SUFFIXES = (".rss", ".atom", ".xml")
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass
class Incoming:
    """One document to ingest, with what is known of it."""

    origin: str  # the file (and feed entry) it came from, for messages
    text: str = ""
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: str | None = None
    error: str | None = None  # set when the input could not be read


def safe_url(url: str) -> str:
    """The URL when it is an http(s) address, else "" (a feed may carry javascript:)."""
    from django.core.exceptions import ValidationError
    from django.core.validators import URLValidator

    url = (url or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return ""
    return url


def expand(paths: list[Path]) -> list[Path]:
    """Files named, and the files inside folders named (sorted, hidden ones skipped)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                child for child in sorted(path.rglob("*"))
                if child.is_file() and not any(p.startswith(".") for p in child.parts[-1:])
                and child.name not in SKIPPED_NAMES
            )
        else:
            files.append(path)
    return files


def _looks_feed(head: bytes, path: Path) -> bool:
    start = head[:1000].lower()
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return True
    return path.suffix.lower() in (".rss", ".atom") and b"<" in start


def _page_metadata(html: str) -> tuple[str, str, str]:
    """Title, canonical URL and site name a saved page states (empty when absent)."""
    from trafilatura.metadata import extract_metadata

    metadata = extract_metadata(html)
    if metadata is None:
        return "", "", ""
    return metadata.title or "", metadata.url or "", metadata.sitename or ""


def _entry_date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def _html_to_text(html: str) -> str:
    """Main text of an entry's HTML; short summaries fall back to all their text."""
    try:
        return from_html(html).text
    except SourceError:
        import lxml.html

        try:
            return " ".join(lxml.html.fromstring(html).text_content().split())
        except Exception:
            return ""


def read_feed(data: bytes, path: Path) -> Iterator[Incoming]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = getattr(feed, "bozo_exception", None)
        detail = f": {problem}" if problem else ""
        yield Incoming(origin=str(path), error=f"a feed with no entries{detail}")
        return
    publisher = feed.feed.get("title", "")
    for number, entry in enumerate(feed.entries, start=1):
        origin = f"{path} entry {number}"
        content = ""
        if entry.get("content"):
            content = entry["content"][0].get("value", "")
        content = content or entry.get("summary", "")
        text = _html_to_text(content) if "<" in content else content.strip()
        if not text:
            yield Incoming(origin=origin, error="the entry has no text")
            continue
        yield Incoming(
            origin=origin, text=text, title=entry.get("title", "") or text[:80],
            url=safe_url(entry.get("link", "")), publisher=publisher,
            published=_entry_date(entry),
        )


def read_path(path: Path) -> Iterator[Incoming]:
    """The documents in one file: one for a report or page, one per entry for a feed."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        yield Incoming(origin=str(path), error=f"cannot read: {error.strerror or error}")
        return
    if _looks_feed(head, path):
        try:
            yield from read_feed(path.read_bytes(), path)
        except OSError as error:
            yield Incoming(origin=str(path), error=f"cannot read: {error.strerror or error}")
        return
    try:
        document = read(path)
    except SourceError as error:
        yield Incoming(origin=str(path), error=str(error))
        return
    title, url, publisher = "", "", ""
    if document.html:
        raw = decode(path.read_bytes())
        title, url, publisher = _page_metadata(raw)
    first_line = document.text.strip().splitlines()[0] if document.text.strip() else path.name
    yield Incoming(
        origin=str(path), text=document.text, title=title or first_line[:200], url=safe_url(url),
        publisher=publisher, published=document.published,
    )


def from_pasted(text: str, title: str = "", url: str = "", publisher: str = "",
                published: str | None = None) -> Incoming:
    """A report pasted into the web form (plain text or a page's HTML)."""
    if looks_html(text):
        try:
            document = from_html(text)
        except SourceError as error:
            return Incoming(origin="pasted text", error=str(error))
        page_title, page_url, page_publisher = _page_metadata(text)
        text = document.text
        published = published or document.published
        title, url = title or page_title, url or page_url
        publisher = publisher or page_publisher
    text = text.replace("\r\n", "\n").strip()
    if not text:
        return Incoming(origin="pasted text", error="the text is empty")
    first_line = text.splitlines()[0]
    return Incoming(origin="pasted text", text=text, title=title or first_line[:200],
                    url=safe_url(url),
                    publisher=publisher, published=published)
