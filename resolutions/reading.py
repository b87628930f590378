"""Reading an imported document within limits: pasted text, a .txt or a .docx, refused before it costs.

A resolution is a few pages; the limits leave a wide margin and stop what is not one before it is read
whole: a .txt's size is checked before a byte is decoded, a .docx's zip directory (the declared sizes
of its members — a member cannot inflate past its declared size, `zipfile` stops there) and its count of
paragraphs before python-docx builds its tree. Every refusal is a `ValidationError` with a code and a
Russian message the import form shows under its field; nothing is stored.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from resolutions.parser import read_docx

__all__ = [
    "MAX_DOCX_BYTES", "MAX_DOCX_UNCOMPRESSED_BYTES", "MAX_LINES", "MAX_TEXT_BYTES", "text_from_paste",
    "text_from_upload",
]

MAX_TEXT_BYTES = 1024 * 1024  # pasted text or a .txt, in UTF-8: some 500 000 Cyrillic letters
MAX_LINES = 20_000  # lines of text or paragraphs of a .docx
MAX_DOCX_BYTES = 2 * 1024 * 1024  # the .docx file as uploaded
MAX_DOCX_UNCOMPRESSED_BYTES = 10 * 1024 * 1024  # all its members unpacked
_PARAGRAPH_RE = re.compile(rb"<w:p[ >/]")


def _too_long(size: int) -> ValidationError:
    return ValidationError(
        _("Текст слишком длинный: %(size)s при пределе %(limit)s. Импортируйте документ по частям."),
        code="too_long",
        params={"size": filesizeformat(size), "limit": filesizeformat(MAX_TEXT_BYTES)},
    )


def _too_many_lines(count: int) -> ValidationError:
    return ValidationError(
        _("В тексте %(count)s строк или абзацев при пределе %(limit)s. Импортируйте документ по частям."),
        code="too_many_lines",
        params={"count": count, "limit": MAX_LINES},
    )


def text_from_paste(text: str) -> str:
    """The pasted text, or a `ValidationError` when it is beyond the limits of bytes or lines."""
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_TEXT_BYTES:
        raise _too_long(size)
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise _too_many_lines(lines)
    return text


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def _count_paragraphs(archive: zipfile.ZipFile, limit: int) -> int:
    """Paragraphs in word/document.xml, counted while streaming; stops counting past `limit`."""
    count, tail = 0, b""
    with archive.open("word/document.xml") as member:
        while chunk := member.read(256 * 1024):
            data = tail + chunk
            count += len(_PARAGRAPH_RE.findall(data)) - len(_PARAGRAPH_RE.findall(tail))
            tail = data[-8:]
            if count > limit:
                break
    return count


def _text_from_docx(upload) -> str:
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_DOCX_BYTES:
        raise ValidationError(
            _("Файл .docx слишком большой: %(size)s при пределе %(limit)s."),
            code="docx_too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(MAX_DOCX_BYTES)},
        )
    try:
        with zipfile.ZipFile(upload) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_DOCX_UNCOMPRESSED_BYTES:
                raise ValidationError(
                    _("Файл .docx распаковывается в %(size)s при пределе %(limit)s: это не похоже на резолюцию."),
                    code="docx_unpacked_too_large",
                    params={"size": filesizeformat(unpacked), "limit": filesizeformat(MAX_DOCX_UNCOMPRESSED_BYTES)},
                )
            if "word/document.xml" not in archive.namelist():
                raise ValidationError(_("Это не документ Word (.docx)."), code="docx_corrupt")
            paragraphs = _count_paragraphs(archive, MAX_LINES)
            if paragraphs > MAX_LINES:
                raise _too_many_lines(paragraphs)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
        raise ValidationError(
            _("Не удалось прочитать файл. Сохраните его заново как .docx или .txt."), code="docx_corrupt"
        ) from error
    upload.seek(0)
    return text_from_paste(read_docx(upload))


def text_from_upload(upload) -> str:
    """The plain text of an uploaded .txt (UTF-8, or Windows-1251 as old Word exports are) or .docx file.

    Raises `ValidationError` beyond the limits (`MAX_TEXT_BYTES`, `MAX_LINES`, `MAX_DOCX_BYTES`,
    `MAX_DOCX_UNCOMPRESSED_BYTES`) before reading the file whole.
    """
    if Path(upload.name).suffix.lower() == ".docx":
        return _text_from_docx(upload)
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_TEXT_BYTES:
        raise _too_long(size)
    raw = upload.read(MAX_TEXT_BYTES + 1)
    if len(raw) > MAX_TEXT_BYTES:
        raise _too_long(len(raw))
    return text_from_paste(_decode(raw))
