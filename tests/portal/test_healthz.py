from unittest import mock

from django.db import OperationalError


def test_it_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["database"], body["cache"], body["storage"]) == ("ok", "ok", "ok", "ok")


def test_it_answers_503_when_the_database_is_down(client, db):
    with mock.patch("core.health.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response["Cache-Control"].startswith("max-age=0")
