"""Recurring deadlines of the deadline parser: «ежеквартально», «ежегодно до 1 февраля», «по
понедельникам», a half-yearly rhythm; the words that mark a standing or periodic duty and the reading of a
rhythm into a `Deadline` whose window runs to the first due date."""

from __future__ import annotations

import calendar
import datetime
import re

from resolutions.deadline_dates import _MONTH, Deadline, _add_months, _last_day, _month_number

_STANDING_WORDS = r"на постоянной основе|на регулярной основе|\bпостоянно\b|\bсистематически\b"
_PERIODIC_WORDS = r"\bбессрочно\b"
# «один раз в полугодие», «раз в полгода», «ежеполугодно»: every half-year, due by the end of the current one.
_HALF_YEARLY = r"ежеполугодно|(?:один\s+)?раза? в (?:полугодие|полгода)"
_WEEKDAYS = ("понедельн", "вторн", "сред", "четверг", "пятниц", "суббот", "воскресен")
_WEEKDAY = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_WEEKDAYS_PLURAL = r"(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)"
_RECURRING = (
    ("daily", r"ежедневно"),
    # «каждый вторник», «в каждую пятницу месячника», «по пятницам», «санитарный еженедельный день … пятница»
    ("weekly", rf"еженедельн[а-я]*|раза? в неделю|кажд(?:ый|ую|ое)\s+{_WEEKDAY}|по\s+{_WEEKDAYS_PLURAL}"), ("monthly", r"ежемесячно|раза? в месяц"),
    ("quarterly", r"ежеквартально|раза? в квартал"), ("yearly", r"ежегодно|раза? в год"),
    # «один раз в три года», «раз в полугодие»: rhythms the model has no name for.
    ("", r"(?:один\s+)?раза? в (?:два|три|четыре|пять|\d{1,2})\s+(?:года|лет)"),
    ("", _HALF_YEARLY),
    # «1 раз в четверть», «раз в триместр»: once a school term, which no calendar rhythm is.
    ("", r"(?:один\s+)?раза? в (?:четверть|триместр)"),
)
# The day a rhythm falls due: «1 ноября», «10 числа».
_DUE_DAY = rf"\d{{1,2}}\s*{_MONTH}|\d{{1,2}}(?:-?го)?\s+числа"
_RECURRING_RE = re.compile(r"\b(?:" + "|".join(p for _, p in _RECURRING) + r")\b")


_MORE_DUE_DAYS_RE = re.compile(rf"\s*(?:,|и)\s*(\d{{1,2}}\s*{_MONTH})")


def _next_due(day: str, reference: datetime.date) -> datetime.date | None:
    """«20 декабря» after the reference: that day this year, or next year's when it has passed."""
    number, month = int(re.match(r"\d{1,2}", day).group(0)), _month_number(re.sub(r"^\d{1,2}\s*", "", day))
    try:
        candidate = datetime.date(reference.year, month, number)
    except ValueError:
        return None
    return candidate.replace(year=reference.year + 1) if candidate <= reference else candidate


def _weekday(body: str) -> int | None:
    """The weekday a weekly rhythm names («каждую пятницу», «по вторникам», «… день … пятница»), 0 = Monday."""
    found = re.search(r"\b(понедельн|вторн|сред[ауы]\b|средам|четверг|пятниц|суббот|воскресен)", body)
    if found is None:
        return None
    return next(index for index, stem in enumerate(_WEEKDAYS) if found.group(1).startswith(stem))


def _recurring(text: str, body: str, found: re.Match[str], reference: datetime.date | None) -> Deadline:
    """«ежемесячно», «ежеквартально», «ежегодно до 1 февраля»: the rhythm, and the window from the
    reference to the first due date (the end of the current period, or the day before the date given)."""
    recurrence = next(name for name, pattern in _RECURRING if re.fullmatch(pattern, found.group(0)))
    if reference is None:
        return Deadline(text, "recurring", recurrence=recurrence)
    # «ежегодно с 1 по 10 октября»: the first occurrence ends on its last day; «отмечать ежегодно 1 ноября»,
    # a day with no preposition right after the rhythm, on that day.
    until = re.search(rf"(?<![а-я])(до|не позднее|к|по)\s+({_DUE_DAY})", body) or re.compile(rf"\s+()({_DUE_DAY})").match(
        body, found.end()
    )
    end: datetime.date | None = None
    if until and (day := re.match(r"\d{1,2}", until.group(2))):
        number = int(day.group(0))
        if "числа" in until.group(2):  # «ежемесячно до 10 числа»
            candidate = reference.replace(day=min(number, calendar.monthrange(reference.year, reference.month)[1]))
            if until.group(1) == "до":
                # «в срок до 20-го числа»: due before that day, as «ежегодно до 1 февраля» runs to 31 January.
                due = candidate if candidate > reference else _add_months(candidate, 1)
                end = due - datetime.timedelta(days=1)
            else:
                end = candidate if candidate >= reference else _add_months(candidate, 1)
        else:
            # «ежегодно, не позднее 20 июня и 20 декабря»: the first of several due days a year that falls after the
            # reference.
            days, position = [until.group(2)], until.end()
            while more := _MORE_DUE_DAYS_RE.match(body, position):
                days.append(more.group(1))
                position = more.end()
            candidates = [due for day in days if (due := _next_due(day, reference)) is not None]
            if candidates:
                candidate = min(candidates)
                inclusive = until.group(1) != "до"
                end = candidate if inclusive else candidate - datetime.timedelta(days=1)
    if end is None:
        months = {"monthly": 1, "quarterly": 3, "yearly": 12}.get(recurrence)
        if re.fullmatch(_HALF_YEARLY, found.group(0)):
            months = 6
        if months:
            first_month = (reference.month - 1) // months * months + 1
            end = _last_day(reference.year, first_month + months - 1)
        elif recurrence == "weekly" and (day := _weekday(body)) is not None:
            end = reference + datetime.timedelta(days=(day - reference.weekday()) % 7)  # the first such day
        elif recurrence == "weekly":
            end = reference + datetime.timedelta(days=6 - reference.weekday())
        else:
            end = reference
    return Deadline(text, "recurring", reference, end, recurrence=recurrence)
