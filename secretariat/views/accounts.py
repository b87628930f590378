"""Accounts in the back office: inviting people, the list of users and invitations, one account's roles."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import SECRETARIAT_GROUP, Invitation, User
from accounts.services import (
    account_set_active,
    account_update,
    invitation_create,
    invitation_resend,
    invitation_revoke,
    invitation_url,
)
from core.lists import table_list
from secretariat.filters import AccountFilter
from secretariat.forms.accounts import AccountForm, InviteForm
from secretariat.tables import AccountTable
from secretariat.views import secretariat_required


@secretariat_required
def invite(request):
    form = InviteForm(request.POST or None)
    link = None
    if request.method == "POST" and form.is_valid():
        invitation = invitation_create(
            email=form.cleaned_data["email"],
            full_name=form.cleaned_data["full_name"],
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


@secretariat_required
def account_list(request):
    invitations = Invitation.objects.filter(accepted_at__isnull=True).select_related("user", "created_by")
    return table_list(
        request,
        table_class=AccountTable,
        filterset_class=AccountFilter,
        queryset=User.objects.select_related("person").prefetch_related("groups", "organizations"),
        template="secretariat/accounts/account_list.html",
        export_name="accounts",
        context={"invitations": invitations.order_by("-created_at")[:50]},
    )


@secretariat_required
def account_detail(request, pk):
    account = get_object_or_404(User.objects.select_related("person"), pk=pk)
    initial = {
        "full_name": account.full_name, "person": account.person, "organizations": account.organizations.all(),
        "secretariat": account.groups.filter(name=SECRETARIAT_GROUP).exists(),
    }
    form = AccountForm(request.POST or None, initial=initial)
    if request.method == "POST":
        action = request.POST.get("action")
        if action in ("deactivate", "activate"):
            try:
                account_set_active(user=account, active=action == "activate", by=request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Учётная запись включена.") if account.is_active else _("Учётная запись отключена: войти по ней больше нельзя."))
            return redirect("secretariat:account", account.pk)
        if form.is_valid():
            try:
                account_update(user=account, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Сохранено."))
                return redirect("secretariat:account", account.pk)
    return render(request, "secretariat/accounts/account_detail.html", {
        "account": account, "form": form,
        "invitations": account.invitations.select_related("created_by"),
    })


@secretariat_required
@require_POST
def invitation_action(request, pk, action):
    invitation = get_object_or_404(Invitation.objects.select_related("user"), pk=pk)
    services = {"resend": invitation_resend, "revoke": invitation_revoke}
    if action not in services:
        return redirect("secretariat:account", invitation.user_id)
    try:
        services[action](invitation=invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Новая ссылка отправлена на %(email)s.") % {"email": invitation.user.email}
                         if action == "resend" else _("Приглашение отозвано: ссылка больше не действует."))
    return redirect("secretariat:account", invitation.user_id)
