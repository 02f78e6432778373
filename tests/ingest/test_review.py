"""Accepting, correcting and rejecting claims: the only way into the registry."""

import datetime as dt

import pytest

from rollcall.ingest.models import Claim, ClaimKind, ClaimStatus, fingerprint
from rollcall.ingest.review import ReviewError, accept_all, accept_claim, reject_claim
from rollcall.registry.models import Citation, Event, Participation, Person, Quote, Source
from rollcall.stats.models import StatedCount
from rollcall.stats.services import count_on

pytestmark = pytest.mark.django_db

TEXT = (
    "Ales Bialiatski, head of Viasna, was released under an amnesty on 21 June 2014. "
    "\u201cI did not ask for a pardon,\u201d Bialiatski said. "
    "Seven political prisoners remain behind bars."
)


def claim(source, position, kind, data, evidence=(0, 80)):
    return Claim.objects.create(
        source=source, position=position, kind=kind, proposed=data, data=data,
        evidence_start=evidence[0], evidence_end=evidence[1], fingerprint=fingerprint(kind, data),
    )


@pytest.fixture
def source():
    return Source.objects.create(title="Bialiatski freed", text=TEXT, published="2014-06-23")


@pytest.fixture
def bialiatski():
    person = Person.objects.create(display_name="Ales Bialiatski", is_public=True)
    person.names.create(name="Алесь Бяляцкі", language="be", kind="official")
    person.names.create(name="Ales Bialiatski", language="en", kind="official")
    for kind, date in (("detention", "2011-08-04"), ("recognition", None)):
        event = Event.objects.create(type=kind, date=date)
        Participation.objects.create(person=person, event=event)
    return person


def person_claim(source, position=0):
    return claim(source, position, ClaimKind.PERSON,
                 {"name": "Ales Bialiatski", "variants": ["Bialiatski"], "registry_id": None,
                  "roles": ["head of Viasna"]}, (0, 15))


def release_claim(source, position=1, date="2014-06-21"):
    return claim(source, position, ClaimKind.EVENT,
                 {"type": "release", "subtype": "amnesty", "date": date,
                  "persons": ["Ales Bialiatski"], "place": None, "count": None})


def test_accepting_a_release_links_the_registry_person_cites_and_changes_the_count(
    source, bialiatski, django_user_model
):
    user = django_user_model.objects.create(username="documenter")
    person_claim(source)
    release = release_claim(source)
    assert count_on(dt.date(2014, 6, 22)) == 1
    event = accept_claim(release, user)
    assert count_on(dt.date(2014, 6, 22)) == 0
    assert count_on(dt.date(2014, 6, 20)) == 1
    assert list(event.persons.all()) == [bialiatski]
    citation = event.citations.get()
    assert citation.source == source and (citation.evidence_start, citation.evidence_end) == (0, 80)
    release.refresh_from_db()
    assert release.status == ClaimStatus.ACCEPTED and release.reviewed_by == user
    assert release.result == event
    person_claim_row = Claim.objects.get(kind=ClaimKind.PERSON)
    assert person_claim_row.status == ClaimStatus.ACCEPTED  # accepted with its event
    assert person_claim_row.person == bialiatski
    assert bialiatski.citations.get().source == source
    assert "Bialiatski" in bialiatski.names.values_list("name", flat=True)


def test_the_same_fact_from_a_second_source_adds_a_citation_not_an_event(source, bialiatski):
    accept_claim(release_claim(source))
    second = Source.objects.create(title="Another report", text="Bialiatski freed in June 2014.")
    person_claim(second)
    accept_claim(release_claim(second, date="2014-06"))
    assert Event.objects.filter(type="release").count() == 1
    event = Event.objects.get(type="release")
    assert set(event.citations.values_list("source__title", flat=True)) == {
        "Bialiatski freed", "Another report"}
    assert str(event.date) == "2014-06-21"  # the less precise date does not replace it


def test_a_more_precise_date_from_a_later_source_refines_the_event(source, bialiatski):
    first = Source.objects.create(title="Early report", text="Freed in June 2014.")
    person_claim(first)
    accept_claim(release_claim(first, date="2014-06"))
    person_claim(source)
    accept_claim(release_claim(source))
    event = Event.objects.get(type="release")
    assert str(event.date) == "2014-06-21"
    assert event.citations.count() == 2


def test_correcting_a_date_before_accepting(source, bialiatski):
    person_claim(source)
    release = release_claim(source, date="2014-06-23")
    event = accept_claim(release, data={"date": "2014-06-21"})
    assert str(event.date) == "2014-06-21"
    release.refresh_from_db()
    assert release.proposed["date"] == "2014-06-23" and release.data["date"] == "2014-06-21"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"date": "2014-06-31"}, "day 31 does not exist"),
        ({"type": "vacation"}, "event type 'vacation' is not one of"),
        ({"subtype": "pardon", "type": "sentence"}, "'pardon' is not a subtype of sentence"),
        ({"persons": ["Nobody Known"]}, "no person 'Nobody Known'"),
        # The first person is accepted on the way, then the second fails: all rolls back.
        ({"persons": ["Ales Bialiatski", "Nobody Known"]}, "no person 'Nobody Known'"),
    ],
)
def test_a_bad_correction_is_refused_and_nothing_is_written(source, bialiatski, data, message):
    person_claim(source)
    release = release_claim(source)
    events_before = Event.objects.count()
    with pytest.raises(ReviewError, match=message):
        accept_claim(release, data=data)
    assert Event.objects.count() == events_before
    assert not Citation.objects.filter(source=source).exists()
    release.refresh_from_db()
    assert release.status == ClaimStatus.PENDING and release.data["date"] == "2014-06-21"
    assert Claim.objects.get(kind=ClaimKind.PERSON).status == ClaimStatus.PENDING


def test_new_person_is_created_private_with_all_spellings(source):
    claim_row = claim(source, 0, ClaimKind.PERSON,
                      {"name": "Ihar Losik", "variants": ["Losik", "Игорь Лосик"],
                       "registry_id": None, "roles": ["RFE/RL journalist"]})
    person = accept_claim(claim_row)
    assert person.display_name == "Ihar Losik" and not person.is_public
    assert sorted(person.names.filter(scheme="").values_list("name", flat=True)) == [
        "Ihar Losik", "Losik", "Игорь Лосик"]
    assert person.names.exclude(scheme="").exists()  # transliterations generated
    assert person.occupations == "RFE/RL journalist"


def test_choosing_a_registry_person_or_forcing_a_new_one(source, bialiatski):
    other = person_claim(source)
    assert accept_claim(other, person=bialiatski) == bialiatski
    twin = person_claim(source, position=5)
    created = accept_claim(twin, create_person=True)
    assert created != bialiatski and Person.objects.count() == 2


def test_counts_and_quotes(source, bialiatski):
    person_claim(source)
    stated = claim(source, 2, ClaimKind.COUNT, {"value": 7, "category": "prisoners"}, (131, 175))
    quote = claim(source, 3, ClaimKind.QUOTE,
                  {"speaker": "Ales Bialiatski", "text": "I did not ask for a pardon,"}, (81, 130))
    accepted, problems = accept_all([stated, quote])
    assert (accepted, problems) == (2, [])
    count = StatedCount.objects.get()
    assert (count.value, count.category, str(count.date)) == (7, "prisoners", "2014-06-23")
    saved = Quote.objects.get()
    assert saved.speaker == bialiatski and saved.source == source


def test_rejections_are_kept_and_not_proposed_again(source):
    wrong = claim(source, 0, ClaimKind.EVENT,
                  {"type": "detention", "subtype": None, "date": "2014-06-21",
                   "persons": ["Ales Bialiatski"], "place": None, "count": None})
    reject_claim(wrong, note="he was released, not detained")
    wrong.refresh_from_db()
    assert wrong.status == ClaimStatus.REJECTED and wrong.note.startswith("he was released")
    with pytest.raises(ReviewError, match="rejected, not pending"):
        accept_claim(wrong)
    with pytest.raises(ReviewError, match="not pending"):
        reject_claim(wrong)


def test_accept_all_goes_on_past_a_failing_claim(source, bialiatski):
    person_claim(source)
    good = release_claim(source)
    bad = claim(source, 2, ClaimKind.EVENT,
                {"type": "sentence", "subtype": None, "date": "2011-11-24",
                 "persons": ["Somebody Unknown"], "place": None, "count": None})
    accepted, problems = accept_all(list(Claim.objects.filter(source=source)))
    assert accepted == 2  # the person and the release
    assert len(problems) == 1 and "Somebody Unknown" in problems[0]
    good.refresh_from_db()
    bad.refresh_from_db()
    assert good.status == ClaimStatus.ACCEPTED and bad.status == ClaimStatus.PENDING


def test_an_event_naming_one_person_twice_is_one_subject(source, bialiatski):
    person_claim(source)
    twice = claim(source, 1, ClaimKind.EVENT,
                  {"type": "release", "subtype": "amnesty", "date": "2014-06-21",
                   "persons": ["Ales Bialiatski", "Bialiatski"], "place": None, "count": None})
    accepted, problems = accept_all([twice])
    assert (accepted, problems) == (1, [])
    assert Event.objects.get(type="release").participations.count() == 1


def test_a_release_without_subtype_is_the_known_amnesty(source, bialiatski):
    person_claim(source)
    accept_claim(release_claim(source))
    second = Source.objects.create(title="Second", text="Bialiatski was freed in June 2014.")
    person_claim(second)
    vague = claim(second, 1, ClaimKind.EVENT,
                  {"type": "release", "subtype": None, "date": "2014-06",
                   "persons": ["Ales Bialiatski"], "place": None, "count": None})
    event = accept_claim(vague)
    assert Event.objects.filter(type="release").count() == 1
    assert event.subtype == "amnesty" and event.citations.count() == 2


def test_an_event_without_subtype_gains_it_from_a_later_source(source, bialiatski):
    first = Source.objects.create(title="First", text="Bialiatski was freed on 21 June 2014.")
    person_claim(first)
    accept_claim(claim(first, 1, ClaimKind.EVENT,
                       {"type": "release", "subtype": None, "date": "2014-06-21",
                        "persons": ["Ales Bialiatski"], "place": None, "count": None}))
    person_claim(source)
    event = accept_claim(release_claim(source))
    assert event.subtype == "amnesty"
    assert "subtype added" in event.history.first().history_change_reason
