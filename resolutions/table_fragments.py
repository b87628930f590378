"""Plan tables pasted one fragment a line: no separator between cells, a cell broken over several lines,
blank lines anywhere. `read_fragments` finds the columns by the header's words and each row by its
number; inside a row, the cells are told apart by what they hold (dates, persons' names, blank lines).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resolutions.morphology import animate, inanimate
from resolutions.parsing_utils import next_labels, parse_label
from resolutions.tables import (
    _ACTIVITY,
    _DEADLINE,
    _NAME,
    _RESPONSIBLE,
    _ROW_NUMBER_CELL,
    TableRow,
    _is_header,
    cell_date,
)

__all__ = ["dates_after_rows", "indented_cells", "paragraph_rows", "read_fragments", "read_headless", "tab_cells"]

_SPAN = 40  # the most lines a header or a row of fragments may take
_NAMES_LINE = re.compile(rf"{_NAME}(?:[,;]?\s+{_NAME})*[,;]?")
# «центральная площадь» / «с. Мраково»: a line opening with a settlement's abbreviation ends a place cell.
_SETTLEMENT = re.compile(r"^(?:с|г|п|д|х|ст|пос|пгт|дер)\.\s?[А-ЯЁ]")


def _row_number(line: str) -> tuple[int, ...] | None:
    """«1.» → (1,), «1.2» (a sub-row under a section's row «1.») → (1, 2)."""
    match = _ROW_NUMBER_CELL.match(line)
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def _header_columns(lines: list[str]) -> list[str]:
    """A header's fragments as columns: a capitalised fragment opens a column, a lower-case one goes on
    with it («Место» / «проведения», «Срок» / «исполнения»), and so does a remark in brackets on the heading
    («Сроки исполнения» / «(месяц)», «Где проводится, ответственный» / «(б-ка, Ф. И. О.)»)."""
    columns: list[str] = []
    for line in filter(None, lines):
        if columns and (line[0].islower() or line[0] == "("):
            columns[-1] = f"{columns[-1]} {line}"
        else:
            columns.append(line)
    return columns


def _roles(columns: list[str]) -> list[str]:
    roles: list[str] = []
    for column in columns[1:]:
        role = next(
            (name for name, pattern in (("responsible", _RESPONSIBLE), ("deadline", _DEADLINE), ("activity", _ACTIVITY))
             if name not in roles and pattern.search(column)),
            "other",
        )
        roles.append(role)
    return roles


def _is_date_fragment(line: str) -> bool:
    return len(line) < 40 and cell_date(line) is not None


def _join_broken_dates(body: list[str]) -> tuple[list[str], list[int]]:
    """«в течение» / «года», «до 1» / «июня»: a deadline cell broken over two lines, made one line again
    when neither half reads as a date and the two together do. Also gives, for each line returned, the
    index of its last line in `body`."""
    out: list[str] = []
    ends: list[int] = []
    for index, line in enumerate(body):
        previous = out[-1] if out else ""
        if previous and line and not _is_date_fragment(previous) and not _is_date_fragment(line) and _is_date_fragment(
            f"{previous} {line}"
        ):
            out[-1], ends[-1] = f"{previous} {line}", index
        else:
            out.append(line)
            ends.append(index)
    return out, ends


def _responsible_by_capital(lines: list[str]) -> int | None:
    """Where a responsible cell written after another cell starts, no names telling it: at the last line
    that opens with a capital letter, the line before it not ending in a comma or a hyphen (which go on
    into the next line). «Субботник» / «по уборке» / «территории» / «Администрация» / «поселения»."""
    for index in range(len(lines) - 1, 0, -1):
        if lines[index][:1].isupper() and not lines[index - 1].endswith((",", "-")):
            return index
    return None


def _names_run(lines: list[str], *, trailing: bool) -> int:
    """How many lines at the end (or start) of `lines` are names of persons («Сердечный В.И.»)."""
    ordered = lines[::-1] if trailing else lines
    return next((count for count, line in enumerate(ordered) if not _NAMES_LINE.fullmatch(line)), len(lines))


def _segment_cells(body: list[str], roles: list[str]) -> list[str]:
    """The fragments between two known cells, shared by the columns `roles`: all to a lone column, one each
    when they match the columns in number, else the responsible cell is the run of persons' names at its
    side of the segment, or its own group of lines when blank lines part the segment into one per column,
    or, right after the activity, the lines from the last one that opens with a capital."""
    lines: list[str] = []
    for line in filter(None, body):
        if lines and _SETTLEMENT.match(line):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    if not roles:
        return []
    if roles == ["responsible"] and len(lines) > 1 and _stray_mark(lines[0], lines[1]):
        lines = lines[1:]
    if len(roles) == 1:
        return [" ".join(lines)]
    if len(lines) == len(roles):
        return lines
    named = [index for index, role in enumerate(roles) if role != "other"]
    cells = [""] * len(roles)
    if len(named) < len(roles) and len(lines) == len(named):
        # «- выставка …» / «Библиотека»: a row with no place cell, one line for each of the other cells.
        for index, line in zip(named, lines, strict=True):
            cells[index] = line
        return cells
    if "responsible" in roles and roles.index("responsible") in (0, len(roles) - 1):
        at = roles.index("responsible")
        count = _names_run(lines, trailing=at > 0)
        if 0 < count < len(lines):
            names, rest = (lines[-count:], lines[:-count]) if at > 0 else (lines[:count], lines[count:])
            cells[at] = " ".join(names)
            cells[1 if at == 0 else 0] = " ".join(rest)
            return cells
    groups = [group.split("\n") for group in "\n".join(body).strip("\n").split("\n\n") if group.strip("\n")]
    groups = [[line for line in group if line] for group in groups]
    if len(groups) == len(roles):
        return [" ".join(group) for group in groups]
    if len(roles) == 2 and roles[1] == "responsible" and (start := _responsible_by_capital(lines)):
        return [" ".join(lines[:start]), " ".join(lines[start:])]
    first = next(index for index, role in enumerate(roles) if role != "responsible")
    cells[first] = " ".join(lines)
    return cells


# «Оф.»: a capitalised abbreviation of a few letters alone in a paragraph.
_LONE_ABBREVIATION = re.compile(r"[А-ЯЁ][а-яё]{1,3}\.")


def _stray_mark(line: str, following: str) -> bool:
    """«Оф.» / «Отдел обслуживания»: a lone abbreviation opening a responsible cell, over a body named in the
    nominative, is a mark beside the cell, no party nor part of one: a post abbreviated before a body governs it
    in another case («Зав.» / «отделом», «Нач.» / «отдела»), and one before a person names a person («Инж.» /
    «Петров И.И.»), not a thing."""
    head = following.split()[0]
    return bool(_LONE_ABBREVIATION.fullmatch(line.strip())) and head[:1].isupper() and head.isalpha() and (
        inanimate(head, "nomn") and not animate(head)
    )


# «18.00», «15.00ч», «19.00-22.00»: the hour of an event, a paragraph of its own under its date.
_HOUR = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–—]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?\s*(?:ч\.?)?")


def _row_cells(body: list[str], roles: list[str], *, hours: bool = False) -> list[str]:
    """A row's fragments («Образование конкурсной» / «комиссии» / «01.11.2007» / «Департамент» / …) as the
    header's cells: the last run of dates is the deadline cell, the cells before and after it share the
    fragments around it. A deadline column right after the number takes the first run instead, as the
    cells after it may hold an hour or «в течение дня» of their own. When no other column is for the time
    (`hours`), an hour right under the date («01.04.16» / «18.00») is the date cell's."""
    body = _join_broken_dates(body)[0]
    lines = [line for line in body if line]
    deadline = roles.index("deadline")
    dated = [index for index, line in enumerate(lines) if _is_date_fragment(line) and (index or deadline == 0)]
    if not dated:
        others = [role for role in roles if role != "deadline"]
        cells = _segment_cells(body, others)
        cells.insert(deadline, "")
        return cells
    if deadline == 0 and dated[0] == 0:
        start = 0
        end = _run_end(lines, 0, _is_date_fragment) + 1
    else:
        end = dated[-1] + 1
        start = end - 1
        while start - 1 in dated:
            start -= 1
    while hours and end < len(lines) and _HOUR.fullmatch(lines[end]):
        end += 1
    before = _segment_cells(_lines_between(body, lines, 0, start), roles[:deadline])
    after = _segment_cells(_lines_between(body, lines, end, len(lines)), roles[deadline + 1:])
    return [*before, " ".join(lines[start:end]), *after]


def _lines_between(body: list[str], lines: list[str], start: int, end: int) -> list[str]:
    """The raw lines (blank ones kept) holding the non-blank `lines[start:end]`."""
    positions = [index for index, line in enumerate(body) if line]
    if start >= end:
        return []
    return body[positions[start]:positions[end - 1] + 1]


def _run_end(body: list[str], index: int, test: Callable[[str], object], *, blanks: bool = False) -> int:
    """The index of the last line of the run of lines passing `test` that starts at `index`, blank lines
    inside the run allowed when `blanks`."""
    end = index
    while index + 1 < len(body) and (test(body[index + 1]) or blanks and not body[index + 1]):
        index += 1
        end = index if body[index] else end
    return end


def _last_row_length(body: list[str], roles: list[str], longest: int) -> int:
    """How many of `body`'s lines the table's last row takes, nothing after it telling where it ends: up to
    the end of its last column's cell when that cell can be told (the first dates for a deadline column,
    the persons' names after them for a responsible one), else as many lines as the longest row before.
    A signature under the table so stays out of it."""
    body, ends = _join_broken_dates(body)
    filled = [index for index, line in enumerate(body) if line]
    dated = next((index for index in filled[1:] if _is_date_fragment(body[index])), None)
    dates_end = _run_end(body, dated, _is_date_fragment) if dated is not None else None
    anchor = None
    if roles[-1] == "deadline":
        anchor = dates_end
    elif roles[-1] == "responsible":
        names = next((i for i in range(dated or 0, len(body)) if _NAMES_LINE.fullmatch(body[i])), None)
        # «Абдульманова Г.М.,» / blank / «Каримова З.М.,»: one name a paragraph.
        anchor = _run_end(body, names, _NAMES_LINE.fullmatch, blanks=True) if names is not None else None
        if anchor is not None:
            # «Иванов И.И.» / blank / «главы сельских поселений»: a lower-case paragraph goes on with the cell;
            # a signature or a heading under the table opens with a capital.
            anchor = _run_end(body, anchor, lambda line: line[:1].islower(), blanks=True)
    if anchor is None and dates_end is not None:
        # «Дворец» / «культуры» / blank / «Отдел культуры»: the cells after the dates set apart by blank lines.
        wanted = len(roles) - roles.index("deadline") - 1
        groups = [i for i in range(dates_end + 1, len(body)) if body[i] and (i + 1 == len(body) or not body[i + 1])]
        anchor = groups[wanted - 1] if wanted and len(groups) >= wanted else None
    if anchor is None:
        return ends[filled[min(longest, len(filled)) - 1]] + 1 if filled else 0
    return ends[anchor] + 1


# «1» / «22.08.2019» / «- акция …» / «у клуба» / «Дом культуры»: a plan pasted one cell a paragraph without its
# header, each row's date cell right under its number: the columns such plans keep, in their order.
_HEADLESS_COLUMNS = ["№", "Дата", "Мероприятие", "Место", "Ответственный"]


def _dated_row(lines: list[str], index: int, number: tuple[int, ...]) -> bool:
    """Whether `lines[index]` is the row number `number` with a date as its next paragraph."""
    following = next((line for line in lines[index + 1:index + 3] if line), "")
    return _row_number(lines[index]) == number and _is_date_fragment(following)


def read_headless(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """A plan's rows pasted one cell a paragraph with no header at all, from row «1» at `index`: read as
    `read_fragments` reads them under the columns number, date, event, place, responsible, when rows «1» and
    «2» each have a date right under their number."""
    if not _dated_row(lines, index, (1,)):
        return None
    second = next((i for i in range(index + 1, min(index + _SPAN, len(lines))) if _row_number(lines[i]) == (2,)), None)
    if second is None or not _dated_row(lines, second, (2,)):
        return None
    return _read_rows(lines, index, _HEADLESS_COLUMNS)


def read_fragments(lines: list[str], index: int, *, numbered: bool = True) -> tuple[list[str], int] | None:
    """A table pasted one fragment a line, a cell broken over several lines and blank lines anywhere
    («п/п» / «Мероприятия» / «Сроки» / «Место» / «проведения» / «Ответственный» / «1» / «Образование
    конкурсной» / «комиссии …» / «01.11.2007» / …). The header runs from the number column's head to the
    line «1»; each row from its number to the next one. In a row the deadline cell is found by its dates
    and the responsible cell, next to another column, by the names of persons (see `_row_cells`). The rows
    come back written with « | », and the index of the first line after the table. A header without a
    head over its number column (`numbered` false) starts at its first column's line."""
    first = next((i for i in range(index + 1, min(index + _SPAN, len(lines))) if _row_number(lines[i]) == (1,)), None)
    if first is None:
        return None
    columns = _header_columns(lines[index:first])
    if not numbered:
        columns.insert(0, "№")
    section = columns.pop() if _section_after_header(columns) else ""
    roles = _roles(columns)
    if len(columns) < 3 or "activity" not in roles or "deadline" not in roles or not _is_header(" ".join(columns)):
        return None
    rows, end = _read_rows(lines, first, columns)
    # The section's row is written as wide as the table («Дом Культуры |  |  |  |  |»), so that the table goes on past it.
    section_row = " | ".join([section, *[""] * (len(columns) - 1)]) + " |"
    return ([rows[0], section_row, *rows[1:]] if section else rows), end


# «Дом Культуры», «Библиотека – филиал с. Укыр»: a unit's name, a capitalised word (no abbreviation, no initial)
# after its first word; a column's heading is written in sentence case («Отметка о выполнении», «Примечание»).
_UNIT_NAME = re.compile(r"^\S+\s.*(?<![\w.])[А-ЯЁ][а-яё]{2,}")


def _section_after_header(columns: list[str]) -> bool:
    """«Мероприятие» / «Дата» / «Место» / «Ответственный» / «Дом Культуры» / «1.»: the fragment right before row 1,
    after the responsible column, naming a unit («Дом Культуры», «Библиотека – филиал с. Укыр») is the heading of
    the section the rows below belong to, spanning the table, not a column."""
    if len(columns) < 4 or not _RESPONSIBLE.search(" ".join(columns[:-1])) or _RESPONSIBLE.search(columns[-1]):
        return False
    return bool(_UNIT_NAME.match(columns[-1])) and not any(
        pattern.search(columns[-1]) for pattern in (_ACTIVITY, _DEADLINE)
    )


def _read_rows(lines: list[str], first: int, columns: list[str]) -> tuple[list[str], int]:
    """The header `columns` and the rows from row «1» at `first`, written with « | », and the index of the
    first line after them."""
    roles = _roles(columns)
    # «Дата» / «Время»: a column of its own for the hour keeps it; else an hour goes with its date.
    hours = not any(re.search(r"врем|час", column, re.IGNORECASE) for column in columns[1:])
    out = [" | ".join(columns) + " |"]
    position, longest, expected = first, len(roles), {(1,)}
    # Each row runs to the next one in the outline: a section's row «1.» to its first sub-row «1.1» or to «2.».
    while position < len(lines) and (number := _row_number(lines[position])) in expected:
        expected = next_labels(number)
        following = next(
            (i for i in range(position + 1, min(position + _SPAN, len(lines))) if _row_number(lines[i]) in expected),
            None,
        )
        if following is None:
            window = lines[position + 1:min(position + _SPAN, len(lines))]
            end = position + 1 + _last_row_length(window, roles, longest)
        else:
            end = following
        body = lines[position + 1:end]
        cells = _row_cells(body, roles, hours=hours)
        out.append(" | ".join([".".join(map(str, number)), *cells]) + " |")
        longest = max(longest, sum(1 for line in body if line))
        position = end
    return out, position


def _date_cell_line(line: str) -> bool:
    """«март 2023 г.», «15.05.2023», «II квартал»: a line that is one plan date cell and nothing else."""
    text = line.strip()
    return bool(text) and len(text) < 40 and parse_label(text) is None and (found := cell_date(text)) is not None and (
        found.text.strip() == text
    )


def dates_after_rows(out: list[str], rows: dict[str, TableRow]) -> list[str]:
    """«1. Отчёт …» / «2. О плане …» / «март 2023 г.» / «май 2023 г.»: a two-column plan stored a column at a time,
    its rows' date cells in a run after the rows. A run of k date cells (two or more) right after k rows numbered
    in turn, the first no continuation of a list above, gives each row its date, in order; the rows become the
    plan's rows (added to `rows`) and the date lines go. Returns the lines."""
    index = 0
    while index < len(out):
        if not _date_cell_line(out[index]) or out[index] in rows:
            index += 1
            continue
        run = [index]
        for position in range(index + 1, len(out)):
            if out[position].strip() and not _date_cell_line(out[position]):
                break
            if out[position].strip():
                run.append(position)
        before: list[int] = []  # the non-blank lines before the run, nearest first, as many as needed
        for position in range(index - 1, -1, -1):
            if len(before) > len(run):
                break
            if out[position].strip():
                before.append(position)
        if len(run) < 2 or len(before) < len(run):
            index = run[-1] + 1
            continue
        numbered = [parse_label(out[position]) for position in before[: len(run) + 1]]
        labels = [parsed[0] if parsed else None for parsed in numbered]
        firsts = [label.numbers[0] if label and len(label.numbers) == 1 and not label.letter else None for label in labels]
        wanted = list(range(firsts[0] or 0, (firsts[0] or 0) - len(run), -1))
        if firsts[: len(run)] != wanted or wanted[-1] < 1 or (
            len(firsts) > len(run) and firsts[len(run)] == wanted[-1] - 1
        ) or any(out[position] in rows for position in before[: len(run)]):
            index = run[-1] + 1
            continue
        for position, date_at in zip(reversed(before[: len(run)]), run, strict=True):
            label, rest = parse_label(out[position])
            line = f"{label.numbers[0]}. {rest.strip()}"
            rows[line] = TableRow(str(label.numbers[0]), rest.strip(), out[date_at].strip(), "")
            out[position] = line
        out = [line for position, line in enumerate(out) if position not in run]
        index = run[0]
    return out


# «1) Организация выставки …»: a row's label and its event, in the first paragraph of a row stored a cell a paragraph.
_LABELLED = re.compile(r"^(\d{1,3})([.)])\s*(\S.{10,})$")


def _body_name(line: str) -> bool:
    """«Управление культуры», «Районный музей- заповедник»: a paragraph naming one body or person, as an
    executors' cell stored one executor a paragraph holds; no sentence (no closing stop, no colon)."""
    text = line.strip()
    return (
        0 < len(text) < 120 and text[:1].isupper() and not text.endswith((".", ":", ";")) and parse_label(text) is None
        and not _date_cell_line(text) and len(text.split()) <= 12
    )


def _paragraph_row(out: list[str], index: int) -> tuple[list[int], str, list[str]] | None:
    """The paragraphs of the row labelled at `index` when its next paragraph is a date cell and those after
    it (up to the next label) name bodies: their places, the date cell and the names."""
    after = [position for position in range(index + 1, min(index + 20, len(out))) if out[position].strip()]
    if not after or not _date_cell_line(out[after[0]]):
        return None
    names: list[int] = []
    for position in after[1:]:
        if not _body_name(out[position]) or len(names) == 6:
            break
        names.append(position)
    if not names:
        return None
    return [after[0], *names], out[after[0]].strip(), [out[position].strip() for position in names]


def paragraph_rows(out: list[str], rows: dict[str, TableRow]) -> list[str]:
    """«1) Организация выставки …» / «2009-2010» / «Управление культуры» / «Районный музей»: a plan stored one cell
    a paragraph with no header over its rows (only the columns' numbers), each row's label glued to its event,
    its term and then its executors one a paragraph. Two or more such rows make a table: each becomes a row
    (added to `rows`), its executors joined as one cell, and the term and executor lines go."""
    found = [
        (index, row)
        for index, line in enumerate(out)
        if line not in rows and _LABELLED.match(line) and (row := _paragraph_row(out, index))
    ]
    if len(found) < 2:
        return out
    consumed: set[int] = set()
    for index, (places, deadline, names) in found:
        number, stop, activity = _LABELLED.match(out[index]).groups()
        line = f"{number}{stop} {activity.strip()}"
        rows[line] = TableRow(number, activity.strip(), deadline, ", ".join(name.strip(" ,") for name in names))
        out[index] = line
        consumed.update(places)
    return [line for position, line in enumerate(out) if position not in consumed]


def tab_cells(text: str) -> str:
    """«№<TAB>Мероприятие<TAB>Ответственный<TAB>Срок» / «1<TAB>Вечер поэзии<TAB>…»: a table copied as tab-separated
    text. From a header of three or more cells on, each line of two or more tabs is a row, its cells written with
    « | » as a .docx table's are (an empty cell kept), so that the table reader takes them as cells."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    start = next(
        (index for index, line in enumerate(lines) if line.count("\t") >= 2 and _is_header(" | ".join(line.split("\t")))),
        None,
    )
    if start is None:
        return text
    for index in range(start, len(lines)):
        if lines[index].count("\t") >= 2:
            lines[index] = " | ".join(cell.strip() for cell in lines[index].strip(" \r").split("\t"))
    return "\n".join(lines)


# «… | Игра (6+) | » / « | Кощинская СБ, 13-30 | »: a line opening with an indent and a bar, under a line ending
# with a bar (spaces after it or not, a Windows line end or not).
_INDENTED_BAR = re.compile(r"(?<=\|)[ \t\u00a0]*\r?\n[ \t\u00a0]+\|(?=[ \t\u00a0]*[^\s|])")


def indented_cells(text: str) -> str:
    """«| 2 | 12.12 | Игра (6+) | » / « | Кощинская СБ, 13-30 | »: a table written a row a line whose empty cells a
    page kept as a line break and a space. The indented bar opening the next line closes that empty cell, so it is
    written out («|| Кощинская …»), as the row's own edge would not be once the lines are trimmed."""
    return _INDENTED_BAR.sub("\n||", text) if "|" in text else text
