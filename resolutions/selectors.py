"""Read-side helpers of execution control: the dashboard's sections and groups."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from organizations.models import MembershipChange, Organization, Position
from resolutions.models import (
    REPORTED_ASSIGNMENT_STATUSES,
    Assignment,
    Declaration,
    ExecutionStatus,
    Item,
    ItemKind,
    ProgressReport,
    Resolution,
    Responsibility,
)
from resolutions.presentation import contents, responsibility_sources, with_depth
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


def _link_values(prefix: str) -> list[str]:
    """For values_list(): the key and the link columns of the organization `prefix` points to (OrganizationLink)."""
    return [f"{prefix}_id", *(f"{prefix}__{name}" for name in ORGANIZATION_LINK)]


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


@dataclass(slots=True)
class OrganizationLink:
    """An organization as a document page links to it: the three columns a link shows, no model instance."""

    pk: int
    name: str
    short_name: str
    slug: str

    get_absolute_url = Organization.get_absolute_url


@dataclass(slots=True)
class PersonLink:
    pk: int
    full_name: str
    short_name: str
    slug: str
    position_list: list = field(default_factory=list)


@dataclass(slots=True)
class ResponsibleRow:
    """A responsible of an item as its page shows it (`source`: see `responsibility_sources()`)."""

    text: str
    all_members: bool
    inherited: bool
    person: PersonLink | None
    organization: OrganizationLink | None
    source: object = None


@dataclass(slots=True)
class MembershipRow:
    """A membership decision as its item's page shows it; `_meta` is the model's, so `|display:"status"` works."""

    status: str
    effective_on: datetime.date | None
    until_event: str
    organization: OrganizationLink
    decided_by_item: Item

    _meta = MembershipChange._meta


def _organization(pk, name, short_name, slug, seen: dict) -> OrganizationLink | None:
    if pk is None:
        return None
    if pk not in seen:
        seen[pk] = OrganizationLink(pk, name, short_name, slug)
    return seen[pk]


def resolution_document(resolution: Resolution) -> dict:
    """The context of a resolution's page: the public page and the Secretariat's preview render the same one,
    so the preview is exactly what visitors will see.

    The rows are loaded with only the columns the page shows (dozens of items, each with its responsible and
    membership decisions: hundreds of rows), each kind in one query over the whole resolution, and put on their
    items as plain lists (`responsibility_list`, `membership_change_list`, `declaration_list`). Responsible and
    membership decisions are small read-only rows (`ResponsibleRow`, `MembershipRow`, each organization once as
    an `OrganizationLink`), not model instances: building three hundred instances through select_related and
    prefetch_related took more time than the queries. A column left out and used later is an AttributeError,
    not a query per row.
    """
    items = with_depth(
        resolution.items.order_by("position")
        .select_related("membership_organization")
        .defer(*UNSHOWN_ITEM, *_not_link("membership_organization"))
    )
    by_pk = {}
    for item in items:
        item.responsibility_list, item.membership_change_list, item.declaration_list = [], [], []
        by_pk[item.pk] = item
    organizations, people = {}, {}
    # Each kind is ordered within its item only: the models' default orderings start with the item (→ the
    # item's resolution → its date), which would join two tables into every query for nothing.
    responsibilities = (
        Responsibility.objects.filter(item__resolution=resolution)
        .order_by("item_id", "position", "id")
        .values_list(
            "item_id", "text", "all_members", "inherited",
            "person_id", "person__full_name", "person__short_name", "person__slug",
            *_link_values("organization"),
        )
    )
    for item_id, text, all_members, inherited, person_id, full_name, short_name, slug, *organization in responsibilities:
        person = None
        if person_id is not None:
            person = people.get(person_id) or people.setdefault(person_id, PersonLink(person_id, full_name, short_name, slug))
        by_pk[item_id].responsibility_list.append(
            ResponsibleRow(text, all_members, inherited, person, _organization(*organization, seen=organizations))
        )
    if people:
        positions = (
            Position.objects.filter(person__in=list(people))
            .select_related("organization", "body")
            .only("person", "title", "started_on", *_link("organization"), "body", "body__name")
            .order_by("person_id", F("started_on").desc(nulls_last=True), "-id")
        )
        for position in positions:
            people[position.person_id].position_list.append(position)
    changes = (
        MembershipChange.objects.filter(decided_by_item__resolution=resolution)
        .order_by("organization__name", "organization_id", "-effective_on", "-id")
        .values_list("decided_by_item_id", "status", "effective_on", "until_event", *_link_values("organization"))
    )
    for item_id, status, effective_on, until_event, *organization in changes:
        decided_by = by_pk[item_id]
        decided_by.membership_change_list.append(
            MembershipRow(status, effective_on, until_event, _organization(*organization, seen=organizations), decided_by)
        )
    declarations = Declaration.objects.filter(is_published=True, adopted_by_item__resolution=resolution).only(
        "title", "slug", "adopted_by_item"
    )
    for declaration in declarations:
        by_pk[declaration.adopted_by_item_id].declaration_list.append(declaration)
    responsibility_sources(items)
    versions = list(resolution.versions.defer("snapshot").order_by("-number"))
    named_organizations, named_people = _named(items)
    return {
        "resolution": resolution,
        "items": items,
        "contents": contents(items),
        "versions": versions,
        "current_version": next((v for v in versions if v.number == resolution.version), None),
        "named_organizations": named_organizations,
        "named_people": named_people,
        "membership_changes": [change for item in items for change in item.membership_change_list],
        "show_progress": resolution.publish_progress,
        "progress_chart": status_counts(
            item.execution_status for item in items if item.responsibility_list and item.deadline_text
        ) if resolution.publish_progress else None,
    }
# --- The register of execution control ------------------------------------------------------------------


def register_items() -> QuerySet[Item]:
    """Every published item that has a responsible or a deadline (responsible-only sub-items aside), with its
    last report, its sub-task counts and what the register shows already loaded: a constant number of queries."""
    ids = (
        Item.objects.published()
        .filter(Q(responsibilities__isnull=False) | ~Q(deadline_text=""))
        .exclude(kind=ItemKind.RESPONSIBLE)
        .values("pk")
    )
    last = ProgressReport.objects.filter(item=OuterRef("pk")).order_by("-reported_on", "-id")
    assignments = Assignment.objects.filter(item=OuterRef("pk")).order_by().values("item")
    first_responsible = Responsibility.objects.filter(item=OuterRef("pk")).order_by("position", "id").values("text")[:1]
    return (
        Item.objects.filter(pk__in=ids)
        .select_related(
            "resolution__conference", "resolution__meeting", "parent__event_conference", "parent__event_meeting",
            "event_conference", "event_meeting", "controller",
        )
        .prefetch_related(Prefetch("responsibilities", queryset=Responsibility.objects.order_by("position", "id")))
        .annotate(
            last_report_on=Subquery(last.values("reported_on")[:1]),
            last_report_text=Subquery(last.values("text")[:1]),
            assignments_total=Coalesce(Subquery(assignments.annotate(n=Count("pk")).values("n")), 0),
            assignments_reported=Coalesce(
                Subquery(
                    assignments.filter(status__in=REPORTED_ASSIGNMENT_STATUSES).annotate(n=Count("pk")).values("n")
                ),
                0,
            ),
            responsible_sort=Subquery(first_responsible),
        )
        .order_by("resolution__adopted_on", "resolution_id", "position")
    )


def status_counts(items) -> list[dict]:
    """Items per execution status, in the choices' order, with the share of each (for the SVG chart)."""
    counts = dict.fromkeys(ExecutionStatus.values, 0)
    for status in items:
        counts[status] += 1
    total = sum(counts.values())
    return [
        {"status": value, "label": label, "count": counts[value], "percent": round(100 * counts[value] / total) if total else 0}
        for value, label in ExecutionStatus.choices
    ]


def decisions_on_control(*, adopted_from: datetime.date | None = None, adopted_until: datetime.date | None = None,
                         open_only: bool = True) -> list[tuple[Resolution, list[Item]]]:
    """Items of published resolutions adopted in the period, grouped by resolution in date order: the review
    «О ходе исполнения ранее принятых решений» (open ones only) or the report for any period (all of them)."""
    items = register_items()
    if adopted_from:
        items = items.filter(resolution__adopted_on__gte=adopted_from)
    if adopted_until:
        items = items.filter(resolution__adopted_on__lte=adopted_until)
    if open_only:
        items = items.open()
    groups: dict[int, tuple[Resolution, list[Item]]] = {}
    for item in items:
        groups.setdefault(item.resolution_id, (item.resolution, []))[1].append(item)
    return list(groups.values())


def open_decisions_before(event) -> list[tuple[Resolution, list[Item]]]:
    """What a conference or meeting reviews: every item of resolutions adopted before it still on control."""
    day = event.reference_date
    until = day - datetime.timedelta(days=1) if day else None
    return decisions_on_control(adopted_until=until)
