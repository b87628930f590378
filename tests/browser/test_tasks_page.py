"""The Secretariat's task page and the «Файл готовится…» page, looked at on a desktop (1280 px) and a phone
(390 px): long subjects, many recipients and long error lines must stay inside the screen."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from playwright.sync_api import expect

from organizations.models import Submission, SubmissionFile
from tests.browser.phone import PHONE, log_in
from tests.scale.tasks import failed_email_task
from tests.workspace_fixtures import call  # noqa: F401

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
NEVER = datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=datetime.UTC)


def _queue():
    now = timezone.now()
    failed_email_task(
        subject="Напоминание: срок исполнения пункта 7б резолюции XX Страновой тематической конференции истекает",
        addresses=[f"leader-{n}@women-movement.example.org" for n in range(6)],
    )
    DBTaskResult.objects.create(
        status="FAILED", task_path="core.exports.pdf_render", backend_name="default", run_after=now, finished_at=now,
        args_kwargs={"args": [], "kwargs": {"name": "exports/analysis-1/0123456789abcdef0123456789abcdef.pdf",
                                           "filename": "analysis-2026.pdf", "html": "<p></p>", "attempt": 3}},
        exception_class_path="builtins.OSError",
        traceback="Traceback (most recent call last):\nOSError: [Errno 28] No space left on device: "
                  "'/srv/ksors/var/media/exports/analysis-1/0123456789abcdef0123456789abcdef.pdf.part'\n",
    )
    for status, run_after, subject in [("READY", NEVER, "Приглашение на портал КСОРС РТ"),
                                       ("READY", now + datetime.timedelta(minutes=4), "Ваши материалы приняты"),
                                       ("RUNNING", NEVER, "")]:
        kwargs = {"subject": subject, "body": "…", "addresses": ["kim@example.org"]} if subject else {
            "name": "exports/materials-1/abc.zip", "filename": "jubilee-book.zip", "call_id": 1}
        DBTaskResult.objects.create(
            status=status, backend_name="default", run_after=run_after, args_kwargs={"args": [], "kwargs": kwargs},
            task_path="core.notify.deliver" if subject else "organizations.tasks.materials_zip_render",
        )


def _fits(page):
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_the_task_page_reads_well_on_a_desktop_and_a_phone(transactional_db, live_server, page, shot, secretary):
    _queue()
    log_in(page, live_server, secretary)
    for name, size in [("desktop", DESKTOP), ("phone", PHONE)]:
        page.set_viewport_size(size)
        page.goto(live_server.url + reverse("secretariat:tasks"))
        expect(page.get_by_role("button", name="Повторить")).to_have_count(2)
        shot(page, f"tasks-{name}")
        assert _fits(page), name


def test_the_preparing_page_reads_well_on_a_phone(transactional_db, database_queue, live_server, page, shot, secretary,
                                                 call, org_a):  # noqa: F811
    submission = Submission.objects.create(call=call, organization=org_a, status=Submission.Status.SUBMITTED)
    stored = SubmissionFile(submission=submission, original_name="история.txt", size=4)
    stored.file.save("h.txt", io.BytesIO(b"text"), save=True)
    log_in(page, live_server, secretary)
    for name, size in [("desktop", DESKTOP), ("phone", PHONE)]:
        page.set_viewport_size(size)
        page.goto(live_server.url + reverse("secretariat:call_export", args=[call.slug]))
        expect(page.get_by_role("heading", name="Файл готовится…")).to_be_visible()
        shot(page, f"export-preparing-{name}")
        assert _fits(page), name


def test_the_other_card_tables_fit_a_phone_too(transactional_db, live_server, page, shot, secretary, leader_a, org_a):
    """The accounts and people lists, the invitations and the self-assessment's reports share the task page's
    cards; a sortable list keeps its sorting links above them."""
    from accounts.models import Invitation
    from assessments.services import questionnaire_create_default

    Invitation.objects.create(user=leader_a)
    questionnaire = questionnaire_create_default(year=2026, title="Самоанализ за 2026 год", open_until=None)
    questionnaire.organizations.add(org_a)
    log_in(page, live_server, secretary)
    page.set_viewport_size(PHONE)
    for name, url in [("accounts", reverse("secretariat:accounts")), ("people", reverse("secretariat:people")),
                      ("assessment-reports", reverse("secretariat:assessment_reports", args=[questionnaire.pk]))]:
        page.goto(live_server.url + url)
        shot(page, f"cards-{name}-phone")
        assert _fits(page), name
        if name == "people":
            expect(page.get_by_role("link", name="ФИО")).to_be_visible()


def test_the_task_page_has_no_serious_accessibility_violations(transactional_db, live_server, browser, secretary):
    from tests.browser.test_accessibility import AXE, _serious_violations

    if not AXE.exists():
        pytest.skip("axe-core is not vendored at tests/browser/vendor/axe.min.js")
    _queue()
    for size in (DESKTOP, PHONE):
        # The portal's CSP forbids injected scripts: only this test injects axe.
        context = browser.new_context(viewport=size, bypass_csp=True, locale="ru-RU")
        page = context.new_page()
        log_in(page, live_server, secretary)
        page.goto(live_server.url + reverse("secretariat:tasks"))
        assert _serious_violations(page) == [], size
        context.close()
