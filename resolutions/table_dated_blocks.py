"""Plans whose date is a heading over each block of rows, the header repeated under it: «Дата - 03.05.2017» /
«Время Категория Наименование … Место проведения, ответственный» / «9-00 Урок памяти «…» … Районная библиотека,» /
«г. Энск, ул. Мира, 5,» / «Иванова А.Б., библиотекарь». With no number column, the rows are numbered 1, 2, 3 … in
the order they stand (the corpus rule of a plan without one); each row's term is its block's date, an hour opening
it the event's time, and, when the header's last column names the responsible, the row's last paragraph naming a
person is its responsible, the person with the post written beside, one party."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resolutions.deadline_dates import _MONTH
from resolutions.tables import _NAME, _RESPONSIBLE, _is_header

if TYPE_CHECKING:
    from resolutions.tables import TableRow

# «Дата- 03.05.2017», «Дата: 4.05.2017 г.», «Дата - 3 мая 2017 года», «03.05.2017» alone: a block's date heading.
_DATE_HEADING = re.compile(
    rf"^\s*(?:Дата\s*[-–—:]?\s*)?(\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
    r"\s*(?:г\.?|года)?\s*$",
    re.IGNORECASE,
)
# «9-00 Патриотический час …», «11.30 Громкие чтения …»: an hour opening a row.
_HOUR_FIRST = re.compile(r"^(\d{1,2}[-.:]\d{2})\s+(\S.*)$")
_PERSON = re.compile(_NAME)
_BLOCK_SPAN = 30  # the most paragraphs of a block, so that a block the next heading does not end stays short


def _block_rows(out: list[str], places: list[int]) -> list[list[int]]:
    """A block's paragraphs (their indexes) as rows: each opens with an hour, or the whole block is one row."""
    rows: list[list[int]] = []
    for index in places:
        if _HOUR_FIRST.match(out[index]) or not rows:
            rows.append([index])
        else:
            rows[-1].append(index)
    return rows


def dated_blocks(out: list[str], rows: dict[str, TableRow]) -> list[str]:
    """Two or more date headings, each right over a header written on one line, in a document with no table read
    otherwise: the rows of each block become `TableRow`s numbered in turn, dated by the heading; the headings and
    the repeated headers go."""
    if rows:
        return out
    from resolutions.tables import TableRow

    headings = []
    for index, line in enumerate(out):
        if (
            (found := _DATE_HEADING.match(line)) and (after := _next_filled(out, index + 1)) is not None
            and "|" not in out[after] and _is_header(out[after])
        ):
            headings.append((index, after, found.group(1)))
    if len(headings) < 2:
        return out
    consumed: set[int] = set()
    number = 0
    ends = [index for index, _after, _date in headings[1:]] + [len(out)]
    for (heading, header, date), end in zip(headings, ends, strict=True):
        charged = bool(_RESPONSIBLE.search(out[header].split(",")[-1]))
        consumed.update({heading} if number == 0 else {heading, header})
        places = [index for index in range(header + 1, min(end, header + 1 + _BLOCK_SPAN)) if out[index].strip()]
        for row in _block_rows(out, places):
            number += 1
            hour, first = timed.groups() if (timed := _HOUR_FIRST.match(out[row[0]])) else ("", out[row[0]])
            parts, parties = [first, *(out[index] for index in row[1:])], ()
            if charged and len(parts) > 1 and _PERSON.search(parts[-1]):
                parties, parts = (parts[-1].strip(" ,;"),), parts[:-1]
            activity = " ".join(part.strip() for part in parts)
            line = f"{number}. {activity}"
            others = (("Время", hour),) if hour else ()
            rows[line] = TableRow(str(number), activity, date, "; ".join(parties), others, parties=parties)
            out[row[0]] = line
            consumed.update(row[1:])
    return [line for index, line in enumerate(out) if index not in consumed]


def _next_filled(out: list[str], index: int) -> int | None:
    """The index of the next non-blank line from `index`, within a couple of blank lines."""
    for position in range(index, min(index + 3, len(out))):
        if out[position].strip():
            return position
    return None
