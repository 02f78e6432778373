"""Reading a report from a file: decoding plain text, or the main text of an HTML page.

Plain text may be UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy single-byte
encoding such as Windows-1251 (detected with charset-normalizer). HTML pages give their
main text through trafilatura and their publication date through htmldate. Nothing
here touches the network.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 5_000_000  # one report; a larger file is almost surely not one article
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", "")


class SourceError(ValueError):
    """A file that cannot be read as a report (empty, binary, too large, no article)."""


@dataclass
class Document:
    """The text of a report, with the publication date a page states (if any)."""

    text: str
    published: str | None = None
    html: bool = False


def decode(data: bytes) -> str:
    """Bytes -> text: BOMs first, then strict UTF-8, then charset-normalizer."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
    ):
        if data.startswith(bom) and not (
            bom == codecs.BOM_UTF16_LE and data.startswith(codecs.BOM_UTF32_LE)
        ):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise SourceError(
                    f"the file starts with a {encoding} byte-order mark "
                    f"but does not decode: {error}"
                ) from error
    if b"\x00" in data[:4096]:
        raise SourceError(
            "the file looks binary (it contains NUL bytes), not a text or HTML report"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    candidates = []
    if best is not None:
        candidates.append(best.encoding)
    candidates.append("cp1251")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text
    raise SourceError("the file could not be decoded as text in any common encoding")


def _plausible(text: str) -> bool:
    """Mostly letters, spaces and punctuation; not control characters."""
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x80 <= ord(ch) < 0xA0)
    return bad <= len(text) * 0.01


def looks_html(text: str, path: Path | None = None) -> bool:
    if path is not None and path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    head = text[:2000].lower()
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]|<article[\s>]", head))


def from_html(html: str) -> Document:
    """The main text of a page (trafilatura) and its date (htmldate)."""
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or len(re.findall(r"\w+", text)) < 5:
        raise SourceError(
            "no article text was found in the HTML page (navigation or boilerplate only)"
        )
    published = None
    try:
        from htmldate import find_date

        published = find_date(
            html, extensive_search=True, original_date=True, outputformat="%Y-%m-%d"
        )
    except Exception:
        published = None
    return Document(text=text, published=published, html=True)


def read(path: Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read one report file; raise :class:`SourceError` with a clear message."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SourceError(f"cannot read {path}: {error.strerror or error}") from error
    if size == 0:
        raise SourceError(f"{path} is empty")
    if size > max_bytes:
        raise SourceError(
            f"{path} is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.0f} MB "
            "a single report may have; split it into articles"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read {path}: {error.strerror or error}") from error
    text = decode(data)
    if looks_html(text, path):
        return from_html(text)
    if not text.strip():
        raise SourceError(f"{path} has no text")
    return Document(text=text)
