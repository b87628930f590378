"""Progress reports by organizations on the published items that name them or all member organizations."""

import datetime

from django.core import mail
from django.urls import reverse

from organizations.models import MembershipStatus
from resolutions.models import ProgressReport, ResolutionStatus, Responsibility
from resolutions.progress import items_assigned_to
from tests.factories import ItemFactory, ResolutionFactory
from tests.files import pdf_bytes, upload, windows_executable


def test_items_assigned_are_those_naming_the_organization_or_all_members(org_a, org_b, item_9, item_for_a):
    draft_item = ItemFactory(resolution=ResolutionFactory(status=ResolutionStatus.DRAFT), label="1")
    Responsibility.objects.create(item=draft_item, text="ОО «Альфа»", organization=org_a)
    assert list(items_assigned_to(org_a)) == [item_for_a, item_9]
    assert list(items_assigned_to(org_b)) == [item_9]
    org_b.status = MembershipStatus.SUSPENDED
    org_b.save()
    assert list(items_assigned_to(org_b)) == []


def test_a_leader_sees_assigned_items_with_few_queries(client, leader_a, item_9, item_for_a, django_assert_max_num_queries):
    client.force_login(leader_a)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("my:items", args=["alpha"]))
    content = response.content.decode()
    assert "Рекомендовать всем организациям-членам" in content
    assert "Поручить ОО «Альфа» провести фестиваль." in content
    assert reverse("my:report_create", args=["alpha", item_9.pk]) in content


def test_a_leader_reports_with_an_attachment_and_the_secretariat_sees_it(
    client, leader_a, secretary, org_a, item_9, django_capture_on_commit_callbacks
):
    client.force_login(leader_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("my:report_create", args=["alpha", item_9.pk]),
            {"reported_on": "2026-09-15", "text": "Отправили историю и 40 фотографий.", "status": "in_progress",
             "files": [upload("опись.pdf", pdf_bytes())]},
        )
    assert response.status_code == 302
    report = ProgressReport.objects.get()
    assert (report.organization, report.author, report.reported_on) == (org_a, leader_a, datetime.date(2026, 9, 15))
    assert report.attachments.get().original_name == "опись.pdf"
    item_9.refresh_from_db()
    assert item_9.execution_status == "not_started"  # one organization's report does not close an item for all
    assert mail.outbox[-1].to == ["secretary@example.org"]
    assert "Отчёт по пункту 9 от «Альфа»" in mail.outbox[-1].subject

    client.force_login(secretary)
    page = client.get(reverse("secretariat:reports")).content.decode()
    assert "Отправили историю и 40 фотографий." in page and "ОО «Альфа»" in page and "опись.pdf" in page


def test_a_bad_attachment_is_refused_and_the_text_kept(client, leader_a, item_9):
    client.force_login(leader_a)
    response = client.post(
        reverse("my:report_create", args=["alpha", item_9.pk]),
        {"reported_on": "2026-09-15", "text": "Наш отчёт", "files": [upload("отчёт.docx", windows_executable())]},
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "Файл «отчёт.docx» — программа" in content
    assert "Наш отчёт" in content
    assert not ProgressReport.objects.exists()


def test_an_item_not_naming_the_organization_cannot_be_reported(client, leader_b, item_for_a):
    client.force_login(leader_b)
    response = client.post(
        reverse("my:report_create", args=["beta", item_for_a.pk]), {"reported_on": "2026-09-15", "text": "Не наше"}
    )
    assert response.status_code == 404
    assert not ProgressReport.objects.exists()
