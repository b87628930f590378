"""Every page of the back office fits a phone: no page-wide horizontal scroll at 390 px, the menu folded."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.phone import log_in, too_wide
from tests.secretariat.conftest import draft, members  # noqa: F401
from tests.secretariat.test_permissions import URLS, world  # noqa: F401
from tests.workspace_fixtures import call, declaration  # noqa: F401

pytestmark = pytest.mark.browser


def test_every_back_office_page_fits_a_phone(world, live_server, page, shot):  # noqa: F811
    log_in(page, live_server, world["users"]["secretary"])
    urls = [reverse(f"secretariat:{name}", kwargs=kwargs(world)) + query for name, kwargs, methods, query in URLS if "get" in methods]
    assert too_wide(page, live_server, urls, shot, prefix="phone-secretariat") == []

    # The sixteen sections fold into one menu that opens without JavaScript.
    page.goto(live_server.url + reverse("secretariat:organizations"))
    expect(page.get_by_role("link", name="Импорт")).to_have_count(0)
    page.get_by_text("Разделы", exact=True).click()
    expect(page.get_by_role("link", name="Импорт")).to_be_visible()
    shot(page, "phone-secretariat-menu")
