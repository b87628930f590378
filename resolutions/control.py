"""Execution control: sub-tasks per responsible, deadlines tied to events, acceptance, returns, extensions.

Writes here are services (keyword-only, `@transaction.atomic`, emails in `on_commit`); the register and the
inbox read through `resolutions.selectors` and `resolutions.inbox`.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from conferences.models import Conference, ConferenceKind, EventStatus, Meeting
from core.notify import notify
from core.text import fold
from organizations.models import MembershipStatus, Organization
from organizations.services import leader_emails, secretariat_emails
from resolutions.models import (
    OPEN_ASSIGNMENT_STATUSES,
    Assignment,
    AssignmentStatus,
    EventRelation,
    ExecutionStatus,
    ExtensionRequest,
    Item,
    ItemKind,
    Resolution,
)

# --- Deadlines tied to events ---------------------------------------------------------------------------


def shift_months(day: datetime.date, months: int) -> datetime.date:
    """`day` moved by whole months, clamped to the month's last day (31 March − 1 month → 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def event_window(event: Conference | Meeting) -> tuple[datetime.date | None, datetime.date | None]:
    """The event's date when fixed, else its planned period (a meeting has only a date)."""
    if event.date:
        return event.date, event.date
    return getattr(event, "planned_start", None), getattr(event, "planned_end", None)


def window_from_event(item: Item) -> tuple[datetime.date | None, datetime.date | None] | None:
    """The window the item's linked event gives it, or None when the link does not set the window.

    «за три месяца до даты проведения» of a conference planned for 2027-04-01…2027-09-30 → 2027-01-01…2027-06-30;
    «на конференции» → the event's window; «до конференции» → from the item's own start to the event's end;
    «к конференции» keeps the item's own window (the event is only checked against it).
    """
    event = item.linked_event
    if event is None or item.event_relation in ("", EventRelation.FOR):
        return None
    start, end = event_window(event)
    if start is None and end is None:
        return None
    if item.event_relation == EventRelation.BEFORE:
        months = -int(item.event_offset_months or 0)
        return (shift_months(start, months) if start else None), (shift_months(end, months) if end else None)
    if item.event_relation == EventRelation.AT:
        return start, end
    own_start = item.due_start if item.due_start and end and item.due_start <= end else None
    return own_start, end


def deadline_after_event(item: Item) -> tuple[datetime.date, Conference | Meeting] | None:
    """(the event's last day, the event) when the item's window ends after the event it serves — its own link
    or its parent's (the jubilee book due September–October 2027 for a conference planned for Q2–Q3 2027)."""
    event = item.linked_event or (item.parent.linked_event if item.parent_id else None)
    if event is None or item.due_end is None:
        return None
    _start, end = event_window(event)
    if end is not None and item.due_end > end:
        return end, event
    return None


def _apply_event_window(item: Item) -> bool:
    if item.membership_action:
        return False  # a suspension «до конференции» ends by a decision when it is held, not by a window
    window = window_from_event(item)
    if window is None or window == (item.due_start, item.due_end):
        return False
    item.due_start, item.due_end = window
    return True


@transaction.atomic
def item_event_link_set(
    *, item: Item, event: Conference | Meeting | None, relation: str = "", offset_months: int = 0
) -> Item:
    """Link the item's deadline to an event (or unlink it with `event=None`) and recompute its window."""
    if event is not None and relation not in EventRelation.values:
        raise ValidationError(_("Укажите, как срок зависит от события."), code="no_relation")
    if relation == EventRelation.BEFORE and offset_months < 1:
        raise ValidationError(_("Укажите, за сколько месяцев до события."), code="no_offset")
    item.event_conference = event if isinstance(event, Conference) else None
    item.event_meeting = event if isinstance(event, Meeting) else None
    item.event_relation = relation if event is not None else ""
    item.event_offset_months = offset_months if relation == EventRelation.BEFORE else 0
    _apply_event_window(item)
    item.save()
    return item


@transaction.atomic
def event_windows_recompute(*, event: Conference | Meeting) -> list[Item]:
    """Recompute the window of every item linked to the event, after its date or planned period changed."""
    field = "event_conference" if isinstance(event, Conference) else "event_meeting"
    changed = []
    for item in Item.objects.filter(**{field: event}).select_for_update():
        setattr(item, field, event)
        if _apply_event_window(item):
            item._change_reason = _("Срок пересчитан от даты события")
            item.save(update_fields=["due_start", "due_end"])
            changed.append(item)
    return changed


NUMBER_WORDS = {"один": 1, "одного": 1, "месяц": 1, "два": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4,
                "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6}


@dataclass(frozen=True)
class EventLink:
    event: Conference | Meeting
    relation: str
    offset_months: int = 0


def _conference_year(conference: Conference) -> int | None:
    day = conference.date or conference.planned_start
    return day.year if day else None


def propose_event_link(
    *, deadline_text: str, context: str = "", after: datetime.date | None = None, conferences: list[Conference] | None = None
) -> EventLink | None:
    """The conference a deadline depends on, as the importer proposes it; the Secretariat confirms in the editor.

    `deadline_text` is the deadline as written, `context` the item's text and its parent's (where «даты
    проведения» finds its conference). Candidates are conferences after `after` (the adoption date); the year
    written in the text and «отчётно-выборн…» narrow them, else the next one is taken.
    """
    deadline, whole = fold(deadline_text), fold(f"{deadline_text} {context}")
    before = re.search(r"\bза\s+(\d+|[а-я]+)\s+месяц\w*\s+до\b", deadline)
    if before:
        word = before.group(1)
        relation, offset = EventRelation.BEFORE, int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        if offset < 1:
            return None
    elif re.search(r"\bна\s+(?:[а-я-]+\s+){0,3}конференци", whole):
        relation, offset = EventRelation.AT, 0
    elif re.search(r"\bдо\s+(?:[а-я-]+\s+){0,3}конференци", whole):
        relation, offset = EventRelation.UNTIL, 0
    elif re.search(r"\bдля\s+(?:[а-я-]+\s+){0,3}конференци", whole):
        relation, offset = EventRelation.UNTIL if not deadline_text or "году" in deadline else EventRelation.FOR, 0
    else:
        return None
    candidates = conferences if conferences is not None else list(Conference.objects.exclude(status=EventStatus.CANCELLED))
    candidates = [c for c in candidates if after is None or ((c.date or c.planned_end or c.planned_start) or after) > after]
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", whole)}
    if years:
        candidates = [c for c in candidates if _conference_year(c) in years]
    if "отчетно-выборн" in whole:
        candidates = [c for c in candidates if c.kind == ConferenceKind.REPORTING_ELECTION]
    candidates.sort(key=lambda c: (c.date or c.planned_start or datetime.date.max))
    return EventLink(candidates[0], relation, offset) if candidates else None


def event_links_propose(*, resolution: Resolution, only_unlinked: bool = True) -> list[Item]:
    """Link the resolution's deadlines (and suspensions «до … конференции») to the conferences they name."""
    conferences = list(Conference.objects.exclude(status=EventStatus.CANCELLED))
    linked = []
    items = list(resolution.items.select_related("parent").order_by("position"))
    for item in items:
        if only_unlinked and item.linked_event is not None:
            continue
        text = item.deadline_text or item.membership_until_event
        context = " ".join([item.text, item.parent.text if item.parent_id else ""])
        link = propose_event_link(deadline_text=text, context=context, after=resolution.adopted_on, conferences=conferences)
        if link is None and item.parent_id and item.parent.linked_event and item.deadline_text:
            # A sub-item with its own date that serves its parent's event: check it against the event.
            link = EventLink(item.parent.linked_event, EventRelation.FOR)
        if link is not None:
            item_event_link_set(item=item, event=link.event, relation=link.relation, offset_months=link.offset_months)
            linked.append(item)
    return linked


# --- Sub-tasks per responsible --------------------------------------------------------------------------


def members_active_on(day: datetime.date | None) -> list[Organization]:
    """Member organizations whose membership was in force on `day` (by the membership history; today if None)."""
    if day is None:
        return list(Organization.objects.active_members())
    members = Organization.objects.members().filter(Q(joined_on__isnull=True) | Q(joined_on__lte=day))
    members = members.prefetch_related("membership_changes")
    active = []
    for organization in members:
        changes = sorted(organization.membership_changes.all(), key=lambda c: (c.effective_on, c.id))
        past = [c for c in changes if c.effective_on <= day]
        if past:
            status = past[-1].status
        elif changes:
            status = MembershipStatus.ACTIVE  # the first recorded decision came later: a member in force until then
        else:
            status = organization.status
        if status == MembershipStatus.ACTIVE:
            active.append(organization)
    return active


def _targets(item: Item, members: list[Organization]) -> list[dict]:
    targets, seen = [], set()
    for responsibility in item.responsibilities.all():
        if responsibility.all_members:
            entries = [{"organization": o, "text": o.name} for o in members]
        elif responsibility.organization_id:
            entries = [{"organization": responsibility.organization, "text": responsibility.text}]
        elif responsibility.person_id:
            entries = [{"person": responsibility.person, "text": responsibility.text}]
        elif responsibility.body_id:
            entries = [{"body": responsibility.body, "text": responsibility.text}]
        else:
            entries = [{"text": responsibility.text}]
        for entry in entries:
            key = next(((k, v.pk) for k, v in entry.items() if k != "text"), ("text", entry["text"]))
            if key not in seen:
                seen.add(key)
                targets.append({**entry, "responsibility": responsibility})
    return targets


def _assignment_key(assignment: Assignment):
    for field in ("organization", "person", "body"):
        if getattr(assignment, f"{field}_id"):
            return field, getattr(assignment, f"{field}_id")
    return "text", assignment.text


@transaction.atomic
def assignments_sync(*, resolution: Resolution) -> int:
    """Give every item with a responsible one sub-task per responsible party; returns how many were created.

    «Все организации-члены» becomes one sub-task per organization that was an active member on the adoption
    date. Run on publication and after every correction: existing sub-tasks keep their status and reports;
    one whose responsible is no longer named goes away unless it has reports.
    """
    members = None
    created = 0
    items = resolution.items.exclude(kind=ItemKind.RESPONSIBLE).prefetch_related(
        "responsibilities__organization", "responsibilities__person", "responsibilities__body", "assignments__reports",
    )
    for item in items:
        if members is None and any(r.all_members for r in item.responsibilities.all()):
            members = members_active_on(resolution.adopted_on)
        targets = _targets(item, members or [])
        existing = {_assignment_key(a): a for a in item.assignments.all()}
        wanted = set()
        for target in targets:
            key = next(((k, v.pk) for k, v in target.items() if k in ("organization", "person", "body")), ("text", target["text"]))
            wanted.add(key)
            if key in existing:
                assignment = existing[key]
                if assignment.responsibility_id != target["responsibility"].pk:
                    assignment.responsibility = target["responsibility"]
                    assignment.save(update_fields=["responsibility", "updated_at"])
                continue
            Assignment.objects.create(item=item, **target)
            created += 1
        for key, assignment in existing.items():
            if key not in wanted and not assignment.reports.all():
                assignment.delete()
    return created


def assignment_for(*, item: Item, organization: Organization) -> Assignment:
    """The organization's sub-task of the item, made on first use for an item published before sub-tasks."""
    assignment, _created = Assignment.objects.get_or_create(item=item, organization=organization, defaults={"text": organization.name})
    return assignment


# --- Acceptance, returns, extensions --------------------------------------------------------------------


def _recipients(assignment: Assignment) -> list[str]:
    if assignment.organization_id:
        return leader_emails(assignment.organization)
    query = Q(pk__in=[])
    if assignment.person_id:
        query |= Q(person_id=assignment.person_id)
    if assignment.body_id:
        query |= Q(person__positions__body=assignment.body_id, person__positions__ended_on__isnull=True)
    return list(User.objects.filter(query, is_active=True).exclude(email="").values_list("email", flat=True).distinct())


def _tell(assignment: Assignment, template: str, **context) -> None:
    recipients = _recipients(assignment)
    if recipients:
        context = {"assignment": assignment, "item": assignment.item, **context}
        transaction.on_commit(lambda: notify(template=template, context=context, recipients=recipients))


def _decide(assignment: Assignment, *, status: str, user, comment: str, now) -> None:
    assignment.status = status
    assignment.comment = comment
    assignment.decided_at = now
    assignment.decided_by = user
    assignment.save()
    assignment.reports.filter(reviewed_at__isnull=True).update(reviewed_at=now, reviewed_by=user)


@transaction.atomic
def assignment_accept(*, assignment: Assignment, user, comment: str = "", now: datetime.datetime | None = None) -> Assignment:
    """Accept a responsible's result. When every sub-task of the item is accepted, the item is done and
    taken off control («снято с контроля»)."""
    now = now or timezone.now()
    assignment = Assignment.objects.select_for_update().select_related("item").get(pk=assignment.pk)
    _decide(assignment, status=AssignmentStatus.ACCEPTED, user=user, comment=comment.strip(), now=now)
    item = assignment.item
    if not item.assignments.exclude(status=AssignmentStatus.ACCEPTED).exists():
        item_control_close(item=item, user=user, now=now)
    _tell(assignment, "my/email/assignment_accepted")
    return assignment


@transaction.atomic
def assignment_return(*, assignment: Assignment, user, comment: str, now: datetime.datetime | None = None) -> Assignment:
    """Send a result back for more work, with a comment the responsible reads; the sub-task is open again."""
    if not comment.strip():
        raise ValidationError(_("Напишите, что нужно доработать."), code="no_comment")
    now = now or timezone.now()
    assignment = Assignment.objects.select_for_update().select_related("item").get(pk=assignment.pk)
    _decide(assignment, status=AssignmentStatus.RETURNED, user=user, comment=comment.strip(), now=now)
    item = assignment.item
    if item.execution_status in (ExecutionStatus.DONE, ExecutionStatus.NOT_STARTED):
        item.execution_status = ExecutionStatus.IN_PROGRESS
        item.execution_updated_at = now
        item.control_closed_at = None
        item.save(update_fields=["execution_status", "execution_updated_at", "control_closed_at"])
    _tell(assignment, "my/email/assignment_returned")
    return assignment


@transaction.atomic
def item_control_close(*, item: Item, user, now: datetime.datetime | None = None) -> Item:
    """The Secretariat's decision that the item is done: it leaves control, dated and signed."""
    now = now or timezone.now()
    item.execution_status = ExecutionStatus.DONE
    item.execution_updated_at = now
    item.control_closed_at = now
    item.control_closed_by = user
    item._change_reason = _("Исполнение принято, снято с контроля")
    item.save()
    return item


@transaction.atomic
def extension_request_create(*, assignment: Assignment, user, reason: str, proposed_end: datetime.date) -> ExtensionRequest:
    """A responsible asks for more time; one request waits at a time; the Secretariat is told."""
    if not reason.strip():
        raise ValidationError(_("Укажите причину продления."), code="no_reason")
    current = assignment.window_end
    if current and proposed_end <= current:
        raise ValidationError(
            _("Новый срок должен быть позже нынешнего (%(date)s)."), code="not_later", params={"date": f"{current:%d.%m.%Y}"}
        )
    if assignment.extension_requests.filter(status=ExtensionRequest.Status.PENDING).exists():
        raise ValidationError(_("Запрос о продлении уже ждёт решения Секретариата."), code="pending")
    request = ExtensionRequest.objects.create(
        assignment=assignment, requested_by=user, reason=reason.strip(), proposed_end=proposed_end,
        old_start=assignment.due_start or assignment.item.due_start, old_end=current,
    )
    context = {"request": request, "assignment": assignment, "item": assignment.item}
    recipients = secretariat_emails()
    transaction.on_commit(lambda: notify(template="secretariat/email/extension_requested", context=context, recipients=recipients))
    return request


@transaction.atomic
def extension_decide(
    *, request: ExtensionRequest, user, grant: bool, new_end: datetime.date | None = None, comment: str = "",
    now: datetime.datetime | None = None,
) -> ExtensionRequest:
    """Grant (the sub-task gets the new window; the old one stays in the request) or refuse with a reason.

    For an item with one responsible the item's own window moves too, so the register shows the new date."""
    request = ExtensionRequest.objects.select_for_update().select_related("assignment__item").get(pk=request.pk)
    if request.status != ExtensionRequest.Status.PENDING:
        raise ValidationError(_("По этому запросу решение уже принято."), code="decided")
    if not grant and not comment.strip():
        raise ValidationError(_("Укажите причину отказа."), code="no_reason")
    now = now or timezone.now()
    assignment = request.assignment
    if grant:
        new_end = new_end or request.proposed_end
        if request.old_end and new_end <= request.old_end:
            raise ValidationError(_("Новый срок должен быть позже прежнего."), code="not_later")
        new_start = request.old_start if request.old_start and request.old_start <= new_end else None
        request.new_start, request.new_end = new_start, new_end
        assignment.due_start, assignment.due_end = new_start, new_end
        assignment.save(update_fields=["due_start", "due_end", "updated_at"])
        item = assignment.item
        if item.assignments.count() == 1:
            item.due_start, item.due_end = new_start, new_end
            item._change_reason = _("Срок продлён по запросу исполнителя")
            item.save(update_fields=["due_start", "due_end"])
    request.status = ExtensionRequest.Status.GRANTED if grant else ExtensionRequest.Status.REFUSED
    request.decision_comment = comment.strip()
    request.decided_at = now
    request.decided_by = user
    request.save()
    _tell(assignment, "my/email/extension_decided", request=request)
    return request


# --- Bulk actions on the register -----------------------------------------------------------------------


@transaction.atomic
def items_status_set(*, items, status: str, now: datetime.datetime | None = None) -> int:
    if status not in ExecutionStatus.values:
        raise ValidationError(_("Неизвестный статус исполнения."), code="invalid_status")
    now = now or timezone.now()
    count = 0
    for item in Item.objects.filter(pk__in=[i.pk for i in items]).select_for_update():
        item.execution_status = status
        item.execution_updated_at = now
        item.control_closed_at = now if status == ExecutionStatus.DONE else None
        item.save(update_fields=["execution_status", "execution_updated_at", "control_closed_at"])
        count += 1
    return count


@transaction.atomic
def items_controller_set(*, items, controller) -> int:
    return Item.objects.filter(pk__in=[i.pk for i in items]).update(controller=controller)


def open_assignments_of(items) -> list[Assignment]:
    return list(
        Assignment.objects.filter(item__in=items, status__in=OPEN_ASSIGNMENT_STATUSES)
        .select_related("item__resolution", "organization", "person", "body")
    )
