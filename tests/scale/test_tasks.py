"""The task queue (django_tasks_db) and its retries: a mail server outage delays emails and loses none; a task
that fails for good is shown to the Secretariat, who can put it back in the queue."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core import notify as notify_module
from core import tasks
from core.notify import notify
from tests.scale.tasks import failed_email_task, run_worker

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPConnectError(421, "Service not available")

    monkeypatch.setattr(notify_module, "send_mail", refuse)
    return monkeypatch


def _invite(address="kim@example.org"):
    return notify(template="accounts/email/access_granted", context={"user": None, "login_url": "http://x/login"},
                  recipients=[address, "", address])


def test_the_backoff_doubles_from_a_minute_up_to_an_hour():
    assert [tasks.backoff(n).total_seconds() for n in (1, 2, 3, 6, 7, 9)] == [60, 120, 240, 1920, 3600, 3600]


def test_an_email_waits_in_the_queue_until_the_worker_sends_it(database_queue):
    assert _invite() == 1
    assert mail.outbox == []
    queued = DBTaskResult.objects.get()
    assert queued.status == "READY" and queued.task_path == "core.notify.deliver"
    assert queued.args_kwargs["kwargs"]["addresses"] == ["kim@example.org"]
    run_worker()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["kim@example.org"]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_mail_outage_delays_the_email_and_the_retry_sends_it_when_the_server_is_back(
    database_queue, mail_server_down, secretary_client
):
    _invite()
    run_worker()
    first = DBTaskResult.objects.get(status="FAILED")
    assert first.exception_class_path == "core.tasks.RetryScheduled"
    assert "SMTPConnectError" in first.traceback
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    wait = retry.run_after - timezone.now()
    assert datetime.timedelta(seconds=50) < wait <= datetime.timedelta(minutes=1)

    run_worker()  # not due yet: the worker leaves it alone
    assert DBTaskResult.objects.get(pk=retry.pk).status == "READY"
    page = secretary_client.get(reverse("secretariat:tasks")).content.decode()
    assert "Невыполненных задач нет." in page and "Попыток, повторённых после сбоя: 1." in page

    mail_server_down.undo()  # the mail server is back
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    assert DBTaskResult.objects.get(pk=retry.pk).status == "SUCCESSFUL"
    assert len(mail.outbox) == 1
    assert list(tasks.failed_tasks()) == [] and tasks.pending_tasks().count() == 0


def test_after_the_last_attempt_the_failure_is_final_and_the_secretariat_sees_it_and_requeues_it(
    database_queue, mail_server_down, secretary_client
):
    notify_module.deliver.enqueue(subject="Напоминание", body="Текст", addresses=["kim@example.org"],
                                  attempt=tasks.MAX_ATTEMPTS)
    run_worker()
    final = DBTaskResult.objects.get()
    assert final.status == "FAILED" and final.exception_class_path == "smtplib.SMTPConnectError"
    assert list(tasks.failed_tasks()) == [final]

    page = secretary_client.get(reverse("secretariat:tasks"))
    text = page.content.decode()
    assert "«Напоминание»" in text and "kim@example.org" in text and "SMTPConnectError" in text
    assert reverse("secretariat:task_retry", args=[final.pk]) in text

    mail_server_down.undo()
    response = secretary_client.post(reverse("secretariat:task_retry", args=[final.pk]))
    assert response.status_code == 302
    requeued = DBTaskResult.objects.get()
    assert requeued.pk != final.pk and requeued.status == "READY"
    assert "attempt" not in requeued.args_kwargs["kwargs"]
    run_worker()
    assert [m.subject for m in mail.outbox] == ["Напоминание"]


def test_a_task_still_waiting_is_not_requeued_twice(secretary_client):
    waiting = failed_email_task()
    DBTaskResult.objects.filter(pk=waiting.pk).update(status="READY")
    assert secretary_client.post(reverse("secretariat:task_retry", args=[waiting.pk])).status_code == 404


def test_the_task_page_lists_the_queue_and_says_how_long_the_oldest_has_waited(database_queue, secretary_client):
    _invite("a@example.org")
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=5))
    failed_email_task(subject="Приглашение")
    age = tasks.oldest_pending_age()
    assert datetime.timedelta(minutes=5) <= age < datetime.timedelta(minutes=6)
    text = secretary_client.get(reverse("secretariat:tasks")).content.decode()
    assert "Задач в очереди: 1." in text and "Самая давняя ждёт 0:05:" in text
    assert "a@example.org" in text and "«Приглашение»" in text


def test_with_the_immediate_backend_a_mail_failure_is_logged_not_raised_into_the_request(mail_server_down, caplog):
    assert _invite() == 1
    assert "failed for good after 1 attempt" in caplog.text


def test_publishing_has_the_worker_render_the_pdf_into_the_cache(database_queue, django_capture_on_commit_callbacks):
    from django.core.files.storage import default_storage

    from resolutions.pdf import cache_name
    from resolutions.services import resolution_publish
    from tests.factories import ItemFactory, ResolutionFactory

    draft = ResolutionFactory(title="Резолюция о молодёжи", slug="youth")
    ItemFactory(resolution=draft, label="1", position=1, text="Провести форум.")
    with django_capture_on_commit_callbacks(execute=True):
        published = resolution_publish(resolution=draft)
    queued = DBTaskResult.objects.get(task_path="resolutions.tasks.resolution_pdf_render")
    assert queued.args_kwargs["kwargs"] == {"resolution_id": draft.pk}
    assert not default_storage.exists(cache_name(published))
    run_worker()
    assert DBTaskResult.objects.get(pk=queued.pk).status == "SUCCESSFUL"
    published.refresh_from_db()
    with default_storage.open(cache_name(published), "rb") as cached:
        assert cached.read(5) == b"%PDF-"
