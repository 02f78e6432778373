"""Language identification for en, ru and be (Belarusian and Russian told apart).

Belarusian has і and ў, which Russian lacks, and Russian has и, щ and ъ, which
Belarusian lacks; Ukrainian has ї, є and ґ. Word lists decide what letters leave
open (short texts, quotations in the other language).
"""

from __future__ import annotations

import re
from collections import Counter

_BE_WORDS = frozenset(
    [
        "і",
        "ў",
        "у",
        "што",
        "гэта",
        "ён",
        "яна",
        "яго",
        "яе",
        "быў",
        "была",
        "былі",
        "які",
        "якая",
        "таксама",
        "пасля",
        "ўжо",
        "толькі",
        "ці",
        "яшчэ",
        "калі",
        "праз",
        "каля",
        "паводле",
        "цяпер",
        "сёння",
        "ад",
        "да",
    ]
)
_RU_WORDS = frozenset(
    [
        "и",
        "в",
        "что",
        "это",
        "он",
        "она",
        "его",
        "её",
        "ее",
        "был",
        "была",
        "были",
        "который",
        "которая",
        "также",
        "после",
        "уже",
        "только",
        "или",
        "ещё",
        "еще",
        "когда",
        "через",
        "около",
        "сейчас",
        "сегодня",
        "от",
        "до",
    ]
)
_UK_WORDS = frozenset(
    [
        "і",
        "що",
        "це",
        "він",
        "вона",
        "його",
        "її",
        "був",
        "була",
        "були",
        "який",
        "яка",
        "також",
        "після",
        "вже",
        "тільки",
        "чи",
        "ще",
        "коли",
        "через",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "were",
        "for",
        "on",
        "that",
        "with",
        "as",
        "by",
        "at",
        "from",
        "his",
        "her",
        "he",
        "she",
        "it",
        "its",
        "be",
        "been",
        "has",
        "have",
        "had",
        "are",
        "this",
        "which",
        "who",
        "not",
        "but",
        "or",
        "after",
        "they",
        "them",
        "their",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "said",
        "says",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "all",
        "there",
        "so",
        "if",
        "no",
        "out",
        "up",
        "one",
        "about",
        "what",
        "when",
        "than",
        "then",
        "also",
        "into",
        "over",
        "more",
    ]
)


class UnsupportedLanguage(ValueError):
    """The text is not in English, Russian or Belarusian (or has no words)."""


def detect(text: str) -> str:
    """Return ``"en"``, ``"ru"`` or ``"be"``; raise :class:`UnsupportedLanguage` otherwise."""
    sample = text[:20000]
    letters = Counter(ch for ch in sample.lower() if ch.isalpha())
    total = sum(letters.values())
    if total < 2:
        raise UnsupportedLanguage("no text in a supported language (en, ru, be) was found")
    latin = sum(n for ch, n in letters.items() if "a" <= ch <= "z")
    cyrillic = sum(n for ch, n in letters.items() if "\u0400" <= ch <= "\u04ff")
    words = re.findall(r"\w+", sample.lower())
    if latin >= cyrillic:
        english = sum(1 for w in words if w in _EN_WORDS)
        if latin < 0.5 * total or (len(words) >= 8 and english < 0.06 * len(words)):
            raise UnsupportedLanguage("the text does not look English, Russian or Belarusian")
        return "en"
    if cyrillic < 0.5 * total:
        raise UnsupportedLanguage("the text does not look English, Russian or Belarusian")
    be_letters = letters["ў"] + letters["і"]
    ru_letters = letters["и"] + letters["щ"] + letters["ъ"]
    uk_letters = letters["ї"] + letters["є"] + letters["ґ"]
    be_words = sum(1 for w in words if w in _BE_WORDS)
    ru_words = sum(1 for w in words if w in _RU_WORDS)
    uk_words = sum(1 for w in words if w in _UK_WORDS)
    if uk_letters > 0.002 * cyrillic and letters["ў"] == 0 and uk_words >= be_words:
        raise UnsupportedLanguage("the text looks Ukrainian; supported languages are en, ru, be")
    be_score = be_letters + 3 * be_words + 5 * letters["ў"]
    ru_score = ru_letters + 3 * ru_words
    return "be" if be_score > ru_score else "ru"
