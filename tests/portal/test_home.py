import pytest


def test_it_shows_the_latest_and_next_conference_and_member_counts(client, demo):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "XX Страновая тематическая конференция" in html
    assert "Стратегия организационного прорыва" in html
    assert "XXI Страновая отчётно-выборная конференция" in html
    assert "во втором (третьем) квартале 2027 г." in html
    assert response.context["status_counts"] == {"active": 1, "suspended": 1, "excluded": 1}
    assert 'href="/resolutions/xx-2026-06-19/"' in html


def test_it_renders_the_home_page_in_english(client, demo):
    response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Resolutions" in html and "Next conference" in html
    assert 'href="/en/resolutions/"' in html


def test_it_keeps_russian_at_unprefixed_urls(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="ru">' in response.content.decode()


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_it_has_the_navigation_and_language_switch(client, db, path):
    html = client.get(path).content.decode()
    for label in (["Главная", "Резолюции", "Конференции", "Организации", "Декларации", "Поиск", "Войти"] if path == "/" else
                  ["Home", "Resolutions", "Conferences", "Organizations", "Declarations", "Search", "Log in"]):
        assert f">{label}<" in html
    assert 'class="skip-link"' in html and 'id="content"' in html


def test_it_sends_a_content_security_policy_without_inline_code(client, db):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy and "unsafe-inline" not in policy
    html = response.content.decode()
    assert "<script>" not in html and "style=" not in html
