"""Read-side helpers of execution control: the dashboard's sections and groups."""

import datetime
from collections import defaultdict

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from resolutions.models import ExecutionStatus, Item, Resolution, Responsibility
from resolutions.services import resolution_versions_diff

DUE_DAYS = 30
DONE_RECENTLY_DAYS = 30


def controlled_items() -> QuerySet[Item]:
    """Tasks of published resolutions, with what the dashboard shows already loaded."""
    return (
        Item.objects.published()
        .controlled()
        .select_related("resolution", "parent")
        .prefetch_related(
            Prefetch("responsibilities", queryset=Responsibility.objects.select_related("person", "body", "organization"))
        )
        .order_by("due_end", "resolution_id", "position")
    )


def dashboard_sections(items: QuerySet[Item], *, today: datetime.date, now: datetime.datetime) -> dict:
    """Overdue, due within 30 days (today included) and done within the last 30 days."""
    return {
        "overdue": list(items.overdue(today)),
        # An item marked «не выполнено» is shown as overdue only, whatever its window.
        "due": list(
            items.due_between(today, today + datetime.timedelta(days=DUE_DAYS)).exclude(
                execution_status=ExecutionStatus.NOT_DONE
            )
        ),
        "done": list(
            items.filter(
                execution_status=ExecutionStatus.DONE,
                execution_updated_at__gte=now - datetime.timedelta(days=DONE_RECENTLY_DAYS),
            ).order_by("-execution_updated_at")
        ),
    }


def responsible_key(responsibility: Responsibility) -> tuple[str, str]:
    if responsibility.all_members:
        return responsibility.key, str(_("Все организации-члены"))
    return responsibility.key, str(responsibility.target or responsibility.text)


def group_items(items: list[Item], by: str) -> list[tuple[str, list[Item]]]:
    """Items grouped by responsible (an item with two responsible appears twice) or by resolution."""
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if by == "resolution":
            groups[item.resolution.title].append(item)
        else:
            for responsibility in item.responsibilities.all():
                groups[responsible_key(responsibility)[1]].append(item)
    return sorted(groups.items())


def version_history(resolution: Resolution) -> list[dict]:
    """Recorded versions, newest first, each with what changed against the one before it."""
    rows, previous = [], None
    for version in resolution.versions.select_related("created_by").order_by("number"):
        rows.append({"version": version, "diff": resolution_versions_diff(previous.snapshot, version.snapshot) if previous else None})
        previous = version
    return rows[::-1]
