"""Name morphology: the one call site for nominatives and the Russian analyser, and
what a name's case tells beside a kin noun (whose relative is meant).

Nominative forms and the pymorphy3 analyser come from ``rollcall.names.inflection``
(the project's name inflection engine); this module adds what extraction needs
around them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rollcall.extract.lang import KIN, KIN_OBLIQUE
from rollcall.names import inflection as _inflection
from rollcall.names.correspond import is_given_name


def analyser() -> Any:
    """The process-wide pymorphy3 Russian analyser (shared with rollcall.names)."""
    return _inflection.morph()


def nominative_name(tokens: list[str], language: str, cases: frozenset[str] | None = None) -> str:
    """The nominative of a whole name ("Алеся Бяляцкага" -> "Алесь Бяляцкі"), read in
    one of ``cases`` when the context tells them."""
    if language == "en":
        return " ".join(strip_possessive(t) for t in tokens)
    return _inflection.nominative_name(tokens, language, cases)


def nominative_forms(word: str, language: str) -> list[str]:
    """Candidate nominatives of one name token, best first (the word itself included)."""
    if language == "en":
        return [strip_possessive(word)]
    return _inflection.nominative_forms(word, language) or [word]


def may_be_nominative(word: str, language: str) -> bool:
    """Whether a Cyrillic name token as written reads as a nominative ("Петрова" does,
    "Полины" does not); always for English."""
    if language == "en":
        return True
    forms = nominative_forms(word, language)
    if forms and forms[0] != word and is_given_name(forms[0]) and not is_given_name(word):
        return False  # "Марыны": an oblique of the given name Марына
    return _inflection.may_be_nominative(word, language)


def name_cases(tokens: list[str], language: str) -> frozenset[str]:
    """The cases a whole Cyrillic name may stand in (empty for English or unknown)."""
    if language == "en":
        return frozenset()
    return _inflection.name_cases(tokens, language)


@lru_cache(maxsize=65536)
def names_people(word: str, language: str) -> bool:
    """Whether a Russian noun after a number names people ("212 работников", "86
    хоккеистов"): the analyser reads it as an animate common noun, not a name. Always
    False for other languages (no analyser for them)."""
    if language != "ru":
        return False
    parses = analyser().parse(word)
    if not parses:
        return False
    tag = parses[0].tag
    return (
        tag.POS == "NOUN"
        and tag.animacy == "anim"
        and not any(t in tag for t in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"))
    )


def strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "ʼs"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def ru_gender(word: str) -> str | None:
    """'m' or 'f' for a Russian given name or surname, when the dictionary knows it."""
    for parse in analyser().parse(word)[:3]:
        tag = parse.tag
        if "Name" in tag or "Surn" in tag:
            return {"masc": "m", "femn": "f"}.get(str(tag.gender))
    return None


def is_ru_given_name(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` as a given name."""
    return any(
        "Name" in p.tag and p.score >= 0.2 and p.is_known for p in analyser().parse(word)[:3]
    )


# a kin noun right before a name: nominative ("Муж Тихановской", "бацька Уладзіміра") or
# oblique ("жонкі Лосіка")
_KIN_NOMINATIVE_BEFORE = re.compile(rf"(?<!\w){KIN}\s+$", re.IGNORECASE)
_KIN_OBLIQUE_BEFORE = re.compile(rf"(?<!\w){KIN_OBLIQUE}\s+$", re.IGNORECASE)


def kin_before(text: str, start: int) -> str | None:
    """ "nominative" or "oblique" when a kin noun stands right before ``start`` ("his
    father X", "Муж X", "жонкі X"), else None."""
    before = text[max(0, start - 20) : start]
    if _KIN_NOMINATIVE_BEFORE.search(before):
        return "nominative"
    if _KIN_OBLIQUE_BEFORE.search(before):
        return "oblique"
    return None


def kin_possessor(text: str, start: int, end: int, language: str) -> bool:
    """Whether the ru/be name at ``start:end`` tells whose relative a kin noun before it
    means ("Муж Тихановской", "бацька Уладзіміра": the relative is somebody else), rather
    than naming the relative ("жена Ольга", "бацька Валер Бандарэнка")."""
    if language == "en":
        return False
    kin = kin_before(text, start)
    tokens = text[start:end].split()
    if kin == "nominative":
        # beside a nominative kin noun only a nominative name is the relative's own
        cases = name_cases(tokens, language)
        return (bool(cases) and "nomn" not in cases) or nominative_name(
            tokens, language
        ) != " ".join(tokens)
    if kin == "oblique":
        cases = name_cases(tokens, language)
        return bool(cases) and not cases & {"nomn", "accs"}
    return False


def womans_surname(surname: str) -> str:
    """The woman's form of a family name ("Sasnouski" -> "Sasnouskaya", "Лосик" stays,
    "Іваноў" -> "Іванова", "Петров" -> "Петрова")."""
    for ending, hers in (
        (r"(?:ski|sky)", "skaya"),
        (r"(?<=[a-z])(?:au)", "ava"),
        (r"(?<=[a-z])(?:ou|ov)", "ova"),
        (r"(?<=[a-z])in", "ina"),
        (r"(?:скі|ский|цкі|цкий)", None),
        (r"оў|ов", "ова"),
        (r"аў|ав", "ава"),
        (r"ёў|еў|ев|ёв", "ева"),
        (r"[іи]н", None),
    ):
        found = re.search(rf"(?:{ending})$", surname)
        if found:
            if hers is None:  # "-скі" -> "-ская", "-ін" -> "-іна"
                word = found.group(0)
                hers = word[:2] + "ая" if word[:2] in ("ск", "цк") else word + "а"
            return surname[: found.start()] + hers
    return surname


def mans_surname(surname: str, language: str) -> str:
    """The man's form of a family name told in a woman's form ("Дамброўская" ->
    "Дамброўскі", "Sasnouskaya" -> "Sasnouski", "Іванова" -> "Іваноў", "Петрова" ->
    "Петров"); any other stays."""
    for ending, his in (
        (r"skaya", "ski"),
        (r"(?<=[a-z])ava", "au"),
        (r"(?<=[a-z])ova", "ou"),
        (r"(?<=[a-z])ina", "in"),
        (r"ская", "скі" if language == "be" else "ский"),
        (r"цкая", "цкі" if language == "be" else "цкий"),
        (r"ова", "оў" if language == "be" else "ов"),
        (r"ава", "аў" if language == "be" else "ов"),
        (r"ёва|ева", "еў" if language == "be" else "ев"),
        (r"(?<=[іиы])на", "н"),
    ):
        found = re.search(rf"(?:{ending})$", surname)
        if found:
            return surname[: found.start()] + his
    return surname
