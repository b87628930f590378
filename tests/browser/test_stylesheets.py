"""The portal's stylesheets, one per component, all load and apply, and print comes last.

A missing <link> or a file loaded out of order shows here as a wrong computed style.
"""

import pytest

from tests.public_data import build_public

pytestmark = pytest.mark.browser

RESOLUTION = "/resolutions/xx-2026-06-19/"


@pytest.fixture
def site(transactional_db):
    build_public()


def _style(page, selector, prop):
    return page.locator(selector).first.evaluate("(e, p) => getComputedStyle(e).getPropertyValue(p)", prop)


def test_it_applies_each_components_stylesheet(site, live_server, page):
    page.goto(live_server.url + RESOLUTION)
    loaded = page.evaluate(
        "[...document.styleSheets].map(s => [s.href.split('/').pop().split('.')[0], s.cssRules.length > 0])"
    )
    assert loaded == [
        [name, True]
        for name in ("fonts", "base", "layout", "document", "lists", "workspace", "account", "print")
    ]
    assert _style(page, "body", "background-color") == "rgb(245, 246, 248)"  # base.css
    assert _style(page, ".main-nav", "border-top-color") == "rgb(179, 38, 30)"  # layout.css
    assert "PT Serif" in _style(page, ".document", "font-family")  # document.css
    assert _style(page, ".document", "display") == "block"
    assert _style(page, ".document .item-meta", "display") == "flex"
    page.goto(live_server.url + "/resolutions/")
    assert _style(page, ".result-list", "border-top-style") == "solid"  # lists.css
    page.goto(live_server.url + "/accounts/login/")
    assert _style(page, ".account-panel h1", "font-size") == "27.2px"  # account.css: 1.6rem of 17px


@pytest.mark.parametrize("width", [1280, 700])
def test_it_prints_the_document_alone_at_any_width(site, live_server, page, width):
    # An A4 page is about 700 CSS px wide: the phone layout's padding must not come back in print.
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(media="print")
    page.goto(live_server.url + RESOLUTION)
    assert _style(page, ".site-header", "display") == "none"
    assert _style(page, ".doc-aside", "display") == "none"
    assert _style(page, ".document", "padding-left") == "0px"
    assert _style(page, ".document", "border-top-style") == "none"
