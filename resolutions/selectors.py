"""Read-side helpers of execution control: the dashboard's sections and groups."""

import datetime
from collections import defaultdict

import django_filters
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from organizations.models import Body, Organization, Person
from resolutions.models import ExecutionStatus, Item, Resolution, Responsibility

DUE_DAYS = 30
DONE_RECENTLY_DAYS = 30


def controlled_items() -> QuerySet[Item]:
    """Tasks of published resolutions, with what the dashboard shows already loaded."""
    return (
        Item.objects.filter(resolution__status="published")
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
        return "all", str(_("Все организации-члены"))
    target = responsibility.target
    if target is not None:
        prefix = {Person: "person", Body: "body", Organization: "org"}[type(target)]
        return f"{prefix}:{target.pk}", str(target)
    return f"text:{responsibility.text}", responsibility.text


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


class ControlledItemFilter(django_filters.FilterSet):
    resolution = django_filters.ModelChoiceFilter(
        label=_("Резолюция"), queryset=Resolution.objects.published(), empty_label=_("все")
    )
    responsible = django_filters.ChoiceFilter(label=_("Ответственный"), method="filter_responsible", empty_label=_("все"))

    class Meta:
        model = Item
        fields = ["resolution", "responsible"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        keys = {
            responsible_key(r)
            for r in Responsibility.objects.filter(item__resolution__status="published").select_related(
                "person", "body", "organization"
            )
        }
        keys.add(("all", str(_("Все организации-члены"))))
        self.filters["responsible"].extra["choices"] = sorted(keys, key=lambda pair: pair[1])

    def filter_responsible(self, queryset, name, value):
        if value == "all":
            return queryset.filter(responsibilities__all_members=True)
        kind, _sep, rest = value.partition(":")
        lookup = {"person": "person_id", "body": "body_id", "org": "organization_id", "text": "text"}.get(kind)
        if lookup is None:
            return queryset.none()
        return queryset.filter(**{f"responsibilities__{lookup}": rest}).distinct()
