"""The document's heading, date and preamble, for the import parser: the text made readable (labels
whose dot was lost, letters spaced out), the document type and number, the approval stamp, the date and
place line, the theme and the conference the resolution was adopted at, and a date given in the preamble."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from resolutions.deadlines import (
    find_date,
)
from resolutions.morphology import forms
from resolutions.parsing_utils import (
    OPERATIVE_KEYWORDS,
    is_mostly_upper,
    parse_label,
    sentence_case,
)

if TYPE_CHECKING:
    from resolutions.parser import ParsedResolution

_DOC_TYPE_RE = re.compile(r"^(?:резолюция|решение|постановление|заявление|обращение|протокол|план)\b", re.IGNORECASE)
# «УТВЕРЖДАЮ» / «Директор школы» / «____ И.И. Иванов» over a plan's heading: the approval stamp, not the heading.
_APPROVAL_RE = re.compile(r"^[«\"]?(?:утверждаю|утвержд[её]н[аоы]?|согласовано)\b", re.IGNORECASE)
# «Утверждён на заседании совета …», «Принят решением …», «(на 2024 год)» under «ПЛАН» / «мероприятий …»: a note
# on the plan (how it was adopted, a remark in brackets), no line of its title; it stays in the text, where the
# plan's date and year are read from it.
_TITLE_NOTE_RE = re.compile(r"^(?:[«\"]?(?:утвержд[её]н[аоы]?|принят[аоы]?|согласован[аоы]?)\b|\(.*\)$)", re.IGNORECASE)
# «… на ноябрь 2023 г.», «… 2019-2020 г.г.»: a title line ending in the year's abbreviation, whose dot ends no sentence.
_YEAR_ABBREVIATION_END_RE = re.compile(r"\d{4}\s*(?:г\.\s?г|гг?)\.$")
_THEME_RE = re.compile(r"^(?:(?:на\s+)?тема\s*:\s*)?«(?P<theme>.+)»\s*[.;]?$", re.IGNORECASE)
_KEYWORDS = OPERATIVE_KEYWORDS
_KEYWORD_LINE_RE = re.compile(
    rf"^(?P<kw>(?:{_KEYWORDS})\s*[:.]?|(?:решение|постановление)\s*:)(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE
)
_KEYWORD_TAIL_RE = re.compile(rf"^(?P<pre>.*\S)\s+(?P<kw>(?:{_KEYWORDS})\s*[:.])$", re.IGNORECASE)
_PLACE_WORDS = {"г.", "г", "город", "с.", "пгт", "от", "№", "в", "область", "области", "обл.", "район", "района", "р-н"}
_CONFERENCE_KINDS = (
    ("тематическ", "thematic"), ("отчётно-выборн", "reporting_election"), ("отчетно-выборн", "reporting_election"),
    ("чрезвычайн", "extraordinary"),
)


_UNDOTTED_RE = re.compile(r"^(\d{1,2})\s+([А-ЯЁ][а-яё]+)\b")


def _restore_label_dots(lines: list[str]) -> list[str]:
    """«1 Провести 8-9 мая …» before «2. Утвердить …»: a label that lost its dot, vouched for by the
    numbering around it (the item before is n−1 or the one after is n+1) and opening with an infinitive
    or «Контроль». Only the next three lines are looked at, so this stays linear."""
    out = list(lines)
    previous: int | None = None
    for index, line in enumerate(out):
        parsed = parse_label(line)
        if parsed:
            if len(parsed[0].numbers) == 1 and not parsed[0].letter:
                previous = parsed[0].numbers[0]
            continue
        match = _UNDOTTED_RE.match(line)
        if match is None:
            continue
        word = match.group(2)
        if not (forms(word.lower()).infinitive or word == "Контроль"):
            continue
        number = int(match.group(1))
        following = next((parse_label(nxt) for nxt in out[index + 1:index + 4] if nxt), None)
        vouched = previous == number - 1 if previous is not None else number == 1
        if following and following[0].numbers == (number + 1,) and not following[0].letter:
            vouched = True
        if vouched:
            out[index] = f"{number}. {line[match.end(1):].lstrip()}"
            previous = number
    return out


def _unspace(line: str) -> str:
    """«П О С Т А Н О В И Л И :», «… п о с т а н о в л я ю :», «С л у ш а л и :»: letters spaced out for
    emphasis, closed up. A scan's stray mark standing alone in a line («… базы; * в) усилить …») goes."""
    line = re.sub(r"^((?:[А-ЯЁ] ){4,}[А-ЯЁ]) ?(:?)$", lambda m: m.group(1).replace(" ", "") + m.group(2), line)
    line = re.sub(r"(?<!\S)([А-ЯЁа-яё](?: [а-яё]){4,}) ?:", lambda m: m.group(1).replace(" ", "") + ":", line)
    return re.sub(r"(?<=\S) [*^'‘`](?= )", "", line)


def _approval_stamp(lines: list[str]) -> int:
    """«УТВЕРЖДАЮ» / «Директор МБОУ СОШ № 5» / «_____ И.И. Иванов» / «ПЛАН» / …: the number of lines the approval
    stamp over a heading takes (the heading being a line that names the document in capitals, «ПЛАН мероприятий …»,
    within the next eight lines), else 0."""
    first = next((i for i, line in enumerate(lines[:3]) if line), None)
    if first is None or not _APPROVAL_RE.match(lines[first]):
        return 0
    return next(
        (i for i in range(first + 1, min(first + 9, len(lines))) if _DOC_TYPE_RE.match(lines[i]) and lines[i].split()[0].isupper()),
        0,
    )


def _read_heading(lines: list[str], result: ParsedResolution, start: int = 0) -> int:
    """Read the title, theme and a header date/place from `start` (the line after an approval stamp); return the
    index of the first body line."""
    index = next((i for i, line in enumerate(lines) if line and i >= start), len(lines))
    first = lines[index] if index < len(lines) else ""
    if not (_DOC_TYPE_RE.match(first) or is_mostly_upper(first)) or _KEYWORD_LINE_RE.match(first):
        result.warnings.append(_("Не найден заголовок документа."))
        return index
    title: list[str] = []
    first_block = True
    while index < len(lines):
        line = lines[index]
        theme = _THEME_RE.match(line)
        if not line:
            first_block = False
        elif (_KEYWORD_LINE_RE.match(line) and not _DOC_TYPE_RE.match(line)) or parse_label(line) or (
            "|" in line and not is_mostly_upper(line)
        ):
            break  # an operative keyword, an item, a table's row (a heading set in two columns is in capitals)
        elif theme and not result.theme:
            result.theme = theme.group("theme").strip()
        elif _is_date_line(line) and not _DOC_TYPE_RE.match(line):
            _take_date_place(line, result)
        elif is_mostly_upper(line) or (
            first_block and not result.theme and _DOC_TYPE_RE.match(title[0] if title else line)
            and (line[-1] not in ".:;" or _YEAR_ABBREVIATION_END_RE.search(line)) and len(line) < 250
            and not _TITLE_NOTE_RE.match(line)
        ):
            title.append(line)
        else:
            break
        index += 1
    joined = " ".join(title)
    joined = joined if _YEAR_ABBREVIATION_END_RE.search(joined) else joined.rstrip(".")
    if is_mostly_upper(joined):
        joined = sentence_case(joined)
    elif _DOC_TYPE_RE.match(joined) and joined.split()[0].isupper():
        # «РЕШЕНИЕ» over a lower-case line: «Решение заседания Координационного совета …». «ПЛАН МЕРОПРИЯТИЙ» over
        # one: «План мероприятий Координационного совета …», the plan's capitals naming its kind of work (common
        # nouns), where a decision's («РЕШЕНИЕ ГРОДНЕНСКОГО ОБЛАСТНОГО …») name its body and stay as written.
        head = title[0] if re.match(r"план\b", joined, re.IGNORECASE) and is_mostly_upper(title[0]) else joined.split()[0]
        joined = sentence_case(head) + joined[len(head):]
    result.title = joined
    if re.match(r"план\b", joined, re.IGNORECASE):
        result.doc_type = "plan"
    if result.date is None and (found := find_date(joined)):
        result.date = found[0]
    return index


def _is_date_line(line: str) -> bool:
    """A short line holding only a date and a place: «19.06.2026 г., г.Душанбе, Таджикистан.»"""
    if len(line) > 100 or not any(char.isdigit() for char in line):
        return False
    found = find_date(line)
    if not found:
        return False
    rest = (line[: found[1]] + " " + line[found[2]:]).replace(",", " ")
    words = [w.strip(".–—-") for w in rest.split()]
    return all(not w or w[0].isupper() or w.isdigit() or w.lower() in _PLACE_WORDS or w.startswith("г.") for w in words)


def _take_date_place(line: str, result: ParsedResolution) -> None:
    found = find_date(line)
    if found is None or result.date is not None:
        return
    result.date = found[0]
    place = re.sub(r"\s+", " ", f"{line[: found[1]]} {line[found[2]:]}")
    place = re.sub(r"(?:^|\s)(?:от|№\s*\d+)(?=\s|$)", " ", place).strip(" ,.;–—-")
    result.place = re.sub(r"\bг\.(?=[А-ЯЁ])", "г. ", place)


# «Сноска. Утратило силу решением … от 19.08.2020», «(В редакции постановления от …)»: an editor's note dates a
# later act (an amendment, a repeal, their publication), never the document.
_EDITORS_NOTE_RE = re.compile(r"\(?\s*(?:сноска\b|в редакции\b|с изменениями\b|утратил[аио]? силу\b|внесены изменения\b)", re.IGNORECASE)


# The line where an act names its kind, in capitals: «УКАЗ», «ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА …».
_ACT_KIND_RE = re.compile(r"^(?:УКАЗ|ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|РЕШЕНИЕ|РЕЗОЛЮЦИЯ|ПРОТОКОЛ|ЗАКОН)\b")


def _is_post_date(paragraphs: list[str]) -> bool:
    """«22.11.2021» / «РАСУЛ ГАМЗАТОВ …» / «УКАЗ ПРЕЗИДЕНТА …»: a date alone on the page's first line, over a
    headline and then the act's kind, is the date a site or a newspaper posted the act, not the act's. An act's own
    date stands under its kind, or over it with its number («№ 230 от 19.11.2007»), never over another headline."""
    if len(paragraphs) < 3 or (found := find_date(paragraphs[0])) is None:
        return False
    rest = (paragraphs[0][: found[1]] + paragraphs[0][found[2]:]).strip(" .,")
    if rest not in ("", "г", "г.", "года"):
        return False
    kind = next((i for i, p in enumerate(paragraphs[1:6], start=1) if _ACT_KIND_RE.match(p)), None)
    return kind is not None and kind > 1


def _date_from_preamble(lines: list[str], result: ParsedResolution) -> None:
    # The first paragraph, or a line just under the title («Утверждён решением Совета от 20 января 2026 г.»); past
    # a site's or a blog's lines, the line where the act names itself («ПОСТАНОВЛЕНИЕ … № 801 15.X.41 г.»).
    # A title wrapped over two lines («ПОСТАНОВЛЕНИЕ … СТОЛИЦЫ СССР» / «МОСКВЫ» № 801 15.X.41 г. …») is read whole.
    following = {index: next((line for line in lines[index + 1:index + 3] if line), "") for index in range(min(12, len(lines)))}
    numbered = [(index, line) for index, line in enumerate(lines[:12]) if line and not _EDITORS_NOTE_RE.match(line)]
    paragraphs = [line for _, line in numbered]
    if _is_post_date(paragraphs):
        numbered = numbered[1:]
    paragraphs = [line for _, line in numbered[:4]] + [
        line if find_date(line) else f"{line} {following[index]}"
        for index, line in numbered[4:] if _DOC_TYPE_RE.match(line)
    ][:1]
    paragraph, found = next(((p, f) for p in paragraphs if (f := find_date(p))), (paragraphs[0] if paragraphs else "", None))
    if found is None:
        result.warnings.append(_("Не удалось определить дату документа."))
        return
    result.date = found[0]
    place = re.search(r"\bв\s+(г\.\s?[А-ЯЁ][а-яё-]+)", paragraph)
    if place and not result.place:
        result.place = re.sub(r"\bг\.(?=[А-ЯЁ])", "г. ", place.group(1))
    result.warnings.append(_("Дата документа взята из текста преамбулы."))


def _read_conference(result: ParsedResolution, first_paragraph: str) -> None:
    source = result.title or first_paragraph
    number = re.search(
        r"(?<!\w)([IVXLCХ]+)\s+(?=(?:страново|чрезвычайн|отч[её]тно|тематическ|конференц))", source, re.IGNORECASE
    )
    if number and number.group(1).isupper():
        result.conference_number = number.group(1).replace("Х", "X")
    low = source.lower()
    if "конференц" in low:
        result.conference_kind = next((kind for stem, kind in _CONFERENCE_KINDS if stem in low), "")
