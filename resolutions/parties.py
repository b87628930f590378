"""Who an item charges, read with Russian morphology: a dative at its start, a directive verb, a controller.

«Администрации города Ижевска подготовить …», «Страновым КСОРС активизировать …», «Рекомендовать Мэру
города Ижевска Балакину В.В. отменить …», «Просить Россотрудничество усилить …» and «Контроль за
исполнением настоящего решения возложить на …» all name a party as written, in the case the verb
governs. The phrase runs from its first word to the infinitive it is the subject of (or to a lead-in's
colon); a comma or «и» starts a new party only where the next word can head one in that case
(«…, организациям соотечественников» does; «…, учреждений» — a genitive — continues the same party).
"""

from __future__ import annotations

import re

from resolutions.morphology import (
    first_sentence,
    forms,
    rejoin_broken,
    unglue,
)
from resolutions.party_accusative import (
    _APPOINTED_LAST_RE,
    _APPOINTED_RE,
    _CHARGED_RE,
    _CONTROL_OTHER_RE,
    _CONTROL_RE,
    _CONTROL_SELF_RE,
    _RESPONSIBILITY_RE,
    _accusative_parties,
    _appointed_in_role,
    _laid_on_before_task,
    _laid_on_control,
    _names_a_task,
    _role_first,
)
from resolutions.party_dative import (
    _DIRECTIVES,
    _FINITE_DIRECTIVE_RE,
    _addressed,
    _after_introduction,
    _bodies_and_heads,
    _reflexive_doer,
    _support_doer,
)
from resolutions.party_names import _MAX_WORDS, _bare, _has_head, _head, _join_acting, _opens_party
from resolutions.party_phrase import _phrase
from resolutions.party_split import _split
from resolutions.party_tables import _cell_parties, _run_together

__all__ = ["DIRECTIVE_VERBS", "addressed_parties", "controller_parties", "responsibility_parties", "table_parties", "trailing_abbreviations"]
DIRECTIVE_VERBS = tuple(_DIRECTIVES)


# «Управление учета жилой площади /т. Семина/ переселить …»: slashes typed for brackets on a Soviet typewriter.
# «… с общественными …»: a one-letter preposition and the space after it.
_PREPOSITION_APART_RE = re.compile(r"(?<![А-Яа-яЁё])([воксу]) (?=[а-яё])")
_SLASHED_RE = re.compile(r"(?<![\w/])/([^/\n]{1,60}?)/(?![\w/])")


def addressed_parties(text: str) -> tuple[list[str], str] | None:
    """`_addressed_parties`, with a name or a note between slashes («/т. Семина/») read as one in brackets and
    given back as written."""
    slashed = [m.group(1) for m in _SLASHED_RE.finditer(text) if not m.group(1).strip().isdigit()]
    if not slashed:
        return _addressed_parties(text)
    found = _addressed_parties(_SLASHED_RE.sub(lambda m: f"({m.group(1)})" if m.group(1) in slashed else m.group(0), text))
    if found is None:
        return None
    parties = []
    for party in found[0]:
        for inner in slashed:
            party = party.replace(f"({inner})", f"/{inner}/")
        parties.append(party)
    return parties, found[1]


def _addressed_parties(text: str) -> tuple[list[str], str] | None:
    """The parties an item's first sentence addresses, and how: "directive" («Рекомендовать Мэру …») or
    "dative" («Администрации города Ижевска подготовить …», a lead-in «Атаманам … считать:»); or None.

    The party may follow an introductory phrase: «Во избежание разногласий …, рекомендовать всем …»,
    «В связи с …, отделу здравоохранения усилить …», «В срок до 1 мая 2014 года отделу … подготовить …»."""
    # «главам муниципальных образованийорганизовать»: words glued where a line break was lost.
    # «области,руководителям», «(Розуван А.М.)принять»: a comma or a bracket glued to the next word.
    flat = re.sub(r"([,)])(?=[А-ЯЁа-яё])", r"\1 ", " ".join(text.split()))
    tokens = _join_acting(rejoin_broken([word for token in first_sentence(flat).split() for word in unglue(token)]))
    if not tokens or len(tokens) < 2 and not tokens[0].endswith(":"):
        return None
    # «1.1. главам сельских поселений провести …» under «Рекомендовать:»: a sub-item that goes on its lead-in's
    # sentence names its party in the lower case, and must reach its verb as after an introduction.
    found = _addressed(tokens, introduced=_bare(tokens[0])[:1].islower())
    if found is None:
        found = next((f for start in _after_introduction(tokens) if (f := _addressed(tokens[start:], introduced=True))), None)
    if found is None and forms(_bare(tokens[0]).lower()).infinitive:
        # «Докладывать по проекту закона на сессии поручить начальнику управления …»: the task first, then
        # «поручить» and the one charged with it, to the sentence's end.
        charge = next((i for i, t in enumerate(tokens[1:_MAX_WORDS], 1) if t.lower() == "поручить"), None)
        found = _addressed(tokens[charge:]) if charge else None
    if found is None:
        found = _reflexive_doer(tokens) or _support_doer(tokens)
    verb = next((i for i, t in enumerate(tokens[:_MAX_WORDS]) if _FINITE_DIRECTIVE_RE.match(t)), None)
    if found is None and verb is not None:
        # «Участники форума рекомендуют органам власти …:»: a body's own directive, as «Рекомендовать …».
        infinitive = next(v for v in _DIRECTIVES if v[:4] == tokens[verb][:4].lower())
        found = _addressed([infinitive, *tokens[verb + 1:]])
        # «Комиссия предлагает следующие меры:»: what is offered, not to whom.
        if found and not all(_head(p.split(), _DIRECTIVES[infinitive]) or _bare(p)[:2].isupper() for p in found[0]):
            found = None
    if found is not None and (bodies := _bodies_and_heads(tokens)):
        found = ([*found[0], *(b for b in bodies if b not in found[0])], found[1])
    if found is not None:
        found = ([_as_written(party, flat) for party in found[0]], found[1])
    return found


def _as_written(party: str, flat: str) -> str:
    """«связям с общественными» read from «связям собщественными»: a one-letter preposition `unglue` set apart
    from the word a lost space glued it to is given back glued, as the text has it."""
    if party in flat or not _PREPOSITION_APART_RE.search(party):
        return party
    pattern, last = "", 0
    for match in _PREPOSITION_APART_RE.finditer(party):
        pattern += re.escape(party[last:match.start()]) + match.group(1) + r"\s?"
        last = match.end()
    found = re.search(pattern + re.escape(party[last:]), flat)
    return found.group(0) if found else party


def controller_parties(text: str) -> list[str] | None:
    """«Контроль за исполнением настоящего решения возложить на председателя комитета … Тура В.И.» →
    the parties as written; [] for «… оставляю за собой»; None when the item is not about control."""
    flat = " ".join(text.split())
    if _CONTROL_SELF_RE.match(flat):
        return []
    match = _CONTROL_RE.match(flat)
    if match is not None:
        return _accusative_parties(match.group("rest"))
    if (laid_on := _laid_on_control(first_sentence(flat).split())) is not None:
        return laid_on  # «Возложить на заместителя главы … контроль за исполнением …»: the same, the verb first
    match = _CONTROL_OTHER_RE.match(flat)
    if match is None:
        return None
    case = "nomn" if match.group("verb").lower().endswith(("ет", "ют")) else "datv"
    found = _phrase(match.group("rest").split(), directive=True, case=case)
    return _split(found[0], case) if found and found[0] and _has_head(found[0]) else None


def responsibility_parties(text: str) -> list[str] | None:
    """«Ответственность за проведение мероприятия возложить на начальника отдела …», «Определить
    (назначить) заместителя главы … Иванову И.И. ответственным за …» → the parties charged."""
    flat = " ".join(text.split())
    match = _RESPONSIBILITY_RE.match(flat)
    if match is not None:
        return _accusative_parties(match.group("rest")) or None
    appointed = _APPOINTED_RE.match(flat)
    if appointed is not None and len(appointed.group("who").split()) <= _MAX_WORDS:
        return _split(appointed.group("who").split(), "accs") or None
    appointed = _APPOINTED_LAST_RE.match(flat)
    if appointed is not None:
        return _accusative_parties(appointed.group("who")) or None
    sentence = first_sentence(flat)
    if (in_role := _appointed_in_role(sentence.split())) is not None:
        return in_role or None
    if (role_first := _role_first(sentence.split())) is not None:
        return role_first
    if (laid_on := _laid_on_before_task(sentence.split())) is not None:
        return laid_on or None
    charged = _CHARGED_RE.match(sentence)
    who = charged.group("rest").split() if charged is not None else []
    # «… возложить на особо уполномоченное … лицо»: the words after the first judge an adverb.
    if charged is not None and _names_a_task(charged.group("task")) and _opens_party(who[0], "accs", who[1:4]):
        return _accusative_parties(charged.group("rest")) or None
    return None


def table_parties(cell: str) -> list[str]:
    """The responsible column of a plan: «Зобнин С.Н. (по согласованию), главы сельских поселений» or
    «Г.В. Кислова И.А. Финогенова» (names one after another) → the parties as written. Parties run together
    without a comma («Кл. руководители Организатор», «Филиал «Детская библиотека» Громова Ю. Ю.») are
    taken apart first (`_run_together`)."""
    cell = re.sub(r"\s*\(по согласованию\)", "", cell, flags=re.IGNORECASE)
    # «Министерство культуры … с участием (с привлечением) органов местного самоуправления»: participants,
    # not charged.
    cell = re.sub(r"\s+(?:с участием|при участии|с привлечением)\s.*$", "", cell, flags=re.IGNORECASE)
    return [party for segment in _run_together(cell) for party in _cell_parties(segment)]


# «МУ "АГБ"», «ОТ и СЗН», «ООиП»: a body named by its abbreviation, with its quoted name; several joined by «и».
_ABBREVIATION = r'[А-ЯЁ](?:[а-яё]?[А-ЯЁ])+(?:\s+"[^"]{1,60}")?'
_TRAILING_ABBREVIATIONS_RE = re.compile(
    rf"(?<=\s){_ABBREVIATION}(?:\s+и\s+{_ABBREVIATION})*(?P<tail>\s+[А-ЯЁ]?[а-яё]+(?:\s+[а-яё]+){{0,2}})?$"
)


def trailing_abbreviations(text: str) -> tuple[int, int] | None:
    """The span of the bodies named by abbreviations at the end of a plan row whose responsible column
    comes before its deadline («… ликвидаторов аварии МУ "АГБ" По плану»), before a short deadline cell
    of up to three words that is no date («По плану»); None when the row does not end so. Only the row's
    last 200 characters are searched, so a long run of «АБ и АБ и …» costs no more than a short one."""
    offset = max(0, len(text) - 200)
    match = _TRAILING_ABBREVIATIONS_RE.search(text, offset)
    if match is None:
        return None
    return match.start(), match.start("tail") if match.group("tail") else match.end()
