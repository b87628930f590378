"""What anyone may read without an account: published resolutions, their PDF, declarations."""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from core.downloads import stored_file_response
from core.lists import Column, filtered_list
from core.pagecache import public_page
from portal.filters import DeclarationFilter, ResolutionFilter
from resolutions import pdf
from resolutions.models import Declaration, DeclarationDocument, Item, Resolution, Signatory
from resolutions.selectors import resolution_document, version_history

# Long text a page about one resolution never shows (the imported original, the search copy).
UNSHOWN_TEXT = ("source_text", "search_text")
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


@require_safe
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


@require_safe
@public_page
def resolution_detail(request, slug):
    resolution = get_object_or_404(_published().defer(*UNSHOWN_TEXT, *EVENT_DETAIL), slug=slug)
    return render(request, "resolutions/resolution_detail.html", resolution_document(resolution))


@require_safe
@public_page
def resolution_versions(request, slug):
    resolution = get_published_resolution(slug)
    return render(
        request, "resolutions/resolution_versions.html", {"resolution": resolution, "rows": version_history(resolution)}
    )


@require_safe
def declaration_document(request, slug, pk):
    document = get_object_or_404(DeclarationDocument, pk=pk, declaration__slug=slug, declaration__is_published=True)
    return stored_file_response(request, document.file, filename=document.original_name)


@require_safe
@public_page
def declaration_appendix(request, slug):
    """Appendix 1 (the current list of the organizations that joined) as PDF, made from the signatories now."""
    declaration = get_object_or_404(Declaration, is_published=True, slug=slug)
    content, filename = pdf.declaration_appendix_pdf(declaration=declaration)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f"inline; filename=\"{filename}\""
    return response


@require_safe
@public_page
def resolution_pdf(request, slug):
    resolution = get_published_resolution(slug)
    content, filename = pdf.resolution_pdf(resolution=resolution)
    response = HttpResponse(content, content_type="application/pdf")
    disposition = "attachment" if request.GET.get("download") else "inline"
    response["Content-Disposition"] = f"{disposition}; filename=\"{filename}\""
    return response


@require_safe
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


@require_safe
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

