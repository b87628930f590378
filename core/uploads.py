"""Checking and cleaning uploaded files: what a file really is, not what its name says.

Images are opened with Pillow (never trusted by extension), limited in bytes and in pixels (a small PNG can
declare 100 000 × 100 000 pixels and eat the server's memory when decoded), re-encoded without EXIF or
other metadata (GPS positions of people's homes stay at home) and scaled to what the pages need.
Documents are limited to PDF, DOCX, ODT and plain text, recognised by their bytes and structure.

Used by the leaders' workspace (logos, photos, materials, progress reports) and reusable by any other
upload form: `UploadField(kind=...)` in a form, or `image_clean` / `document_clean` directly.
"""

import io
import uuid
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MB = 1024 * 1024
MAX_IMAGE_BYTES = 15 * MB
# 40 megapixels: more than any phone camera, far below what would exhaust memory when decoded.
MAX_IMAGE_PIXELS = 40_000_000
MAX_DOCUMENT_BYTES = 20 * MB
MAX_TEXT_BYTES = 2 * MB
# Guards against zip bombs disguised as DOCX/ODT.
MAX_ZIP_ENTRIES = 5000
MAX_ZIP_UNCOMPRESSED = 200 * MB

IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
DOCUMENT_EXTENSIONS = {"pdf", "docx", "odt", "txt"}
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp"}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# Pillow warns above its limit and raises at twice it; our explicit check below is stricter still, and the
# module-level limit keeps any other Pillow user in this process from decoding a bomb either.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS


@dataclass(frozen=True)
class ImageSize:
    """How large an image kind is stored: the longest side, and an optional thumbnail side."""

    max_side: int | None
    thumbnail_side: int | None = None


IMAGE_SIZES = {
    "logo": ImageSize(max_side=400),
    "photo": ImageSize(max_side=1600, thumbnail_side=480),
    # Materials for a printed book keep their resolution; only metadata is stripped.
    "material": ImageSize(max_side=None),
}


@dataclass
class CleanFile:
    """A checked upload, ready to assign to a FileField: safe random name, original name kept for display."""

    content: ContentFile
    original_name: str
    size: int
    kind: str  # "image" or "document"
    thumbnail: ContentFile | None = None


def _reject(message, code, **params):
    raise ValidationError(message, code=code, params=params)


def _original_name(upload) -> str:
    return PurePath(getattr(upload, "name", "") or "file").name[:255]


def _read_all(upload, limit: int) -> bytes:
    size = getattr(upload, "size", None)
    if size is not None and size > limit:
        _reject(
            _("Файл «%(name)s» слишком большой: %(size)s, можно не больше %(limit)s."),
            "too_large",
            name=_original_name(upload), size=filesizeformat(size), limit=filesizeformat(limit),
        )
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        _reject(
            _("Файл «%(name)s» слишком большой: можно не больше %(limit)s."),
            "too_large", name=_original_name(upload), limit=filesizeformat(limit),
        )
    return data


def _looks_executable(head: bytes) -> bool:
    return head.startswith((b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa"))


def _open_image(data: bytes, name: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        _reject(
            _("Изображение «%(name)s» слишком большое по числу точек (не больше %(limit)s млн)."),
            "too_many_pixels", name=name, limit=MAX_IMAGE_PIXELS // 1_000_000,
        )
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        _reject(
            _("Файл «%(name)s» не является изображением. Загрузите фотографию в формате JPEG, PNG, WebP или GIF."),
            "not_an_image", name=name,
        )
    if image.format not in IMAGE_FORMATS:
        _reject(
            _("Формат изображения «%(name)s» не поддерживается. Загрузите JPEG, PNG, WebP или GIF."),
            "image_format", name=name,
        )
    if width * height > MAX_IMAGE_PIXELS or width < 1 or height < 1:
        _reject(
            _("Изображение «%(name)s» слишком большое по числу точек (не больше %(limit)s млн)."),
            "too_many_pixels", name=name, limit=MAX_IMAGE_PIXELS // 1_000_000,
        )
    return image


def _encode(image: Image.Image, max_side: int | None) -> tuple[bytes, str]:
    image = image.copy()
    if max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    buffer = io.BytesIO()
    # A freshly built image carries no EXIF, XMP, ICC comments or text chunks: nothing is passed on save.
    if has_alpha:
        clean = Image.new("RGBA", image.size)
        clean.paste(image.convert("RGBA"))
        clean.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue(), "png"
    clean = Image.new("RGB", image.size)
    clean.paste(image.convert("RGB"))
    clean.save(buffer, format="JPEG", quality=88, optimize=True, progressive=True)
    return buffer.getvalue(), "jpg"


def image_clean(upload, *, size: ImageSize) -> CleanFile:
    """Verify an uploaded image and return it re-encoded: no metadata, upright, scaled to `size`."""
    name = _original_name(upload)
    data = _read_all(upload, MAX_IMAGE_BYTES)
    if _looks_executable(data[:8]):
        _reject(_("Файл «%(name)s» — программа, а не изображение. Такие файлы загружать нельзя."), "executable", name=name)
    image = _open_image(data, name)
    try:
        image.verify()
        image = Image.open(io.BytesIO(data))
        image.seek(0)
        image.load()
        # Honour the camera's orientation before the EXIF that records it is dropped.
        image = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        _reject(_("Изображение «%(name)s» повреждено и не открывается."), "broken_image", name=name)
    if size.max_side:
        image.thumbnail((size.max_side, size.max_side), Image.Resampling.LANCZOS)
    body, extension = _encode(image, None)
    stem = uuid.uuid4().hex
    thumbnail = None
    if size.thumbnail_side:
        # Scaled from the already reduced image: the same result, a fraction of the work.
        thumb_body, thumb_extension = _encode(image, size.thumbnail_side)
        thumbnail = ContentFile(thumb_body, name=f"{stem}-thumb.{thumb_extension}")
    return CleanFile(
        content=ContentFile(body, name=f"{stem}.{extension}"),
        original_name=name,
        size=len(body),
        kind="image",
        thumbnail=thumbnail,
    )


def _detect_document(data: bytes, name: str) -> str | None:
    """The document type by content: pdf, docx, odt, txt, or None."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                entries = archive.infolist()
                if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_ZIP_UNCOMPRESSED:
                    _reject(_("Файл «%(name)s» распаковывается в слишком большой объём."), "zip_bomb", name=name)
                names = {e.filename for e in entries}
                if "[Content_Types].xml" in names and "word/document.xml" in names:
                    return "docx"
                if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
                    return "odt"
        except zipfile.BadZipFile:
            return None
        return None
    if b"\x00" in data:
        return None
    for encoding in ("utf-8", "cp1251"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in "\r\n\t\f" for ch in text[:20000]):
            return "txt"
    return None


MARKUP_SIGNS = (b"<!doctype", b"<html", b"<svg", b"<script", b"<?xml", b"<iframe", b"<body", b"<head")


def _looks_like_markup(data: bytes) -> bool:
    return any(sign in data[:65536].lower() for sign in MARKUP_SIGNS)


def document_clean(upload) -> CleanFile:
    """Accept a PDF, DOCX, ODT or plain-text file recognised by its bytes; return it under a safe random name."""
    name = _original_name(upload)
    data = _read_all(upload, MAX_DOCUMENT_BYTES)
    if _looks_executable(data[:8]):
        _reject(_("Файл «%(name)s» — программа. Такие файлы загружать нельзя."), "executable", name=name)
    detected = _detect_document(data, name)
    extension = PurePath(name).suffix.lower().lstrip(".")
    if detected is None:
        _reject(
            _("Файл «%(name)s» не распознан. Можно загрузить PDF, DOCX, ODT или обычный текст (TXT)."),
            "document_type", name=name,
        )
    if extension not in DOCUMENT_EXTENSIONS:
        _reject(
            _("Файл «%(name)s»: можно загрузить PDF, DOCX, ODT или обычный текст (TXT)."), "document_type", name=name,
        )
    if detected == "txt" and _looks_like_markup(data):
        # HTML and SVG are text, but a browser runs their scripts: they are never stored as "plain text".
        _reject(
            _("Файл «%(name)s» — веб-страница или рисунок SVG, а не обычный текст. Сохраните его как PDF."),
            "markup", name=name,
        )
    if detected == "txt" and len(data) > MAX_TEXT_BYTES:
        _reject(_("Текстовый файл «%(name)s» больше %(limit)s."), "too_large", name=name, limit=filesizeformat(MAX_TEXT_BYTES))
    if extension in DOCUMENT_EXTENSIONS and extension != detected:
        _reject(
            _("Файл «%(name)s» на самом деле не %(extension)s. Сохраните его заново в нужном формате."),
            "extension_mismatch", name=name, extension=extension.upper(),
        )
    return CleanFile(
        content=ContentFile(data, name=f"{uuid.uuid4().hex}.{detected}"),
        original_name=name,
        size=len(data),
        kind="document",
    )


def attachment_clean(upload, *, image_size: ImageSize = IMAGE_SIZES["material"]) -> CleanFile:
    """An attachment may be an image (cleaned as one) or a document; anything else is refused."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    # A file named as an image is cleaned as one: an SVG or a page renamed .jpg is refused, never kept as text.
    named_image = PurePath(_original_name(upload)).suffix.lower().lstrip(".") in IMAGE_EXTENSIONS
    if named_image or head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")) or (
        head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    ):
        return image_clean(upload, size=image_size)
    return document_clean(upload)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class UploadField(forms.FileField):
    """A form field that returns a `CleanFile` (or a list of them when `multiple=True`).

    kind: "logo", "photo" (images scaled for the pages), "document" (PDF/DOCX/ODT/TXT) or "attachment"
    (a document or an image kept at full size).
    """

    def __init__(self, *, kind: str, multiple: bool = False, **kwargs):
        self.kind = kind
        self.multiple = multiple
        if multiple:
            kwargs.setdefault("widget", MultipleFileInput())
        if kind in ("logo", "photo"):
            kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}))
        super().__init__(**kwargs)

    def _clean_one(self, upload) -> CleanFile:
        if self.kind in IMAGE_SIZES and self.kind != "material":
            return image_clean(upload, size=IMAGE_SIZES[self.kind])
        if self.kind == "document":
            return document_clean(upload)
        return attachment_clean(upload)

    def clean(self, data, initial=None):
        if self.multiple:
            uploads = [f for f in (data if isinstance(data, (list, tuple)) else [data]) if f]
            if not uploads:
                if self.required:
                    raise ValidationError(self.error_messages["required"], code="required")
                return []
            cleaned, errors = [], []
            for upload in uploads:
                try:
                    cleaned.append(self._clean_one(upload))
                except ValidationError as error:
                    errors.extend(error.error_list)
            if errors:
                raise ValidationError(errors)
            return cleaned
        upload = super().clean(data, initial)
        if not upload or upload is initial or upload is False:
            return upload
        return self._clean_one(upload)

    def has_changed(self, initial, data):
        return bool(data) if self.multiple else super().has_changed(initial, data)
