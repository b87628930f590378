from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Invitation, User, secretariat_group
from core.notify import notify


@transaction.atomic
def invitation_create(
    *, email: str, organizations=(), secretariat: bool = False, created_by=None, send: bool = True
) -> Invitation | None:
    """Give a person roles and, for an account that has never had a password, a link to set one.

    A link that sets a password is an account takeover unless it can only serve a new account: an account that
    already has a password gets the new roles and an email saying so — never a link (it logs in as before,
    with its own password and second factor). Returns the invitation, or None when no link was issued.
    `invitation.new_account` says whether this call created the account (only then may the inviter see the link).
    """
    email = User.objects.normalize_email(email.strip()).lower()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User.objects.create_user(email=email, password=None)
    if secretariat:
        user.groups.add(secretariat_group())
    if organizations:
        user.organizations.add(*organizations)
    if user.has_usable_password():
        if send:
            transaction.on_commit(lambda: access_granted_send(user=user))
        return None
    invitation = Invitation.objects.create(user=user, created_by=created_by)
    invitation.new_account = created
    if send:
        transaction.on_commit(lambda: invitation_send(invitation=invitation))
    return invitation


@transaction.atomic
def invitation_accept(*, invitation: Invitation, password: str, full_name: str = "") -> User:
    """Set the password of the invitation's new account; every other pending link of that account dies with it."""
    invitation = Invitation.objects.select_for_update().select_related("user").get(pk=invitation.pk)
    user = invitation.user
    if not invitation.is_usable or user.has_usable_password():
        raise ValidationError(_("Ссылка-приглашение больше не действует."), code="invitation_used")
    user.set_password(password)
    if full_name.strip():
        user.full_name = full_name.strip()
    user.save(update_fields=["password", "full_name"])
    now = timezone.now()
    Invitation.objects.filter(user=user, accepted_at__isnull=True).update(accepted_at=now)
    email_mark_verified(user=user)
    return user


def email_mark_verified(*, user: User) -> None:
    """Record the user's email as verified and primary in allauth.

    Opening the invite link proves the person reads that mailbox; allauth requires a verified address before it
    lets anyone set up two-factor authentication, which Secretariat staff must do.
    """
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email__iexact=user.email, defaults={"email": user.email, "verified": True, "primary": True}
    )


def invitation_url(invitation: Invitation) -> str:
    return settings.KSORS_SITE_URL + invitation.get_absolute_url()


def invitation_send(*, invitation: Invitation) -> None:
    notify(
        template="accounts/email/invitation",
        context={"invitation": invitation, "url": invitation_url(invitation), "user": invitation.user},
        recipients=[invitation.user.email],
    )


def access_granted_send(*, user: User) -> None:
    notify(
        template="accounts/email/access_granted",
        context={"user": user, "login_url": settings.KSORS_SITE_URL + reverse("account_login")},
        recipients=[user.email],
    )
