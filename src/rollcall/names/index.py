"""NameIndex: the in-memory index of all persons' names (stable public API).

This module owns :class:`NameIndex` and :class:`Mention`:

* ``NameIndex.from_names(pairs)`` / ``NameIndex.from_registry()`` build it;
* ``find_mentions(text)`` finds every span naming a known person, inflected forms
  included, in one pass of an Aho–Corasick automaton (pyahocorasick) over the
  length-preserving fold of the text: time linear in the text, not in the persons;
* ``lookup(name, limit)`` ranks persons for any spelling: candidates come from a
  blocking key (consonant skeleton of the surname, :func:`rollcall.names.keys.skeleton`,
  with a one-edit symmetric-deletion fallback), then rapidfuzz scores them;
* ``resolve(name)`` returns a person id only when the name surely means one person.

Matching rules (both for mentions and for resolve): a surname alone matches when
exactly one person has it; a forename alone never matches; a forename together with a
surname must agree with that person's forenames (given-name equivalences across
languages count: Мікалай = Николай = Mikola), otherwise the span names someone else
who shares the surname, and nothing is matched.
"""

from __future__ import annotations

import gc
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz import fuzz

from rollcall.names.correspond import GIVEN_NAMES, be_to_ru, given_name_group, ru_to_be
from rollcall.names.fold import (
    fold,
    fold_for_scan,
    guess_language,
    quick_fold,
    scan_key,
    script_of,
)
from rollcall.names.inflection import inflected_forms, nominative_forms
from rollcall.names.keys import phonetic, phonetic_variants, skeleton, skeleton_of_phonetic
from rollcall.names.translit import (
    BE_SCHEMES,
    RU_SCHEMES,
    fast_latin,
    to_cyrillic,
    transliterate,
)
from rollcall.names.variants import parse_name

# Romanisations whose spellings are indexed for mentions in Latin text. The
# scholarly ones (ISO 9, scientific) appear in academic writing, not in news; lookup()
# still matches them through the phonetic key.
_SCAN_SCHEMES = {
    "be": ("be_passport", "be_bgn_pcgn", "be_national", "be_lacinka"),
    "ru": ("ru_wikipedia", "ru_bgn_pcgn", "ru_icao", "ru_simple"),
}

__all__ = ["Mention", "NameIndex"]

# resolve(): thresholds (tuned on shared/names/variants.tsv, see tests/names).
RESOLVE_MIN_SCORE = 0.82
RESOLVE_MIN_SURNAME = 0.82
RESOLVE_MIN_FORENAME = 0.75
RESOLVE_MARGIN = 0.04
# find_mentions: a known forename followed by a Latin surname no indexed scheme spells
FUZZY_MENTION_MIN = 0.85
_LATIN_WORD_AFTER_RE = re.compile(r" ([A-Z][a-zà-žA-Z]+(?:-[A-Z][a-zà-žA-Z]+)?)\b")


_NO_GIDS: frozenset[str] = frozenset()
_ALT_PENALTY = 0.03  # a less likely reading of a Latin letter costs a little
_MAX_FORM = 200  # longer "names" are junk; keys must also fit the lengths array
# an initial right before a surname: "А. Бяляцкі", "A.Bialiatski"
_INITIAL_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_])\.\s?$")
# what may stand between the parts of one name: spaces, or a patronymic
_PATRONYMIC_GAP_RE = re.compile(
    r"\s+[А-ЯЁІЎ][а-яёіў]+(?:вич|віч|вна|ўна|ична|ічна|інічна)"
    r"(?:а|у|ем|ам|ым|е|ы|і|ай|ой|ую|аю|ою|ей)?\s+")


def _joins(gap: str) -> bool:
    """Does the text between two name hits keep them in one name?"""
    return (len(gap) <= 3 and not gap.strip()) or (
        len(gap) < 30 and _PATRONYMIC_GAP_RE.fullmatch(gap) is not None)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming a known person: ``text[start:end]``."""

    start: int
    end: int
    person_id: str
    text: str


@dataclass(slots=True)
class _Person:
    pid: str
    # lists, not sets: a build holds one record per person (memory); duplicates are
    # dropped when the record is used
    surnames: list[tuple[str, str]]  # (surname as entered, language)
    forenames: list[tuple[str, str]]  # (forename as entered, language)
    languages: set[str]


@dataclass(slots=True)
class _QueryToken:
    text: str
    phons: tuple[str, ...]
    skels: tuple[str, ...]
    gids: frozenset[str]
    given: bool  # a known given name (in some form)
    patronymic: bool  # looks like a patronymic: never compared as a forename
    initial: bool = False  # a single letter ("A." in "A. Bialiatski")
    alts: tuple[str, ...] = ()  # less likely readings (h, ch, x as х)


_PATRONYMIC_Q = re.compile(r"(ович|евич|ёвич|овна|евна|ична|авіч|овіч|евіч|аўна|оўна|еўна|ічна)"
                           r"(а|у|ем|ым|ам|е|ой|ы|і|ай|ую|у)?$", re.IGNORECASE)


def _lang_of(token: str, hint: str) -> tuple[str, ...]:
    if script_of(token) != "Cyrl":
        return ("",)
    g = guess_language(token) or hint
    return ("ru", "be") if g == "ru" else ("be", "ru")


_SWAP_ENDINGS = ("ski", "sky", "skaya", "skaia")


def _cyrillic_first(item: tuple[str, str]) -> tuple[bool, str]:
    return (not _CYRILLIC_START_RE.match(item[0]), item[0])


_CYRILLIC_START_RE = re.compile(r"[\u0400-\u04ff]")
_PLAIN_LATIN_RE = re.compile(r"[A-Za-z\-]+")
_TWO_LATIN_WORDS_RE = re.compile(r"[A-Za-z][a-z]+ [A-Za-z][A-Za-z\-]*[a-z]")


def _latin_swaps(form: str) -> list[str]:
    out = [form]
    for a, b in (("ski", "sky"), ("sky", "ski"), ("skaya", "skaia"), ("skaia", "skaya")):
        if form.endswith(a):
            out.append(form[: -len(a)] + b)
    return out


# small: surnames repeat in families, not across a whole registry (memory)
@lru_cache(maxsize=8192)
def _surname_forms(surname: str, lang: str, cross: bool) -> tuple[str, ...]:
    """Folded forms under which a surname may appear in text."""
    low = surname.lower()
    if script_of(surname) == "Cyrl":
        cyr: set[str] = set()
        latin: set[str] = set()
        langs = (lang,) if lang in ("be", "ru") else ("be", "ru")
        for lg in langs:
            cyr.update(inflected_forms(low, lg, use_dictionary=False))
            for scheme in _SCAN_SCHEMES[lg]:
                latin.add(quick_fold(fast_latin(low, scheme), True))
            if cross:
                other = "ru" if lg == "be" else "be"
                convert = be_to_ru if lg == "be" else ru_to_be
                for alt in convert(low)[:2]:
                    cyr.update(inflected_forms(alt, other, use_dictionary=False))
        if "ё" in low or cross:
            cyr = {quick_fold(f, True) for f in cyr}
    else:
        cyr = set()
        latin = {quick_fold(low, True)}
        if cross:
            for lg in ("be", "ru"):
                for alt in to_cyrillic(low, lg, limit=1):
                    cyr.update(quick_fold(f, True)
                               for f in inflected_forms(alt, lg, use_dictionary=False))
    for form in list(latin):
        if form.endswith(_SWAP_ENDINGS):
            latin.update(_latin_swaps(form))
    cyr |= latin
    cyr.discard("")
    return tuple(cyr)


@lru_cache(maxsize=4096)
def _group_forms(gid: int) -> tuple[str, ...]:
    """Folded forms (all cases, scripts, schemes) of a given-name group."""
    be, ru, lat = GIVEN_NAMES[gid]
    forms: set[str] = set()
    for f in be:
        forms.update(inflected_forms(f, "be"))
        forms.update(transliterate(f, s) for s in BE_SCHEMES)
    for f in ru:
        forms.update(inflected_forms(f, "ru"))
        forms.update(transliterate(f, s) for s in RU_SCHEMES)
    forms.update(lat)
    return tuple(sorted(f for f in (quick_fold(x.lower(), True) for x in forms) if f))


@lru_cache(maxsize=8192)
def _forename_forms(forename: str, lang: str) -> tuple[str, ...]:
    forms: set[str] = set()
    if script_of(forename) == "Cyrl":
        langs = (lang,) if lang in ("be", "ru") else ("be", "ru")
        for lg in langs:
            forms.update(inflected_forms(forename, lg))
            forms.update(transliterate(forename, s)
                         for s in (BE_SCHEMES if lg == "be" else RU_SCHEMES))
    else:
        forms.add(forename)
    return tuple(sorted(f for f in (quick_fold(x.lower(), True) for x in forms) if f))


@lru_cache(maxsize=65536)
def _forename_gid(forename: str) -> str:
    gid = given_name_group(forename)
    if gid is not None:
        return f"g{gid}"
    return "s:" + skeleton(fold(forename))


@lru_cache(maxsize=65536)
def _keys_of(name: str) -> tuple[str, str]:
    """(phonetic, skeleton) of a name token as entered (diacritics matter: š is sh)."""
    return phonetic(name), skeleton(name)



@lru_cache(maxsize=65536)
def _initial_of(forename: str) -> str:
    return fold(forename)[:1]


def _trim_caches() -> None:
    """Drop the build-time caches once they grow large (they only speed up builds)."""
    from rollcall.names import inflection

    for cached in (_surname_forms, _forename_forms, inflection._inflected, _keys_of,
                   phonetic, skeleton):
        if cached.cache_info().currsize > 4096:
            cached.cache_clear()
    _release_free_memory()


def _release_free_memory() -> None:
    """Hand the memory freed after a build back to the system (glibc only): the
    build's temporary objects would otherwise stay in the process's heap."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _deletions(skel: str) -> set[str]:
    return {skel[:i] + skel[i + 1 :] for i in range(len(skel))} if len(skel) >= 4 else set()


class NameIndex:
    """In-memory index of persons' names: mentions in text, lookup and resolve."""

    def __init__(self) -> None:
        self._persons: list[_Person] = []
        self._number: dict[str, int] = {}
        self._built = False
        # filled by _build()
        self._automaton: ahocorasick.Automaton | None = None
        self._tok_persons: array[int] = array("i")
        self._tok_multi: list[tuple[int, ...]] = []
        self._tok_gids: dict[int, frozenset[str]] = {}
        self._lengths: array[int] = array("H")
        self._sur_phons: list[tuple[str, ...]] = []
        self._fore_phons: list[tuple[str, ...]] = []
        self._fore_gids: list[frozenset[str]] = []
        self._initials: list[frozenset[str]] = []
        self._block: dict[str, tuple[int, ...]] = {}
        self._block_del: dict[str, tuple[str, ...]] | None = None
        self._pids: list[str] = []

    # --- building ------------------------------------------------------------------

    @classmethod
    def from_names(cls, pairs: Iterable[tuple[str, str]]) -> NameIndex:
        """Build from ``(person_id, name)`` pairs; a person may have many names."""
        index = cls()
        # The build allocates millions of small objects and no cycles: the cyclic
        # garbage collector would re-scan them over and over (superlinear time).
        gc_enabled = gc.isenabled()
        gc.disable()
        try:
            for person_id, name in pairs:
                index._add(str(person_id), name)
            index._build()
        finally:
            if gc_enabled:
                gc.enable()
        return index

    @classmethod
    def from_registry(cls) -> NameIndex:
        """Build from every PersonName row of the registry (needs Django set up)."""
        from rollcall.registry.models import PersonName

        rows = PersonName.objects.values_list("person__public_id", "name")
        return cls.from_names((str(pid), name) for pid, name in rows.iterator())

    def _add(self, pid: str, name: str) -> None:
        if not name or not name.strip():
            return
        number = self._number.get(pid)
        if number is None:
            number = len(self._persons)
            self._number[pid] = number
            self._persons.append(_Person(pid, [], [], set()))
        person = self._persons[number]
        if _TWO_LATIN_WORDS_RE.fullmatch(name):
            # fast path for the commonest row: "Forename Surname" in plain Latin
            first, last = name.split()
            if given_name_group(first) is None and given_name_group(last) is not None:
                first, last = last, first
            person.languages.add("latn")
            person.surnames.append((last, ""))
            person.forenames.append((first, ""))
            return
        parsed = parse_name(name)
        lang = parsed.language if parsed.script == "Cyrl" else ""
        if parsed.script == "Cyrl":
            person.languages.add(lang or "cyrl")
        elif parsed.script == "Latn":
            person.languages.add("latn")
        if parsed.surname:
            person.surnames.append((parsed.surname, lang))
        for f in parsed.forenames:
            person.forenames.append((f, lang))

    def _build(self) -> None:
        # The automaton itself is the table of forms: a form met again (another
        # person's surname, or a forename) updates the entry it already has.
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        get, add_word = automaton.get, automaton.add_word
        tok_persons = array("i")  # person number, or -1 - (index into multi)
        multi: list[list[int]] = []
        gid_sets: dict[int, set[str]] = {}
        lengths = array("H")

        def tid_of(form: str) -> int:
            key = scan_key(form)
            tid = get(key, -1)
            if tid < 0:
                tid = len(lengths)
                add_word(key, tid)
                tok_persons.append(-1 - len(multi))
                multi.append([])
                lengths.append(len(key))
            return tid

        block: dict[str, set[int]] = defaultdict(set)
        sur_phons_all: list[tuple[str, ...]] = []
        fore_phons_all: list[tuple[str, ...]] = []
        fore_gids_all: list[frozenset[str]] = []
        initials_all: list[frozenset[str]] = []
        intern_i: dict[frozenset[str], frozenset[str]] = {}
        intern_g: dict[frozenset[str], frozenset[str]] = {}
        group_done: set[str] = set()
        for number, person in enumerate(self._persons):
            has_be = "be" in person.languages
            has_ru = "ru" in person.languages
            has_cyr = has_be or has_ru or "cyrl" in person.languages
            sur_phons: set[str] = set()
            seen_forms: set[str] = set()
            # Cyrillic spellings first: a Latin spelling that one of their
            # romanisations already gives adds nothing (no key, same phonetic key).
            for surname, lang in sorted(set(person.surnames), key=_cyrillic_first):
                if not lang and has_cyr and _PLAIN_LATIN_RE.fullmatch(surname):
                    low = quick_fold(surname.lower(), True)
                    if low in seen_forms:
                        continue
                    forms = _latin_swaps(low) if low.endswith(_SWAP_ENDINGS) else (low,)
                else:
                    cross = (lang == "be" and not has_ru) or (lang == "ru" and not has_be) \
                        or (script_of(surname) != "Cyrl" and not has_cyr)
                    forms = _surname_forms(surname, lang, cross)
                seen_forms.update(forms)
                for form in forms:
                    if not 2 <= len(form) <= _MAX_FORM:  # one letter would match everywhere
                        continue
                    # forms are folded already: only hyphens and apostrophes to space
                    key = (" " + form.replace("-", " ") + " ") if "'" not in form \
                        else scan_key(form)
                    tid = get(key, -1)
                    if tid < 0:
                        add_word(key, len(lengths))
                        tok_persons.append(number)
                        lengths.append(len(key))
                        continue
                    p = tok_persons[tid]
                    if p >= 0:
                        if p != number:
                            tok_persons[tid] = -1 - len(multi)
                            multi.append([p, number])
                    else:
                        numbers = multi[-1 - p]
                        if not numbers or numbers[-1] != number:
                            numbers.append(number)
                phon, skel = _keys_of(surname)
                sur_phons.add(phon)
                block[skel].add(number)
            gids: set[str] = set()
            fore_phons: set[str] = set()
            for forename, lang in dict.fromkeys(person.forenames):
                gid = _forename_gid(forename)
                gids.add(gid)
                fore_phons.add(_keys_of(forename)[0])
                if gid in group_done:
                    continue
                if gid.startswith("g"):
                    group_done.add(gid)
                    forms: Iterable[str] = _group_forms(int(gid[1:]))
                else:
                    forms = _forename_forms(forename, lang)
                for form in forms:
                    if 2 <= len(form) <= _MAX_FORM:
                        gid_sets.setdefault(tid_of(form), set()).add(gid)
            sur_phons_all.append(tuple(sur_phons))
            fore_phons_all.append(tuple(fore_phons))
            fg = frozenset(gids)
            fore_gids_all.append(intern_g.setdefault(fg, fg))
            letters = frozenset(_initial_of(x) for x, _ in person.forenames) - {""}
            initials_all.append(intern_i.setdefault(letters, letters))

        tok_gids: dict[int, frozenset[str]] = {}
        for tid, gset in gid_sets.items():
            fg = frozenset(gset)
            tok_gids[tid] = intern_g.setdefault(fg, fg)
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton
        self._tok_persons = tok_persons
        self._tok_multi = [tuple(m) for m in multi]
        self._tok_gids = tok_gids
        self._lengths = lengths
        self._sur_phons = sur_phons_all
        self._fore_phons = fore_phons_all
        self._fore_gids = fore_gids_all
        self._initials = initials_all
        self._block = {k: tuple(v) for k, v in block.items()}
        self._block_del = None  # built on first need (see _deletion_index)
        self._pids = [p.pid for p in self._persons]
        self._persons = []  # the build-time records are no longer needed
        self._built = True
        _trim_caches()

    def _deletion_index(self) -> dict[str, tuple[str, ...]]:
        """One-deletion neighbourhood of every surname skeleton (symmetric-delete
        fuzzy blocking), built on the first lookup that needs it."""
        if self._block_del is None:
            dels: dict[str, list[str]] = defaultdict(list)
            for skel in self._block:
                for d in _deletions(skel):
                    dels[d].append(skel)
            self._block_del = {k: tuple(v) for k, v in dels.items()}
        return self._block_del

    def __len__(self) -> int:
        return len(self._pids)

    @property
    def person_ids(self) -> list[str]:
        return list(self._pids)

    # --- mentions ------------------------------------------------------------------

    def find_mentions(self, text: str) -> list[Mention]:
        """Every span of ``text`` naming a known person, in order.

        A span is "Forename Surname" or "Surname Forename" (the forename agreeing
        with the person), or a surname alone that only one person has. Inflected
        forms count. Names must start with a capital letter (or be all capitals).
        """
        if not text or self._automaton is None or not len(self._automaton):
            return []
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        padded = " " + fold_for_scan(text) + " "
        lengths = self._lengths
        # Whole-word hits in order of their end; a longer (multi-word) hit replaces
        # the hits it covers. Offsets: padded[i] is text[i - 1].
        chosen: list[tuple[int, int, int]] = []  # (start, end, token id) in text
        last_end = -1
        for end, tid in self._automaton.iter(padded):
            start = end - lengths[tid] + 1  # the leading space in padded = text index start
            if start < last_end:
                if start >= chosen[-1][0] or not text[start].isupper():
                    continue
                while chosen and chosen[-1][0] >= start:
                    chosen.pop()
            elif not text[start].isupper():
                continue
            chosen.append((start, end - 1, tid))
            last_end = end - 1
        if not chosen:
            return []
        return self._assemble(text, chosen)

    def _assemble(self, text: str, hits: list[tuple[int, int, int]]) -> list[Mention]:
        out: list[Mention] = []
        n = len(hits)
        i = 0
        while i < n:
            # a group: consecutive hits separated by whitespace only
            j = i + 1
            while j < n and _joins(text[hits[j - 1][1] : hits[j][0]]):
                j += 1
            out.extend(self._group_mentions(text, hits[i:j]))
            i = j
        return out

    def _token(self, tid: int) -> tuple[tuple[int, ...], frozenset[str]]:
        p = self._tok_persons[tid]
        persons = (p,) if p >= 0 else self._tok_multi[-1 - p]
        return persons, self._tok_gids.get(tid, _NO_GIDS)

    def _pair(self, tid_a: int, tid_b: int) -> int | None:
        """Match two adjacent tokens as Forename Surname or Surname Forename.

        Returns the person number, -1 when they form a name of nobody known (a
        forename with a surname of someone else, or of several persons), None when
        they do not form a forename-surname pair at all.
        """
        a = self._token(tid_a)
        b = self._token(tid_b)
        seen = False
        for fg, sp in ((a[1], b[0]), (b[1], a[0])):
            if fg and sp:
                seen = True
                match = [p for p in sp if self._fore_gids[p] & fg]
                if len(match) == 1:
                    return match[0]
        return -1 if seen else None

    def _group_mentions(self, text: str, group: list[tuple[int, int, int]]) -> list[Mention]:
        out: list[Mention] = []
        k = 0
        m = len(group)
        while k < m:
            s0, e0, t0 = group[k]
            if k + 1 < m:
                _, e1, t1 = group[k + 1]
                found = self._pair(t0, t1)
                if found is not None and found >= 0:
                    out.append(Mention(s0, e1, self._pids[found], text[s0:e1]))
                    k += 2
                    continue
                if found == -1:
                    ahead = self._pair(t1, group[k + 2][2]) if k + 2 < m else None
                    if ahead is None or ahead < 0:
                        k += 2  # a name, but not of one known person
                        continue
            p0 = self._tok_persons[t0]
            if t0 not in self._tok_gids:
                initial = _INITIAL_BEFORE_RE.search(text, max(0, s0 - 4), s0)
                if initial is not None:
                    # "А. Бяляцкі": the initial must fit the person's forenames
                    letter = fold(initial.group(1))
                    persons = (p0,) if p0 >= 0 else self._tok_multi[-1 - p0]
                    fits = [p for p in persons if letter in self._initials[p]]
                    if len(fits) == 1:
                        start = initial.start(1)
                        out.append(Mention(start, e0, self._pids[fits[0]], text[start:e0]))
                elif p0 >= 0:
                    out.append(Mention(s0, e0, self._pids[p0], text[s0:e0]))
            elif k == m - 1:
                # a known forename before an unknown capitalised Latin word: a surname
                # spelt in a way no scheme gives (Ales Beliatski, Mikalai Statkevic)?
                mention = self._fuzzy_surname_after(text, s0, e0, self._tok_gids[t0])
                if mention is not None:
                    out.append(mention)
            k += 1
        return out

    def _fuzzy_surname_after(self, text: str, start: int, end: int,
                             gids: frozenset[str]) -> Mention | None:
        """The person whose forename is ``gids`` and whose surname is spelt closely
        like the Latin word right after ``text[start:end]``, if exactly one."""
        word = _LATIN_WORD_AFTER_RE.match(text, end)
        if word is None:
            return None
        spelling = word.group(1)
        phons = phonetic_variants(spelling)
        numbers: set[int] = set()
        for p in phons:
            numbers.update(self._block.get(skeleton_of_phonetic(p), ()))
        scored = []
        for number in numbers:
            if self._fore_gids[number] & gids:
                sim = self._sim(phons, self._sur_phons[number])
                if sim >= FUZZY_MENTION_MIN:
                    scored.append((sim, number))
        if not scored:
            return None
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[1][0] > scored[0][0] - RESOLVE_MARGIN:
            return None
        stop = word.end(1)
        return Mention(start, stop, self._pids[scored[0][1]], text[start:stop])

    # --- lookup and resolve --------------------------------------------------------

    def _query(self, name: str) -> list[_QueryToken]:
        from rollcall.names.variants import _split

        words = _split(name or "")[:8]
        hint = guess_language(" ".join(words)) if script_of(" ".join(words)) == "Cyrl" else ""
        out: list[_QueryToken] = []
        for w in words:
            w = w[:100]
            if len(w) == 1:
                out.append(_QueryToken(w, (phonetic(fold(w)),), (), frozenset(), False, False,
                                       True))
                continue
            patronymic = bool(_PATRONYMIC_Q.search(w)) and len(words) >= 3
            cands: list[str] = []
            for n_lang, lg in enumerate(_lang_of(w, hint)):
                if lg:
                    cands.extend(nominative_forms(w, lg)[: 4 - n_lang])
                else:
                    cands.extend(nominative_forms(w, "en")[:2])
            if w not in cands:
                cands.append(w)
            folded = []
            for c in cands:
                f = fold(c)
                if f and f not in folded:
                    folded.append(f)
            # keys from the spelling as written: fold() would lose š → sh, â → ja
            primary = tuple(dict.fromkeys(phonetic(c) for c in cands))
            alts = tuple(dict.fromkeys(
                p for c in cands for p in phonetic_variants(c)[1:] if p not in primary))
            phons = tuple(p for p in primary if p)
            skels = tuple(dict.fromkeys(skeleton_of_phonetic(p) for p in phons + alts if p))
            gids: set[str] = set()
            given = False
            for f in folded[:3]:
                g = given_name_group(f)
                if g is not None:
                    gids.add(f"g{g}")
                    given = True
                gids.add("s:" + skeleton(f))
            out.append(_QueryToken(w, phons, skels, frozenset(gids), given, patronymic,
                                   alts=alts))
        return out

    def _candidates(self, qtokens: list[_QueryToken]) -> set[int]:
        """Persons whose surname skeleton equals a query token's (blocking), or, for a
        token with no such person, is one edit away (symmetric deletions)."""
        found: set[int] = set()
        for qt in qtokens:
            exact: set[int] = set()
            for sk in qt.skels:
                exact.update(self._block.get(sk, ()))
            if not exact and not qt.given and not qt.initial:
                deletions = self._deletion_index()
                for sk in qt.skels:
                    for d in _deletions(sk) | {sk}:
                        exact.update(self._block.get(d, ()))
                        for skel in deletions.get(d, ()):
                            exact.update(self._block[skel])
            found |= exact
        return found

    @staticmethod
    def _sim(phons: tuple[str, ...], targets: tuple[str, ...]) -> float:
        best = 0.0
        for a in phons:
            for b in targets:
                r = fuzz.ratio(a, b) / 100.0
                if r > best:
                    best = r
                    if best >= 1.0:
                        return best
        return best

    def _score(self, number: int, qtokens: list[_QueryToken]
               ) -> tuple[float, float, float | None]:
        """(score, surname similarity, forename similarity or None)."""
        best: tuple[float, float, float | None] = (0.0, 0.0, None)
        sur_phons = self._sur_phons[number]
        fore_phons = self._fore_phons[number]
        fore_gids = self._fore_gids[number]
        for j, qt in enumerate(qtokens):
            if qt.initial:
                continue
            sur = self._sim(qt.phons, sur_phons)
            if qt.alts and sur < 1.0:
                sur = max(sur, self._sim(qt.alts, sur_phons) - _ALT_PENALTY)
            fore: float | None = None
            for k, other in enumerate(qtokens):
                if k == j or other.patronymic:
                    continue
                if other.initial:
                    letter = other.phons[0]
                    f = 1.0 if letter and any(p.startswith(letter) for p in fore_phons) \
                        else 0.0
                else:
                    f = 1.0 if other.gids & fore_gids else self._sim(other.phons, fore_phons)
                    if other.given and not (other.gids & fore_gids):
                        f = min(f, 0.6)  # a known, different given name
                fore = f if fore is None else max(fore, f)
            score = sur if fore is None else 0.6 * sur + 0.4 * fore
            if score > best[0]:
                best = (score, sur, fore)
        return best

    def _ranked(self, name: str) -> tuple[list[_QueryToken], list[tuple[int, float, float,
                                                                      float | None]]]:
        if not self._built or not name or not isinstance(name, str) or not name.strip():
            return [], []
        qtokens = self._query(name)
        if not qtokens:
            return qtokens, []
        ranked = []
        for number in self._candidates(qtokens):
            score, sur, fore = self._score(number, qtokens)
            if score > 0:
                ranked.append((number, score, sur, fore))
        ranked.sort(key=lambda r: (-r[1], self._pids[r[0]]))
        return qtokens, ranked

    def lookup(self, name: str, limit: int = 5) -> list[tuple[str, float]]:
        """Persons whose names match ``name`` (any spelling, script or case form),
        best first, as ``(person_id, score)`` with score in [0, 1]."""
        _, ranked = self._ranked(name)
        return [(self._pids[r[0]], round(min(1.0, max(0.0, r[1])), 4))
                for r in ranked[: max(0, limit)]]

    def resolve(self, name: str) -> str | None:
        """The person id when ``name`` surely means one person, else None.

        None for: a forename alone; a surname shared by several persons with no
        forename to tell them apart; a forename that disagrees with the person's;
        a stranger (no close surname).
        """
        qtokens, ranked = self._ranked(name)
        if not ranked:
            return None
        content = [q for q in qtokens if not q.patronymic and not q.initial]
        if len(content) == 1 and content[0].given and ranked[0][2] < 1.0:
            return None  # a lone known given name: never enough, unless exactly a surname
        number, score, sur, fore = ranked[0]
        if score < RESOLVE_MIN_SCORE or sur < RESOLVE_MIN_SURNAME:
            return None
        if fore is not None and fore < RESOLVE_MIN_FORENAME:
            return None
        if len(ranked) > 1:
            second = ranked[1]
            if second[1] > score - RESOLVE_MARGIN:
                return None
        return self._pids[number]
