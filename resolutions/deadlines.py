"""Fuzzy deadlines of resolution items, turned into a window of dates.

Resolutions rarely give a plain date: «до ноября 2026 года», «Срок: сентябрь-октябрь 2027 год»,
«во втором (третьем) квартале 2027 г.», «за три месяца до даты проведения». A `Deadline` keeps the
phrase as written and a normalised window [start, end] that execution control can compare with today.

All matching is done on a lower-cased copy of the text of the same length (ё → е, no-break spaces →
spaces), so every span found there is also a span of the original text. pymorphy3 decides the few
questions of grammar: where an undated event's name ends («до начала откочевки провести …»), whether
the word before a date is a participle («утверждённым 1 февраля»), whether an item has a verb.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from core.text import from_roman
from resolutions.morphology import forms

__all__ = ["DEADLINE_KINDS", "RECURRENCES", "Deadline", "back_reference", "day_of_month", "find_date", "find_deadline", "find_period", "parse_deadline"]

DEADLINE_KINDS = ("exact", "by", "range", "quarter", "half", "year", "standing", "relative", "recurring")
RECURRENCES = ("daily", "weekly", "monthly", "quarterly", "yearly")


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
_DAY_MONTH = rf"(?<!\d){_DAY}\s+{_MONTH}(?:\s+\d{{4}}(?!\d))?"
# «в первой декаде июня 2014 года»: ten days of a month (the third runs to the month's end).
# «в день проведения ярмарки», «до дня открытия выставки»: the day of an event.
_EVENT_DAY = r"(?:проведения|открытия|начала|окончания|закрытия)"
# «в указанные сроки», «в те же дни», «в сроки, указанные в пункте 1»: the dates another item gives.
_BACK_REFERENCE = (
    r"\bв\s+(?:(?:выше)?указанн(?:ые|ый|ое|ую)\s+(?:сроки?|день|дни|даты?)|те\s+же\s+(?:сроки|дни|даты))(?![а-я])"
    r"|\bв\s+(?:сроки?|день|дни|даты?),?\s+указанн(?:ые|ый|ое|ую)\s+в\s+(?:пункте|п\.)\s*(?P<label>\d{1,3}(?:\.\d{1,3})*)"
)
_BACK_REFERENCE_RE = re.compile(_BACK_REFERENCE)
# «60-й», «5-го»: an ordinal numeral written in figures with its ending, which qualifies the noun after it.
_ORDINAL_FIGURES = r"\d{1,3}-(?=[а-я]{1,3}(?![а-я]))"
# «до начала откочевки», «до утверждения структуры», «по завершении учебного процесса», «накануне их
# проведения»: the start or end of an event, or an act awaited, named by a verbal noun and never dated.
# «впредь до принятия закона» waits for an act too; «при формировании областного бюджета на очередной год»
# ties the act to each round of the budget process, a recurring event with no date of its own.
_EVENT_LEAD = (
    r"(?:до\s+(?:начала|окончания)|к\s+(?:началу|концу|окончанию|завершению|проведению)|по\s+(?:завершени|окончани)[юи]|накануне"
    r"|до(?=\s+(?:завершения|утверждения|назначения|принятия|избрания)\s)"  # the act awaited is the event
    r"|впредь\s+до(?=\s+[а-я]{3,}(?:ия|ии|ий)\s)"
    # «во время проведения праздника», «в ходе проведения соревнований», «на период месячника»: while the event lasts.
    r"|(?:во\s+время|в\s+ходе)(?=\s+проведения\s)|(?:на|в)\s+период(?=\s+[а-я]{4})"  # not «в период её прохождения»
    r"|при\s+(?:формировании|составлении|подготовке|разработке|уточнении|корректировке|рассмотрении|утверждении|принятии)"
    r"(?=(?:\s+проект[а-я]*)?(?:\s+[а-я-]+(?:ого|его|ых|их))?(?:\s+бюджет[а-я]*)))"
)
# «на очередном заседании», «на следующей сессии», «к очередному заседанию правления»: the body's next sitting, at
# which (or by which) the act is done; it has no date of its own. «Внести на очередную сессию» (where a paper goes)
# and «подготовка очередного заседания» (what is prepared) name no time.
_SITTINGS = r"(?:заседани[ию]|сессии|собрани[ию]|пленум[еу]|совещани[ию]|съезд[еу]|конференции)"
_NEXT_SITTING_LEAD = r"(?<![а-я])(?:на\s+(?=[а-я]+(?:ом|ем|ой|ей)\s)|к\s+(?=[а-я]+(?:ому|ему|ой|ей)\s))"
_NEXT_SITTING_NAME = rf"(?:очередн|следующ|ближайш|предстоящ)[а-я]{{2,3}}\s+{_SITTINGS}(?![а-я])"
_NEXT_SITTING_RE = re.compile(rf"{_NEXT_SITTING_LEAD}{_NEXT_SITTING_NAME}")
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
_UNIT = r"(?:дн[а-я]*|день|сут(?:ок|ки)|недел[а-я]*|месяц[а-я]*|год[а-я]?|лет)"
_TERM_ADJECTIVE = r"(?:дневный|суточный|недельный|месячный|годичный)"  # «в 10-дневный срок», «в суточный срок»
# «30 календарных дней со дня опубликования»: a number of units counted from an event, with no lead word.
_COUNTED_TERM = rf"\d{{1,3}}\s+(?:(?:рабочих|календарных)\s+)?{_UNIT}\s+(?:после|с момента|со дня|с даты|от даты)\s+"
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
)
# The day a rhythm falls due: «1 ноября», «10 числа».
_DUE_DAY = rf"\d{{1,2}}\s+{_MONTH}|\d{{1,2}}(?:-?го)?\s+числа"
_RECURRING_RE = re.compile(r"\b(?:" + "|".join(p for _, p in _RECURRING) + r")\b")
_NUMBER_WORDS = {
    "один": 1, "одного": 1, "одной": 1, "одну": 1, "два": 2, "двух": 2, "две": 2, "три": 3, "трех": 3,
    "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "десять": 10, "десяти": 10,
    "одно": 1, "семи": 7, "семь": 7, "восьми": 8, "девяти": 9, "пятнадцати": 15, "двадцати": 20, "тридцати": 30,
    "сорока": 40, "шестидесяти": 60, "девяноста": 90,
}
# «…уровню развития до 2030 года» is the horizon of a plan, not a deadline for preparing it.
_HORIZON_WORDS = re.compile(r"(развити|план|программ|стратег|концепц|перспектив|период)[а-я]*$")


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
        ("day", rf"(\d{{1,2}})(?:(?:-\s?)?(?:го|е|ое|му))?\s+({_MONTH})(?:\s+(\d{{4}}))?"),
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


_GRAIN_KIND = {"day": "exact", "decade": "range", "month": "range", "quarter": "quarter", "half": "half", "year": "year"}


def _period_end(reference: datetime.date, amount: str, unit: str) -> datetime.date | None:
    count = int(amount) if amount.isdigit() else _NUMBER_WORDS.get(amount, 1 if not amount else 0)
    if not count:
        return None
    if unit.startswith(("дн", "день", "сут")):  # «в течение суток» is a day
        return reference + datetime.timedelta(days=count)
    if unit.startswith("недел"):
        return reference + datetime.timedelta(weeks=count)
    return _add_months(reference, count * (1 if unit.startswith("месяц") else 12))


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
            end = candidate if candidate >= reference else _add_months(candidate, 1)
        else:
            month = _month_number(until.group(2).split()[1])
            try:
                candidate = datetime.date(reference.year, month, number)
            except ValueError:
                candidate = None
            if candidate is not None:
                if candidate <= reference:
                    candidate = candidate.replace(year=reference.year + 1)
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


_TERM_UNITS = {"дневный": "дн", "суточный": "дн", "недельный": "недел", "месячный": "месяц", "годичный": "год"}


def _within(body: str) -> tuple[str, str, bool] | None:
    """«в течение двух недель» → ("двух", "недель", False); «в 10-дневный срок» → ("10", "дн", False);
    «в течение 5 рабочих дней» → ("5", "дней", True)."""
    found = re.fullmatch(rf"в течение\s+(?:([\w-]+)\s+)?(рабочих\s+|календарных\s+)?({_UNIT})", body)
    if found:
        return found.group(1) or "", found.group(3), bool(found.group(2)) and found.group(2).startswith("рабоч")
    found = re.fullmatch(rf"в\s+(?:(\d{{1,3}})(?:-?х)?[\s-]?|([а-я]+?))?({_TERM_ADJECTIVE})\s+срок", body)
    if found is None:
        return None
    amount = found.group(1) or found.group(2) or ""
    if amount and not amount.isdigit() and amount not in _NUMBER_WORDS:
        return None
    return amount, _TERM_UNITS[found.group(3)], False


def _working_days_end(reference: datetime.date, amount: str) -> datetime.date | None:
    """The last of `amount` working days (Monday to Friday) after the reference; holidays are not known."""
    count = int(amount) if amount.isdigit() else _NUMBER_WORDS.get(amount, 0)
    day = reference
    while count > 0:
        day += datetime.timedelta(days=1)
        count -= day.weekday() < 5
    return day if amount else None


def parse_deadline(text: str, *, reference: datetime.date | None = None) -> Deadline | None:
    """Parse a deadline phrase into a `Deadline`, or None when it is not one.

    `reference` (usually the resolution's date) completes phrases without a year and starts
    «на постоянной основе» and «в течение месяца». «до X» ends the day before X begins; «не позднее X»,
    «до конца X», «к X» and «до X включительно» end with X; in a standing «с … до 2030 года» phrase the
    end year is inclusive.
    """
    text = _clean(text)
    if not text:
        return None
    low = _low(text)
    prefix = re.match(r"сроки?(?:\s+[а-я]+){0,4}?\s*[:–—-]\s*", low)
    offset = prefix.end() if prefix else 0
    body = low[offset:]

    def build(kind: str, start=None, end=None, relative_to: str = "") -> Deadline | None:
        if start is not None and end is not None and start > end:
            return None
        return Deadline(text, kind, start, end, relative_to)

    recurring = _RECURRING_RE.search(body)
    if recurring:
        return _recurring(text, body, recurring, reference)

    timed = _timed(body, reference)
    if timed is not None:
        kind, day, hour = timed
        # «до 17-00 27.04.2010»: the hour is on that day, so the day itself is in the window.
        return Deadline(text, kind, None if kind == "by" else day, day, time=hour)

    relative = re.search(rf"\bза\s+(?:[\w-]+\s+){{0,2}}?{_UNIT}\s+до\s+(.+)$", body) or re.search(
        rf"\b(?:в течение|через|не позднее|в\s+[\w-]*{_TERM_ADJECTIVE}\s+срок)\s+(?:(?:[\w-]+\s+){{0,2}}?{_UNIT}\s+)?"
        r"(?:после|с момента|со дня|с даты|от даты)\s+(.+)$",
        body,
    ) or re.match(rf"{_COUNTED_TERM}(.+)$", body)
    if relative:
        return build("relative", relative_to=text[offset + relative.start(1):])

    if re.search(rf"{_STANDING_WORDS}|{_PERIODIC_WORDS}", body):
        start = end = None
        since = re.search(rf"(?:^|\s)со?\s+({_POINT})", body)
        if since and (span := _point(since.group(1), reference)):
            start = span.first
        until = re.search(rf"\bдо\s+(конца\s+)?({_POINT})", body)
        if until and (span := _point(until.group(2), reference)) and span.first:
            inclusive = until.group(1) or span.grain == "year"
            end = span.last if inclusive else span.first - datetime.timedelta(days=1)
        return build("standing", start or reference, end)

    segments = re.split(r"\s*,\s*(?:и\s+)?(?=со?\s)", re.sub(r"^(?:в\s*период\s+)", "", body))
    if len(segments) > 1:
        # «с 1 апреля по 25 апреля 2005 года, со 2 июня по 2 июля 2005 года, …»: the window spans them all.
        spans = [parse_deadline(segment, reference=reference) for segment in segments]
        if all(span is not None and span.kind == "range" for span in spans):
            return build("range", min(span.start for span in spans), max(span.end for span in spans))

    days = re.fullmatch(
        rf"(\d{{1,2}})(?:\s*(?:,|и)\s*\d{{1,2}})*\s*(?:,|и)\s*(\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?){_YEAR_SUFFIX}?", body
    )
    if days and (pair := _point_pair(days.group(1), days.group(2), reference)):
        return build("range", pair[0].first, pair[1].last)  # «14 и 25 апреля 2019 года»
    if re.fullmatch(_DAY_LIST, body) or re.fullmatch(rf"(?:в период\s+)?{_DAY_RUNS}", body):
        # «13, 20, 27 апреля, 4 мая 2011 года», «с 3 по 9 и 17 - 23 мая»: from the first day listed to the last.
        first, month = re.search(r"\d{1,2}", body), re.search(_MONTH, body)
        last = re.search(rf"(\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?){_YEAR_SUFFIX}?$", body)
        if first and month and last and (pair := _point_pair(f"{first.group(0)} {month.group(0)}", last.group(1), reference)):
            return build("range", pair[0].first, pair[1].last)

    period = re.fullmatch(r"(?:в период\s+)?(?:начиная\s+)?со?(?:\s+|(?=\d))(.+?)\s+по\s+(.+)", body)
    if period and (pair := _point_pair(period.group(1), period.group(2), reference)):
        return build("range", pair[0].first, pair[1].last)

    if window := _days_until(body, reference):
        return build("range", *window)

    by = re.fullmatch(
        r"(?:в срок\s+)?(не позднее(?:\s+чем)?(?:\s+конца)?|до конца|до окончания|к концу|до начала|к началу|до|к|по)"
        r"\s+(.+?)(\s+включительно)?",
        body,
    )
    if by and (span := _point(by.group(2), reference)):
        if span.first is None:
            return build("by")
        # «до X» and «до начала X» end the day before X begins; «к началу мая» too.
        exclusive = by.group(1) in ("до", "до начала", "к началу") and not by.group(3)
        return build("by", end=span.first - datetime.timedelta(days=1) if exclusive else span.last)
    if event := re.fullmatch(rf"(?:в срок\s+)?{_EVENT_LEAD}\s+((?:{_ORDINAL_FIGURES}[а-я]+\s+)?\D+)", body):
        # «до начала откочевки», «до назначения акимов», «накануне их проведения»: an event with no date of its own.
        return build("relative", relative_to=text[offset + event.start(1):])

    if sitting := re.fullmatch(rf"(?:в срок\s+)?{_NEXT_SITTING_LEAD}(?P<e>{_NEXT_SITTING_NAME})(?:\s+\D+)?", body):
        return build("relative", relative_to=text[offset + sitting.start("e"):])  # «на очередном заседании»

    if back_reference(body) is not None:
        return build("relative", relative_to=text[offset:].split(maxsplit=1)[1])  # «в указанные сроки»: another item's dates

    if event_day := re.fullmatch(rf"(?:в|до|к)\s+(?:день|дня|дню|дни)\s+{_EVENT_DAY}\s+(\D+)", body):
        return build("relative", relative_to=text[offset + event_day.start(1):])  # «в день открытия ярмарки»

    if deictic := re.fullmatch(_DEICTIC_DAY, body):
        # «сегодня же», «завтра»: the document's day, or the next; with no date of the document, a day not yet known.
        if reference is None:
            return build("exact")
        day = reference + datetime.timedelta(days=_DEICTIC_OFFSETS[deictic.group(1)])
        return build("exact", day, day)

    single = re.fullmatch(r"(?:(?:в течение|в срок|во|в|на)\s+)?(.+)", body)
    if single and (span := _point(single.group(1), reference)):
        return build(_GRAIN_KIND[span.grain], span.first, span.last)

    # «15.06. 15.08.2011», «15.06.-15.08.2011»: a range whose first end has no year, its dash a space.
    short = re.fullmatch(rf"(?:со?\s+)?(\d{{1,2}})\.(\d{{1,2}})\.?\s*(?:[-–—]|по)?\s*({_DATE_NUM}){_YEAR_SUFFIX}?", body)
    if short and (last := _point(short.group(3), reference)) and last.first:
        try:
            first = datetime.date(last.first.year, int(short.group(2)), int(short.group(1)))
        except ValueError:
            first = None
        if first is not None:
            return build("range", first, last.last)

    # «30.11.2007 01.12.2007», «24.01.2020 20.00 27.01.2020 17.00»: a plan cell's two days (each maybe with its
    # hour) whose dash the page lost, in calendar order.
    pair = re.fullmatch(rf"({_DATE_NUM}){_YEAR_SUFFIX}?(?:\s+{_HOUR})?\s+({_DATE_NUM}){_YEAR_SUFFIX}?(?:\s+{_HOUR})?", body)
    if pair and (first := _point(pair.group(1), reference)) and (last := _point(pair.group(2), reference)):
        return build("range", first.first, last.last)

    # «2009 2011 годы»: two years whose dash the page lost; the plural says it is a span.
    years = re.fullmatch(r"(?:(?:в течение|в)\s+)?(\d{4})\s+(\d{4})\s*(?:годы|годах|гг\.?)", body)
    if years and 1900 <= int(years.group(1)) < int(years.group(2)) <= 2200:
        return build("range", datetime.date(int(years.group(1)), 1, 1), datetime.date(int(years.group(2)), 12, 31))

    # «апрель, май», «в апреле и мае 2014 года», «май, сентябрь»: months listed, one window over them all.
    listed = re.fullmatch(rf"(?:(?:в|во)\s+)?({_MONTH})(?:\s*(?:,|и)\s*{_MONTH})*\s*(?:,|и)\s*({_MONTH}(?:\s+\d{{4}})?){_YEAR_SUFFIX}?", body)
    pair = _point_pair(listed.group(1), listed.group(2), reference) if listed else None
    if pair and pair[0].first and pair[1].first and pair[0].first < pair[1].first:
        return build("range", pair[0].first, pair[1].last)

    # «январь декабрь 2013 г.», a plan's «Апрель май»: two months whose dash the page lost, in calendar order.
    months = re.fullmatch(rf"(?:(?:в течение|во|в|с)\s+)?({_MONTH})\s+({_MONTH}(?:\s+\d{{4}})?){_YEAR_SUFFIX}?", body)
    pair = _point_pair(months.group(1), months.group(2), reference) if months else None
    if pair and pair[0].first and pair[1].first and pair[0].first < pair[1].first:
        return build("range", pair[0].first, pair[1].last)

    dashed = re.fullmatch(r"(?:(?:в течение|во|в|со|с)\s+)?(.+?)\s*[-–—]\s*(.+)", body)
    if dashed and (pair := _point_pair(dashed.group(1), dashed.group(2), reference)):
        return build("range", pair[0].first, pair[1].last)

    # «в течение месяца», «в течение 10 рабочих дней», «в месячный срок», «в 10-дневный срок».
    within = _within(body)
    if within:
        if reference is None:
            return build("relative")
        amount, unit, working = within
        end = _working_days_end(reference, amount) if working else _period_end(reference, amount, unit)
        # The term runs from the reference, as the docstring says (and as two annotators of fresh11 read it).
        return build("by", start=reference, end=end) if end else None
    return None


# Searched in priority order by find_deadline; a group named "d" narrows the span to the phrase.
_HOUR = r"(?:[01]?\d|2[0-3])[-:.][0-5]\d(?!\d|\.\d)"
# «Провести 8-9 мая 2008г. празднование …»: the days of an event, a dash between them.
_SCHEDULED = rf"(?:{_DATE_NUM}|(?<!\d)(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}|{_REL_YEAR})){_YEAR_SUFFIX}?(?:\s*,?\s*в\s+{_HOUR}(?:\s*час[а-я]*)?)?"
_SCHEDULING = (
    r"\b(?:провести|проводить|состоится|состоятся|объявить|ввести|назначить|запланировать|перенести|организовать"
    r"|начать|открыть|даты? проведения|принять участие)"
)
_DAY_DATE = rf"(?:{_DATE_NUM}|{_DAY_MONTH}){_YEAR_SUFFIX}?"
_DATED_POINT = rf"(?:(?<!\d)\d{{1,2}}\s+)?{_MONTH_YEAR}{_YEAR_SUFFIX}?"
_SETTING_VERBS = r"(?:определить|установить|назначить|утвердить|считать|объявить)"
_TERM_NOUNS = r"(?:(?:последн|крайн|окончательн|предельн)[а-я]*\s+)?(?:сроком|датой|днем|числом)"
# «Срок представления отчёта – 1 июня», «Последним сроком … определить 1 июня» end on the day; the other
# settings of a date («Определить 15 сентября датой проведения праздника») are the day of the act.
_FINAL_TERM = re.compile(r"срок|последн|крайн|окончательн|предельн")
_FIND_PATTERNS = [
    re.compile(
        r"\bсроки?(?:\s+[а-я]+){0,4}?\s*(?:[:–—]|\s-(?=\s))\s*(?P<d>(?:(?!ответствен|исполнител)"
        r"(?:(?<![а-я])гг?\.|\d{1,2}\.\d{1,2}\.\d{2,4}|[^.;\n]))+)"
    ),
    # «Установить предельный срок представления поправок к проекту закона – 5 марта»: a final term named at more
    # length than a «Срок …:» line still ends on its date.
    re.compile(
        rf"(?P<fin>\b(?:последн|крайн|окончательн|предельн)[а-я]*\s+срок[а-я]*)(?:\s+[^\s.;:–—]+){{0,10}}?"
        rf"\s*(?:[:–—]|\s-(?=\s))\s*(?P<d>{_DAY_DATE})"
    ),
    # «Определить 15 сентября 2012 года датой проведения праздника», «Днём проведения считать 15 сентября»,
    # «Последним сроком откочевки определить 1 июня 2011 года»: a date set as the day of an act.
    re.compile(rf"\b{_SETTING_VERBS}\s+(?P<d>{_DAY_DATE})\s+(?P<fin>{_TERM_NOUNS})"),
    re.compile(rf"(?P<fin>\b{_TERM_NOUNS})\s+(?:[^\s.;]+\s+){{0,10}}?{_SETTING_VERBS}\s+(?P<d>{_DAY_DATE})"),
    # «еженедельный день … - пятница», «еженедельно в санитарный день - четверг», «еженедельно - в пятницу»:
    # the weekday named later in the clause.
    re.compile(
        r"\bеженедельн[а-я]*[^.;\n]{0,120}?\b(?:понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье"
        r"|понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)\b"
    ),
    # «ежегодно до 1 февраля», «ежегодно в срок до 1 марта», «до 5 числа ежемесячно»: the rhythm and its day;
    # «с 1 по 7 октября ежегодно»: its days written before it.
    re.compile(
        rf"(?:\b(?:до|не позднее|к)\s+\d{{1,2}}(?:-?го)?(?:\s+{_MONTH}|\s+числа)(?:\s+месяца)?\s*,?\s*"
        rf"|(?<![а-я])(?:в период\s+)?со?\s+\d{{1,2}}(?:\s+{_MONTH})?\s+по\s+\d{{1,2}}\s+{_MONTH}\s+)?"
        rf"{_RECURRING_RE.pattern}"
        rf"(?:\s*,?\s*(?:в срок\s+)?(?:до|не позднее|к)\s+\d{{1,2}}(?:-?го)?(?:\s+{_MONTH}|\s+числа)"
        rf"|\s+(?:в период\s+)?со?\s+\d{{1,2}}(?:\s+{_MONTH})?\s+по\s+\d{{1,2}}\s+{_MONTH}|\s+(?:{_DUE_DAY}))?"
    ),
    # «до 17-00 27.04.2010», «до 10.00 часов 22 июня 2007 года»: an hour of the day the task is due.
    re.compile(
        rf"(?:\bдо|\bне позднее|\bк)\s+{_HOUR}{_HOUR_WORD}?\s+(?:{_DATE_NUM}|{_DAY_MONTH}){_YEAR_SUFFIX}?"
        rf"|(?:\bдо|\bне позднее|\bк)\s+{_DATE_NUM}\s*,?\s*в?\s*{_HOUR}"
    ),
    re.compile(
        rf"(?:(?:начиная\s+)?\bсо?\s+{_POINT}(?:\s*,?\s*(?:и\s+)?до\s+(?:конца\s+)?{_POINT})?\s*,?\s*)?"
        rf"(?:{_STANDING_WORDS})"
        rf"(?:\s*,?\s*(?:начиная\s+)?\bсо?\s+{_POINT}(?:\s*,?\s*(?:и\s+)?до\s+(?:конца\s+)?{_POINT})?)?"
    ),
    # «с 07.07.2012 г. до 07.08.2012 г.»: a window of days whose end is written with «до».
    re.compile(rf"(?:\bв период\s+)?(?<![а-я])со?\s+{_DAY_DATE}\s+до\s+{_DAY_DATE}(?:\s+включительно)?"),
    re.compile(
        r"(?:\bв срок\s+)?(?:\bне позднее(?:\s+чем)?(?:\s+конца)?|\bдо конца|\bдо окончания|\bдо начала|\bк началу"
        rf"|\bк концу|\bдо|\bк)\s+{_POINT}(?:\s+включительно)?"
    ),
    re.compile(rf"(?:(?:\bво|\bв|\bв течение)\s+)?{_QUARTER}{_YEAR_SUFFIX}?(?:{_REL_YEAR})?"),
    re.compile(rf"(?:(?:\bво|\bв|\bв течение)\s+)?{_HALF}{_YEAR_SUFFIX}?(?:{_REL_YEAR})?"),
    re.compile(rf"(?:\bво|\bв)\s+{_DECADE}{_YEAR_SUFFIX}?(?:{_REL_YEAR})?"),
    re.compile(rf"(?:\bв период\s+)?{_DAY_RUNS}"),
    re.compile(
        # «в сроки с18 по 21 сентября»: a page that lost its line breaks glues the «с» to the day.
        rf"(?:\bв период\s+)?\bсо?(?:\s+|(?=\d))(?:{_DATE_NUM}|{_DAY_MONTH}|{_MONTH_YEAR}|{_MONTH}|{_DAY}){_YEAR_SUFFIX}?\s+по\s+{_POINT}"
        rf"(?:\s*,\s*(?:и\s+)?\bсо?\s+(?:{_DATE_NUM}|{_DAY_MONTH}|{_MONTH_YEAR}|{_MONTH}|{_DAY}){_YEAR_SUFFIX}?\s+по\s+{_POINT})*"
    ),
    # «в сентябре 2009 г. – мае 2010 г.», «1 сентября 2009 г. – 31 мая 2010 г.»: a dash between two points that
    # each give their year spans a season across two years.
    re.compile(rf"(?:\b(?:в|во|с|со)\s+)?{_DATED_POINT}\s*[-–—]\s*{_DATED_POINT}"),
    # «сентябрь-октябрь 2027 г.», and «январь декабрь 2013 г.» whose dash a flattened table lost.
    re.compile(rf"(?:\bв\s+)?{_MONTH}(?:\s*[-–—]\s*|\s+){_MONTH_YEAR}{_YEAR_SUFFIX}?"),
    re.compile(rf"\bв\s+{_MONTH}(?:\s*(?:,|и)\s*{_MONTH})+\s+\d{{4}}(?!\d){_YEAR_SUFFIX}?"),
    # «по 31 декабря 2014 года (включительно)»: the last day.
    re.compile(rf"(?<![а-я])по\s+{_DAY_DATE}(?:\s+включительно)?"),
    re.compile(rf"\bза\s+(?:[\w-]+\s+){{0,2}}?{_UNIT}\s+до\s+[^.;,\n]+"),
    re.compile(
        rf"\b(?:в течение|не позднее|через|в\s+[\w-]*{_TERM_ADJECTIVE}\s+срок)\s+(?:(?:[\w-]+\s+){{0,2}}?{_UNIT}\s+)?"
        r"(?:после|с момента|со дня|с даты|от даты)\s+[^.;,\n]+"
    ),
    # «Срок для внесения предложений составляет 30 календарных дней со дня опубликования»: the term a rule sets.
    re.compile(rf"\bсрок[а-я]*\s[^.;\n]{{0,200}}?\bсостав(?:ляет|ит|ляют)\s+(?P<d>{_COUNTED_TERM}[^.;,\n]+)"),
    # «в течение марта месяца», «в течение апреля», «в мае месяце»: a month named as the time of the act, without
    # a year (the document's).
    re.compile(rf"\bв\s+(?:течение\s+{_MONTH}(?:\s+месяца)?|{_MONTH}\s+месяце)(?![а-я])(?!\s*\d)"),
    # «в течение месяца», «в течение 10 рабочих дней», «в месячный срок», «в 10-дневный срок».
    re.compile(rf"\bв течение\s+(?:[\w-]+\s+)?(?:рабочих\s+|календарных\s+)?{_UNIT}(?![а-я])"),
    re.compile(rf"\bв\s+(?:\d{{1,3}}(?:-?х)?[\s-]?)?[а-я]*{_TERM_ADJECTIVE}\s+срок(?![а-я])"),
    re.compile(
        rf"\bв течение\s+\d{{4}}{_YEAR_SUFFIX}|\bв\s+\d{{4}}\s*(?:году|г\.?(?![а-я]))|\bв(?:\s+течение)?\s+{_MONTH_YEAR}{_YEAR_SUFFIX}?"
        rf"|\bв(?:\s+течение)?\s+{_MONTH}{_REL_YEAR}|\bв(?:\s+течение)?\s+{_REL_YEAR_ALONE}"
    ),
    # «в 2014-2015 годах», «в течение 2014 - 2016 гг.»: a span of years.
    re.compile(r"(?:\bв течение|\bв)\s+\d{4}\s*[-–—]\s*\d{4}\s*(?:годах|годы|годов|гг\.?|г\.\s?г\.)"),
    # «летом 2014 года», «в весенне-летний период 2014 г.»: a season, with its year.
    re.compile(rf"(?:\bв\s+)?(?<![а-я-]){_SEASON}\s+\d{{4}}(?!\d){_YEAR_SUFFIX}?"),
    re.compile(rf"{_SCHEDULING}\s+(?:[^\s.;]+\s+){{0,15}}?(?P<d>{_DAY_LIST}|{_SCHEDULED})"),
    # «Определить места и дату проведения праздника: площадь …, улица … 10 марта 2019 года»: the words name a
    # date as what the item sets, so the first full date in the sentence is it, past a colon and any list of
    # places (a stop inside a word, «Зимы.Масленица», does not end the sentence).
    re.compile(rf"\b(?:дат[аыу]|день)(?:\s+и\s+(?:время|мест[оа]))?\s+проведения(?:[^.;!?]|[.!?](?!\s)){{0,300}}?(?P<d>{_SCHEDULED})"),
    # «Провести 9 мая на кладбище митинг»: a day without a year right after the verb is the act's day too;
    # «Объявить с 20 ноября двухнедельник» opens a window on it.
    re.compile(rf"{_SCHEDULING}\s+(?:со?\s+)?(?P<d>(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s+{_MONTH})(?!\s*\d)"),
    # «во время репетиции 21 февраля с 18.00 до 19.00», «Перекрытие улицы … 22 июня 2007 года с 11.00»: a day given
    # with its hours is the act's, with its year or without.
    re.compile(rf"(?P<d>{_DAY_MONTH}{_YEAR_SUFFIX}?)\s+(?:с|в)\s+{_HOUR}"),
    # «Следующее заседание провести 19.12.2025 в 16-00» reads above; a date with an hour stands alone too.
    re.compile(rf"(?P<d>{_DATE_NUM}{_YEAR_SUFFIX}?\s*,?\s*в\s+{_HOUR})"),
    re.compile(_BACK_REFERENCE),
    # «в день проведения ярмарки», «до дня открытия выставки»: the day of an event dated elsewhere, if at all.
    re.compile(rf"(?:\bв|\bдо|\bк)\s+(?:день|дня|дню|дни)\s+{_EVENT_DAY}(?P<e>(?:\s+[«\"]?[а-я-]{{2,}}[»\"]?){{1,5}})"),
    # «до начала откочевки», «по завершении учебного процесса»: an event with no date; `_event_end` bounds it.
    # «накануне 60-й годовщины Победы»: an ordinal in figures may open the event's name.
    re.compile(rf"(?:\bв срок\s+)?(?<![а-я]){_EVENT_LEAD}(?P<e>(?:\s+[«\"]?(?:{_ORDINAL_FIGURES})?[а-я-]+[»\"]?){{1,5}})"),
    # Last: «Закончить отопительный период с 4 мая 2010 года», «Со 2 октября 2006 года обеспечить подачу
    # тепла»: a full date after «с» opens a window with no end, whatever the verb.
    # «С 1-го октября сего года закрыть …»: a day of the year named from the document's («сего», «т.г.») too.
    re.compile(
        rf"(?:^|(?<=\s))со?\s+(?P<d>(?:{_DATE_NUM}|(?<!\d){_DAY}\s+{_MONTH}\s+\d{{4}}(?!\d)){_YEAR_SUFFIX}?"
        rf"|(?<!\d){_DAY}\s+{_MONTH}{_REL_YEAR})"
    ),
]


def back_reference(text: str) -> str | None:
    """For a deadline that points back to another item's dates, the label it names («1» of «в сроки, указанные в
    пункте 1»), or "" for the dates given just before («в указанные сроки»); None for any other text."""
    found = _BACK_REFERENCE_RE.fullmatch(_low(text).strip(" .,;"))
    return None if found is None else found.group("label") or ""


def _is_horizon(low: str, match: re.Match[str]) -> bool:
    """True for «развития до 2030 года»: a bare-year «до» right after a plan or horizon noun."""
    phrase = match.group(0)
    if not re.fullmatch(rf"до\s+\d{{4}}{_YEAR_SUFFIX}", phrase):
        return False
    before = low[: match.start()].rstrip().split()
    return bool(before) and bool(_HORIZON_WORDS.search(before[-1]))


def _is_subject(low: str, match: re.Match[str]) -> bool:
    """«план работы на II полугодие 2006 года», «отчёт за IV квартал»: the period the thing is about. «о
    праздновании в 2018 году 100-летия», «… в 2025 году юбилея района»: a period right before the anniversary
    it dates is when the anniversary falls, a fact about what is celebrated, not a time given for an act. «решения
    № 12 «О проведении в 2019 году Недели книги»»: a period inside a cited act's quoted title is what that act is
    about."""
    return bool(re.search(r"(?:^|\s)(?:на|за)\s+$", low[max(0, match.start() - 4): match.start()])) or bool(
        _ANNIVERSARY_RE.match(low, match.end())
    ) or _in_a_title(low, match.start())


_ANNIVERSARY_RE = re.compile(r"\s+(?:\d+\s?-\s?|[а-я]+)лети(?:е|я|ю|ем|и)(?![а-я])|\s+(?:юбиле|годовщин)[а-я]*")
# An act's title opens with «О»/«Об» and a noun right after its quote: «"О подготовке …», ««Об организации …».
# A closing quote right after a word («"Юность планеты" о проведении …») opens nothing.
_TITLE_OPENING = re.compile(r"(?:^|(?<=[\s(]))[«\"“]\s*об?\s+[а-я]+")


def _in_a_title(low: str, start: int) -> bool:
    """True when `start` lies inside a quoted act's title («… № 555 "О подготовке и проведении в 2014 году …"»):
    an opening quote with «О …» within the 200 characters before it, and no closing quote since."""
    before = low[max(0, start - 200):start]
    openings = list(_TITLE_OPENING.finditer(before))
    return bool(openings) and not re.search(r"[»\"”]", before[openings[-1].end():])


def day_of_month(cell: str, month: datetime.date | None) -> Deadline | None:
    """«1 (суббота)» in a monthly plan's date column: that day of the plan's month (`month` its 1st). A weekday
    written beside the day must be the date's own, or the cell is not read so."""
    found = re.fullmatch(r"(\d{1,2})(?:\s*\(\s*([а-яё]+)\s*\))?", cell.strip())
    if month is None or found is None:
        return None
    try:
        day = month.replace(day=int(found.group(1)))
    except ValueError:
        return None
    weekday = (found.group(2) or "").lower()
    if weekday and not weekday.startswith(_WEEKDAYS[day.weekday()]):
        return None
    return Deadline(cell.strip(), "exact", day, day)


def find_deadline(text: str, *, reference: datetime.date | None = None) -> Deadline | None:
    """Find the deadline phrase inside an item's text and parse it; its `text` is the exact span found.

    «Срок: …» sentences come first, then standing phrases with their «начиная со … до …» span,
    «в срок до», «не позднее», «до …», quarters, half-years, periods, relative «за … до …» phrases and,
    last, «в 2027 году»-style years and months and the date of an event to be held.
    """
    low = _mask_quoted_stops(_low(text))
    if staged := _stages(text, low, reference):
        return staged
    deferred: Deadline | None = None
    for pattern in _FIND_PATTERNS:
        for match in pattern.finditer(low):
            if _is_horizon(low, match) or _is_subject(low, match) or _takes_effect(low, match.start()):
                continue
            start, end = match.span("d") if "d" in pattern.groupindex else match.span()
            end = _widen(text, low, start, end)
            if "e" in pattern.groupindex:
                end = _event_end(text, match.start("e"), match.end("e"))
                # «накануне праздника 9 мая»: a dated event is no undated one, and its day is what the act is about.
                if end == match.start("e") or re.match(rf"\s*{_DAY_MONTH}", low[end:end + 40]):
                    continue
                if _is_tenure(low, match.start()) or not _readies(low, match.start()):
                    continue
            if _is_reference(text, start, end) or _is_attribute(low, start) or _names_a_day(text, end):
                continue
            # «Начиная» introduces the window but is not part of it: «со второго полугодия 2026 года и до 2030 года…».
            phrase = re.sub(r"^начиная\s+", "", text[start:end].strip(" ,;\t\n"), flags=re.IGNORECASE)
            if _within(_low(phrase)) and _rule_duration(low, start):
                continue
            deadline = parse_deadline(phrase, reference=reference)
            if deadline is not None and _reported_period(low, start, end, deadline, reference):
                continue
            if deadline is not None and deadline.kind == "exact" and _final_term(pattern, match, low):
                return Deadline(deadline.text, "by", None, deadline.end, time=deadline.time)
            if deadline is not None and deadline.kind == "recurring" and (
                _opening_hours(low, *match.span()) or _THEN_RE.search(low, max(0, start - 20), start)
            ):
                deferred = deferred or deadline  # the hours a window is open; the window, if given, is the term
                continue
            if deadline is not None:
                since = re.search(r"(?:^|\s)(?:начиная\s+)?со?\s+$", low[max(0, start - 12):start])
                if since and deadline.kind == "exact":
                    # «Объявить с 6 апреля 2015 г. смотр-конкурс»: from that day on, with no end given.
                    return Deadline(text[start - len(since.group(0).lstrip()):end].strip(), "range", deadline.start, None)
                return _later_part(text, low, start, end, deadline, reference) if deadline.kind == "by" else deadline
    return deferred or (
        _act_on_a_date(text, low, reference) or _season_of_the_act(text, low, reference) or _opening_day(text, low, reference)
        or _deictic_day(text, low, reference) or _next_sitting(text, low, reference)
        or _day_after_the_object(text, low, reference)
    )


_TAKES_EFFECT_RE = re.compile(r"(?<![а-я])вступ(?:ает|ают|ит|ят)\s+в\s+(?:законную\s+)?силу\s+$")


def _takes_effect(low: str, start: int) -> bool:
    """«Решение подлежит опубликованию и вступает в силу с 1 января 2011 года», «Изменения … вступают в силу с 1
    июля»: the day an act takes effect, however its sentence opens, is no one's term."""
    return bool(_TAKES_EFFECT_RE.search(low, max(0, start - 40), start))


# «Доклад – до 15 августа 2024 г., далее – один раз в полгода»: a rhythm after «далее» follows the first term the
# sentence gives, which is the item's; the rhythm is read only when no such term is found.
_THEN_RE = re.compile(r"(?<![а-я])(?:далее|в дальнейшем|затем|впоследствии)\s*[-–—:]?\s*$")
# «с 9.00 до 18.00 часов», «с 10-00 до 17-00»: the hours of a day, not days.
_HOURS_SPAN_RE = re.compile(rf"(?<![а-я])с\s+{_HOUR}{_HOUR_WORD}?\s+до\s+{_HOUR}")


def _opening_hours(low: str, start: int, end: int) -> bool:
    """«Предложения принимаются … с 07.07.2012 до 07.08.2012. … с 9.00 до 18.00 часов ежедневно»: a rhythm whose
    sentence gives a span of hours says when something is open each day; a window of days the item gives elsewhere is
    its term, and the rhythm is only read when there is none («Обеспечить работу пункта ежедневно с 8.00 до 20.00»)."""
    before = _SENTENCE_END.split(low[max(0, start - 200):start])[-1]
    after = _SENTENCE_END.split(low[end:end + 200] + " ", maxsplit=1)[0]
    return bool(_HOURS_SPAN_RE.search(f"{before}{low[start:end]}{after}"))


def _reported_period(low: str, start: int, end: int, deadline: Deadline, reference: datetime.date | None) -> bool:
    """«За пять дней было опрошено 95 человек (с 29.11.2013 по 04.12.2013), … высказались …»: a period in brackets
    inside a sentence that reports in the past tense, with no infinitive to order anything, is when something was
    done or held, no term; unless it lies after the document's date, which no report can."""
    if not _in_brackets(low, start, end) or reference is not None and (deadline.end or deadline.start or reference) > reference:
        return False
    before = _SENTENCE_END.split(low[max(0, start - 300):start])[-1]
    after = _SENTENCE_END.split(low[end:end + 300] + " ", maxsplit=1)[0]
    words = [forms(word.strip(",()«»\"")) for word in f"{before} {after}".split()]
    return any(word.past for word in words) and not any(word.infinitive for word in words)


def _rule_duration(low: str, start: int) -> bool:
    """«Установить, что председательство осуществляется представителями одного государства в течение шести месяцев»:
    a duration inside a clause «что …» that states how things are done (a verb in the present, no infinitive) is how
    long a state lasts under the rule, not a term counted from the document's date. «Решить, что комиссия в течение
    месяца проведёт проверку» announces an act (a perfective future): its term stands."""
    sentence = _SENTENCE_END.split(low[max(0, start - 300):start])[-1]
    clause = re.split(r",\s*что\s", sentence)
    if len(clause) < 2:
        return False
    words = [forms(word.strip(",()«»\"")) for word in clause[-1].split()]
    return any(word.indicative and not word.future_act for word in words) and not any(
        word.infinitive or word.future_act for word in words
    )


def _in_brackets(low: str, start: int, end: int) -> bool:
    """The span lies inside a pair of round brackets of its own sentence."""
    opening, closing = low.rfind("(", max(0, start - 100), start), low.find(")", end, end + 100)
    return opening >= 0 and closing >= 0 and ")" not in low[opening:start] and "(" not in low[end:closing]


def _is_tenure(low: str, start: int) -> bool:
    """«главы администраций сохраняют свои полномочия до избрания глав»: an act awaited («до избрания,
    назначения, утверждения …») after a verb that states a fact, with no infinitive to order anything, bounds
    how long a rule holds; it is no task's deadline. «Главам исполнять обязанности до назначения …» orders."""
    if not re.match(r"(?:впредь\s+)?до\s", low[start:start + 12]):
        return False
    clause = re.split(r"[.;:]\s", low[max(0, start - 300):start])[-1].split()
    words = [forms(word.strip(",()«»\"")) for word in clause]
    return any(word.indicative for word in words) and not any(word.infinitive for word in words)


def _readies(low: str, start: int) -> bool:
    """«подготовить площадь … к проведению праздника»: «к проведению» is a term only for readying something; one
    drawn or joining in («привлечь волонтёров к проведению», «присоединиться к проведению акции») names no time."""
    if not low.startswith("к проведению", start):
        return True
    return bool(re.search(r"(?<![а-я])(?:под|при)?готов", _SENTENCE_END.split(low[max(0, start - 200):start])[-1]))


# «Объявить 22 июня Днём памяти»: a holiday's name, written with its capital, right after the date.
_NAMED_DAY = re.compile(r"\s+(?:Дн[её]м|Днями|Неделей|Декадой|Месячником)\s")


def _names_a_day(text: str, end: int) -> bool:
    """«Объявить 22 июня Днём всенародной памяти», «Установить 1 октября Днём старшего поколения»: the date is
    declared a named day, the subject of the item, not a term for an act («днём проведения ярмарки» is one)."""
    return bool(_NAMED_DAY.match(text, end))


_OPENING_DAY_RE = re.compile(rf"(?<![а-я])со?\s+(?P<d>(?<!\d){_DAY}\s+{_MONTH})(?!\s*\d)")
# «в связи с 1 Мая», «в соответствии с 5 пунктом»: a compound preposition ending in «с» opens no window.
_COMPOUND_WITH = frozenset(("связи", "соответствии", "сравнению", "сравнении", "наряду", "вместе", "согласии"))


def _opening_day(text: str, low: str, reference: datetime.date | None) -> Deadline | None:
    """«Картофель с 23 сентября использовать на нужды …», «Прекратить с 5 мая торговлю …»: «с» and a day without a
    year right before or after the item's infinitive open the act's window on that day, with no end given."""
    for match in _OPENING_DAY_RE.finditer(low):
        before = low[max(0, match.start() - 40):match.start()].split()[-1:]
        after = low[match.end():match.end() + 40].split()[:1]
        if any(word.strip(",") in _COMPOUND_WITH for word in before):
            continue
        if not any(forms(word.strip(",.;:()")).infinitive for word in before + after):
            continue
        day = parse_deadline(text[match.start("d"):match.end("d")], reference=reference)
        if day is not None and day.kind == "exact":
            return Deadline(text[match.start():match.end()], "range", day.start, None)
    return None


# «сегодня же эвакуировать», «завтра же выехать»: a day named from the document's own, by the day it is signed.
_DEICTIC_OFFSETS = {"сегодня": 0, "завтра": 1, "послезавтра": 2}
_DEICTIC_DAY = r"(сегодня|завтра|послезавтра)(\s+же)?"
_DEICTIC_RE = re.compile(rf"(?<![а-я-]){_DEICTIC_DAY}(?![а-я-])")


def _deictic_day(text: str, low: str, reference: datetime.date | None) -> Deadline | None:
    """«Сегодня же эвакуировать …», «… чтобы они завтра же выехали»: «сегодня», «завтра», «послезавтра» with an
    emphatic «же» always order the act for that day; bare, only right before or after the item's infinitive
    («Сегодня провести собрание»). «(докладчик прибудет завтра)», «сегодня в районе работают …» tell of something."""
    for match in _DEICTIC_RE.finditer(low):
        if not match.group(2):
            before = low[max(0, match.start() - 40):match.start()].split()[-1:]
            after = low[match.end():match.end() + 40].split()[:1]
            if not any(forms(word.strip(",.;:()")).infinitive for word in before + after):
                continue
        return parse_deadline(text[match.start():match.end()], reference=reference)
    return None


def _next_sitting(text: str, low: str, reference: datetime.date | None) -> Deadline | None:
    """«Рекомендовать Совету на очередном заседании принять решение», «Отчёт представить к следующему заседанию»:
    the body's next sitting in the clause of the item's infinitive is when (or by when) to act, a term with no date.
    «Разработать форму (… порядок её передачи на очередном съезде)»: a sitting in a clause with no infinitive of the
    item's belongs to something else the item names."""
    for match in _NEXT_SITTING_RE.finditer(low):
        before = re.split(r"[,;:.()]", low[max(0, match.start() - 160):match.start()])[-1]
        after = re.split(r"[,;:.()]", low[match.end():match.end() + 160])[0]
        if any(forms(word.strip("«»\"")).infinitive for word in f"{before} {after}".split()):
            return parse_deadline(text[match.start():match.end()], reference=reference)
    return None


_YEARLESS_DAY_RE = re.compile(rf"(?<![\d.])(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s+{_MONTH}(?!\s*\d)")


def _day_after_the_object(text: str, low: str, reference: datetime.date | None) -> Deadline | None:
    """«Провести смотр-конкурс 14 мая», «Возложить венки 9 мая к обелиску»: a day without a year right after the item's
    infinitive and its object — one to three nouns, adjectives or Roman numerals, with no preposition, punctuation or
    quote between — is the day of the act. «конкурс ко Дню России 12 июня», «мероприятия, посвящённые 12 июня»,
    «акцию «Сад 9 мая»», «доклад о событиях 9 мая» tie the day to something else."""
    for match in _YEARLESS_DAY_RE.finditer(low):
        if _names_a_day(text, match.end()):
            continue
        for count, word in enumerate(reversed(low[max(0, match.start() - 120):match.start()].split()[-4:])):
            if count and forms(word).infinitive:
                return parse_deadline(text[match.start():_widen(text, low, *match.span())], reference=reference)
            if count == 3 or not _is_object_word(word):
                break
    return None


def _is_object_word(word: str) -> bool:
    """A noun, an adjective or a Roman numeral, and nothing else it could be (not «в», «о», «честь»)."""
    if re.fullmatch(r"[ivxlc]+", word):  # «XII Спартакиаду»
        return True
    if not re.fullmatch(r"[а-я-]+", word):
        return False
    pos = forms(word).pos
    return bool(pos & {"NOUN", "ADJF"}) and not pos & {"PREP", "CONJ", "PRTF", "INFN", "VERB"}


def _season_of_the_act(text: str, low: str, reference: datetime.date | None) -> Deadline | None:
    """«осенью произвести посадку деревьев», «провести весной субботник»: a season with no year right before
    or after the item's verb is when to act, in the document's year."""
    for match in re.finditer(r"(?<![а-я-])(?:весной|летом|осенью)(?=\s)", low):
        before, after = low[max(0, match.start() - 40):match.start()].split()[-1:], low[match.end():match.end() + 40].split()[:1]
        if any(forms(word.strip(",.;:")).infinitive for word in before + after):
            return parse_deadline(text[match.start():_widen(text, low, *match.span())], reference=reference)
    return None


_STAGES_RE = re.compile(r"\bсроки?\s*:\s*")
_STAGE_DASH = re.compile(r"\s[-–—]\s*")
_STAGE_SPLIT = re.compile(r"\s*[;\n]\s*|,\s+(?=[^,;()]*?\s[-–—]\s)")


def _stages(text: str, low: str, reference: datetime.date | None) -> Deadline | None:
    """«в следующие сроки: первый этап – октябрь 2012 года; второй этап – 18 ноября 2012 года»: stages of one
    act listed, each «name – period»; the window runs from the first stage's start to the last one's end."""
    found = _STAGES_RE.search(low)
    if found is None:
        return None
    spans: list[tuple[int, int, Deadline]] = []
    position = found.end()
    for entry in _STAGE_SPLIT.finditer(low, found.end()):
        if entry.group(0).strip() == "," and not _STAGE_DASH.search(low, position, entry.start()):
            continue  # «в сёлах, в районных центрах – 12-13 июня»: a comma inside one stage's list of places
        piece, position = (position, entry.start()), entry.end()
        spans_end = _stage(text, low, *piece, reference)
        if spans_end is None:
            break
        spans.append(spans_end)
        if low[spans_end[1]:piece[1]].strip(" ."):
            break  # the sentence, and the list, end inside this entry
    else:
        if (last := _stage(text, low, position, len(low), reference)) is not None:
            spans.append(last)
    if len(spans) < 2:
        return None
    first, last = spans[0][2], max((span[2] for span in spans), key=lambda deadline: deadline.end)
    return Deadline(text[spans[0][0]:spans[-1][1]], "range" if first.start else "by", first.start, last.end)


def _stage(text: str, low: str, start: int, end: int, reference: datetime.date | None) -> tuple[int, int, Deadline] | None:
    """One «name – period» entry of a list of stages: the period after its last dash, to the sentence's end."""
    dash = list(_STAGE_DASH.finditer(low, start, end))
    if not dash:
        return None
    start = dash[-1].end()
    end = start + len(_SENTENCE_END.split(low[start:end] + " ", maxsplit=1)[0].rstrip())
    deadline = parse_deadline(text[start:end], reference=reference)
    return None if deadline is None or deadline.end is None else (start, end, deadline)


_FULL_DATE_RE = re.compile(_SCHEDULED)
# A sentence ends at «;», «:», «!», «?» or a full stop, but not at the stop of an abbreviation of up to three
# letters («ул.», «им.», «М.»), unless it is the «г.» after a year.
_SENTENCE_END = re.compile(r"(?:[;:!?]|(?<![\s.«\"(][а-я])(?<![\s.«\"(][а-я]{2})(?<![\s.«\"(][а-я]{3})\.|(?<=\d\sг)\.)\s")


_NOT_THE_ACT = re.compile(r"(?:\b(?:до|к|по|с|со|за|на|от|после)|№)\s*$")
# «Распространить порядок на проведение 4 декабря отложенного голосования», «Выделить средства на празднование 9 мая
# Дня Победы»: a date right after «на» and a verbal noun dates the event the act is extended to or paid for.
_FOR_AN_EVENT = re.compile(r"(?<![а-я])на\s+[а-я]+[нт]ие\s+$")


def _later_part(text: str, low: str, start: int, end: int, deadline: Deadline, reference: datetime.date | None) -> Deadline:
    """«Установка растяжек на улицах до 15.12.2004, у городской ёлки 28.12.2004»: a part of the task dated
    later in the same sentence, after a comma, by a bare full date: the item is due by the last part."""
    rest = _SENTENCE_END.split(low[end:] + " ", maxsplit=1)[0]
    for match in _FULL_DATE_RE.finditer(rest):
        first, last = end + match.start(), end + match.end()
        if "," not in rest[:match.start()] or _is_reference(text, first, last) or _NOT_THE_ACT.search(low[max(0, first - 12):first]):
            continue
        later = parse_deadline(text[first:last], reference=reference)
        if later is not None and later.end and deadline.end and later.end > deadline.end:
            return Deadline(_clean(text[start:last]), "by", None, later.end)
    return deadline


# How far back a date's sentence is looked for its opening verb.
_SENTENCE_REACH = 500


def _act_on_a_date(text: str, low: str, reference: datetime.date | None) -> Deadline | None:
    """«Возложить цветы к памятнику 9 мая 2014 года», «Посадить деревья 20 апреля 2014 г.»: a full date after
    the item's verb — any infinitive within fifteen words before it in the same sentence, not only the
    scheduling verbs listed above — is the day of the act, unless a preposition makes it something else."""
    for match in _FULL_DATE_RE.finditer(low):
        start, end = match.span()
        if _is_reference(text, start, end) or _names_a_day(text, end) or _NOT_THE_ACT.search(low[max(0, start - 12):start]):
            continue
        if _FOR_AN_EVENT.search(low, max(0, start - 40), start):
            continue
        parts = _SENTENCE_END.split(low[max(0, start - _SENTENCE_REACH):start])
        before = parts[-1]
        if before.count("(") > before.count(")"):
            continue  # «(Москва, 5-6 ноября 2015 г.)»: a remark on something else
        words = [word.strip(",«»()\"") for word in before.split()]
        # The verb within fifteen words, or the one that opens the sentence («Подготовить и провести программу
        # … у входа в парк им. М. Горького с ул. Б. Садовой 24 декабря 2009 года»), however long the object between
        # («Поручить институту провести в соответствии с Соглашением … семинар «…» (далее – Семинар) 4-6 июня 2007 г.»).
        leading = words[:1] if len(parts) > 1 or start <= _SENTENCE_REACH else []
        # A plan's item names its act by a verbal noun instead: «Подготовка и проведение открытия ёлки 29.12.2004»
        # (not while a table's row is cut into cells, with no reference: its date cell runs on to the hour).
        acted = reference is not None and any(re.search(r"(?:[нт]ие|ка)$", w) and forms(w).can_be("nomn") for w in leading)
        if acted or any(forms(word).infinitive for word in leading + words[-15:]):
            deadline = parse_deadline(text[start:end], reference=reference)
            # A day long before the document's is a past event's, not the act's.
            if deadline is not None and not (reference and deadline.end and deadline.end < reference - _ROLLOVER_GRACE):
                return deadline
    return None


def _is_reference(text: str, start: int, end: int) -> bool:
    """«… в соответствии с Положением, утверждённым 1 февраля 2014 года», «в конкурсе, объявленном 1 марта»,
    «решением от 20.12.2013», «постановлением 12.03.2013 № 45»: a bare date right after a participle or «от»,
    or before a number, dates something done, not the task."""
    if not text[start:start + 1].isdigit():
        return False
    if re.match(r"\s*(?:г\.|года)?\s*(?:№|N\s*\d)", text[end:end + 12]):
        return True
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    if before is None:
        return False
    word = before.group(1).lower()
    if word in ("от", "от:"):
        return True
    return word.isalpha() and "PRTF" in forms(word).pos and not forms(word).infinitive


def _is_attribute(low: str, start: int) -> bool:
    """«… из окончивших весной 1919 года курс», «в пределах средств, предусмотренных на проведение мероприятий
    в 2008 году»: a period right after a past participle, or a bare year in a clause a participle opens (with no
    verb of the item's in it), says when something else was done or is paid for; «проводимых … с 15 апреля по
    5 июня» and «посвящённый … с 14 по 22 марта» are the days of the act, and «до …» still bounds the task."""
    clause = re.split(r"[,;:.()«»\"]", low[max(0, start - 200):start])[-1].split()
    if not clause:
        return False
    if _PAST_PARTICIPLE.search(clause[-1]) and "PRTF" in forms(clause[-1]).pos:
        return not re.match(r"(?:до|к|не позднее|в срок)\s", low[start:start + 12])
    bare_year = re.match(rf"(?:в течение|в)\s+\d{{4}}{_YEAR_SUFFIX}(?!\s*[-–—])", low[start:start + 30])
    return bool(bare_year) and "PRTF" in forms(clause[0]).pos and not any(forms(word).infinitive for word in clause)


_PAST_PARTICIPLE = re.compile(r"(?:вш|нн|т)(?:ий|ая|ое|ие|его|ей|их|ем|ему|им|ими|ую|ых|ым|ыми|ого|ому|ом|ый|ой|ые)$")


# «Срок исполнения работ – 5 июля», «Срок окончания ремонта: 1 сентября»: the term of carrying out a work,
# which runs until that day (a term of handing something in, «Срок представления отчёта – 1 июня», is its day).
_COMPLETION_TERM = re.compile(r"сроки?\s+(?:[а-я]+\s+){0,2}?(?:исполнени|выполнени|окончани|завершени)")


def _final_term(pattern: re.Pattern[str], match: re.Match[str], low: str) -> bool:
    """«Последним сроком … определить 1 июня», «Окончательный срок сдачи – 1 июня», «Срок исполнения – 1 июня»:
    the day set ends a window."""
    if "fin" in pattern.groupindex:
        return bool(_FINAL_TERM.search(match.group("fin")))
    if pattern is not _FIND_PATTERNS[0]:
        return False
    before = low[max(0, match.start() - 40):match.start()]
    return bool(re.search(r"(?:последн|крайн|окончательн|предельн)[а-я]*\s+$", before) or _COMPLETION_TERM.match(low, match.start()))


def _mask_quoted_stops(low: str) -> str:
    """«День детей. Утренняя зарядка дошколят»: a full stop inside a quoted name does not end the sentence
    for the deadline search; it becomes a space (the copy keeps its length, so spans still carry over)."""
    if "«" not in low or ". " not in low:
        return low
    chars = list(low)
    depth = 0
    for index, char in enumerate(chars):
        if char == "«":
            depth += 1
        elif char == "»":
            depth = max(0, depth - 1)
        # Only where the quote closes within reach: an unclosed «…» masks nothing.
        elif char == "." and depth and low[index + 1:index + 2] == " " and "»" in low[index:index + 200]:
            chars[index] = " "
    return "".join(chars)


def _event_end(text: str, start: int, end: int) -> int:
    """The end of «откочевки» in «до начала откочевки провести …»: the words of the event's name, each of
    which can be a genitive (of the event); a verb or another case ends it. An ordinal in figures («60-й
    годовщины») belongs to the name only with the noun it qualifies."""
    position = start
    for word in re.finditer(r"\S+", text[start:end]):
        bare = word.group(0).strip("«»\"")
        if re.fullmatch(rf"{_ORDINAL_FIGURES}[а-яё]+", bare.lower()):
            continue
        found = forms(bare)
        if found.infinitive or not found.nominal or not found.can_be("gent") or found.pos & {"PREP", "CONJ"}:
            break
        position = start + word.end()
        if word.group(0)[-1] in ",;.":
            break
    return position


def find_date(text: str) -> tuple[datetime.date, int, int] | None:
    """The first full calendar date in `text` («19.06.2026 г.», «19 июня 2026 года») and its span."""
    low = _low(text)
    # «от «12» марта 2014 г.»: the day of a form's date line is often written in quotes.
    for match in re.finditer(rf"(?:{_DATE_NUM}|[«\"“]?\d{{1,2}}[»\"”]?\s+{_MONTH}\s+\d{{4}}){_YEAR_SUFFIX}?", low):
        span = _point(re.sub(r"[«»\"“”]", "", match.group(0)), None)
        if span is not None and span.first is not None:
            return span.first, match.start(), match.end()
    return None


# A plan's deadline cell may be a bare period, with no preposition: «март 2013 г.», «II квартал 2014 г.»,
# «1-9 мая», «9 мая 10.00».
_BARE_PERIOD = re.compile(
    rf"(?<!\d)(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}(?!\d){_YEAR_SUFFIX}?)?(?:\s*,?\s*(?:в\s+)?{_HOUR})?"
    rf"|(?:{_MONTH}(?:\s*[-–—]\s*|\s+))?{_MONTH_YEAR}{_YEAR_SUFFIX}?|{_QUARTER}{_YEAR_SUFFIX}?|{_HALF}{_YEAR_SUFFIX}?"
    rf"|(?<![\w-]){_SEASON}(?:\s+\d{{4}}(?!\d){_YEAR_SUFFIX}?)?"
    # «апрель-май», «апрель май», «май» in a plan for a year: the plan's (or the document's) year; not the
    # «мая» of «1 мая».
    rf"|(?<!\d\s)(?<!\d){_MONTH}(?:(?:\s*[-–—]\s*|\s+){_MONTH})?"
)


# Completes a period without a year only to check that it is one; the plan's own reference dates it later.
_ANY_REFERENCE = datetime.date(2000, 1, 1)


def find_period(text: str) -> tuple[int, int] | None:
    """The span of the last bare calendar period in a plan row («… Дню эколога июнь 2013 г. …», «… 1-9 мая
    …»): only for plan cells, where a period needs no «в» or «до» to be the deadline."""
    low = _low(text)
    for match in reversed(list(_BARE_PERIOD.finditer(low))):
        if not _is_subject(low, match) and parse_deadline(text[match.start():match.end()], reference=_ANY_REFERENCE):
            return match.start(), match.end()
    return None
