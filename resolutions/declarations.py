"""Joining and leaving declarations: a leader asks on behalf of the organization, the Secretariat decides."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.notify import notify
from organizations.models import Organization
from organizations.services import leader_emails, secretariat_emails
from resolutions.models import Declaration, DeclarationDocument, Signatory

ACTIVE = (Signatory.Status.REQUESTED, Signatory.Status.CONFIRMED)


def active_signature(*, declaration: Declaration, organization: Organization) -> Signatory | None:
    return declaration.signatories.filter(organization=organization, status__in=ACTIVE).first()


@transaction.atomic
def declaration_documents_update(
    *, declaration: Declaration, user, add=None, title: str = "", remove=()
) -> DeclarationDocument | None:
    """Attach a checked document (a `core.uploads.CleanFile`) and detach others; each change is in the history
    with its author, and a detached document's file is deleted once the transaction commits."""
    removed = list(declaration.documents.filter(pk__in=[document.pk for document in remove]))
    for document in removed:
        document._history_user = user
        document.delete()
    files = [document.file for document in removed]
    transaction.on_commit(lambda: [stored.delete(save=False) for stored in files])
    if add is None:
        return None
    document = DeclarationDocument(
        declaration=declaration, title=title.strip(), original_name=add.original_name, size=add.size
    )
    document.file.save(add.content.name, add.content, save=False)
    document._history_user = user
    document.save()
    return document


@transaction.atomic
def signatory_request(*, declaration: Declaration, organization: Organization, user) -> Signatory:
    """Ask to add the organization to the declaration's open list; the Secretariat is told."""
    if not (declaration.is_open and declaration.is_published):
        raise ValidationError(_("Список этой декларации закрыт для присоединения."), code="closed")
    if not organization.is_active_member:
        raise ValidationError(_("Присоединиться могут только действующие члены КСОРС РТ."), code="not_member")
    Declaration.objects.select_for_update().get(pk=declaration.pk)
    if active_signature(declaration=declaration, organization=organization):
        raise ValidationError(_("Организация уже подала заявку или присоединилась."), code="duplicate")
    signatory = Signatory.objects.create(
        declaration=declaration, organization=organization, requested_by=user, requested_at=timezone.now()
    )
    context = {"signatory": signatory, "declaration": declaration, "organization": organization, "user": user}
    recipients = secretariat_emails()
    transaction.on_commit(lambda: notify(template="my/email/declaration_requested", context=context, recipients=recipients))
    return signatory


@transaction.atomic
def signatory_decide(
    *, signatory: Signatory, user, confirm: bool, joined_on: datetime.date | None = None, reason: str = ""
) -> Signatory:
    """Confirm a request (the organization appears in the public list from `joined_on`) or decline it with a reason."""
    signatory = Signatory.objects.select_for_update().select_related("declaration", "organization").get(pk=signatory.pk)
    if signatory.status != Signatory.Status.REQUESTED:
        raise ValidationError(_("По этой заявке решение уже принято."), code="decided")
    if confirm:
        signatory.status = Signatory.Status.CONFIRMED
        signatory.joined_on = joined_on or timezone.localdate()
    else:
        if not reason.strip():
            raise ValidationError(_("Укажите причину отказа."), code="no_reason")
        signatory.status = Signatory.Status.DECLINED
        signatory.decline_reason = reason.strip()
    signatory.decided_by = user
    signatory.decided_at = timezone.now()
    signatory._history_user = user
    signatory.save()
    context = {"signatory": signatory, "declaration": signatory.declaration, "organization": signatory.organization}
    recipients = leader_emails(signatory.organization)
    transaction.on_commit(lambda: notify(template="my/email/declaration_decided", context=context, recipients=recipients))
    return signatory


@transaction.atomic
def signatory_correct(
    *, signatory: Signatory, user, confirm: bool, reason: str, joined_on: datetime.date | None = None
) -> Signatory:
    """Reverse a decision already taken: withdraw a confirmation (the organization leaves the public list, the
    reason becomes the refusal's) or confirm a request that was declined. The reason is kept on the record and
    in its history, and the organization's leaders are told, as after the first decision."""
    signatory = Signatory.objects.select_for_update().select_related("declaration", "organization").get(pk=signatory.pk)
    if signatory.status not in (Signatory.Status.CONFIRMED, Signatory.Status.DECLINED):
        raise ValidationError(_("Исправить можно только принятое решение: подтверждение или отказ."), code="not_decided")
    if confirm == (signatory.status == Signatory.Status.CONFIRMED):
        raise ValidationError(_("Это решение уже действует: выберите другое."), code="same_decision")
    if not reason.strip():
        raise ValidationError(_("Укажите причину исправления решения."), code="no_reason")
    if confirm:
        other = active_signature(declaration=signatory.declaration, organization=signatory.organization)
        if other is not None:
            raise ValidationError(_("У организации уже есть другая действующая заявка к этой декларации."), code="duplicate")
        signatory.status = Signatory.Status.CONFIRMED
        signatory.joined_on = joined_on or timezone.localdate()
        signatory.decline_reason = ""
    else:
        signatory.status = Signatory.Status.DECLINED
        signatory.joined_on = None
        signatory.decline_reason = reason.strip()
    signatory.correction_reason = reason.strip()
    signatory.decided_by = user
    signatory.decided_at = timezone.now()
    signatory._history_user = user
    signatory._change_reason = reason.strip()
    signatory.save()
    context = {
        "signatory": signatory, "declaration": signatory.declaration, "organization": signatory.organization,
        "corrected": True,
    }
    recipients = leader_emails(signatory.organization)
    transaction.on_commit(lambda: notify(template="my/email/declaration_decided", context=context, recipients=recipients))
    return signatory


@transaction.atomic
def signatory_leave(*, signatory: Signatory, user, reason: str, left_on: datetime.date | None = None) -> Signatory:
    """Record that the organization leaves the declaration (or withdraws its request); the Secretariat is told."""
    signatory = Signatory.objects.select_for_update().select_related("declaration", "organization").get(pk=signatory.pk)
    if signatory.status not in ACTIVE:
        raise ValidationError(_("Организация не состоит в списке этой декларации."), code="not_active")
    if not reason.strip():
        raise ValidationError(_("Укажите причину выхода."), code="no_reason")
    signatory.status = Signatory.Status.LEFT
    signatory.left_on = left_on or timezone.localdate()
    signatory.left_reason = reason.strip()
    signatory._history_user = user
    signatory.save()
    context = {"signatory": signatory, "declaration": signatory.declaration, "organization": signatory.organization, "user": user}
    recipients = secretariat_emails()
    transaction.on_commit(lambda: notify(template="my/email/declaration_left", context=context, recipients=recipients))
    return signatory
