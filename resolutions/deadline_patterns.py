"""The patterns `find_deadline` looks for in an item's text, most specific first, and the choice of a
final term among several («окончательный срок»)."""

from __future__ import annotations

import re

from resolutions.deadline_dates import (
    _DATE_NUM,
    _DAY,
    _DAY_LIST,
    _DAY_MONTH,
    _DAY_RUNS,
    _DECADE,
    _HALF,
    _HOUR,
    _HOUR_WORD,
    _MONTH,
    _MONTH_YEAR,
    _POINT,
    _QUARTER,
    _REL_YEAR,
    _REL_YEAR_ALONE,
    _SEASON,
    _YEAR_SUFFIX,
)
from resolutions.deadline_recurring import _DUE_DAY, _RECURRING_RE, _STANDING_WORDS
from resolutions.deadline_relative import (
    _BACK_REFERENCE,
    _COUNTED_TERM,
    _EVENT_DAY,
    _EVENT_LEAD,
    _ORDINAL_FIGURES,
    _TERM_ADJECTIVE,
    _UNIT,
)

# «Провести 8-9 мая 2008г. празднование …»: the days of an event, a dash between them.
_SCHEDULED = rf"(?:{_DATE_NUM}|(?<!\d)(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s*{_MONTH}(?:\s*\d{{4}}(?!\d)|{_REL_YEAR})){_YEAR_SUFFIX}?(?:\s*,?\s*в\s+{_HOUR}(?:\s*час[а-я]*)?)?"
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
        rf"|(?<![а-я])(?:в период\s+)?со?\s+\d{{1,2}}(?:\s*{_MONTH})?\s+по\s+\d{{1,2}}\s*{_MONTH}\s+)?"
        rf"{_RECURRING_RE.pattern}"
        rf"(?:\s*,?\s*(?:в срок\s+)?(?:до|не позднее|к)\s+\d{{1,2}}(?:-?го)?(?:\s+{_MONTH}|\s+числа)"
        # «ежегодно, не позднее 20 июня и 20 декабря»: several due days a year.
        rf"(?:\s*(?:,|и)\s*\d{{1,2}}\s+{_MONTH})*"
        rf"|\s+(?:в период\s+)?со?\s+\d{{1,2}}(?:\s*{_MONTH})?\s+по\s+\d{{1,2}}\s*{_MONTH}|\s+(?:{_DUE_DAY}))?"
    ),
    # «с 10-00 до 20-00 час. 1 мая 2024 г.»: the hours an act is held, then its day — the «до» closes the hours, not
    # a term; the day is the act's.
    re.compile(
        rf"(?<![а-я])с\s+{_HOUR}{_HOUR_WORD}?\s*(?:до|[-–—])\s*{_HOUR}{_HOUR_WORD}?\s*,?\s+"
        rf"(?P<d>(?:{_DATE_NUM}|{_DAY_MONTH}){_YEAR_SUFFIX}?)"
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
    re.compile(rf"{_SCHEDULING}\s+(?:со?\s+)?(?P<d>(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s*{_MONTH})(?!\s*\d)"),
    # «во время репетиции 21 февраля с 18.00 до 19.00», «Перекрытие улицы … 22 июня 2007 года с 11.00»: a day given
    # with its hours is the act's, with its year or without.
    re.compile(rf"(?P<d>{_DAY_MONTH}{_YEAR_SUFFIX}?)\s+(?:с|в)\s+{_HOUR}"),
    # «… до проспекта Ленина 22.06.2007 с 11.00 часов»: the same day written in figures.
    re.compile(rf"(?P<d>{_DATE_NUM}{_YEAR_SUFFIX}?)\s+с\s+{_HOUR}"),
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


_FULL_DATE_RE = re.compile(_SCHEDULED)


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
