"""The invited person's entrance: an invitation link sets the password of a new account."""

from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Invitation
from accounts.services import email_mark_verified
from portal.forms import AcceptInvitationForm


def accept_invitation(request, token):
    invitation = get_object_or_404(Invitation.objects.select_related("user"), token=token)
    if not invitation.is_usable:
        return render(request, "accounts/invitation_invalid.html", {"invitation": invitation}, status=410)
    user = invitation.user
    form = AcceptInvitationForm(user, request.POST or None, initial={"full_name": user.full_name})
    if request.method == "POST" and form.is_valid():
        form.save()
        if form.cleaned_data["full_name"]:
            user.full_name = form.cleaned_data["full_name"]
            user.save(update_fields=["full_name"])
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
        email_mark_verified(user=user)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Пароль установлен. Добро пожаловать!"))
        return redirect("home")
    return render(request, "accounts/accept_invitation.html", {"form": form, "invitation": invitation})
