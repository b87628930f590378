"""Consequential decisions have no dangerous default and can be reversed with a reason the leaders see:
declaration requests (confirmed ⇄ declined), reviews of submitted materials, the membership form."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse

from organizations.models import Submission
from resolutions.models import Signatory
from tests.workspace_fixtures import call, declaration  # noqa: F401


@pytest.fixture
def confirmed(declaration, org_a, leader_a):  # noqa: F811
    return Signatory.objects.create(
        declaration=declaration, organization=org_a, requested_by=leader_a, status=Signatory.Status.CONFIRMED,
        joined_on=datetime.date(2026, 6, 19),
    )


def correct_url(signatory):
    return reverse("secretariat:declaration_correct", args=[signatory.pk])


def test_the_recent_decisions_link_to_their_correction(secretary_client, confirmed):
    page = secretary_client.get(reverse("secretariat:declarations")).content.decode()
    assert f'href="{correct_url(confirmed)}"' in page


def test_a_confirmation_is_withdrawn_with_a_reason_in_the_history_and_the_leader_sees_it(
    secretary_client, secretary, confirmed, client, leader_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = secretary_client.post(correct_url(confirmed), {"reason": "Заявку подал не руководитель организации."})
    assert response.status_code == 302
    confirmed.refresh_from_db()
    assert confirmed.status == Signatory.Status.DECLINED
    assert confirmed.joined_on is None
    assert confirmed.decline_reason == confirmed.correction_reason == "Заявку подал не руководитель организации."
    record = confirmed.history_log.latest("history_date")
    assert (record.history_user, record.status, record.history_change_reason) == (
        secretary, "declined", "Заявку подал не руководитель организации.")
    assert mail.outbox[-1].to == ["leader-a@example.org"]
    assert "исправлено" in mail.outbox[-1].subject
    assert "Заявку подал не руководитель организации." in mail.outbox[-1].body
    # Gone from the public list; the leader reads why.
    public = client.get(confirmed.declaration.get_absolute_url()).content.decode()
    assert "ОО «Альфа»" not in public
    client.force_login(leader_a)
    page = client.get(reverse("my:declarations", args=["alpha"])).content.decode()
    assert "Секретариат исправил своё решение" in page
    assert "Заявку подал не руководитель организации." in page


def test_a_refusal_is_turned_into_a_confirmation(secretary_client, confirmed):
    confirmed.status, confirmed.joined_on, confirmed.decline_reason = Signatory.Status.DECLINED, None, "Ошибка"
    confirmed.save()
    page = secretary_client.get(correct_url(confirmed)).content.decode()
    assert "Подтвердить присоединение" in page
    response = secretary_client.post(correct_url(confirmed), {"reason": "Отказ был ошибкой.", "joined_on": "2026-07-01"})
    assert response.status_code == 302
    confirmed.refresh_from_db()
    assert (confirmed.status, confirmed.joined_on, confirmed.decline_reason) == ("confirmed", datetime.date(2026, 7, 1), "")
    assert confirmed.correction_reason == "Отказ был ошибкой."


def test_a_correction_without_a_reason_is_refused_in_russian_and_changes_nothing(secretary_client, confirmed):
    response = secretary_client.post(correct_url(confirmed), {"reason": "  "})
    assert response.status_code == 400
    assert "Укажите причину исправления решения." in response.content.decode()
    confirmed.refresh_from_db()
    assert confirmed.status == Signatory.Status.CONFIRMED


def test_a_pending_request_is_not_corrected_but_decided(secretary_client, confirmed):
    confirmed.status, confirmed.joined_on = Signatory.Status.REQUESTED, None
    confirmed.save()
    assert secretary_client.get(correct_url(confirmed)).status_code == 404


@pytest.fixture
def accepted(call, org_a, secretary):  # noqa: F811
    return Submission.objects.create(call=call, organization=org_a, status=Submission.Status.ACCEPTED, reviewed_by=secretary)


def submission_url(submission):
    return reverse("secretariat:submission", args=[submission.call.slug, submission.pk])


def test_an_accepted_submission_is_sent_back_only_with_a_reason(secretary_client, secretary, accepted, client, leader_a):
    refused = secretary_client.post(submission_url(accepted), {"status": "needs_changes", "comment": "Добавьте фото."})
    assert refused.status_code == 400
    assert "Решение уже было принято: укажите, почему вы его меняете." in refused.content.decode()
    assert "Добавьте фото." in refused.content.decode()  # what was typed stays
    accepted.refresh_from_db()
    assert accepted.status == Submission.Status.ACCEPTED

    response = secretary_client.post(submission_url(accepted), {
        "status": "needs_changes", "comment": "Добавьте фото.", "correction_reason": "Принято по ошибке: нет фотографий.",
    })
    assert response.status_code == 302
    accepted.refresh_from_db()
    assert (accepted.status, accepted.correction_reason) == ("needs_changes", "Принято по ошибке: нет фотографий.")
    record = accepted.history_log.latest("history_date")
    assert (record.history_user, record.status) == (secretary, "needs_changes")
    assert record.prev_record is not None and record.prev_record.status == "accepted"
    client.force_login(leader_a)
    page = client.get(reverse("my:submission", args=["alpha", accepted.call.slug])).content.decode()
    assert "Секретариат изменил своё решение" in page
    assert "Принято по ошибке: нет фотографий." in page


def test_a_first_review_needs_no_correction_reason_and_has_no_preselected_decision(secretary_client, accepted):
    accepted.status = Submission.Status.SUBMITTED
    accepted.save()
    page = secretary_client.get(submission_url(accepted)).content.decode()
    assert "Причина изменения решения" not in page
    radios = re.findall(r'<input[^>]*name="status"[^>]*>', page)
    assert len(radios) == 2 and not any("checked" in radio for radio in radios)
    assert secretary_client.post(submission_url(accepted), {"status": "accepted"}).status_code == 302


def test_the_membership_form_has_no_preselected_decision(secretary_client, org_a):
    page = secretary_client.get(reverse("secretariat:membership", args=["alpha"])).content.decode()
    select = re.search(r'<select name="status".*?</select>', page, re.S).group(0)
    assert re.findall(r'<option value="([^"]*)" selected', select) in ([], [""])
