"""Quotations: every quote mark style, dialogue dashes, attribution before and after,
pronouns, interview style, unnamed speakers, scare quotes, unclosed marks."""

from __future__ import annotations

import pytest

from tests.extract.conftest import run


def quotes(text: str, lang: str | None = None) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"]) for q in run(text, "2020-01-10", lang)["quotes"]]


def test_curly_quotes_attribution_after_with_name():
    text = (
        "Ales Bialiatski was freed on Saturday. "
        "“I am free, but my friends are still in prison,” Bialiatski told reporters."
    )
    assert quotes(text) == [("Ales Bialiatski", "I am free, but my friends are still in prison")]


def test_inverted_attribution_and_pronoun_continuation():
    text = (
        "Mikalai Statkevich was pardoned on Saturday.\n\n"
        "“I did not ask for a pardon,” said Statkevich. “Nothing has changed,” he added."
    )
    assert quotes(text) == [
        ("Mikalai Statkevich", "I did not ask for a pardon"),
        ("Mikalai Statkevich", "Nothing has changed"),
    ]


def test_attribution_before_with_colon():
    text = 'Sviatlana Tsikhanouskaya wrote: "The work is far from over. We will not stop."'
    assert quotes(text) == [
        ("Sviatlana Tsikhanouskaya", "The work is far from over. We will not stop.")
    ]


def test_unnamed_speakers_are_null():
    text = (
        "Raman Pratasevich was pardoned. “Nobody in his position speaks freely,” one of them told "
        "reporters. “He looked thin,” said a friend who met him at the gate."
    )
    assert quotes(text) == [
        (None, "Nobody in his position speaks freely"),
        (None, "He looked thin"),
    ]


def test_possessive_name_is_not_the_speaker():
    text = "Ihar Losik was detained. “He is innocent,” said Losik's lawyer."
    assert quotes(text) == [(None, "He is innocent")]


def test_guillemets_with_dash_ru():
    text = (
        "Мария Колесникова приговорена к 11 годам.\n\n"
        "«Приговор был предсказуем», — сказал журналистам один из родственников.\n\n"
        "«Мы будем бороться», — заявила Колесникова."
    )
    assert quotes(text, "ru") == [
        (None, "Приговор был предсказуем"),
        ("Мария Колесникова", "Мы будем бороться"),
    ]


def test_pronoun_speaker_ru_and_be():
    text_ru = (
        "Виктория Кульша отбывает срок в колонии.\n\n"
        "«Мне здесь тяжело, но я держусь», — сказала она."
    )
    assert quotes(text_ru, "ru") == [("Виктория Кульша", "Мне здесь тяжело, но я держусь")]
    text_be = "Алесь Пушкін памёр у турме.\n\n„Ён заўсёды жартаваў у лістах“, — сказала яго жонка."
    assert quotes(text_be, "be") == [(None, "Ён заўсёды жартаваў у лістах")]


def test_dialogue_dash_paragraph():
    text = (
        "Викторию Кульшу поместили в ШИЗО.\n\n"
        "— Её наказывают за любую мелочь, — рассказала одна из бывших заключённых."
    )
    assert quotes(text, "ru") == [(None, "Её наказывают за любую мелочь")]


def test_according_to_with_name():
    text = "По словам Марии Колесниковой, «в колонии нет никаких условий для лечения»."
    assert quotes(text, "ru") == [
        ("Мария Колесникова", "в колонии нет никаких условий для лечения")
    ]


def test_interview_style_paragraphs_are_the_main_speakers():
    text = (
        "Ihar Losik spoke to us in an interview after his release. "
        "Losik spent five years in prison.\n\n"
        "“The first months were the hardest. I did not know what was happening outside.”\n\n"
        "“Letters saved me. Every letter was a small holiday.”"
    )
    assert quotes(text) == [
        (
            "Ihar Losik",
            "The first months were the hardest. I did not know what was happening outside.",
        ),
        ("Ihar Losik", "Letters saved me. Every letter was a small holiday."),
    ]


def test_scare_quotes_and_names_in_quotes_are_not_quotations():
    text = (
        "Праваабаронцы «Вясны» прызналі яго палітвязнем. Яго асудзілі за «абразу прэзідэнта» "
        "і за «падабайку» ў сацыяльнай сетцы."
    )
    assert quotes(text, "be") == []


def test_apostrophes_are_not_quote_marks():
    text = "“It’s hard to describe the joy in my heart,” Sviatlana Tsikhanouskaya wrote."
    assert quotes(text) == [
        ("Sviatlana Tsikhanouskaya", "It’s hard to describe the joy in my heart")
    ]


def test_unclosed_quote_is_ignored_without_error():
    text = (
        "Ales Bialiatski said: “I am free and I will keep working for the others.\n\n"
        "He was freed on Saturday."
    )
    result = run(text, "2014-06-23")
    assert result["quotes"] == []
    assert ("release", "2014-06-21") in {(e["type"], e["date"]) for e in result["events"]}


def test_evidence_offsets_point_at_the_quoted_text():
    text = "Eduard Lobau was released. “I am home,” said Lobau."
    result = run(text, "2014-12-19")
    start, end = result["quotes"][0]["evidence"]
    assert text[start:end].rstrip(",") == "I am home"


def test_role_noun_speaker_is_the_person_so_described():
    text = (
        "Журналіста Радыё Свабода Алега Грузьдзіловіча вызвалілі ў аўторак.\n\n"
        "«Першае, што я зраблю, — абдыму сям'ю», — сказаў журналіст пасля вызвалення.\n\n"
        "«Гэта вялікая радасць», — сказаў адвакат."
    )
    assert quotes(text, "be") == [
        ("Алег Грузьдзіловіч", "Першае, што я зраблю, — абдыму сям'ю"),
        (None, "Гэта вялікая радасць"),
    ]


INTERVIEW_EN = """\
"I counted the days": Palina Sharenda-Panasiuk on her release

Palina Sharenda-Panasiuk was freed on Thursday. We reached her by phone in Vilnius.

When did you learn that you would be released?

"Nobody told me anything. A guard came in the morning and said: take your things.

"Only on the bus did I understand that it was over."

What was the hardest part?

"The silence. For months I was not allowed a single letter."
"""

INTERVIEW_RU = """\
Мария Колесникова вышла на свободу в субботу. Мы поговорили с ней по телефону.

— Как вы узнали, что вас освобождают?

— Утром пришёл конвоир и сказал собирать вещи. Я думала, что это очередной этап.

— Что было самым трудным?

— Одиночество. Почти два года я не могла ни с кем разговаривать.
"""


def test_interview_built_of_questions_gives_every_answer_to_the_interviewee(extract_json):
    result = extract_json(INTERVIEW_EN, "2025-06-23")
    assert [(q["speaker"], q["text"][:20]) for q in result["quotes"]] == [
        ("Palina Sharenda-Panasiuk", "I counted the days"),
        # a quotation running on over two paragraphs: no closing mark after the first
        ("Palina Sharenda-Panasiuk", "Nobody told me anyth"),
        ("Palina Sharenda-Panasiuk", "Only on the bus did "),
        ("Palina Sharenda-Panasiuk", "The silence. For mon"),
    ]


def test_dialogue_interview_questions_and_answers_are_not_quotes(extract_json):
    # the format counts words between quote marks: an interview's dashed answers are the
    # interviewee's account, and its questions the interviewer's
    result = extract_json(INTERVIEW_RU, "2025-12-15", "ru")
    assert result["quotes"] == []


def test_a_quotation_inside_an_interview_answer_is_one(extract_json):
    text = INTERVIEW_RU.replace(
        "— Утром пришёл конвоир и сказал собирать вещи.",
        "— Утром пришёл конвоир и сказал: «Собирайте вещи, вас переводят».",
    )
    result = extract_json(text, "2025-12-15", "ru")
    assert [(q["speaker"], q["text"]) for q in result["quotes"]] == [
        (None, "Собирайте вещи, вас переводят")
    ]


def test_unclosed_mark_without_a_following_quoted_paragraph_is_no_quote(extract_json):
    result = extract_json(
        'Ihar Losik wrote to his wife: "I am well, do not worry.\n\nHe was freed a year later.',
        "2025-06-23",
    )
    assert result["quotes"] == []


def test_dash_inside_dialogue_speech_does_not_end_it(extract_json):
    result = extract_json(
        "— Свабода — гэта не падарунак, — кажа Марфа Рабкова. — Яе трэба вярнуць усім.",
        "2023-06-30",
        "be",
    )
    assert [(q["speaker"], q["text"]) for q in result["quotes"]] == [
        ("Марфа Рабкова", "Свабода — гэта не падарунак"),
        ("Марфа Рабкова", "Яе трэба вярнуць усім."),
    ]


def test_role_of_an_organisation_is_an_unnamed_speaker(extract_json):
    text = (
        "Праваабаронца Марфа Рабкова выйшла на волю ў чэрвені.\n\n"
        "— Кожны такі вырак — помста за працу, — кажа праваабаронца «Вясны»."
    )
    result = extract_json(text, "2023-06-30", "be")
    assert [q["speaker"] for q in result["quotes"]] == [None]


def test_role_describes_a_person_only_right_before_the_name(extract_json):
    text = (
        "Лічаць праваабаронцы.\n\nМастак Алесь Пушкін памёр у турме.\n\n"
        "— Гэта адказнасць дзяржавы, — кажа праваабаронца."
    )
    result = extract_json(text, "2023-07-12", "be")
    assert [q["speaker"] for q in result["quotes"]] == [None]


QA_INTERVIEW = """\
Iryna Khalip on her husband's release: an interview

Andrei Sannikau was pardoned on Saturday. His wife, the journalist Iryna Khalip, spoke to
us on Monday.

Q: When did you learn that he was free?
A: On Saturday evening. He called from a friend's flat in Minsk.

Q: Was he pressed to write the petition?
A: Yes, for months. They threatened him and our son.
"""


def test_q_and_a_interview_answers_are_no_quotes_but_the_quotes_in_them_are(extract_json):
    assert extract_json(QA_INTERVIEW, "2012-04-16")["quotes"] == []
    text = QA_INTERVIEW.replace(
        "They threatened him and our son.",
        "The last time he told me: “I will not write it, whatever they do.”",
    )
    result = extract_json(text, "2012-04-16")
    assert [(q["speaker"], q["text"]) for q in result["quotes"]] == [
        ("Andrei Sannikau", "I will not write it, whatever they do.")
    ]


def test_interviewee_is_who_the_interview_cue_names(extract_json):
    text = (
        "Алесь Бяляцкі застаецца ў калоніі ў Горках. Мы пагаварылі з Наталляй Пінчук.\n\n"
        "— Як ён сябе адчувае?\n\n"
        "«Ён трымаецца, але здароўе горшае, чым год таму».\n\n"
        "— Ці даходзяць лісты?\n\n"
        "«Вельмі рэдка. Амаль усе лісты затрымлівае цэнзура»."
    )
    result = extract_json(text, "2024-03-01", "be")
    assert [q["speaker"] for q in result["quotes"]] == ["Наталля Пінчук", "Наталля Пінчук"]


def test_dashed_list_lines_are_not_dialogue(extract_json):
    text = (
        "Што яшчэ важна за тыдзень:\n"
        "— у аўторак Марыю Калеснікаву этапавалі ў калонію ў Гомелі;\n"
        "— 11 ліпеня памёр мастак Алесь Пушкін."
    )
    result = extract_json(text, "2023-07-14", "be")
    assert result["quotes"] == []
    assert {e["type"] for e in result["events"]} == {"transfer", "death"}


def test_a_relative_named_by_role_is_an_unnamed_speaker(extract_json):
    text = (
        "Маці Вітольда Ашурка дагэтуль не атрымала адказаў.\n\n"
        "— Мы не ведаем, што там адбылося, — кажа яго маці."
    )
    result = extract_json(text, "2022-05-21", "be")
    assert [q["speaker"] for q in result["quotes"]] == [None]


def test_colon_after_the_writer_attributes_a_note(extract_json):
    text = (
        "Андрея Санникова держат в колонии под Витебском. Уходя со свидания, он приложил к "
        "стеклу записку: «Меня могут убить в любой момент»."
    )
    result = extract_json(text, "2012-02-01", "ru")
    assert [q["speaker"] for q in result["quotes"]] == ["Андрей Санников"]


def test_a_quoted_name_is_no_quotation(extract_json):
    result = extract_json(
        "Лукашенко заявил, что Санникова отправили в колонию «Витьба-3».", "2012-02-01", "ru"
    )
    assert result["quotes"] == []


def test_a_name_after_a_role_is_whose_adviser_spoke(extract_json):
    text = (
        "Франак Вячорка, дарадца Святланы Ціханоўскай, напісаў пасля прысуду: "
        "«Алесь Пушкін толькі што атрымаў пяць гадоў»."
    )
    result = extract_json(text, "2022-03-31", "be")
    assert [q["speaker"] for q in result["quotes"]] == ["Франак Вячорка"]


def test_a_long_title_may_stand_between_verb_and_name(extract_json):
    text = (
        "«Их должны немедленно освободить», — заявил заместитель директора программы "
        "Amnesty International по Европе и Центральной Азии Джон Далхёйсен."
    )
    result = extract_json(text, "2011-05-17", "ru")
    assert [q["speaker"] for q in result["quotes"]] == ["Джон Далхёйсен"]


def test_a_quoted_phrase_inside_the_speakers_sentence():
    result = run(
        'Human rights groups called his sentence "a damning indictment of the regime". '
        'Spokeswoman Natallia Eismant said the decision had been taken "at the request of '
        'the U.S. administration". He was jailed for "organising mass riots in Minsk". '
        'The group said it considered Ihar Losik to be held "solely for his peaceful work".',
        "2022-10-07",
    )
    assert [(q["speaker"], q["text"]) for q in result["quotes"]] == [
        (None, "a damning indictment of the regime"),
        ("Natallia Eismant", "at the request of the U.S. administration"),
        (None, "solely for his peaceful work"),
    ]


def test_the_speech_verb_nearest_the_quote_attributes_it():
    result = run(
        '"I am no hero," Ihar Bahdanau told supporters. Asked about free speech in '
        'Belarus, he said: "It depends on how many years in prison you get for it."',
        "2016-10-28",
    )
    assert [q["speaker"] for q in result["quotes"]] == ["Ihar Bahdanau", "Ihar Bahdanau"]


def test_the_speaker_after_a_long_title_is_the_nominative_name():
    result = run(
        "— У іх няма ні дакументаў, ні пашпартоў, — сказаў кіраўнік офіса Святланы "
        "Ціханоўскай у Літве Дзяніс Кучынскі.",
        "2026-03-19",
        "be",
    )
    assert [q["speaker"] for q in result["quotes"]] == ["Дзяніс Кучынскі"]


def test_according_to_names_the_speaker_right_after_it():
    result = run(
        "«Наконец-то я смог её обнять», — рассказал Пётр Гурин. По его словам, Мария "
        "Гурина была «в относительно нормальном состоянии».",
        "2024-11-13",
        "ru",
    )
    assert [q["speaker"] for q in result["quotes"]] == ["Пётр Гурин", "Пётр Гурин"]


def test_a_nominative_name_after_a_role_is_the_speaker():
    result = run(
        "Старшыня асацыяцыі журналістаў Ганна Лысенка назвала справу абсурдам: «Журналіста "
        "караюць за крытыку ўлады».",
        "2016-12-26",
        "be",
    )
    assert [q["speaker"] for q in result["quotes"]] == ["Ганна Лысенка"]


def test_more_speech_verbs_name_the_speaker():
    be = (
        "Івана Крука затрымалі ў нядзелю. Яго сябар Павел Ліс таксама выходзіў на акцыі. "
        "«Нам пагражалі арыштам», — расказваў Павел Ліс."
    )
    assert quotes(be, "be") == [("Павел Ліс", "Нам пагражалі арыштам")]
    ru = "Ивана Крука задержали в воскресенье. «Это месть за его работу», — отмечает Павел Лис."
    assert quotes(ru, "ru") == [("Павел Лис", "Это месть за его работу")]
    en = 'Ivan Kruk was detained on Sunday. "This is revenge for his work," Pavel Lis pointed out.'
    assert quotes(en, "en") == [("Pavel Lis", "This is revenge for his work")]


def test_a_relative_named_by_whose_relative_he_is_speaks_unnamed():
    text = (
        "Уладзімір Крук хварэе.\n\n"
        "— Сына прынеслі на спатканне на насілках, — расказваў летам бацька Уладзіміра."
    )
    assert quotes(text, "be") == [(None, "Сына прынеслі на спатканне на насілках")]


def test_a_pronoun_after_a_two_word_speech_verb_is_the_speaker():
    text = (
        "Ивана Крука задержали в Гродно.\n\n"
        "— Происходит какая-то провокация, — успел сказать он в прямом эфире."
    )
    assert quotes(text, "ru") == [("Иван Крук", "Происходит какая-то провокация")]


def test_reacted_is_a_speech_verb():
    ru = "«Какое облегчение, что Иван вернётся домой», — отреагировала Анна Лис."
    assert quotes(ru, "ru") == [("Анна Лис", "Какое облегчение, что Иван вернётся домой")]
    be = "«Нарэшце ён дома», — адрэагавала Анна Ліс."
    assert quotes(be, "be") == [("Анна Ліс", "Нарэшце ён дома")]


def test_he_who_speaks_is_the_source_named_just_before():
    text = (
        "Івану Круку зноў дазволілі перадачы\n\n"
        "Адміністрацыя калоніі зняла забарону на перадачы для палітвязня Івана Крука, "
        "паведаміў яго бацька Павел Крук. Івана Крука асудзілі ў 2011 годзе, і ў 2012 "
        "годзе Крука змясцілі ў ШІЗА.\n\n"
        "— Мы якраз вяртаемся з Магілёва. Перадалі Івану прадукты, — сказаў ён."
    )
    assert quotes(text, "be") == [
        ("Павел Крук", "Мы якраз вяртаемся з Магілёва. Перадалі Івану прадукты")
    ]


def test_who_is_told_is_the_listener():
    text = (
        "Ivan Kruk was sentenced in September.\n\n"
        '"It hurts to feel that he has lost what he lived for," his father, Pavel Kruk, '
        "told Current Time."
    )
    assert quotes(text) == [("Pavel Kruk", "It hurts to feel that he has lost what he lived for")]


def test_a_fiancee_named_after_her_fiance_speaks_for_herself():
    text = (
        "Івана Крука этапавалі ў калонію.\n\n"
        "— Ён не мог быць злосным парушальнікам, — кажа нявеста Івана Анна Ліс."
    )
    assert quotes(text, "be") == [("Анна Ліс", "Ён не мог быць злосным парушальнікам")]


def test_the_subject_of_reported_speech_is_no_source():
    text = (
        "Ales Bialiatski said on Monday that Ivan Kruk had been moved to a colony. "
        '"This is revenge for his work," he said.'
    )
    assert quotes(text) == [("Ales Bialiatski", "This is revenge for his work")]


def test_a_source_named_before_its_verb_with_a_comma_speaks_for_he():
    text = (
        "Ivan Kruk was sent home on Saturday and Pavel Lis was released on Sunday.\n\n"
        "On Tuesday Kruk's father, Piotr Kruk, said the family would stop talking to "
        'reporters. "We will suspend contacts with the press," he said.'
    )
    assert quotes(text) == [("Piotr Kruk", "We will suspend contacts with the press")]


def test_a_pronoun_subject_of_the_speech_verb_beats_a_name_after_it():
    result = run(
        "Anna Lis was given a suspended term on Monday.\n\n"
        '"My son and I were held as hostages," she told reporters before embracing her '
        "mother-in-law, Alla Sannikava.",
        "2011-05-17",
        "en",
    )
    assert [(q["text"][:10], q["speaker"]) for q in result["quotes"]] == [
        ("My son and", "Anna Lis")
    ]


def test_a_phrase_quoted_after_a_speech_verb_is_that_verb_s_subject_s():
    result = run(
        "Ivan Kruk was due to give an interview. Instead he told a colleague that "
        '"it looks like someone is visiting us", and then his phone went silent, said '
        "Pavel Bely of the campaign.",
        "2020-09-09",
        "en",
    )
    assert [q["speaker"] for q in result["quotes"]] == ["Ivan Kruk"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Гэтыя рэпрэсіі трэба спыніць», — заявіў прэзідэнт федэрацыі Могенс Бліхер Б'ерэгард.",
            "Могенс Бліхер Б'ерэгард",
        ),
        (
            "«Галоўнае, што ён на волі», — напісала ў сацыяльных сетках актывістка Каця Белая.",
            "Каця Белая",
        ),
        (
            "«Гэты прысуд — помста тым, хто адважыўся пісаць», — заявіла Гульноза Саід з Камітэта "
            "абароны журналістаў.",
            "Гульноза Саід",
        ),
    ],
)
def test_an_unknown_name_in_the_speaker_s_place_is_a_person_be(text, speaker):
    result = run(text, "2022-12-01", "be")
    assert [q["speaker"] for q in result["quotes"]] == [speaker]
    assert [p["name"] for p in result["persons"]] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "«Мне прапаноўвалі», — сказаў Радыё Свабода адзін з вязняў.",
        "«Яны павінны быць вызваленыя», — заявіла дырэктарка Amnesty International па "
        "Усходняй Еўропе.",
    ],
)
def test_an_outlet_or_a_place_in_the_speaker_s_place_is_no_person_be(text):
    names = [p["name"] for p in run(text, "2022-12-01", "be")["persons"]]
    assert not any(len(name.split()) > 1 for name in names)


def test_the_prisoner_role_in_the_speaker_s_place_is_the_report_s_prisoner_ru():
    result = run(
        "Суд приговорил Ивана Крука к году колонии.\n\n«Это цинизм власти», — сказал "
        "политзаключённый в последнем слове.\n\n«Мы узнаём о нём только от тех, кто выходит "
        "на свободу», — говорят знакомые политзаключённого.",
        "2015-05-28",
        "ru",
    )
    assert [q["speaker"] for q in result["quotes"]] == ["Иван Крук", None]


def test_a_quote_after_that_in_reported_speech_is_the_reporter_s_subject_s_ru():
    result = run(
        "Незадолго до ареста Иван Крук говорил телеканалу «Дождь», что «Путин пошёл на "
        "резкую эскалацию и ведёт страну к войне».",
        "2022-10-10",
        "ru",
    )
    assert [q["speaker"] for q in result["quotes"]] == ["Иван Крук"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Ivan Kruk was detained on Sunday, his mother, Anna Kruk, told reporters. "
            '"Today I was told that he is in hospital," his mother said.',
            "en",
            "Anna Kruk",
        ),
        (
            "Его навестил отец Павел Крук. «Наконец-то я смог его обнять», — рассказал отец.",
            "ru",
            "Павел Крук",
        ),
        (
            "Пра гэта паведаміў ягоны бацька Павел Крук. «Падобна, што яго проста не хочуць "
            "выпускаць», — мяркуе бацька.",
            "be",
            "Павел Крук",
        ),
        # a relative never named: the speaker is unnamed
        ("«Падобна, што яго проста не хочуць выпускаць», — мяркуе бацька.", "be", None),
        ('"Today I was told that he is in hospital," his mother said.', "en", None),
    ],
)
def test_a_relative_as_the_speaker_is_the_one_named_so(text, lang, speaker):
    assert [s for s, _q in quotes(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Ён быў вельмі слабы», — успамінаў былы палітвязень Іван Крук.", "be", "Іван Крук"),
        (
            "Об этом написала его жена Анна Крук. «Если по закону, то в Глубокое», — "
            "предположила она.",
            "ru",
            "Анна Крук",
        ),
    ],
)
def test_more_speech_verbs(text, lang, speaker):
    assert [s for s, _q in quotes(text, lang)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Political prisoner Ivan Kruk was sentenced to 15 years. "He is innocent," his son said.',
        'Viasna spokesperson Ivan Kruk commented. "He is innocent," his son said.',
        'The lawyer\'s assistant Anna Lis was also questioned. "He is innocent," his sister said.',
    ],
)
def test_a_relative_not_named_is_not_someone_whose_word_contains_the_noun(text):
    assert [s for s, _q in quotes(text, "en")] == [None]


def test_a_relative_named_in_another_case_is_the_speaker():
    text = "Мы поговорили с его женой Анной Лис. «Его забрали прямо с работы», — рассказала жена."
    assert [s for s, _q in quotes(text, "ru")] == ["Анна Лис"]


def test_straight_single_quotes_in_british_style():
    text = (
        "Ihar Losik's wife Darya Losik spoke on Monday. "
        "'They want him to stop writing, that is all,' she said. "
        "The prisoners' families wait outside. The '90s were different."
    )
    assert quotes(text) == [("Darya Losik", "They want him to stop writing, that is all")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ihar Losik was sentenced on Monday. His lawyer, Pavel Sapelka, was not allowed "
            "to speak. “He is innocent,” the lawyer said. Later the lawyer said: “We will appeal.”",
            [("Pavel Sapelka", "He is innocent"), ("Pavel Sapelka", "We will appeal.")],
        ),
        (
            "Игоря Лосика осудили в понедельник. Его адвокат Павел Сапелко не смог выступить. "
            "«Он ни в чём не виновен и будет обжаловать приговор», — сказал адвокат.",
            [("Павел Сапелко", "Он ни в чём не виновен и будет обжаловать приговор")],
        ),
        (
            "Ігара Лосіка асудзілі ў панядзелак. Пра гэта паведаміла яго адвакатка Святлана "
            "Гарбачэўская. «Ён трымаецца і просіць пісаць яму лісты», — кажа адвакатка. "
            "«Яны рабілі тое, што павінны», — сказала калега журналісткі.",
            [
                ("Святлана Гарбачэўская", "Ён трымаецца і просіць пісаць яму лісты"),
                (None, "Яны рабілі тое, што павінны"),
            ],
        ),
    ],
)
def test_role_speaker_is_the_person_named_with_that_role(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ales Pushkin's mother, Hanna Pushkina, told reporters about her trip to the colony "
            "on Friday. “They did not let me see my son, not even for an hour,” the woman said.",
            [("Hanna Pushkina", "They did not let me see my son, not even for an hour")],
        ),
        (
            "Мать политзаключённого Ольга Ковалёва рассказала правозащитникам о поездке.\n\n"
            "— Мне сказали, что свидание отменено за нарушение формы одежды, — рассказывает "
            "женщина.",
            [("Ольга Ковалёва", "Мне сказали, что свидание отменено за нарушение формы одежды")],
        ),
        (
            "Маці палітвязня Алена Навуменка расказала праваабаронцам пра паездку ў калонію. "
            "«Мне сказалі, што спатканне адмянілі за парушэнне формы адзення», — расказала "
            "жанчына.",
            [("Алена Навуменка", "Мне сказалі, што спатканне адмянілі за парушэнне формы адзення")],
        ),
        # someone unnamed, or a woman who has not spoken: no one named
        (
            "Марию Колесникову задержали 7 сентября. «Её затолкали в микроавтобус и увезли», — "
            "рассказала женщина, ставшая свидетелем похищения.",
            [(None, "Её затолкали в микроавтобус и увезли")],
        ),
        (
            "Ihar Losik was detained on June 25. “Get in the car right now, please,” the man "
            "told him.",
            [(None, "Get in the car right now, please")],
        ),
    ],
)
def test_the_woman_as_speaker_is_the_last_woman_who_spoke(text, expected):
    assert quotes(text) == expected


def test_a_plurals_apostrophe_inside_straight_single_quotes():
    text = "'We demand the prisoners' release now,' said Sviatlana Tsikhanouskaya."
    assert quotes(text) == [("Sviatlana Tsikhanouskaya", "We demand the prisoners' release now")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Входя в зал, Николай Статкевич крикнул «Жыве Беларусь!», а Сергей Тихановский "
            "показал кулак.",
            "ru",
            [("Николай Статкевич", "Жыве Беларусь!")],
        ),
        (
            "Уваходзячы ў залу, Мікалай Статкевіч крыкнуў «Жыве Беларусь!».",
            "be",
            [("Мікалай Статкевіч", "Жыве Беларусь!")],
        ),
        (
            "Entering the court, Mikalai Statkevich shouted “Long live Belarus!” at the cameras.",
            "en",
            [("Mikalai Statkevich", "Long live Belarus!")],
        ),
        # a name the verb calls something is no speech
        ("Суд назвал «Народную громаду» экстремистским формированием.", "ru", []),
    ],
)
def test_words_right_after_a_speech_verb_are_its_speech(text, lang, expected):
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Дмитрий Бондаренко передал письмо на волю. Срок истекает в декабре. «Здесь холодно, "
            "но я держусь», — заканчивается письмо.",
            "ru",
            [("Дмитрий Бондаренко", "Здесь холодно, но я держусь")],
        ),
        (
            "Палітвязень Арцём Пракапенка перадаў ліст родным. Паводле «Вясны», застаюцца пяць "
            "палітвязняў. Ліст заканчваецца словамі: «Пішыце. Кожны канверт — гэта акно».",
            "be",
            [("Арцём Пракапенка", "Пішыце. Кожны канверт — гэта акно")],
        ),
        (
            "Ales Kruk sent a letter from the colony. His mother met us on Friday. The letter "
            "ends: “Write to me, every envelope is a window.”",
            "en",
            [("Ales Kruk", "Write to me, every envelope is a window.")],
        ),
    ],
)
def test_a_letters_words_are_its_writers(text, lang, expected):
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Алесь Беляцкий получил письмо от Виктора Бабарико. «Держитесь, мы обязательно "
            "победим», — заканчивается письмо.",
            "ru",
            [("Виктор Бабарико", "Держитесь, мы обязательно победим")],
        ),
        (
            "Алесь Беляцкий получил письмо. «Держитесь, мы обязательно победим», — заканчивается "
            "письмо.",
            "ru",
            [(None, "Держитесь, мы обязательно победим")],
        ),
    ],
)
def test_a_letters_writer_is_whom_it_is_from_never_who_received_it(text, lang, expected):
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Об этом рассказала его мать Елена Олиневич. Мать их опровергает: «Никакой голодовки "
            "он не объявлял, это слухи».",
            "ru",
            [("Елена Олиневич", "Никакой голодовки он не объявлял, это слухи")],
        ),
        (
            "Пра гэта распавяла яго маці Алена Аліневіч. Маці гэта абвяргае: «Ніякай галадоўкі ён "
            "не абвяшчаў, гэта чуткі».",
            "be",
            [("Алена Аліневіч", "Ніякай галадоўкі ён не абвяшчаў, гэта чуткі")],
        ),
    ],
)
def test_a_kin_noun_before_a_colon_is_the_relative_named_so(text, lang, expected):
    assert quotes(text, lang) == expected


def test_a_term_received_is_no_letter_received():
    text = (
        "Ігар Лосік, які атрымаў 15 гадоў калоніі, напісаў ліст жонцы. Ліст заканчваецца "
        "словамі: «Я трымаюся, пішыце мне»."
    )
    assert quotes(text, "be") == [("Ігар Лосік", "Я трымаюся, пішыце мне")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Nadzeya Sasnouskaya has not seen her son since December. Paval Sasnouski was "
            "detained in Minsk.\n\n“He is not a rioter,” his mother said on Tuesday.",
            "en",
            "Nadzeya Sasnouskaya",
        ),
        (
            "Валентина Крупеня не видела сына полгода. Суд продлил арест Олега Крупени.\n\n"
            "«Он ни о чём не жалеет», — рассказала его мать.",
            "ru",
            "Валентина Крупеня",
        ),
        (
            "Ірына Лукашэвіч не бачыла брата з лета. Андрэя Лукашэвіча перавялі ў турму.\n\n"
            "«Ён ні пра што не шкадуе», — кажа яго сястра.",
            "be",
            "Ірына Лукашэвіч",
        ),
    ],
)
def test_a_relative_speaks_by_the_family_name(text, lang, speaker):
    # "his mother" named without that word: the woman of his family
    assert [q["speaker"] for q in run(text, "2014-07-19", lang)["quotes"]] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "«Стихи — это не клевета, — говорит адвокат Крука Нина Гуща. — Суд даже не "
            "назначил экспертизу».",
            "ru",
            [
                ("Стихи — это не клевета", "Нина Гуща"),
                ("Суд даже не назначил экспертизу", "Нина Гуща"),
            ],
        ),
        (
            "«Вершы — гэта не паклёп, — кажа адвакатка Крука Ганна Ліс. — Суд нават не "
            "прызначыў экспертызу».",
            "be",
            [
                ("Вершы — гэта не паклёп", "Ганна Ліс"),
                ("Суд нават не прызначыў экспертызу", "Ганна Ліс"),
            ],
        ),
    ],
)
def test_an_attribution_inside_the_marks_parts_the_quotation(text, lang, expected):
    # the name right after the role is whose lawyer she is, not the speaker
    quotes = run(text, "2014-07-19", lang)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "lang", "writer"),
    [
        (
            "Рэдакцыя атрымала ліст ад палітвязня Івана Крука. Публікуем урыўкі.\n\n"
            "«У красавіку мяне двойчы змяшчалі ў ШІЗА, разам дваццаць сутак».\n\n"
            "«Дзякуй за кнігі. Перадайце сябрам, што я чытаю».",
            "be",
            "Іван Крук",
        ),
        (
            "We received a letter from the political prisoner Ivan Kruk. Excerpts follow.\n\n"
            "“In April they put me in the punishment cell twice, twenty days in all.”\n\n"
            "“Thank you for the books. Tell my friends that I am reading.”",
            "en",
            "Ivan Kruk",
        ),
    ],
)
def test_excerpts_after_a_letter_is_told_are_its_writers(text, lang, writer):
    assert [q["speaker"] for q in run(text, "2012-05-23", lang)["quotes"]] == [writer, writer]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Адвакатка Рудзянковай Юлія Жук кажа, што абвінавачванне ўжо прад'яўлена. "
            "«Яна трымаецца спакойна», — дадала адвакатка.",
            "be",
            "Юлія Жук",
        ),
        (
            "Адвокат Руденковой Юлия Жук говорит, что обвинение уже предъявлено. «Она "
            "держится спокойно», — добавила адвокат.",
            "ru",
            "Юлия Жук",
        ),
    ],
)
def test_the_role_speaker_is_the_one_named_after_whose_role_it_is(text, lang, speaker):
    assert [q["speaker"] for q in run(text, "2021-01-12", lang)["quotes"]] == [speaker]


def test_the_age_speaker_and_the_letter_ending_in_english():
    text = (
        "A letter from Pavel Kunitski reached his sister, Volha Kunitskaya, last week.\n\n"
        '"They brought me here in November," the 27-year-old writes from the colony.\n\n'
        'His term ends in 2014. "Don\'t worry about me," the letter ends.'
    )
    quotes = run(text, "2013-02-10")["quotes"]
    assert [q["speaker"] for q in quotes] == ["Pavel Kunitski", "Pavel Kunitski"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "У аўторак пачаўся суд над Вольгай Крук. Судзяць таксама Таццяну Лось.\n\n"
            "Муж журналісткі Сяргей Крук быў на спатканні. «Лепш я адседжу, чым буду хлусіць», "
            "— перадаў яе словы Сяргей.",
            "be",
            "Вольга Крук",
        ),
        (
            "Во вторник начался суд над Ольгой Крук. Судят также Татьяну Лось.\n\n"
            "Муж журналистки Сергей Крук был на свидании. «Лучше я отсижу, чем буду врать», — "
            "передал её слова Сергей.",
            "ru",
            "Ольга Крук",
        ),
    ],
)
def test_words_relayed_by_a_relative_are_the_relayed_persons(text, lang, expected):
    assert [q["speaker"] for q in run(text, "2021-09-10", lang)["quotes"]] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A letter from Ivan Kruk reached his sister, Anna Kruk, last week.\n\n"
            'Twice in December an officer came with a petition already filled in. "I told him '
            'I had not committed any crime."',
            "en",
            ["Ivan Kruk"],
        ),
        (
            "Ліст ад Івана Крука дайшоў да ягонай сястры Ганны на мінулым тыдні.\n\n"
            "Двойчы ў снежні да яго прыходзіў афіцэр з гатовым прашэннем. «Я сказаў яму, што "
            "нічога не парушаў».",
            "be",
            ["Іван Крук"],
        ),
    ],
)
def test_i_in_a_letters_report_is_its_writer(text, lang, expected):
    assert [q["speaker"] for q in run(text, "2013-02-10", lang)["quotes"]] == expected


def test_an_interviews_headline_quote_and_its_i_are_the_interviewees():
    text = (
        "«Прошение мне подсовывали каждый месяц»: интервью с вышедшим на свободу Иваном "
        "Круком\n\n"
        "Иван Крук вышел на свободу в пятницу. Мы поговорили с ним.\n\n"
        "— Когда вас задержали?\n\n"
        "— В августе 2020 года.\n\n"
        "— Что бы вы сказали тем, кто сейчас внутри?\n\n"
        "— «Держитесь, вас помнят», — вот что я повторял себе сам.\n\n"
        "— Спасибо.\n\n"
        "— На открытке сына было: «Папа, возвращайся». Я её храню."
    )
    quotes = run(text, "2023-08-28", "ru")["quotes"]
    speakers = {q["text"]: q["speaker"] for q in quotes}
    assert speakers["Прошение мне подсовывали каждый месяц"] == "Иван Крук"
    assert speakers["Держитесь, вас помнят"] == "Иван Крук"


@pytest.mark.parametrize(
    "text",
    [
        'Ivan Kruk, an adviser to opposition leader Anna Lis, wrote that the event was "not a '
        'press conference, but a scene from Kafka".',
        "His former lawyer Ivan Kruk, disbarred after agreeing to defend Anna Lis, calls hunger "
        "strikes “the only peaceful way to protest in prison”.",
    ],
)
def test_the_speaker_stands_before_an_aside_that_closes_at_the_verb(text):
    assert [q["speaker"] for q in run(text, "2021-06-04", "en")["quotes"]] == ["Ivan Kruk"]


@pytest.mark.parametrize(
    ("text", "lang", "writer"),
    [
        (
            "Ivan Kruk is serving three years in Mazyr. His letter, dated September 29, reached "
            "his sister last week. Excerpts:\n\n"
            '"On the 17th they moved me to the cell-type room for three months."\n\n'
            '"The worst part was the journey here in the spring."',
            "en",
            "Ivan Kruk",
        ),
        (
            "Ганна Ліс адбывае два гады ў Гомелі. Яе ліст дайшоў у рэдакцыю ў пятніцу. "
            "Урыўкі:\n\n"
            "«Сямнаццатага мяне перавялі ў ШІЗА на дзесяць сутак.»",
            "be",
            "Ганна Ліс",
        ),
    ],
)
def test_excerpts_of_his_or_her_letter_are_the_writers(text, lang, writer):
    speakers = {q["speaker"] for q in run(text, "2013-10-14", lang)["quotes"]}
    assert speakers == {writer}


def test_letter_excerpts_are_the_writers_told_by_a_pronoun_or_after_a_background_paragraph():
    text = (
        "Письмо из Волковыска\n\n"
        "Сестра политзаключённого Андрея Дубко Ольга получила письмо, которое он написал "
        "ещё 28 августа. Публикуем отрывки.\n\n"
        "«С 3 по 13 августа я сидел в ШИЗО. Официально — за то, что не поздоровался».\n\n"
        "«Нас, политических, в отряде одиннадцать. Остальные относятся нормально».\n"
    )
    assert quotes(text, "ru") == [
        (
            "Андрей Дубко",
            "С 3 по 13 августа я сидел в ШИЗО. Официально — за то, что не поздоровался",
        ),
        ("Андрей Дубко", "Нас, политических, в отряде одиннадцать. Остальные относятся нормально"),
    ]
    text = (
        "Письмо из Гомеля\n\n"
        "Бухгалтер Наталья Дубко отбывает три года. Её письмо, датированное 20 сентября, "
        "сестра Светлана получила только в четверг.\n\n"
        "Дубко задержали в ноябре 2022 года, в марте 2023-го суд вынес приговор.\n\n"
        "«В августе неделю просидела в ШИЗО — за то, что встала на пять минут позже».\n"
    )
    assert quotes(text, "ru") == [
        (
            "Наталья Дубко",
            "В августе неделю просидела в ШИЗО — за то, что встала на пять минут позже",
        )
    ]


def test_who_quotes_someone_is_the_speaker():
    text = (
        "Юрася Дубко пазбавілі спатканняў, расказала яго сястра Вольга Дубко. "
        "«Ён кажа: я ні ў чым не вінаваты, за што мне прасіць?» — цытуе брата Вольга."
    )
    assert quotes(text, "be") == [
        ("Вольга Дубко", "Ён кажа: я ні ў чым не вінаваты, за што мне прасіць?")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Полину Дубко приговорили к двум годам. «Она попрощалась с нами глазами», — "
            "рассказала нашему корреспонденту однокурсница Полины, попросившая не называть имени.",
            "ru",
        ),
        (
            "Марыну Дубко затрымалі ў панядзелак. «Яна нічога не парушала», — кажа сяброўка "
            "Марыны.",
            "be",
        ),
    ],
)
def test_a_classmate_or_friend_of_the_one_named_speaks_unnamed(text, lang):
    assert [speaker for speaker, _text in quotes(text, lang)] == [None]


def test_a_post_written_in_advance_is_its_writers_words():
    text = (
        "A message that the video blogger Stanislau Dubko wrote weeks in advance appeared on "
        "his Telegram channel on Wednesday.\n\n"
        '"If you are reading this, I have been detained," the post began. '
        '"I am not asking anyone to be brave for me."\n'
    )
    assert quotes(text, "en") == [
        ("Stanislau Dubko", "If you are reading this, I have been detained"),
        ("Stanislau Dubko", "I am not asking anyone to be brave for me."),
    ]


def test_a_lawyer_named_by_her_nominative_family_name_speaks():
    text = (
        "Ивана Крука судили. Его защищала Анна Петрова. «Мы будем обжаловать приговор», — "
        "сказала адвокат Петрова."
    )
    assert quotes(text, "ru") == [("Анна Петрова", "Мы будем обжаловать приговор")]


def test_a_message_sent_to_bloggers_is_no_letter():
    text = (
        "Ales Bialiatski said the verdict sent a message to every blogger.\n\n"
        "“I am not afraid of anything they can do to me,” the letter reads."
    )
    assert quotes(text, "en") == [(None, "I am not afraid of anything they can do to me")]


def test_a_name_after_comments_about_is_not_a_speaker():
    text = (
        "Piatro Kapusta, a retired teacher from Lida, was detained over comments about "
        'Lukashenka in a local chat. "Thank you for every card," he wrote in his last letter.'
    )
    assert quotes(text, "en") == [("Piatro Kapusta", "Thank you for every card")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Мать Павла Людмила Кишкевич говорит, что сын не сдаётся. «Он сказал мне: свадьба "
            "у меня уже есть», — передаёт она.",
            "ru",
            "Людмила Кишкевич",
        ),
        (
            "Виталий Курейчик вышел на свободу.\n\n«Я думал, будет снег по колено, а тут почти "
            "весна», — смеётся Виталий.",
            "ru",
            "Виталий Курейчик",
        ),
        (
            "Сцяпан Асіпчык выйшаў на волю.\n\n«Першае, што хачу, — праспаць суткі», — "
            "смяецца Сцяпан.",
            "be",
            "Сцяпан Асіпчык",
        ),
        (
            'Raman Baltrushevich walked free.\n\n"First I want to sleep," he laughs.',
            "en",
            "Raman Baltrushevich",
        ),
    ],
)
def test_relaying_laughing_and_joking_tell_a_quote(text, lang, speaker):
    assert [s for s, _t in quotes(text, lang)] == [speaker]


def test_the_one_written_to_is_no_source_of_the_quote_after():
    text = (
        "Ihar Lysiuk was freed in September. Lysiuk asked readers to write to Pavel "
        "Siamashka, his cellmate, who was sent to a punishment cell in December. “Write to "
        "Pavel, not to me. I can read my letters on a phone now,” he wrote."
    )
    quotes = run(text, "2025-03-16", "en")["quotes"]
    assert [q["speaker"] for q in quotes] == ["Ihar Lysiuk"]


@pytest.mark.parametrize(
    ("text", "lang", "writer"),
    [
        (
            "Ihar Lysiuk is in prison. “He never complains,” said his teacher Pavel "
            "Siamashka, who then read out a line from Lysiuk's letter to the school: “Tell "
            "the children I will come back to them.”",
            "en",
            "Ihar Lysiuk",
        ),
        (
            "Игорь Лысюк в колонии. «Он никогда не жалуется», — сказал его учитель Павел "
            "Семашко, а потом зачитал строчку из письма Лысюка школе: «Передайте детям, что я "
            "вернусь к ним».",
            "ru",
            "Игорь Лысюк",
        ),
    ],
)
def test_a_line_read_out_from_a_letter_is_the_letter_writers(text, lang, writer):
    quotes = run(text, "2022-06-01", lang)["quotes"]
    assert quotes[-1]["speaker"] == writer


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a letter to someone: he is its addressee, not its writer
        (
            "Игорь Лысюк написал письмо Лукашенко. «Прошу меня помиловать, я раскаиваюсь», — "
            "говорится в письме.",
            "ru",
            "Игорь Лысюк",
        ),
        # a letter told of before a speaker's own words
        (
            "Ihar Lysiuk wrote a letter. Asked by journalists in Vilnius on Tuesday about the "
            "letter, Sviatlana Tsikhanouskaya said: “We will not forget him.”",
            "en",
            "Sviatlana Tsikhanouskaya",
        ),
    ],
)
def test_a_letter_told_of_does_not_take_a_speakers_words(text, lang, speaker):
    assert [q["speaker"] for q in run(text, "2022-06-01", lang)["quotes"]] == [speaker]
