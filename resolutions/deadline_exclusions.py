"""What is not a term, for the deadline parser: a date that is the subject or a title («к 80-летию
Победы»), a horizon («до 2030 года» of a programme), entry into force, opening hours, a reported period in
brackets, a tenure, a rule's duration, a reference to another act, a participle's date; the small checks
`find_deadline` uses to skip such a match."""

from __future__ import annotations

import datetime
import re

from resolutions.deadline_dates import _HOUR, _HOUR_WORD, _YEAR_SUFFIX, Deadline
from resolutions.morphology import forms

# «…уровню развития до 2030 года» is the horizon of a plan, not a deadline for preparing it.
_HORIZON_WORDS = re.compile(r"(развити|план|программ|стратег|концепц|перспектив|период)[а-я]*$")


def _is_horizon(low: str, match: re.Match[str]) -> bool:
    """True for «развития до 2030 года»: a bare-year «до» right after a plan or horizon noun."""
    phrase = match.group(0)
    if not re.fullmatch(rf"до\s+\d{{4}}{_YEAR_SUFFIX}", phrase):
        return False
    before = low[: match.start()].rstrip().split()
    return bool(before) and bool(_HORIZON_WORDS.search(before[-1]))


def _is_subject(low: str, match: re.Match[str]) -> bool:
    """«план работы на II полугодие 2006 года», «отчёт за IV квартал»: the period the thing is about. «о
    праздновании в 2018 году 100-летия», «… в 2025 году юбилея района»: a period right before the anniversary
    it dates is when the anniversary falls, a fact about what is celebrated, not a time given for an act. «решения
    № 12 «О проведении в 2019 году Недели книги»»: a period inside a cited act's quoted title is what that act is
    about."""
    return bool(re.search(r"(?:^|\s)(?:на|за)\s+$", low[max(0, match.start() - 4): match.start()])) or bool(
        _ANNIVERSARY_RE.match(low, match.end())
    ) or _in_a_title(low, match.start()) or _in_new_wording(low, match.start())


_ANNIVERSARY_RE = re.compile(r"\s+(?:\d+\s?-\s?|[а-я]+)лети(?:е|я|ю|ем|и)(?![а-я])|\s+(?:юбиле|годовщин)[а-я]*")
# An act's title opens with «О»/«Об» and a noun right after its quote: «"О подготовке …», ««Об организации …».
# A closing quote right after a word («"Юность планеты" о проведении …») opens nothing.
_TITLE_OPENING = re.compile(r"(?:^|(?<=[\s(]))[«\"“]\s*об?\s+[а-я]+")


def _in_a_title(low: str, start: int) -> bool:
    """True when `start` lies inside a quoted act's title («… № 555 "О подготовке и проведении в 2014 году …"»):
    an opening quote with «О …» within the 200 characters before it, and no closing quote since."""
    before = low[max(0, start - 200):start]
    openings = list(_TITLE_OPENING.finditer(before))
    return bool(openings) and not re.search(r"[»\"”]", before[openings[-1].end():])


# «… читать в редакции: "…"», «изложить в следующей редакции: «…»», «дополнить подпунктом следующего содержания: «…»»:
# an amended provision's new wording opens with a quote right after «редакции»/«содержания» (and a colon).
_NEW_WORDING_OPENING = re.compile(r"(?<![а-я])(?:редакции|содержания)\s*:?\s*(?=[«\"„“])")
# How far back a new wording's opening quote is looked for.
_NEW_WORDING_REACH = 1000


def _in_new_wording(low: str, start: int) -> bool:
    """«п. 1.3 Положения читать в редакции: "Звание … присваивается два раза в год: в июле … и в декабре …"»: a period
    inside the quoted new wording of an amended act is that act's content (a standing rule), no term of the item. The
    quote is followed to `start` with the nesting of `_mask_quoted_stops` (a quote glued to the word after it opens, one
    glued to the word before it closes), so a name quoted inside the wording does not close it."""
    offset = max(0, start - _NEW_WORDING_REACH)
    openings = list(_NEW_WORDING_OPENING.finditer(low, offset, start))
    if not openings:
        return False
    depth = 0
    for index in range(openings[-1].end(), start):
        char, before = low[index], low[index - 1]
        after = low[index + 1:index + 2]
        if char in "«„" or char in "“\"" and (before.isspace() or before in "(:") and after not in " ":
            depth += 1
        elif char in "»“”\"" and before not in " ":
            depth -= 1
            if depth <= 0:
                return False  # the wording closed before the period
    return depth > 0


_TAKES_EFFECT_RE = re.compile(r"(?<![а-я])вступ(?:ает|ают|ит|ят)\s+в\s+(?:законную\s+)?силу\s+$")


def _takes_effect(low: str, start: int) -> bool:
    """«Решение подлежит опубликованию и вступает в силу с 1 января 2011 года», «Изменения … вступают в силу с 1
    июля»: the day an act takes effect, however its sentence opens, is no one's term."""
    return bool(_TAKES_EFFECT_RE.search(low, max(0, start - 40), start))
# «с 9.00 до 18.00 часов», «с 10-00 до 17-00»: the hours of a day, not days.
_HOURS_SPAN_RE = re.compile(rf"(?<![а-я])с\s+{_HOUR}{_HOUR_WORD}?\s+до\s+{_HOUR}")


def _opening_hours(low: str, start: int, end: int) -> bool:
    """«Предложения принимаются … с 07.07.2012 до 07.08.2012. … с 9.00 до 18.00 часов ежедневно»: a rhythm whose
    sentence gives a span of hours says when something is open each day; a window of days the item gives elsewhere is
    its term, and the rhythm is only read when there is none («Обеспечить работу пункта ежедневно с 8.00 до 20.00»)."""
    before = _SENTENCE_END.split(low[max(0, start - 200):start])[-1]
    after = _SENTENCE_END.split(low[end:end + 200] + " ", maxsplit=1)[0]
    return bool(_HOURS_SPAN_RE.search(f"{before}{low[start:end]}{after}"))


def _reported_period(low: str, start: int, end: int, deadline: Deadline, reference: datetime.date | None) -> bool:
    """«За пять дней было опрошено 95 человек (с 29.11.2013 по 04.12.2013), … высказались …»: a period in brackets
    inside a sentence that reports in the past tense, with no infinitive to order anything, is when something was
    done or held, no term; unless it lies after the document's date, which no report can."""
    if not _in_brackets(low, start, end) or reference is not None and (deadline.end or deadline.start or reference) > reference:
        return False
    before = _SENTENCE_END.split(low[max(0, start - 300):start])[-1]
    after = _SENTENCE_END.split(low[end:end + 300] + " ", maxsplit=1)[0]
    words = [forms(word.strip(",()«»\"")) for word in f"{before} {after}".split()]
    return any(word.past for word in words) and not any(word.infinitive for word in words)


def _rule_duration(low: str, start: int) -> bool:
    """«Установить, что председательство осуществляется представителями одного государства в течение шести месяцев»:
    a duration inside a clause «что …» that states how things are done (a verb in the present, no infinitive) is how
    long a state lasts under the rule, not a term counted from the document's date. «Решить, что комиссия в течение
    месяца проведёт проверку» announces an act (a perfective future): its term stands."""
    sentence = _SENTENCE_END.split(low[max(0, start - 300):start])[-1]
    clause = re.split(r",\s*что\s", sentence)
    if len(clause) < 2:
        return False
    words = [forms(word.strip(",()«»\"")) for word in clause[-1].split()]
    return any(word.indicative and not word.future_act for word in words) and not any(
        word.infinitive or word.future_act for word in words
    )


def _in_brackets(low: str, start: int, end: int) -> bool:
    """The span lies inside a pair of round brackets of its own sentence."""
    opening, closing = low.rfind("(", max(0, start - 100), start), low.find(")", end, end + 100)
    return opening >= 0 and closing >= 0 and ")" not in low[opening:start] and "(" not in low[end:closing]


def _is_tenure(low: str, start: int) -> bool:
    """«главы администраций сохраняют свои полномочия до избрания глав»: an act awaited («до избрания,
    назначения, утверждения …») after a verb that states a fact, with no infinitive to order anything, bounds
    how long a rule holds; it is no task's deadline. «Главам исполнять обязанности до назначения …» orders."""
    if not re.match(r"(?:впредь\s+)?до\s", low[start:start + 12]):
        return False
    clause = re.split(r"[.;:]\s", low[max(0, start - 300):start])[-1].split()
    words = [forms(word.strip(",()«»\"")) for word in clause]
    return any(word.indicative for word in words) and not any(word.infinitive for word in words)


def _readies(low: str, start: int) -> bool:
    """«подготовить площадь … к проведению праздника»: «к проведению» is a term only for readying something; one
    drawn or joining in («привлечь волонтёров к проведению», «присоединиться к проведению акции») names no time."""
    if not low.startswith("к проведению", start):
        return True
    return bool(re.search(r"(?<![а-я])(?:под|при)?готов", _SENTENCE_END.split(low[max(0, start - 200):start])[-1]))


# «Объявить 22 июня Днём памяти»: a holiday's name, written with its capital, right after the date; «2015 год
# Годом молодёжи», «по проведению в 2015 году Года молодёжи»: a named Year, declared or held, right after its year.
_NAMED_DAY = re.compile(r"\s+[«\"]?(?:Дн[её]м|Днями|Неделей|Декадой|Месячником|Годом|Года)\s")


def _names_a_day(text: str, end: int) -> bool:
    """«Объявить 22 июня Днём всенародной памяти», «Установить 1 октября Днём старшего поколения»: the date is
    declared a named day, the subject of the item, not a term for an act («днём проведения ярмарки» is one). «план
    мероприятий по проведению в 2015 году Года молодёжи»: the year of a named Year is that Year's own, what the
    item is about, not a term («Провести в 2026 году Год культуры» holds the Year itself: its year is the term)."""
    return bool(_NAMED_DAY.match(text, end))


def _is_object_word(word: str) -> bool:
    """A noun, an adjective or a Roman numeral, and nothing else it could be (not «в», «о», «честь»)."""
    if re.fullmatch(r"[ivxlc]+", word):  # «XII Спартакиаду»
        return True
    if not re.fullmatch(r"[а-я-]+", word):
        return False
    pos = forms(word).pos
    return bool(pos & {"NOUN", "ADJF"}) and not pos & {"PREP", "CONJ", "PRTF", "INFN", "VERB"}
# A sentence ends at «;», «:», «!», «?» or a full stop, but not at the stop of an abbreviation of up to three
# letters («ул.», «им.», «М.»), unless it is the «г.» after a year.
_SENTENCE_END = re.compile(r"(?:[;:!?]|(?<![\s.«\"(][а-я])(?<![\s.«\"(][а-я]{2})(?<![\s.«\"(][а-я]{3})\.|(?<=\d\sг)\.)\s")


# «перепись скота по состоянию на 1 января 1996 г.», «сведения по состоянию на 01.10.2021»: the moment a count or a
# report describes, not a time to act by.
_AS_OF_RE = re.compile(r"(?<![а-я])по\s+состоянию\s+(?:на\s+)?$")


def _as_of(low: str, start: int) -> bool:
    """True when the date at `start` follows «по состоянию на»: the moment described, no term."""
    return bool(_AS_OF_RE.search(low, max(0, start - 30), start))


_NOT_THE_ACT = re.compile(r"(?:\b(?:до|к|по|с|со|за|на|от|после)|№)\s*$")
# «Распространить порядок на проведение 4 декабря отложенного голосования», «Выделить средства на празднование 9 мая
# Дня Победы»: a date right after «на» and a verbal noun dates the event the act is extended to or paid for.
_FOR_AN_EVENT = re.compile(r"(?<![а-я])на\s+[а-я]+[нт]ие\s+$")


def _is_reference(text: str, start: int, end: int) -> bool:
    """«… в соответствии с Положением, утверждённым 1 февраля 2014 года», «в конкурсе, объявленном 1 марта»,
    «решением от 20.12.2013», «постановлением 12.03.2013 № 45»: a bare date right after a participle or «от»,
    or before a number, dates something done, not the task."""
    if not text[start:start + 1].isdigit():
        return False
    if re.match(r"\s*(?:г\.|года)?\s*(?:№|N\s*\d)", text[end:end + 12]):
        return True
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    if before is None:
        return False
    word = before.group(1).lower()
    if word in ("от", "от:"):
        return True
    return word.isalpha() and "PRTF" in forms(word).pos and not forms(word).infinitive


def _is_attribute(low: str, start: int) -> bool:
    """«… из окончивших весной 1919 года курс», «в пределах средств, предусмотренных на проведение мероприятий
    в 2008 году»: a period right after a past participle, or a bare year in a clause a participle opens (with no
    verb of the item's in it), says when something else was done or is paid for; «проводимых … с 15 апреля по
    5 июня» and «посвящённый … с 14 по 22 марта» are the days of the act, and «до …» still bounds the task."""
    clause = re.split(r"[,;:.()«»\"]", low[max(0, start - 200):start])[-1].split()
    if not clause:
        return False
    if _PAST_PARTICIPLE.search(clause[-1]) and "PRTF" in forms(clause[-1]).pos:
        return not re.match(r"(?:до|к|не позднее|в срок)\s", low[start:start + 12])
    bare_year = re.match(rf"(?:в течение|в)\s+\d{{4}}{_YEAR_SUFFIX}(?!\s*[-–—])", low[start:start + 30])
    return bool(bare_year) and "PRTF" in forms(clause[0]).pos and not any(forms(word).infinitive for word in clause)


_PAST_PARTICIPLE = re.compile(r"(?:вш|нн|т)(?:ий|ая|ое|ие|его|ей|их|ем|ему|им|ими|ую|ых|ым|ыми|ого|ому|ом|ый|ой|ые)$")


def _mask_quoted_stops(low: str) -> str:
    """«День детей. Утренняя зарядка дошколят»: a full stop inside a quoted name does not end the sentence
    for the deadline search; it becomes a space (the copy keeps its length, so spans still carry over). The
    name may be quoted „…“, “…” or "…" as well: a quote glued to the word after it opens, one glued to the word
    before it closes."""
    if ". " not in low or not any(quote in low for quote in "«„“\""):
        return low
    chars = list(low)
    depth = 0
    for index, char in enumerate(chars):
        before, after = low[index - 1:index] if index else " ", low[index + 1:index + 2]
        if char in "«„" or char in "“\"" and before in " (" and after not in " ":
            depth += 1
        elif char in "»“”\"" and before not in " ":
            depth = max(0, depth - 1)
        # Only where the quote closes within reach: an unclosed «…» masks nothing.
        elif char == "." and depth and after == " " and re.search(r"[»“”]|\w\"", low[index:index + 200]):
            chars[index] = " "
    return "".join(chars)
