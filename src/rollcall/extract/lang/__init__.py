"""Per-language resources for extraction: lexicons and patterns for en, ru and be.

Each language package (``lang/en``, ``lang/ru``, ``lang/be``) defines ``LEXICON``, a
:class:`Lexicon`. The extractor's grammar (dates, counts, events, quotes) is written
once and reads everything language-specific from here, so adding a language means
adding a package, not changing code.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache

LANGUAGES = ("en", "ru", "be")

EVENT_TYPES = (
    "detention",
    "search",
    "charge",
    "trial",
    "sentence",
    "transfer",
    "punishment",
    "pressure",
    "hunger_strike",
    "recognition",
    "release",
    "death",
    "exile",
)
RELEASE_SUBTYPES = ("amnesty", "pardon", "end_of_term", "acquittal", "other")
COUNT_CATEGORIES = ("prisoners", "released", "detained", "recognized", "supporters", "other")

# Words shared by several passes, in all three languages at once (each pass builds its
# own pattern around them):
# relatives in the nominative ("his wife said", "— кажа яго маці", "жена Ольга")
KIN = (
    r"(?:wife|husband|mother|father|son|daughter|brother|sister|parents|relatives|"
    r"fianc[ée]e?|partner|"
    r"жена|жёнка|муж|мать|отец|сын|дочь|брат|сестра|родители|родные|родственники|невеста|"
    r"жонка|маці|бацька|дачка|сястра|бацькі|родныя|сваякі|нявеста)"
)
# the women of KIN ("his mother", "яго жонка"): the rest are men or groups
KIN_WOMEN = (
    r"(?:wife|mother|daughter|sister|fianc[ée]e|жена|жёнка|мать|дочь|сестра|невеста|"
    r"жонка|маці|дачка|сястра|нявеста)"
)
KIN_MEN = r"(?:husband|father|son|brother|муж|отец|сын|брат|бацька)"
# the kin nouns of KIN in the oblique cases ("жены Тихановского", "сына Лосіка")
# the kin nouns in the oblique cases by sex ("Жену Миклашевича Оксану": a woman), and
# all of them ("жены Тихановского", "сына Лосіка")
KIN_WOMEN_OBLIQUE = (
    r"(?:матери|жены|жене|жену|дочери|дочь|сестры|сестре|сестру|невесты|жонкі|жонцы|жонку|"
    r"маці|дачкі|дачцэ|дачку|сястры|сястру|нявесты)"
)
KIN_MEN_OBLIQUE = r"(?:отца|отцу|мужа|мужу|сына|сыну|брата|брату|бацькі|бацьку)"
KIN_OBLIQUE = rf"(?:{KIN_WOMEN_OBLIQUE}|{KIN_MEN_OBLIQUE})"
# "her younger brother", "её младшего брата": an age word between the possessive and kin
KIN_AGE = r"(?:younger|elder|older|youngest|eldest|младш\w+|старш\w+|малодш\w+|старэйш\w+)"


def between_towns(towns: str, from_word: str, to_word: str) -> str:
    """A move from a town of ``towns`` to any capitalised town or back ("са Шклова ў
    Гродна", "from Hrodna to Navapolatsk"): a prisoner's transfer without the word
    colony."""
    other = r"(?-i:[A-ZА-ЯЁІЎ][\w-]+)"
    return rf"(?<!\w){from_word}\s+(?:{towns}\s+{to_word}\s+{other}|{other}\s+{to_word}\s+{towns})"


# possessive pronouns before a noun ("his wife", "его брата", "ягонага сына")
POSSESSIVE = (
    r"(?:his|her|their|его|её|ее|их|своего|своей|своих|яго|яе|іх|ягонага|ягонай|свайго|"
    r"сваёй|сваіх|ягоны|ягоная|ягоную|ягонаму|ейны|ейная|ейную|ейнага|ейнай|іхні|іхняя|"
    r"іхнюю|іхняга)"
)
# who judges ("judge", "прокурор", "суддзя"): never the person of a persecution
JUDGE = r"(?:judge|prosecutor|судь(?:я|и|ю|ёй|ей|е)|суддз\w+|прокурор\w*|пракурор\w*)"
# dying ("five political prisoners have died", "умершим за решёткой с 2021 года")
DIED = r"(?:died|have died|dead|умер\w*|погиб\w*|памер\w*|загін\w*)"


@dataclass(frozen=True)
class Trigger:
    """One event pattern.

    ``voice`` says where the persons the event happened to usually stand:
    ``after`` (active transitive verb: "sentenced X"), ``before`` (passive or
    intransitive: "X was sentenced", "X died") or ``any`` (free word order, ru/be).
    ``needs`` is a pattern that must also occur in the clause (e.g. a penal facility
    for "moved"); ``subtype`` is the release subtype the trigger itself implies.
    """

    type: str
    pattern: str
    voice: str = "any"
    needs: str | None = None
    subtype: str | None = None
    needs_nearby: bool = False  # ``needs`` may also stand just before the clause
    # only in the headline: "Court jails X" tells a past act there, prose ("jails are
    # full", "denies the charges") does not
    title_only: bool = False
    # set off after a name and agreeing with it: "X и Y, задержанные 18 декабря" (but
    # "квартиру X, арестованную" is the flat; "Documents, seized at" no one)
    after_name: bool = False
    # an event only of someone named: "rights groups regard X as a political prisoner" is
    # X's recognition, "six men whom rights groups regard as ..." describes a group
    named_only: bool = False
    # an outcome either way is the act: "не задаволіў апеляцыю", "did not grant the appeal"
    # tell a hearing as surely as "задаволіў" does, so a negation does not cancel it
    either_outcome: bool = False
    # a live or historical present ("15:10 Police detain a woman", "5 сентября. Пахомову
    # предъявляют обвинение"): an act only in an entry of a live blog or a chronicle, a
    # paragraph opening with a time or a date as its label; elsewhere the present tells
    # what goes on or will ("его этапируют в колонию")
    entry_only: bool = False


CompiledTrigger = tuple[Trigger, re.Pattern[str], "re.Pattern[str] | None"]


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything language-specific the extractor needs."""

    code: str
    # dates
    months: dict[str, int]  # word form (lower case) -> month number
    weekdays: dict[str, int]  # word form (lower case) -> 0=Monday
    relative_days: dict[str, int]  # "yesterday" -> -1
    relative_years: dict[str, int]  # "last year" -> -1 (regex -> offset)
    relative_months: dict[str, int]  # "last month" -> -1 (regex -> offset)
    seasons: dict[str, int]  # "this autumn" -> year offset (regex -> offset)
    year_words: str  # regex after a bare year ("года", "году", "г.")
    ago: str  # regex for "N units ago" handed to dateparser
    later: str  # regex: "(N) (unit) later" relative to the previous date
    last_weekday: str  # regex word meaning "last" before a weekday
    # numbers
    number_words: dict[str, int]
    scale_words: dict[str, int]  # thousand -> 1000
    half_thousand: str  # regex for "one and a half thousand"
    # counts
    people_nouns: str  # regex of nouns for people
    political_prisoner_nouns: str
    count_cues: dict[str, str]  # category -> regex
    remain_cues: str
    # events
    triggers: tuple[Trigger, ...]
    facility: str  # regex of penal facilities (for transfer and place)
    subtype_cues: dict[str, str]  # release subtype -> regex
    negation: str  # regex of negators looked for just before a trigger
    hypothetical: str  # regex of modal markers looked for in the clause before a trigger
    clause_breaks: str  # regex splitting a sentence into clauses
    # persons
    pronouns_masc: str
    pronouns_fem: str
    pronouns_plural: str
    pronouns_both: str
    given_names: frozenset[str]  # nominative given names (lower case)
    not_names: frozenset[str]  # capitalised words that never start or form a name
    role_words: str  # regex of roles that introduce a name ("blogger", "адвокат")
    # quotes
    speech_verbs: str
    according_to: str  # "according to X", "по словам X"
    interview_cues: str
    # language detection
    stopwords: frozenset[str] = field(default_factory=frozenset)
    same_day: str = r"(?!x)x"  # "the same day": the date of the previous event
    day_before: str = r"(?!x)x"  # "the day before": the day before the previous event
    same_time: str = r"(?!x)x"  # "тогда же": at the time told just before, as precise
    # being held, besides the places of detention (``facility``): a death in a sentence
    # with none of these, of someone the report tells no arrest or term of, is not a death
    # in custody ("his wife died of cancer", "a protester who died after a beating")
    in_custody: str = r"(?!x)x"
    # "acquitted on one count", "оправдал по одной статье": an acquittal of part of the charges
    partial_charge: str = r"(?!x)x"
    # "all four", "всех четверых", "усіх чацвярых": the group of that many told before;
    # the number word in the group "n"
    all_of_n: str = r"(?!x)x"
    # "after he signed", "после того, как он подписал": a clause telling another act,
    # opened by these words and a subject of its own
    subordinate_after: str = r"(?!x)x"
    # an organisation's premises ("office", "рэдакцыя"): searched, they are no one's home
    offices: str = r"(?!x)x"
    # a letter and how a report gives its words ("the letter ends", "заканчивается письмо")
    letter_nouns: str = r"(?!x)x"
    letter_says: str = r"(?!x)x"
    letter_received: str = r"(?!x)x"  # "received", "read out": the letter is someone else's
    # "письмо, которое он написал 28 августа": the writer told by a pronoun after the noun
    letter_written_by: str = r"(?!x)x"
    # "14 new political prisoners", "14 новых политзаключённых": recognised in the period
    new_prisoners: str = r"(?!x)x"
    # "проводить не стали", "was not carried out": an act not held
    not_held: str = r"(?!x)x"
    # object pronouns ("him", "его", "яго") and what may follow one (prepositions,
    # infinitives), not the noun of a possessive
    object_pronouns: str = r"(?!x)x"
    object_follows: str = r"(?!x)x"
    # prepositions: a name right after one is no verb's object ("a rally for X")
    prepositions: str = r"(?!x)x"
    # "I", "me": the one speaking (an interviewee in the answers)
    pronouns_first: str = r"(?!x)x"
    # "I", "я": the one speaking as the subject ("— вот что я повторял")
    first_person_subject: str = r"(?!x)x"
    # "his", "её", "яе" before a noun, by sex (groups ``f`` and ``m``): "His letter"
    possessive_by_sex: str = r"(?!x)x"
    # someone told of but not named ("another activist", "ещё одного активиста")
    unnamed_person: str = r"(?!x)x"
    # "respectively", "соответственно": what is told goes to several persons in turn
    respectively: str = r"(?!x)x"
    # gender -> nouns that, as a speaker, stand for the last named person of that gender
    # like a pronoun ("the woman said", "— рассказывает женщина")
    referring_nouns: dict[str, str] = field(default_factory=dict)
    # "five times", "не раз", "в очередной раз": an act told as one of many
    times: str = r"(?!x)x"
    # "deported", "выслан": expelled rather than driven out on release
    expelled: str = r"(?!x)x"
    # "after", "после": an act in the days after a dated election or protest
    after_event: str = r"(?!x)x"
    # words between a verb and "after" that make the date not the act's ("a year after",
    # "for posts written after", "по делу о событиях после")
    not_right_after: str = r"(?!x)x"
    # "на X ціснулі", "требует от X": the one pressure is put on
    pressed_on: str = r"(?!x)x"
    # "two days after the election": an offset that names what it counts from
    after_word: str = r"(?!x)x"
    # "the 27-year-old", "27-летний": a person called by the age
    age_noun: str = r"(?!x)x"
    # "— перадаў яе словы Сяргей": whose words are relayed (group ``f`` or ``m``), the
    # speaker, not who relays them
    relayed_words: str = r"(?!x)x"
    # "27 задержанных", "27 detainees": a count of the detained by its own noun
    detained_nouns: str = r"(?!x)x"
    # "has pardoned", "have been detained": a present perfect tells the news of the day
    news_perfect: str = r"(?!x)x"
    # "ператрус у кватэры Вольгі Рудзянковай": a home whose owner a search befalls
    home_nouns: str = r"(?!x)x"
    # "праз два дні пасля акцыі": its "after" alone (not "before")
    occasion_after: str = r"(?!x)x"
    # "detained during the march", "затрымалі падчас акцыі": at an occasion the text dates
    # elsewhere ("a protest march on October 11")
    occasion_during: str = r"(?!x)x"
    # "again", "снова", "зноў": a time joined by "and" to another of the same act
    again_words: str = r"(?!x)x"
    # "twice", "дважды", "двойчы": the sentence tells one act twice
    twice_words: str = r"(?!x)x"
    # "memoir", "последнее слово", "урывак з кнігі ўспамінаў": a headline's noun for a
    # person's own words; the name after it is who says "I" in the text
    own_words: str = r"(?!x)x"
    # "as" before a speech verb setting off who tells ("as his sister X says, he ...")
    as_word: str = r"(?!x)x"
    # "comments about Lukashenka", "о Лукашенко": whom a report tells about, less likely
    # the one a later pronoun means
    topic_prepositions: str = r"(?!x)x"
    # nouns for people a number before them does not count as told of: kin ("мать двоих
    # детей"), officers and court people ("4 милиционера", "14 свидетелей")
    uncounted_people: str = r"(?!x)x"
    # "Detained at his flat.", "Sentenced in 2022 to six years, he ...": a sentence opening
    # with a past participle and no subject (not "Detained protesters were beaten")
    subjectless_participle: str = r"(?!x)x"
    # "every few months", "каждые полгода", "кожны тыдзень": an act told as repeated has
    # no one date, whatever time the sentence names besides
    repeatedly: str = r"(?!x)x"
    # possessives that are never a personal pronoun ("his", not "her" = "him"'s kin)
    possessive_only: str = r"(?!x)x"
    # a past-tense verb by its ending ("fined", "оштрафовал", "аштрафаваў"): a new clause
    past_verb: str = r"(?!x)x"
    # a town's native ("гомельчанин", "гамяльчаніна"): named by the town, one person (not
    # the feminine "-чанка", which is also a family name: Семчанка, Лешчанка)
    demonym: str = r"(?!x)x"
    # what an act may happen "during" ("the march", "акцыі"): a dated public occasion
    occasion_nouns: str = r"(?!x)x"
    # who someone is to another ("однокурсница Полины", "адвокат Ганны"): a name in the
    # genitive after it is whose, not who speaks
    relation_nouns: str = r"(?!x)x"
    # a day of the month in words, the ordinal's genitive ("Шестнадцатого ноября",
    # "Першага красавіка"): word -> day
    day_ordinals: dict[str, int] = field(default_factory=dict)
    # the company a prisoner keeps ("30 of his former pupils", "тридцати родственников и
    # друзей", "пяцёра знаёмых"): counted beside a trial or an arrest they came as support
    company_nouns: str = r"(?!x)x"
    # the act a "N days after ..." counts from ("через два дня после задержания", "a week
    # after his arrest"): event type -> the act's noun, after a possessive if any
    act_nouns: tuple[tuple[str, str], ...] = ()
    # "born on 3 March 1980": a date of birth is no time of the story
    born: str = r"(?!x)x"
    # "X together with 122 other prisoners was pardoned": X is one of them, not their agent
    together_with: str = r"(?!x)x"
    # relative pronouns and participles opening an aside about someone (", who", ", которому",
    # ", задержанному"): what is told inside is that person's story
    relative_opening: str = r"(?!x)x"
    # words after a comma that go on with the aside rather than close it (", а ў жніўні")
    aside_goes_on: str = r"(?!x)x"
    # "среди них", "в том числе": the names after it are items of the group told before
    including: str = r"(?!x)x"
    # "Among them are X and Y", "The decree also covered X", "Среди новых политзаключённых —
    # X": a sentence opening that names members of the group the sentence before told
    among: str = r"(?!x)x"
    # "later", "eventually", "недавно": a time after the one told, of unknown distance
    afterwards: str = r"(?!x)x"
    # a conditional particle right after the verb: "вызвалілі б раней" did not happen
    conditional_after: str = r"(?!x)x"
    # nouns of a relation to someone ("соратника X", "доверенное лицо X"): in an aside
    # after a name, the name they govern is whose associate, not the event's person
    relational_nouns: str = r"(?!x)x"
    # "released in the courtroom", "сразу после оглашения приговора": on the verdict's day
    at_the_verdict: str = r"(?!x)x"
    # a relative day that is also a preposition: "накануне выборов" is the eve of the
    # elections, not the day before publication
    eve_of: str = r"(?!x)x"
    # regex: "(N) (unit) earlier", "за два дні да гэтага" before the previous date
    earlier: str = r"(?!x)x"
    # "в ночь на понедельник", "overnight into Monday": a night across two days, told at
    # the month when both fall in one ("{weekday}" stands for the weekday named)
    night_before: str = r"(?!x)x"
    # "said that", "говорил, что": a quote right after it is reported speech
    reported_that: str = r"(?!x)x"
    # "today", "сегодня": after "N years ago" it makes the date exact
    today: str = r"(?!x)x"
    # "It is two years today since", "исполнилось три года с тех пор, как": an anniversary
    # told on its day, with the groups n (the number) and unit
    anniversary: str = r"(?!x)x"
    # "exactly three years ago", "ровно через год": the interval to the day
    exactly: str = r"(?!x)x"
    same_year: str = r"(?!x)x"  # "that same year": the year of the previous date
    same_month: str = r"(?!x)x"  # "at the end of that month": the month of the previous date
    # "ещё летом": the latest such season up to publication (word -> its first month)
    bare_seasons: dict[str, int] = field(default_factory=dict)
    before_that: str = r"(?!x)x"  # "three days before that": a date of the previous year
    # "last week" -> -1 (regex -> offset); the month when the week lies in one, else no date
    relative_weeks: dict[str, int] = field(default_factory=dict)
    # "over the past three weeks", "за апошнія тры тыдні" (``n`` and ``unit`` groups): the
    # span up to publication, dated by the month that holds all of it
    past_span: str = r"(?!x)x"  # (undated when it spans two months)
    # "Мікалая і Ірыну пасля ператрусу павезлі ў райаддзел": the search told just before,
    # whoever it befell, is the act's day
    after_the_search: str = r"(?!x)x"
    # a relative's home searched ("в доме родителей", "the family's flat"): the home of
    # the one the report is about
    kin_home: str = r"(?!x)x"
    # right before the one visited with a search ("к Тарасюку пришли с обыском")
    visited_with_search: str = r"(?!x)x"
    # "bringing the total to {number}": a count whose noun came before it
    total_phrase: str = r"(?!x)x"
    # "30 more", "another 37", "ещё 37" after a count in the sentence: the same kind of
    # people, the noun left out; "{number}" stands for the number
    more_count: tuple[str, ...] = ()
    # "Среди них 11 человек с инвалидностью, 104 — с серьёзными заболеваниями", "13 are
    # over 50, 14 are chronically ill": a list going on with the noun left out
    listed_count: tuple[str, ...] = ()
    # "14 of them", "the other 51", "17 из них": part of a group, the noun left out
    part_count: tuple[str, ...] = ()
    # a number alone as the subject of what happened to people: "more than 300 had been
    # held", "at least ten spent the night in custody"
    subject_count: tuple[str, ...] = ()
    # those held now, counted with no noun for people: "1,300 remain behind bars", "в
    # списке «Весны» 1451 имя", "whom Viasna counts at nearly 1,400"
    held_total: tuple[str, ...] = ()
    # lists that are not of political prisoners ("the KGB's list of terrorists")
    other_lists: str = r"(?!x)x"
    # "still in prison", "за решёткой": people of any kind counted as held
    in_prison: str = r"(?!x)x"
    # "вывезлі памілаваных X": a participle saying the persons were freed
    freed_participle: str = r"(?!x)x"
    # speech verbs whose object is who listens ("X told Current Time")
    listener_verbs: str = r"(?!x)x"
    # what a verdict found someone guilty of ("guilty of", "виновным в"): a date after it
    # is the offence's, not the verdict's
    guilty_of: str = r"(?!x)x"
    # "X was one of 123 prisoners pardoned", "был в числе 52 политзаключённых, которых
    # помиловал": the words between a person and the group an event happened to
    one_of_group: str = r"(?!x)x"
    # "52 политзаключённых, которых помиловал": a relative clause telling of the group
    group_relative: str = r"(?!x)x"
    # "задержан не был": a negated auxiliary after the participle
    negated_after: str = r"(?!x)x"
    # "was detained ..., but released": what opens a clause with no subject of its own
    no_subject_opening: str = r"(?!x)x"
    # "some of them", "некоторых из": an unnamed part of a group before a pronoun
    partitive: str = r"(?!x)x"
    # "and later transferred to penal colony No. 3": a move of its own after an arrest
    later_on: str = r"(?!x)x"
    # "two days after her husband was jailed": the word of an offset that counts back
    # from the event told around it; "The verdict came three days after": what names it
    offset_after: str = r"(?!x)x"
    came: str = r"(?!x)x"
    # "before", "после того как": what opens a clause a date before it does not date
    subordinators: str = r"(?!x)x"
    # "all the convicted", "всех осуждённых": the defendants of the verdict reported
    all_defendants: str = r"(?!x)x"
    # doubt over a whole clause ("it was not clear whether ... were among those pardoned")
    doubt: str = r"(?!x)x"
    # head nouns of organisation names: a capitalised run holding one ("Conservative
    # Christian Party") names an organisation, whatever given names it contains
    organisation_heads: frozenset[str] = field(default_factory=frozenset)
    # words of outlets' names ("Радыё Свабода"): no name in a speaker's place holds one
    media_words: frozenset[str] = field(default_factory=frozenset)
    # parts of compound company names ("Белгазпрамбанк", "Гродноазот"): no surname has them
    organisation_parts: str = r"(?!x)x"
    # prepositions of place or direction: an unknown capitalised word after one is a
    # place, not a given name ("У Мазыр Дашкевіча прывезлі")
    place_prepositions: str = r"(?!x)x"

    @property
    def trigger_regexes(self) -> list[CompiledTrigger]:
        return _compile_triggers(self)

    @property
    def first_person(self) -> re.Pattern[str]:
        """ "I", "me", "мяне" as whole words: the one who tells (an interviewee, a writer)."""
        return _first_person(self)

    @property
    def any_trigger(self) -> re.Pattern[str]:
        """All trigger patterns in one: a clause it does not match holds no event."""
        return _any_trigger(self)


@cache
def _compile_triggers(lexicon: Lexicon) -> list[CompiledTrigger]:
    flags = re.IGNORECASE | re.UNICODE
    return [
        (t, re.compile(t.pattern, flags), re.compile(t.needs, flags) if t.needs else None)
        for t in lexicon.triggers
    ]


@cache
def _any_trigger(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(
        "|".join(f"(?:{t.pattern})" for t in lexicon.triggers), re.IGNORECASE | re.UNICODE
    )


@cache
def _first_person(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{lexicon.pronouns_first})(?!\w)", re.IGNORECASE)


@cache
def load(code: str) -> Lexicon:
    """The lexicon of language ``code`` (one of :data:`LANGUAGES`)."""
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language: {code!r} (supported: {', '.join(LANGUAGES)})")
    module = importlib.import_module(f"rollcall.extract.lang.{code}")
    return module.LEXICON


def day_ordinals(
    ones: str,
    teens: str,
    twentieth: str,
    thirtieth: str,
    twenty: str,
    thirty: str,
    joiner: str = " ",
) -> dict[str, int]:
    """The days of a month as ordinal words (1-31), built from the first nine ordinals, the
    tenth to nineteenth, the 20th and 30th and the cardinal tens before a unit ("двадцать
    пятого", "twenty-first")."""
    units, tens_to_19 = ones.split(), teens.split()
    days = {word: day for day, word in enumerate(units, 1)}
    days.update({word: day for day, word in enumerate(tens_to_19, 10)})
    days.update({twentieth: 20, thirtieth: 30, f"{thirty}{joiner}{units[0]}": 31})
    days.update({f"{twenty}{joiner}{word}": day for day, word in enumerate(units, 21)})
    return days


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (for word lists kept as text blocks)."""
    return frozenset(text.split())


def words_regex(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """An alternation matching any of ``words`` (longest first), as whole words."""
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return rf"(?<!\w)(?:{alternation})(?!\w)"
