"""The invited person's entrance: an invitation link sets the password of a new account."""

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.models import Invitation
from accounts.services import invitation_accept
from portal.forms import AcceptInvitationForm


def accept_invitation(request, token):
    invitation = get_object_or_404(Invitation.objects.select_related("user"), token=token)
    user = invitation.user
    # An account that has a password is never served by a link, however fresh the link is.
    if not invitation.is_usable or user.has_usable_password():
        return render(request, "accounts/invitation_invalid.html", {"invitation": invitation}, status=410)
    form = AcceptInvitationForm(user, request.POST or None, initial={"full_name": user.full_name})
    if request.method == "POST" and form.is_valid():
        try:
            user = invitation_accept(
                invitation=invitation, password=form.cleaned_data["new_password1"], full_name=form.cleaned_data["full_name"]
            )
        except ValidationError:
            return render(request, "accounts/invitation_invalid.html", {"invitation": invitation}, status=410)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Пароль установлен. Добро пожаловать!"))
        return redirect("home")
    return render(request, "accounts/accept_invitation.html", {"form": form, "invitation": invitation})
