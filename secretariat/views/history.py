"""Who changed what and when: django-simple-history records of resolutions, items, conferences, organizations."""

import datetime
import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from conferences.models import Conference, Meeting
from organizations.models import Organization
from resolutions.models import Item, Resolution
from secretariat.views import secretariat_required

TRACKED = {
    "resolution": (Resolution, _("Резолюции")),
    "item": (Item, _("Пункты резолюций")),
    "conference": (Conference, _("Конференции")),
    "meeting": (Meeting, _("Заседания")),
    "organization": (Organization, _("Организации")),
}
TYPE_LABELS = {"+": _("создано"), "~": _("изменено"), "-": _("удалено")}
HIDDEN_FIELDS = {"search_text", "updated_at", "created_at", "revision"}
PER_PAGE = 50


def _previous_records(page_records) -> dict:
    """Each changed record's predecessor, loaded per tracked model in one query (not `prev_record` per row)."""
    previous = {}
    by_key: dict[str, list] = {}
    for key, record in page_records:
        if record.history_type == "~":
            by_key.setdefault(key, []).append(record)
    for key, records in by_key.items():
        model = TRACKED[key][0]
        candidates = model.history_log.filter(
            id__in={record.id for record in records}, history_date__lte=max(record.history_date for record in records)
        ).order_by("id", "history_date", "history_id")
        chains: dict[int, list] = {}
        for candidate in candidates:
            chains.setdefault(candidate.id, []).append(candidate)
        for record in records:
            chain = chains.get(record.id, [])
            position = next((i for i, c in enumerate(chain) if c.history_id == record.history_id), 0)
            previous[(key, record.history_id)] = chain[position - 1] if position > 0 else None
    return previous


def _describe(record) -> str:
    """The object's name as of this record. `record.instance` would query the live row for every field the
    history excludes (search_text…), once per row."""
    model = record.instance_type
    values = {f.attname: getattr(record, f.attname) for f in model._meta.concrete_fields if hasattr(record, f.attname)}
    return str(model(**values))


def _changes(record, previous) -> list[dict]:
    if previous is None:
        return []
    delta = record.diff_against(previous, excluded_fields=HIDDEN_FIELDS)
    model = record.instance_type
    rows = []
    for change in delta.changes:
        field = model._meta.get_field(change.field)
        choices = dict(field.flatchoices) if field.choices else {}
        rows.append(
            {
                "field": str(field.verbose_name),
                "old": _display(choices.get(change.old, change.old)),
                "new": _display(choices.get(change.new, change.new)),
            }
        )
    return rows


def _display(value):
    """Dates and times as people read them here, yes/no for flags; everything else as stored."""
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value) if timezone.is_aware(value) else value, "d.m.Y H:i")
    if isinstance(value, datetime.date):
        return date_format(value, "d.m.Y")
    if isinstance(value, bool):
        return _("да") if value else _("нет")
    return value


@secretariat_required
def history(request):
    kind = request.GET.get("type", "")
    object_id = request.GET.get("id", "")
    chosen = {kind: TRACKED[kind]} if kind in TRACKED else TRACKED
    records = []
    for key, (model, _label) in chosen.items():
        queryset = model.history_log.select_related("history_user").order_by("-history_date")
        # isdigit() is true for «²» and other digits int() refuses: ASCII digits only, of a sane length.
        if re.fullmatch(r"[0-9]{1,18}", object_id) and kind in TRACKED:
            queryset = queryset.filter(id=int(object_id))
        records.extend((key, record) for record in queryset[: PER_PAGE * 10])
    records.sort(key=lambda pair: pair[1].history_date, reverse=True)
    page = Paginator(records, PER_PAGE).get_page(request.GET.get("page"))
    previous = _previous_records(page.object_list)
    rows = [
        {
            "kind": TRACKED[key][1],
            "record": record,
            "type": TYPE_LABELS.get(record.history_type, record.history_type),
            "object": _describe(record),
            "changes": _changes(record, previous.get((key, record.history_id))) if record.history_type == "~" else [],
        }
        for key, record in page.object_list
    ]
    return render(
        request,
        "secretariat/history.html",
        {"rows": rows, "page": page, "kinds": [(key, label) for key, (_m, label) in TRACKED.items()], "kind": kind,
         "object_id": object_id},
    )
