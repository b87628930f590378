"""Items and what they carry, for the import parser: the kinds of an item (instruction, decision,
remark, gratitude …), its deadline and responsible parties with their doubt, a lead-in that gives them to
the items below it, the dates of events and back references, and the rate of each item's reading."""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from resolutions.deadlines import (
    Deadline,
    back_reference,
    find_deadline,
)
from resolutions.morphology import antecedents, forms, sentences
from resolutions.parsing_utils import (
    Label,
    dative_responsible,
)
from resolutions.parties import (
    DIRECTIVE_VERBS,
    addressed_parties,
)
from resolutions.tables import TableRow

if TYPE_CHECKING:
    from resolutions.parser import ParsedItem, ParsedResolution

# Adopting a document («Утвердить план работы на 2012 год») is done when adopted: its periods are its subject.
# «Принять организационные, финансовые и правовые меры»: measures taken, whatever adjectives qualify them.
_ADOPTION_RE = re.compile(
    r"^(?:утвердить|одобрить|принять(?!\s+(?:[а-яё-]+(?:ые|ие),?\s+(?:и\s+)?){0,4}(?:участие|меры|к\s+исполнению)))\b",
    re.IGNORECASE,
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
    returned: bool = False  # a paragraph after its lettered sub-items came back to it (`_paragraph_owner`)


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


def _reference(result: ParsedResolution) -> datetime.date | None:
    """The date that completes deadlines without a year: the document's, else its plan's year, else the first day of
    the span its heading covers."""
    return result.date or result.plan_year_start or result.covered_from


def _responsible(flat: str, item: ParsedItem) -> list[str]:
    """A party read by its case after a directive verb or at the item's start; then the older rules."""
    addressed = addressed_parties(flat)
    paragraphs = item.text.strip().split("\n\n")
    if len(paragraphs) > 1 and (verb := _BARE_DIRECTIVE_RE.fullmatch(paragraphs[0].strip())):
        # «Обязать:» over paragraphs that each name a party and its act («Управление … /т. Семина/ переселить …»,
        # «Исполком райсовета … переселить …»): each paragraph goes on the verb's sentence.
        each = [addressed_parties(f"{verb.group(1).lower()} {p}") for p in paragraphs[1:]]
        named = [party for found in each if found for party in found[0]]
        if named:
            return list(dict.fromkeys(named))
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


_BARE_DIRECTIVE_RE = re.compile(rf"({'|'.join(DIRECTIVE_VERBS)})\s*:", re.IGNORECASE)


def _later_charge(flat: str, *, dative: bool) -> tuple[list[str], str] | None:
    """The parties of the first sentence after the item's first that opens with a directive verb («… Поручить
    отделу …»), or, when `dative`, that opens with a party in the dative and its verb."""
    return next((
        found for s in _later_clauses(flat) if (found := addressed_parties(s))
        and (dative and found[1] == "dative" or _opens_with_directive(s))
    ), None)


def _opens_with_directive(sentence: str) -> bool:
    """«Поручить …», «Обязать т. Н. …» (the Soviet papers' directive): the sentence opens with a directive verb."""
    first = sentence.split()[0].lower() if sentence.split() else ""
    return first in DIRECTIVE_VERBS


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
    if (joint := _JOINT_ACT_RE.match(flat)) and forms(joint.group(1)).infinitive and _DAY_TERM_RE.search(sentences(flat)[0]):
        return False  # «Утвердить и направить до 25.05.2008 в министерство графики …»: when to adopt and send them
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
# «Утвердить и направить …»: the verb of adoption and a second act joined to it; a term before a day («до 25.05.2008»,
# «не позднее 1 июня»), never a document's horizon («до 2030 года»), is when both are done.
_JOINT_ACT_RE = re.compile(r"\S+\s+и\s+([а-яё]+)\s", re.IGNORECASE)
_DAY_TERM_RE = re.compile(rf"(?<![а-яё]){_TERM_LEAD}(?:\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|\d{{1,2}}\s+[а-яё]{{3,}})", re.IGNORECASE)
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


def _leads_in(text: str) -> bool:
    """An item leads into its sub-items with a colon; a paragraph after them (`_paragraph_owner`) may follow it."""
    return text.rstrip().endswith(":") or ":\n\n" in text


def _lead_in_clause(draft: _Draft, result: ParsedResolution, flat: str) -> str:
    """«1. Провести в районе:» over «1.1 Праздник урожая 25 сентября …», «2. Утвердить:» over «2.1. План …»: the
    last sentence of a parent that leads into its sub-items with a colon, which a sub-item with no verb of its own
    continues; "" for any other item."""
    if not draft.parent or (re.match(r"[а-яё]+", flat, re.IGNORECASE) and forms(flat.split()[0]).infinitive):
        return ""
    parent = next((item for item in reversed(result.items) if item.label == draft.parent), None)
    if parent is None or not _leads_in(parent.text):
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


_EVENT_DAY_RE = re.compile(
    r"^(?:(?:в|к)\s+(?:день|дню|дни)\s+(проведения|открытия|начала|окончания|закрытия)|(?:на|в)\s+период(\s+проведения)?)\s",
    re.IGNORECASE,
)


# «в период его проведения»: a possessive pronoun names the event whose holding it is.
_OWNED_EVENT_RE = re.compile(r"(его|её|ее|их)\s+проведения(?![а-яё])", re.IGNORECASE)


def _date_event_days(items: list[ParsedItem]) -> None:
    """«в день проведения ярмарки» when another item holds the fair on a date («Провести 19 мая 2007 года
    ярмарку»): that day (the first for an opening, the last for a closing), when one window of the
    document's acts names the event; «на период месячника» when another item holds the month: its whole window.
    «в период весенних каникул», a span named with no «проведения» that no item dates, says how long, not by when:
    no deadline."""
    dated = [item for item in items if item.deadline_kind in ("exact", "range") and item.due_start and item.due_end]
    by_stem: dict[str, set[tuple[datetime.date, datetime.date]]] = {}

    def windows(word: str) -> set[tuple[datetime.date, datetime.date]]:
        stem = word[:-2] if len(word) > 5 else word
        if stem not in by_stem:  # one pass over the dated items per event named, not per item
            pattern = re.compile(rf"(?<![а-яё]){re.escape(stem)}", re.IGNORECASE)
            by_stem[stem] = {(other.due_start, other.due_end) for other in dated if pattern.search(other.text)}
        return by_stem[stem]

    for item in items:
        found = _EVENT_DAY_RE.match(item.deadline_text) if item.deadline_kind == "relative" else None
        if found is None:
            continue
        word = item.deadline_text[found.end():].split()[0].strip("«»\"").lower()
        owned = _OWNED_EVENT_RE.match(item.deadline_text, found.end())
        if owned:
            # «… участников Конкурса в период его проведения»: the event is the noun the pronoun stands for.
            before = item.text[:max(0, item.text.find(item.deadline_text))].split()
            named = [w for noun in antecedents(before, owned.group(1)) if len(w := noun.lower()) >= 4]
            word = next((w for w in named if len(windows(w)) == 1), "")
        if len(word) < 4:
            continue
        if len(windows(word)) != 1:
            if found.group(1) is None and found.group(2) is None and not owned:  # «в период …» with no «проведения»
                item.deadline_text, item.deadline_kind, item.relative_to = "", "", ""
            continue
        start, end = next(iter(windows(word)))
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


def _date_yearly_event_duties(items: list[ParsedItem]) -> None:
    """«1. Установить … с 15 по 25 сентября ежегодно Декаду …» / «2. … ежегодно проводить мероприятия, посвящённые
    Декаде …»: a bare yearly duty tied to an event another item sets each year on its days falls due with that
    event's first occurrence. The event is the capitalised noun (no place) right after the dated item's rhythm."""
    events: dict[str, set[datetime.date]] = {}
    for item in items:
        if item.deadline_recurrence != "yearly" or not item.due_end or not re.search(r"\d", item.deadline_text):
            continue
        at = item.text.find(item.deadline_text)
        after = item.text[at + len(item.deadline_text):].split()[:2] if at >= 0 else []
        for word in after:
            bare = word.strip("«»\"“”„,.;:()").lower()
            if word[:1] in "«\"“„" or not word[:1].isupper() or len(bare) < 5 or "NOUN" not in forms(bare).pos or forms(bare).place:
                continue
            events.setdefault(bare[:-2] if len(bare) > 5 else bare, set()).add(item.due_end)
    for item in items:
        if item.deadline_recurrence != "yearly" or re.search(r"\d", item.deadline_text) or not item.due_end:
            continue
        ends = {end for stem, found in events.items() for end in found
                if re.search(rf"(?<![а-яё]){re.escape(stem)}", item.text, re.IGNORECASE) and stem[:1].upper() + stem[1:] in item.text}
        if len(ends) == 1 and (end := next(iter(ends))) >= (item.due_start or end):
            item.due_end = end
            _doubt(item, "medium", _("Срок взят из другого пункта документа."))


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
        if parent and parent.responsible and not item.responsible and _leads_in(parent.text):
            item.responsible, item.responsible_inherited = list(parent.responsible), True
        elif parent and parent.responsible and _leads_in(parent.text) and re.match(
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
