import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from conferences.models import Conference, ConferenceKind, EventStatus
from core import pagecache
from core.models import StaleRevision
from core.text import fold, to_roman
from organizations.models import Body, MembershipChange, MembershipStatus, Organization, Person
from organizations.services import (
    membership_change_apply,
    membership_decisions_revert,
    organization_for_admission,
)
from resolutions.consistency import city_of, kind_and_number, resolution_conference_differences
from resolutions.control import assignments_sync, event_links_propose
from resolutions.matching import Matcher
from resolutions.models import (
    FIRST_PUBLICATION_NOTE,
    ExecutionStatus,
    Item,
    ItemKind,
    MembershipAction,
    Resolution,
    ResolutionStatus,
    ResolutionVersion,
    Responsibility,
)
from resolutions.tasks import resolution_pdf_schedule

MEMBERSHIP_STATUS_FOR_ACTION = {
    MembershipAction.ADMIT: MembershipStatus.ACTIVE,
    MembershipAction.EXCLUDE: MembershipStatus.EXCLUDED,
    MembershipAction.SUSPEND: MembershipStatus.SUSPENDED,
    MembershipAction.REINSTATE: MembershipStatus.ACTIVE,
}


def _find_organization(name: str, organizations: list[Organization]) -> Organization | None:
    """The organization a membership item names: by its short name in «», e.g. «Умет»."""
    folded = fold(name)
    for organization in organizations:
        if organization.short_name and fold(organization.short_name) in folded:
            return organization
    return None


@transaction.atomic
def resolution_create_from_parse(
    *, parsed, slug: str, conference=None, meeting=None, created_by=None, is_demo: bool = False, source_text: str = "",
    admissions: bool = True,
) -> Resolution:
    """Save a parsed document as a draft: header, items in document order, responsible matched where known.

    Each organization a «Принять в состав …» item names is matched in the registry or created as a candidate
    (unless `admissions` is False); the admission itself is applied when the resolution is published.
    """
    resolution = Resolution.objects.create(
        title=parsed.title,
        slug=slug,
        conference=conference,
        meeting=meeting,
        theme=parsed.theme,
        adopted_on=parsed.date,
        place=parsed.place,
        unanimous=parsed.unanimous,
        votes_for=parsed.votes_for,
        votes_against=parsed.votes_against,
        votes_abstained=parsed.votes_abstained,
        adoption_text=parsed.adopted,
        preamble=parsed.preamble,
        doc_type=parsed.doc_type,
        operative_keyword=parsed.operative_heading,
        is_demo=is_demo,
        source_text=source_text,
    )
    items_create(resolution=resolution, parsed_items=parsed.items, admissions=admissions, user=created_by)
    return resolution


def items_create(*, resolution: Resolution, parsed_items, admissions: bool = False, user=None) -> list[Item]:
    matcher = Matcher()
    organizations = matcher.organizations
    by_label: dict[str, Item] = {}
    created = []
    for position, parsed in enumerate(parsed_items, start=1):
        membership = parsed.membership or {}
        action = membership.get("action", "")
        admitted = []
        if action == MembershipAction.ADMIT:
            admitted = [
                organization_for_admission(name=entry["name"], city=entry.get("city", ""), user=user)
                for entry in membership.get("organizations", [])
            ] if admissions else []
            organization = admitted[0] if admitted else None
        else:
            organization = _find_organization(membership.get("organization", ""), organizations) if action else None
        item = Item.objects.create(
            resolution=resolution,
            parent=by_label.get(parsed.parent) if parsed.parent else None,
            label=parsed.label,
            position=position,
            text=parsed.text,
            kind=parsed.kind if parsed.kind in ItemKind.values else ItemKind.OTHER,
            deadline_text=parsed.deadline_text or "",
            deadline_kind=parsed.deadline_kind or "",
            due_start=parsed.due_start,
            due_end=parsed.due_end,
            due_relative_to=parsed.relative_to or "",
            due_recurrence=getattr(parsed, "deadline_recurrence", "") or "",
            due_time=getattr(parsed, "deadline_time", None),
            membership_action=action if organization else "",
            membership_organization=organization,
            membership_until_event=membership.get("until_text", "") if organization else "",
        )
        if admitted[1:]:
            item.membership_others.set(admitted[1:])
        by_label[item.label] = item
        created.append(item)
        inherited = parsed.kind != ItemKind.RESPONSIBLE and bool(getattr(parsed, "responsible_inherited", False))
        entries = []
        for text in parsed.responsible:
            match = matcher.match(text)
            entries.append(ResponsibleData(text=text, person=match.person, body=match.body,
                                           organization=match.organization, all_members=match.all_members))
        responsibilities_set(item=item, entries=entries, inherited_texts=set(parsed.responsible) if inherited else set())
    event_links_propose(resolution=resolution)
    return created


def resolution_snapshot(resolution: Resolution) -> dict:
    """The whole content of a resolution as plain data: what a version records and compares."""
    items = resolution.items.prefetch_related("responsibilities").order_by("position")
    return {
        "title": resolution.title,
        "theme": resolution.theme,
        "adopted_on": resolution.adopted_on.isoformat() if resolution.adopted_on else None,
        "place": resolution.place,
        "adoption_text": resolution.adoption_text,
        "preamble": resolution.preamble,
        "operative_keyword": resolution.operative_keyword,
        "items": [
            {
                "label": item.label,
                "parent": item.parent.label if item.parent_id else None,
                "text": item.text,
                "responsible": [r.text for r in item.responsibilities.all()],
                "deadline_text": item.deadline_text,
                "due_start": item.due_start.isoformat() if item.due_start else None,
                "due_end": item.due_end.isoformat() if item.due_end else None,
            }
            for item in items.select_related("parent")
        ],
    }


def membership_decisions(items) -> list[tuple[Item, Organization]]:
    """Each (item, organization) a membership decision applies to: its organization and the others it names."""
    pairs = []
    for item in items:
        if not item.membership_action or item.membership_organization is None:
            continue
        pairs.append((item, item.membership_organization))
        pairs += [(item, other) for other in item.membership_others.all() if other.pk != item.membership_organization_id]
    return pairs


def _apply_membership_decisions(*, resolution: Resolution, user) -> None:
    effective_on = resolution.adopted_on or timezone.localdate()
    items = resolution.items.exclude(membership_action="").select_related("membership_organization")
    for item, organization in membership_decisions(items.prefetch_related("membership_others")):
        # Applied once; a decision undone by a withdrawal is applied again when the document is published again.
        already = organization.membership_changes.filter(decided_by_item=item, reverted_by__isnull=True).exists()
        if already:
            continue
        membership_change_apply(
            organization=organization,
            status=MEMBERSHIP_STATUS_FOR_ACTION[item.membership_action],
            effective_on=effective_on,
            until_on=item.membership_until_on,
            until_event=item.membership_until_event,
            reason=item.text,
            decided_by_item=item,
            recorded_by=user,
        )


@transaction.atomic
def resolution_publish(*, resolution: Resolution, user=None, now: datetime.datetime | None = None) -> Resolution:
    """Make a draft public and apply its membership decisions (once: republishing applies nothing twice)."""
    resolution = Resolution.objects.select_for_update().get(pk=resolution.pk)
    now = now or timezone.now()
    resolution.status = ResolutionStatus.PUBLISHED
    resolution.published_at = resolution.published_at or now
    resolution.revision += 1
    resolution.save()
    if not resolution.versions.exists():
        ResolutionVersion.objects.create(
            resolution=resolution,
            number=resolution.version,
            snapshot=resolution_snapshot(resolution),
            note=FIRST_PUBLICATION_NOTE,
            created_at=now,
            created_by=user,
        )
    _apply_membership_decisions(resolution=resolution, user=user)
    assignments_sync(resolution=resolution)
    resolution_pdf_schedule(resolution=resolution)
    return resolution


# --- Secretariat workspace: editing, corrections, unpublishing, execution control -------------------------

SNAPSHOT_FIELDS = {
    "title": _("Название"),
    "theme": _("Тема"),
    "adopted_on": _("Дата принятия"),
    "place": _("Место принятия"),
    "adoption_text": _("Строка об утверждении"),
    "preamble": _("Преамбула"),
    "operative_keyword": _("Вводное слово"),
}
SNAPSHOT_ITEM_FIELDS = {
    "parent": _("Подчинён пункту"),
    "text": _("Текст"),
    "responsible": _("Ответственные"),
    "deadline_text": _("Срок"),
    "due_start": _("Начало срока"),
    "due_end": _("Конец срока"),
}
HEADER_FIELDS = (
    "doc_type", "title", "slug", "conference", "meeting", "theme", "adopted_on", "place", "unanimous", "votes_for",
    "votes_against", "votes_abstained", "adoption_text", "preamble", "operative_keyword", "publish_progress",
)


@dataclass
class ResponsibleData:
    text: str
    person: Person | None = None
    body: Body | None = None
    organization: Organization | None = None
    all_members: bool = False


def responsibilities_set(*, item: Item, entries: list[ResponsibleData], inherited_texts: set[str]) -> None:
    """Replace an item's responsible parties, in order; those whose text is in `inherited_texts` came from a
    responsible-only sub-item («Ответственный за подготовку: …»)."""
    item.responsibilities.all().delete()
    Responsibility.objects.bulk_create(
        Responsibility(
            item=item, position=index, text=entry.text, person=entry.person, body=entry.body,
            organization=entry.organization, all_members=entry.all_members, inherited=entry.text in inherited_texts,
        )
        for index, entry in enumerate(entries)
    )
    pagecache.invalidate()  # bulk_create() sends no signal


@dataclass
class ItemData:
    """One item as the editor submits it; `level` 0 is an item, 1 a sub-item of the nearest item above."""

    label: str
    text: str
    level: int = 0
    id: int | None = None
    kind: str = ItemKind.OTHER
    deadline_text: str = ""
    deadline_kind: str = ""
    due_start: datetime.date | None = None
    due_end: datetime.date | None = None
    due_relative_to: str = ""
    responsible: list[ResponsibleData] = field(default_factory=list)
    membership_action: str = ""
    membership_organization: Organization | None = None
    membership_until_on: datetime.date | None = None
    membership_until_event: str = ""


def _save_items(*, resolution: Resolution, items: list[ItemData]) -> None:
    existing = {item.pk: item for item in resolution.items.all()}
    keep = {data.id for data in items if data.id in existing}
    removed = [item for pk, item in existing.items() if pk not in keep]
    locked = [item.label for item in removed if item.membership_changes.exists()]
    if locked:
        raise ValidationError(
            _("Пункты %(labels)s уже изменили статус организаций и не могут быть удалены."),
            code="item_applied",
            params={"labels": ", ".join(locked)},
        )
    for item in removed:
        item.delete()
    # Labels are unique per resolution: park the kept ones first so that renumbering can swap labels.
    for pk in keep:
        Item.objects.filter(pk=pk).update(label=f"~{pk}", parent=None)
    pagecache.invalidate()  # update() sends no signal
    parents: list[Item] = []
    for position, data in enumerate(items, start=1):
        item = existing.get(data.id) or Item(resolution=resolution)
        level = min(data.level, len(parents))
        parents = parents[:level]
        item.parent = parents[-1] if parents else None
        item.label = data.label
        item.position = position
        item.text = data.text
        item.kind = data.kind or ItemKind.OTHER
        item.deadline_text = data.deadline_text
        item.deadline_kind = data.deadline_kind
        item.due_start = data.due_start
        item.due_end = data.due_end
        item.due_relative_to = data.due_relative_to
        item.membership_action = data.membership_action if data.membership_organization else ""
        item.membership_organization = data.membership_organization if data.membership_action else None
        item.membership_until_on = data.membership_until_on
        item.membership_until_event = data.membership_until_event
        item.save()
        parents.append(item)
        # The editor does not show where a responsible came from; keep «из общего подпункта» for those kept as they were.
        inherited_texts = set(item.responsibilities.filter(inherited=True).values_list("text", flat=True)) if data.id else set()
        responsibilities_set(item=item, entries=data.responsible, inherited_texts=inherited_texts)


@transaction.atomic
def resolution_save(
    *,
    resolution: Resolution,
    header: dict,
    items: list[ItemData],
    expected_revision: int,
    user=None,
    note: str = "",
    now: datetime.datetime | None = None,
) -> Resolution:
    """Save the editor's header and items, refusing a save based on an outdated revision.

    A published resolution is never silently edited: the save is a correction that needs a note, records a
    new `ResolutionVersion` with the full snapshot and raises `version`.
    """
    current = Resolution.objects.select_for_update().get(pk=resolution.pk)
    if current.revision != expected_revision:
        raise StaleRevision(current)
    correcting = current.status == ResolutionStatus.PUBLISHED
    if correcting and not note.strip():
        raise ValidationError(_("Опишите, что исправлено: это увидят читатели."), code="no_note")
    for name in HEADER_FIELDS:
        if name in header:
            setattr(current, name, header[name])
    _save_items(resolution=current, items=items)
    current.revision += 1
    if correcting:
        current.version += 1
        current._change_reason = note.strip()
    current.save()
    if correcting:
        ResolutionVersion.objects.create(
            resolution=current,
            number=current.version,
            snapshot=resolution_snapshot(current),
            note=note.strip(),
            created_at=now or timezone.now(),
            created_by=user,
        )
        _apply_membership_decisions(resolution=current, user=user)
        assignments_sync(resolution=current)
    return current


@transaction.atomic
def resolution_unpublish(*, resolution: Resolution, reason: str, user=None) -> Resolution:
    """Withdraw a published resolution from the public pages; the reason is kept in its history."""
    if not reason.strip():
        raise ValidationError(_("Укажите причину снятия с публикации."), code="no_reason")
    resolution = Resolution.objects.select_for_update().get(pk=resolution.pk)
    if resolution.status != ResolutionStatus.PUBLISHED:
        raise ValidationError(
            _("Снимать с публикации нечего: %(kind)s не на сайте."), code="not_published",
            params={"kind": resolution.doc_kind.nominative},
        )
    resolution.status = ResolutionStatus.WITHDRAWN
    resolution.revision += 1
    resolution._change_reason = reason.strip()
    resolution.save()
    # A withdrawn document decides nothing: the membership decisions it applied are undone, each undoing
    # recorded with the withdrawal's reason.
    membership_decisions_revert(
        changes=MembershipChange.objects.filter(decided_by_item__resolution=resolution).select_related("organization"),
        reason=_("Решение отменено: документ снят с публикации. Причина: %(reason)s") % {"reason": reason.strip()},
        document_reference=_("Снятие с публикации: %(title)s") % {"title": resolution.title[:200]},
        recorded_by=user,
    )
    return resolution


def _display(value) -> str:
    if isinstance(value, list):
        return "; ".join(value)
    return "" if value is None else str(value)


def resolution_versions_diff(old: dict, new: dict) -> dict:
    """What changed between two snapshots (`resolution_snapshot`): header fields and items by label.

    Returns {"fields": [{"field", "label", "old", "new"}], "items": [{"label", "change", "fields", "old", "new"}]}
    where "change" is "added", "removed" or "changed", and item "fields" lists the changed item fields with their
    values and "old_text"/"new_text" for display (lists joined by «; »).
    """
    fields = [
        {"field": name, "label": label, "old": old.get(name), "new": new.get(name)}
        for name, label in SNAPSHOT_FIELDS.items()
        if old.get(name) != new.get(name)
    ]
    old_items = {item["label"]: item for item in old.get("items", [])}
    new_items = {item["label"]: item for item in new.get("items", [])}
    changes = []
    for label, item in new_items.items():
        before = old_items.get(label)
        if before is None:
            changes.append({"label": label, "change": "added", "fields": [], "old": None, "new": item})
            continue
        changed = [
            {
                "field": name, "label": title, "old": before.get(name), "new": item.get(name),
                "old_text": _display(before.get(name)), "new_text": _display(item.get(name)),
            }
            for name, title in SNAPSHOT_ITEM_FIELDS.items()
            if before.get(name) != item.get(name)
        ]
        if changed:
            changes.append({"label": label, "change": "changed", "fields": changed, "old": before, "new": item})
    for label, item in old_items.items():
        if label not in new_items:
            changes.append({"label": label, "change": "removed", "fields": [], "old": item, "new": None})
    return {"fields": fields, "items": changes}


@transaction.atomic
def item_status_set(*, item: Item, status: str, now: datetime.datetime | None = None) -> Item:
    if status not in ExecutionStatus.values:
        raise ValidationError(_("Неизвестный статус исполнения."), code="invalid_status")
    item.execution_status = status
    item.execution_updated_at = now or timezone.now()
    item.save(update_fields=["execution_status", "execution_updated_at"])
    return item


# --- Publishing keeps the portal consistent (issue 10) ------------------------------------------------------


@transaction.atomic
def conference_update_from_resolution(*, resolution: Resolution, user=None) -> list[str]:
    """Bring the conference's record in line with its adopted document: kind, number, date, city, theme.

    The conference becomes a held one and loses its «демо» mark; returns the names of the fields changed.
    """
    if resolution.conference_id is None:
        return []
    differences = resolution_conference_differences(resolution)
    conference = Conference.objects.select_for_update().get(pk=resolution.conference_id)
    kind, number = kind_and_number(resolution.title)
    values = {
        "kind": kind, "number": number, "date": resolution.adopted_on, "city": city_of(resolution.place),
        "theme": resolution.theme, "is_demo": False,
    }
    changed = [d.field for d in differences]
    if "number" in changed and Conference.objects.filter(number=number).exclude(pk=conference.pk).exists():
        raise ValidationError(
            _("Номер %(number)s уже у другой конференции: исправьте записи конференций вручную."),
            code="number_taken", params={"number": to_roman(number)},
        )
    if kind == ConferenceKind.EXTRAORDINARY:
        values["number"] = None
    for name in changed:
        setattr(conference, name, values[name])
    if conference.date and conference.date <= timezone.localdate() and conference.status == EventStatus.PLANNED:
        conference.status = EventStatus.HELD
        changed.append("status")
    if changed:
        conference._history_user = user
        conference._change_reason = f"Сведения обновлены по документу: {resolution.slug}"[:100]
        conference.save()
    return changed
