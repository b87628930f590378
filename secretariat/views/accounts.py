"""Accounts in the back office: inviting people."""

from django.contrib import messages
from django.shortcuts import render
from django.utils.translation import gettext as _

from accounts.services import invitation_create, invitation_url
from secretariat.forms.accounts import InviteForm
from secretariat.views import secretariat_required


@secretariat_required
def invite(request):
    form = InviteForm(request.POST or None)
    link = None
    if request.method == "POST" and form.is_valid():
        invitation = invitation_create(
            email=form.cleaned_data["email"],
            organizations=form.cleaned_data["organizations"],
            secretariat=form.cleaned_data["secretariat"],
            created_by=request.user,
        )
        email = form.cleaned_data["email"]
        if invitation is None:
            messages.success(
                request, _("У %(email)s уже есть учётная запись: роли добавлены, письмо об этом отправлено.") % {"email": email}
            )
        else:
            # Only a brand-new account's link may be seen by the inviter: it sets nobody's existing password.
            link = invitation_url(invitation) if invitation.new_account else None
            messages.success(request, _("Приглашение отправлено на %(email)s.") % {"email": invitation.user.email})
        form = InviteForm()
    return render(request, "secretariat/invite.html", {"form": form, "link": link})
