"""Plans laid out as tables (№ | мероприятие | срок | ответственный), from a .docx or flattened to text.

A .docx table row arrives from `read_docx` as one line with its cells joined by « | »; a table pasted
from a web page arrives one cell a line, each ending in «|», or one row a line without any separator
(«1 Праздничное оформление улиц До 29 апреля Зобнин С.Н.»). Each form is found by its header — a line
(or cells) naming the activity, the deadline and the responsible columns — and every numbered row
becomes a `TableRow` the parser turns into an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resolutions.deadlines import find_date, find_deadline, find_period, parse_deadline
from resolutions.morphology import common_noun_of_people, forms, preposition_glued_after
from resolutions.parsing_utils import next_labels, parse_roman_label
from resolutions.parties import table_parties, trailing_abbreviations
from resolutions.party_tables import _TRAILING_PERSON_RE
from resolutions.table_boxes import unbox_lines
from resolutions.table_dates import cell_date
from resolutions.table_financing import (
    financing_after_responsible,
    financing_before_responsible,
    split_financing_after,
    split_financing_first,
)
from resolutions.table_party_columns import party_columns, post_and_person, with_party_columns
from resolutions.table_plain_header import HOUR_LINE, broken_plain_header
from resolutions.table_row_events import row_events, several_numbers

__all__ = ["TableRow", "cell_date", "find_tables", "is_month_line", "is_table_header"]

# «Темы» heads the activity column of some plans («№ | Темы | Дата | Ответственный»): the word alone, not «системы».
_ACTIVITY = re.compile(r"мероприяти|наименовани|содержани|вопрос|(?<![а-яё])тем[аы]?(?![а-яё])", re.IGNORECASE)
_DEADLINE = re.compile(r"срок|дата|время|период", re.IGNORECASE)
_RESPONSIBLE = re.compile(r"ответствен|исполнител", re.IGNORECASE)
_NUMBER_CELL = re.compile(r"^\s*(\d{1,3})\.?\s*$")
# «1.2» under a section's row «1.»: a sub-row's number cell.
_ROW_NUMBER_CELL = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?)\.?\s*$")
_PLAIN_ROW = re.compile(r"^(\d{1,3})(?:\.?\s+|\.(?=[А-ЯЁ«\"]))(\S.*)$")  # «1.Разработка …» glued, too
# «1.1Стационарная выставка …», «2.2 Урок мужества …»: a sub-row of a plain row, its number glued to its text or not.
_PLAIN_DOTTED_ROW = re.compile(r"^(\d{1,3}\.\d{1,2})(?:\.?\s+|\.?(?=[А-ЯЁ«\"„“]))(\S.*)$")
# «а) открытию Дней защиты … март 2013 г.» under a plain row: a sub-row with cells of its own.
_PLAIN_SUB_ROW = re.compile(r"^([а-я])\)\s+(\S.*)$")
# «1 2 3 4» under a header: the columns' numbers, not a row.
_COLUMN_NUMBERS = re.compile(r"^\s*1(?:\s+\d{1,2}){2,}\s*$")
_NAME = r"(?:(?:[А-ЯЁ]\.\s?){2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+\s(?:[А-ЯЁ]\.\s?){2})"
_TRAILING_NAMES = re.compile(rf"{_NAME}(?:,?\s+{_NAME})*\s*$")


@dataclass(frozen=True)
class TableRow:
    """One row of a plan: its number as written, the activity, the deadline cell and the responsible cell."""

    label: str
    activity: str
    deadline: str
    responsible: str
    # The row's other columns as («Место проведения», «Дом культуры»): the parser keeps them in the item's
    # text, so a plan's place or note column is not lost on import.
    others: tuple[tuple[str, str], ...] = ()
    undated: bool = False  # the table has no deadline column: a term, if any, is written in another cell
    # An event listed «1) …» inside a row's title cell is shown by its number alone, as the table's sub-rows are.
    shown: str = ""
    # The parties as read apart by a reader that knows where each ends («Директор ДК — Петрова О.В.», «Рук. клуба
    # — Иванова Н.А.»): taken as they are, not split again from the responsible cell.
    parties: tuple[str, ...] = ()


# «N п/п», «№»: the number column of a plan, which vouches for a header that names no responsible column.
# «№№ п\п» with a backslash, as some sites store the head, too.
_NUMBER_HEADER = re.compile(r"^\s*(?:NN?|№№?)(?:\s*п[/\\]п)?(?=\s|\||$)|(?<!\w)п[/\\]п(?!\w)")


def _is_header(text: str) -> bool:
    """A plan's header names its activity and deadline columns, and its responsible column or, for a
    plan without one («N п/п Наименование мероприятия Срок исполнения»), its number column. A header written
    in cells («№ п/п | Наименование учреждения | Ответственные |») may name no deadline column when it names
    both the number and the responsible ones."""
    # A header written in cells may be long when it has many columns (an eight-column plan's «Источники
    # финансирования | Задачи Плана | Индикаторы (…) | Документы, подтверждающие исполнение …»): each cell is short.
    too_long = max(len(cell) for cell in text.split("|")) >= 120 if text.count("|") >= 4 else len(text) >= 250
    if too_long or not _ACTIVITY.search(text):
        return False
    if not _DEADLINE.search(text):
        return "|" in text and bool(_RESPONSIBLE.search(text) and _NUMBER_HEADER.search(text))
    return bool(_RESPONSIBLE.search(text) or _NUMBER_HEADER.search(text))


def is_table_header(line: str) -> bool:
    """Is `line` a plan table's header row written on one line («№ п/п | Мероприятие | Срок | Ответственные»)?"""
    return _is_header(line)


def _responsible_first(header: str) -> bool:
    """«NN Наименование мероприятия Ответственный исполнитель Срок исполнения»: the responsible column first."""
    responsible, deadline = _RESPONSIBLE.search(header), _DEADLINE.search(header)
    return bool(responsible and deadline) and responsible.start() < deadline.start()


def _columns(cells: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for name, pattern in (("responsible", _RESPONSIBLE), ("deadline", _DEADLINE), ("activity", _ACTIVITY)):
            if name not in found and pattern.search(cell):
                found[name] = index
                break
    return found if "activity" in found and ("deadline" in found or "responsible" in found) else None


def _is_column_numbers(cells: list[str]) -> bool:
    """«1 | 2 | 3 | 4» under a header: the columns' numbers, not row 1."""
    return len(cells) >= 3 and cells == [str(number) for number in range(1, len(cells) + 1)]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


# «N», «№№» alone on a line: the head of a plan's number column, its first cell.
_LONE_NUMBER_SIGN = re.compile(r"\s*(?:NN?|№№?)\s*")


def _merge_cell_lines(lines: list[str]) -> list[str]:
    """A cell written over several lines («Срок» / «исполнения |») is one cell: inside a table (the line
    before ends in «|»), or for a lone number-column head («N» / «п/п |»), the lines up to the next «|»
    join it. A blank line ends the table."""
    merged: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip() or line.rstrip().endswith("|"):
            merged.append(line)
            index += 1
            continue
        inside = bool(merged) and merged[-1].rstrip().endswith("|")
        if inside or _LONE_NUMBER_SIGN.fullmatch(line):
            end = index
            while end < len(lines) and end - index < 40 and lines[end].strip() and not lines[end].rstrip().endswith("|") and not (
                end > index and _LONE_NUMBER_SIGN.fullmatch(lines[end])
            ):
                end += 1  # a lone «№№» opens a header's first cell: the lines above it are no part of that cell
            if end < len(lines) and lines[end].rstrip().endswith("|") and end - index < 40:
                merged.append(_join_cell_parts([part.strip() for part in lines[index:end + 1]]))
                index = end + 1
                continue
        merged.append(line)
        index += 1
    return merged


# «ЦБ», «РДК»: a unit named by its abbreviation alone on a line of a cell.
_LONE_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,6}")


def _join_cell_parts(parts: list[str]) -> str:
    """A cell's lines as one: «ЦБ» / «Аккулова З Е |», a unit's abbreviation alone on its line above a capitalised
    line, is a party of its own in a list of them one a line, joined with a comma (an office with its head's name is
    written on one line: «УСЗН Лукьянова Ю. Д.»); other lines are joined with a space."""
    text = ""
    for part in parts:
        glue = ", " if _LONE_ABBREVIATION.fullmatch(text) and part[:1].isupper() else " "
        text = f"{text}{glue}{part}" if text else part
    return text


def _dates_a_row(cell: str) -> bool:
    """«12 мая, 18.00», «до 20.05.2025»: a date cell opening a row."""
    return bool(cell) and any(
        find_deadline(text) is not None or find_date(text) is not None or cell_date(text) is not None
        for text in (cell, cell.split(",")[0])
    )


def _unnumbered(cells: list[str], columns: dict[str, int], following: list[str]) -> bool:
    """«Дата, время | Мероприятие | Место | Ответственный» over rows a line each, as wide as it, each opening with a
    date: a plan with no number column, its date column first; three such rows make it one."""
    if columns.get("deadline") != 0 or any(_NUMBER_HEADER.search(cell) for cell in cells) or len(following) < 3:
        return False
    rows = [_cells(line) for line in following if "|" in line]
    if len(rows) < len(following) or any(len(row) != len(cells) or not _dates_a_row(row[0]) for row in rows):
        return False
    # «01.08 |», «10.08 |»: a day and month may read as a sub-row's number; numbers in an outline's turn
    # («1.1», «1.2», «1.3») are a numbered table's, days of a month («01.08», «10.08», «15.08») are not.
    return not all(_ROW_NUMBER_CELL.match(row[0]) for row in rows) or not _in_outline_turn([row[0] for row in rows])


def _in_outline_turn(cells: list[str]) -> bool:
    """«1.1», «1.2», «2»: each cell's number may follow the one before in an outline."""
    numbers = [tuple(int(part) for part in cell.strip().rstrip(".").split(".")) for cell in cells]
    return all(later in next_labels(earlier) for earlier, later in zip(numbers, numbers[1:], strict=False))


def _is_section_row(cells: list[str]) -> bool:
    """«II. Работа с молодёжью |» between a plan's rows written a row a line: one cell holding a section's
    heading under a Roman numeral, spanning the table's width."""
    return len(cells) == 1 and parse_roman_label(cells[0]) is not None


def _section_cells(cells: list[str], number_at: int, activity_at: int) -> str:
    """«I. | Совершенствование управления | | | |»: a Roman numeral in the number column, a heading in the
    activity column and every other cell empty is a section's row of a plan written in cells: «I. heading»."""
    if number_at >= len(cells) or activity_at >= len(cells) or number_at == activity_at:
        return ""
    if re.match(r"\d{1,2}\.\s+[А-ЯЁ]", cells[number_at]) and not any(cells[:number_at] + cells[number_at + 1:]):
        # «1. Проведение конкурсов | | |» over rows «1.1», «1.2»: a numbered section's heading spanning the row.
        return cells[number_at]
    numeral = parse_roman_label(f"{cells[number_at]} {cells[activity_at]}")
    rest = [cell for index, cell in enumerate(cells) if index not in (number_at, activity_at)]
    if numeral is None or not cells[activity_at] or any(rest) or not cells[number_at].endswith("."):
        return ""
    return f"{cells[number_at]} {cells[activity_at]}"


def _join_cell_lines(lines: list[str]) -> list[str]:
    """Cells one a line, each ending in «|», become rows with cells joined by « | »."""
    lines = _merge_cell_lines(lines)
    joined: list[str] = []
    index = 0
    while index < len(lines):
        if not lines[index].rstrip().endswith("|"):
            joined.append(lines[index])
            index += 1
            continue
        run_lines = []
        while index < len(lines) and lines[index].rstrip().endswith("|"):
            run_lines.append(lines[index].rstrip()[:-1].strip())  # one bar off: «| |» is an empty cell
            index += 1
        # A line may hold more than one cell («1 | Праздничные концерты |»): the run is read cell by cell,
        # an empty one included («Отдел культуры |  |»), so the next row's number is no cell of this one.
        rows = [[cell.strip() for cell in line.removeprefix("|").split("|")] for line in run_lines]
        if len(rows[0]) >= 3 and _is_header(" | ".join(rows[0])) and all(
            len(row) == len(rows[0]) or _is_section_row(row) for row in rows
        ):
            # «№ | Мероприятие | Дата | … |» / «1. | Акция | 01.10.16 | … |»: a row a line, the header's as wide as
            # each row; a section row («Библиотеки | ||||», «II. Работа с молодёжью |») stays a line of its own,
            # no row's cell.
            joined.extend(row[0] if _is_section_row(row) else " | ".join(row) + " |" for row in rows)
            continue
        run = [cell for row in rows for cell in row]
        # The header is the cells before the first number; each row starts with a number cell.
        # A sub-row's number («1.1 |», «1.2. |») opens a row as well: under a section's row it is the only kind.
        starts = [i for i, cell in enumerate(run) if _ROW_NUMBER_CELL.match(cell) or several_numbers(cell)]
        width, offset = _run_width(rows[0], run, starts)
        if not starts or width < 3 or not _is_header(" | ".join(run[:width])):
            # No row number opens a row: a plan with no number column may still be read by its header's width.
            headless = _headless_rows(run) if not starts else None
            joined.extend(headless or (f"{line} |" for line in run_lines))
            continue
        joined.extend(_run_rows(run, starts, width, offset))
    return joined


def _run_width(first: list[str], run: list[str], starts: list[int]) -> tuple[int, int]:
    """A table's width and its number column's place, from a run of cells: the header's cells run up to the
    first row's number, less the cells before the number in a row («|» / «№ |» / … / «|» / «1 |»: each row opens
    with an empty cell as the header does). A header written on a line of its own, as wide as the rows are apart
    («№ | Мероприятие | Срок | Ответственный |» / «Работа с читателями |» / «||» / «1 | …»), is the whole header:
    what stands between it and row 1 is a section's heading or an empty row."""
    if not starts:
        return 0, 0
    offset = next((index for index, cell in enumerate(run[: starts[0]]) if _NUMBER_HEAD.match(cell)), 0)
    width = starts[0] - offset
    if len(first) >= 3 and len(starts) > 1 and starts[1] - starts[0] == len(first) < width and _is_header(
        " | ".join(first)
    ):
        return len(first), offset
    if period := _row_period(run, starts, width, offset):
        return period, offset
    return width, offset


def _row_period(run: list[str], starts: list[int], width: int, offset: int) -> int:
    """«№ п/п |» / … / «Время |» / «||» / «ЯНВАРЬ |» / «|||||||» / «1 |» …: a header written one cell a line and a
    group row as wide as it (a month, a branch, a theme spanning the table) before row 1. The rows follow one
    another at the table's width, which the header's cells alone make up; the group row's cells, as many again,
    stand between the header and row 1. Returns that width, or 0 when the rows keep no common step."""
    # The rows numbered in turn («1», «2», …), so that a date cell («12.12») taken for a sub-row's number is no row.
    numbered: list[int] = []
    following = 1
    for start in starts:
        numbers = [int(number.group(1))] if (number := _NUMBER_CELL.match(run[start])) else several_numbers(run[start])
        if numbers and numbers[0] == following:
            numbered.append(start)
            following = numbers[-1] + 1
    steps = [later - earlier for earlier, later in zip(numbered, numbered[1:], strict=False)]
    if not steps or numbered[0] != starts[0]:
        return 0
    period = min(steps, key=lambda step: (-steps.count(step), step))
    between = run[offset + period: offset + width]
    # «I. Организационные мероприятия |» / «|||»: a section's heading spanning the table may be stored narrower than a
    # row (its heading cell and the empty ones after it), so the header and it need not make whole rows.
    spanning = bool(between) and parse_roman_label(between[0]) is not None and not any(between[1:])
    if not 3 <= period < width or steps.count(period) * 2 < len(steps) or width % period and not spanning:
        return 0
    # The group row: some text and empty cells, no number of a row.
    if not any(between) or all(between) or not _is_header(" | ".join(run[offset: offset + period])):
        return 0
    return period


def _run_rows(run: list[str], starts: list[int], width: int, offset: int) -> list[str]:
    """The header and the rows of a run of cells `width` wide, each row found by its number at `offset`; the
    cells between a row's end and the next row's start (a section's unnumbered heading, an empty row) make a
    line of their own when any holds text, no row's cell."""
    out = [" | ".join(run[:width])]
    position = width
    for start in (index - offset for index in starts):
        if start < position:
            continue  # a number inside a row, or the row already read
        if any(run[position:start]):
            out.append(_section_line([cell for cell in run[position:start] if cell], width))
        end = _short_row_end(run, start, width, offset)
        out.append(" | ".join(run[start:end] + [""] * (start + width - end)))
        position = end
    if any(run[position:]):
        out.append(_section_line([cell for cell in run[position:] if cell], width))
    return out


def _row_label(cell: str) -> tuple[int, ...] | None:
    number = _ROW_NUMBER_CELL.match(cell)
    return tuple(int(part) for part in number.group(1).split(".")) if number else None


def _short_row_end(run: list[str], start: int, width: int, offset: int) -> int:
    """Where the row at `start` ends: `width` cells on, unless the row lost cells («1 |» / «Вальс |» / «07 апреля |»
    / «Тихомирова Н.М. |» / «2 |» …, no class cell): then the next row's number in turn stands inside it while none
    stands where a full row would end, and the row ends before that number."""
    end = start + width
    label = _row_label(run[start + offset]) if start + offset < len(run) else None
    if label is None or end + offset >= len(run):
        return end
    following = next_labels(label)
    if _row_label(run[end + offset]) in following:
        return end
    inside = next((index for index in range(start + offset + 3, end + offset) if _row_label(run[index]) in following), None)
    if inside is None or _is_column_numbers(run[start + offset:end + offset]):
        return end
    # The row the number opens is whole: the number after it in turn stands a full row on, or the run ends there.
    after = inside + width
    label = _row_label(run[inside])
    return inside - offset if after >= len(run) or label and _row_label(run[after]) in next_labels(label) else end


def _section_line(cells: list[str], width: int) -> str:
    """Cells standing between rows, written as wide as the table so that it goes on past them."""
    return " | ".join(cells + [""] * max(width - len(cells), 2))


_NUMBER_HEAD = re.compile(r"^\s*(?:(?:№|N|NN|№№)\s*(?:п[/\\]п|пп)?|п[/\\]п)\s*$")
# «Наименование мероприятий» alone on its line: a header's first column when the number column has no head.
_ACTIVITY_HEAD = re.compile(r"^(?:наименование|содержание|перечень)?\s*мероприяти[йяе]\w*$", re.IGNORECASE)


def _read_fragments(
    lines: list[str], index: int, *, numbered: bool = True, headless: bool = False
) -> tuple[list[str], int] | None:
    # The fragments' reader builds on this module's vocabulary, so it is imported here.
    from resolutions.table_fragments import read_fragments, read_headless

    return read_headless(lines, index) if headless else read_fragments(lines, index, numbered=numbered)


def _headless_rows(run: list[str]) -> list[str] | None:
    # The reader builds on this module's vocabulary, so it is imported here.
    from resolutions.table_headless_cells import headless_rows

    return headless_rows(run)


# «Дата, время», «Сроки»: a line that may head a date column, tried by `read_dated_rows`.
_DATE_HEAD_START = re.compile(r"^\s*(?:дат|срок|врем|период)", re.IGNORECASE)


def _read_dated_rows(lines: list[str], index: int) -> tuple[list[str], int] | None:
    # The reader builds on this module's vocabulary, so it is imported here.
    from resolutions.table_dated_rows import read_dated_rows

    return read_dated_rows(lines, index)


def _join_bare_cells(lines: list[str]) -> list[str]:
    """A table pasted one cell a line with no separator at all («№ п/п» / «Наименование мероприятия» /
    «Срок исполнения» / «Ответственные» / «1.» / «Уборка …» / «апрель-май» / …): the header's lines, from
    the number column's head to the first number, give the width, and each number starts a row of that
    many lines. The rows are written with « | » so that the table reader takes them as cells."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _DATE_HEAD_START.match(line) and (fragments := _read_dated_rows(lines, index)):
            out.extend(fragments[0])  # «Дата, время» / «Мероприятие» / … / «3.04.2018» / …: no number column
            index = fragments[1]
            continue
        if _ACTIVITY_HEAD.match(line) and (fragments := _read_fragments(lines, index, numbered=False)):
            out.extend(fragments[0])
            index = fragments[1]
            continue
        if line in ("1", "1.") and (fragments := _read_fragments(lines, index, headless=True)):
            out.extend(fragments[0])
            index = fragments[1]
            continue
        if not _NUMBER_HEAD.match(line):
            out.append(line)
            index += 1
            continue
        width = next((w for w in range(2, 7) if index + w < len(lines) and _NUMBER_CELL.match(lines[index + w])), 0)
        header = lines[index:index + width]
        # A lower-case line goes on with the column before («Место» / «проведения»): the header's lines are
        # then not its columns, and the fragments' reader takes the table.
        broken = any(part[:1].islower() for part in header[1:])
        if width < 3 or not all(header) or broken or not _is_header(" ".join(header)):
            fragments = _read_fragments(lines, index)
            if fragments is None and (plain_header := broken_plain_header(lines, index)):
                # «№» / «п/п» / «Название мероприятия Дата и время» / «проведения» / … over «1.Мини-выставка …»: the
                # header of a plain table, made one line for the plain rows' reader.
                out.append(plain_header[0])
                index = plain_header[1]
            elif fragments is None:
                out.append(line)
                index += 1
            else:
                out.extend(fragments[0])
                index = fragments[1]
            continue
        out.append(" | ".join(header))
        index += width
        while index + width <= len(lines) and _NUMBER_CELL.match(lines[index]):
            cells = lines[index:index + width]
            if not all(cells[1:]) or any(_NUMBER_CELL.match(cell) for cell in cells[1:]):
                break
            out.append(" | ".join(cells))
            index += width
    return out


def is_month_line(line: str) -> bool:
    """«Январь», «ФЕВРАЛЬ»: a line holding a month's name alone, a plan's group row of that month."""
    words = line.split()
    return len(words) == 1 and words[0].isalpha() and (found := parse_deadline(words[0])) is not None and found.kind == "range"


def _unglued(line: str, match: re.Match[str]) -> str:
    """«1.1Выставка … музея17 января 2023все сотрудники»: a plain row whose number is glued to its text has its cells
    run together as well; a word glued to a number, or a number to a word, is set apart so the cells come apart."""
    text = match.group(2)
    if line[match.start(2) - 1].isspace():
        return text
    text = re.sub(r"(?<=[а-яё»\"“”])(?=\d)|(?<=\d)(?=[а-яА-ЯЁё])", " ", text)
    # «… Косинову В.М.01.11.2023 – …», «… казаков.01.11.2023»: a date in figures glued to the stop after a word.
    text = re.sub(r"(?<=[А-ЯЁа-яё]\.)(?=\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d))", " ", text)
    # «… из Афганистанас 13 февраля по 17 февраля 2023»: the term cell's preposition glued to the title's last word.
    return re.sub(r"[А-ЯЁа-яё]{5,}(?=\s+\d)", _preposition_apart, text)


def _preposition_apart(word: re.Match[str]) -> str:
    head = preposition_glued_after(word.group(0))
    return f"{head} {word.group(0)[len(head):]}" if head else word.group(0)


def _dated_cell(text: str) -> tuple[int, int] | None:
    """«… людей 1 октября 2004 года, 11.00 Министерство …», «… 23 сентября 2004 года - 3 октября 2004 года
    Министерство …»: a date (or two joined by a dash, an hour after) standing as the row's deadline cell."""
    found = find_date(text)
    if found is None:
        return None
    _, start, end = found
    if before := re.search(r"(?<![\d.])\d{1,2}\.\d{1,2}\.?\s*[-–—]?\s*$", text[:start]):
        start = before.start()  # «15.06. 15.08.2011»: the range's first end, without its year
    if (dash := re.match(r"\s*[-–—]\s*", text[end:])) and (second := find_date(text[end + dash.end():])) and second[1] == 0:
        end += dash.end() + second[2]
    if (day := re.search(r"(?<![\d.])(?:с\s+)?\d{1,2}(?:\s+[а-яё]+)?\s*(?:[-–—]|по)\s*$", text[:start], re.IGNORECASE)) and (
        parse_deadline(text[day.start():end].strip())
    ):
        start = day.start()  # «23-27 января 2023», «30 января - 02 февраля 2023»: the span's first day, its month once
    checked = end
    if hour := re.match(r"\s*,?\s*(?:в\s+)?(?:[01]?\d|2[0-3])[.:-][0-5]\d(?:\s*ч\.)?", text[end:]):
        end += hour.end()
        checked = end
        # «05.05.06 14.00 - 15.00»: the hours of the event, its end included in the cell.
        if until := re.match(r"\s*[-–—]\s*(?:[01]?\d|2[0-3])[.:-][0-5]\d(?:\s*ч\.)?", text[end:]):
            end += until.end()
    return (start, end) if parse_deadline(text[start:checked].split(",")[0].strip()) else None


def _split_plain_row(text: str, responsible_first: bool = False) -> tuple[str, str, str]:
    """«Праздничное оформление улиц До 29 апреля Зобнин С.Н.» → activity, deadline, responsible. Under a
    header whose responsible column comes first («… Ответственный исполнитель Срок исполнения»), bodies
    named by abbreviations before the deadline («… МУ "АГБ" Апрель май») are the responsible cell."""
    activity, deadline, responsible = _split_row_cells(text)
    if responsible_first and not responsible and (found := trailing_abbreviations(activity)):
        start, end = found
        return activity[:start].strip(" ,;"), deadline or activity[end:].strip(" ,;"), activity[start:end]
    return activity, deadline, responsible


def _split_row_cells(text: str) -> tuple[str, str, str]:
    deadline = find_deadline(text)
    if deadline is None and (dated := _dated_cell(text) or find_period(text)):
        return _cut_cells(text, *dated)
    if deadline is None and (heading := re.search(r":\s+(?=[А-ЯЁ])", text)):
        # «Участие в конференциях, посвященных: Администрация района, …»: a row that heads sub-rows ends its
        # activity with a colon; what follows is its responsible cell.
        return text[: heading.start() + 1].strip(" ,;"), "", text[heading.end():].strip(" ,;")
    if deadline is None:
        names = _TRAILING_NAMES.search(text)
        return (text[: names.start()].strip(" ,;"), "", names.group(0)) if names else (text, "", "")
    start = text.lower().replace("ё", "е").find(deadline.text.lower().replace("ё", "е"))
    if start < 0:
        return text, "", ""
    end = start + len(deadline.text)
    # «Подготовка … Подготовка выступающих До 28.04.06 До 05.05.06 Кулешова Р.В.»: the cell lists a
    # deadline for each task of the row; the ones after the first stay in the deadline cell.
    while (more := re.match(r"\s*,?\s*(?=(?:до|не позднее|к)\s)", text[end:], re.IGNORECASE)) and (
        following := find_deadline(text[end + more.end():])
    ) and text[end + more.end():].lower().startswith(following.text.lower()):
        end += more.end() + len(following.text)
    return _cut_cells(text, start, end)


def _cut_cells(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The row's text before, at and after its deadline cell `text[start:end]`; a weekday right after the date
    («12 марта, суббота») is the date's, no party of the next cell."""
    if weekday := _WEEKDAY_AFTER.match(text, end):
        end = weekday.end()
    return text[:start].strip(" ,;"), text[start:end].strip(" ,;"), text[end:].strip(" ,;")


def _known_responsible(text: str, cells_seen: dict[str, set[str]]) -> tuple[str, str]:
    """«О новациях законодательства Председатель совета» after a row whose responsible cell was «Председатель
    совета»: a row without a deadline that ends with a responsible cell read before has it as its own."""
    words = text.split()
    for cell in sorted(cells_seen.get(words[-1] if words else "", ()), key=len, reverse=True):
        if text.endswith(f" {cell}") and text[: -len(cell)].strip(" ,;"):
            return text[: -len(cell)].strip(" ,;"), cell
    return text, ""


# «среда», «(суббота)»: a day of the week, a closed class; written beside a date it is the date's, never a party.
_WEEKDAY_NAME = r"\(?(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\)?"
# «7 апреля понедельник», «12 мая, (среда)»: a plan's group row of one day, dating the row under it.
_DAY_LINE = rf"(?<!\S)\d{{1,2}}\s+[а-яё]+\s*,?\s*{_WEEKDAY_NAME}"
_TRAILING_DAY_LINE = re.compile(rf"\s{_DAY_LINE}$", re.IGNORECASE)
_WHOLE_DAY_LINE = re.compile(_DAY_LINE, re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(rf"\s*,?\s*{_WEEKDAY_NAME}(?![а-яё])", re.IGNORECASE)


def _is_day_line(line: str) -> bool:
    """A line holding one day and its weekday, the day a date («7 апреля понедельник»)."""
    return bool(_WHOLE_DAY_LINE.fullmatch(line.strip())) and cell_date(line.split()[0] + " " + line.split()[1]) is not None


# «№п/п Мероприятие Дата Ответственный 1. …» inside a paragraph: a plan's header flattened into running text.
_INLINE_NUMBER_HEAD = re.compile(r"(?<!\S)(?:№|N)\s*п/п(?=\s)")


def _unflatten_rows(line: str) -> list[str]:
    """«План … №п/п Мероприятие Дата Ответственный 1. Викторина февраль Смирнова Н. Э. 2. Концерт 12 марта …
    |»: a plan table flattened into one paragraph, its cells and rows run together. When a header naming the
    columns follows the number column's head and row 1 follows the header, the paragraph is split before the
    header and before each row numbered next in turn (a number out of turn stays in its row's text)."""
    head = _INLINE_NUMBER_HEAD.search(line)
    first = re.search(r"(?<!\S)1\.\s+(?=\S)", line[head.end():]) if head else None
    if head is None or first is None or not _is_header(line[head.start():head.end() + first.start()]):
        return [line]
    line = re.sub(r"\s*\|\s*$", "", line)  # the table's last bar, left alone at the end of the paragraph
    starts, number, position = [head.end() + first.start()], 2, head.end() + first.end()
    while found := re.compile(rf"(?<!\S){number}\.\s+(?=\S)").search(line, position):
        starts.append(found.start())
        number, position = number + 1, found.end()
    if len(starts) < 2:
        return [line]
    bounds = [head.start(), *starts, len(line)]
    pieces = [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    return [line[: head.start()].strip(), *_day_lines_apart(pieces)]


def _day_lines_apart(pieces: list[str]) -> list[str]:
    """«… ГБУ «Дом» 1,2 11 апреля пятница» / «3. …»: in a plan flattened into one paragraph, a day's group row
    (its date and weekday) stands at the end of the row before the rows it dates; it is set on a line of its
    own before the next row. The last piece keeps its end, no row following it."""
    out: list[str] = []
    for index, piece in enumerate(pieces):
        day = _TRAILING_DAY_LINE.search(piece) if index + 1 < len(pieces) else None
        if day is not None and _is_day_line(day.group(0)) and piece[: day.start()].strip():
            out.extend((piece[: day.start()].strip(), day.group(0).strip()))
        else:
            out.append(piece)
    return out


def _spanned_cells(cells: list[str], number_at: int, spanned: list[str]) -> tuple[list[str], list[str]]:
    """«Муниципальный район | №№ п/п | …» over «Ардатовский р-н | 1. | …» and «2. | …»: a column before the number
    column whose cell spans several rows (a district over its events) is written in the first of them only; the
    rows under it open with their number and get the spanning cells back. Returns the row's cells and the
    spanning cells for the rows after it."""
    if not number_at or _ROW_NUMBER_CELL.match(cells[number_at] if len(cells) > number_at else ""):
        return cells, cells[:number_at]
    if spanned and _ROW_NUMBER_CELL.match(cells[0]):
        return [*spanned, *cells], spanned
    return cells, spanned


# «Место проведения, ответственные», «Где проводится, ответственный за проведение»: one column for the place of the
# event and, after it, the responsible.
_PLACE_FIRST = re.compile(r"(?:мест[оа]\s|где\s+проводится)[^|]{0,40}ответствен", re.IGNORECASE)


def _place_apart(cell: str) -> tuple[str, str]:
    """«Музей Сотрудники музея» in a column of the place and the responsible: the cell's first party is the
    place, the rest the responsible; a cell of one party is the responsible alone. Returns the place and the
    responsible as written."""
    parties = table_parties(cell)
    if len(parties) == 1 and (person := _TRAILING_PERSON_RE.search(cell)) and (place := cell[: person.start()].strip()):
        return place.rstrip(" ,;"), person.group(0)  # «Музей А.Н.Пчелкина»: the place, then the person, not a museum named after them
    if len(parties) < 2 or not cell.startswith(parties[0]):
        return "", cell
    return parties[0], cell[len(parties[0]):].strip(" ,;")


# «бюджеты муниципальных образований», «средства республиканского бюджета», «в пределах средств …», «не требуется»:
# a financing cell, which a flattened row writes right after its responsible cell.
def _party_in_term_cell(cells: list[str], columns: dict[str, int]) -> bool:
    """Does the term cell, just before an empty responsible one, hold bodies or people in the nominative plural
    («Централизованные библиотечные системы») and no term at all?"""
    at = columns.get("deadline")
    if at is None or at + 1 != columns["responsible"] or at >= len(cells) or re.search(r"\d", cells[at]):
        return False
    words = cells[at].split()
    if not words or not words[0][:1].isupper() or cell_date(cells[at]) is not None:
        return False
    head = next((bare for word in words if "NOUN" in forms(bare := word.strip(",.")).pos), "")
    return bool(head) and forms(words[0]).can_be("nomn") and forms(head).can_be("nomn") and (
        "plur" in forms(head).numbers or common_noun_of_people(head, "nomn")
    )


def find_tables(lines: list[str]) -> tuple[list[str], dict[str, TableRow]]:
    """The lines with every table's rows in place (as «N. activity») and the rows by that line."""
    lines = unbox_lines(lines)
    if any(_INLINE_NUMBER_HEAD.search(line) for line in lines):
        lines = [part for line in lines for part in _unflatten_rows(line)]
    lines = _join_cell_lines(lines) if any(line.rstrip().endswith("|") for line in lines) else lines
    if any(_NUMBER_HEAD.match(line) or _ACTIVITY_HEAD.match(line) or line in ("1", "1.") for line in lines):
        lines = _join_bare_cells(lines)
    rows: dict[str, TableRow] = {}
    columns: dict[str, int] | None = None
    names: list[str] = []
    plain = responsible_first = False
    plain_responsible = True  # whether a plain table's header names a responsible column
    plain_financing = False  # whether a plain table's header names a financing column after the responsible one
    financing_first, plain_header = False, ""  # whether it names one before the responsible column; the header
    day = ""  # a plain table's group row of one day, dating the row under it
    cells_seen: dict[str, set[str]] = {}  # a plain table's responsible cells so far, by their last word
    out: list[str] = []
    number_at = 0  # the number column's place in the header
    spanned: list[str] = []  # the last row's cells before the number column
    counted = 0  # the rows read so far of a table with no number column, numbered in turn; -1: the table has one
    for position, line in enumerate(lines):
        if "|" in line and len(_cells(line)) >= 3:
            cells = _cells(line)
            header = _columns(cells) if _is_header(line) else None
            if header:
                columns, plain, names = header, False, [" ".join(cell.split()) for cell in cells]
                number_at = next((index for index, cell in enumerate(cells) if _NUMBER_HEADER.search(cell)), 0)
                counted = -1
                if _unnumbered(cells, header, lines[position + 1:position + 4]):
                    # «Дата, время | Мероприятие | Место | Ответственный»: no number column; the rows are numbered in turn.
                    names, counted = ["№", *names], 0
                    columns = {name: index + 1 for name, index in columns.items()}
                out.append(line)
                continue
            if columns and counted >= 0 and len(cells) == len(names) - 1 and _dates_a_row(cells[0]):
                counted += 1
                cells = [str(counted), *cells]
            if columns and _is_column_numbers(cells):
                out.append(line)
                continue
            if columns and parse_roman_label(cells[0]) is not None and not any(cells[1:]):
                out.append(cells[0])  # «II. Выставки, конкурсы |  |  |»: a section's heading spanning the table
                continue
            if columns and (section := _section_cells(cells, number_at, columns["activity"])):
                out.append(section)  # «I. | Совершенствование … | ||||||»: the plan's section, an item over its rows
                continue
            cells, spanned = _spanned_cells(cells, number_at, spanned)
            number = _ROW_NUMBER_CELL.match(cells[number_at])
            if columns and number and columns["activity"] == number_at == 0 and not _NUMBER_HEADER.search(names[0]):
                # «Название мероприятия | … | Ответственный | |» over «1 | «Мы разные…» | … |»: a header with no head
                # over the number column the rows open with; its columns are the ones after the number.
                names = ["№", *(names[:-1] if not names[-1] else names)]
                columns = {name: index + 1 for name, index in columns.items()}
            numbers = several_numbers(cells[number_at]) if columns and not number else []
            if columns and number and len(cells) == len(names) - 1 and line.rstrip().endswith("|"):
                # «1. | Поход | 26.09.2014 | » under a four-column header: the last cell was empty, its bar the
                # row's end; the row keeps it (an empty responsible cell charges no one).
                cells = [*cells, ""]
            if columns and (number or numbers) and len(cells) > max(columns.values()):
                responsible = cells[columns["responsible"]] if "responsible" in columns else ""
                if extra := party_columns(names, columns):
                    # «Ответственный | Соисполнитель», «Руководитель | Ответственное лицо»: both columns name parties.
                    responsible = with_party_columns(cells, columns["responsible"], extra)
                others = tuple(
                    (names[index], " ".join(cell.split()))
                    for index, cell in enumerate(cells[:len(names)])
                    if cell and names[index] and index != number_at and index not in (*columns.values(), *extra)
                )
                if "responsible" in columns and not responsible and (
                    shifted := next(
                        (value for _, value in others if _TRAILING_NAMES.fullmatch(value) or post_and_person(value)), ""
                    )
                ):
                    # «6. | Участие в смотре | октябрь | Котова А.И. | |»: a row that lost a cell before its
                    # responsible one; persons' names in another column are the responsible cell.
                    responsible, others = shifted, tuple(other for other in others if other[1] != shifted)
                if "responsible" in columns and not responsible and _party_in_term_cell(cells, columns):
                    # «5. | Участие библиотек … | Централизованные библиотечные системы | ||»: the row's cells slid one
                    # to the left; the bodies in the term's place are its responsible, and it has no term.
                    responsible, cells = cells[columns["deadline"]], cells[:columns["deadline"]] + [""] + cells[columns["deadline"] + 1:]
                if "responsible" in columns and _PLACE_FIRST.match(names[columns["responsible"]]):
                    place, responsible = _place_apart(responsible)
                    others += ((names[columns["responsible"]].split(",")[0].strip(), place),) if place else ()
                deadline = cells[columns["deadline"]] if "deadline" in columns else ""
                activity = cells[columns["activity"]]
                if not activity and others and (deadline or responsible):
                    # «4 | 15-16.12 | | Встреча с врачом | …»: a row with its title cell empty is named by the next
                    # cell it fills (the event's form), so that it is not lost as a number alone.
                    activity, others = others[0][1], others[1:]
                label = number.group(1) if number else str(numbers[0])
                row = TableRow(label, activity, deadline, responsible, others, "deadline" not in columns)
                for line_of_row, event in row_events(row, numbers):
                    out.append(line_of_row)
                    rows[line_of_row] = event
                continue
        elif _is_header(line) and "|" not in line:
            columns, plain, cells_seen, day = None, True, {}, ""
            responsible_first = _responsible_first(line)
            plain_responsible = bool(_RESPONSIBLE.search(line))
            financing_first, plain_header = financing_before_responsible(line), line
            plain_financing = responsible_first is False and not financing_first and financing_after_responsible(line)
            out.append(line)
            continue
        elif plain and _is_day_line(line):
            day = line.strip()
            continue
        elif plain and _COLUMN_NUMBERS.match(line):
            out.append(line)
            continue
        elif plain and is_month_line(line):
            out.append(line)  # «Февраль» between rows: the month's group row, over rows numbered afresh
            continue
        elif plain and (match := _PLAIN_ROW.match(line) or _PLAIN_DOTTED_ROW.match(line)):
            if day:
                # The day's group row is the row's date cell; the row's own words are its other cells.
                activity, deadline, responsible, day = match.group(2), day, "", ""
            else:
                activity, deadline, responsible = _split_plain_row(_unglued(line, match), responsible_first)
            if responsible and not plain_responsible:
                # A plan whose header names no responsible column («№ п/п Дата Мероприятие Место») charges no one:
                # what follows the date is the event's place or its title.
                activity, responsible = f"{activity} {responsible}", ""
            others: tuple[tuple[str, str], ...] = ()
            if financing_first and responsible:
                # «… Областная целевая программа "…" Департамент культуры»: place and financing before the responsible.
                responsible, others = split_financing_first(responsible, plain_header)
            elif plain_financing:
                # «… городских округов бюджеты муниципальных образований»: the financing cell after the responsible one.
                responsible, others = split_financing_after(responsible)
            if responsible and len(known := cells_seen.setdefault(responsible.split()[-1], set())) < 20:
                known.add(responsible)  # a few cells a last word: checking a row stays O(1)
            elif not deadline:
                activity, responsible = _known_responsible(activity, cells_seen)
            row = TableRow(match.group(1), activity, deadline, responsible, others)
            out.append(f"{row.label}. {row.activity}")
            rows[out[-1]] = row
            continue
        elif plain and rows and (match := _PLAIN_SUB_ROW.match(line)):
            # Sub-rows share the responsible cell of their row when they have none of their own.
            activity, deadline, responsible = _split_plain_row(match.group(2))
            parent = next(reversed(rows.values()))
            row = TableRow(match.group(1), activity, deadline, responsible or parent.responsible)
            out.append(f"{row.label}) {row.activity}")
            rows[out[-1]] = row
            continue
        elif (columns or plain) and parse_roman_label(line):
            # «I. Заседания совета (ежеквартально)» between the header and row 1: a section of the plan,
            # which the parser takes as an item over the rows below it; the table goes on.
            out.append(line)
            continue
        elif plain and out and (
            out[-1] in rows and HOUR_LINE.fullmatch(line)
            or len(out) > 1 and out[-2] in rows and HOUR_LINE.fullmatch(out[-1]) and line.strip()
        ):
            # «4.Мероприятие …02.11.2023» / «12:00» / «Дом культуры»: a row's hour on the line under it, and its last
            # cell on the next, stay in the row's text; the table goes on.
            out.append(line)
            continue
        elif line:
            columns, plain = None, False
        out.append(line)
    # These build on this module, so they are imported here.
    from resolutions.table_date_lines import date_first_rows
    from resolutions.table_dated_blocks import dated_blocks
    from resolutions.table_fragments import dates_after_rows, paragraph_rows
    from resolutions.table_number_date_rows import number_date_rows

    out = paragraph_rows(dates_after_rows(out, rows), rows)
    return dated_blocks(number_date_rows(date_first_rows(out, rows), rows), rows), rows
