"""The restore drill of docs/production.md with object storage: `backup` takes the database and every object of
the bucket; `restore` loads them into an empty database and an empty bucket and checks both against the manifest."""

import io
import json
import uuid

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from tests.factories import OrganizationFactory
from tests.production.helpers import manage, portal_env
from tests.production.test_backup import empty_database


@pytest.fixture
def backed_up_bucket(transactional_db, s3_storage, tmp_path):
    OrganizationFactory(name="Общество «Альфа»", slug="alpha")
    default_storage.save("materials/2026/отчёт.txt", ContentFile("Отчёт организации".encode()))
    default_storage.save("cache/pdf/1/v1-abc.pdf", ContentFile(b"%PDF-1.4 cached"))
    directory = tmp_path / "backup"
    call_command("backup", str(directory), stdout=io.StringIO())
    return directory


def test_the_backup_holds_every_object_of_the_bucket(backed_up_bucket, tmp_path):
    manifest = json.loads((backed_up_bucket / "manifest.json").read_text())
    assert set(manifest["media"]["files"]) == {"materials/2026/отчёт.txt", "cache/pdf/1/v1-abc.pdf"}
    assert manifest["media"]["files"]["cache/pdf/1/v1-abc.pdf"]["size"] == len(b"%PDF-1.4 cached")
    assert not (tmp_path / "media").exists()  # nothing went through the local disk


def test_it_restores_database_and_objects_into_an_empty_bucket(backed_up_bucket, tmp_path, s3_client, moto_endpoint):
    bucket = f"ksors-restored-{uuid.uuid4().hex[:8]}"
    s3_client.create_bucket(Bucket=bucket)
    storage_url = f"s3://test-key:test-secret@{bucket}?endpoint_url={moto_endpoint}"
    with empty_database(tmp_path, "restore_s3") as url:
        env = portal_env(DATABASE_URL=url, DJANGO_STORAGE_URL=storage_url, DJANGO_MEDIA_ROOT=str(tmp_path / "unused"))
        result = manage("restore", str(backed_up_bucket), env=env)
        assert result.returncode == 0, result.stderr
        assert "Восстановлено, всё совпадает с манифестом." in result.stdout
        assert "organizations_organization" in result.stdout
        body = s3_client.get_object(Bucket=bucket, Key="materials/2026/отчёт.txt")["Body"].read()
        assert body.decode() == "Отчёт организации"
        # A second restore into the same, now full, bucket is refused before anything is written.
        with empty_database(tmp_path, "restore_s3_again") as second:
            again = manage("restore", str(backed_up_bucket),
                           env={**env, "DATABASE_URL": second})
        assert again.returncode == 1 and "Хранилище файлов (DJANGO_STORAGE_URL) не пусто" in again.stderr
    assert not (tmp_path / "unused").exists()
