"""Execution report of one resolution: item, responsible, deadline, status, last report — as PDF, XLSX or CSV.

Each renderer returns (bytes, filename); views only stream them. The PDF is rendered in Russian with the
vendored PT fonts, fetched through a URL fetcher that serves only our own static files.
"""

import csv
import io
from dataclasses import dataclass

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core import pdf as core_pdf
from core.text import long_date
from resolutions.models import ProgressReport, Resolution, Responsibility

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


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


def report_rows(resolution: Resolution) -> list[ReportRow]:
    today = timezone.localdate()
    items = resolution.items.order_by("position").prefetch_related(
        Prefetch("responsibilities", queryset=Responsibility.objects.order_by("position")),
        Prefetch("reports", queryset=ProgressReport.objects.order_by("-reported_on", "-id")),
    )
    rows = []
    for item in items:
        responsible = [r.text for r in item.responsibilities.all()]
        if not responsible and not item.deadline_text:
            continue
        reports = list(item.reports.all())
        last = f"{reports[0].reported_on:%d.%m.%Y}: {reports[0].text}" if reports else ""
        if item.due_start and item.due_end and item.due_start != item.due_end:
            window = f"{item.due_start:%d.%m.%Y} — {item.due_end:%d.%m.%Y}"
        else:
            window = f"{item.due_end or item.due_start:%d.%m.%Y}" if (item.due_end or item.due_start) else ""
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
            )
        )
    return rows


def _filename(resolution: Resolution, extension: str) -> str:
    return f"ispolnenie-{resolution.slug}.{extension}"


def render_pdf(resolution: Resolution) -> tuple[bytes, str]:
    with translation.override("ru"):
        html = render_to_string(
            "secretariat/execution_report_pdf.html",
            {"resolution": resolution, "rows": report_rows(resolution), "today": long_date(timezone.localdate(), "ru"),
             "static_prefix": core_pdf.PREFIX},
        )
    return core_pdf.render_pdf(html), _filename(resolution, "pdf")


HEADERS = ["Пункт", "Текст", "Ответственный", "Срок (как в документе)", "Окно", "Статус", "Просрочен", "Последний отчёт"]


def _values(row: ReportRow) -> list[str]:
    return [row.label, row.text, row.responsible, row.deadline, row.window, row.status, "да" if row.overdue else "", row.last_report]


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
    for row in report_rows(resolution):
        sheet.append(_values(row))
    for letter, width in zip("ABCDEFGH", (8, 60, 30, 28, 24, 16, 10, 50), strict=True):
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
    for row in report_rows(resolution):
        writer.writerow(_values(row))
    # A BOM so that Excel opens the Cyrillic text as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), _filename(resolution, "csv")


RENDERERS = {"pdf": render_pdf, "xlsx": render_xlsx, "csv": render_csv}
