"""Exports show what is public and never what is not."""

import csv
import io
import json

import pytest

from rollcall.partial_date import PartialDate
from rollcall.registry.models import Citation, Event, Participation, Person, Place, Source
from rollcall.registry.public import CSV_COLUMNS, export_csv, export_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry():
    town = Place.objects.create(name="Babruisk", kind="town")
    colony = Place.objects.create(name="Penal colony No. 2", kind="penal_colony", parent=town)
    public_source = Source.objects.create(title="Public report", url="https://example.org/a",
                                          text="public text")
    private_source = Source.objects.create(title="Informant letter", url="https://secret.example/b",
                                           text="private text", is_public=False)
    person = Person.objects.create(
        display_name="Ales Bialiatski", is_public=True, public_summary="Head of Viasna.",
        birth_date=PartialDate(1962, 9, 25), birth_date_public=False,
        sensitive_notes="wife's phone 555-0101", occupations="human-rights defender",
    )
    hidden = Person.objects.create(display_name="Hidden Prisoner", is_public=False)
    shown = Event.objects.create(type="release", subtype="amnesty", date="2014-06-21",
                                 place=colony)
    secret = Event.objects.create(type="pressure", date="2014-01", is_public=False,
                                  summary="pressed to sign a petition")
    for event in (shown, secret):
        Participation.objects.create(person=person, event=event)
    Participation.objects.create(person=hidden, event=shown)
    Citation.objects.create(source=public_source, fact=shown)
    Citation.objects.create(source=private_source, fact=shown)
    return person


def test_json_export_has_only_public_fields(registry):
    document = export_json()
    text = json.dumps(document, ensure_ascii=False)
    assert [p["display_name"] for p in document["persons"]] == ["Ales Bialiatski"]
    person = document["persons"][0]
    assert set(person) == {"public_id", "display_name", "sex", "occupations", "public_summary",
                           "birth_date", "birthplace", "names", "events"}
    assert person["birth_date"] is None  # not public
    assert [e["type"] for e in person["events"]] == ["release"]
    event = person["events"][0]
    assert event["date"] == "2014-06-21" and event["subtype"] == "amnesty"
    assert event["place"] == "Penal colony No. 2 (Babruisk)"
    assert [s["url"] for s in event["sources"]] == ["https://example.org/a"]
    for leaked in ("Hidden Prisoner", "555-0101", "secret.example", "pressed to sign",
                   "1962", "Informant"):
        assert leaked not in text


def test_birth_date_shown_when_marked_public(registry):
    registry.birth_date_public = True
    registry.save()
    assert export_json()["persons"][0]["birth_date"] == "1962-09-25"


def test_csv_export_rows(registry):
    rows = list(csv.reader(io.StringIO(export_csv())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 2
    assert rows[1][1:7] == ["Ales Bialiatski", rows[1][2], "release", "amnesty", "2014-06-21",
                            "Penal colony No. 2 (Babruisk)"]
    assert rows[1][7] == "https://example.org/a"


def test_csv_cells_cannot_become_spreadsheet_formulas(registry):
    registry.display_name = "=HYPERLINK(\"http://evil\")"
    registry.save()
    rows = list(csv.reader(io.StringIO(export_csv())))
    assert rows[1][1] == "'=HYPERLINK(\"http://evil\")"
