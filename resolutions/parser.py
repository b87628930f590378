"""Parse a resolution converted from Word into its heading, preamble and numbered items.

The parser is deliberately forgiving: it never raises on odd input, it keeps every label and phrase as
written, and it reports what it could not place (`unparsed`) or was unsure of (`warnings`) so that the
Secretariat can correct the import on the review screen. `to_dict()` is the public shape printed by
`manage.py import_resolution FILE --json`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import IO, Any

from resolutions.deadlines import find_date, find_deadline
from resolutions.parsing_membership import admission_decision, is_votes_line
from resolutions.parsing_utils import (
    BULLET_RE,
    Label,
    dative_responsible,
    explicit_responsible,
    is_mostly_upper,
    join_broken_paragraphs,
    membership_decision,
    parse_label,
    parse_votes,
    render_blocks,
    sentence_case,
    split_lines,
)

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
        }


@dataclass
class ParsedResolution:
    """A whole resolution: heading, adoption, preamble, items and what the parser was unsure of."""

    title: str = ""
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
    unparsed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
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
            "unparsed": list(self.unparsed),
            "warnings": list(self.warnings),
        }


_DOC_TYPE_RE = re.compile(r"^(?:резолюция|решение|постановление|заявление|обращение|протокол)\b", re.IGNORECASE)
_THEME_RE = re.compile(r"^(?:(?:на\s+)?тема\s*:\s*)?«(?P<theme>.+)»\s*[.;]?$", re.IGNORECASE)
_KEYWORDS = r"постановили|постановил|постановляет|постановляют|решили|решил|решила|решает"
_KEYWORD_LINE_RE = re.compile(
    rf"^(?P<kw>(?:{_KEYWORDS})\s*:?|(?:решение|постановление)\s*:)(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE
)
_KEYWORD_TAIL_RE = re.compile(rf"^(?P<pre>.*\S)\s+(?P<kw>(?:{_KEYWORDS})\s*:)$", re.IGNORECASE)
_ADOPTED_RE = re.compile(r"^(?:утвержден|принят|одобрен|единогласно)[а-яё]*\b", re.IGNORECASE)
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
    ("statement", re.compile(r"^(?:\w+\s+)?(?:констатировать|отметить|признать)\b", re.I)),
    ("recommendation", re.compile(r"^(?:\w+\s+)?рекомендовать\b", re.I)),
)
_INSTRUCTION_VERBS = re.compile(
    r"\b(?:поручить|подготовить|провести|проводить|вынести|представить|включать|включить|ввести|направить|"
    r"направлять|определить|подписать|решить|обеспечить|разработать|организовать|учитывать|учесть|создать|"
    r"разместить|опубликовать|внести|доработать|согласовать|продолжить|рассмотреть|изучить|собрать|издать|"
    r"сформировать|активизировать|усилить|информировать|довести)\b",
    re.IGNORECASE,
)
_DECISION_VERBS = re.compile(
    r"\b(?:утвердить|одобрить|принять|считать|избрать|назначить|наделить|поддержать|присоединиться|делегировать|"
    r"отменить|исключить|приостановить|восстановить)\b",
    re.IGNORECASE,
)
_NO_DEADLINE_KINDS = {"gratitude", "statement", "noted", "membership", "responsible"}


@dataclass
class _Draft:
    label: Label
    parent: str | None
    blocks: list[tuple[str, str]]


def parse_resolution(text: str) -> ParsedResolution:
    """Parse the plain text of a resolution (from a .txt export or `read_docx`) into a `ParsedResolution`."""
    # «П О С Т А Н О В И Л И :», «Р Е З О Л Ю Ц И Я»: capitals spaced out for emphasis.
    lines = [
        re.sub(r"^((?:[А-ЯЁ] ){4,}[А-ЯЁ]) ?(:?)$", lambda m: m.group(1).replace(" ", "") + m.group(2), line)
        for line in join_broken_paragraphs(split_lines(text))
    ]
    result = ParsedResolution()
    body_start = _read_heading(lines, result)
    preamble_lines, operative = _split_operative(lines, body_start, result)
    drafts, footer = _read_items(operative, result)
    _read_footer(footer, result)
    if result.date is None:
        _date_from_preamble(preamble_lines, result)
    result.preamble = render_blocks(_blocks(preamble_lines))
    _read_conference(result, preamble_lines[0] if preamble_lines else "")
    result.items = [_build_item(draft, result) for draft in drafts]
    _propagate_responsible(result)
    for item in result.items:
        item.kind = _final_kind(item)
    if not result.items:
        result.warnings.append("Не найдено ни одного пронумерованного пункта.")
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
                    texts = (" ".join(p.text.strip() for p in cell.paragraphs) for cell in cells)
                    lines.append(" ".join(text for text in texts if text))

    read(docx.Document(fileobj))
    return "\n".join(lines)


def _read_heading(lines: list[str], result: ParsedResolution) -> int:
    """Read the title, theme and a header date/place; return the index of the first body line."""
    index = next((i for i, line in enumerate(lines) if line), len(lines))
    first = lines[index] if index < len(lines) else ""
    if not (_DOC_TYPE_RE.match(first) or is_mostly_upper(first)) or _KEYWORD_LINE_RE.match(first):
        result.warnings.append("Не найден заголовок документа.")
        return index
    title: list[str] = []
    first_block = True
    while index < len(lines):
        line = lines[index]
        theme = _THEME_RE.match(line)
        if not line:
            first_block = False
        elif (_KEYWORD_LINE_RE.match(line) and not _DOC_TYPE_RE.match(line)) or parse_label(line):
            break
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
        # «РЕШЕНИЕ» over a lower-case line: «Решение заседания Координационного совета …»
        joined = sentence_case(joined.split()[0]) + joined[len(joined.split()[0]):]
    result.title = joined
    if result.date is None and (found := find_date(joined)):
        result.date = found[0]
    return index


def _split_operative(lines: list[str], start: int, result: ParsedResolution) -> tuple[list[str], list[str]]:
    """Split the body at the operative keyword («ПОСТАНОВИЛИ:»), or at the first item «1.» without one."""
    for index in range(start, len(lines)):
        line = lines[index]
        if match := _KEYWORD_LINE_RE.match(line):
            result.operative_keyword = match.group("kw")
            rest = [match.group("rest")] if match.group("rest") else []
            return lines[start:index], rest + lines[index + 1:]
        if match := _KEYWORD_TAIL_RE.match(line):
            result.operative_keyword = match.group("kw")
            return [*lines[start:index], match.group("pre")], lines[index + 1:]
    result.warnings.append(
        "Не найдено ключевое слово постановляющей части («ПОСТАНОВИЛИ:», «РЕШИЛИ:» …); пункты определены по нумерации."
    )
    for index in range(start, len(lines)):
        parsed = parse_label(lines[index])
        if parsed and parsed[0].numbers in ((1,), (1, 1)):
            return lines[start:index], lines[index:]
    return lines[start:], []


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
    found = find_date(line)
    if not found or len(line) > 100:
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


def _accept_label(label: Label, drafts: list[_Draft], top: int | None, result: ParsedResolution) -> str | None:
    """The parent label if `label` continues the numbering, "" for a top-level item, None if it does not fit."""
    by_key = {(d.label.numbers, d.label.letter): d.label.text for d in drafts}
    if not label.numbers:
        parent = next((d for d in reversed(drafts) if d.label.numbers), None)
        if parent is None:
            return None
        siblings = [d.label.letter_index for d in drafts if not d.label.numbers and d.parent == parent.label.text]
        return parent.label.text if label.letter_index > max(siblings, default=-1) else None
    if label.letter:
        parent_text = by_key.get((label.numbers, ""))
        siblings = [d.label.letter_index for d in drafts if d.label.numbers == label.numbers and d.label.letter]
        in_current = len(label.numbers) > 1 or label.numbers[0] == top
        return parent_text if parent_text and in_current and label.letter_index > max(siblings, default=-1) else None
    if len(label.numbers) == 1:
        number = label.numbers[0]
        if top is None or number == top + 1:
            if top is None and number != 1:
                result.warnings.append(f"Нумерация пунктов начинается с «{label.text}».")
            return ""
        if number == top + 2:
            result.warnings.append(f"Пропущен пункт: после пункта «{top}» идёт «{label.text}».")
            return ""
        return None
    path, last = label.numbers[:-1], label.numbers[-1]
    siblings = [d.label.numbers[-1] for d in drafts if d.label.numbers[:-1] == path and not d.label.letter]
    parent_text = by_key.get((path, ""))
    fits_top = path[0] == top or (top is None or path[0] == top + 1) and parent_text is None and len(path) == 1
    if fits_top and last == max(siblings, default=0) + 1 and (parent_text is not None or len(path) == 1):
        return parent_text or ""
    return None


def _is_footer_start(line: str) -> bool:
    return bool(_ADOPTED_RE.match(line) or _is_date_line(line) or _SIGNATURE_RE.match(line) or is_votes_line(line))


def _read_items(lines: list[str], result: ParsedResolution) -> tuple[list[_Draft], list[str]]:
    """Group the operative lines into items; return them and the footer lines after the last item."""
    drafts: list[_Draft] = []
    top: int | None = None
    for index, line in enumerate(lines):
        if not line:
            continue
        if drafts and _is_footer_start(line):
            return drafts, lines[index:]
        parsed = parse_label(line)
        if parsed:
            label, rest = parsed
            parent = _accept_label(label, drafts, top, result)
            if parent is not None:
                drafts.append(_Draft(label, parent or None, [("p", rest)]))
                if len(label.numbers) >= 1 and (top is None or label.numbers[0] > top):
                    top = label.numbers[0]
                continue
            if drafts:
                result.warnings.append(
                    f"Строка «{line[:60]}» похожа на пункт «{label.text}», но нарушает нумерацию; "
                    f"она оставлена в тексте пункта «{drafts[-1].label.text}»."
                )
        bullet = BULLET_RE.match(line)
        block = ("b", bullet.group("rest")) if bullet else ("p", line)
        if drafts:
            drafts[-1].blocks.append(block)
        else:
            result.unparsed.append(line)
            result.warnings.append(f"Текст до первого пункта не отнесён ни к одному пункту: «{line[:60]}».")
    return drafts, []


def _read_footer(lines: list[str], result: ParsedResolution) -> None:
    """Adoption («Утверждена единогласно», votes), the closing date and place; the rest is unparsed."""
    adoption: list[str] = []
    in_adoption = False
    for line in lines:
        if not line:
            in_adoption = False
        elif _ADOPTED_RE.match(line) and not adoption:
            # «Утверждена единогласно на XX Страновой …»: the conference is known already.
            head, _, tail = line.partition(" на ")
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
    if not result.adopted:
        result.warnings.append("Не найдена строка о порядке принятия («Утверждена единогласно» или голосование).")


def _date_from_preamble(lines: list[str], result: ParsedResolution) -> None:
    paragraph = next((line for line in lines if line), "")
    found = find_date(paragraph)
    if found is None:
        result.warnings.append("Не удалось определить дату документа.")
        return
    result.date = found[0]
    place = re.search(r"\bв\s+(г\.\s?[А-ЯЁ][а-яё-]+)", paragraph)
    if place and not result.place:
        result.place = re.sub(r"\bг\.(?=[А-ЯЁ])", "г. ", place.group(1))
    result.warnings.append("Дата документа взята из текста преамбулы.")


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


def _build_item(draft: _Draft, result: ParsedResolution) -> ParsedItem:
    text = render_blocks(draft.blocks)
    flat = " ".join(text.split())
    item = ParsedItem(label=draft.label.text, parent=draft.parent, text=text)
    item.membership = membership_decision(flat) or admission_decision(text)
    explicit = explicit_responsible(flat)
    if item.membership:
        item.kind = "membership"
    elif explicit and not flat[: explicit[1]].strip(" .") and not flat[explicit[2]:].strip(" ."):
        item.kind = "responsible"
    else:
        item.kind = next((kind for kind, pattern in _PRE_KINDS if pattern.search(flat)), "")
    if explicit:
        item.responsible = explicit[0]
    elif item.kind not in _NO_DEADLINE_KINDS:
        item.responsible = dative_responsible(flat)
    if item.kind not in _NO_DEADLINE_KINDS:
        deadline = find_deadline(flat, reference=result.date)
        if deadline:
            item.deadline_text, item.deadline_kind = deadline.text, deadline.kind
            item.due_start, item.due_end, item.relative_to = deadline.start, deadline.end, deadline.relative_to
        elif re.search(r"\bсроки?\b", flat, re.IGNORECASE):
            result.warnings.append(f"В пункте «{item.label}» не удалось разобрать срок.")
    return item


def _propagate_responsible(result: ParsedResolution) -> None:
    """Share a responsible stated once for a group of items.

    A sub-item that only names the responsible («7г. Ответственный за подготовку: …») applies to its
    parent and to every sibling that names no responsible of its own; an item that introduces its
    sub-items with a colon («Поручить Секретариату КСОРС РТ:») passes its responsible down to them.
    """
    by_label = {item.label: item for item in result.items}
    for item in result.items:
        parent = by_label.get(item.parent or "")
        if parent and parent.responsible and not item.responsible and parent.text.rstrip().endswith(":"):
            item.responsible, item.responsible_inherited = list(parent.responsible), True
    for source in result.items:
        if source.kind != "responsible" or source.parent not in by_label:
            continue
        family = [by_label[source.parent], *(i for i in result.items if i.parent == source.parent and i is not source)]
        receivers = [item for item in family if not item.responsible]
        for item in receivers:
            item.responsible, item.responsible_inherited = list(source.responsible), True
        if receivers:
            names = ", ".join(f"«{item.label}»" for item in receivers)
            result.warnings.append(
                f"Ответственный из подпункта «{source.label}» распространён на пункты {names}."
            )


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
