from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from conferences.models import Conference, EventStatus
from core.pagecache import public_page
from organizations.models import Organization
from resolutions.models import Resolution


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


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return JsonResponse({"status": "error", "database": "unavailable", "detail": exc.__class__.__name__}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
