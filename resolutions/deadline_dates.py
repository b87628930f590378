"""Dates and windows of the deadline parser: the `Deadline` dataclass, the vocabulary of months,
years, quarters and seasons, the lower-cased copy of the text that every span is found in, and the reading
of one point («до ноября 2026 года», «II квартал») or a pair of points («с 1 по 15 марта») into a window."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from core.text import from_roman


@dataclass(frozen=True)
class Deadline:
    """A deadline phrase as written and its window; `relative_to` names the event of a relative one.

    A recurring deadline («ежеквартально», «ежегодно до 1 февраля») is not a window but a rhythm: its
    `recurrence` says which, and its window runs from the reference date to the first due date. `time`
    is the hour of a scheduled act («19.09.2011 в 16-00») when the text gives one.
    """

    text: str
    kind: str
    start: datetime.date | None = None
    end: datetime.date | None = None
    relative_to: str = ""
    recurrence: str = ""
    time: datetime.time | None = None


# Prepositional «мае» and genitive «мая» must not be mistaken for the «ма…» of other words.
_MONTH = (
    r"(?<![а-я])(?:январ[ьяюе]|феврал[ьяюе]|март[ае]?|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|август[ае]?"
    r"|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])(?![а-я])"
)
_MONTH_STEMS = (
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8),
    ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12), ("ма", 5),
)
_ORD = r"(?<![\w])(?:перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*|[1-4](?:-?[а-я]{1,3})?|iv|i{1,3})(?![a-z])"
# «2011 г.» but not the «Г.» of «Г.В. Кислова» right after a date in a flattened table row.
_YEAR_SUFFIX = r"(?:\s*(?:гг?\.(?![а-я]\.)|гг?(?![а-я.])|годах|годы|годов|года|году|год(?![а-я])))"
# «до 15 мая текущего года», «в IV квартале т.г.», «до 1 февраля следующего года»: the year named from the
# document's; `_point` puts the number in its place.
_REL_YEAR = (
    r"(?:\s+(?:текущего|этого|сего|настоящего|следующего|будущего|наступающего|очередного|предстоящего)\s+года"
    r"|\s+[тс]\.\s?г(?:\.|(?![а-я]))"  # «т. г.» (текущего года), «с. г.» (сего года), not «с. Горки»
    r"|\s+[тс]/г(?![а-я]))"  # «с/г», «т/г», as typed in Soviet papers; not «с/х»
)
_NEXT_YEAR_WORDS = ("следующ", "будущ", "наступающ", "очередн", "предстоящ")
_REL_YEAR_ALONE = (
    r"(?:(?:текущего|этого|сего|настоящего|следующего|будущего|наступающего|очередного|предстоящего)\s+года"
    r"|(?:текущем|этом|сем|настоящем|следующем|будущем|наступающем|очередном|предстоящем)\s+году)"
)
# «20-го декабря», «к 1-му мая»: a day written with its ordinal ending (in an OCR'd page «1- го»).
_DAY = r"\d{1,2}(?:(?:-\s?)?(?:го|е|ое|му))?"
# «10.00 часов», «18-00 ч.», «12.30 час.»: the word after an hour.
_HOUR_WORD = r"(?:\s*(?:ч\.?|час[а-я]*\.?))"
# Seasons, with their months: «летом 2014 года», «в весенне-летний период 2014 г.».
_SEASONS = (
    ("весенне-летн", 3, 8), ("летне-осенн", 6, 11), ("весн", 3, 5), ("весен", 3, 5), ("летом", 6, 8), ("лето", 6, 8),
    ("летн", 6, 8), ("осен", 9, 11),
)
_SEASON = (
    r"(?:весн[аы]|весной|лето|летом|осень|осенью"
    r"|(?:весенне-летн|летне-осенн|весенн|летн|осенн)[а-я]*\s+(?:период[а-я]*|месяц[а-я]*|сезон[а-я]*))"
)
# «28.04.2006», and in plans «28.04.06»: a two-digit year only with two-digit day and month, so a
# clause number («п. 2.1.10») is not a date. «1.VII.57 г.», «15.XI.1932»: a month in Roman numerals, as
# typed in Soviet papers, is a date with either year.
_ROMAN_MONTH = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})"
_DATE_NUM = (
    r"(?<![\d.])(?:\d{1,2}\.\d{1,2}\.\d{4}(?!\d)|\d{2}\.\d{2}\.\d{2}(?!\d|\.\d)"
    rf"|\d{{1,2}}\.{_ROMAN_MONTH}\.(?:\d{{4}}|\d{{2}})(?!\d|\.\d))"
)
# «1мая 2003г.», «2 февраля2003 года»: a day glued to its month, or a year to the month, at a page's lost line end
# or space is read as written apart.
_DAY_MONTH = rf"(?<!\d)(?:{_DAY}\s+|\d{{1,2}}(?=[а-я])){_MONTH}(?:\s*\d{{4}}(?!\d))?"
_DECADE = rf"{_ORD}\s+декад[а-я]*\s+{_MONTH}(?:\s+\d{{4}}(?!\d))?"
# Days of several months listed, the year at the end: «13, 20, 27 апреля, 4 мая 2011 года».
_DAY_LIST = (
    rf"(?<!\d)\d{{1,2}}(?:\s*(?:,|и)\s*\d{{1,2}}|\s+{_MONTH}\s*(?:,|и)\s*\d{{1,2}})+\s+{_MONTH}\s+\d{{4}}(?!\d)"
    r"(?:\s*(?:гг?\.(?![а-я]\.)|гг?(?![а-я.])|годах|годы|года|году|год(?![а-я])))?"
)
# Runs of days of one month, joined by «и» or a comma: «с 3 по 9 и 17 - 23 мая», «10-12 и 20-22 апреля».
_DAY_SPAN = r"(?:\s+по\s+|\s*[-–—]\s*)"
_DAY_RUNS = (
    rf"(?:(?<![а-я])со?\s+)?(?<!\d){_DAY}{_DAY_SPAN}{_DAY}(?:\s*(?:,|и)\s*(?:со?\s+)?{_DAY}(?:{_DAY_SPAN}{_DAY})?)+"
    rf"\s+{_MONTH}(?:\s+\d{{4}}(?!\d){_YEAR_SUFFIX}?)?"
)
_MONTH_YEAR = rf"{_MONTH}\s+\d{{4}}(?!\d)"
# «IV кв. 2014 г.» too, but not the «кв. м» of an area.
_QUARTER_WORD = r"(?:квартал[а-я]*|кв(?:\.|(?=\s|$))(?!\s*м\b))"
_QUARTER = rf"{_ORD}(?:\s*\(\s*{_ORD}\s*\))?(?:\s*[-–—]\s*{_ORD})?\s+{_QUARTER_WORD}(?:\s+\d{{4}}(?!\d))?"
_HALF = rf"{_ORD}\s+полугоди[а-я]*(?:\s+\d{{4}}(?!\d))?"
# A bare year needs its «г.»/«года» when searched inside prose, or «до 1000 человек» would be a deadline.
_POINT = (
    rf"(?:(?:{_DAY_MONTH}|{_MONTH}|{_QUARTER}|{_HALF}){_REL_YEAR}|{_REL_YEAR_ALONE}"
    rf"|(?:{_DATE_NUM}|{_DECADE}|{_DAY_MONTH}|{_MONTH_YEAR}|{_QUARTER}|{_HALF}){_YEAR_SUFFIX}?"
    rf"|(?<!\d)\d{{4}}{_YEAR_SUFFIX})"
)


@dataclass(frozen=True)
class _Span:
    first: datetime.date | None
    last: datetime.date | None
    grain: str  # "day", "month", "quarter", "half" or "year"


def _low(text: str) -> str:
    """Lower-case copy of `text` with the same length, so spans carry over to the original. «в течении месяца», a
    common misspelling of «в течение», is read as it is meant (the same length, so spans still carry over)."""
    low = text.lower()
    if len(low) == len(text):  # the usual case: no letter whose lower case is longer («İ»)
        low = _rejoin(low.translate(_LOW_TABLE))
    else:
        table = {"ё": "е", "Ё": "е", "\u00a0": " ", "\u202f": " ", "\u2007": " ", "*": " "}
        low = _rejoin("".join(table.get(c) or (c.lower() if len(c.lower()) == 1 else c) for c in text))
    return low.replace("в течении ", "в течение ")


_BROKEN_RE = re.compile(r"(?<![а-я-])([а-я]{1,7}) (?=([а-я]{1,7})(?![а-я]))")
_WHOLE_WORDS = frozenset(
    [f"{stem}{end}" for stem in ("январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр") for end in "ьяюе"]
    + ["март", "марта", "марте", "август", "августа", "августе", "май", "мая", "мае", "весной", "летом", "осенью"]
)


def _widen(text: str, low: str, start: int, end: int) -> int:
    """The end in `text` of a span of `low` whose broken words `_rejoin` joined: one more character for each."""
    return end + sum(1 for a, b in zip(text[start:end], low[start:end], strict=True) if a.isspace() and not b.isspace())


def _rejoin(low: str) -> str:
    """«до 15-го сен тября», «осе нью»: a month or season broken by an OCR'd page's lost line-break hyphen
    is joined again, its space moved behind it so the copy keeps its length."""
    parts, last = [], 0
    for match in _BROKEN_RE.finditer(low):
        if match[1] + match[2] in _WHOLE_WORDS and match.start() >= last:
            parts += [low[last:match.start()], f"{match[1]}{match[2]} "]
            last = match.end() + len(match[2])
    return "".join(parts) + low[last:] if parts else low


_LOW_TABLE = str.maketrans({"ё": "е", "\u00a0": " ", "\u202f": " ", "\u2007": " ", "*": " "})


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("**", "").replace("\u00a0", " ")).strip(" ,;")
    # Keep the dot of «г.» and of initials; drop a sentence's final dot.
    if text.endswith(".") and not re.search(r"(?:\b[гГ]{1,2}|\b[А-ЯЁ])\.$", text):
        text = text[:-1].rstrip()
    return text


def _month_number(word: str) -> int:
    return next(number for stem, number in _MONTH_STEMS if word.startswith(stem))


def _ordinal(word: str) -> int:
    word = word.strip()
    if word[0].isdigit():
        return int(word[0])
    roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
    if word in roman:
        return roman[word]
    return next(n for n, stem in enumerate(("перв", "втор", "трет", "четв"), start=1) if word.startswith(stem))


def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _window(grain: str, year: int, first: int, last: int | None = None, day: int | None = None) -> _Span:
    """The span of `grain` numbers first…last of `year` (months, quarters, halves) or one day."""
    last = first if last is None else last
    if grain == "day":
        date = datetime.date(year, first, day or 1)
        return _Span(date, date, grain)
    if grain == "year":
        return _Span(datetime.date(year, 1, 1), datetime.date(year, 12, 31), grain)
    if grain == "decade":  # `day` is the decade's number
        start = datetime.date(year, first, 10 * ((day or 1) - 1) + 1)
        return _Span(start, _last_day(year, first) if day == 3 else start + datetime.timedelta(days=9), grain)
    months = {"month": 1, "quarter": 3, "half": 6}[grain]
    return _Span(
        datetime.date(year, (first - 1) * months + 1, 1), _last_day(year, last * months), grain
    )


_ROLLOVER_GRACE = datetime.timedelta(days=31)


def _point(text: str, reference: datetime.date | None) -> _Span | None:
    """Parse one calendar point («1 ноября 2026 г.», «II квартал 2027», «2030 года») into its span.

    Without a year the reference's year is used (the next one if the span has already passed);
    without a reference too, the grain is known but the dates are not.
    """
    text = text.strip(" ,.")
    if relative := re.search(rf"(?:^|\s){_REL_YEAR_ALONE}$|{_REL_YEAR}$", text):
        # «текущего года» is the document's year, «следующего года» the one after it.
        if reference is None:
            text = text[: relative.start()].strip()
            if not text:
                return _Span(None, None, "year")
        else:
            year = reference.year + (1 if relative.group(0).strip().startswith(_NEXT_YEAR_WORDS) else 0)
            text = f"{text[: relative.start()]} {year}".strip()
    text = re.sub(rf"{_YEAR_SUFFIX}$", "", text).strip()
    patterns = (
        ("num", rf"(\d{{1,2}})\.(\d{{1,2}}|{_ROMAN_MONTH})\.(\d{{4}}|\d{{2}})"),
        ("decade", rf"({_ORD})\s+декад[а-я]*\s+({_MONTH})(?:\s+(\d{{4}}))?"),
        ("day", rf"(\d{{1,2}})(?:(?:(?:-\s?)?(?:го|е|ое|му))?\s+|(?=[а-я]))({_MONTH})(?:\s*(\d{{4}}))?"),
        ("month", rf"({_MONTH})(?:\s+месяц[ае])?(?:\s+(\d{{4}}))?"),  # «марта месяца», «в мае месяце»
        ("season", rf"({_SEASON})(?:\s+(\d{{4}}))?"),
        ("quarter", rf"({_ORD})(?:\s*\(\s*({_ORD})\s*\))?(?:\s*[-–—]\s*({_ORD}))?\s+{_QUARTER_WORD}(?:\s+(\d{{4}}))?"),
        ("half", rf"({_ORD})\s+полугоди[а-я]*(?:\s+(\d{{4}}))?"),
        ("year", r"(\d{4})"),
    )
    for form, pattern in patterns:
        match = re.fullmatch(pattern, text)
        if not match:
            continue
        groups = match.groups()
        try:
            if form == "num":
                day, year = int(groups[0]), int(groups[2])
                month = int(groups[1]) if groups[1].isdigit() else from_roman(groups[1])
                if year < 100 and reference is not None:  # «к 20.IV.38 г.» of 1938: the century nearest the document's
                    century = reference.year // 100 * 100
                    year = min((century - 100 + year, century + year, century + 100 + year), key=lambda y: abs(y - reference.year))
                elif year < 100:  # «28.04.06»; «15.X.41 г.», its month in Roman numerals, is a Soviet paper's
                    year += 2000 if year < 50 and groups[1].isdigit() else 1900
                datetime.date(year, month, day)
                return _window("day", year, month, day=day)
            if form == "year":
                year = int(groups[0])
                return _window("year", year, 1) if 1900 <= year <= 2200 else None
            year_text = groups[-1]
            if form == "day":
                grain, first, last, day = "day", _month_number(groups[1]), None, int(groups[0])
                datetime.date(2000, first, day)  # validates the day; 2000 is a leap year
            elif form == "month":
                grain, first, last, day = "month", _month_number(groups[0]), None, None
            elif form == "season":
                first, last = next((a, b) for stem, a, b in _SEASONS if groups[0].startswith(stem))
                grain, day = "month", None
            elif form == "decade":
                grain, first, last, day = "decade", _month_number(groups[1]), None, _ordinal(groups[0])
                if day > 3:
                    return None
            else:
                numbers = [_ordinal(g) for g in groups[:-1] if g]
                grain, first, last, day = form, min(numbers), max(numbers), None
                if first < 1 or last > (4 if form == "quarter" else 2):
                    return None
        except ValueError:
            return None
        if year_text:
            try:
                return _window(grain, int(year_text), first, last, day)
            except ValueError:  # 29 февраля of a common year
                return None
        if reference is None:
            return _Span(None, None, grain)
        day = day if grain in ("day", "decade") else None
        span = _window(grain, reference.year, first, last, day)
        # A span that ended long before the document is next year's; one that ended days before is a
        # plan approved after the fact («до 16 апреля» in an order of 19 April).
        if span.last is not None and span.last < reference - _ROLLOVER_GRACE:
            span = _window(grain, reference.year + 1, first, last, day)
        return span
    return None


def _point_pair(first: str, second: str, reference: datetime.date | None) -> tuple[_Span, _Span] | None:
    """Two ends of a range; the first borrows the year (and month) of the second: «10-12 ноября 2026»."""
    end = _point(second, reference)
    if end is None:
        return None
    words = second.split()
    # Borrowing comes before the reference year: «сентябрь-октябрь 2027» is not September of this year.
    candidates = [f"{first} {' '.join(words[cut:])}" for cut in range(1, len(words))]
    for candidate in candidates:
        start = _point(candidate, reference)
        # Undated ends (no year, no reference) still make a range: «с 01 по 28 апреля» of an undated page.
        if start is not None and (start.first is not None or end.first is None):
            return start, end
    if end.first is not None and not re.search(r"\d{4}", second):
        # «январь-декабрь» in a plan for the year: the first end is of the second's year (rolled over or
        # not), unless that puts it after the second («ноябрь - январь»).
        start = _point(f"{first} {end.first.year}", reference)
        if start is not None and start.first is not None and start.first <= end.first:
            return start, end
    start = _point(first, reference)
    return (start, end) if start is not None else None


def _timed(body: str, reference: datetime.date | None) -> tuple[str, datetime.date, datetime.time] | None:
    """«19.09.2011 в 16-00», «до 17-00 27.04.2010», «18 июня в 10:00»: the kind, the day and the hour."""
    day_pattern = rf"(?P<day>{_DATE_NUM}|{_DAY_MONTH}){_YEAR_SUFFIX}?"
    hour_pattern = rf"(?:в\s+)?(?P<h>[01]?\d|2[0-3])[-:.](?P<m>[0-5]\d){_HOUR_WORD}?"
    match = re.fullmatch(rf"(?:(?P<by>до|не позднее|к)\s+)?{hour_pattern}\s+{day_pattern}", body) or re.fullmatch(
        rf"(?:(?P<by>до|не позднее|к)\s+)?{day_pattern}\s*,?\s*{hour_pattern}", body
    )
    if match is None:
        return None
    span = _point(match.group("day"), reference)
    if span is None or span.first is None:
        return None
    return ("by" if match.group("by") else "exact"), span.first, datetime.time(int(match["h"]), int(match["m"]))


def _days_until(body: str, reference: datetime.date | None) -> tuple[datetime.date, datetime.date] | None:
    """«с 07.07.2012 г. до 07.08.2012 г.», «с 1 февраля до 1 марта 2019 года»: a window of days whose end is written
    with «до», which ends the day before it as everywhere («до … включительно» on it). Only days: «с 20 до 25»
    counts things, and «с 9.00 до 18.00» are hours."""
    found = re.fullmatch(r"(?:в период\s+)?(?:начиная\s+)?со?\s+(.+?)\s+до\s+(.+?)(\s+включительно)?", body)
    pair = _point_pair(found.group(1), found.group(2), reference) if found else None
    if pair is None or pair[0].grain != "day" or pair[1].grain != "day" or pair[0].first is None or pair[1].first is None:
        return None
    end = pair[1].last if found.group(3) else pair[1].first - datetime.timedelta(days=1)
    return (pair[0].first, end) if pair[0].first <= end else None


# Searched in priority order by find_deadline; a group named "d" narrows the span to the phrase.
_HOUR = r"(?:[01]?\d|2[0-3])[-:.][0-5]\d(?!\d|\.\d)"


def find_date(text: str) -> tuple[datetime.date, int, int] | None:
    """The first full calendar date in `text` («19.06.2026 г.», «19 июня 2026 года») and its span."""
    low = _low(text)
    # «от «12» марта 2014 г.»: the day of a form's date line is often written in quotes.
    for match in re.finditer(rf"(?:{_DATE_NUM}|[«\"“]?\d{{1,2}}[»\"”]?\s+{_MONTH}\s+\d{{4}}){_YEAR_SUFFIX}?", low):
        span = _point(re.sub(r"[«»\"“”]", "", match.group(0)), None)
        if span is not None and span.first is not None:
            return span.first, match.start(), match.end()
    return None
