"""The whole leader story in a browser: invited by the Secretariat, the leader sets a password, keeps the
profile, sends materials, joins the family declaration and reports on item 9; the Secretariat reviews
each; the public sees the result."""

import io
import re

import pytest
from django.core.management import call_command
from PIL import Image
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "ksors-demo-2026"
LEADER_PASSWORD = "Svetlaya-Doroga-2027"


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)


def _photo(tmp_path):
    exif = Image.Exif()
    exif[0x010F] = "Camera Maker"
    exif[0x8825] = {2: (38.0, 34.0, 0.0)}
    image = Image.new("RGB", (2400, 1600), (40, 90, 160))
    for x in range(0, 2400, 200):
        image.paste((230, 200, 60), (x, 600, x + 100, 1000))
    path = tmp_path / "праздник.jpg"
    image.save(path, "JPEG", exif=exif)
    return path


def _login(page, base, email, password):
    page.goto(base + "/accounts/login/")
    page.get_by_label("Электронная почта").fill(email)
    page.get_by_label("Пароль").fill(password)
    page.get_by_role("button", name="Войти").click()
    expect(page.get_by_role("button", name="Выйти")).to_be_visible()


def _logout(page):
    page.get_by_role("button", name="Выйти").click()
    if page.get_by_role("button", name="Выйти").count():  # allauth's confirmation page
        page.get_by_role("button", name="Выйти").click()
    expect(page.get_by_role("link", name="Войти")).to_be_visible()


def test_it_runs_the_leader_story_end_to_end(demo_site, live_server, page, shot, tmp_path):
    base = live_server.url

    # The Secretariat invites the leader of the women's movement.
    _login(page, base, "secretariat@ksors.example", PASSWORD)
    page.goto(base + "/secretariat/invite/")
    page.get_by_label("Адрес электронной почты").fill("kopylova@example.org")
    page.get_by_label(re.compile("Движение женщин")).check()
    page.get_by_role("button", name="Пригласить").click()
    link = page.locator("code").inner_text()
    assert "/accounts/invitation/" in link
    shot(page, "leader-01-invited")
    _logout(page)

    # The leader opens the link, sets a password, then logs in with it.
    page.goto(link.replace("http://127.0.0.1:8000", base))
    page.get_by_label("Ваше имя").fill("Копылова Елена Александровна")
    page.get_by_label("Новый пароль:", exact=True).fill(LEADER_PASSWORD)
    page.get_by_label("Подтверждение нового пароля").fill(LEADER_PASSWORD)
    shot(page, "leader-02-set-password")
    page.get_by_role("button", name="Установить пароль и войти").click()
    expect(page.locator(".message-success")).to_contain_text("Пароль установлен")
    _logout(page)
    _login(page, base, "kopylova@example.org", LEADER_PASSWORD)

    # «Моя организация»: the profile with a photo.
    page.get_by_role("link", name="Моя организация").click()
    expect(page.locator("h1")).to_have_text("Моя организация")
    shot(page, "leader-03-dashboard")
    page.get_by_role("link", name="Редактировать профиль").click()
    page.get_by_label("Об организации").fill("Движение объединяет женщин Душанбе вокруг просвещения и милосердия.")
    page.get_by_label("История").fill("Создано при Душанбинской епархии в 2005 году.")
    page.get_by_label("Успешные практики").fill("Воскресная школа, помощь пожилым соотечественникам.")
    page.get_by_label("Email").fill("women@example.org")
    page.get_by_label("Публиковать контакты").check()
    page.get_by_role("button", name="Сохранить профиль").click()
    expect(page.locator(".message-success")).to_contain_text("Профиль сохранён")
    page.get_by_label("Фотография").set_input_files(str(_photo(tmp_path)))
    page.get_by_label("Подпись").fill("Рождественский концерт")
    page.get_by_role("button", name="Добавить фото").click()
    expect(page.locator(".message-success")).to_contain_text("Фотография добавлена")
    expect(page.locator(".photo-grid img")).to_have_count(1)
    # The thumbnail is a lazy image: wait until the browser has it (a missing or broken file never gets a width).
    page.wait_for_function("() => { const img = document.querySelector('.photo-grid img'); return img && img.complete && img.naturalWidth > 0; }")
    assert page.locator(".photo-grid img").evaluate("img => img.naturalWidth") == 480
    shot(page, "leader-04-profile")

    # A bad file: a renamed program is refused in Russian, next to the field.
    exe = tmp_path / "setup.jpg"
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    page.get_by_label("Фотография").set_input_files(str(exe))
    page.get_by_label("Подпись").fill("Не фото")
    page.get_by_role("button", name="Добавить фото").click()
    expect(page.locator(".errorlist")).to_contain_text("программа, а не изображение")
    expect(page.get_by_label("Подпись")).to_have_value("Не фото")
    shot(page, "leader-05-bad-file")

    # Materials for the jubilee book.
    page.get_by_role("link", name="Моя организация").first.click()
    page.get_by_role("link", name=re.compile("Материалы для книги")).click()
    page.get_by_label("Текст").fill("История движения: 20 лет помощи и просвещения.")
    page.get_by_label("Ссылки").fill("https://example.org/video/christmas")
    page.get_by_label("Добавить файлы").set_input_files(str(_photo(tmp_path)))
    page.get_by_role("button", name="Отправить в Секретариат").click()
    expect(page.locator(".message-success")).to_contain_text("Материалы отправлены")
    expect(page.locator(".badge-submitted")).to_be_visible()
    shot(page, "leader-06-materials")

    # The family declaration.
    page.goto(base + "/my/organizations/women-movement/declarations/")
    page.get_by_role("button", name="Присоединиться от имени организации").click()
    expect(page.locator(".message-success")).to_contain_text("Заявка отправлена")
    expect(page.locator(".badge-requested")).to_be_visible()
    shot(page, "leader-07-declaration")

    # A report on item 9.
    page.goto(base + "/my/organizations/women-movement/items/")
    shot(page, "leader-08-items")
    page.get_by_role("link", name="Отчитаться по пункту 9", exact=True).click()
    page.get_by_label("Что сделано").fill("Собрали историю движения и 40 фотографий для юбилейной книги.")
    page.get_by_label("Состояние вашей части работы").select_option("in_progress")
    page.get_by_role("button", name="Отправить отчёт").click()
    expect(page.locator(".message-success")).to_contain_text("Отчёт по пункту 9 отправлен")
    expect(page.locator(".assigned-items")).to_contain_text("Собрали историю движения")
    _logout(page)

    # The Secretariat reviews each.
    _login(page, base, "secretariat@ksors.example", PASSWORD)
    page.goto(base + "/secretariat/calls/jubilee-book/")
    expect(page.locator(".materials-table")).to_contain_text("Движение женщин")
    shot(page, "leader-09-secretariat-table")
    page.get_by_role("link", name="Проверить").click()
    page.get_by_label("Принято").check()
    page.get_by_role("button", name="Сохранить решение").click()
    expect(page.locator(".materials-table .badge-accepted")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Скачать всё (ZIP)").click()
    assert download.value.suggested_filename == "jubilee-book.zip"

    page.goto(base + "/secretariat/declarations/")
    shot(page, "leader-10-secretariat-declarations")
    page.get_by_label("Подтвердить").check()
    page.get_by_label("Дата присоединения").fill("2026-07-01")
    page.get_by_role("button", name="Сохранить решение").click()
    expect(page.locator(".message-success")).to_contain_text("добавлена в список")

    page.goto(base + "/secretariat/reports/")
    expect(page.locator("main")).to_contain_text("Собрали историю движения")
    shot(page, "leader-11-secretariat-reports")
    page.goto(base + "/secretariat/organizations/women-movement/history/")
    expect(page.locator("tbody")).to_contain_text("Копылова Елена Александровна")
    shot(page, "leader-12-history")
    _logout(page)

    # The public sees the updated profile and the new signatory.
    page.goto(base + "/organizations/women-movement/")
    expect(page.locator("main")).to_contain_text("Воскресная школа, помощь пожилым соотечественникам.")
    expect(page.locator("main")).to_contain_text("women@example.org")
    # The thumbnail is a lazy image: wait until the browser has it (a missing or broken file never gets a width).
    page.wait_for_function("() => { const img = document.querySelector('.photo-grid img'); return img && img.complete && img.naturalWidth > 0; }")
    assert page.locator(".photo-grid img").evaluate("img => img.naturalWidth") == 480
    shot(page, "leader-13-public-profile")
    page.goto(base + "/declarations/family-protection/")
    expect(page.locator("table")).to_contain_text("Движение женщин за просвещение и милосердие")
    expect(page.locator("table")).to_contain_text("1 июля 2026 г.")
    shot(page, "leader-14-public-declaration")


def test_the_served_photo_has_no_metadata(demo_site, live_server, page, tmp_path):
    from accounts.models import User
    from organizations.models import Organization

    leader = User.objects.create_user(email="l@example.org", password=LEADER_PASSWORD)
    leader.organizations.add(Organization.objects.get(slug="women-movement"))
    _login(page, live_server.url, "l@example.org", LEADER_PASSWORD)
    page.goto(live_server.url + "/my/organizations/women-movement/edit/")
    page.get_by_label("Фотография").set_input_files(str(_photo(tmp_path)))
    page.get_by_role("button", name="Добавить фото").click()
    src = page.locator(".photo-grid img").get_attribute("src").replace("/thumb/", "/full/")
    body = page.request.get(live_server.url + src).body()
    image = Image.open(io.BytesIO(body))
    assert image.size == (1600, 1067)
    assert dict(image.getexif()) == {}
