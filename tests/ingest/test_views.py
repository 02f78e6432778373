"""The review UI: who may enter, the queue, the highlighted source, corrections."""

import pytest
from django.contrib.auth.models import Group

from rollcall.ingest.models import Claim, ClaimKind, ClaimStatus, fingerprint
from rollcall.ingest.roles import sync_roles
from rollcall.registry.models import Event, Person, Source

pytestmark = pytest.mark.django_db

TEXT = "Ales Bialiatski was released under an amnesty on Saturday. Seven remain."


@pytest.fixture
def documenter(django_user_model):
    sync_roles()
    user = django_user_model.objects.create_user("doc", password="a long passphrase", is_staff=True)
    user.groups.add(Group.objects.get(name="documenter"))
    return user


@pytest.fixture
def source():
    source = Source.objects.create(title="Freed", text=TEXT, published="2014-06-23")
    data = [
        (ClaimKind.PERSON, {"name": "Ales Bialiatski", "variants": [], "registry_id": None,
                            "roles": []}, (0, 15)),
        (ClaimKind.EVENT, {"type": "release", "subtype": "amnesty", "date": "2014-06-23",
                           "persons": ["Ales Bialiatski"], "place": None, "count": None},
         (0, 58)),
        (ClaimKind.COUNT, {"value": 7, "category": "prisoners"}, (59, 72)),
    ]
    for position, (kind, fact, evidence) in enumerate(data):
        Claim.objects.create(source=source, position=position, kind=kind, proposed=fact,
                             data=fact, evidence_start=evidence[0], evidence_end=evidence[1],
                             fingerprint=fingerprint(kind, fact))
    return source


@pytest.mark.parametrize("path", ["/review/", "/review/claim/1/correct/"])
def test_anonymous_visitors_are_sent_to_log_in(client, path):
    response = client.get(path)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_users_without_the_review_role_are_refused(client, django_user_model, source):
    django_user_model.objects.create_user("reader", password="a long passphrase")
    client.login(username="reader", password="a long passphrase")
    assert client.get("/review/").status_code == 403
    claim = source.claims.first()
    assert client.post(f"/review/claim/{claim.pk}/accept/").status_code == 403
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING


def test_documenter_sees_queue_and_highlighted_evidence(client, documenter, source):
    client.force_login(documenter)
    queue = client.get("/review/").content.decode()
    assert "Freed" in queue and f"/review/source/{source.public_id}/" in queue
    page = client.get(f"/review/source/{source.public_id}/").content.decode()
    person, event, count = source.claims.order_by("position")
    assert f'<mark data-claims="{person.pk} {event.pk} ">Ales Bialiatski</mark>' in page
    assert f'<mark data-claims="{count.pk} ">Seven remain.</mark>' in page
    assert "release (amnesty) 2014-06-23: Ales Bialiatski" in page


def test_correct_the_date_then_accept(client, documenter, source):
    client.force_login(documenter)
    event_claim = source.claims.get(kind=ClaimKind.EVENT)
    form = client.get(f"/review/claim/{event_claim.pk}/correct/").content.decode()
    assert 'value="2014-06-23"' in form
    bad = client.post(f"/review/claim/{event_claim.pk}/correct/", {
        "type": "release", "subtype": "amnesty", "date": "2014-06-31",
        "persons": "Ales Bialiatski", "place": "", "count": ""})
    assert bad.status_code == 200 and "day 31 does not exist" in bad.content.decode()
    response = client.post(f"/review/claim/{event_claim.pk}/correct/", {
        "type": "release", "subtype": "amnesty", "date": "2014-06-21",
        "persons": "Ales Bialiatski", "place": "", "count": ""})
    assert response.status_code == 302
    event = Event.objects.get(type="release")
    assert str(event.date) == "2014-06-21"
    assert event.persons.get().display_name == "Ales Bialiatski"
    event_claim.refresh_from_db()
    assert event_claim.reviewed_by == documenter
    assert list(event.history.values_list("history_user__username", flat=True)) == ["doc"]


def test_reject_and_accept_all(client, documenter, source):
    client.force_login(documenter)
    count_claim = source.claims.get(kind=ClaimKind.COUNT)
    client.post(f"/review/claim/{count_claim.pk}/reject/", {"note": "not a count of prisoners"})
    client.post(f"/review/source/{source.public_id}/accept-all/")
    statuses = dict(source.claims.values_list("kind", "status"))
    assert statuses == {"person": "accepted", "event": "accepted", "count": "rejected"}
    assert Person.objects.get().display_name == "Ales Bialiatski"


def test_paste_a_report(client, documenter):
    client.force_login(documenter)
    response = client.post("/review/add/", {
        "text": "Ihar Losik, an RFE/RL journalist, was released on 11 September 2025.",
        "url": "https://example.org/losik", "publisher": "Example", "published": "2025-09-12"})
    assert response.status_code == 302
    source = Source.objects.get()
    assert source.url == "https://example.org/losik" and str(source.published) == "2025-09-12"
    assert source.claims.exists()
    again = client.post("/review/add/", {
        "text": "Ihar Losik, an RFE/RL journalist, was released on 11 September 2025.",
        "url": "https://example.org/losik", "published": "2025-09-12"}, follow=True)
    assert "duplicate" in again.content.decode()
    assert Source.objects.count() == 1
    empty = client.post("/review/add/", {"text": "  ", "published": "2025-13-01"})
    assert empty.status_code == 400
    page = empty.content.decode()
    assert "Paste the report" in page and "month 13 does not exist" in page


@pytest.mark.parametrize(("language", "heading"), [("ru", "Источники для проверки"),
                                                   ("be", "Крыніцы для праверкі")])
def test_review_pages_speak_the_documenters_language(client, documenter, language, heading):
    client.force_login(documenter)
    page = client.get("/review/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert heading in page and "Sources to review" not in page


def test_queue_counts_each_claim_once(client, documenter, source):
    client.force_login(documenter)
    page = client.get("/review/").content.decode()
    assert '<td class="num">3</td><td class="num">0</td><td class="num">0</td>' in page


def test_a_javascript_link_from_a_feed_is_never_rendered(client, documenter, tmp_path):
    from rollcall.ingest.reading import read_path

    feed = tmp_path / "evil.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>'
        "<title>Report</title><link>javascript:alert(document.domain)</link>"
        "<description>Ihar Losik was released on 11 September 2025.</description>"
        "</item></channel></rss>")
    [incoming] = list(read_path(feed))
    assert incoming.url == ""
    stored = Source.objects.create(title="Report", text="text", url="javascript:alert(1)")
    client.force_login(documenter)
    Claim.objects.create(source=stored, position=0, kind="count", proposed={}, data={},
                         fingerprint="x")
    page = client.get(f"/review/source/{stored.public_id}/").content.decode()
    assert 'href="javascript:' not in page
