"""core.uploads with real files: what a file is, not what its name says."""

import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from core import uploads
from core.uploads import IMAGE_SIZES, attachment_clean, document_clean, image_clean
from tests.files import (
    docx_bytes,
    elf_executable,
    jpeg_bytes,
    odt_bytes,
    pdf_bytes,
    plain_zip_bytes,
    png_bytes,
    png_declaring,
    upload,
    windows_executable,
)


def _codes(error: ValidationError) -> list[str]:
    return [e.code for e in error.error_list]


def test_it_rejects_a_windows_executable_renamed_to_jpg():
    with pytest.raises(ValidationError) as caught:
        image_clean(upload("фото.jpg", windows_executable(), "image/jpeg"), size=IMAGE_SIZES["photo"])
    assert _codes(caught.value) == ["executable"]
    assert "программа" in caught.value.messages[0]
    assert "фото.jpg" in caught.value.messages[0]


def test_it_rejects_an_elf_executable_renamed_to_png():
    with pytest.raises(ValidationError) as caught:
        image_clean(upload("logo.png", elf_executable(), "image/png"), size=IMAGE_SIZES["logo"])
    assert _codes(caught.value) == ["executable"]


def test_it_rejects_text_pretending_to_be_an_image():
    with pytest.raises(ValidationError) as caught:
        image_clean(upload("photo.jpg", "просто текст".encode()), size=IMAGE_SIZES["photo"])
    assert _codes(caught.value) == ["not_an_image"]
    assert "не является изображением" in caught.value.messages[0]


def test_it_rejects_an_image_over_the_byte_limit():
    data = jpeg_bytes() + b"\x00" * (uploads.MAX_IMAGE_BYTES + 1)
    with pytest.raises(ValidationError) as caught:
        image_clean(upload("huge.jpg", data, "image/jpeg"), size=IMAGE_SIZES["photo"])
    assert _codes(caught.value) == ["too_large"]
    assert "слишком большой" in caught.value.messages[0]


def test_it_rejects_a_decompression_bomb_png():
    bomb = png_declaring(100_000, 100_000)
    assert len(bomb) < 200
    with pytest.raises(ValidationError) as caught:
        image_clean(upload("bomb.png", bomb, "image/png"), size=IMAGE_SIZES["photo"])
    assert _codes(caught.value) == ["too_many_pixels"]
    assert "40 млн" in caught.value.messages[0]


def test_it_rejects_an_image_just_over_the_pixel_limit():
    # 9000 × 5000 = 45 Mpx: past our limit but within Pillow's own bomb error threshold (a warning).
    with pytest.raises(ValidationError) as caught:
        image_clean(upload("big.png", png_declaring(9000, 5000), "image/png"), size=IMAGE_SIZES["photo"])
    assert _codes(caught.value) == ["too_many_pixels"]


def test_it_rejects_a_truncated_image():
    data = jpeg_bytes()[:300]
    with pytest.raises(ValidationError) as caught:
        image_clean(upload("broken.jpg", data, "image/jpeg"), size=IMAGE_SIZES["photo"])
    assert _codes(caught.value)[0] in {"broken_image", "not_an_image"}


def test_it_strips_exif_and_keeps_the_camera_orientation():
    exif = Image.Exif()
    exif[0x010F] = "Camera Maker"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise
    exif[0x8825] = {2: (38.0, 34.0, 0.0)}  # GPSInfo: latitude
    original = jpeg_bytes(size=(800, 600), exif=exif)
    assert Image.open(io.BytesIO(original)).getexif()

    clean = image_clean(upload("with-gps.jpg", original, "image/jpeg"), size=IMAGE_SIZES["photo"])

    stored = Image.open(io.BytesIO(clean.content.read()))
    assert dict(stored.getexif()) == {}
    assert "exif" not in stored.info
    assert stored.size == (600, 800)  # turned upright before the orientation tag was dropped
    assert clean.original_name == "with-gps.jpg"
    assert clean.content.name.endswith(".jpg") and "with-gps" not in clean.content.name


def test_it_scales_logo_photo_and_thumbnail_to_page_sizes():
    logo = image_clean(upload("logo.jpg", jpeg_bytes(size=(1200, 900))), size=IMAGE_SIZES["logo"])
    assert Image.open(io.BytesIO(logo.content.read())).size == (400, 300)
    assert logo.thumbnail is None

    photo = image_clean(upload("big.jpg", jpeg_bytes(size=(4000, 3000))), size=IMAGE_SIZES["photo"])
    assert Image.open(io.BytesIO(photo.content.read())).size == (1600, 1200)
    assert Image.open(io.BytesIO(photo.thumbnail.read())).size == (480, 360)


def test_it_keeps_transparency_as_png():
    clean = image_clean(upload("logo.png", png_bytes()), size=IMAGE_SIZES["logo"])
    stored = Image.open(io.BytesIO(clean.content.read()))
    assert stored.format == "PNG" and stored.mode == "RGBA"


@pytest.mark.parametrize(
    ("name", "content", "extension"),
    [("устав.pdf", pdf_bytes(), "pdf"), ("история.docx", docx_bytes(), "docx"), ("история.odt", odt_bytes(), "odt"),
     ("заметка.txt", "История общества «Альфа»\nс 1995 года".encode(), "txt"),
     ("заметка-1251.txt", "Привет из Душанбе".encode("cp1251"), "txt")],
)
def test_it_accepts_real_documents(name, content, extension):
    clean = document_clean(upload(name, content))
    assert clean.content.name.endswith(f".{extension}")
    assert clean.original_name == name
    assert clean.size == len(content)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("устав.pdf", windows_executable(), "executable"),
        ("report.docx", elf_executable(), "executable"),
        ("архив.docx", plain_zip_bytes(), "document_type"),
        ("binary.txt", b"\x00\x01\x02\x03binary", "document_type"),
        ("устав.docx", pdf_bytes(), "extension_mismatch"),
        ("photo.odt", jpeg_bytes(), "document_type"),
    ],
)
def test_it_rejects_files_that_are_not_what_they_claim(name, content, code):
    with pytest.raises(ValidationError) as caught:
        document_clean(upload(name, content))
    assert _codes(caught.value) == [code]
    assert name in caught.value.messages[0]


def test_it_caps_document_size(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_DOCUMENT_BYTES", 1000)
    with pytest.raises(ValidationError) as caught:
        document_clean(upload("big.pdf", pdf_bytes() + b"0" * 2000))
    assert _codes(caught.value) == ["too_large"]


def test_an_attachment_is_either_a_clean_image_or_a_document():
    exif = Image.Exif()
    exif[0x010F] = "Camera Maker"
    image = attachment_clean(upload("фото.jpg", jpeg_bytes(size=(3000, 2000), exif=exif)))
    assert image.kind == "image"
    stored = Image.open(io.BytesIO(image.content.read()))
    assert stored.size == (3000, 2000)  # materials for the book keep their resolution
    assert dict(stored.getexif()) == {}
    assert attachment_clean(upload("a.pdf", pdf_bytes())).kind == "document"
    with pytest.raises(ValidationError):
        attachment_clean(upload("a.jpg", windows_executable()))


SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>fetch('/secretariat/')</script></body></html>"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("рисунок.svg", SVG, "document_type"),
        ("рисунок.jpg", SVG, "not_an_image"),
        ("страница.html", HTML, "document_type"),
        ("страница.txt", HTML, "markup"),
        ("рисунок.txt", SVG, "markup"),
        ("без-расширения", b"plain text", "document_type"),
    ],
)
def test_an_attachment_is_never_markup_and_always_what_its_extension_says(name, content, code):
    with pytest.raises(ValidationError) as caught:
        attachment_clean(upload(name, content))
    assert _codes(caught.value) == [code]
    assert name in caught.value.messages[0]


def test_plain_text_with_angle_brackets_is_still_text():
    clean = attachment_clean(upload("заметка.txt", "Срок: <уточнить> до 1 марта".encode()))
    assert clean.content.name.endswith(".txt")
