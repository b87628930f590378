"""Parse a resolution converted from Word into its heading, preamble and numbered items.

The parser is deliberately forgiving: it never raises on odd input, it keeps every label and phrase as
written, and it reports what it could not place (`unparsed`) or was unsure of (`warnings`) so that the
Secretariat can correct the import on the review screen. `to_dict()` is the public shape printed by
`manage.py import_resolution FILE --json`.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass, field
from typing import IO, Any

from django.utils.translation import gettext as _

from resolutions.deadlines import (
    Deadline,
    day_of_month,
    find_deadline,
)
from resolutions.morphology import sentences
from resolutions.parser_footer import _read_footer
from resolutions.parser_heading import (
    _approval_stamp,
    _date_from_preamble,
    _read_conference,
    _read_heading,
    _restore_label_dots,
    _unspace,
)
from resolutions.parser_items import (
    _MOVES_DATES_RE,
    _NO_DEADLINE_KINDS,
    _PRE_KINDS,
    _REMARK_KINDS,
    _adopts,
    _date_back_references,
    _date_event_days,
    _date_yearly_event_duties,
    _doubt,
    _Draft,
    _final_kind,
    _instructing_sentences,
    _later_charge,
    _lead_in_act_date,
    _lead_in_clause,
    _propagate_responsible,
    _rate,
    _reference,
    _responsible,
    _set_deadline,
)
from resolutions.parser_plans import (
    _cell_deadline,
    _covered_from,
    _date_by_the_items_year,
    _plan_line_date,
    _plan_month,
    _plan_quarter,
    _plan_year,
    _quarter_cell,
    _school_year,
    _season,
    _undated_row_term,
    _victory_anniversary,
    _whole_period_cell,
)
from resolutions.parser_sections import _blocks, _read_items, _split_operative
from resolutions.parsing_membership import admission_decision
from resolutions.parsing_utils import (
    explicit_responsible,
    join_broken_paragraphs,
    membership_decision,
    render_blocks,
    split_glued_labels,
    split_inline_items,
    split_leading_mark,
    split_lines,
    split_protocol_marks,
)
from resolutions.parties import (
    addressed_parties,
    controller_parties,
    responsibility_parties,
    table_parties,
)
from resolutions.table_fragments import indented_cells, tab_cells
from resolutions.tables import TableRow, find_tables, is_table_header

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
    # A plan for a school year («на 2014-2015 учебный год»): that year, from 1 September to 31 August, which «весь
    # период» in a cell of its table is.
    plan_period: Deadline | None = None
    unparsed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def operative_heading(self) -> str:
        """What the items stand under: the keyword as written; «ПОСТАНОВИЛИ:» for a decision that has none; nothing
        for a plan, whose rows follow its heading."""
        return self.operative_keyword or ("" if self.doc_type == "plan" else "ПОСТАНОВИЛИ:")

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


def parse_resolution(text: str) -> ParsedResolution:
    """Parse the plain text of a resolution (from a .txt export or `read_docx`) into a `ParsedResolution`."""
    # «П О С Т А Н О В И Л И :», «Р Е З О Л Ю Ц И Я»: capitals spaced out for emphasis.
    raw, table_rows = find_tables(split_lines(tab_cells(indented_cells(text))))
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
        # A plan's year is in its heading or preamble («ПЛАН … на 2014 год»); another act's only in its title: a year
        # in its preamble is an event's («в связи с исполняющимся в 2023 году 100-летием»), not the act's.
        result.plan_year_start = _plan_year(heading if result.doc_type == "plan" or table_rows else heading[:1])
        result.covered_from = None if result.plan_year_start else _covered_from(heading)
        if result.covered_from is None and result.plan_year_start is None and (
            result.doc_type == "plan" or table_rows
        ) and (season := _season(heading)):
            # «План новогодних мероприятий 2019-2020 г.г.»: its days without a year count from the first autumn.
            result.covered_from = season[0]
            result.plan_period = _school_year(season[0]) if season[1] else None
    if table_rows:
        # «План работы на ноябрь» / a poem / «План работы МБУК «…» на ноябрь 2024 года» over the table: the plan's title
        # right above its header, past the heading's first lines, names the month too.
        above = [line for line in preamble_lines[-3:] if not is_table_header(line)]
        result.plan_month_start = _plan_month(heading) or _plan_month(above)
        result.plan_quarter = _plan_quarter(heading) if result.date is None else None
    if result.plan_year_start is None and result.plan_quarter is not None:
        result.plan_year_start = result.plan_quarter.start.replace(month=1)  # «на 3 квартал 2021 года»: its year
    if result.date is None and result.plan_year_start is None:
        if result.plan_month_start is not None:
            result.plan_year_start = result.plan_month_start.replace(month=1)  # «на март 2019 года»: its year
        elif anniversary := _victory_anniversary(heading):
            result.plan_anniversary = anniversary
            result.plan_year_start = datetime.date(1945 + anniversary, 1, 1)
    # A plan's header row names the columns each row's text now labels («Срок: …», «Ответственные: …»): no part
    # of the preamble a reader sees above the rows (its words still date the plan above).
    shown = [line for line in preamble_lines if not is_table_header(line)] if table_rows else preamble_lines
    result.preamble = render_blocks(_blocks(shown + result.lead_ins))
    _read_conference(result, preamble_lines[0] if preamble_lines else "")
    for draft in drafts:  # one by one: a sub-item reads its parent's lead-in (`_lead_in_clause`)
        result.items.append(_build_item(draft, result))
    if rows := sum(draft.row is not None for draft in drafts):
        # How the table's columns were read is one question for the whole table, asked once: a row is not less sure
        # than a paragraph for being a row (its own doubts, an unread term cell, still mark it).
        result.warnings.append(
            _("Строк таблицы плана прочитано как пункты: %(n)d. Проверьте на нескольких, что столбцы (мероприятие, "
              "срок, ответственные) определены верно.") % {"n": rows}
        )
    _date_by_the_items_year(result, drafts)
    _date_event_days(result.items)
    _date_yearly_event_duties(result.items)
    _date_back_references(result.items)
    _propagate_responsible(result, drafts)
    for item in result.items:
        item.kind = _final_kind(item)
        _rate(item)
    if not result.items:
        result.warnings.append(_("Не найдено ни одного пронумерованного пункта."))
    return result


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


def _build_table_item(draft: _Draft, row: TableRow, result: ParsedResolution) -> ParsedItem:
    text = render_blocks(draft.blocks)
    item = ParsedItem(label=draft.label.text, parent=draft.parent, text=text)
    item.kind = next((kind for kind, pattern in _PRE_KINDS if pattern.search(text)), "")
    item.responsible = list(row.parties) or table_parties(row.responsible)
    deadline = _cell_deadline(
        row.deadline, _reference(result), plan_year=result.plan_year_start, month=result.plan_month_start
    ) or _quarter_cell(row.deadline, result.plan_quarter) or _whole_period_cell(row.deadline, result) or day_of_month(
        row.deadline, result.plan_month_start
    ) or _undated_row_term(row, result)
    if deadline is not None and deadline.kind in ("recurring", "standing") and result.date is None:
        # «1 раз в четверть» in a plan with no date of its own: as in running text, a rhythm's or a standing task's
        # window runs from the document's date, which the plan's year or period does not give.
        deadline = dataclasses.replace(deadline, start=None, end=None)
    _set_deadline(item, deadline, result)
    # A cell the item stores apart (its responsible, its term) is shown beside the text, not in it a second time;
    # a cell read only in part stays in the text, so nothing the row said is lost.
    extra = [
        *(f"{name}: {value}" for name, value in row.others),
        "" if _cell_stored_apart(row.deadline, [item.deadline_text]) else f"Срок: {row.deadline}",
        "" if _cell_stored_apart(row.responsible, item.responsible) else f"Ответственные: {row.responsible}",
    ]
    item.text = "\n".join([text, *filter(None, extra)])
    if row.deadline and deadline is None:
        _doubt(item, "low", _("Срок «%(deadline)s» в таблице не разобран.") % {"deadline": row.deadline})
    return item


# What may be left of a cell once the values read from it are taken out: separators and «и».
_CELL_SEPARATORS = re.compile(r"(?:[\s,;.:–—-]|\bи\b)*")


def _cell_stored_apart(cell: str, values: list[str]) -> bool:
    """Is everything `cell` says in `values` («Молодёжный совет, РКЦ» → ["Молодёжный совет", "РКЦ"])? An empty
    cell is."""
    rest = " ".join((cell or "").split()).casefold()
    for value in values:
        value = " ".join((value or "").split()).casefold()
        if not value or value not in rest:
            return not rest
        rest = rest.replace(value, " ", 1)
    return _CELL_SEPARATORS.fullmatch(rest) is not None


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
