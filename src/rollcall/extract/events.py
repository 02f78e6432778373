"""Events of the controlled vocabulary, found clause by clause.

For each clause, the language's trigger patterns (verb lexicons per event type) are
matched outside quotations; a trigger preceded by a negator ("never", "не", "ніколі")
or under a modal ("may", "может", "магчыма") is not an event. The persons are the
names of the clause on the side the trigger's voice points to (a pronoun resolves to
the most salient recent person), the date is the nearest date of the clause (else of
the sentence), then a discourse pass fills dates from the previous mention of the same
event and merges repeats (title, lead, body).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

from rollcall.extract import morph
from rollcall.extract.counts import CountMention
from rollcall.extract.dates import DateMention, add_delta
from rollcall.extract.lang import (
    DIED,
    JUDGE,
    KIN,
    KIN_AGE,
    KIN_OBLIQUE,
    POSSESSIVE,
    Lexicon,
    Trigger,
)
from rollcall.extract.numbers import number_regex
from rollcall.extract.quotes import answer_opening
from rollcall.extract.text import Positioned, Ranges, Sentence, clauses

_REPORT_ANAPHOR = re.compile(
    r"(?:об этом|о том|пра гэта|аб гэтым|this was|that was|the news was)(?!\w)", re.IGNORECASE
)
_RELATIVE = re.compile(
    r",\s+(?:which|who|whom|whose|які|якая|якое|якія|якога|якой|якім|якіх|якую|"
    r"который|которая|которое|которые|которого|которой|которому|которым|которых|которую)"
    r"(?!\w)[^,.;:]*(?:,|$|(?=[.;:]))",
    re.IGNORECASE,
)
_COREFERENCE_CUE = re.compile(
    r"(?<!\w)(?:co-?defendants?|also|too|as well|same|among|together|along|вместе|тоже|также|среди|"
    r"подельник\w*|по тому же делу|таксама|сярод|па той жа справе|разам)(?!\w)",
    re.IGNORECASE,
)
# "the freed prisoners", "a jailed journalist": a participle used as an adjective
_ATTRIBUTIVE = re.compile(
    r"(?<!\w)(?:the|a|an|his|her|their|its|newly|recently)\s+$", re.IGNORECASE
)
_CONTRAST = re.compile(
    r"(?<!\w)(?:although|though|whereas|but|хотя|хоць|хаця|но|але|однако|аднак)(?!\w)",
    re.IGNORECASE,
)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[,.;:)]|\s(?:in|on|at|for|after|during|last|while|since|over|by|under|"
    r"near|outside|inside|with|without|earlier|later|together|alongside|along)\b)",
    re.IGNORECASE,
)
_JOINED_BY_AND = re.compile(r"\s+(?:\w+\s+)?(?:and|і|и)\s+(?:\w+\s+)?", re.IGNORECASE)
_WHEN_START = re.compile(r"[,\s]*(?:when|когда|калі)(?!\w)", re.IGNORECASE)
_COMMA_AND = re.compile(r",\s*(?:и|і|а|and|but|но|але)\s", re.IGNORECASE)
_AND_START = re.compile(r"\s*,?\s*(?:and|і|и|ды|а)\s", re.IGNORECASE)
_AFTER_CLAUSE = re.compile(
    r"[,\s]*(?:\w+\s+){0,2}(?:after|before|после|перед|пасля|перад)(?!\w)", re.IGNORECASE
)
_INNER_NEGATION = re.compile(
    # "не стало X", "не стала X" is the idiom for a death, no negation
    r"(?<!\w)(?:not|never|не(?!\s+стал[ао]\s+(?-i:[А-ЯЁІЎ]))|ни|ні|ніколі|никогда)(?!\w)|n't",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(rf"(?<!\w){POSSESSIVE}\s+$", re.IGNORECASE)


def _joined(before: int, after: int) -> re.Pattern[str]:
    """Up to ``before`` words, "and", up to ``after`` words: what stands between two
    verbs of one subject."""
    return re.compile(
        rf"\s+(?:[\w'’-]+\s+){{0,{before}}}(?:and|і|и)\s+(?:[\w'’-]+\s+){{0,{after}}}", re.I
    )


# a verb's object or time, "and", then the next verb of the same subject
_JOINED_FAR = _joined(5, 4)
# what joins the names of one list: "X, Y and Z", "X і Y"
_LIST_JOIN = re.compile(r",|\b(?:and|і|и)\b", re.IGNORECASE)
_THEN = re.compile(
    r"(?<!\w)(?:после чего|пасля чаго|after which|and then|then|затем|потом|потым)(?!\w)",
    re.IGNORECASE,
)
_INTRANSITIVE = re.compile(
    r"(?:вышел|вышла|вышли|умер|умерла|скончал\w*|погиб\w*|выйшаў|выйшла|выйшлі|памёр|"
    r"памерла|загінуў|загінула|\w+(?:ся|сь))$"
)
# what stands before a name that is an item of a list: a separator and a role
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_LIST_ITEM_BEFORE = re.compile(
    r"(?:[,;:—–]|\band|\bі|\bи|\bа таксама|\bа также)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_COMMA_BEFORE = re.compile(r",\s*$")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
# "(январь 2024-го)", "(in 2021)": the date alone in the brackets
_CLOSE_BRACKET = re.compile(r"(?:-?го|-?га|\s+года|\s+гады|\s+г\.)?\s*\)")
_COORDINATION = re.compile(r"(?:^|,)\s*(?:and|but|и|а|но|і|але)\s", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(
    r"\s+(?P<p>him|her|them|его|её|ее|их|яго|яе|іх)(?=\s+(?:to|on|in|at|for|with|of|under|"
    r"after|к|на|в|во|за|по|у|ў|да|пад|праз|с|з)\b|[,.;]|\s*$)",
    re.IGNORECASE,
)
_OBJECT_PRONOUN_AND = re.compile(
    r"\s+(?P<p>him|her|его|её|ее|яго|яе)\s+(?:and|и|і)\s+", re.IGNORECASE
)
# three words or more in marks, from an opening mark ("said: «Write one line and ...»")
_QUOTATION = re.compile(r"(?:[«„]|(?:(?<=[\s:(])|^)[“\"])(?:[^”»“\"]*?\s){2}")
_STATED_AFTER = re.compile(r"\s*[,—–(-]\s*(?:on|in|в|во|у|ў)?\s*", re.IGNORECASE)
# a second verb right after "and", one adverb at most between ("… and deported")
_JOINED_RIGHT_AFTER = _joined(6, 1)
# between a headline's "memoir", "letter" and whose it is: "from" and two lower-case words
# at most, none a preposition of place or topic
_OWNER_GAP = re.compile(
    r"\s+(?:(?:from|ад|от)\s+)?(?:(?!(?:над|на|в|во|у|ў|о|об|аб|про|пра|about|on|in|at|the)\s)"
    r"(?-i:[a-zа-яёіў'’-]+)\s+){0,2}",
    re.IGNORECASE,
)
_BESIDE = re.compile(r"\s*(?:[\w-]+\s+)?")
_SECTION_LABEL = re.compile(r"[^.:\n]{1,40}[.:](?=\s)")  # "Панядзелак.", "Monday:"
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[—–•*-])\s")  # "1. X, 45, a nurse ..."
_SINCE_END = re.compile(r"(?:since|\s[сз])$", re.IGNORECASE)
_DIED = re.compile(rf"(?<!\w){DIED}(?!\w)", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(r"(?<!\w)(?P<p>его|её|ее|их|яго|яе|іх)\s+$", re.IGNORECASE)
_AND = re.compile(r"\s(?:and|и|і)\s", re.IGNORECASE)
_OF_THE_DATE_BEFORE = ("month_of_year", "year_of", "day_of_year", "month_of", "as_told")
_PRONOUN_AND = re.compile(
    r"(?<!\w)(?P<p>he|she|он|она|ён|яна|его|её|яго|яе)(?:\s+(?:and|и|і)|\s*,)\s+"
    r"(?=[A-ZА-ЯЁІЎ])",
    re.IGNORECASE,
)
_OBLIQUE_ENDING = re.compile(r"(?:а|я|ак|аў|яў|ок|ов|ев|ей|ых|іх|их|у|ю|ам|ом)$", re.IGNORECASE)
# ru/be words after which a name in an oblique case is governed by no noun
_NOT_A_NOUN = re.compile(
    r"и|і|й|а|но|але|или|або|ці|либо|в|во|у|ў|на|с|со|з|са|к|ко|от|ад|до|да|для|о|об|аб|при|"
    r"пры|за|про|пра|над|под|пад|перед|перад|после|пасля|из|без|праз|через|среди|сярод|"
    r"как|як|что|што|также|таксама|тоже|ещё|еще|яшчэ|даже|нават|только|толькі|сам|сама",
    re.IGNORECASE,
)
_PREPOSITION_START = re.compile(
    r"\s*(?:in|on|during|at|after|before|according to|в|во|на|по|после|перед|у|ў|пасля|"
    r"перад|паводле|падчас|во время)\s",
    re.IGNORECASE,
)
_ON_THE_DAY = re.compile(
    r"(?<!\w)(?:в день,?\s+когда|в тот день,?\s+когда|у дзень,?\s+калі|у той дзень,?\s+калі|"
    r"on the day (?:when|that|on which)|the day (?:when|that))(?!\w)",
    re.IGNORECASE,
)
_SUBJECT_RELATIVE = re.compile(
    r"(?<!\w)(?:who|which|that|который|которая|которые|які|якая|якія)(?!\w)", re.IGNORECASE
)
# ("Кречко задержали 3 марта, Лисовского — на следующий день": a comma and a dash will do)
_GAP = re.compile(
    r"(?:,\s*|\s)(?:and|и|і|а)\s+(?=[A-ZА-ЯЁІЎ])|,\s+(?=[A-ZА-ЯЁІЎ][\w'’-]*\s+[—–]\s)"
)
# ", а 27 декабря опять в «американку»", "and on 3 May again to Minsk": the verb left out
_GAP_REPEAT = re.compile(
    r"[,\s]*(?:а|и|і|and)\s+(?:on\s+)?(?P<date>\d{1,2}\s+\w+|\w+\s+\d{1,2})\s+"
    r"(?:(?:опять|снова|ещё раз|зноў|ізноў|again|back)\s+)?(?:в|во|у|ў|to|into)\s",
    re.IGNORECASE,
)
# "..., Андрея Пагерылу и Сергея Шелеста — к 14 годам": a dash standing for the verb
_DASH_GAP = re.compile(r"\s+[—–]\s+(?=(?:к|ко|да|до|на|по|с|со|з|са|у|ў|в|\d+)(?![\w-]))", re.I)
_NOTHING_BUT_SPACE = re.compile(r"\s*")
# ", Stefanovich to nine and Labkovich to seven": a name with its own term, verb left out
# ", Y to nine", "and the channel administrator Y four": a role may stand before Y
_EN_HOME_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:family|rented|own)\s+)?(?:home|flat|apartment|house|dacha)s?\b", re.I
)
_SLAVIC_GAP_BEFORE = re.compile(r"(?:,|\s(?:а|и|і))\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_EN_GAP_BEFORE = re.compile(r"(?:,|\band)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$")
# ", 11 ліпеня 2023 года ў гродзенскай турме — мастак Алесь Пушкін": the gapped conjunct
_DATED_GAP_OPENING = re.compile(r",\s*(?:(?:а|и|і)\s+)?(?:(?:в|во|у|ў)\s+)?$", re.IGNORECASE)
_DATED_GAP_DASH = re.compile(r"[^,.;:!?—–\n]{0,60}?\s[—–]\s+")
_AGE_WORD = re.compile(r"\d+-\w+")  # "22-гадовы", "25-летний"
_LIST_ITEM_OPENING = re.compile(r"[,:]\s*(?:(?-i:[^\W\d_A-ZА-ЯЁІЎ])[\w'’-]*\s+){0,3}$")
_ASIDE_CLOSES = re.compile(r"[^,.;:!?«»\n]{0,40}[,—–]")
_LIST_GOES_ON = re.compile(r"\s*(?:[а-яёіўa-z-]+\s+){1,3}(?-i:[A-ZА-ЯЁІЎ])")
_EN_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_TRIAL_OF = re.compile(r"trial,?\s+of\s+(?:[a-z-]+\s+)?", re.IGNORECASE)
_AUXILIARIES_ONLY = re.compile(
    r"\s+(?:(?:had|has|have|was|were|is|had\s+been|then|later|also)\s+)*", re.I
)
# the roles of those who judge, never the persons of a persecution
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
_NAME_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|и|і|ды)\s)\s*", re.IGNORECASE)
# "X, гражданин США, и политолог Y", "X, a US citizen, and Y": an apposition closed by a
# comma before "and" goes on with the list
_APPOSITION_THEN_AND = re.compile(
    r",\s*(?:[\w-]+\s+){0,4}[\w-]+,\s+(?:and|и|і|ды)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE
)
# "X и активист Y": names joined, a role between
_JOINED_NAMES = re.compile(_NAME_LIST_GAP.pattern + r"(?-i:[a-zа-яёіў-]+\s+){0,3}", re.I)
# ", who refused to ask for clemency, — only on 22 August": an aside, a dash, "only"
_GAP_TAIL = re.compile(
    r"(?:,[^,.;:]{1,100},)?\s*(?:[—–]\s*)?(?:(?:only|лишь|только|толькі)\s+)?"
    r"(?:on\s+|в\s+|у\s+|ў\s+)?",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"(?<!\w)(?:earlier|previously|already|before that|once|ранее|раньше|уже|прежде|"
    r"раней|ужо|да гэтага|аднойчы|однажды)(?!\w)",
    re.IGNORECASE,
)
# "earlier, once" without "already": an undated time before the story told
_EARLIER_UNDATED = re.compile(
    r"(?<!\w)(?:earlier|previously|ранее|раньше|прежде|раней|да гэтага)(?!\w)", re.IGNORECASE
)
# "акцыі 25 сакавіка", "the rally on 25 March", "выборов 9 августа": an occasion and its
# day, at most a short word ("on", "of", "в") between
_OCCASION_TO_DATE = re.compile(r"\s*(?:\w{1,3}\s+)?")
# "after the rally", "пасля акцыі": the occasion's name, after a short word if any
_OCCASION_NAME = re.compile(r"\s+(?:\w{1,3}\s+)?(\w{4,})")
# "in December and again in February", "у снежні і зноў у лютым": two times of one act,
# joined by "and" with "again" (or in a sentence that says "twice": not "between December
# and February"; the words are the lexicon's again_words and twice_words)
_TWICE = re.compile(r"\s*,?\s*(?:and|и|і|ды)\s+(?:\w+\s+){0,2}?(?:(?:in|on|в|во|у|ў)\s+)?", re.I)
_SINCE = re.compile(r"(?<!\w)(?:since|з|с)\s+$", re.IGNORECASE)
# "after the December 2010 election", "после выборов 2010 года": the date names the
# election or protest, not the clause's event
_SCENE = frozenset({"search", "detention"})
# acts a news lead reports the day they happen, and how recent that day is
_NEWS_ACTS = frozenset(
    {"detention", "release", "sentence", "trial", "recognition", "search", "exile"}
)
_NEWS_DAYS = 14
# the widest time stamp opening a live blog's entry ("12:15. ", "09:05 — ")
_TIME_STAMP_WIDTH = 8
# acts done to someone in the dative: "Статкевичу дали 14 лет", "Власовой предъявили
# обвинение", "Алесю Бяляцкаму забаранілі перадачы"
_GIVEN_TO = frozenset({"sentence", "charge", "punishment", "pressure"})
# "12:05 — ", "10:40. ": a live blog's entry opening with its time
_TIME_STAMP = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[—–.-]|\s)")
_AFTER_WORD = r"(?:after|before|since|following|после|перед|пасля|перад)\s+(?:the\s+)?(?:\w+\s+)?"
# "The Hrodna carpenter was", "The 67-year-old pensioner from Kalinkavichy was"
_DEFINITE_SUBJECT = re.compile(
    r"\s*The\s+(?:(?!(?:a|an|another|his|her|their|police|same|next|following|day|week|"
    r"month|year|morning|evening|night)\b)[\w'’-]+\s+){1,6}?"
    r"(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?"
)
# "17 other women", "17 іншымі жанчынамі": the number, then "other"
_OTHERS_AFTER = re.compile(r"[\w,.]+\s+(?:other|others|іншы\w*|други\w*)(?!\w)", re.I)
_PASSIVE_AUXILIARY = re.compile(
    r"(?<!\w)(?:was|were|has\s+been|had\s+been|is|are)\s+$|(?:was|were)\s"
)
# "a Baranavichy court found her guilty and sent", "a court sent": the court is the agent
_COURT_AGENT = re.compile(
    r"\bcourt\s+(?:(?!(?:was|were|been|later|then|after|afterwards)\b)[^,.;])*$", re.I
)
_NOUN_BEFORE_DATE = re.compile(
    # ("charged ..., over a march in August": the march's month)
    rf"(?<!\w)(?:{_AFTER_WORD}|(?:over|during)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?)"
    r"(?:выбор\w*|выбар\w*|протест\w*|пратэст\w*|акци\w+|акцы\w+|"
    r"событи\w+|падзе\w+|elections?|protests?|events|vote|crackdown|demonstrations?|"
    r"rall(?:y|ies)|riots|uprising|(?-i:march(?:es)?))(?:\s+(?:of|in|on))?\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_AFTER_PRONOUN = re.compile(r"\s+(him|her|them)\s*(?:[.,;!?]|$)", re.IGNORECASE)
# "until (the end of) February", "да (канца) жніўня": when an act ends, not its date
_UNTIL_BEFORE = re.compile(
    r"(?<!\w)(?:until|till|through|до|да)\s+(?:(?:the\s+)?end\s+of\s+|конца\s+|канца\s+)?$",
    re.IGNORECASE,
)
_NOUN_AFTER_DATE = re.compile(
    r"\s+(?:presidential\s+|parliamentary\s+|post-election\s+)?"
    r"(?:elections?|protests?|vote|crackdown|demonstrations?|rall(?:y|ies)|events|riots|uprising)(?!\w)",
    re.IGNORECASE,
)
# ", a lawyer who worked for the campaign of X," (English): X belongs to the apposition
_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s[^,.;:]*?(?P<inner>\b(?:who|which|that|of|for)\b[^,.;:]*)(?:,|$)",
    re.IGNORECASE,
)
# ", his neighbour on the bunk", ", бывшего директора школы": what the person named is
_APPOSITIVE_GAP = re.compile(
    r",\s+(?:(?:his|her|their|a|an|the)\s[^,.;:()\d]{1,50}|"
    r"(?:его|её|ее|их|яго|яе|іх|сво\w+|свай\w*|бывш\w+|был\w+)\s[а-яёіў\s-]{1,40})"
)
# ", a 31-year-old who": an apposition opening a relative clause
_APPOSITION_WHO = re.compile(r",\s+(?:a|an|the)\s[^,.;:]{0,60}?\bwho\s+(?:\w+\s+)?$", re.IGNORECASE)
_TOGETHER = re.compile(
    r"(?<!\w)(?:together with|along with|alongside|вместе с|разам з|разам са)\s+"
    r"(?:him|her|them|ним|ней|ними|ім|ёй|імі)(?!\w)",
    re.IGNORECASE,
)
_EN_TRIGGER_PREPOSITION = re.compile(r"\s(?:to|on|against)$")
_EN_OF_BEFORE = re.compile(r"\bof\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "памілаваныя", "помилован", "асуджаная": a ru/be passive participle, full or short
_PASSIVE_PARTICIPLE = re.compile(r"(?:ан|ен|ён|ян|т)(?:ы|ая|ыя|ые|ый|ае|ое|ую|ой|а|о|і|и)?$")
_EN_BY_OF_BEFORE = re.compile(r"\bby\s+(?:an?\s+|the\s+)?\w+\s+of\s+(?:\w+\s+){0,2}$", re.I)
# "Judge X jailed two men", "prosecutor X asked for": who judges is no event's person
_EN_JUDGE_BEFORE = rf"(?<!former )(?<!ex-)\b{JUDGE}\s+$"
_EN_AFTER_NAMED_AGENT = re.compile(r"\bby\s+[^,]+,\s+$")
_EN_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:(?<![\w.])by|\bwith|\bmet|\bto|\bfor|\bfrom|\bagainst|\bof|\babout|\binsulting|\binsulted|"
    r"\bdefaming|\bcritici[sz]ing|\bcritici[sz]ed|\bcondemned|\bcondemning)\s+(?:[\w.]+\s+){0,2}$"
    # "his treatment by the colony's head, X": the agent named in apposition
    r"|\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+$"
    # a judge or prosecutor named
    r"|" + _EN_JUDGE_BEFORE,
    re.IGNORECASE,
)
_SLAVIC_NOT_SUBJECT_BEFORE = re.compile(
    # ("суд над X", "процесс над X": X is tried)
    r"(?<!\w)(?:на|с|со|к|ко|от|для|о|об|при|за|про|над(?<!суд над)(?<!цэс над)(?<!цесс над)|"
    r"под|перед|ад|да|пра|з|са|аб|штаб\w*|"
    r"словам|паводле|сустрэўся|встретился|встречи|сустрэчы|имя|імя|отношении|адносінах)\s+$"
    r"|(?<!\w)(?:оскорблени\w+|абраз\w+|клевет\w+|паклёп\w*)\s+(?:\w+\s+)?$"
    # "вышел по помилованию Лукашенко": who pardons is no event's person
    r"|(?<!\w)(?:по\s+помиловани\w+|па\s+памілаванн\w+)\s+$"
    # "под председательством судьи X", "суддзя X": who judges is no event's person
    rf"|(?<!\w){JUDGE}\s+$"
    # "з боку начальніка калоніі X", "со стороны начальника X": the agent
    r"|(?<!\w)(?:з|с|со)\s+(?:боку|стороны)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "жены Тихановского", "сына Лосіка": a relative of the one named, who is not the subject;
# after a possessive the name is the relative's own ("его брата Павла Крука")
# (the words between are lower case: in "Жену Миклашевича Оксану" the name after the
# owner's is the wife's own)
_KIN_OF_BEFORE = re.compile(
    rf"(?<!\w)(?P<owner>{POSSESSIVE}\s+(?:{KIN_AGE}\s+)?)?"
    rf"{KIN_OBLIQUE}\s+(?:(?-i:[^\W\d_A-ZА-ЯЁІЎ])\w*\s+){{0,2}}$",
    re.IGNORECASE,
)


def _kin_of_someone(before: str) -> bool:
    kin = _KIN_OF_BEFORE.search(before)
    return kin is not None and not kin.group("owner")


@dataclass
class RawEvent:
    type: str
    subtype: str | None
    date: str | None
    persons: list[int]
    place: str | None
    count: int | None
    evidence: tuple[int, int]
    sentence: int
    paragraph: int
    title: bool
    trigger: tuple[int, int]
    had_persons: bool = False
    # a trial told with no one named ("The trial began on May 12") or a recognition of "all
    # the convicted": its persons are the reported verdict's defendants, when there is one
    of_the_verdict: bool = False


class EventFinder:
    """Finds the events of one article."""

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        sentences: list[Sentence],
        mentions: list[tuple[int, int, int]],
        resolver: object,
        dates: list[DateMention],
        counts: list[CountMention],
        quotes: list[tuple[int, int]],
        datelines: set[int],
        published: dt.date | None = None,
        interviewee: tuple[int, list[tuple[int, int]]] | None = None,
        questions: list[tuple[int, int]] | None = None,
        spoken: list[tuple[tuple[int, int], int, int, int]] | None = None,
    ) -> None:
        self.text = text
        # (the person a question-and-answer interview is with, and its answers' spans)
        self.interviewee = interviewee
        self.questions = questions or []  # (an interview's questions: what they ask of)
        self.published = published
        self.lexicon = lexicon
        self.sentences = sentences
        self.mentions = Positioned(mentions, key=lambda m: m[0])
        self.resolver = resolver
        # (the resolver asks whether a sentence told an act, found or not yet kept)
        resolver.acts_between = self._trigger_between
        self.dates = Positioned(
            [d for d in dates if d.start not in datelines], key=lambda d: d.start
        )
        self.counts = Positioned(counts, key=lambda c: c.start)
        self.paragraph_spans: dict[int, tuple[int, int]] = {}
        for sentence in sentences:
            first = self.paragraph_spans.get(sentence.paragraph, (sentence.start, sentence.end))
            self.paragraph_spans[sentence.paragraph] = (first[0], sentence.end)
        titles = [s for s in sentences if s.is_title]
        self.title_span = (titles[0].start, titles[-1].end) if titles else None
        # a live blog's entries open with a time ("15:10 ..."): their paragraphs, in order
        self.stamped = sorted(
            paragraph
            for paragraph, (start, end) in self.paragraph_spans.items()
            if _TIME_STAMP.match(self.text, start, end)
        )
        self.date_labels = self._date_labels()
        self.entries = Ranges(self._entry_spans())
        self.repeatedly = re.compile(lexicon.repeatedly, re.IGNORECASE)
        self.subjectless_participle = re.compile(lexicon.subjectless_participle)
        self.possessive = re.compile(rf"(?:{lexicon.possessive_only})", re.IGNORECASE)
        self.own_words = re.compile(lexicon.own_words, re.IGNORECASE)
        flags = re.IGNORECASE

        def whole(words: str) -> re.Pattern[str]:
            """The lexicon's words as whole words."""
            return re.compile(rf"(?<!\w)(?:{words})(?!\w)", flags)

        def just_before(words: str) -> re.Pattern[str]:
            """The lexicon's words ending a slice, right before what it is cut at."""
            return re.compile(rf"(?<!\w)(?:{words})\s+$", flags)

        self.breaks = re.compile(lexicon.clause_breaks, flags)
        self.negation = re.compile(lexicon.negation, flags)
        self.doubt = re.compile(lexicon.doubt, flags)
        self.except_pronoun = re.compile(
            r"(?<!\w)(?:кроме|акрамя|апроч|except|apart from|but)\s+(?:него|неё|нее|яго|яе|"
            r"him|her)(?!\w)",
            flags,
        )
        self.people_before = re.compile(rf"(?<!\w){lexicon.people_nouns}\s+$", flags)
        self.people_noun = whole(lexicon.people_nouns)
        self.another_subject = re.compile(rf"(?<!\w)(?:{POSSESSIVE}|{KIN})(?!\w)", flags)
        # a personal pronoun other than a possessive ("him", "іх", "мне"; not "his parcel")
        self.any_pronoun = re.compile(
            rf"(?!(?:{lexicon.possessive_only})(?!\w))(?:{lexicon.pronouns_masc}|{lexicon.pronouns_fem}|"
            rf"{lexicon.pronouns_plural}|{lexicon.first_person.pattern})",
            flags,
        )
        self.people_comma_before = re.compile(rf"(?<!\w){lexicon.people_nouns}\s*,\s*$", flags)
        self.hypothetical = re.compile(lexicon.hypothetical, flags)
        self.facility = re.compile(
            rf"{lexicon.facility}(?:\s*(?:No\.?|№|N)\s*\d+|\s*-\s*\d+)?"
            r"(?:,?\s+(?:in|at|near|у|ў|в|во|под|пад)\s+[A-ZА-ЯЁІЎ][\w-]+)?",
            flags,
        )
        # "X — па 15", "X — 14 лет": a term after a dash, the verb left out (not an age:
        # "X — 34-летний программист")
        self.term_after_dash = re.compile(
            rf"\s*[—–]\s+(?:(?:па|по)\s+)?(?:{number_regex(lexicon).pattern})(?![\w-])"
            r"(?!\s+(?:человек|чалавек|people))",
            flags,
        )
        # ", Y to nine": a term of its own after a name, the verb left out
        self.term_after_name = re.compile(
            # (an age set off after the name: "his partner, Alesia Rabtsava, 27, to two years")
            rf"(?:,\s*\d{{1,3}}\s*,)?\s+(?:(?:to|for)\s+(?:a\s+|an\s+)?(?:{number_regex(lexicon).pattern})\b|"
            # "... and the administrator Y four.": the verb and the noun both left out
            rf"(?:{number_regex(lexicon).pattern.replace('?P<', '?P<bare_')})(?=\s*[.;]))",
            flags,
        )
        self.freed_participle = re.compile(rf"(?<!\w)(?:{lexicon.freed_participle})", flags)
        self.guilty_of = whole(lexicon.guilty_of)
        self.one_of_group = re.compile(rf"(?:{lexicon.one_of_group})$", flags)
        self.group_relative = re.compile(lexicon.group_relative, flags)
        self.negated_after = re.compile(lexicon.negated_after, flags)
        self.no_subject_opening = re.compile(lexicon.no_subject_opening, flags)
        self.partitive = just_before(lexicon.partitive)
        self.later_on = re.compile(lexicon.later_on, flags)
        self.offset_after = re.compile(rf"\s(?:{lexicon.offset_after})$", flags)
        self.came = just_before(lexicon.came)
        # "driven away on Friday before the hearings began": a date followed by "before"
        # or "after" dates the verb before it, not the one in the clause it introduces
        self.subordinator_after_date = re.compile(rf"^\s*,?\s*(?:{lexicon.subordinators})\s", flags)
        # ", соратника X,": an aside after a name, telling whose associate it is
        self.relational_aside = re.compile(
            rf"[\w»]\s*,\s*(?:{lexicon.relational_nouns})\s+$", flags
        )
        self.conditional_after = re.compile(rf"\s*(?:{lexicon.conditional_after})(?!\w)", flags)
        self.afterwards = whole(lexicon.afterwards)
        self.including = whole(lexicon.including)
        self.in_custody = re.compile(
            rf"(?<!\w)(?:{lexicon.in_custody})(?!\w)|{lexicon.facility}", flags
        )
        self.after_word = re.compile(rf"\s+(?:{lexicon.after_word})(?!\w)", flags)
        self.news_perfect = whole(lexicon.news_perfect)
        self.home_before = just_before(lexicon.home_nouns)
        self.occasion_after = re.compile(rf"\s+(?:{lexicon.occasion_after})(?!\w)", flags)
        self.act_nouns = [(kind, re.compile(noun, flags)) for kind, noun in lexicon.act_nouns]
        # "N days after his arrest": the later mention may hold the "after" itself
        self.after_act = re.compile(
            rf"\s*(?:(?:{lexicon.occasion_after})\s+)?(?:{POSSESSIVE}\s+|the\s+)?(?P<noun>\w+)",
            flags,
        )
        # "during the march", "падчас акцыі": a public occasion, after a short word if any
        self.occasion_noun = re.compile(
            rf"\s+(?:\w{{1,3}}\s+)?(?:{lexicon.occasion_nouns})(?!\w)", flags
        )
        self.past_verb = re.compile(lexicon.past_verb, flags)
        self.again = whole(lexicon.again_words)
        self.twice = whole(lexicon.twice_words)
        self.occasion_during = re.compile(rf"(?<!\w)(?:{lexicon.occasion_during})(?!\w)", flags)
        self.born = whole(lexicon.born)
        self.partial_charge = whole(lexicon.partial_charge)
        self.all_of_n = whole(lexicon.all_of_n)
        self.times = whole(lexicon.times)
        self.expelled = re.compile(lexicon.expelled, flags)
        self.after_event = re.compile(rf"(?<!\w)(?:{lexicon.after_event})\s", flags)
        self.not_right_after = re.compile(rf"\d|(?<!\w)(?:{lexicon.not_right_after})(?!\w)", flags)
        self.pressed_on = just_before(lexicon.pressed_on)
        self.remain = re.compile(lexicon.remain_cues, flags)
        self.not_held = whole(lexicon.not_held)
        self.object_pronoun = re.compile(rf"\s+(?P<p>{lexicon.object_pronouns})(?!\w)", flags)
        # what may follow an object pronoun: a preposition, an infinitive, a number, the
        # clause's end ("sentenced him in December", "угаворваў яе напісаць"); a noun
        # makes it a possessive ("sentenced her colleague", "задержал её адвоката")
        self.object_follows = re.compile(
            rf"\s*(?:[,.;:)—–]|$)|\s+\d|\s+(?:{lexicon.object_follows})(?!\w)", flags
        )
        self.offices = whole(lexicon.offices)
        self.kin_home = whole(lexicon.kin_home)
        self.visited_with_search = re.compile(lexicon.visited_with_search, flags)
        self.after_the_search = whole(lexicon.after_the_search)
        self.first_person = lexicon.first_person
        self.he_or_she = re.compile(rf"{lexicon.pronouns_masc}|{lexicon.pronouns_fem}", flags)
        # (start, end, speaker) of the quotations in which a named speaker tells of "me":
        # the acts told there are read (as the speaker's); other quoted words are not
        voiced = [quote for quote in spoken or [] if self.first_person.search(text, *quote[1:3])]
        self.voiced = [(start, end, speaker) for _outer, start, end, speaker in voiced]
        read_out = {outer for outer, _start, _end, _speaker in voiced}
        self.quotes = Ranges([q for q in quotes if q not in read_out])
        # an aside set off by commas that opens with a relative or a participle
        self.aside_opening = whole(lexicon.relative_opening)
        self.aside = re.compile(rf",\s+(?:{lexicon.relative_opening})(?!\w)[^,.;:]*,", flags)
        self.subordinate_after = re.compile(rf"(?<!\w)(?:{lexicon.subordinate_after})\s+", flags)
        self.together_with = re.compile(rf"[\s,]*(?:{lexicon.together_with})(?!\w)", flags)
        self.among = whole(lexicon.among)
        self.at_the_verdict = whole(lexicon.at_the_verdict)
        self.all_defendants = whole(lexicon.all_defendants)
        self.pronouns = re.compile(
            rf"{lexicon.pronouns_masc}|{lexicon.pronouns_fem}|{lexicon.pronouns_plural}|{lexicon.pronouns_both}",
            flags,
        )
        self.found: list[RawEvent] = []
        self.judges: frozenset[int] | None = None  # see _judges()
        self.clause_triggers: list[re.Match[str]] = []
        # a second trigger of a kept one's type in the clause ("pardoned ..., the 52
        # prisoners freed on September 11"): the same event; its dates are the kept one's
        self.clause_twins: list[tuple[re.Match[str], re.Match[str]]] = []
        # (start, end) of every trigger kept so far, in text order
        self.trigger_spans: list[tuple[int, int]] = []
        self.sentence_index = {s.start: i for i, s in enumerate(sentences)}
        self.according = re.compile(lexicon.according_to, flags)
        self.speech = re.compile(rf"(?<!\w){lexicon.speech_verbs}(?!\w)", flags)
        # "як расказвае сястра мастака Марыя Галецкая, ён ...": the one telling, set off
        self.as_says = re.compile(
            rf"(?<!\w)(?:{lexicon.as_word})\s+(?:\w+\s+)?{lexicon.speech_verbs}\s+(?:[\w-]+\s+){{0,4}}$",
            flags,
        )
        # "Exiled opposition leader X", "the jailed would-be presidential candidates" (but
        # "sentenced both women", "freed two men": a verb and its counted object)
        self.role_after_participle = re.compile(
            r"\s+(?!(?:both|all|two|three|four|five|six|several|many|the|his|her)\b)"
            rf"(?:[a-z-]+\s+){{0,2}}{lexicon.role_words}s?\b",
            flags,
        )
        # "said on Wednesday (that ...)": the date of the telling
        self.told_on = re.compile(
            rf"(?<!\w){lexicon.speech_verbs}\s+(?:on\s+|в\s+|во\s+|у\s+|ў\s+)?$", flags
        )
        self.kin_after = re.compile(rf"\s+(?:{KIN}|{KIN_OBLIQUE})(?!\w)", flags)
        self.kin_phrase = re.compile(rf"(?<!\w){POSSESSIVE}\s+(?P<kin>{KIN})(?!\w)", flags)
        self.kin_subject = re.compile(
            rf"(?<!\w)(?P<owner>{POSSESSIVE})\s+(?P<kin>{KIN})\s+"
            r"(?:(?:had|has|have|was|were|is|are|been|being|also|reportedly|allegedly|then|"
            r"later|recently|таксама|тоже|также|ужо|уже|нядаўна|недавно)\s+){0,3}$",
            flags,
        )
        # (a town's native stands for the one the report tells of: "Гомельчанина задержали")
        self.role_noun = re.compile(
            rf"(?<!\w)(?:{lexicon.role_words}|{lexicon.demonym})(?!\w)", flags
        )
        self.subtype_cues = {k: re.compile(v, flags) for k, v in lexicon.subtype_cues.items()}
        # "together with 17 other women", "вместе с ещё пятью": others beside the one named
        self.with_others = re.compile(
            rf"(?<!\w)(?:{lexicon.together_with})\s+(?:(?P<more>another|яшчэ|ещё|еще)\s+)?$", flags
        )

    def _in_quote(self, position: int) -> bool:
        return self.quotes.contains(position)

    def _sent_by_court(self, event: RawEvent) -> bool:
        """A transfer told as "a court ... sent him to": a verdict's term, no move."""
        return bool(
            self.lexicon.code == "en"
            and re.match(r"sent\b", self.text[event.trigger[0] : event.trigger[1]], re.I)
            and _COURT_AGENT.search(self.text, event.evidence[0], event.trigger[0])
        )

    def _quoted(self, position: int) -> bool:
        """Inside any quotation, a named speaker's words included."""
        return self._in_quote(position) or any(s <= position < e for s, e, _p in self.voiced)

    # -- per clause ---------------------------------------------------------------------
    def find(self) -> list[RawEvent]:
        events: list[RawEvent] = []
        not_freed: list[int] = []  # where a negated release stands
        for index, sentence in enumerate(self.sentences):
            for c_start, c_end in clauses(self.text, sentence.start, sentence.end, self.breaks):
                found, self.clause_twins = self._clause_triggers(c_start, c_end)
                self.clause_triggers = [m for _t, m in found]
                self.trigger_spans.extend(  # in text order: searched by bisection
                    sorted(
                        [m.span() for m in self.clause_triggers]
                        + [twin.span() for twin, _kept in self.clause_twins]
                    )
                )
                for trigger, match in found:
                    if not trigger.either_outcome and self._denied(c_start, match):
                        if trigger.type == "release":
                            not_freed.append(match.start())
                        continue
                    event = self._event(trigger, match, index, sentence, c_start, c_end, events)
                    if trigger.named_only and not event.persons:
                        continue  # "five men whom rights groups regard as political prisoners"
                    events.append(event)
                    self.resolver.note_event(event.persons, match.start())
        # "полностью отбыв срок, не был освобождён", "served his term but was not freed":
        # a term's end is no release when the sentence says he was not let out
        events = [
            e
            for e in events
            if not (
                e.type == "release"
                and e.subtype == "end_of_term"
                and any(e.trigger[1] <= at < e.evidence[1] for at in not_freed)
            )
        ]
        # "a court found her guilty and sent her to a colony": the verdict's own words
        events = [e for e in events if not (e.type == "transfer" and self._sent_by_court(e))]
        self._among(events)
        self._among_here(events)
        self._one_of_group(events)
        self._colon_lists(events)
        self._dash_lists(events)
        for event in events:
            if event.persons:
                joined = self._together_with(event.trigger[1], event.evidence[1])
                event.persons = _unique([*event.persons, *joined])
        self._gapped_terms(events)
        events = self._gapped(events)
        events = self._twice_dated(events)
        events = self._dated_in_brackets(events)
        self.found = [RawEvent(**vars(e)) for e in events]
        return self._discourse(events)

    def _among(self, events: list[RawEvent]) -> None:
        """ "Among them are X and Y" after an event: X and Y are that event's persons."""
        items: list[RawEvent] = []
        by_sentence: dict[int, list[RawEvent]] = {}
        for event in events:
            by_sentence.setdefault(event.sentence, []).append(event)
        for index, sentence in enumerate(self.sentences):
            among = self.among.search(self.text, sentence.start, sentence.end) if index else None
            if among is None or among.start() - sentence.start > 80:
                continue
            if self.counts.between(sentence.start, among.start()):
                continue  # "Viasna counts 1,244 political prisoners, among them X": that group
            told_before = self.sentences[index - 1]
            if (
                not self.text[sentence.start : among.start()].strip()
                and any(
                    c.category == "prisoners"
                    for c in self.counts.between(told_before.start, told_before.end)
                )
                and self.remain.search(self.text, told_before.start, told_before.end)
                and not by_sentence.get(index - 1)
            ):
                # "За решёткой остаются более 20 человек. Среди них X": the counted who
                # remain, not the group of the act told before them
                continue
            c_start = among.start()
            c_end = next(
                (
                    b
                    for a, b in clauses(self.text, sentence.start, sentence.end, self.breaks)
                    if a <= c_start < b
                ),
                sentence.end,
            )
            previous = [
                e for i in (index - 2, index - 1) for e in by_sentence.get(i, []) if not e.title
            ]
            if self.text[c_end : c_end + 1] == ";" or self.text[c_end : c_end + 1] == ",":
                # "includes X, ...; Y, ...; and Z", "covered X and Y, who were jailed
                # over ..., and Z": one list
                c_end = sentence.end
            named = self._named(c_start, c_end, after_trigger=True)
            if (
                not named
                and previous
                and re.match(r"\s*:\s*$", self.text[among.end() : sentence.end])
            ):
                # "Среди них:" and a list of lines "— 3 июля — Анна Лукашевич ...": each
                # line its own act of the group, on its own day
                items.extend(self._listed_lines(index, previous))
                continue
            # "Among them is X, whose wife Y thanked ...": not the names of an aside
            asides = [r.span() for r in _RELATIVE.finditer(self.text, c_start, c_end)]
            named = [m for m in named if not any(a <= m[0] < b for a, b in asides)]
            if self._triggers(c_start, c_end):
                # "The list also includes X, sentenced to ...; Y, who was given ...; and Z":
                # with verbs that describe them, only the names that stand as list items
                # (the first name after an opening "among them" begins the list: "Сярод
                # іх быў X, якога асудзілі ...")
                opening = not self.text[sentence.start : among.start()].strip()
                named = [
                    m
                    for i, m in enumerate(named)
                    if (i == 0 and opening)
                    or _LIST_ITEM_BEFORE.search(self.text, max(among.end(), m[0] - 40), m[0])
                ]
            if previous and named:
                target = _group_before(previous)
                target.persons = _unique([*target.persons, *(p for _s, _e, p in named)])
                target.had_persons = True
                if target.date is None:
                    # "walked free on Saturday after Lukashenka pardoned him and five other
                    # men": the group's release is the one dated in its sentence (not
                    # "while five others were pardoned later")
                    target.date = next(
                        (
                            e.date
                            for e in by_sentence[target.sentence]
                            if e.type == target.type and e.date and not self._told_apart(e, target)
                        ),
                        None,
                    )
        events.extend(items)

    def _listed_lines(self, index: int, previous: list[RawEvent]) -> list[RawEvent]:
        """The dashed lines after "Среди них:": one act of the counted group's kind per line,
        for the first name of the line, on the day the line opens with (else the group's)."""
        group = _group_before(previous)
        out = []
        for k in range(index + 1, len(self.sentences)):
            line = self.sentences[k]
            if not re.match(r"\s*[—–-]", self.text[line.start : line.end]):
                break
            # (a dashed line may read as dialogue: its names still count here)
            named = self.mentions.between(line.start, line.end)
            if not named:
                continue
            first = named[0]
            told = [
                d for d in self.dates.between(line.start, first[0]) if d.value and d.kind != "later"
            ]
            subtype = group.subtype
            if group.type == "release":
                subtype = next(
                    (
                        n
                        for n, cue in self.subtype_cues.items()
                        if cue.search(self.text, line.start, line.end)
                    ),
                    group.subtype,
                )
            item = RawEvent(**vars(group))
            item.persons, item.had_persons = [first[2]], True
            item.date = told[0].value if told else group.date
            item.subtype, item.count, item.place = subtype, None, None
            item.evidence, item.sentence, item.paragraph = (line.start, line.end), k, line.paragraph
            out.append(item)
        return out

    def _told_apart(self, one: RawEvent, other: RawEvent) -> bool:
        """A later or earlier time, or a contrast, is told between two acts (or in the
        clause of the second: "were pardoned later")."""
        first, second = sorted((one, other), key=lambda e: e.trigger[0])
        start, end = first.trigger[0], self._clause_end(second)
        return bool(
            _EARLIER.search(self.text, start, end)
            or self.afterwards.search(self.text, start, end)
            or _CONTRAST.search(self.text, start, end)
        )

    def _among_here(self, events: list[RawEvent]) -> None:
        """ "на свободу вышли 14 человек, среди них Сергей Тихановский": the names after
        "among them" in the event's own sentence are its persons."""
        for event in events:
            if event.persons or event.title:
                continue
            sentence = self.sentences[event.sentence]
            among = self.among.search(self.text, event.trigger[1], sentence.end)
            if among is None or self._triggers(event.trigger[1], among.start()):
                continue
            named = self._named(among.end(), sentence.end, after_trigger=True)
            if named:
                event.persons = _unique(p for _s, _e, p in named)
                event.had_persons = True

    def _one_of_group(self, events: list[RawEvent]) -> None:
        """ "X was one of 123 prisoners pardoned on Saturday", "Статкевич был в числе 52
        политзаключённых, которых помиловал ...": the counted group's event is X's too."""
        grouped: set[int] = set()  # indices of the events given a group member here
        for index, event in enumerate(events):
            if event.title or not (event.count or not event.persons):
                continue
            sentence = self.sentences[event.sentence]
            for count in self.counts.between(sentence.start, event.trigger[1]):
                # the group's own count, or the group a relative clause tells of ("52
                # политзаключённых, которых помиловал")
                between = self.text[count.end : event.trigger[0]]
                if ";" in between or (
                    count.value != event.count
                    and (event.persons or not self.group_relative.fullmatch(between))
                ):
                    continue
                joined = self.one_of_group.search(
                    self.text, max(sentence.start, count.start - 60), count.start
                )
                if joined is None or self._trigger_between(count.end, event.trigger[0]):
                    continue
                named = self._named(sentence.start, joined.start())
                last = named[-1] if named else None
                if last is None or not (
                    not self.text[last[1] : joined.start()].strip(" ,0123456789")
                    or re.fullmatch(r",[^,;]{1,100},", self.text[last[1] : joined.start()].strip())
                ):
                    # "He was one of 52 prisoners pardoned": the one the pronoun means
                    # (not "His cellmate was one of ...": a subject pronoun and a verb at most)
                    opening = re.findall(r"\w+", self.text[sentence.start : joined.start()])
                    if (
                        not named
                        and 1 <= len(opening) <= 2
                        and not self.possessive.fullmatch(opening[0])
                    ):
                        pronoun = self._pronoun_persons(sentence.start, joined.start())
                        if pronoun:
                            event.persons = _unique([*event.persons, *pronoun])
                            event.had_persons = True
                            grouped.add(index)
                    continue
                # "X, Y and Z were among five men detained": the list that ends in it
                subjects = [last]
                for earlier in reversed(named[:-1]):
                    if not _NAME_LIST_GAP.fullmatch(self.text, earlier[1], subjects[0][0]):
                        break
                    subjects.insert(0, earlier)
                event.persons = _unique([*event.persons, *(m[2] for m in subjects)])
                event.had_persons = True
                grouped.add(index)
        # "… pardoned on 11 September and deported to Lithuania the same day": a verb
        # joined by "and" shares the persons the group's event now has
        for index in sorted(grouped):
            if index + 1 >= len(events):
                continue
            first, second = events[index], events[index + 1]
            gap = (first.trigger[1], second.trigger[0])
            if (
                not second.persons
                and second.sentence == first.sentence
                and first.count
                and first.count == second.count
                # right after "and" ("and deported"; not "and most were deported")
                and _JOINED_RIGHT_AFTER.fullmatch(self.text, *gap)
                and not self._someone_told(*gap)
            ):
                second.persons, second.had_persons = list(first.persons), True

    def _colon_lists(self, events: list[RawEvent]) -> None:
        """ "Three people were released today: X, Y and a US citizen": the names listed
        after the colon are the persons of an event that named none."""
        for event in events:
            if event.persons or event.title:
                continue
            sentence = self.sentences[event.sentence]
            colon = self.text.find(":", event.trigger[1], sentence.end)
            if colon < 0 and event.count:
                # "признали ... ещё четырёх человек." then "В списке:" and the four items
                intro = self.paragraph_spans.get(sentence.paragraph + 1)
                if (
                    intro is not None
                    and self.text[intro[0] : intro[1]].rstrip().endswith(":")
                    and len(re.findall(r"\w+", self.text[intro[0] : intro[1]])) <= 6
                ):
                    listed = self._items_after(sentence.paragraph + 1)
                    if len(listed) == event.count:
                        event.persons, event.had_persons = listed, True
                continue
            if colon < 0 or self._triggers(event.trigger[1], colon) or self._in_quote(colon):
                continue
            named = self._named(colon + 1, sentence.end, after_trigger=True)
            if named and not self._triggers(colon + 1, sentence.end):
                event.persons = _unique(p for _s, _e, p in named)
                event.had_persons = True
            elif not self.text[colon + 1 : sentence.end].strip():
                # "recognised six more people as political prisoners:" and numbered or
                # dashed items below, each opening with a name
                event.persons = self._items_after(sentence.paragraph)
                event.had_persons = bool(event.persons)

    def _items_after(self, paragraph: int) -> list[int]:
        """The first name of each list item (a numbered, dashed or bulleted paragraph)
        that follows ``paragraph``, when there are two or more."""
        persons = []
        for index in itertools.count(paragraph + 1):
            span = self.paragraph_spans.get(index)
            if span is None or not _LIST_ITEM.match(self.text, span[0], span[1]):
                break
            named = self.mentions.between(span[0], min(span[1], span[0] + 40))
            if named:
                persons.append(named[0][2])
        # (one dashed line after a colon may be dialogue, not a list)
        return _unique(persons) if len(persons) >= 2 else []

    def _dash_lists(self, events: list[RawEvent]) -> None:
        """ "приговорили X и Y к 15 годам, A и B — к 14, C — к 12", "сократил сроки:
        A — до четырёх лет, B — до трёх": the names before a dash that stands for the
        verb left out share the verb's event."""
        if self.lexicon.code == "en":
            return
        for event in list(events):
            if not event.persons:
                continue
            sentence = self.sentences[event.sentence]
            for dash in _DASH_GAP.finditer(self.text, event.trigger[1], sentence.end):
                if self._triggers(event.trigger[1], dash.start()):
                    break  # the names belong to the later verb
                # "X — 7 мая ...": a dated item is the same act on its own day
                dated = next(iter(self.dates.between(dash.end(), dash.end() + 1)), None)
                # the names right before the dash, joined by commas or "and"
                named: list[int] = []
                position = dash.start()
                for m_start, m_end, person in reversed(
                    self.mentions.between(event.trigger[1], dash.start())
                ):
                    joiner = _NAME_LIST_GAP if named else _NOTHING_BUT_SPACE
                    if not joiner.fullmatch(self.text, m_end, position):
                        break
                    named.append(person)
                    position = m_start
                before = self.text[event.trigger[1] : position]
                # "..., его заместителя Валентина Стефановича — к 9 годам": a role may
                # stand between the comma and the name
                opened = _LIST_ITEM_OPENING.search(before)
                # "..., рассказала его жена X — по её словам": the source, not a list item
                told = opened is not None and self.speech.search(opened.group())
                if named and opened and not told and not self._in_quote(position):
                    if dated is None:
                        event.persons = _unique([*event.persons, *reversed(named)])
                    elif dated.value:
                        item = RawEvent(**vars(event))
                        item.persons, item.date = list(reversed(named)), dated.value
                        events.append(item)
                        event.persons = [p for p in event.persons if p not in named]

    def _gapped_terms(self, events: list[RawEvent]) -> None:
        """ "sentenced X to ten years in a colony, Y to nine and Z to seven": the names
        given a term of their own after the verb's first object share its event."""
        for event in events:
            if event.type != "sentence" or not event.persons:
                continue
            sentence = self.sentences[event.sentence]
            for m_start, m_end, person in self.mentions.between(event.trigger[1], sentence.end):
                if person in event.persons or self._in_quote(m_start):
                    continue
                window = self.text[max(event.trigger[1], m_start - 50) : m_start]
                if self.lexicon.code != "en":
                    # "..., Ігару Лосіку — па 15, былому кандыдату Мікалаю Статкевічу — 14"
                    cases = morph.name_cases(self.text[m_start:m_end].split(), self.lexicon.code)
                    if (
                        _SLAVIC_GAP_BEFORE.search(window)
                        and self.term_after_dash.match(self.text, m_end)
                        # in the case of the verdict's first name: "Ігару Лосіку — па 15"
                        # after "далі X", "Эдуард Лобов — четыре" after "X получил" (not
                        # "его сосед Сергей Иванов — 60 лет" after "приговорили X")
                        and (not cases or cases & self._verdict_cases(event))
                    ):
                        event.persons = _unique([*event.persons, person])
                    continue
                if (
                    _EN_GAP_BEFORE.search(window)
                    and not re.search(_EN_JUDGE_BEFORE, window, re.IGNORECASE)
                    and self.term_after_name.match(self.text, m_end)
                ):
                    event.persons = _unique([*event.persons, person])

    def _verdict_cases(self, event: RawEvent) -> frozenset[str]:
        """The cases the event's first named person stands in (dative after "далі",
        nominative before "получил"), or the dative when none is known."""
        first = next(
            (
                m
                for m in self.mentions.between(*self._sentence_span(event.sentence))
                if m[2] in event.persons
            ),
            None,
        )
        if first is None:
            return frozenset({"datv"})
        cases = morph.name_cases(self.text[first[0] : first[1]].split(), self.lexicon.code)
        return (cases & frozenset({"datv", "nomn"})) or frozenset({"datv"})

    def _gapped(self, events: list[RawEvent]) -> list[RawEvent]:
        """ "X was detained on 17 September, and Y, a volunteer, two weeks later": the verb
        left out after "and" repeats the event for Y on Y's own date; "..., а 27 декабря
        опять в «американку»": for the same persons on a new date."""
        out: list[RawEvent] = []
        for event in events:
            out.append(event)
            sentence = self.sentences[event.sentence]
            repeat = _GAP_REPEAT.match(self.text, self._clause_end(event))
            if repeat and event.persons and event.date:
                date = next(iter(self.dates.between(repeat.start("date"), repeat.end())), None)
                if date is not None and date.value and date.value != event.date:
                    again = RawEvent(**vars(event))
                    again.date = date.value
                    out.append(again)
            if self.lexicon.code != "en" and event.persons:
                out.extend(self._dated_dash_gaps(event, sentence))
            for gap in _GAP.finditer(self.text, event.trigger[1], sentence.end):
                named = [
                    m
                    for m in self.mentions.between(gap.end(), gap.end() + 2)
                    if not self._in_quote(m[0])
                ]
                if not named or not event.persons:
                    continue
                _start, end, person = named[0]
                tail = _GAP_TAIL.match(self.text, end)
                at = tail.end() if tail else end
                date = next((d for d in self.dates.between(at, at + 2)), None)
                if date is None:
                    continue
                if self._triggers(gap.end(), date.end):
                    continue
                value = date.value
                if date.kind == "later":
                    value = None
                    if event.date and date.delta:
                        value = add_delta(event.date, *date.delta)
                event.persons = [p for p in event.persons if p != person]
                gapped = RawEvent(**vars(event))
                gapped.persons, gapped.date, gapped.had_persons = [person], value, True
                out.append(gapped)
        return out

    def _twice_dated(self, events: list[RawEvent]) -> list[RawEvent]:
        """ "У снежні і зноў у лютым яму прапаноўвалі напісаць прашэнне", "in December and
        again in February": an act told with two times joined before its verb happened at
        each."""
        out = []
        for event in events:
            out.append(event)
            if not event.date or event.title:
                continue
            start, _end = self._clause_span(event)
            told = [d for d in self.dates.between(start, event.trigger[0]) if d.value]
            if len(told) != 2 or told[1].value != event.date or told[0].value == event.date:
                continue
            sentence_start = self.sentences[event.sentence].start
            joined = _TWICE.fullmatch(self.text, told[0].end, told[1].start) and (
                self.again.search(self.text, told[0].end, told[1].start)
                or self.twice.search(self.text, sentence_start, told[1].start)
            )
            # (not "detained on April 15, 2023, and in August recognised": two acts)
            if joined and not self._trigger_between(sentence_start, event.trigger[0]):
                again = RawEvent(**vars(event))
                again.persons, again.date = list(event.persons), told[0].value
                out.append(again)
        return out

    def _dated_in_brackets(self, events: list[RawEvent]) -> list[RawEvent]:
        """ "умерли Вадим Храсько (январь 2024-го), Игорь Ледник (февраль 2024-го) и ...":
        each person listed with a date in brackets has the event on that date."""
        out: list[RawEvent] = []
        for event in events:
            sentence = self.sentences[event.sentence]
            dated: list[tuple[int, str]] = []
            for m_start, m_end, person in self.mentions.between(sentence.start, sentence.end):
                # the event's persons, and after the verb the list it opens goes on
                if person not in event.persons and not (
                    dated
                    and m_start > event.trigger[1]
                    and not self._trigger_between(event.trigger[1], m_start)
                ):
                    continue
                bracket = _OPEN_BRACKET.match(self.text, m_end)
                if bracket is None:
                    continue
                date = next(iter(self.dates.between(bracket.end(), bracket.end() + 1)), None)
                if (
                    date is not None
                    and date.value
                    and _CLOSE_BRACKET.match(self.text, date.end)
                    and person not in (p for p, _v in dated)
                ):
                    dated.append((person, date.value))
            if len(dated) < 2:
                out.append(event)
                continue
            rest = [p for p in event.persons if p not in {p for p, _v in dated}]
            if rest:
                event.persons = rest
                out.append(event)
            for person, value in dated:
                own = RawEvent(**vars(event))
                own.persons, own.date, own.had_persons = [person], value, True
                out.append(own)
        return out

    def _dated_dash_gaps(self, event: RawEvent, sentence: Sentence) -> list[RawEvent]:
        """ "7 мая памёр X, 11 ліпеня ў гродзенскай турме — мастак Y": a later conjunct
        opening with its own date, with a dash for the verb left out, repeats the event
        for the person after the dash on that date."""
        out: list[RawEvent] = []
        for date in self.dates.between(event.trigger[1], sentence.end):
            if not date.value or not _DATED_GAP_OPENING.search(
                self.text, max(event.trigger[1], date.start - 9), date.start
            ):
                continue
            if self._triggers(event.trigger[1], date.start):
                break  # the conjunct repeats the verb told last, not this one
            dash = _DATED_GAP_DASH.match(self.text, date.end)
            if dash is None or self._triggers(date.start, dash.end()):
                continue
            named = self.mentions.between(dash.end(), dash.end() + 40)
            # only a role or an age may stand before the name: "— мастак Y", "— 22-гадовы Y"
            words = self.text[dash.end() : named[0][0]].split() if named else []
            if not named or not all(
                self.role_noun.fullmatch(w) or _AGE_WORD.fullmatch(w) for w in words
            ):
                continue
            person = named[0][2]
            event.persons = [p for p in event.persons if p != person]
            if event.date == date.value:
                # the conjunct's date is its own: the event's is the one told before it
                own = [d for d in self.dates.between(sentence.start, event.trigger[0]) if d.value]
                event.date = own[-1].value if own else None
            gapped = RawEvent(**vars(event))
            gapped.persons, gapped.date, gapped.had_persons = [person], date.value, True
            out.append(gapped)
        return out

    def _clause_end(self, event: RawEvent) -> int:
        """Where the clause of an event's trigger ends (before a break such as ", а")."""
        return self._clause_span(event)[1]

    def _clause_span(self, event: RawEvent) -> tuple[int, int]:
        """The clause of an event's trigger (a sentence cut at breaks such as ", а")."""
        sentence = self.sentences[event.sentence]
        for start, end in clauses(self.text, sentence.start, sentence.end, self.breaks):
            if end > event.trigger[0]:
                return start, end
        return sentence.start, sentence.end

    def _date_labels(self) -> dict[int, str]:
        """Paragraphs opening with a date alone as their label ("Панядзелак.", "Monday:",
        "14 мая.", "5 сентября."), outside the headline: paragraph -> that date."""
        labels: dict[int, str] = {}
        for paragraph, (start, end) in self.paragraph_spans.items():
            label = _SECTION_LABEL.match(self.text, start, end)
            if label is None or (self.title_span and start < self.title_span[1]):
                continue
            told = self.dates.between(start, label.end())
            if (
                len(told) == 1
                and told[0].value
                and not re.search(r"\w", self.text[start : told[0].start])
                and not re.search(r"\w", self.text[told[0].end : label.end()])
            ):
                labels[paragraph] = told[0].value
        return labels

    def _entry_spans(self) -> list[tuple[int, int]]:
        """The entries of a live blog or a chronicle: paragraphs opening with a time
        ("15:10 ...") or with a date alone as their label ("5 сентября. ..."), when there
        are at least two of them."""
        return [
            self.paragraph_spans[paragraph]
            for paragraphs in (self.stamped, list(self.date_labels))
            if len(paragraphs) >= 2
            for paragraph in paragraphs
        ]

    def _triggers(self, start: int, end: int) -> list[tuple[Trigger, re.Match[str]]]:
        """The event triggers in ``text[start:end]``, one per event, in text order."""
        return self._clause_triggers(start, end)[0]

    def _clause_triggers(
        self, start: int, end: int, in_quotes: bool = False
    ) -> tuple[list[tuple[Trigger, re.Match[str]]], list[tuple[re.Match[str], re.Match[str]]]]:
        """The triggers kept, and the (twin, kept trigger) pairs of a second word for the
        same event ("was detained and arrested"); ``in_quotes``: those in quoted words
        too (an interview's question)."""
        if not self.lexicon.any_trigger.search(self.text, start, end):
            return [], []  # most clauses tell no event: one search instead of one per trigger
        found = []
        clause = self.text[start:end]
        # "His trial, | which opened": what the trigger needs stands just before its clause
        widened = self.text[max(0, start - 40) : end]
        in_title = self.title_span is not None and self.title_span[0] <= start < self.title_span[1]

        def quoted(position: int) -> bool:
            return not in_quotes and self._in_quote(position)

        for trigger, regex, needs in self.lexicon.trigger_regexes:
            if needs is not None and not needs.search(widened if trigger.needs_nearby else clause):
                continue
            if trigger.title_only and not in_title:
                continue
            if trigger.entry_only and not self.entries.contains(start):
                continue
            if trigger.after_name:
                found.extend(
                    (trigger, match)
                    for match in regex.finditer(self.text, start, end)
                    if not quoted(match.start())
                    and not self._attributive(match)
                    and self._agrees_with_name_before(match)
                )
                continue
            for match in regex.finditer(self.text, start, end):
                if quoted(match.start()) or self._attributive(match):
                    continue
                if (
                    trigger.type == "detention"
                    and _SINCE_END.search(match.group(0))
                    and _DIED.search(self.text, max(0, match.start() - 30), match.start())
                ):
                    continue  # "пятым политзаключённым, умершим за решёткой с 2021 года"
                found.append((trigger, match))
        found = [tm for tm in found if not self._describes_object(tm, found, start)]
        found.sort(key=lambda tm: -(tm[1].end() - tm[1].start()))
        kept: list[tuple[Trigger, re.Match[str]]] = []
        twins: list[tuple[re.Match[str], re.Match[str]]] = []
        for trigger, match in found:
            if any(m.start() < match.end() and match.start() < m.end() for _t, m in kept):
                continue
            same = next(
                (
                    m
                    for t, m in kept
                    if t.type == trigger.type
                    and not self._date_between(m, match)
                    and not self._name_between(m, match)
                    # ("X, які ў сераду выйшаў з калоніі, цалкам адбыўшы тэрмін": the
                    # relative clause keeps its own act and date)
                    and self._in_relative(m) == self._in_relative(match)
                ),
                None,
            )
            if same is not None and self._denied(start, match) == self._denied(start, same):
                # ("тэрмін скончыўся, ён не выйшаў на волю": one denied, no twin)
                twins.append((match, same))  # "was detained and arrested": one event
                continue
            kept.append((trigger, match))
        kept.sort(key=lambda tm: tm[1].start())
        return kept, twins

    def _in_relative(self, match: re.Match[str]) -> tuple[int, int] | None:
        """The relative clause (", які ..., ") the trigger stands in, if any."""
        start = max(0, match.start() - 200)
        return next(
            (
                r.span()
                for r in _RELATIVE.finditer(self.text, start, match.end() + 200)
                if r.start() <= match.start() < r.end()
            ),
            None,
        )

    def _denied(self, clause_start: int, match: re.Match[str]) -> bool:
        """The trigger's act is negated, before it in its clause or inside its words."""
        return self._negated(clause_start, match.start()) or self._negated_inside(match)

    def _agrees_with_name_before(self, match: re.Match[str]) -> bool:
        """A participle set off right after the people it tells of, agreeing with them:
        "X и Y, задержанные", "Тихановскому, задержанному", "30 человек, задержанные"
        (not "квартиру X, арестованную": the flat)."""
        # English: "X and Y of the Young Front, arrested on ...": a short tail may follow
        tail = (
            r"[^,.;:!?]{0,40},\s*"
            if self.lexicon.code == "en"
            else r"\s*(?:\([^()]{1,40}\)\s*)?,\s*"
        )
        named = [
            m
            for m in self.mentions.between(max(0, match.start() - 120), match.start())
            if re.fullmatch(tail, self.text[m[1] : match.start()])
        ]
        if not named:
            # "Все 30 человек, задержанные в воскресенье": a noun for people before it
            return bool(
                self.people_comma_before.search(
                    self.text, max(0, match.start() - 40), match.start()
                )
            )
        word = match.group(0).lower()
        if self.lexicon.code == "en" or word.endswith("ым"):  # "-ым": one man or several
            return True
        if re.search(r"(?:ые|ых|ыми)$", word):  # two names or more: "X и Y, задержанные"
            before = self.mentions.between(max(0, named[0][0] - 120), named[0][0])
            return any(_JOINED_NAMES.fullmatch(self.text, m[1], named[0][0]) for m in before)
        # a full name's gender is known; a bare surname ("журналистку Лосик") may be either
        full = len(self.text[named[0][0] : named[0][1]].split()) > 1
        gender = self.resolver.persons[named[0][2]].gender if full else None
        feminine = bool(re.search(r"(?:ая|ую|ой)$", word))
        return gender is None or (gender == "f") == feminine

    def _describes_object(
        self,
        candidate: tuple[Trigger, re.Match[str]],
        found: list[tuple[Trigger, re.Match[str]]],
        start: int,
    ) -> bool:
        """ "signed a decree pardoning 23 people convicted of ...": an English participle
        after the people an earlier verb acts on describes them; it tells no event."""
        trigger, match = candidate
        if self.lexicon.code != "en" or not re.fullmatch(r"[A-Za-z]+ed", match.group(0)):
            return False
        if not self.people_before.search(self.text, max(start, match.start() - 40), match.start()):
            return False
        return any(
            t.type != trigger.type
            and m.end() <= match.start()
            # "recognised six people, among them three foreigners convicted of ..."
            and (
                "," not in self.text[m.end() : match.start()]
                or self.among.search(self.text, m.end(), match.start()) is not None
            )
            for t, m in found
        )

    def _name_between(self, first: re.Match[str], second: re.Match[str]) -> bool:
        """ "were each given 20 years, and Y got 18": another subject, another event."""
        (_a, end), (start, _b) = sorted([first.span(), second.span()])
        return any(not self._in_quote(m[0]) for m in self.mentions.between(end, start))

    def _date_between(self, first: re.Match[str], second: re.Match[str]) -> bool:
        """ "11 ноября его перевели ..., 22 декабря снова этапировали": two moves, each
        with its own date, are two events."""
        a, b = sorted((first, second), key=lambda m: m.start())
        return any(d.value for d in self.dates.between(a.end(), b.start()))

    def _attributive(self, match: re.Match[str]) -> bool:
        """A verb form used as an adjective or a noun, telling no event: "the freed
        prisoners", "exiled opposition leader X", "the releases", "32 people convicted
        of 'extremism'" (a participle after its noun, when another verb is the clause's)."""
        word = match.group(0)
        if self.lexicon.code != "en" or " " in word.strip():
            return False
        before = self.text[max(0, match.start() - 12) : match.start()]
        if re.fullmatch(r"[A-Za-z]+ed", word):
            if _ATTRIBUTIVE.search(before):
                return True
            # "jailed blogger X"; opening a sentence or after a determiner a longer phrase,
            # "Exiled opposition leader X", "the jailed would-be presidential candidates"
            # (but "pardoned six political prisoners" is a verb and its object)
            opening = word[0].isupper() or re.search(r"(?<!\w)(?:the|its|their)\s+$", before)
            # "court jails exiled opposition leader X": the object of the verb before
            verb = re.search(r"[A-Za-z]+\s+$", before)
            if verb:
                told = self.lexicon.any_trigger.match(self.text, match.start() - len(verb.group()))
                opening = opening or bool(told and told.end() <= match.start())
            if not opening:
                return False  # "a court sentenced businessman X": a verb with its object
            if self.role_after_participle.match(self.text, match.end(), match.end() + 40):
                return True
        # "new arrests outpace the releases": a noun
        return word.lower() in ("releases", "pardons", "frees") and bool(
            re.search(
                r"(?<!\w)(?:the|these|those|further|new|more|such|recent|mass)\s+$",
                before,
                re.IGNORECASE,
            )
        )

    def _negated_inside(self, match: re.Match[str]) -> bool:
        """A negation inside the trigger's words; what follows them is seen, so that "не
        стала Вадзіма Храско" (a death) is told from "не стала пісаць"."""
        end = min(len(self.text), match.end() + 40)
        inner = _INNER_NEGATION.search(self.text, match.start(), end)
        if inner is not None and inner.start() < match.end():
            return True
        # "Ярослав Романчук задержан не был": the negated auxiliary after the participle
        if self.negated_after.match(self.text, match.end()):
            return True
        # "яго, магчыма, вызвалілі б раней": a condition, not an event
        return bool(self.conditional_after.match(self.text, match.end()))

    def _negated(self, clause_start: int, trigger_start: int) -> bool:
        if self.doubt.search(self.text, clause_start, trigger_start):
            return True  # "not clear whether any of them, such as X, were among those freed"
        # "X, who is not a citizen, was released": a negation before a comma is another's
        comma = self.text.rfind(",", clause_start, trigger_start)
        clause_start = comma + 1 if comma >= 0 else clause_start
        before = self.text[clause_start:trigger_start]
        for date in self.dates.between(clause_start, trigger_start):  # "On May 3" is no modal
            if date.end <= trigger_start:
                a, b = date.start - clause_start, date.end - clause_start
                before = before[:a] + " " * (b - a) + before[b:]
        words = re.findall(r"[\w'’]+", before)
        window = " ".join(words[-4:])
        if self.negation.search(window):
            return True
        return bool(self.hypothetical.search(" ".join(words[-7:])))

    def _event(
        self,
        trigger: Trigger,
        match: re.Match[str],
        index: int,
        sentence: Sentence,
        c_start: int,
        c_end: int,
        previous: list[RawEvent],
    ) -> RawEvent:
        persons = self._persons(trigger, match, c_start, c_end, sentence)
        if not persons and trigger.type == "pressure":
            # "на Арцёма Пракапенку ціснулі", "требует от Ивана Крука": whom it is put on
            persons = [
                p
                for m_start, _e, p in self.mentions.between(c_start, c_end)
                if self.pressed_on.search(self.text, max(0, m_start - 5), m_start)
            ][:1]
        counted = self._counted(c_start, c_end)
        if (
            not persons
            and self.lexicon.code != "en"
            and not counted  # "..., когда были задержаны более 700 человек": those 700
            and not self.mentions.between(c_start, c_end)
        ):
            # "Х затрымалі ў 2021 годзе, а ў сакавіку асудзілі": the object is shared
            here = [e for e in _same_sentence(previous, index) if e.persons]
            if here:
                persons = list(here[-1].persons)
        if not persons:
            # "was later released and deported to Russia": verbs joined by "and" share
            # their persons; so does a clause with no subject of its own ("was detained
            # and questioned, but released the same night")
            here = [e for e in _same_sentence(previous, index) if e.persons]
            gap = (here[-1].trigger[1], match.start()) if here else (0, 0)
            if here and (
                _JOINED_BY_AND.fullmatch(self.text, *gap)
                # "was charged with malicious hooliganism and in March 2011 sentenced to
                # three years": the object and a time between, no one else named
                or (
                    _JOINED_FAR.fullmatch(self.text, *gap)
                    and not counted
                    # ("... and his brother was also detained": someone else's act)
                    and not self.another_subject.search(self.text, *gap)
                    and not self._someone_told(*gap)
                )
                or (
                    self.no_subject_opening.fullmatch(self.text, c_start, match.start())
                    and not counted
                )
            ):
                persons = list(here[-1].persons)
        if (
            not persons
            and not counted
            and match.start() == sentence.start
            and self.subjectless_participle.match(self.text, match.start())
        ):
            # "Sentenced in 2022 to six years, he was moved", a timeline's entry "November
            # 12. Detained at his flat.": a participle with no subject tells of the person
            # the text is about there
            person = self.resolver.resolve(match.start(), None)
            persons = [] if person is None else [person]
        of_the_verdict = not persons and trigger.type == "trial" and not counted
        if not persons and trigger.type in ("trial", "charge") and not counted:
            # "The trial, which opened on July 4, ...", "Процесс начался 28 декабря", "Новое
            # дело завели 18 марта": the trial or case of the person just told about
            recent = [e for e in previous if e.persons and index - e.sentence <= 2]
            # "Дедку предъявили новое обвинение, Васьковича вернули в колонию. Само
            # уголовное дело возбудили 13 ноября": the case of the charge just told
            if not any(e.sentence == index for e in recent):
                recent = [e for e in recent if e.type == trigger.type] or recent
            if recent:
                persons = list(recent[-1].persons)
            else:
                person = self.resolver.resolve(match.start(), None, whole=True)
                persons = [] if person is None else [person]
        date = self._date(match, c_start, c_end, sentence, previous, trigger.type)
        # (the act's own clause: "закрыли в ШИЗО, и каждый день приходил оперативник")
        repeat_end = min(c_end, match.end() + 40)
        next_clause = _COORDINATION.search(self.text, match.end(), repeat_end)
        if (
            trigger.type in ("pressure", "punishment")
            and self.repeatedly.search(
                self.text,
                max(c_start, match.start() - 40),
                next_clause.start() if next_clause else repeat_end,
            )
            # ("On 5 March he was placed in a cell and let out for an hour every day": a
            # day told is the act's)
            and len(date or "") < 10
        ):
            date = None  # "прашэнне яму падсоўвалі кожныя паўгода": a repeated act
        place_match = self.facility.search(self.text, c_start, c_end)
        place = (
            place_match.group(0)
            if place_match and (re.search(r"\d|\s(?:in|at|у|ў|в|во)\s", place_match.group(0)))
            else None
        )
        count = next((c.value for c in self.counts.between(c_start, c_end)), None)
        subtype = None
        if trigger.type == "release":
            subtype = trigger.subtype or self._subtype(match, sentence)
        return RawEvent(
            trigger.type,
            subtype,
            date,
            persons,
            place,
            count,
            (sentence.start, sentence.end),
            index,
            sentence.paragraph,
            sentence.is_title,
            match.span(),
            had_persons=bool(persons),
            of_the_verdict=of_the_verdict,
        )

    def _counted(self, start: int, end: int) -> bool:
        """Whether the span states a number of people, not an anaphor ("the two were")."""
        anaphors = [m.span() for m in self.pronouns.finditer(self.text, start, end)]
        return any(
            not any(a <= count.start < b for a, b in anaphors)
            # ("she was pardoned together with 17 other women": she is told, they beside)
            and not self._with_others(count.start, count.end, start)
            for count in self.counts.between(start, end)
        )

    def _with_others(self, count_start: int, count_end: int, start: int) -> bool:
        """The count tells others beside the one named ("together with 17 other women",
        "вместе с ещё пятью политзаключёнными"), not the event's people."""
        before = self.with_others.search(self.text, max(start, count_start - 25), count_start)
        return before is not None and bool(
            before.group("more") or _OTHERS_AFTER.match(self.text, count_start)
        )

    def _subtype(self, match: re.Match[str], sentence: Sentence) -> str:
        for name, cue in self.subtype_cues.items():
            if cue.search(match.group(0)):
                return name
        for start, end in self._subtype_scopes(sentence):
            for name, cue in self.subtype_cues.items():
                if cue.search(self.text, start, end):
                    return name
        return "other"

    def _subtype_scopes(self, sentence: Sentence) -> list[tuple[int, int]]:
        scopes = [(sentence.start, sentence.end), self.paragraph_spans[sentence.paragraph]]
        if self.title_span:
            scopes.append(self.title_span)
        return scopes

    # -- persons ------------------------------------------------------------------------
    def _name_ends_at(self, position: int) -> bool:
        """A named mention ends with the ", " right before ``position``."""
        return any(
            not self.text[end:position].strip(", ")
            for _s, end, _p in self.mentions.between(max(0, position - 80), position)
        )

    def _named(
        self, start: int, end: int, after_trigger: bool = False, homes: bool = False
    ) -> list[tuple[int, int, int]]:
        """Named mentions in the span that can be an event's subject ("the flat of X" after
        "searched" can; "the wife of X" before "was detained" cannot)."""
        out = []
        for m_start, m_end, person in self.mentions.between(start, end):
            if self._in_quote(m_start):
                continue
            # after a trigger that ends in its preposition ("gave the same term to"), the
            # name right after it is its object
            own = (
                after_trigger
                and not self.text[start:m_start].strip()
                and _EN_TRIGGER_PREPOSITION.search(self.text, max(0, start - 9), start)
            )
            window = start if own else max(0, m_start - 30)
            # a period inside a word ("TUT.BY journalist X") ends no sentence
            before = re.split(r"[\n!?;:]|\.(?!\w)", self.text[window:m_start])[-1]
            after = self.text[m_end : m_end + 2]
            if self.lexicon.code == "en":
                possessive = after[:2] in ("'s", "’s") or self.text[m_start:m_end].endswith(
                    ("'s", "’s")
                )
                # "searched X's flat": whose home is searched is the search's person
                if possessive and not (homes and _EN_HOME_AFTER.match(self.text, m_end)):
                    continue
                if (
                    _EN_NOT_SUBJECT_BEFORE.search(before)
                    and not (
                        # "signed by Kiryl Avyaryanau, Palchys was arrested": the one named
                        # after the agent's name is not the agent in apposition
                        _EN_AFTER_NAMED_AGENT.search(before) and self._name_ends_at(m_start)
                    )
                    and not (
                        after_trigger
                        and _EN_OF_BEFORE.search(before)
                        # "freed by a decree of X": whose decree, the agent
                        and not _EN_BY_OF_BEFORE.search(before)
                        # "at the request of prosecutor X": the prosecutor is nobody's event
                        and not re.search(_EN_JUDGE_BEFORE, before, re.IGNORECASE)
                    )
                ):
                    continue
            elif _SLAVIC_NOT_SUBJECT_BEFORE.search(before) or _kin_of_someone(before):
                continue
            elif self._agent_in_instrumental(m_start, m_end, before):
                continue  # "палітвязні, памілаваныя Аляксандрам Лукашэнкам": who pardoned
            elif (
                self.relational_aside.search(self.text, max(0, m_start - 60), m_start)
                and (closes := _ASIDE_CLOSES.match(self.text, m_end))
                # ", журналиста Олега Сидорова": another role and name, a list goes on
                and not _LIST_GOES_ON.match(self.text, closes.end())
            ):
                continue  # "Спарыша, соратника Николая Статкевича, задержали": Sparysh
            elif any(
                s2 > m_end and not self.text[m_end:s2].strip()
                for s2, _e2, _p2 in self.mentions.between(m_end, m_end + 3)
            ):
                continue  # "адваката Віктара Бабарыкі Дзмітрыя Лаеўскага": Babaryka's lawyer
            elif self._possessor(m_start, m_end) and not (
                homes and self.home_before.search(self.text, max(0, m_start - 20), m_start)
            ):
                # "былога рэпарцёра пула Лукашэнкі": the reporter, not Lukashenka (but
                # "ператрус у кватэры Вольгі Рудзянковай" befalls her)
                continue
            if self._in_prepositional_insert(m_start, m_end, start, end):
                continue  # "21 июня, в день визита спецпосланника Кита Келлога, вышли ..."
            out.append((m_start, m_end, person))
        return out

    def _agent_in_instrumental(self, m_start: int, m_end: int, before: str) -> bool:
        """A ru/be name that can only be instrumental, right after a passive participle
        ("памілаваныя Аляксандрам Лукашэнкам", "помилован Александром Лукашенко"; not
        "суд над лекарам Арцёмам Сарокіным"): the agent of the passive."""
        cases = morph.name_cases(self.text[m_start:m_end].split(), self.lexicon.code)
        if "ablt" not in cases or not cases <= {"ablt", "loct"}:
            return False
        word = re.search(r"(\w{5,})\s+$", before)
        return word is not None and bool(_PASSIVE_PARTICIPLE.search(word.group(1).lower()))

    def _possessor(self, m_start: int, m_end: int) -> bool:
        """A ru/be name in an oblique case right after a common noun ("пула Лукашэнкі",
        "Муж Тихановской"): it tells whose the noun is, so it is no event's person."""
        if morph.kin_possessor(self.text, m_start, m_end, self.lexicon.code):
            return True
        word = re.search(r"(\w+)\s+$", self.text[max(0, m_start - 30) : m_start])
        if word is None or not word.group(1).islower():
            return False
        at = bisect.bisect_right(self.trigger_spans, (m_start - 2, len(self.text))) - 1
        if at >= 0 and self.trigger_spans[at][0] <= m_start - 2 < self.trigger_spans[at][1]:
            return False  # "пазбавілі Лосіка": the verb's own object
        if _NOT_A_NOUN.fullmatch(word.group(1)) or self.role_noun.fullmatch(word.group(1)):
            return False
        cases = morph.name_cases(self.text[m_start:m_end].split(), self.lexicon.code)
        return bool(cases) and cases <= {"gent", "ablt", "loct"}

    def _in_prepositional_insert(self, m_start: int, m_end: int, start: int, end: int) -> bool:
        """A name inside ", <preposition> ... ," within the span: an aside, not a subject."""
        left = self.text.rfind(",", start, m_start)
        right = self.text.find(",", m_end, end)
        if left < 0 or right < 0:
            return False
        return bool(_PREPOSITION_START.match(self.text, left + 1, m_start))

    def _pronoun_persons(
        self,
        start: int,
        end: int,
        nearest_to: int | None = None,
        exclude: frozenset[int] = frozenset(),
        skip: list[tuple[int, int]] | None = None,
    ) -> list[int]:
        matches = [
            m
            # past the span's end, so a look-ahead sees what follows ("The two were")
            for m in self.pronouns.finditer(self.text, start, min(len(self.text), end + 20))
            if m.start() < end
            and not self._in_quote(m.start())
            # "X, who had been convicted as his accomplice, was released": not "his"
            and not any(a <= m.start() < b for a, b in skip or ())
            # "some of them were let go": a part, unnamed, not the group named before
            and not self.partitive.search(self.text, max(0, m.start() - 25), m.start())
            and not self._source_pronoun(m)
            # "his son had been kept in a punishment cell": the son, not "his" owner
            and not self.kin_after.match(self.text, m.end())
        ]
        if nearest_to is not None:
            matches.sort(key=lambda m: abs(m.start() - nearest_to))
        for match in matches:
            # "Прокурор X заявил ... приговор ему вынесли": not X (and no guess instead)
            persons = [
                p
                for p in self.resolver.resolve_word(match.group(0), match.start(), exclude)
                if p not in self._judges()
            ]
            if persons:
                return persons
        return []

    def _judges(self) -> frozenset[int]:
        """Persons the text calls judge or prosecutor: never a persecution's persons."""
        if self.judges is None:
            self.judges = frozenset(
                index
                for index in range(len(self.resolver.persons))
                if self.resolver.is_judge(index)
            )
        return self.judges

    def _source(self, start: int, end: int, since: int = 0) -> bool:
        """ ", said X", ", паведаміла яго жонка X", ", his wife X said" after the event
        (told after ``since``, the trigger's end): X is the source of the news."""
        # (not across a sentence's end: "..., his lawyer said. Police detained X"; nor in
        # the trigger's own words: "суд продолжил рассматривать дело X")
        sentence = self.sentences[self.resolver.sentence_index(start)]
        window = max(0, start - 60, sentence.start, since)
        if self.speech.search(re.split(r"[,—–(]", self.text[window:start])[-1]):
            return True
        # ("..., his wife, Natallia Bazyleva, said": a name set off by commas, then the verb;
        # not "detained Ihar Lysiuk, said his wife")
        set_off = re.search(r",\s*$", self.text[max(0, start - 2) : start]) is not None
        after = re.match(r",?\s" if set_off else r"\s", self.text[end : end + 2])
        return after is not None and bool(self.speech.match(self.text, end + after.end()))

    def _source_pronoun(self, match: re.Match[str]) -> bool:
        """ "По её словам", "according to him": the source of a report, not a participant."""
        start = max(0, match.start() - 20)
        # the phrase holds the pronoun or comes before it ("он, по данным «Весны», семь раз
        # попадал в ШИЗО": he is the one punished)
        return any(
            start + a.start() <= match.start() < start + a.end() + 4
            for a in self.according.finditer(self.text[start : match.end() + 12])
        )

    def _role_anaphor(self, start: int, end: int, position: int) -> list[int]:
        """ "the journalists", "журналісткі": a role noun standing for persons named before
        (in Russian and Belarusian a nominative after the verb is someone new: "умер
        политзаключённый"; an object there is not: "асудзіў мастака")."""
        for match in self.role_noun.finditer(self.text, start, end):
            if (
                self.lexicon.code != "en"
                and match.start() > position
                and not _OBLIQUE_ENDING.search(match.group(0))
            ):
                continue  # a subject after its verb is new: "умер политзаключённый"
            if self._in_quote(match.start()) or _POSSESSIVE_BEFORE.search(
                self.text, max(0, match.start() - 8), match.start()
            ):
                continue  # "his mother", "яго жонка": somebody else
            if self.mentions.between(match.end(), match.end() + 3):
                continue  # "leader Alexander Lukashenko": the role of a name, no anaphor
            if re.fullmatch(JUDGE, match.group(0), re.IGNORECASE):
                continue  # "and the prosecutor asked for four years": the court's side
            preceding = self.text[max(0, match.start() - 30) : match.start()]
            if self.lexicon.code == "en" and (
                re.search(r"(?<!\w)(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}$", preceding, re.I)
                or _EN_NOT_SUBJECT_BEFORE.search(preceding)
            ):
                continue  # "A Belarusian businessman ...": someone new; "insulting the president"
            word = match.group(0).lower()
            plural = word in ("men", "women", "couple") or re.search(
                r"(?:s|ок|ов|ей|ых|их|ам|ами|ы|и|і|аў|яў)$", word
            )
            if plural:
                persons = self.resolver.resolve_word("__plural__", position)
                if persons:
                    return persons
            else:
                person = self._described(match.group(0), match.start())
                if person is None:
                    person = self.resolver.resolve(
                        position, None, whole=True, exclude=self._judges()
                    )
                if person is not None:
                    return [person]
        return []

    def _relative_of(self, owner: str, position: int) -> int | None:
        """The one other person of the owner's family ("his son" when the father and the
        son, Siarhei and Stsiapan Latypau, are both named)."""
        owners = self.resolver.resolve_word(owner, position)
        if len(owners) != 1:
            return None
        persons = self.resolver.persons
        surname = persons[owners[0]].name.split()[-1]
        family = [
            i
            for i, p in enumerate(persons)
            if i != owners[0] and p.name.split() and p.name.split()[-1] == surname
        ]
        return family[0] if len(family) == 1 else None

    def _described(self, role: str, position: int) -> int | None:
        """The person the text introduced with this role ("anarchist Mikalai Dziadok",
        "Zmitser Dashkevich, the Young Front leader"), the latest before ``position``."""
        before, after = _role_patterns(role.lower())
        found = None
        end_index = bisect.bisect_left(self.mentions.starts, position)
        # the last 40 mentions, as the resolver's descriptions: bounded, linear in the text
        for start, end, person in self.mentions.items[max(0, end_index - 40) : end_index]:
            if self._in_quote(start):
                continue
            if before.search(self.text, max(0, start - 40), start) or after.match(
                self.text, end, min(len(self.text), end + 60)
            ):
                found = person
        return found

    def _persons(
        self, trigger: Trigger, match: re.Match[str], c_start: int, c_end: int, sentence: Sentence
    ) -> list[int]:
        if self.resolver.unnamed.search(self.text, c_start, c_end) and not self.mentions.between(
            c_start, c_end
        ):
            return []  # "В субботу задержали ещё одного активиста": someone not named
        persons = self._subjects(trigger, match, c_start, c_end, sentence)
        # "convicted together with her colleague Darya Chultsova": co-subjects
        for together in self.together_with.finditer(self.text, c_start, c_end):
            if self._other_trigger_between(match.end(), together.start()):
                continue  # "прызналі Сафію Сапегу, затрыманую разам з X": X was detained
            if together.end() <= match.start() and (
                self._triggers(c_start, together.start())
                or self.aside_opening.search(self.text, c_start, together.start())
            ):
                continue  # "the lawyer who was tried / worked alongside X, has been moved"
            named = self._names_listed_after(together.end(), c_end)
            persons = _unique([*persons, *(p for _s, _e, p in named)])
        return persons

    def _names_listed_after(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The names listed from ``start`` ("together with ..."), with their roles between
        ("her son X, the club's financial director Y and its programme director Z")."""
        named: list[tuple[int, int, int]] = []
        for m in self.mentions.between(start, end):
            if self._in_quote(m[0]) or _POSSESSIVE_AFTER.match(self.text, m[1]):
                continue
            gap = self.text[(named[-1][1] if named else start) : m[0]]
            if named and not _LIST_JOIN.search(gap):
                break
            if len(re.findall(r"\w+", gap)) > 6:
                break
            named.append(m)
        return named

    def _subjects(
        self, trigger: Trigger, match: re.Match[str], c_start: int, c_end: int, sentence: Sentence
    ) -> list[int]:
        """The persons a trigger's event happened to, by its voice."""
        spans = [r.span() for r in _RELATIVE.finditer(self.text, sentence.start, sentence.end)]
        if self.lexicon.code == "en":
            spans += [  # only what follows "who", "of" inside the apposition
                (a.start() + a.group(0).index(a.group("inner")), a.end())
                for a in _APPOSITION.finditer(self.text, sentence.start, sentence.end)
            ]
        own = [(a, b) for a, b in spans if a <= match.start() < b and _RELATIVE.match(self.text, a)]
        if self.lexicon.code == "en" and not own and trigger.voice != "after":
            # "Raman Bandarenka, a 31-year-old who died on November 12": the one before
            # the apposition (not "X, the officer who detained Y": the agent)
            for apposition in _APPOSITION_WHO.finditer(self.text, sentence.start, match.start()):
                if self.mentions.between(apposition.end(), match.start()) or self._triggers(
                    apposition.end(), match.start()
                ):
                    continue
                antecedent = [
                    m
                    for m in self.mentions.between(sentence.start, apposition.start())
                    if apposition.start() - m[1] <= 1 and not self._in_quote(m[0])
                ]
                if antecedent:
                    return [antecedent[-1][2]]
        if own:
            # "X, who was arrested in 2020, ...", "палітвязняў, якіх памілаваў Лукашэнка":
            # the event is the antecedent's, never a name inside the relative clause
            start, end = own[0]
            pronoun = _RELATIVE.match(self.text, start)
            if pronoun and _SUBJECT_RELATIVE.search(pronoun.group(0)):
                # "Праваабаронцы, якія прызналі Ашурка палітвязнем": the relative pronoun
                # is the agent, the name it acts on is the person
                inside = self._named(match.start(), end, after_trigger=True)
                if inside:
                    return _unique(p for _s, _e, p in inside)
                # "Васкрасенскага, які ўгаворваў яе напісаць прашэнне": the one it acts on
                obj = self.object_pronoun.search(self.text, match.start(), match.end() + 6)
                # (an object, not a possessive: "who sentenced her husband" befell someone
                # unnamed, not the judge)
                if obj and not self.object_follows.match(self.text, obj.end()):
                    return []
                if obj and trigger.voice != "before":
                    told = frozenset(
                        m[2]
                        for m in self.mentions.between(sentence.start, start)
                        if start - m[1] <= 3
                    )
                    # (no one found: still not the antecedent, who is the agent)
                    return self.resolver.resolve_word(obj.group("p"), obj.start("p"), told)
            antecedent = [
                m
                for m in self.mentions.between(sentence.start, start)
                if not self._in_quote(m[0])
                and (
                    start - m[1] <= 3
                    # "Aleh Trubish, his neighbour on the bunk, who was sent ...": past
                    # the apposition naming what he is
                    or (
                        _APPOSITIVE_GAP.fullmatch(self.text, m[1], start)
                        and not self._triggers(m[1], start)
                    )
                )
            ]
            if not antecedent:
                # "Палітык, якога затрымалі 18 чэрвеня": the role noun's person
                roles = self.role_noun.finditer(self.text, max(sentence.start, start - 40), start)
                role = next(reversed(list(roles)), None)  # the one right before the comma
                if role is not None and start - role.end() <= 1:
                    return self._role_anaphor(role.start(), role.end(), role.end())
            return [antecedent[-1][2]] if antecedent else []
        relatives = [(a, b) for a, b in spans if not (a <= match.start() < b)]
        if self.lexicon.code == "en":
            # "Semchanka's trial opened on Tuesday": the possessor's trial
            owner = [
                p
                for m_start, m_end, p in self.mentions.between(c_start, match.start())
                if _possessive_right_before(self.text, m_start, m_end, match.start())
                and not self._in_quote(m_start)
            ]
            if owner:
                return owner[-1:]
        # "Суддзя Шведаў прызнаў яго вінаватым": a pronoun inside the verb's phrase is its
        # object, never the subject named before the verb
        subject = frozenset(p for _s, _e, p in self.mentions.between(c_start, match.start()))
        inside = self._pronoun_persons(match.start(), match.end(), exclude=subject)
        named_inside = self._named(match.start(), match.end())
        if _TRIAL_OF.match(self.text, match.start()):
            # "The trial of X and Y opened": the names listed after "trial of" are the
            # trial's ("X, accused of insulting Z," is not Z's)
            listed: list[tuple[int, int, int]] = []
            for m in self._named(match.start(), match.end(), after_trigger=True):
                start = listed[-1][1] if listed else match.start()
                joined = _NAME_LIST_GAP if listed else _TRIAL_OF
                if not joined.fullmatch(self.text, start, m[0]):
                    break
                listed.append(m)
            named_inside = listed or named_inside
        if named_inside:
            # "jailed X for four years and the agency's director Y for six": the verb
            # left out after "and" takes Y too
            gapped = [
                m
                for m in self._named(match.end(), c_end, after_trigger=True)
                if _AND_START.match(self.text, match.end(), m[0])
                and not self._other_trigger_between(match.end(), m[0])
            ]
            # "declared Slutskaya, her son, Alsheuski ... political prisoners"
            kin = [
                person
                for phrase in self.kin_phrase.finditer(self.text, match.start(), match.end())
                if (person := self._described(phrase.group("kin"), phrase.start())) is not None
            ]
            return _unique([*(p for _s, _e, p in [*named_inside, *gapped[:1]]), *kin])
        if inside:
            return inside
        if self.lexicon.code != "en":
            # "его приговорили к трём годам за клевету в отношении X": the pronoun before
            # the verb is the person
            obj_before = _OBJECT_BEFORE.search(
                self.text, max(c_start, match.start() - 12), match.start()
            )
            if obj_before:
                persons = self.resolver.resolve_word(obj_before.group("p"), obj_before.start("p"))
                if persons:
                    return persons
        if trigger.voice in ("after", "any"):
            # "sentenced her to two years for insulting X": the object pronoun right after
            # the verb is the person, not a name further on
            obj = _OBJECT_PRONOUN.match(self.text, match.end())
            if obj:
                # never the clause's own subject ("Лукашэнка памілаваў яго")
                subject = frozenset(
                    p
                    for _s, end, p in self.mentions.between(c_start, match.start())
                    if not _LIST_JOIN.search(self.text, end, match.start())
                )
                persons = self.resolver.resolve_word(obj.group("p"), obj.start("p"), subject)
                if persons:
                    return persons
        # an English participle with no object after it is passive: "X, an arborist
        # arrested in September", "X, detained at the border,"
        participle = (
            self.lexicon.code == "en"
            and trigger.voice == "after"
            and match.group(0).endswith("ed")
            and _NO_OBJECT_AFTER.match(self.text, match.end()) is not None
            # "the prisoners Lukashenka has pardoned since July": a perfect is active
            and not _PERFECT_BEFORE.search(self.text, max(0, match.start() - 30), match.start())
        )
        # an English active verb: who stands before it is the agent ("Lukashenko released"),
        # unless the verb is coordinated ("was arrested in 2011 and sentenced ...")
        agent_before = (
            self.lexicon.code == "en"
            and not participle
            and trigger.voice == "after"
            and not re.search(r"(?:\band|,)\s+$", self.text[c_start : match.start()])
            # "among 14 prisoners freed on Saturday": a participle after its noun is passive
            and not self.people_before.search(self.text, c_start, match.start())
        )
        kin = self.kin_subject.search(self.text, c_start, match.start())
        if kin and trigger.voice != "after" and not named_inside:
            # "his son had been kept in a punishment cell": the relative introduced so
            # ("his son Ihar"), never the one whose relative he is
            person = self._described(kin.group("kin"), match.start())
            if person is None:
                person = self._relative_of(kin.group("owner"), kin.start())
            return [] if person is None else [person]
        before = [  # "X says he was placed in solitary": X reports, the event is his
            m
            for m in self._named(c_start, match.start(), homes=trigger.type == "search")
            if not self.speech.search(self.text, m[1], match.start())
            and not self.as_says.search(self.text, max(c_start, m[0] - 80), m[0])
            # "Лукашэнка памілаваў 250 палітвязняў, 15 з іх вывезлі": the counted are
            # the object, the name before them is not (but "X разам са 122 іншымі
            # вязнямі быў памілаваны" is one of them)
            and not (
                self.counts.between(m[1], match.start())
                and not self.together_with.match(self.text, m[1])
            )
            and not any(a <= m[0] < b for a, b in relatives)  # "X, whose real name is Y,"
        ]
        # "X was detained on Thursday, and Y was arrested on Friday": a name with another
        # verb between is that verb's subject when a name stands closer
        if len(before) > 1:
            closer = [
                m
                for m in before
                if not self._other_trigger_between(m[1], match.start(), relatives, asides=False)
            ]
            if closer and len(closer) < len(before):
                before = closer
        after = self._listed(
            [
                m
                for m in self._named(
                    match.end(), c_end, after_trigger=True, homes=trigger.type == "search"
                )
                if not any(a <= m[0] < b for a, b in relatives)
                and not self._source(m[0], m[1], match.end())
            ]
        )
        if self.lexicon.code != "en" and not after:
            role = self.role_noun.match(self.text, match.end() + 1, min(c_end, match.end() + 40))
            if role and not _OBLIQUE_ENDING.search(role.group(0)):
                return []  # "у калоніі памёр палітвязень": a subject after its verb, unnamed
        voice = "before" if participle else trigger.voice
        if participle:
            before = before[-1:]  # "X pardoned Y, the student arrested in May": Y alone
        agents: set[int] = set()
        if voice == "after":
            # an English active verb: who stands before it is the agent ("Lukashenko released")
            order = [after] if agent_before else [after, before]
        elif voice == "before":
            # "He walked free ..., and agencies reported that Lukashenka had pardoned him":
            # a subject pronoun before the verb beats a name after it
            pronoun = self.lexicon.code == "en" and _EN_SUBJECT_PRONOUN.search(
                self.text, c_start, match.start()
            )
            # (only a pronoun that refers back: "As soon as he was released, X left")
            refers_back = bool(
                pronoun and self.resolver.resolve_word(pronoun.group(0), pronoun.start())
            )
            order = [before] if refers_back and not before else [before, after]
        else:
            if before and self._agent(before[-1], match, trigger.type):
                agents.add(before[-1][2])
                before = before[:-1]
            verb = match.group(0).split()[0].lower()
            if re.search(r"(?:ли|лі)$", verb) and not _INTRANSITIVE.match(verb):
                # "Сырамалотава памілавалі, Васьковіч застаецца ...": the object of an
                # impersonal "they did" is never a nominative name
                after = [
                    m
                    for m in after
                    if not (
                        re.fullmatch(r"[^—–]*,[^—–]*", self.text[match.end() : m[0]])
                        # "помиловали 18 человек, среди них Иван Петров": the list is theirs
                        and not self.among.search(self.text, match.end(), m[0])
                        and not self.including.search(self.text, match.end(), m[0])
                        and (
                            cases := morph.name_cases(
                                self.text[m[0] : m[1]].split(), self.lexicon.code
                            )
                        )
                        and "nomn" in cases
                        and "accs" not in cases
                    )
                ]
            if after and before and re.search(r"(?:ли|лі)$", verb):
                # "7 сентября похитили Марию Колесникову, 9 сентября задержали Максима
                # Знака": a name right after another verb is that verb's object
                before = [
                    m
                    for m in before
                    if not self._object_of_another(m, match)
                    # "Ольге Ковальковой ... дали по десять суток, 7 сентября похитили
                    # Марию Колесникову": a name in the dative is nobody this verb took
                    and not (
                        trigger.type not in _GIVEN_TO  # "Статкевичу дали 14 лет": his term
                        and (
                            cases := morph.name_cases(
                                self.text[m[0] : m[1]].split(), self.lexicon.code
                            )
                        )
                        and not cases & {"accs", "nomn"}
                    )
                ]
            if (
                after
                and before
                and re.search(r"(?:л|ла|ло|ў)$", verb)
                and not _INTRANSITIVE.match(verb)
                and trigger.type not in ("hunger_strike", "death")
            ):
                # "Судья Светлана Баранцева ... перевела Николая Статкевича": one doer, the
                # named object after the verb is the person
                agents.update(m[2] for m in before)
                before = []
            order = [before + after]
        counted = self._counted(c_start, c_end)
        for group in order:
            if group:
                persons = _unique(p for _s, _e, p in group)
                if before and group[0] is before[0]:  # "She and X were detained"
                    persons = _unique(
                        [*self._coordinated_pronouns(c_start, match.start()), *persons]
                    )
                joined = _OBJECT_PRONOUN_AND.match(self.text, match.end())
                if (
                    joined
                    and after
                    and after[0] in group
                    and not self.mentions.between(joined.end(), after[0][0])
                    and after[0][0] - joined.end() <= 60
                ):
                    # "приговорил его и бывшего председателя X": the pronoun's person too
                    persons = _unique(
                        [
                            *self.resolver.resolve_word(
                                joined.group("p"), joined.start("p"), frozenset(persons)
                            ),
                            *persons,
                        ]
                    )
                return persons
        if counted:
            return []  # "памілаваў 30 чалавек, чатырнаццаць з іх ...": unnamed people
        if voice == "after":
            # "Lukashenka had pardoned him": "him" is not the one who pardoned
            doers = frozenset(
                p
                for _s, e, p in self.mentions.between(c_start, match.start())
                if _AUXILIARIES_ONLY.fullmatch(self.text, e, match.start())
            )
            persons = self._pronoun_persons(
                match.end(), min(c_end, match.end() + 25), exclude=doers
            )
        elif voice == "before":
            persons = self._pronoun_persons(
                c_start, match.start(), nearest_to=match.start(), skip=relatives
            )
        else:
            persons = self._pronoun_persons(
                match.end(), c_end, nearest_to=match.start(), exclude=frozenset(agents)
            )
            if not agents:
                persons = persons or self._pronoun_persons(
                    c_start, match.start(), nearest_to=match.start()
                )
        if self.except_pronoun.search(self.text, c_start, c_end):
            return []  # "Всех, кроме него, вывезли": a group without its one named member
        persons = [p for p in persons if p not in agents]
        if persons or agents:
            return persons  # "Лукашэнка памілаваў 30 чалавек": the agent's object is unnamed
        # a name or pronoun elsewhere in the sentence, before the trigger
        named = [
            m
            for m in ([] if agent_before else self._named(sentence.start, match.start(), True))
            if not any(a <= m[0] < b for a, b in relatives)
        ]
        if named and not self._other_trigger_between(named[-1][1], match.start(), relatives):
            return _unique(p for _s, _e, p in named)
        persons = self._pronoun_persons(sentence.start, match.start(), nearest_to=match.start())
        if persons:
            return persons
        # ("a court gave the anarchist another year": the object inside the verb's words)
        inside = trigger.type == "sentence"
        start = (match.start() if inside else match.end()) if agent_before else c_start
        if _DEFINITE_SUBJECT.fullmatch(self.text, sentence.start, match.start()) and (
            _PASSIVE_AUXILIARY.match(match.group(0))
            or _PASSIVE_AUXILIARY.search(self.text, sentence.start, match.start())
        ):
            # "Yury Kalechyts, 3 December. The Barysau bus driver was detained in March
            # 2024": a definite description opening the sentence is the one its paragraph
            # names, when it names one
            paragraph_start = self.paragraph_spans[sentence.paragraph][0]
            named = {p for _s, _e, p in self.mentions.between(paragraph_start, sentence.start)}
            if len(named) == 1:
                return list(named)
        return self._role_anaphor(start, c_end, match.start())

    def _listed(self, named: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """The names after a verb that form its object: the first, and those joined to it
        as a list ("X, Y і Z", "X and the lawyer Y"); a name after other words and a comma
        starts another clause ("асудзіў Ігара Лосіка на 15 гадоў, Дар'я запісала ...")."""
        out = named[:1]
        for previous, current in itertools.pairwise(named):
            between = self.text[previous[1] : current[0]]
            if (
                "," in between
                and len(re.findall(r"\w+", between)) > 2
                and not (
                    _APPOSITION_THEN_AND.fullmatch(between)
                    # ("sentenced X, a blogger, and fined Y": another act)
                    and not self._trigger_between(previous[1], current[0])
                    and not self.past_verb.search(between.rsplit(",", 1)[-1])
                )
            ):
                break
            out.append(current)
        return out

    def _object_of_another(self, mention: tuple[int, int, int], match: re.Match[str]) -> bool:
        """The name stands right after another trigger, as its object."""
        at = bisect.bisect_right(self.trigger_spans, (mention[0],)) - 1
        if at < 0:
            return False
        t_start, t_end = self.trigger_spans[at]
        if t_start == match.start() or t_end > mention[0]:
            return False
        between = self.text[t_end : mention[0]]
        return not re.search(r"[,.;:—–]", between) and len(re.findall(r"\w+", between)) <= 2

    def _together_with(self, start: int, end: int) -> list[int]:
        """The names listed right after "together with" later in the sentence ("was
        pardoned ..., together with X, Y and Z"), when no other act is told between."""
        joined = self.together_with.search(self.text, start, end)
        if joined is None or self._triggers(start, joined.start()):
            return []
        gap = self.text[start : joined.start()]
        if (
            ";" in gap
            or self.negation.search(gap)  # "but was not tried together with Y"
            # another clause's subject or verb: "which he ran together with Y", "after
            # campaigning together with Y"
            or self.pronouns.search(gap)
            or self.aside_opening.search(gap)
            or re.search(r"\w+ing\b", gap, re.IGNORECASE)
        ):
            return []
        named = self._names_listed_after(joined.end(), end)
        # "together with his wife X", "разам з журналісткай X": a role may stand before
        if not named or len(re.findall(r"\w+", self.text[joined.end() : named[0][0]])) > 3:
            return []
        return [p for _s, _e, p in named]

    def _coordinated_pronouns(self, start: int, end: int) -> list[int]:
        """Subject pronouns joined to names by "and" before the verb ("She and X")."""
        out: list[int] = []
        for found in _PRONOUN_AND.finditer(self.text, start, end):
            out += self.resolver.resolve_word(found.group("p"), found.start("p"))
        return out

    def _other_trigger_between(
        self,
        start: int,
        end: int,
        skip: list[tuple[int, int]] | None = None,
        asides: bool = True,
    ) -> bool:
        """A trigger in ``[start, end)`` outside ``skip``; with ``asides`` False, not one
        set off by a comma ("X, detained in 2020, and Y were sentenced")."""
        for _t, regex, _n in self.lexicon.trigger_regexes:
            for found in regex.finditer(self.text, start, end):
                if any(a <= found.start() < b for a, b in skip or []):
                    continue
                if asides or not _COMMA_BEFORE.search(
                    self.text, max(start, found.start() - 3), found.start()
                ):
                    return True
        return False

    def _agent(
        self, mention: tuple[int, int, int], match: re.Match[str], trigger_type: str = ""
    ) -> bool:
        """A nominative name right before an active singular verb ("Лукашэнка памілаваў X",
        "Лукашенко предлагает политзаключённым написать прошение")."""
        between = self.text[mention[1] : match.start()]
        if len(re.findall(r"\w+", between)) > 3 or re.search(r"[,;:—–]", between):
            return False
        verb = match.group(0).split()[0].lower()
        if _INTRANSITIVE.match(verb) or trigger_type in ("hunger_strike", "death"):
            return False  # "Статкевич вышел на свободу", "X абвясціў галадоўку": the person
        surface = self.text[mention[0] : mention[1]]
        nominative = self.resolver.name_of(mention[2])
        # a past or a present third person singular
        active = verb.endswith(("л", "ла", "ў", "ает", "яет", "ует", "уе", "ае", "яе"))
        return active and surface.split()[-1] == nominative.split()[-1]

    # -- dates --------------------------------------------------------------------------
    def _date(
        self,
        match: re.Match[str],
        c_start: int,
        c_end: int,
        sentence: Sentence,
        previous: list[RawEvent],
        trigger_type: str = "",
    ) -> str | None:
        relatives = []
        own_relative = None  # ", who was sentenced to ten years,": the trigger's own aside
        for r in _RELATIVE.finditer(self.text, sentence.start, sentence.end):
            if r.start() <= match.start() < r.end():
                # an aside between the subject and its verb (it ends in a comma), not a
                # closing "X was among the 52 whom Lukashenka pardoned"
                if r.group().endswith(","):
                    own_relative = r.span()
            else:
                relatives.append(r.span())
        # "Власову, избранную в президиум 19 августа, задержали": a participle's aside
        relatives += [
            a.span()
            for a in self.aside.finditer(self.text, sentence.start, sentence.end)
            if not a.start() <= match.start() < a.end()
            # ", a year and a half later on 14 December 2021,": a time, no aside
            and not any(d.kind == "later" for d in self.dates.between(a.start(), a.end()))
            and not re.match(r",\s+an?\s+(?:year|month|week|day|few|couple)", a.group(0), re.I)
        ]
        in_clause = [
            d
            for d in self.dates.between(c_start, c_end)
            if not self._in_quote(d.start)
            and (  # "since 2021" is a duration, unless the trigger says "held since"
                not _SINCE.search(self.text, max(0, d.start - 8), d.start)
                # "held in a punishment cell since April 11": the trigger's own start
                or _SINCE.fullmatch(self.text[match.end() : d.start].lstrip())
                or not self.text[match.end() : d.start].strip()
                or trigger_type == "trial"  # "trying him since January 9": its start
            )
            and not any(a <= d.start < b for a, b in relatives)  # "..., якога ў чацвер вывезлі,"
            and not self._unanchored_offset(d, sentence, previous)
            and not self._not_the_events_date(d, match, trigger_type)
            and not self._next_verbs(match, d)
            and not self._in_later_after_clause(d, match)
            and self._nearest_trigger(d) is match  # each date goes to its nearest trigger
        ]
        if re.match(r"(?:his|her|their)\s", match.group(0), re.IGNORECASE):
            # "after his arrest last December" has its date; in "A week before his arrest,
            # on June 11, police raided ..." the date is the raid's
            after = [
                d
                for d in in_clause
                if re.fullmatch(r"\s*(?:(?:last|this|in|on)\s+)?", self.text[match.end() : d.start])
            ]
            return after[0].value if after and after[0].kind != "later" else None
        chosen = self._nearest(in_clause, match)
        if chosen is None:
            # "was pardoned and expelled from Belarus in December 2025": verbs joined by
            # "and" share the date told after the last of them
            chosen = next(
                (
                    d
                    for d in self.dates.between(match.end(), c_end)
                    if d.value
                    and not self._in_quote(d.start)
                    and (nearest := self._nearest_trigger(d)) is not None
                    and nearest is not match
                    and _JOINED_BY_AND.fullmatch(self.text, match.end(), nearest.start())
                ),
                None,
            )
        subordinate = _AFTER_CLAUSE.match(self.text, c_start)
        if subordinate and "," in self.text[subordinate.end() : match.start()]:
            subordinate = None  # "After the crackdown, Amnesty recognised him": the main clause
        if chosen is None and subordinate:
            # "The verdict came three days after a court gave X 18 years": the offset
            # standing before the subordinate clause is its date
            chosen = next(
                (
                    d
                    for d in self.dates.between(sentence.start, subordinate.end())
                    if d.end > c_start
                    and self.offset_after.search(self.text, d.start, d.end)
                    and not self._unanchored_offset(d, sentence, previous)
                ),
                None,
            )
        if chosen is None and not subordinate:  # "surgery in November after being placed in..."
            in_sentence = [
                d
                for d in self.dates.between(sentence.start, sentence.end)
                if not self._in_quote(d.start)
                and not self._other_trigger_near(d, sentence, match)
                and not (c_start <= d.start < c_end)  # given to another trigger of this clause
                and not any(a <= d.start < b for a, b in relatives)
                and not (own_relative and not own_relative[0] <= d.start < own_relative[1])
                # "прызналі Х, які раней ..., а ў жніўні 2020 года звольніўся": past a
                # relative clause after the verb, the sentence tells the antecedent's story
                and not any(match.end() <= a < d.start for a, _b in relatives)
                # "were also convicted ..., although the KGB declared it one only in
                # November 2021": a contrast after the verb tells another story
                and not (
                    d.start > match.end() and _CONTRAST.search(self.text, match.end(), d.start)
                )
                and not self._unanchored_offset(d, sentence, previous)
                and not self._not_the_events_date(d, match, trigger_type)
                and not self._next_verbs(match, d)
                and not self._in_later_after_clause(d, match)
            ]
            chosen = self._nearest(in_sentence, match)
            if chosen is None:
                chosen = self._opening_date(sentence, match, previous)
        if chosen is None:
            # "задержали в ночь после выборов 19 декабря 2010 года", "arrested after the
            # protest of December 19, 2010": an arrest or search in the days after it, so
            # in its month
            after_it = [
                d
                # (English breaks the clause at "after")
                for d in self.dates.between(
                    c_start, max(c_end, min(sentence.end, match.end() + 60))
                )
                if trigger_type in _SCENE
                and d.value
                and len(d.value) >= 7
                and _NOUN_BEFORE_DATE.search(self.text, max(0, d.start - 40), d.start)
                and (after := self.after_event.search(self.text, max(0, d.start - 40), d.start))
                # right after the verb: not "a year after", "for posts written after",
                # "по делу о событиях после"
                and 0 <= after.start() - match.end() <= 20
                and not self.not_right_after.search(self.text, match.end(), after.start())
            ]
            if after_it:
                return (after_it[0].value or "")[:7]
            day = _ON_THE_DAY.search(self.text, sentence.start, match.start())
            if day:  # "отказался от еды 15 декабря, в день, когда ему предъявили обвинения"
                told = [d for d in self.dates.between(sentence.start, day.start()) if d.value]
                if told:
                    return told[-1].value
            # "провели обыск ..., после чего его задержали": the same day as the event before
            same = [e for e in _same_sentence(previous, self._index_of(sentence)) if e.date]
            # (a transfer "после чего" a court ruling follows it by days, not that day)
            if (
                same
                and not (trigger_type == "transfer" and same[-1].type in ("trial", "sentence"))
                and _THEN.search(self.text, same[-1].trigger[1], match.start())
            ):
                return same[-1].date
            # "Голодовку он объявил в начале апреля, когда его взяли под стражу": a "when"
            # clause is at the time of the clause it hangs on
            when = _WHEN_START.match(self.text, c_start)
            if when:
                # "после акции 19 декабря, когда ...": the time word just before "when"
                told = [d for d in self.dates.between(c_start - 40, c_start) if d.value]
                if told and not self.text[told[-1].end : c_start].strip(" ,"):
                    return told[-1].value
                if same:
                    return same[-1].date
            # "Maksimchyk was detained during the march", "затрымалі падчас акцыі": on the
            # day the text gives that occasion ("a protest march on October 11")
            during = self.occasion_during.search(
                self.text, match.end(), min(c_end, match.end() + 40)
            )
            if (
                during
                and not self.dates.between(match.end(), during.start())
                and self.occasion_noun.match(self.text, during.end())
            ):
                day = self._occasion_day(during.end(), match.start())
                if day is not None:
                    return day
            # "On 6 June officers came to the brothers' home to take Vital in. Both were
            # detained after a scuffle": an arrest or search on the day the sentence
            # before set its scene at, when that sentence told no act of its own
            index = self._index_of(sentence)
            if trigger_type in _SCENE and index > 0:
                before = self.sentences[index - 1]
                told = self._dates_told_before(sentence, sentence.start)
                if (
                    before.paragraph == sentence.paragraph
                    and len(told) == 1
                    and len(told[0].value or "") == 10
                    and not any(e.sentence == index - 1 for e in previous)
                    and not self._trigger_between(before.start, before.end)
                    # (not the day news was told: "Об этом вчера сообщили его соратники")
                    and not self.speech.search(self.text, before.start, before.end)
                    # (nor a birth or an election: "He was born on 3 March 1992.")
                    and not self.born.search(self.text, before.start, before.end)
                    # (nor when this sentence tells a time of its own, however loosely)
                    and not self.dates.between(sentence.start, sentence.end)
                ):
                    return told[0].value
            # "searched the office on Wednesday and detained X": a search and the arrest
            # it ends in are told as one scene, on one day
            scene = {"search", "detention"}
            if same and {same[-1].type, trigger_type} == scene:
                return same[-1].date
            # "In late December she was charged under two articles and moved to a remand
            # prison": verbs joined by "and" with no comma share the date
            if same:
                between = self.text[same[-1].trigger[1] : match.start()]
                if (
                    _AND.search(between)
                    and "," not in between
                    and not self.dates.between(same[-1].trigger[1], match.start())
                    # "held on August 9 and let go a few days later": not that day
                    and not self.afterwards.search(
                        self.text, match.end(), self._conjunct_end(match, c_end)
                    )
                ):
                    return same[-1].date
            return None
        if (
            chosen.kind == "later"
            and chosen.delta
            and (
                chosen.delta[1] in _OF_THE_DATE_BEFORE
                or (
                    chosen.delta == (0, "day")
                    and not self._dated_event_just_before(sentence, previous)
                )
            )
        ):
            # "в тот же день", "that night" with no event just before: the day told before
            # "у жніўні таго ж года", "в том же году": of the date told just before
            told = [
                d.value
                for d in self.dates.between(max(0, chosen.start - 2000), chosen.start)
                # the same day is a day told ("this week" is not one)
                if d.value and (chosen.delta != (0, "day") or len(d.value) == 10)
            ]
            anchor = told[-1] if told else None
            return add_delta(anchor, *chosen.delta) if anchor else None
        if chosen.kind == "later":
            # "pardoned on 14 April and Bandarenka a day later": the day after the last
            # dated event of the same kind, else after the last dated event
            # "detained in November 2020 and sentenced a year later": an event dated
            # earlier in the same sentence comes first
            if _EARLIER_UNDATED.search(self.text, sentence.start, chosen.start) and not any(
                d.value for d in self.dates.between(sentence.start, chosen.start)
            ):
                # "Раней затрымлівалі X, аднак праз 72 гадзіны адпусцілі": later than a
                # time not told is not told either
                return None
            named = self._date_of_the_named_occasion(chosen)
            if named is not None and chosen.delta is not None:
                return add_delta(named, *chosen.delta)
            act = self._act_named_after(chosen)
            if act is not None and chosen.delta is not None:
                # "через неделю после задержания", "two days after his arrest": from that
                # act, the last one dated before (not the last event told)
                told = next((e.date for e in reversed(previous) if e.type == act and e.date), None)
                if told is not None:
                    return add_delta(told, *chosen.delta)
            here = [e for e in _same_sentence(previous, self._index_of(sentence)) if e.date]
            # "a day later" follows the last event of its kind ("pardoned on 14 April and
            # X a day later"); "a day earlier" goes back from the event just told
            earlier = chosen.delta is not None and chosen.delta[0] < 0
            # "The verdict came three days after ...": from the last event of its kind
            if self.offset_after.search(self.text, chosen.start, chosen.end):
                earlier = False
            anchor = (
                here[-1].date
                if here
                else next(
                    (
                        e.date
                        for e in reversed(previous)
                        if e.date and (earlier or e.type == trigger_type)
                    ),
                    next((e.date for e in reversed(previous) if e.date), None),
                )
            )
            if not here and anchor is not None:
                # "The flag appeared on the chimney on July 27. Police detained him two
                # days later": from the day the sentence before told, when no act is told
                # there or since and the day is of the story's time (not "the article was
                # added to the code on 1 January 2011")
                told = self._told_before(sentence, sentence.start, month_at_least=True)
                prior = self.sentences[max(0, self._index_of(sentence) - 1)].start
                if (
                    told is not None
                    and (
                        abs(int((told.value or "0")[:4]) - int(anchor[:4])) <= 1
                        # ("X left state television in August 2020. A month later ...": a
                        # flashback in the person's story)
                        or self.mentions.between(prior, sentence.start)
                    )
                    and not self.speech.search(self.text, max(prior, told.start - 40), told.start)
                    and not any(e.trigger[0] >= prior for e in previous)
                ):
                    anchor = told.value
            pronoun = _AFTER_PRONOUN.match(self.text, chosen.end)
            if pronoun and self.offset_after.search(self.text, chosen.start, chosen.end):
                # "Znak was detained two days after her": from her act, not the last told
                # (not the sentence's own subject: "Olga was detained two days after her")
                own = frozenset(
                    p for _s, _e, p in self.mentions.between(sentence.start, chosen.start)
                )
                whose = set(
                    self.resolver.resolve_word(pronoun.group(1), pronoun.start(1), exclude=own)
                )
                acts = [e for e in reversed(previous) if e.date and set(e.persons) & whose]
                same = [e for e in acts if e.type == trigger_type]
                anchor = (same or acts)[0].date if (same or acts) else None
                if anchor is None or chosen.delta is None:
                    return None
                return add_delta(anchor, *chosen.delta)
            if anchor is None and not self.after_word.match(self.text, chosen.end):
                # "Его привезли в Мозырь 19 сентября. Через два дня он объявил голодовку":
                # with no event dated before, from the day the sentence before told (not
                # "через два дня после выборов", which names its own)
                told = self._told_before(sentence, chosen.start)
                if told is not None:
                    anchor = told.value
            if anchor is None or chosen.delta is None:
                return None
            return add_delta(anchor, *chosen.delta)
        return chosen.value

    def _act_named_after(self, later: DateMention) -> str | None:
        """The event type of the act "N days after" names ("после задержания", "after his
        arrest"), if it names one."""
        after = self.after_act.match(self.text, later.end)
        if after is None:
            return None
        return next(
            (kind for kind, noun in self.act_nouns if noun.fullmatch(after.group("noun"))), None
        )

    def _dates_told_before(self, sentence: Sentence, upto: int) -> list[DateMention]:
        """The times told from the start of the sentence before ``sentence`` up to
        ``upto``: no offsets, none in a quote."""
        index = self._index_of(sentence)
        start = self.sentences[index - 1].start if index > 0 else sentence.start
        return [
            d
            for d in self.dates.between(start, upto)
            if d.value and d.kind != "later" and not self._in_quote(d.start)
        ]

    def _told_before(
        self, sentence: Sentence, upto: int, month_at_least: bool = False
    ) -> DateMention | None:
        """The last of :meth:`_dates_told_before` (``month_at_least``: a month or a day),
        unless it is a birth."""
        told = [
            d
            for d in self._dates_told_before(sentence, upto)
            if len(d.value or "") >= 7 or not month_at_least
        ]
        if not told:
            return None
        index = self._index_of(sentence)
        start = self.sentences[index - 1].start if index > 0 else sentence.start
        if self.born.search(self.text, max(start, told[-1].start - 40), told[-1].start):
            return None
        return told[-1]

    def _date_of_the_named_occasion(self, later: DateMention) -> str | None:
        """ "праз два дні пасля акцыі", "two days after the rally": counted from the day
        the text gives that occasion ("акцыі 25 сакавіка", "the rally on 25 March"), told
        right after its name there or earlier in the text."""
        after = self.occasion_after.match(self.text, later.end)
        if after is None:
            return None
        return self._occasion_day(after.end(), later.start)

    def _occasion_day(self, name_at: int, position: int) -> str | None:
        """The day of the occasion named at ``name_at`` ("the rally", "акцыі"), told right
        after its name there or where it was named before (not far back)."""
        noun = _OCCASION_NAME.match(self.text, name_at)
        if noun is None:
            return None
        word = noun.group(1).lower()
        stem = re.compile(rf"(?<!\w){re.escape(word[: max(4, len(word) - 2)])}\w*", re.I)
        # told right after the name here, or where it was named before (not far back)
        for found in reversed(list(stem.finditer(self.text, max(0, position - 3000), noun.end()))):
            dates = self.dates.between(found.end(), found.end() + 25)
            if (
                dates
                and dates[0].value
                and dates[0].kind != "later"
                and _OCCASION_TO_DATE.fullmatch(self.text, found.end(), dates[0].start)
            ):
                return dates[0].value
        return None

    def _in_later_after_clause(self, date: DateMention, match: re.Match[str]) -> bool:
        """A year told after the verb in a clause with its own subject that opens with
        "after" ("was pardoned after he signed a petition in the autumn of 2011"): the
        other act's year; a day there may well be the act's own ("released after five
        years, on August 22, 2015")."""
        if date.start < match.end() or len(date.value or "") != 4:
            return False
        opening = self.subordinate_after.search(self.text, match.end(), date.start)
        if opening is None:
            return False
        # its subject: "after he signed", "после того, как осенью 2011 года он подписал"
        subject = self.pronouns.search(self.text, opening.end(), date.end + 30)
        return subject is not None and "." not in self.text[opening.end() : subject.start()]

    def _conjunct_end(self, match: re.Match[str], c_end: int) -> int:
        """Where the verb's own conjunct ends: the next comma or the next trigger."""
        comma = self.text.find(",", match.end(), c_end)
        end = comma if comma >= 0 else c_end
        at = bisect.bisect_right(self.trigger_spans, (match.end(), len(self.text)))
        if at < len(self.trigger_spans) and self.trigger_spans[at][0] < end:
            end = self.trigger_spans[at][0]
        return end

    def _opening_date(
        self, sentence: Sentence, match: re.Match[str], previous: list[RawEvent]
    ) -> DateMention | None:
        """ "In July he went on hunger strike ..., and he was put in a punishment cell": a
        date opening the sentence sets the time of all its clauses, up to another date."""
        before = [d for d in self.dates.between(sentence.start, match.start())]
        if len(before) != 1:
            return None
        (opening,) = before
        lead_in = self.text[sentence.start : opening.start].split()
        if (
            len(lead_in) > 1
            or not opening.value
            or opening.kind == "later"
            or self._in_quote(opening.start)
            or self._unanchored_offset(opening, sentence, previous)
            or _CONTRAST.search(self.text, opening.end, match.start())
            or _EARLIER.search(self.text, opening.end, match.start())
            or self.afterwards.search(self.text, opening.end, match.end())  # "was eventually"
            or _RELATIVE.search(self.text, opening.end, match.start())
            # the clauses are joined as one story ("..., and"), not a participle or aside
            or not (
                _COMMA_AND.search(self.text, opening.end, match.start())
                or ";" in self.text[opening.end : match.start()]
            )
        ):
            return None
        return opening

    def _taken_on_arrest(self, event: RawEvent, events: list[RawEvent]) -> bool:
        """A transfer joined by "and" to the arrest before it, with nothing later between:
        where the arrested were taken ("seized ... and taken to the detention centre")."""
        if event.type != "transfer":
            return False
        return any(
            e.type == "detention"
            and e.sentence == event.sentence
            and e.trigger[1] <= event.trigger[0]
            and event.date in (None, e.date)
            and set(event.persons) <= set(e.persons)
            and _AND.search(self.text, e.trigger[1], event.trigger[0])
            and not self.later_on.search(self.text, e.trigger[1], event.trigger[1])
            and not self._trigger_between(e.trigger[1], event.trigger[0])
            for e in events
        )

    def _unanchored_offset(
        self, date: DateMention, sentence: Sentence, previous: list[RawEvent]
    ) -> bool:
        """ "two days after her husband was jailed" counts back from the event told before
        it in the sentence, or from the one "came" stands for ("The verdict came three days
        after ..."); "seven weeks after he walked free" with neither has no anchor."""
        if date.kind != "later" or not date.delta or date.delta[0] >= 0:
            return False
        if not self.offset_after.search(self.text, date.start, date.end):
            return False
        here = [
            e
            for e in _same_sentence(previous, self._index_of(sentence))
            if e.date and e.trigger[1] <= date.start
        ]
        return not here and not self.came.search(self.text, max(0, date.start - 20), date.start)

    def _trigger_between(self, start: int, end: int) -> bool:
        """Whether a trigger found so far starts in ``[start, end)`` (spans in text order)."""
        at = bisect.bisect_left(self.trigger_spans, (start,))
        return at < len(self.trigger_spans) and self.trigger_spans[at][0] < end

    def _dated_event_just_before(self, sentence: Sentence, previous: list[RawEvent]) -> bool:
        index = self._index_of(sentence)
        return any(e.date and index - e.sentence <= 1 for e in previous[-5:])

    def _not_the_events_date(
        self, date: DateMention, match: re.Match[str], trigger_type: str = ""
    ) -> bool:
        """A date that names something else: when news was told before it ("said on
        Wednesday that ...", "сообщили в среду, что") or an election or protest ("the
        December 2010 election"). A report told after the event ("X was moved, his wife
        said on Tuesday") dates the event when nothing else does."""
        before = self.text[max(0, date.start - 40) : date.start]
        if date.start < match.start() and self.told_on.search(before):
            return True
        if re.match(r"['’]s\b", self.text[date.end : date.end + 3]):
            return True  # "over last year's protests": the date names the protests
        if _NOUN_BEFORE_DATE.search(before):
            return True
        if trigger_type != "release" and _UNTIL_BEFORE.search(before):
            # "must stay there until February", "да жніўня забаранілі перадачы": when it
            # ends (but "held until 23 January, then let go" dates the release)
            return True
        guilty = (
            self.guilty_of.search(self.text, match.start(), date.start)
            if date.start > match.end()
            else None
        )
        if guilty and not self._trigger_between(guilty.end(), date.start):
            return True  # "признал виновным в беспорядках 19 декабря": the offence's date
        return bool(
            re.search(rf"(?<!\w){_AFTER_WORD}$", before, re.IGNORECASE)
            and _NOUN_AFTER_DATE.match(self.text, date.end)
        )

    def _next_verbs(self, match: re.Match[str], date: DateMention) -> bool:
        """ "когда его взяли под стражу, и прекратил её только в воскресенье": past a
        comma and "и" the date is the next verb's."""
        return date.start > match.end() and bool(
            _COMMA_AND.search(self.text, match.end(), date.start)
        )

    def _sentence_span(self, index: int) -> tuple[int, int]:
        sentence = self.sentences[index]
        return sentence.start, sentence.end

    def _index_of(self, sentence: Sentence) -> int:
        return self.sentence_index[sentence.start]

    def _nearest_trigger(self, date: DateMention) -> re.Match[str] | None:
        def distance(m: re.Match[str]) -> int:
            if date.start >= m.end():
                # "were pardoned by decree, and at the start of October X was pardoned": a
                # date opening the next coordinated clause belongs to the verb after it
                before = self.text[m.end() : date.start]
                # "предъявили 11 марта, 24 апреля центр признал ...": past a comma, a date
                # leans to the verb after it, as one before a verb does across a comma
                penalty = 1000 if _COORDINATION.search(before) else 30 if "," in before else 0
                return date.start - m.end() + penalty
            # "arrested on December 19, 2010, and charged with ...": across a coordinating
            # conjunction the date belongs to the verb before it
            between = self.text[date.end : m.start()]
            penalty = (
                1000
                if _COORDINATION.search(between) or self.subordinator_after_date.match(between)
                else 30
                if "," in between
                else 0
            )
            return m.start() - date.end + penalty

        if not self.clause_triggers:
            return None
        best = min(self.clause_triggers, key=distance)
        for twin, kept in self.clause_twins:  # a twin stands where it was written
            if distance(twin) < distance(best):
                best = kept
        return best

    def _nearest(self, dates: list[DateMention], match: re.Match[str]) -> DateMention | None:
        if not dates:
            return None
        stated = [d for d in dates if d.kind != "later"] or dates
        # "charged two days later over a march he joined in August 2020", "Через два дня
        # Роману предъявили обвинение": an offset right beside the verb is its time
        beside = [
            d
            for d in dates
            if d.kind == "later"
            # ("через два дня после неё, 9 сентября", "a year later, on 14 March 2021":
            # the day stated after it)
            and not self.after_word.match(self.text, d.end)
            and not any(
                n.kind != "later" and n.value and _STATED_AFTER.fullmatch(self.text, d.end, n.start)
                for n in self.dates.between(d.end, d.end + 12)
            )
            and (
                _BESIDE.fullmatch(self.text, match.end(), d.start)
                or _BESIDE.fullmatch(self.text, d.end, match.start())
            )
        ]
        if beside:
            return beside[0]

        def distance(d: DateMention) -> int:
            if d.start >= match.end():
                return d.start - match.end()
            if d.end <= match.start():
                return match.start() - d.end
            return 500  # "declared 16 people facing charges over last month's protest ..."

        return min(stated, key=distance)

    def _other_trigger_near(
        self, date: DateMention, sentence: Sentence, match: re.Match[str]
    ) -> bool:
        for c_start, c_end in clauses(self.text, sentence.start, sentence.end, self.breaks):
            if c_start <= date.start < c_end:
                if c_start <= match.start() < c_end:
                    return False
                return bool(self._triggers(c_start, c_end))
        return False

    # -- discourse ----------------------------------------------------------------------
    def _lead_date(self, events: list[RawEvent]) -> None:
        """The headline and the lead sentence tell the news of the day: an undated act
        there ("X detained after search") took place on the one recent day the lead
        paragraph names ("on Monday", "вчера"). States and acts reported late (a hunger
        strike, a punishment cell, a charge, a transfer, a death) keep no date."""
        lead = next((s for s in self.sentences if not s.is_title), None)
        if lead is None or self.published is None:
            return
        start, end = self.paragraph_spans[lead.paragraph]
        days = set()
        for mention in self.dates.between(start, end):
            if self.told_on.search(self.text, max(start, mention.start - 40), mention.start):
                continue  # "his wife said on Tuesday": the day of the telling
            if mention.value and len(mention.value) == 10:
                ago = (self.published - dt.date.fromisoformat(mention.value)).days
                if 0 <= ago <= _NEWS_DAYS:
                    days.add(mention.value)
        perfect = self._news_perfect(events, lead)
        if not days and perfect:
            # "Lukashenko has pardoned Sofia Sapega": the news of the day it is published
            days = {self.published.isoformat()}
        if len(days) != 1:
            return
        (day,) = days
        headline_acts = {e.type for e in events if e.title}
        lead_index = self.sentences.index(lead)
        # the persons of the acts the lead sentence tells
        lead_persons = {p for e in events if e.sentence == lead_index for p in e.persons}
        # the body may tell the headline's act with its own date: that one is meant (not
        # an act told as earlier: "had previously been detained in 2020")
        dated = {
            (e.type, p)
            for e in events
            if e.date
            and not e.title
            and not _EARLIER.search(self.text, *self._sentence_span(e.sentence))
            for p in e.persons
        }
        # the day of another act the lead tells ("detained on Sunday") is not this one's
        held = {e.type for e in events if e.date == day and not e.title}
        for event in events:
            sentence = self.sentences[event.sentence]
            undated = [p for p in event.persons if (event.type, p) not in dated]
            if (
                event.date is None
                and event.type in _NEWS_ACTS
                # (a search and an arrest are one scene)
                and held <= ({event.type} | (_SCENE if event.type in _SCENE else set()))
                and undated
                and (
                    event.title
                    or sentence is lead
                    # the rest of the lead paragraph, for an act the headline tells ("...
                    # осудили и отпустили из зала суда"; not "Her father visited her on 18
                    # May. She was detained ...")
                    or (
                        sentence.paragraph == lead.paragraph
                        and (event.type in headline_acts or set(undated) <= lead_persons)
                    )
                )
                and (event in perfect or not self.dates.between(sentence.start, sentence.end))
                and not _EARLIER.search(self.text, sentence.start, sentence.end)
            ):
                event.persons, event.date = undated, day

    def _news_perfect(self, events: list[RawEvent], lead: Sentence) -> list[RawEvent]:
        """The acts the lead sentence tells in the present perfect ("has pardoned", "have
        been detained") with no time told beside them."""
        lead_index = self.sentences.index(lead)
        return [
            e
            for e in events
            if e.sentence == lead_index
            and e.type in _NEWS_ACTS
            and self.news_perfect.search(
                self.text, max(lead.start, e.trigger[0] - 20), e.trigger[0] + 12
            )
            and not self.dates.between(max(lead.start, e.trigger[0] - 40), e.trigger[1] + 30)
        ]

    def _deaths_in_custody(self, events: list[RawEvent]) -> list[RawEvent]:
        """A death is an event when it happened in custody: its paragraph (or the one
        before) tells of prison or custody, or the report tells the person's arrest or
        term ("Taraikouski, who died at a protest in Minsk on Monday" is none)."""
        held = {
            p
            for e in events
            if e.type not in ("death", "release", "exile", "charge")
            for p in e.persons
        }
        kept = []
        for event in events:
            if (
                event.type == "death"
                and not (set(event.persons) & held)
                # (a digest's line may lean on the one before it)
                and not self.in_custody.search(
                    self.text,
                    self.paragraph_spans[max(0, event.paragraph - 1)][0],
                    self.paragraph_spans[event.paragraph][1],
                )
                # "He was a political prisoner" told of the person anywhere in the report
                and not any(self._custody_told_of(p) for p in event.persons)
            ):
                continue
            kept.append(event)
        return kept

    def _custody_told_of(self, person: int) -> bool:
        """A sentence that names the person also tells of prison or custody."""
        for m_start, _m_end, p in self.mentions.items:
            if p == person:
                sentence = self.sentences[self.resolver.sentence_index(m_start)]
                if self.in_custody.search(self.text, sentence.start, sentence.end):
                    return True
        return False

    def _partial_acquittals(self, events: list[RawEvent]) -> None:
        """ "The judge acquitted X of insulting the president but found him guilty of
        libel": an acquittal on one charge beside a conviction in the same sentence frees
        no one."""
        acquittal = self.subtype_cues.get("acquittal")
        if acquittal is None:
            return
        for event in events:
            if event.type != "release" or not acquittal.search(self.text, *event.trigger):
                continue
            # (joined by "but", or acquitted "on one count": "X, who had been sentenced in
            # 2019, was acquitted" is freed)
            partial = self.partial_charge.search(
                self.text, event.trigger[1], min(len(self.text), event.trigger[1] + 60)
            )
            convicted = {
                p
                for e in events
                if e.sentence == event.sentence
                and e.type in ("sentence", "punishment")
                and (
                    (partial and e.trigger[0] > event.trigger[1])
                    or _CONTRAST.search(
                        self.text,
                        min(e.trigger[1], event.trigger[1]),
                        max(e.trigger[0], event.trigger[0]),
                    )
                )
                for p in e.persons
            }
            if convicted & set(event.persons):
                event.persons = [p for p in event.persons if p not in convicted]
                event.had_persons = True

    def _freed_into_exile(self, events: list[RawEvent]) -> None:
        """ "вызвалілі 250 палітвязняў ... Сярод тых, каго вывезлі ў Літву, — X, Y": those
        driven out of the country the day a group was freed were freed with it."""
        for exile in events:
            if exile.type != "exile" or not exile.date or not exile.persons:
                continue
            sentence = self.sentences[exile.sentence]
            if self.expelled.search(self.text, *exile.trigger) or _CONTRAST.search(
                self.text, sentence.start, sentence.end
            ):
                continue  # "deported", "был выслан в Литву, но вернулся": not driven out freed
            release = next(
                (
                    e
                    for e in events
                    if e.type == "release"
                    and e.date == exile.date
                    and not e.persons
                    and e.count
                    and abs(e.paragraph - exile.paragraph) <= 2
                ),
                None,
            )
            if release is not None and not any(
                e.type == "release" and e.date == exile.date and set(e.persons) & set(exile.persons)
                for e in events
            ):
                release.persons = list(exile.persons)
                release.had_persons = True

    def _scene_day(self, events: list[RawEvent]) -> None:
        """ "Во вторник прошли обыски у правозащитников. ... Сотрудника «Весны» X задержали":
        searches and arrests the body goes on to tell after a lead that dated them to one
        recent day are that day's, while the report names no other time."""
        lead = next((s for s in self.sentences if not s.is_title), None)
        if lead is None or self.published is None:
            return
        _start, lead_end = self.paragraph_spans[lead.paragraph]
        days = {
            e.date
            for e in events
            if e.type in _SCENE
            and e.date
            and len(e.date) == 10
            and not e.title
            and self.sentences[e.sentence].paragraph == lead.paragraph
        }
        if len(days) != 1:
            return
        (day,) = days
        if not 0 <= (self.published - dt.date.fromisoformat(day)).days <= _NEWS_DAYS:
            return
        for event in events:
            sentence = self.sentences[event.sentence]
            if (
                event.date is None
                and event.type in _SCENE
                and sentence.start >= lead_end
                and sentence.paragraph - lead.paragraph <= 3
                and not self._in_quote(event.trigger[0])
                # (another time told since the lead; "a resident since 2019" is a duration)
                and not any(
                    d.value and not _SINCE.search(self.text, max(0, d.start - 8), d.start)
                    for d in self.dates.between(lead_end, sentence.end)
                )
                # "had previously been detained", "задерживали раньше", "five times since"
                and not _EARLIER.search(self.text, sentence.start, sentence.end)
                and not self.times.search(self.text, sentence.start, sentence.end)
            ):
                event.date = day

    def _prisoners_own(self, events: list[RawEvent]) -> None:
        """ "The colony refused to accept a parcel", "адміністрацыя скасавала спатканне": a
        punishment or pressure with no one named befalls the prisoner the report is telling
        of there (no one else is punished in a colony or pressed to petition)."""
        for event in events:
            if event.type not in ("punishment", "pressure") or event.persons or event.count:
                continue
            if event.title or self._quoted(event.trigger[0]):
                continue  # a quotation's acts are its speaker's (``_told_of_me``)
            if not self._someone_told(*self._clause_span(event)):
                self._give_to_the_told_of(event)

    def _someone_told(self, start: int, end: int) -> bool:
        """The span names someone, tells of people ("for all political prisoners") or has a
        personal pronoun ("X, які ўгаворваў іх ..."): an act there is not left unnamed."""
        return bool(
            self.mentions.between(start, end)
            or self.people_noun.search(self.text, start, end)
            or self.any_pronoun.search(self.text, start, end)
        )

    def _give_to_the_told_of(self, event: RawEvent) -> None:
        """Give an event that names no one to the person the report tells of at its verb
        (never a judge)."""
        person = self.resolver.resolve(event.trigger[0], None)
        if person is not None and not self.resolver.is_judge(person):
            event.persons, event.had_persons = [person], True

    def _searched_home(self, events: list[RawEvent]) -> None:
        """A search with no one named is of the one visited ("к Тарасюку пришли с
        обыском"), or, at a relative's home ("в квартире матери провели обыск", "searched
        the family's flat"), of the person the report is telling of there."""
        for event in events:
            if event.type != "search" or event.persons or event.count or event.title:
                continue
            if self._quoted(event.trigger[0]):
                continue  # a quotation's acts are its speaker's (``_told_of_me``)
            start, end = self._clause_span(event)
            visited = [
                m
                for m in self.mentions.between(start, end)
                if self.visited_with_search.search(self.text, max(start, m[0] - 4), m[0])
            ]
            if visited:
                event.persons, event.had_persons = [visited[0][2]], True
            elif self.kin_home.search(self.text, start, end):
                self._give_to_the_told_of(event)

    def _search_at_the_arrest(self, events: list[RawEvent]) -> None:
        """ "X was detained on 21 June. During the search officers took the computers", "Они
        провели обыск": a search with no one named, told right after an arrest, is of the
        one arrested, on that day when it tells no other time."""
        for index, event in enumerate(events):
            if event.type != "search" or event.persons or event.count or event.title:
                continue
            arrest = next(
                (
                    e
                    for e in reversed(events[:index])
                    if e.type == "detention"
                    and e.persons
                    and not e.title
                    and 0 <= event.sentence - e.sentence <= 1
                ),
                None,
            )
            if arrest is None:
                continue
            start, end = self._sentence_span(event.sentence)
            own_dates = [d.value for d in self.dates.between(start, end) if d.value]
            if (
                self.counts.between(start, end)
                or _EARLIER.search(self.text, start, end)
                # "the day police searched BelaPAN's office": an organisation's premises
                or self.offices.search(self.text, start, end)
                # "Обыск проводить не стали": none was held (not "ничего не нашли")
                or self.not_held.search(
                    self.text, event.trigger[1], min(end, event.trigger[1] + 30)
                )
                # "On 30 June police searched the homes of activists": another day
                or any(
                    not arrest.date or not (d.startswith(arrest.date) or arrest.date.startswith(d))
                    for d in own_dates
                )
                # "прыйшлі з ператрусам да яго жонкі Дар'і": someone else named
                or any(
                    m[2] not in arrest.persons
                    for m in self.mentions.between(start, min(end, event.trigger[1] + 40))
                )
            ):
                continue
            event.persons, event.had_persons = list(arrest.persons), True
            if event.date is None and not self.dates.between(start, end):
                event.date = arrest.date

    def _told_of_me(self, events: list[RawEvent]) -> list[RawEvent]:
        """An act told of "me" with no one else named befalls who tells it: the
        interviewee in an interview's answer ("I was sentenced in May", "в марте меня
        перевели"; also an answer naming and counting no one: "В январе 2022-го дали два
        с половиной года"), a named speaker in their quoted words ("They brought me here
        in November," he writes). Other acts told in quoted words stay unread."""
        tellers = [(start, end, speaker, False) for start, end, speaker in self.voiced]
        if self.interviewee is not None:
            person, answers = self.interviewee
            tellers += [(start, end, person, True) for start, end in answers]
        if not tellers:
            return events
        out = []
        for event in events:
            teller = next((t for t in tellers if t[0] <= event.trigger[0] < t[1]), None)
            if teller is None:
                out.append(event)
                continue
            start, end, person, answer = teller
            s_start, s_end = self._sentence_span(event.sentence)
            told_of_me = self.first_person.search(self.text, max(start, s_start), min(end, s_end))
            if answer and not told_of_me:
                told_of_me = not (
                    self.mentions.between(s_start, s_end) or self.counts.between(s_start, s_end)
                )
            if not event.persons and told_of_me and not self._in_quote(event.trigger[0]):
                event.persons, event.had_persons = [person], True
                out.append(event)
            elif answer:
                out.append(event)
        return out

    def _narrated(self, events: list[RawEvent]) -> None:
        """A text in someone's own words, as its headline says ("урывак з кнігі ўспамінаў
        Алега Маскаленкі", "Последнее слово студента Евгения Синкевича"): an act told of
        "me" with no one named is the narrator's."""
        if self.title_span is None:
            return
        title_start, title_end = self.title_span
        own = self.own_words.search(self.text, title_start, title_end)
        if own is None:
            return
        named = self.mentions.between(own.end(), title_end)
        # whose words: the name right after the noun, a role at most between ("Последнее
        # слово студента X", "letter from X"; not "Дневник суда над X")
        if not named or not _OWNER_GAP.fullmatch(self.text, own.end(), named[0][0]):
            return
        narrator = named[0][2]
        for event in events:
            if event.persons or event.sentence < 0 or self._in_quote(event.trigger[0]):
                continue
            s_start, s_end = self._sentence_span(event.sentence)
            if s_start < title_end:
                continue
            if self.first_person.search(self.text, s_start, s_end):
                event.persons, event.had_persons = [narrator], True

    def _asked(self, events: list[RawEvent]) -> list[RawEvent]:
        """An interview's question telling an act ("When were you arrested?", "Вам
        предлагали написать прошение?") answered without naming it ("On the evening of
        23 August 2020.", "Three times. The last was in July."): the interviewee's act,
        dated by the answer's opening before it tells any other act; none when the
        answer opens with a "no"."""
        if self.interviewee is None or not self.questions:
            return events
        person, answers = self.interviewee
        out = list(events)
        for q_start, q_end in self.questions:
            asked = self._clause_triggers(q_start, q_end, in_quotes=True)[0]
            if not asked or self.negation.search(self.text, q_start, asked[0][1].start()):
                continue
            if self.mentions.between(q_start, q_end) or self.he_or_she.search(
                self.text, q_start, q_end
            ):
                continue  # "When was he released?": asked of another ("When did they ...")
            trigger, match = max(asked, key=lambda tm: tm[1].end() - tm[1].start())
            following = min((q[0] for q in self.questions if q[0] >= q_end), default=len(self.text))
            answer = next((a for a in sorted(answers) if q_end <= a[0] < following), None)
            if answer is None or self.negation.match(
                self.text, answer_opening(self.text, answer[0]), answer[1]
            ):
                continue  # "No. Nobody laid a finger on me."
            if any(
                e.type == trigger.type and answer[0] <= e.trigger[0] < answer[1] for e in events
            ):
                continue  # the answer tells the act itself
            opening_end = answer[1]
            tells_an_act = False
            for sentence in self.sentences:
                if answer[0] <= sentence.start < answer[1] and self._triggers(
                    sentence.start, sentence.end
                ):
                    opening_end, tells_an_act = sentence.start, True
                    break
            # a quotation inside the answer tells another's words ("said: «Write one line
            # and you will be home by Sunday»"), a name in marks («Весна») is no quotation
            quoted = _QUOTATION.search(self.text, answer_opening(self.text, answer[0]), opening_end)
            opening_end = quoted.start() if quoted else opening_end
            told: list[DateMention] = []
            for date in self.dates.between(answer[0], opening_end):
                if (
                    date.value
                    and not any(  # "23 August 2020, after the big Sunday march"
                        len(date.value) == len(other.value or "") == 10
                        and not re.search(r"[.!?]", self.text[other.end : date.start])
                        for other in told
                    )
                ):
                    told.append(date)
            index = self.resolver.sentence_index(q_start)
            if not told and tells_an_act:
                continue  # "За что судили?" — "... В январе дали два года": the answer's act
            for date in told or [None]:
                out.append(
                    RawEvent(
                        trigger.type,
                        trigger.subtype,
                        date.value if date else None,
                        [person],
                        None,
                        None,
                        (q_start, opening_end),
                        index,
                        self.sentences[index].paragraph,
                        False,
                        match.span(),
                        had_persons=True,
                    )
                )
        return out

    def _section_day(self, events: list[RawEvent]) -> None:
        """A digest's paragraphs opening with a date alone as their label: an act told there
        with no date of its own happened then."""
        for event in events:
            if event.date is None and event.paragraph in self.date_labels:
                event.date = self.date_labels[event.paragraph]

    def _live_day(self, events: list[RawEvent]) -> None:
        """A live blog ("12:05 — ...", "10:40. ...": entries opening with a time): an act
        told with no date in an entry happened on the day the blog covers, the one day its
        opening names if recent, else the publication day."""
        stamped = self.stamped
        if self.published is None or len(stamped) < 2:
            return
        opening_end = self.paragraph_spans[stamped[0]][0]
        days = {
            d.value
            for d in self.dates.between(0, opening_end)
            if d.value
            and len(d.value) == 10
            and 0 <= (self.published - dt.date.fromisoformat(d.value)).days <= _NEWS_DAYS
        }
        day = days.pop() if len(days) == 1 else self.published.isoformat()
        entries = set(stamped)
        for event in events:
            sentence = self.sentences[event.sentence]
            if event.date is not None or sentence.paragraph not in entries:
                continue
            entry_start = self.paragraph_spans[sentence.paragraph][0]
            # a recognition is a background state ("X, recognised as a political prisoner")
            # unless the entry opens by telling it, after its time stamp ("12:15. ...")
            opening = sentence.start <= entry_start + _TIME_STAMP_WIDTH
            relatives = [r.span() for r in _RELATIVE.finditer(self.text, entry_start, sentence.end)]
            if (
                event.type in _NEWS_ACTS
                and (event.type != "recognition" or opening)
                and not self._in_quote(event.trigger[0])
                # nor in an entry that tells other times ("A reminder of the background.
                # Kalesnikava was seized on 7 September last year ...")
                and not any(
                    # "released about an hour later": still the blog's day
                    (d.value or (d.kind == "later" and (d.delta or (0, ""))[1] != "hour"))
                    # ("к Игорю Сачко, который прошлой осенью возил передачи": his story)
                    and not any(a <= d.start < b for a, b in relatives)
                    for d in self.dates.between(entry_start, sentence.end)
                )
                and not _EARLIER.search(self.text, sentence.start, sentence.end)
                and not self.times.search(self.text, sentence.start, sentence.end)
            ):
                event.date = day

    def _discourse(self, events: list[RawEvent]) -> list[RawEvent]:
        # "... Об этом в субботу сообщила пресс-служба": the report's date is the event's
        with_events = {e.sentence for e in events}
        last_of_sentence = {e.sentence: e for e in events}
        for event in events:
            following = event.sentence + 1
            if last_of_sentence[event.sentence] is not event:
                continue  # the main verb comes last: "X, приговорённую ..., этапировали"
            if event.date is None and not event.title and following < len(self.sentences):
                sentence = self.sentences[following]
                if (
                    _REPORT_ANAPHOR.match(self.text, sentence.start)
                    and following not in with_events
                ):
                    dates = [
                        d
                        for d in self.dates.between(sentence.start, sentence.end)
                        if d.kind != "later" and d.value
                    ]
                    if dates:
                        event.date = dates[0].value
        # "помиловал ещё 52 человека ... Всех, кроме него, вывезли в Литву": people freed
        # and deported are deported the day they are freed
        for index, event in enumerate(events):
            if event.type != "exile" or event.date is not None:
                continue
            freed = [
                e
                for e in events[max(0, index - 10) : index]
                if e.type == "release" and e.date and 0 <= event.sentence - e.sentence <= 1
            ]
            if freed:
                event.date = freed[-1].date
        # "у Літву вывезлі памілаваных X і Y": the deported were freed that day too
        for event in list(events):
            if event.type != "exile" or not event.persons:
                continue
            sentence = self.sentences[event.sentence]
            freed = self.freed_participle.search(self.text, event.trigger[1], sentence.end)
            if freed and not any(
                e.type == "release" and e.sentence == event.sentence for e in events
            ):
                release = RawEvent(**vars(event))
                release.type = "release"
                release.subtype = self._subtype(freed, sentence)
                release.persons = list(event.persons)
                events.append(release)
        # "у Літву вывезлі памілаваных X і Y" on 19 March: freed the day they are deported
        for event in events:
            if event.type != "release" or event.date is not None:
                continue
            deported = [
                e
                for e in events
                if e.type == "exile"
                and e.date
                and e.sentence == event.sentence
                and set(e.persons) & set(event.persons)
            ]
            if deported:
                event.date = deported[0].date
        # "Адразу пасля абвяшчэння прысуду журналіста вызвалілі", "freed in the
        # courtroom": released on the day of the verdict told
        for index, event in enumerate(events):
            if event.type != "release" or event.date is not None:
                continue
            sentence = self.sentences[event.sentence]
            if not self.at_the_verdict.search(self.text, sentence.start, sentence.end):
                continue
            verdict = next(
                (
                    e
                    for e in [*events[index + 1 : index + 3], *reversed(events[:index])]
                    if e.type == "sentence"
                    and e.date
                    and len(e.date) == 10
                    and 0 <= event.sentence - e.sentence <= 2
                ),
                None,
            )
            if verdict is not None:
                event.date = verdict.date
        # an undated event takes the date of the same event stated just before
        for index, event in enumerate(events):
            if event.date is not None or event.title:
                continue
            sentence = self.sentences[event.sentence]
            together = bool(_TOGETHER.search(self.text, sentence.start, sentence.end))
            # "freed in the same group", "also on the list": the event told before
            cue = bool(_COREFERENCE_CUE.search(self.text, sentence.start, sentence.end)) and not (
                _EARLIER.search(self.text, sentence.start, sentence.end)  # "Крыху раней"
            )
            for earlier in reversed(events[max(0, index - 60) : index]):  # bounded: linear
                if event.sentence - earlier.sentence > 3 and not (together or cue):
                    break
                # "28 political prisoners were freed in May" is a tally, not the event
                # of someone named a few sentences later
                tally = not earlier.persons and (earlier.count or 0) > 1
                related = (
                    (
                        not earlier.persons
                        and (not tally or cue or event.sentence - earlier.sentence <= 1)
                    )
                    or not event.persons
                    or set(earlier.persons) & set(event.persons)
                    or cue
                    # co-defendants listed after a verdict: "X got 14 years."
                    or (  # (one verdict is reported to the day)
                        event.type == "sentence"
                        and len(earlier.date or "") == 10
                        and event.sentence - earlier.sentence <= 2
                        and not _EARLIER.search(self.text, sentence.start, sentence.end)
                    )
                )
                if (
                    earlier.type == event.type
                    and earlier.date
                    and not earlier.title
                    and related
                    and (event.paragraph - earlier.paragraph <= 1 or together or cue)
                ):
                    event.date = earlier.date
                    if event.type == "release" and event.subtype == "other":
                        event.subtype = earlier.subtype
                    break
        # "X was seized near his home on Nov. 9. His flat was searched.": a search and
        # the arrest it goes with are one scene, on one day
        for index, event in enumerate(events):
            if event.date is not None or event.type not in _SCENE or not event.persons:
                continue

            # "searched X's flat and detained him on July 13": the scene's date may come
            # later in the sentence too
            around = [*reversed(events[max(0, index - 10) : index]), *events[index + 1 : index + 5]]
            after_search = self.after_the_search.search(
                self.text, *self._sentence_span(event.sentence)
            )
            scene = next(
                (
                    e
                    for e in around
                    if e.type in _SCENE
                    and e.type != event.type
                    and e.date
                    and 0 <= event.sentence - e.sentence <= 1
                    and e.paragraph == event.paragraph
                    and (
                        set(e.persons) & set(event.persons) or (after_search and e.type == "search")
                    )
                ),
                None,
            )
            if scene is not None and after_search:
                event.date = scene.date  # "пасля ператрусу павезлі": that search's day
            elif scene is not None:
                # "He was later detained", "had been searched several times before": a
                # later or earlier time is told between the two acts
                b = max(scene.trigger[1], event.trigger[1])
                first = min(scene.trigger[0], event.trigger[0])
                # ("провели обыск, затем задержали 13 июля" in one sentence is one scene)
                told_apart = _EARLIER.search(self.text, first, b) or (
                    scene.sentence != event.sentence and self.afterwards.search(self.text, first, b)
                )
                if not told_apart:
                    event.date = scene.date
        # "X got 7 years, Y and Z 6 each ... The trial began on May 12": a trial told with
        # no one named is the trial of the defendants of the verdict reported
        verdicts = [e for e in events if e.type == "sentence" and e.persons]
        for index, event in enumerate(events):
            # "признали всех четверых политзаключёнными": the last group told of as many
            all_of = self.all_of_n.search(self.text, event.trigger[0], self._clause_end(event))
            if event.type == "recognition" and all_of:
                n = self.lexicon.number_words.get(all_of.group("n").lower())
                group = next(
                    (
                        e
                        for e in reversed(events[:index])
                        if n and len(e.persons) == n and e.sentence != event.sentence
                    ),
                    None,
                )
                if group is not None:
                    event.persons, event.had_persons = list(group.persons), True
                    continue
            # "Праваабаронцы прызналі ўсіх асуджаных палітвязнямі", "recognised all the
            # defendants": the verdict's defendants too
            if (
                event.type == "recognition"
                and verdicts
                and self.all_defendants.search(self.text, event.trigger[0], self._clause_end(event))
            ):
                event.of_the_verdict = True
            if not event.of_the_verdict or not verdicts:
                continue
            # the verdict reported is the first told (the lead's), not a past one after it
            told = [
                e
                for e in verdicts
                # a trial begins before its verdict; a recognition may come after it
                if not (event.type == "trial" and event.date and e.date and e.date < event.date)
            ]
            if told:
                first = next((e for e in told if not e.title), told[0])
                same = [e for e in told if e.date == first.date]
                event.persons = _unique(p for e in same for p in e.persons)
                event.had_persons = True
        # "Памілаваны Павел Сырамалотаў вярнуўся дадому" over "Учора памілавалі шасцёх
        # палітвязняў": the lead tells the headline's event with its date, not its name
        for headline in [e for e in events if e.title and e.persons and not e.date]:
            lead = next(
                (
                    e
                    for e in events
                    if not e.title
                    and e.type == headline.type
                    and e.date
                    and not e.persons
                    and e.paragraph - headline.paragraph <= 2
                ),
                None,
            )
            if lead is not None:
                lead.persons, lead.had_persons = list(headline.persons), True
                headline.persons = []
        self._partial_acquittals(events)
        events = self._deaths_in_custody(events)
        # "the four had been freed as part of an act of pardon": an undated mention that
        # tells how a dated release came about gives it its subtype
        dated_other: dict[int, list[RawEvent]] = {}  # person -> dated releases of "other"
        for event in events:
            if event.type == "release" and event.date and event.subtype == "other":
                for person in event.persons:
                    dated_other.setdefault(person, []).append(event)
        for event in events:
            if event.type != "release" or event.date or event.subtype in (None, "other"):
                continue
            for person in event.persons:
                for other in dated_other.pop(person, []):
                    other.subtype = event.subtype
        self._lead_date(events)
        self._scene_day(events)
        self._search_at_the_arrest(events)
        self._searched_home(events)
        self._prisoners_own(events)
        self._live_day(events)
        self._section_day(events)
        events = self._told_of_me(events)
        self._narrated(events)
        events = self._asked(events)
        self._freed_into_exile(events)
        # a person's undated mention of an event that is dated elsewhere is that event
        dated = {(e.type, p): e for e in events if e.date for p in e.persons}
        for event in events:  # "after their arrest" beside "arrested in July 2021"
            if event.date is None:
                for p in event.persons:
                    other = dated.get((event.type, p))
                    # ("выйшаў у сераду, цалкам адбыўшы тэрмін": the undated words tell how)
                    if other is not None and other.subtype == "other" and event.subtype:
                        other.subtype = event.subtype
                event.persons = [p for p in event.persons if (event.type, p) not in dated]
        events = [e for e in events if e.persons or not e.had_persons]
        # an event with no person repeats one with persons (title, lead), or is a generic
        # statement ("the seventh political prisoner to die since 2021")
        with_persons: dict[str, list[RawEvent]] = {}
        for event in events:
            if event.persons:
                with_persons.setdefault(event.type, []).append(event)
        kept = []
        told_dated = {e.type for e in events if e.date and not e.title}
        for event in events:
            others = with_persons.get(event.type, [])
            if (
                not event.persons
                and event.date is None
                and event.title
                and event.type in told_dated
            ):
                continue  # "Lukashenka pardons 23 more prisoners": the lead tells it, dated
            if (
                not event.persons
                and others
                and (
                    event.count is None
                    or event.date is None
                    or any(other.date == event.date for other in others)
                )
            ):
                for other in others:
                    if other.count is None:
                        other.count = event.count
                continue
            kept.append(event)
        # "arrested two years ago" beside "detained on May 23, 2021": one event, told at
        # two precisions; the person's coarser mention goes
        finer = {  # (type, person, a coarser date) of each dated event
            (e.type, p, e.date[:n])
            for e in kept
            if e.date
            for p in e.persons
            for n in (4, 7)
            if n < len(e.date)
        }
        for event in kept:
            if event.date and len(event.date) < 10:
                event.persons = [
                    p for p in event.persons if (event.type, p, event.date) not in finer
                ]
        kept = [e for e in kept if e.persons or not e.had_persons]
        # "were seized before the service and taken to the detention centre": the place an
        # arrest leads to is part of the arrest, not a transfer
        kept = [e for e in kept if not self._taken_on_arrest(e, kept)]
        # one entry per (type, subtype, date)
        merged: dict[tuple[str, str | None, str | None], RawEvent] = {}
        for event in kept:
            key = (event.type, event.subtype, event.date)
            if key in merged:
                target = merged[key]
                target.persons = _unique(target.persons + event.persons)
                target.place = target.place or event.place
                target.count = target.count or event.count
            else:
                merged[key] = event
        events = list(merged.values())
        self._counted_group_named(events)
        return events

    def _counted_group_named(self, events: list[RawEvent]) -> None:
        """ "вынес приговор четверым анархистам, задержанным в октябре": the participle tells
        of the counted group the verdict names; a group counted as many as the names
        another event of it gives is that group ("freed the last six ... All six had been
        declared prisoners of conscience: A, B, ...")."""
        for event in events:
            if event.persons or not event.count:
                continue
            # "четверым анархистам, задержанным": set off right after the count
            participle = any(
                c.end <= event.trigger[0]
                and re.fullmatch(r"\s*,\s*", self.text[c.end : event.trigger[0]])
                for c in self.counts.between(max(0, event.trigger[0] - 80), event.trigger[0])
            )
            named = next(
                (
                    e
                    for e in events
                    if e is not event
                    and e.persons
                    and (
                        (
                            e.count == event.count
                            and abs(e.sentence - event.sentence) <= 1
                            and participle
                        )
                        # "freed the last six ... All six had been declared prisoners of
                        # conscience" beside the six names: the same six
                        or (
                            e.count in (None, event.count)
                            and abs(e.sentence - event.sentence) <= 2
                            and len(e.persons) == event.count
                            # the same kind of act, the same sentence, "All six had been",
                            # or a group told again ("трох актывістак вызвалілі" after the
                            # three named arrested)
                            and (
                                e.type == event.type
                                or e.sentence <= event.sentence
                                or self.all_of_n.search(self.text, *self._sentence_span(e.sentence))
                            )
                        )
                    )
                ),
                None,
            )
            if named is not None:
                event.persons, event.had_persons = list(named.persons), True


@functools.cache
def _role_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "anarchist X" and "X, the Young Front leader": a role word before or after a name."""
    stem = re.escape(role[: max(4, len(role) - 2)])
    before = re.compile(rf"{stem}\w*(?:['’]s)?\s+(?:[\w-]+\s+){{0,1}}$", re.IGNORECASE)
    if re.fullmatch(KIN, role, re.IGNORECASE):
        # "Yuliya Slutskaya, her son, ...": a list of two people, not her description
        after = re.compile(
            rf",\s+(?:(?:a|an|the)\s+)?(?!{POSSESSIVE}\s)"
            rf"(?:[\w-]+\s+){{0,3}}{stem}",
            re.IGNORECASE,
        )
    else:
        after = re.compile(
            rf",\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w-]+\s+){{0,3}}{stem}", re.IGNORECASE
        )
    return before, after


def _possessive_right_before(text: str, m_start: int, m_end: int, position: int) -> bool:
    """Whether the mention ``text[m_start:m_end]`` is a possessive ("X's") standing right
    before ``position``."""
    between = text[m_end:position].strip()
    own = text[m_start:m_end]
    return between in ("'s", "’s") or (not between and own != morph.strip_possessive(own))


def _group_before(previous: list[RawEvent]) -> RawEvent:
    """The group "among them" points back to: the counted event ("семь человек задержали
    ... Среди задержанных — X"), else the main (first) event of the sentence before."""
    counted = [e for e in previous if e.count]
    last = max(e.sentence for e in previous)
    counted = [e for e in counted if e.sentence == last] or counted
    return counted[0] if counted else next(e for e in previous if e.sentence == last)


def _same_sentence(events: list[RawEvent], index: int) -> list[RawEvent]:
    """The events found so far in sentence ``index`` (the tail of ``events``), in order."""
    out = []
    for event in reversed(events):
        if event.sentence != index:
            break
        out.append(event)
    return out[::-1]


def _unique(items: object) -> list[int]:
    out: list[int] = []
    for item in items:  # type: ignore[attr-defined]
        if item not in out:
            out.append(item)
    return out
