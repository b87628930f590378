import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from accounts.models import User
from core import pagecache
from core.notify import notify
from organizations.models import (
    MaterialCall,
    MembershipChange,
    MembershipStatus,
    Organization,
    OrganizationPhoto,
    Submission,
    SubmissionFile,
)


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
    pagecache.invalidate()  # update() sends no signal
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


# --- Leaders' workspace: profile, photos, history, calls for materials (issue 5) ---------------------------

# What a leader may change on their organization's page; never name, role, status, slug or dates.
PROFILE_FIELDS = (
    "description",
    "history",
    "success_practices",
    "notable_people",
    "video_links",
    "address",
    "phone",
    "email",
    "website",
    "publish_contacts",
)


def secretariat_emails(*extra_users) -> list[str]:
    emails = list(User.objects.secretariat().values_list("email", flat=True))
    emails += [user.email for user in extra_users if user is not None and user.is_active]
    return emails


def leader_emails(organization: Organization) -> list[str]:
    return list(organization.leaders.filter(is_active=True).values_list("email", flat=True))


def _save_with_history(organization: Organization, *, user, reason: str, update_fields=None) -> None:
    organization._history_user = user
    organization._change_reason = reason
    organization.save(update_fields=update_fields)


@transaction.atomic
def organization_profile_update(*, organization: Organization, data: dict, user, logo=None) -> Organization:
    """Save the leader-editable part of a profile; anything else in `data` is ignored.

    `logo` is a checked upload (`core.uploads.CleanFile`), False to remove the logo, None to keep it.
    The save is one record in the organization's history, with the user who made it.
    """
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    for field in PROFILE_FIELDS:
        if field in data:
            setattr(organization, field, data[field])
    if logo is False:
        organization.logo.delete(save=False)
        organization.logo = ""
    elif logo is not None:
        organization.logo.save(logo.content.name, logo.content, save=False)
    _save_with_history(organization, user=user, reason=gettext_noop("Профиль изменён"))
    return organization


@transaction.atomic
def organization_photo_add(*, organization: Organization, image, caption: str = "", user) -> OrganizationPhoto:
    """Add a checked photo (and its thumbnail) to the profile; recorded in the organization's history."""
    position = (organization.photos.aggregate(m=Max("position"))["m"] or 0) + 1
    photo = OrganizationPhoto(organization=organization, caption=caption.strip(), position=position)
    photo.image.save(image.content.name, image.content, save=False)
    if image.thumbnail is not None:
        photo.thumbnail.save(image.thumbnail.name, image.thumbnail, save=False)
    photo.save()
    _save_with_history(organization, user=user, reason=gettext_noop("Добавлено фото"), update_fields=["updated_at"])
    return photo


@transaction.atomic
def organization_photo_delete(*, photo: OrganizationPhoto, user) -> None:
    organization = photo.organization
    files = [photo.image, photo.thumbnail]
    photo.delete()
    _save_with_history(organization, user=user, reason=gettext_noop("Удалено фото"), update_fields=["updated_at"])
    transaction.on_commit(lambda: [f.delete(save=False) for f in files if f])


@transaction.atomic
def organization_revert(*, organization: Organization, record, user) -> Organization:
    """Bring the profile back to a historic record. Only the leader-editable fields and the logo move:
    the membership status, decided by resolutions, is never rolled back from here."""
    if record.id != organization.pk:
        raise ValidationError(_("Эта запись истории относится к другой организации."), code="wrong_record")
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    for field in PROFILE_FIELDS:
        setattr(organization, field, getattr(record, field))
    organization.logo = record.logo
    when = timezone.localtime(record.history_date).strftime("%d.%m.%Y %H:%M")
    _save_with_history(organization, user=user, reason=f"Возврат к версии от {when}")
    return organization


def call_accepts_submissions(call: MaterialCall, today: datetime.date | None = None) -> bool:
    """A call takes materials while it is open and its deadline (inclusive) has not passed."""
    today = today or timezone.localdate()
    return call.status == MaterialCall.Status.OPEN and (call.deadline is None or today <= call.deadline)


@transaction.atomic
def submission_save(
    *, call: MaterialCall, organization: Organization, user, text: str = "", links: str = "", files=()
) -> Submission:
    """Send (or add to) an organization's materials for a call and tell the Secretariat.

    Text and links replace the previous ones; files are added. A reviewed submission that gets new
    materials goes back to «Отправлено» for another review.
    """
    if not call_accepts_submissions(call):
        raise ValidationError(_("Приём материалов по этому сбору закрыт."), code="call_closed")
    submission, _created = Submission.objects.select_for_update().get_or_create(call=call, organization=organization)
    submission.text = text.strip()
    submission.links = links.strip()
    submission.status = Submission.Status.SUBMITTED
    submission.submitted_at = timezone.now()
    submission.submitted_by = user
    submission.save()
    added = []
    for clean in files:
        stored = SubmissionFile(submission=submission, original_name=clean.original_name, size=clean.size)
        stored.file.save(clean.content.name, clean.content, save=False)
        stored.save()
        added.append(stored)
    recipients = secretariat_emails(call.recipient)
    context = {"submission": submission, "call": call, "organization": organization, "added": added, "user": user}
    transaction.on_commit(lambda: notify(template="my/email/submission_received", context=context, recipients=recipients))
    return submission


@transaction.atomic
def submission_review(*, submission: Submission, user, status: str, comment: str = "") -> Submission:
    """Accept a submission or send it back with a comment; the organization's leaders get an email."""
    if status not in (Submission.Status.ACCEPTED, Submission.Status.NEEDS_CHANGES):
        raise ValidationError(_("Выберите решение: принято или нужны исправления."), code="invalid_status")
    if status == Submission.Status.NEEDS_CHANGES and not comment.strip():
        raise ValidationError(_("Напишите, что нужно исправить."), code="no_comment")
    submission = Submission.objects.select_for_update().select_related("call", "organization").get(pk=submission.pk)
    submission.status = status
    submission.review_comment = comment.strip()
    submission.reviewed_at = timezone.now()
    submission.reviewed_by = user
    submission.save(update_fields=["status", "review_comment", "reviewed_at", "reviewed_by", "updated_at"])
    recipients = leader_emails(submission.organization)
    context = {"submission": submission, "call": submission.call, "organization": submission.organization}
    transaction.on_commit(lambda: notify(template="my/email/submission_reviewed", context=context, recipients=recipients))
    return submission
