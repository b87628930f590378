"""The import refuses what is not a resolution before reading it whole: long pastes, big files, zip bombs."""

import io
import zipfile

import docx
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from resolutions.models import Resolution
from resolutions.reading import MAX_LINES, MAX_TEXT_BYTES, text_from_paste, text_from_upload

SHORT = "РЕШЕНИЕ\n\nРЕШИЛИ:\n\n1. Секретариату подготовить отчёт до 1 ноября 2026 года.\n"


def docx_bytes(paragraphs=("РЕШЕНИЕ", "РЕШИЛИ:", "1. Утвердить план.")) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def empty_paragraphs_docx(count: int) -> bytes:
    """200 000 empty paragraphs make a .docx of some 40 KB."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as original:
        members = {info.filename: original.read(info) for info in original.infolist()}
    members["word/document.xml"] = members["word/document.xml"].replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * count, 1)
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return stream.getvalue()


def bomb_docx() -> bytes:
    stream = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(stream, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\0" * (50 * 1024 * 1024))
    return stream.getvalue()


def code_of(function, *args) -> str:
    with pytest.raises(ValidationError) as raised:
        function(*args)
    return raised.value.code


def test_a_paste_within_the_limits_passes_unchanged():
    assert text_from_paste(SHORT) == SHORT


def test_a_paste_over_a_megabyte_is_refused():
    assert code_of(text_from_paste, "а" * (MAX_TEXT_BYTES // 2 + 1)) == "too_long"


def test_a_paste_of_too_many_lines_is_refused():
    assert code_of(text_from_paste, "\n" * MAX_LINES) == "too_many_lines"


def test_a_huge_txt_is_refused_from_its_size_before_it_is_read():
    upload = SimpleUploadedFile("big.txt", b"x" * (MAX_TEXT_BYTES + 1))
    assert code_of(text_from_upload, upload) == "too_long"
    assert upload.tell() == 0  # not a byte read


def test_a_docx_of_200k_empty_paragraphs_is_refused():
    upload = SimpleUploadedFile("empty.docx", empty_paragraphs_docx(200_000))
    assert upload.size < 100_000
    assert code_of(text_from_upload, upload) == "too_many_lines"


def test_a_zip_bomb_like_docx_is_refused_from_its_directory():
    upload = SimpleUploadedFile("bomb.docx", bomb_docx())
    assert upload.size < 1024 * 1024
    assert code_of(text_from_upload, upload) == "docx_unpacked_too_large"


def test_a_docx_that_is_not_a_zip_is_refused():
    assert code_of(text_from_upload, SimpleUploadedFile("broken.docx", b"not a zip")) == "docx_corrupt"


def test_a_docx_within_the_limits_is_read():
    assert "1. Утвердить план." in text_from_upload(SimpleUploadedFile("ok.docx", docx_bytes()))


def test_the_refusal_speaks_russian_and_names_the_limit():
    with pytest.raises(ValidationError) as raised:
        text_from_paste("а" * MAX_TEXT_BYTES)
    message = raised.value.messages[0]
    assert "Текст слишком длинный" in message and "1,0" in message


@pytest.fixture
def secretary_client(client, secretary):
    client.force_login(secretary)
    return client


def test_the_form_shows_the_refusal_under_the_text_and_keeps_it(secretary_client):
    text = "1. Пункт.\n" * (MAX_LINES + 5)
    response = secretary_client.post(reverse("secretariat:import"), {"text": text})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Проверка импорта" not in page
    assert "строк или абзацев при пределе" in page
    assert page.count("1. Пункт.") > MAX_LINES  # what was typed is still in the field
    assert Resolution.objects.count() == 0


def test_the_form_shows_the_refusal_under_the_file(secretary_client):
    upload = SimpleUploadedFile("bomb.docx", bomb_docx())
    page = secretary_client.post(reverse("secretariat:import"), {"file": upload}).content.decode()
    assert "распаковывается в" in page
    assert Resolution.objects.count() == 0


def test_a_forged_confirmation_beyond_the_limits_stores_nothing(secretary_client):
    response = secretary_client.post(
        reverse("secretariat:import_confirm"), {"source": "а" * (MAX_TEXT_BYTES // 2 + 10), "slug": "forged"}
    )
    assert response.status_code == 400
    assert "Текст слишком длинный" in response.content.decode()
    assert Resolution.objects.count() == 0
