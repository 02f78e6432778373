"""Parsing names and generating searchable variants."""

from __future__ import annotations

from rollcall.names.variants import NameVariant, generate_variants, parse_name


def test_parse_orders() -> None:
    p = parse_name("Алесь Бяляцкі")
    assert (p.forenames, p.surname, p.language) == (("Алесь",), "Бяляцкі", "be")
    p = parse_name("Беляцкий Алесь Викторович")
    assert (p.forenames, p.surname, p.patronymic) == (("Алесь",), "Беляцкий", "Викторович")
    p = parse_name("Palina Sharenda-Panasiuk")
    assert (p.forenames, p.surname, p.script) == (("Palina",), "Sharenda-Panasiuk", "Latn")
    assert parse_name("Bialiatski").surname == "Bialiatski"
    assert parse_name("Ales").forenames == ("Ales",)
    assert parse_name("").tokens == ()
    assert parse_name("  \x00 ").surname == ""


def test_generate_variants_from_be_and_latin() -> None:
    variants = generate_variants(["Алесь Бяляцкі", "Ales Bialiatski"])
    by_name = {v.name: v for v in variants}
    assert by_name["Алесь Бяляцкі"] == NameVariant("Алесь Бяляцкі", "Cyrl", "be", "official")
    assert by_name["Ales Bialiatski"].kind == "official"
    assert by_name["Ales Bialiatski"].language == "en"
    assert by_name["Alyesʼ Byalyatski"] == NameVariant(
        "Alyesʼ Byalyatski", "Latn", "be", "transliteration", "be_bgn_pcgn")
    assert by_name["Aleś Bialacki"].scheme == "be_lacinka"
    # no Russian form was entered: one is derived, marked as an alias
    aliases = [v for v in variants if v.kind == "alias"]
    assert [(v.script, v.language, v.scheme) for v in aliases] == [("Cyrl", "ru", "be-ru")]
    assert aliases[0].name.startswith("Алесь ")
    assert len({v.name for v in variants}) == len(variants)


def test_generate_variants_with_russian() -> None:
    variants = generate_variants([("Мікалай Статкевіч", "be"), ("Николай Статкевич", "ru")])
    names = {v.name for v in variants}
    assert {"Mikalai Statkevich", "Nikolai Statkevich", "Nikolay Statkevich",
            "Nikolaj Statkevič"} <= names
    assert not [v for v in variants if v.kind == "alias"]  # both languages given


def test_generate_variants_bad_input() -> None:
    assert generate_variants([]) == []
    assert generate_variants(["", "   "]) == []
    assert generate_variants(["Бяляцкi"])  # mixed script: no crash
