"""Plan tables with no number column, their date column first, pasted one cell a paragraph with no separator
(«Дата, время» / «Наименование мероприятия» / «Место проведения» / «Ответственное лицо» / «3.04.2018» / «Районный
фестиваль …» / …). Each row opens with its date cell; the rows are numbered 1, 2, 3 … in the order they stand, as
the Secretariat numbers them on import, and come back written with « | » under a number column of their own, so
that the table reader takes them as a numbered table's rows.
"""

from __future__ import annotations

import re

from resolutions.table_fragments import _HOUR, _SPAN, _header_columns, _is_date_fragment, _roles, _row_cells
from resolutions.tables import _DEADLINE, _NUMBER_HEADER, _is_header

__all__ = ["read_dated_rows"]

# «Дата, время», «Сроки проведения», «Дата»: the head of a date column, a short line of its own.
_DATE_HEAD = re.compile(r"^(?:дат[аы]|срок|время|период)[^|]{0,30}$", re.IGNORECASE)


# «ст.Смоленская», «пгт.Афипский», «с. Львовское»: a lower-case abbreviation opening a place's name.
_ABBREVIATION_FIRST = re.compile(r"^[а-яё]{1,4}\.\s?[А-ЯЁ]")


def is_date_head(line: str) -> bool:
    """Is `line` the head of a date column alone on its line («Дата, время», «Сроки проведения»)?"""
    return bool(_DATE_HEAD.match(line.strip()))


def _goes_on(line: str) -> bool:
    """«(по графику)», «культуры»: a paragraph in lower case or in brackets goes on with the cell above it; one
    opening with a settlement's abbreviation («ст.Смоленская, ДК», «с. Львовское») is a place cell of its own."""
    return line[:1] == "(" or line[:1].islower() and not _ABBREVIATION_FIRST.match(line)


def _merged(body: list[str]) -> list[str]:
    """A row's paragraphs with a cell's lines that go on («Учреждения культуры» / «(по графику)») joined."""
    out: list[str] = []
    for line in body:
        if out and out[-1] and line and _goes_on(line) and not _is_date_fragment(line):
            out[-1] = f"{out[-1]} {line}"
        elif line:
            out.append(line)
    return out


def _cells(body: list[str], roles: list[str]) -> list[str]:
    """A row's paragraphs as its cells: the date's paragraphs (an hour under the date is the date cell's, as
    the column is the date's and time's) and then one paragraph a column when they are as many as the columns;
    else the fragments' reader tells the cells apart by what they hold."""
    date = 1
    while date < len(body) and (_is_date_fragment(body[date]) or _HOUR.fullmatch(body[date])):
        date += 1
    if len(body) - date == len(roles) - 1:
        return [" ".join(body[:date]), *body[date:]]
    return _row_cells(body, roles, hours=True)


def read_dated_rows(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """The header at `index` (a date column's head first, then the activity's and the others', one a paragraph)
    and the rows under it, each from a date paragraph to the next one, as a numbered table's lines written with
    « | », and the index of the first line after them; None when the lines are no such table (a number column's
    head, fewer than two rows, a row holding no more than its date)."""
    if not is_date_head(lines[index]):
        return None
    first = next((i for i in range(index + 1, min(index + _SPAN, len(lines))) if _is_date_fragment(lines[i].strip())), None)
    if first is None:
        return None
    columns = _header_columns([line.strip() for line in lines[index:first]])
    if len(columns) < 3 or any(_NUMBER_HEADER.search(column) for column in columns) or not _is_header(" ".join(columns)):
        return None
    roles = _roles(["№", *columns])
    if roles[0] != "deadline" or "activity" not in roles or not _DEADLINE.search(columns[0]):
        return None
    rows: list[list[str]] = []
    position, longest = first, 0
    while position < len(lines) and _is_date_fragment(lines[position].strip()):
        end = position + 1
        while end < len(lines) and _is_date_fragment(lines[end].strip()) or end < len(lines) and not lines[end].strip():
            end += 1  # the date cell's own lines (a range written over two paragraphs) and blank lines
        following = next(
            (i for i in range(end, min(position + _SPAN, len(lines))) if _is_date_fragment(lines[i].strip())), None
        )
        if following is None:
            # The last row: as many paragraphs as the longest row before it, nothing after it telling where it ends.
            filled = [i for i in range(end, min(position + _SPAN, len(lines))) if lines[i].strip()][:longest]
            following = filled[-1] + 1 if filled else end
        body = _merged([line.strip() for line in lines[position:following]])
        if len(body) < 3:
            break
        rows.append(_cells(body, roles))
        longest = max(longest, sum(1 for line in lines[end:following] if line.strip()))
        position = following
        while position < len(lines) and not lines[position].strip():
            position += 1
    if len(rows) < 2:
        return None
    out = [" | ".join(["№", *columns]) + " |"]
    out.extend(" | ".join([str(number), *cells]) + " |" for number, cells in enumerate(rows, start=1))
    return out, position
