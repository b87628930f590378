"""The story of a report: draft with errors kept, submission, return with a comment, resubmission, acceptance,
a published practice; versions once answers exist; a new period; entry from a paper form; reminders."""

import pytest
from django.core import mail
from django.urls import reverse

from assessments.models import Answer, Practice, Questionnaire, ReminderLog, Report
from assessments.services import (
    ensure_design_editable,
    questionnaire_copy_for_period,
    questionnaire_new_version,
    reminders_send,
    report_save,
)
from tests.assessments.conftest import valid_post
from tests.factories import UserFactory


def _url(org):
    return reverse("my:self_assessment", args=[org.slug])


def test_a_draft_with_errors_is_saved_as_typed_and_shown_back(client, questionnaire, org_a, leader_a):
    client.force_login(leader_a)
    response = client.post(_url(org_a), valid_post(**{"q-members_total": "пятьдесят", "action": "draft"}))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="пятьдесят"' in page
    assert "Введите целое число цифрами" in page
    answer = Answer.objects.get(report__organization=org_a, question__key="members_total")
    assert answer.raw == "пятьдесят" and answer.value is None
    # Opening the page again shows the same text and what is missing.
    page = client.get(_url(org_a)).content.decode()
    assert 'value="пятьдесят"' in page and 'id="missing"' in page


def test_submitting_with_errors_keeps_a_draft_and_says_why(client, questionnaire, org_a, leader_a):
    client.force_login(leader_a)
    response = client.post(_url(org_a), valid_post(**{"q-successor": None}))
    assert response.status_code == 400
    assert "Обязательный вопрос" in response.content.decode()
    assert Report.objects.get(organization=org_a).status == Report.Status.DRAFT


def test_the_whole_review_story(client, questionnaire, org_a, leader_a, secretary, django_capture_on_commit_callbacks):
    client.force_login(leader_a)
    assert client.post(_url(org_a), valid_post()).status_code == 302
    report = Report.objects.get(organization=org_a)
    assert report.status == Report.Status.SUBMITTED and report.submitted_by == leader_a
    # Sent: the leader cannot change it any more.
    client.post(_url(org_a), valid_post(**{"q-members_total": "999"}))
    assert Answer.objects.get(report=report, question__key="members_total").value == 50

    client.force_login(secretary)
    review = reverse("secretariat:assessment_report", args=[questionnaire.pk, org_a.slug])
    page = client.get(review).content.decode()
    assert "<td>12.04.2026</td><td>Праздник</td><td>День космонавтики</td><td>40</td>" in page
    assert client.post(review, {"decision": "return", "comment": ""}).status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review, {"decision": "return", "comment": "Уточните число членов."})
    report.refresh_from_db()
    assert report.status == Report.Status.RETURNED
    assert mail.outbox[-1].to == [leader_a.email] and "Уточните число членов." in mail.outbox[-1].body

    client.force_login(leader_a)
    page = client.get(_url(org_a)).content.decode()
    assert "Уточните число членов." in page and 'value="50"' in page
    client.post(_url(org_a), valid_post(**{"q-members_total": "52"}))
    report.refresh_from_db()
    assert report.status == Report.Status.SUBMITTED

    client.force_login(secretary)
    client.post(review, {"decision": "accept", "comment": ""})
    report.refresh_from_db()
    assert report.status == Report.Status.ACCEPTED and report.reviewed_by == secretary
    answer = Answer.objects.get(report=report, question__key="practices")
    client.post(reverse("secretariat:assessment_practice", args=[questionnaire.pk, org_a.slug, answer.pk]),
                {f"p{answer.pk}-title": "Наставничество", f"p{answer.pk}-text": "Старшие учат младших."})
    practice = Practice.objects.get()
    assert practice.organization == org_a and practice.published_by == secretary
    client.logout()
    public = client.get(reverse("practices:list")).content.decode()
    assert "Наставничество" in public and org_a.get_absolute_url() in public
    assert report.history_log.filter(history_user=secretary).exists()


def test_a_practice_is_not_published_without_consent(client, questionnaire, org_a, leader_a, secretary):
    client.force_login(leader_a)
    client.post(_url(org_a), valid_post(**{"q-practices-consent": None}))
    client.force_login(secretary)
    client.post(reverse("secretariat:assessment_report", args=[questionnaire.pk, org_a.slug]), {"decision": "accept"})
    answer = Answer.objects.get(question__key="practices")
    client.post(reverse("secretariat:assessment_practice", args=[questionnaire.pk, org_a.slug, answer.pk]),
                {f"p{answer.pk}-title": "Без согласия", f"p{answer.pk}-text": "Нет."})
    assert not Practice.objects.exists()


def test_questions_are_frozen_once_answered_and_a_new_version_carries_drafts(questionnaire, org_a, org_b, leader_a, leader_b, secretary, client):
    members = questionnaire.sections.get(title="Структура и численность").questions.get(key="members_total")
    report_save(questionnaire=questionnaire, organization=org_a, raws={members.pk: "40"}, consents=set(), user=leader_a,
                submit=False)
    ensure_design_editable(questionnaire)  # a draft does not freeze the questions
    client.force_login(leader_b)
    client.post(_url(org_b), valid_post())
    with pytest.raises(Exception, match="создайте новую версию"):
        ensure_design_editable(questionnaire)
    client.force_login(secretary)
    question = questionnaire.sections.first().questions.first()
    response = client.post(reverse("secretariat:assessment_question", args=[questionnaire.pk, question.pk]),
                           {"section": question.section_id, "key": question.key, "text": "Изменено", "kind": "text"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.text != "Изменено"

    new = questionnaire_new_version(questionnaire=questionnaire)
    questionnaire.refresh_from_db()
    assert (new.version, questionnaire.status) == (2, Questionnaire.Status.SUPERSEDED)
    draft = Report.objects.get(organization=org_a)
    assert draft.questionnaire == new  # the draft moved, its answer now to the new version's question
    assert Answer.objects.get(report=draft).question == new.sections.get(title="Структура и численность").questions.get(
        key="members_total")
    sent = Report.objects.get(organization=org_b)
    assert sent.questionnaire == questionnaire  # the sent one stays with the version it answered
    assert Answer.objects.get(report=sent, question__key="members_total").question.section.questionnaire == questionnaire
    assert set(new.organizations.all()) == {org_a, org_b}
    ensure_design_editable(new)  # nothing sent to the new version yet: its questions can be edited


def test_a_new_period_copies_the_questions_and_addresses_todays_members(questionnaire, org_a):
    new = questionnaire_copy_for_period(source=questionnaire, year=2027, title="Самоанализ за 2027 год", open_until=None)
    assert [q.key for q in new.sections.first().questions.all()] == [q.key for q in questionnaire.sections.first().questions.all()]
    assert new.status == Questionnaire.Status.DRAFT and org_a in new.organizations.all()


def test_last_years_answers_are_shown_beside(client, questionnaire, org_a, leader_a):
    client.force_login(leader_a)
    client.post(_url(org_a), valid_post())
    questionnaire.status = Questionnaire.Status.CLOSED
    questionnaire.save()
    new = questionnaire_copy_for_period(source=questionnaire, year=2027, title="Самоанализ за 2027 год", open_until=None)
    new.status = Questionnaire.Status.OPEN
    new.save()
    page = client.get(_url(org_a)).content.decode()
    assert "Самоанализ за 2027 год" in page
    assert "В прошлом году" in page and "Открыли воскресную школу." in page


def test_the_secretariat_enters_a_paper_form_marked_as_such(client, questionnaire, org_a, secretary):
    client.force_login(secretary)
    response = client.post(reverse("secretariat:assessment_paper", args=[questionnaire.pk, org_a.slug]), valid_post())
    assert response.status_code == 302
    report = Report.objects.get(organization=org_a)
    assert report.on_paper and report.status == Report.Status.SUBMITTED and report.submitted_by == secretary


def test_reminders_go_only_to_those_who_have_not_submitted(
    client, questionnaire, org_a, org_b, leader_a, leader_b, secretary, django_capture_on_commit_callbacks
):
    draft_leader = UserFactory(email="second-b@example.org", leads=[org_b])
    client.force_login(leader_a)
    client.post(_url(org_a), valid_post())
    report_save(questionnaire=questionnaire, organization=org_b, raws={}, consents=set(), user=leader_b, submit=False)
    mail.outbox.clear()
    client.force_login(secretary)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("secretariat:assessment_remind", args=[questionnaire.pk]))
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted([leader_b.email, draft_leader.email])
    assert not ReminderLog.objects.filter(organization=org_a).exists()
    assert reminders_send(questionnaire=questionnaire, user=secretary, organizations=[org_a]) == 0


def test_including_suspended_organizations_readdresses_the_questionnaire(secretary_client, questionnaire, org_a):
    from organizations.models import MembershipStatus
    from tests.factories import OrganizationFactory

    suspended = OrganizationFactory(status=MembershipStatus.SUSPENDED)
    assert suspended not in questionnaire.organizations.all()
    secretary_client.post(reverse("secretariat:assessment", args=[questionnaire.pk]), {
        "action": "settings", "q-title": questionnaire.title, "q-status": "open", "q-include_suspended": "on",
    })
    assert suspended in questionnaire.organizations.all() and org_a in questionnaire.organizations.all()
