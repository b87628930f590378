"""A database outage answers quickly (finding 7 of issue 9): the pool waits briefly, /healthz says 503."""

import json
import socket

import pytest
from django.core.exceptions import ImproperlyConfigured
from psycopg_pool import ConnectionPool

from ksors.env import database_from_url
from tests.production.helpers import portal_env, shell


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


def test_the_pool_waits_briefly_and_checks_connections():
    pool = database_from_url("postgres://u@h/db", sqlite_path="x")["OPTIONS"]["pool"]
    assert pool["timeout"] == 1.5 and pool["reconnect_timeout"] == 5
    assert pool["check"] is ConnectionPool.check_connection
    assert database_from_url("postgres://u@h/db?pool_timeout=2&pool_max_size=8", sqlite_path="x")["OPTIONS"]["pool"][
        "timeout"] == 2


@pytest.mark.parametrize("query", ["pool_timeout=soon", "pool_min_size=4&pool_max_size=2"])
def test_it_refuses_bad_pool_settings_in_russian(query):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL: pool_"):
        database_from_url(f"postgres://u@h/db?{query}", sqlite_path="x")


MEASURE = """
import json, time
from django.test import Client
client = Client(raise_request_exception=False)
client.get("/robots.txt", secure=True)  # loads the URLconf and templates, as a worker's first request would
out = {}
for path in ["/healthz", "/healthz", "/", "/en/resolutions/"]:
    start = time.monotonic()
    response = client.get(path, secure=True)
    out.setdefault(path, []).append([response.status_code, round(time.monotonic() - start, 2),
                                     response.content.decode()[:3000]])
print(json.dumps(out))
"""


def test_with_the_database_down_healthz_answers_503_without_the_pools_30_second_wait_and_pages_the_branded_500():
    url = f"postgres://postgres@127.0.0.1:{closed_port()}/ksors?pool_timeout=1.5"
    # The pool's 30-second default made this child hang for half a minute per request. The bound below only tells
    # that wait apart from the configured 1.5 s on a busy machine; bench/database_outage.py measures the real figure.
    LIMIT = 10
    out = json.loads(shell(MEASURE, env=portal_env(DATABASE_URL=url, DJANGO_ALLOWED_HOSTS="testserver"), timeout=20))
    for status, seconds, body in out["/healthz"]:
        assert status == 503 and seconds < LIMIT, (status, seconds)
        assert json.loads(body)["database"] == "unavailable"
    [[status, seconds, body]] = out["/"]
    assert status == 500 and seconds < LIMIT
    assert "Ошибка на сервере" in body and 'lang="ru"' in body
    [[status, seconds, body]] = out["/en/resolutions/"]
    assert status == 500 and "Server error" in body and 'lang="en"' in body
