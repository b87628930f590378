"""Execution report of one resolution: item, responsible, deadline, status, last report — as PDF, XLSX or CSV.

Each renderer returns (bytes, filename); views only stream them. The PDF is rendered in Russian with the
vendored PT fonts, fetched through a URL fetcher that serves only our own static files. The PDFs the
Secretariat downloads are typeset by the task worker: `*_pdf_export()` renders the HTML (quick) and names the
file by it (`core.exports`), so a new report, acceptance or change of date gives a fresh file.
"""

import csv
import datetime
import io
from dataclasses import dataclass

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import pdf as core_pdf
from core.exports import Export, content_key, pdf_export
from core.text import long_date
from resolutions.models import (
    Assignment,
    AssignmentStatus,
    ExecutionStatus,
    ExtensionRequest,
    Item,
    ProgressReport,
    Resolution,
    Responsibility,
)

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def window_text(item: Item, empty: str | None = None) -> str:
    """«01.01.2027 — 30.06.2027», one date, or «без срока» (or `empty`)."""
    if item.due_start and item.due_end and item.due_start != item.due_end:
        return f"{item.due_start:%d.%m.%Y} — {item.due_end:%d.%m.%Y}"
    day = item.due_end or item.due_start
    if day:
        return f"{day:%d.%m.%Y}"
    return str(_("без срока")) if empty is None else empty


def days_text(item: Item, today: datetime.date) -> str:
    """«осталось 12 дн.», «просрочено на 3 дн.», or nothing for an item without a date or off control."""
    if item.due_end is None or item.execution_status in (ExecutionStatus.DONE, ExecutionStatus.WITHDRAWN):
        return ""
    days = (item.due_end - today).days
    if days < 0:
        return ngettext("просрочено на %(n)d день", "просрочено на %(n)d дней", -days) % {"n": -days}
    return ngettext("остался %(n)d день", "осталось %(n)d дней", days) % {"n": days}


@dataclass
class ControlRow:
    """One row of the register's PDF and of the cross-resolution report (items from `register_items()`)."""

    item: Item
    responsible: str
    window: str
    days: str
    overdue: bool
    summary: str
    last_report: str


def control_rows(items, today: datetime.date) -> list[ControlRow]:
    return [
        ControlRow(
            item=item,
            responsible="; ".join(r.text for r in item.responsibilities.all()),
            window=window_text(item),
            days=days_text(item, today),
            overdue=item.is_overdue(today),
            summary=f"{item.assignments_reported} / {item.assignments_total}" if item.assignments_total > 1 else "",
            last_report=f"{item.last_report_on:%d.%m.%Y}: {item.last_report_text}" if item.last_report_on else "",
        )
        for item in items
    ]


def control_html(*, title: str, subtitle: str, groups) -> str:
    """The register (one group) or the report on decisions under control (a group per resolution), as the
    HTML of its PDF. `groups` is [(heading or None, items from `register_items()`)]."""
    today = timezone.localdate()
    with translation.override("ru"):
        return render_to_string(
            "secretariat/control_pdf.html",
            {"title": title, "subtitle": subtitle, "today": long_date(today, "ru"), "static_prefix": core_pdf.PREFIX,
             "groups": [(heading, control_rows(items, today)) for heading, items in groups]},
        )


def control_pdf_export(*, title: str, subtitle: str, groups, filename: str, group: str) -> Export:
    """The control PDF as the worker makes it. `group` names what it is for (the same period, filter or event):
    a newer file of the group replaces the older."""
    return pdf_export(html=control_html(title=title, subtitle=subtitle, groups=groups), filename=filename,
                      group=f"control-{content_key(group)[:16]}")


@dataclass
class ReportRow:
    label: str
    text: str
    responsible: str
    deadline: str
    window: str
    status: str
    overdue: bool
    last_report: str
    decisions: str = ""


def _d(moment) -> str:
    return f"{timezone.localtime(moment):%d.%m.%Y}" if isinstance(moment, datetime.datetime) else f"{moment:%d.%m.%Y}"


def decisions_text(item: Item) -> str:
    """The Secretariat's dated decisions on an item: acceptances, returns, extensions granted or refused, and when
    it was taken off control (sub-tasks and their requests prefetched)."""
    parts = []
    for assignment in item.assignments.all():
        who = assignment.text
        if assignment.decided_at and assignment.status == AssignmentStatus.ACCEPTED:
            parts.append(_("%(who)s: принято %(date)s") % {"who": who, "date": _d(assignment.decided_at)})
        elif assignment.decided_at and assignment.status == AssignmentStatus.RETURNED:
            parts.append(_("%(who)s: возвращено на доработку %(date)s (%(comment)s)") % {
                "who": who, "date": _d(assignment.decided_at), "comment": assignment.comment})
        for request in assignment.extension_requests.all():
            if request.status == ExtensionRequest.Status.GRANTED:
                parts.append(_("%(who)s: срок продлён %(date)s до %(new)s (был %(old)s)") % {
                    "who": who, "date": _d(request.decided_at), "new": _d(request.new_end),
                    "old": _d(request.old_end) if request.old_end else "—"})
            elif request.status == ExtensionRequest.Status.REFUSED:
                parts.append(_("%(who)s: в продлении отказано %(date)s") % {"who": who, "date": _d(request.decided_at)})
            else:
                parts.append(_("%(who)s: просит продлить до %(new)s") % {"who": who, "new": _d(request.proposed_end)})
    if item.control_closed_at:
        parts.append(_("снято с контроля %(date)s") % {"date": _d(item.control_closed_at)})
    return "; ".join(parts)


def report_rows(resolution: Resolution) -> list[ReportRow]:
    today = timezone.localdate()
    items = resolution.items.order_by("position").prefetch_related(
        Prefetch("responsibilities", queryset=Responsibility.objects.order_by("position")),
        Prefetch("reports", queryset=ProgressReport.objects.order_by("-reported_on", "-id")),
        Prefetch("assignments", queryset=Assignment.objects.prefetch_related("extension_requests")),
    )
    rows = []
    for item in items:
        responsible = [r.text for r in item.responsibilities.all()]
        if not responsible and not item.deadline_text:
            continue
        reports = list(item.reports.all())
        last = f"{reports[0].reported_on:%d.%m.%Y}: {reports[0].text}" if reports else ""
        window = window_text(item, empty="")
        rows.append(
            ReportRow(
                label=item.label,
                text=item.text,
                responsible="; ".join(responsible),
                deadline=item.deadline_text,
                window=window,
                status=str(item.get_execution_status_display()),
                overdue=item.is_overdue(today),
                last_report=last,
                decisions=decisions_text(item),
            )
        )
    return rows


def _filename(resolution: Resolution, extension: str) -> str:
    return f"ispolnenie-{resolution.slug}.{extension}"


def report_html(resolution: Resolution) -> str:
    with translation.override("ru"):
        return render_to_string(
            "secretariat/execution_report_pdf.html",
            {"resolution": resolution, "rows": report_rows(resolution), "today": long_date(timezone.localdate(), "ru"),
             "static_prefix": core_pdf.PREFIX},
        )


def render_pdf(resolution: Resolution) -> tuple[bytes, str]:
    return core_pdf.render_pdf(report_html(resolution)), _filename(resolution, "pdf")


def report_pdf_export(resolution: Resolution) -> Export:
    """The execution report's PDF as the worker makes it."""
    return pdf_export(html=report_html(resolution), filename=_filename(resolution, "pdf"),
                      group=f"execution-{resolution.pk}")


HEADERS = [
    "Пункт", "Текст", "Ответственный", "Срок (как в документе)", "Окно", "Статус", "Просрочен", "Последний отчёт",
    "Решения Секретариата",
]


def _values(row: ReportRow) -> list[str]:
    return [row.label, row.text, row.responsible, row.deadline, row.window, row.status, "да" if row.overdue else "",
            row.last_report, row.decisions]


def render_xlsx(resolution: Resolution) -> tuple[bytes, str]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Исполнение"
    sheet.append([resolution.title])
    sheet["A1"].font = Font(bold=True)
    sheet.append(HEADERS)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    with translation.override("ru"):  # the document's language, like the headers
        rows = report_rows(resolution)
    for row in rows:
        sheet.append(_values(row))
    for letter, width in zip("ABCDEFGHI", (8, 60, 30, 28, 24, 16, 10, 50, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), _filename(resolution, "xlsx")


def render_csv(resolution: Resolution) -> tuple[bytes, str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADERS)
    with translation.override("ru"):
        rows = report_rows(resolution)
    for row in rows:
        writer.writerow(_values(row))
    # A BOM so that Excel opens the Cyrillic text as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), _filename(resolution, "csv")


RENDERERS = {"pdf": render_pdf, "xlsx": render_xlsx, "csv": render_csv}
