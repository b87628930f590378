"""No page is wider than a 390 px phone screen, for any role: every page each role reaches by its links
(tests/crawl.py), opened in Chromium at 390 px. A page wider than the screen scrolls sideways as a whole —
the defect a visually hidden table header escaping its scrolling region caused on the registry pages."""

import pytest
from django.core.management import call_command
from django.test import Client

from tests.browser.test_accessibility import _login
from tests.crawl import ENTRIES, crawl

pytestmark = pytest.mark.browser
PHONE = 390
EMAILS = {"leader": "leader@ksors.example", "secretary": "secretariat@ksors.example"}


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)


def _paths(role, django_user_model):
    client = Client()
    if role in EMAILS:
        client.force_login(django_user_model.objects.get(email=EMAILS[role]))
    return [url for url, _response in crawl(client, ENTRIES[role], per_view=1)]


@pytest.mark.parametrize("role", ["anonymous", "leader", "secretary"])
def test_no_page_is_wider_than_a_phone(demo_site, live_server, browser, django_user_model, role):
    paths = _paths(role, django_user_model)
    assert len(paths) > 15
    context = browser.new_context(viewport={"width": PHONE, "height": 800}, locale="ru-RU")
    page = context.new_page()
    if role in EMAILS:
        _login(page, live_server.url, EMAILS[role])
    too_wide = {}
    for path in paths:
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE:
            widest = page.evaluate(
                """(limit) => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > limit + 1)
                    .slice(-1).map(e => e.tagName + '.' + e.className)[0]""", PHONE)
            too_wide[path] = (width, widest)
    context.close()
    assert too_wide == {}
