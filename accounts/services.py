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
    *, email: str, organizations=(), secretariat: bool = False, created_by=None, send: bool = True, full_name: str = ""
) -> Invitation | None:
    """Give a person roles and, for an account that has never had a password, a link to set one.

    A link that sets a password is an account takeover unless it can only serve a new account: an account that
    already has a password gets the new roles and an email saying so — never a link (it logs in as before,
    with its own password and second factor). Returns the invitation, or None when no link was issued.
    `invitation.new_account` says whether this call created the account (only then may the inviter see the link).
    `full_name` names a new account (or one that has no name yet).
    """
    email = User.objects.normalize_email(email.strip()).lower()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User.objects.create_user(email=email, password=None, full_name=full_name.strip())
    elif full_name.strip() and not user.full_name:
        user.full_name = full_name.strip()
        user.save(update_fields=["full_name"])
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
# --- Accounts in the back office (issue 10) -----------------------------------------------------------------


@transaction.atomic
def account_update(*, user: User, full_name: str, person, organizations, secretariat: bool, by: User) -> User:
    """Change an account's name, the person record it belongs to, the organizations it leads and the
    Secretariat role. Never its password: the person sets that alone, by an invite or a reset link."""
    if user.pk == by.pk and not secretariat:
        raise ValidationError(_("Нельзя снять роль Секретариата с самого себя."), code="own_role")
    user.full_name = full_name.strip()
    user.person = person
    user.save(update_fields=["full_name", "person"])
    user.organizations.set(organizations)
    if secretariat:
        user.groups.add(secretariat_group())
    else:
        user.groups.remove(secretariat_group())
    return user


@transaction.atomic
def account_set_active(*, user: User, active: bool, by: User) -> User:
    """Deactivate an account (it can no longer log in; its pending invitations end) or reactivate it."""
    if user.pk == by.pk and not active:
        raise ValidationError(_("Нельзя отключить собственную учётную запись."), code="own_account")
    user.is_active = active
    user.save(update_fields=["is_active"])
    if not active:
        user.invitations.pending().update(expires_at=timezone.now())
    return user


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by: User) -> Invitation:
    """End an unused invite link now; an accepted one is history and stays as it is."""
    if invitation.accepted_at is not None:
        raise ValidationError(_("Приглашение уже принято: отзывать нечего."), code="accepted")
    invitation.expires_at = timezone.now()
    invitation.save(update_fields=["expires_at"])
    return invitation


@transaction.atomic
def invitation_resend(*, invitation: Invitation, by: User) -> Invitation:
    """A fresh link for someone who has not set a password yet (the old link ends); emailed again."""
    user = invitation.user
    if user.has_usable_password():
        raise ValidationError(
            _("Человек уже установил пароль: новое приглашение не нужно, он может восстановить пароль сам."),
            code="has_password",
        )
    if not user.is_active:
        raise ValidationError(_("Учётная запись отключена: сначала включите её."), code="inactive")
    user.invitations.pending().update(expires_at=timezone.now())
    fresh = Invitation.objects.create(user=user, created_by=by)
    transaction.on_commit(lambda: invitation_send(invitation=fresh))
    return fresh
