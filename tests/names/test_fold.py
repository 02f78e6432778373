"""Folding: case, accents, apostrophes, ё, hyphens, spaces, homoglyphs, bad input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rollcall.names.fold import fold, fold_for_scan, guess_language, name_tokens, script_of


def test_case_and_spaces() -> None:
    assert fold("  ALES   Bialiatski\t") == "ales bialiatski"


def test_lacinka_diacritics() -> None:
    assert fold("Aleś Bialacki") == "ales bialacki"
    assert fold("Łukašenka") == "lukasenka"
    assert fold("Ćichanoŭskaja Žučak Čyž") == "cichanouskaja zucak cyz"


def test_cyrillic_letters_kept_and_yo() -> None:
    assert fold("Салаўёў") == "салаўеў"
    assert fold("Андрэй") == "андрэй"  # й is a letter, not и with a breve
    assert fold("Ёлкін") == "елкін"


def test_apostrophes_all_variants() -> None:
    forms = ["Мар'я", "Мар’я", "Марʼя", "Мар`я", "Мар´я"]
    assert {fold(f) for f in forms} == {"маря"}


def test_hyphens_and_dashes() -> None:
    assert fold("Шарэнда – Панасюк") == "шарэнда-панасюк"
    assert fold("Sharenda‑Panasiuk") == "sharenda-panasiuk"


def test_mixed_script_homoglyphs() -> None:
    assert fold("Бяляцкi") == fold("Бяляцкі")  # Latin i in a Cyrillic word
    assert fold("Tsikhanouskі") == fold("Tsikhanouski")  # Cyrillic і in a Latin word
    assert fold("Сергeй") == "сергей"


def test_control_characters_and_empty() -> None:
    assert fold("") == ""
    assert fold("\x00\x01 ") == ""
    assert fold("Алесь\u200bБяляцкі") == "алесьбяляцкі"
    assert fold("Алесь\x07Бяляцкі") == "алесь бяляцкі"


def test_long_string() -> None:
    text = "Бяляцкі " * 12_500
    assert fold(text) == ("бяляцкі " * 12_500).strip()


def test_fold_for_scan_keeps_length() -> None:
    for text in ["Алесь Бяляцкі's", "Aleś – Бяляцкi\x00!", "", "中文 Ёж", "ß"]:
        assert len(fold_for_scan(text)) == len(text)
    assert fold_for_scan("Мар’я-Ёж") == "мар я еж"


def test_script_and_language() -> None:
    assert script_of("Алесь") == "Cyrl"
    assert script_of("Ales") == "Latn"
    assert script_of("Бяляцкi") == "mixed"
    assert script_of("123") == ""
    assert guess_language("Алесь Бяляцкі") == "be"
    assert guess_language("Николай Статкевич") == "ru"


def test_name_tokens() -> None:
    assert name_tokens("Паліна Шарэнда-Панасюк") == ["паліна", "шарэнда", "панасюк"]
    assert name_tokens("  ") == []


def test_scan_key_matches_scanned_text() -> None:
    from rollcall.names.fold import scan_key

    for form, text in [("Дар’я", "Дар'я"), ("Шарэнда-Панасюк", "Шарэнда–Панасюк"),
                       ("Aleś", "ALEŚ"), ("Салаўёў", "САЛАЎЁЎ")]:
        assert scan_key(form) == " " + fold_for_scan(text) + " "
    assert scan_key("'Алесь'") == " алесь "


@given(st.text(max_size=200))
def test_fold_is_idempotent_and_total(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert once == once.strip()
    assert "  " not in once
    assert len(fold_for_scan(text)) == len(text)


def test_a_word_made_mixed_by_folding_is_fixed_too():
    # found by the property test: "Ý" folds to a Latin "y" beside a Cyrillic "е"
    assert fold("ÝЀ") == fold(fold("ÝЀ")) == "уе"
