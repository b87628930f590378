import datetime

from django.db import transaction
from django.utils import timezone

from ksors.text import fold
from organizations.models import MembershipStatus, Organization
from organizations.services import membership_change_apply
from resolutions.matching import Matcher
from resolutions.models import (
    Item,
    ItemKind,
    MembershipAction,
    Resolution,
    ResolutionStatus,
    ResolutionVersion,
    Responsibility,
)

MEMBERSHIP_STATUS_FOR_ACTION = {
    MembershipAction.EXCLUDE: MembershipStatus.EXCLUDED,
    MembershipAction.SUSPEND: MembershipStatus.SUSPENDED,
    MembershipAction.REINSTATE: MembershipStatus.ACTIVE,
}


def _find_organization(name: str, organizations: list[Organization]) -> Organization | None:
    """The organization a membership item names: by its short name in «», e.g. «Умет»."""
    folded = fold(name)
    for organization in organizations:
        if organization.short_name and fold(organization.short_name) in folded:
            return organization
    return None


@transaction.atomic
def resolution_create_from_parse(
    *, parsed, slug: str, conference=None, meeting=None, created_by=None, is_demo: bool = False, source_text: str = ""
) -> Resolution:
    """Save a parsed document as a draft: header, items in document order, responsible matched where known."""
    resolution = Resolution.objects.create(
        title=parsed.title,
        slug=slug,
        conference=conference,
        meeting=meeting,
        theme=parsed.theme,
        adopted_on=parsed.date,
        place=parsed.place,
        unanimous=parsed.unanimous,
        votes_for=parsed.votes_for,
        votes_against=parsed.votes_against,
        votes_abstained=parsed.votes_abstained,
        adoption_text=parsed.adopted,
        preamble=parsed.preamble,
        operative_keyword=parsed.operative_keyword or "ПОСТАНОВИЛИ:",
        is_demo=is_demo,
        source_text=source_text,
    )
    items_create(resolution=resolution, parsed_items=parsed.items)
    return resolution


def items_create(*, resolution: Resolution, parsed_items) -> list[Item]:
    matcher = Matcher()
    organizations = matcher.organizations
    by_label: dict[str, Item] = {}
    created = []
    for position, parsed in enumerate(parsed_items, start=1):
        membership = parsed.membership or {}
        action = membership.get("action", "")
        organization = _find_organization(membership.get("organization", ""), organizations) if action else None
        item = Item.objects.create(
            resolution=resolution,
            parent=by_label.get(parsed.parent) if parsed.parent else None,
            label=parsed.label,
            position=position,
            text=parsed.text,
            kind=parsed.kind if parsed.kind in ItemKind.values else ItemKind.OTHER,
            deadline_text=parsed.deadline_text or "",
            deadline_kind=parsed.deadline_kind or "",
            due_start=parsed.due_start,
            due_end=parsed.due_end,
            due_relative_to=parsed.relative_to or "",
            membership_action=action if organization else "",
            membership_organization=organization,
            membership_until_event=membership.get("until_text", "") if organization else "",
        )
        by_label[item.label] = item
        created.append(item)
        inherited = parsed.kind != ItemKind.RESPONSIBLE and bool(getattr(parsed, "responsible_inherited", False))
        for index, text in enumerate(parsed.responsible):
            match = matcher.match(text)
            Responsibility.objects.create(
                item=item,
                position=index,
                text=text,
                person=match.person,
                body=match.body,
                organization=match.organization,
                all_members=match.all_members,
                inherited=inherited,
            )
    return created


def resolution_snapshot(resolution: Resolution) -> dict:
    """The whole content of a resolution as plain data: what a version records and compares."""
    items = resolution.items.prefetch_related("responsibilities").order_by("position")
    return {
        "title": resolution.title,
        "theme": resolution.theme,
        "adopted_on": resolution.adopted_on.isoformat() if resolution.adopted_on else None,
        "place": resolution.place,
        "adoption_text": resolution.adoption_text,
        "preamble": resolution.preamble,
        "operative_keyword": resolution.operative_keyword,
        "items": [
            {
                "label": item.label,
                "parent": item.parent.label if item.parent_id else None,
                "text": item.text,
                "responsible": [r.text for r in item.responsibilities.all()],
                "deadline_text": item.deadline_text,
                "due_start": item.due_start.isoformat() if item.due_start else None,
                "due_end": item.due_end.isoformat() if item.due_end else None,
            }
            for item in items.select_related("parent")
        ],
    }


def _apply_membership_decisions(*, resolution: Resolution, user) -> None:
    effective_on = resolution.adopted_on or timezone.localdate()
    items = resolution.items.exclude(membership_action="").select_related("membership_organization")
    for item in items:
        organization = item.membership_organization
        already = organization.membership_changes.filter(decided_by_item=item).exists()
        if already:
            continue
        membership_change_apply(
            organization=organization,
            status=MEMBERSHIP_STATUS_FOR_ACTION[item.membership_action],
            effective_on=effective_on,
            until_on=item.membership_until_on,
            until_event=item.membership_until_event,
            reason=item.text,
            decided_by_item=item,
            recorded_by=user,
        )


@transaction.atomic
def resolution_publish(*, resolution: Resolution, user=None, now: datetime.datetime | None = None) -> Resolution:
    """Make a draft public and apply its membership decisions (once: republishing applies nothing twice)."""
    resolution = Resolution.objects.select_for_update().get(pk=resolution.pk)
    now = now or timezone.now()
    resolution.status = ResolutionStatus.PUBLISHED
    resolution.published_at = resolution.published_at or now
    resolution.revision += 1
    resolution.save()
    if not resolution.versions.exists():
        ResolutionVersion.objects.create(
            resolution=resolution,
            number=resolution.version,
            snapshot=resolution_snapshot(resolution),
            note="Первая публикация",
            created_at=now,
            created_by=user,
        )
    _apply_membership_decisions(resolution=resolution, user=user)
    return resolution
