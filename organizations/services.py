import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from accounts.models import User
from core import pagecache
from core.models import StaleRevision
from core.notify import notify
from core.text import fold, unique_slug
from organizations.models import (
    MaterialCall,
    MembershipChange,
    MembershipStatus,
    Organization,
    OrganizationKind,
    OrganizationName,
    OrganizationPhoto,
    Person,
    Region,
    Role,
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
    reverts: MembershipChange | None = None,
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
        reverts=reverts,
    )
    if status == MembershipStatus.CANDIDATE:
        raise ValidationError(_("Кандидат — не решение о членстве."), code="invalid_status")
    # Admission is the first event of a member's timeline: it sets the date of joining if none is known.
    if organization.status == MembershipStatus.CANDIDATE and organization.joined_on is None:
        organization.joined_on = effective_on
    organization.status = status
    organization.status_since = effective_on
    organization.status_until = until_on
    organization.status_until_event = until_event
    organization.save(
        update_fields=["status", "status_since", "status_until", "status_until_event", "joined_on", "updated_at", "search_text"]
    )
    return change


@transaction.atomic
def membership_decisions_revert(*, changes, reason: str, document_reference: str, recorded_by=None) -> list[MembershipChange]:
    """Undo membership decisions whose document was withdrawn: each organization whose current status one of
    them set returns to the status it had before, recorded as a new event that names what it reverts. A decision
    already superseded by a later one is left as it is (the later decision stands)."""
    reverted = []
    for change in changes:
        if not change.is_current or hasattr(change, "reverted_by"):
            continue
        previous = (
            MembershipChange.objects.filter(organization_id=change.organization_id, id__lt=change.id).order_by("-id").first()
        )
        reverted.append(
            membership_change_apply(
                organization=change.organization,
                status=previous.status if previous else MembershipStatus.ACTIVE,
                effective_on=max(timezone.localdate(), change.effective_on),
                until_on=previous.until_on if previous and previous.until_on and previous.until_on >= timezone.localdate() else None,
                until_event=previous.until_event if previous else "",
                reason=reason,
                document_reference=document_reference,
                recorded_by=recorded_by,
                reverts=change,
            )
        )
    return reverted


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
    """Save an edit of the page (it raises the revision that optimistic locking compares) with its author."""
    organization._history_user = user
    organization._change_reason = reason
    organization.revision += 1
    if update_fields is not None:
        update_fields = [*update_fields, "revision"]
    organization.save(update_fields=update_fields)


@transaction.atomic
def organization_profile_update(
    *, organization: Organization, data: dict, user, logo=None, expected_revision: int | None = None
) -> Organization:
    """Save the leader-editable part of a profile; anything else in `data` is ignored.

    `logo` is a checked upload (`core.uploads.CleanFile`), False to remove the logo, None to keep it.
    The save is one record in the organization's history, with the user who made it. With `expected_revision`
    a save based on a page opened before someone else's save is refused (`StaleRevision`), never silently lost.
    """
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    if expected_revision is not None and organization.revision != expected_revision:
        raise StaleRevision(organization)
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
def submission_review(
    *, submission: Submission, user, status: str, comment: str = "", correction_reason: str = ""
) -> Submission:
    """Accept a submission or send it back with a comment; the organization's leaders get an email.

    A decision already taken can be changed; withdrawing an acceptance needs a reason. The reason is shown to
    the leaders and kept, with its author, in the submission's history."""
    reviewed = (Submission.Status.ACCEPTED, Submission.Status.NEEDS_CHANGES)
    if status not in reviewed:
        raise ValidationError(_("Выберите решение: принято или нужны исправления."), code="invalid_status")
    if status == Submission.Status.NEEDS_CHANGES and not comment.strip():
        raise ValidationError(_("Напишите, что нужно исправить."), code="no_comment")
    submission = Submission.objects.select_for_update().select_related("call", "organization").get(pk=submission.pk)
    corrected = submission.status in reviewed and submission.status != status
    if submission.status == Submission.Status.ACCEPTED and corrected and not correction_reason.strip():
        raise ValidationError(_("Решение уже было принято: укажите, почему вы его меняете."), code="no_correction_reason")
    submission.status = status
    submission.review_comment = comment.strip()
    submission.correction_reason = correction_reason.strip() if corrected else ""
    submission.reviewed_at = timezone.now()
    submission.reviewed_by = user
    submission._history_user = user
    if corrected:
        submission._change_reason = submission.correction_reason
    submission.save(update_fields=[
        "status", "review_comment", "correction_reason", "reviewed_at", "reviewed_by", "updated_at",
    ])
    recipients = leader_emails(submission.organization)
    context = {"submission": submission, "call": submission.call, "organization": submission.organization}
    transaction.on_commit(lambda: notify(template="my/email/submission_reviewed", context=context, recipients=recipients))
    return submission


# --- The registry kept by the Secretariat (issue 10) --------------------------------------------------------

# What the Secretariat edits on the registry form; membership status moves only by decisions.
REGISTRY_FIELDS = (
    "name", "short_name", "slug", "kind", "role", "region", "city", "founded_on", "joined_on", "leader_name",
    "leader_title",
)
_KIND_WORDS = (
    ("молод", OrganizationKind.YOUTH),
    ("женск", OrganizationKind.WOMEN),
    ("ветеран", OrganizationKind.VETERANS),
    ("национальн", OrganizationKind.ETHNIC),
    ("татар", OrganizationKind.ETHNIC),
)


def quoted_name(name: str) -> str:
    """«Славянский дом» from ОО «Славянский дом»: the short name as the council writes it."""
    start = name.find("«")
    if start < 0:
        return ""
    depth, end = 0, len(name)
    for index in range(start, len(name)):
        depth += {"«": 1, "»": -1}.get(name[index], 0)
        if depth == 0:
            end = index
            break
    return name[start + 1:end].strip()


def organization_match(name: str) -> Organization | None:
    """The organization the registry already holds under this name (or its short name in «»), any case, ё=е."""
    short = fold(quoted_name(name))
    full = fold(name)
    for organization in Organization.objects.only("id", "name", "short_name", "slug", "status", "role"):
        if fold(organization.name) == full or (short and fold(organization.short_name) == short):
            return organization
    return None


@transaction.atomic
def organization_for_admission(*, name: str, city: str = "", user=None) -> Organization:
    """The organization a «Принять в состав …» item names: the registry's own record, or a new one.

    A new record waits as a candidate (not in the public directory) until the decision is published.
    """
    existing = organization_match(name)
    if existing is not None:
        return existing
    kind = next((kind for stem, kind in _KIND_WORDS if stem in fold(name)), OrganizationKind.CULTURAL)
    organization = Organization(
        name=name.strip(),
        short_name=quoted_name(name),
        slug=unique_slug(Organization.objects.all(), quoted_name(name) or name, fallback="organization"),
        kind=kind,
        role=Role.MEMBER,
        city=city.strip(),
        region=Region.DUSHANBE if fold(city) == "душанбе" else "",
        status=MembershipStatus.CANDIDATE,
    )
    _save_with_history(organization, user=user, reason=gettext_noop("Создана при импорте решения о приёме"))
    return organization


@transaction.atomic
def organization_save(*, organization: Organization, data: dict, user, valid_from: datetime.date | None = None) -> Organization:
    """Create or edit a registry record; a rename keeps the former name in the name history with its dates.

    `valid_from` is the date the new name is in use from (today when not given); the former name's record
    ends the day before. The membership status is never touched here.
    """
    creating = organization.pk is None
    if creating:
        # A member joins by an admission decision (recorded next); until then the public does not list it.
        role = data.get("role", organization.role)
        organization.status = MembershipStatus.CANDIDATE if role == Role.MEMBER else MembershipStatus.ACTIVE
        former = None
    else:
        former = Organization.objects.select_for_update().get(pk=organization.pk)
    for field in REGISTRY_FIELDS:
        if field in data:
            setattr(organization, field, data[field])
    renamed = former is not None and (former.name != organization.name or former.short_name != organization.short_name)
    if renamed:
        since = valid_from or timezone.localdate()
        current = organization.names.filter(valid_until__isnull=True, name=former.name).order_by("-valid_from").first()
        if current is None:
            started = former.joined_on or former.founded_on
            current = OrganizationName(organization=organization, name=former.name, short_name=former.short_name,
                                       valid_from=started if started and started < since else None)
        current.valid_until = since - datetime.timedelta(days=1)
        if current.valid_from and current.valid_until < current.valid_from:
            current.valid_from = None
        current.save()
        OrganizationName.objects.create(
            organization=organization, name=organization.name, short_name=organization.short_name, valid_from=since
        )
    reason = gettext_noop("Создана в реестре") if creating else (
        gettext_noop("Переименована") if renamed else gettext_noop("Изменена в реестре")
    )
    _save_with_history(organization, user=user, reason=reason)
    return organization


@transaction.atomic
def person_merge(*, person: Person, duplicate: Person, user=None) -> Person:
    """Fold a second record of the same person into `person`: every row pointing at the duplicate (posts,
    accounts, responsibility for items) moves over, then the duplicate is deleted.

    Found through the model's relations rather than by name, so a new table that points at people is
    merged too without this function knowing it.
    """
    if person.pk == duplicate.pk:
        raise ValidationError(_("Нельзя объединить запись саму с собой."), code="same_person")
    for relation in Person._meta.related_objects:
        # Historical records keep the person they were written about.
        if not relation.one_to_many or hasattr(relation.related_model, "instance_type"):
            continue
        relation.related_model._base_manager.filter(**{relation.field.name: duplicate}).update(
            **{relation.field.name: person}
        )
    person._history_user = user
    person._change_reason = f"Объединена с записью «{duplicate.full_name}»"[:100]
    person.save()
    duplicate._history_user = user
    duplicate.delete()
    return person
