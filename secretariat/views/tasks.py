"""The task queue (core.tasks) as the Secretariat sees it: what waits, what failed for good, and a button that
puts a failed task back in the queue."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core import tasks
from secretariat.views import secretariat_required

SHOWN = 100
TASK_LABELS = {
    "core.notify.deliver": gettext_lazy("Письмо"),
    "resolutions.tasks.resolution_pdf_render": gettext_lazy("PDF резолюции"),
    "core.exports.pdf_render": gettext_lazy("Отчёт в PDF"),
    "organizations.tasks.materials_zip_render": gettext_lazy("Архив материалов (ZIP)"),
}


RECIPIENTS_SHOWN = 3


def _message(result) -> str:
    """The error's message: the traceback's last line without the exception's name, which the page shows above."""
    line = (result.traceback.strip().splitlines() or [""])[-1]
    name, _colon, message = line.partition(": ")
    return message if name in (result.exception_class_path, result.exception_class_path.rsplit(".", 1)[-1]) else line


def _row(result):
    kwargs = result.args_kwargs.get("kwargs", {})
    addresses = kwargs.get("addresses", [])
    return {
        "result": result,
        "label": TASK_LABELS.get(result.task_path, result.task_path),
        "subject": kwargs.get("subject") or kwargs.get("filename", ""),
        "recipients": ", ".join(addresses[:RECIPIENTS_SHOWN]),
        "more_recipients": max(len(addresses) - RECIPIENTS_SHOWN, 0),
        "attempt": kwargs.get("attempt", 1),
        "error": result.exception_class_path.rsplit(".", 1)[-1],
        "last_line": _message(result),
    }


def _clock(age) -> str:
    """A wait as h:mm:ss (days counted in hours), or "" when nothing waits."""
    if age is None:
        return ""
    seconds = int(age.total_seconds())
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


@secretariat_required
def task_list(request):
    pending = tasks.pending_tasks()
    failed = tasks.failed_tasks()
    context = {
        "pending": [_row(result) for result in pending[:SHOWN]],
        "pending_count": pending.count(),
        "failed": [_row(result) for result in failed[:SHOWN]],
        "failed_count": failed.count(),
        "retried_count": tasks.retried_attempts().count(),
        "oldest": _clock(tasks.oldest_pending_age()),
        "max_attempts": tasks.max_attempts_default(),
    }
    return render(request, "secretariat/tasks.html", context)


@secretariat_required
@require_POST
def task_retry(request, pk):
    result = get_object_or_404(tasks.failed_tasks(), pk=pk)
    tasks.requeue(result)
    messages.success(request, _("Задача снова поставлена в очередь."))
    return redirect("secretariat:tasks")
