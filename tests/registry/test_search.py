"""Registry search finds a person from any spelling, script or inflected form."""

import pytest

from rollcall.registry.models import Person
from rollcall.registry.search import search_persons

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    ales = Person.objects.create(display_name="Ales Bialiatski")
    ales.names.create(name="Алесь Бяляцкі", language="be", kind="official")
    ales.names.create(name="Алесь Беляцкий", language="ru", kind="official")
    maria = Person.objects.create(display_name="Maria Kalesnikava")
    maria.names.create(name="Марыя Калеснікава", language="be", kind="official")
    maria.names.create(name="Мария Колесникова", language="ru", kind="official")
    namesake = Person.objects.create(display_name="Uladzimir Bialiatski")
    namesake.names.create(name="Уладзімір Бяляцкі", language="be", kind="official")
    namesake.names.create(name="Владимир Беляцкий", language="ru", kind="official")
    return ales, maria, namesake


@pytest.mark.parametrize(
    ("query", "with_forename"),
    [("Ales Bialiatski", True), ("bialiatski ales", True), ("Aleś Bialacki", True),
     ("Alyesʼ Byalyatski", True), ("Алеся Бяляцкага", True), ("BIALIATSKI Ales", True),
     ("Бяляцкі", False), ("Беляцкого", False), ("Бяляцкаму", False)],
)
def test_finds_ales_bialiatski(people, query, with_forename):
    ales, maria, namesake = people
    found = set(search_persons(query))
    assert ales in found and maria not in found
    # The surname alone finds his namesake too; with the forename it does not.
    assert (namesake in found) is (not with_forename)


@pytest.mark.parametrize("query", ["Колесниковой", "Марии Колесниковой", "Калеснікавай",
                                   "kalesnikava"])
def test_finds_maria_kalesnikava_in_oblique_cases(people, query):
    _ales, maria, _namesake = people
    assert list(search_persons(query)) == [maria]


def test_a_word_inside_another_name_does_not_match(people):
    assert list(search_persons("Ales")) == [people[0]]  # not Kalesnikava
    assert list(search_persons("Zzyzx")) == []
    assert set(search_persons("")) == set(people)


def test_generated_spellings_follow_entered_names(people):
    ales = people[0]
    generated = set(ales.names.exclude(scheme="").values_list("name", flat=True))
    assert "Aleś Bialacki" in generated and "Ales Bialiatski" in generated
    ales.names.filter(language="be").delete()
    generated = set(ales.names.exclude(scheme="").values_list("name", flat=True))
    assert "Aleś Bialacki" not in generated
    ales.display_name = "Ales Byalyatski"
    ales.save()
    assert list(search_persons("Ales Byalyatski")) == [ales]
