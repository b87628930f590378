from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from conferences.models import Conference, EventStatus
from core import health
from core.pagecache import public_page
from organizations.models import Organization
from resolutions.models import Resolution


@require_safe
@public_page
def home(request):
    latest_conference = Conference.objects.latest_held()
    latest_resolution = None
    if latest_conference is not None:
        latest_resolution = latest_conference.resolutions.published().order_by("-adopted_on").first()
    context = {
        "latest_conference": latest_conference,
        "latest_resolution": latest_resolution,
        "next_conference": Conference.objects.filter(status=EventStatus.PLANNED).chronological().first(),
        "status_counts": Organization.objects.status_counts(),
        "recent_resolutions": Resolution.objects.published().select_related("conference", "meeting")[:5],
    }
    return render(request, "home.html", context)


@require_safe
@never_cache
def healthz(request):
    body, status = health.report()
    return JsonResponse(body, status=status)


def csrf_failure(request, reason=""):
    """A form refused by the CSRF check (stale page, cookies off): the portal's page, not Django's English one.
    Django renders 403_csrf.html without the request, so base.html could not be used there (settings)."""
    return render(request, "403_csrf.html", status=403)
