"""Persons: find name mentions, put them in the nominative and merge them.

Russian: slovnet's NER (the weights ship inside the ``natasha`` wheel). English and
Belarusian: rules over capitalised word sequences (given-name lexicons, surname
shapes, roles), as no trustworthy offline NER model exists for them. A registry
``NameIndex``, when given, adds its mentions and registry ids. Mentions of one person
(full name, surname alone, inflected forms, a given name alone) are merged.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from rollcall.extract import morph
from rollcall.extract.lang import (
    JUDGE,
    KIN,
    KIN_AGE,
    KIN_MEN,
    KIN_MEN_OBLIQUE,
    KIN_WOMEN,
    KIN_WOMEN_OBLIQUE,
    POSSESSIVE,
    Lexicon,
)
from rollcall.extract.model import Person
from rollcall.extract.text import Ranges
from rollcall.names.correspond import (
    be_to_ru,
    given_name_forms,
    given_name_group,
    is_given_name,
)
from rollcall.names.keys import phonetic

_LATIN_SURNAME = re.compile(
    r"(?:ski|sky|skaya|skaja|skiy|vich|wicz|ich|enka|enko|ava|ova|eva|ina|yna|au|ou|iuk|yuk|"
    r"chuk|uk|ets|ik|ok|ak|onak|ski|kaya|ei|ey)$",
    re.IGNORECASE,
)
_CYRILLIC_SURNAME = re.compile(
    r"(?:скі|цкі|ская|цкая|ский|цкий|іч|ич|ка|енко|ава|ова|ева|іна|ина|ына|аў|оў|еў|ёў|ов|ев|"
    r"ин|ын|ук|юк|ік|ик|ак|ок|ец|ут|ня|ня)$",
    re.IGNORECASE,
)
_MASC_A_NAMES = frozenset(
    [
        "mikola",
        "mikita",
        "nikita",
        "ilya",
        "illia",
        "kuzma",
        "foma",
        "sasha",
        "misha",
        "мікола",
        "мікіта",
        "ілля",
        "кузьма",
        "никита",
        "илья",
        "фома",
        "саша",
        "міша",
    ]
)
# (with the capitals of Polish and Lithuanian spellings: Łukasz, Żywalewski, Šapoka)
_CAP = "A-ZА-ЯЁІЎĄĆĘŁŃÓŚŹŻČŠŽĖĮŲŪ"
_CAP_TOKEN = rf"[{_CAP}][\w'’ʼ]*(?:-[{_CAP}]?[\w'’ʼ]+)*"
# a region named after its town: Стаўбцоўшчына, Гомельщина (any case)
_REGION = re.compile(r"(?:шчын|щин|стчын)(?:а|е|ы|у|ай|ой|ою|і|и)$")
# a single capitalised word, the given name a relative is called by (not a full name)
_GIVEN_ALONE = r"(?P<name>(?-i:[A-ZА-ЯЁІЎ])[\w'’-]+)(?![\w'’-]|\s+(?-i:[A-ZА-ЯЁІЎ]))"
# "his son Eduard", "его жена Дарья": a relative called by the given name alone
_KIN_COMMA_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?:his|her|their|его|её|ее|яго|яе)\s+{KIN},\s+$", re.IGNORECASE
)
_KIN_GIVEN = re.compile(
    rf"(?<!\w)(?:{POSSESSIVE}|(?P<owner>(?-i:[A-Z])[\w-]+)['’]s)\s+"
    # ("её младшего брата Романа": the younger brother, in the case the verb gives)
    rf"(?:{KIN_AGE}\s+)?"
    rf"(?P<kin>{KIN_WOMEN}|{KIN_MEN}|(?P<oblique>{KIN_WOMEN_OBLIQUE}|{KIN_MEN_OBLIQUE}))"
    rf"\s*,?\s+{_GIVEN_ALONE}",
    re.IGNORECASE,
)
# "Жонка блогера Вераніка", "Жену Миклашевича Оксану": whose relative told by a role or a
# family name
_KIN_OF_ROLE_GIVEN = re.compile(
    rf"(?<!\w)(?P<kin>{KIN_WOMEN}|{KIN_MEN}|(?P<oblique>{KIN_WOMEN_OBLIQUE}|{KIN_MEN_OBLIQUE}))"
    rf"\s+(?P<role>[^\W\d_]+)(?:\s+|,\s+(?=[^,]+,)){_GIVEN_ALONE}",
    re.IGNORECASE,
)
_AND_BETWEEN = re.compile(r"\s+(?:і|и|ды|й|and)\s+", re.IGNORECASE)
# a surname in the plural, of a family or of two people ("Рубаных", "Русецкія", "Ярашэвічы")
_PLURAL_SURNAME = re.compile(
    r"(?:ых|іх|их|ыя|ія|ые|ие|овы|авы|евы|ёвы|ины|іны|ічы|ичи|ічаў|ичей|ічамі|ичами)$",
    re.IGNORECASE,
)
# what stands between two names of one list: "X, Y і Z", "X и Y"; a comma or a
# conjunction: names side by side with a space alone are no list ("мать Олега Крупени
# Валентина Крупеня" names her)
_LIST_JOINER = re.compile(
    r",\s*(?:(?:і|и|ды|й|а также|а таксама)\s+)?|\s+(?:і|и|ды|й|а также|а таксама)\s+"
)
_CAP_SEQ = re.compile(rf"{_CAP_TOKEN}(?:[ \u00a0]{_CAP_TOKEN})*")

_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?:in|at|from|near|to|into|у|ў|в|во|из|с|со|з|са|пад|под|каля|около|до|да)\s+$",
    re.IGNORECASE,
)
# "вёсцы Жылічы", "вуліцы Валадарскага", "the village of X": a place's name follows
_PLACE_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:вёс\w+|вул\w*|вуліц\w+|горад\w*|пасёл\w+|раён\w*|праспект\w*|плошч\w+|"
    r"деревн\w+|сел[оеау]|улиц\w+|город\w*|посёл\w+|поселк\w+|район\w*|проспект\w*|площад\w+|"
    r"урочишч\w+|урочышч\w+|village of|town of|street|avenue|square|district of|"
    # "СІЗА на Валадарскага", "ИВС на Окрестина": a jail by the street it stands on
    r"(?:(?-i:СІЗА|СИЗО|ІЧУ|ИВС|ЦІП|ЦИП)(?:-\d+)?|турм\w+)\s+на)\s+$",
    re.IGNORECASE,
)
# "жыхара Ваўкавыска", "a resident of Brest": a town's name, when one word follows
_RESIDENT_OF_BEFORE = re.compile(
    r"(?<!\w)(?:жыхар(?:а|кі|ку|ка)?|жител(?:ь|я|ьница|ьницы|ьницу)|ураджэн(?:ец|ца|ка|кі|ку)|уроженц(?:а|у)|уроженец|"
    r"уроженк(?:и|у)|resident of|native of)\s+$",
    re.IGNORECASE,
)
_NER: Any = None
_NER_LOCK = threading.Lock()


def _ner() -> Any:
    """slovnet's Russian NER (natasha's NewsNERTagger), loaded once per process."""
    global _NER
    if _NER is None:
        with _NER_LOCK:
            if _NER is None:
                from natasha import NewsEmbedding, NewsNERTagger

                _NER = NewsNERTagger(NewsEmbedding())
    return _NER


def ner_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """PER spans found by slovnet in each sentence (batched), as offsets."""
    chunks = [text[s:e] for s, e in sentences]
    spans: list[tuple[int, int]] = []
    if not chunks:
        return spans
    for (start, _end), markup in zip(sentences, _ner().map(chunks), strict=True):
        for span in markup.spans:
            if span.type == "PER":
                spans.append((start + span.start, start + span.stop))
    return spans


# who judges, named with a capital when the role opens the sentence ("Прокурор X заявил")
_JUDGE_WORD = re.compile(JUDGE, re.IGNORECASE)


# a woman's patronymic ("Станіславаўна", "Сергеевна"), never a surname
_WOMANS_PATRONYMIC = re.compile(r"(?:[ао]ўн|еўн|[іи]чн|овн|евн)(?:а|ы|е|у|ай|ой|ою|аю)$", re.I)


@dataclass
class Mention:
    """One mention of a person in the text."""

    start: int
    end: int
    words: list[str]
    nominative: list[str] = field(default_factory=list)
    person_id: str | None = None
    cluster: int = -1
    # "his wife Janina": the family name is inferred, not written (the text says "Janina")
    inferred_surname: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


_WOMANS_SURNAME = re.compile(r"(?:aya|aja|ava|ova|eva|ina|yna|ая|ава|ова|ева|іна|ина|ына)$")


def _masculine_given(name: str) -> bool:
    """A given name in -а whose other spellings end in a consonant: Кірыла (Кирилл),
    Даніла (Даниил)."""
    group = given_name_group(name)
    return group is not None and any(
        not re.search(r"[aeiouyаеёиоуыэюяіь]$", form) for form in given_name_forms(group)
    )


def _gender_of(first: str | None, surname: str | None, lang: str) -> str | None:
    if lang == "ru":
        for word in (first, surname):
            if word:
                gender = morph.ru_gender(word)
                if gender:
                    return gender
    if first:
        low = first.lower()
        if low in _MASC_A_NAMES:
            return "m"
        if low.endswith(("a", "ia", "ya", "а", "я")):
            return "m" if _masculine_given(first) else "f"
        return "m"
    if surname:
        low = surname.lower()
        if _WOMANS_SURNAME.search(low):
            return "f"
        if re.search(
            r"(?:ski|sky|ich|au|ou|ov|ev|in|скі|цкі|ский|цкий|іч|ич|аў|оў|еў|ов|ев|ин)$", low
        ):
            return "m"
    return None


def _singular_surname(plural: str, gender: str | None, lang: str) -> str:
    """ "Рубаных" -> "Рубаны"/"Рубаная", "Русецкіх" -> "Русецкі"/"Русецкая", "Быкавых" ->
    "Быкаў"/"Быкава", "Ярашэвічаў" -> "Ярашэвіч": the surname of one of the family, in the
    nominative singular."""
    be, woman = lang == "be", gender == "f"
    rules = (  # plural ending -> (kept letters of it, man's ending, woman's ending)
        (r"(?:ск|цк)(?:іх|ія|их|ие)", 2, "і" if be else "ий", "ая"),
        (r"[оаеё]в(?:ых|ы)", 1, "ў" if be else "в", "ва"),
        (r"[іи]н(?:ых|ы|і)", 2, "", "а"),
        (r"(?:ых|ыя|ые)", 0, "ы" if be else "ый", "ая"),
        (r"(?:іх|ія|их|ие)", 0, "і" if be else "ий", "яя"),
        (r"[іи]ч(?:аў|ы|ей|и|амі|ами)", 2, "", ""),
    )
    for ending, kept, man, her in rules:
        found = re.search(rf"{ending}$", plural, re.IGNORECASE)
        if found:
            return plural[: found.start() + kept] + (her if woman else man)
    return plural


def _indeclinable_ru(word: str) -> bool:
    """A surname in -е/-и/-о the dictionary does not decline (Херше, Бабарико)."""
    if not re.search(r"[еиоэ]$", word.lower()) or re.search(
        r"(?:ого|его|ое|ее|ие|ые|ии)$", word.lower()
    ):
        return False
    parses = morph.analyser().parse(word)[:4]
    return not any(p.is_known and "Fixd" not in p.tag for p in parses)


def _ru_nominative(words: list[str]) -> bool:
    """All words read as one nominative singular name of one gender ("Рыгор Костусев")."""
    genders: set[str] | None = None
    for word in words:
        found = set()
        for parse in morph.analyser().parse(word)[:4]:
            tag = parse.tag
            if "nomn" in tag and "sing" in tag and (parse.score >= 0.1 or not parse.is_known):
                found.add(str(tag.gender))
        genders = found if genders is None else genders & found
        if not genders:
            return False
    return True


def _surname_forms(word: str, lang: str) -> set[str]:
    """Candidate nominatives of a surname, part by part for double surnames."""
    forms = {f.lower() for f in morph.nominative_forms(word, lang)[:5]}
    parts = word.split("-")
    if len(parts) == 2 and all(parts):
        firsts = [f.lower() for f in morph.nominative_forms(parts[0], lang)[:3]]
        seconds = [f.lower() for f in morph.nominative_forms(parts[1], lang)[:3]]
        forms |= {f"{a}-{b}" for a in firsts for b in seconds}
    return forms


_BE_TO_RU_LETTERS = str.maketrans({"і": "и", "І": "И", "ў": "в", "Ў": "В", "э": "е", "Э": "Е"})


def _russian_spelling(word: str) -> str:
    """A Belarusian word in Russian letters, for the Russian dictionary ("Мінска" ->
    "Минска"); only the letters differ, so words whose sounds differ stay unknown."""
    return word.translate(_BE_TO_RU_LETTERS)


def _common_word(word: str, animate: bool = False) -> bool:
    """The dictionary knows the word and reads it as no name: a place or common noun
    (with ``animate``, a noun for people too: "Правозащитника")."""
    parses = morph.analyser().parse(word)[:3]
    return (
        bool(parses)
        and all(
            p.is_known and not any(t in p.tag for t in ("Name", "Surn", "Patr")) for p in parses
        )
        and (animate or any("Geox" in p.tag or "inan" in p.tag for p in parses))
    )


def _place_name(word: str) -> bool:
    """Every reading of the word is a geographical name (Варшава, Мінск)."""
    parses = morph.analyser().parse(word)[:3]
    return bool(parses) and all("Geox" in p.tag for p in parses)


class PersonFinder:
    """Finds and merges the persons of one article."""

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        sentences: list[tuple[int, int]],
        sentence_starts: set[int],
        quotes: list[tuple[int, int]],
        names: Any = None,
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        self.lang = lexicon.code
        self.sentences = sentences
        self.sentence_starts = sentence_starts
        self.quotes = quotes
        self.quote_ranges = Ranges(quotes)
        self.names = names
        self.demonym = re.compile(lexicon.demonym, re.IGNORECASE)
        self.after_place_preposition = re.compile(
            rf"(?<!\w){lexicon.place_prepositions}\s+$", re.IGNORECASE
        )
        # "», — заявіла Гульноза Саід", "— напісала ў сацыяльных сетках актывістка X"
        self.speaker_slot = re.compile(
            rf"[»”\"]\s*,?\s*[—–]\s*(?:{lexicon.speech_verbs})\s+(?:[\w'’-]+(?:[/.][\w'’-]+)*\s+){{0,4}}$",
            re.IGNORECASE,
        )

    # -- candidates -------------------------------------------------------------------
    def _is_given(self, word: str) -> bool:
        low = morph.strip_possessive(word).lower()
        if self.lang == "en":
            # the English list, and the names engine's calendar in Latin spellings (Ala)
            return low in self.lexicon.given_names or (
                word[:1].isupper() and is_given_name(morph.strip_possessive(word))
            )
        if self.lang == "ru":
            return morph.is_ru_given_name(word)
        forms = [f.lower() for f in morph.nominative_forms(word, self.lang)[:4]]
        return (
            any(f in self.lexicon.given_names for f in forms)
            or morph.is_ru_given_name(word)
            or self._calendar_given(word)
        )

    def _surname_shaped(self, word: str) -> bool:
        word = morph.strip_possessive(word)
        if len(word) < 3:
            return False
        if self.lang == "en":
            return bool(_LATIN_SURNAME.search(word))
        forms = morph.nominative_forms(word, self.lang)[:3]
        return any(_CYRILLIC_SURNAME.search(f) for f in forms)

    def _not_name(self, word: str) -> bool:
        low = morph.strip_possessive(word).lower()
        if low in self.lexicon.not_names or (len(word) > 1 and word.isupper()):
            return True
        if low in self.lexicon.weekdays:
            return True  # "Панядзелак.": a digest's day label (months are names too: Марта)
        if self.demonym.fullmatch(low):
            return True  # "Гомельчанина задержали": a town's native, named by the town
        if re.search(self.lexicon.organisation_parts, low):
            return True  # "Белгазпрамбанка": a company
        # "ГУБАЗіК", "KGB-run": capitals inside a word make an acronym, not a name
        if "-" not in word and sum(ch.isupper() for ch in word[1:]) >= 2:
            return True
        # "Супрацоўнікі ГУБАЗіК адвезлі ...": a role noun opening a sentence
        return (
            self.lang != "ru"
            and re.fullmatch(self.lexicon.role_words, low, re.IGNORECASE) is not None
        )

    def _rule_mentions(self) -> list[Mention]:
        found: list[Mention] = []
        for start, end in self.sentences:
            for match in _CAP_SEQ.finditer(self.text, start, end):
                words = match.group(0).split()
                offsets = []
                pos = match.start()
                for word in words:
                    pos = self.text.index(word, pos)
                    offsets.append((pos, pos + len(word)))
                    pos += len(word)
                # "the Conservative Christian Party activist": the organisation's words
                # are no name, whatever given names ("Christian") they hold
                heads = [
                    i
                    for i, word in enumerate(words)
                    if morph.strip_possessive(word).lower() in self.lexicon.organisation_heads
                ]
                first = heads[-1] + 1 if heads else 0
                run: list[int] = []
                for index, word in enumerate([*words, ""]):
                    if index < first:
                        continue
                    if word and not self._not_name(word):
                        run.append(index)
                        continue
                    if run:
                        found.extend(
                            self._split_run([words[i] for i in run], [offsets[i] for i in run])
                        )
                    run = []
        return found

    def _split_run(self, words: list[str], offsets: list[tuple[int, int]]) -> list[Mention]:
        """A run of capitalised non-stop words -> name mentions (full names or singles)."""
        out: list[Mention] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words) and self._is_given(words[i]) and not self._is_given(words[i + 1]):
                j = i + 2
                # a middle name or patronymic, or a double first name: up to 3 tokens
                if (
                    j < len(words)
                    and j - i < 3
                    # "Мікалая Статкевіча Марына Адамовіч": a given name starts the next
                    and not (self._is_given(words[j]) and j + 1 < len(words))
                    and (
                        self._surname_shaped(words[j])
                        or re.search(r"(?:вич|віч|вна|ич)\w*$", words[i + 1])
                    )
                ):
                    j += 1
                out.append(Mention(offsets[i][0], offsets[j - 1][1], words[i:j]))
                i = j
                continue
            if (
                i + 1 < len(words)
                and self._is_given(words[i])
                and self._is_given(words[i + 1])
                and (self._surname_shaped(words[i + 1]) or i + 2 == len(words))
            ):
                # "Ihar Losik": a second given-name-like word is a surname when shaped like one
                out.append(Mention(offsets[i][0], offsets[i + 1][1], words[i : i + 2]))
                i += 2
                continue
            if (
                i + 1 < len(words)
                and self._surname_shaped(words[i + 1])
                and not self._surname_shaped(words[i])
                and len(words) - i == 2
                and (
                    self.lang == "en"
                    or (
                        offsets[i][0] not in self.sentence_starts
                        # "У Мазыр Дашкевіча прывезлі": after a preposition, a place
                        and not self.after_place_preposition.search(
                            self.text, max(0, offsets[i][0] - 8), offsets[i][0]
                        )
                    )
                )
            ):
                out.append(Mention(offsets[i][0], offsets[i + 1][1], words[i : i + 2]))
                i += 2
                continue
            if (
                self.lang == "en"
                and i + 1 < len(words)
                and len(words) - i == 2
                and self._name_context(offsets[i][0], offsets[i + 1][1])
            ):
                out.append(Mention(offsets[i][0], offsets[i + 1][1], words[i : i + 2]))
                i += 2
                continue
            if (
                self.lang != "en"
                and i == 0
                and len(words) in (2, 3)
                and self._speaker_slot(offsets[0][0])
                and self._unknown_name(words)
                and not self._organisation_after(offsets[-1][1])
            ):
                # "— заявіў прэзідэнт федэрацыі Могенс Бліхер Б'ерэгард": an unknown name
                # in the speaker's place after a speech verb
                out.append(Mention(offsets[0][0], offsets[-1][1], words, list(words)))
                break
            out.append(Mention(offsets[i][0], offsets[i][1], [words[i]]))
            i += 1
        return out

    def _unknown_name(self, words: list[str]) -> bool:
        """Words that may be a name the dictionaries do not know: Cyrillic, none an
        organisation's or a media's word, the first neither a place nor a common noun
        ("Радыё Свабода", "Усходняй Еўропе", "Amnesty International" are no persons)."""
        if not all(re.fullmatch(r"[А-ЯЁІЎа-яёіў'’ʼ-]+", w) for w in words):
            return False
        low = [morph.strip_possessive(w).lower() for w in words]
        if any(w in self.lexicon.organisation_heads or w in self.lexicon.media_words for w in low):
            return False
        return not (_common_word(words[0], animate=True) or _place_name(words[0]))

    def _organisation_after(self, end: int) -> bool:
        """ "Беларускі Хельсінкскі камітэт": the capitalised words name an organisation."""
        following = re.match(r"\s+([\w-]+)", self.text[end : end + 30])
        return bool(following and following.group(1).lower() in self.lexicon.organisation_heads)

    def _speaker_slot(self, start: int) -> bool:
        """Whether ``start`` follows a dialogue attribution's speech verb and role words,
        not a preposition ("па Усходняй Еўропе")."""
        before = self.text[max(0, start - 80) : start]
        previous = re.findall(r"[\w'’-]+", before)[-1:]
        if previous and len(previous[0]) <= 3 and previous[0].lower() in self.lexicon.not_names:
            return False  # a preposition
        return bool(self.speaker_slot.search(before))

    def _name_context(self, start: int, end: int) -> bool:
        """Two capitalised words a name stands around: "said Franak Viacorka, an adviser"."""
        before = self.text[max(0, start - 40) : start]
        after = self.text[end : end + 16]
        role = rf"(?:{self.lexicon.role_words}|{self.lexicon.speech_verbs})\s+$"
        # ("Katrin Oberländer, who sits on the committee": "who" is said of a person)
        return bool(
            re.search(role, before, re.IGNORECASE) or re.match(r",\s+(?:an?|the|who)\s", after)
        )

    def _ner_mentions(self) -> list[Mention]:
        found = []
        for start, end in ner_spans(self.text, self.sentences):
            words = self.text[start:end].split()
            if not words or not all(w[:1].isupper() for w in words):
                continue
            role_re = re.compile(self.lexicon.role_words, re.IGNORECASE)
            while len(words) > 1 and (
                role_re.fullmatch(words[0])
                or not (self._name_like_ru(words[0]) or self._calendar_given(words[0]))
            ):
                start = self.text.index(words[1], start + len(words[0]))
                words = words[1:]
            while (
                len(words) >= 3
                and self._calendar_given(words[0])
                and self._calendar_given(words[1])
            ):
                # "мать Дмитрия Наталья Якубович": two given names in a row, the first is
                # whose mother; the name is the one after it
                start = self.text.index(words[1], start + len(words[0]))
                words = words[1:]
            if (
                len(words) == 1
                and role_re.fullmatch(words[0])
                and _common_word(words[0], animate=True)
            ):
                continue  # "Правозащитника задержали": a role noun opening the sentence
            if len(words) == 1 and self.demonym.fullmatch(words[0].lower()):
                continue  # "Гомельчанина задержали": a town's native, named by the town
            found.append(Mention(start, end, words))
        return found

    def _man_in_oblique_before(self, start: int, end: int) -> bool:
        """ "председателя Партии БНФ Григория Костусева", "журналиста Алеся Буракова": a
        masculine role noun in the genitive or accusative before a name that could also
        read as a woman's nominative ("Григория", "Алеся" + "-ова") makes it his oblique,
        unless a feminine verb follows and agrees with nothing else ("сына Станислава
        Коновалова объявила голодовку"; but "Жена политзаключённого Станислава Коновалова
        объявила" is his wife's act)."""
        before = re.findall(r"[\w«»\"-]+|[,.;:!?—–]", self.text[max(0, start - 60) : start])
        complement = False  # "участника велоакции X": the role's own genitive noun between
        for at in range(len(before) - 1, max(-1, len(before) - 6), -1):
            word = before[at]
            if not word[:1].isalpha() and not word.startswith("«"):
                return False  # a comma or stop: the noun is not the name's
            parses = morph.analyser().parse(word.lower())[:2]
            if any(
                p.tag.POS == "NOUN"
                and p.tag.gender == "masc"
                and "anim" in p.tag
                and ("gent" in p.tag or "accs" in p.tag)
                and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
                for p in parses
            ):
                # (also opening the sentence: "Участника велоакции X")
                head = before[at - 1] if at > 0 else ""
                governed = head[:1].isalpha() and any(
                    p.tag.POS == "NOUN" and "nomn" in p.tag
                    for p in morph.analyser().parse(head.lower())[:2]
                )
                return governed or not self._feminine_verb_after(end)
            if word[:1].isupper() or word.startswith("«"):
                continue  # "Партии БНФ", "«Весны»": an organisation between
            if complement or not any(
                p.tag.POS == "NOUN" and "inan" in p.tag and "gent" in p.tag for p in parses
            ):
                return False
            complement = True
        return False

    def _named_as_a_woman(self, words: list[str]) -> bool:
        """The name, written as here, is followed by a feminine verb somewhere ("Алеся
        Крыўцова выйшла на волю") with no role or kin noun before it to govern it
        ("маці Алеся Крыўцова сказала": his mother)."""
        if words[0][-1:].lower() not in "ая":
            return False
        role = re.compile(rf"{self.lexicon.role_words}", re.IGNORECASE)
        for found in re.finditer(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", self.text):
            before = re.findall(r"\w+", self.text[max(0, found.start() - 30) : found.start()])
            if before and role.fullmatch(before[-1]):
                continue
            if self._feminine_verb_after(found.end()):
                return True
        return False

    def _feminine_verb_after(self, end: int) -> bool:
        after = re.match(r"[^\w,.;:!?]*((?:[\w-]+\s+){0,2}[\w-]+)", self.text[end : end + 50])
        if self.lang == "be" and after:
            # the Russian dictionary does not know "выйшла", "адбыла": a past tense in -ла
            return any(
                re.fullmatch(r"[а-яёіў]{2,}ла(?:ся)?", word)
                for word in after.group(1).lower().split()
            )
        return any(
            p.tag.POS in ("VERB", "PRTS") and p.tag.gender == "femn"
            for word in (after.group(1).split() if after else [])
            for p in morph.analyser().parse(word)[:2]
        )

    def _calendar_given(self, word: str) -> bool:
        """A given name of the names engine's calendar of be/ru/Latin given names, in any
        case ("Софию": the dictionary knows only the city)."""
        return any(is_given_name(f) for f in morph.nominative_forms(word, self.lang)[:2])

    @staticmethod
    def _name_like_ru(word: str) -> bool:
        parses = morph.analyser().parse(word)[:3]
        if any(("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) for p in parses):
            return True
        return not (
            parses
            and parses[0].score > 0.5
            and "UNKN" not in parses[0].tag
            and parses[0].tag.POS in ("NOUN", "ADJF", "PRTF", "VERB")
        )

    def _in_quote(self, position: int) -> bool:
        return self.quote_ranges.contains(position)

    # -- merging ----------------------------------------------------------------------
    def find(self) -> tuple[list[Person], list[Mention]]:
        mentions = self._ner_mentions() if self.lang == "ru" else self._rule_mentions()
        mentions = [
            m
            for m in mentions
            if not _PLACE_NOUN_BEFORE.search(self.text, max(0, m.start - 20), m.start)
            and not (
                len(m.words) == 1
                and _RESIDENT_OF_BEFORE.search(self.text, max(0, m.start - 20), m.start)
            )
        ]
        mentions = self._shared_surnames(mentions)
        mentions = self._kin_by_given_name(mentions)
        if self.names is not None:
            mentions = self._with_registry(mentions)
        listed = self._list_cases(mentions)
        for index, mention in enumerate(mentions):
            if mention.nominative:
                continue  # the subject of a speech verb: as written
            if len(mention.words) > 1 and listed.get(index):
                # "Андрэя Арыку, Аляксандра Бабко і Вольгу Дубовік": a list shares a case
                mention.nominative = morph.nominative_name(
                    mention.words, self.lang, listed[index]
                ).split()
                if len(mention.nominative) == len(mention.words):
                    continue
            if len(mention.words) > 1:
                mention.nominative = morph.nominative_name(mention.words, self.lang).split()
                if len(mention.nominative) != len(mention.words):
                    mention.nominative = [morph.strip_possessive(w) for w in mention.words]
                first = mention.words[0]
                if (
                    self.lang == "be"
                    and mention.nominative[0].lower() not in self.lexicon.given_names
                ):
                    known = [
                        f
                        for f in morph.nominative_forms(first, self.lang)[:5]
                        if f.lower() in self.lexicon.given_names
                    ]
                    if known:  # the engine kept "Алега"; the lexicon knows "Алег"
                        mention.nominative[0] = known[0]
                if (
                    self.lang == "ru"
                    and _ru_nominative(mention.words)
                    and not self._man_in_oblique_before(mention.start, mention.end)
                ):
                    mention.nominative = list(mention.words)  # already nominative: "Рыгор Костусев"
                elif (
                    self.lang != "en"
                    and first.lower() in self.lexicon.given_names
                    and (
                        mention.nominative[0].lower() not in self.lexicon.given_names
                        or mention.nominative[0].lower() == first.lower()
                    )
                ):
                    # a nominative given name: the whole name is in the nominative
                    mention.nominative = list(mention.words)
                elif (
                    self.lang != "en"
                    and first.lower() in self.lexicon.given_names
                    and self._named_as_a_woman(mention.words)
                ):
                    # "Алеся Крыўцова выйшла": a woman's name, not the oblique of "Алесь"
                    mention.nominative = list(mention.words)
                elif (
                    self.lang != "en"
                    and mention.nominative[0].lower() != first.lower()
                    and mention.nominative[-1] == mention.words[-1]
                ):
                    # the given name was inflected, so is the surname ("Алега Грузьдзіловіча")
                    other = [
                        f
                        for f in morph.nominative_forms(mention.words[-1], self.lang)
                        if f.lower() != mention.words[-1].lower()
                    ]
                    # (a woman's surname ending in a consonant does not decline: "Ирине
                    # Халип")
                    womans = (
                        mention.words[-1][-1:].lower() in "бвгджзклмнпрстфхцчшщ"
                        and morph.ru_gender(mention.nominative[0]) == "f"
                    )
                    if other and not _indeclinable_ru(mention.words[-1]) and not womans:
                        mention.nominative[-1] = other[0]
            else:
                forms = morph.nominative_forms(mention.words[0], self.lang)
                surface = morph.strip_possessive(mention.words[0])
                # a word already shaped like a nominative surname stays as written
                keep = self.lang != "en" and surface in forms and _CYRILLIC_SURNAME.search(surface)
                mention.nominative = [surface if keep else forms[0]]
        clusters: list[dict[str, Any]] = []
        self._by: dict[str, dict[str, Any]] = {"surname": {}, "first": {}, "id": {}, "phonetic": {}}
        fulls = [m for m in mentions if len(m.words) > 1]
        singles = [m for m in mentions if len(m.words) == 1]
        surfaces = {w.lower() for m in mentions for w in m.words}
        for mention in fulls:
            self._place_full(mention, clusters, surfaces)
        if self.lang == "ru":
            singles += self._missed_singles(mentions, clusters)
            mentions = sorted(fulls + singles, key=lambda m: m.start)
        for mention in singles:
            self._place_single(mention, clusters)
        return self._persons(clusters, mentions)

    def _shared_surnames(self, mentions: list[Mention]) -> list[Mention]:
        """ "Рыгора і Арцёма Рубаных", "Аляксандр і Аляксей Русецкія", "Dzianis and
        Katsiaryna Yarashevich": two given names sharing one surname, in the plural in
        Russian and Belarusian; each gets it, in the singular of each one's sex."""
        out = list(mentions)
        for index in range(len(mentions) - 1):
            first, second = mentions[index], mentions[index + 1]
            if (
                len(first.words) != 1
                or len(second.words) != 2
                or not _AND_BETWEEN.fullmatch(self.text, first.end, second.start)
                or not self._is_given(first.words[0])
                or not self._is_given(second.words[0])
            ):
                continue
            surname = second.words[1]
            if self.lang == "en":
                out[index] = Mention(first.start, first.end, [first.words[0], surname])
                continue
            # (a woman's surname in a consonant does not decline: "Дзяніса і Кацярыны
            # Ярашэвіч" share "Ярашэвіч" as written)
            plural = bool(_PLURAL_SURNAME.search(surname))
            undeclined = not plural and bool(re.search(r"[бвгджзклмнпрстфхцчшщ]$", surname.lower()))
            if not plural and not undeclined:
                continue
            # both given names stand in one case: the second's tells it ("Аляксандра і
            # Аляксея": his genitive, not the woman's name Аляксандра)
            oblique = self._given_nominative(second.words[0], True) != second.words[0]
            names = [self._given_nominative(m.words[0], oblique) for m in (first, second)]
            if undeclined and _gender_of(names[1], None, self.lang) != "f":
                continue  # "Андрэя і Івана Крука": the second alone is named so
            for at, (mention, given) in enumerate(zip((first, second), names, strict=True)):
                single = _singular_surname(surname, _gender_of(given, None, self.lang), self.lang)
                out[index + at] = Mention(
                    mention.start, mention.end, [mention.words[0], surname], [given, single]
                )
        return out

    def _kin_by_given_name(self, mentions: list[Mention]) -> list[Mention]:
        """ "together with his son Eduard", "его жена Дарья", "яго жонка Вольга": a
        relative named by the given name alone bears the family name of the person named
        last before ("Viktar Babaryka"), in the form of the relative's sex."""
        out = list(mentions)
        starts = {m.start: i for i, m in enumerate(mentions)}
        roles = re.compile(self.lexicon.role_words, re.IGNORECASE)
        # (or by the family name: "Жену Миклашевича Оксану задержали вместе с мужем")
        owners = {
            m.start: m for m in mentions if len(m.words) == 1 and not self._is_given(m.words[0])
        }
        by_role = [
            found
            for found in _KIN_OF_ROLE_GIVEN.finditer(self.text)
            if roles.fullmatch(found.group("role"))
            or found.start("role") in owners
            # "Жена Романа, Юлия,": the owner named by the given name, told before
            or (
                found.start("role") in starts
                and is_given_name(morph.nominative_name([found.group("role")], self.lang))
            )
        ]
        for found in [*_KIN_GIVEN.finditer(self.text), *by_role]:
            word = found.group("name")
            # ("брата Романа": the dictionary's "роман" is a novel first; the calendar knows)
            if not (self._is_given(word) or self._calendar_given(word)):
                continue
            at = found.start("name")
            if at in starts and len(mentions[starts[at]].words) > 1:
                continue  # "his wife Darya Losik": named in full
            owner_is_woman = False
            possessive = self._possessive_gender(found.group(0))
            if found.re is _KIN_GIVEN and found.group("owner"):  # "Malchanau's daughter Alisa"
                family = found.group("owner")
            else:
                if (
                    found.re is _KIN_OF_ROLE_GIVEN
                    and found.start("role") in owners
                    # ("Жена Романа, Юлия,": a given name's genitive owns no family name)
                    and not is_given_name(morph.nominative_name([found.group("role")], self.lang))
                ):
                    owner = owners[found.start("role")]
                else:
                    owner = self._kin_owner(mentions, found.start(), possessive)
                    if owner is None:
                        continue
                full = morph.nominative_name(owner.words, self.lang).split()
                family = full[-1]
                # (an owner named by the surname alone, "Власовой", is a woman by the
                # possessive, else by its form)
                owner_is_woman = (
                    _gender_of(full[0], family, self.lang) == "f"
                    if len(full) > 1
                    else possessive == "f"
                    if possessive
                    else bool(_WOMANS_SURNAME.search(family.lower()))
                )
            kin = found.group("kin")
            woman = bool(re.fullmatch(f"{KIN_WOMEN}|{KIN_WOMEN_OBLIQUE}", kin, re.IGNORECASE))
            # (a son of "Тэрэса Дамброўская" is Дамброўскі; of "Сяргей Каліна", Каліна)
            if woman:
                surname = morph.womans_surname(family)
            elif owner_is_woman:
                surname = morph.mans_surname(family, self.lang)
            else:
                surname = family
            oblique = found.group("oblique") is not None
            given = self._given_nominative(word, oblique=oblique)
            mention = Mention(
                at, found.end("name"), [word, surname], [given, surname], inferred_surname=True
            )
            if at in starts:
                out[starts[at]] = mention
            else:
                out.append(mention)
        return sorted(out, key=lambda m: m.start)

    def _possessive_gender(self, phrase: str) -> str | None:
        """The sex of the owner the possessive opening ``phrase`` names ("его", "her")."""
        found = re.match(rf"(?:{self.lexicon.possessive_by_sex})(?!\w)", phrase, re.IGNORECASE)
        if found is None:
            return None
        return "f" if found.group("f") else "m"

    def _kin_owner(
        self, mentions: list[Mention], position: int, gender: str | None = None
    ) -> Mention | None:
        """Whose relative "his son" is: the person the sentence names first before it
        ("Viktar Babaryka, the rival of Aliaksandr Lukashenka, was detained with his son"),
        else the one the two sentences before name first, else the last one of the
        possessive's ``gender`` named further back."""
        here = next((i for i, (a, b) in enumerate(self.sentences) if a <= position < b), None)
        if here is None:
            return None
        surnames = {m.words[-1] for m in mentions if len(m.words) > 1}
        for index in (here, here - 1, here - 2):
            if index < 0:
                break
            start, end = self.sentences[index]
            named = [
                m
                for m in mentions
                if start <= m.start
                and m.end <= min(end, position)
                and not self._in_quote(m.start)  # "«Забралі ноўтбук», — кажа яго жонка"
                and (
                    len(m.words) > 1
                    # a surname alone ("to Babaryka, ..., and his son"); before this
                    # sentence one the text also gives with a given name ("glorifying
                    # Nazism" is none)
                    or (
                        (index == here or m.words[0] in surnames)
                        and not self._is_given(m.words[0])
                        # ("Officers searched the family's flat ..., his wife Halina told"
                        # names no family: a word opening the sentence is no surname alone)
                        and (
                            re.search(r"\w", self.text[start : m.start])  # not after «, —
                            or m.words[0] in surnames
                            or self._surname_shaped(m.words[0])
                        )
                        # ("Улетку яе сына Максіма затрымалі": a word opening the sentence
                        # and standing nowhere else is no family name)
                        and not (
                            self.lang != "en"
                            and m.start in self.sentence_starts
                            and not self._named_again(m.words[0], m.start)
                        )
                    )
                )
            ]
            if named:
                return named[0]
        # ("В тот же день задержали её младшего брата Романа" a paragraph after "Цывунчик,
        # которая ..."): the one named last before, further back
        earlier = [
            m
            for m in mentions
            if len(m.words) > 1
            and m.end <= position
            and not self._in_quote(m.start)
            and (
                gender is None
                or _gender_of(morph.nominative_name(m.words, self.lang).split()[0], None, self.lang)
                == gender
            )
        ]
        return earlier[-1] if earlier else None

    def _given_nominative(self, word: str, oblique: bool) -> str:
        """The nominative of a given name: itself, unless ``oblique`` and another of its
        candidates is a given name too."""
        candidates = [
            f
            for f in morph.nominative_forms(word, self.lang)[:4]
            if f.lower() in self.lexicon.given_names or is_given_name(f)
        ]
        if oblique:
            other = [f for f in candidates if f.lower() != word.lower()]
            if other:
                return other[0]
        return (
            word
            if word.lower() in {c.lower() for c in candidates} or not candidates
            else candidates[0]
        )

    def _list_cases(self, mentions: list[Mention]) -> dict[int, frozenset[str]]:
        """For each ru/be full name listed beside names that can only be oblique
        ("Андрэя Арыку, Аляксандра Бабко"), the cases those neighbours stand in."""
        if self.lang == "en":
            return {}
        cases = [
            morph.name_cases(m.words, self.lang) if len(m.words) > 1 else frozenset()
            for m in mentions
        ]
        out: dict[int, frozenset[str]] = {}
        for i, j in itertools.pairwise(range(len(mentions))):
            between = self.text[mentions[i].end : mentions[j].start]
            if not _LIST_JOINER.fullmatch(between):
                continue
            for here, there in ((i, j), (j, i)):
                if cases[there] and "nomn" not in cases[there] and len(mentions[here].words) > 1:
                    out[here] = out.get(here, frozenset()) | cases[there]
        return out

    def _missed_singles(
        self, mentions: list[Mention], clusters: list[dict[str, Any]]
    ) -> list[Mention]:
        """Capitalised words NER left out that inflect to a known surname or given name."""
        taken = [(m.start, m.end) for m in mentions]
        keys = set(self._by["surname"]) | set(self._by["first"])
        out = []
        for start, end in self.sentences:
            for match in re.finditer(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", self.text[start:end]):
                s, e = start + match.start(), start + match.end()
                if any(a < e and s < b for a, b in taken):
                    continue
                forms = [f.lower() for f in morph.nominative_forms(match.group(0), self.lang)[:5]]
                if keys.intersection(forms):
                    mention = Mention(s, e, [match.group(0)])
                    mention.nominative = [morph.nominative_forms(match.group(0), self.lang)[0]]
                    out.append(mention)
        return out

    def _with_registry(self, mentions: list[Mention]) -> list[Mention]:
        try:
            registry = list(self.names.find_mentions(self.text))
        except Exception:
            return mentions
        taken = [(m.start, m.end) for m in registry]
        kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in taken)]
        for m in registry:
            kept.append(
                Mention(
                    m.start,
                    m.end,
                    self.text[m.start : m.end].split(),
                    person_id=getattr(m, "person_id", None),
                )
            )
        kept.sort(key=lambda m: m.start)
        return kept

    def _feminine(self, word: str, surname: str) -> str:
        """A woman's surname agrees with her given name: "Паліну Шарэнду-Панасюк" is
        Шарэнда-Панасюк, not the masculine Шарэнд-Панасюк."""
        parts = word.split("-")
        chosen = surname.split("-")
        if len(chosen) != len(parts):
            return surname
        out = []
        for part, current in zip(parts, chosen, strict=True):
            if current[-1:].lower() not in "аяоеуюіиыь" and part[-1:].lower() in "ая":
                # "Таццяне Равяка", "Марыю Тарасенка": no oblique of a woman's surname in a
                # consonant, which does not decline; the form written is hers
                out.append(part)
                continue
            if current[-1:].lower() in "аяоеуюіиы" or part[-1:].lower() not in "уюы":
                out.append(current)  # already a vowel (feminine or indeclinable) form
                continue
            forms = morph.nominative_forms(part, self.lang)
            feminine = [f for f in forms if f[-1:].lower() in "ая"]
            out.append(feminine[0] if feminine else current)
        return "-".join(out)

    def _place_full(
        self, mention: Mention, clusters: list[dict[str, Any]], surfaces: set[str]
    ) -> None:
        first_forms = [f for f in morph.nominative_forms(mention.words[0], self.lang)[:5]]
        if self.lang != "en" and mention.nominative[0].lower() not in self.lexicon.given_names:
            # the engine's first choice is no known given name: take a candidate that is
            known = [f for f in first_forms if f.lower() in self.lexicon.given_names]
            if known:
                mention.nominative[0] = known[0]
        first, surname = mention.nominative[0], mention.nominative[-1]
        firsts = {f.lower() for f in first_forms} | {first.lower(), ""}
        if self.lang != "en" and _gender_of(first, None, self.lang) == "f":
            surname = mention.nominative[-1] = self._feminine(mention.words[-1], surname)
        given, written = mention.words[0].lower(), mention.words[-1].lower()
        declined_man = (
            # "Александру Дубатовке", "Олега Крупени": a man's given name in the dative or
            # genitive, so is his surname in -а/-я (a woman's, "Наталье Херше", stays; so do
            # "Николае Статкевиче", "Ираклию Кобахидзе")
            _gender_of(first, None, self.lang) == "m"
            and (
                (given.endswith(("у", "ю")) and written.endswith("е"))
                or (given.endswith(("а", "я")) and written.endswith(("и", "ы")))
            )
            and not written.endswith(("дзе", "швили", "ишвили", "ани"))
        )
        vowel_forms = [
            f
            for f in morph.nominative_forms(mention.words[-1], self.lang)[:4]
            if f[-1:].lower() in "ая" and f.lower() != mention.words[-1].lower()
        ]
        if (
            self.lang == "ru"
            and declined_man
            and vowel_forms
            and _indeclinable_ru(mention.words[-1])
        ):
            surname = mention.nominative[-1] = vowel_forms[0]
        elif self.lang == "ru" and _indeclinable_ru(mention.words[-1]):
            # "Наталью Херше" stays; "Олега Крупени" beside "Валентина Крупеня" does not:
            # the text writes the nominative
            written = [
                f
                for f in morph.nominative_forms(mention.words[-1], self.lang)[:4]
                if f.lower() != mention.words[-1].lower() and f.lower() in surfaces
            ]
            surname = mention.nominative[-1] = written[0] if written else mention.words[-1]
        # prefer a nominative the text itself writes elsewhere ("Пачобут" beside "Пачобута")
        if self.lang == "be" and surname.lower() not in surfaces:
            gender = _gender_of(None, surname, self.lang)
            for form in morph.nominative_forms(mention.words[-1], self.lang)[:4]:
                if (
                    form.lower() in surfaces
                    and form.lower() != mention.words[-1].lower()
                    and _gender_of(None, form, self.lang) in (gender, None)
                    # the engine reads it as a nominative: "Пачобут" is, "Пратасевіча"
                    # written elsewhere is a genitive
                    and morph.nominative_forms(form, self.lang)[0].lower() == form.lower()
                ):
                    surname = form
                    mention.nominative[-1] = form
                    break
        if len(mention.words) == 2 and _WOMANS_PATRONYMIC.search(mention.words[1]):
            # "Сама Тэрэса Станіславаўна": the woman named in full before, by given name
            # and patronymic
            same_first = self._by["first"].get(first.lower(), [])
            if len(same_first) == 1:
                self._add(clusters[same_first[0]], mention, same_first[0])
                return
        forms = _surname_forms(mention.words[-1], self.lang) | {surname.lower()}
        candidates = sorted({i for form in forms for i in self._by["surname"].get(form, [])})
        if mention.person_id and mention.person_id in self._by["id"]:
            candidates.insert(0, self._by["id"][mention.person_id])
        for index in candidates:
            cluster = clusters[index]
            same_id = mention.person_id and mention.person_id == cluster["id"]
            if same_id or (cluster["first"] or "").lower() in firsts:
                self._add(cluster, mention, index)
                return
        self._new_cluster(clusters, mention, first, surname, mention.nominative)

    def _new_cluster(
        self,
        clusters: list[dict[str, Any]],
        mention: Mention,
        first: str | None,
        surname: str,
        full: list[str],
    ) -> None:
        index = len(clusters)
        clusters.append(
            {
                "first": first,
                "surname": surname,
                "mentions": [],
                "id": mention.person_id,
                "full": full,
                "gender": _gender_of(first, surname, self.lang),
            }
        )
        self._by["surname"].setdefault(surname.lower(), []).append(index)
        self._by["phonetic"].setdefault(phonetic(surname), []).append(index)
        if first:
            self._by["first"].setdefault(first.lower(), []).append(index)
        self._add(clusters[index], mention, index)

    def _add(self, cluster: dict[str, Any], mention: Mention, index: int) -> None:
        cluster["mentions"].append(mention)
        mention.cluster = index
        if mention.person_id and not cluster["id"]:
            cluster["id"] = mention.person_id
        if cluster["id"]:
            self._by["id"].setdefault(cluster["id"], index)

    def _place_single(self, mention: Mention, clusters: list[dict[str, Any]]) -> None:
        word = mention.words[0]
        forms = sorted(_surname_forms(word, self.lang))
        low = morph.strip_possessive(word).lower()
        if mention.person_id and mention.person_id in self._by["id"]:
            index = self._by["id"][mention.person_id]
            self._add(clusters[index], mention, index)
            return
        for key in ("surname", "first"):
            exact = list(self._by[key].get(low, []))
            inflected = [i for form in forms for i in self._by[key].get(form, [])]
            matches = exact + sorted({i for i in inflected if i not in exact})
            if key == "first" and len(matches) > 1:
                continue  # a given name shared by two persons names neither
            if key == "surname" and len(matches) > 1 and self.lang != "en":
                # "Лосика": a surname ending in a consonant declines for a man only, so
                # the inflected form is his, not his wife Дарья Лосик's
                men = [i for i in matches if clusters[i]["gender"] == "m"]
                declined = all(
                    re.search(r"[бвгджзйклмнпрстфхцчшщўь]$", clusters[i]["surname"])
                    and low != clusters[i]["surname"].lower()
                    for i in matches
                )
                if men and declined:
                    matches = men
            if key == "surname" and len(matches) > 1:
                # "his father Aliaksandr Dziadok": a relative introduced so is named in
                # full or by role after; the bare surname is the one the report is about
                own = [i for i in matches if not self._introduced_as_kin(clusters[i])]
                matches = own or matches
            if matches:
                # "Пушкіна" is Алесь Пушкін's genitive or Яніна Пушкіна: the more salient one
                best = max(
                    matches,
                    key=lambda i: (len(clusters[i]["mentions"]), -clusters[i]["mentions"][0].start),
                )
                self._add(clusters[best], mention, best)
                return
        same_sound = self._by["phonetic"].get(phonetic(morph.strip_possessive(word)), [])
        if len(same_sound) == 1:  # "Lukashenka" beside "Alexander Lukashenko"
            self._add(clusters[same_sound[0]], mention, same_sound[0])
            return
        if not self._standalone(mention):
            return
        surname = mention.nominative[0]
        self._new_cluster(clusters, mention, None, surname, [surname])

    def _introduced_as_kin(self, cluster: dict[str, Any]) -> bool:
        """Whether the cluster's first full name follows a kin noun as the relative's own
        name ("his father Aliaksandr Dziadok"), not as whose relative it is ("Мать Андрея
        Гайдукова")."""
        first = next((m for m in cluster["mentions"] if len(m.words) > 1), None)
        if first is None:
            return False
        # "His wife, Iryna Vainilovich, gave birth": the kin noun set off by a comma
        if _KIN_COMMA_BEFORE.search(self.text, max(0, first.start - 30), first.start):
            return True
        return morph.kin_before(self.text, first.start) is not None and not morph.kin_possessor(
            self.text, first.start, first.end, self.lang
        )

    def _standalone(self, mention: Mention) -> bool:
        """Whether a lone capitalised word is a person named by surname only."""
        word = mention.words[0]
        if mention.person_id:
            return True
        if self._in_quote(mention.start) or self._is_given(word):
            return False
        if _PLACE_BEFORE.search(self.text[max(0, mention.start - 12) : mention.start]):
            return False
        if morph.kin_before(self.text, mention.start) == "nominative":
            return False  # "his wife Janina", "жена Ольга": a given name, not a surname
        if (
            self.lang == "en"
            and re.search(
                r"(?<!\w)the\s+$",
                self.text[max(0, mention.start - 5) : mention.start],
                re.IGNORECASE,
            )
            and re.match(r"\s+[a-z]", self.text[mention.end : mention.end + 2])
        ):
            return False  # "the Partyzanski district court": a name used as an adjective
        if re.match(
            r"\s+(?:Street|Avenue|Square|Lane|Road|Prospekt|prospekt|street)\b",
            self.text[mention.end : mention.end + 12],
        ):
            return False  # "Valadarski Street"
        if self.lang != "en" and _REGION.search(word):
            return False  # "на Стаўбцоўшчыне", "Гомельщина": a region
        if self.lang != "en" and _place_name(word):
            return False  # "Варшава патрабавала": a city standing for its government
        if self.lang == "be" and _common_word(_russian_spelling(word)):
            return False  # "суд Ленінскага раёна Мінска", "напярэдадні Дня Волі"
        russian = be_to_ru(word, limit=4) if self.lang == "be" else []
        if any(_place_name(form) for form in russian[:2]) and not any(
            # ("Арлова" is Орлова, "Гагарын" Гагарин: surnames first)
            "Surn" in p.tag
            for form in russian
            for p in morph.analyser().parse(form)[:2]
        ):
            return False  # "ёлкі Віцебска" (Витебска): a town whose sounds differ
        if (
            self.lang != "en"
            and mention.start in self.sentence_starts
            and not self._named_again(word, mention.start)
        ):
            # "Дзённік жонкі", "Аднак у панядзелак", "Сказаў, што ...": a word opening a
            # sentence once is a common word; a person known by the surname alone is
            # named by it again (in English digests a surname told once opens a sentence
            # often enough to be kept)
            return False
        if self.lang == "ru":
            if self._adjective_before_noun(mention):
                return False
            return self._surname_shaped(word) or any(
                "Surn" in p.tag for p in morph.analyser().parse(word)[:2]
            )
        if not self._surname_shaped(word):
            return False
        if (
            self.lang == "be"
            and mention.start in self.sentence_starts
            and (
                not self._verb_follows(mention)
                # a surname opening a sentence in an oblique case is the object of the
                # verb right after it ("Клімовіча асудзілі"); "Напрыканцы верасня суд
                # замяніў", "Спачатку абое атрымалі" are adverbs
                or (
                    "nomn" not in morph.name_cases([word], self.lang)
                    and not self._verb_follows(mention, within=1)
                )
                or re.fullmatch(KIN, word, re.IGNORECASE)
            )
        ):
            return False
        if self.lang == "be" and self._adjective_before_noun(mention):
            return False
        return not _PLACE_BEFORE.search(self.text[max(0, mention.start - 12) : mention.start])

    def _named_again(self, word: str, start: int) -> bool:
        """Whether a capitalised word of the same stem stands elsewhere in the text."""
        stem = re.escape(word[: max(3, len(word) - 2)])
        return any(found.start() != start for found in re.finditer(rf"(?<!\w){stem}\w*", self.text))

    def _verb_follows(self, mention: Mention, within: int = 3) -> bool:
        """A sentence-initial surname followed by its verb ("Лукашэнка ў суботу памілаваў")
        among the next ``within`` words."""
        if re.fullmatch(self.lexicon.role_words, mention.words[0], re.IGNORECASE):
            return False
        following = re.findall(r"[а-яёіў']+", self.text[mention.end : mention.end + 40])[:within]
        # right after the name only a past or plural verb is sure ("абое" ends in -е too)
        ending = r"(?:ў|ла|лі|ць|е|юць|уць)$" if within > 1 else r"(?:ў|ла|лі|ло|юць|уць|аць|яць)$"
        return any(re.search(ending, w) and len(w) > 3 for w in following)

    def _adjective_before_noun(self, mention: Mention) -> bool:
        """ "Нобелеўскай прэміі", "Гродзенскі абласны суд", "Цяперашні тэрмін": an
        adjective, not a surname."""
        if not re.search(
            r"(?:ск|цк)(?:і|ая|ай|ага|аму|ім|ую|ий|ая|ой|ого|ому|им|ую)$"
            # "цяперашні", "учарашняга", "нынешний": adjectives of time, never surnames
            r"|шн(?:і|яя|яй|яга|яму|ім|юю|ий|его|ему|им)$",
            mention.words[0],
        ):
            return False
        # "Кіраўскага РАУС": an adjective before an abbreviation
        if re.match(r"\s+[А-ЯЁІЎ]{2,}(?![а-яёіў])", self.text[mention.end : mention.end + 12]):
            return True
        # "Хрысціянскай Дэмакратыі": a capitalised noun that is no given name (a surname
        # first in a list is followed by its given name: "Ціханоўскі Сяргей")
        capital = re.match(r"\s+([А-ЯЁІЎ][а-яёіў]+)", self.text[mention.end : mention.end + 40])
        if capital and not self._is_given(capital.group(1)):
            nominative = morph.nominative_name([capital.group(1)], self.lang)
            if not self._is_given(nominative):
                return True
        # "Беларускі Хельсінкскі камітэт": an organisation's name
        if re.match(
            r"\s+[А-ЯЁІЎ][а-яёіў]+(?:ск|цк)\w*\s+(\w+)", self.text[mention.end : mention.end + 40]
        ):
            head = re.match(r"\s+\S+\s+(\w+)", self.text[mention.end : mention.end + 40])
            if head and head.group(1).lower() in self.lexicon.organisation_heads:
                return True
        following = re.match(r"\s+([а-яёіў]+)", self.text[mention.end : mention.end + 40])
        if not following or following.group(1).lower() in ("і", "и", "ды", "ці", "или"):
            return False  # "Бяляцкі і Лабковіч": names joined, no noun after
        return not re.search(
            r"(?:л|ла|лі|ли|ло|ў|ць|ть|ет|ит|ут|ют|ае|яе|ае|юць|уць|аў)$", following.group(1)
        )

    def _persons(
        self, clusters: list[dict[str, Any]], mentions: list[Mention]
    ) -> tuple[list[Person], list[Mention]]:
        persons: list[Person] = []
        order = sorted(range(len(clusters)), key=lambda i: clusters[i]["mentions"][0].start)
        remap = {old: new for new, old in enumerate(order)}
        for old in order:
            cluster = clusters[old]
            name = " ".join(cluster["full"])
            if cluster["first"] and len(cluster["full"]) == 1:
                name = f"{cluster['first']} {cluster['surname']}"
            variants: list[str] = []
            # the forms the text writes (a family name inferred for "his wife Janina" is
            # the relative's too: it is no form of hers)
            written = [m.words[0] if m.inferred_surname else m.text for m in cluster["mentions"]]
            # (nor when the text names her by the given name alone: "дачка Ірына ... Ірына")
            inferred = all(
                m.inferred_surname or (len(m.words) == 1 and self._is_given(m.words[0]))
                for m in cluster["mentions"]
            )
            for form in ([] if inferred else [cluster["surname"]]) + written:
                form = morph.strip_possessive(form) if self.lang == "en" else form
                if form != name and form not in variants:
                    variants.append(form)
            person = Person(
                name=name,
                variants=variants,
                registry_id=cluster["id"],
                gender=cluster["gender"],
                mentions=[(m.start, m.end) for m in cluster["mentions"]],
            )
            if person.registry_id is None and self.names is not None:
                try:
                    person.registry_id = self.names.resolve(name)
                except Exception:
                    person.registry_id = None
            person.roles = self._roles(cluster["mentions"])
            persons.append(person)
        kept = []
        for mention in mentions:
            if mention.cluster >= 0:
                mention.cluster = remap[mention.cluster]
                kept.append(mention)
        kept.sort(key=lambda m: m.start)
        return persons, kept

    def _roles(self, mentions: list[Mention]) -> list[str]:
        """Roles the text states: "blogger Ihar Losik", "X, the former editor of ..."."""
        roles: list[str] = []
        role_re = re.compile(rf"{self.lexicon.role_words}", re.IGNORECASE)
        for mention in mentions:
            if len(mention.words) < 2:
                continue
            before = self.text[max(0, mention.start - 60) : mention.start]
            words = re.findall(r"[\w'’-]+(?=\s+$)|[\w'’-]+(?=\s+[\w'’-])", before)
            # "Прокурор Кирилл Чубковец заявил": a role opening its sentence is capitalised
            # (only who judges: "Адвокат/Жена X-а" opening a sentence is somebody else's)
            opening = (
                bool(words)
                and bool(_JUDGE_WORD.fullmatch(words[-1]))
                and not re.search(r"[^\s\W]", before[: before.rfind(words[-1])].split(".")[-1])
            )
            if words and role_re.fullmatch(words[-1]) and (words[-1].islower() or opening):
                phrase = [words[-1]]
                for word in [] if opening else reversed(words[:-1]):
                    if (
                        len(phrase) >= 3
                        or not word.isalpha()
                        or not word.islower()
                        or word.lower() in self.lexicon.stopwords
                        or word.lower() in self.lexicon.not_names
                        or re.search(r"(?:ed|л|ла|лі|ли|ў|ць|ть)$", word)
                        or (
                            self.lang != "en"
                            and not re.search(
                                r"(?:ы|і|ая|ое|ага|ай|ый|ий|ой|ых|их|ого|ому|ую|ее|яя|ае|ія|ыя)$",
                                word,
                            )
                        )
                    ):
                        break
                    phrase.insert(0, word)
                role = " ".join(phrase)
                if opening:
                    role = role[0].lower() + role[1:]
                if role not in roles:
                    roles.append(role)
            after = re.match(
                r",\s+((?:the|a|an)\s+[^,.;:—()]{3,80}?),",
                self.text[mention.end : mention.end + 100],
            )
            if after and role_re.search(after.group(1)):
                phrase = re.sub(r"^(?:the|a|an)\s+", "", after.group(1))
                if phrase not in roles:
                    roles.append(phrase)
        return roles[:5]
