import datetime

from django.db import transaction
from django.utils import timezone

from conferences.models import AgendaItem, Conference, Meeting, StandingAgendaItem


def _standing_items_for(day: datetime.date, *, for_meeting: bool):
    items = StandingAgendaItem.objects.in_force_on(day)
    return items.filter(applies_to_meetings=True) if for_meeting else items.filter(applies_to_conferences=True)


def _owner(event: Conference | Meeting) -> dict:
    return {"meeting": event} if isinstance(event, Meeting) else {"conference": event}


def _next_position(owner: dict) -> int:
    return (AgendaItem.objects.filter(**owner).order_by("-position").values_list("position", flat=True).first() or 0) + 1


@transaction.atomic
def agenda_item_add(*, event: Conference | Meeting, title: str, speaker: str = "") -> AgendaItem:
    """Append a question to the end of the event's agenda."""
    owner = _owner(event)
    return AgendaItem.objects.create(**owner, title=title, speaker=speaker, position=_next_position(owner))


@transaction.atomic
def agenda_add_standing_items(*, event: Conference | Meeting) -> list[AgendaItem]:
    """Put every standing item in force on the event's date (or planned start) on its agenda, once.

    The Youth Agenda (item 8б of the XX conference) must be on every agenda from 2026-07-01 to 2030-12-31.
    """
    day = event.reference_date or timezone.localdate()
    for_meeting = isinstance(event, Meeting)
    owner = _owner(event)
    present = set(AgendaItem.objects.filter(**owner, standing_item__isnull=False).values_list("standing_item_id", flat=True))
    next_position = _next_position(owner)
    added = []
    for standing in _standing_items_for(day, for_meeting=for_meeting):
        if standing.pk in present:
            continue
        added.append(AgendaItem.objects.create(**owner, title=standing.title, standing_item=standing, position=next_position))
        next_position += 1
    return added


REVIEW_TITLE = "О ходе исполнения ранее принятых решений"


@transaction.atomic
def agenda_add_review_section(*, event: Conference | Meeting) -> AgendaItem | None:
    """Put the standing section «О ходе исполнения ранее принятых решений» first on the agenda, once.

    Every conference and council meeting reviews the decisions still on control; the back office prepares
    its report (the event's page, `resolutions.selectors.open_decisions_before`)."""
    owner = _owner(event)
    if AgendaItem.objects.filter(**owner, is_execution_review=True).exists():
        return None
    # Agenda titles are the documents' own Russian text, not interface strings.
    return AgendaItem.objects.create(**owner, title=REVIEW_TITLE, is_execution_review=True, position=0)


@transaction.atomic
def conference_create(**fields) -> Conference:
    conference = Conference.objects.create(**fields)
    agenda_add_review_section(event=conference)
    agenda_add_standing_items(event=conference)
    return conference


@transaction.atomic
def meeting_create(**fields) -> Meeting:
    meeting = Meeting.objects.create(**fields)
    agenda_add_review_section(event=meeting)
    agenda_add_standing_items(event=meeting)
    return meeting
