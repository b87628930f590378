"""Acceptance, returns and extensions; the work inbox and its navigation counters; contact tracking; suspensions
whose event has come; the review of open decisions at every event and the cross-resolution report."""

import datetime
import io

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conferences.models import Conference, ConferenceKind, EventStatus, Meeting
from organizations.models import ContactRecord, MaterialCall, MembershipStatus, Organization, Submission
from organizations.services import membership_change_apply
from resolutions.control import extension_request_create
from resolutions.inbox import inbox_counts, silent_organizations
from resolutions.models import Assignment, Item, ProgressReport, Responsibility, Signatory
from resolutions.progress import progress_report_create
from tests.factories import (
    DeclarationFactory,
    ItemFactory,
    OrganizationFactory,
    ResolutionFactory,
)

TODAY = datetime.date(2027, 3, 1)


@pytest.fixture
def task(db, org_a, org_b):
    resolution = ResolutionFactory(title="Резолюция XX конференции", slug="xx", status="published", adopted_on=datetime.date(2026, 6, 19),
                                   published_at=datetime.datetime(2026, 6, 20, tzinfo=datetime.UTC))
    item = ItemFactory(resolution=resolution, label="9", position=1, text="Подготовить материалы.", deadline_text="до 2027 года",
                       deadline_kind="by", due_end=datetime.date(2027, 6, 30))
    Responsibility.objects.create(item=item, text="все организации-члены", all_members=True)
    for organization in (org_a, org_b):
        Assignment.objects.create(item=item, organization=organization, text=organization.name)
    return item


def _report(item, organization, leader, status="done"):
    return progress_report_create(item=item, organization=organization, author=leader, text="Готово.",
                                  reported_on=TODAY, status=status)


def test_accepting_every_sub_task_takes_the_item_off_control(secretary_client, secretary, task, org_a, org_b, leader_a, leader_b,
                                                            django_capture_on_commit_callbacks):
    _report(task, org_a, leader_a)
    _report(task, org_b, leader_b)
    a, b = (task.assignments.get(organization=o) for o in (org_a, org_b))
    with django_capture_on_commit_callbacks(execute=True):
        secretary_client.post(reverse("secretariat:assignment_decide", args=[a.pk, "accept"]), {"comment": "Спасибо."})
    a.refresh_from_db(), task.refresh_from_db()
    assert a.status == "accepted" and a.decided_by == secretary and a.comment == "Спасибо."
    assert task.execution_status == "not_started" and task.control_closed_at is None
    assert mail.outbox[-1].to == ["leader-a@example.org"] and "принял исполнение" in mail.outbox[-1].body
    response = secretary_client.post(reverse("secretariat:assignment_decide", args=[b.pk, "accept"]), follow=True)
    task.refresh_from_db()
    assert task.execution_status == "done" and task.control_closed_at is not None and task.control_closed_by == secretary
    assert "снят с контроля" in response.content.decode()
    assert not ProgressReport.objects.filter(reviewed_at__isnull=True).exists()
    assert task.history_log.filter(history_change_reason="Исполнение принято, снято с контроля").exists()


def test_returning_a_result_needs_a_comment_and_reopens_the_sub_task(secretary_client, task, org_a, leader_a,
                                                                    django_capture_on_commit_callbacks):
    _report(task, org_a, leader_a)
    a = task.assignments.get(organization=org_a)
    url = reverse("secretariat:assignment_decide", args=[a.pk, "return"])
    page = secretary_client.post(url, {"comment": " "}, follow=True).content.decode()
    assert "Напишите, что нужно доработать." in page
    a.refresh_from_db()
    assert a.status == "reported"
    with django_capture_on_commit_callbacks(execute=True):
        secretary_client.post(url, {"comment": "Нет фотографий."})
    a.refresh_from_db()
    assert a.status == "returned" and a.comment == "Нет фотографий." and a.is_open
    assert "Нет фотографий." in mail.outbox[-1].body and mail.outbox[-1].to == ["leader-a@example.org"]
    assert secretary_client.post(reverse("secretariat:assignment_decide", args=[a.pk, "maybe"])).status_code == 404


def test_an_extension_is_granted_with_the_old_window_kept_or_refused_with_a_reason(secretary_client, secretary, task, org_a, org_b,
                                                                                 leader_a, leader_b):
    a, b = (task.assignments.get(organization=o) for o in (org_a, org_b))
    grant = extension_request_create(assignment=a, user=leader_a, reason="Архив закрыт.", proposed_end=datetime.date(2027, 9, 30))
    refuse = extension_request_create(assignment=b, user=leader_b, reason="Не успеваем.", proposed_end=datetime.date(2027, 12, 31))
    url = reverse("secretariat:extension_decide", args=[grant.pk])
    secretary_client.post(url, {f"e{grant.pk}-decision": "grant", f"e{grant.pk}-new_end": "2027-08-31"})
    grant.refresh_from_db(), a.refresh_from_db(), task.refresh_from_db()
    assert grant.status == "granted" and (grant.old_end, grant.new_end) == (datetime.date(2027, 6, 30), datetime.date(2027, 8, 31))
    assert a.due_end == datetime.date(2027, 8, 31)
    assert task.due_end == datetime.date(2027, 6, 30)  # two responsible: the item's own window stays
    page = secretary_client.post(reverse("secretariat:extension_decide", args=[refuse.pk]),
                                 {f"e{refuse.pk}-decision": "refuse"}, follow=True).content.decode()
    assert "Укажите причину отказа." in page
    secretary_client.post(reverse("secretariat:extension_decide", args=[refuse.pk]),
                          {f"e{refuse.pk}-decision": "refuse", f"e{refuse.pk}-comment": "Книга сдаётся в печать."})
    refuse.refresh_from_db(), b.refresh_from_db()
    assert refuse.status == "refused" and refuse.decided_by == secretary and b.due_end is None
    page = secretary_client.get(reverse("secretariat:item", args=[task.pk])).content.decode()
    assert "было 30.06.2027, стало 31.08.2027" in page and "Книга сдаётся в печать." in page
    # Deciding twice is refused, not a 500.
    page = secretary_client.post(url, {f"e{grant.pk}-decision": "grant"}, follow=True).content.decode()
    assert "решение уже принято" in page


def test_an_extension_of_a_single_responsible_moves_the_items_window(secretary, task, org_a):
    task.assignments.exclude(organization=org_a).delete()
    from resolutions.control import extension_decide

    request = extension_request_create(assignment=task.assignments.get(), user=None, reason="Причина", proposed_end=datetime.date(2027, 9, 1))
    extension_decide(request=request, user=secretary, grant=True)
    task.refresh_from_db()
    assert task.due_end == datetime.date(2027, 9, 1)


def _counts():
    return inbox_counts(TODAY)


def test_each_inbox_counter_appears_and_disappears_as_its_work_is_done(secretary_client, secretary, task, org_a, leader_a):
    empty = {"reports": 0, "extensions": 0, "declarations": 0, "submissions": 0, "suspensions": 0, "silent": 0, "total": 0}
    assert _counts() == empty
    # A report: the inbox shows it until its sub-task is accepted or returned, or it is marked read.
    _report(task, org_a, leader_a)
    assert _counts()["reports"] == 1
    page = secretary_client.get(reverse("secretariat:inbox")).content.decode()
    assert "Готово." in page and "Принять исполнение" in page
    secretary_client.post(reverse("secretariat:assignment_decide", args=[task.assignments.get(organization=org_a).pk, "accept"]))
    assert _counts()["reports"] == 0
    second = _report(task, org_a, leader_a, status="in_progress")
    assert _counts()["reports"] == 1
    secretary_client.post(reverse("secretariat:report_read", args=[second.pk]))
    assert _counts()["reports"] == 0
    # An extension request, until decided.
    request = extension_request_create(assignment=task.assignments.get(organization=org_a), user=leader_a, reason="Причина",
                                       proposed_end=datetime.date(2027, 12, 1))
    assert _counts()["extensions"] == 1
    secretary_client.post(reverse("secretariat:extension_decide", args=[request.pk]), {f"e{request.pk}-decision": "grant"})
    assert _counts()["extensions"] == 0
    # A declaration request, until decided.
    signatory = Signatory.objects.create(declaration=DeclarationFactory(), organization=org_a)
    assert _counts()["declarations"] == 1
    signatory.status = Signatory.Status.CONFIRMED
    signatory.joined_on = TODAY
    signatory.save()
    assert _counts()["declarations"] == 0
    # Materials sent, until reviewed.
    call = MaterialCall.objects.create(title="Книга", slug="book")
    submission = Submission.objects.create(call=call, organization=org_a, status=Submission.Status.SUBMITTED, submitted_at=timezone.now())
    assert _counts()["submissions"] == 1
    submission.status = Submission.Status.ACCEPTED
    submission.save()
    assert _counts()["submissions"] == 0
    assert _counts()["total"] == 0


def test_the_navigation_shows_the_counters_in_one_query(secretary_client, task, org_a, leader_a):
    _report(task, org_a, leader_a)
    url = reverse("secretariat:resolutions")
    with CaptureQueriesContext(connection) as queries:
        page = secretary_client.get(url).content.decode()
    assert '<span class="visually-hidden">ждут: </span>1</span>' in page
    assert sum("COUNT(*) FROM" in q["sql"] for q in queries.captured_queries) == 1
    assert "ждут:" not in secretary_client.get("/").content.decode()  # only the back office pays for it


@pytest.fixture
def quiet(db):
    return OrganizationFactory(name="ОО «Тишина»", slug="quiet")


def _backdate(organization, day):
    Organization.objects.filter(pk=organization.pk).update(created_at=datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC))
    organization.history_log.update(history_date=datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC))


def test_contact_tracking_lists_organizations_silent_for_one_and_two_years_at_the_boundaries(quiet, secretary_client, leader_a, org_a):
    ContactRecord.objects.all().delete()
    for organization in (quiet, org_a):
        _backdate(organization, datetime.date(2020, 1, 1))
    leader_a.last_login = datetime.datetime(2026, 3, 1, 10, tzinfo=datetime.UTC)
    leader_a.save()
    ContactRecord.objects.create(organization=quiet, contacted_on=datetime.date(2025, 3, 1), note="Звонок")
    # A year to the day after the login of A's leader, A is silent for a year; two years after the call, «Тишина» for two.
    assert set(silent_organizations(datetime.date(2027, 2, 28)).values_list("slug", flat=True)) == {"quiet"}
    assert set(silent_organizations(datetime.date(2027, 3, 1)).values_list("slug", flat=True)) == {"quiet", "alpha"}
    assert list(silent_organizations(datetime.date(2027, 2, 28), years=2).values_list("slug", flat=True)) == []
    assert list(silent_organizations(datetime.date(2027, 3, 1), years=2).values_list("slug", flat=True)) == ["quiet"]
    with_last = {o.slug: o.last_contact for o in silent_organizations(datetime.date(2027, 3, 1))}
    assert with_last == {"quiet": datetime.date(2025, 3, 1), "alpha": datetime.date(2026, 3, 1)}
    # A report is a sign of life too; so is a contact the Secretariat records by hand.
    task_item = ItemFactory()
    ProgressReport.objects.create(item=task_item, organization=org_a, text="Отчёт")
    assert "alpha" not in set(silent_organizations(timezone.localdate() + datetime.timedelta(days=300)).values_list("slug", flat=True))
    secretary_client.post(reverse("secretariat:contact_record", args=["quiet"]), {"contacted_on": "", "note": ""})
    assert quiet.contact_records.count() == 1
    secretary_client.post(reverse("secretariat:contact_record", args=["quiet"]),
                          {"contacted_on": timezone.localdate().isoformat(), "note": "Письмо"})
    assert "quiet" not in set(silent_organizations(timezone.localdate()).values_list("slug", flat=True))


def test_silent_organizations_appear_in_the_inbox_with_their_age(quiet, secretary_client):
    _backdate(quiet, timezone.localdate() - datetime.timedelta(days=800))
    page = secretary_client.get(reverse("secretariat:inbox")).content.decode()
    assert "ОО «Тишина»" in page and "2 года и больше" in page


def test_holding_the_conference_asks_the_secretariat_to_decide_on_each_suspension(demo, secretary_client):
    iriston = Organization.objects.get(slug="iriston")
    assert iriston.status == MembershipStatus.SUSPENDED
    eleven = Item.objects.get(resolution__slug="xx-2026-06-19", label="11")
    assert eleven.event_conference.number == 21 and eleven.event_relation == "until"
    assert _counts_today()["suspensions"] == 0
    xxi = Conference.objects.get(number=21)
    response = secretary_client.post(reverse("secretariat:event_hold", args=["conference", xxi.pk]), {"date": "2027-06-10"}, follow=True)
    assert "Событие наступило для 1 приостановленного членства" in response.content.decode()
    assert _counts_today()["suspensions"] == 1
    page = secretary_client.get(reverse("secretariat:inbox")).content.decode()
    assert "ОО осетинское общество «Иристон»" in page and reverse("secretariat:membership", args=["iriston"]) in page
    iriston.refresh_from_db()
    assert iriston.status == MembershipStatus.SUSPENDED  # nothing lapses silently
    membership_change_apply(organization=iriston, status=MembershipStatus.ACTIVE, effective_on=datetime.date(2027, 6, 10),
                            reason="Связь восстановлена", document_reference="решение XXI конференции")
    assert _counts_today()["suspensions"] == 0


def _counts_today():
    return inbox_counts(timezone.localdate())


def test_every_new_event_gets_the_review_section_and_its_page_shows_the_report(demo, secretary_client):
    response = secretary_client.post(reverse("secretariat:event_create", args=["meeting"]),
                                     {"title": "Заседание КСОРС РТ", "slug": "m-2026-12", "date": "2026-12-10"})
    meeting = Meeting.objects.get(slug="m-2026-12")
    assert meeting.agenda.filter(is_execution_review=True, title="О ходе исполнения ранее принятых решений").count() == 1
    page = secretary_client.get(response["Location"]).content.decode()
    assert "Отчёт к постоянному разделу повестки" in page
    for label in ("7б", "9б", "14а"):
        assert f'>{label}</a>' in page
    pdf = secretary_client.get(reverse("secretariat:event_review_pdf", args=["meeting", meeting.pk]))
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.getvalue())).pages)
    assert "О ходе исполнения ранее принятых решений" in text and "Резолюция XX" in text
    # An item done is no longer on control, so it leaves the review.
    Item.objects.filter(resolution__slug="xx-2026-06-19", label="7б").update(execution_status="done")
    page = secretary_client.get(response["Location"]).content.decode()
    assert ">7б</a>" not in page
    conference = Conference.objects.create(kind=ConferenceKind.THEMATIC, number=22, slug="xxii", status=EventStatus.PLANNED)
    assert conference.agenda.count() == 0  # created outside the service: nothing added by a signal


def test_the_cross_resolution_report_covers_any_period(demo, secretary_client):
    old = ResolutionFactory(title="Резолюция XIX конференции", slug="xix", status="published", adopted_on=datetime.date(2025, 6, 1),
                            published_at=datetime.datetime(2025, 6, 2, tzinfo=datetime.UTC))
    old_item = ItemFactory(resolution=old, label="3", text="Провести фестиваль.", deadline_text="2025 год", due_end=datetime.date(2025, 12, 31))
    url = reverse("secretariat:control_report")
    page = secretary_client.get(url, {"adopted_from": "2026-06-19"}).content.decode()
    assert "Резолюция XX Страновой" in page and "Провести фестиваль." not in page
    page = secretary_client.get(url, {"adopted_from": "2025-01-01", "adopted_until": "2025-12-31"}).content.decode()
    assert "Провести фестиваль." in page and "Резолюция XX Страновой" not in page
    page = secretary_client.get(url, {"adopted_from": "2026-01-01", "adopted_until": "2025-01-01"}).content.decode()
    assert "Конец периода раньше его начала." in page
    pdf = secretary_client.get(reverse("secretariat:control_report_pdf"), {"adopted_from": "2025-01-01"})
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.getvalue())).pages)
    assert "Резолюция XIX конференции" in text and "Резолюция XX Страновой" in text
    assert old_item.label


def test_the_execution_report_records_acceptances_returns_and_extensions_with_dates(secretary_client, secretary, task, org_a, org_b,
                                                                                   leader_a, leader_b):
    from resolutions.control import assignment_accept, assignment_return, extension_decide

    a, b = (task.assignments.get(organization=o) for o in (org_a, org_b))
    assignment_accept(assignment=a, user=secretary)
    assignment_return(assignment=b, user=secretary, comment="Нет фото")
    request = extension_request_create(assignment=b, user=leader_b, reason="Архив", proposed_end=datetime.date(2027, 9, 30))
    extension_decide(request=request, user=secretary, grant=True)
    today = timezone.localdate().strftime("%d.%m.%Y")
    csv = secretary_client.get(reverse("secretariat:execution_report", args=[task.resolution.pk, "csv"])).content.decode("utf-8-sig")
    assert "Решения Секретариата" in csv.splitlines()[0]
    assert f"ОО «Альфа»: принято {today}" in csv
    assert f"ОО «Бета»: возвращено на доработку {today} (Нет фото)" in csv
    assert f"ОО «Бета»: срок продлён {today} до 30.09.2027 (был 30.06.2027)" in csv
