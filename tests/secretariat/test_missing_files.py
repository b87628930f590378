"""After a restore without the media folder, every private download and ZIP export is a 404 that says so."""

import io
import shutil

from django.conf import settings
from django.urls import reverse

from organizations.models import Submission, SubmissionFile
from tests.workspace_fixtures import call, declaration, item_for_a, report_a, resolution  # noqa: F401


def _lose(stored):
    stored.file.storage.delete(stored.file.name)


def test_a_lost_report_attachment_is_a_404_page_naming_it(secretary_client, report_a, leader_a, client):  # noqa: F811
    attachment = report_a.attachments.get()
    _lose(attachment)
    for who, url in [
        (secretary_client, reverse("secretariat:attachment", args=[attachment.pk])),
        (secretary_client, reverse("my:report_attachment", args=[attachment.pk])),
    ]:
        response = who.get(url)
        assert response.status_code == 404
        page = response.content.decode()
        assert "Файл не найден в хранилище" in page and attachment.original_name in page
    client.force_login(leader_a)
    assert client.get(reverse("my:report_attachment", args=[attachment.pk])).status_code == 404


def test_a_lost_material_refuses_the_zip_exports_with_a_page_naming_it(secretary_client, call, org_a):  # noqa: F811
    submission = Submission.objects.create(call=call, organization=org_a, status=Submission.Status.SUBMITTED)
    stored = SubmissionFile(submission=submission, original_name="история.txt", size=4)
    stored.file.save("h.txt", io.BytesIO(b"text"), save=True)
    assert secretary_client.get(reverse("secretariat:call_export", args=[call.slug])).status_code == 200
    _lose(stored)
    # A restore without the media folder loses the archives the worker made too (they live in the same storage).
    shutil.rmtree(settings.MEDIA_ROOT / "exports")
    for url in [
        reverse("secretariat:call_export", args=[call.slug]),
        reverse("secretariat:organization_export", args=[call.slug, org_a.slug]),
        reverse("my:submission_file", args=[stored.pk]),
    ]:
        response = secretary_client.get(url)
        assert response.status_code == 404, url
        assert "история.txt" in response.content.decode()


def test_a_lost_logo_is_a_404(client, org_a):
    org_a.logo.save("logo.png", io.BytesIO(b"x"), save=True)
    org_a.logo.storage.delete(org_a.logo.name)
    assert client.get(reverse("organizations:logo", args=[org_a.slug])).status_code == 404
