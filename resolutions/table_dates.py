"""The dates a plan's term cell holds: a whole date or span as `parse_deadline` reads it, and the short forms
tables use — days of one month with the month and year written once («01.- 08.05.15г.», «01,08,15. 10.16»), a span
of two months («20.12-10.01.2015»), days and months in figures with no year («до 02.09.», «15-16.12»), a month of
several years («Сентябрь 2017, 2019 годов»)."""

from __future__ import annotations

import datetime
import re

from resolutions.deadlines import Deadline, find_deadline, parse_deadline

__all__ = ["cell_date"]

# «01.- 08.05.15г.», «3-7.06.2016»: the days of one month, the month and year written once, after the last day.
_DAY_SPAN = re.compile(r"(\d{1,2})\.?\s*[-–—]\s*(\d{1,2})\.(\d{1,2}\.(?:\d{4}|\d{2}))\s*(?:г\.?|года?)?")

# «С 25.04. – 8.05.13.», «20.12-10.01.2015 г.»: a span of days of two months, the year written once, after its end.
_MONTHS_SPAN = re.compile(
    r"(?:с\s+)?(\d{1,2}\.\d{1,2})\.?\s*[-–—]\s*(\d{1,2}\.\d{1,2})\.(\d{4}|\d{2})\.?\s*(?:г\.?|года?)?", re.IGNORECASE
)

# «01,08,15,22,29. 10.16 19.00-22.00»: days of one month listed, the month and year written once after the last,
# the hours of the events after them.
_DAY_LIST = re.compile(
    r"(\d{1,2})(?:\s*,\s*\d{1,2})*\s*,\s*(\d{1,2})\.?\s*(\d{1,2}\.(?:\d{4}|\d{2}))\s*(?:г\.?|года?)?"
    r"(?:\s+(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–—]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?)?"
)

# «до 02.09.», «с 12.08. по 12.09.»: a day and month in figures with no year, alone in a cell or in a span;
# without a preposition only written in two figures each («12.08»), so that a sub-row's «1.2» stays a number.
_DAY_MONTH_NUM = r"(?<![\d.])\d{1,2}\.\d{1,2}\.?(?![\d.])"
_YEARLESS = re.compile(
    rf"(?:(?:до|к|с|по|не позднее)\s+{_DAY_MONTH_NUM}|\d\d\.\d\d\.?)(?:\s*(?:[-–—]|по|до)\s*{_DAY_MONTH_NUM})?",
    re.IGNORECASE,
)

_YEARLESS_DAY_SPAN = re.compile(r"(\d{1,2})\s*[-–—]\s*(\d{1,2})\.(\d{1,2})\.?")

# «23.04. 10.00», «02.04 14.00»: a day and month with no year, then the event's hour; the day is the term.
# «05.05 08.05» is two days, not a day and its hour: an hour written with a dot must not read as a day and month.
_YEARLESS_WITH_HOUR = re.compile(r"(\d{1,2}\.\d{1,2}\.?)\s+((?:[01]?\d|2[0-3])[.:][0-5]\d)")


# «Сентябрь 2017, 2019 годов», «март 2015, 2016 и 2017 гг.»: a month held in each of several years, before the
# place of a time-and-place cell («… г. Омск») or alone.
_MONTH_OF_YEARS = re.compile(
    r"([а-яё]+)\s+(\d{4})(?:\s*,\s*\d{4})*\s*(?:,|и)\s*(\d{4})\s*(?:годов|годах|гг\.?)"
    r"(?=\s*$|[\s,]+(?:г|с|п|д|пос|пгт)\.\s?[А-ЯЁ])",
    re.IGNORECASE,
)


# «03.10. 2023», «13.10. 2023 г.»: a date in figures with a space between the month's dot and the year.
_SPACED_YEAR = re.compile(r"(\d{1,2}\.\d{1,2}\.)\s+(\d{4})\s*(?:г\.?|года?)?")


def _month_of_years(text: str) -> Deadline | None:
    """A month named with several years (a biennial event's «Сентябрь 2017, 2019 годов»): from that month of the
    first year to that month of the last, as a list of days runs from the first to the last."""
    if not (found := _MONTH_OF_YEARS.match(text)) or found.group(2) >= found.group(3):
        return None
    first = parse_deadline(f"{found.group(1)} {found.group(2)}")
    last = parse_deadline(f"{found.group(1)} {found.group(3)}")
    if not (first and last and first.kind == last.kind == "range" and first.start.day == 1):
        return None
    return Deadline(found.group(0), "range", first.start, last.end)


def cell_date(cell: str, reference: datetime.date | None = None) -> Deadline | None:
    """The date or span a plan's cell holds in full, as `parse_deadline` reads it, or a span or a list of days
    whose month and year are written once («01.- 08.05.15г.», «01,08,15. 10.16», from the first day to the
    last), or days and months in figures with no year («до 02.09.», «с 12.08. по 12.09.»), of the reference's
    year; their text the cell's."""
    text = cell.strip()
    if deadline := _month_of_years(text):
        return deadline
    if deadline := parse_deadline(cell, reference=reference) or _whole(find_deadline(text, reference=reference), text):
        return deadline
    if span := _DAY_SPAN.fullmatch(text) or len(text) < 80 and _DAY_LIST.fullmatch(text):
        first, last, month_year = span.groups()
        if found := parse_deadline(f"{first}.{month_year} - {last}.{month_year}", reference=reference):
            return Deadline(text, found.kind, found.start, found.end)
    if months := _MONTHS_SPAN.fullmatch(text):
        first, last, year = months.groups()
        # «20.12-10.01.2015»: a start later in the year than the end is of the year before.
        earlier = f"{int(year) - 1:0{len(year)}d}"
        for start_year in (year, earlier):
            found = parse_deadline(f"{first}.{start_year} - {last}.{year}", reference=reference)
            if found is not None and found.start and found.end and found.start <= found.end:
                return Deadline(text, found.kind, found.start, found.end)
    if days := _YEARLESS_DAY_SPAN.fullmatch(text):
        # «15-16.12»: two days of one month in figures, the month written once and no year.
        first, last, month = (int(number) for number in days.groups())
        text = f"{first:02d}.{month:02d} - {last:02d}.{month:02d}"
        if (found := cell_date(text, reference)) is not None:
            return Deadline(cell.strip(), found.kind, found.start, found.end)
        return None
    # «03.10. 2023»: a day and month in figures, the year after a space.
    if (spaced := _SPACED_YEAR.fullmatch(text)) and (
        found := parse_deadline(f"{spaced.group(1)}{spaced.group(2)}", reference=reference)
    ) and found.kind == "exact":
        return Deadline(text, found.kind, found.start, found.end)
    if (
        (timed := _YEARLESS_WITH_HOUR.fullmatch(text))
        and (":" in timed.group(2) or cell_date(timed.group(2), reference) is None)
        and (found := cell_date(timed.group(1), reference))
    ):
        return Deadline(text, found.kind, found.start, found.end)
    if _YEARLESS.fullmatch(text):
        # Read with a year, a leap one when the plan gives none, so that the kind is known; the window only
        # with the plan's year.
        year = reference.year if reference else 2000
        dated = re.sub(_DAY_MONTH_NUM, lambda day: f"{day.group(0).rstrip('.')}.{year}", text)
        if found := parse_deadline(dated) or _whole(find_deadline(dated), dated):
            return Deadline(text, found.kind, *((found.start, found.end) if reference else (None, None)))
    return None


def _whole(deadline: Deadline | None, text: str) -> Deadline | None:
    """A deadline found in the text that is the whole text («с 12 августа 2013 года», the start of a span whose
    end is in the next paragraph of the cell)."""
    return deadline if deadline is not None and deadline.text == text else None
