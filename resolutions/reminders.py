"""Reminders about items whose window ends soon or has passed, to responsible people who have accounts.

Each (item, stage, recipient) gets one email ever: `ReminderLog` has a unique constraint on the three, so
running `send_reminders` again the same day (or every day, from cron) sends nothing twice.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q

from accounts.models import User
from core.notify import notify
from organizations.models import Organization
from resolutions.models import OPEN_ASSIGNMENT_STATUSES, Assignment, Item, ReminderLog


def reminder_days() -> int:
    return int(getattr(settings, "KSORS_REMINDER_DAYS", 14))


@dataclass
class ReminderResult:
    sent: int = 0
    skipped: int = 0


def recipients_for(item: Item) -> set[User]:
    """Users responsible for an item's open sub-tasks: linked to a named person, leading a named organization
    (one sub-task per member organization for «все организации-члены»), or, for a body, users whose person holds
    a post in it. A responsible whose sub-task is reported or accepted is not reminded. An item without
    sub-tasks (one recorded outside publication) reminds everyone it names."""
    if not item.assignments.all():
        return set(_users_named(item))
    return set(_users(_open(item)))


def _users_named(item: Item):
    query = Q(pk__in=[])
    for responsibility in item.responsibilities.all():
        if responsibility.person_id:
            query |= Q(person_id=responsibility.person_id)
        if responsibility.organization_id:
            query |= Q(organizations=responsibility.organization_id)
        if responsibility.body_id:
            query |= Q(person__positions__body=responsibility.body_id, person__positions__ended_on__isnull=True)
        if responsibility.all_members:
            query |= Q(organizations__in=Organization.objects.active_members())
    return User.objects.filter(query, is_active=True).exclude(email="").distinct()


def _open(item: Item) -> list[Assignment]:
    return [a for a in item.assignments.all() if a.status in OPEN_ASSIGNMENT_STATUSES]


def _users(assignments: list[Assignment]):
    query = Q(pk__in=[])
    for assignment in assignments:
        if assignment.person_id:
            query |= Q(person_id=assignment.person_id)
        if assignment.organization_id:
            query |= Q(organizations=assignment.organization_id)
        if assignment.body_id:
            query |= Q(person__positions__body=assignment.body_id, person__positions__ended_on__isnull=True)
    return User.objects.filter(query, is_active=True).exclude(email="").distinct()


def items_to_remind(today: datetime.date, days: int):
    base = (
        Item.objects.published()
        .controlled()
        .open()
        .filter(due_end__isnull=False)
        .select_related("resolution")
        .prefetch_related(Prefetch("assignments", queryset=Assignment.objects.all()), "responsibilities")
    )
    before = base.filter(due_end__gte=today, due_end__lte=today + datetime.timedelta(days=days))
    overdue = base.filter(due_end__lt=today)
    return [(ReminderLog.Stage.BEFORE, item) for item in before] + [(ReminderLog.Stage.OVERDUE, item) for item in overdue]


def _send(item: Item, stage: str, user: User, today: datetime.date) -> None:
    url = settings.KSORS_SITE_URL + item.get_absolute_url()
    days_left = (item.due_end - today).days if item.due_end else None
    context = {"item": item, "stage": stage, "user": user, "url": url, "days_left": days_left,
               "overdue": stage == ReminderLog.Stage.OVERDUE or (days_left is not None and days_left < 0)}
    notify(template="secretariat/email/reminder", context=context, recipients=[user.email])


def send_reminders(*, today: datetime.date, days: int | None = None) -> ReminderResult:
    """Email every recipient of every item due within `days` or overdue, once per item, stage and recipient."""
    result = ReminderResult()
    for stage, item in items_to_remind(today, reminder_days() if days is None else days):
        for user in sorted(recipients_for(item), key=lambda u: u.email):
            try:
                with transaction.atomic():
                    ReminderLog.objects.create(item=item, stage=stage, recipient=user)
                    _send(item, stage, user, today)
            except IntegrityError:
                result.skipped += 1
                continue
            result.sent += 1
    return result


def reminders_send_now(*, items, today: datetime.date) -> ReminderResult:
    """The register's bulk action: remind the open sub-tasks of the chosen items now, whatever their window."""
    result = ReminderResult()
    items = Item.objects.filter(pk__in=[i.pk for i in items]).select_related("resolution").prefetch_related("assignments", "responsibilities")
    for item in items:
        for user in sorted(recipients_for(item), key=lambda u: u.email):
            with transaction.atomic():
                ReminderLog.objects.create(item=item, stage=ReminderLog.Stage.MANUAL, recipient=user)
                _send(item, ReminderLog.Stage.MANUAL, user, today)
            result.sent += 1
        if item.assignments.all() and not _open(item):
            result.skipped += 1
    return result
