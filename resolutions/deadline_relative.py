"""Relative terms of the deadline parser: «в течение трёх месяцев», «в десятидневный срок», «за три
месяца до даты проведения», «к следующему заседанию», «завтра»; the counted units, the named events and
sittings a term is counted from, and a back reference to a date given earlier («в указанный срок»)."""

from __future__ import annotations

import datetime
import re

from resolutions.deadline_dates import _add_months, _low
from resolutions.morphology import forms

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
    # «во время проведения праздника», «в ходе проведения соревнований», «на период месячника»: while the event lasts;
    # «в ходе реализации Программы», «в ходе выполнения работ»: while a course of action named by its verbal noun runs.
    r"|во\s+время(?=\s+проведения\s)|в\s+ходе(?=\s+[а-я]{3,}(?:ния|тия|ции)\s)"
    # not «в период её прохождения»; but «в период его проведения»: the holding of an event the pronoun names.
    r"|(?:на|в)\s+период(?=\s+[а-я]{4}|\s+(?:его|её|ее|их)\s+проведения(?![а-я]))"
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
# «определить перечень … на заседании организационного комитета»: a sitting of a body named in the genitive, beside
# the item's infinitive, is when the act is done (a term with no date, as «на очередном заседании»). «внести на
# заседание» (where a paper goes) is in the accusative and names no time.
_BODY_SITTING = r"(?:заседании|сессии|пленуме|совещании|собрании)"
_BODY_SITTING_RE = re.compile(rf"(?<![а-я])на\s+{_BODY_SITTING}(?=\s+[а-я])")
_UNIT = r"(?:дн[а-я]*|день|сут(?:ок|ки)|недел[а-я]*|месяц[а-я]*|год[а-я]?|лет)"
_TERM_ADJECTIVE = r"(?:дневный|суточный|недельный|месячный|годичный)"  # «в 10-дневный срок», «в суточный срок»
# «30 календарных дней со дня опубликования»: a number of units counted from an event, with no lead word.
_COUNTED_TERM = rf"\d{{1,3}}\s+(?:(?:рабочих|календарных)\s+)?{_UNIT}\s+(?:после|с момента|со дня|с даты|от даты)\s+"
_NUMBER_WORDS = {
    "один": 1, "одного": 1, "одной": 1, "одну": 1, "два": 2, "двух": 2, "две": 2, "три": 3, "трех": 3,
    "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "десять": 10, "десяти": 10,
    "одно": 1, "семи": 7, "семь": 7, "восьми": 8, "девяти": 9, "пятнадцати": 15, "двадцати": 20, "тридцати": 30,
    "сорока": 40, "шестидесяти": 60, "девяноста": 90,
}


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


def back_reference(text: str) -> str | None:
    """For a deadline that points back to another item's dates, the label it names («1» of «в сроки, указанные в
    пункте 1»), or "" for the dates given just before («в указанные сроки»); None for any other text."""
    found = _BACK_REFERENCE_RE.fullmatch(_low(text).strip(" .,;"))
    return None if found is None else found.group("label") or ""


# «сегодня же эвакуировать», «завтра же выехать»: a day named from the document's own, by the day it is signed.
_DEICTIC_OFFSETS = {"сегодня": 0, "завтра": 1, "послезавтра": 2}
_DEICTIC_DAY = r"(сегодня|завтра|послезавтра)(\s+же)?"
_DEICTIC_RE = re.compile(rf"(?<![а-я-]){_DEICTIC_DAY}(?![а-я-])")


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
