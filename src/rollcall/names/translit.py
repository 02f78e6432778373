"""Transliteration of Belarusian and Russian names, Cyrillic → Latin and back.

Russian schemes come from the ``iuliia`` package (its schema files cite their
standards); Belarusian schemes are not in ``iuliia`` and are written here, each table
citing its source. Scheme names:

Belarusian (example: Бяляцкі / Лукашэнка):

* ``be_national`` — Instruction on transliteration of Belarusian geographical names,
  State Committee on Property of Belarus, 2007 (adopted by UNGEGN, resolution X/9,
  2012): Bialiacki / Lukašenka.
* ``be_passport`` — the same system with English digraphs instead of diacritics
  (ц ts, ч ch, ш sh, ж zh, х kh, ў u, е after a consonant e), as in Belarusian
  passports and on Viasna's English site: Bialiatski / Lukashenka, Aliaksandr,
  Tsikhanouskaya, Siarhei.
* ``be_bgn_pcgn`` — BGN/PCGN romanization of Belarusian, 1979: Byalyatski / Lukashenka.
* ``be_icao`` — ICAO Doc 9303 (7th ed., part 3, Cyrillic table; і → I, ў → U):
  Bialiatski / Lukashenka.
* ``be_lacinka`` — Belarusian Łacinka, classical orthography (Taraškievič 1918/1929,
  as codified by Jan Stankievič): Bialacki / Łukašenka.

Russian (example: Беляцкий / Лукашенко), all from ``iuliia``:

* ``ru_bgn_pcgn`` — BGN/PCGN 1947 (``bgn_pcgn``): Belyatskiy;
* ``ru_icao`` — ICAO Doc 9303 (``icao_doc_9303``): Beliatskii;
* ``ru_iso9`` — ISO 9:1995 = GOST 7.79-2000 system A (``gost_779``): Belâckij;
* ``ru_scholarly`` — scientific transliteration (``scientific``): Beljackij;
* ``ru_wikipedia`` — English Wikipedia (``wikipedia``): Belyatsky;
* ``ru_simple`` — simplified, Moscow metro (``mosmetro``): Belyatsky;
* ``ru_press`` — English press usage: ``ru_wikipedia`` with -ei/-ai endings and the
  conventional English forms of common given names (Alexander, Maxim, Sergei,
  Nikolai, Yuri, Natalia ...), as in Reuters/AP/BBC copy.

:func:`to_cyrillic` goes back: from a Latin spelling to the likely Belarusian or
Russian Cyrillic forms (several candidates, best first), for matching.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

import iuliia

__all__ = [
    "BE_SCHEMES",
    "RU_SCHEMES",
    "SCHEMES",
    "to_cyrillic",
    "transliterate",
    "transliterations",
]

BE_SCHEMES = ("be_national", "be_passport", "be_bgn_pcgn", "be_icao", "be_lacinka")
RU_SCHEMES = ("ru_bgn_pcgn", "ru_icao", "ru_iso9", "ru_scholarly", "ru_wikipedia",
              "ru_simple", "ru_press")
SCHEMES = BE_SCHEMES + RU_SCHEMES

_IULIIA = {
    "ru_bgn_pcgn": "bgn_pcgn",
    "ru_icao": "icao_doc_9303",
    "ru_iso9": "gost_779",
    "ru_scholarly": "scientific",
    "ru_wikipedia": "wikipedia",
    "ru_simple": "mosmetro",
    "ru_press": "wikipedia",
}

_VOWELS = set("аеёиоуыэюяі")
_IOTATED = set("еёюя")
_SOFT_SIGNS = "ьъ'’ʼ"

# --- Belarusian tables ----------------------------------------------------------

# Instruction on transliteration of Belarusian geographical names (2007), table 1.
_BE_NATIONAL = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "ž", "з": "z",
    "і": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ў": "ŭ", "ф": "f", "х": "ch", "ц": "c",
    "ч": "č", "ш": "š", "ы": "y", "ь": "ʹ", "э": "e", "'": "", "’": "", "ʼ": "",
    # iotated vowels: (word-initially / after a vowel, ў, ь or apostrophe; after a consonant)
    "е": ("je", "ie"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia"),
    # Russian-only letters met in Belarusian texts (names spelled the Russian way):
    "и": "i", "щ": "šč", "ъ": "",
}

# be_passport: the 2007 system with English digraphs (Belarusian passports, Viasna).
_BE_PASSPORT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "zh", "з": "z",
    "і": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "ы": "y", "ь": "", "э": "e", "'": "", "’": "", "ʼ": "",
    "е": ("ye", "e"), "ё": ("yo", "io"), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    "и": "i", "щ": "shch", "ъ": "",
}

# BGN/PCGN 1979 romanization of Belarusian.
_BE_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "zh", "з": "z",
    "і": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ў": "w", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "ы": "y", "ь": "ʼ", "э": "e", "'": "ˮ", "’": "ˮ", "ʼ": "ˮ",
    "е": ("ye", "ye"), "ё": ("yo", "yo"), "ю": ("yu", "yu"), "я": ("ya", "ya"),
    "и": "i", "щ": "shch", "ъ": "",
}

# ICAO Doc 9303, part 3, table for Cyrillic (Belarusian і → I, ў → U).
_BE_ICAO = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ж": "zh", "з": "z",
    "і": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "ы": "y", "ь": "", "э": "e", "'": "", "’": "", "ʼ": "",
    "е": ("e", "e"), "ё": ("e", "e"), "ю": ("iu", "iu"), "я": ("ia", "ia"),
    "и": "i", "щ": "shch", "ъ": "ie",
}

# Łacinka (classical Belarusian Latin alphabet). л is "ł" except before a soft
# sign or a front/iotated vowel, where it is "l" and the vowel loses its "i";
# з с н ц дз + ь give ź ś ń ć dź.
_BE_LACINKA = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "ž", "з": "z",
    "і": "i", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ў": "ŭ", "ф": "f", "х": "ch", "ц": "c",
    "ч": "č", "ш": "š", "ы": "y", "ь": "", "э": "e", "'": "", "’": "", "ʼ": "",
    "е": ("je", "ie"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia"),
    "и": "i", "щ": "šč", "ъ": "",
}
_LACINKA_SOFT = {"з": "ź", "с": "ś", "н": "ń", "ц": "ć"}

_BE_TABLES = {
    "be_national": _BE_NATIONAL,
    "be_passport": _BE_PASSPORT,
    "be_bgn_pcgn": _BE_BGN,
    "be_icao": _BE_ICAO,
    "be_lacinka": _BE_LACINKA,
}


def _be_char(low: str, i: int, scheme: str) -> str:
    """Romanisation of ``low[i]`` (a lower-case word) under a Belarusian scheme."""
    table = _BE_TABLES[scheme]
    ch = low[i]
    prev = low[i - 1] if i else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if ch not in table:
        return ch
    val = table[ch]
    if isinstance(val, tuple):
        initial = not prev or prev in _VOWELS or prev == "ў" or prev in _SOFT_SIGNS
        if scheme == "be_passport" and prev and prev in "іыи":
            initial = False
        if scheme == "be_lacinka" and prev == "л":
            return val[1][1:]  # ля → la, ле → le
        return val[0] if initial else val[1]
    if scheme == "be_passport" and ch == "й" and prev and prev in "ыі":
        return ""
    if scheme == "be_lacinka":
        if ch == "л" and nxt and nxt in "ьеёюяі":
            return "l"
        if ch in _LACINKA_SOFT and nxt == "ь":
            return _LACINKA_SOFT[ch]
        if ch == "з" and prev == "д" and nxt == "ь":
            return "ź"
    return val


def _be_word(word: str, scheme: str) -> str:
    low = word.lower()
    return _restore_case("".join(_be_char(low, i, scheme) for i in range(len(low))), word)


# --- fast lower-case romanisation for indexing ----------------------------------------
# Same results as transliterate(word, scheme).lower() for a lower-case Cyrillic word
# (checked by tests/names/test_translit.py), but with str.translate for the letters
# whose reading does not depend on their neighbours and a callback only for the rest.

_BE_CONTEXT = {
    "be_national": "еёюя",
    "be_passport": "еёюяй",
    "be_bgn_pcgn": "",
    "be_icao": "",
    "be_lacinka": "еёюялзснц",
}


@cache
def _fast_parts(scheme: str) -> tuple[dict[int, str], re.Pattern[str] | None, Any]:
    if scheme.startswith("be_"):
        table = _BE_TABLES[scheme]
        context = _BE_CONTEXT[scheme] + "".join(k for k, v in table.items()
                                                if isinstance(v, tuple))
        flat = {ord(k): (v[1] if isinstance(v, tuple) else v) for k, v in table.items()}
        pattern = re.compile("[" + "".join(sorted(set(context))) + "]") if context else None
        return flat, pattern, None
    # the schema's own JSON file, as iuliia reads it
    data = json.loads(iuliia.schemas.get(_IULIIA[scheme]).path.read_text(encoding="utf-8"))
    mapping = dict(data["mapping"])
    prev_map = dict(data.get("prev_mapping") or {})
    next_map = dict(data.get("next_mapping") or {})
    ending = dict(data.get("ending_mapping") or {})
    context = {k[-1] for k in prev_map} | {k[0] for k in next_map}
    pattern = re.compile("[" + "".join(sorted(context)) + "]") if context else None
    return {ord(k): v for k, v in mapping.items()}, pattern, (mapping, prev_map, next_map,
                                                             ending)


def _iuliia_letters(low: str, scheme: str) -> str:
    flat, pattern, extra = _fast_parts(scheme)
    mapping, prev_map, next_map, _ = extra
    if pattern is not None and pattern.search(low):
        def repl(m: re.Match[str]) -> str:
            i = m.start()
            ch = low[i]
            prev = low[i - 1] if i else ""
            nxt = low[i + 1] if i + 1 < len(low) else ""
            v = prev_map.get(prev + ch)
            if v is None:
                v = next_map.get(ch + nxt)
            if v is None:
                v = mapping.get(ch, ch)
            return v

        low = pattern.sub(repl, low)
    return low.translate(flat)


def fast_latin(low: str, scheme: str) -> str:
    """Lower-case romanisation of one lower-case Cyrillic word (for indexing)."""
    flat, pattern, extra = _fast_parts(scheme)
    if extra is None:
        if pattern is not None and pattern.search(low):
            low = pattern.sub(lambda m: _be_char(m.string, m.start(), scheme), low)
        return low.translate(flat)
    ending = extra[3]
    low = low.translate(_BE_TO_RU_LETTERS)
    if len(low) > 2 and low[-2:] in ending:
        out = _iuliia_letters(low[:-2], scheme) + ending[low[-2:]]
    else:
        out = _iuliia_letters(low, scheme)
    if scheme == "ru_press":
        for a, b in (("ey", "ei"), ("ay", "ai")):
            if out.endswith(a):
                out = out[: -len(a)] + b
                break
    return out.replace("ё", "e")


def _restore_case(latin: str, model: str) -> str:
    letters = [c for c in model if c.isalpha()]
    if not letters:
        return latin
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return latin.upper()
    if letters[0].isupper():
        return latin[:1].upper() + latin[1:]
    return latin


# --- Russian: iuliia plus press conventions ---------------------------------------

# Conventional English forms of common Russian given names, as used by the English
# press (Reuters, AP, BBC style guides prefer these over a strict transliteration).
_RU_PRESS_GIVEN = {
    "александр": "Alexander", "алексей": "Alexei", "максим": "Maxim", "мария": "Maria",
    "юрий": "Yuri", "наталья": "Natalia", "наталия": "Natalia", "ксения": "Ksenia",
    "татьяна": "Tatiana", "евгения": "Evgenia", "евгений": "Yevgeny", "сергей": "Sergei",
    "николай": "Nikolai", "андрей": "Andrei", "дмитрий": "Dmitry", "григорий": "Grigory",
    "пётр": "Pyotr", "петр": "Pyotr", "фёдор": "Fyodor", "федор": "Fyodor",
    "виктория": "Victoria", "юлия": "Yulia", "анастасия": "Anastasia", "дарья": "Darya",
    "екатерина": "Ekaterina", "ольга": "Olga", "елена": "Elena", "артём": "Artyom",
    "артем": "Artyom", "матвей": "Matvei", "валерий": "Valery", "виталий": "Vitaly",
    "анатолий": "Anatoly", "василий": "Vasily", "георгий": "Georgy", "аркадий": "Arkady",
    "михаил": "Mikhail", "павел": "Pavel", "эдуард": "Eduard", "илья": "Ilya",
    "софья": "Sofia", "софия": "Sofia", "алёна": "Alyona", "алена": "Alyona",
}


_BE_TO_RU_LETTERS = str.maketrans({"і": "и", "І": "И", "ў": "у", "Ў": "У", "ґ": "г",
                                   "Ґ": "Г"})


@lru_cache(maxsize=65536)
def _ru_word(word: str, scheme: str) -> str:
    low = word.lower()
    if scheme == "ru_press" and low in _RU_PRESS_GIVEN:
        return _restore_case(_RU_PRESS_GIVEN[low].lower(), word)
    # Belarusian letters in a name romanised by a Russian scheme: read as Russian
    word = word.translate(_BE_TO_RU_LETTERS)
    out = iuliia.schemas.get(_IULIIA[scheme]).translate(word)
    if scheme == "ru_press":
        lo = out.lower()
        for a, b in (("ey", "ei"), ("ay", "ai")):
            if lo.endswith(a):
                out = out[: -len(a)] + (b.upper() if out[-1].isupper() else b)
                break
    # iuliia leaves ё where a scheme has no rule for it; give it the scheme's е.
    return out.replace("ё", "e").replace("Ё", "E")


def transliterate(text: str, scheme: str) -> str:
    """Romanise Cyrillic ``text`` under ``scheme`` (see the module docstring).

    Non-Cyrillic characters pass through unchanged; letter case is kept.
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    word: list[str] = []

    def flush() -> None:
        if word:
            w = "".join(word)
            out.append(_be_word(w, scheme) if scheme.startswith("be_") else _ru_word(w, scheme))
            word.clear()

    for ch in text:
        if (ch.isalpha() and "\u0400" <= ch <= "\u04ff") or (word and ch in "'’ʼ"):
            word.append(ch)
        else:
            flush()
            out.append(ch)
    flush()
    # some iuliia schemas (gost_779) write ž as z + combining caron: compose
    return unicodedata.normalize("NFC", "".join(out))


def transliterations(text: str, language: str) -> dict[str, str]:
    """``{scheme: romanisation}`` for every scheme of ``language`` ("be" or "ru")."""
    schemes = BE_SCHEMES if language == "be" else RU_SCHEMES if language == "ru" else ()
    return {s: transliterate(text, s) for s in schemes}


# --- Latin → Cyrillic ----------------------------------------------------------------

# Graphemes of the Latin spellings met in practice (all schemes above, Polish
# spellings of Belarusian names, English press forms), longest first, each with its
# Cyrillic readings in order of likelihood: (belarusian, russian).
_L2C: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "shch": (("шч",), ("щ",)), "szcz": (("шч",), ("щ",)), "sch": (("шч",), ("щ",)),
    "dzh": (("дж",), ("дж",)), "dž": (("дж",), ("дж",)), "dź": (("дзь",), ("дь",)),
    "tch": (("ч",), ("ч",)), "zh": (("ж",), ("ж",)), "kh": (("х",), ("х",)),
    "ch": (("ч", "х"), ("ч", "х")), "cz": (("ч",), ("ч",)), "sh": (("ш",), ("ш",)),
    "sz": (("ш",), ("ш",)), "ts": (("ц", "тс"), ("ц", "тс")), "tz": (("ц",), ("ц",)),
    "dz": (("дз",), ("дз", "д")), "rz": (("ж", "рз"), ("рз", "ж")),
    "ck": (("цк", "к"), ("к", "цк")), "ph": (("ф",), ("ф",)), "ks": (("кс",), ("кс",)),
    "x": (("кс",), ("кс",)), "q": (("к",), ("к",)),
    "č": (("ч",), ("ч",)), "š": (("ш",), ("ш",)), "ž": (("ж",), ("ж",)),
    "ŭ": (("ў",), ("в",)), "ł": (("л",), ("л",)), "ś": (("сь",), ("сь",)),
    "ć": (("ць",), ("ть",)), "ź": (("зь",), ("зь",)), "ń": (("нь",), ("нь",)),
    "ż": (("ж",), ("ж",)), "ó": (("о",), ("о",)), "ę": (("е",), ("е",)),
    "ą": (("о",), ("о",)),
    "a": (("а",), ("а",)), "b": (("б",), ("б",)), "c": (("ц", "к"), ("к", "ц")),
    "d": (("д",), ("д",)), "f": (("ф",), ("ф",)), "g": (("г", "ґ"), ("г",)),
    "h": (("г", "х"), ("х", "г")), "k": (("к",), ("к",)), "l": (("л",), ("л",)),
    "m": (("м",), ("м",)), "n": (("н",), ("н",)), "o": (("о", "а"), ("о",)),
    "p": (("п",), ("п",)), "r": (("р",), ("р",)), "s": (("с",), ("с",)),
    "t": (("т",), ("т",)), "v": (("в",), ("в",)), "w": (("ў", "в"), ("в",)),
    "z": (("з",), ("з",)),
}
_LAT_VOWELS = set("aeiouyáéíóúýąęó")
_IOT = {"a": "я", "e": "е", "o": "ё", "u": "ю"}


def _vowel_options(s: str, i: int, lang: str, at_start: bool, after_vowel: bool
                   ) -> list[tuple[int, list[tuple[str, int]]]]:
    """Readings of the vowel letters at ``s[i]`` (and a following vowel)."""
    ch = s[i]
    nxt = s[i + 1] if i + 1 < len(s) else ""
    after = s[i + 2] if i + 2 < len(s) else ""
    be = lang == "be"
    opts: list[tuple[int, list[tuple[str, int]]]] = []
    # y/i/j + a/e/o/u: an iotated vowel
    if ch in "yij" and nxt in _IOT:
        cyr = _IOT[nxt]
        if at_start or after_vowel:
            choices = [(cyr, 0)]
            if ch == "i":
                choices.append((("і" if be else "и") + cyr, 1))
        else:
            soft = "ь" if not be else "'"
            if ch == "i":
                choices = [(cyr, 0), (("і" if be else "и") + cyr, 1)]
                if not be:
                    choices = [(cyr, 1), ("и" + cyr, 0)] if nxt == "a" else choices
            else:
                choices = [(cyr, 0), (soft + cyr, 1)] if be else [("ь" + cyr, 0), (cyr, 1)]
                if ch == "y" and be:
                    choices.append(("ы" + cyr, 1))
        opts.append((2, choices))
    if ch == "e":
        if be:
            hard = s[max(0, i - 2) : i].endswith(("r", "sh", "ch", "zh", "ts", "š", "č", "ž", "c"))
            choices = [("э", 0), ("е", 1)] if hard or at_start else [("е", 0), ("э", 1)]
        else:
            choices = [("е", 0), ("э", 1)]
        opts.append((1, choices))
    elif ch == "a":
        opts.append((1, [("а", 0)] if be else [("а", 0), ("о", 2)]))
    elif ch == "o":
        opts.append((1, [("о", 0), ("а", 2)]))
    elif ch == "u":
        if prev_letter(s, i) in "aeo" and nxt not in _LAT_VOWELS:
            opts.append((1, [("ў", 0), ("у", 1)] if be else [("в", 0), ("у", 1)]))
        else:
            opts.append((1, [("у", 0)]))
    elif ch in "iíj":
        end_or_cons = (not nxt) or nxt not in _LAT_VOWELS
        plain = "і" if be else "и"
        if ch == "j":
            opts.append((1, [("й", 0)]))
        elif after_vowel and end_or_cons:
            opts.append((1, [("й", 0), (plain, 1)]))
        elif not nxt and not be and i > 0:
            opts.append((1, [("ий", 0), ("и", 1)]))
        else:
            opts.append((1, [(plain, 0)]))
    elif ch in "yý":
        end = not nxt
        if after_vowel and (end or nxt not in _LAT_VOWELS):
            opts.append((1, [("й", 0)]))
        elif end:
            opts.append((1, [("ы", 0), ("ый", 1), ("і", 2)] if be else
                         [("ий", 0), ("ый", 1), ("и", 1), ("ы", 2)]))
        elif nxt == "i" and after == "":
            opts.append((2, [("ый", 0), ("ій", 1)] if be else [("ий", 0), ("ый", 1)]))
        else:
            opts.append((1, [("ы", 0), ("і", 1)] if be else [("ы", 0), ("и", 0)]))
    return opts


def prev_letter(s: str, i: int) -> str:
    return s[i - 1] if i else "^"


def _options(s: str, i: int, lang: str) -> list[tuple[int, list[tuple[str, int]]]]:
    at_start = i == 0
    prev = s[i - 1] if i else ""
    after_vowel = bool(prev) and prev in _LAT_VOWELS
    ch = s[i]
    if ch in _LAT_VOWELS or ch == "j":
        opts = _vowel_options(s, i, lang, at_start, after_vowel)
        if any(size == 2 for size, _ in opts):
            # a glide + vowel read as one iotated letter beats two separate letters
            opts = [(size, [(c, k + 2) for c, k in ch_] if size == 1 else ch_)
                    for size, ch_ in opts]
        if opts:
            return opts
    idx = 0 if lang == "be" else 1
    for size in (4, 3, 2, 1):
        g = s[i : i + size]
        if len(g) == size and g in _L2C:
            readings = _L2C[g][idx]
            return [(size, [(r, k) for k, r in enumerate(readings)])]
    return [(1, [(ch, 0)])]


@lru_cache(maxsize=16384)
def _to_cyrillic_word(word: str, lang: str, limit: int) -> tuple[str, ...]:
    s = unicodedata.normalize("NFC", word.lower())
    s = "".join(c for c in s if c not in "'’ʼ`")
    if not s:
        return ()
    beams: dict[int, list[tuple[int, str]]] = {0: [(0, "")]}
    width = max(limit * 3, 8)
    for i in range(len(s)):
        if i not in beams:
            continue
        current = sorted(beams.pop(i))[:width]
        for size, choices in _options(s, i, lang):
            for cyr, cost in choices:
                for base_cost, text in current:
                    beams.setdefault(i + size, []).append((base_cost + cost, text + cyr))
    final = sorted(beams.get(len(s), []))
    out: list[str] = []
    for _, text in final:
        if lang == "ru":
            text = text.replace("йа", "я").replace("йу", "ю")
        if text not in out:
            out.append(text)
        if len(out) >= limit:
            break
    return tuple(out)


def to_cyrillic(text: str, language: str, limit: int = 5) -> list[str]:
    """Likely Cyrillic forms of a Latin spelling, best first (at most ``limit``).

    ``language`` is ``"be"`` or ``"ru"``. Each word is read with the graphemes of
    all the schemes above; ambiguous letters (e э/е, h г/х, o о/а, c ц/к ...) give
    alternatives. Cyrillic input is returned as it is.

    >>> to_cyrillic("Bialiatski", "be")[0]
    'Бяляцкі'
    """
    if not text or not text.strip():
        return []
    lang = "be" if language == "be" else "ru"
    words = text.split()
    per_word: list[tuple[str, ...]] = []
    for w in words:
        if any("\u0400" <= c <= "\u04ff" for c in w):
            per_word.append((w,))
            continue
        parts = w.split("-")
        part_forms = [_to_cyrillic_word(p, lang, limit) or (p,) for p in parts]
        best = "-".join(f[0] for f in part_forms)
        forms = [best]
        for k, f in enumerate(part_forms):
            for alt in f[1:]:
                forms.append("-".join(
                    alt if j == k else part_forms[j][0] for j in range(len(parts))))
        per_word.append(tuple(_restore_cyr_case(x, w) for x in forms[:limit]))
    results = [" ".join(f[0] for f in per_word)]
    for k, forms in enumerate(per_word):
        for alt in forms[1:]:
            results.append(" ".join(alt if j == k else per_word[j][0]
                                    for j in range(len(per_word))))
    seen: list[str] = []
    for r in results:
        if r not in seen:
            seen.append(r)
    return seen[:limit]


def _restore_cyr_case(cyr: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return cyr.upper()
    if model[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in cyr.split("-"))
    return cyr
