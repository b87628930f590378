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
        link = invitation_url(invitation)
        messages.success(request, _("Приглашение отправлено на %(email)s.") % {"email": invitation.user.email})
        form = InviteForm()
    return render(request, "secretariat/invite.html", {"form": form, "link": link})
