import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from ksors.env import database_from_url, env_bool, env_list, mailer_from_url

ROOT = Path(__file__).resolve().parents[2]


def _run_python(code: str, **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "KSORS_", "EMAIL_URL", "REDIS_URL"))}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**clean, "DJANGO_SETTINGS_MODULE": "ksors.settings", **env},
        capture_output=True, text=True, timeout=120,
    )


def test_it_refuses_to_start_without_secret_key_when_debug_is_off():
    result = _run_python("import django; django.setup()")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY не задан" in result.stderr


def test_it_starts_without_secret_key_in_debug():
    result = _run_python("import django; django.setup(); from django.conf import settings; print(settings.DEBUG)", DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_it_reads_settings_from_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'], s.ALLOWED_HOSTS, "
        "s.CACHES['default']['BACKEND'].rsplit('.', 1)[-1], s.MAILERS['default']['BACKEND'].rsplit('.', 2)[-2], s.KSORS_REQUIRE_MFA)"
    )
    result = _run_python(
        code,
        DJANGO_SECRET_KEY="k" * 50,
        DATABASE_URL="postgres://u:p@db.example:5433/ksors",
        DJANGO_ALLOWED_HOSTS="ksors.tj,www.ksors.tj",
        REDIS_URL="redis://127.0.0.1:6379/1",
        EMAIL_URL="smtp://mailer:secret@smtp.example:587",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql", "ksors", "['ksors.tj',", "'www.ksors.tj']", "RedisCache", "smtp", "True",
    ]


def test_it_passes_check_deploy_with_production_values():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DJANGO_SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnop",
            "DJANGO_ALLOWED_HOSTS": "ksors.tj",
            "EMAIL_URL": "smtp://portal:secret@smtp.ksors.tj:587",
            "DATABASE_URL": "postgres://ksors@127.0.0.1:5432/ksors",
        },
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_it_defaults_to_sqlite_under_var(tmp_path):
    config = database_from_url(None, sqlite_path=tmp_path / "x.sqlite3")
    assert config == {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "x.sqlite3")}


def test_it_parses_postgres_urls_with_pool_by_default():
    config = database_from_url("postgresql://me:p%40ss@127.0.0.1:5432/test", sqlite_path="unused")
    assert config["USER"] == "me" and config["PASSWORD"] == "p@ss" and config["NAME"] == "test"
    assert config["OPTIONS"]["pool"]["timeout"] == 1.5  # see tests/production/test_database.py
    assert database_from_url("postgres://h/db?pool=0&sslmode=require", sqlite_path="x")["OPTIONS"] == {
        "sslmode": "require", "connect_timeout": "5"}


def test_it_rejects_unknown_database_schemes():
    with pytest.raises(ImproperlyConfigured, match="неизвестная схема"):
        database_from_url("mysql://x/y", sqlite_path="x")


def test_it_reads_booleans_and_lists(monkeypatch):
    monkeypatch.setenv("FLAG", "yes")
    monkeypatch.setenv("HOSTS", " a , b ,")
    assert env_bool("FLAG", False) is True
    assert env_bool("ABSENT", True) is True
    assert env_list("HOSTS", []) == ["a", "b"]
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("FLAG", False)


def test_it_builds_mailers_from_url():
    assert mailer_from_url(None)["BACKEND"].endswith("console.EmailBackend")
    smtp = mailer_from_url("smtps://u:p@mail.example")
    assert smtp["OPTIONS"]["use_ssl"] is True and smtp["OPTIONS"]["port"] == 465
    with pytest.raises(ImproperlyConfigured):
        mailer_from_url("carrier-pigeon://x")
