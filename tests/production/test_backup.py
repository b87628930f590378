"""manage.py backup DIR / restore DIR: the database and the uploads, checked against the manifest."""

import io
import json
from contextlib import contextmanager

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from tests.production.helpers import manage, portal_env


@contextmanager
def empty_database(tmp_path, name):
    """DATABASE_URL of a new empty database of the same kind as the test database."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / f'{name}.sqlite3'}"
        return
    params = connection.settings_dict
    database = f"{params['NAME']}_{name}"
    admin = psycopg.connect(host=params["HOST"], port=params["PORT"] or 5432, user=params["USER"],
                            password=params["PASSWORD"], dbname="postgres", autocommit=True)
    admin.execute(f'DROP DATABASE IF EXISTS "{database}"')
    admin.execute(f'CREATE DATABASE "{database}"')
    try:
        yield f"postgres://{params['USER']}@{params['HOST']}:{params['PORT'] or 5432}/{database}?pool=0"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def backed_up(transactional_db, tmp_path, settings):
    # Committed rows (transactional_db): pg_dump reads the database from its own session.
    call_command("load_demo", verbosity=0)
    default_storage.save("materials/2026/отчёт.txt", ContentFile("Отчёт организации".encode()))
    default_storage.save("logos/emblem.png", ContentFile(b"\x89PNG fake"))
    directory = tmp_path / "backup"
    call_command("backup", str(directory), stdout=io.StringIO())
    return directory


def test_it_writes_dump_media_and_manifest(backed_up):
    assert backed_up.stat().st_mode & 0o777 == 0o700  # password hashes and TOTP secrets inside
    assert {path.stat().st_mode & 0o777 for path in backed_up.iterdir()} == {0o600}
    manifest = json.loads((backed_up / "manifest.json").read_text())
    assert (backed_up / manifest["database"]["file"]).stat().st_size > 0
    assert manifest["tables"]["resolutions_item"] > 10 and manifest["tables"]["django_migrations"] > 10
    assert set(manifest["media"]["files"]) == {"materials/2026/отчёт.txt", "logos/emblem.png"}
    assert manifest["media"]["files"]["logos/emblem.png"]["size"] == len(b"\x89PNG fake")


def test_it_restores_into_an_empty_database_and_folder_and_checks_the_manifest(backed_up, tmp_path):
    with empty_database(tmp_path, "restore") as url:
        media = tmp_path / "restored-media"
        result = manage("restore", str(backed_up), env=portal_env(DATABASE_URL=url, DJANGO_MEDIA_ROOT=str(media)))
        assert result.returncode == 0, result.stderr
        assert "Восстановлено, всё совпадает с манифестом." in result.stdout
        assert "resolutions_item" in result.stdout
        assert (media / "materials/2026/отчёт.txt").read_text() == "Отчёт организации"


def test_a_restore_that_does_not_match_the_manifest_fails(backed_up, tmp_path):
    manifest = json.loads((backed_up / "manifest.json").read_text())
    manifest["tables"]["resolutions_item"] += 1
    manifest["media"]["files"]["logos/emblem.png"]["sha256"] = "0" * 64
    (backed_up / "manifest.json").write_text(json.dumps(manifest))
    with empty_database(tmp_path, "mismatch") as url:
        env = portal_env(DATABASE_URL=url, DJANGO_MEDIA_ROOT=str(tmp_path / "m"))
        result = manage("restore", str(backed_up), env=env)
    assert result.returncode == 1
    assert "← не совпадает" in result.stdout and "logos/emblem.png: размер или SHA-256 не совпадают" in result.stdout
    assert "не совпадает с манифестом" in result.stderr


def test_it_refuses_a_database_or_folder_that_is_not_empty(backed_up):
    with pytest.raises(CommandError, match="База .* не пуста"):
        call_command("restore", str(backed_up))  # the test database holds the demo data
    with pytest.raises(CommandError, match="не пуста"):
        call_command("backup", str(backed_up))


def test_it_refuses_a_folder_that_is_not_a_backup(tmp_path, db):
    with pytest.raises(CommandError, match="нет manifest.json"):
        call_command("restore", str(tmp_path))
