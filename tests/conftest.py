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
    settings.LANGUAGE_COOKIE_SECURE = False


@pytest.fixture(scope="session", autouse=True)
def _collected_static(tmp_path_factory):
    """The production static storage, as deployed: collectstatic once per session (about 10 s) into a temporary
    STATIC_ROOT, so a stylesheet the manifest cannot process, or a `{% static %}` name missing from it, fails here."""
    from django.core.management import call_command
    from django.test import override_settings

    root = tmp_path_factory.mktemp("staticfiles")
    override = override_settings(
        STATIC_ROOT=root,
        STORAGES={**settings.STORAGES,
                  "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}},
    )
    override.enable()
    call_command("collectstatic", interactive=False, verbosity=0)
    yield root
    override.disable()


def use_task_backend(backend: str) -> None:
    """Point django.tasks at another backend (its handler caches the TASKS setting, which no signal resets)."""
    from django.tasks import task_backends
    from django.utils.connection import Local

    settings.TASKS = {"default": {"BACKEND": backend}}
    task_backends._settings = task_backends.settings = task_backends.configure_settings(None)
    task_backends._connections = Local(task_backends.thread_critical)


@pytest.fixture(scope="session", autouse=True)
def _tasks_run_at_once():
    """Tasks (emails, PDFs) run inside the request, as under `make run`, whatever KSORS_TASKS says; the worker's
    own tests (tests/scale/test_tasks.py) switch to the database queue."""
    use_task_backend("django.tasks.backends.immediate.ImmediateBackend")


@pytest.fixture
def database_queue():
    """Tasks wait in django_tasks_db's table, as in production, until `tests.scale.tasks.run_worker()`."""
    use_task_backend("django_tasks_db.DatabaseBackend")
    yield
    use_task_backend("django.tasks.backends.immediate.ImmediateBackend")


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    # Tests speak plain HTTP to the test client and live server; production keeps these on.
    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 0
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.LANGUAGE_COOKIE_SECURE = False
    settings.KSORS_REQUIRE_MFA = False
    settings.MEDIA_ROOT = tmp_path / "media"
    # Every test client builds its own WhiteNoise middleware; autorefresh spares it a scan of STATIC_ROOT each time.
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(autouse=True)
def _fresh_cache(request, django_db_blocker):
    """Rate limits, used TOTP codes and cached pages live in the cache: one test's must not leak into the next.
    With debug off the cache is the production one, a database table: emptied only after tests that had the test
    database (a test without it cannot have written there, and must not reach the configured database)."""
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache

    yield
    for alias in settings.CACHES:
        cache = caches[alias]
        if not isinstance(cache, DatabaseCache):
            cache.clear()
        elif "django_db_setup" in request.fixturenames:
            with django_db_blocker.unblock():
                cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /en/… leaves English active in the test thread; reverse() in the next test would say /en/."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_page_cache(request):
    """Each test's database starts afresh, and so must the pages cached from it (a rollback bumps nothing)."""
    names = set(request.fixturenames)
    if "transactional_db" in names or "live_server" in names:
        request.getfixturevalue("transactional_db")  # set up before this autouse fixture touches the database
    elif "db" in names:
        request.getfixturevalue("db")
    elif not request.node.get_closest_marker("django_db"):
        return
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
def secretary_client(client, secretary):
    client.force_login(secretary)
    return client


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
