"""Branded 400/403/404/500 pages in the visitor's language, with debug off (finding 15 of issue 9)."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

SECRETARIAT = "/secretariat/"


@pytest.fixture(autouse=True)
def _debug_off(settings):
    settings.DEBUG = False


def page(response) -> str:
    return response.content.decode()


@pytest.mark.parametrize(("prefix", "lang", "title", "hint"), [
    ("", "ru", "Страница не найдена", "ничего нет"),
    ("/en", "en", "Page not found", "nothing at"),
])
def test_it_answers_404_with_the_portal_page(client, db, prefix, lang, title, hint):
    response = client.get(f"{prefix}/no-such-page/")
    assert response.status_code == 404
    html = page(response)
    assert f'<html lang="{lang}">' in html and title in html and hint in html
    assert f"{prefix}/no-such-page/" in html
    assert 'class="site-header"' in html and 'role="search"' in html  # the portal's look, a way on


def test_a_missing_object_is_the_same_page(client, db):
    response = client.get("/resolutions/no-such-resolution/")
    assert response.status_code == 404 and "Страница не найдена" in page(response)


@pytest.mark.parametrize(("prefix", "lang", "title", "explained"), [
    ("", "ru", "Доступ закрыт", "Вы вошли как leader-a@example.org"),
    ("/en", "en", "Access denied", "You are signed in as leader-a@example.org"),
])
def test_a_leader_at_the_secretariat_gets_the_branded_403(client, leader_a, prefix, lang, title, explained):
    client.force_login(leader_a)
    response = client.get(f"{prefix}{SECRETARIAT}")
    assert response.status_code == 403
    html = page(response)
    assert f'<html lang="{lang}">' in html and title in html and explained in html
    assert "Forbidden" not in html
    assert f'href="{prefix}/my/"' in html  # where a leader goes next: their own workspace


def test_an_anonymous_403_offers_to_log_in(rf, db):
    from django.contrib.auth.models import AnonymousUser
    from django.core.exceptions import PermissionDenied
    from django.views.defaults import permission_denied

    request = rf.get("/somewhere/")
    request.user = AnonymousUser()
    response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert "Войти" in page(response) and "/accounts/login/?next=/somewhere/" in page(response)


@pytest.mark.parametrize(("prefix", "lang", "title"), [("", "ru", "Неверный запрос"), ("/en", "en", "Bad request")])
def test_a_bad_host_gets_the_branded_400(client, db, prefix, lang, title):
    response = client.get(f"{prefix}/", headers={"host": "evil.example"})
    assert response.status_code == 400
    html = page(response)
    assert f'<html lang="{lang}">' in html and title in html


@pytest.mark.parametrize(("prefix", "lang", "title", "home"), [
    ("", "ru", "Ошибка на сервере", 'href="/"'),
    ("/en", "en", "Server error", 'href="/en/"'),
])
def test_the_500_page_renders_with_the_database_down(db, prefix, lang, title, home):
    client = Client(raise_request_exception=False)
    with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection",
                    side_effect=OperationalError("database down")):
        response = client.get(f"{prefix}/resolutions/")
    assert response.status_code == 500
    html = page(response)
    assert f'<html lang="{lang}">' in html and title in html and home in html
    assert 'href="/static/css/base.css"' in html  # the plain name: works without the manifest too


@pytest.mark.parametrize(("prefix", "lang", "title"), [("", "ru", "Форма устарела"), ("/en", "en", "The form has expired")])
def test_a_form_without_its_csrf_token_gets_the_branded_403(db, prefix, lang, title):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"{prefix}/accounts/login/", {"login": "x@example.org", "password": "x"})
    assert response.status_code == 403
    html = page(response)
    assert f'<html lang="{lang}">' in html and title in html and "CSRF verification failed" not in html
