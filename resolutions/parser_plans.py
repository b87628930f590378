"""Plan-table items and plan dates, for the import parser: the quarter, month or year a plan line or
cell gives («II квартал», «в течение года», «май»), a row without a term that takes its document's year,
and the period an item covers."""

from __future__ import annotations

import calendar
import datetime
import re
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from resolutions.deadline_dates import _MONTH
from resolutions.deadlines import (
    Deadline,
    find_deadline,
    parse_deadline,
)
from resolutions.morphology import forms
from resolutions.parser_items import _doubt, _Draft, _reference
from resolutions.table_dates import cell_date
from resolutions.tables import TableRow

if TYPE_CHECKING:
    from resolutions.parser import ParsedResolution

def _undated_row_term(row: TableRow, result: ParsedResolution) -> Deadline | None:
    """«бесплатно (в течение месяца) 27.09. Экскурсия …» in a plan whose table has no deadline column: the first term
    its other cells write is the row's, read as a deadline cell is («в течение месяца» in a monthly plan is its
    month); a day that dates one event further on in the cell is that event's."""
    if not row.undated:
        return None
    reference = _reference(result)
    for _column, value in row.others:
        if found := find_deadline(value, reference=reference):
            month = result.plan_month_start
            return _cell_deadline(found.text, reference, plan_year=result.plan_year_start, month=month) or found
    return None


# «на 3 квартал 2021 года», «на II квартал 2019 г.»: the quarter a quarterly plan is for, read by `parse_deadline`.
_PLAN_QUARTER_RE = re.compile(r"\bна\s+((?:[1-4]|I{1,3}|IV)(?:-?й)?\s+квартал\s+\d{4}\s*(?:год[ау]?\b|г\.)?)", re.IGNORECASE)


def _plan_quarter(lines: list[str]) -> Deadline | None:
    """«План работы … на 3 квартал 2021 года»: the quarter a quarterly plan is for."""
    for line in lines:
        if (found := _PLAN_QUARTER_RE.search(line)) and (quarter := parse_deadline(found.group(1))):
            return quarter if quarter.kind == "quarter" and quarter.start else None
    return None


def _quarter_cell(cell: str, quarter: Deadline | None) -> Deadline | None:
    """«в течение квартала» in a quarterly plan's cell: the plan's quarter («в течении», the misspelling, too)."""
    if quarter is None or not re.fullmatch(r"\s*(?:в\s+течени[еи]\s+(?:всего\s+)?|весь\s+)квартала?\s*", cell, re.I):
        return None
    return Deadline(cell.strip(), "quarter", quarter.start, quarter.end)


def _plan_year(lines: list[str]) -> datetime.date | None:
    """«ПЛАН … на 2014 год» over a plan without a date: the year its months are of."""
    for line in lines:
        if found := re.search(r"\b(?:на|в)\s+(\d{4})\s*(?:год(?:у)?\b|г\.)", line, re.IGNORECASE):
            year = int(found.group(1))
            return datetime.date(year, 1, 1) if 1900 <= year <= 2200 else None
    # «План мероприятий Года …» / «2025 год»: the plan's year alone on a line of its heading, or ending it (the title
    # joins its lines).
    for line in lines:
        if (found := _YEAR_ALONE_RE.search(line)) and not re.fullmatch(_MONTH, found.group(1) or "", re.IGNORECASE):
            year = int(found.group(2))
            return datetime.date(year, 1, 1) if 1900 <= year <= 2200 else None
    return None


# «2025 год» ends the line; «на ноябрь 2023 год» is a month's year, which the plan's month reads.
_YEAR_ALONE_RE = re.compile(r"(?:^|(?:([а-яё]+)\s+)|(?<=\s))(\d{4})\s*год\s*$", re.IGNORECASE)


# «к 70-летию Победы», «71-й годовщины Победы советского народа в Великой Отечественной войне», «80-летию Великой
# Победы», «к 70-летию со дня Победы»: the Victory of 1945; a victory in another war or battle («Победы в
# Сталинградской битве», «Победы под Москвой») is not it.
_VICTORY_ANNIVERSARY_RE = re.compile(
    r"(?<![\d.])(\d{1,2})\s*[-–—]?\s*(?:лети[еяюи]|летием|(?:й|я|ая|ой|ей|ю)\s+годовщин[аеуы])"
    r"(?:\s+со\s+дня)?(?:\s+Великой)?\s+Победы"
    r"(?:\s+советского\s+народа)?(?!\s+(?:в|над|под)\s+(?!Великой\s+Отечественной))",
    re.IGNORECASE,
)


def _victory_anniversary(lines: list[str]) -> int | None:
    """«План мероприятий к 70-летию Победы» with no year of its own: N of the N-th anniversary of the Victory
    in the Great Patriotic War, which the plan is for and whose year (1945 + N) completes its cells. A portal of
    compatriots' councils marks each of these anniversaries; no other event's is taken (its year is unknown)."""
    for line in lines:
        if found := _VICTORY_ANNIVERSARY_RE.search(line):
            return int(found.group(1)) or None
    return None


# «на сентябрь 2018 года», «в марте 2019 г.», «(апрель 2025 г.)», «МУК «МЦБ» ноябрь 2019 год» after the plan's name:
# the month a monthly plan is for, read by `parse_deadline`.
_PLAN_MONTH_RE = re.compile(r'(?:\b(?:на|в)\s+|\(\s*|(?<=[»"“”])\s*)([а-яё]+)\s+(?:месяц\s+)?(\d{4})\s*(?:год[ау]?\b|г\.|$)', re.IGNORECASE)


_MONTH_ALONE_RE = re.compile(r"\s*([А-ЯЁа-яё]+)\s+(\d{4})\s*(?:год[ау]?|г\.)?\s*")


def _plan_month(lines: list[str]) -> datetime.date | None:
    """«План работы … на сентябрь 2018 года», or «Февраль 2023» alone on a heading's line: the 1st of the month a
    monthly plan is for."""
    for line in lines:
        alone = _MONTH_ALONE_RE.fullmatch(line or "")
        for found in [alone] if alone else _PLAN_MONTH_RE.finditer(line):
            month = parse_deadline(f"{found.group(1)} {found.group(2)}")
            if month is not None and month.start and month.end and month.start.day == 1 and month.end.month == month.start.month:
                return month.start
    return None


# «июнь 1941 – май 1942», «сентябрь 2019 г. - май 2020 г.»: a span of months, each with its year.
_COVERED_RE = re.compile(r"\b([а-яё]+\s+\d{4}(?:\s*г\.)?\s*[-–—]\s*[а-яё]+\s+\d{4}(?:\s*г\.)?)(?!\d)", re.IGNORECASE)


def _covered_from(lines: list[str]) -> datetime.date | None:
    """«Ленинград в блокаде. Книга первая: июнь 1941 – май 1942» over a page with no date of its own: the first day of
    the months the collection covers, which its dates without a year fall in (September is 1941's)."""
    for line in lines:
        for found in _COVERED_RE.finditer(line):
            span = parse_deadline(found.group(1))
            if span is not None and span.kind == "range" and span.start and span.end:
                return span.start
    return None


# «План новогодних мероприятий 2019-2020 г.г.», «на 2014-2015 учебный год»: a plan over two years in turn (a school
# year, the new-year holidays, a winter), not a programme «на 2019 - 2021 годы» or a war's «1941-1945 годов».
_SEASON_RE = re.compile(
    r"(?<![\d.])(\d{4})\s*[-–—/]\s*(\d{4})(?![\d.])(?!\s*год(?:ы|ов|ах)\b)(\s*учебн[а-я]*\s+год)?",
    re.IGNORECASE,
)


def _season(lines: list[str]) -> tuple[datetime.date, bool] | None:
    """«… 2019-2020 г.г.», «на 2014-2015 учебный год» in a plan's heading: 1 September of the first year, from which
    its days without a year are counted (the autumn's of the first year, January's of the second, as a school year
    and the new-year holidays run), and whether it names a school year."""
    for line in lines:
        for found in _SEASON_RE.finditer(line):
            first, second = int(found.group(1)), int(found.group(2))
            if second == first + 1 and 1900 <= first <= 2200:
                return datetime.date(first, 9, 1), bool(found.group(3))
    return None


def _school_year(start: datetime.date) -> Deadline:
    """The school year from 1 September of `start`'s year to 31 August of the next."""
    return Deadline("", "range", start, datetime.date(start.year + 1, 8, 31))


_WHOLE_PERIOD_RE = re.compile(r"\s*(?:весь|в\s+течени[еи]\s+всего)\s+период(?:а)?\s*", re.IGNORECASE)


_CALENDAR_YEAR_RE = re.compile(r"\s*в\s+течени[еи]\s+(?:всего\s+)?календарного\s+года\s*", re.IGNORECASE)


def _whole_period_cell(cell: str, result: ParsedResolution) -> Deadline | None:
    """«Весь период» in a plan's term cell that neither a year nor a month dates: the school year a plan «на
    2014-2015 учебный год» is for; «в течение календарного года» there is a year, which of the two left open. With no period named at all it stays unread: the corpus reads it both as a
    standing task and as no term."""
    if result.plan_period is None:
        return None
    if _WHOLE_PERIOD_RE.fullmatch(cell):
        return Deadline(cell.strip(), "range", result.plan_period.start, result.plan_period.end)
    if _CALENDAR_YEAR_RE.fullmatch(cell):
        return Deadline(cell.strip(), "year")  # a calendar year the school year does not fix: which one is open
    return None


def _cell_deadline(
    cell: str, reference: datetime.date | None, *, plan_year: datetime.date | None = None, month: datetime.date | None = None
) -> Deadline | None:
    """The deadline of a plan's deadline cell. A cell with a deadline for each of the row's tasks
    («До 28.04.06 До 05.05.06») is due by the last of them; «05.05.06 14.00 - 15.00» by its day; «в течение
    года» in a plan is the plan's year (in running text it is a year from the document's date), and so is
    «весь период» in a plan for a year («План … на 2019 год»), `plan_year`; «в течение месяца» or «весь
    период» in a monthly plan is its month (`month`, its 1st). «в течении», the common misspelling, is read as meant."""
    if month is not None and re.fullmatch(r"\s*(?:(?:в\s+течени[еи]\s+(?:всего\s+)?|весь\s+)(?:месяца?|периода?))\s*", cell, re.I):
        return Deadline(cell.strip(), "range", month, month.replace(day=calendar.monthrange(month.year, month.month)[1]))
    whole_year = r"в\s+течени[еи]\s+(?:всего\s+)?года|весь\s+год" + (r"|(?:в\s+течение\s+всего|весь)\s+периода?" if plan_year else "")
    if reference is not None and _whole_year_cell(cell, whole_year):
        year = reference.year
        return Deadline(cell.strip(), "year", datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    # «Май Сбор сведений – до 1 марта»: the event's own term first, then a preparatory step named with a term of its
    # own; the row's term is the event's.
    if (
        (step := _STEP_TERM_RE.search(cell)) and _names_a_step(cell[step.end():].split()[0])
        and (head := parse_deadline(cell[:step.start()].strip(), reference=reference))
        and find_deadline(cell[step.start():], reference=reference)
    ):
        return head
    tasks = [part for part in re.split(r"\s+(?=(?:до|не позднее)\s)", cell, flags=re.IGNORECASE) if part]
    if len(tasks) > 1:
        found = [deadline for part in tasks if (deadline := parse_deadline(part, reference=reference))]
        if len(found) == len(tasks) and all(deadline.end for deadline in found):
            return max(found, key=lambda deadline: deadline.end)
    if deadline := cell_date(cell, reference):
        return deadline
    for candidate in (cell, cell.split(",")[0], re.sub(r"\s*[-–—]\s*\d{1,2}[.:]\d{2}(?:\s*ч\.)?\s*$", "", cell)):
        if candidate and (deadline := parse_deadline(candidate, reference=reference) or find_deadline(candidate, reference=reference)):
            return deadline
    # «Образовательные учреждения 10 - 12 июня 2003 г.» under «Место и дата проведения»: a cell of place and
    # date, the date the longest run of words at its end (or start) that reads as one; the event's hour or
    # opening hours after a date written in words («… 3-5 января 15.00», «…, 4 января, с 10-00 до 16-00») are
    # cut first, the date then standing at the cell's end.
    for text in dict.fromkeys((cell, _TRAILING_HOURS_RE.sub("", cell))):
        words = text.split()
        for size in range(min(len(words) - 1, 8), 0, -1):
            for part in (" ".join(words[-size:]), " ".join(words[:size])):
                if deadline := parse_deadline(part, reference=reference):
                    return deadline
    return None


# «15.00», «, в 11-00», «, с 10-00 до 16-00», «14.00 - 15.00 ч.»: an event's hour or opening hours ending a cell, after
# a date written in words (a month's name, «г.»), so that a date in figures («… 12.05») is never taken for an hour.
_HOUR = r"(?:[01]?\d|2[0-3])[.:-][0-5]\d"
_TRAILING_HOURS_RE = re.compile(
    rf"(?<=[а-яё.])\s*,?\s+(?:(?:с|в)\s+)?{_HOUR}(?:\s*(?:[-–—]|до)\s*{_HOUR})?(?:\s*ч\.?)?\s*$", re.IGNORECASE
)


# «… Сбор сведений – до 1 марта»: a step named by a capitalised noun (a few words), a dash and its own term.
_STEP_TERM_RE = re.compile(r"(?<=\S)\s+(?=[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,4}\s+[-–—]\s+(?:до|не позднее|к|с|в)?\s*\d)")


def _names_a_step(word: str) -> bool:
    """«Сбор», «Подготовка»: a noun that names a task, not a term's word («Июнь», «Ежемесячно»)."""
    return "NOUN" in forms(word.lower()).pos and parse_deadline(word) is None


def _whole_year_cell(cell: str, whole_year: str) -> bool:
    """«в течение года», alone in a plan's cell or followed by a remark of how («… по заявлениям жителей», «…, по
    мере необходимости»), is the plan's year; followed by the moment it counts from («… со дня подписания») or by
    a term of its own, it is no whole year."""
    found = re.match(rf"\s*(?:{whole_year})(?![а-яё])", cell, re.IGNORECASE)
    if found is None:
        return False
    rest = cell[found.end():].strip(" ,;")
    return not rest or not re.match(r"(?:с|со|после|от)(?![а-яё])", rest, re.IGNORECASE) and find_deadline(rest) is None


def _plan_line_date(draft: _Draft, result: ParsedResolution) -> Deadline | None:
    """«а. Рождество 7 января» in a plan «на 2021 год» with no date of its own: a plan written as lines
    rather than a table, each event's day at the end of its first paragraph, of the plan's year. Running
    text (a dated document) keeps its bare dates as facts, not deadlines."""
    if result.date is not None or result.plan_year_start is None:
        return None
    words = draft.blocks[0][1].split()
    for size in range(min(len(words) - 1, 3), 0, -1):
        if not re.fullmatch(r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?", words[-size]):
            continue  # a day or days, «7 января», «26-29 декабря»; not «… на 2009 год»
        deadline = parse_deadline(" ".join(words[-size:]), reference=result.plan_year_start)
        if deadline is not None and deadline.kind in ("exact", "range"):
            return deadline
    return None


def _date_by_the_items_year(result: ParsedResolution, drafts: list[_Draft]) -> None:
    """An undated document whose items' windows all fall in one year («1. Провести гуляния 25 февраля 2001 г. …»):
    a date without a year in another item («во время репетиции 21 февраля с 18.00») is of that year, as the
    document must be; so is a plan's cell without a year («С 25.04. – 7.05.» beside «25.04.13.»). A term counted
    from the document's date («в месячный срок») stays open."""
    if result.date is not None or result.plan_year_start is not None:
        return
    years = {day.year for item in result.items for day in (item.due_start, item.due_end) if day}
    if len(years) != 1:
        return
    reference = datetime.date(years.pop(), 1, 1)
    untied = _("Срок найден, но не привязан к датам: нет даты документа.")
    for draft, item in zip(drafts, result.items, strict=True):
        if item.due_start or item.due_end or not item.deadline_text or item.deadline_kind in ("standing", "relative", "recurring"):
            continue
        if draft.row is not None:
            deadline = _cell_deadline(draft.row.deadline, reference)
        else:
            deadline = find_deadline(" ".join(item.text.split()), reference=reference)
        if deadline is None or deadline.text != item.deadline_text or deadline.end is None:
            continue
        item.due_start, item.due_end = deadline.start, deadline.end
        if untied in item.confidence_reasons:
            item.confidence_reasons.remove(untied)
            item.confidence = item.confidence if item.confidence_reasons else "high"
        _doubt(item, "medium", _("В сроке нет года: взят год, который дают другие пункты документа."))
