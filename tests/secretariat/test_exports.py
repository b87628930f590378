import io

import openpyxl
from django.urls import reverse
from pypdf import PdfReader

from resolutions.execution_report import render_pdf
from resolutions.models import ProgressReport


def test_it_exports_the_execution_report_as_pdf_with_our_fonts(secretary_client, task_factory):
    item = task_factory(None)
    ProgressReport.objects.create(item=item, text="Проведена встреча с руководителями.", reported_on="2026-07-01")
    response = secretary_client.get(reverse("secretariat:execution_report", args=[task_factory.resolution.pk, "pdf"]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="ispolnenie-published-1.pdf"'
    reader = PdfReader(io.BytesIO(response.getvalue()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Отчёт об исполнении" in text and "Ким В.М." in text and "Проведена встреча" in text
    fonts = {str(font.get("/BaseFont")) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("PT" in name for name in fonts), fonts  # the vendored PT fonts, not a system fallback


def test_the_report_uses_the_one_locked_fetcher_and_survives_a_refused_url(task_factory, monkeypatch):
    """Its own fetcher once crashed (AttributeError, a 500) whenever it refused a URL; refusing must only warn."""
    from core import pdf as core_pdf

    fetched = []
    original = core_pdf.StaticOnlyFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(core_pdf.StaticOnlyFetcher, "fetch", spy)
    monkeypatch.setattr(core_pdf, "ALLOWED_STATIC", core_pdf.ALLOWED_STATIC - {"fonts/PTSans-Bold.ttf"})
    content, _filename = render_pdf(task_factory.resolution)
    assert content.startswith(b"%PDF")
    assert "ksorsstatic:fonts/PTSans-Bold.ttf" in fetched


def test_it_exports_xlsx_and_csv(secretary_client, task_factory):
    task_factory(None)
    pk = task_factory.resolution.pk
    response = secretary_client.get(reverse("secretariat:execution_report", args=[pk, "xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet["A2"].value == "Пункт" and sheet["C3"].value == "Ким В.М." and sheet["F3"].value == "Не начато"
    csv_text = secretary_client.get(reverse("secretariat:execution_report", args=[pk, "csv"])).content.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Пункт;Текст;Ответственный")
    assert "Ким В.М." in csv_text
    assert secretary_client.get(f"/secretariat/resolutions/{pk}/report.doc").status_code == 404


def test_render_pdf_returns_bytes_and_a_filename(task_factory):
    content, filename = render_pdf(task_factory.resolution)
    assert content.startswith(b"%PDF") and filename.endswith(".pdf")
