"""Plans written without a ruled table, one event a paragraph with its date first: «1 мая - Семейная программа
«…»/МБУК «ЦКР»», «18 – 19 мая – участие делегации …/отдел культуры», «03.02 – Мастер-класс …», «24-28.02 – Акция
…». With no number column, the corpus rule of a plan without one numbers its rows 1, 2, 3 … in the order they
stand, straight through the section headings between them (the houses of culture holding the events); the date
opening the paragraph is the row's term and what follows its last slash, if any, the row's executor."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resolutions.deadline_dates import _MONTH

if TYPE_CHECKING:
    from resolutions.tables import TableRow

# «1 мая - …», «18 – 19 мая – …», «21 мая-…»: a day or a span of days of a month named in words; «03.02 – …»,
# «24-28.02 – …», «28.02-03.03 – …»: in figures, the month in two (a label «1.2 – …» is no date); then a dash.
_DAY_MONTH = r"\d{1,2}\.(?:0[1-9]|1[0-2])(?:\.(?:\d{4}|\d{2})(?!\d))?"
_DATE_FIRST = re.compile(
    rf"^\s*(\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\s+{_MONTH}"
    rf"|(?:\d{{1,2}}\s*[-–—]\s*|{_DAY_MONTH}\s*[-–—]\s*)?{_DAY_MONTH})\s*[-–—]\s*(\S.*)$",
    re.IGNORECASE,
)
# «План основных мероприятий …», «ПЛАН РАБОТЫ», «Календарный план …»: a line naming the document a plan, above its
# rows; running text whose paragraphs open with dates (a decree's «01.02 – …» lines) is no plan's rows.
_PLAN_TITLE = re.compile(r"\s*(?:[А-ЯЁа-яё]+\s+)?план\b", re.IGNORECASE)
# «… «Последний звонок»/БУК «ТЦКР»»: the executor after the row's last slash, not the slash of an abbreviation
# between single letters («с/х», «п/п»).
_EXECUTOR = re.compile(r"(?<!(?<![А-ЯЁа-яё])[А-ЯЁа-яё])/(?![А-ЯЁа-яё](?![А-ЯЁа-яё]))\s*([^/]+?)\s*$")
_LEAST_ROWS = 3  # fewer such paragraphs are dates in running text, not a plan


def date_first_rows(out: list[str], rows: dict[str, TableRow]) -> list[str]:
    """A plan's paragraphs that each open with a date and a dash, three or more in a row (blank lines between
    them allowed) under a plan's title in a document with no table read: each becomes a row numbered in turn (added to `rows`), its
    date its term, the words after its last slash its responsible cell."""
    if rows:
        return out
    from resolutions.tables import TableRow

    run: list[int] = []
    runs: list[list[int]] = []
    for index, line in enumerate(out):
        if _DATE_FIRST.match(line):
            run.append(index)
        elif line.strip():
            runs.append(run)
            run = []
    runs.append(run)
    found = [index for run in runs if len(run) >= _LEAST_ROWS for index in run]
    if not found or not any(_PLAN_TITLE.match(line) for line in out[: found[0]]):
        return out
    for number, index in enumerate(found, 1):
        date, rest = _DATE_FIRST.match(out[index]).groups()
        activity, responsible = rest.strip(), ""
        if executor := _EXECUTOR.search(rest):
            activity, responsible = rest[: executor.start()].strip(), executor.group(1)
        line = f"{number}. {activity}"
        rows[line] = TableRow(str(number), activity, " ".join(date.split()), responsible)
        out[index] = line
    return out
