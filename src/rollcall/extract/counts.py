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

from rollcall.extract import morph, numbers
from rollcall.extract.lang import DIED, Lexicon


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    value: int
    category: str | None  # None: no cue in its clause
    part: bool = False  # "14 of them", "the other 51": part of a group counted before


_MODIFIERS = {
    # "seven Belarusian ...", "four Press Club Belarus members": nationalities and names
    "en": r"(?:(?:[A-Z][a-z]+(?:ian|ish|ese|an|i|ch)|(?-i:[A-Z][\w.-]+)|other|more|political|"
    r"former|current|jailed|imprisoned|remaining|of the|of (?:his|her|their|our)|foreign|"
    r"young|elderly|further|last|"
    r"recogni[sz]ed|presidential|[A-Z][a-z]+'s)\s+){0,3}",
    "ru": r"(?:(?:других|другими|ещё|еще|бывших|белорусских|иностранных|политических|осуждённых|"
    r"осужденных|новых)\s+){0,2}",
    "be": r"(?:(?:іншых|іншымі|яшчэ|былых|беларускіх|замежных|палітычных|новых)\s+){0,2}",
}


@cache
def _count_regex(lexicon: Lexicon, noun: str | None = None) -> re.Pattern[str]:
    """A number, then a noun for people (``noun``, else the lexicon's people nouns) on
    the same line; not a time ("11:40 Жена") nor a decimal, article or list number."""
    number = numbers.number_regex(lexicon).pattern
    return re.compile(
        rf"(?<![\w.,:№#-])(?:{number})(?![\w-]|[.,]\d)[^\S\n]+{_MODIFIERS[lexicon.code]}"
        rf"(?P<noun>{noun or lexicon.people_nouns})(?!\w)",
        re.IGNORECASE,
    )


@cache
def _total_regex(lexicon: Lexicon) -> re.Pattern[str]:
    number = numbers.number_regex(lexicon).pattern
    return re.compile(rf"(?:{lexicon.total_phrase})(?:{number})(?![\w-]|[.,]\d)", re.IGNORECASE)


def find_counts(
    text: str, lexicon: Lexicon, start: int, end: int, topic_start: int | None = None
) -> list[CountMention]:
    """Counts of people in ``text[start:end]`` (one clause or sentence); a total with no
    noun of its own ("it had risen to 659") counts when political prisoners are named
    in ``text[topic_start:end]`` (the sentence and those just before it)."""
    out: list[CountMention] = []
    topic = text[start if topic_start is None else topic_start : end]
    if re.search(lexicon.political_prisoner_nouns, topic, re.IGNORECASE):
        # "bringing the total number to 862": the people noun came earlier in the sentence
        for match in _total_regex(lexicon).finditer(text, start, end):
            value = numbers.parse(match, lexicon)
            if value is not None and value >= 2:
                out.append(CountMention(match.start(), match.end(), value, "prisoners"))
    # "за решёткой остаются около 1300", "в списке 1451 имя": those held now, when the
    # report is about political prisoners and the list is not another one (terrorists)
    held_topic: bool | None = None  # looked up only when a held total is found
    for regex in _compiled(lexicon, lexicon.held_total):
        for match in regex.finditer(text, start, end):
            if held_topic is None:
                held_topic = bool(
                    re.search(rf"{lexicon.political_prisoner_nouns}|{_RIGHTS_GROUPS}", topic, re.I)
                )
            if not held_topic:
                break
            near = text[max(start, match.start() - 30) : match.end()].split(",")[-1]
            if re.search(lexicon.other_lists, near, re.I):
                continue  # "в списке террористов ... 1000 фамилий": another list
            value = numbers.parse(match, lexicon)
            taken = any(c.start < match.end() and match.start() < c.end for c in out)
            if value is not None and value >= 2 and not taken:
                out.append(CountMention(match.start(), match.end(), value, "prisoners"))
    for match in _count_regex(lexicon).finditer(text, start, end):
        value = numbers.parse(match, lexicon)
        if value is None or value < 2:
            continue
        if any(c.start < match.end() and match.start() < c.end for c in out):
            continue  # "the list now stands at 1,377 names": a held total, read first
        before = text[max(start, match.start() - 12) : match.start()]
        if re.search(r"(?:No\.?|№|#|Article|артыкул\w*|стат\w+)\s*$", before, re.IGNORECASE):
            continue
        if _ONE_OF.search(text, max(start, match.start() - 30), match.start()):
            continue  # "X, one of the last two members still free": X is described
        if (
            lexicon.code != "en"
            and _COLLECTIVE.search(match.group(0))
            and _ALL_OF_THEM.search(text, max(start, match.start() - 8), match.start())
        ):
            continue  # "прызналі ўсіх траіх палітвязнямі": the three just told, no count
        out.append(
            CountMention(
                match.start(),
                match.end(),
                value,
                category(text, lexicon, start, end, match.group(0), match.start()),
                # "15 из них были осуждены": part of the group counted before
                part=any(
                    r.match(text, match.start()) for r in _compiled(lexicon, lexicon.part_count)
                ),
            )
        )
    if lexicon.code == "ru":  # (the one language with a morphological analyser)
        # "подписались 212 работников завода": any noun for people, by its morphology
        for match in _count_regex(lexicon, r"[а-яё]+").finditer(text, start, end):
            if any(c.start < match.end() and match.start() < c.end for c in out):
                continue  # counted already, by a noun the lexicon knows
            noun = match.group("noun")
            if re.match(lexicon.uncounted_people, noun, re.IGNORECASE) or not morph.names_people(
                noun, lexicon.code
            ):
                continue
            if _COLLECTIVE.search(match.group(0)) and _ALL_OF_THEM.search(
                text, max(start, match.start() - 8), match.start()
            ):
                continue  # "признала всех троих узниками совести": no count
            value = numbers.parse(match, lexicon)
            if value is None or value < 2:
                continue
            kind = category(text, lexicon, start, end, match.group(0), match.start())
            if kind is None:
                continue  # ("пришли с обыском 4 милиционера", "2 собаки"): only with a cue
            out.append(CountMention(match.start(), match.end(), value, kind))
    for regex in _compiled(lexicon, lexicon.subject_count):
        # "more than 300 had been held": the people told before, the noun left out
        for match in regex.finditer(text, start, end):
            value = numbers.parse(match, lexicon)
            if value is None or value < 2 or 1900 <= value <= 2100:
                continue
            if any(c.start < match.end() and match.start() < c.end for c in out):
                continue
            kind = category(text, lexicon, start, end, match.group(0), match.start())
            out.append(CountMention(match.start(), match.end(), value, kind))
    for regex in _compiled(lexicon, lexicon.part_count):
        # "Fourteen of those freed were foreign nationals", "the other 51 arrived"
        for match in regex.finditer(text, start, end):
            value = numbers.parse(match, lexicon)
            if value is None or value < 2:
                continue
            if any(c.start < match.end() and match.start() < c.end for c in out):
                continue
            kind = category(text, lexicon, start, end, match.group(0), match.start())
            out.append(CountMention(match.start(), match.end(), value, kind, part=True))
    out.sort(key=lambda c: c.start)  # in text order: a part follows its group
    if out:
        # "pardoned 30 people on August 16, 30 more on September 4 and another 37", "11
        # человек с инвалидностью, 104 — с ...": the noun left out, the kind of the count
        # just before
        first = min(out, key=lambda c: c.start)
        for regex in _compiled(lexicon, lexicon.more_count + lexicon.listed_count):
            for match in regex.finditer(text, first.end, end):
                value = numbers.parse(match, lexicon)
                taken = any(c.start < match.end() and match.start() < c.end for c in out)
                if value is None or value < 2 or taken:
                    continue
                if re.search(
                    r"\d{4}\s*[—–]\s*$", text[max(start, match.start() - 8) : match.end()]
                ):
                    continue  # "2020 — 2021": a span of years
                before = max((c for c in out if c.end <= match.start()), key=lambda c: c.end)
                out.append(CountMention(match.start(), match.end(), value, before.category))
    return out


@cache
def _compiled(lexicon: Lexicon, patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    """``patterns`` with the lexicon's number in place of "{number}"."""
    number = numbers.number_regex(lexicon).pattern
    return [re.compile(p.replace("{number}", number), re.IGNORECASE) for p in patterns]


# rights groups whose list of political prisoners is the count
_RIGHTS_GROUPS = (
    r"Viasna|Весн[аеуы]|Вясн[аеуы]|правозащитник\w*|праваабаронц\w*"
    r"|rights (?:groups?|defenders?|cent(?:re|er))"
)
_DIED = rf"(?<!\w){DIED}(?!\w)"
# "one of the last two members": a description of one person ("one of 123 prisoners
# pardoned" does count them)
# "троих", "шасцярых": a collective numeral in an oblique case ("всех 14" does count)
_COLLECTIVE = re.compile(r"^\w+(?:их|ых|іх|ёх|ох|ух)\b", re.IGNORECASE)
_ALL_OF_THEM = re.compile(r"(?<!\w)(?:всех|всем|обоих|[уў]сіх|[уў]сім|абодвух)\s+$", re.IGNORECASE)
_ONE_OF = re.compile(r"(?<!\w)one of the\s+(?:last|first|only|remaining|few)\s+$", re.IGNORECASE)
_CONTRAST = re.compile(r"(?:;|,?\s(?:but|while|whereas|но|але|тады як)\s)", re.IGNORECASE)


def category(
    text: str, lexicon: Lexicon, start: int, end: int, phrase: str, at: int = -1
) -> str | None:
    """The category of a count ``phrase`` ("five political prisoners", at offset ``at``)
    in ``text[start:end]``: the category whose cue word stands nearest to it, a contrast
    ("..., but 1,150 remain") counting as far; with no cue, ``prisoners`` for political
    prisoners, else None (the caller looks at the events around)."""
    flags = re.IGNORECASE
    if at < 0:
        at = text.find(phrase, start, end)
    phrase_end = at + len(phrase)
    if re.search(lexicon.count_cues["supporters"], phrase, flags):
        return "supporters"  # "about 30 supporters"
    if re.search(lexicon.count_cues["released"], phrase, flags):
        return "released"  # "52 памілаваных палітвязняў" ("22 задержанным" may be charged)
    if re.search(lexicon.new_prisoners, phrase, flags):
        return "recognized"  # "14 новых политзаключённых": recognised this week
    # "52 политзаключённых, которых помиловал ...": the relative clause tells the group
    relative = re.match(lexicon.group_relative, text[phrase_end:end], flags)
    if relative:
        told = text[phrase_end + relative.start() : phrase_end + relative.end() + 30]
        # ("30 people who gathered outside the court", "33 journalists who remain behind
        # bars": supporters, prisoners)
        for name in _CATEGORY_ORDER[:5]:
            words = lexicon.count_cues[name]
            if name == "prisoners":  # a verb of being held, not the noun ("whom ... считали
                words = rf"{lexicon.remain_cues}|{lexicon.in_prison}"  # политзаключёнными")
            cue = re.search(words, told, flags)
            if cue and cue.start() <= relative.end() - relative.start() + 1:
                return name
    is_political = re.search(lexicon.political_prisoner_nouns, phrase, flags) is not None
    if (
        is_political
        and re.search(r"(?<!\w)(?:из|з|out of)\s+$", text[max(start, at - 8) : at], flags)
        and re.search(r"\d", text[phrase_end:end])
    ):
        return "prisoners"  # "Из 1200 политзаключённых на свободу вышли лишь 18": the whole
    cues = [(name, lexicon.count_cues[name]) for name in _CATEGORY_ORDER]
    cues.append(("other", _DIED))
    # "1,100 political prisoners now": a time word says they are held; "27 journalists
    # are still in prison": so does a place of prison
    cues.append(("prisoners", lexicon.remain_cues if is_political else lexicon.in_prison))
    best: tuple[int, int, str] | None = None
    best_at = -1
    for rank, (name, cue) in enumerate(cues):
        for match in re.finditer(cue, text[start:end], flags):
            m_start, m_end = start + match.start(), start + match.end()
            if m_start < phrase_end and at < m_end:
                continue  # the phrase's own noun ("political prisoners")
            gap = text[m_end:at] if m_end <= at else text[phrase_end:m_start]
            distance = len(gap) + (1000 if _CONTRAST.search(gap) else 30 if "," in gap else 0)
            if re.fullmatch(lexicon.political_prisoner_nouns, match.group(0), flags):
                # a noun is a weaker cue than a verb: "recognised 3,200 people as
                # political prisoners" counts recognitions
                distance += 200
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, name)
                best_at = m_start
    if re.search(lexicon.company_nouns, phrase, flags) and (
        (best is None and not re.search(lexicon.past_verb, text[start:at], flags))
        # "около тридцати родственников и друзей обвиняемых": the company of those on trial
        # is there in support (not when an act befell them: "осудил 12 друзей", "30 friends
        # were detained")
        or (best is not None and best[2] == "other" and 0 <= best_at - phrase_end <= 12)
    ):
        return "supporters"
    if best is not None:
        if best[2] == "supporters" and _NOT_SUPPORT.search(text, start, end):
            return "other"  # "С обыском к нему пришли 8 человек в масках": who came for him
        return best[2]
    if re.search(lexicon.detained_nouns, phrase, flags):
        return "detained"  # "известно о 27 задержанных", "27 detainees": no other cue
    return "prisoners" if is_political else None


_CATEGORY_ORDER = ("released", "detained", "recognized", "supporters", "prisoners", "other")
# a search or men in masks or plain clothes: those who came are no supporters
_NOT_SUPPORT = re.compile(
    r"(?<!\w)(?:обыск\w*|ператрус\w*|search\w*|raid\w*|маск\w+|штатск\w+|цывільн\w+|"
    r"plain\s*clothes|силовик\w*|сілавік\w*)(?!\w)",
    re.IGNORECASE,
)
