"""Inflection of Russian and Belarusian personal names (stable public API).

Public, stable functions (other packages depend on them):

* :func:`nominative_forms` — candidate nominative forms of one name token, best first,
  including the word itself when it may already be nominative.
* :func:`nominative_name` — the nominative of a whole name given as tokens in any one
  case, e.g. ``["Алеся", "Бяляцкага"]`` → ``"Алесь Бяляцкі"``.
* :func:`inflected_forms` — the oblique forms of a nominative name token (used to
  build the mention automaton).

Russian uses pymorphy3 (with its OpenCorpora dictionaries: names, surnames,
patronymics and a predictor for unknown words) plus the declension rules below for
surnames it does not know. Belarusian has no pymorphy dictionary here, so it uses
the rules below: the declension of surnames and given names as described in
"Правілы беларускай арфаграфіі і пунктуацыі" (2008) and the standard grammars
(Беларуская граматыка, 1985, ч. 1, §§ on nouns and adjectives): adjectival
surnames in -скі/-цкі/-ы/-і and -ая, possessive surnames in -оў/-аў/-ёў/-еў/-ін/-ын
and -ава/-ова/-іна, consonant stems (with fleeting vowels in -ак/-ок/-ец) and
a-stems (-а/-я, -ія/-ыя). The Russian rule table follows the same plan (Розенталь,
"Справочник по правописанию и литературной правке", § 95–96: declension of surnames).

The rules over-generate a little on purpose: a form that never occurs costs nothing
in an index, a missed form loses a mention.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["inflected_forms", "morph", "nominative_forms", "nominative_name"]

_VOWELS = set("аеёиоуыэюяіў")
_CONSONANTS = set("бвгджзйклмнпрстфхцчшщ")
_SOFTABLE = set("бвдзлмнпстфц")  # consonants that take a soft sign at the end of a name

_MORPH: Any = None
_MORPH_LOCK = threading.Lock()


def morph() -> Any:
    """The process-wide pymorphy3 Russian analyser, created on first use."""
    global _MORPH
    if _MORPH is None:
        with _MORPH_LOCK:
            if _MORPH is None:
                import pymorphy3

                _MORPH = pymorphy3.MorphAnalyzer(lang="ru")
    return _MORPH


@dataclass(frozen=True)
class _Rule:
    nom: str  # nominative ending ("" for a bare consonant stem)
    obl: str  # oblique ending replacing it
    gender: str  # "m", "f" or "" (either)
    case: str  # gent, datv, accs, ablt, loct
    stem: str = ""  # required last letter class of the stem: "C" consonant, "" any


def _rules(nom: str, gender: str, stem: str = "", **cases: str) -> list[_Rule]:
    if gender == "m" and "gent" in cases and "accs" not in cases:
        cases["accs"] = cases["gent"]  # a person is animate: the accusative is the genitive
    out = []
    for case, endings in cases.items():
        for obl in endings.split():
            out.append(_Rule(nom, obl, gender, case, stem))
    return out


# Russian surnames and given names (Розенталь § 95–96; standard declension).
_RU_RULES: list[_Rule] = [
    *_rules("ский", "m", gent="ского", datv="скому", ablt="ским", loct="ском"),
    *_rules("цкий", "m", gent="цкого", datv="цкому", ablt="цким", loct="цком"),
    *_rules("ый", "m", gent="ого", datv="ому", ablt="ым", loct="ом"),
    *_rules("ой", "m", gent="ого", datv="ому", ablt="ым им", loct="ом"),
    *_rules("ская", "f", gent="ской", accs="скую"),
    *_rules("цкая", "f", gent="цкой", accs="цкую"),
    *_rules("ая", "f", gent="ой", accs="ую"),
    *_rules("ов", "m", gent="ова", datv="ову", ablt="овым", loct="ове"),
    *_rules("ев", "m", gent="ева", datv="еву", ablt="евым", loct="еве"),
    *_rules("ёв", "m", gent="ёва", datv="ёву", ablt="ёвым", loct="ёве"),
    *_rules("ин", "m", gent="ина", datv="ину", ablt="иным ином", loct="ине"),
    *_rules("ын", "m", gent="ына", datv="ыну", ablt="ыным", loct="ыне"),
    *_rules("ова", "f", gent="овой", accs="ову"),
    *_rules("ева", "f", gent="евой", accs="еву"),
    *_rules("ёва", "f", gent="ёвой", accs="ёву"),
    *_rules("ина", "f", gent="иной", accs="ину"),
    *_rules("ына", "f", gent="ыной", accs="ыну"),
    *_rules("ий", "m", gent="ия", datv="ию", ablt="ием", loct="ии"),
    *_rules("ия", "f", gent="ии", accs="ию", ablt="ией"),
    *_rules("ок", "m", "C", gent="ка", datv="ку", ablt="ком", loct="ке"),
    *_rules("ек", "m", "C", gent="ка", datv="ку", ablt="ком", loct="ке"),
    *_rules("ёк", "m", "C", gent="ька", datv="ьку", ablt="ьком", loct="ьке"),
    *_rules("ец", "m", "C", gent="ца", datv="цу", ablt="цом цем", loct="це"),
    *_rules("ь", "m", "S", gent="я", datv="ю", ablt="ем", loct="е"),
    *_rules("й", "m", "V", gent="я", datv="ю", ablt="ем", loct="е"),
    *_rules("а", "", gent="ы и", datv="е", accs="у", ablt="ой ей"),
    *_rules("я", "", gent="и", datv="е", accs="ю", ablt="ей ёй"),
    *_rules("", "m", "C", gent="а", datv="у", ablt="ом ем", loct="е"),
]

# Belarusian surnames and given names (Правілы 2008; Беларуская граматыка 1985).
_BE_RULES: list[_Rule] = [
    *_rules("скі", "m", gent="скага", datv="скаму", ablt="скім"),
    *_rules("цкі", "m", gent="цкага", datv="цкаму", ablt="цкім"),
    *_rules("і", "m", gent="ага", datv="аму", ablt="ім"),
    *_rules("ы", "m", gent="ага", datv="аму", ablt="ым"),
    *_rules("ская", "f", gent="скай", accs="скую", ablt="скаю"),
    *_rules("цкая", "f", gent="цкай", accs="цкую", ablt="цкаю"),
    *_rules("ая", "f", gent="ай", accs="ую", ablt="аю"),
    *_rules("оў", "m", gent="ова", datv="ову", ablt="овым", loct="ове"),
    *_rules("аў", "m", gent="ава", datv="аву", ablt="авым", loct="аве"),
    *_rules("ёў", "m", gent="ёва", datv="ёву", ablt="ёвым", loct="ёве"),
    *_rules("еў", "m", gent="ева", datv="еву", ablt="евым", loct="еве"),
    *_rules("ін", "m", gent="іна", datv="іну", ablt="іным", loct="іне"),
    *_rules("ын", "m", gent="ына", datv="ыну", ablt="ыным", loct="ыне"),
    *_rules("ава", "f", gent="авай", accs="аву", ablt="аваю"),
    *_rules("ова", "f", gent="овай", accs="ову", ablt="оваю"),
    *_rules("ёва", "f", gent="ёвай", accs="ёву", ablt="ёваю"),
    *_rules("ева", "f", gent="евай", accs="еву", ablt="еваю"),
    *_rules("іна", "f", gent="інай", accs="іну", ablt="інаю"),
    *_rules("ына", "f", gent="ынай", accs="ыну", ablt="ынаю"),
    *_rules("ій", "m", gent="ія", datv="ію", ablt="іем", loct="іі"),
    *_rules("ый", "m", gent="ыя", datv="ыю", ablt="ыем", loct="ыі"),
    *_rules("ія", "f", gent="іі", accs="ію", ablt="іяй"),
    *_rules("ыя", "f", gent="ыі", accs="ыю", ablt="ыяй"),
    # the instrumental is -ом where the ending is stressed (Дзядком, Круком), else -ам
    *_rules("ак", "m", "C", gent="ка", datv="ку", ablt="кам ком", loct="ку"),
    *_rules("ок", "m", "C", gent="ка", datv="ку", ablt="кам ком", loct="ку"),
    *_rules("ёк", "m", "C", gent="ька", datv="ьку", ablt="ькам ьком", loct="ьку"),
    *_rules("ец", "m", "C", gent="ца", datv="цу", ablt="цам цом", loct="цы"),
    *_rules("вел", "m", gent="ўла", datv="ўлу", ablt="ўлам", loct="ўле"),
    *_rules("вец", "m", gent="ўца", datv="ўцу", ablt="ўцом", loct="ўцы"),  # Мысліўца
    *_rules("ь", "m", "S", gent="я", datv="ю", ablt="ем", loct="і"),
    *_rules("й", "m", "V", gent="я", datv="ю", ablt="ем", loct="і"),
    *_rules("ка", "", gent="кі", datv="ку цы", accs="ку", ablt="кам кай каю"),
    *_rules("га", "", gent="гі", datv="гу зе", accs="гу", ablt="гам гай гаю"),
    # dative -у belongs to masculine -ка/-га nouns (Лукашэнку, above), not to -а in general:
    # "Папову" is Папова's accusative or Папоў's dative, never a dative of "Папова"
    *_rules("а", "", gent="ы і", datv="е", accs="у", ablt="ай аю ам"),
    *_rules("а", "m", datv="у"),  # Мікола -> Міколу
    *_rules("я", "", gent="і", datv="і ю", accs="ю", ablt="яй яю ем"),
    *_rules("", "m", "C", gent="а", datv="у", ablt="ам ом ем ым", loct="е у"),
]

_RULES = {"ru": _RU_RULES, "be": _BE_RULES}


def _by_nom(rules: list[_Rule]) -> dict[str, list[_Rule]]:
    out: dict[str, list[_Rule]] = {}
    for rule in rules:
        out.setdefault(rule.nom, []).append(rule)
    return out


_RULES_BY_NOM = {lang: _by_nom(rules) for lang, rules in _RULES.items()}
_MAX_NOM = max(len(r.nom) for rules in _RULES.values() for r in rules)


def _generate(low: str, lang: str) -> set[str]:
    """Oblique forms of a lower-case nominative by the rules (the word included)."""
    out = {low}
    by_nom = _RULES_BY_NOM[lang]
    for k in range(0, min(_MAX_NOM, len(low) - 1) + 1):
        nom = low[len(low) - k :] if k else ""
        rules = by_nom.get(nom)
        if not rules:
            continue
        stem = low[: len(low) - k]
        if len(stem) < 2:
            continue
        for rule in rules:
            if rule.nom == "":
                if stem[-1] not in _CONSONANTS or stem[-1] == "й":
                    break
            elif rule.stem and not _stem_ok(stem, rule):
                continue
            if _plausible(stem, rule, lang):
                out.add(stem + rule.obl)
    return out


_HUSHING = set("жшчщц")
_VELAR = set("гкх")


def _plausible(stem: str, rule: _Rule, lang: str) -> bool:
    """Spelling rules that pick one of the alternative endings (generation only)."""
    last = stem[-1]
    obl = rule.obl
    if lang == "ru":
        if rule.nom == "":
            if obl == "ом":
                return last not in _HUSHING
            if obl == "ем":
                return last in _HUSHING
        elif rule.nom == "а":
            if obl == "ы":
                return last not in _VELAR and last not in _HUSHING
            if obl == "и":
                return last in _VELAR or last in _HUSHING
            if obl == "ей":
                return last in _HUSHING
            if obl == "ой":
                return last not in _HUSHING
        return True
    if rule.nom == "":
        return obl not in ("ем", "ым")
    if rule.nom == "а":
        if obl == "ы":
            return last not in _VELAR
        if obl == "і":
            return last in _VELAR
    if rule.nom in ("і", "ы") and obl[:1] == "а":
        # "-ага", "-аму" follow a hard stem: -і after г, к, х (Дзікі), -ы after any other
        return (rule.nom == "і") == (last in _VELAR)
    return True

# Endings after which a token is very likely already nominative.
_NOM_STRONG = {
    "ru": ("ский", "цкий", "ская", "цкая", "ов", "ев", "ёв", "ин", "ын", "ович", "евич",
           "вич", "ич", "ук", "юк", "енко", "ко", "их", "ых", "ий", "ый"),
    "be": ("скі", "цкі", "ская", "цкая", "оў", "аў", "ёў", "еў", "ін", "ын", "віч", "іч",
           "ук", "юк", "енка", "энка", "ых", "ій", "ый"),
}

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _lang(language: str, word: str) -> str:
    language = (language or "").lower()[:2]
    if language in ("be", "ru"):
        return language
    from rollcall.names.fold import guess_language, script_of

    if script_of(word) != "Cyrl":
        return ""
    return guess_language(word) or "ru"


def _restore_case(form: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        parts = form.split("-")
        return "-".join(p[:1].upper() + p[1:] for p in parts)
    return form


def _stem_ok(stem: str, rule: _Rule) -> bool:
    if len(stem) < 2 and not rule.nom:
        return False
    if rule.stem == "C":
        return bool(stem) and stem[-1] in _CONSONANTS and stem[-1] != "й"
    if rule.stem == "S":
        return bool(stem) and stem[-1] in _SOFTABLE
    if rule.stem == "V":
        return bool(stem) and stem[-1] in _VOWELS
    return len(stem) + len(rule.nom) >= 3


_FEMININE_SURNAME = ("ава", "ова", "ёва", "ева", "іна", "ына", "ина", "ая")


@dataclass(frozen=True)
class _Cand:
    form: str
    gender: str
    cases: frozenset[str]
    score: float
    # (gender, case) pairs the form may be read as: "Папову" is Папова accusative (f)
    # or Папоў dative (m), never Папова dative; empty: every gender x case pair
    readings: frozenset[tuple[str, str]] = frozenset()

    def all_readings(self) -> frozenset[tuple[str, str]]:
        return self.readings or frozenset((self.gender, c) for c in self.cases)


def _rule_candidates(word: str, lang: str) -> list[_Cand]:
    """Nominative candidates by the suffix rules (lower-case ``word``)."""
    cands: dict[str, _Cand] = {}

    def add(form: str, gender: str, case: str, score: float) -> None:
        old = cands.get(form)
        reading = frozenset([(gender, case)])
        if old is None:
            cands[form] = _Cand(form, gender, frozenset([case]), score, reading)
        else:
            g = old.gender if old.gender == gender else ""
            cands[form] = _Cand(
                form, g, old.cases | {case}, max(old.score, score), old.readings | reading
            )

    rules = _RULES.get(lang, [])
    for rule in rules:
        if rule.obl and word.endswith(rule.obl):
            stem = word[: len(word) - len(rule.obl)]
            if not _stem_ok(stem, rule):
                continue
            form = stem + rule.nom
            if rule.gender == "m" and form.endswith(_FEMININE_SURNAME):
                continue  # Папова, Калеснікава are women's names: no masculine reading
            score = 1.0 + len(rule.obl) * 0.5 + len(rule.nom) * 0.1
            if not rule.nom and len(stem) >= 2 and stem[-1] in "кц" and stem[-2] in _CONSONANTS \
                    and stem[-2] not in "сц":
                # "Ашурка" → "Ашурк" is not a word: the fleeting-vowel rule covers it.
                score -= 1.5
            if not rule.nom and stem.endswith(
                ("ч", "ш", "ж", "к", "р", "н", "л", "д", "т", "с", "з", "б", "п", "ф", "х")
            ):
                score += 0.2  # "Пальчысам" is Пальчыс's, not a man's "Пальчыса"
            if rule.nom in ("а", "я") and form.endswith(("іча", "ича", "ыча")):
                score -= 1.5  # "Стэфановіча" is a genitive: no name ends so in the nominative
            if lang == "be" and rule.nom in ("а", "і", "ы") and not _plausible(stem, rule, lang):
                # a reading the spelling rules would not have written: "Жамчужнага" is
                # Жамчужны's, not "Жамчужні"'s; "Жвірблі" is Жвірбля's, not "Жвірбла"'s
                score -= 0.3
            if rule.nom == "ка" and not stem.endswith("н"):
                score -= 1.0  # -ка surnames that decline so are -енка, -онка: "Лосіку" is Лосік
            add(form, rule.gender, rule.case, score)
    # The word itself, when it may be nominative.
    self_score = 1.2
    if word.endswith(_NOM_STRONG.get(lang, ())):
        self_score = 3.0
    elif word[-1:] in _CONSONANTS or word.endswith(("ь", "ў")):
        self_score = 2.5
    elif word.endswith(("а", "я", "о")):
        self_score = 1.6
    gender = "f" if word.endswith(("ая", "ова", "ева", "ина", "іна", "ава", "ына")) else ""
    if lang == "ru" and word.endswith(("ого", "ому", "ым", "ой", "ую", "ы")):
        self_score = 0.5  # no Russian name ends in -ы in the nominative: "Федуты" is Федута's
    if lang == "be" and word.endswith(("ага", "аму", "ым", "ім", "ай", "ую")):
        self_score = 0.5
    if word.endswith(("іча", "ича", "ічу", "ичу", "ічам", "ичем", "ічом", "ічы")):
        self_score = 0.5  # "Пратасевіча", "Пратасевічам": oblique cases, no name ends so
    add(word, gender, "nomn", self_score)
    if lang == "be" and word.endswith("о") and len(word) > 3:
        for case in _CASES[1:]:  # Бабко, Шушко: foreign -о surnames do not decline
            add(word, "", case, self_score)
    return sorted(cands.values(), key=lambda c: -c.score)


_PYMORPHY_NAME_TAGS = ("Name", "Surn", "Patr")


def _pymorphy_candidates(word: str) -> list[_Cand]:
    out: dict[str, _Cand] = {}
    try:
        parses = morph().parse(word)
    except Exception:
        return []
    for p in parses:
        tag = p.tag
        if tag.POS not in ("NOUN", "ADJF"):
            continue
        named = any(t in tag for t in _PYMORPHY_NAME_TAGS)
        if tag.number == "plur" and not named:
            continue
        nom = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
        form = nom.word if nom is not None else p.word
        if re.search(r"([аеиоуыэюяё])\1$", form):
            continue  # a guess no Slavic name ends in ("Гуцала" read as genitive of "Гуцалаа")
        gender = {"masc": "m", "femn": "f"}.get(str(tag.gender), "")
        if tag.gender == "neut" and not named and tag.case != "nomn":
            continue  # a surname in -о does not decline ("Гуцала" is not Гуцало's genitive)
        if tag.POS == "ADJF" and tag.gender == "neut":
            continue
        score = 2.0 + p.score + (2.5 if named else 0.0)
        if tag.number == "plur":
            score -= 2.0
        case = str(tag.case) if tag.case in _CASES else "nomn"
        old = out.get(form)
        reading = frozenset([(gender, case)])
        if old is None:
            out[form] = _Cand(form, gender, frozenset([case]), score, reading)
        else:
            g = old.gender if old.gender == gender else ""
            out[form] = _Cand(
                form, g, old.cases | {case}, max(old.score, score), old.readings | reading
            )
    return sorted(out.values(), key=lambda c: -c.score)


@lru_cache(maxsize=65536)
def _candidates(word: str, lang: str) -> tuple[_Cand, ...]:
    low = word.lower()
    if not low or not any(ch.isalpha() for ch in low):
        return ()
    if "-" in low:
        # Double surnames: decline each part, keep the combinations of the best ones.
        parts = [p for p in low.split("-") if p]
        if not parts:
            return ()
        per = [_candidates(p, lang)[:2] or (_Cand(p, "", frozenset(["nomn"]), 1.0),)
               for p in parts]
        best = "-".join(c[0].form for c in per)
        gender = next((c[0].gender for c in per if c[0].gender), "")
        out = [_Cand(best, gender, per[-1][0].cases, per[-1][0].score)]
        if all(len(c) > 1 for c in per):
            out.append(_Cand("-".join(c[1].form for c in per), per[-1][1].gender,
                             per[-1][1].cases, per[-1][1].score - 1))
        out.append(_Cand(low, "", frozenset(["nomn"]), 0.5))
        return tuple(out)
    merged: dict[str, _Cand] = {}
    sources = _rule_candidates(low, lang)
    if lang == "ru":
        sources = _pymorphy_candidates(low) + sources
    for cand in sources:
        if cand.form in merged:
            old = merged[cand.form]
            g = old.gender or cand.gender
            merged[cand.form] = _Cand(old.form, g, old.cases | cand.cases,
                                      max(old.score, cand.score),
                                      old.all_readings() | cand.all_readings())
        else:
            merged[cand.form] = cand
    if lang == "be":
        # Пятро, Міхасё-like given names in -о decline as Пятра, Пятру, Пятром
        from rollcall.names.correspond import is_given_name

        for obl, cases in (("а", ("gent", "accs")), ("у", ("datv",)), ("ом", ("ablt",))):
            form = low[: -len(obl)] + "о"
            if low.endswith(obl) and len(form) > 3 and is_given_name(form.capitalize()):
                readings = frozenset(("m", case) for case in cases)
                merged[form] = _Cand(form, "m", frozenset(cases), 3.5, readings)
    if lang == "be" and _ENKA_OBLIQUE.search(low):
        # Лукашэнку, Пракапенкам: -энка surnames decline like a-stems, so the nominative
        # is Лукашэнка, never the o-stem reading "Лукашэнак"
        for form, cand in list(merged.items()):
            if re.search(r"[еэ]нка$", form):
                merged[form] = _Cand(
                    cand.form, cand.gender, cand.cases, cand.score + 1.0, cand.readings
                )
    return tuple(sorted(merged.values(), key=lambda c: -c.score))


_ENKA_OBLIQUE = re.compile(r"[еэ]нк(?:у|і|ам|ай|аю)$")


def nominative_forms(word: str, language: str) -> list[str]:
    """Candidate nominative forms of one name token, best first.

    ``language`` is ``"be"`` or ``"ru"`` (anything else: guessed from the letters;
    a Latin word is returned as it is, less an English possessive ``'s``). The word
    itself is among the candidates when it may already be nominative. Letter case
    follows the input ("Бяляцкага" → "Бяляцкі").

    >>> nominative_forms("Бяляцкага", "be")[0]
    'Бяляцкі'
    """
    if not word or not word.strip():
        return []
    word = word.strip()
    lang = _lang(language, word)
    if not lang:
        for suffix in ("'s", "’s", "s'"):
            if word.lower().endswith(suffix) and len(word) > 3:
                return [word[: -len(suffix)] if suffix != "s'" else word[:-1], word]
        return [word]
    out: list[str] = []
    for cand in _candidates(word, lang):
        form = _restore_case(cand.form, word)
        if form not in out:
            out.append(form)
    return out or [word]


def nominative_name(
    tokens: list[str], language: str, cases: frozenset[str] | None = None
) -> str:
    """The nominative of a full name given as tokens in one (any) case.

    >>> nominative_name(["Алеся", "Бяляцкага"], "be")
    'Алесь Бяляцкі'
    >>> nominative_name(["Марии", "Колесниковой"], "ru")
    'Мария Колесникова'

    Tokens are chosen together so that gender and case agree across them. ``cases``,
    when given, are the cases the context allows ("Аляксандра Бабко" listed among
    accusatives is Аляксандр Бабко, not the woman Аляксандра).
    """
    words = [t.strip() for t in tokens if t and t.strip()]
    if not words:
        return ""
    lang = _lang(language, " ".join(words))
    if not lang:
        return " ".join(nominative_forms(w, language)[0] for w in words)
    options: list[list[_Cand]] = []
    # the search below is exponential in the number of tokens: keep it bounded
    width = 5 if len(words) <= 3 else 3 if len(words) <= 5 else 1
    from rollcall.names.correspond import is_given_name

    for position, w in enumerate(words):
        cands = list(_candidates(w, lang))[:width]
        if not cands:
            cands = [_Cand(w.lower(), "", frozenset(["nomn"]), 0.0)]
        low = w.lower()
        if (
            position == len(words) - 1
            and position > 0
            and low[-1:] in _CONSONANTS - {"й"}
            and any(c.form == low and "nomn" in c.cases for c in cands)
        ):
            # "Ириной Халип": a woman's surname ending in a consonant does not decline
            own = next(c for c in cands if c.form == low)
            cands.append(_Cand(low, "f", frozenset(_CASES), own.score - 1.0))
            # a man's does ("Валентина Олиневич" is no genitive of Валентин Олиневич)
            cands = [
                _Cand(
                    c.form,
                    c.gender,
                    frozenset({"nomn"}),
                    c.score,
                    frozenset((g, case) for g, case in c.all_readings() if case == "nomn"),
                )
                if c.form == low and c.gender == "m" and "nomn" in c.cases
                else c
                for c in cands
            ]
        if position < len(words) - 1:
            # a known given name before the surname ("Арцёму" -> Арцём, not "Арцёма"): its
            # gender then decides the surname ("Сакаву" -> Сакаў, not "Сакава")
            cands = sorted(
                (
                    _Cand(c.form, c.gender, c.cases, c.score + 1.5, c.readings)
                    if is_given_name(_restore_case(c.form, w))
                    else c
                    for c in cands
                ),
                key=lambda c: -c.score,
            )
        options.append(cands)

    best: tuple[float, list[_Cand]] | None = None

    def walk(i: int, chosen: list[_Cand], genders: set[str],
             readings: frozenset[tuple[str, str]] | None, score: float) -> None:
        nonlocal best
        if i == len(options):
            total = score - (0 if readings else 1.5)
            if cases and not any(case in cases for _g, case in readings or ()):
                total -= 3.0
            if best is None or total > best[0]:
                best = (total, list(chosen))
            return
        for rank, cand in enumerate(options[i]):
            s = score + cand.score - 0.25 * rank
            g = set(genders)
            own = cand.all_readings()
            shared = own if readings is None else _agree(readings, own)
            # a reading open to either gender that agrees in case sets no gender
            # ("Александр Федута": a man's -а surname, not the genitive "Федут")
            either = frozenset(r for r in own if not r[0])
            if cand.gender and not (readings and _agree(readings, either)):
                if g and cand.gender not in g:
                    s -= 3.0
                g.add(cand.gender)
            chosen.append(cand)
            walk(i + 1, chosen, g, shared, s)
            chosen.pop()

    walk(0, [], set(), None, 0.0)
    assert best is not None
    return " ".join(_restore_case(c.form, w) for c, w in zip(best[1], words, strict=True))


def _agree(
    readings: frozenset[tuple[str, str]], other: frozenset[tuple[str, str]] | set[tuple[str, str]]
) -> frozenset[tuple[str, str]]:
    """The (gender, case) readings two words share ("" gender = either)."""
    return frozenset(
        (g1 or g2, c1)
        for g1, c1 in readings
        for g2, c2 in other
        if c1 == c2 and (not g1 or not g2 or g1 == g2)
    )


def may_be_nominative(word: str, language: str) -> bool:
    """Whether ``word`` as written reads as a nominative about as well as its best
    candidate does ("Петрова" does; "Полины", "Бяляцкага" do not)."""
    word = word.strip()
    lang = _lang(language, word)
    if not word or not lang:
        return True
    cands = _candidates(word, lang)
    if not cands:
        return True
    best = cands[0].score
    return any(c.form == word.lower() and c.score >= best - 1.0 for c in cands)


def name_cases(tokens: list[str], language: str) -> frozenset[str]:
    """The grammatical cases a whole name may stand in, its words agreeing in gender.

    Empty for a Latin name or a word the rules cannot read.

    >>> sorted(name_cases(["Аляксандра", "Лукашэнкі"], "be"))
    ['gent']
    >>> "nomn" in name_cases(["Марыя", "Калеснікава"], "be")
    True
    """
    words = [t.strip() for t in tokens if t and t.strip()]
    lang = _lang(language, " ".join(words)) if words else ""
    if not lang or not all(re.search("[а-яёіў]", w, re.IGNORECASE) for w in words):
        return frozenset()
    shared: frozenset[tuple[str, str]] | None = None
    for word in words:
        cands = _candidates(word, lang)
        # readings far below the best are the rules' long shots ("Бабарыкі" read as a
        # nominative surname "Бабарыкі"), not cases the name may stand in
        best = cands[0].score if cands else 0.0
        readings = {
            r
            for cand in cands
            # a gendered reading stays ("Рабкова": Рабкоў's genitive or a woman's name)
            if cand.score >= best - 1.0 or cand.gender
            for r in cand.all_readings()
        }
        shared = frozenset(readings) if shared is None else _agree(shared, readings)
    return frozenset(case for _gender, case in shared or ())


@lru_cache(maxsize=16384)
def _inflected(word: str, lang: str, use_dictionary: bool = True) -> tuple[str, ...]:
    low = word.lower()
    if "-" in low:
        parts = low.split("-")
        forms_per = [sorted(_inflected(p, lang, use_dictionary)) for p in parts]
        n = min(len(f) for f in forms_per)
        # Both parts of a double surname decline together (approximately: forms are
        # aligned by position); also the first part unchanged.
        out = {"-".join(f[i] for f in forms_per) for i in range(n)}
        out |= {"-".join([parts[0], *[f[i] for f in forms_per[1:]]]) for i in range(n)}
        # a feminine first part declines while a consonant-final second part does not
        out |= {"-".join([f, *parts[1:]]) for f in forms_per[0]}
        out.add(low)
        return tuple(sorted(out))
    out_set = _generate(low, lang)
    if lang == "ru" and use_dictionary:
        out_set |= _pymorphy_lexeme(low)
    return tuple(out_set)


def _pymorphy_lexeme(word: str) -> set[str]:
    try:
        parses = morph().parse(word)
    except Exception:
        return set()
    out: set[str] = set()
    for p in parses[:3]:
        if not any(t in p.tag for t in _PYMORPHY_NAME_TAGS) or p.tag.case != "nomn":
            continue
        for form in p.lexeme:
            if form.tag.number == "sing" and form.tag.gender == p.tag.gender:
                out.add(form.word)
    return out


def inflected_forms(word: str, language: str, use_dictionary: bool = True) -> list[str]:
    """Lower-case forms of a nominative name token in all singular cases (the word
    itself included). Rule-based; for Russian names known to pymorphy3 its dictionary
    paradigm is added when ``use_dictionary``.
    """
    if not word:
        return []
    lang = _lang(language, word)
    if not lang:
        return [word.lower()]
    return list(_inflected(word, lang, use_dictionary))
