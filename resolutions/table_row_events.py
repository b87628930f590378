"""A plan's row that holds several events, each with its own term written in turn in the term cell.

Two layouts of the same thing: the number cell lists the events' numbers («1» / «2» in one cell, the title cell
naming both events, separated by «;», the date cell «08.02» / «26.02»), or the title cell lists the events
under the row's own number («Серия акций: 1) «…» 2) «…» 3) «…»», the date cell «Апрель 2017г. Май, сентябрь 2017 г.
Июнь–август 2017 г.»). Either way each event becomes an item with its own term, the row's other cells shared.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from resolutions.table_dates import cell_date

if TYPE_CHECKING:
    from resolutions.tables import TableRow

__all__ = ["row_events", "several_numbers"]

# «1 2», «3, 4»: the numbers of two or more rows written in one number cell.
_SEVERAL_NUMBERS = re.compile(r"\s*\d{1,3}\.?(?:\s*[,;]?\s+\d{1,3}\.?)+\s*")
# «1) «Новоселье для пернатых» 2) «Посади дерево!»»: a list numbered with brackets inside a title cell.
_LISTED = re.compile(r"(?<!\S)(\d{1,2})\)\s*(?=\S)")
_MOST_TOKENS = 16  # a term cell split into events is short; a longer one is read whole


def several_numbers(cell: str) -> list[int]:
    """The numbers of the rows a number cell holds when it holds two or more in turn («1 2»), else []."""
    if not _SEVERAL_NUMBERS.fullmatch(cell):
        return []
    numbers = [int(number) for number in re.findall(r"\d+", cell)]
    return numbers if all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)) else []


def _terms(cell: str, count: int) -> list[str] | None:
    """The term cell cut into `count` terms in turn, each a date or span `cell_date` reads whole («08.02 26.02»,
    «Апрель 2017г. Май, сентябрь 2017 г. Июнь–август 2017 г.»), or None when it does not cut so."""
    tokens = cell.split()
    if not count <= len(tokens) <= _MOST_TOKENS or cell_date(cell) is not None:
        return None  # «Март 2021 г.»: one term of the whole row, not «Март» and «2021 г.»
    memo: dict[tuple[int, int], list[str] | None] = {}

    def cut(start: int, left: int) -> list[str] | None:
        if (start, left) in memo:
            return memo[(start, left)]
        found = None
        ends = [len(tokens)] if left == 1 else range(start + 1, len(tokens) - left + 2)
        for end in ends:
            piece = " ".join(tokens[start:end])
            if cell_date(piece) is not None and (left == 1 or (rest := cut(end, left - 1)) is not None):
                found = [piece] if left == 1 else [piece, *rest]
                break
        memo[(start, left)] = found
        return found

    return cut(0, count)


def _listed(activity: str) -> tuple[str, list[str]] | None:
    """«Серия акций «…»: 1) «…» 2) «…» 3) «…»»: the title's lead and its events numbered 1, 2, … in turn."""
    marks = list(_LISTED.finditer(activity))
    if len(marks) < 2 or [int(mark.group(1)) for mark in marks] != list(range(1, len(marks) + 1)):
        return None
    bounds = [mark.start() for mark in marks] + [len(activity)]
    events = [activity[mark.end():end].strip(" ;,") for mark, end in zip(marks, bounds[1:], strict=False)]
    lead = activity[: marks[0].start()].strip()
    return (lead, events) if lead and all(events) else None


def row_events(row: TableRow, numbers: list[int]) -> list[tuple[str, TableRow]]:
    """The lines and rows the parser reads for `row`: one per event when the row holds several with a term each,
    else the row itself. `numbers` are the numbers its number cell holds when it holds several."""
    if numbers:
        terms = _terms(row.deadline, len(numbers)) or [row.deadline] * len(numbers)
        titles = [part.strip() for part in row.activity.split(";")]
        if len(titles) != len(numbers) or not all(titles):
            titles = [row.activity] * len(numbers)
        return [
            (f"{number}. {title}", replace(row, label=str(number), activity=title, deadline=term))
            for number, title, term in zip(numbers, titles, terms, strict=True)
        ]
    if (listed := _listed(row.activity)) and (terms := _terms(row.deadline, len(listed[1]))):
        lead, events = listed
        head = replace(row, activity=lead, deadline="")
        subs = [
            (f"{index}) {event}", replace(row, label=str(index), activity=event, deadline=term, others=(), shown=str(index)))
            for index, (event, term) in enumerate(zip(events, terms, strict=True), start=1)
        ]
        return [(f"{row.label}. {lead}", head), *subs]
    return [(f"{row.label}. {row.activity}", row)]
