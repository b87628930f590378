"""Slow files made by the worker (core.exports): a call's materials ZIP, the control and execution-report PDFs,
the analysis PDF. The Secretariat's link answers «Файл готовится…» until the worker has made the file, then the
file — only to the Secretariat; a failed render is retried, then shown, and can be put back in the queue."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core import exports
from core import pdf as core_pdf
from core.tasks import RETRY_CLASS_PATH
from organizations.models import Submission, SubmissionFile
from resolutions.models import ProgressReport
from tests.scale.tasks import run_worker

pytestmark = pytest.mark.django_db

ZIP_TASK = "organizations.tasks.materials_zip_render"
PDF_TASK = "core.exports.pdf_render"


def _material(call, organization, name="история.txt", content=b"text"):
    submission, _created = Submission.objects.get_or_create(
        call=call, organization=organization, defaults={"status": Submission.Status.SUBMITTED}
    )
    stored = SubmissionFile(submission=submission, original_name=name, size=len(content))
    stored.file.save("m.txt", io.BytesIO(content), save=True)
    return stored


def _exports():
    """Every file under exports/, as (folder, file) pairs."""
    found = []
    folders, _files = default_storage.listdir(exports.FOLDER) if default_storage.exists(exports.FOLDER) else ([], [])
    for folder in folders:
        found += [(folder, name) for name in default_storage.listdir(f"{exports.FOLDER}/{folder}")[1]]
    return found


def _due_now():
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def test_it_makes_a_calls_zip_in_the_worker_and_hands_it_only_to_the_secretariat(
    database_queue, secretary_client, leader_a, call, org_a
):
    _material(call, org_a)
    url = reverse("secretariat:call_export", args=[call.slug])
    waiting = secretary_client.get(url)
    assert waiting.status_code == 202
    page = waiting.content.decode()
    assert "Файл готовится…" in page and f"«{call.slug}.zip»" in page
    assert f'http-equiv="refresh" content="5; url={url}?wait=1"' in page and f'href="{url}?wait=1"' in page
    queued = DBTaskResult.objects.get()
    assert queued.task_path == ZIP_TASK and queued.status == "READY"
    assert queued.args_kwargs["kwargs"]["call_id"] == call.pk

    assert secretary_client.get(f"{url}?wait=1").status_code == 202
    assert DBTaskResult.objects.count() == 1  # asked again while it waits: queued once

    run_worker()
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    ready = secretary_client.get(f"{url}?wait=1").content.decode()
    assert "Файл готов" in ready and f'href="{url}"' in ready and "http-equiv" not in ready
    archive = zipfile.ZipFile(io.BytesIO(secretary_client.get(url).getvalue()))
    assert sorted(archive.namelist()) == ["Альфа/история.txt", "Альфа/материалы.txt"]

    client = Client()  # secretary_client is pytest-django's `client`, logged in
    assert client.get(url)["Location"].startswith(reverse("account_login"))
    client.force_login(leader_a)
    assert client.get(url).status_code == 403
    assert client.get(f"{url}?wait=1").status_code == 403


def test_a_new_material_gives_a_new_archive_and_the_old_one_goes(database_queue, secretary_client, call, org_a):
    _material(call, org_a)
    url = reverse("secretariat:call_export", args=[call.slug])
    secretary_client.get(url)
    run_worker()
    assert secretary_client.get(url).streaming
    [(folder, first)] = _exports()

    _material(call, org_a, name="фото.txt")
    assert secretary_client.get(url).status_code == 202  # the data changed: a fresh archive is on its way
    run_worker()
    archive = zipfile.ZipFile(io.BytesIO(secretary_client.get(url).getvalue()))
    assert "Альфа/фото.txt" in archive.namelist()
    [(same_folder, second)] = _exports()
    assert same_folder == folder and second != first


def test_a_failed_render_is_retried_then_shown_and_can_be_put_back(
    database_queue, secretary_client, item_for_a, monkeypatch
):
    url = reverse("secretariat:execution_report", args=[item_for_a.resolution.pk, "pdf"])

    def crash(html):
        raise RuntimeError("WeasyPrint упал")

    monkeypatch.setattr(core_pdf, "render_pdf", crash)
    assert secretary_client.get(url).status_code == 202
    run_worker()
    retried = DBTaskResult.objects.get(status="FAILED")
    assert retried.exception_class_path == RETRY_CLASS_PATH and "WeasyPrint упал" in retried.traceback
    assert secretary_client.get(f"{url}?wait=1").status_code == 202  # the retry waits: still «готовится»
    for _attempt in (2, 3):
        _due_now()
        run_worker()
    final = DBTaskResult.objects.exclude(exception_class_path=RETRY_CLASS_PATH).get(status="FAILED")
    assert final.task_path == PDF_TASK and final.args_kwargs["kwargs"]["attempt"] == 3

    page = secretary_client.get(f"{url}?wait=1")
    text = page.content.decode()
    assert page.status_code == 200 and "Не удалось подготовить файл" in text and "WeasyPrint упал" in text
    assert reverse("secretariat:task_retry", args=[final.pk]) in text
    tasks_page = secretary_client.get(reverse("secretariat:tasks")).content.decode()
    assert "Отчёт в PDF: «ispolnenie-xx-2026-06-19.pdf»" in tasks_page and "RuntimeError" in tasks_page

    monkeypatch.undo()
    secretary_client.post(reverse("secretariat:task_retry", args=[final.pk]))
    run_worker()
    assert secretary_client.get(url).getvalue().startswith(b"%PDF")


def test_a_lost_material_fails_the_archive_at_once_and_the_page_names_it(database_queue, secretary_client, call, org_a):
    stored = _material(call, org_a, name="устав.txt")
    stored.file.storage.delete(stored.file.name)
    url = reverse("secretariat:organization_export", args=[call.slug, org_a.slug])
    secretary_client.get(url)
    run_worker()
    failed = DBTaskResult.objects.get()  # one attempt, no retry queued: waiting will not bring the file back
    assert failed.status == "FAILED" and failed.exception_class_path == "core.downloads.MissingFiles"
    page = secretary_client.get(url)
    assert page.status_code == 404 and "устав.txt" in page.content.decode()


def test_with_the_immediate_backend_the_file_is_made_in_the_request_once_per_state_of_the_data(
    secretary_client, item_for_a, monkeypatch
):
    item = item_for_a
    url = reverse("secretariat:execution_report", args=[item.resolution.pk, "pdf"])
    rendered = []
    original = core_pdf.render_pdf
    monkeypatch.setattr(core_pdf, "render_pdf", lambda html: rendered.append(html) or original(html))
    first = secretary_client.get(url)
    content = first.getvalue()
    assert first["Content-Type"] == "application/pdf" and content.startswith(b"%PDF")
    assert secretary_client.get(url).getvalue() == content
    assert len(rendered) == 1  # the second download is the stored file

    ProgressReport.objects.create(item=item, text="Проведена встреча.", reported_on="2026-07-01")
    secretary_client.get(url)
    assert len(rendered) == 2 and "Проведена встреча." in rendered[1]
    assert len(_exports()) == 1  # the older report is deleted


@pytest.mark.parametrize("name", ["control_report_pdf", "event_review_pdf", "control_export"])
def test_the_control_pdfs_go_through_the_worker(database_queue, secretary_client, item_for_a, name):
    from conferences.models import Meeting

    meeting = Meeting.objects.create(title="Заседание", slug="m-1")
    url, query = {
        "control_report_pdf": (reverse("secretariat:control_report_pdf"), {"adopted_from": "2020-01-01"}),
        "event_review_pdf": (reverse("secretariat:event_review_pdf", args=["meeting", meeting.pk]), {}),
        "control_export": (reverse("secretariat:control_export", args=["pdf"]), {"window": "overdue"}),
    }[name]
    assert secretary_client.get(url, query).status_code == 202
    assert DBTaskResult.objects.get().task_path == PDF_TASK
    run_worker()
    response = secretary_client.get(url, query)
    assert response["Content-Type"] == "application/pdf" and response.getvalue().startswith(b"%PDF")


def test_on_object_storage_the_file_is_a_private_object_streamed_by_the_view(
    s3_storage, s3_client, database_queue, secretary_client, call, org_a
):
    _material(call, org_a)
    url = reverse("secretariat:call_export", args=[call.slug])
    secretary_client.get(url)
    run_worker()
    keys = [entry["Key"] for entry in s3_client.list_objects_v2(Bucket=s3_storage)["Contents"]]
    [made] = [key for key in keys if key.startswith("exports/")]
    grants = s3_client.get_object_acl(Bucket=s3_storage, Key=made)["Grants"]
    assert all("AllUsers" not in str(grant.get("Grantee")) for grant in grants)
    response = secretary_client.get(url)
    assert response.streaming and made.rsplit("/", 1)[-1] not in response["Content-Disposition"]
    assert "Альфа/история.txt" in zipfile.ZipFile(io.BytesIO(response.getvalue())).namelist()
