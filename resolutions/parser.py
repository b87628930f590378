"""Parse a resolution converted from Word into its heading, preamble and numbered items.

The parser is deliberately forgiving: it never raises on odd input, it keeps every label and phrase as
written, and it reports what it could not place (`unparsed`) or was unsure of (`warnings`) so that the
Secretariat can correct the import on the review screen. `to_dict()` is the public shape printed by
`manage.py import_resolution FILE --json`.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import itertools
import re
from dataclasses import dataclass, field
from typing import IO, Any

from django.utils.translation import gettext as _

from resolutions.deadlines import (
    Deadline,
    back_reference,
    day_of_month,
    find_date,
    find_deadline,
    parse_deadline,
)
from resolutions.morphology import forms, sentences
from resolutions.parsing_membership import admission_decision, is_votes_line
from resolutions.parsing_utils import (
    BULLET_RE,
    OPERATIVE_KEYWORDS,
    Label,
    dative_responsible,
    explicit_responsible,
    is_mostly_upper,
    join_broken_paragraphs,
    membership_decision,
    parse_label,
    parse_letter_stop_label,
    parse_roman_label,
    parse_votes,
    render_blocks,
    section_heading_before,
    sentence_case,
    split_glued_labels,
    split_inline_items,
    split_leading_mark,
    split_lines,
    split_protocol_marks,
)
from resolutions.parties import (
    DIRECTIVE_VERBS,
    addressed_parties,
    controller_parties,
    responsibility_parties,
    table_parties,
)
from resolutions.tables import TableRow, cell_date, find_tables

__all__ = ["ParsedItem", "ParsedResolution", "parse_resolution", "read_docx"]


@dataclass
class ParsedItem:
    """One item or sub-item of the operative part."""

    label: str
    parent: str | None
    text: str
    responsible: list[str] = field(default_factory=list)
    responsible_inherited: bool = False
    deadline_text: str = ""
    due_start: datetime.date | None = None
    due_end: datetime.date | None = None
    deadline_kind: str = ""
    relative_to: str = ""
    kind: str = "other"
    membership: dict[str, str] | None = None
    deadline_recurrence: str = ""
    deadline_time: datetime.time | None = None
    confidence: str = "high"
    confidence_reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "parent": self.parent,
            "text": self.text,
            "responsible": list(self.responsible),
            "deadline_text": self.deadline_text,
            "due_start": self.due_start.isoformat() if self.due_start else None,
            "due_end": self.due_end.isoformat() if self.due_end else None,
            "responsible_inherited": self.responsible_inherited,
            "deadline_kind": self.deadline_kind,
            "relative_to": self.relative_to,
            "kind": self.kind,
            "membership": dict(self.membership) if self.membership else None,
            "deadline_recurrence": self.deadline_recurrence,
            "deadline_time": self.deadline_time.strftime("%H:%M") if self.deadline_time else None,
            "confidence": self.confidence,
            "confidence_reasons": list(self.confidence_reasons),
        }


@dataclass
class ParsedResolution:
    """A whole resolution: heading, adoption, preamble, items and what the parser was unsure of."""

    title: str = ""
    # "plan" when the heading names a plan («ПЛАН мероприятий …»): its rows are no operative part under
    # «ПОСТАНОВИЛИ:»; else "resolution".
    doc_type: str = "resolution"
    conference_number: str = ""
    conference_kind: str = ""
    theme: str = ""
    date: datetime.date | None = None
    place: str = ""
    adopted: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None
    unanimous: bool = False
    preamble: str = ""
    operative_keyword: str = ""
    items: list[ParsedItem] = field(default_factory=list)
    controller: list[str] = field(default_factory=list)
    lead_ins: list[str] = field(default_factory=list)  # «Атаманам … считать:» before the first item
    # A plan with no date of its own but a year («План мероприятий … на 2014 год»): 1 January of that
    # year completes its months. Not the document's date, so not shown.
    plan_year_start: datetime.date | None = None
    # A plan with no year of its own for the N-th anniversary of the Victory («к 70-летию Победы»): N, its
    # year being 1945 + N (`plan_year_start`), which the review screen says.
    plan_anniversary: int | None = None
    # A monthly plan («План работы … на сентябрь 2018 года»): the 1st of its month, which a day cell of its
    # table («1 (суббота)») is a day of.
    plan_month_start: datetime.date | None = None
    # A quarterly plan («План работы … на 3 квартал 2021 года»): its quarter, which «в течение квартала» in a
    # cell of its table is, and whose year its months are of.
    plan_quarter: Deadline | None = None
    # A page of a collection with no date of its own whose heading names the months it covers («Книга первая:
    # июнь 1941 – май 1942»): the span's first day, from which its dates without a year are counted.
    covered_from: datetime.date | None = None
    unparsed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "doc_type": self.doc_type,
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "adopted": self.adopted,
            "preamble": self.preamble,
            "items": [item.to_dict() for item in self.items],
            "conference_number": self.conference_number,
            "conference_kind": self.conference_kind,
            "theme": self.theme,
            "votes_for": self.votes_for,
            "votes_against": self.votes_against,
            "votes_abstained": self.votes_abstained,
            "unanimous": self.unanimous,
            "operative_keyword": self.operative_keyword,
            "controller": list(self.controller),
            "unparsed": list(self.unparsed),
            "warnings": list(self.warnings),
        }


_DOC_TYPE_RE = re.compile(r"^(?:резолюция|решение|постановление|заявление|обращение|протокол|план)\b", re.IGNORECASE)
# «УТВЕРЖДАЮ» / «Директор школы» / «____ И.И. Иванов» over a plan's heading: the approval stamp, not the heading.
_APPROVAL_RE = re.compile(r"^[«\"]?(?:утверждаю|утвержд[её]н[аоы]?|согласовано)\b", re.IGNORECASE)
_THEME_RE = re.compile(r"^(?:(?:на\s+)?тема\s*:\s*)?«(?P<theme>.+)»\s*[.;]?$", re.IGNORECASE)
_KEYWORDS = OPERATIVE_KEYWORDS
_KEYWORD_LINE_RE = re.compile(
    rf"^(?P<kw>(?:{_KEYWORDS})\s*[:.]?|(?:решение|постановление)\s*:)(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE
)
_KEYWORD_TAIL_RE = re.compile(rf"^(?P<pre>.*\S)\s+(?P<kw>(?:{_KEYWORDS})\s*[:.])$", re.IGNORECASE)
# The parts of a protocol that are not decisions: who came, the agenda, who spoke. Their numbered lines
# are not items; the decisions follow each question («1. СЛУШАЛИ: … РЕШИЛИ: …»).
_NON_DECISION_RE = re.compile(
    r"^(?:(?P<question>\d{1,2})\.\s*)?(?:слушали|выступили|докладчик|присутствовали|приглашенные|приглашённые|"
    r"отсутствовали|повестка\s+дня|на\s+повестке)\b(?:\s*:\s*(?P<after>\d{1,2})\.\s)?",
    re.IGNORECASE,
)
# Adopting a document («Утвердить план работы на 2012 год») is done when adopted: its periods are its subject.
# «Принять организационные, финансовые и правовые меры»: measures taken, whatever adjectives qualify them.
_ADOPTION_RE = re.compile(
    r"^(?:утвердить|одобрить|принять(?!\s+(?:[а-яё-]+(?:ые|ие),?\s+(?:и\s+)?){0,4}(?:участие|меры|к\s+исполнению)))\b",
    re.IGNORECASE,
)
# «Утверждена единогласно», «Резолюция принята единогласно», «Решение принято большинством голосов».
_ADOPTED_RE = re.compile(
    r"^(?:(?:резолюция|решение|рекомендации|заявление|обращение|постановление)\s+)?(?:утвержден|принят|одобрен|единогласно)[а-яё]*\b",
    re.IGNORECASE,
)
_VOTES_RE = re.compile(r"голосовал|(?<![а-яё])[«\"]?за[»\"]?\s*[-–—:]\s*\d", re.IGNORECASE)
_SIGNATURE_RE = re.compile(
    r"^(?:председатель|секретарь(?:-координатор)?|заместитель председателя)\b.{0,60}"
    r"(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)$",
    re.IGNORECASE,
)
_PLACE_WORDS = {"г.", "г", "город", "с.", "пгт", "от", "№", "в", "область", "области", "обл.", "район", "района", "р-н"}
_CONFERENCE_KINDS = (
    ("тематическ", "thematic"), ("отчётно-выборн", "reporting_election"), ("отчетно-выборн", "reporting_election"),
    ("чрезвычайн", "extraordinary"),
)
_PRE_KINDS = (
    ("gratitude", re.compile(r"^(?:выразить\s+(?:\w+\s+)?благодарност|объявить\s+благодарност|поблагодарить)", re.I)),
    ("noted", re.compile(r"\bпринять\s+к\s+сведению\b", re.I)),
    # «Отметить в июне 2003 года как праздник …»: celebrating in a dated month or on a day is an act, not a remark.
    ("statement", re.compile(r"^(?:\w+\s+)?(?:констатировать|отметить(?!\s+(?:во?\s+[а-я]+|\d{1,2}\s+[а-я]+)\s+\d{4})|признать)\b", re.I)),
    # «Настоящее решение вступает в силу через 30 дней после …»: when the act takes effect is no one's task.
    ("statement", re.compile(r"^(?:(?:настоящ|данн)\w*\s+)?\w+\s+вступа\w*\s+в\s+(?:законную\s+)?силу\b", re.I)),
    # «Действие постановления распространяется на правоотношения, возникшие с 1 января»: no one's task either.
    ("statement", re.compile(r"\bраспространя\w*\s+на\s+(?:право)?отношени", re.I)),
    ("recommendation", re.compile(r"^(?:\w+\s+)?рекомендовать\b", re.I)),
)
_INSTRUCTION_VERBS = re.compile(
    r"\b(?:поручить|подготовить|провести|проводить|вынести|представить|включать|включить|ввести|направить|"
    r"направлять|определить|подписать|решить|обеспечить|разработать|организовать|учитывать|учесть|создать|"
    r"разместить|опубликовать|внести|доработать|согласовать|продолжить|рассмотреть|изучить|собрать|издать|"
    r"сформировать|активизировать|усилить|информировать|довести|доложить|сообщить|отчитаться)\b",
    re.IGNORECASE,
)
_DECISION_VERBS = re.compile(
    r"\b(?:утвердить|одобрить|принять|считать|избрать|назначить|наделить|поддержать|присоединиться|делегировать|"
    r"отменить|исключить|приостановить|восстановить)\b",
    re.IGNORECASE,
)
# Items that note, state or thank: their own sentence charges no one.
_REMARK_KINDS = {"gratitude", "statement", "noted"}
_NO_DEADLINE_KINDS = {"gratitude", "statement", "noted", "membership", "responsible", "control"}


@dataclass
class _Draft:
    label: Label
    parent: str | None
    blocks: list[tuple[str, str]]
    row: TableRow | None = None
    lead_in: str = ""


def parse_resolution(text: str) -> ParsedResolution:
    """Parse the plain text of a resolution (from a .txt export or `read_docx`) into a `ParsedResolution`."""
    # «П О С Т А Н О В И Л И :», «Р Е З О Л Ю Ц И Я»: capitals spaced out for emphasis.
    raw, table_rows = find_tables(split_lines(text))
    lines = [
        piece
        for line in join_broken_paragraphs(raw)
        for block in split_protocol_marks(_unspace(line))
        for marked in split_leading_mark(block)
        # «6. Посещение Дома престарелых: а) Праздничный концерт; б) …»: a plan's row is one cell of text, whose
        # letters and numbers are no items.
        for piece in ([marked] if marked in table_rows else split_inline_items(marked))
    ]
    lines = _restore_label_dots(split_glued_labels(lines))
    result = ParsedResolution()
    stamp = _approval_stamp(lines)
    body_start = _read_heading(lines, result, stamp)
    preamble_lines, operative = _split_operative(lines, body_start, result)
    preamble_lines = [*lines[:stamp], *preamble_lines]
    drafts, footer, headings = _read_items(operative, result, table_rows)
    last = next((line for line in reversed(preamble_lines) if line), "")
    if not result.operative_keyword and not result.lead_ins and last.endswith(":") and (
        (found := addressed_parties(last)) and found[1] == "directive"
    ):
        # «… участники форума рекомендуют органам власти …:» with no «ПОСТАНОВИЛИ»: a preamble that ends
        # by directing parties leads into the items, as a lead-in after the keyword would.
        for draft in drafts:
            draft.lead_in = draft.lead_in or ("" if draft.parent else last)
    _read_footer(footer, result)
    if result.date is None:
        # An excerpt of a protocol whose first decision has no date: the heading of the next one dates the page.
        _date_from_preamble(preamble_lines + headings, result)
    heading = [result.title, *preamble_lines[:12]]
    if result.date is None:
        result.plan_year_start = _plan_year(heading)
        result.covered_from = None if result.plan_year_start else _covered_from(heading)
    if table_rows:
        result.plan_month_start = _plan_month(heading)
        result.plan_quarter = _plan_quarter(heading) if result.date is None else None
    if result.plan_year_start is None and result.plan_quarter is not None:
        result.plan_year_start = result.plan_quarter.start.replace(month=1)  # «на 3 квартал 2021 года»: its year
    if result.date is None and result.plan_year_start is None:
        if result.plan_month_start is not None:
            result.plan_year_start = result.plan_month_start.replace(month=1)  # «на март 2019 года»: its year
        elif anniversary := _victory_anniversary(heading):
            result.plan_anniversary = anniversary
            result.plan_year_start = datetime.date(1945 + anniversary, 1, 1)
    result.preamble = render_blocks(_blocks(preamble_lines + result.lead_ins))
    _read_conference(result, preamble_lines[0] if preamble_lines else "")
    for draft in drafts:  # one by one: a sub-item reads its parent's lead-in (`_lead_in_clause`)
        result.items.append(_build_item(draft, result))
    _date_by_the_items_year(result, drafts)
    _date_event_days(result.items)
    _date_back_references(result.items)
    _propagate_responsible(result, drafts)
    for item in result.items:
        item.kind = _final_kind(item)
        _rate(item)
    if not result.items:
        result.warnings.append(_("Не найдено ни одного пронумерованного пункта."))
    return result


_UNDOTTED_RE = re.compile(r"^(\d{1,2})\s+([А-ЯЁ][а-яё]+)\b")


def _restore_label_dots(lines: list[str]) -> list[str]:
    """«1 Провести 8-9 мая …» before «2. Утвердить …»: a label that lost its dot, vouched for by the
    numbering around it (the item before is n−1 or the one after is n+1) and opening with an infinitive
    or «Контроль». Only the next three lines are looked at, so this stays linear."""
    out = list(lines)
    previous: int | None = None
    for index, line in enumerate(out):
        parsed = parse_label(line)
        if parsed:
            if len(parsed[0].numbers) == 1 and not parsed[0].letter:
                previous = parsed[0].numbers[0]
            continue
        match = _UNDOTTED_RE.match(line)
        if match is None:
            continue
        word = match.group(2)
        if not (forms(word.lower()).infinitive or word == "Контроль"):
            continue
        number = int(match.group(1))
        following = next((parse_label(nxt) for nxt in out[index + 1:index + 4] if nxt), None)
        vouched = previous == number - 1 if previous is not None else number == 1
        if following and following[0].numbers == (number + 1,) and not following[0].letter:
            vouched = True
        if vouched:
            out[index] = f"{number}. {line[match.end(1):].lstrip()}"
            previous = number
    return out


def _unspace(line: str) -> str:
    """«П О С Т А Н О В И Л И :», «… п о с т а н о в л я ю :», «С л у ш а л и :»: letters spaced out for
    emphasis, closed up. A scan's stray mark standing alone in a line («… базы; * в) усилить …») goes."""
    line = re.sub(r"^((?:[А-ЯЁ] ){4,}[А-ЯЁ]) ?(:?)$", lambda m: m.group(1).replace(" ", "") + m.group(2), line)
    line = re.sub(r"(?<!\S)([А-ЯЁа-яё](?: [а-яё]){4,}) ?:", lambda m: m.group(1).replace(" ", "") + ":", line)
    return re.sub(r"(?<=\S) [*^'‘`](?= )", "", line)


def read_docx(fileobj: str | IO[bytes]) -> str:
    """Plain text of a .docx: paragraphs in order, one per line, and the text of tables.

    A table row with several cells becomes one line; a one-cell row (a layout frame) is read
    paragraph by paragraph.
    Word's automatic numbering is not part of a paragraph's text, so such labels are lost here.
    """
    import docx  # python-docx is needed only for Word files

    lines: list[str] = []

    def read(container: Any) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, docx.text.paragraph.Paragraph):
                lines.append(block.text)
                continue
            for row in block.rows:
                cells = list({id(cell._tc): cell for cell in row.cells}.values())  # merged cells repeat
                if len(cells) == 1:
                    read(cells[0])  # a layout table around the text
                else:
                    # A row of a header or plan table reads as one line: «г. Душанбе | 15 марта 2026 г.»
                    texts = [" ".join(p.text.strip() for p in cell.paragraphs) for cell in cells]
                    # A plan's row keeps its columns apart: «1 | Мероприятие | до 1 марта | Секретариат».
                    separator = " | " if len(cells) >= 3 else " "
                    lines.append(separator.join(text for text in texts if text or separator != " "))

    read(docx.Document(fileobj))
    return "\n".join(lines)


def _approval_stamp(lines: list[str]) -> int:
    """«УТВЕРЖДАЮ» / «Директор МБОУ СОШ № 5» / «_____ И.И. Иванов» / «ПЛАН» / …: the number of lines the approval
    stamp over a heading takes (the heading being a line that names the document in capitals, «ПЛАН мероприятий …»,
    within the next eight lines), else 0."""
    first = next((i for i, line in enumerate(lines[:3]) if line), None)
    if first is None or not _APPROVAL_RE.match(lines[first]):
        return 0
    return next(
        (i for i in range(first + 1, min(first + 9, len(lines))) if _DOC_TYPE_RE.match(lines[i]) and lines[i].split()[0].isupper()),
        0,
    )


def _read_heading(lines: list[str], result: ParsedResolution, start: int = 0) -> int:
    """Read the title, theme and a header date/place from `start` (the line after an approval stamp); return the
    index of the first body line."""
    index = next((i for i, line in enumerate(lines) if line and i >= start), len(lines))
    first = lines[index] if index < len(lines) else ""
    if not (_DOC_TYPE_RE.match(first) or is_mostly_upper(first)) or _KEYWORD_LINE_RE.match(first):
        result.warnings.append(_("Не найден заголовок документа."))
        return index
    title: list[str] = []
    first_block = True
    while index < len(lines):
        line = lines[index]
        theme = _THEME_RE.match(line)
        if not line:
            first_block = False
        elif (_KEYWORD_LINE_RE.match(line) and not _DOC_TYPE_RE.match(line)) or parse_label(line) or (
            "|" in line and not is_mostly_upper(line)
        ):
            break  # an operative keyword, an item, a table's row (a heading set in two columns is in capitals)
        elif theme and not result.theme:
            result.theme = theme.group("theme").strip()
        elif _is_date_line(line) and not _DOC_TYPE_RE.match(line):
            _take_date_place(line, result)
        elif is_mostly_upper(line) or (
            first_block and not result.theme and _DOC_TYPE_RE.match(title[0] if title else line)
            and line[-1] not in ".:;" and len(line) < 250
        ):
            title.append(line)
        else:
            break
        index += 1
    joined = " ".join(title).rstrip(".")
    if is_mostly_upper(joined):
        joined = sentence_case(joined)
    elif _DOC_TYPE_RE.match(joined) and joined.split()[0].isupper():
        # «РЕШЕНИЕ» over a lower-case line: «Решение заседания Координационного совета …». «ПЛАН МЕРОПРИЯТИЙ» over
        # one: «План мероприятий Координационного совета …», the plan's capitals naming its kind of work (common
        # nouns), where a decision's («РЕШЕНИЕ ГРОДНЕНСКОГО ОБЛАСТНОГО …») name its body and stay as written.
        head = title[0] if re.match(r"план\b", joined, re.IGNORECASE) and is_mostly_upper(title[0]) else joined.split()[0]
        joined = sentence_case(head) + joined[len(head):]
    result.title = joined
    if re.match(r"план\b", joined, re.IGNORECASE):
        result.doc_type = "plan"
    if result.date is None and (found := find_date(joined)):
        result.date = found[0]
    return index


def _split_operative(lines: list[str], start: int, result: ParsedResolution) -> tuple[list[str], list[str]]:
    """Split the body at the operative keyword («ПОСТАНОВИЛИ:»), or at the first item «1.» without one.

    Numbered lists of a protocol's attendance and agenda are not the first item; in a protocol the
    decisions of a question («1. СЛУШАЛИ: … РЕШИЛИ: …») belong to that question's number.
    """
    question: str | None = None
    for index in range(start, len(lines)):
        line = lines[index]
        if (section := _NON_DECISION_RE.match(line)) and (section["question"] or section["after"]):
            question = section["question"] or section["after"]
        if match := _KEYWORD_LINE_RE.match(line):
            result.operative_keyword = match.group("kw")
            rest = [_decision_line(match.group("rest"), question)] if match.group("rest") else []
            return lines[start:index], rest + lines[index + 1:]
        if match := _KEYWORD_TAIL_RE.match(line):
            result.operative_keyword = match.group("kw")
            return [*lines[start:index], match.group("pre")], lines[index + 1:]
    if result.doc_type != "plan":  # a plan's rows stand under its heading, never under «ПОСТАНОВИЛИ:»
        result.warnings.append(
            _("Не найдено ключевое слово постановляющей части («ПОСТАНОВИЛИ:», «РЕШИЛИ:» …); пункты определены по нумерации.")
        )
    in_list = False
    for index in range(start, len(lines)):
        line = lines[index]
        if _NON_DECISION_RE.match(line):
            in_list = True
            continue
        parsed = parse_label(line)
        if parsed and not in_list and (parsed[0].numbers in ((1,), (1, 1)) or (not parsed[0].numbers and parsed[0].letter == "а")):
            if parsed[0].numbers == (1,) and (
                (earlier := _items_before_decision(lines, start, index)) is not None
                or (earlier := _items_of_a_cut_page(lines, start, index)) is not None
            ):
                return lines[start:earlier], lines[earlier:]
            # «I. Заседания совета» over row «1.»: the section the first item opens.
            before = next((i for i in range(index - 1, start - 1, -1) if lines[i]), None)
            if before is not None and (roman := parse_roman_label(lines[before])) and roman[0] == 1:
                index = before
            elif parsed[0].letter:
                # «2. Обязать …:» over «а)», or «г) …» and «5. Обязать …:» over it: a page that starts at item 2,
                # or inside item 4's sub-items; the labelled lines right before the «а)» are items too.
                while before is not None and parse_label(lines[before]):
                    index, before = before, before - 1 if before > start and lines[before - 1] else None
            return lines[start:index], lines[index:]
        if line and not parsed and not line.endswith(":"):
            in_list = False
    # An excerpt that starts at item 2: its first numbered line.
    for index in range(start, len(lines)):
        parsed = parse_label(lines[index])
        if parsed and len(parsed[0].numbers) == 1 and not parsed[0].letter and not _NON_DECISION_RE.match(lines[index]):
            return lines[start:index], lines[index:]
    return lines[start:], []


# «О РАЗМЕЩЕНИИ ЭВАКУИРОВАННЫХ», «ПОСТАНОВЛЕНИЕ …»: the heading of a decision printed in a collection.
_DECISION_HEADING_RE = re.compile(r"^(?:О|ОБ|ОБО)\s|^(?:резолюция|решение|постановление|протокол)\b", re.IGNORECASE)


def _next_decision_start(lines: list[str], index: int) -> int | None:
    """«21 ноября 1941 г.» / «О РАЗМЕЩЕНИИ ЭВАКУИРОВАННЫХ» / «1. …»: on a page of a collection, the date that
    closes one decision, then the next decision's heading in capitals and its item 1. The index of that «1.»
    line, else None. A date followed by a signature, an appendix («ПОЛОЖЕНИЕ …») or text is a footer."""
    if not _is_date_line(lines[index]):
        return None
    heading: list[str] = []
    for position in range(index + 1, min(index + 8, len(lines))):
        line = lines[position]
        if not line:
            continue
        if parsed := parse_label(line):
            opens = parsed[0].numbers == (1,) and not parsed[0].letter
            return position if opens and heading and _DECISION_HEADING_RE.match(heading[0]) else None
        if not is_mostly_upper(line):
            return None
        heading.append(line)
    return None


def _items_before_decision(lines: list[str], start: int, index: int) -> int | None:
    """«4. …» / «5. …» / «21 ноября 1941 г.» / «О РАЗМЕЩЕНИИ …» / «1. …» at `index`: a page that starts inside one
    decision's items and goes on to the next decision. The index of the page's first item, else None."""
    closing = next((i for i in range(index - 1, max(start, index - 8) - 1, -1) if lines[i] and _is_date_line(lines[i])), None)
    if closing is None or _next_decision_start(lines, closing) != index:
        return None
    return next(
        (i for i in range(start, closing) if (found := parse_label(lines[i])) and len(found[0].numbers) == 1
         and not found[0].letter),
        None,
    )


def _items_of_a_cut_page(lines: list[str], start: int, index: int) -> int | None:
    """«… юбилейных дат.» / «2. …» / «3. …» / «1. …» at `index`: a page that starts inside a sentence (in lower case),
    the end of an item whose label was on the page before, then the items after it in turn (two at least) before
    a section whose numbering starts afresh. The index of the page's first item, else None."""
    first = next((i for i in range(start, index) if lines[i]), None)
    if first is None or not lines[first][:1].islower():
        return None
    labelled = [(i, found[0].numbers) for i in range(first, index) if (found := parse_label(lines[i])) and not found[0].letter]
    numbers = [number for _, number in labelled]
    if len(numbers) < 2 or any(len(number) != 1 for number in numbers) or numbers[0][0] < 2:
        return None
    in_turn = all(b[0] == a[0] + 1 for a, b in zip(numbers, numbers[1:], strict=False))
    return labelled[0][0] if in_turn else None


def _decision_line(rest: str, question: str | None) -> str:
    """«Решили: Поручить …» under «2. Слушали: …» is item 2; a numbered decision keeps its own label."""
    if question is None or parse_label(rest):
        return rest
    return f"{question}. {rest}"


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    for line in lines:
        if bullet := BULLET_RE.match(line):
            blocks.append(("b", bullet.group("rest")))
        elif line:
            blocks.append(("p", line))
    return blocks


def _is_date_line(line: str) -> bool:
    """A short line holding only a date and a place: «19.06.2026 г., г.Душанбе, Таджикистан.»"""
    if len(line) > 100 or not any(char.isdigit() for char in line):
        return False
    found = find_date(line)
    if not found:
        return False
    rest = (line[: found[1]] + " " + line[found[2]:]).replace(",", " ")
    words = [w.strip(".–—-") for w in rest.split()]
    return all(not w or w[0].isupper() or w.isdigit() or w.lower() in _PLACE_WORDS or w.startswith("г.") for w in words)


def _take_date_place(line: str, result: ParsedResolution) -> None:
    found = find_date(line)
    if found is None or result.date is not None:
        return
    result.date = found[0]
    place = re.sub(r"\s+", " ", f"{line[: found[1]]} {line[found[2]:]}")
    place = re.sub(r"(?:^|\s)(?:от|№\s*\d+)(?=\s|$)", " ", place).strip(" ,.;–—-")
    result.place = re.sub(r"\bг\.(?=[А-ЯЁ])", "г. ", place)


class _Numbering:
    """What the items so far look like, kept up to date item by item so that checking a label is O(1).

    Under a Roman section («II. Вынести на рассмотрение …») the Arabic numbering starts afresh: `section` is
    the section's label, the parent of its top-level items, and `roman` its number. Under a numbered heading
    that opens a fresh numbering (`_opens_section`) `outer` keeps the numbering the heading belongs to.
    """

    @property
    def root(self) -> _Numbering:
        return self.outer.root if self.outer else self

    def enclosing(self, label: Label, result: ParsedResolution, *, in_table: bool) -> tuple[_Numbering, tuple[str, str]] | None:
        """The nearest enclosing numbering that `label` continues («1.2.» after a heading «1.1» and its «1.», «2.»),
        with the label's text and parent there, or None."""
        outer = self.outer
        while outer is not None:
            if (accepted := _accept_label(label, outer, result, in_table=in_table)) is not None:
                return outer, accepted
            outer = outer.outer
        return None

    def __init__(self, section: str | None = None, roman: int = 0, outer: _Numbering | None = None) -> None:
        self.section = section
        self.roman = roman
        self.outer = outer  # the numbering a numbered heading's section («1.1 Заседания» over «1.», «2.») sits in
        self.labels: dict[tuple[tuple[int, ...], str], str] = {}
        self.last_letter: dict[object, int] = {}  # parent (label text or numbers) → last letter index
        self.last_number: dict[tuple[int, ...], int] = {}  # path → last dotted sub-number
        self.last_bracket: dict[str, int] = {}  # parent label → last «n)» sub-number
        self.top: int | None = None
        self.top_bracket = False
        self.current_top: str | None = None  # label of the last top-level item
        self.last_numbered: str | None = None
        self.inner = 0  # the last number of a list the current item holds (`_in_items_list`), 0 for none

    def add(self, label: Label, parent: str | None, text: str) -> None:
        self.inner = 0
        self.labels.setdefault((label.numbers, label.letter), text)
        if label.letter:
            key = parent if not label.numbers else label.numbers
            self.last_letter[key] = label.letter_index
        elif parent and text.endswith(")"):
            self.last_bracket[parent] = label.numbers[0]
        elif len(label.numbers) > 1:
            self.last_number[label.numbers[:-1]] = label.numbers[-1]
        if label.numbers:
            self.last_numbered = text
        if not parent:
            self.current_top = text
            if label.numbers and (self.top is None or label.numbers[0] > self.top):
                if self.top is None:
                    self.top_bracket = label.bracket
                self.top = label.numbers[0]


def _accept_label(
    label: Label, numbering: _Numbering, result: ParsedResolution, *, in_table: bool = False
) -> tuple[str, str] | None:
    """The label's text and parent ("" for a top-level item) if it continues the numbering, else None."""
    top = numbering.top
    if not label.numbers:
        parent = numbering.last_numbered
        if parent is None:
            # Letters without numbers: «а) … б) …» as the items themselves.
            if label.letter_index > numbering.last_letter.get(None, -1):
                return label.text, ""
            return None
        return (label.text, parent) if label.letter_index > numbering.last_letter.get(parent, -1) else None
    if label.letter:
        parent_text = numbering.labels.get((label.numbers, ""))
        in_current = len(label.numbers) > 1 or label.numbers[0] == top
        fits = parent_text and in_current and label.letter_index > numbering.last_letter.get(label.numbers, -1)
        return (label.text, parent_text) if fits else None
    if len(label.numbers) == 1:
        number = label.numbers[0]
        current = numbering.current_top
        if label.bracket and not numbering.top_bracket and current is not None:
            # «1) В статье 7 …» inside item «1.»: a list of its own sub-items, once started with «1)».
            previous = numbering.last_bracket.get(current)
            if number == (previous or 0) + 1 and (previous is not None or number != (top or 0) + 1):
                return f"{number})", current
        # «1) Призвать …» at the top level keeps its bracket, as a «1)» sub-item does: a label as written.
        text = f"{number})" if label.bracket else label.text
        if top is None or number == top + 1:
            if top is None and number != 1:
                result.warnings.append(_("Нумерация пунктов начинается с «%(label)s».") % {"label": text})
            return text, ""
        if number == top + 2 or in_table and number > top:
            # One number skipped in running text; in a table the «№» column vouches for its rows, gaps and all.
            result.warnings.append(_("Пропущен пункт: после пункта «%(top)s» идёт «%(label)s».") % {"top": top, "label": text})
            return text, ""
        return None
    path, last = label.numbers[:-1], label.numbers[-1]
    parent_text = numbering.labels.get((path, ""))
    fits_top = path[0] == top or (top is None or path[0] == top + 1) and parent_text is None and len(path) == 1
    if fits_top and last == numbering.last_number.get(path, 0) + 1 and (parent_text is not None or len(path) == 1):
        return label.text, parent_text or ""
    return None


_SECTION_HEADING_LENGTH = 120  # characters: a plan's section heading is a few words


def _opens_section(label: Label, rest: str, following: list[str]) -> bool:
    """«1. Правовая сфера» / «1 Осуществление …» / «2 Совершенствование …», «1.1 Пленарные заседания» / «1. Отчёт …»: a
    numbered heading (a few words, no verb, no stop or colon at its end) right before an item «1.» heads a section
    whose items are numbered afresh under it, as a Roman section's are."""
    if label.letter or label.bracket or not label.numbers or not rest or len(rest) > _SECTION_HEADING_LENGTH:
        return False
    if rest[-1] in ".;:!?…" or not _opens_numbering(following):
        return False
    return not any(forms(word).pos & {"VERB", "INFN", "PRTS", "GRND"} for word in re.findall(r"[а-яё]+", rest.lower()))


def _in_items_list(label: Label, rest: str, numbering: _Numbering, draft: _Draft) -> bool:
    """«2. … создать комитет в составе: 1. Иванов – … 2. Петров – … 3. …»: a list that starts again at «1.»
    after the item's colon is the item's own (members, an agenda); its next numbers stay in it, even one the
    items' numbering would take next, as long as their lines order and state nothing (no verb)."""
    if label.letter or label.bracket or len(label.numbers) != 1:
        return False
    number = label.numbers[0]
    if number == 1:
        return numbering.top is not None and draft.blocks[-1][1].endswith(":")
    return number == numbering.inner + 1 > 1 and not any(
        forms(word.lower()).infinitive or forms(word.lower()).indicative for word in rest.split()
    )


def _letter_stop_label(line: str, numbering: _Numbering) -> tuple[Label, str] | None:
    """«а. Рождество …», «б. …» under a numbered item: a letter with a full stop is a sub-item only as the
    next letter in turn under it, starting at «а», so «г. Москва» or «с. Объячево» opening a line stays text."""
    parsed = parse_letter_stop_label(line)
    parent = numbering.last_numbered
    if parsed is None or parent is None:
        return None
    return parsed if parsed[0].letter_index == numbering.last_letter.get(parent, -1) + 1 else None


# «Глава города А.Л. Сидоров», «Мэр города Благовещенска А.М. Колядин», «И.о. мэра» over its name.
_SIGNER_RE = re.compile(
    r"^(?:глава|мэр|префект|и\.\s?о\.|исполняющий|председатель|председательствующий|губернатор|секретарь|руководитель"
    r"|начальник|директор|заведующ(?:ий|ая)|управляющий|ректор|атаман|президент)\b",
    re.IGNORECASE,
)


def _is_footer_start(line: str) -> bool:
    if _ADOPTED_RE.match(line) or _is_date_line(line) or _SIGNATURE_RE.match(line) or is_votes_line(line):
        return True
    return bool(_SIGNER_RE.match(line)) and len(line) < 90 and line[-1] not in ".:;" and not any(
        forms(word).infinitive for word in line.split()
    )


def _next_decision(line: str, following: list[str]) -> tuple[str, str] | None:
    """«А) перенести … города. Протокол № 45 … от 4 октября 1958 года … Исполком решает:» before «1. …»: the
    end of an item and the heading of a protocol's next decision, which numbers its items from 1 again.
    Returns the item's part and the heading; the heading starts at the first sentence after the item's first
    that orders nothing (has no infinitive)."""
    tail = _KEYWORD_TAIL_RE.match(line) if line.endswith((":", ".")) else None
    after = next((parse_label(nxt) for nxt in following if nxt), None) if tail else None
    if after is None or after[0].numbers != (1,) or after[0].letter:
        return None
    parts = sentences(tail.group("pre"))
    cut = next(
        (i for i, part in enumerate(parts[1:], 1) if not any(forms(word).infinitive for word in part.split())),
        len(parts),
    )
    heading = " ".join(parts[cut:])
    return " ".join(parts[:cut]), f"{heading} {tail.group('kw')}" if heading else ""


def _opens_numbering(following: list[str]) -> bool:
    """Whether the next non-blank line is item «1.»."""
    after = next((parse_label(line) for line in following if line), None)
    return after is not None and after[0].numbers == (1,) and not after[0].letter and not after[0].bracket


def _read_items(
    lines: list[str], result: ParsedResolution, table_rows: dict[str, TableRow] | None = None
) -> tuple[list[_Draft], list[str], list[str]]:
    """Group the operative lines into items; return them, the footer lines after the last item and the
    headings of the protocol's later decisions.

    In a protocol, «СЛУШАЛИ», «ВЫСТУПИЛИ» and the like close the decisions until the next «РЕШИЛИ:»;
    a line ending with a colon before the first item («Атаманам … считать приоритетными направлениями:»)
    is a lead-in whose responsible its items share. A line ending with «… решает:» after the items, before
    a «1.», heads the next decision, whose items are numbered afresh.
    """
    table_rows = table_rows or {}
    drafts: list[_Draft] = []
    headings: list[str] = []
    numbering = _Numbering()
    closed = False
    question: str | None = None
    lead_in = ""
    skipped = resume = 0
    fresh_block = False
    for index, raw in enumerate(lines):
        line = raw
        if not line:
            continue
        if drafts and (decision := _next_decision(line, lines[index + 1:index + 4])):
            line, heading = decision
            fresh_block = True
            if heading:
                headings.append(heading)
                result.unparsed.append(heading)
            if not line:
                continue
        if index < resume:
            continue
        if drafts and _is_footer_start(line) and not _KEYWORD_LINE_RE.match(line):  # «Приняты решения:»
            if (following := _next_decision_start(lines, index)) is None:
                return drafts, lines[index:], headings
            # The date closing a decision on a page that goes on to the next one: it dates the document; the
            # next decision's heading is kept aside and its items are numbered afresh.
            _take_date_place(line, result)
            heading = " ".join(filter(None, lines[index + 1:following]))
            headings.append(heading)
            result.unparsed.append(heading)
            resume, numbering = following, _Numbering()
            continue
        if section := _NON_DECISION_RE.match(line):
            closed, question = True, section["question"] or section["after"] or question
            skipped += 1
            continue
        if keyword := _KEYWORD_LINE_RE.match(line):
            closed, lead_in = False, ""
            if not keyword.group("rest"):
                continue
            line = _decision_line(keyword.group("rest"), question)
        if closed:
            skipped += 1
            continue
        roman = parse_roman_label(line)
        if roman and numbering.outer and roman[0] == numbering.root.roman + 1 and numbering.root.roman:
            numbering = numbering.root
        if roman and roman[0] == numbering.roman + 1 and (numbering.roman or not drafts):
            # «I. Провести …» opening the items, then «II.», «III.» in turn: top-level items, each starting
            # a numbering of its own for the Arabic items under it.
            drafts.append(_Draft(Label(roman[1], (), ""), None, [("p", roman[2])], table_rows.get(line), lead_in))
            numbering = _Numbering(section=roman[1], roman=roman[0])
            continue
        if drafts and section_heading_before(line, len(line)) and _opens_numbering(lines[index + 1:index + 3]):
            fresh_block = True  # «… дат. В области экологии:» before «1.»: a section numbered afresh
        parsed = parse_label(line) or _letter_stop_label(line, numbering)
        if parsed and fresh_block and parsed[0].numbers == (1,) and not parsed[0].letter:
            numbering, fresh_block = _Numbering(), False
        if parsed and drafts and line not in table_rows and _in_items_list(*parsed, numbering, drafts[-1]):
            numbering.inner = parsed[0].numbers[0]
            parsed = None
        if parsed:
            label, rest = parsed
            in_table = line in table_rows
            heading = _opens_section(label, rest, lines[index + 1:index + 3])
            # A heading that opens a section is the next of its own level before it is a row of the section above.
            outer = numbering.enclosing(label, result, in_table=in_table) if heading else None
            accepted = outer[1] if outer else _accept_label(label, numbering, result, in_table=in_table)
            if accepted is None and (outer := numbering.enclosing(label, result, in_table=in_table)):
                accepted = outer[1]
            if outer:
                numbering = outer[0]
            if accepted is not None:
                text, parent = accepted
                shown = Label(text, label.numbers, label.letter, label.bracket)
                lead = lead_in if not parent and not numbering.section else ""
                drafts.append(_Draft(shown, parent or numbering.section, [("p", rest)], table_rows.get(line), lead))
                numbering.add(label, parent or None, text)
                if heading:
                    numbering = _Numbering(section=text, outer=numbering)
                continue
            if drafts:
                result.warnings.append(
                    _("Строка «%(line)s» похожа на пункт «%(label)s», но нарушает нумерацию; она оставлена в тексте "
                      "пункта «%(kept_in)s».") % {"line": line[:60], "label": label.text, "kept_in": drafts[-1].label.text}
                )
        bullet = BULLET_RE.match(line)
        block = ("b", bullet.group("rest")) if bullet else ("p", line)
        if drafts:
            drafts[-1].blocks.append(block)
        elif line.endswith(":") and not bullet:
            lead_in = line
            result.lead_ins.append(line)
        else:
            result.unparsed.append(line)
            result.warnings.append(_("Текст до первого пункта не отнесён ни к одному пункту: «%(line)s».") % {"line": line[:60]})
    if skipped:
        result.warnings.append(
            _("Строк протокола вне решений («Слушали», «Выступили», повестка, список присутствующих): %(n)s.")
            % {"n": skipped}
        )
    return drafts, [], headings


def _read_footer(lines: list[str], result: ParsedResolution) -> None:
    """Adoption («Утверждена единогласно», votes), the closing date and place; the rest is unparsed."""
    adoption: list[str] = []
    in_adoption = False
    for line in lines:
        if not line:
            in_adoption = False
        elif _ADOPTED_RE.match(line) and not adoption:
            # «Утверждена единогласно на XX Страновой …»: the conference is known already.
            head, _sep, tail = line.partition(" на ")
            manner = re.search(r"единогласно|большинством голосов", tail)
            adoption.append(f"{head} {manner.group(0)}" if manner else head)
            in_adoption = True
        elif _is_date_line(line):
            _take_date_place(line, result)
            in_adoption = False
        elif _VOTES_RE.search(line):
            adoption.append(line)
        elif not in_adoption:
            result.unparsed.append(line)
    result.adopted = " ".join(adoption).rstrip(".")
    result.votes_for, result.votes_against, result.votes_abstained = parse_votes(result.adopted)
    result.unanimous = "единогласн" in result.adopted.lower() or (
        bool(result.votes_for) and result.votes_against == 0 and result.votes_abstained in (0, None)
    )
    if not result.adopted and result.doc_type != "plan":  # a plan is approved by its stamp, not voted
        result.warnings.append(_("Не найдена строка о порядке принятия («Утверждена единогласно» или голосование)."))


# «Сноска. Утратило силу решением … от 19.08.2020», «(В редакции постановления от …)»: an editor's note dates a
# later act (an amendment, a repeal, their publication), never the document.
_EDITORS_NOTE_RE = re.compile(r"\(?\s*(?:сноска\b|в редакции\b|с изменениями\b|утратил[аио]? силу\b|внесены изменения\b)", re.IGNORECASE)


def _date_from_preamble(lines: list[str], result: ParsedResolution) -> None:
    # The first paragraph, or a line just under the title («Утверждён решением Совета от 20 января 2026 г.»); past
    # a site's or a blog's lines, the line where the act names itself («ПОСТАНОВЛЕНИЕ … № 801 15.X.41 г.»).
    paragraphs = [line for line in lines[:12] if line and not _EDITORS_NOTE_RE.match(line)]
    paragraphs = paragraphs[:4] + [line for line in paragraphs[4:] if _DOC_TYPE_RE.match(line)][:1]
    paragraph, found = next(((p, f) for p in paragraphs if (f := find_date(p))), (paragraphs[0] if paragraphs else "", None))
    if found is None:
        result.warnings.append(_("Не удалось определить дату документа."))
        return
    result.date = found[0]
    place = re.search(r"\bв\s+(г\.\s?[А-ЯЁ][а-яё-]+)", paragraph)
    if place and not result.place:
        result.place = re.sub(r"\bг\.(?=[А-ЯЁ])", "г. ", place.group(1))
    result.warnings.append(_("Дата документа взята из текста преамбулы."))


def _read_conference(result: ParsedResolution, first_paragraph: str) -> None:
    source = result.title or first_paragraph
    number = re.search(
        r"(?<!\w)([IVXLCХ]+)\s+(?=(?:страново|чрезвычайн|отч[её]тно|тематическ|конференц))", source, re.IGNORECASE
    )
    if number and number.group(1).isupper():
        result.conference_number = number.group(1).replace("Х", "X")
    low = source.lower()
    if "конференц" in low:
        result.conference_kind = next((kind for stem, kind in _CONFERENCE_KINDS if stem in low), "")


_LEVELS = {"high": 0, "medium": 1, "low": 2}


def _doubt(item: ParsedItem, level: str, reason: str) -> None:
    """Lower the item's confidence to `level` (never raise it) and say why, for the review screen."""
    if reason not in item.confidence_reasons:
        item.confidence_reasons.append(reason)
    if _LEVELS[level] > _LEVELS[item.confidence]:
        item.confidence = level


def _set_deadline(item: ParsedItem, deadline: Deadline | None, result: ParsedResolution) -> None:
    if deadline is None:
        return
    item.deadline_text, item.deadline_kind = deadline.text, deadline.kind
    item.due_start, item.due_end, item.relative_to = deadline.start, deadline.end, deadline.relative_to
    item.deadline_recurrence, item.deadline_time = deadline.recurrence, deadline.time
    if deadline.kind == "recurring":
        _doubt(item, "medium", _("Периодический срок: ближайшая дата рассчитана от даты документа."))
    elif deadline.end is None and deadline.start is None and deadline.kind not in ("standing", "relative"):
        _doubt(item, "low", _("Срок найден, но не привязан к датам: нет даты документа."))
    elif not re.search(r"\d{4}", deadline.text) and deadline.kind not in ("standing", "relative"):
        if result.date is None and result.plan_anniversary:
            _doubt(item, "medium", _("В сроке нет года: взят год %(number)s-летия Победы, названного в заголовке плана "
                                     "(1945 + %(number)s).") % {"number": result.plan_anniversary})
        elif result.date is None and result.covered_from:
            _doubt(item, "medium", _("В сроке нет года: взят год из периода, который называет заголовок."))
        elif result.date is None:
            _doubt(item, "medium", _("В сроке нет года: взят год из заголовка плана."))
        else:
            _doubt(item, "medium", _("В сроке нет года: взят год документа."))


def _build_table_item(draft: _Draft, row: TableRow, result: ParsedResolution) -> ParsedItem:
    text = render_blocks(draft.blocks)
    extra = [
        *(f"{name}: {value}" for name, value in row.others),
        f"Срок: {row.deadline}" if row.deadline else "",
        f"Ответственные: {row.responsible}" if row.responsible else "",
    ]
    item = ParsedItem(label=draft.label.text, parent=draft.parent, text="\n".join([text, *filter(None, extra)]))
    item.kind = next((kind for kind, pattern in _PRE_KINDS if pattern.search(text)), "")
    item.responsible = table_parties(row.responsible)
    deadline = _cell_deadline(
        row.deadline, _reference(result), plan_year=result.plan_year_start, month=result.plan_month_start
    ) or _quarter_cell(row.deadline, result.plan_quarter) or day_of_month(
        row.deadline, result.plan_month_start
    ) or _undated_row_term(row, result)
    _set_deadline(item, deadline, result)
    _doubt(item, "medium", _("Пункт прочитан из строки таблицы плана: проверьте, что столбцы определены верно."))
    if row.deadline and deadline is None:
        _doubt(item, "low", _("Срок «%(deadline)s» в таблице не разобран.") % {"deadline": row.deadline})
    return item


def _undated_row_term(row: TableRow, result: ParsedResolution) -> Deadline | None:
    """«бесплатно (в течение месяца) 27.09. Экскурсия …» in a plan whose table has no deadline column: the first term
    its other cells write is the row's, read as a deadline cell is («в течение месяца» in a monthly plan is its
    month); a day that dates one event further on in the cell is that event's."""
    if not row.undated:
        return None
    reference = _reference(result)
    for _column, value in row.others:
        if found := find_deadline(value, reference=reference):
            month = result.plan_month_start
            return _cell_deadline(found.text, reference, plan_year=result.plan_year_start, month=month) or found
    return None


# «на 3 квартал 2021 года», «на II квартал 2019 г.»: the quarter a quarterly plan is for, read by `parse_deadline`.
_PLAN_QUARTER_RE = re.compile(r"\bна\s+((?:[1-4]|I{1,3}|IV)(?:-?й)?\s+квартал\s+\d{4}\s*(?:год[ау]?\b|г\.)?)", re.IGNORECASE)


def _plan_quarter(lines: list[str]) -> Deadline | None:
    """«План работы … на 3 квартал 2021 года»: the quarter a quarterly plan is for."""
    for line in lines:
        if (found := _PLAN_QUARTER_RE.search(line)) and (quarter := parse_deadline(found.group(1))):
            return quarter if quarter.kind == "quarter" and quarter.start else None
    return None


def _quarter_cell(cell: str, quarter: Deadline | None) -> Deadline | None:
    """«в течение квартала» in a quarterly plan's cell: the plan's quarter («в течении», the misspelling, too)."""
    if quarter is None or not re.fullmatch(r"\s*(?:в\s+течени[еи]\s+(?:всего\s+)?|весь\s+)квартала?\s*", cell, re.I):
        return None
    return Deadline(cell.strip(), "quarter", quarter.start, quarter.end)


def _plan_year(lines: list[str]) -> datetime.date | None:
    """«ПЛАН … на 2014 год» over a plan without a date: the year its months are of."""
    for line in lines:
        if found := re.search(r"\b(?:на|в)\s+(\d{4})\s*(?:год(?:у)?\b|г\.)", line, re.IGNORECASE):
            year = int(found.group(1))
            return datetime.date(year, 1, 1) if 1900 <= year <= 2200 else None
    return None


# «к 70-летию Победы», «71-й годовщины Победы советского народа в Великой Отечественной войне», «80-летию Великой
# Победы», «к 70-летию со дня Победы»: the Victory of 1945; a victory in another war or battle («Победы в
# Сталинградской битве», «Победы под Москвой») is not it.
_VICTORY_ANNIVERSARY_RE = re.compile(
    r"(?<![\d.])(\d{1,2})\s*[-–—]?\s*(?:лети[еяюи]|летием|(?:й|я|ая|ой|ей|ю)\s+годовщин[аеуы])"
    r"(?:\s+со\s+дня)?(?:\s+Великой)?\s+Победы"
    r"(?:\s+советского\s+народа)?(?!\s+(?:в|над|под)\s+(?!Великой\s+Отечественной))",
    re.IGNORECASE,
)


def _victory_anniversary(lines: list[str]) -> int | None:
    """«План мероприятий к 70-летию Победы» with no year of its own: N of the N-th anniversary of the Victory
    in the Great Patriotic War, which the plan is for and whose year (1945 + N) completes its cells. A portal of
    compatriots' councils marks each of these anniversaries; no other event's is taken (its year is unknown)."""
    for line in lines:
        if found := _VICTORY_ANNIVERSARY_RE.search(line):
            return int(found.group(1)) or None
    return None


# «на сентябрь 2018 года», «в марте 2019 г.», «(апрель 2025 г.)» after the plan's name: the month a monthly plan
# is for, read by `parse_deadline`.
_PLAN_MONTH_RE = re.compile(r"(?:\b(?:на|в)\s+|\(\s*)([а-яё]+)\s+(?:месяц\s+)?(\d{4})\s*(?:год[ау]?\b|г\.|$)", re.IGNORECASE)


def _plan_month(lines: list[str]) -> datetime.date | None:
    """«План работы … на сентябрь 2018 года»: the 1st of the month a monthly plan is for."""
    for line in lines:
        for found in _PLAN_MONTH_RE.finditer(line):
            month = parse_deadline(f"{found.group(1)} {found.group(2)}")
            if month is not None and month.start and month.end and month.start.day == 1 and month.end.month == month.start.month:
                return month.start
    return None


def _reference(result: ParsedResolution) -> datetime.date | None:
    """The date that completes deadlines without a year: the document's, else its plan's year, else the first day of
    the span its heading covers."""
    return result.date or result.plan_year_start or result.covered_from


# «июнь 1941 – май 1942», «сентябрь 2019 г. - май 2020 г.»: a span of months, each with its year.
_COVERED_RE = re.compile(r"\b([а-яё]+\s+\d{4}(?:\s*г\.)?\s*[-–—]\s*[а-яё]+\s+\d{4}(?:\s*г\.)?)(?!\d)", re.IGNORECASE)


def _covered_from(lines: list[str]) -> datetime.date | None:
    """«Ленинград в блокаде. Книга первая: июнь 1941 – май 1942» over a page with no date of its own: the first day of
    the months the collection covers, which its dates without a year fall in (September is 1941's)."""
    for line in lines:
        for found in _COVERED_RE.finditer(line):
            span = parse_deadline(found.group(1))
            if span is not None and span.kind == "range" and span.start and span.end:
                return span.start
    return None


def _cell_deadline(
    cell: str, reference: datetime.date | None, *, plan_year: datetime.date | None = None, month: datetime.date | None = None
) -> Deadline | None:
    """The deadline of a plan's deadline cell. A cell with a deadline for each of the row's tasks
    («До 28.04.06 До 05.05.06») is due by the last of them; «05.05.06 14.00 - 15.00» by its day; «в течение
    года» in a plan is the plan's year (in running text it is a year from the document's date), and so is
    «весь период» in a plan for a year («План … на 2019 год»), `plan_year`; «в течение месяца» or «весь
    период» in a monthly plan is its month (`month`, its 1st). «в течении», the common misspelling, is read as meant."""
    if month is not None and re.fullmatch(r"\s*(?:(?:в\s+течени[еи]\s+(?:всего\s+)?|весь\s+)(?:месяца?|периода?))\s*", cell, re.I):
        return Deadline(cell.strip(), "range", month, month.replace(day=calendar.monthrange(month.year, month.month)[1]))
    whole_year = r"в\s+течени[еи]\s+(?:всего\s+)?года|весь\s+год" + (r"|(?:в\s+течение\s+всего|весь)\s+периода?" if plan_year else "")
    if reference is not None and _whole_year_cell(cell, whole_year):
        year = reference.year
        return Deadline(cell.strip(), "year", datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    tasks = [part for part in re.split(r"\s+(?=(?:до|не позднее)\s)", cell, flags=re.IGNORECASE) if part]
    if len(tasks) > 1:
        found = [deadline for part in tasks if (deadline := parse_deadline(part, reference=reference))]
        if len(found) == len(tasks) and all(deadline.end for deadline in found):
            return max(found, key=lambda deadline: deadline.end)
    if deadline := cell_date(cell, reference):
        return deadline
    for candidate in (cell, cell.split(",")[0], re.sub(r"\s*[-–—]\s*\d{1,2}[.:]\d{2}(?:\s*ч\.)?\s*$", "", cell)):
        if candidate and (deadline := parse_deadline(candidate, reference=reference) or find_deadline(candidate, reference=reference)):
            return deadline
    # «Образовательные учреждения 10 - 12 июня 2003 г.» under «Место и дата проведения»: a cell of place and
    # date, the date the longest run of words at its end (or start) that reads as one.
    words = cell.split()
    for size in range(min(len(words) - 1, 8), 0, -1):
        for part in (" ".join(words[-size:]), " ".join(words[:size])):
            if deadline := parse_deadline(part, reference=reference):
                return deadline
    return None


def _whole_year_cell(cell: str, whole_year: str) -> bool:
    """«в течение года», alone in a plan's cell or followed by a remark of how («… по заявлениям жителей», «…, по
    мере необходимости»), is the plan's year; followed by the moment it counts from («… со дня подписания») or by
    a term of its own, it is no whole year."""
    found = re.match(rf"\s*(?:{whole_year})(?![а-яё])", cell, re.IGNORECASE)
    if found is None:
        return False
    rest = cell[found.end():].strip(" ,;")
    return not rest or not re.match(r"(?:с|со|после|от)(?![а-яё])", rest, re.IGNORECASE) and find_deadline(rest) is None


def _responsible(flat: str, item: ParsedItem) -> list[str]:
    """A party read by its case after a directive verb or at the item's start; then the older rules."""
    addressed = addressed_parties(flat)
    paragraphs = item.text.strip().split("\n\n")
    if addressed is None and len(paragraphs) > 1:
        # «Поручить … тов. Денисову» and a paragraph of another sentence after it: a paragraph's end without
        # its stop still ends the charge's sentence.
        addressed = addressed_parties(paragraphs[0])
    if addressed is None:
        # «Приветствовать начало работы Фонда. Рекомендовать страновым советам …»: a later sentence that
        # opens with a directive verb; «Образовать комиссию. Администрации … представить состав комиссии»:
        # or with a party in the dative and its verb.
        addressed = _later_charge(flat, dative=True)
    if addressed:
        parties, how = addressed
        if how == "dative":
            _doubt(item, "medium", _("Ответственный определён по падежу (дательный) в начале пункта, без «Поручить»."))
        elif how == "named":
            _doubt(item, "medium", _("Ответственный — организация, названная в начале пункта (именительный падеж)."))
        return parties
    if re.match(r"[а-яё]+", flat) and forms(flat.split()[0]).infinitive:
        # «1) создать комиссии …» under «Рекомендовать главам …:»: the item continues its lead-in's
        # sentence, so the party is the lead-in's, not a noun after the verb.
        return []
    return dative_responsible(flat)


def _later_charge(flat: str, *, dative: bool) -> tuple[list[str], str] | None:
    """The parties of the first sentence after the item's first that opens with a directive verb («… Поручить
    отделу …»), or, when `dative`, that opens with a party in the dative and its verb."""
    return next((
        found for s in _later_clauses(flat) if (found := addressed_parties(s))
        and (dative and found[1] == "dative" or re.match(r"(?:поручить|рекомендовать|предложить|просить)\b", s, re.I))
    ), None)


def _later_clauses(flat: str) -> list[str]:
    """The sentences after the first. A piece cut at «;» with no verb of its own («Тексты служб — святителю …;
    Собору … святых — утвердить.») is a list going on into the next piece, which is then no clause of its own:
    its datives depend on the noun before the list (a service to whom), and name no party."""
    clauses: list[str] = []
    for piece in sentences(flat):
        if clauses and clauses[-1].endswith(";") and not any(forms(w).pos & {"VERB", "INFN"} for w in clauses[-1].split()):
            clauses[-1] = f"{clauses[-1]} {piece}"
        else:
            clauses.append(piece)
    return clauses[1:]


def _instructing_sentences(flat: str) -> str:
    """The sentences after the first that instruct («… Принять к сведению. В срок до 30 апреля направить …»)."""
    later = sentences(flat)[1:]
    return " ".join(s for s in later if _INSTRUCTION_VERBS.search(s) and any(forms(w).infinitive for w in s.split()))


def _adopts(flat: str) -> bool:
    """«Утвердить план …», or «В целях успешного проведения … утвердить прилагаемый План … в 2003 году»:
    the item's first verb adopts a document, so its periods are the document's subject. A proposal or an
    initiative accepted («Принять предложение … о проведении в июле 1999 г. фестиваля») is not a document:
    its period is the time of the act proposed."""
    if re.match(r"\S+\s+(?:предложени|инициатив|ходатайств|просьб)", flat, re.IGNORECASE):
        return False
    if _CLOSING_LATEST_RE.search(sentences(flat)[0]):
        return False  # «Утвердить форму бюллетеня …, не позднее 9 ноября»: when to adopt it
    if _ADOPTION_RE.match(flat):
        # «Утвердить 1 июня 2014 года датой проведения …»: a date is set, not a document adopted; «Утвердить до
        # 1 марта план …»: a term right after the verb is when to adopt it, not the document's subject.
        return not re.match(rf"\S+\s+(?:{_TERM_LEAD})?\d", flat, re.IGNORECASE)
    first = next((word for word in itertools.islice(re.finditer(r"\S+", flat), 40) if forms(word.group(0)).infinitive), None)
    if first is None or first.group(0).lower().strip(",.;:") not in {"утвердить", "одобрить"}:
        return False
    # «Предложить мэрии до 1 июня утвердить список …»: a term before the verb of adoption is when to adopt.
    return not re.search(rf"(?<![а-яё]){_TERM_LEAD}\d", flat[:first.start()], re.IGNORECASE)


# «до», «к», «не позднее», «в срок до» before a date: a term ends there.
_TERM_LEAD = r"(?:в срок\s+)?(?:до|не позднее|к)\s+"
# «…, не позднее 09.11.2016.», «… не позднее 1 марта 2020 года»: «не позднее» and a date closing the sentence bound
# its verb; no adopted document's period is written so (its horizon is «до 2030 года», «на 2021 год»).
_CLOSING_LATEST_RE = re.compile(
    r"(?<![а-яё])не\s+позднее\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-яё]+(?:\s+\d{4})?)(?:\s*(?:г\.|года))?\s*[.;]?\s*$",
    re.IGNORECASE,
)


# «Перенести сроки начала учебного года с 01.09.2006 на 11.09.2006»: the act moves dates from one day to
# another at once; the dates are what it moves, not a window to act in (unlike «Перенести заседание на 20
# мая», which schedules one).
_MOVES_DATES_RE = re.compile(
    r"\bперенести\s+(?:сроки?|дату|даты)\b(?:[^.;]|(?<=\d)\.)*?\sс\s+\d(?:[^.;]|(?<=\d)\.)*?\sна\s+\d", re.IGNORECASE
)


def _build_item(draft: _Draft, result: ParsedResolution) -> ParsedItem:
    if draft.row is not None:
        return _build_table_item(draft, draft.row, result)
    text = render_blocks(draft.blocks)
    flat = " ".join(text.split())
    item = ParsedItem(label=draft.label.text, parent=draft.parent, text=text)
    item.membership = membership_decision(flat) or admission_decision(text)
    controller = controller_parties(flat)
    explicit = explicit_responsible(flat)
    if item.membership:
        item.kind = "membership"
    elif controller is not None:
        item.kind = "control"
        item.responsible = controller
        result.controller.extend(p for p in controller if p not in result.controller)
        if not controller:
            _doubt(item, "medium", _("Контроль оставлен за подписавшим: лицо не названо."))
    elif explicit and not flat[: explicit[1]].strip(" .") and not flat[explicit[2]:].strip(" ."):
        item.kind = "responsible"
    else:
        item.kind = next((kind for kind, pattern in _PRE_KINDS if pattern.search(flat)), "")
    if controller is None:
        if explicit:
            item.responsible = explicit[0]
        elif charged := responsibility_parties(flat):
            item.responsible = charged  # «Ответственность за проведение … возложить на …»
        elif item.kind not in _NO_DEADLINE_KINDS:
            item.responsible = _responsible(flat, item)
            if re.search(r"возложить|ответственн", flat[1:], re.IGNORECASE):
                # «… поручить исполкому обеспечить … Возложить руководство … на вице-мэра …»: a later sentence's charge.
                later = (p for s in sentences(flat)[1:] for p in responsibility_parties(s) or ())
                item.responsible += [p for p in later if p not in item.responsible]
        elif item.kind in _REMARK_KINDS and (charge := _later_charge(flat, dative=False)):
            # «Признать необходимым внести изменения … Поручить координатору … подготовить предложения»: a remark
            # charges no one, but a later sentence of its item that opens with a directive verb does.
            item.responsible = charge[0]
    if item.kind not in _NO_DEADLINE_KINDS:
        explicit_deadline = re.search(r"\bсроки?\b", flat, re.IGNORECASE)
        lead = _lead_in_clause(draft, result, flat)
        if (_adopts(flat) or _adopts(lead)) and not explicit_deadline or _MOVES_DATES_RE.search(flat):
            deadline = None  # the periods of an adopted plan, or the dates being moved, are its subject
        else:
            deadline = (
                find_deadline(flat, reference=_reference(result)) or _plan_line_date(draft, result)
                or _lead_in_act_date(lead, flat, _reference(result))
            )
        if deadline is not None and deadline.kind in ("recurring", "standing") and result.date is None:
            # «Заседания совета (ежеквартально)», «… систематически» in a plan for 2024 with no date of its own:
            # a rhythm's or a standing task's window runs from the document's date, which a plan's year does not give.
            deadline = dataclasses.replace(deadline, start=None, end=None)
        _set_deadline(item, deadline, result)
        if deadline is None and explicit_deadline:
            result.warnings.append(_("В пункте «%(label)s» не удалось разобрать срок.") % {"label": item.label})
            _doubt(item, "low", _("Слово «срок» есть, но срок не разобран."))
    elif item.kind in ("noted", "statement", "control") and (later := _instructing_sentences(flat)):
        # «Контроль … возложить на … Об исполнении информировать к 25 декабря»: the report is due then.
        _set_deadline(item, find_deadline(later, reference=_reference(result)), result)
    if len(flat) > 2500:
        _doubt(item, "medium", _("Очень длинный пункт: возможно, в него попали соседние пункты или приложение."))
    return item


def _lead_in_clause(draft: _Draft, result: ParsedResolution, flat: str) -> str:
    """«1. Провести в районе:» over «1.1 Праздник урожая 25 сентября …», «2. Утвердить:» over «2.1. План …»: the
    last sentence of a parent that leads into its sub-items with a colon, which a sub-item with no verb of its own
    continues; "" for any other item."""
    if not draft.parent or (re.match(r"[а-яё]+", flat, re.IGNORECASE) and forms(flat.split()[0]).infinitive):
        return ""
    parent = next((item for item in reversed(result.items) if item.label == draft.parent), None)
    if parent is None or not parent.text.rstrip().endswith(":"):
        return ""
    return sentences(" ".join(parent.text.split()))[-1].rstrip(" :")


def _lead_in_act_date(lead: str, flat: str, reference: datetime.date | None) -> Deadline | None:
    """«1. Провести в районе: 1.1 Праздник урожая 25 сентября 2021 года»: the date of a sub-item that continues
    its lead-in's act is that act's, read as if the sentence were written whole. A lead-in that notes or thanks
    («Принять к сведению:») has no act to date."""
    if not lead or any(pattern.search(lead) for kind, pattern in _PRE_KINDS if kind in _NO_DEADLINE_KINDS):
        return None
    deadline = find_deadline(f"{lead} {flat}", reference=reference)
    return deadline if deadline is not None and deadline.text in flat and deadline.text not in lead else None


def _plan_line_date(draft: _Draft, result: ParsedResolution) -> Deadline | None:
    """«а. Рождество 7 января» in a plan «на 2021 год» with no date of its own: a plan written as lines
    rather than a table, each event's day at the end of its first paragraph, of the plan's year. Running
    text (a dated document) keeps its bare dates as facts, not deadlines."""
    if result.date is not None or result.plan_year_start is None:
        return None
    words = draft.blocks[0][1].split()
    for size in range(min(len(words) - 1, 3), 0, -1):
        if not re.fullmatch(r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?", words[-size]):
            continue  # a day or days, «7 января», «26-29 декабря»; not «… на 2009 год»
        deadline = parse_deadline(" ".join(words[-size:]), reference=result.plan_year_start)
        if deadline is not None and deadline.kind in ("exact", "range"):
            return deadline
    return None


def _date_by_the_items_year(result: ParsedResolution, drafts: list[_Draft]) -> None:
    """An undated document whose items' windows all fall in one year («1. Провести гуляния 25 февраля 2001 г. …»):
    a date without a year in another item («во время репетиции 21 февраля с 18.00») is of that year, as the
    document must be; so is a plan's cell without a year («С 25.04. – 7.05.» beside «25.04.13.»). A term counted
    from the document's date («в месячный срок») stays open."""
    if result.date is not None or result.plan_year_start is not None:
        return
    years = {day.year for item in result.items for day in (item.due_start, item.due_end) if day}
    if len(years) != 1:
        return
    reference = datetime.date(years.pop(), 1, 1)
    untied = _("Срок найден, но не привязан к датам: нет даты документа.")
    for draft, item in zip(drafts, result.items, strict=True):
        if item.due_start or item.due_end or not item.deadline_text or item.deadline_kind in ("standing", "relative", "recurring"):
            continue
        if draft.row is not None:
            deadline = _cell_deadline(draft.row.deadline, reference)
        else:
            deadline = find_deadline(" ".join(item.text.split()), reference=reference)
        if deadline is None or deadline.text != item.deadline_text or deadline.end is None:
            continue
        item.due_start, item.due_end = deadline.start, deadline.end
        if untied in item.confidence_reasons:
            item.confidence_reasons.remove(untied)
            item.confidence = item.confidence if item.confidence_reasons else "high"
        _doubt(item, "medium", _("В сроке нет года: взят год, который дают другие пункты документа."))


_EVENT_DAY_RE = re.compile(
    r"^(?:(?:в|к)\s+(?:день|дню|дни)\s+(проведения|открытия|начала|окончания|закрытия)|(?:на|в)\s+период(\s+проведения)?)\s",
    re.IGNORECASE,
)


def _date_event_days(items: list[ParsedItem]) -> None:
    """«в день проведения ярмарки» when another item holds the fair on a date («Провести 19 мая 2007 года
    ярмарку»): that day (the first for an opening, the last for a closing), when one window of the
    document's acts names the event; «на период месячника» when another item holds the month: its whole window.
    «в период весенних каникул», a span named with no «проведения» that no item dates, says how long, not by when:
    no deadline."""
    dated = [item for item in items if item.deadline_kind in ("exact", "range") and item.due_start and item.due_end]
    by_stem: dict[str, set[tuple[datetime.date, datetime.date]]] = {}
    for item in items:
        found = _EVENT_DAY_RE.match(item.deadline_text) if item.deadline_kind == "relative" else None
        if found is None or len(word := item.deadline_text[found.end():].split()[0].strip("«»\"").lower()) < 4:
            continue
        stem = word[:-2] if len(word) > 5 else word
        if stem not in by_stem:  # one pass over the dated items per event named, not per item
            pattern = re.compile(rf"(?<![а-яё]){re.escape(stem)}", re.IGNORECASE)
            by_stem[stem] = {(other.due_start, other.due_end) for other in dated if pattern.search(other.text)}
        if len(by_stem[stem]) != 1:
            if found.group(1) is None and found.group(2) is None:  # «на период …», «в период …» with no «проведения»
                item.deadline_text, item.deadline_kind, item.relative_to = "", "", ""
            continue
        start, end = next(iter(by_stem[stem]))
        if (found.group(1) or "").lower() in ("открытия", "начала"):
            end = start
        elif (found.group(1) or "").lower() in ("окончания", "закрытия"):
            start = end
        item.due_start, item.due_end = start, end
        item.deadline_kind = "exact" if start == end else "range"
        if found.group(1):
            _doubt(item, "medium", _("День события взят из другого пункта документа."))
        else:
            _doubt(item, "medium", _("Период события взят из другого пункта документа."))


def _date_back_references(items: list[ParsedItem]) -> None:
    """«в указанные сроки», «в сроки, указанные в пункте 1»: the window of the item named, or else of the nearest
    item before that has one (the dates just given), with its kind."""
    by_label: dict[str, ParsedItem] = {}
    dated: ParsedItem | None = None
    for item in items:
        label = back_reference(item.deadline_text) if item.deadline_kind == "relative" else None
        source = dated if label == "" else by_label.get(label or "")
        if label is not None and source is not None and source.due_end is not None:
            item.deadline_kind, item.due_start, item.due_end = source.deadline_kind, source.due_start, source.due_end
            item.relative_to = ""
            _doubt(item, "medium", _("Срок взят из другого пункта документа."))
        by_label.setdefault(item.label.rstrip(".)"), item)
        if item.due_end is not None:
            dated = item


# «…, для чего обязать:», «Поручить:»: a parent that ends with a directive verb and names no party.
_OPEN_DIRECTIVE_RE = re.compile(rf"(?:^|\s)(?P<verb>{'|'.join(DIRECTIVE_VERBS)}):\s*$", re.IGNORECASE)


def _propagate_responsible(result: ParsedResolution, drafts: list[_Draft]) -> None:
    """Share a responsible stated once for a group of items.

    A sub-item that only names the responsible («7г. Ответственный за подготовку: …»), or a last
    sub-item that ends with such a paragraph, applies to its parent and to every sibling that names no
    responsible of its own; an item that introduces its sub-items with a colon («Поручить Секретариату
    КСОРС РТ:») passes its responsible down to them, and so does a lead-in before the first item.
    """
    by_label: dict[str, ParsedItem] = {}
    children: dict[str, list[ParsedItem]] = {}
    for item in result.items:
        by_label.setdefault(item.label, item)
        if item.parent:
            children.setdefault(item.parent, []).append(item)
    for item in result.items:
        parent = by_label.get(item.parent or "")
        if parent and not parent.responsible and not item.responsible and (open_ := _OPEN_DIRECTIVE_RE.search(parent.text)):
            # «…, для чего обязать: а) заведующих шахтами … выделить …»: a sub-item goes on its parent's sentence
            # after the directive verb, and names its own party in the case that verb governs.
            found = addressed_parties(f"{open_['verb'].lower()} {' '.join(item.text.split())}")
            item.responsible = found[0] if found else []
        if parent and parent.responsible and not item.responsible and parent.text.rstrip().endswith(":"):
            item.responsible, item.responsible_inherited = list(parent.responsible), True
        elif parent and parent.responsible and parent.text.rstrip().endswith(":") and re.match(
            r"(?:поручить|предложить|рекомендовать|просить)\b", item.text
        ):
            # «3. Отделу культуры: … 3.2. поручить МУП «…» установить …»: the lead-in's party delegates, and
            # stays charged beside the one it instructs.
            item.responsible = [*parent.responsible, *(p for p in item.responsible if p not in parent.responsible)]
    lead_ins: dict[str, list[str]] = {}
    for draft, item in zip(drafts, result.items, strict=True):
        if not draft.lead_in or item.responsible or item.kind in _NO_DEADLINE_KINDS - {"statement"}:
            continue
        if draft.lead_in not in lead_ins:
            found = addressed_parties(draft.lead_in)
            lead_ins[draft.lead_in] = found[0] if found else []
        if lead_ins[draft.lead_in]:
            item.responsible, item.responsible_inherited = list(lead_ins[draft.lead_in]), True
            _doubt(item, "medium", _("Ответственный взят из вводной фразы перед пунктами."))
    for source in result.items:
        siblings = children.get(source.parent or "", [])
        trailing = (
            source.kind != "responsible" and source.responsible and siblings and siblings[-1] is source
            and re.match(r"(?:ответственн|исполнител)", source.text.rsplit("\n\n", 1)[-1], re.IGNORECASE)
            and "\n\n" in source.text
        )
        if (source.kind != "responsible" and not trailing) or source.parent not in by_label:
            continue
        family = [by_label[source.parent], *(i for i in siblings if i is not source)]
        receivers = [item for item in family if not item.responsible]
        for item in receivers:
            item.responsible, item.responsible_inherited = list(source.responsible), True
        if receivers:
            names = ", ".join(f"«{item.label}»" for item in receivers)
            result.warnings.append(
                _("Ответственный из подпункта «%(label)s» распространён на пункты %(names)s.")
                % {"label": source.label, "names": names}
            )


def _rate(item: ParsedItem) -> None:
    """The last doubts, once the kind and the shared responsible are known."""
    if item.kind == "instruction" and not item.responsible:
        _doubt(item, "medium", _("Поручение без ответственного."))
    if item.responsible_inherited and item.kind != "responsible":
        _doubt(item, "medium", _("Ответственный унаследован от общего пункта — проверьте."))


def _final_kind(item: ParsedItem) -> str:
    if item.kind:
        return item.kind
    flat = " ".join(item.text.split())
    if (
        item.deadline_kind
        and re.search(r"\b(?:провести|проводить|состоится)\b", flat, re.IGNORECASE)
        and re.search(r"конференци|заседани|собрани|форум|съезд", flat, re.IGNORECASE)
    ):
        return "scheduling"
    if item.responsible and item.deadline_kind:
        return "instruction"
    if _INSTRUCTION_VERBS.search(flat):
        return "instruction" if item.responsible or item.deadline_kind else "decision"
    return "decision" if _DECISION_VERBS.search(flat) else "other"
