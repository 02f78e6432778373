"""Parsing a person's name into parts, and generating its searchable variants.

This module owns:

* :func:`parse_name` — which tokens of an entered name are forenames, the surname
  and a patronymic ("Алесь Бяляцкі", "Беляцкий Алесь Викторович", "Ales Bialiatski");
* :class:`NameVariant` and :func:`generate_variants` — from the names of one person
  as entered (say Belarusian Cyrillic and one Latin form), every searchable spelling
  with its script, language, kind (official / transliteration / alias) and scheme,
  ready to be stored as PersonName rows by the registry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from rollcall.names.correspond import GIVEN_NAMES, be_to_ru, given_name_group, ru_to_be
from rollcall.names.fold import fold, guess_language, script_of
from rollcall.names.translit import BE_SCHEMES, RU_SCHEMES, transliterate

__all__ = ["NameVariant", "ParsedName", "generate_variants", "parse_name"]

_PATRONYMIC_RE = re.compile(
    r"(ович|евич|ёвич|овна|евна|ична|инична|авіч|овіч|евіч|эвіч|аўна|оўна|еўна|ічна|"
    r"ovich|evich|ovna|evna|avich|ауна|auna|ovych)$", re.IGNORECASE)


class ParsedName(NamedTuple):
    """A name split into its parts (tokens as entered, not folded)."""

    forenames: tuple[str, ...]
    surname: str
    patronymic: str
    script: str  # "Cyrl", "Latn", "mixed" or ""
    language: str  # "be", "ru" (Cyrillic) or "" (Latin, or unknown)
    tokens: tuple[str, ...] = ()


_DASH_RE = re.compile(r"\s*[‐‑‒–—―−-]\s*")
_JUNK_RE = re.compile(r"[^\w'’ʼ\-\s.]")


_SIMPLE_RE = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")


def _split(name: str) -> list[str]:
    name = unicodedata.normalize("NFC", name or "")
    if _SIMPLE_RE.fullmatch(name):
        return name.split()
    name = _DASH_RE.sub("-", name or "")
    name = _JUNK_RE.sub(" ", name).replace(".", " ")
    out = []
    for t in name.split():
        t = t.strip("-.'’ʼ")
        if t and any(c.isalpha() for c in t):
            out.append(t)
    return out


def _is_given(token: str, language: str) -> bool:
    """Is a (nominative) token a known given name? Registry names are nominative."""
    return given_name_group(token) is not None


def parse_name(name: str) -> ParsedName:
    """Split a name into forenames, surname and patronymic.

    Order is guessed: "Forename [Patronymic] Surname" by default, "Surname Forename
    [Patronymic]" when the last tokens are a known given name and/or a patronymic.
    A lone token is taken as a surname unless it is a known given name.
    """
    toks = _split(name)
    joined = " ".join(toks)
    script = script_of(joined)
    language = guess_language(joined) if script in ("Cyrl", "mixed") else ""
    if not toks:
        return ParsedName((), "", "", script, language, ())
    patronymic = ""
    if len(toks) >= 3:
        for i in (len(toks) - 1, 1):
            if _PATRONYMIC_RE.search(toks[i]):
                patronymic = toks[i]
                toks = toks[:i] + toks[i + 1 :]
                break
    if len(toks) == 1:
        if _is_given(toks[0], language):
            return ParsedName((toks[0],), "", patronymic, script, language, tuple(toks))
        return ParsedName((), toks[0], patronymic, script, language, tuple(toks))
    if not _is_given(toks[0], language) and _is_given(toks[-1], language):
        return ParsedName(tuple(toks[1:]), toks[0], patronymic, script, language, tuple(toks))
    return ParsedName(tuple(toks[:-1]), toks[-1], patronymic, script, language, tuple(toks))


@dataclass(frozen=True)
class NameVariant:
    """One searchable spelling of a person's name (the fields of a PersonName row)."""

    name: str
    script: str  # "Latn" or "Cyrl"
    language: str  # "be", "ru", "en" ...
    kind: str  # "official", "transliteration" or "alias"
    scheme: str = ""  # transliteration scheme (see rollcall.names.translit) or rule set


def _equivalent_given(forename: str, target: str) -> str | None:
    gid = given_name_group(forename)
    if gid is None:
        return None
    be, ru, _ = GIVEN_NAMES[gid]
    forms = be if target == "be" else ru
    return forms[0] if forms else None


def generate_variants(names: Iterable[str | tuple[str, str]]) -> list[NameVariant]:
    """Every searchable variant of one person's names as entered.

    ``names`` are strings or ``(name, language)`` pairs. Entered names become
    ``official`` variants; Cyrillic names are romanised under every scheme of their
    language (``transliteration``); a Belarusian name without a Russian counterpart
    (or the reverse) gets one by the correspondence rules (``alias``, scheme
    ``be-ru`` or ``ru-be``). Duplicates (same spelling) keep the first, most
    authoritative entry.
    """
    entered: list[tuple[str, str]] = []
    for item in names:
        name, lang = (item, "") if isinstance(item, str) else item
        name = " ".join((name or "").split())
        if not name:
            continue
        script = script_of(name)
        if not lang:
            lang = (guess_language(name) or "ru") if script == "Cyrl" else "en"
        entered.append((name, lang))

    out: list[NameVariant] = []
    seen: set[str] = set()

    def add(v: NameVariant) -> None:
        key = v.name
        if key and key not in seen:
            seen.add(key)
            out.append(v)

    for name, lang in entered:
        script = script_of(name)
        add(NameVariant(name, "Cyrl" if script == "Cyrl" else "Latn", lang, "official"))
    langs_present = {lang for name, lang in entered if script_of(name) == "Cyrl"}
    for name, lang in entered:
        if script_of(name) != "Cyrl":
            continue
        schemes = BE_SCHEMES if lang == "be" else RU_SCHEMES
        for scheme in schemes:
            add(NameVariant(transliterate(name, scheme), "Latn", lang, "transliteration",
                            scheme))
        other = "ru" if lang == "be" else "be"
        if other not in langs_present and lang in ("be", "ru"):
            alias = _cross_language(name, lang)
            if alias:
                add(NameVariant(alias, "Cyrl", other, "alias", f"{lang}-{other}"))
    return out


def _cross_language(name: str, lang: str) -> str:
    parsed = parse_name(name)
    other = "ru" if lang == "be" else "be"
    convert = be_to_ru if lang == "be" else ru_to_be
    parts: list[str] = []
    for token in parsed.tokens:
        if token in parsed.forenames:
            eq = _equivalent_given(token, other)
            parts.append(eq or (convert(token)[:1] or [token])[0])
        elif token == parsed.patronymic:
            continue
        else:
            parts.append("-".join((convert(p)[:1] or [p])[0] for p in token.split("-")))
    return " ".join(parts)


def folded_variants(names: Iterable[str | tuple[str, str]]) -> set[str]:
    """The folded spellings of :func:`generate_variants` (handy for comparisons)."""
    return {fold(v.name) for v in generate_variants(names)}
