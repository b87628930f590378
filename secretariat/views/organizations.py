"""Membership decisions taken outside resolutions, recorded by the Secretariat."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from organizations.models import Organization
from organizations.services import membership_change_apply
from secretariat.forms.organizations import MembershipChangeForm
from secretariat.views import secretariat_required


@secretariat_required
def membership_change(request, slug):
    organization = get_object_or_404(Organization.objects.members(), slug=slug)
    form = MembershipChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership_change_apply(organization=organization, recorded_by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            organization.refresh_from_db()
            messages.success(
                request, _("%(name)s: %(status)s.") % {"name": organization, "status": organization.get_status_display()}
            )
            return redirect("secretariat:membership", organization.slug)
    changes = organization.membership_changes.select_related("decided_by_item__resolution", "recorded_by")
    return render(
        request, "secretariat/membership_change.html", {"organization": organization, "form": form, "changes": changes}
    )
