"""The self-assessment story in a browser (issue 16): the women's movement's leader drafts, then submits; the
Secretariat returns it with a comment; the leader corrects and resubmits; the Secretariat accepts it and
publishes a practice; the comparison table, the charts and the PDF analysis show its figures."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from pypdf import PdfReader

from assessments.models import Questionnaire
from organizations.models import Organization
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/shots-selfassess")
PASSWORD = "ksors-demo-2026"
LEADER_PASSWORD = "correct-horse-battery"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)
    UserFactory(email="kopylova@example.org", full_name="Копылова Е.А.",
                leads=[Organization.objects.get(slug="women-movement")])


def _login(page, base, email, password):
    page.goto(base + "/accounts/login/")
    page.get_by_label("Электронная почта").fill(email)
    page.get_by_label("Пароль").fill(password)
    page.get_by_role("button", name="Войти").click()
    expect(page.get_by_role("button", name="Выйти")).to_be_visible()


def _logout(page):
    page.get_by_role("button", name="Выйти").first.click()
    if page.get_by_role("button", name="Выйти").count():
        page.get_by_role("button", name="Выйти").first.click()


def _shots(page, name):
    SHOTS.mkdir(exist_ok=True)
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=str(SHOTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def _fill(page, **numbers):
    for key, value in numbers.items():
        page.fill(f'[name="q-{key}"]', value)


def test_the_self_assessment_story(demo_site, live_server, page):
    base = live_server.url
    questionnaire = Questionnaire.objects.get(year=2026)
    form_url = base + "/my/organizations/women-movement/self-assessment/"
    page.set_viewport_size(DESKTOP)

    # The leader saves a draft with a mistake: it is kept as typed, and the page says what is wrong.
    _login(page, base, "kopylova@example.org", LEADER_PASSWORD)
    page.goto(form_url)
    expect(page.locator("h1")).to_have_text("Самоанализ за 2026 год")
    page.check('input[name="q-formats"][value="Молодёжные проекты"]')
    page.check('input[name="q-formats"][value="Благотворительность и помощь"]')
    _fill(page, members_total="сорок")
    page.get_by_role("button", name="Сохранить черновик").click()
    expect(page.locator('[name="q-members_total"]')).to_have_value("сорок")
    expect(page.locator("#missing")).to_contain_text("Введите целое число цифрами")
    _shots(page, "01-leader-draft")

    # She completes it and submits.
    page.fill('[name="q-formats_effect"]', "Благотворительные ярмарки собирают больше всего людей.")
    page.fill('[name="q-achievements"]', "Открыта воскресная школа при храме.")
    page.fill('[name="q-practices"]', "Ярмарка милосердия: молодёжь ведёт, старшие учат.")
    page.check('[name="q-practices-consent"]')
    page.fill('[name="q-events-0-date"]', "15.05.2026")
    page.fill('[name="q-events-0-format"]', "ярмарка")
    page.fill('[name="q-events-0-title"]', "Ярмарка милосердия")
    page.fill('[name="q-events-0-participants"]', "120")
    _fill(page, members_total="40", members_before_1960="8", members_1960_1989="20", members_1990_2009="10",
          members_2010_later="2", youth_in_leadership="0", youth_projects="1", leader_since="2009")
    page.check('input[name="q-successor"][value="no"]')
    page.get_by_role("button", name="Отправить в Секретариат").click()
    expect(page.locator(".message-success")).to_contain_text("Отчёт отправлен")
    _logout(page)

    # The Secretariat returns it with a comment.
    _login(page, base, "secretariat@ksors.example", PASSWORD)
    page.goto(base + f"/secretariat/self-assessment/{questionnaire.pk}/reports/")
    _shots(page, "02-secretariat-reports")
    page.get_by_role("link", name="Рассмотреть").click()
    page.get_by_label("Вернуть на доработку").check()
    page.get_by_label("Комментарий для организации").fill("Уточните число членов: в прошлом отчёте было 45.")
    page.get_by_role("button", name="Сохранить решение").click()
    expect(page.locator(".badge-returned").first).to_be_visible()
    _logout(page)

    # The leader sees the comment, corrects and resubmits.
    _login(page, base, "kopylova@example.org", LEADER_PASSWORD)
    page.goto(form_url)
    expect(page.locator("#review-comment")).to_contain_text("Уточните число членов")
    _shots(page, "03-leader-returned")
    _fill(page, members_total="45", members_1960_1989="25")
    page.get_by_role("button", name="Отправить в Секретариат").click()
    expect(page.locator(".message-success")).to_contain_text("Отчёт отправлен")
    _shots(page, "04-leader-sent")
    _logout(page)

    # The Secretariat accepts it and publishes the practice.
    _login(page, base, "secretariat@ksors.example", PASSWORD)
    page.goto(base + f"/secretariat/self-assessment/{questionnaire.pk}/reports/women-movement/")
    page.get_by_label("Принять").check()
    page.get_by_role("button", name="Сохранить решение").click()
    page.get_by_label("Название практики").fill("Ярмарка милосердия")
    page.get_by_role("button", name="Опубликовать").click()
    expect(page.locator(".message-success")).to_contain_text("Практика опубликована")
    _shots(page, "05-secretariat-accepted")

    page.goto(base + f"/secretariat/self-assessment/{questionnaire.pk}/comparison/")
    row = page.locator("tbody tr").first
    expect(row).to_contain_text("Движение женщин")
    expect(row).to_contain_text("45")
    expect(row).to_contain_text("22,2")  # 10 of 45 born 1990–2009
    _shots(page, "06-comparison")
    page.goto(base + f"/secretariat/self-assessment/{questionnaire.pk}/charts/")
    expect(page.locator("svg.chart")).to_have_count(4)
    expect(page.locator("#long-tenure")).to_contain_text("Движение женщин")
    expect(page.locator("#no-young-leaders")).to_contain_text("Движение женщин")
    _shots(page, "07-charts")
    response = page.request.get(base + f"/secretariat/self-assessment/{questionnaire.pk}/analysis.pdf")
    assert response.ok
    pdf = PdfReader(io.BytesIO(response.body()))
    (SHOTS / "analysis-2026.pdf").write_bytes(response.body())
    text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "Движение женщин за просвещение и милосердие" in text and "22,2%" in text and "с 2009 г. (17 лет)" in text
    _logout(page)

    # The public sees the practice, linked to the organization.
    page.goto(base + "/practices/")
    expect(page.locator("article.practice")).to_contain_text("Ярмарка милосердия")
    expect(page.locator("article.practice a")).to_have_attribute("href", "/organizations/women-movement/")
    _shots(page, "08-public-practices")
