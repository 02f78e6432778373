import pytest

from rollcall.registry.models import Citation, Event, Participation, Person, Source
from rollcall.registry.services import MergeError, merge_persons

pytestmark = pytest.mark.django_db


def test_merge_keeps_every_name_event_and_citation():
    keep = Person.objects.create(display_name="Ales Bialiatski")
    keep.names.create(name="Алесь Бяляцкі", language="be", kind="official")
    duplicate = Person.objects.create(display_name="Ales Byalyatski", sensitive_notes="note B")
    duplicate.names.create(name="Алесь Беляцкий", language="ru", kind="official")
    duplicate.names.create(name="Алесь Бяляцкі", language="be", kind="official")
    source = Source.objects.create(title="Report", text="text")
    shared = Event.objects.create(type="detention", date="2011-08-04")
    own = Event.objects.create(type="release", subtype="amnesty", date="2014-06-21")
    recognition = Event.objects.create(type="recognition", date="2011-09")
    for person, event in ((keep, shared), (duplicate, shared), (duplicate, own),
                          (duplicate, recognition)):
        Participation.objects.create(person=person, event=event)
    Citation.objects.create(source=source, fact=duplicate)

    merged = merge_persons(keep, duplicate)

    assert not Person.objects.filter(pk=duplicate.pk).exists()
    assert sorted(merged.names.filter(scheme="").values_list("name", flat=True)) == [
        "Ales Byalyatski", "Алесь Беляцкий", "Алесь Бяляцкі"]
    generated = set(merged.names.exclude(scheme="").values_list("name", flat=True))
    assert "Aleś Bialacki" in generated  # regenerated from the merged spellings
    assert sorted(merged.events.values_list("type", flat=True)) == [
        "detention", "recognition", "release"]
    assert merged.citations.get().source == source
    assert Person.objects.get(pk=keep.pk).sensitive_notes == "note B"
    spell = merged.custody_spells.get()
    assert str(spell.start) == "2011-08-04" and str(spell.end) == "2014-06-21"
    assert spell.recognised
    reasons = list(merged.history.values_list("history_change_reason", flat=True))
    assert any(r and "merged" in r for r in reasons)


def test_merging_a_person_with_itself_is_refused():
    person = Person.objects.create(display_name="A")
    with pytest.raises(MergeError, match="itself"):
        merge_persons(person, person)


def test_duplicates_found_across_spellings_and_scripts():
    from rollcall.registry.duplicates import find_duplicates

    first = Person.objects.create(display_name="Ales Bialiatski")
    first.names.create(name="Алесь Бяляцкі", language="be", kind="official")
    second = Person.objects.create(display_name="Ales Byalyatski")
    second.names.create(name="Алесь Беляцкий", language="ru", kind="official")
    namesake = Person.objects.create(display_name="Uladzimir Bialiatski")
    Person.objects.create(display_name="Maria Kalesnikava")
    pairs = find_duplicates()
    assert [(p.first.pk, p.second.pk) for p in pairs] in (
        [(first.pk, second.pk)], [(second.pk, first.pk)])
    assert pairs[0].score >= 0.85 and "matches" in pairs[0].reason
    assert namesake.pk not in {p.first.pk for p in pairs} | {p.second.pk for p in pairs}


def test_merge_moves_quotes_claims_and_keeps_the_old_id_and_privacy():
    from rollcall.ingest.models import Claim
    from rollcall.partial_date import PartialDate
    from rollcall.registry.models import Quote
    from rollcall.registry.services import find_by_public_id

    keep = Person.objects.create(display_name="Ales Bialiatski", is_public=True,
                                 birth_date_public=True)
    duplicate = Person.objects.create(display_name="Ales Byalyatski",
                                      birth_date=PartialDate(1962, 9, 25),
                                      birth_date_public=False)
    source = Source.objects.create(title="Report", text="text")
    quote = Quote.objects.create(speaker=duplicate, text="I did not ask", source=source)
    claim = Claim.objects.create(source=source, kind="person", position=0, proposed={},
                                 data={}, fingerprint="x", person=duplicate, result=duplicate)
    old_id = duplicate.public_id

    merge_persons(keep, duplicate)

    keep.refresh_from_db()
    assert keep.birth_date == PartialDate(1962, 9, 25) and keep.birth_date_public is False
    quote.refresh_from_db()
    claim.refresh_from_db()
    assert quote.speaker == keep and claim.person == keep and claim.result == keep
    assert find_by_public_id(old_id) == keep
