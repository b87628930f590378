"""What a leader typed for each question, read from a form post and checked per kind of question.

`raw` is kept exactly as typed (a string, a list of chosen options, rows of an events table) so that a draft
with mistakes comes back as it was left; `check` turns it into the value that is counted, or an error. An
empty answer is (None, None): whether that is allowed is decided on submission (`required`).
"""

import datetime
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from assessments.models import Kind, Question

__all__ = ["EVENT_COLUMNS", "Checked", "check", "event_rows", "field_name", "raw_from_post"]

YES, NO = "yes", "no"
# The columns of an events table: date, format, title, participants, partners.
EVENT_COLUMNS = ("date", "format", "title", "participants", "partners")
EXTRA_EVENT_ROWS = 3
MAX_EVENT_ROWS = 200
MAX_TEXT = 10_000


@dataclass(frozen=True)
class Checked:
    value: object = None
    error: str | None = None


def field_name(question: Question, suffix: str = "") -> str:
    return f"q-{question.key}{suffix}"


def raw_from_post(question: Question, data) -> object:
    """What the form sent for this question, as typed (no checking here)."""
    name = field_name(question)
    if question.kind == Kind.MULTIPLE:
        return [value for value in data.getlist(name) if value]
    if question.kind == Kind.EVENTS:
        count = min(_int(data.get(f"{name}-rows"), 0), MAX_EVENT_ROWS)
        rows = []
        for index in range(count):
            row = {column: data.get(f"{name}-{index}-{column}", "").strip() for column in EVENT_COLUMNS}
            if any(row.values()):
                rows.append(row)
        return rows
    return data.get(name, "").strip()


def check(question: Question, raw) -> Checked:
    """The value to count for `raw`, or an error in Russian saying what is wrong."""
    if raw in (None, "", []):
        return Checked()
    checker = {
        Kind.TEXT: _text, Kind.NUMBER: _number, Kind.YES_NO: _yes_no, Kind.CHOICE: _choice,
        Kind.MULTIPLE: _multiple, Kind.EVENTS: _events,
    }[question.kind]
    return checker(question, raw)


def event_rows(question: Question, raw) -> list[dict]:
    """The rows an events table shows: what was typed, then a few empty ones to add more."""
    rows = list(raw) if isinstance(raw, list) else []
    return rows + [dict.fromkeys(EVENT_COLUMNS, "") for _ in range(EXTRA_EVENT_ROWS)]


def _int(value, default=None):
    text = str(value).strip()
    return int(text) if re.fullmatch(r"-?[0-9]{1,9}", text) else default


def _text(question, raw):
    if not isinstance(raw, str):
        return Checked(error=_("Ожидался текст."))
    if len(raw) > MAX_TEXT:
        return Checked(error=_("Слишком длинный ответ: не больше %(n)s знаков.") % {"n": MAX_TEXT})
    return Checked(raw)


def _number(question, raw):
    text = str(raw).replace(" ", "").replace("\u00a0", "")
    # ASCII digits only: str.isdigit() also accepts «²», which int() refuses.
    if not re.fullmatch(r"-?[0-9]{1,12}", text):
        return Checked(error=_("Введите целое число цифрами, например 25."))
    number = int(text)
    low = question.min_value if question.min_value is not None else 0
    if number < low:
        return Checked(error=_("Число должно быть не меньше %(n)s.") % {"n": low})
    if question.max_value is not None and number > question.max_value:
        return Checked(error=_("Число должно быть не больше %(n)s.") % {"n": question.max_value})
    return Checked(number)


def _yes_no(question, raw):
    if raw not in (YES, NO):
        return Checked(error=_("Выберите «да» или «нет»."))
    return Checked(raw == YES)


def _choice(question, raw):
    if raw not in question.choice_list:
        return Checked(error=_("Выберите один из предложенных вариантов."))
    return Checked(raw)


def _multiple(question, raw):
    if not isinstance(raw, list):
        return Checked(error=_("Выберите варианты из списка."))
    options = question.choice_list
    unknown = [value for value in raw if value not in options]
    if unknown:
        return Checked(error=_("Такого варианта нет: %(v)s.") % {"v": ", ".join(unknown)})
    return Checked([option for option in options if option in raw])


def _events(question, raw):
    if not isinstance(raw, list):
        return Checked(error=_("Заполните таблицу мероприятий."))
    rows, problems = [], []
    for number, row in enumerate(raw, start=1):
        date = _date(row.get("date", ""))
        participants = row.get("participants", "")
        if date is None:
            problems.append(_("строка %(n)s: дата в виде ДД.ММ.ГГГГ") % {"n": number})
        if not row.get("title"):
            problems.append(_("строка %(n)s: название мероприятия") % {"n": number})
        count = _int(participants) if participants else 0
        if count is None or count < 0:
            problems.append(_("строка %(n)s: число участников цифрами") % {"n": number})
        rows.append({**row, "date": date.isoformat() if date else row.get("date", ""), "participants": count or 0})
    if problems:
        return Checked(error=_("Проверьте таблицу: %(p)s.") % {"p": "; ".join(problems)})
    return Checked(rows)


def _date(text: str) -> datetime.date | None:
    text = text.strip()
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
