"""Joining declarations: a leader asks, the Secretariat confirms or declines, leaving is recorded."""

import datetime

from django.core import mail
from django.urls import reverse

from organizations.models import MembershipStatus
from resolutions.models import Signatory


def _join(client, org_slug="alpha"):
    return client.post(reverse("my:declaration_join", args=[org_slug, "family-protection"]))


def test_a_leader_asks_and_the_secretariat_confirms_and_the_public_list_grows(
    client, leader_a, secretary, org_a, declaration, django_capture_on_commit_callbacks
):
    client.force_login(leader_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = _join(client)
    assert response.status_code == 302
    signatory = Signatory.objects.get(declaration=declaration, organization=org_a)
    assert signatory.status == Signatory.Status.REQUESTED and signatory.requested_by == leader_a
    assert [m.to for m in mail.outbox] == [["secretary@example.org"]]
    assert "«Альфа»" in mail.outbox[0].subject
    assert "ОО «Альфа» просит присоединить организацию" in mail.outbox[0].body
    assert "ОО «Альфа»" not in client.get(declaration.get_absolute_url()).content.decode()

    mail.outbox.clear()
    client.force_login(secretary)
    page = client.get(reverse("secretariat:declarations")).content.decode()
    assert "ОО «Альфа»" in page and "Международная декларация о защите семьи" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("secretariat:declaration_decide", args=[signatory.pk]),
            {f"s{signatory.pk}-decision": "confirm", f"s{signatory.pk}-joined_on": "2026-07-01"},
        )
    assert response.status_code == 302
    signatory.refresh_from_db()
    assert signatory.status == Signatory.Status.CONFIRMED
    assert signatory.joined_on == datetime.date(2026, 7, 1)
    assert signatory.decided_by == secretary
    assert [m.to for m in mail.outbox] == [["leader-a@example.org"]]
    assert mail.outbox[0].subject == "[КСОРС РТ] Организация присоединилась к декларации"
    assert "1 июля 2026 г." in mail.outbox[0].body

    client.logout()
    public = client.get(declaration.get_absolute_url()).content.decode()
    assert "ОО «Альфа»" in public and "1 июля 2026 г." in public


def test_a_decline_needs_a_reason_and_is_told_to_the_leader(
    client, leader_a, secretary, org_a, declaration, django_capture_on_commit_callbacks
):
    client.force_login(leader_a)
    _join(client)
    signatory = Signatory.objects.get()
    client.force_login(secretary)
    url = reverse("secretariat:declaration_decide", args=[signatory.pk])
    client.post(url, {f"s{signatory.pk}-decision": "decline", f"s{signatory.pk}-reason": ""})
    signatory.refresh_from_db()
    assert signatory.status == Signatory.Status.REQUESTED
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {f"s{signatory.pk}-decision": "decline", f"s{signatory.pk}-reason": "Нужен протокол собрания."})
    signatory.refresh_from_db()
    assert signatory.status == Signatory.Status.DECLINED
    assert mail.outbox[-1].to == ["leader-a@example.org"]
    assert "Нужен протокол собрания." in mail.outbox[-1].body
    # Declined: the organization may ask again.
    client.force_login(leader_a)
    _join(client)
    assert Signatory.objects.filter(status=Signatory.Status.REQUESTED).count() == 1


def test_a_second_request_and_a_request_to_a_closed_list_are_refused(client, leader_a, org_a, declaration):
    client.force_login(leader_a)
    _join(client)
    response = _join(client)
    assert Signatory.objects.count() == 1
    assert "уже подала заявку" in client.get(response["Location"]).content.decode()
    declaration.is_open = False
    declaration.save()
    Signatory.objects.all().delete()
    _join(client)
    assert Signatory.objects.count() == 0


def test_a_suspended_member_cannot_join(client, leader_a, org_a, declaration):
    org_a.status = MembershipStatus.SUSPENDED
    org_a.save()
    client.force_login(leader_a)
    response = _join(client)
    assert Signatory.objects.count() == 0
    assert "действующие члены" in client.get(response["Location"]).content.decode()


def test_leaving_is_recorded_with_a_reason_and_the_public_list_shrinks(
    client, leader_a, org_a, secretary, declaration, django_capture_on_commit_callbacks
):
    signatory = Signatory.objects.create(
        declaration=declaration, organization=org_a, status=Signatory.Status.CONFIRMED, joined_on=datetime.date(2026, 6, 19)
    )
    client.force_login(leader_a)
    url = reverse("my:declaration_leave", args=["alpha", "family-protection"])
    client.post(url, {"reason": ""})
    signatory.refresh_from_db()
    assert signatory.status == Signatory.Status.CONFIRMED
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"reason": "Решение общего собрания."})
    signatory.refresh_from_db()
    assert signatory.status == Signatory.Status.LEFT
    assert signatory.left_on is not None and signatory.left_reason == "Решение общего собрания."
    assert signatory.history_log.latest("history_date").history_user == leader_a
    assert mail.outbox[-1].to == ["secretary@example.org"]
    assert "Решение общего собрания." in mail.outbox[-1].body
    client.logout()
    assert "ОО «Альфа»" not in client.get(declaration.get_absolute_url()).content.decode()
    client.force_login(leader_a)
    page = client.get(reverse("my:declarations", args=["alpha"])).content.decode()
    assert "Вышла" in page and "Присоединиться от имени организации" in page
