from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from conferences.models import Conference, Meeting
from core.lists import Column, filtered_list
from core.pagecache import public_page
from portal.filters import ConferenceFilter
from resolutions.models import Resolution, ResolutionStatus
from resolutions.presentation import heard_in


def _with_documents(queryset):
    return queryset.annotate(
        document_count=Count("resolutions", filter=Q(resolutions__status=ResolutionStatus.PUBLISHED))
    )


@require_safe
@public_page
def conference_list(request):
    """The timeline: every conference since 2007, numbered and extraordinary, held and planned, newest first."""
    queryset = _with_documents(Conference.objects.chronological().reverse())
    return filtered_list(
        request,
        filterset_class=ConferenceFilter,
        queryset=queryset,
        template="conferences/conference_list.html",
        per_page=50,
        csv_name="conferences",
        csv_columns=[
            Column(_("Номер"), lambda c: c.roman_number),
            Column(_("Конференция"), lambda c: c.title),
            Column(_("Вид"), lambda c: c.get_kind_display()),
            Column(_("Статус"), lambda c: c.get_status_display()),
            Column(_("Дата или срок"), lambda c: c.when),
            Column(_("Город"), lambda c: c.city),
            Column(_("Тема"), lambda c: c.theme),
            Column(_("Документов"), lambda c: c.document_count),
            Column(_("Демонстрационная запись"), lambda c: _("да") if c.is_demo else ""),
            Column(_("Адрес"), lambda c: request.build_absolute_uri(c.get_absolute_url())),
        ],
    )


def _published_documents():
    return Prefetch("resolutions", queryset=Resolution.objects.published().order_by("adopted_on", "id"), to_attr="documents")


@require_safe
@public_page
def conference_detail(request, slug):
    conference = get_object_or_404(Conference.objects.prefetch_related(_published_documents()), slug=slug)
    neighbours = list(Conference.objects.chronological())
    index = next(i for i, c in enumerate(neighbours) if c.pk == conference.pk)
    agenda = list(conference.agenda.select_related("standing_item__source_item__resolution"))
    # No agenda entered for a held conference: what its resolution says the participants heard stands in for it.
    heard = [] if agenda else [(r, text) for r in conference.documents if (text := heard_in(r))]
    return render(
        request,
        "conferences/conference_detail.html",
        {
            "conference": conference,
            "agenda": agenda,
            "heard": heard,
            "resolutions": conference.documents,
            "previous": neighbours[index - 1] if index > 0 else None,
            "next": neighbours[index + 1] if index + 1 < len(neighbours) else None,
        },
    )


@require_safe
@public_page
def meeting_detail(request, slug):
    meeting = get_object_or_404(Meeting.objects.prefetch_related(_published_documents()), slug=slug)
    return render(
        request,
        "conferences/meeting_detail.html",
        {"meeting": meeting, "agenda": meeting.agenda.select_related("standing_item"), "resolutions": meeting.documents},
    )
