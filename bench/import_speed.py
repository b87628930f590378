"""How long the import takes on large inputs: parsing must stay linear, and the limits must hold.

    python bench/import_speed.py

Prints the parse time of generated resolutions of 1k, 10k and 100k lines (100k is beyond the import
limit of `resolutions.reading.MAX_LINES`, so it is parsed directly to show the parser itself is linear),
the time to read and parse a 1 MB paste and the largest .docx the limits allow, and the time to refuse
a .docx of 200 000 empty paragraphs and a zip-bomb-like .docx.
"""

from __future__ import annotations

import io
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import django  # noqa: E402
from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure(USE_I18N=False)
    django.setup()

import docx  # noqa: E402
from django.core.exceptions import ValidationError  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402

from resolutions.parser import parse_resolution  # noqa: E402
from resolutions.reading import MAX_LINES, MAX_TEXT_BYTES, text_from_paste, text_from_upload  # noqa: E402

HEAD = [
    "РЕЗОЛЮЦИЯ", "XXI СТРАНОВОЙ КОНФЕРЕНЦИИ ОБЪЕДИНЕНИЙ РОССИЙСКИХ СООТЕЧЕСТВЕННИКОВ", "",
    "19.06.2027 г., г. Душанбе", "", "Участники конференции отметили, что:", "- работа велась;", "", "ПОСТАНОВИЛИ:",
]
# Each item «n» has sub-items «n.1» … «n.50» so that 100k lines stay within three-digit labels.
ITEM = "{n}. Поручить Секретариату КСОРС РТ:"
SUB_ITEM = [
    "{n}.{m}. Секретариату КСОРС РТ подготовить отчёт о работе организаций до 1 ноября 2027 года.",
    "{n}.{m}. Рекомендовать Мэру города Балакину В.В. рассмотреть предложения в III квартале 2027 г.",
    "{n}.{m}. Администрации города Ижевска провести встречу 18 июня 2028 года.",
    "Текст продолжается в следующем абзаце, где перечислены мероприятия и участники без сроков;",
    "- первое мероприятие;",
    "{n}.{m}. Контроль за исполнением настоящего пункта возложить на Ким В.М.",
    "{n}.{m}. Членам Совета ежегодно до 1 февраля представлять планы работы своих организаций.",
    "",
]


def resolution(lines: int) -> str:
    out = list(HEAD)
    number = 0
    while len(out) < lines:
        number += 1
        out.append(ITEM.format(n=number))
        sub = 0
        while sub < 50 and len(out) < lines:
            for line in SUB_ITEM:
                if "{m}" in line:
                    sub += 1
                out.append(line.format(n=number, m=sub))
    return "\n".join(out[:lines])


def timed(label: str, function) -> float:
    """Wall and CPU time: on a shared machine the wall time swells with the load, the CPU time much less,
    so linearity is read from the CPU column (and each line's time per 1 000 lines of input)."""
    started, cpu = time.perf_counter(), time.process_time()
    try:
        outcome = function()
    except ValidationError as error:
        outcome = f"refused: {error.code}"
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{label:<58} {elapsed:7.2f} s  cpu {cpu:6.2f} s   {outcome}")
    return cpu


def docx_upload(paragraphs: list[str], name: str = "big.docx") -> SimpleUploadedFile:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    stream = io.BytesIO()
    document.save(stream)
    return SimpleUploadedFile(name, stream.getvalue())


def empty_paragraphs_docx(count: int) -> SimpleUploadedFile:
    """A .docx of `count` empty paragraphs, written straight into the zip (python-docx would take minutes)."""
    source = io.BytesIO()
    docx.Document().save(source)
    with zipfile.ZipFile(source) as original:
        members = {info.filename: original.read(info) for info in original.infolist()}
    body = b"<w:p/>" * count
    xml = members["word/document.xml"]
    members["word/document.xml"] = xml.replace(b"<w:body>", b"<w:body>" + body, 1)
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, data in members.items():
            archive.writestr(filename, data)
    return SimpleUploadedFile("empty.docx", stream.getvalue())


def bomb_docx() -> SimpleUploadedFile:
    """A small .docx with a member that unpacks to 200 MB of zeros."""
    stream = io.BytesIO()
    docx.Document().save(stream)
    with zipfile.ZipFile(stream, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\0" * (200 * 1024 * 1024))
    return SimpleUploadedFile("bomb.docx", stream.getvalue())


def items(parsed) -> str:
    return f"{len(parsed.items)} items"


def main() -> None:
    for lines in (1_000, 10_000, 100_000):
        text = resolution(lines)
        cpu = timed(f"parse {lines:>7,} lines ({len(text.encode()) / 1e6:.1f} MB)", lambda text=text: items(parse_resolution(text)))
        print(f"{'':<58} cpu per 1 000 lines: {1000 * cpu / lines:.3f} s")
    paste = resolution(MAX_LINES)
    while len(paste.encode()) > MAX_TEXT_BYTES:
        paste = paste[: len(paste) - 2000]
    timed(
        f"1 MB paste ({len(paste.encode()) / 1e6:.2f} MB, {paste.count(chr(10)) + 1} lines)",
        lambda: items(parse_resolution(text_from_paste(paste))),
    )
    paragraphs = resolution(MAX_LINES - 10).split("\n")
    while len("\n".join(paragraphs).encode()) > MAX_TEXT_BYTES:
        paragraphs = paragraphs[:-200]
    upload = docx_upload(paragraphs)
    timed(
        f"largest allowed .docx ({upload.size / 1e6:.2f} MB, {len(paragraphs)} paragraphs)",
        lambda: items(parse_resolution(text_from_upload(upload))),
    )
    timed("1.1 MB paste (refused)", lambda: text_from_paste("а" * (MAX_TEXT_BYTES // 2 + 60_000)))
    timed("100 MB .txt (refused)", lambda: text_from_upload(SimpleUploadedFile("big.txt", b"x" * (100 * 1024 * 1024))))
    empty = empty_paragraphs_docx(200_000)
    timed(f".docx of 200 000 empty paragraphs ({empty.size / 1e3:.0f} KB, refused)", lambda: text_from_upload(empty))
    bomb = bomb_docx()
    timed(f"zip-bomb-like .docx ({bomb.size / 1e3:.0f} KB → 200 MB, refused)", lambda: text_from_upload(bomb))


if __name__ == "__main__":
    main()
