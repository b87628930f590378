"""Fixtures of the leaders' workspace: a jubilee call, the family declaration, a published resolution with
item 9 (all member organizations) and an item naming organization A, and real files good and bad."""

import datetime
import io
import struct
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from organizations.models import MaterialCall
from resolutions.models import ProgressReport, ReportAttachment, ResolutionStatus, Responsibility
from tests.factories import DeclarationFactory, ItemFactory, ResolutionFactory, UserFactory


@pytest.fixture
def call(db):
    return MaterialCall.objects.create(
        title="Материалы для книги «20 лет КСОРС Таджикистана – новый путь соотечественного развития»",
        slug="jubilee-book",
        description="Юбилейная публикация.",
        requested="История организации\nФотографии\nВидео",
        deadline=datetime.date.today() + datetime.timedelta(days=30),
        deadline_text="сентябрь-октябрь 2027 год",
    )


@pytest.fixture
def declaration(db):
    return DeclarationFactory(title="Международная декларация о защите семьи", slug="family-protection", is_open=True)


@pytest.fixture
def resolution(db):
    from django.utils import timezone

    return ResolutionFactory(
        title="Резолюция XX Страновой тематической конференции", slug="xx-2026-06-19",
        status=ResolutionStatus.PUBLISHED, published_at=timezone.now(),
    )


@pytest.fixture
def item_9(resolution):
    item = ItemFactory(
        resolution=resolution, label="9", position=9,
        text="Рекомендовать всем организациям-членам КСОРС РТ направить материалы для юбилейной книги.",
        deadline_text="сентябрь-октябрь 2027 год", deadline_kind="range",
        due_start=datetime.date(2027, 9, 1), due_end=datetime.date(2027, 10, 31),
    )
    Responsibility.objects.create(item=item, text="все организации-члены КСОРС РТ", all_members=True)
    return item


@pytest.fixture
def item_for_a(resolution, org_a):
    item = ItemFactory(resolution=resolution, label="7б", position=7, text="Поручить ОО «Альфа» провести фестиваль.")
    Responsibility.objects.create(item=item, text="ОО «Альфа»", organization=org_a)
    return item


@pytest.fixture
def plain_user(db):
    return UserFactory(email="nobody@example.org", full_name="Без роли")


@pytest.fixture
def report_a(item_for_a, org_a, leader_a):
    report = ProgressReport.objects.create(item=item_for_a, organization=org_a, author=leader_a, text="Фестиваль прошёл.")
    attachment = ReportAttachment(report=report, original_name="отчёт.txt", size=5)
    attachment.file.save("r.txt", io.BytesIO(b"hello"), save=True)
    return report


# --- Real files, built in memory -------------------------------------------------------------------------


def jpeg_bytes(size=(800, 600), color=(200, 30, 30), exif=None) -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", size, color)
    kwargs = {"exif": exif} if exif is not None else {}
    image.save(buffer, "JPEG", **kwargs)
    return buffer.getvalue()


def png_bytes(size=(300, 200), mode="RGBA") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (10, 120, 200, 128) if mode == "RGBA" else 0).save(buffer, "PNG")
    return buffer.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares width × height pixels (a decompression bomb if large)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + chunk(b"IEND", b"")


def windows_executable() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run in DOS mode."


def elf_executable() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 100


def pdf_bytes() -> bytes:
    return b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("История организации «Альфа»")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return buffer.getvalue()


def plain_zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("evil.exe", windows_executable())
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/octet-stream") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # The matrix creates five users per case; the production hasher would make it take minutes.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
