"""Registry models: validation, partial dates in the database, history, spells follow events."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from rollcall.partial_date import PartialDate
from rollcall.registry.models import (
    Citation,
    Event,
    Participation,
    Person,
    PersonName,
    Place,
    Source,
)
from rollcall.stats.services import count_on

pytestmark = pytest.mark.django_db


def make_event(person, kind, date, **fields):
    event = Event.objects.create(type=kind, date=date, **fields)
    Participation.objects.create(person=person, event=event)
    return event


def test_partial_dates_are_stored_as_written_and_sort_in_order():
    person = Person.objects.create(display_name="Test Person")
    for text in ["2011-09-14", "2011", "2011-09", "2010-12-19"]:
        make_event(person, "search", text)
    dates = [str(e.date) for e in Event.objects.order_by("date")]
    assert dates == ["2010-12-19", "2011", "2011-09", "2011-09-14"]
    assert isinstance(Event.objects.get(date="2011-09").date, PartialDate)
    with connection.cursor() as cursor:
        cursor.execute("SELECT date FROM registry_event ORDER BY date")
        assert [row[0] for row in cursor.fetchall()] == dates


def test_impossible_date_is_rejected_with_a_clear_message():
    event = Event(type="detention", date="2011-02-30")
    with pytest.raises(ValidationError, match="day 30 does not exist in 2011-02"):
        event.full_clean()
    with pytest.raises(ValidationError, match="'yesterday' is not a date"):
        Event(type="detention", date="yesterday").full_clean()


def test_subtype_only_for_releases():
    with pytest.raises(ValidationError, match="Only a release has a subtype"):
        Event(type="detention", subtype="pardon").full_clean()
    Event(type="release", subtype="pardon", date="2015-08-22").full_clean()
    with transaction.atomic(), pytest.raises(IntegrityError):
        Event.objects.create(type="detention", subtype="amnesty")


def test_sentence_attributes_are_checked():
    with pytest.raises(ValidationError, match="term_months"):
        Event(type="sentence", attributes={"term_months": "four years"}).full_clean()
    event = Event(type="sentence", attributes={"term_months": 54, "regime": "medium",
                                               "articles": ["243-2"]})
    event.full_clean()


def test_person_names_are_folded_and_scripted():
    person = Person.objects.create(display_name="Ales Bialiatski")
    name = PersonName.objects.create(person=person, name="Алесь Бяляцкі", language="be",
                                     kind="official")
    assert name.script == "Cyrl"
    assert name.folded == "алесь бяляцкі"
    latin = PersonName.objects.create(person=person, name="Aleś Bialacki", kind="alias")
    assert latin.script == "Latn" and latin.folded == "ales bialacki"


def test_history_keeps_every_change_with_its_author(django_user_model):
    user = django_user_model.objects.create(username="documenter")
    person = Person.objects.create(display_name="Maria Kalesnikava")
    person._history_user = user
    person.public_summary = "Musician and campaign leader."
    person.save()
    records = list(person.history.order_by("history_date"))
    assert [r.history_type for r in records] == ["+", "~"]
    assert records[-1].history_user == user
    assert records[0].public_summary == "" and records[-1].public_summary.startswith("Musician")


def test_spells_follow_event_changes():
    person = Person.objects.create(display_name="Ales Bialiatski")
    make_event(person, "detention", "2011-08-04")
    make_event(person, "recognition", "2011-08")
    assert count_on(dt.date(2014, 6, 22)) == 1
    release = make_event(person, "release", "2014-06-21", subtype="amnesty")
    assert count_on(dt.date(2014, 6, 20)) == 1
    assert count_on(dt.date(2014, 6, 22)) == 0
    release.date = PartialDate.parse("2014-06-30")
    release.save()
    assert count_on(dt.date(2014, 6, 22)) == 1
    release.delete()
    assert count_on(dt.date(2020, 1, 1)) == 1
    assert person.custody_spells.count() == 1


def test_citation_points_any_fact_at_its_source():
    source = Source.objects.create(title="Report", url="https://example.org/r",
                                   text="He was detained on 4 August 2011.")
    person = Person.objects.create(display_name="Ales Bialiatski")
    event = make_event(person, "detention", "2011-08-04")
    Citation.objects.create(source=source, fact=event, evidence_start=0, evidence_end=33)
    citation = event.citations.get()
    assert citation.evidence() == "He was detained on 4 August 2011."
    with transaction.atomic(), pytest.raises(IntegrityError):
        Citation.objects.create(source=source, fact=event, evidence_start=5, evidence_end=1)


def test_source_content_hash_dedupes():
    Source.objects.create(title="A", text="same text")
    with transaction.atomic(), pytest.raises(IntegrityError):
        Source.objects.create(title="B", text="same text")


def test_place_hierarchy_label():
    country = Place.objects.create(name="Belarus", kind="country")
    town = Place.objects.create(name="Babruisk", kind="town", parent=country)
    colony = Place.objects.create(name="Penal colony No. 2", kind="penal_colony", parent=town)
    assert str(colony) == "Penal colony No. 2 (Babruisk)"
    assert str(town) == "Babruisk"


def test_moving_an_event_to_another_person_rebuilds_both():
    first = Person.objects.create(display_name="First Person")
    second = Person.objects.create(display_name="Second Person")
    make_event(first, "recognition", None)
    make_event(second, "recognition", None)
    link = Participation.objects.get(event=make_event(first, "detention", "2020-01-01"))
    assert count_on(dt.date(2020, 6, 1)) == 1
    link.person = second
    link.save()
    assert list(second.custody_spells.values_list("start", flat=True)) == [PartialDate(2020, 1, 1)]
    assert not first.custody_spells.exists()
    assert count_on(dt.date(2020, 6, 1)) == 1
