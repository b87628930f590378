"""Progress reports by member organizations on the published items that name them (or all members)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from organizations.models import MembershipStatus, Organization, Role
from organizations.services import notify, secretariat_emails
from resolutions.models import (
    ExecutionStatus,
    Item,
    ProgressReport,
    ReportAttachment,
    ResolutionStatus,
    Responsibility,
)


def items_assigned_to(organization: Organization):
    """Published items naming the organization as responsible, or all member organizations if it is an active member."""
    condition = Q(responsibilities__organization=organization)
    if organization.role == Role.MEMBER and organization.status == MembershipStatus.ACTIVE:
        condition |= Q(responsibilities__all_members=True)
    ids = Item.objects.filter(condition, resolution__status=ResolutionStatus.PUBLISHED).values("pk")
    return (
        Item.objects.filter(pk__in=ids)
        .select_related("resolution", "parent")
        .prefetch_related(Prefetch("responsibilities", queryset=Responsibility.objects.order_by("position", "id")))
        .order_by("-resolution__adopted_on", "resolution_id", "position")
    )


def reports_from_organizations():
    """Every report sent by an organization, newest first, for the Secretariat's pages."""
    return (
        ProgressReport.objects.filter(organization__isnull=False)
        .select_related("item__resolution", "organization", "author")
        .prefetch_related("attachments")
        .order_by("-reported_on", "-id")
    )


@transaction.atomic
def progress_report_create(
    *,
    item: Item,
    organization: Organization,
    user,
    text: str,
    reported_on: datetime.date,
    status: str = "",
    files=(),
) -> ProgressReport:
    """Record a dated report from an organization with its checked attachments; the Secretariat is told.

    The status a leader gives is their view of their part; the item's own execution status stays the
    Secretariat's decision (an item for all members is not done because one organization is done).
    """
    if not items_assigned_to(organization).filter(pk=item.pk).exists():
        raise ValidationError(_("Этот пункт не поручен вашей организации."), code="not_assigned")
    if not text.strip():
        raise ValidationError(_("Опишите, что сделано."), code="no_text")
    if status and status not in ExecutionStatus.values:
        raise ValidationError(_("Неизвестный статус."), code="invalid_status")
    report = ProgressReport.objects.create(
        item=item, organization=organization, author=user, reported_on=reported_on, text=text.strip(), status=status
    )
    for clean in files:
        attachment = ReportAttachment(report=report, original_name=clean.original_name, size=clean.size)
        attachment.file.save(clean.content.name, clean.content, save=False)
        attachment.save()
    context = {"report": report, "item": item, "organization": organization, "user": user}
    recipients = secretariat_emails()
    transaction.on_commit(lambda: notify(template="my/email/progress_reported", context=context, recipients=recipients))
    return report
