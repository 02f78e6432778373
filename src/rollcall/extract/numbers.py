"""Numbers written in digits or words ("1,400", "seven", "семь", "паўтары тысячы")."""

from __future__ import annotations

import re
from functools import cache

from rollcall.extract.lang import Lexicon, words_regex

_DIGITS = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?"


@cache
def number_regex(lexicon: Lexicon) -> re.Pattern[str]:
    """A regex matching one number phrase; group ``digits`` or ``words`` is set."""
    word = words_regex([w for w in lexicon.number_words if lexicon.number_words[w]])
    scale = words_regex(list(lexicon.scale_words))
    pattern = (
        rf"(?P<half>{lexicon.half_thousand})"
        rf"|(?P<digits>{_DIGITS})(?:\s*(?P<dscale>{scale}))?"
        rf"|(?P<words>{word}(?:(?:\s+|-|\s+and\s+){word})*)(?:\s+(?P<wscale>{scale}))?"
        r"|(?P<bare>(?<!\w)(?:тысяча|тысячу|a thousand|one thousand)(?!\w))"
    )
    return re.compile(pattern, re.IGNORECASE)


def digits_value(digits: str) -> float:
    """'1,400' -> 1400; '1.5' -> 1.5; '1 400' -> 1400."""
    if re.fullmatch(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+", digits):
        return int(re.sub(r"\D", "", digits))
    return float(digits.replace(",", "."))


def words_value(phrase: str, lexicon: Lexicon) -> int:
    """'one hundred twenty-three' -> 123; 'двадцать три' -> 23."""
    total, current = 0, 0
    for word in re.findall(r"\w+", phrase.lower()):
        value = lexicon.number_words.get(word)
        if value is None:
            continue
        if value == 100 and word in lexicon.scale_words and current:
            current *= 100
        elif value >= 1000:
            total += max(current, 1) * value
            current = 0
        else:
            current += value
    return total + current


def parse(match: re.Match[str], lexicon: Lexicon) -> int | None:
    """The integer value of a :func:`number_regex` match."""
    if match.group("half"):
        return 1500
    if match.group("bare"):
        return 1000
    if match.group("digits"):
        value = digits_value(match.group("digits"))
        scale = match.group("dscale")
    else:
        value = words_value(match.group("words"), lexicon)
        scale = match.group("wscale")
    if scale:
        value *= lexicon.scale_words[scale.lower()]
    if value != int(value):
        return None
    return int(value) or None
