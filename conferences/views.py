from django.shortcuts import get_object_or_404, render

from conferences.models import Conference, Meeting


def conference_list(request):
    conferences = Conference.objects.chronological().reverse()
    return render(request, "conferences/conference_list.html", {"conferences": conferences})


def conference_detail(request, slug):
    conference = get_object_or_404(Conference, slug=slug)
    return render(
        request,
        "conferences/conference_detail.html",
        {
            "conference": conference,
            "agenda": conference.agenda.select_related("standing_item"),
            "resolutions": conference.resolutions.published(),
        },
    )


def meeting_detail(request, slug):
    meeting = get_object_or_404(Meeting, slug=slug)
    return render(
        request,
        "conferences/meeting_detail.html",
        {"meeting": meeting, "agenda": meeting.agenda.select_related("standing_item"), "resolutions": meeting.resolutions.published()},
    )
