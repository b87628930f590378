import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from resolutions.models import ExecutionStatus, Item
from resolutions.selectors import controlled_items, dashboard_sections
from tests.files import (
    elf_executable,
    jpeg_bytes,
    pdf_bytes,
    png_declaring,
    windows_executable,
    zip_bomb_docx,
)


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def test_due_and_overdue_at_the_window_boundaries(task_factory):
    today_item = task_factory(days(0))
    yesterday_item = task_factory(days(-1))
    in_30 = task_factory(days(30))
    in_31 = task_factory(days(31))
    done_late = task_factory(days(-5), status=ExecutionStatus.DONE, execution_updated_at=timezone.now())
    not_done = task_factory(days(10), status=ExecutionStatus.NOT_DONE)
    withdrawn = task_factory(days(-3), status=ExecutionStatus.WITHDRAWN)
    sections = dashboard_sections(controlled_items(), today=timezone.localdate(), now=timezone.now())
    assert set(sections["due"]) == {today_item, in_30}
    assert set(sections["overdue"]) == {yesterday_item, not_done}
    assert sections["done"] == [done_late]
    for item in (in_31, withdrawn):
        assert all(item not in rows for rows in sections.values())
    assert today_item.is_overdue() is False and yesterday_item.is_overdue() is True


def test_drafts_and_items_without_responsible_are_not_tasks(task_factory, draft):
    plain = Item.objects.create(resolution=task_factory.resolution, label="99", position=99, text="Без ответственного",
                                due_end=days(1), deadline_kind="by")
    sections = dashboard_sections(controlled_items(), today=timezone.localdate(), now=timezone.now())
    assert plain not in sections["due"]
    assert all(i.resolution.status == "published" for rows in sections.values() for i in rows)


def test_the_dashboard_page_lists_groups_and_filters(secretary_client, task_factory, django_assert_max_num_queries):
    overdue = task_factory(days(-1))
    due = task_factory(days(3))
    with django_assert_max_num_queries(15):
        page = secretary_client.get(reverse("secretariat:dashboard")).content.decode()
    assert overdue.text in page and due.text in page
    assert page.index("Просрочено") < page.index(overdue.text) < page.index("Срок в ближайшие 30 дней") < page.index(due.text)
    grouped = secretary_client.get(reverse("secretariat:dashboard"), {"group": "responsible"}).content.decode()
    assert "<h3>Ким В.М.</h3>" in grouped
    by_resolution = secretary_client.get(reverse("secretariat:dashboard"), {"group": "resolution"}).content.decode()
    assert "<h3>Опубликованная резолюция</h3>" in by_resolution
    filtered = secretary_client.get(
        reverse("secretariat:dashboard"), {"responsible": f"person:{task_factory.person.slug}"}
    ).content.decode()
    assert due.text in filtered
    other = secretary_client.get(reverse("secretariat:dashboard"), {"responsible": "all"}).content.decode()
    assert due.text not in other


def test_the_dashboard_query_count_does_not_grow_with_items(secretary_client, task_factory, django_assert_max_num_queries):
    for n in range(20):
        task_factory(days(n - 5))
    with django_assert_max_num_queries(15):
        secretary_client.get(reverse("secretariat:dashboard"))


def test_it_changes_the_status_and_adds_a_report_with_attachments(secretary_client, task_factory):
    item = task_factory(days(5))
    secretary_client.post(reverse("secretariat:item_status", args=[item.pk]), {"status": "in_progress"})
    item.refresh_from_db()
    assert item.execution_status == "in_progress" and item.execution_updated_at
    files = [SimpleUploadedFile("отчёт.pdf", b"%PDF-1.4 test"), SimpleUploadedFile("фото.jpg", jpeg_bytes())]
    response = secretary_client.post(
        reverse("secretariat:item", args=[item.pk]),
        {"reported_on": "2026-07-01", "text": "Семинар проведён.", "status": "done", "files": files},
        follow=True,
    )
    page = response.content.decode()
    assert "Отчёт об исполнении добавлен." in page and "Семинар проведён." in page and "отчёт.pdf" in page
    item.refresh_from_db()
    assert item.execution_status == "done"
    attachment = item.reports.get().attachments.get(original_name="отчёт.pdf")
    download = secretary_client.get(reverse("secretariat:attachment", args=[attachment.pk]))
    assert b"".join(download.streaming_content) == b"%PDF-1.4 test"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("фото.jpg", elf_executable(), "программа"),
        ("a.exe", windows_executable(), "программа"),
        ("bomb.png", png_declaring(100_000, 100_000), "40 млн"),
        ("отчёт.docx", zip_bomb_docx(), "распаковывается в слишком большой объём"),
        ("page.html", b"<html><script>alert(1)</script></html>", "PDF"),
    ],
)
def test_the_attachment_form_refuses_what_the_upload_pipeline_refuses_and_keeps_the_text(
    secretary_client, task_factory, name, content, message
):
    item = task_factory(days(5))
    page = secretary_client.post(
        reverse("secretariat:item", args=[item.pk]),
        {"reported_on": "2026-07-01", "text": "Мой отчёт", "files": [SimpleUploadedFile(name, content)]},
    ).content.decode()
    assert message in page and name in page
    assert "Мой отчёт" in page
    assert item.reports.count() == 0


def test_attachments_are_stored_under_random_names_not_the_uploaders(secretary_client, task_factory):
    item = task_factory(days(5))
    secretary_client.post(
        reverse("secretariat:item", args=[item.pk]),
        {"reported_on": "2026-07-01", "text": "Отчёт", "files": [SimpleUploadedFile("../../etc/evil.pdf", pdf_bytes())]},
    )
    attachment = item.reports.get().attachments.get()
    assert "evil" not in attachment.file.name and ".." not in attachment.file.name
    assert attachment.original_name == "evil.pdf"
