"""The Secretariat imports an undated Victory plan in a browser and sees, per row, where each date's year came from."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PLAN = (
    "ПЛАН\n"
    "мероприятий, посвящённых 80-летию Победы в Великой Отечественной войне\n\n"
    "№ п/п | Мероприятие | Срок | Ответственные\n"
    "1 | Акция «Георгиевская ленточка» | 1-9 мая | Молодёжный совет\n"
    "2 | Концерт для ветеранов | 8 мая | Русский культурный центр\n"
)


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)


def _recognise_plan(page, base, width):
    """A secretary signs in at `width`, pastes the plan into the import form and has it recognised."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base + "/accounts/login/")
    page.locator("#id_login").fill("secretariat@ksors.example")
    page.get_by_label("Пароль").fill("ksors-demo-2026")
    page.get_by_role("button", name="Войти").click()
    page.goto(base + "/secretariat/resolutions/import/")
    page.locator("textarea").first.fill(PLAN)
    page.get_by_role("button", name="Распознать").click()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_victory_plans_rows_say_their_year_came_from_the_anniversary(demo, live_server, page, shot, width):
    _recognise_plan(page, live_server.url, width)
    expect(page.locator("h1")).to_have_text("Проверка импорта")
    reasons = page.locator(".confidence-reasons")
    expect(reasons.first).to_contain_text("взят год 80-летия Победы, названного в заголовке плана (1945 + 80)")
    expect(page.locator(".recognised")).to_contain_text("2025")
    # How the columns were read is asked once, above, not under every row.
    expect(page.locator(".import-problems .warnings")).to_contain_text("Строк таблицы плана прочитано как пункты: 2.")
    expect(reasons.filter(has_text="столбцы")).to_have_count(0)
    shot(page, f"secretariat-import-victory-plan-{width}")


@pytest.mark.parametrize("width", [1280, 390])
def test_a_saved_plan_reads_as_a_plan(demo, live_server, page, shot, width):
    """The draft made from a plan keeps the plan's title, and its preview prints no «ПОСТАНОВИЛИ:» over the rows and
    calls it a plan in the banner and the breadcrumb."""
    _recognise_plan(page, live_server.url, width)
    expect(page.locator(".review-items")).to_be_visible()
    expect(page.get_by_text("ПОСТАНОВИЛИ:", exact=True)).to_have_count(0)
    page.get_by_role("button", name="Создать черновик").click()
    page.wait_for_url("**/secretariat/resolutions/*/")
    edit_url = page.url
    shot(page, f"secretariat-plan-edit-{width}")
    page.goto(edit_url + "preview/")
    expect(page.locator("h1")).to_contain_text("План мероприятий")
    expect(page.locator(".items li")).to_have_count(2)
    expect(page.locator(".operative")).to_have_count(0)
    # The banner and the breadcrumb speak of the plan; the section keeps its name.
    banner = page.locator(".preview-banner")
    expect(banner).to_contain_text("так план действий увидят посетители сайта")
    expect(banner).not_to_contain_text("резолюц")
    crumbs = page.locator(".breadcrumbs")
    expect(crumbs.locator('[aria-current="page"]')).to_have_text("План действий")
    expect(crumbs).to_contain_text("Резолюции")
    expect(crumbs).not_to_contain_text("Резолюция")
    # Each row says its term and responsible once, in its box, not again in its text.
    first = page.locator(".items li").first
    expect(first.locator(".item-text")).to_have_text("Акция «Георгиевская ленточка»")
    expect(first.locator(".item-meta")).to_contain_text("Молодёжный совет")
    expect(first.locator(".item-meta")).to_contain_text("1-9 мая")
    shot(page, f"secretariat-plan-preview-{width}")
