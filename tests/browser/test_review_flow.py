"""A documenter's path in a real browser (Debian's Chromium driven by Playwright).

Log in, paste a report, see the highlighted evidence, correct a date, accept, and
find the person's timeline in the admin. Screenshots go to ``ROLLCALL_SCREENSHOTS``
(``make screenshots`` sets it to ``docs/``) or a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rollcall.ingest.models import Claim, ClaimKind, ClaimStatus
from rollcall.ingest.roles import sync_roles

CHROMIUM = Path("/usr/bin/chromium")
REPORT = """Minsk, 23 June 2014

Human rights defender Ales Bialiatski was released from the penal colony in Babruisk on
Saturday under an amnesty, his colleagues at the Human Rights Centre Viasna said.

Bialiatski had been arrested on 4 August 2011 and sentenced to four and a half years in a
medium-security colony. "I did not ask for a pardon," Bialiatski told reporters.
"""

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page():
    if not CHROMIUM.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true requires Debian's chromium at /usr/bin/chromium")
        pytest.skip("no /usr/bin/chromium (Debian package chromium); `make test` installs it")
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's loop shares the thread
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        yield page
        browser.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ROLLCALL_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_documenter_reviews_a_pasted_report(live_server, browser_page, shots,
                                            django_user_model):
    from django.contrib.auth.models import Group

    sync_roles()
    user = django_user_model.objects.create_user("anna", password="correct horse battery",
                                                 is_staff=True)
    user.groups.add(Group.objects.get(name="documenter"))
    page = browser_page

    page.goto(f"{live_server.url}/review/")
    assert "/admin/login/" in page.url  # anonymous: sent to log in
    page.fill("#id_username", "anna")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_url("**/review/")

    page.fill("#id_text", REPORT)
    page.fill("#id_url", "https://example.org/bialiatski-freed")
    page.fill("#id_publisher", "Example News")
    page.fill("#id_published", "2014-06-23")
    page.click("#add-report button[type=submit]")
    page.wait_for_url("**/review/source/**")

    marks = page.locator("#source-text mark")
    assert marks.count() > 0
    event_claim = (
        Claim.objects.filter(kind=ClaimKind.EVENT, status=ClaimStatus.PENDING)
        .order_by("position").first()
    )
    assert event_claim is not None, "the extractor proposed no event"
    card = page.locator(f"#claim-{event_claim.pk}")
    card.click()
    active = page.locator("#source-text mark.active")
    assert active.count() > 0
    assert event_claim.evidence().strip()[:20] in "".join(active.all_inner_texts())
    page.screenshot(path=str(shots / "review-source.png"), full_page=False)

    page.keyboard.press("e")  # the shortcut opens the correction form
    page.wait_for_url(f"**/claim/{event_claim.pk}/correct/")
    page.fill("#id_date", "2014-06-20")
    page.screenshot(path=str(shots / "review-correct.png"))
    page.click("#correct-form button[type=submit]")
    page.wait_for_url("**/review/source/**")
    assert "Corrected and accepted" in page.content()
    event_claim.refresh_from_db()
    assert event_claim.status == ClaimStatus.ACCEPTED
    event = event_claim.result
    assert str(event.date) == "2014-06-20"

    person = event.persons.first()
    page.goto(f"{live_server.url}/admin/registry/person/{person.pk}/change/")
    timeline = page.locator("text=2014-06-20").first
    assert timeline.is_visible()
    page.screenshot(path=str(shots / "admin-timeline.png"), full_page=True)
