"""What /healthz reports: each dependency the portal needs to answer, checked quickly, and the task queue.

The database, the cache and the file storage are required: any of them failing makes the report an error (503),
so a load balancer or a monitor takes the instance out. The task queue's oldest due task is reported in seconds:
a queue that only grows means no worker runs; past `KSORS_HEALTH_TASK_AGE` (15 minutes by default) the report says
"degraded" (still 200: the site answers, emails wait).
"""

import uuid

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.core.files.storage import default_storage
from django.db import connection

from core import tasks

__all__ = ["report"]

PROBE = "healthz/probe"


def _failure(exc: BaseException) -> str:
    return f"unavailable ({exc.__class__.__name__})"


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _cache() -> str:
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    found = cache.get(key)
    cache.delete(key)
    if found != value:
        raise RuntimeError("a value written was not read back")
    return "ok"


def _storage() -> str:
    # One HEAD request with object storage (a missing object is a fine answer), a stat() on the disk.
    default_storage.exists(PROBE)
    return "ok"


def report() -> tuple[dict, int]:
    """(the JSON body, the HTTP status) of /healthz."""
    body: dict = {"status": "ok"}
    required = [("database", _database), ("cache", _cache), ("storage", _storage)]
    database_down = False
    for name, check in required:
        # (`cache` is a proxy: the backend itself is `caches["default"]`.)
        if database_down and name == "cache" and isinstance(caches["default"], DatabaseCache):
            # The cache table is in the database just found down: no second wait for the pool.
            body[name] = "unavailable (database)"
            continue
        try:
            body[name] = check()
        except Exception as exc:  # noqa: BLE001 — any failure of a dependency is the report, not a 500
            body[name] = _failure(exc)
            body["status"] = "error"
            body.setdefault("detail", exc.__class__.__name__)
            database_down = database_down or name == "database"
    if database_down:
        body["database"] = "unavailable"
        body["tasks"] = {"oldest_pending_seconds": None}
        return body, 503
    age = tasks.oldest_pending_age()
    seconds = None if age is None else round(age.total_seconds())
    body["tasks"] = {"oldest_pending_seconds": seconds, "pending": tasks.pending_tasks().count()}
    if body["status"] == "ok" and seconds is not None and seconds > settings.KSORS_HEALTH_TASK_AGE:
        body["status"] = "degraded"
    return body, 503 if body["status"] == "error" else 200
