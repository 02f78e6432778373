"""The public page and the admin's door, through Django's test client and real HTTP."""

import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from rollcall.registry.models import Event, Participation, Person
from tests.cli_support import ROLLCALL, cli  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_home_shows_todays_count_and_only_public_persons(client):
    public = Person.objects.create(display_name="Public Prisoner", is_public=True,
                                   sensitive_notes="secret note")
    Person.objects.create(display_name="Hidden Person", is_public=False)
    for kind in ("detention", "recognition"):
        event = Event.objects.create(type=kind, date="2020-01-01")
        Participation.objects.create(person=public, event=event)
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="count">1<' in page
    assert "Public Prisoner" in page
    assert "Hidden Person" not in page and "secret note" not in page


@pytest.mark.parametrize("path", ["/admin/", "/admin/registry/person/"])
def test_anonymous_users_cannot_reach_the_admin(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_admin_person_search_finds_any_spelling(admin_client):
    person = Person.objects.create(display_name="Ales Bialiatski")
    person.names.create(name="Алесь Бяляцкі", language="be", kind="official")
    person.names.create(name="Aleś Bialacki", kind="alias")
    Person.objects.create(display_name="Maria Kalesnikava")
    for query in ("бяляцкі", "BIALACKI", "Ales"):
        page = admin_client.get("/admin/registry/person/", {"q": query}).content.decode()
        assert "Ales Bialiatski" in page, query
        assert "Maria Kalesnikava" not in page, query


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db(transaction=False)
def test_serve_answers_real_http(cli):  # noqa: F811
    cli.run("init", "--no-admin")
    port = _free_port()
    server = subprocess.Popen(
        [ROLLCALL, "serve", "--port", str(port), "--workers", "1"], env=cli.env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    body = response.read().decode()
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        assert "Recognised political prisoners held on" in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/admin/login/", timeout=5) as page:
            assert page.status == 200 and "csrfmiddlewaretoken" in page.read().decode()
        static = f"http://127.0.0.1:{port}/static/admin/css/base.css"
        with urllib.request.urlopen(static, timeout=5) as css:
            assert css.status == 200
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_editor_merges_two_persons_from_the_admin(admin_client):
    keep = Person.objects.create(display_name="Ales Bialiatski")
    duplicate = Person.objects.create(display_name="Ales Byalyatski")
    event = Event.objects.create(type="detention", date="2011-08-04")
    Participation.objects.create(person=duplicate, event=event)
    response = admin_client.post("/admin/registry/person/", {
        "action": "merge_selected", "_selected_action": [keep.pk, duplicate.pk]}, follow=True)
    assert "Merged" in response.content.decode()
    assert list(Person.objects.all()) == [keep]
    assert list(keep.events.all()) == [event]


@pytest.mark.parametrize("model", ["registry/person", "registry/personname", "registry/event",
                                   "registry/organization", "registry/membership",
                                   "registry/place", "registry/case", "registry/participation",
                                   "registry/source", "registry/citation", "registry/quote",
                                   "stats/custodyspell", "stats/statedcount", "ingest/claim"])
def test_every_model_has_an_admin_list(admin_client, model):
    person = Person.objects.create(display_name="Ales Bialiatski")
    event = Event.objects.create(type="detention", date="2011-08-04")
    Participation.objects.create(person=person, event=event)
    response = admin_client.get(f"/admin/{model}/", {"q": "Bialiatski"})
    assert response.status_code == 200


def _user_with_role(django_user_model, role):
    from django.contrib.auth.models import Group

    from rollcall.ingest.roles import sync_roles

    sync_roles()
    user = django_user_model.objects.create_user(role, password="a long passphrase",
                                                 is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


def test_documenters_cannot_publish_merge_or_edit_claims(client, django_user_model):
    person = Person.objects.create(display_name="Ales Bialiatski", is_public=False)
    Person.objects.create(display_name="Ales Byalyatski")
    client.force_login(_user_with_role(django_user_model, "documenter"))
    page = client.get(f"/admin/registry/person/{person.pk}/change/").content.decode()
    assert 'name="display_name"' in page and 'name="is_public"' not in page
    listing = client.get("/admin/registry/person/").content.decode()
    assert "merge_selected" not in listing
    client.post(f"/admin/registry/person/{person.pk}/change/",
                {"display_name": "Ales Bialiatski", "is_public": "on"})
    person.refresh_from_db()
    assert person.is_public is False
    assert client.get("/admin/ingest/claim/add/").status_code == 403


def test_editors_publish(client, django_user_model):
    client.force_login(_user_with_role(django_user_model, "editor"))
    person = Person.objects.create(display_name="Ales Bialiatski", is_public=False)
    page = client.get(f"/admin/registry/person/{person.pk}/change/").content.decode()
    assert 'name="is_public"' in page
    assert "merge_selected" in client.get("/admin/registry/person/").content.decode()
