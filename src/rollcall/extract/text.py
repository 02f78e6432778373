"""Paragraphs, sentences, clauses and tokens, all as offsets into the article text."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\w+(?:[-'’ʼ]\w+)*", re.UNICODE)
_ABBREVIATIONS = frozenset(
    [
        "no",
        "nos",
        "art",
        "arts",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gen",
        "col",
        "lt",
        "sgt",
        "prof",
        "rev",
        "inc",
        "ltd",
        "co",
        "jr",
        "sr",
        "p",
        "pp",
        "para",
        "fig",
        "approx",
        "est",
        "г",
        "гг",
        "ул",
        "им",
        "т",
        "д",
        "см",
        "ст",
        "ч",
        "п",
        "пр",
        "обл",
        "р-н",
        "н",
        "с",
        "тыс",
        "млн",
        "руб",
        "вул",
        "в",
        "вв",
    ]
)
_END_RE = re.compile(r"[.!?…]+[»”\"')\]]*(?=\s)")
_NEXT_START_RE = re.compile(r"\s+(?=[\"«“„‘'(\[—–-]*\s*[A-ZА-ЯЁІЎ0-9])")


@dataclass(frozen=True)
class Sentence:
    """A sentence: offsets, its paragraph's index and whether it is the title line."""

    start: int
    end: int
    paragraph: int
    is_title: bool = False


_LINE_RE = re.compile(r"[^\n]*(?:\n|$)")
_LINE_END_RE = re.compile(r"[.!?…:;][»”\"')\]]*\s*$")
_LINE_START_RE = re.compile(r"\s*(?:[—–\-•*]\s|\d+[.)]\s|$)")
WRAP_WIDTH_MAX = 100


def unwrap(text: str) -> str:
    """Join hard-wrapped lines: the same text with each line break *inside* a paragraph
    turned into a space, so every offset stays the same.

    A text is hard-wrapped when no line is longer than about 100 characters; in it, a
    line break continues the paragraph unless the line ends a sentence, is much
    shorter than the longest lines (a title, the end of a paragraph), or the next line
    is blank or starts a dialogue line or a list item.
    """
    lines = [match.group(0) for match in _LINE_RE.finditer(text) if match.group(0)]
    lengths = [len(line.rstrip()) for line in lines]
    if len(lines) < 3 or max(lengths) > WRAP_WIDTH_MAX:
        return text
    width = sorted(lengths)[int(len(lengths) * 0.9)]  # a typical full line
    out = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        joins = (
            line.endswith("\n")
            and line.strip()
            and following.strip()
            and len(line.rstrip()) >= 0.6 * width
            and not _LINE_END_RE.search(line)
            and not _LINE_START_RE.match(following)
        )
        if joins:
            body = line[:-1]
            if body.endswith("\r"):
                body = body[:-1] + " "
            line = body + " "
        out.append(line)
    return "".join(out)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (a line break ends a paragraph), stripped, as offsets."""
    spans = []
    for match in re.finditer(r"[^\n\r\u2028\u2029]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at ``dot`` ends an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    match = re.search(r"(\w+)$", text[max(0, dot - 12) : dot])
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "A. Lukashenko"
    return word.lower() in _ABBREVIATIONS


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; the first paragraph is the title when it has no
    final full stop and is followed by more paragraphs."""
    result: list[Sentence] = []
    paras = paragraphs(text)
    for index, (p_start, p_end) in enumerate(paras):
        is_title = (
            index == 0
            and len(paras) > 1
            and not text[p_start:p_end].rstrip().endswith(".")
            and p_end - p_start < 250
        )
        start = p_start
        for match in _END_RE.finditer(text, p_start, p_end):
            end = match.end()
            if _is_abbreviation(text, match.start()) and match.end() - match.start() == 1:
                continue
            following = _NEXT_START_RE.match(text, end, p_end)
            if not following:
                continue
            if end > start:
                result.append(Sentence(start, end, index, is_title))
            start = following.end()
        if p_end > start:
            result.append(Sentence(start, p_end, index, is_title))
    return result


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word tokens of ``text[start:end]`` as offsets."""
    return [m.span() for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


def clauses(text: str, start: int, end: int, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """Split the span into clauses at ``breaks`` (semicolons, subordinators, ...)."""
    cuts = [start]
    for match in breaks.finditer(text, start, end):
        if match.start() > cuts[-1]:
            cuts.append(match.start())
    cuts.append(end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


class Ranges:
    """Sorted, non-overlapping ``(start, end)`` ranges: "is this offset inside one?" in O(log n)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [r[0] for r in self.ranges]

    def index(self, position: int) -> int:
        """Index of the range containing ``position`` (end inclusive), or -1."""
        i = bisect.bisect_right(self.starts, position) - 1
        if i >= 0 and position <= self.ranges[i][1]:
            return i
        return -1

    def contains(self, position: int) -> bool:
        i = bisect.bisect_right(self.starts, position) - 1
        return i >= 0 and position < self.ranges[i][1]


class Positioned:
    """Items sorted by start offset (``key`` gives it): the ones starting in a span, fast."""

    def __init__(self, items: list, key) -> None:  # type: ignore[type-arg, no-untyped-def]
        self.items = sorted(items, key=key)
        self.starts = [key(item) for item in self.items]

    def between(self, start: int, end: int) -> list:  # type: ignore[type-arg]
        """Items whose start is in ``[start, end)``."""
        return self.items[
            bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)
        ]
