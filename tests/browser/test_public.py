"""A visitor without an account: read a resolution, follow an anchor, filter, search, download the PDF."""

import pytest
from playwright.sync_api import expect

from tests.public_data import build_public, grow

pytestmark = pytest.mark.browser


@pytest.fixture
def site(transactional_db):
    build_public()
    grow(3)


@pytest.fixture(params=[(1280, 900), (390, 844)], ids=["desktop", "mobile"])
def viewport(request, page):
    page.set_viewport_size({"width": request.param[0], "height": request.param[1]})
    return "desktop" if request.param[0] > 500 else "mobile"


def test_it_reads_a_resolution_and_follows_an_anchor(site, live_server, page, viewport, shot):
    page.goto(live_server.url + "/resolutions/")
    shot(page, f"public-resolutions-{viewport}")
    page.get_by_role("link", name="Резолюция XX Страновой тематической конференции").first.click()
    expect(page.locator("h1")).to_contain_text("Резолюция XX Страновой тематической конференции")
    expect(page.locator("#p7б")).to_contain_text("до ноября 2026 года")
    expect(page.locator("#p7б")).to_contain_text("не позднее 31 октября 2026 г.")
    shot(page, f"public-resolution-{viewport}")
    page.locator("#p10 .item-label").click()
    assert page.url.endswith("#p10")
    expect(page.locator("#p10")).to_be_in_viewport()
    shot(page, f"public-resolution-anchor-{viewport}")
    page.locator("#p10").get_by_role("link", name="ОО татар «Умет»").click()
    expect(page.locator("#membership")).to_contain_text("Исключена")
    shot(page, f"public-organization-{viewport}")


def test_it_opens_an_item_link_directly(site, live_server, page):
    page.goto(live_server.url + "/resolutions/xx-2026-06-19/#p9б")
    expect(page.locator("#p9б")).to_be_in_viewport()
    expect(page.locator("#p9б")).to_contain_text("с 1 сентября 2027 г. по 31 октября 2027 г.")


def test_it_copies_an_item_link(site, live_server, page, browser):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    tab = context.new_page()
    tab.goto(live_server.url + "/resolutions/xx-2026-06-19/")
    tab.locator("#p7б .item-label").click()
    expect(tab.locator("#p7б .item-label")).to_have_class("item-label copied")
    assert tab.evaluate("navigator.clipboard.readText()").endswith("/resolutions/xx-2026-06-19/#p7б")
    context.close()


def test_it_filters_the_lists_and_keeps_the_filters_in_the_address(site, live_server, page, shot):
    page.goto(live_server.url + "/resolutions/")
    page.get_by_label("Ответственный").select_option(label="Темирова Л.Г.")
    page.get_by_role("button", name="Показать").click()
    assert "responsible=person%3Atemirova" in page.url
    expect(page.locator(".result")).to_have_count(1)
    with page.expect_download() as download:
        page.get_by_role("link", name="Скачать CSV").click()
    assert download.value.suggested_filename.startswith("resolutions-")
    page.goto(live_server.url + "/organizations/")
    page.get_by_label("Статус членства").select_option(label="Членство приостановлено")
    page.get_by_role("button", name="Показать").click()
    expect(page.locator(".org-card")).to_have_count(1)
    expect(page.locator(".org-card")).to_contain_text("Иристон")
    shot(page, "public-organizations-filtered")
    page.goto(live_server.url + "/conferences/")
    expect(page.locator(".badge-demo")).to_have_count(19)
    shot(page, "public-conferences")


def test_it_searches_in_russian(site, live_server, page, viewport, shot):
    page.goto(live_server.url + "/")
    page.locator("#nav-q").fill("молодёжной повестки")
    page.locator(".nav-search button").click()
    expect(page.locator("#group-items")).to_contain_text("п. 8б")
    expect(page.locator("#group-items mark").first).to_be_visible()
    shot(page, f"public-search-{viewport}")
    page.locator("#group-items").get_by_role("link", name="п. 8б").click()
    expect(page.locator("#p8б")).to_be_in_viewport()


def test_it_downloads_the_pdf(site, live_server, page, shot):
    page.goto(live_server.url + "/resolutions/xx-2026-06-19/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Скачать PDF").click()
    assert download.value.suggested_filename == "xx-2026-06-19-v1.pdf"
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_it_prints_only_the_document(site, live_server, page, shot):
    page.goto(live_server.url + "/resolutions/xx-2026-06-19/")
    page.emulate_media(media="print")
    expect(page.locator(".doc-aside")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("#p1")).to_be_visible()
    shot(page, "public-resolution-print")
