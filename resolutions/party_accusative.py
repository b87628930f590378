"""The accusative readers: the controller («Контроль за исполнением возложить на …») and the
responsible («Возложить на X ответственность за …», «назначить ответственным …»), a party laid on before
or after the task, and the accusative list of parties itself."""

from __future__ import annotations

import re

from resolutions.morphology import (
    agrees,
    animate,
    datives,
    forms,
)
from resolutions.party_names import (
    _BODY_NOUNS,
    _MAX_WORDS,
    _bare,
    _ends_sentence,
    _is_capitalised,
    _join_acting,
)
from resolutions.party_split import _split

# «Контроль за исполнением (соблюдением, проведением …) … возложить (возлагаю, возлагается) на …», «Возложить
# контроль за … на …» (there «на» is a whole word, not the start of «настоящего»; a «на» glued to the next word,
# «возложить назаместителя», comes right after the verb, and one glued to the verb before it, «возложитьна
# комитет», is followed by a space); the controller in the dative after «поручить» / «осуществлять», in the
# nominative after «осуществляет». «Осуществление контроля за …» names the same control.
_CONTROL = r"(?:осуществление\s+контроля|контроль)\s+(?:за\s+|над\s+)?\w+"
_CONTROL_RE = re.compile(
    rf"^\s*(?:{_CONTROL}.*?\b(?:возложить|возлагаю|возлагается|возложен[аоы]?)(?:\s+на|на(?=\s))|возложить\s+{_CONTROL}.*?\s+на\b)"
    r"\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CONTROL_OTHER_RE = re.compile(
    rf"^\s*{_CONTROL}.*?\b(?P<verb>поручить|осуществлять|осуществляет|осуществляют)\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# «Ответственность за проведение мероприятия возложить на начальника отдела образования»: the one charged.
_RESPONSIBILITY_RE = re.compile(
    r"^\s*ответственность\s+за\s+.*?\bвозложить\s+на\s*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL
)
# «Определить учреждение … ответственным (учреждением, исполнителем) за …»: an instrumental noun may follow.
_APPOINTED_RE = re.compile(
    r"^\s*(?:определить|назначить)\s+(?P<who>[^;:]+?)\s+ответственн(?:ым|ыми|ой)\s+(?:[а-яё]+(?:ом|ем|ой|ей|ами|ями)\s+)?(?:за|лицом)\b",
    re.IGNORECASE,
)
# The same in the other word orders: «Ответственным за проведение … назначить заместителя главы …»,
# «Назначить ответственным за проведение месячника заместителя главы …», «Возложить ответственность за …
# на заместителя главы …», «Возложить общее руководство (координацию) … на комитет …», «Организацию
# выполнения … возложить на заместителя …». The one charged is the official or body named last, after the task.
_APPOINTED_LAST_RE = re.compile(
    r"^\s*(?:ответственн(?:ым|ыми|ой)(?:\s+лиц(?:ом|ами))?\s+за\s+.+?\s+(?:назначить|определить|считать)"
    r"|(?:назначить|определить)\s+ответственн(?:ым|ыми|ой)(?:\s+лиц(?:ом|ами))?\s+за\s+.+?"
    r"|возложить\s+(?:[а-яё]+(?:ую|ое|ее|ие)\s+)?(?:ответственность\s+за|(?:руководство|координацию|организацию)\s+(?:по|за|над)?)\s*.+?\s+на"
    r"|(?:[а-яё]+(?:ую|ое|ее|ие)\s+)?(?:руководство|координацию|организацию)\s+.+?\s+возложить\s+на)"
    r"\s+(?P<who>(?:(?:[А-ЯЁ]\.\s?){1,2}\s?)?(?:[а-яё]+(?:ого|его|ую|юю)\s+){0,2}(?:заместител|начальник|глав[уыа]|руководител|директор|председател|специалист"
    r"|секретар|инспектор|управляющ|уполномоченн|член|старост|отдел|управлени|комитет|комисси|администраци|сектор"
    r"|департамент|служб|[А-ЯЁ][а-яё-]+\s+(?:[А-ЯЁ]\.\s?){1,2}).*)$",
    re.IGNORECASE | re.DOTALL,
)
# A signer's title after the last name of an item that ran into the signature: «… Николаева Э.В. Глава администрации …».
_SIGNER_WORDS = {
    "глава", "мэр", "префект", "губернатор", "председатель", "руководитель", "и.о.", "исполняющий", "начальник",
    "директор", "заведующий", "заведующая", "управляющий", "ректор", "атаман", "президент",
}
# «Контроль за исполнением … оставляю за собой», and the verb first: «Оставляю за собой контроль за …».
_CONTROL_SELF_RE = re.compile(
    r"^\s*(?:контроль\s+(?:за\s+)?\w+.*\bоставляю\s+за\s+собой|оставляю\s+за\s+собой\s+контроль\b)", re.IGNORECASE | re.DOTALL
)


def _appointed_in_role(tokens: list[str]) -> list[str] | None:
    """«Определить головным комитетом по подготовке проекта … комитет Думы по …», «Назначить ответственным
    исполнителем по проведению смотра отдел культуры»: an agent's role (a body or people) in the instrumental,
    with its task after «по», «за» or «для», then the one appointed, in the accusative, to the sentence's end.
    None when the sentence is not so; a role that names no agent («местом проведения», «датой») appoints no one."""
    if len(tokens) < 5 or _bare(tokens[0]).lower() not in {"определить", "назначить"}:
        return None
    # «головным исполнителем»: pymorphy3 also offers a noun for «головным»; the role is the first bare noun.
    role = next((i for i, t in enumerate(tokens[1:5], start=1) if forms(_bare(t)).pos & {"NOUN", "ADJF", "PRTF"} == {"NOUN"}), None)
    if role is None or not all(forms(_bare(t)).pos & {"ADJF", "PRTF"} for t in tokens[1:role]):
        return None
    noun = _bare(tokens[role])
    if forms(noun).cases != {"ablt"} or _bare(tokens[role + 1]).lower() not in {"по", "за", "для"}:
        return None
    if not (animate(noun) or datives(noun) & _BODY_NOUNS):
        return []
    start = _accusative_after_task(tokens, role + 2)
    return _accusative_parties(" ".join(tokens[start:])) if start is not None else []


def _role_first(tokens: list[str]) -> list[str] | None:
    """«Координатором работы по подготовке к празднованию … определить управление по связям с общественностью …»,
    «Головным исполнителем по проведению смотра назначить отдел культуры»: the same appointment with the role first —
    an agent's noun in the instrumental (a body or people), its task after «по», «за» or «для», then «определить» or «назначить» and the one
    appointed, in the accusative, to the sentence's end. None when the sentence is not so."""
    role = next((i for i, t in enumerate(tokens[:3]) if forms(_bare(t)).pos & {"NOUN", "ADJF", "PRTF"} == {"NOUN"}), None)
    if role is None or not all(forms(_bare(t)).pos & {"ADJF", "PRTF"} for t in tokens[:role]):
        return None
    noun = _bare(tokens[role])
    if forms(noun).cases != {"ablt"} or not (animate(noun) or datives(noun) & _BODY_NOUNS):
        return None
    verb = next((i for i, t in enumerate(tokens[role + 1:], start=role + 1) if t.lower() in {"определить", "назначить"}), None)
    if verb is None or verb + 1 >= len(tokens) or any(t.endswith((",", ";", ":")) for t in tokens[role:verb]):
        return None
    if not {"по", "за", "для"} & {t.lower() for t in tokens[role + 1:verb]}:
        return None  # «Заказчиком программы определить администрацию»: a role with no task to do appoints no one
    return _accusative_parties(" ".join(tokens[verb + 1:])) or None


def _laid_on_before_task(tokens: list[str]) -> list[str] | None:
    """«Возложить на отдел культуры (Петрова А.А.) организацию выставки»: the one charged, in the accusative
    right after «Возложить на», then the task laid on it, a verbal noun in the accusative. The party ends before
    the first lower-case noun outside brackets, quotes and a preposition's group that can be an accusative and
    not a genitive dependent. None when the sentence is not so, or no such task follows (the party's end is
    then unknown)."""
    found = _laid_on(tokens)
    return None if found is None else found[0]


def _laid_on_control(tokens: list[str]) -> list[str] | None:
    """«Возложить на заместителя главы Петрова П.П. контроль за исполнением …», «Возлагаю на … осуществление
    контроля за …»: the verb, then the one charged, then the control laid on it — the controller, as in «Контроль
    … возложить на …». None when the task laid on is not control."""
    found = _laid_on(tokens)
    if found is None:
        return None
    noun = [_bare(t).lower() for t in tokens[found[1]:found[1] + 2]]
    return found[0] if noun[0] == "контроль" or noun == ["осуществление", "контроля"] else None


def _laid_on(tokens: list[str]) -> tuple[list[str], int] | None:
    """The parties laid on before the task (`_laid_on_before_task`) and the index of the task's noun."""
    if (len(tokens) < 4 or [_bare(t).lower() for t in tokens[:2]] not in (["возложить", "на"], ["возлагаю", "на"])
            or tokens[1] != "на"):
        return None
    depth = quotes = 0
    governed = False
    for position in range(2, min(len(tokens), _MAX_WORDS)):
        token, bare = tokens[position], _bare(tokens[position])
        word = forms(bare)
        if word.infinitive:
            return None
        level = depth == 0 and quotes % 2 == 0
        if level and bare[:1].islower() and "PREP" in word.pos:
            governed = True
        elif level and governed:
            governed = "NOUN" not in word.pos
        elif level and position > 2 and bare[:1].islower() and "NOUN" in word.pos and word.can_be("accs") and not word.can_be("gent"):
            start = position
            while start > 3 and agrees(_bare(tokens[start - 1]), bare, "accs") and not tokens[start - 1].endswith((",", ")")):
                start -= 1
            return _accusative_parties(" ".join(tokens[2:start])), position
        depth += token.count("(") - token.count(")")
        quotes += token.count("«") + token.count("»") + token.count('"')
        if level and _ends_sentence(token):
            return None
    return None


def _accusative_after_task(tokens: list[str], index: int) -> int | None:
    """Where the accusative party starts after a task's words: the first noun outside a preposition's group
    that can be an accusative and not a genitive dependent («… решения ко второму чтению комитет»), or a
    noun of people, or an abbreviation; with the adjectives before it that agree with it."""
    governed = False
    for position in range(index, min(len(tokens), _MAX_WORDS)):
        bare = _bare(tokens[position])
        word = forms(bare)
        if word.infinitive:
            return None
        if bare[:1].islower() and "PREP" in word.pos:
            governed = True
        elif governed:
            governed = "NOUN" not in word.pos
        elif (len(bare) > 1 and bare.isupper()) or "NOUN" in word.pos and word.can_be("accs") and (
                not word.can_be("gent") or animate(bare, "accs")):
            start = position
            while start > index and agrees(_bare(tokens[start - 1]), bare, "accs") and not tokens[start - 1].endswith(","):
                start -= 1
            return start
    return None


# «Техническое обеспечение работы группы возложить на министерство …», «Исполнение решения съезд возлагает на
# правление»: a task named first, then laid on the one charged with it (control is the controller's form).
_CHARGED_RE = re.compile(
    r"^\s*(?P<task>[^.;:]{3,300}?)\s+(?:возложить|возлагает|возлагают|возлагается)\s+на\s+(?P<rest>\S.*)$", re.IGNORECASE
)


def _names_a_task(task: str) -> bool:
    """The sentence opens with the task: a capitalised noun or adjective that can be its accusative (not a
    preposition, a verb, or «Контроль», which names the controller)."""
    first = _bare(task.split()[0])
    found = forms(first)
    return (_is_capitalised(first) and found.nominal and found.can_be("accs") and not found.infinitive
            and "PREP" not in found.pos and first.lower() != "контроль")


def _accusative_parties(rest: str) -> list[str]:
    """The parties after «возложить на», up to the end of the sentence."""
    tokens: list[str] = []
    depth = 0
    for token in _join_acting(rest.split()[:_MAX_WORDS]):
        if depth == 0 and tokens and tokens[-1].endswith(".") and token.lower() in _SIGNER_WORDS and _is_capitalised(token):
            break  # «… Николаева Э.В. Глава администрации района»: the signature, run into the item
        tokens.append(token)
        depth += token.count("(") - token.count(")")
        if depth == 0 and _ends_sentence(token):
            break
    # «возложить на заместителя главы (Степина Т.И.) и на комитет …»: a repeated «на» opens each party.
    groups: list[list[str]] = [[]]
    for token in tokens:
        if token.lower() == "на" and len(groups[-1]) > 1 and groups[-1][-1].lower() == "и":
            groups[-1].pop()
            groups.append([])
            continue
        groups[-1].append(token)
    return [_named_after_pronoun(party) for group in groups if group for party in _split(group, "accs")]


# «на его организаторов – оргкомитет …», «на их руководителей — директоров школ»: a pronoun's party, named after a dash.
_PRONOUN_DASH_RE = re.compile(r"^(?:его|её|ее|их)\s+\S+(?:\s+\S+)?\s+[-–—]\s+(?P<named>\S.*)$", re.IGNORECASE)


def _named_after_pronoun(party: str) -> str:
    """«его организаторов - оргкомитет областной администрации»: a party that opens with a possessive pronoun refers
    back to what the sentence spoke of; the dash after it introduces the party by name, which is the one charged."""
    found = _PRONOUN_DASH_RE.match(party)
    return found.group("named") if found else party
