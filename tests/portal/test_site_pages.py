"""/about/, /contacts/, /privacy/: the council's own pages, text from the database in both languages, edited by
the Secretariat in the back office with history, markup that cannot carry a script."""

import pytest

from core.markup import render_page_text
from organizations.models import SitePage

PATHS = {"about": "/about/", "contacts": "/contacts/", "privacy": "/privacy/"}


@pytest.mark.parametrize("slug", list(PATHS))
@pytest.mark.parametrize("prefix", ["", "/en"])
def test_it_serves_each_seeded_page_in_both_languages(client, demo, slug, prefix):
    page = SitePage.objects.get(slug=slug)
    response = client.get(prefix + PATHS[slug])
    html = response.content.decode()
    assert response.status_code == 200
    title, body = (page.title_en, page.body_en) if prefix else (page.title_ru, page.body_ru)
    assert f">{title}</h1>" in html
    first_words = body.split("\n")[0].replace("## ", "")[:40]
    assert first_words.replace("'", "&#x27;") in html


def test_it_seeds_real_content(demo):
    about = SitePage.objects.get(slug="about").body_ru
    assert "2007" in about and "Чрезвычайн" in about and "Темирова" in about and "Секретариат" in about
    privacy = SitePage.objects.get(slug="privacy").body_ru
    assert "на каком основании" in privacy.lower() and "исправ" in privacy and "удал" in privacy
    assert "Ким В.М." in SitePage.objects.get(slug="contacts").body_ru


def test_it_shows_what_the_database_says(client, db):
    SitePage.objects.create(slug="about", title_ru="О совете", body_ru="Первый абзац.\n\nВторой абзац.")
    html = client.get("/about/").content.decode()
    assert "<p>Первый абзац.</p><p>Второй абзац.</p>" in html
    SitePage.objects.filter(slug="about").update(body_ru="Новый текст.")
    from core import pagecache

    pagecache.bump()
    assert "Новый текст." in client.get("/about/").content.decode()


def test_it_marks_russian_text_on_an_english_page_without_translation(client, db):
    SitePage.objects.create(slug="privacy", title_ru="Персональные данные", body_ru="Только по-русски.")
    html = client.get("/en/privacy/").content.decode()
    assert '<h1 id="page-title" lang="ru">Персональные данные</h1>' in html
    assert '<div class="page-text" lang="ru"><p>Только по-русски.</p></div>' in html
    assert "available in Russian only" in html


def test_it_answers_404_before_a_page_is_written(client, db):
    assert client.get("/contacts/").status_code == 404


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_it_links_the_pages_from_every_footer(client, db, prefix):
    html = client.get(prefix + "/").content.decode()
    footer = html.split('class="site-footer"')[1]
    for path in PATHS.values():
        assert f'href="{prefix}{path}"' in footer


def test_it_lists_the_pages_in_the_sitemap(client, db):
    xml = client.get("/sitemap.xml").content.decode()
    for path in PATHS.values():
        assert f"{path}</loc>" in xml


def test_it_says_once_on_english_pages_that_documents_are_in_russian(client, db):
    english = client.get("/en/").content.decode()
    assert english.count("published in Russian") == 1
    assert "published in Russian" not in client.get("/").content.decode()
    assert 'class="language-note"' not in client.get("/").content.decode()


def test_markup_is_escaped_before_it_becomes_html():
    html = render_page_text(
        '<script>alert(1)</script>\n## Заголовок\n- пункт **жирно**\n'
        '[ссылка](https://ksors.tj/) [плохая](javascript:alert(1)) [x](https://a" onclick="b)'
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<h2>Заголовок</h2>" in html and "<li>пункт <strong>жирно</strong></li>" in html
    assert '<a href="https://ksors.tj/">ссылка</a>' in html
    # Other schemes and addresses that would break out of the attribute stay plain text.
    assert "[плохая](javascript:alert(1))" in html and 'href="javascript' not in html
    assert html.count("<a ") == 1 and '" onclick' not in html


def test_the_secretariat_edits_a_page_with_history(secretary_client, secretary, client, db):
    response = secretary_client.post(
        "/secretariat/pages/contacts/",
        {"title_ru": "Контакты", "body_ru": "Секретариат в Душанбе.\r\nВторая строка.", "title_en": "", "body_en": ""},
    )
    assert response.status_code == 302
    page = SitePage.objects.get(slug="contacts")
    assert page.body_ru == "Секретариат в Душанбе.\nВторая строка."
    assert page.history_log.latest().history_user == secretary
    client.logout()
    assert "Секретариат в Душанбе." in client.get("/contacts/").content.decode()


def test_saving_an_unchanged_page_records_no_history(secretary_client, db):
    data = {"title_ru": "Контакты", "body_ru": "Строка один.\r\nСтрока два.", "title_en": "Contacts", "body_en": "One."}
    secretary_client.post("/secretariat/pages/contacts/", data)
    page = SitePage.objects.get(slug="contacts")
    before = page.history_log.count()
    response = secretary_client.post("/secretariat/pages/contacts/", data, follow=True)
    assert page.history_log.count() == before
    assert "Изменений нет" in response.content.decode()


def test_an_english_text_needs_an_english_title(secretary_client, db):
    response = secretary_client.post(
        "/secretariat/pages/about/", {"title_ru": "О совете", "body_ru": "Текст.", "title_en": "", "body_en": "Text."}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "нужен английский заголовок" in html and "Text.</textarea>" in html
    assert not SitePage.objects.exists()


def test_the_back_office_lists_the_three_pages_and_refuses_others(secretary_client, demo):
    html = secretary_client.get("/secretariat/pages/").content.decode()
    for path in PATHS.values():
        assert f'href="{path}"' in html
    assert secretary_client.get("/secretariat/pages/home/").status_code == 404
