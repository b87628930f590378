from django.conf import settings
from django.db import transaction

from accounts.models import Invitation, User, secretariat_group
from core.notify import notify


@transaction.atomic
def invitation_create(*, email: str, organizations=(), secretariat: bool = False, created_by=None, send: bool = True) -> Invitation:
    """Create the account if needed, add roles, and issue an invite link by which the person sets a password.

    An existing account keeps its password: it only gets the new roles and a fresh link.
    """
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=None)
    if secretariat:
        user.groups.add(secretariat_group())
    if organizations:
        user.organizations.add(*organizations)
    invitation = Invitation.objects.create(user=user, created_by=created_by)
    if send:
        transaction.on_commit(lambda: invitation_send(invitation=invitation))
    return invitation


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
