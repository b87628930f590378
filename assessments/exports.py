"""The analysis for the conference: «Анализ деятельности общественных объединений системы КСОРС РТ за <период>»
as PDF (figures and charts for the whole system, then a page per organization) and its data as XLSX."""

import io

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from assessments.charts import bar_chart, system_charts
from assessments.figures import COHORTS, figures_of, sent_reports, summarize
from assessments.models import Questionnaire
from assessments.presentation import answers_table
from core import pdf as core_pdf
from core.exports import Export, pdf_export
from core.text import long_date

COLUMNS = [
    ("Организация", lambda r: r.organization.name),
    ("Статус отчёта", lambda r: r.report.get_status_display()),
    ("С бумажной анкеты", lambda r: "да" if r.report.on_paper else ""),
    ("Членов", lambda r: r.members),
    *[(f"Родились {label}", lambda r, key=key: r.cohorts.get(key)) for key, label in COHORTS],
    ("Доля молодёжи, %", lambda r: r.youth_share),
    ("Молодёжи в руководстве", lambda r: r.youth_in_leadership),
    ("Молодёжных проектов", lambda r: r.youth_projects),
    ("Руководитель с", lambda r: r.leader_since),
    ("Лет руководит", lambda r: r.tenure),
    ("Готовится преемник", lambda r: "" if r.successor is None else ("да" if r.successor else "нет")),
    ("Мероприятий", lambda r: r.events),
    ("Участников мероприятий", lambda r: r.participants),
    ("Формы работы", lambda r: "; ".join(r.formats)),
]


def title_for(questionnaire: Questionnaire) -> str:
    return f"Анализ деятельности общественных объединений системы КСОРС РТ за {questionnaire.year} год"


def _filename(questionnaire: Questionnaire, ext: str) -> str:
    return f"analysis-{questionnaire.year}.{ext}"


def comparison_xlsx(rows, *, title: str) -> bytes:
    """The comparison table (organizations × key figures) as a spreadsheet of the same rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Сравнение"
    _table(sheet, rows, title)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _table(sheet, rows, title):
    from openpyxl.styles import Alignment, Font

    sheet.append([title])
    sheet["A1"].font = Font(bold=True)
    sheet.append([header for header, _value in COLUMNS])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([value(row) for _header, value in COLUMNS])
    sheet.column_dimensions["A"].width = 50
    sheet.freeze_panes = "B3"


def analysis_xlsx(questionnaire: Questionnaire) -> tuple[bytes, str]:
    """The analysis's data: the comparison sheet, then every answer of every sent report."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rows = figures_of(sent_reports(questionnaire))
    workbook = Workbook()
    _table(workbook.active, rows, title_for(questionnaire))
    workbook.active.title = "Показатели"
    answers = workbook.create_sheet("Ответы")
    answers.append(["Организация", "Раздел", "Вопрос", "Ответ"])
    for cell in answers[1]:
        cell.font = Font(bold=True)
    with translation.override("ru"):
        for row in rows:
            for section, items in answers_table(row.report):
                for question, _answer, text, _rows in items:
                    answers.append([row.organization.name, section, question.text, text])
    answers.column_dimensions["A"].width = 40
    answers.column_dimensions["C"].width = 60
    answers.column_dimensions["D"].width = 80
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), _filename(questionnaire, "xlsx")


def analysis_pdf(questionnaire: Questionnaire) -> tuple[bytes, str]:
    """The whole system's figures and charts, then a page per organization with its figures and answers."""
    return core_pdf.render_pdf(analysis_html(questionnaire)), _filename(questionnaire, "pdf")


def analysis_pdf_export(questionnaire: Questionnaire) -> Export:
    """The analysis PDF as the task worker makes it (a page per organization: too slow for a request), named by
    its HTML, so a report sent or accepted since gives a fresh file."""
    return pdf_export(html=analysis_html(questionnaire), filename=_filename(questionnaire, "pdf"),
                      group=f"analysis-{questionnaire.pk}")


def analysis_html(questionnaire: Questionnaire) -> str:
    rows = figures_of(sent_reports(questionnaire))
    with translation.override("ru"):
        summary = summarize(rows)
        pages = [
            {
                "figures": row,
                "cohorts": bar_chart(gettext("Члены по годам рождения"), [(str(label), row.cohorts.get(key)) for key, label in COHORTS]),
                "answers": answers_table(row.report),
            }
            for row in rows
        ]
        return render_to_string(
            "assessments/analysis_pdf.html",
            {
                "title": title_for(questionnaire), "questionnaire": questionnaire, "rows": rows, "summary": summary,
                "charts": system_charts(rows, summary), "pages": pages, "static_prefix": core_pdf.PREFIX,
                "today": long_date(timezone.localdate(), "ru"),
            },
        )
