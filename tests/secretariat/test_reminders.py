import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from organizations.models import Body, Position
from resolutions.models import ExecutionStatus, ReminderLog, Responsibility
from tests.factories import UserFactory


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def test_it_reminds_before_the_end_and_when_overdue_once_per_item_stage_and_recipient(task_factory, org_a, leader_a):
    kim = UserFactory(email="kim@example.org", full_name="Ким Виктор", person=task_factory.person)
    soon = task_factory(days(14))
    late = task_factory(days(-1))
    far = task_factory(days(15))
    done = task_factory(days(-2), status=ExecutionStatus.DONE)
    Responsibility.objects.create(item=soon, text="ОО «Альфа»", organization=org_a, position=1)

    call_command("send_reminders")
    sent = sorted((m.to[0], m.subject) for m in mail.outbox)
    assert sent == [
        ("kim@example.org", f"Напоминание: срок исполнения пункта {soon.label}"),
        ("kim@example.org", f"Срок исполнения пункта {late.label} прошёл"),
        ("leader-a@example.org", f"Напоминание: срок исполнения пункта {soon.label}"),
    ]
    body = next(m.body for m in mail.outbox if m.to == ["kim@example.org"] and "прошёл" in m.subject)
    assert "Здравствуйте, Ким Виктор!" in body
    assert f"/resolutions/{late.resolution.slug}/#p{late.label}" in body
    assert far.text not in "".join(m.body for m in mail.outbox)
    assert done.text not in "".join(m.body for m in mail.outbox)

    call_command("send_reminders")
    assert len(mail.outbox) == 3  # idempotent
    assert ReminderLog.objects.count() == 3

    # When the reminded item becomes overdue, the second stage is sent — once.
    # Fifteen days on, the reminded item is overdue (second stage, once) and «far» ends today.
    call_command("send_reminders", "--today", days(15).isoformat())
    assert sorted((m.to[0], m.subject) for m in mail.outbox[3:]) == [
        ("kim@example.org", f"Напоминание: срок исполнения пункта {far.label}"),
        ("kim@example.org", f"Срок исполнения пункта {soon.label} прошёл"),
        ("leader-a@example.org", f"Срок исполнения пункта {soon.label} прошёл"),
    ]
    assert kim.is_active


def test_it_reaches_all_member_leaders_and_body_members(task_factory, leader_a, leader_b):
    item = task_factory(days(2))
    item.responsibilities.all().delete()
    Responsibility.objects.create(item=item, text="все организации-члены КСОРС РТ", all_members=True)
    secretariat = Body.objects.create(name="Секретариат КСОРС РТ", slug="secretariat")
    Responsibility.objects.create(item=item, text="Секретариат КСОРС РТ", body=secretariat, position=1)
    Position.objects.create(person=task_factory.person, title="секретарь", body=secretariat)
    UserFactory(email="kim@example.org", person=task_factory.person)
    UserFactory(email="nobody@example.org")
    call_command("send_reminders", "--days", "3")
    assert sorted(m.to[0] for m in mail.outbox) == ["kim@example.org", "leader-a@example.org", "leader-b@example.org"]


def test_reminder_days_come_from_settings(task_factory, settings):
    settings.KSORS_REMINDER_DAYS = 30
    UserFactory(email="kim@example.org", person=task_factory.person)
    task_factory(days(25))
    call_command("send_reminders")
    assert len(mail.outbox) == 1
