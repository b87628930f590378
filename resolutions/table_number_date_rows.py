"""Plan tables flattened to paragraphs whose rows open with the number and the date on one line: «1 01.11. 12.00
Премьерный показ …» / «театр – студия …» / «Зал Руководитель кружка» / «Петрова О.В.», under a header broken over
paragraphs («Дата и время Наименование … Место» / «проведения» / «Ответственный»). Each row runs to the next
number; its date (and an hour beside it or in the next paragraph) is its term, and its last paragraphs, from the
first post on, are its responsible, one party a person, each with its post («Директор ДК — Петрова О.В.»)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resolutions.morphology import agrees, common_noun_of_people
from resolutions.tables import _NAME, _RESPONSIBLE, _is_header

if TYPE_CHECKING:
    from resolutions.tables import TableRow

# «1 01.11. 12.00 Премьерный показ …», «1 01.04», «3 02.11. в 14.00 Экскурсия …»: number, day.month, hour, title.
_ROW = re.compile(
    r"^(\d{1,3})\.?\s+(\d{1,2}\.\d{1,2}\.?(?:\d{2}(?:\d{2})?(?:\s*г\.)?)?)(?:\s+((?:в\s+)?\d{1,2}[.:-]\d{2}))?(?:\s+(\S.*))?$"
)
_HOUR = re.compile(r"^(?:в\s+|с\s+)?\d{1,2}[.:-]\d{2}(?:\s*(?:ч\.?|час\.?))?$", re.IGNORECASE)
_PERSON = re.compile(_NAME)
# «Рук.женского клуба», «Зам. директора»: a post shortened with a stop, capitalised.
_SHORT_POST = re.compile(r"^[А-ЯЁ][а-яё]{1,4}\.")
_HEADER_SPAN = 8  # the most paragraphs a header broken over paragraphs may take
_ROW_SPAN = 15  # the most paragraphs of the last row, which no next number ends
_CELL_SPAN = 6  # the most paragraphs a responsible cell may take, so that reading a long row stays linear


def _header_before(lines: list[str], index: int) -> bool:
    """Do the paragraphs right before `index` end with a header broken over them, its last the responsible one's?"""
    before = [line for line in lines[max(0, index - 2 * _HEADER_SPAN):index] if line.strip()][-_HEADER_SPAN:]
    if not before or not _RESPONSIBLE.search(before[-1]) or len(before[-1]) > 40:
        return False
    return any(_is_header(" ".join(before[start:])) for start in range(len(before)))


def _bare(word: str) -> str:
    return word.strip("«»\"(),.;:").lower()


def _is_post(word: str, following: str) -> bool:
    """Does a post start at `word` (`following` the next word)? «Рук.женского», «Директор ДК», «Художественный
    руководитель»: a shortened post, a capitalised noun of people that qualifies no next word («Малый зал» is a
    hall), or a capitalised adjective of a noun of people after it."""
    if _SHORT_POST.match(word):
        return True
    if not word[:1].isupper():
        return False
    if common_noun_of_people(_bare(word)) and not (following and agrees(_bare(word), _bare(following))):
        return True
    return bool(following[:1].islower() and common_noun_of_people(_bare(following)) and agrees(_bare(word), _bare(following)))


def _parties(body: list[str]) -> tuple[int, list[str]]:
    """The responsible of a row's paragraphs `body` (its title first): the paragraph it starts in and its parties.
    From the last paragraph naming a person back, a paragraph goes with the cell while the cell so far opens with
    no post, or while it names a person of its own; the cell runs from the first post it holds."""
    last = next((index for index in range(len(body) - 1, 0, -1) if _PERSON.search(body[index])), None)
    if last is None:
        return len(body), []
    start = last
    while start > max(1, last - _CELL_SPAN) and (not _post_at(" ".join(body[start:last + 1])) or _PERSON.search(body[start - 1])):
        start -= 1
    cell = " ".join(body[start:last + 1])
    at = _post_at(cell)
    if at is None:
        return len(body), []
    cell = cell[at:]
    parties, begin = [], 0
    for person in _PERSON.finditer(cell):
        parties.append(cell[begin:person.end()].strip(" ,;"))
        begin = person.end()
    return start, [party for party in parties if party]


def _post_at(cell: str) -> int | None:
    """Where the first post of `cell` starts, if it names one before its first person."""
    person = _PERSON.search(cell)
    words = list(re.finditer(r"\S+", cell[: person.start()] if person else cell))
    for index, word in enumerate(words):
        if _is_post(word.group(0), words[index + 1].group(0) if index + 1 < len(words) else ""):
            return word.start()
    return None


def number_date_rows(out: list[str], rows: dict[str, TableRow]) -> list[str]:
    """Rows «1 DD.MM. …», «2 DD.MM. …» in turn right under a header broken over paragraphs, in a document with no
    table read otherwise: each row (its paragraphs up to the next number) becomes a `TableRow`, and its
    paragraphs give way to one line «N. title»."""
    if rows:
        return out
    from resolutions.tables import TableRow

    first = next(
        (index for index, line in enumerate(out) if (row := _ROW.match(line)) and row.group(1) == "1" and _header_before(out, index)),
        None,
    )
    if first is None:
        return out
    starts = [first]
    for index in range(first + 1, len(out)):
        if (row := _ROW.match(out[index])) and int(row.group(1)) == len(starts) + 1:
            starts.append(index)
    ends = [*starts[1:], min(len(out), starts[-1] + 1 + _ROW_SPAN)]
    if len(starts) == 1 and not any(_PERSON.search(line) for line in out[first:ends[0]]):
        return out
    for start, end in zip(starts, ends, strict=True):
        number, date, hour, title = _ROW.match(out[start]).groups()
        body = [title or "", *(line for line in out[start + 1:end] if line.strip())]
        if len(body) > 1 and _HOUR.match(body[1]) and not title and not hour:
            hour, body = body[1], [body[2] if len(body) > 2 else "", *body[3:]]
        at, parties = _parties(body)
        activity = " ".join(part for part in body[:at] if part)
        line = f"{number}. {activity}"
        # The hour is the event's time on its day, kept beside the text; the day is the row's term.
        others = (("Время", hour),) if hour else ()
        rows[line] = TableRow(number, activity, date, "; ".join(parties), others, parties=tuple(parties))
        out[start] = line
    consumed = {index for start, end in zip(starts, ends, strict=True) for index in range(start + 1, end)}
    return [line for index, line in enumerate(out) if index not in consumed]
