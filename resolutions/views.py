from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from resolutions.models import Declaration, Resolution, Responsibility, Signatory


def resolution_list(request):
    resolutions = Resolution.objects.published().select_related("conference", "meeting")
    return render(request, "resolutions/resolution_list.html", {"resolutions": resolutions})


def resolution_detail(request, slug):
    resolution = get_object_or_404(Resolution.objects.published().select_related("conference", "meeting"), slug=slug)
    items = resolution.items.prefetch_related(
        Prefetch("responsibilities", queryset=Responsibility.objects.select_related("person", "body", "organization"))
    )
    return render(request, "resolutions/resolution_detail.html", {"resolution": resolution, "items": items})


def declaration_list(request):
    declarations = Declaration.objects.filter(is_published=True)
    return render(request, "resolutions/declaration_list.html", {"declarations": declarations})


def declaration_detail(request, slug):
    declaration = get_object_or_404(Declaration.objects.filter(is_published=True), slug=slug)
    signatories = declaration.signatories.filter(status=Signatory.Status.CONFIRMED).select_related("organization")
    return render(
        request, "resolutions/declaration_detail.html", {"declaration": declaration, "signatories": signatories}
    )


