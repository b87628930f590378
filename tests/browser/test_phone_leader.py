"""Every page of a leader's workspace fits a phone: no page-wide horizontal scroll at 390 px."""

import pytest
from django.urls import reverse

from tests.browser.phone import log_in, too_wide
from tests.leaders.test_permissions import URLS, world  # noqa: F401
from tests.workspace_fixtures import call, declaration, item_for_a, plain_user, report_a, resolution  # noqa: F401

pytestmark = pytest.mark.browser


def test_every_leader_page_fits_a_phone(world, live_server, page, shot):  # noqa: F811
    log_in(page, live_server, world["users"]["leader_a"])
    urls = [reverse(name, kwargs=kwargs(world)) for name, kwargs, methods, _expected in URLS if "get" in methods]
    assert too_wide(page, live_server, urls, shot, prefix="phone-leader") == []
