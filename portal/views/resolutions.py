"""What anyone may read without an account: published resolutions, their PDF, declarations."""

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from core.lists import Column, filtered_list
from core.pagecache import public_page
from organizations.models import MembershipChange, Organization, Position
from portal.filters import DeclarationFilter, ResolutionFilter
from resolutions import pdf
from resolutions.models import Declaration, Item, Resolution, Responsibility, Signatory
from resolutions.presentation import with_depth
from resolutions.selectors import version_history

# Long text a page about one resolution never shows (the imported original, the search copy).
UNSHOWN_TEXT = ("source_text", "search_text")
# Item columns the public page does not show.
UNSHOWN_ITEM = ("execution_updated_at", "membership_until_on", "membership_until_event")
# What a list row shows of its conference or meeting: not their long descriptions.
EVENT_DETAIL = (
    "conference__description", "conference__reports", "conference__search_text", "meeting__description",
)


def _published():
    return Resolution.objects.published().select_related("conference", "meeting")


def _item_count():
    """Items per resolution as a subquery: no GROUP BY over every column, and the paginator's COUNT can drop it."""
    counts = Item.objects.filter(resolution=OuterRef("pk")).order_by().values("resolution").annotate(n=Count("pk"))
    return Coalesce(Subquery(counts.values("n"), output_field=IntegerField()), 0)


def _absolute(request, obj):
    return request.build_absolute_uri(obj.get_absolute_url())


@public_page
def resolution_list(request):
    queryset = (
        _published()
        .defer("preamble", "adoption_text", *UNSHOWN_TEXT, *EVENT_DETAIL)
        .annotate(item_count=_item_count())
        .order_by("-adopted_on", "-id")
    )
    return filtered_list(
        request,
        filterset_class=ResolutionFilter,
        queryset=queryset,
        template="resolutions/resolution_list.html",
        csv_name="resolutions",
        csv_columns=[
            Column(_("Название"), lambda r: r.title),
            Column(_("Конференция или заседание"), lambda r: r.event or ""),
            Column(_("Дата принятия"), lambda r: r.adopted_on),
            Column(_("Место"), lambda r: r.place),
            Column(_("Пунктов"), lambda r: r.item_count),
            Column(_("Редакция"), lambda r: r.version),
            Column(_("Адрес"), lambda r: _absolute(request, r)),
        ],
    )


def get_published_resolution(slug) -> Resolution:
    """The resolution if the public may see it; drafts and withdrawn ones are a 404, as if they did not exist."""
    return get_object_or_404(_published(), slug=slug)


# What a link to an organization shows: its name and address (an organization row has ~30 columns).
ORGANIZATION_LINK = ("name", "short_name", "slug")


def _link(prefix: str) -> list[str]:
    """For only(): the foreign key `prefix` and the columns of a link to the organization it points to."""
    return [prefix, *(f"{prefix}__{name}" for name in ORGANIZATION_LINK)]


def _not_link(prefix: str) -> list[str]:
    """For defer(): every other column of the organization."""
    keep = {"id", *ORGANIZATION_LINK}
    return [f"{prefix}__{field.name}" for field in Organization._meta.concrete_fields if field.name not in keep]


@public_page
def resolution_detail(request, slug):
    # The rows are loaded with only the columns the page shows (dozens of items, each with its responsible and
    # membership decisions: hundreds of objects), and prefetched into plain lists (to_attr): the template reads
    # them for every item, and each `.all()` on a prefetched relation would build a manager and clone a queryset.
    # A column left out and used later costs a query per row, which the query-count tests catch.
    resolution = get_object_or_404(_published().defer(*UNSHOWN_TEXT, *EVENT_DETAIL), slug=slug)
    positions = Position.objects.select_related("organization", "body").only(
        "person", "title", "started_on", *_link("organization"), "body", "body__name"
    )
    responsibilities = (
        Responsibility.objects.select_related("person", "organization")
        .only(
            "item", "position", "text", "all_members", "inherited",
            "person", "person__full_name", "person__short_name", "person__slug", *_link("organization"),
        )
        .prefetch_related(Prefetch("person__positions", queryset=positions, to_attr="position_list"))
    )
    changes = MembershipChange.objects.select_related("organization").only(
        "status", "effective_on", "until_event", "decided_by_item", *_link("organization")
    )
    items = with_depth(
        resolution.items.order_by("position")
        .select_related("membership_organization")
        .defer(*UNSHOWN_ITEM, *_not_link("membership_organization"))
        .prefetch_related(
            Prefetch("responsibilities", queryset=responsibilities, to_attr="responsibility_list"),
            Prefetch("membership_changes", queryset=changes, to_attr="membership_change_list"),
            Prefetch(
                "declarations",
                queryset=Declaration.objects.filter(is_published=True).only("title", "slug", "adopted_by_item"),
                to_attr="declaration_list",
            ),
        )
    )
    versions = list(resolution.versions.defer("snapshot").order_by("-number"))
    named_organizations, named_people = _named(items)
    return render(
        request,
        "resolutions/resolution_detail.html",
        {
            "resolution": resolution,
            "items": items,
            "versions": versions,
            "current_version": next((v for v in versions if v.number == resolution.version), None),
            "named_organizations": named_organizations,
            "named_people": named_people,
            "membership_changes": [change for item in items for change in item.membership_change_list],
            "show_progress": resolution.publish_progress,
        },
    )


def _named(items):
    """Organizations and people the document names as responsible or in membership decisions, in order."""
    organizations, people = {}, {}
    for item in items:
        if item.membership_organization:
            organizations.setdefault(item.membership_organization.pk, item.membership_organization)
        for responsibility in item.responsibility_list:
            if responsibility.organization:
                organizations.setdefault(responsibility.organization.pk, responsibility.organization)
            if responsibility.person:
                people.setdefault(responsibility.person.pk, responsibility.person)
    return list(organizations.values()), list(people.values())


@public_page
def resolution_versions(request, slug):
    resolution = get_published_resolution(slug)
    return render(
        request, "resolutions/resolution_versions.html", {"resolution": resolution, "rows": version_history(resolution)}
    )


@public_page
def resolution_pdf(request, slug):
    resolution = get_published_resolution(slug)
    content, filename = pdf.resolution_pdf(resolution=resolution)
    response = HttpResponse(content, content_type="application/pdf")
    disposition = "attachment" if request.GET.get("download") else "inline"
    response["Content-Disposition"] = f"{disposition}; filename=\"{filename}\""
    return response


@public_page
def declaration_list(request):
    declarations = (
        Declaration.objects.filter(is_published=True)
        .select_related("adopted_by_item__resolution")
        .annotate(signatory_count=Count("signatories", filter=Q(signatories__status=Signatory.Status.CONFIRMED)))
        .order_by("-adopted_on", "title")
    )
    return filtered_list(
        request,
        filterset_class=DeclarationFilter,
        queryset=declarations,
        template="resolutions/declaration_list.html",
        csv_name="declarations",
        csv_columns=[
            Column(_("Название"), lambda d: d.title),
            Column(_("Дата одобрения"), lambda d: d.adopted_on),
            Column(_("Присоединились организаций"), lambda d: d.signatory_count),
            Column(_("Перечень открыт"), lambda d: _("да") if d.is_open else _("нет")),
            Column(_("Адрес"), lambda d: _absolute(request, d)),
        ],
    )


@public_page
def declaration_detail(request, slug):
    declaration = get_object_or_404(
        Declaration.objects.filter(is_published=True).select_related("adopted_by_item__resolution"), slug=slug
    )
    adopting = declaration.adopted_by_item
    if adopting is not None and not adopting.resolution.is_published:
        adopting = None
    signatories = (
        declaration.signatories.filter(status=Signatory.Status.CONFIRMED)
        .select_related("organization")
        .order_by("joined_on", "organization__name")
    )
    return render(
        request,
        "resolutions/declaration_detail.html",
        {"declaration": declaration, "signatories": signatories, "adopting_item": adopting},
    )

