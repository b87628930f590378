"""The list of resolutions in the workspace, a new empty draft, and the deadline preview used by the editor's JS."""

from django import forms
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.text import date_or_none, long_date
from resolutions.deadlines import parse_deadline
from resolutions.models import Resolution
from secretariat.views import secretariat_required


class NewResolutionForm(forms.ModelForm):
    class Meta:
        model = Resolution
        fields = ["doc_type", "title", "slug", "conference", "meeting", "adopted_on", "place"]
        widgets = {"adopted_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        labels = {"slug": gettext_lazy("Адрес страницы")}
        help_texts = {"slug": gettext_lazy("Латиницей, например xx-2026-06-19.")}


@secretariat_required
def resolution_list(request):
    resolutions = Resolution.objects.select_related("conference", "meeting").order_by("status", "-adopted_on", "-id")
    return render(request, "secretariat/resolution_list.html", {"resolutions": resolutions})


@secretariat_required
def resolution_new(request):
    form = NewResolutionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        resolution = form.save()
        messages.success(request, _("Черновик создан. Добавьте преамбулу и пункты."))
        return redirect("secretariat:resolution_edit", resolution.pk)
    return render(request, "secretariat/resolution_new.html", {"form": form})


@secretariat_required
def deadline_preview(request):
    """The normalised window of a typed deadline, for the editor to show while typing."""
    text = request.GET.get("text", "")[:300]
    deadline = parse_deadline(text, reference=date_or_none(request.GET.get("reference"))) if text else None
    if deadline is None:
        return JsonResponse({"recognised": False})
    return JsonResponse(
        {
            "recognised": bool(deadline.start or deadline.end),
            "kind": deadline.kind,
            "start": deadline.start.isoformat() if deadline.start else None,
            "end": deadline.end.isoformat() if deadline.end else None,
            "display": " — ".join(dict.fromkeys(long_date(d) for d in (deadline.start, deadline.end) if d)),
            "relative_to": deadline.relative_to,
        }
    )
