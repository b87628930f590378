"""allauth's own emails go the portal's one way (core.notify → the task `deliver`): with the worker's queue a
password reset waits there like any other email, and a mail server outage delays it rather than failing the page."""

import smtplib

import pytest
from django.core import mail
from django_tasks_db.models import DBTaskResult

from core import notify as notify_module
from tests.scale.tasks import run_worker

pytestmark = pytest.mark.django_db

RESET = "/accounts/password/reset/"


def test_a_password_reset_email_waits_in_the_queue_until_the_worker_sends_it(database_queue, client, secretary):
    response = client.post(RESET, {"email": "secretary@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "core.notify.deliver" and queued.status == "READY"
    kwargs = queued.args_kwargs["kwargs"]
    assert kwargs["addresses"] == ["secretary@example.org"] and kwargs["subject"].startswith("[КСОРС РТ] ")
    assert "/accounts/password/reset/key/" in kwargs["body"]
    run_worker()
    assert [message.to for message in mail.outbox] == [["secretary@example.org"]]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_with_the_immediate_backend_it_is_in_the_outbox_at_once_in_the_visitors_language(client, secretary):
    client.post("/en" + RESET, {"email": "secretary@example.org"})
    assert len(mail.outbox) == 1
    assert "password" in mail.outbox[0].body.lower() and "/en/accounts/password/reset/key/" in mail.outbox[0].body


def test_a_mail_server_outage_does_not_break_the_reset_page(client, secretary, monkeypatch, caplog):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPConnectError(421, "Service not available")

    monkeypatch.setattr(notify_module, "send_mail", refuse)
    response = client.post(RESET, {"email": "secretary@example.org"})
    assert response.status_code == 302
    assert "failed for good after 1 attempt" in caplog.text
