"""Files that take a while to make — a call's materials as ZIP, execution reports and the analysis as PDF — are
made by the task worker into the default storage (S3 when several app servers share it) and then handed out by
a view that checks permissions: nothing here is reachable by a storage URL.

An `Export` is named by what it holds: `exports/<group>/<key>.<ext>`, where `key` is a digest of the content it
is made from (the report's HTML and stylesheet, a call's list of materials). A change in the data gives a new
key and so a fresh file; the same data asked twice is made once. When a newer file of a group is stored, the
older ones of that group are deleted.

`prepare()` is the one entry point: the file is there (ready), or its task waits or runs (pending), or it failed
for good (failed: the Secretariat sees it on the task page and can put it back in the queue). With the immediate
backend (tests, `make run`) the task runs inside the call, so the file is ready — or failed — when it returns.
"""

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.tasks import Task, TaskResultStatus

from core import pdf as core_pdf
from core.downloads import MissingFiles
from core.tasks import RETRY_CLASS_PATH, queued, retried_task

__all__ = ["Export", "Prepared", "content_key", "pdf_export", "prepare", "store"]

FOLDER = "exports"
READY, PENDING, FAILED = "ready", "pending", "failed"
MISSING_FILES_CLASS_PATH = f"{MissingFiles.__module__}.{MissingFiles.__qualname__}"


@dataclass(frozen=True)
class Export:
    """A file to prepare: `task` makes it when called with `name` (where to store it), `filename` (what it
    downloads as, shown on the task page) and `kwargs`."""

    task: Task
    name: str
    filename: str
    kwargs: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Prepared:
    """Where an export stands. For a failure: the error's last line, whether it was a file lost from the storage
    (`missing`), and the failed task's id, to put it back in the queue (None with the immediate backend)."""

    state: str
    error: str = ""
    missing: bool = False
    task_id: str | None = None

    @property
    def ready(self) -> bool:
        return self.state == READY


def content_key(*parts) -> str:
    """A digest of everything the file is made from."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode())
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def export_name(*, group: str, key: str, filename: str) -> str:
    return f"{FOLDER}/{group}/{key}{PurePosixPath(filename).suffix}"


def store(name: str, content: bytes) -> None:
    """Save a made file and delete the older files of its group."""
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(content))
    folder, own = name.rsplit("/", 1)
    try:
        _folders, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for other in files:
        if other != own:
            default_storage.delete(f"{folder}/{other}")


def _last_line(traceback: str) -> str:
    return (traceback.strip().splitlines() or [""])[-1]


def _failure(class_path: str, traceback: str, task_id: str | None = None) -> Prepared:
    line = _last_line(traceback)
    if class_path == MISSING_FILES_CLASS_PATH:
        line = line.removeprefix(f"{class_path}: ")
    return Prepared(FAILED, error=line, missing=class_path == MISSING_FILES_CLASS_PATH, task_id=task_id)


def _queued_state(export: Export) -> Prepared | None:
    """The export's task in the queue's table: still to run, or failed for good; None when there is neither."""
    from django_tasks_db.models import DBTaskResult

    rows = DBTaskResult.objects.filter(task_path=export.task.module_path, args_kwargs__kwargs__name=export.name)
    if rows.filter(status__in=["READY", "RUNNING"]).exists():
        return Prepared(PENDING)
    failed = (rows.filter(status="FAILED").exclude(exception_class_path=RETRY_CLASS_PATH)
              .order_by("-finished_at").first())
    if failed is not None:
        return _failure(failed.exception_class_path, failed.traceback, task_id=str(failed.id))
    return None


def prepare(export: Export) -> Prepared:
    """Ready, pending or failed; puts the task in the queue when the file is neither there nor on its way."""
    if default_storage.exists(export.name):
        return Prepared(READY)
    if queued():
        state = _queued_state(export)
        if state is not None:
            return state
        export.task.enqueue(name=export.name, filename=export.filename, **export.kwargs)
        return Prepared(PENDING)
    result = export.task.enqueue(name=export.name, filename=export.filename, **export.kwargs)
    if result.status == TaskResultStatus.SUCCESSFUL:
        return Prepared(READY)
    error = result.errors[-1]
    return _failure(error.exception_class_path, error.traceback)


# --- PDF documents: HTML rendered in the request (quick), typeset by the worker (slow) -----------------------


@functools.cache
def _stylesheet_digest() -> str:
    """The PDF stylesheet is part of the file: a new layout after a deploy gives new files."""
    path = finders.find("css/resolution-pdf.css")
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else ""


@retried_task(max_attempts=3)
def pdf_render(*, name: str, filename: str, html: str) -> str:
    """Typeset an HTML document (one of the portal's PDF templates) into the storage under `name`."""
    if not default_storage.exists(name):
        store(name, core_pdf.render_pdf(html))
    return name


def pdf_export(*, html: str, filename: str, group: str) -> Export:
    """A PDF made from `html` by the worker, named by the HTML and the stylesheet it is typeset with."""
    key = content_key(html, _stylesheet_digest())
    return Export(task=pdf_render, name=export_name(group=group, key=key, filename=filename), filename=filename,
                  kwargs={"html": html})
