"""One cache for every worker (finding 5 of issue 9): the database's, unless Redis is configured."""

import importlib

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection

from tests.production.helpers import manage, portal_env, shell

BACKEND = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"


def test_production_without_redis_uses_the_database_cache_and_development_memory():
    assert shell(BACKEND, env=portal_env()) == "django.core.cache.backends.db.DatabaseCache"
    assert shell(BACKEND, env=portal_env(REDIS_URL="redis://127.0.0.1:6379/9")).endswith("RedisCache")
    assert shell(BACKEND, env=portal_env(DJANGO_DEBUG="1")).endswith("LocMemCache")


def test_migrate_makes_the_cache_table(db):
    migration = importlib.import_module("ksors.migrations.0001_cache_table")
    assert migration.TABLE == settings.CACHE_TABLE == settings.CACHES["default"]["LOCATION"]
    assert settings.CACHE_TABLE in connection.introspection.table_names()
    cache.set("ksors-test", "значение")
    assert cache.get("ksors-test") == "значение"


def test_the_cache_table_is_unlogged_on_postgresql(db):
    # A logged write waits for the WAL at commit: every page the page cache stored paid for it (4.0 ms → 1.4 ms).
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no unlogged tables; the CI's PostgreSQL run checks this")
    migration = importlib.import_module("ksors.migrations.0002_cache_table_unlogged")
    assert migration.TABLE == settings.CACHE_TABLE
    with connection.cursor() as cursor:
        cursor.execute("SELECT relpersistence FROM pg_class WHERE relname = %s", [settings.CACHE_TABLE])
        assert cursor.fetchone() == ("u",)
    cache.set("ksors-test", "значение")
    assert cache.get("ksors-test") == "значение"


FIRST_WORKER = """
import time
from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from tests.factories import UserFactory
user = UserFactory(email="totp@example.org", secretariat=True)
secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
totp = TOTP.activate(user, secret)
period = app_settings.TOTP_PERIOD
if time.time() % period > period - 15:  # leave the second worker time to try the same code
    time.sleep(period - time.time() % period)
code = format_hotp_value(hotp_value(secret, int(time.time()) // period))
print(code, totp.validate_code(code))
"""
SECOND_WORKER = """
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
print(TOTP(Authenticator.objects.get(user__email="totp@example.org")).validate_code("{code}"))
"""


def test_a_totp_code_is_accepted_once_across_worker_processes(tmp_path):
    # Each child is one gunicorn worker; with per-process memory each accepted the same code once.
    env = portal_env(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", DJANGO_MEDIA_ROOT=str(tmp_path / "media"))
    assert manage("migrate", "-v0", env=env).returncode == 0
    code, accepted = shell(FIRST_WORKER, env=env).split()
    assert accepted == "True"
    assert shell(SECOND_WORKER.format(code=code), env=env) == "False"
