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
from resolutions.models import Item, ReminderLog, Responsibility


def reminder_days() -> int:
    return int(getattr(settings, "KSORS_REMINDER_DAYS", 14))


@dataclass
class ReminderResult:
    sent: int = 0
    skipped: int = 0


def recipients_for(item: Item) -> set[User]:
    """Users responsible for an item: linked to a named person, leading a named organization, or (all members)
    leading any active member organization; for a body, users whose person holds a post in it."""
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
    return set(User.objects.filter(query, is_active=True).exclude(email="").distinct())


def items_to_remind(today: datetime.date, days: int):
    base = (
        Item.objects.published()
        .controlled()
        .open()
        .filter(due_end__isnull=False)
        .select_related("resolution")
        .prefetch_related(Prefetch("responsibilities", queryset=Responsibility.objects.all()))
    )
    before = base.filter(due_end__gte=today, due_end__lte=today + datetime.timedelta(days=days))
    overdue = base.filter(due_end__lt=today)
    return [(ReminderLog.Stage.BEFORE, item) for item in before] + [(ReminderLog.Stage.OVERDUE, item) for item in overdue]


def _send(item: Item, stage: str, user: User, today: datetime.date) -> None:
    url = settings.KSORS_SITE_URL + item.get_absolute_url()
    context = {"item": item, "stage": stage, "user": user, "url": url, "days_left": (item.due_end - today).days,
               "overdue": stage == ReminderLog.Stage.OVERDUE}
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
