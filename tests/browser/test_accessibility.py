"""axe-core on the pages people use most: no serious or critical accessibility violations.

axe-core (MPL-2.0, licence beside it) is vendored under tests/browser/vendor/ so the check runs offline.
The portal's Content Security Policy forbids injected scripts, so these pages are opened in a context
that bypasses CSP: only the test injects anything.
"""

from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
PASSWORD = "ksors-demo-2026"

pytestmark = [pytest.mark.browser, pytest.mark.skipif(
    not AXE.exists(), reason="axe-core is not vendored at tests/browser/vendor/axe.min.js"
)]

PUBLIC_PAGES = {
    "home": "/",
    "resolution": "/resolutions/xx-2026-06-19/",
    "resolution-en": "/en/resolutions/xx-2026-06-19/",
    "resolution-versions": "/resolutions/xx-2026-06-19/versions/",
    "resolutions": "/resolutions/",
    "conferences": "/conferences/",
    "organizations": "/organizations/",
    "declarations": "/declarations/",
    "search": "/search/?q=молодёжь",
    "login": "/accounts/login/",
    "about": "/about/",
    "contacts": "/contacts/",
    "privacy": "/privacy/",
    "about-en": "/en/about/",
    "privacy-en": "/en/privacy/",
}
# On a phone the resolution's contents are a <details> and the header scrolls sideways: checked there too.
PHONE_PAGES = {"resolution-phone": "/resolutions/xx-2026-06-19/", "organizations-phone": "/organizations/"}
SECRETARIAT_PAGES = {"secretariat-dashboard": "/secretariat/", "secretariat-organizations": "/secretariat/organizations/",
                     "secretariat-control": "/secretariat/control/",
                     "secretariat-page-edit": "/secretariat/pages/about/"}
LEADER_PAGES = {"leader-profile-edit": "/my/organizations/women-movement/edit/"}


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)


@pytest.fixture
def axe_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True, locale="ru-RU")
    yield context.new_page()
    context.close()


def _login(page, base, email):
    page.goto(base + "/accounts/login/")
    page.get_by_label("Электронная почта").fill(email)
    page.get_by_label("Пароль").fill(PASSWORD)
    page.get_by_role("button", name="Войти").click()
    expect(page.get_by_role("button", name="Выйти")).to_be_visible()


def _serious_violations(page):
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async () => (await axe.run(document)).violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`)"""
    )
    return violations


def _check(page, base, pages, shot):
    found = {}
    for name, path in pages.items():
        page.goto(base + path)
        expect(page.locator("main h1").first).to_be_visible()
        shot(page, f"axe-{name}")
        violations = _serious_violations(page)
        if violations:
            found[path] = violations
    assert found == {}


def test_it_finds_no_serious_violations_on_public_pages(demo_site, live_server, axe_page, shot):
    _check(axe_page, live_server.url, PUBLIC_PAGES, shot)


def test_it_finds_no_serious_violations_on_a_phone(demo_site, live_server, browser, shot):
    context = browser.new_context(viewport={"width": 390, "height": 800}, bypass_csp=True, locale="ru-RU")
    page = context.new_page()
    page.goto(live_server.url + PHONE_PAGES["resolution-phone"])
    page.locator("details.doc-toc-phone summary").click()  # open, so its links are checked too
    violations = _serious_violations(page)
    shot(page, "axe-resolution-phone")
    page.goto(live_server.url + PHONE_PAGES["organizations-phone"])
    violations += _serious_violations(page)
    context.close()
    assert violations == []


def test_it_finds_no_serious_violations_in_the_secretariat_workspace(demo_site, live_server, axe_page, shot):
    _login(axe_page, live_server.url, "secretariat@ksors.example")
    _check(axe_page, live_server.url, SECRETARIAT_PAGES, shot)


def test_it_finds_no_serious_violations_in_the_leaders_workspace(demo_site, live_server, axe_page, shot):
    _login(axe_page, live_server.url, "leader@ksors.example")
    _check(axe_page, live_server.url, LEADER_PAGES, shot)
