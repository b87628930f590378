"""The worker as the tests run it, and a task that failed for good, as the worker leaves it in django_tasks_db's
table (for the permission matrix and the task page's tests)."""

from unittest import mock

from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult


def failed_email_task(*, subject="Напоминание о сроке", addresses=("kim@example.org",), attempt=10) -> DBTaskResult:
    now = timezone.now()
    return DBTaskResult.objects.create(
        status="FAILED", task_path="core.notify.deliver", backend_name="default", run_after=now, finished_at=now,
        args_kwargs={"args": [], "kwargs": {"subject": subject, "body": "Текст письма.", "addresses": list(addresses),
                                           "attempt": attempt}},
        exception_class_path="smtplib.SMTPServerDisconnected",
        traceback="Traceback (most recent call last):\nsmtplib.SMTPServerDisconnected: Connection unexpectedly closed\n",
    )


def run_worker():
    """The real `db_worker` until the queue has nothing due. It closes "old" connections between tasks, which
    inside a test's transaction would close the test's own: that one call is left out here."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", "--batch", "--interval", "0", "--no-startup-delay", verbosity=0)
