"""Execution control in a browser: the leader of the women's movement reports on item 9 and asks for more time on
item 9а; the Secretariat sees both in its inbox (with the counter in the navigation), accepts the report and grants
the extension; the register and the inbox at desktop and phone width."""

from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from resolutions.models import Assignment, ExtensionRequest

pytestmark = pytest.mark.browser

PASSWORD = "ksors-demo-2026"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)


def _login(page, base, email):
    page.goto(base + "/accounts/login/")
    page.get_by_label("Электронная почта").fill(email)
    page.get_by_label("Пароль").fill(PASSWORD)
    page.get_by_role("button", name="Войти").click()
    expect(page.get_by_role("button", name="Выйти")).to_be_visible()


def _logout(page):
    page.get_by_role("button", name="Выйти").click()
    if page.get_by_role("button", name="Выйти").count():
        page.get_by_role("button", name="Выйти").click()
    expect(page.get_by_role("link", name="Войти")).to_be_visible()


def test_a_leader_reports_and_asks_for_time_and_the_secretariat_handles_both(demo_site, live_server, page, shot):
    base = live_server.url
    page.set_viewport_size(DESKTOP)
    _login(page, base, "leader@ksors.example")
    page.goto(base + "/my/organizations/women-movement/items/")
    page.get_by_role("link", name="Отчитаться по пункту 9", exact=True).click()
    page.get_by_label("Что сделано").fill("Направили секретарю-координатору историю движения и 40 фотографий.")
    page.get_by_label("Состояние вашей части работы").select_option("done")
    page.get_by_role("button", name="Отправить отчёт").click()
    expect(page.get_by_text("Отчёт по пункту 9 отправлен.")).to_be_visible()
    expect(page.get_by_text("Отчёт на проверке")).to_be_visible()

    page.locator("li.panel", has_text="9а.").get_by_role("link", name="Попросить продлить срок").click()
    page.get_by_label("Продлить срок до").fill("2027-08-15")  # earlier than the current end: refused next to the field
    page.get_by_label("Причина").fill("Архив епархии откроется только в октябре.")
    page.get_by_role("button", name="Отправить запрос").click()
    expect(page.get_by_text("Новый срок должен быть позже нынешнего (30.09.2027).")).to_be_visible()
    expect(page.get_by_label("Причина")).to_have_value("Архив епархии откроется только в октябре.")
    page.get_by_label("Продлить срок до").fill("2027-10-15")
    page.get_by_role("button", name="Отправить запрос").click()
    expect(page.get_by_text("Запрос о продлении срока по пункту 9а отправлен в Секретариат.")).to_be_visible()
    shot(page, "control-leader-items-desktop")
    page.set_viewport_size(PHONE)
    shot(page, "control-leader-items-phone")
    page.set_viewport_size(DESKTOP)
    _logout(page)

    _login(page, base, "secretariat@ksors.example")
    page.goto(base + "/secretariat/")
    inbox_link = page.locator(".workspace-nav").get_by_role("link", name="Входящие")
    expect(inbox_link).to_contain_text("2")
    inbox_link.click()
    expect(page.get_by_text("Направили секретарю-координатору историю движения")).to_be_visible()
    expect(page.get_by_text("Архив епархии откроется только в октябре.")).to_be_visible()
    shot(page, "control-inbox-desktop")
    page.set_viewport_size(PHONE)
    shot(page, "control-inbox-phone")
    page.set_viewport_size(DESKTOP)

    page.get_by_role("button", name="Принять исполнение").click()
    expect(page.get_by_text("пункт 9 снят с контроля")).to_be_visible()
    page.locator("#extensions").get_by_role("button", name="Решить").click()
    expect(page.get_by_text("Срок продлён до 15 октября 2027 г.")).to_be_visible()
    expect(page.get_by_text("Новых отчётов нет.")).to_be_visible()
    expect(page.get_by_text("Запросов о продлении нет.")).to_be_visible()
    expect(page.locator(".workspace-nav").get_by_role("link", name="Входящие")).not_to_contain_text("2")
    assert Assignment.objects.get(item__label="9", item__resolution__slug="xx-2026-06-19").status == "accepted"
    assert ExtensionRequest.objects.get().status == "granted"

    page.goto(base + "/secretariat/control/?" + urlencode({"q": "информационные"}))  # item 9, found by a word of its text
    page.get_by_role("link", name="9", exact=True).click()
    expect(page.get_by_role("heading", name="Исполнители")).to_be_visible()
    expect(page.get_by_text("исполнение принято, снято с контроля")).to_be_visible()
    shot(page, "control-item-desktop")
    page.set_viewport_size(PHONE)
    shot(page, "control-item-phone")
    page.set_viewport_size(DESKTOP)

    page.goto(base + "/secretariat/control/")
    expect(page.get_by_role("heading", name="Реестр поручений")).to_be_visible()
    expect(page.get_by_text("01.01.2027 — 30.06.2027")).to_be_visible()
    shot(page, "control-register-desktop")
    page.set_viewport_size(PHONE)
    shot(page, "control-register-phone")
