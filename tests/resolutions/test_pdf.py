import io
import re

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from pypdf import PdfReader

from core import pdf as core_pdf
from resolutions import pdf
from resolutions.models import ResolutionVersion
from tests.public_data import sample_items

pytestmark = pytest.mark.django_db


def _text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_it_downloads_the_pdf_with_every_item_label_in_order(client, xx):
    response = client.get(reverse("resolutions:pdf", args=[xx.slug]), {"download": "1"})
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="xx-2026-06-19-v1.pdf"'
    text = _text(response.content)
    operative = text.split("ПОСТАНОВИЛИ:", 1)[1]
    position = 0
    for label, _body in sample_items():
        match = re.compile(rf"(?m)^\s*{re.escape(label)}\.").search(operative, position)
        assert match, f"label {label} missing or out of order"
        position = match.end()
    assert "РЕЗОЛЮЦИЯ XX СТРАНОВОЙ ТЕМАТИЧЕСКОЙ" in text
    assert "«Стратегия организационного прорыва" in text
    assert "Утверждена единогласно" in text and "19 июня 2026 г., г. Душанбе, Таджикистан" in text


def test_it_numbers_pages_and_records_title_and_version_in_metadata(xx):
    content, filename = pdf.resolution_pdf(resolution=xx)
    reader = PdfReader(io.BytesIO(content))
    pages = len(reader.pages)
    assert pages >= 3
    assert f"стр. 1 из {pages}" in reader.pages[0].extract_text()
    assert f"стр. {pages} из {pages}" in reader.pages[-1].extract_text()
    assert reader.metadata.title == xx.title
    assert "Редакция 1" in reader.metadata.subject
    assert "редакция 1" in reader.metadata["/Keywords"]
    assert filename == "xx-2026-06-19-v1.pdf"


def test_it_embeds_the_vendored_pt_serif_and_no_other_font(xx):
    content, _filename = pdf.resolution_pdf(resolution=xx)
    fonts = set()
    for page in PdfReader(io.BytesIO(content)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts and all(name.startswith("PT-Serif") for name in fonts), fonts


def test_it_indents_sub_items_and_hangs_labels(xx):
    html = pdf.render_to_string(
        "resolutions/resolution_pdf.html",
        {"resolution": xx, "items": pdf.with_depth(xx.items.order_by("position")), "static_prefix": core_pdf.PREFIX},
    )
    assert '<div class="item depth-1">\n      <div class="text"><p class="first"><span class="label">7б.</span>' in html
    assert '<div class="item depth-0">\n      <div class="text"><p class="first"><span class="label">8.</span>' in html
    assert '<p class="operative">ПОСТАНОВИЛИ:</p>' in html


HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">',
    "<style>@import url(http://example.org/x.css); body { background: url(file:///etc/hostname) }</style>",
    '<object data="http://example.org/x"></object> http://example.org/track.png',
]


def test_it_fetches_nothing_but_its_own_static_files_whatever_the_text_says(xx, monkeypatch):
    fetched = []
    original = core_pdf.StaticOnlyFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(core_pdf.StaticOnlyFetcher, "fetch", spy)
    opened = []
    monkeypatch.setattr("urllib.request.OpenerDirector.open", lambda *args, **kwargs: opened.append(args))
    xx.preamble = "\n".join(HOSTILE)
    xx.theme = HOSTILE[0]
    xx.save()
    item = xx.items.get(label="1")
    item.text = "\n".join(HOSTILE)
    item.save()
    text = _text(pdf.render_resolution_pdf(xx))
    assert opened == []
    assert fetched and all(url.startswith("ksorsstatic:") for url in fetched)
    assert {url.removeprefix("ksorsstatic:") for url in fetched} <= core_pdf.ALLOWED_STATIC
    assert '<img src="file:///etc/passwd">' in text  # shown as text, never loaded
    assert "root:" not in text


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "http://example.org/x.css", "https://example.org/", "data:text/css,body{}",
     "ksorsstatic:../settings.py", "ksorsstatic:fonts/../../ksors/settings.py", "ksorsstatic:css/base.css"],
)
def test_it_refuses_any_other_url(url):
    with pytest.raises(ValueError):
        core_pdf.StaticOnlyFetcher().fetch(url)


def test_it_caches_per_version_and_renders_again_after_a_correction(xx, monkeypatch):
    first, _ = pdf.resolution_pdf(resolution=xx)
    assert default_storage.exists(pdf.cache_name(xx))
    monkeypatch.setattr(pdf, "render_resolution_pdf", lambda resolution: pytest.fail("rendered again"))
    again, _ = pdf.resolution_pdf(resolution=xx)
    assert again == first
    monkeypatch.undo()
    item = xx.items.get(label="7б")
    item.text = "Основную идею проекта плана действий представить в Посольство России до декабря 2026 года."
    item.save()
    ResolutionVersion.objects.create(resolution=xx, number=2, snapshot={}, note="Исправлен срок в п. 7б")
    xx.version = 2
    xx.revision += 1
    xx.save()
    corrected, filename = pdf.resolution_pdf(resolution=xx)
    assert filename == "xx-2026-06-19-v2.pdf"
    assert "до декабря 2026 года" in _text(corrected)
    assert "Редакция 2" in PdfReader(io.BytesIO(corrected)).metadata.subject


def test_it_serves_no_pdf_for_a_draft(client, draft):
    assert client.get(reverse("resolutions:pdf", args=[draft.slug])).status_code == 404
