"""The operative part of a resolution, its numbering and sections, for the import parser: where the
decisions begin («ПОСТАНОВЛЯЕТ:»), the blocks of a document, the labels of its items (1., 1.1., а), I.)
and whether one continues the numbering, the section headings, and the reading of the list of items."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from resolutions.morphology import forms, sentences
from resolutions.parser_footer import _is_footer_start
from resolutions.parser_heading import _KEYWORD_LINE_RE, _KEYWORD_TAIL_RE, _is_date_line, _take_date_place
from resolutions.parser_items import _Draft
from resolutions.parsing_utils import (
    BULLET_RE,
    Label,
    is_mostly_upper,
    parse_label,
    parse_letter_stop_label,
    parse_roman_label,
    section_heading_before,
)
from resolutions.tables import TableRow, is_month_line

if TYPE_CHECKING:
    from resolutions.parser import ParsedResolution

# The parts of a protocol that are not decisions: who came, the agenda, who spoke. Their numbered lines
# are not items; the decisions follow each question («1. СЛУШАЛИ: … РЕШИЛИ: …»).
_NON_DECISION_RE = re.compile(
    r"^(?:(?P<question>\d{1,2})\.\s*)?(?:слушали|выступили|докладчик|присутствовали|приглашенные|приглашённые|"
    r"отсутствовали|повестка\s+дня|на\s+повестке)\b(?:\s*:\s*(?P<after>\d{1,2})\.\s)?",
    re.IGNORECASE,
)


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
            elif part := next((i for i in range(index - 1, max(start, index - 14) - 1, -1) if _PART_RE.match(lines[i])), None):
                # «Раздел 2.» / its heading over row «1.»: the part the first item opens.
                index = part if _part_heading(lines, part) else index
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


_PART_RE = re.compile(r"^(?:раздел|часть)\s+(\d{1,2})\.?(?:\s+(\S.*))?$", re.IGNORECASE)


def _part_heading(lines: list[str], index: int) -> tuple[int, str, int] | None:
    """«Раздел 2.» (its heading on the line or the next one) right before an item «1.»: the part's number, its
    heading and the index of the item «1.»; the columns' numbers between them are no text of the part."""
    match = _PART_RE.match(lines[index])
    if match is None:
        return None
    after = index + 1
    heading = match.group(2) or ""
    if not heading:
        after = next((i for i in range(index + 1, min(index + 4, len(lines))) if lines[i]), len(lines))
        if after == len(lines) or parse_label(lines[after]):
            return None
        heading, after = lines[after], after + 1
    # The columns' numbers of a plan's table («1» / «2» / «3», one a paragraph) may stand between.
    first = next((i for i in range(after, min(after + 12, len(lines))) if lines[i] and not re.fullmatch(r"\d{1,2}", lines[i])), None)
    if heading.rstrip().endswith((":", ";")) or first is None or not _opens_numbering(lines[first:first + 1]):
        return None
    return int(match.group(1)), heading, first


def _opens_numbering(following: list[str]) -> bool:
    """Whether the next non-blank line is item «1.»."""
    after = next((parse_label(line) for line in following if line), None)
    return after is not None and after[0].numbers == (1,) and not after[0].letter and not after[0].bracket


def _paragraph_owner(drafts: list[_Draft], block: tuple[str, str]) -> _Draft:
    """The item an unlabelled paragraph belongs to: the last one, except after lettered sub-items in lower case under a
    lead-in («7. Обязать т. Н.:» / «а) передать …;» / «б) подготовиться ….»), where a paragraph that opens a new
    sentence with an infinitive («Представить … свои предложения») returns to the lead-in's item: a sub-item continues
    its lead-in's sentence in lower case, and a capitalised order is the lead-in party's next task. The paragraphs
    after it stay there."""
    last = drafts[-1]
    if not (last.label.letter and last.parent and last.blocks) or block[0] != "p":
        return last
    owner = next((d for d in reversed(drafts) if not d.label.letter), None)
    if owner is None or owner.label.text != last.parent or not owner.blocks[-1][1].rstrip().endswith(":"):
        return owner if owner is not None and owner.returned else last  # the lead-in took a paragraph after them
    first = block[1].split()[0].strip("«\"(") if block[1].split() else ""
    subs = [d for d in drafts if d.parent == owner.label.text and d.label.letter]
    if first[:1].isupper() and forms(first.lower()).infinitive and all(d.blocks[0][1][:1].islower() for d in subs):
        owner.returned = True
        return owner
    return last


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
        if drafts and _is_footer_start(line, lines[index + 1:index + 3]) and not _KEYWORD_LINE_RE.match(line):  # «Приняты решения:»
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
        if (part := _part_heading(lines, index)) and (not drafts or part[0] == numbering.root.roman + 1 > 1):
            # «Раздел 2.» / «Изучение наследия» over «1. …»: a part of a plan, an item over the items numbered afresh
            # under it, as a Roman section is (the corpus's convention for a plan's section rows).
            number, heading, resume = part
            drafts.append(_Draft(Label(str(number), (number,), ""), None, [("p", heading)], None, lead_in))
            numbering = _Numbering(section=str(number), roman=number)
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
        if drafts and is_month_line(line) and _opens_numbering(lines[index + 1:index + 3]):
            fresh_block = True  # «Февраль» over «1. …»: a plan's month, its rows numbered afresh; no item's text
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
                if in_table and table_rows[line].shown:
                    # «1) «…» 2) «…»» listed in a row's title cell, each with its term: the row's sub-rows, shown by
                    # their numbers as the table's sub-rows are, the bracket the cell's list's own.
                    shown = Label(table_rows[line].shown, label.numbers, label.letter, label.bracket)
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
            _paragraph_owner(drafts, block).blocks.append(block)
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
