"""Hard-wrapped text (lines broken inside paragraphs) reads like the same text unwrapped."""

import textwrap

import pytest

from rollcall.extract import extract

REPORTS = [
    ("en", "2014-06-23",
     "Minsk, 23 June 2014\n\nHuman rights defender Ales Bialiatski was released from the penal "
     "colony in Babruisk on Saturday under an amnesty, his colleagues at the Human Rights Centre "
     "Viasna said.\n\nBialiatski had been arrested on 4 August 2011 and sentenced to four and a "
     "half years in a medium-security colony. \"I did not ask for a pardon,\" Bialiatski told "
     "reporters.\n"),
    ("ru", "2023-12-04",
     "Минск, 4 декабря\n\nПолитзаключённую Викторию Кульшу, которая отбывает наказание в женской "
     "исправительной колонии №24, в очередной раз поместили в штрафной изолятор, сообщили "
     "правозащитники в пятницу.\n\nКульшу этапировали в Заречье в июне 2023 года.\n"),
]


def _wrapped(text: str, width: int) -> str:
    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in text.split("\n\n"))


def _facts(result):
    data = result.to_json()
    return (
        sorted(p["name"] for p in data["persons"]),
        sorted((e["type"], e["subtype"] or "", e["date"] or "", tuple(sorted(e["persons"])))
               for e in data["events"]),
        sorted((c["value"], c["category"]) for c in data["counts"]),
        sorted((q["speaker"] or "", q["text"]) for q in data["quotes"]),
    )


@pytest.mark.parametrize(("language", "published", "text"), REPORTS)
@pytest.mark.parametrize("width", [60, 79])
def test_wrapping_changes_nothing(language, published, text, width):
    plain = extract(text, published, language=language)
    wrapped = extract(_wrapped(text, width), published, language=language)
    assert _facts(wrapped) == _facts(plain)
    assert _facts(plain)[1], "the unwrapped report has events"
