"""The Secretariat keeps the registry in a browser: the XIX admissions from import to publication, a rename,
a person with a post, a declaration's text, an invited leader later deactivated; at desktop and phone width."""

from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

XIX = Path(__file__).resolve().parents[1] / "resolutions" / "resolution-2025-06-20-xix-illustrative.txt"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)


def both(page, shot, name):
    shot(page, f"registry-{name}-desktop")
    page.set_viewport_size(PHONE)
    shot(page, f"registry-{name}-phone")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), f"{name}: page-wide scroll"
    page.set_viewport_size(DESKTOP)


def test_the_secretariat_keeps_the_registry(demo_site, live_server, page, shot):
    from accounts.models import User
    from organizations.models import Organization

    base = live_server.url
    page.set_viewport_size(DESKTOP)
    page.goto(base + "/accounts/login/")
    page.locator("#id_login").fill("secretariat@ksors.example")
    page.get_by_label("Пароль").fill("ksors-demo-2026")
    page.get_by_role("button", name="Войти").click()
    expect(page.locator("h1")).to_have_text("Контроль исполнения")

    # Import the illustrative XIX resolution: item 3 proposes two admissions.
    page.goto(base + "/secretariat/resolutions/import/")
    page.get_by_label("…или файл .txt / .docx").set_input_files(str(XIX))
    page.get_by_role("button", name="Распознать").click()
    expect(page.locator(".recognised")).to_contain_text("Принять в состав:")
    expect(page.locator(".admissions")).to_contain_text("ОО «Славянский дом», Истаравшан — будет создана в реестре")
    expect(page.locator(".conference-differences")).to_contain_text("отчётно-выборная")
    both(page, shot, "import-review")
    page.get_by_role("button", name="Создать черновик").click()
    expect(page.locator(".messages")).to_contain_text("Черновик создан")

    page.get_by_role("link", name="Опубликовать…").click()
    expect(page.locator(".publish-membership")).to_contain_text("молодёжное объединение «Наследие»")
    both(page, shot, "publish-confirmation")
    page.get_by_label("Обновить запись конференции по документу").check()
    page.get_by_role("button", name="Опубликовать").click()
    expect(page.locator(".messages")).to_contain_text("Запись конференции обновлена по документу.")
    expect(page.locator(".messages")).to_contain_text("молодёжное объединение «Наследие» — Действующий член")
    page.goto(base + "/organizations/?q=Наследие")
    expect(page.locator("main")).to_contain_text("молодёжное объединение «Наследие»")

    # Rename it; the old name stays in the history of names.
    page.goto(base + "/secretariat/organizations/?q=НАСЛЕДИЕ")
    both(page, shot, "organizations")
    page.get_by_role("link", name="молодёжное объединение «Наследие»").click()
    page.locator("#id_name").fill("Молодёжное объединение соотечественников «Наследие»")
    page.locator("#id_renamed_on").fill("2026-01-15")
    page.get_by_role("button", name="Сохранить").click()
    expect(page.locator(".messages")).to_contain_text("Сохранено: Молодёжное объединение соотечественников «Наследие»")
    expect(page.locator("main")).to_contain_text("История названий")
    expect(page.locator("main")).to_contain_text("14 января 2026 г.")
    both(page, shot, "organization-renamed")

    # A person with a post; the short form comes from the full name.
    page.goto(base + "/secretariat/people/new/")
    page.locator("#id_full_name").fill("Петрова Анна Сергеевна")
    page.locator("#id_positions-0-title").fill("руководитель")
    page.locator("#id_positions-0-organization").select_option(label="Молодёжное объединение соотечественников «Наследие»")
    page.locator("#id_positions-0-is_leader").check()
    page.get_by_role("button", name="Сохранить").click()
    expect(page.locator(".messages")).to_contain_text("Сохранено: Петрова Анна Сергеевна")
    expect(page.locator("#id_short_name")).to_have_value("Петрова А.С.")
    page.goto(base + "/secretariat/people/?q=петрова")
    expect(page.locator("table")).to_contain_text("руководитель (Молодёжное объединение соотечественников «Наследие»)")
    both(page, shot, "people")

    # A declaration's full text, shown on its public page.
    page.goto(base + "/secretariat/declarations/texts/")
    page.locator("tbody a").first.click()
    page.locator("#id_text").fill("Мы, участники XX Страновой конференции,\n\nзаявляем о поддержке традиционных семейных ценностей.")
    page.get_by_role("button", name="Сохранить").click()
    both(page, shot, "declaration-form")
    page.get_by_role("link", name="Страница на сайте").click()
    expect(page.locator(".document-text").last).to_contain_text("заявляем о поддержке традиционных семейных ценностей.")

    # Invite a leader by name, later deactivate the account.
    page.goto(base + "/secretariat/invite/")
    page.locator("#id_email").fill("petrova@example.org")
    page.locator("#id_full_name").fill("Петрова Анна Сергеевна")
    page.get_by_label("Молодёжное объединение соотечественников «Наследие»").check()
    page.get_by_role("button", name="Пригласить").click()
    expect(page.locator(".messages")).to_contain_text("Приглашение отправлено на petrova@example.org")
    page.goto(base + "/secretariat/accounts/")
    expect(page.locator("main")).to_contain_text("petrova@example.org")
    both(page, shot, "accounts")
    page.locator("table").first.get_by_role("link", name="petrova@example.org").click()
    page.get_by_role("button", name="Отключить учётную запись").click()
    expect(page.locator(".messages")).to_contain_text("Учётная запись отключена")
    both(page, shot, "account-deactivated")
    assert not User.objects.get(email="petrova@example.org").is_active
    assert Organization.objects.get(short_name="Наследие").names.count() == 2
