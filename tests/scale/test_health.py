"""/healthz reports each dependency (database, cache, storage) and the age of the oldest due task; logs are JSON
lines with the request's id, taken from the proxy's X-Request-ID or made here."""

import datetime
import json
import logging
import socket
from unittest import mock

import pytest
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.logs import JsonFormatter, RequestIdFilter
from ksors.env import storage_from_url

pytestmark = pytest.mark.django_db


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_it_reports_every_dependency_ok_and_an_empty_queue(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok", "database": "ok", "cache": "ok", "storage": "ok",
        "tasks": {"oldest_pending_seconds": None, "pending": 0},
    }


def test_it_checks_the_object_storage_when_one_is_configured(client, s3_storage):
    assert client.get("/healthz").json()["storage"] == "ok"


def test_an_unreachable_object_storage_is_an_error(client, settings):
    settings.STORAGES = {**settings.STORAGES,
                         "default": storage_from_url(f"s3://k:s@files?endpoint_url=http://127.0.0.1:{_closed_port()}")}
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error" and body["storage"].startswith("unavailable (")
    assert body["database"] == "ok" and body["cache"] == "ok"


def test_a_cache_that_loses_what_it_was_given_is_an_error(client):
    with mock.patch("core.health.cache.get", return_value=None):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable (RuntimeError)"


def test_with_the_database_down_it_answers_503_and_does_not_wait_for_the_cache_table(client):
    with mock.patch("core.health.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["database"] == "unavailable" and body["tasks"] == {"oldest_pending_seconds": None}
    assert body["cache"] == "unavailable (database)"  # the cache table was not asked: no second pool wait


def test_a_queue_nobody_works_on_makes_the_report_degraded(client, settings):
    settings.KSORS_HEALTH_TASK_AGE = 600
    now = timezone.now()
    for minutes in (3, 20):
        row = DBTaskResult.objects.create(task_path="core.notify.deliver", backend_name="default", run_after=now,
                                          args_kwargs={"args": [], "kwargs": {}})
        DBTaskResult.objects.filter(pk=row.pk).update(enqueued_at=now - datetime.timedelta(minutes=minutes))
    # A retry scheduled for later is not due: it does not count as waiting.
    DBTaskResult.objects.create(task_path="core.notify.deliver", backend_name="default",
                                run_after=now + datetime.timedelta(hours=1), args_kwargs={"args": [], "kwargs": {}})
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert 20 * 60 <= body["tasks"]["oldest_pending_seconds"] < 21 * 60
    assert body["tasks"]["pending"] == 3


def test_the_proxys_request_id_is_kept_and_a_bad_one_replaced(client):
    assert client.get("/healthz", headers={"X-Request-ID": "nginx-4f2a9c"})["X-Request-ID"] == "nginx-4f2a9c"
    made = client.get("/healthz", headers={"X-Request-ID": "<script>"})["X-Request-ID"]
    assert made != "<script>" and len(made) == 32
    assert client.get("/healthz")["X-Request-ID"] != made


def test_log_lines_are_json_with_the_request_id(client, caplog):
    formatter, request_filter = JsonFormatter(), RequestIdFilter()
    lines = []

    class Collect(logging.Handler):
        def emit(self, record):
            request_filter.filter(record)
            lines.append(formatter.format(record))

    handler = Collect(level=logging.WARNING)
    logging.getLogger("django.request").addHandler(handler)
    try:
        client.get("/no-such-page/", headers={"X-Request-ID": "abc-123"})
    finally:
        logging.getLogger("django.request").removeHandler(handler)
    entry = json.loads(lines[-1])
    assert entry["request_id"] == "abc-123"
    assert entry["level"] == "WARNING" and entry["logger"] == "django.request"
    assert entry["path"] == "/no-such-page/" and entry["status"] == 404
    assert "Not Found" in entry["message"]
