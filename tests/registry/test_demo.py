"""The demo registry loads whole and reproduces figures known from its sources."""

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q

from rollcall.registry.demo.loader import DemoDataError, load_demo
from rollcall.registry.models import Citation, Event, Person, PersonName, Source
from rollcall.stats.services import count_on, held_on
from tests.cli_support import cli  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    return load_demo()


def names_held_on(day):
    return sorted(Person.objects.filter(pk__in=held_on(day)).values_list("display_name",
                                                                          flat=True))


def test_sizes_and_every_event_cites_a_source(demo):
    assert Person.objects.count() >= 15
    assert Event.objects.count() >= 60
    assert Source.objects.count() >= 10
    event_type = ContentType.objects.get_for_model(Event)
    cited = set(Citation.objects.filter(content_type=event_type).values_list("object_id",
                                                                            flat=True))
    assert cited == set(Event.objects.values_list("pk", flat=True))
    assert all(Source.objects.exclude(url="").values_list("url", flat=True))
    scripts = PersonName.objects.values("person").annotate(
        latin=Count("pk", filter=Q(script="Latn")), cyrillic=Count("pk", filter=Q(script="Cyrl"))
    )
    assert len(scripts) == Person.objects.count()
    assert all(row["latin"] and row["cyrillic"] for row in scripts)


def test_bialiatski_released_by_amnesty_on_2014_06_21(demo):
    assert "Ales Bialiatski" in names_held_on(dt.date(2014, 6, 20))
    assert "Ales Bialiatski" not in names_held_on(dt.date(2014, 6, 22))


def test_seven_political_prisoners_remain_on_2014_06_23(demo):
    # spring96.org/en/news/71684 names the seven.
    assert names_held_on(dt.date(2014, 6, 23)) == [
        "Artsiom Prakapenka", "Eduard Lobau", "Ihar Alinevich", "Mikalai Dziadok",
        "Mikalai Statkevich", "Vasil Parfiankou", "Yauhen Vaskovich",
    ]


def test_the_pardon_of_2015_08_22_freed_all_of_them(demo):
    assert count_on(dt.date(2015, 8, 21)) == 6
    assert count_on(dt.date(2015, 8, 23)) == 0


def test_statkevich_taken_back_the_day_he_was_freed(demo):
    statkevich = Person.objects.get(display_name="Mikalai Statkevich")
    spells = [(str(s.start), str(s.end)) for s in statkevich.custody_spells.all()]
    assert ("2025-09-11", "2026-02") in spells
    assert "Mikalai Statkevich" in names_held_on(dt.date(2025, 12, 14))


def test_a_broken_demo_file_stores_nothing(tmp_path):
    broken = tmp_path / "demo.json"
    broken.write_text(
        '{"sources": [{"key": "s", "title": "T", "url": "https://example.org", '
        '"published": "2014-06-21", "language": "en", "summary": "x"}], "places": [], '
        '"organizations": [], "persons": [{"key": "p", "names": {"en": "A B"}}], '
        '"events": [{"type": "detention", "date": "2014-02-30", "persons": ["p"], '
        '"sources": ["s"]}]}'
    )
    with pytest.raises(Exception, match="day 30 does not exist"):
        load_demo(broken)
    assert not Person.objects.exists() and not Source.objects.exists()
    broken.write_text(broken.read_text().replace("2014-02-30", "2014-02-03").replace(
        '"persons": ["p"]', '"persons": ["nobody"]'))
    with pytest.raises(DemoDataError, match="unknown person 'nobody'"):
        load_demo(broken)
    assert not Person.objects.exists()


def test_make_run_path_init_demo_count(cli):  # noqa: F811
    cli.run("init", "--no-admin")
    loaded = cli.run("demo")
    assert "demo data loaded" in loaded.stdout
    assert cli.run("count", "--on", "2014-06-23").stdout.strip() == "7"
    again = cli.run("demo")
    assert "not loaded" in again.stdout  # never mixed into a registry twice
    series = cli.run("count", "--series", "--from", "2014-06", "--to", "2014-07",
                     "--step", "day", "--format", "csv").stdout.splitlines()
    assert series[0] == "date,count"
    rows = dict(line.split(",") for line in series[1:])
    assert rows["2014-06-20"] == "8" and rows["2014-06-22"] == "7"
    assert len(rows) == 61
    people = cli.run("person", "list", "Бяляцкі").stdout
    assert "Ales Bialiatski" in people
    shown = cli.run("person", "show", "Ales Bialiatski").stdout
    assert "2014-06-21  release (amnesty)" in shown
    exported = cli.run("export", "--format", "csv").stdout
    assert exported.startswith("person_id,person_name,event_id")
