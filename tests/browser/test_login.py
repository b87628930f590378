import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)


def test_it_logs_in_as_demo_secretariat_and_sees_home(demo_site, live_server, page, shot):
    page.goto(live_server.url + "/")
    expect(page.locator("h1")).to_contain_text("XX Страновая тематическая конференция")
    shot(page, "home-anonymous")
    page.get_by_role("link", name="Войти").click()
    shot(page, "login-page")
    page.get_by_label("Электронная почта").fill("secretariat@ksors.example")
    page.get_by_label("Пароль").fill("ksors-demo-2026")
    shot(page, "login")
    page.get_by_role("button", name="Войти").click()
    expect(page.get_by_role("button", name="Выйти")).to_be_visible()
    expect(page.locator(".account-links")).to_contain_text("Секретариат (демо)")
    shot(page, "home-secretariat")


def test_it_shows_a_russian_error_on_a_wrong_password(demo_site, live_server, page, shot):
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Электронная почта").fill("secretariat@ksors.example")
    page.get_by_label("Пароль").fill("wrong-password")
    page.get_by_role("button", name="Войти").click()
    expect(page.locator(".errorlist, .alert, [role=alert]").first).to_contain_text("неверны")
    expect(page.get_by_label("Электронная почта")).to_have_value("secretariat@ksors.example")
    shot(page, "login-error")


def test_it_renders_the_home_page_in_english(demo_site, live_server, page, shot):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/")
    expect(page.get_by_role("link", name="Resolutions").first).to_be_visible()
    shot(page, "home-english")
