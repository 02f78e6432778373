"""The extraction pipeline: text -> :class:`~rollcall.extract.model.Extraction`."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from rollcall.extract import counts as counts_mod
from rollcall.extract import language as language_mod
from rollcall.extract import morph
from rollcall.extract.dates import find_dates
from rollcall.extract.events import EventFinder, RawEvent
from rollcall.extract.lang import JUDGE, Lexicon, load
from rollcall.extract.model import Count, Event, Extraction, Person, Quote
from rollcall.extract.numbers import words_value
from rollcall.extract.persons import PersonFinder
from rollcall.extract.quotes import (
    QuoteFinder,
    find_spans,
    interview_answers,
    interview_questions,
    is_interview,
    quotes_of_interview,
    unquoted_answers,
)
from rollcall.extract.text import (
    Positioned,
    Ranges,
    Sentence,
    paragraphs,
    sentences,
    unwrap,
)

_BOTH_WOMEN = frozenset({"обе", "обеих", "обеим", "абедзве", "абедзвюх"})
_BOTH = _BOTH_WOMEN | {"обоих", "оба", "абодвух", "абодва", "both of them"}
_EVENT_CATEGORY = {"release": "released", "detention": "detained", "recognition": "recognized"}


class Resolver:
    """Pronoun resolution: the most salient recent person of the pronoun's gender."""

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        persons: list[Person],
        mentions: list[tuple[int, int, int]],
        sents: list[Sentence],
        quotes: list[tuple[int, int]],
        interview_from: int | None = None,
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        self.persons = persons
        self.interview_from = interview_from
        inside = Ranges(quotes)
        self.mentions = Positioned(
            [m for m in mentions if not inside.contains(m[0])], key=lambda m: m[0]
        )
        # "Муж Тихановской, блогер Сергей Тихановский, ... его задержали": a name telling
        # whose relative is meant is no antecedent in its own sentence (it still counts
        # for salience: "Мать Андрея Гайдукова" is about Andrei)
        self.possessors = {
            m[0] for m in self.mentions.items if morph.kin_possessor(text, m[0], m[1], lexicon.code)
        }
        self.sentences = sents
        self.sentence_ranges = Ranges([(s.start, s.end + 1) for s in sents])
        self.events: dict[int, list[int]] = {}  # person -> positions of their events
        # (position, persons) of each event with persons, in text order: the topic at a
        # position is the persons of the latest event before it
        self.event_log: list[tuple[int, list[int]]] = []
        # set by the event finder: whether an act's trigger stands in a span
        self.acts_between: Callable[[int, int], bool] = lambda _start, _end: False
        self.starts_of: dict[int, list[int]] = {}
        for start, _end, person in self.mentions.items:
            self.starts_of.setdefault(person, []).append(start)
        flags = re.IGNORECASE
        self.preposition_before = re.compile(
            rf"(?<!\w)(?:{lexicon.prepositions})\s+(?:\w+\s+){{0,2}}$", flags
        )
        self.topic_before = re.compile(
            rf"(?<!\w)(?:{lexicon.topic_prepositions})\s+(?:\w+\s+){{0,2}}$", flags
        )
        self.role_before = re.compile(rf"(?<!\w)(?:{lexicon.role_words})\s+$", flags)
        self.unnamed = re.compile(rf"(?<!\w)(?:{lexicon.unnamed_person})(?!\w)", flags)
        self.all_of_n = re.compile(rf"(?:{lexicon.all_of_n})(?!\w)", flags)
        self.respectively = re.compile(rf"(?<!\w)(?:{lexicon.respectively})(?!\w)", flags)
        self.patterns = [
            ("m", re.compile(lexicon.pronouns_masc, flags)),
            ("f", re.compile(lexicon.pronouns_fem, flags)),
            ("pl", re.compile(lexicon.pronouns_plural, flags)),
            ("both", re.compile(lexicon.pronouns_both, flags)),
        ]

    def note_event(self, persons: list[int], position: int) -> None:
        for person in persons:
            self.events.setdefault(person, []).append(position)
        if persons:
            self.event_log.append((position, list(persons)))

    def name_of(self, person: int) -> str:
        return self.persons[person].name

    def gender_of_word(self, word: str, position: int | None = None) -> str | None:
        """The gender of a pronoun; at ``position`` in the text, so that a pattern's
        look-ahead sees what follows ("the two were")."""
        for gender, pattern in self.patterns:
            if position is None:
                if pattern.fullmatch(word):
                    return gender
                continue
            found = pattern.match(self.text, position)
            if found and found.end() == position + len(word):
                return gender
        return None

    def _respectively_after(self, word: str, position: int) -> bool:
        """A pronoun that may be singular or plural ("ім", "им") with "respectively"
        after it in its sentence."""
        plural = self.patterns[2][1]
        if not plural.fullmatch(word) or not self.sentences:
            return False
        end = self.sentences[self.sentence_index(position)].end
        return self.respectively.search(self.text, position, end) is not None

    def _unnamed_just_before(self, position: int) -> bool:
        """Someone unnamed ("another activist", "ещё одного активиста") is told in the
        pronoun's sentence before it, with no name after: the pronoun is that one."""
        sentence = self.sentences[self.sentence_index(position)] if self.sentences else None
        if sentence is None:
            return False
        last = max(
            (m.end() for m in self.unnamed.finditer(self.text, sentence.start, position)),
            default=None,
        )
        return last is not None and not self.mentions.between(last, position)

    def _opens_paragraph(self, first: int, then: int) -> bool:
        """Sentence ``first`` opens a paragraph that sentence ``then`` is in too."""
        one, other = self.sentences[first], self.sentences[then]
        opening = first == 0 or self.sentences[first - 1].paragraph != one.paragraph
        return opening and one.paragraph == other.paragraph

    def sentence_index(self, position: int) -> int:
        """Index of the sentence ``position`` stands in (the one before, between two)."""
        index = self.sentence_ranges.index(position)
        if index >= 0:
            return index
        return max(0, bisect.bisect_right(self.sentence_ranges.starts, position) - 1)

    def _recent(self, position: int) -> list[tuple[int, int, int]]:
        """Mentions ending before ``position`` in its sentence and the three before it."""
        here = self.sentence_index(position)
        start = self.sentences[max(0, here - 3)].start if self.sentences else 0
        return [m for m in self.mentions.between(start, position) if m[1] <= position]

    def resolve(
        self,
        position: int,
        gender: str | None,
        whole: bool = False,
        exclude: frozenset[int] = frozenset(),
    ) -> int | None:
        """The person a singular pronoun at ``position`` most likely means (``whole``: the
        article's most salient person so far, for descriptions such as "the artist"), never
        one of ``exclude`` (the clause's agent: "Lukashenka pardoned him")."""
        if not whole and self._unnamed_just_before(position):
            return None  # "police picked up another activist and searched his home"
        before = self._recent(position)
        candidates = self._candidates(before, gender, exclude)
        interview = self.interview_from is not None and position >= self.interview_from
        whole = whole or interview
        if whole or not candidates:
            # the last 40 mentions name the candidates; salience counts the whole text (a
            # "he" with no one of his gender in the last sentences is the article's man)
            end = bisect.bisect_left(self.mentions.starts, position)
            before = [m for m in self.mentions.items[max(0, end - 40) : end] if m[1] <= position]
            whole = True
            candidates = self._candidates(before, gender, exclude)
        if not candidates:
            return None
        if not whole:
            index_here = self.sentence_index(position)
            here = self.sentences[index_here].start
            same = self._candidates(
                [m for m in before if m[0] >= here and m[0] not in self.possessors],
                gender,
                exclude,
            )
            # a name of unknown gender here ("оскорбление Лукашенко") yields to one of the
            # pronoun's gender told just before ("Ей вменили ..., приговорил её")
            known = {p for p in candidates if gender and self.persons[p].gender == gender}
            if same and (not known or same & known):
                candidates = same
            elif index_here > 0:
                # "Статкевич — один из ... . В 2011 году его приговорили": the subject
                # opening the sentence before
                previous = self.sentences[index_here - 1]
                opening = [
                    m
                    for m in before
                    if previous.start <= m[0] < here
                    and not re.search(r"[^\W\d_]", self.text[previous.start : m[0]])
                ]
                subject = self._candidates(opening[:1], gender, exclude)
                # one the report has told events of, not an agent ("Lukashenka pardoned")
                if subject and self.events.get(next(iter(subject))):
                    candidates = subject
                elif self._opens_paragraph(index_here - 1, index_here) and not any(
                    # (not when that sentence has a "he" of its own: someone else is its topic)
                    g == gender and pattern.search(self.text, previous.start, here)
                    for g, pattern in self.patterns[:2]
                ):
                    # "Для Статкевіча гэта ўжо другі тэрмін. У 2011 годзе яго асудзілі": the
                    # one person the paragraph opens with
                    opening_named = [m for m in before if previous.start <= m[0] < here]
                    named = self._candidates(opening_named, gender, exclude)
                    told_act = self.acts_between(previous.start, here)
                    role_before = any(
                        self.role_before.search(self.text, max(0, m[0] - 30), m[0])
                        for m in opening_named
                    )
                    # (not "Лукашенко подписал указ", "Адвокат X не мог попасть в СИЗО")
                    if len(named) == 1 and not told_act and not role_before:
                        candidates = named
        index = bisect.bisect_left(self.event_log, (position,)) - 1
        current_topic = set(self.event_log[index][1]) if index >= 0 else set()
        last_of: dict[int, int] = {}
        count_of: dict[int, int] = {}
        for start, _end, person in before:
            last_of[person] = start
            # "detained over comments about Lukashenka": whom the report tells about is
            # less likely the one a pronoun goes on about
            topic = self.topic_before.search(self.text, max(0, start - 30), start)
            count_of[person] = count_of.get(person, 0) + (0 if topic else 1)

        def salience(person: int) -> tuple[int, int]:
            count = count_of[person]
            if whole:
                count = bisect.bisect_left(self.starts_of.get(person, []), position)
            topic = 4 if person in current_topic and not interview else 0
            events = bisect.bisect_left(self.events.get(person, []), position)  # in text order
            return count + 3 * events + topic, last_of[person]

        return max(candidates, key=salience)

    def _candidates(
        self, before: list[tuple[int, int, int]], gender: str | None, exclude: frozenset[int]
    ) -> set[int]:
        return {
            m[2]
            for m in before
            if m[2] not in exclude
            and (gender is None or self.persons[m[2]].gender in (None, gender))
        }

    def is_judge(self, person: int) -> bool:
        """The text calls the person judge or prosecutor: never a persecution's person."""
        return any(_JUDGE_ROLE.match(role) for role in self.persons[person].roles)

    def resolve_word(
        self, word: str, position: int, exclude: frozenset[int] = frozenset()
    ) -> list[int]:
        """Persons a pronoun means ("__plural__": a plural noun phrase, "the journalists")."""
        at_text = self.text[position : position + len(word)] == word
        gender = self.gender_of_word(word, position if at_text else None)
        if gender in ("m", "f") and self._respectively_after(word, position):
            gender = "pl"  # "суд даў ім адпаведна 10, 9 і 7 гадоў": them, not him
        if gender in ("m", "f"):
            person = self.resolve(position, gender, exclude=exclude)
            return [] if person is None else [person]
        before = self._recent(position)
        if gender == "both":
            out: list[int] = []
            for m in reversed(before):
                if m[2] not in out:
                    out.append(m[2])
                if len(out) == 2:
                    return out
            return []
        stated = words_value(word, self.lexicon) if gender == "pl" else 0
        all_of = self.all_of_n.match(self.text, position) if at_text and not stated else None
        if gender == "pl" and all_of:
            # "Усіх траіх затрымалі", "all three were": the number after "all"
            stated = words_value(all_of.group("n"), self.lexicon)
        if stated >= 2:
            # "recognised all four as political prisoners": the last four persons named
            return self._last_named(position, stated, exclude)
        if gender == "pl" or word == "__plural__":
            here = self.sentence_index(position)
            # "X was detained with Y and Z. They were sentenced ...": the group of the act
            # told in this sentence or the one before
            group = [
                (at, persons)
                for at, persons in self.event_log
                if at < position and self.sentence_index(at) >= here - 1 and len(persons) >= 2
            ]
            named_here = {
                m[2] for m in before if m[0] >= self.sentences[here].start and m[2] not in exclude
            }
            if (
                group
                and not set(group[-1][1]) & exclude
                # "The lawyers of X and Y said they had been charged": the ones just named
                and len(named_here) < 2
            ):
                at, persons = group[-1]
                # with the names listed after its verb that a later rule joins to it
                # ("его и Федынича к девяти годам, а Орешко — к восьми")
                end = self.sentences[self.sentence_index(at)].end
                listed = [
                    m[2]
                    for m in self.mentions.between(at, min(end, position))
                    # "a rally for Raman Bandarenka": a name after a preposition is no object
                    if not self.preposition_before.search(self.text, max(0, m[0] - 30), m[0])
                ]
                return list(dict.fromkeys([*persons, *listed]))
            for index in range(here, max(-1, here - 5), -1):
                sentence = self.sentences[index]
                people: list[int] = []
                for m in before:
                    if sentence.start <= m[0] < sentence.end and m[2] not in people:
                        people.append(m[2])
                if len(people) >= 2:
                    return people
            # "Колесникову задержали ... Знака задержали ... признали обоих": the persons
            # of the last sentences together
            people = []
            for m in before:
                if m[0] >= self.sentences[max(0, here - 2)].start and m[2] not in people:
                    people.append(m[2])
            if word.lower() in _BOTH_WOMEN:  # "задержали обеих": the two women
                people = [p for p in people if self.persons[p].gender == "f"] or people
            if len(people) >= 2:
                return people[-2:] if word.lower() in _BOTH else people
            if word.lower() in _BOTH:
                # "Весна ещё в июне признала обоих" after a paragraph of other things: the
                # last two persons named in the sentences before, as "all four" counts four
                return self._last_named(position, 2, exclude)
        return []

    def _last_named(self, position: int, count: int, exclude: frozenset[int]) -> list[int]:
        """The last ``count`` persons named in the six sentences before ``position``, in
        text order (no judge: "Суддзя Ірына Лянкевіч абвясціла ..."), else none."""
        here = self.sentence_index(position)
        start = self.sentences[max(0, here - 6)].start if self.sentences else 0
        out: list[int] = []
        for m in reversed(self.mentions.between(start, position)):
            if m[2] not in out and m[2] not in exclude and not self.is_judge(m[2]):
                out.append(m[2])
            if len(out) == count:
                return out[::-1]
        return []


_JUDGE_ROLE = re.compile(rf"{JUDGE}$", re.IGNORECASE)
# "among them", "of them", "including", "из них", "з іх": a part of a group counted before
_PART_OF = re.compile(
    r"(?<!\w)(?:among (?:them|those)|of (?:them|whom)|including|из (?:них|которых)|"
    r"среди (?:них|которых)|в том числе|з (?:іх|якіх)|сярод (?:іх|якіх)|у тым ліку)(?!\w)",
    re.IGNORECASE,
)


def _parse_published(published: str | dt.date | None) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError as error:
        raise ValueError(f"published must be a date YYYY-MM-DD, not {published!r}") from error


def _datelines(text: str, paras: list[tuple[int, int]]) -> set[int]:
    """Start offsets of dates in datelines ("VILNIUS, June 22 —")."""
    starts = set()
    for start, end in paras[:3]:
        match = re.match(r"[A-ZА-ЯЁІЎ]{2,}[A-ZА-ЯЁІЎ .'’-]*,\s*", text[start:end])
        if match:
            starts.add(start + match.end())
    return starts


def extract(
    text: str, published: str | dt.date | None, language: str | None = None, names: Any = None
) -> Extraction:
    """Extract persons, events, counts and quotes from one report.

    ``published`` (a date or ``YYYY-MM-DD``) anchors relative dates; ``language`` is
    ``en``, ``ru`` or ``be`` (detected when None; raises
    :class:`~rollcall.extract.language.UnsupportedLanguage` for other languages);
    ``names`` is an optional registry ``NameIndex`` that links persons to registry ids.
    """
    pub = _parse_published(published)
    text = unwrap(text)  # same length: offsets into it are offsets into the original
    code = language or language_mod.detect(text)
    lexicon = load(code)
    result = Extraction(language=code, published=pub.isoformat() if pub else None)
    if not text.strip():
        return result
    paras = paragraphs(text)
    sents = sentences(text)
    quote_spans = find_spans(text, paras, lexicon.speech_verbs)
    quote_ranges = [span.outer for span in quote_spans]
    # an interview tells its facts in the answers: events and antecedents are read there
    interview = is_interview(text, paras, lexicon)
    answers = set()
    if interview:
        answers = {s.outer for s in interview_answers(text, paras, quote_spans)}
        answers.update(unquoted_answers(text, paras, lexicon.first_person))
    questions = interview_questions(text, paras) if interview else []
    told_ranges = sorted([r for r in quote_ranges if r not in answers] + questions)
    sentence_ranges = [(s.start, s.end) for s in sents]
    finder = PersonFinder(
        text, lexicon, sentence_ranges, {s.start for s in sents}, quote_ranges, names
    )
    persons, mention_objs = finder.find()
    mentions = [(m.start, m.end, m.cluster) for m in mention_objs]
    resolver = Resolver(
        text,
        lexicon,
        persons,
        mentions,
        sents,
        told_ranges,
        # in an interview "he" is the person it is about, wherever he was last named
        interview_from=min((a for a, _b in [*answers, *questions]), default=None),
    )

    dates = find_dates(text, lexicon, pub)
    dateline_dates = {d.start for d in dates if d.start in _datelines(text, paras)}
    count_mentions = []
    for index, sentence in enumerate(sents):
        # quoted speech counts too: "1,400 people remain behind bars," said ...
        topic = sents[max(0, index - 2)].start
        count_mentions.extend(
            counts_mod.find_counts(text, lexicon, sentence.start, sentence.end, topic)
        )

    quote_finder = QuoteFinder(
        text,
        lexicon,
        paras,
        mentions,
        resolver.resolve,
        resolver.gender_of_word,
        interview,
        persons=persons,
    )
    # a question-and-answer interview: who it is with, and where the answers stand
    interviewee = quote_finder.interviewee if answers and questions else None
    spans_to_attribute = quotes_of_interview(text, paras, quote_spans)
    # who says each quotation, a first reading for the events (the quotes are attributed
    # again after them, whose persons the pronouns may mean)
    spoken = [
        (found.span.outer, found.span.start, found.span.end, found.speaker)
        for found in quote_finder.find(spans_to_attribute)
        if found.speaker is not None and found.attributed and not found.span.answer
    ]
    event_finder = EventFinder(
        text,
        lexicon,
        sents,
        mentions,
        resolver,
        dates,
        count_mentions,
        told_ranges,
        dateline_dates,
        pub,
        interviewee=(interviewee, sorted(answers)) if interviewee is not None else None,
        questions=questions,
        spoken=spoken,
    )
    raw_events = event_finder.find()
    result.persons = persons
    result.events = [_event(e, persons) for e in raw_events]
    result.counts = _counts(text, count_mentions, event_finder.found, sents)

    for found in quote_finder.find(spans_to_attribute):
        quoted = text[found.span.start : found.span.end].strip()
        quoted = re.sub(r"[,:;]\s*$", "", quoted).strip()
        speaker = persons[found.speaker].name if found.speaker is not None else None
        result.quotes.append(Quote(speaker, quoted, (found.span.start, found.span.end)))
    return result


def _event(raw: RawEvent, persons: list[Person]) -> Event:
    return Event(
        raw.type,
        raw.subtype,
        raw.date,
        [persons[p].name for p in raw.persons],
        raw.place,
        raw.count,
        raw.evidence,
    )


def _counts(
    text: str,
    mentions: list[counts_mod.CountMention],
    events: list[RawEvent],
    sents: list[Sentence],
) -> list[Count]:
    out: list[Count] = []
    seen: set[tuple[int, str]] = set()
    placed: list[tuple[int, str]] = []  # (sentence index, category) of each count so far
    ranges = Ranges([(s.start, s.end) for s in sents])
    by_sentence: dict[int, list[RawEvent]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    for mention in mentions:
        here = ranges.index(mention.start)
        category = mention.category
        group_before = [c for i, c in placed if here - 2 <= i <= here]
        if mention.part and group_before and category in (None, "other"):
            # "Астатнія чацвёра праходзяць па справах" after five recognised: of that group
            category = group_before[-1]
        if category is None:
            near = [
                e
                for i in (here - 1, here)
                for e in by_sentence.get(i, [])
                if e.type in _EVENT_CATEGORY
            ]
            # "Among them are 168 women": a part of the group counted just before; "Яшчэ 4
            # лістапада налічвалі 836 чалавек" after a tally of prisoners: another tally
            sentence_text = text[sents[here].start : sents[here].end] if here >= 0 else ""
            part = _PART_OF.search(sentence_text) is not None
            # (a part may follow a sentence of detail with no count: "... 224
            # политзаключённых ... Данные на 19 сентября. Среди них 11 человек ...")
            reach = here - 2 if part and all(i != here - 1 for i, _c in placed) else here - 1
            group = [
                c
                for i, c in placed
                if reach <= i <= here and c != "other" and (part or c == "prisoners")
            ]
            category = _EVENT_CATEGORY[near[-1].type] if near else (group or ["other"])[-1]
        placed.append((here, category))
        if (mention.value, category) in seen:
            continue
        seen.add((mention.value, category))
        sentence = (
            (sents[here].start, sents[here].end) if here >= 0 else (mention.start, mention.end)
        )
        out.append(Count(mention.value, category, sentence))
    return out
