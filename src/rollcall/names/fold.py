"""Folding of names for comparison, and the small text utilities around it.

This module owns:

* :func:`fold` — the canonical comparison form of a name or any text: lower case,
  no accents on Latin letters (Łacinka ś ć ž š č ł ŭ → s c z s c l u), ё → е,
  apostrophe variants removed, dashes unified to ``-``, whitespace collapsed,
  control characters dropped, and homoglyphs fixed inside mixed-script words
  ("Бяляцкi" with a Latin ``i`` becomes "бяляцкі").
* :func:`fold_for_scan` — a *length-preserving* fold (one character in, one out)
  used by :class:`rollcall.names.index.NameIndex` to scan running text fast while
  keeping offsets into the original text.
* :func:`script_of`, :func:`guess_language`, :func:`tokens` — helpers.

Belarusian Cyrillic letters і and ў and Russian й are kept as letters of their
own (they are not "accented" и, у, и): decomposing them would merge distinct
names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’ʼ`´ʹʻ‘′"
DASHES = "‐‑‒–—―−-﹣－"

# Cyrillic letters that Unicode decomposes into a base letter and a combining
# mark but which are letters of their own in Belarusian and Russian.
_KEEP_CYRILLIC = set("йЙўЎїЇ")

# Latin letters with no canonical decomposition, folded by hand.
_LATIN_SPECIAL = {
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ı": "i",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d",
}

# Homoglyphs: letters that look alike in Latin and Cyrillic. Used only inside a
# word that mixes both scripts, to bring the minority letters to the majority script.
_LAT_TO_CYR = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
    "k": "к", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К",
    "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У", "ë": "ё", "ï": "ї",
}
_CYR_TO_LAT = {
    "а": "a", "с": "c", "е": "e", "і": "i", "о": "o", "р": "p", "х": "x", "у": "y",
    "к": "k", "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Т": "T", "Х": "X", "У": "Y", "ё": "ë",
}

_WS_RE = re.compile(r"\s+")
_HYPHEN_SPACES_RE = re.compile(r"\s*-\s*")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*", re.UNICODE)
# A Latin letter touching a Cyrillic one: the sign of a mixed-script word.
_MIXED_RE = re.compile(r"[a-zA-Z][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z]")
_WORD_CHARS_RE = re.compile(r"[^\W\d_]+")


def _fix_mixed_words(text: str, fixer: object) -> str:
    """Apply ``fixer`` to every word of ``text`` that mixes Latin and Cyrillic."""

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        return fixer(word) if _MIXED_RE.search(word) else word  # type: ignore[operator]

    return _WORD_CHARS_RE.sub(repl, text)


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def is_latin(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("\u00c0" <= ch <= "\u024f"
                                                       and ch not in "×÷")


_CYR_RE = re.compile(r"[\u0400-\u052f]")
_LAT_RE = re.compile(r"[a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def script_of(text: str) -> str:
    """``"Cyrl"``, ``"Latn"``, ``"mixed"`` or ``""`` (no letters) for a text."""
    cyr = _CYR_RE.search(text) is not None
    lat = _LAT_RE.search(text) is not None
    if cyr and lat:
        return "mixed"
    if cyr:
        return "Cyrl"
    if lat:
        return "Latn"
    return ""


# Spelling signs of each language, with weights. Belarusian т д are always hard
# (ць, дзь where Russian has ть, дь) and р ч ш ж ц too (рэ, чы where Russian has ре, чи).
_BE_LETTERS = "іў'’ʼ"  # weight 3 each
_RU_LETTERS = "иъщ"
_BE_SIGN2 = re.compile("(?:ц|дз)[ьеёюяі]")
_BE_SIGN1 = re.compile(r"[бвгджзклмнпрстфхцчшщ]э|[рчшжц]ы|(?:ага|аму|оў|аў|ёў)\b")
_RU_SIGN2 = re.compile("[тд][ьеёюяи]")
_RU_SIGN1 = re.compile(r"[рчшжц]е|(?:ого|ому)\b")


def guess_language(text: str) -> str:
    """A guess at the language of a Cyrillic name: ``"be"``, ``"ru"`` or ``""``.

    Weighs spelling signs: і, ў and the apostrophe, ць/дзь, э and ы after hard
    consonants for Belarusian; и, щ, ъ, ть/дь, е after р ч ш ж ц for Russian. Latin
    text, or a name with no sign either way (Марфа Рабкова), gives ``""``.
    """
    if not text or not _CYR_RE.search(text):
        return ""
    low = text.lower()
    be = 3 * sum(low.count(c) for c in _BE_LETTERS) + 2 * len(_BE_SIGN2.findall(low)) \
        + len(_BE_SIGN1.findall(low))
    ru = 3 * sum(low.count(c) for c in _RU_LETTERS) + 2 * len(_RU_SIGN2.findall(low)) \
        + len(_RU_SIGN1.findall(low))
    if be > ru:
        return "be"
    if ru > be:
        return "ru"
    return ""


def fix_homoglyphs(word: str) -> str:
    """Bring the letters of a mixed-script word to its majority script."""
    cyr = sum(is_cyrillic(ch) for ch in word)
    lat = sum(is_latin(ch) for ch in word)
    if not cyr or not lat:
        return word
    if cyr >= lat:
        return "".join(_LAT_TO_CYR.get(ch, ch) for ch in word)
    return "".join(_CYR_TO_LAT.get(ch, ch) for ch in word)


def _fold_char(ch: str) -> str:
    """Fold one character (the result is itself folded: folding is idempotent)."""
    if ch in _KEEP_CYRILLIC:
        return ch.lower().replace("ї", "і")
    if ch in "ёЁ":
        return "е"
    if ch in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[ch]
    if ch in APOSTROPHES:
        return ""
    if ch in DASHES:
        return "-"
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Co", "Cs", "Cn"):
        return " " if cat == "Cc" else ""
    if cat.startswith("Z"):
        return " "
    if unicodedata.combining(ch):
        return ""  # a stress mark or accent not composed with its letter
    low = ch.lower()
    if low != ch:
        return "".join(_fold_char(c) for c in low)
    decomposed = unicodedata.normalize("NFKD", ch)
    if decomposed != ch:
        return "".join(_fold_char(c) for c in decomposed if not unicodedata.combining(c))
    return ch


@lru_cache(maxsize=4096)
def _fold_char_cached(ch: str) -> str:
    return _fold_char(ch)


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """``str.translate`` table of :func:`_fold_char` for Latin, Cyrillic, punctuation."""
    table: dict[int, str] = {}
    for cp in (*range(0x0000, 0x0530), *range(0x2000, 0x2070), 0xFE63, 0xFF0D):
        folded = _fold_char(chr(cp))
        if folded != chr(cp):
            table[cp] = folded
    return table


_OUTSIDE_TABLE_RE = re.compile(r"[^\u0000-\u052f\u2000-\u206f]")


def fold(text: str) -> str:
    """The comparison form of ``text`` (see the module docstring).

    >>> fold("  Aleś  BIALACKI ")
    'ales bialacki'
    >>> fold("Бяляцкi")   # Latin i inside a Cyrillic word
    'бяляцкі'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if _MIXED_RE.search(text):
        text = _fix_mixed_words(text, fix_homoglyphs)
    out = text.translate(_fold_table())
    if _OUTSIDE_TABLE_RE.search(out):
        out = "".join(_fold_char_cached(ch) for ch in out)
    if _MIXED_RE.search(out):
        # folding can make a word mixed ("ÝЀ" -> "yе"): fix it again, so that folding
        # twice gives what folding once does
        out = _fix_mixed_words(out, fix_homoglyphs).translate(_fold_table())
    out = _WS_RE.sub(" ", out).strip()
    if "-" in out:
        out = _HYPHEN_SPACES_RE.sub("-", out).strip("-").strip()
    return out


def quick_fold(text: str, keep_apostrophes: bool = False) -> str:
    """:func:`fold` for a clean single token (no spaces, no mixed scripts): letters
    only lower-cased and stripped of accents. Much faster; used when indexing.
    With ``keep_apostrophes``, every apostrophe variant becomes ``'`` instead."""
    return text.translate(_key_table() if keep_apostrophes else _fold_table())


@lru_cache(maxsize=1)
def _key_table() -> dict[int, str]:
    table = dict(_fold_table())
    for ch in APOSTROPHES:
        table[ord(ch)] = "'"
    return table


_EDGE_APOS_RE = re.compile(r"^'+|'+$|(?<=[\s-])'+|'+(?=[\s-])")


def scan_key(form: str) -> str:
    """The automaton key of a name form: the form as :func:`fold_for_scan` sees it in
    running text, between spaces (word-internal apostrophes and hyphens become
    spaces: "Дар'я" → " дар я ")."""
    f = form.translate(_key_table())
    if "'" in f:
        f = _EDGE_APOS_RE.sub("", f).replace("'", " ")
    return " " + f.replace("-", " ") + " "


def tokens(text: str) -> list[str]:
    """Words of a name or text (letters, with inner apostrophes kept), in order."""
    return _WORD_RE.findall(text or "")


def name_tokens(name: str) -> list[str]:
    """Folded tokens of a name: hyphens and spaces separate, apostrophes vanish."""
    folded = fold(name)
    return [t for t in re.split(r"[\s\-]+", folded) if t and any(c.isalpha() for c in t)]


# --- length-preserving fold for scanning running text --------------------------------


def _scan_char(cp: int) -> str:
    ch = chr(cp)
    if ch in APOSTROPHES or ch in DASHES:
        return " "
    if not ch.isalpha():
        return " "
    f = _fold_char(ch)
    f = "".join(c for c in f if c.isalpha())
    if len(f) == 1:
        return f
    if len(f) == 0:
        return " "
    return f[0]  # ß, æ ... rare in names; keep the length


@lru_cache(maxsize=1)
def _scan_table() -> dict[int, str]:
    return {cp: _scan_char(cp) for cp in range(0x0000, 0x0530)
            if _scan_char(cp) != chr(cp)} | {
        cp: " " for cp in range(0x2000, 0x2070)
    }


def fold_for_scan(text: str) -> str:
    """Fold ``text`` one character to one character: letters lower-cased and
    stripped of Latin accents, ё → е, everything that is not a letter → a space.

    The result has the same length as ``text``, so offsets carry over.
    Characters outside Latin, Cyrillic and common punctuation are left as they are.
    """
    folded = text.translate(_scan_table())
    if _MIXED_RE.search(folded):
        folded = _fix_mixed_words(folded, _fix_scan_word)
    return folded


def _fix_scan_word(word: str) -> str:
    fixed = fix_homoglyphs(word)
    fixed = fixed.replace("ё", "е").replace("ї", "і")
    return fixed if len(fixed) == len(word) else word
