"""One status per responsible: item 9 («все организации-члены») gets a sub-task per organization that was an
active member when the resolution was adopted; a leader's report moves their own sub-task only; the summary counts
those who reported; reminders skip those who are done; a leader asks for more time."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from organizations.models import MembershipStatus
from organizations.services import membership_change_apply
from resolutions.models import Assignment, ExtensionRequest, ReminderLog, Responsibility
from resolutions.reminders import send_reminders
from resolutions.services import resolution_publish
from tests.factories import ItemFactory, OrganizationFactory, ResolutionFactory, UserFactory

ADOPTED = datetime.date(2026, 6, 19)


@pytest.fixture
def published_9(org_a, org_b):
    """A draft with item 9 for all members, published: members A, B and C active on the day; D suspended before it;
    E joined after it."""
    OrganizationFactory(name="ОО «Гамма»", slug="gamma")
    suspended = OrganizationFactory(name="ОО «Дельта»", slug="delta")
    membership_change_apply(organization=suspended, status=MembershipStatus.SUSPENDED, effective_on=datetime.date(2025, 1, 1),
                            reason="Утеряна связь", document_reference="решение заседания от 01.01.2025")
    OrganizationFactory(name="ОО «Эпсилон»", slug="epsilon", joined_on=datetime.date(2026, 9, 1))
    resolution = ResolutionFactory(title="Резолюция XX конференции", slug="xx", adopted_on=ADOPTED)
    item = ItemFactory(resolution=resolution, label="9", position=1, text="Подготовить материалы для книги.",
                       deadline_text="сентябрь-октябрь 2027 год", deadline_kind="range",
                       due_start=datetime.date(2027, 9, 1), due_end=datetime.date(2027, 10, 31))
    Responsibility.objects.create(item=item, text="всем общественным объединениям", all_members=True)
    resolution_publish(resolution=resolution)
    return item


def test_publication_makes_a_sub_task_per_organization_active_on_the_adoption_day(published_9):
    assert sorted(a.organization.slug for a in published_9.assignments.all()) == ["alpha", "beta", "gamma"]
    assert {a.status for a in published_9.assignments.all()} == {"not_started"}
    # Publishing again (a correction) keeps them, adds nothing twice.
    resolution_publish(resolution=published_9.resolution)
    assert published_9.assignments.count() == 3


def test_a_leaders_report_moves_only_their_own_sub_task_and_the_summary_counts_it(
    client, leader_a, secretary, published_9, django_capture_on_commit_callbacks
):
    client.force_login(leader_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("my:report_create", args=["alpha", published_9.pk]),
                    {"reported_on": "2027-03-01", "text": "Отправили историю и фото.", "status": "done"})
    statuses = {a.organization.slug: a.status for a in published_9.assignments.all()}
    assert statuses == {"alpha": "reported", "beta": "not_started", "gamma": "not_started"}
    published_9.refresh_from_db()
    assert published_9.execution_status == "not_started"  # the item's status is the Secretariat's decision
    report = published_9.reports.get()
    assert report.assignment.organization.slug == "alpha" and report.reviewed_at is None

    client.force_login(secretary)
    page = client.get(reverse("secretariat:item", args=[published_9.pk])).content.decode()
    assert "отчитались 1 из 3" in page
    register = client.get(reverse("secretariat:control")).content.decode()
    assert "1 из 3" in register
    page = client.get(reverse("my:items", args=["alpha"]))
    assert page.status_code == 403  # the Secretariat has no leader's workspace


def test_the_leader_sees_only_their_own_part(client, leader_a, leader_b, published_9):
    Assignment.objects.filter(item=published_9, organization__slug="beta").update(status="returned", comment="Нет фото.")
    client.force_login(leader_a)
    page = client.get(reverse("my:items", args=["alpha"])).content.decode()
    assert "Наша часть" in page and "Не начато" in page and "Нет фото." not in page
    client.force_login(leader_b)
    page = client.get(reverse("my:items", args=["beta"])).content.decode()
    assert "Секретариат вернул отчёт на доработку" in page and "Нет фото." in page


def test_reminders_go_only_to_those_whose_sub_task_is_open(published_9, leader_a, leader_b, org_a):
    UserFactory(email="gamma@example.org", leads=[published_9.assignments.get(organization__slug="gamma").organization])
    Assignment.objects.filter(item=published_9, organization=org_a).update(status="reported")
    Assignment.objects.filter(item=published_9, organization__slug="gamma").update(status="accepted")
    result = send_reminders(today=datetime.date(2027, 10, 25))
    assert sorted(m.to[0] for m in mail.outbox) == ["leader-b@example.org"]
    assert result.sent == 1 and ReminderLog.objects.get().recipient == leader_b
    Assignment.objects.filter(item=published_9, organization__slug="beta").update(status="returned")
    send_reminders(today=datetime.date(2027, 11, 2))
    assert [m.to[0] for m in mail.outbox[1:]] == ["leader-b@example.org"]  # returned is open again: overdue stage


def test_a_leader_asks_for_an_extension_and_gets_a_clear_error_for_bad_input(
    client, leader_a, secretary, published_9, django_capture_on_commit_callbacks
):
    client.force_login(leader_a)
    url = reverse("my:extension_request", args=["alpha", published_9.pk])
    page = client.get(url).content.decode()
    assert "31 октября 2027 г." in page
    response = client.post(url, {"proposed_end": "2027-10-01", "reason": "Ждём фото из архива."})
    assert response.status_code == 400
    assert "Новый срок должен быть позже нынешнего (31.10.2027)." in response.content.decode()
    assert "Ждём фото из архива." in response.content.decode()  # nothing typed is lost
    response = client.post(url, {"proposed_end": "2027-12-15", "reason": ""})
    assert "Укажите причину продления." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"proposed_end": "2027-12-15", "reason": "Ждём фото из архива."})
    assert response.status_code == 302
    request = ExtensionRequest.objects.get()
    assert (request.old_end, request.proposed_end, request.status) == (datetime.date(2027, 10, 31), datetime.date(2027, 12, 15), "pending")
    assert mail.outbox[-1].to == [secretary.email] and "продлить срок" in mail.outbox[-1].body
    response = client.post(url, {"proposed_end": "2027-12-20", "reason": "Ещё раз."})
    assert "уже ждёт решения" in response.content.decode()


def test_a_leader_cannot_ask_for_another_organizations_item(client, leader_a, org_a):
    resolution = ResolutionFactory(slug="other", status="published", published_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    item = ItemFactory(resolution=resolution, label="1")
    Responsibility.objects.create(item=item, text="ОО «Бета»")
    client.force_login(leader_a)
    assert client.post(reverse("my:extension_request", args=["alpha", item.pk]), {"proposed_end": "2030-01-01", "reason": "x"}).status_code == 404
    assert not ExtensionRequest.objects.exists()
