"""Progress reports by member organizations on the published items that name them (or all members)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.notify import notify
from organizations.models import Organization
from organizations.services import secretariat_emails
from resolutions.control import assignment_for
from resolutions.models import (
    AssignmentStatus,
    ExecutionStatus,
    Item,
    ProgressReport,
    ReportAttachment,
    Responsibility,
)
from resolutions.services import item_status_set


def items_assigned_to(organization: Organization):
    """Published items where the organization has a sub-task (`Assignment`); for an item that has no sub-tasks
    yet, those naming it as responsible, or all member organizations if it is an active member."""
    named = Q(responsibilities__organization=organization)
    if organization.is_active_member:
        named |= Q(responsibilities__all_members=True)
    condition = Q(assignments__organization=organization) | (Q(assignments__isnull=True) & named)
    ids = Item.objects.published().filter(condition).values("pk")
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


# What a report's status does to the reporting organization's sub-task: «выполнено» awaits acceptance.
ASSIGNMENT_STATUS_FOR_REPORT = {
    ExecutionStatus.NOT_STARTED: AssignmentStatus.NOT_STARTED,
    ExecutionStatus.IN_PROGRESS: AssignmentStatus.IN_PROGRESS,
    ExecutionStatus.DONE: AssignmentStatus.REPORTED,
    ExecutionStatus.NOT_DONE: AssignmentStatus.NOT_DONE,
}


@transaction.atomic
def progress_report_create(
    *,
    item: Item,
    author,
    text: str,
    reported_on: datetime.date,
    status: str = "",
    files=(),
    organization: Organization | None = None,
    by_secretariat: bool = False,
) -> ProgressReport:
    """Record a dated report on an item with its attachments (`CleanFile`s from `core.uploads`).

    A leader reports for their organization (`by_secretariat=False`): the item must be assigned to it, the
    report joins the organization's sub-task and moves that sub-task only — «выполнено» sends it to the
    Secretariat for acceptance — and the Secretariat is told. An item for all members is not done because one
    organization is done. The Secretariat records a report itself, for an organization or not
    (`by_secretariat=True`): a status given in it becomes the item's execution status; it needs no review.
    """
    if not by_secretariat and (organization is None or not items_assigned_to(organization).filter(pk=item.pk).exists()):
        raise ValidationError(_("Этот пункт не поручен вашей организации."), code="not_assigned")
    if not text.strip():
        raise ValidationError(_("Опишите, что сделано."), code="no_text")
    if status and status not in ExecutionStatus.values:
        raise ValidationError(_("Неизвестный статус."), code="invalid_status")
    if organization is None:
        assignment = None
    elif by_secretariat:
        # The Secretariat may write down a report from any organization; it joins a sub-task only if there is one.
        assignment = item.assignments.filter(organization=organization).first()
    else:
        assignment = assignment_for(item=item, organization=organization)
    report = ProgressReport.objects.create(
        item=item, organization=organization, author=author, reported_on=reported_on, text=text.strip(), status=status,
        assignment=assignment, reviewed_at=timezone.now() if by_secretariat else None,
        reviewed_by=author if by_secretariat else None,
    )
    if assignment is not None and status:
        assignment.status = ASSIGNMENT_STATUS_FOR_REPORT.get(status, assignment.status)
        assignment.save(update_fields=["status", "updated_at"])
    for clean in files:
        attachment = ReportAttachment(report=report, original_name=clean.original_name, size=clean.size)
        attachment.file.save(clean.content.name, clean.content, save=False)
        attachment.save()
    if by_secretariat:
        if status:
            item_status_set(item=item, status=status)
    else:
        context = {"report": report, "item": item, "organization": organization, "user": author}
        recipients = secretariat_emails()
        transaction.on_commit(lambda: notify(template="my/email/progress_reported", context=context, recipients=recipients))
    return report
