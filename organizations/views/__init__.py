from django.shortcuts import get_object_or_404, render

from organizations.models import Organization


def organization_list(request):
    organizations = Organization.objects.members().order_by("name")
    return render(request, "organizations/organization_list.html", {"organizations": organizations})


def organization_detail(request, slug):
    organization = get_object_or_404(Organization, slug=slug)
    changes = organization.membership_changes.select_related("decided_by_item__resolution")
    return render(
        request, "organizations/organization_detail.html", {"organization": organization, "changes": changes}
    )
