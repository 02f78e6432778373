"""Counts of people: a number (digits or words) followed by a noun for people.

The category comes from the clause: release words -> ``released``, detention ->
``detained``, recognition -> ``recognized``; political prisoners said to remain (or
held now) -> ``prisoners``; supporters, signatures -> ``supporters``. A clause with no
cue takes the category of the events of the sentence before ("Among those released
were ... The group included five Belarusians").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rollcall.extract import numbers
from rollcall.extract.lang import Lexicon


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    value: int
    category: str | None  # None: no cue in its clause


_MODIFIERS = {
    "en": r"(?:(?:[A-Z][a-z]+(?:ian|ish|ese|an|i|ch)|other|more|political|former|current|jailed|"
    r"imprisoned|remaining|of the|foreign|young|elderly|further)\s+){0,3}",
    "ru": r"(?:(?:других|ещё|еще|бывших|белорусских|иностранных|политических|осуждённых|"
    r"осужденных|новых)\s+){0,2}",
    "be": r"(?:(?:іншых|яшчэ|былых|беларускіх|замежных|палітычных|новых)\s+){0,2}",
}


@cache
def _count_regex(lexicon: Lexicon) -> re.Pattern[str]:
    number = numbers.number_regex(lexicon).pattern
    return re.compile(
        rf"(?<![\w.,№#-])(?:{number})(?![\w-]|[.,]\d)\s+{_MODIFIERS[lexicon.code]}(?P<noun>{lexicon.people_nouns})(?!\w)",
        re.IGNORECASE,
    )


@cache
def _total_regex(lexicon: Lexicon) -> re.Pattern[str]:
    number = numbers.number_regex(lexicon).pattern
    return re.compile(rf"(?:{lexicon.total_phrase})(?:{number})(?![\w-]|[.,]\d)", re.IGNORECASE)


def find_counts(text: str, lexicon: Lexicon, start: int, end: int) -> list[CountMention]:
    """Counts of people in ``text[start:end]`` (one clause or sentence)."""
    out: list[CountMention] = []
    sentence = text[start:end]
    if re.search(lexicon.political_prisoner_nouns, sentence, re.IGNORECASE):
        # "bringing the total number to 862": the people noun came earlier in the sentence
        for match in _total_regex(lexicon).finditer(text, start, end):
            value = numbers.parse(match, lexicon)
            if value is not None and value >= 2:
                out.append(CountMention(match.start(), match.end(), value, "prisoners"))
    for match in _count_regex(lexicon).finditer(text, start, end):
        value = numbers.parse(match, lexicon)
        if value is None or value < 2:
            continue
        before = text[max(start, match.start() - 12) : match.start()]
        if re.search(r"(?:No\.?|№|#|Article|артыкул\w*|стат\w+)\s*$", before, re.IGNORECASE):
            continue
        out.append(
            CountMention(
                match.start(),
                match.end(),
                value,
                category(text, lexicon, start, end, match.group(0)),
            )
        )
    return out


def category(text: str, lexicon: Lexicon, start: int, end: int, phrase: str) -> str | None:
    """The category of a count ``phrase`` ("five political prisoners") in ``text[start:end]``."""
    clause = text[start:end]
    flags = re.IGNORECASE
    cues = lexicon.count_cues
    is_political = re.search(lexicon.political_prisoner_nouns, phrase, flags) is not None
    if re.search(
        r"(?<!\w)(?:died|have died|died|умерл\w*|погибл\w*|памерл\w*|загінул\w*)(?!\w)",
        clause,
        flags,
    ):
        return "other"  # "five political prisoners have died"
    if is_political and re.search(lexicon.remain_cues, clause, flags):
        return "prisoners"
    for name in ("released", "detained", "recognized", "supporters"):
        if re.search(cues[name], clause, flags):
            return name
    if is_political or re.search(cues["prisoners"], clause, flags):
        return "prisoners"
    return None
