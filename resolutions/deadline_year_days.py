"""Days without a year that a year named earlier in the item frames.

«в 2011 году на зданиях обеспечить: 24 июня – вывешивание флагов, 26 июня – снятие»: the year says which year, the
days say when; the term is the day (one) or runs from the first day to the last (several), in that year.
"""

from __future__ import annotations

import datetime
import re

from resolutions.deadline_dates import _MONTH, Deadline, _month_number
from resolutions.deadline_exclusions import _names_a_day

# «24 июня», not «24.06», not «24 июня 2012 года» (that day names its own year), not «1941 года» ahead.
_DAY_RE = re.compile(rf"(?<![\d.])(\d{{1,2}})\s*({_MONTH})(?!\s*\d)")
# The days are read in the year's own sentence only.
_SENTENCE_END = re.compile(r"\.(?:\s+[А-ЯЁ]|\s*$)|;|\n")


def days_of_the_year(text: str, low: str, end: int, year: datetime.date) -> Deadline | None:
    """The days without a year written after a year term («в 2011 году … 24 июня …, 26 июня …»), in that year."""
    stop = _SENTENCE_END.search(text, end)
    days: list[tuple[int, int, datetime.date]] = []
    for match in _DAY_RE.finditer(low, end, stop.start() if stop else len(low)):
        if _names_a_day(text, match.end()):
            continue
        try:
            day = datetime.date(year.year, _month_number(match.group(2)), int(match.group(1)))
        except ValueError:
            return None
        days.append((match.start(), match.end(), day))
    if not days:
        return None
    first, last = min(day for *_, day in days), max(day for *_, day in days)
    phrase = text[days[0][0]:days[-1][1]]
    return Deadline(phrase, "exact" if first == last else "range", first, last)
