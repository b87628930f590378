from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from core.lists import Column, filtered_list
from core.pagecache import public_page
from organizations.models import Organization, Position
from portal.filters import OrganizationFilter
from resolutions.models import Item, Signatory


@require_safe
@public_page
def organization_list(request):
    return filtered_list(
        request,
        filterset_class=OrganizationFilter,
        queryset=Organization.objects.public().order_by("name"),
        template="organizations/organization_list.html",
        per_page=30,
        csv_name="organizations",
        csv_columns=[
            Column(_("Название"), lambda o: o.name),
            Column(_("Краткое название"), lambda o: o.short_name),
            Column(_("Вид"), lambda o: o.get_kind_display()),
            Column(_("Город"), lambda o: o.city),
            Column(_("Регион"), lambda o: o.get_region_display()),
            Column(_("Статус членства"), lambda o: o.get_status_display() if o.is_member else o.get_role_display()),
            Column(_("Статус с"), lambda o: o.status_since),
            Column(_("Руководитель"), lambda o: o.leader_name),
            Column(_("Адрес страницы"), lambda o: request.build_absolute_uri(o.get_absolute_url())),
        ],
    )


@require_safe
@public_page
def organization_detail(request, slug):
    organization = get_object_or_404(Organization.objects.public().prefetch_related("names", "photos"), slug=slug)
    changes = organization.membership_changes.public().select_related("decided_by_item__resolution").order_by("-effective_on", "-id")
    named_in = (
        Item.objects.published()
        .filter(Q(responsibilities__organization=organization) | Q(membership_organization=organization))
        .select_related("resolution")
        .distinct()
        .order_by("-resolution__adopted_on", "resolution_id", "position")
    )
    return render(
        request,
        "organizations/organization_detail.html",
        {
            "organization": organization,
            # A decision is linked only when its resolution is public; the document reference is shown otherwise.
            "changes": [
                (change, bool(change.decided_by_item and change.decided_by_item.resolution.is_published)) for change in changes
            ],
            "signatures": organization.signatures.filter(
                status=Signatory.Status.CONFIRMED, declaration__is_published=True
            ).select_related("declaration"),
            "named_in": named_in[:50],
            "people": Position.objects.filter(organization=organization, ended_on__isnull=True).select_related("person"),
        },
    )
