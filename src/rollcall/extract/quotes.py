"""Direct quotations and who said them.

Quote marks: “ ” ‘ ’ « » „ “ „ ” and straight double and single quotes, plus dialogue dashes
(a paragraph opening with "—"). Attribution: a speech verb next to the quote, after
it ("...," he said / said X / », — сказаў X) or before it (X said: “...”, по словам X,
«...»); a pronoun points back to the last named person of its gender; a quote with no
attribution continues the previous speaker (interview style). Unnamed speakers ("a
friend", "one of them", "родственники") give ``speaker: null``. Short quoted names and
scare quotes («Вясна», "likes") are not quotations.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rollcall.extract import morph
from rollcall.extract.lang import KIN, KIN_MEN, KIN_WOMEN, POSSESSIVE, Lexicon
from rollcall.extract.model import Person
from rollcall.extract.text import Positioned, Ranges

PAIRS = {"“": "”", "«": "»", "„": "“”", "‘": "’", '"': '"', "'": "'", "‹": "›", "‚": "‘’"}
_DASHES = "—–-"


@dataclass
class QuoteSpan:
    """A quoted span: ``start``/``end`` of the text inside the marks, ``outer`` with them."""

    start: int
    end: int
    outer: tuple[int, int]
    dialogue: bool = False
    answer: bool = False  # an interview's "A: ..." line


# "Q: ...?" / "A: ..." lines of an interview (English, Russian, Belarusian markers)
_QUESTION_LINE = re.compile(r"^(?:Q|В|Вопрос|Пытанне|Question)\s*[:.]\s+", re.MULTILINE)
_ANSWER_MARKER = r"(?:A|О|Ответ|Адказ|Answer)\s*[:.]"
_ANSWER_LINE = re.compile(rf"^{_ANSWER_MARKER}\s+(?P<answer>[^\n]+)", re.MULTILINE)
# an answer's opening: its marker, a dash or a quote mark
_ANSWER_OPENING = re.compile(rf"\s*(?:{_ANSWER_MARKER}\s*)?[—–\-«“\"„]*\s*")


def answer_opening(text: str, start: int) -> int:
    """Where the words of an answer starting at ``start`` begin, past its "A:" marker and
    any opening dash or quote mark."""
    return _ANSWER_OPENING.match(text, start).end()  # (every part optional: it matches)


def find_spans(
    text: str, paragraphs: list[tuple[int, int]], speech_verbs: str | None = None
) -> list[QuoteSpan]:
    """Outermost quoted spans, never crossing a paragraph; unclosed marks are ignored.
    ``speech_verbs`` tell an attribution dash ("— ён трымаецца — кажа жонка") from a
    dash inside the speech ("— Кожная смерць — адказнасць дзяржавы")."""
    speech = re.compile(rf"(?<!\w){speech_verbs}(?!\w)", re.IGNORECASE) if speech_verbs else None
    spans: list[QuoteSpan] = []
    answers = _QUESTION_LINE.search(text) is not None
    for p_start, p_end in paragraphs:
        if answers and _ANSWER_LINE.search(text, p_start, p_end):
            for line in _ANSWER_LINE.finditer(text, p_start, p_end):
                end = line.start("answer") + len(line.group("answer").rstrip())
                spans.append(
                    QuoteSpan(line.start("answer"), end, (line.start(), end), True, answer=True)
                )
            continue
        dialogue = re.match(r"[—–-]\s+(?![a-zа-яёіў\d])", text[p_start:p_end])
        if dialogue and not _list_of_dashes(text, p_start, p_end):
            spans.extend(_dialogue(text, p_start + dialogue.end(), p_end, speech))
            continue
        for span in _marked(text, p_start, p_end, paragraphs):
            spans.extend(_split_at_attribution(text, span, speech))
    return spans


def _split_at_attribution(
    text: str, span: QuoteSpan, speech: re.Pattern[str] | None
) -> list[QuoteSpan]:
    """«Стихи — это не клевета, — говорит адвокат Нина Гуща. — Суд даже ...»: the
    attribution inside the marks parts the quotation in two."""
    inner = _INNER_ATTRIBUTION.search(text, span.start, span.end)
    if speech is None or inner is None:
        return [span]
    head = " ".join(re.findall(r"\w+", text[inner.end() : inner.end() + 40])[:3])
    if not speech.search(head):
        return [span]
    parts = [
        QuoteSpan(p.start, p.end, p.outer) for p in _dialogue(text, span.start, span.end, speech)
    ]
    if len(parts) < 2:
        return [span]
    # the marks belong to the first part and the last
    parts[0].outer = (span.outer[0], parts[0].end)
    parts[-1].outer = (parts[-1].outer[0], span.outer[1])
    return parts


def _marked(
    text: str, start: int, p_end: int, paragraphs: list[tuple[int, int]], p_start: int = -1
) -> list[QuoteSpan]:
    """The spans between quote marks in ``text[start:p_end]`` (a paragraph, or an answer
    in it: ``p_start`` is then the paragraph's start)."""
    p_start = start if p_start < 0 else p_start
    spans: list[QuoteSpan] = []
    position = start
    while position < p_end:
        char = text[position]
        closers = PAIRS.get(char)
        if closers and _opens(text, position, max(p_start, start)):
            close = _find_close(text, position, p_end, char, closers)
            if close is None and _continues(text, position, p_start, p_end, paragraphs):
                # a quotation running on into the next paragraph has no closing mark
                # at the end of this one
                end = p_start + len(text[p_start:p_end].rstrip())
                spans.append(QuoteSpan(position + 1, end, (position, end)))
                break
            if close is not None:
                spans.append(QuoteSpan(position + 1, close, (position, close + 1)))
                position = close + 1
                continue
        position += 1
    return spans


def quotes_of_interview(
    text: str, paragraphs: list[tuple[int, int]], spans: list[QuoteSpan]
) -> list[QuoteSpan]:
    """In a question-and-answer interview the answers are the interviewee's account, not
    quotations (as the format counts only words between quote marks): the quotations are
    those marked inside the answers ("The last time he told me: “I will not write it.”")
    and the marked ones elsewhere."""
    if not interview_questions(text, paragraphs):
        return spans
    out: list[QuoteSpan] = []
    for span in spans:
        if span.answer or span.dialogue:
            out.extend(_marked(text, span.start, span.end, paragraphs, p_start=span.outer[0]))
        else:
            out.append(span)
    return out


def _continues(
    text: str, position: int, p_start: int, p_end: int, paragraphs: list[tuple[int, int]]
) -> bool:
    """An opening mark at the start of a paragraph, unclosed in it, with the next
    paragraph opening with the same mark: one quotation over several paragraphs."""
    if text[p_start:position].strip():
        return False
    following = next((s for s, _e in paragraphs if s >= p_end), None)
    return following is not None and text[following:].lstrip()[:1] == text[position]


def is_interview(text: str, paragraphs: list[tuple[int, int]], lexicon: Lexicon) -> bool:
    """The article says it is an interview, or is built as one: questions standing as
    paragraphs of their own, or "Q:"/"A:" lines."""
    if re.search(lexicon.interview_cues, text, re.IGNORECASE) or _QUESTION_LINE.search(text):
        return True
    return len(_question_paragraphs(text, paragraphs)) >= 2


def interview_answers(
    text: str, paragraphs: list[tuple[int, int]], spans: list[QuoteSpan]
) -> list[QuoteSpan]:
    """The answers of an interview (see :func:`is_interview`): its facts are told there,
    so events are read in them."""
    return [
        span
        for span in spans
        if not text[span.start : span.end].rstrip().endswith("?")
        and (span.answer or span.dialogue or _whole_paragraph(text, paragraphs, span))
    ]


def unquoted_answers(
    text: str, paragraphs: list[tuple[int, int]], first_person: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The answers of an interview built of question paragraphs and written without
    quote marks ("When were you arrested?" / "On the evening of 23 August 2020."): the
    paragraphs from one question to the next; after the last question, the one right
    after it and those that follow while they speak in the first person (the article's own
    closing words end it)."""
    questions = _question_paragraphs(text, paragraphs)
    if len(questions) < 2:
        return []
    answers = []
    for index, (_q_start, q_end) in enumerate(questions):
        following = questions[index + 1][0] if index + 1 < len(questions) else len(text)
        block = [(s, e) for s, e in paragraphs if q_end < s < following]
        if index + 1 == len(questions):
            told = [block[0]] if block else []
            for start, end in block[1:]:
                if not first_person.search(text, start, end):
                    break
                told.append((start, end))
            block = told
        # (a quoted answer is read as one already; a dashed one may be no quotation:
        # "— 14 красавіка 2021 года, на працы.")
        answers.extend((s, e) for s, e in block if text[s] not in PAIRS)
    return answers


def interview_questions(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The interviewer's questions in an interview ("Q: ...?" lines, question
    paragraphs): no facts are read there."""
    lines = [
        (m.start(), text.find("\n", m.start()) % (len(text) + 1))
        for m in _QUESTION_LINE.finditer(text)
    ]
    return lines + _question_paragraphs(text, paragraphs)


def _question_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs that are a short question, not quoted."""
    out = []
    for start, end in paragraphs:
        paragraph = text[start:end].strip()
        if (
            paragraph.endswith("?")
            and paragraph[:1] not in PAIRS
            and len(re.findall(r"\w+", paragraph)) <= 40
        ):
            out.append((start, end))
    return out


def _whole_paragraph(text: str, paragraphs: list[tuple[int, int]], span: QuoteSpan) -> bool:
    for s, e in paragraphs:
        if s <= span.start < e:
            outside = text[s : span.outer[0]] + text[span.outer[1] : e]
            return len(re.findall(r"\w+", outside)) <= 1
    return False


def _list_of_dashes(text: str, p_start: int, p_end: int) -> bool:
    """Lines opening with dashes inside one paragraph, or ending with ';': a list."""
    lines = [line.strip() for line in text[p_start:p_end].split("\n") if line.strip()]
    dashed = [line for line in lines if line[:1] in _DASHES]
    return len(dashed) >= 2 or any(line.endswith(";") for line in dashed)


def _opens(text: str, position: int, p_start: int) -> bool:
    char = text[position]
    before = text[position - 1] if position > p_start else " "
    if char == "'":  # a straight single quote opens only before a word: 'We are, not '90s
        after = text[position + 1] if position + 1 < len(text) else " "
        return not before.isalnum() and after.isalpha()
    if char in '‘"' or char == "‚":
        return not (before.isalnum())
    return True


# a quoted phrase right after one of these names a charge or a thing, it quotes nobody
_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:for|of|under|on|about|with|into|as|за|по|па|под|пад|о|об|аб|пра|про|у|ў|в|с|з|"
    r"как|як|так называем\w+|так званы\w*)\s*$",
    re.IGNORECASE,
)
MAX_QUOTE = 5000  # characters: a longer "quotation" is an unclosed mark


def _find_close(text: str, position: int, p_end: int, opener: str, closers: str) -> int | None:
    depth = 0
    index = position + 1
    p_end = min(p_end, position + MAX_QUOTE)
    while index < p_end:
        char = text[index]
        if char == opener and opener not in closers:
            depth += 1
        elif char in closers:
            after = text[index + 1] if index + 1 < p_end else " "
            if char in "’'" and after.isalpha():
                index += 1
                continue  # an apostrophe: It’s
            if char in "'\"" and opener == char and text[index - 1].isspace():
                index += 1
                continue
            if (
                char == "'"
                and opener == "'"
                and text[index - 1] == "s"
                and re.match(r" [a-z]", text[index + 1 : index + 3])
            ):
                index += 1
                continue  # "the prisoners' release": a plural's apostrophe
            if depth == 0:
                return index
            depth -= 1
        index += 1
    return None


_AFTER_PUNCTUATION = re.compile(r"(?<=[,.!?…])\s+[—–]\s+")
_BEFORE_LOWER = re.compile(r"\s+[—–]\s+(?=[а-яёіўa-z])")


# ", — говорит", "!» — сказаў": a dash after the speech's own punctuation
_INNER_ATTRIBUTION = re.compile(r"[,!?…]\s+[—–]\s+")


def _dialogue(
    text: str, start: int, p_end: int, speech: re.Pattern[str] | None = None
) -> list[QuoteSpan]:
    """'— Quote, — said X. — More quote.' -> the quoted parts."""
    out = []
    position = start
    while position < p_end:
        match = _AFTER_PUNCTUATION.search(text, position, p_end)
        dash = position
        while True:  # a bare dash ends the speech only when an attribution follows it
            bare = _BEFORE_LOWER.search(text, dash, match.start() if match else p_end)
            if bare is None:
                break
            head = " ".join(re.findall(r"\w+", text[bare.end() : bare.end() + 40])[:3])
            if speech is None or speech.search(head):
                match = bare
                break
            dash = bare.end()
        end = match.start() if match else p_end
        if end > position:
            out.append(QuoteSpan(position, end, (position - 2, end), dialogue=True))
        if not match:
            break
        # skip the attribution up to the next " — " that restarts the speech
        rest = re.compile(r"[.:]\s+[—–]\s+").search(text, match.end(), p_end)
        if not rest:
            break
        position = rest.end()
    return out


# relatives: "— кажа яго маці", "his wife said": a relative of the person, not the person
_KIN = re.compile(rf"(?<!\w){KIN}(?!\w)", re.IGNORECASE)


def _one_family(name: str, other: str) -> bool:
    """Two full names share a family name, in either sex's form ("Paval Sasnouski" and
    "Nadzeya Sasnouskaya")."""
    a, b = name.split(), other.split()
    if len(a) < 2 or len(b) < 2:
        return False
    return (
        a[-1] == b[-1]
        or morph.womans_surname(a[-1]) == b[-1]
        or morph.womans_surname(b[-1]) == a[-1]
    )


@dataclass
class Found:
    span: QuoteSpan
    speaker: int | None  # a person index
    attributed: bool


# what may stand between a speech verb and its speaker: a possessive and a role or kin noun
# ("паведаміў яго бацька", "said his lawyer"), not a clause ("said on Monday that")
_SOURCE_GAP = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}")
_ADDRESSEE_GAP = re.compile(r"\s+to\s", re.IGNORECASE)
# "из письма", "з ліста", "у лісце": words taken out of a letter
_FROM_BEFORE = re.compile(r"(?<!\w)(?:из|з|са|із|в|у|ў)\s+$", re.IGNORECASE)


# "a letter from his lawyer X", "письмо от X", "ліст ад X": the one it is from
_SENDER = re.compile(r"\s+(?:from|от|ад)\s+(?:[\w-]+\s+){0,3}?(?=\S)", re.IGNORECASE)


class QuoteFinder:
    """Finds quotations and attributes them."""

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        paragraphs: list[tuple[int, int]],
        mentions: list[tuple[int, int, int]],
        resolve_pronoun: Callable[..., int | None],
        pronoun_gender: Callable[[str], str | None],
        interview: bool = False,
        persons: Sequence[Person] = (),
    ) -> None:
        self.text = text
        self.persons = persons
        # (position, person) of each source told so far: a quote's named speaker, or the
        # one a speech verb in the narration names ("паведаміў яго бацька Анатоль ...")
        self.sources: list[tuple[int, int]] = []
        self.is_interview = interview
        self.lexicon = lexicon
        self.paragraphs = paragraphs
        self.paragraph_ranges = Ranges(paragraphs)
        self.mentions = mentions  # (start, end, person index)
        self.positioned = Positioned(mentions, key=lambda m: m[0])
        self.starts_of: dict[int, list[int]] = {}
        for start, _end, person in mentions:
            self.starts_of.setdefault(person, []).append(start)
        self.resolve_pronoun = resolve_pronoun
        self.pronoun_gender = pronoun_gender
        flags = re.IGNORECASE
        self.speech = re.compile(rf"(?<!\w){lexicon.speech_verbs}(?!\w)", flags)
        self.preposition = re.compile(rf"(?<!\w)(?:{lexicon.prepositions})(?!\w)", flags)
        self.listener = re.compile(lexicon.listener_verbs, flags)
        self.according = re.compile(lexicon.according_to, flags)
        self.reported_that = re.compile(rf"(?<!\w)(?:{lexicon.reported_that})\s*$", flags)
        self.pronoun = re.compile(r"(?<!\w)(?:he|she|they|он|она|они|ён|яна|яны)(?!\w)", flags)
        self.interview = re.compile(lexicon.interview_cues, flags)
        self.letter = re.compile(rf"(?<!\w)(?:{lexicon.letter_nouns})(?!\w)", flags)
        self.letter_writers: list[tuple[int, int | None]] | None = None  # read when needed
        self.letter_received = re.compile(lexicon.letter_received, flags)
        self.letter_written_by = re.compile(lexicon.letter_written_by, flags)
        self.relation_before = re.compile(rf"(?<!\w)(?:{lexicon.relation_nouns})\s+$", flags)
        self.letter_before = re.compile(rf"(?:{lexicon.letter_says})[^.!?«»“”\"]*:\s*$", flags)
        # ("», — заканчивается письмо", '," the letter ends')
        self.letter_after = re.compile(
            rf"\s*[,.!?…]?\s*(?:[—–]\s*)?(?:{lexicon.letter_says})", flags
        )
        self.first_person = lexicon.first_person
        self.first_person_subject = re.compile(
            rf"(?<!\w)(?:{lexicon.first_person_subject})(?!\w)", flags
        )
        self.possessive_by_sex = re.compile(rf"(?<!\w)(?:{lexicon.possessive_by_sex})\s+$", flags)
        self.relayed = re.compile(rf"\s*(?:{lexicon.relayed_words})(?!\w)", flags)
        # '," the 27-year-old writes', "— пишет 27-летний": the person the report is about
        self.age_speaker = re.compile(rf"\s*(?:the\s+)?(?:{lexicon.age_noun})(?!\w)", flags)
        self.age_speaker_before = re.compile(
            rf"(?<!\w)(?:the\s+)?(?:{lexicon.age_noun})\s+$", flags
        )
        self.referring_nouns = [
            (gender, re.compile(rf"\s*(?<!\w)(?:{noun})(?=[\s,.;:!?]|$)", flags))
            for gender, noun in lexicon.referring_nouns.items()
        ]
        self.role_before_name = re.compile(rf"(?<!\w){lexicon.role_words}\s+$", flags)
        # a definite singular role noun as the speaker: "said the journalist", "— сказаў журналіст"
        role = rf"{lexicon.role_words}"
        definite = r"the\s+" if lexicon.code == "en" else ""
        self.role_speaker = re.compile(
            rf"\s*(?:\w+\s+)?{definite}(?P<role>{role})(?=[\s,.;:!?]|$)", flags
        )
        self.role_speaker_before = re.compile(
            rf"(?<![\w])(?:The|{definite})\s*(?P<role>{role})\s+(?:\w+\s+)?$", flags
        )
        # "his mother said", "— мяркуе бацька": a relative, named or not before
        self.kin_speaker = re.compile(
            rf"\s*(?:{POSSESSIVE}\s+)?(?P<role>{KIN})(?=[\s,.;:!?]|$)", flags
        )
        self.kin_speaker_before = re.compile(
            rf"(?<![\w])(?:{POSSESSIVE}\s+)(?P<role>{KIN})\s+(?:\w+\s+)?$", flags
        )

    def person_gender(self, person: int) -> str | None:
        return self.persons[person].gender if person < len(self.persons) else None

    def find(self, spans: list[QuoteSpan]) -> list[Found]:
        self.sources = self._narrated_sources(spans)
        # (read again on each call: a letter's writer told by a pronoun may be resolved
        # otherwise once the events are known)
        self.letter_writers = None
        found: list[Found] = []
        last_speaker: int | None = None
        last_paragraph = -1
        interview_speaker = self.interviewee
        for span in spans:
            quoted = self.text[span.start : span.end]
            n_words = len(re.findall(r"\w+", quoted))
            if (
                span.dialogue
                and interview_speaker is not None
                and quoted.rstrip().endswith("?")
                and self._is_whole_paragraph(span)
            ):
                continue  # "— Как вы узнали?": the interviewer's question
            # "he told a colleague that "it looks like ...", and then ..., said X": a phrase
            # inside a narrated sentence belongs to the speech verb before it
            first, second = (
                (self._before, self._after) if self._embedded(span) else (self._after, self._before)
            )
            speaker, attributed = first(span)
            if not attributed:
                speaker, attributed = second(span)
            writer = self._read_from_letter(span)
            if writer is not None:
                # "said X, who then read out a line from Kruhlik's letter: “...”": the
                # letter's words are its writer's, whoever reads them out
                speaker, attributed = writer, True
            if attributed and speaker is None and interview_speaker is not None:
                # "— «Держитесь, вас помнят», — вот что я повторял себе сам": "I" in an
                # interview is the one interviewed
                tail = re.match(r"\s*[,—–][^.!?\n]*", self.text[span.outer[1] : span.outer[1] + 80])
                if tail and self.first_person_subject.search(tail.group(0)):
                    speaker = interview_speaker
            if not attributed and self._letter_says(span):
                # "«...», — заканчивается письмо": the words of the letter's writer
                speaker, attributed = self._letter_writer(span.start), True
            paragraph = self._paragraph(span.start)
            if not attributed:
                sentence_like = n_words >= 4 and (quoted.strip()[:1].isupper() or span.dialogue)
                if not sentence_like:
                    continue
                whole_paragraph = span.answer or self._is_whole_paragraph(span)
                if (
                    last_speaker is not None
                    and paragraph - last_paragraph <= 1
                    and (whole_paragraph or paragraph == last_paragraph)
                ):
                    speaker = last_speaker
                elif interview_speaker is not None and whole_paragraph:
                    speaker = interview_speaker
                elif whole_paragraph and self._letter_just_told(paragraph):
                    # "Рэдакцыя атрымала ліст ад X ... Публікуем урыўкі." then «...»
                    speaker = self._letter_writer(span.start)
                elif self.first_person.search(quoted) and (
                    (writer := self._letter_writer(span.start)) is not None
                    and last_speaker in (None, writer)
                ):
                    # "A letter from X reached his sister ... “I told him I had nothing
                    # to ask forgiveness for.”": "I" in a letter's report is its writer
                    speaker = writer
            elif n_words < 2 or (n_words < 3 and not re.search(r"[.!?…]\s*$", quoted)):
                continue  # «Витьба-3», «Народная громада»: a quoted name
            found.append(Found(span, speaker, attributed))
            if speaker is not None and attributed:
                bisect.insort(self.sources, (span.start, speaker))
            if speaker is not None:
                last_speaker, last_paragraph = speaker, paragraph
            elif attributed:
                last_speaker, last_paragraph = None, paragraph
        return found

    # -- helpers ----------------------------------------------------------------------
    def _narrated_sources(self, spans: list[QuoteSpan]) -> list[tuple[int, int]]:
        """Persons named as the one who speaks, by a speech verb outside quotes: right after
        it ("паведаміў яго бацька Анатоль Пракапенка") or right before it ("Bialiatski
        said"), never the subject of what is reported ("said that Losik was moved")."""
        inside = Ranges([span.outer for span in spans])
        out: list[tuple[int, int]] = []
        for verb in self.speech.finditer(self.text):
            if inside.contains(verb.start()):
                continue
            after = self._mention_in(verb.end(), verb.end() + 60)
            if (
                after
                and _SOURCE_GAP.fullmatch(self.text, verb.end(), after[0][0])
                # ("comments about Lukashenka": who is told about, not who speaks; "to
                # write to Aleh Trubish": whom it is said to)
                and not self.preposition.search(self.text, verb.end(), after[0][0])
                and not _ADDRESSEE_GAP.match(self.text, verb.end(), after[0][0])
            ):
                out.append((verb.start(), after[0][2]))
                continue
            before = self._mention_in(max(0, verb.start() - 60), verb.start())
            if before and not self.text[before[-1][1] : verb.start()].strip(" ,"):
                out.append((verb.start(), before[-1][2]))
        return out

    def _pronoun_speaker(self, position: int, gender: str) -> int | None:
        """He or she who speaks: the source named just before ("паведаміў яго бацька
        Анатоль Пракапенка. — ..., — сказаў ён"), else the pronoun's antecedent."""
        here = self._paragraph(position)
        index = bisect.bisect_left(self.sources, (position,)) - 1
        if index >= 0:
            at, person = self.sources[index]
            if here - self._paragraph(at) <= 1 and self.person_gender(person) in (None, gender):
                return person
        return self.resolve_pronoun(position, gender)

    def _letter_says(self, span: QuoteSpan) -> bool:
        """The quote is a letter's words: "Ліст заканчваецца словамі: «...»", "«...», —
        заканчивается письмо", "The letter ends: “...”"."""
        head = self.text[max(0, span.outer[0] - 60) : span.outer[0]]
        tail = self.text[span.outer[1] : span.outer[1] + 60]
        return bool(self.letter_before.search(head) or self.letter_after.match(tail))

    def _letter_just_told(self, paragraph: int) -> bool:
        """One of the two paragraphs before tells of a letter (its excerpts follow, maybe
        after a paragraph of background)."""
        return any(
            self.letter.search(self.text, *self.paragraphs[before]) is not None
            for before in range(max(0, paragraph - 2), paragraph)
        )

    def _name_cases(self, mention: tuple[int, int, int]) -> frozenset[str]:
        return morph.name_cases(self.text[mention[0] : mention[1]].split(), self.lexicon.code)

    def _read_from_letter(self, span: QuoteSpan) -> int | None:
        """The writer of a letter the colon before the quote introduces, in its sentence
        ("a line from Kruhlik's letter to the faculty: “...”")."""
        start = max(0, span.outer[0] - 80)
        lead = self.text[start : span.outer[0]]
        if not re.search(r":\s*$", lead) or re.search(r"[!?…»”\n]|\.\s", lead.rstrip()[:-1]):
            return None
        # ("read out a line from", "зачитал строчку из": a reading, not one's own words)
        readings = list(self.letter_received.finditer(lead))
        reading = readings[-1] if readings else None
        letter = self.letter.search(lead, reading.end()) if reading else None
        # ("Asked about the letter, Tsikhanouskaya said: “...”": her own words)
        if letter is None or self.speech.search(lead, letter.end()):
            return None
        return self._letter_writer(span.start)

    def _letter_writer(self, position: int) -> int | None:
        """Who wrote the letter told of last before ``position`` (see :meth:`_letter_writers`)."""
        if self.letter_writers is None:
            self.letter_writers = self._letter_writers()
        index = bisect.bisect_right(self.letter_writers, position, key=lambda w: w[0]) - 1
        return self.letter_writers[index][1] if index >= 0 else None

    def _letter_writers(self) -> list[tuple[int, int | None]]:
        """(where a letter's noun ends, who wrote the letter told of last there), in text
        order: the one it is from ("a letter from his lawyer X", "письмо от X"), the one a
        name or pronoun after the noun says wrote it, the owner of "his letter", else the
        person last named before the noun in its sentence, unless that one received or
        read it out; a letter that tells none keeps the writer before."""
        out: list[tuple[int, int | None]] = []
        writer = None
        for found in self.letter.finditer(self.text):
            sender = _SENDER.match(self.text, found.end())
            after = self._mention_in(found.end(), sender.end() + 40) if sender else []
            start = max(
                self.text.rfind(".", 0, found.start()), self.text.rfind("\n", 0, found.start())
            )
            named = self._mention_in(start + 1, found.start())
            owner = self.possessive_by_sex.search(
                self.text, max(0, found.start() - 12), found.start()
            )
            by_pronoun = self.letter_written_by.match(self.text, found.end())
            named_writer = (
                self._mention_in(by_pronoun.start("name"), by_pronoun.end("name"))
                if by_pronoun is not None and by_pronoun.groupdict().get("name")
                else []
            )
            # "из письма Лысюка", "з ліста Лысюка": the writer in the genitive after it
            owner_after = (
                [
                    m
                    for m in self._mention_in(found.end(), found.end() + 40)
                    if not self.text[found.end() : m[0]].strip()
                    and "gent" in (cases := self._name_cases(m))
                    and "datv" not in cases
                ]
                if self.lexicon.code != "en"
                and _FROM_BEFORE.search(self.text, max(0, found.start() - 12), found.start())
                else []
            )
            if after:
                writer = after[0][2]
            elif owner_after:
                writer = owner_after[0][2]
            elif named_writer:  # "A message that the blogger Stanislau Kardash wrote"
                writer = named_writer[-1][2]
            elif by_pronoun is not None and by_pronoun.group("p"):
                # "письмо, которое он написал ещё 28 августа"
                gender = self.pronoun_gender(by_pronoun.group("p"))
                writer = self.resolve_pronoun(found.start(), gender) if gender else None
            elif owner is not None:  # "His letter, dated September 29, reached his sister"
                gender = "f" if owner.group("f") else "m"
                writer = self.resolve_pronoun(found.start(), gender)
            elif named:
                # "получил письмо", "read out a letter" (not "who received 15 years")
                told = self.letter_received.search(
                    self.text, max(start + 1, found.start() - 25), found.start()
                )
                writer = None if told else named[-1][2]
            out.append((found.end(), writer))
        return out

    def _last_source(self, position: int, gender: str) -> int | None:
        """The last person of ``gender`` told as speaking before ``position``."""
        index = bisect.bisect_left(self.sources, (position,))
        return next(
            (p for _at, p in reversed(self.sources[:index]) if self.person_gender(p) == gender),
            None,
        )

    def _paragraph(self, position: int) -> int:
        return self.paragraph_ranges.index(position)

    def _is_whole_paragraph(self, span: QuoteSpan) -> bool:
        return _whole_paragraph(self.text, self.paragraphs, span)

    @functools.cached_property
    def interviewee(self) -> int | None:
        """The person an interview is with, when the article says it is one or is built as
        one (questions standing as paragraphs of their own, "Q:"/"A:" lines): the person
        the interview cue names ("we spoke to his wife, Natallia Pinchuk", "мы поговорили
        с ним"), else the one the headline opens with ("Дмитрий Соловьёв о ..."), else
        the most mentioned."""
        if not self.mentions or not self.is_interview:
            return None
        cue = self.interview.search(self.text)
        if cue is not None:
            end = re.search(r"[.!?\n]", self.text[cue.end() :])
            stop = cue.end() + (end.start() if end else 80)
            named = self._mention_in(cue.start(), stop)
            if named:
                return named[0][2]
            pronoun = re.search(
                r"(?<!\w)(?P<p>him|her|ним|ней|ім|ёй)(?!\w)",
                self.text[cue.start() : stop],
                re.IGNORECASE,
            )
            if pronoun:
                gender = "m" if pronoun.group("p").lower() in ("him", "ним", "ім") else "f"
                person = self.resolve_pronoun(cue.start(), gender)
                if person is not None:
                    return person
        if self.paragraphs:
            t_start, t_end = self.paragraphs[0]
            first = self._mention_in(t_start, t_end)
            if first and first[0][0] == t_start + len(self.text[t_start:t_end]) - len(
                self.text[t_start:t_end].lstrip()
            ):
                return first[0][2]  # "Natallia Pinchuk on her husband's release"
        counts: dict[int, int] = {}
        for _s, _e, person in self.mentions:
            counts[person] = counts.get(person, 0) + 1
        return max(counts, key=lambda p: counts[p])

    def _mention_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        return [m for m in self.positioned.between(start, end) if m[1] <= end]

    def _speaker_near_verb(
        self,
        region_start: int,
        region_end: int,
        verb: re.Match[str],
        quote_start: int,
        subject_only: bool = False,
    ) -> tuple[int | None, bool]:
        """The speaker next to a speech verb: a named person or a pronoun, else unnamed.
        ``subject_only``: only who stands before the verb (its subject) may be the speaker."""
        window_start = max(region_start, verb.start() - 60)
        window_end = verb.start() if subject_only else min(region_end, verb.end() + 140)
        candidates = []
        related = False  # someone named only as whose classmate or lawyer the speaker is
        in_window = self._mention_in(window_start, window_end)
        for index, (start, end, person) in enumerate(in_window):
            if (
                self.lexicon.code != "en"
                and start >= verb.end()
                and index + 1 < len(in_window)
                and not self.text[end : in_window[index + 1][0]].strip()
            ):
                continue  # "— говорит адвокат Лаврика Нина Гуща": whose lawyer, not who
            if re.match(r"['’]s\b", self.text[end : end + 3]) or re.search(
                r"['’]s$", self.text[start:end]
            ):
                continue  # "X's lawyer said": the lawyer spoke, not X
            between = self.text[min(end, verb.start()) : max(start, verb.end())]
            if start >= verb.end():
                between = self.text[verb.end() : start]
            elif end <= verb.start():
                between = self.text[end : verb.start()]
            if re.search(
                r"(?<!\w)(?:of|from|who|whom|that|из|от|с|со|з|са|ад|который|которая|які|якая|якія)(?!\w)|[.;]",
                between,
                re.IGNORECASE,
            ):
                continue
            if self.lexicon.code != "en":
                # the speaker is in the nominative: "Вячорка, дарадца Святланы Ціханоўскай,
                # напісаў", "кіраўнік офіса Святланы Ціханоўскай ... Кучынскі" are hers
                cases = morph.name_cases(self.text[start:end].split(), self.lexicon.code)
                if cases and "nomn" not in cases:
                    continue
                if morph.kin_possessor(self.text, start, end, self.lexicon.code):
                    continue  # "— расказваў бацька Уладзіміра": the father, unnamed
                if (
                    "gent" in cases
                    and self.relation_before.search(self.text, max(0, start - 25), start)
                    # ("— сказала адвокат Петрова": her own name, in the nominative)
                    and not morph.may_be_nominative(
                        self.text[start:end].split()[-1], self.lexicon.code
                    )
                ):
                    related = True
                    continue  # "— рассказала однокурсница Полины": her classmate, unnamed
                if (
                    not cases
                    and self.role_before_name.search(self.text, max(0, start - 30), start)
                    and end <= verb.start()
                ):
                    continue
            # "— заявил заместитель директора программы ... по Европе Джон Далхёйсен": a
            # long title may stand between the verb and the name that closes the sentence
            limit = 5 if start < verb.end() else 14
            if len(re.findall(r"\w+", between)) > limit:
                continue
            candidates.append(
                (
                    abs(start - verb.end()) if start >= verb.end() else abs(verb.start() - end),
                    person,
                    start >= verb.end(),
                )
            )
        subject_pronoun = next(
            (
                m
                for m in self.pronoun.finditer(self.text, window_start, verb.start())
                if not self.text[m.end() : verb.start()].strip()
            ),
            None,
        )
        if subject_pronoun is not None:
            # "she told reporters before embracing her mother-in-law, X": the pronoun
            # before the verb is its subject; a name after it is someone else
            candidates = [c for c in candidates if not c[2]]
        if self.listener.fullmatch(verb.group(0)) and any(
            not after for _d, _p, after in candidates
        ):
            # "X told Current Time": who is told is the listener, not the speaker
            candidates = [c for c in candidates if not c[2]]
        if (
            candidates
            and self.lexicon.code == "en"
            and re.search(r",\s*$", self.text[window_start : verb.start()])
        ):
            # "Franak Viachorka, an adviser to Sviatlana Tsikhanouskaya, wrote": the
            # verb's subject stands before the aside that closes right before it
            heads = [
                (start, person)
                for start, end, person in self._mention_in(
                    max(region_start, verb.start() - 120), verb.start()
                )
                if end <= verb.start()
                and re.match(r",\s", self.text[end : end + 2])
                and not re.search(r"[.!?;]", self.text[end : verb.start()])
            ]
            if heads and len(re.findall(r"\w+", self.text[heads[0][0] : verb.start()])) <= 16:
                return heads[0][1], True
        if candidates:
            return min(candidates)[1], True
        if related:
            return None, True
        for match in self.pronoun.finditer(self.text, window_start, window_end):
            if match.start() >= verb.end():
                between = self.text[verb.end() : match.start()]
            else:
                between = self.text[match.end() : verb.start()]
            if len(re.findall(r"\w+", between)) == 0:
                gender = self.pronoun_gender(match.group(0))
                if gender in ("m", "f"):
                    return self._pronoun_speaker(quote_start, gender), True
                return None, True
        for gender, noun in self.referring_nouns:
            # "— расказала жанчына", "the woman said": the last source of her gender (not
            # "— рассказала женщина, ставшая свидетелем": someone unnamed)
            after = noun.match(self.text, verb.end(), window_end)
            before = noun.search(self.text, window_start, verb.start())
            if (after and re.match(r"\s*(?:[.!?…]|$)", self.text[after.end() :])) or (
                before and not self.text[before.end() : verb.start()].strip()
            ):
                return self._last_source(quote_start, gender), True
            if after:
                return None, True
        if self.age_speaker.match(self.text, verb.end(), window_end) or (
            self.age_speaker_before.search(self.text, window_start, verb.start())
        ):
            return self._main_person(quote_start), True
        role = self.role_speaker.match(self.text, verb.end(), min(window_end, verb.end() + 40))
        if role is None:
            role = self.role_speaker_before.search(self.text, window_start, verb.start())
        if role is None:
            kin = self.kin_speaker.match(self.text, verb.end(), min(window_end, verb.end() + 40))
            if kin is None:
                kin = self.kin_speaker_before.search(self.text, window_start, verb.start())
            if kin is not None:
                named = self._named_as(kin.group("role"), quote_start)
                if named is None:
                    named = self._family_member(kin, quote_start)
                return named, True
        if role is not None:
            # "— сказаў журналіст", "said the activist": the article's own person
            verb_word = verb.group(0).lower()
            gender = "f" if re.search(r"(?:ла|ала|яла)$", verb_word) else None
            if re.search(r"(?:ў|л)$", verb_word):
                gender = "m"
            if re.match(
                r"\s*(?:«|“|„|\"|(?:of|for|at|from)\s+(?:the\s+)?[A-Z])",
                self.text[role.end("role") : role.end("role") + 12],
            ):
                return None, True  # "праваабаронца «Вясны»", "a lawyer for Viasna": unnamed
            kin = _KIN.search(role.group(0))
            if kin:
                # "— рассказал отец" after "его отец Александр Колесников": the one named so
                named = self._named_as(kin.group(0), quote_start)
                if named is None:
                    named = self._family_member(role, quote_start)
                return named, True
            # only the role noun itself: "калега журналістак" is no journalist
            gap = (
                self.text[verb.end() : role.start("role")]
                if role.start() >= verb.end()
                else self.text[role.end("role") : verb.start()]
            )
            right_after = re.fullmatch(r"\s*(?:the\s+)?", gap, re.IGNORECASE)
            named = self._named_as(role.group("role"), quote_start) if right_after else None
            if named is not None:
                # "— кажа адвакатка" after "яго адвакатка Святлана Гарбачэўская": the one named so
                return named, True
            person = self.resolve_pronoun(quote_start, gender, True)
            stem = role.group("role").lower()[:6]
            described = person is not None and any(
                re.search(
                    rf"{re.escape(stem)}\w*[\s,]+(?:[\w-]+\s+){{0,2}}$",
                    self.text[max(0, s - 50) : s].lower(),
                )
                for s in self.starts_of.get(person, [])[:20]
            )
            # only when the text calls that person so ("журналіста ... Алега Грузьдзіловіча"),
            # or the role is the prisoner the report is about ("— сказал политзаключённый")
            prisoner = (
                re.fullmatch(
                    self.lexicon.political_prisoner_nouns, role.group("role"), re.IGNORECASE
                )
                and not self.text[verb.end() : role.start("role")].strip()
            )  # not "знакомые X"
            return (person if described or prisoner else None), True
        return None, True

    def _main_person(self, before: int) -> int | None:
        """The person named most often before ``before``, the first named of equals."""
        counts: dict[int, int] = {}
        for start, _end, person in self.mentions:
            if start < before:
                counts[person] = counts.get(person, 0) + 1
        if not counts:
            return None
        first = {p: self.starts_of[p][0] for p in counts}
        return max(counts, key=lambda p: (counts[p], -first[p]))

    def _named_as(self, noun: str, before: int) -> int | None:
        """The person last named right after the kin ``noun`` ("his mother, Anna Kruk",
        "его отец Александр Колесников") before ``before``, or None when no one is."""
        stem = re.escape(noun.lower()[: max(3, len(noun) - 2)])
        named = [
            (start, person)
            for start, end, person in self.mentions
            if start < before
            # "his mother, Anna", "с его женой Ольгой": the noun in any case, a whole word
            # (or with whose it is between: "Адвакатка Рудзянковай Юлія Жук")
            and re.search(
                rf"(?<!\w){stem}\w*[\s,]+(?:[^\W\d_][\w'’-]+\s+)?$",
                self.text[max(0, start - 45) : start].lower(),
            )
            # "маці Вітольда Ашурка" is Vitold's mother, not Vitold
            and not morph.kin_possessor(self.text, start, end, self.lexicon.code)
        ]
        return max(named)[1] if named else None

    def _family_member(self, kin: re.Match[str], position: int) -> int | None:
        """ "his mother said" where she was named without that word ("Nadzeya Sasnouskaya
        has not seen her son"): the one person of the kin's sex who shares the family
        name of the person "his" or "her" stands for."""
        noun = kin.group("role")
        if re.fullmatch(KIN_WOMEN, noun, re.IGNORECASE):
            sex = "f"
        elif re.fullmatch(KIN_MEN, noun, re.IGNORECASE):
            sex = "m"
        else:
            return None
        owner_word = re.match(rf"\s*({POSSESSIVE})\s", kin.group(0), re.IGNORECASE)
        owner_word = owner_word or re.search(
            rf"(?<!\w)({POSSESSIVE})\s+\S+\s*$", kin.group(0), re.IGNORECASE
        )
        gender = self.pronoun_gender(owner_word.group(1)) if owner_word else None
        owner = self.resolve_pronoun(position, gender)
        if owner is None or owner >= len(self.persons):
            return None
        kin_persons = self._family_of(owner, sex)
        return kin_persons[0] if len(kin_persons) == 1 else None

    def _after(self, span: QuoteSpan) -> tuple[int | None, bool]:
        index = self._paragraph(span.start)
        p_end = self.paragraphs[index][1] if index >= 0 else len(self.text)
        tail_start = span.outer[1]
        colon = re.match(r"\s*:\s*", self.text[tail_start:p_end])
        if colon:  # a headline: “Only at the gate did I understand”: Ryhor Kastusiou on ...
            named = self._mention_in(tail_start + colon.end(), tail_start + colon.end() + 60)
            if named and named[0][0] == tail_start + colon.end():
                return named[0][2], True
            if index == 0 and self.interviewee is not None:
                # "«Прошение мне подсовывали каждый месяц»: интервью с Андреем Зубовичем"
                return self.interviewee, True
        lead = re.match(r"\s*[,.!?…]?\s*[—–-]?\s*", self.text[tail_start:p_end])
        region_start = tail_start + (lead.end() if lead else 0)
        stop = re.search(
            r"[.!?…](?:\s|$)|[,:]?\s[—–]\s*[«“„\"]|:\s*[«“„\"]", self.text[region_start:p_end]
        )
        region_end = region_start + stop.start() if stop else p_end
        if not lead or region_end <= region_start:
            return None, False
        inner_end = self.text[span.start : span.end].rstrip()[-1:]
        joined = inner_end in ",!?…" or re.match(
            r"\s*(?:,|[—–]|[a-zа-яёіў])", self.text[tail_start:p_end]
        )
        if not joined and not span.dialogue:
            return None, False  # the quote ends its sentence: what follows is not its attribution
        verb = self.speech.search(self.text, region_start, region_end)
        if verb is None or len(re.findall(r"\w+", self.text[region_start : verb.start()])) > 6:
            return None, False
        relayed = self.relayed.match(self.text, verb.end())
        if relayed:  # "— перадаў яе словы Сяргей": hers, his wife's when he is named
            return self._relayed_speaker(relayed, verb.start(), region_end), True
        return self._speaker_near_verb(region_start, region_end, verb, span.start)

    def _relayed_speaker(self, relayed: re.Match[str], position: int, end: int) -> int | None:
        """Whose words another relays: of "her"/"his" sex, in the relayer's family when he
        or she is named ("— перадаў яе словы Сяргей", her husband), else the pronoun's
        antecedent."""
        sex = "f" if relayed.group("f") else "m"
        relayer = next(iter(self._mention_in(relayed.end(), end)), None)
        family = self._family_of(relayer[2], sex) if relayer is not None else []
        if len(family) == 1:
            return family[0]
        return self.resolve_pronoun(position, sex)

    def _family_of(self, person: int, sex: str) -> list[int]:
        """The other persons of ``sex`` (or of no known sex) sharing ``person``'s family
        name ("Paval Sasnouski" and "Nadzeya Sasnouskaya")."""
        if person >= len(self.persons):
            return []
        return [
            other
            for other, p in enumerate(self.persons)
            if other != person
            and _one_family(self.persons[person].name, p.name)
            and self.person_gender(other) in (sex, None)
        ]

    def _embedded(self, span: QuoteSpan) -> bool:
        """A quoted phrase of three words or more that goes on the sentence in lower case,
        not a name after a preposition ("for "organising mass riots"", "за «змову ...»")."""
        quoted = self.text[span.start : span.end].strip()
        if len(re.findall(r"\w+", quoted)) < 3:
            return False
        if self.reported_that.search(self.text, max(0, span.outer[0] - 12), span.outer[0]):
            return True  # "говорил телеканалу «Дождь», что «Путин ...»": reported speech
        if not quoted[:1].islower():
            return False
        return not _PREPOSITION_BEFORE.search(self.text, max(0, span.outer[0] - 20), span.outer[0])

    def _before(self, span: QuoteSpan) -> tuple[int | None, bool]:
        index = self._paragraph(span.start)
        p_start = self.paragraphs[index][0] if index >= 0 else 0
        head_end = span.outer[0]
        head = self.text[p_start:head_end]
        cut = max(
            head.rfind(". "), head.rfind("» "), head.rfind("” "), head.rfind("! "), head.rfind("? ")
        )
        region_start = p_start + cut + 1 if cut >= 0 else p_start
        # the speech verb nearest the quote: "Asked about free speech, he said: ..."
        verbs = list(self.speech.finditer(self.text, region_start, head_end))
        verb = verbs[-1] if verbs else None
        according = self.according.search(self.text, region_start, head_end)
        right_after_verb = verb is not None and not self.text[verb.end() : head_end].strip()
        if not re.search(r"[:,]\s*$", self.text[region_start:head_end]) and not right_after_verb:
            # ("крикнул «Жыве Беларусь!»": the words right after the verb are its speech)
            if (verb or according) and self._embedded(span):
                # "called his sentence "a damning indictment of ..."", "said the decision
                # had been taken "at the request of ...": a quoted phrase inside the
                # speaker's sentence
                if according is None and verb is not None:
                    return self._speaker_near_verb(
                        region_start, head_end, verb, span.start, subject_only=True
                    )
            else:
                return None, False
        if according is not None:
            # "по словам X", "according to X": the name right after the phrase ("По его
            # словам, Мария была «...»": he said it, Maria is who it is about)
            mentions = [
                m
                for m in self._mention_in(according.start(), head_end)
                if m[0] - according.end() <= 3 and not self.text[according.end() : m[0]].strip()
            ]
            if mentions:
                return mentions[0][2], True
            pronoun = re.search(
                r"(?<!\w)(?:his|her|его|её|ее|яго|яе)(?!\w)",
                self.text[according.start() : head_end],
                re.IGNORECASE,
            )
            if pronoun:
                gender = self.pronoun_gender(pronoun.group(0))
                if gender in ("m", "f"):
                    return self.resolve_pronoun(span.start, gender), True
            return None, True
        if verb is None:
            # "он приложил к стеклу записку: «...»": the clause's subject wrote it
            if not re.search(r":\s*$", self.text[region_start:head_end]):
                return None, False
            named = self._mention_in(region_start, head_end)
            if named:
                return named[0][2], True
            kin = _KIN.search(self.text, region_start, head_end)
            if kin is not None:
                # "Мать их опровергает: «...»": the mother the report named so
                return self._named_as(kin.group(0), span.start), True
            pronoun = self.pronoun.search(self.text, region_start, head_end)
            if pronoun:
                gender = self.pronoun_gender(pronoun.group(0))
                if gender in ("m", "f"):
                    return self.resolve_pronoun(span.start, gender), True
            return None, False
        return self._speaker_near_verb(region_start, head_end, verb, span.start)
