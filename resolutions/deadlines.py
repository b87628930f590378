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

import datetime
import re

from resolutions.deadline_dates import (
    _DATE_NUM,
    _DAY,
    _DAY_LIST,
    _DAY_MONTH,
    _DAY_RUNS,
    _HALF,
    _HOUR,
    _MONTH,
    _MONTH_YEAR,
    _POINT,
    _QUARTER,
    _ROLLOVER_GRACE,
    _SEASON,
    _YEAR_SUFFIX,
    Deadline,
    _clean,
    _days_until,
    _low,
    _point,
    _point_pair,
    _timed,
    _widen,
    find_date,
)
from resolutions.deadline_exclusions import (
    _FOR_AN_EVENT,
    _NOT_THE_ACT,
    _SENTENCE_END,
    _as_of,
    _is_attribute,
    _is_horizon,
    _is_object_word,
    _is_reference,
    _is_subject,
    _is_tenure,
    _mask_quoted_stops,
    _names_a_day,
    _opening_hours,
    _readies,
    _reported_period,
    _rule_duration,
    _takes_effect,
)
from resolutions.deadline_patterns import _FIND_PATTERNS, _FULL_DATE_RE, _final_term
from resolutions.deadline_recurring import (
    _PERIODIC_WORDS,
    _RECURRING_RE,
    _STANDING_WORDS,
    _WEEKDAYS,
    _recurring,
)
from resolutions.deadline_relative import (
    _BODY_SITTING,
    _BODY_SITTING_RE,
    _COUNTED_TERM,
    _DEICTIC_DAY,
    _DEICTIC_OFFSETS,
    _DEICTIC_RE,
    _EVENT_DAY,
    _EVENT_LEAD,
    _GRAIN_KIND,
    _NEXT_SITTING_LEAD,
    _NEXT_SITTING_NAME,
    _NEXT_SITTING_RE,
    _ORDINAL_FIGURES,
    _TERM_ADJECTIVE,
    _UNIT,
    _event_end,
    _period_end,
    _within,
    _working_days_end,
    back_reference,
)
from resolutions.deadline_year_days import days_of_the_year
from resolutions.morphology import forms

__all__ = ["DEADLINE_KINDS", "RECURRENCES", "Deadline", "back_reference", "day_of_month", "find_date", "find_deadline", "find_period", "parse_deadline"]

DEADLINE_KINDS = ("exact", "by", "range", "quarter", "half", "year", "standing", "relative", "recurring")
RECURRENCES = ("daily", "weekly", "monthly", "quarterly", "yearly")


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
        rf"(\d{{1,2}})(?:\s*(?:,|и)\s*\d{{1,2}})*\s*(?:,|и)\s*(\d{{1,2}}\s*{_MONTH}(?:\s+\d{{4}})?){_YEAR_SUFFIX}?", body
    )
    if days and (pair := _point_pair(days.group(1), days.group(2), reference)):
        return build("range", pair[0].first, pair[1].last)  # «14 и 25 апреля 2019 года»
    if re.fullmatch(_DAY_LIST, body) or re.fullmatch(rf"(?:в период\s+)?{_DAY_RUNS}", body):
        # «13, 20, 27 апреля, 4 мая 2011 года», «с 3 по 9 и 17 - 23 мая»: from the first day listed to the last.
        first, month = re.search(r"\d{1,2}", body), re.search(_MONTH, body)
        last = re.search(rf"(\d{{1,2}}\s*{_MONTH}(?:\s+\d{{4}})?){_YEAR_SUFFIX}?$", body)
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
    if sitting := re.fullmatch(rf"(?:в срок\s+)?на\s+(?P<e>{_BODY_SITTING}\s+\D+)", body):
        return build("relative", relative_to=text[offset + sitting.start("e"):])  # «на заседании оргкомитета»

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
            if _is_reference(text, start, end) or _is_attribute(low, start) or _names_a_day(text, end) or _as_of(low, start):
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
                if deadline.kind == "year" and deadline.start is not None:
                    return days_of_the_year(text, low, end, deadline.start) or deadline  # «в 2011 году … 24 июня»
                return _later_part(text, low, start, end, deadline, reference) if deadline.kind == "by" else deadline
    return deferred or (
        _act_on_a_date(text, low, reference) or _season_of_the_act(text, low, reference) or _opening_day(text, low, reference)
        or _deictic_day(text, low, reference) or _next_sitting(text, low, reference)
        or _day_after_the_object(text, low, reference)
    )


# «Доклад – до 15 августа 2024 г., далее – один раз в полгода»: a rhythm after «далее» follows the first term the
# sentence gives, which is the item's; the rhythm is read only when no such term is found.
_THEN_RE = re.compile(r"(?<![а-я])(?:далее|в дальнейшем|затем|впоследствии)\s*[-–—:]?\s*$")


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
    for match in _BODY_SITTING_RE.finditer(low):
        if (end := _body_of_the_sitting(low, match.end())) is None:
            continue
        before = re.split(r"[;:.()]", low[max(0, match.start() - 300):match.start()])[-1].split()
        if before and re.search(r"(?:ни[еяюй]|ти[еяюй])[,]?$", before[-1]):
            continue  # «для представления на заседании совета»: the sitting of a verbal noun's act
        after = re.split(r"[,;:.()]", low[end:end + 160])[0].split()
        verbs = [word for word in (w.strip(",«»\"") for w in before + after) if forms(word).infinitive]
        # «Докладывать … на заседании сессии»: a speaker's venue, where the report is heard, is no term.
        if verbs and not any(word.startswith(_SPEAKING) for word in verbs):
            return parse_deadline(text[match.start():end], reference=reference)
    return None


_SPEAKING = ("доклад", "долож", "выступ", "сообщ", "информир", "проинформир", "отчит")


def _body_of_the_sitting(low: str, position: int) -> int | None:
    """The end of the body named in the genitive after «на заседании» («организационного комитета»), or None."""
    end = None
    for word in re.finditer(r"\s+([а-я-]+)", low[position:position + 120]):
        if not forms(word.group(1)).can_be("gent"):
            break
        end = position + word.end()
    return end


_YEARLESS_DAY_RE = re.compile(rf"(?<![\d.])(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s*{_MONTH}(?!\s*\d)")


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


# «2013-2015 гг.», «2021 – 2025 годы»: a span of a few years, the plural «гг.», «годы» closing it.
_YEARS_SPAN = r"(?<![\d.])((?:19|20)\d\d)\s*(?:[-–—]\s*|\s)((?:19|20)\d\d)\s*(?:гг\.?|годы|годов|годах)(?![а-я])"
_YEARS_SPAN_RE = re.compile(_YEARS_SPAN)


# A plan's deadline cell may be a bare period, with no preposition: «март 2013 г.», «II квартал 2014 г.»,
# «1-9 мая», «9 мая 10.00», «20 апреля - 11 мая» (days of two months, one span, not its last day alone).
_BARE_PERIOD = re.compile(
    rf"(?<!\d)(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s*{_MONTH}(?:\s*[-–—]\s*\d{{1,2}}\s+{_MONTH})?(?:\s+\d{{4}}(?!\d){_YEAR_SUFFIX}?)?(?:\s*,?\s*(?:в\s+)?{_HOUR})?"
    rf"|(?:{_MONTH}(?:\s*[-–—]\s*|\s+))?{_MONTH_YEAR}{_YEAR_SUFFIX}?|{_QUARTER}{_YEAR_SUFFIX}?|{_HALF}{_YEAR_SUFFIX}?"
    rf"|(?<![\w-]){_SEASON}(?:\s+\d{{4}}(?!\d){_YEAR_SUFFIX}?)?"
    # «апрель-май», «апрель май», «май» in a plan for a year: the plan's (or the document's) year; not the
    # «мая» of «1 мая».
    rf"|(?<!\d\s)(?<!\d){_MONTH}(?:(?:\s*[-–—]\s*|\s+){_MONTH})?"
    # «2013-2015 гг.», «2013 2015 гг.» (the dash lost on a web page): the years a row's work runs over.
    rf"|{_YEARS_SPAN}"
)


# Completes a period without a year only to check that it is one; the plan's own reference dates it later.
_ANY_REFERENCE = datetime.date(2000, 1, 1)


def find_period(text: str) -> tuple[int, int] | None:
    """The span of the last bare calendar period in a plan row («… Дню эколога июнь 2013 г. …», «… 1-9 мая
    …»): only for plan cells, where a period needs no «в» or «до» to be the deadline."""
    low = _low(text)
    for match in reversed(list(_BARE_PERIOD.finditer(low))):
        if (years := _YEARS_SPAN_RE.fullmatch(match.group(0))) and not 0 < int(years.group(2)) - int(years.group(1)) <= 10:
            continue  # a row's term runs a few years; a longer span is an era the event is about
        if not _is_subject(low, match) and parse_deadline(text[match.start():match.end()], reference=_ANY_REFERENCE):
            return match.start(), match.end()
    return None
