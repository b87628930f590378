"""Work that does not belong in a request runs as a Django task (`django.tasks`), retried when it fails.

In production the tasks wait in the database (`django_tasks_db`) until `manage.py db_worker` runs them; in the
tests and under `make run` the ImmediateBackend runs them at once. A task made with `retried_task` that raises
is scheduled again with a growing delay (1, 2, 4 … minutes, at most an hour apart) until `max_attempts`: a mail
server that is down for a few hours delays the emails and loses none. Each failed attempt stays in the table
with its traceback; an attempt that was followed by a retry is recorded as `RetryScheduled`, the final one with
its own exception, and the Secretariat's task page lists those and can put them back in the queue.
"""

import datetime
import functools
import logging

from django.conf import settings
from django.tasks import default_task_backend, task
from django.utils import timezone

__all__ = ["MAX_ATTEMPTS", "RetryScheduled", "backoff", "queued", "retried_task"]

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
FIRST_DELAY = datetime.timedelta(minutes=1)
LONGEST_DELAY = datetime.timedelta(hours=1)


class RetryScheduled(Exception):
    """This attempt failed and the next one is queued: not a failure anyone needs to act on."""


def backoff(attempt: int) -> datetime.timedelta:
    """The wait after failed attempt number `attempt` (1-based): doubling from a minute (KSORS_TASK_RETRY_SECONDS),
    capped at an hour."""
    first = datetime.timedelta(seconds=getattr(settings, "KSORS_TASK_RETRY_SECONDS", FIRST_DELAY.total_seconds()))
    longest = datetime.timedelta(seconds=getattr(settings, "KSORS_TASK_RETRY_MAX_SECONDS", LONGEST_DELAY.total_seconds()))
    return min(first * (2 ** (attempt - 1)), longest)


def queued() -> bool:
    """True when tasks wait for the worker (django_tasks_db); False when they run inside the request."""
    return default_task_backend.supports_defer


def max_attempts_default() -> int:
    return getattr(settings, "KSORS_TASK_MAX_ATTEMPTS", MAX_ATTEMPTS)


def retried_task(function=None, *, max_attempts: int | None = None, give_up_on: tuple[type[Exception], ...] = (),
                 **task_options):
    """`@task` whose failures are retried with backoff, `max_attempts` times in all (KSORS_TASK_MAX_ATTEMPTS by
    default). Exceptions in `give_up_on` are failures no wait can mend (a file lost from the storage): they fail
    for good at once. The function is called without the bookkeeping argument `attempt`; callers enqueue it as
    any task: `send.enqueue(...)`."""

    def decorate(function):
        @functools.wraps(function)
        def run(*args, attempt: int = 1, **kwargs):
            limit = max_attempts or max_attempts_default()
            try:
                return function(*args, **kwargs)
            except Exception as exc:
                backend = default_task_backend
                # The immediate backend (tests, `make run`) runs a task inside the request: no waiting there.
                if attempt >= limit or not backend.supports_defer or isinstance(exc, give_up_on):
                    logger.error("task %s failed for good after %d attempt(s): %r", wrapped.name, attempt, exc)
                    raise
                delay = backoff(attempt)
                wrapped.using(run_after=timezone.now() + delay).enqueue(*args, attempt=attempt + 1, **kwargs)
                logger.warning("task %s failed (attempt %d of %d), retried in %s: %r",
                               wrapped.name, attempt, limit, delay, exc)
                raise RetryScheduled(f"попытка {attempt} из {limit}; следующая через {delay}") from exc

        wrapped = task(**task_options)(run)
        return wrapped

    return decorate(function) if function is not None else decorate


# --- The queue as the Secretariat and /healthz see it (django_tasks_db's table) ------------------------------


def _results():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.all()


RETRY_CLASS_PATH = f"{RetryScheduled.__module__}.{RetryScheduled.__qualname__}"


def pending_tasks():
    """Queued or running tasks, the next to run first."""
    return _results().filter(status__in=["READY", "RUNNING"]).order_by("run_after", "enqueued_at")


def failed_tasks():
    """Tasks that failed for good: every attempt used (or a task without retries); newest first."""
    return _results().filter(status="FAILED").exclude(exception_class_path=RETRY_CLASS_PATH).order_by("-finished_at")


def retried_attempts():
    """Attempts that failed and were followed by a retry (a mail server that was down, say)."""
    return _results().filter(status="FAILED", exception_class_path=RETRY_CLASS_PATH)


def oldest_pending_age() -> datetime.timedelta | None:
    """How long the oldest task that is due has waited: grows when no worker runs. None when nothing is due."""
    now = timezone.now()
    # ready(): a task enqueued without run_after is stored with the largest date, meaning "at once".
    oldest = _results().ready().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    return None if oldest is None else now - oldest


def requeue(result) -> None:
    """Put a task that failed for good back in the queue, with its attempts counted afresh; the failed row goes
    (its traceback is in the log). Runs at once with the immediate backend."""
    from django.db import transaction
    from django.utils.module_loading import import_string

    kwargs = {key: value for key, value in result.args_kwargs["kwargs"].items() if key != "attempt"}
    with transaction.atomic():
        # The task as declared (not `result.task`, which keeps the failed attempt's run_after).
        import_string(result.task_path).enqueue(*result.args_kwargs["args"], **kwargs)
        logger.info("task %s (%s) put back in the queue", result.task_path, result.id)
        result.delete()
