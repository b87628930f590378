"""Personas and settings shared by the whole suite (healthchecks-style: secretary, leader of A, leader of B, anonymous)."""

import os

import pytest
from django.conf import settings
from django.utils import translation

from tests.factories import OrganizationFactory, UserFactory

# Playwright's sync API runs an event loop in this thread; the ORM would refuse to run there otherwise.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session", autouse=True)
def _plain_http_for_test_servers():
    """The live server's middleware is built once per session, before function-scoped overrides apply."""
    from django.conf import settings

    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 0
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    # Tests speak plain HTTP to the test client and live server; production keeps these on.
    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 0
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.KSORS_REQUIRE_MFA = False
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /en/… leaves English active in the test thread; reverse() in the next test would say /en/."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_page_cache(request):
    """Each test's database starts afresh, and so must the pages cached from it (a rollback bumps nothing)."""
    if request.node.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(request.fixturenames):
        from core import pagecache

        pagecache.bump()


@pytest.fixture
def org_a(db):
    return OrganizationFactory(name="ОО «Альфа»", short_name="Альфа", slug="alpha")


@pytest.fixture
def org_b(db):
    return OrganizationFactory(name="ОО «Бета»", short_name="Бета", slug="beta")


@pytest.fixture
def secretary(db):
    return UserFactory(email="secretary@example.org", full_name="Секретарь", secretariat=True)


@pytest.fixture
def leader_a(db, org_a):
    return UserFactory(email="leader-a@example.org", full_name="Руководитель А", leads=[org_a])


@pytest.fixture
def leader_b(db, org_b):
    return UserFactory(email="leader-b@example.org", full_name="Руководитель Б", leads=[org_b])


@pytest.fixture
def demo(db):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
