import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from organizations.models import MembershipChange, MembershipStatus, Organization


@transaction.atomic
def membership_change_apply(
    *,
    organization: Organization,
    status: str,
    effective_on: datetime.date,
    reason: str,
    until_on: datetime.date | None = None,
    until_event: str = "",
    decided_by_item=None,
    document_reference: str = "",
    recorded_by=None,
) -> MembershipChange:
    """Record a membership decision on the organization's timeline and make it the current status.

    Every change needs a reason and a document (a resolution item or a written reference); the
    previous current event stays in the history.
    """
    if status not in MembershipStatus.values:
        raise ValidationError(_("Неизвестный статус членства: %(status)s"), code="invalid_status", params={"status": status})
    if not reason.strip():
        raise ValidationError(_("Укажите основание решения."), code="no_reason")
    if decided_by_item is None and not document_reference.strip():
        raise ValidationError(_("Укажите документ, которым принято решение."), code="no_document")
    if until_on and until_on < effective_on:
        raise ValidationError(_("Дата окончания раньше даты начала."), code="window_order")
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    organization.membership_changes.filter(is_current=True).update(is_current=False)
    change = MembershipChange.objects.create(
        organization=organization,
        status=status,
        effective_on=effective_on,
        until_on=until_on,
        until_event=until_event,
        reason=reason.strip(),
        decided_by_item=decided_by_item,
        document_reference=document_reference.strip(),
        recorded_by=recorded_by,
        is_current=True,
    )
    organization.status = status
    organization.status_since = effective_on
    organization.status_until = until_on
    organization.status_until_event = until_event
    organization.save(update_fields=["status", "status_since", "status_until", "status_until_event", "updated_at", "search_text"])
    return change
