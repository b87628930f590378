"""Plan tables stored one cell a line, each ending in «|», with no number column at all («Наименование мероприятия |»
/ «Участники |» / … / «Срок проведения |» / «Ответственное лицо |» / «Исполнение |» / «Январь |» / «|||||» /
«Разработка плана … |» / …). No cell opens a row, so the rows are told apart by the header's width: the header is the
shortest run of leading cells that heads a plan and after which the cells fall into rows as wide as it, each with
its title and a term in the term column, or a group row (a month, a section) spanning the table. The rows are
numbered 1, 2, 3 … in the order they stand, as the Secretariat numbers them on import, and come back written with
« | » under a number column of their own, so that the table reader takes them as a numbered table's rows.
"""

from __future__ import annotations

from resolutions.parsing_utils import parse_roman_label
from resolutions.table_dates import cell_date
from resolutions.tables import _NUMBER_HEADER, _columns, _dates_a_row, _is_header, is_month_line

__all__ = ["headless_rows"]

_WIDEST = 10  # a plan's columns: more than this is no header


def _group_row_end(run: list[str], position: int, width: int) -> int:
    """Where a group row at `position` ends («Январь |» / «|||||», «II. Массовые мероприятия |» / «|||»: a month or a
    section's heading and the empty cells after it, spanning the table, often stored a cell narrower than a row), or
    `position` when none stands there."""
    first = run[position]
    if not first or not (is_month_line(first) or parse_roman_label(first) is not None):
        return position
    end = position + 1
    while end < len(run) and end - position < width and not run[end]:
        end += 1
    return end if end - position > 1 else position


def _is_row(cells: list[str], columns: dict[str, int]) -> bool:
    """A row of the plan: a title in the activity column and a term in the term column."""
    term = cells[columns["deadline"]]
    return bool(cells[columns["activity"]]) and bool(term) and (cell_date(term) is not None or _dates_a_row(term))


def _rows(run: list[str], width: int, columns: dict[str, int]) -> tuple[list[list[str] | str], int]:
    """The rows after the header, each its cells, and the group rows, each its heading; and where they end (a cell
    that opens neither a row nor a group row ends the table, and what stands from there is no row)."""
    rows: list[list[str] | str] = []
    position = width
    while position < len(run):
        if (end := _group_row_end(run, position, width)) > position:
            rows.append(run[position])
            position = end
        elif position + width <= len(run) and _is_row(run[position:position + width], columns):
            rows.append(run[position:position + width])
            position += width
        else:
            break
    return rows, position


def headless_rows(run: list[str]) -> list[str] | None:
    """The lines of a table with no number column written as `run`, its cells in order: the header under a number
    column «№», the group rows as lines of their own, each row under its number in turn; cells after the last whole
    row (a row cut short) come back one a line. None when the run is no such table."""
    if len(run) < 9 or any(_NUMBER_HEADER.search(cell) for cell in run[:_WIDEST]):
        return None
    for width in range(3, min(_WIDEST, len(run) // 3) + 1):
        header = run[:width]
        if not all(header) or not _is_header(" | ".join(header)):
            continue
        columns = _columns(header)
        if columns is None or "deadline" not in columns or len(set(columns.values())) < len(columns):
            continue
        rows, position = _rows(run, width, columns)
        if sum(isinstance(row, list) for row in rows) < 2:
            continue
        out = [" | ".join(["№", *header])]
        counted = 0
        for row in rows:
            if isinstance(row, str):
                out.append(" | ".join([row, *[""] * width]))  # a group row: the table goes on past it
                continue
            counted += 1
            out.append(" | ".join([str(counted), *row]) + " |")
        out.extend(f"{cell} |" for cell in run[position:])
        return out
    return None
