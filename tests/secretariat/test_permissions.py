"""Nobody but the Secretariat reaches any page of the back office: the URL × persona matrix.

Personas: anonymous (→ the login page), a user without a role, a staff account outside the Secretariat group,
the leader of A (→ 403 each) and the Secretariat (→ in). Every pattern of secretariat/urls.py has a row:
a new URL without one fails `test_the_matrix_covers_every_back_office_url`.
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import resolve, reverse

from accounts.models import Invitation
from assessments.models import Answer, Practice, Question, Report
from assessments.services import questionnaire_create_default
from organizations.models import Body, Submission
from resolutions.models import Assignment, ExtensionRequest, ProgressReport, ReportAttachment, Signatory
from tests.factories import ItemFactory, PersonFactory, UserFactory
from tests.scale.tasks import failed_email_task
from tests.workspace_fixtures import call, declaration  # noqa: F401

LOGIN = "login"
OK = "ok"  # neither a refusal nor a login redirect (200, a redirect to a page, 400 on empty data)
ROLES = ["anonymous", "plain_user", "staff_without_group", "leader_a", "secretary"]
SECRETARIAT_ONLY = {"anonymous": LOGIN, "plain_user": 403, "staff_without_group": 403, "leader_a": 403, "secretary": OK}


@pytest.fixture
def world(draft, members, call, declaration, leader_a, secretary):  # noqa: F811
    from conferences.models import AgendaItem, Meeting

    resolution, first, _second = draft
    meeting = Meeting.objects.create(title="Заседание", slug="m-1")
    report = ProgressReport.objects.create(item=first, text="Сделано")
    org = members[0]
    assignment = Assignment.objects.create(item=first, organization=org, text=org.name)
    extension = ExtensionRequest.objects.create(
        assignment=assignment, reason="Нужно время", proposed_end=datetime.date(2030, 1, 1), requested_by=leader_a
    )
    attachment = ReportAttachment(report=report, original_name="x.txt")
    attachment.file.save("x.txt", ContentFile(b"text"), save=True)
    questionnaire = questionnaire_create_default(year=2026, title="Самоанализ за 2026 год", open_until=None)
    questionnaire.organizations.add(org)
    assessment = Report.objects.create(questionnaire=questionnaire, organization=org, status=Report.Status.ACCEPTED)
    practices_question = Question.objects.get(section__questionnaire=questionnaire, key="practices")
    answer = Answer.objects.create(report=assessment, question=practices_question, raw="Опыт", value="Опыт",
                                   consent_to_publish=True)
    return {
        "questionnaire": questionnaire.pk, "question": practices_question.pk, "answer": answer.pk,
        "practice": Practice.objects.create(organization=org, questionnaire=questionnaire, title="П", text="Т").pk,
        "resolution": resolution.pk, "item": first.pk, "meeting": meeting.pk, "org": org,
        "agenda": AgendaItem.objects.create(meeting=meeting, title="Вопрос").pk,
        "attachment": attachment.pk, "report": report.pk, "assignment": assignment.pk, "extension": extension.pk,
        "submission": Submission.objects.create(call=call, organization=org, status=Submission.Status.SUBMITTED).pk,
        "signatory": Signatory.objects.create(declaration=declaration, organization=org, requested_by=leader_a).pk,
        "confirmed_signatory": Signatory.objects.create(
            declaration=declaration, organization=members[1], status=Signatory.Status.CONFIRMED,
            joined_on=datetime.date(2026, 6, 19),
        ).pk,
        "history_id": org.history_log.latest("history_date").history_id,
        "other_item": ItemFactory(),
        "person": PersonFactory().pk,
        "body": Body.objects.create(name="Секретариат КСОРС РТ", slug="secretariat").pk,
        "declaration": declaration.pk,
        "invitation": Invitation.objects.create(user=leader_a).pk,
        "failed_task": failed_email_task().pk,
        "users": {
            "plain_user": UserFactory(email="plain@example.org"),
            "staff_without_group": UserFactory(email="staff@example.org", is_staff=True),
            "leader_a": leader_a, "secretary": secretary,
        },
    }


def meeting(w, **extra):
    return {"kind": "meeting", "pk": w["meeting"], **extra}


# (name, kwargs builder, methods, query string)
URLS = [
    ("dashboard", lambda w: {}, ["get"], ""),
    ("item", lambda w: {"pk": w["item"]}, ["get"], ""),
    ("item_status", lambda w: {"pk": w["item"]}, ["post"], ""),
    ("attachment", lambda w: {"pk": w["attachment"]}, ["get"], ""),
    ("resolutions", lambda w: {}, ["get"], ""),
    ("resolution_new", lambda w: {}, ["get", "post"], ""),
    ("import", lambda w: {}, ["get", "post"], ""),
    ("import_confirm", lambda w: {}, ["post"], ""),
    ("deadline_preview", lambda w: {}, ["get"], "?text=до+2027+года"),
    ("resolution_edit", lambda w: {"pk": w["resolution"]}, ["get", "post"], ""),
    ("resolution_preview", lambda w: {"pk": w["resolution"]}, ["get"], ""),
    ("resolution_publish", lambda w: {"pk": w["resolution"]}, ["get", "post"], ""),
    ("resolution_unpublish", lambda w: {"pk": w["resolution"]}, ["get", "post"], ""),
    ("resolution_versions", lambda w: {"pk": w["resolution"]}, ["get"], ""),
    ("execution_report", lambda w: {"pk": w["resolution"], "fmt": "pdf"}, ["get"], ""),
    ("history", lambda w: {}, ["get"], ""),
    ("events", lambda w: {}, ["get"], ""),
    ("event_create", lambda w: {"kind": "conference"}, ["get", "post"], ""),
    ("event", lambda w: meeting(w), ["get", "post"], ""),
    ("event_hold", lambda w: meeting(w), ["post"], ""),
    ("agenda_add", lambda w: meeting(w), ["post"], ""),
    ("agenda_remove", lambda w: meeting(w, item_pk=w["agenda"]), ["post"], ""),
    ("organizations", lambda w: {}, ["get"], ""),
    ("membership", lambda w: {"slug": w["org"].slug}, ["get", "post"], ""),
    ("calls", lambda w: {}, ["get"], ""),
    ("call_create", lambda w: {}, ["get", "post"], ""),
    ("call", lambda w: {"slug": "jubilee-book"}, ["get"], ""),
    ("call_edit", lambda w: {"slug": "jubilee-book"}, ["get", "post"], ""),
    ("call_export", lambda w: {"slug": "jubilee-book"}, ["get"], ""),
    ("organization_export", lambda w: {"slug": "jubilee-book", "organization_slug": w["org"].slug}, ["get"], ""),
    ("submission", lambda w: {"slug": "jubilee-book", "pk": w["submission"]}, ["get", "post"], ""),
    ("declarations", lambda w: {}, ["get"], ""),
    ("declaration_decide", lambda w: {"pk": w["signatory"]}, ["post"], ""),
    ("declaration_correct", lambda w: {"pk": w["confirmed_signatory"]}, ["get", "post"], ""),
    ("reports", lambda w: {}, ["get"], ""),
    ("organization_history", lambda w: {"slug": w["org"].slug}, ["get"], ""),
    ("organization_history_revert", lambda w: {"slug": w["org"].slug, "history_id": w["history_id"]}, ["post"], ""),
    ("invite", lambda w: {}, ["get", "post"], ""),
    ("tasks", lambda w: {}, ["get"], ""),
    ("task_retry", lambda w: {"pk": w["failed_task"]}, ["post"], ""),
    ("organization_new", lambda w: {}, ["get", "post"], ""),
    ("organization_edit", lambda w: {"slug": w["org"].slug}, ["get", "post"], ""),
    ("people", lambda w: {}, ["get"], "?_export=xlsx"),
    ("person_new", lambda w: {}, ["get", "post"], ""),
    ("person_edit", lambda w: {"pk": w["person"]}, ["get", "post"], ""),
    ("person_merge", lambda w: {"pk": w["person"]}, ["get", "post"], ""),
    ("bodies", lambda w: {}, ["get"], "?_export=csv"),
    ("body_new", lambda w: {}, ["get", "post"], ""),
    ("body_edit", lambda w: {"pk": w["body"]}, ["get", "post"], ""),
    ("declaration_texts", lambda w: {}, ["get"], ""),
    ("declaration_new", lambda w: {}, ["get", "post"], ""),
    ("declaration_edit", lambda w: {"pk": w["declaration"]}, ["get", "post"], ""),
    ("pages", lambda w: {}, ["get"], ""),
    ("page_edit", lambda w: {"slug": "about"}, ["get", "post"], ""),
    ("accounts", lambda w: {}, ["get"], ""),
    ("account", lambda w: {"pk": w["users"]["leader_a"].pk}, ["get", "post"], ""),
    ("invitation_action", lambda w: {"pk": w["invitation"], "action": "revoke"}, ["post"], ""),
    ("control", lambda w: {}, ["get"], "?window=overdue&sort=-window"),
    ("control_export", lambda w: {"fmt": "csv"}, ["get"], ""),
    ("control_bulk", lambda w: {}, ["post"], ""),
    ("control_report", lambda w: {}, ["get"], "?adopted_from=2026-01-01"),
    ("control_report_pdf", lambda w: {}, ["get"], "?adopted_from=2026-01-01"),
    ("inbox", lambda w: {}, ["get"], ""),
    ("report_read", lambda w: {"pk": w["report"]}, ["post"], ""),
    ("assignment_decide", lambda w: {"pk": w["assignment"], "decision": "accept"}, ["post"], ""),
    ("extension_decide", lambda w: {"pk": w["extension"]}, ["post"], ""),
    ("item_event", lambda w: {"pk": w["item"]}, ["post"], ""),
    ("contact_record", lambda w: {"slug": w["org"].slug}, ["post"], ""),
    ("event_review_pdf", lambda w: meeting(w), ["get"], ""),
    ("assessments", lambda w: {}, ["get"], ""),
    ("assessment", lambda w: {"pk": w["questionnaire"]}, ["get", "post"], ""),
    ("assessment_copy", lambda w: {"pk": w["questionnaire"]}, ["post"], ""),
    ("assessment_version", lambda w: {"pk": w["questionnaire"]}, ["post"], ""),
    ("assessment_question", lambda w: {"pk": w["questionnaire"], "question_pk": w["question"]}, ["get", "post"], ""),
    ("assessment_reports", lambda w: {"pk": w["questionnaire"]}, ["get"], ""),
    ("assessment_remind", lambda w: {"pk": w["questionnaire"]}, ["post"], ""),
    ("assessment_report", lambda w: {"pk": w["questionnaire"], "slug": w["org"].slug}, ["get", "post"], ""),
    ("assessment_paper", lambda w: {"pk": w["questionnaire"], "slug": w["org"].slug}, ["get", "post"], ""),
    ("assessment_practice", lambda w: {"pk": w["questionnaire"], "slug": w["org"].slug, "answer_pk": w["answer"]},
     ["post"], ""),
    ("assessment_practice_withdraw", lambda w: {"pk": w["practice"]}, ["post"], ""),
    ("assessment_comparison", lambda w: {"pk": w["questionnaire"]}, ["get"], "?_export=xlsx"),
    ("assessment_charts", lambda w: {"pk": w["questionnaire"]}, ["get"], "?years=5"),
    ("assessment_analysis", lambda w: {"pk": w["questionnaire"], "fmt": "xlsx"}, ["get"], ""),
    ("assessment_organization", lambda w: {"slug": w["org"].slug}, ["get"], ""),
]

CASES = [
    pytest.param(name, kwargs, method, query, role, id=f"{method}-{name}-{role}")
    for name, kwargs, methods, query in URLS
    for method in methods
    for role in ROLES
]


@pytest.mark.parametrize(("name", "kwargs", "method", "query", "role"), CASES)
def test_it_enforces_the_back_office_matrix(client, world, name, kwargs, method, query, role):
    if role != "anonymous":
        client.force_login(world["users"][role])
    url = reverse(f"secretariat:{name}", kwargs=kwargs(world)) + query
    response = getattr(client, method)(url)
    expected = SECRETARIAT_ONLY[role]
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login") + "?next=")
    elif expected == OK:
        assert response.status_code not in (403, 404, 405), response.status_code
        assert response.status_code < 500
        if response.status_code == 302:
            assert not response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == expected
    if role != "secretary":
        assert world["org"].membership_changes.count() == 0


def test_the_matrix_covers_every_back_office_url():
    from secretariat import urls

    assert {name for name, *_ in URLS} == {pattern.name for pattern in urls.urlpatterns}


def test_every_back_office_url_lives_under_one_namespace_and_prefix(world):
    for name, kwargs, _methods, _query in URLS:
        url = reverse(f"secretariat:{name}", kwargs=kwargs(world))
        assert url.startswith("/secretariat/"), url
        assert resolve(url).namespace == "secretariat"


def test_it_lets_the_secretariat_in_and_links_the_dashboard_from_the_menu(secretary_client):
    response = secretary_client.get("/")
    assert 'href="/secretariat/"' in response.content.decode()
    response = secretary_client.get(reverse("secretariat:dashboard"))
    assert response.status_code == 200
    assert "Контроль исполнения" in response.content.decode()
    assert reverse("secretariat:invite") in response.content.decode()


def test_it_hides_the_secretariat_link_from_leaders(client, leader_a):
    client.force_login(leader_a)
    assert 'href="/secretariat/"' not in client.get("/").content.decode()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/review/calls/", "/secretariat/calls/"),
        ("/review/calls/new/", "/secretariat/calls/new/"),
        ("/review/calls/jubilee-book/", "/secretariat/calls/jubilee-book/"),
        ("/review/calls/jubilee-book/edit/", "/secretariat/calls/jubilee-book/edit/"),
        ("/review/calls/jubilee-book/materials.zip", "/secretariat/calls/jubilee-book/materials.zip"),
        ("/review/calls/jubilee-book/organizations/umet/materials.zip",
         "/secretariat/calls/jubilee-book/organizations/umet/materials.zip"),
        ("/review/calls/jubilee-book/submissions/7/", "/secretariat/calls/jubilee-book/submissions/7/"),
        ("/review/declarations/", "/secretariat/declarations/"),
        ("/review/declarations/requests/3/decide/", "/secretariat/declarations/requests/3/decide/"),
        ("/review/reports/", "/secretariat/reports/"),
        ("/review/reports/?page=2", "/secretariat/reports/?page=2"),
        ("/review/organizations/umet/history/", "/secretariat/organizations/umet/history/"),
        ("/review/organizations/umet/history/12/revert/", "/secretariat/organizations/umet/history/12/revert/"),
        ("/en/review/reports/", "/en/secretariat/reports/"),
        ("/accounts/invite/", "/secretariat/invite/"),
    ],
)
def test_old_review_urls_redirect_permanently_to_the_back_office(client, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    path = new.split("?")[0]
    assert resolve(path).namespace == "secretariat"
