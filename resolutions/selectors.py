"""Read-side helpers of execution control: the dashboard's sections and groups."""

import datetime
from collections import defaultdict

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from organizations.models import MembershipChange, Organization, Position
from resolutions.models import Declaration, ExecutionStatus, Item, Resolution, Responsibility
from resolutions.presentation import with_depth
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


# Item columns the public page does not show.
UNSHOWN_ITEM = ("execution_updated_at", "membership_until_on", "membership_until_event")
# What a link to an organization shows: its name and address (an organization row has ~30 columns).
ORGANIZATION_LINK = ("name", "short_name", "slug")


def _link(prefix: str) -> list[str]:
    """For only(): the foreign key `prefix` and the columns of a link to the organization it points to."""
    return [prefix, *(f"{prefix}__{name}" for name in ORGANIZATION_LINK)]


def _not_link(prefix: str) -> list[str]:
    """For defer(): every other column of the organization."""
    keep = {"id", *ORGANIZATION_LINK}
    return [f"{prefix}__{field.name}" for field in Organization._meta.concrete_fields if field.name not in keep]


def _named(items):
    """Organizations and people the document names as responsible or in membership decisions, in order."""
    organizations, people = {}, {}
    for item in items:
        if item.membership_organization:
            organizations.setdefault(item.membership_organization.pk, item.membership_organization)
        for responsibility in item.responsibility_list:
            if responsibility.organization:
                organizations.setdefault(responsibility.organization.pk, responsibility.organization)
            if responsibility.person:
                people.setdefault(responsibility.person.pk, responsibility.person)
    return list(organizations.values()), list(people.values())


def resolution_document(resolution: Resolution) -> dict:
    """The context of a resolution's page: the public page and the Secretariat's preview render the same one,
    so the preview is exactly what visitors will see.

    The rows are loaded with only the columns the page shows (dozens of items, each with its responsible and
    membership decisions: hundreds of objects), and prefetched into plain lists (to_attr): the template reads
    them for every item, and each `.all()` on a prefetched relation would build a manager and clone a queryset.
    A column left out and used later costs a query per row, which the query-count tests catch.
    """
    positions = Position.objects.select_related("organization", "body").only(
        "person", "title", "started_on", *_link("organization"), "body", "body__name"
    )
    responsibilities = (
        Responsibility.objects.select_related("person", "organization")
        .only(
            "item", "position", "text", "all_members", "inherited",
            "person", "person__full_name", "person__short_name", "person__slug", *_link("organization"),
        )
        .prefetch_related(Prefetch("person__positions", queryset=positions, to_attr="position_list"))
    )
    changes = MembershipChange.objects.select_related("organization").only(
        "status", "effective_on", "until_event", "decided_by_item", *_link("organization")
    )
    items = with_depth(
        resolution.items.order_by("position")
        .select_related("membership_organization")
        .defer(*UNSHOWN_ITEM, *_not_link("membership_organization"))
        .prefetch_related(
            Prefetch("responsibilities", queryset=responsibilities, to_attr="responsibility_list"),
            Prefetch("membership_changes", queryset=changes, to_attr="membership_change_list"),
            Prefetch(
                "declarations",
                queryset=Declaration.objects.filter(is_published=True).only("title", "slug", "adopted_by_item"),
                to_attr="declaration_list",
            ),
        )
    )
    versions = list(resolution.versions.defer("snapshot").order_by("-number"))
    named_organizations, named_people = _named(items)
    return {
        "resolution": resolution,
        "items": items,
        "versions": versions,
        "current_version": next((v for v in versions if v.number == resolution.version), None),
        "named_organizations": named_organizations,
        "named_people": named_people,
        "membership_changes": [change for item in items for change in item.membership_change_list],
        "show_progress": resolution.publish_progress,
    }
