"""The Secretariat's whole path in a browser: import the sample, fix, publish, see statuses change, correct."""

from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[2] / "ksors" / "demo" / "resolution-2026-06-19-xx.txt"


@pytest.fixture
def demo_without_xx_resolution(transactional_db):
    """The demo site as before the XX resolution was entered: organizations active, no resolution yet."""
    from organizations.models import MembershipChange, Organization
    from resolutions.models import Resolution

    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)
    MembershipChange.objects.filter(decided_by_item__resolution__slug="xx-2026-06-19").delete()
    Resolution.objects.filter(slug="xx-2026-06-19").delete()
    Organization.objects.filter(slug__in=["umet", "iriston"]).update(
        status="active", status_since=None, status_until=None, status_until_event=""
    )


def test_it_imports_fixes_publishes_and_corrects_the_sample(demo_without_xx_resolution, live_server, page, shot):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/accounts/login/")
    page.locator("#id_login").fill("secretariat@ksors.example")
    page.get_by_label("Пароль").fill("ksors-demo-2026")
    page.get_by_role("button", name="Войти").click()
    expect(page.locator("h1")).to_have_text("Контроль исполнения")  # the Secretariat lands on its dashboard
    shot(page, "secretariat-dashboard")

    page.locator(".workspace-nav").get_by_role("link", name="Импорт").click()
    page.get_by_label("…или файл .txt / .docx").set_input_files(str(SAMPLE))
    page.get_by_role("button", name="Распознать").click()
    expect(page.locator("h1")).to_have_text("Проверка импорта")
    expect(page.locator(".recognised")).to_contain_text("14а.")
    expect(page.locator(".source")).to_contain_text("ПОСТАНОВИЛИ")
    shot(page, "secretariat-import-review")
    page.get_by_role("button", name="Создать черновик").click()

    expect(page.locator(".messages")).to_contain_text("Черновик создан")
    item_13 = page.locator("[data-item]").filter(has=page.locator("input[name$='-label'][value='13']"))
    page.get_by_role("link", name="13", exact=True).click()  # the outline opens the folded item
    text_13 = item_13.locator("textarea[name$='-text']")
    text_13.fill(text_13.input_value() + " Исправлено при проверке.")
    shot(page, "secretariat-editor")
    page.get_by_role("button", name="Сохранить черновик").click()
    expect(page.locator(".messages")).to_contain_text("Черновик сохранён.")

    page.get_by_role("link", name="Предпросмотр").click()
    expect(page.locator(".preview-banner")).to_contain_text("так резолюцию увидят посетители сайта")
    expect(page.locator("#p13")).to_contain_text("Исправлено при проверке.")
    shot(page, "secretariat-preview")
    page.get_by_role("link", name="Вернуться к редактированию").click()

    page.get_by_role("link", name="Опубликовать…").click()
    expect(page.locator("h1")).to_have_text("Проверьте перед публикацией")
    page.get_by_role("button", name="Опубликовать").click()
    expect(page.locator(".messages")).to_contain_text("Резолюция теперь на сайте.")
    expect(page.locator(".messages")).to_contain_text("Умет» — Исключена")
    expect(page.locator(".messages")).to_contain_text("Иристон» — Членство приостановлено")
    shot(page, "secretariat-published")

    page.goto(live_server.url + "/organizations/umet/")
    expect(page.locator(".badge").first).to_have_text("Исключена")
    shot(page, "organization-umet-excluded")
    page.goto(live_server.url + "/organizations/iriston/")
    expect(page.locator(".badge").first).to_have_text("Членство приостановлено")

    page.goto(live_server.url + "/secretariat/resolutions/")
    page.get_by_role("link", name="Резолюция XX Страновой тематической конференции").click()
    page.get_by_label("Что исправлено").fill("Уточнена формулировка пункта 14.")
    item_14 = page.locator("[data-item]").filter(has=page.locator("input[name$='-label'][value='14']"))
    item_14.locator("summary").first.click()  # items are folded to one line until opened
    text_14 = item_14.locator("textarea[name$='-text']")
    text_14.fill(text_14.input_value() + " (уточнено)")
    page.get_by_role("button", name="Сохранить исправление").click()
    expect(page.locator(".messages")).to_contain_text("Исправление сохранено: редакция 2.")
    page.get_by_role("link", name="Редакции").click()
    expect(page.locator(".version").first).to_contain_text("Редакция 2, опубликована")
    expect(page.locator(".version").first).to_contain_text("Уточнена формулировка пункта 14.")
    expect(page.locator(".version").first.locator("ins")).to_contain_text("(уточнено)")
    shot(page, "secretariat-versions")


def test_the_editor_moves_and_indents_items_with_javascript(demo_without_xx_resolution, live_server, page, shot):
    from resolutions.models import Resolution
    from resolutions.parser import parse_resolution
    from resolutions.services import resolution_create_from_parse

    resolution = resolution_create_from_parse(parsed=parse_resolution(SAMPLE.read_text(encoding="utf-8")), slug="js-test")
    page.goto(live_server.url + "/accounts/login/")
    page.locator("#id_login").fill("secretariat@ksors.example")
    page.get_by_label("Пароль").fill("ksors-demo-2026")
    page.get_by_role("button", name="Войти").click()
    page.goto(live_server.url + f"/secretariat/resolutions/{resolution.pk}/")
    sub = page.locator("[data-item]").nth(2)  # «2а», a sub-item of «2»
    sub.get_by_title("На уровень выше (сделать пунктом)").click()
    sub.get_by_title("Выше", exact=True).click()  # now before «2»
    page.locator("[data-item]").nth(2).get_by_title("Сделать подпунктом").click()  # «2» under «2а»
    expect(page.locator("[data-item]").nth(2)).to_have_class("editor-item level-1")
    page.get_by_role("button", name="Добавить пункт").click()
    added = page.locator("[data-item]").last
    added.locator("input[name$='-label']").fill("15")
    added.locator("textarea[name$='-text']").fill("Новый пункт из браузера.")
    deadline = added.locator("input[name$='-deadline_text']")
    deadline.fill("до ноября 2026 года")
    expect(added.locator("[data-window]")).to_have_text("31 октября 2026 г.")
    shot(page, "secretariat-editor-js")
    page.get_by_role("button", name="Сохранить черновик").click()
    expect(page.locator(".messages")).to_contain_text("Черновик сохранён.")
    items = list(Resolution.objects.get(pk=resolution.pk).items.order_by("position").select_related("parent"))
    assert [i.label for i in items[:3]] == ["1", "2а", "2"]
    assert items[1].parent is None and items[2].parent.label == "2а"
    assert items[-1].label == "15" and items[-1].due_end.isoformat() == "2026-10-31"
