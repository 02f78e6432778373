"""Matching keys: one phonetic spelling for every script and scheme.

This module owns :func:`phonetic` and :func:`skeleton`.

:func:`phonetic` maps a name token in any script and any romanisation to one reduced
Latin spelling, so that Бяляцкі, Bialiatski, Byalyatski and Bialacki all become
``balacki``, and Беляцкий becomes the close ``belacki``. It merges what the
transliteration schemes and the two languages write differently: ц/ts/c, ч/ch/cz/č,
ш/sh/sz/š, ж/zh/ž/rz, х/kh/ch, г/h/g, ў/u/w/в, я/ia/ya/ja, о/а (Belarusian аканне),
ы/и/і/y, doubled letters, soft signs and apostrophes.

:func:`skeleton` keeps only consonant classes of the phonetic spelling (ц, ч and т
in one class, дз and д in another, initial vowels dropped): the blocking key of the
fuzzy search. It survives vowel changes, fleeting vowels (Ашурак/Ашурка),
цеканне/дзеканне (Ціханоўская/Тихановская, Дзядок/Дедок) and ending changes of
gender (Ціханоўскі/Ціханоўская share ``txnvsk``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rollcall.names.fold import fix_homoglyphs

__all__ = ["phonetic", "phonetic_variants", "skeleton", "skeleton_of_phonetic"]

_CYR_KEY = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "o",
    "ж": "Z", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "v", "ф": "f",
    "х": "x", "ц": "c", "ч": "C", "ш": "S", "щ": "S", "ъ": "", "ы": "i", "ь": "",
    "э": "e", "ю": "u", "я": "a", "і": "i", "ї": "i", "є": "e",
}
_LAT_DIACRITICS = {
    "č": "C", "š": "S", "ž": "Z", "ż": "Z", "ć": "c", "ś": "s", "ź": "z", "ń": "n",
    "ł": "l", "ŭ": "w", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d",
    # ISO 9 / GOST 7.79: я â, ю û, щ ŝ, э è, ё ë
    "â": "ia", "û": "iu", "ŝ": "S", "è": "e", "ë": "e",
}
# Ordered: longer graphemes first; x → ks before kh → x.
_LAT_STEPS: tuple[tuple[str, str], ...] = (
    ("SC", "S"), ("x", "ks"), ("shch", "S"), ("szcz", "S"), ("sch", "S"), ("dzh", "dZ"),
    ("tch", "C"),
    ("zh", "Z"), ("kh", "x"), ("sh", "S"), ("sz", "S"), ("cz", "C"), ("ch", "C"),
    ("rz", "Z"), ("ts", "c"), ("tz", "c"), ("dz", "d"), ("ph", "f"),
    ("q", "k"), ("w", "v"), ("h", "g"), ("j", "y"),
)
_GLIDE_RE = re.compile(r"[iy](?=[aeou])")
_U_CONS_RE = re.compile(r"(?<=[aeo])u(?![aeiouy])")
_INITIAL_U_RE = re.compile(r"^u(?=[^aeiouy])")
_REPEAT_RE = re.compile(r"(.)\1+")


# apostrophes, primes and soft/hard sign marks of the romanisations: dropped
_MARKS = {c: "" for c in "'’ʼʹʺˮʻ`´-  "}
_CYR_TABLE = str.maketrans({**_CYR_KEY, **_MARKS})
_LAT_TABLE = str.maketrans({**_LAT_DIACRITICS, **_MARKS})
_CYR_CHARS_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_CHARS_RE = re.compile(r"[a-z]")
_ASCII_RE = re.compile(r"[a-zCSZ]*")


_LONE_H_RE = re.compile(r"(?<![kszcg])h")
_HACEK_RE = re.compile("[čšžłśćźńŭěř]")
_CH_RE = re.compile(r"(?<![st])ch")


def phonetic_variants(token: str) -> tuple[str, ...]:
    """:func:`phonetic` of a token first, then its other plausible readings of the
    Latin letters that stand for х in some schemes: a lone ``h`` (ISO 9, Czech:
    Tihanovskij), ``ch`` (Łacinka, Polish: Chichytski) and ``x`` (scholarly:
    Xuščykak), besides their usual г, ч, кс."""
    base = phonetic(token)
    out = [base]
    low = token.lower()
    if "h" in low or "x" in low:
        for pattern, repl in ((_LONE_H_RE, "kh"), (_CH_RE, "kh")):
            if pattern.search(low):
                alt = phonetic(pattern.sub(repl, low))
                if alt not in out:
                    out.append(alt)
        if "x" in low:
            alt = phonetic(low.replace("x", "kh"))
            if alt not in out:
                out.append(alt)
    if "sch" in low and "shch" not in low:  # с+ч in BGN/ICAO, щ in simplified
        alt = phonetic(low.replace("sch", "sč"))
        if alt not in out:
            out.append(alt)
    return tuple(out)


@lru_cache(maxsize=65536)
def phonetic(token: str) -> str:
    """The phonetic key spelling of one name token (any script, any scheme)."""
    if not token:
        return ""
    s = unicodedata.normalize("NFC", token).lower()
    cyr = _CYR_CHARS_RE.search(s) is not None
    if cyr and _LATIN_CHARS_RE.search(s):
        s = fix_homoglyphs(s)
        cyr = _CYR_CHARS_RE.search(s) is not None
    if cyr:
        if "дз" in s:
            s = s.replace("дз", "д")
        if "шч" in s:  # Belarusian шч = Russian щ = Latin shch
            s = s.replace("шч", "щ")
        if "тс" in s:  # read as ц, like Latin ts
            s = s.replace("тс", "ц")
        s = s.translate(_CYR_TABLE)
    else:
        if _HACEK_RE.search(s):
            # Łacinka, ISO 9, scholarly: ч is č there, so ch and x stand for х
            s = s.replace("ch", "kh").replace("x", "kh")
        s = s.translate(_LAT_TABLE)
        if not _ASCII_RE.fullmatch(s):
            s = "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalpha())
        for a, b in _LAT_STEPS:
            if a in s:
                s = s.replace(a, b)
    s = "".join(c for c in s if c.isalpha()) if not _ASCII_RE.fullmatch(s) else s
    # (i|y) + vowel: an iotated vowel; elsewhere y is i
    if "i" in s or "y" in s:
        s = _GLIDE_RE.sub("", s)
    if "u" in s:
        s = _U_CONS_RE.sub("v", s)
        s = _INITIAL_U_RE.sub("v", s)
    s = s.replace("y", "i").replace("o", "a")
    return _REPEAT_RE.sub(_first_group, s)


_SKEL_TABLE = str.maketrans({"c": "t", "C": "t", "a": None, "e": None, "i": None,
                             "o": None, "u": None, "y": None})


def _first_group(m: re.Match[str]) -> str:
    return m.group(1)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant-class skeleton of one name token: the fuzzy search's blocking key."""
    return skeleton_of_phonetic(phonetic(token))


def skeleton_of_phonetic(p: str) -> str:
    """The skeleton of an already computed phonetic spelling."""
    s = _REPEAT_RE.sub(_first_group, p.translate(_SKEL_TABLE))
    return s or p
