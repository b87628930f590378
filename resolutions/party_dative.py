"""The dative readers: who an item is addressed to («Поручить Министерству …», «Управлению
обеспечить …», «Рекомендовать органам …»), a reflexive or supporting doer, a contrast with another party,
officials in the nominative, recipients of giving verbs, and a party after an introduction or an object."""

from __future__ import annotations

import re

from resolutions.morphology import (
    agrees,
    animate,
    forms,
    noun_lemmas,
)
from resolutions.parsing_utils import strip_party
from resolutions.party_names import (
    _ACTING_RE,
    _BODY_NOUNS,
    _COMRADE_RE,
    _LEGAL_FORMS,
    _MAX_WORDS,
    _adjective_head,
    _bare,
    _comrade,
    _ends_sentence,
    _has_head,
    _head,
    _head_in_brackets,
    _is_capitalised,
    _is_person,
    _named_enterprises,
    _opens_party,
)
from resolutions.party_phrase import _DATE_END_RE, _colon_ahead, _phrase
from resolutions.party_split import _split

# The directive verbs and the case of the party they govern.
_DIRECTIVES = {
    "поручить": "datv", "рекомендовать": "datv", "предложить": "datv", "предлагать": "datv",
    "просить": "accs", "обязать": "accs",
}


def _bodies_and_heads(tokens: list[str]) -> list[str]:
    """«(НКЗ — т. Петров обеспечивает подачу автобусов, а НКФ — т. Сидоров организует их встречу)»: inside a
    bracket that goes on a charge, a body named by its abbreviation, a dash and its head in the nominative,
    then the act in the present or future, say who does it. An act in the past («… доложил …») reports."""
    parties: list[str] = []
    depth = 0
    for index, token in enumerate(tokens[:_MAX_WORDS]):
        depth += token.count("(") - token.count(")")
        body = _bare(token)
        if not (depth > 0 and len(body) > 1 and body.isupper() and body.isalpha() and index + 2 < len(tokens)
                and tokens[index + 1] in _DASHES):
            continue
        head = next((i for i in range(index + 2, min(index + 6, len(tokens))) if not _is_capitalised(tokens[i])
                     and not _COMRADE_RE.match(tokens[i])), None)
        person = tokens[index + 2:head] if head is not None else []
        if (person and forms(_bare(tokens[head])).indicative and not tokens[head - 1].endswith((",", ")"))
                and (_comrade(person[0], person[1:]) or _is_person(person))):
            parties.append(strip_party(" ".join([token.lstrip("("), tokens[index + 1], *person])))
    return parties


def _reflexive_doer(tokens: list[str]) -> tuple[list[str], str] | None:
    """«Немедленно перебазироваться органам Наркомата связи в г. Казань», «Собраться членам комиссии 5 мая»: a
    reflexive infinitive takes no dative object, so a body or people in the dative right after it (and the
    adverbs that may open the sentence) are its doers."""
    verb = next((i for i, t in enumerate(tokens[:3]) if not forms(_bare(t).lower()).pos & {"ADVB", "PRCL"}), None)
    if verb is None or verb + 1 >= len(tokens) or not _reflexive(tokens[verb]):
        return None
    rest = tokens[verb + 1:]
    if not _opens_party(rest[0], "datv", rest[1:]) or _is_capitalised(rest[0]):
        return None
    found = _phrase(rest, directive=True)
    if not found or not found[0] or not _has_head(found[0]) or not _head_can_be_dative(found[0]):
        return None
    head = _head(found[0], "datv")
    if not (animate(head, "datv") or head.lower() in _BODY_NOUNS):
        return None
    parties = _split(found[0], "datv") + _contrasted(rest[len(found[0]) - 1:], "datv")
    return (parties, "dative") if parties else None


# Support verbs: they take the act as their object («Финансирование … осуществить») and no dative.
_SUPPORT_VERBS = {"осуществить", "осуществлять"}


def _support_doer(tokens: list[str]) -> tuple[list[str], str] | None:
    """«Финансирование мероприятий осуществить за счет средств …, соответствующим государственным учреждениям»:
    an act named first, then a support verb, and a body in the dative ending the sentence, which performs it.
    The dative must head the phrase on its own: not after a preposition («согласно плану») or a participle
    («средств, выделенных управлению»), whose object it would be; and a body, since people («работникам») or
    the populace are those an act such as a payment goes to."""
    first = forms(_bare(tokens[0]))
    if not (_is_capitalised(tokens[0]) and "NOUN" in first.pos and first.can_be("accs") and not animate(_bare(tokens[0]))):
        return None
    verb = next((i for i, t in enumerate(tokens[1:8], start=1) if t.endswith((",", ";")) or forms(_bare(t)).infinitive), None)
    if verb is None or _bare(tokens[verb]).lower() not in _SUPPORT_VERBS:
        return None
    for index in range(verb + 1, min(len(tokens), _MAX_WORDS)):
        token, previous = tokens[index], forms(_bare(tokens[index - 1]))
        if (_is_capitalised(token) or previous.pos & {"PRTF", "PREP", "VERB", "INFN"}
                or not _opens_party(token, "datv", tokens[index + 1:]) or _governed_by_preposition(tokens, index)):
            continue
        found = _phrase(tokens[index:], directive=True)
        if found and found[1] == "sentence" and _has_head(found[0]) and _head_can_be_dative(found[0]):
            head = _head(found[0], "datv").lower()
            if head in _BODY_NOUNS and head != "населению" and not animate(head, "datv"):
                return _split(found[0], "datv"), "dative"
            return None
    return None


def _reflexive(token: str) -> bool:
    """«эвакуироваться», «собраться»: an infinitive of a reflexive verb."""
    bare = _bare(token).lower()
    return forms(bare).infinitive and bare.endswith(("ся", "сь"))


# «рекомендуют», «предлагаем», «просит», «поручает», «обязывает»: a directive verb in a finite form, in the
# middle of a sentence, after the body that decides.
_FINITE_DIRECTIVE_RE = re.compile(r"^(?:рекоменду|предлага|прос|поруча|обязыва)(?:ем|ет|ют|им|ит|ят)$", re.IGNORECASE)


def _addressed(tokens: list[str], *, introduced: bool = False) -> tuple[list[str], str] | None:
    if len(tokens) < 2 and not (tokens and tokens[0].endswith(":") and "NOUN" in forms(_bare(tokens[0])).pos):
        return None  # «Руководителям:», one word, is a lead-in still
    verb = tokens[0].lower().strip(",.:;")
    if verb in _DIRECTIVES:
        case, rest = _DIRECTIVES[verb], tokens[1:]
        while len(rest) > 1 and rest[0] in {"-", "–", "—", "•"}:
            rest = rest[1:]  # «Предложить: - жителям поселения …»: a bullet after the lead-in's colon
        if verb == "просить" and rest[0].lower() == "у" and len(rest) > 1:
            case, rest = "gent", rest[1:]  # «Просить у Посольства РФ в Чили возмещения …»: the one asked
        charge = next((i for i, t in enumerate(rest[:4]) if _bare(t).lower() == "ответственность"), None)
        if case == "accs" and rest[0].lower() == "под" and charge is not None and charge + 1 < len(rest):
            rest = rest[charge + 1:]  # «Обязать под личную ответственность председателя …»: how, not whom
        task_first = forms(_bare(rest[0])).infinitive
        if task_first:
            # «Поручить проработать вопрос председателю …»: the task, then the one charged with it, last.
            rest = _after_task(rest) if verb == "поручить" else []
            if not rest:
                return None
        elif verb == "поручить":
            rest = _after_object(rest)  # «Поручить организацию праздника отделу культуры»
        elif case == "datv" and _object_first(rest[0]):
            return None  # «Рекомендовать утвержденный план к исполнению»: what is recommended, to no one named
        found = _phrase(rest, directive=True, case=case)
        if not found or not found[0] or task_first and found[1] != "sentence":
            return None
        words, more = found[0], []
        following = rest[len(words)] if len(words) < len(rest) else ""
        if found[1] == "verb" and len(words) > 1 and words[-1].lower() == "и" and following.lower() in _DIRECTIVES:
            # «Обязать руководителя учреждения … и рекомендовать главам поселений обеспечить …»: two charges
            # joined in one sentence, each verb with its own party in its own case.
            words = words[:-1]
            second = _addressed(rest[len(found[0]):])
            more = second[0] if second else []
        parties = _split(words, case)
        if found[1] == "verb" and not more:
            more = _contrasted(rest[len(words):], case)
        return ([*parties, *more], "directive") if parties and _has_head(words) else None
    if tokens[0] in _LEGAL_FORMS and (named := _named_enterprises(tokens)):
        return named, "named"
    first = forms(_bare(tokens[0]))
    if not introduced and (officials := _nominative_officials(tokens)):
        return officials, "named"
    # «И.о. главы администрации Петрову П.П. организовать …»: the acting official, named in the dative; «КСОРС
    # совместно с … подготовить …»: an abbreviation, which does not decline, heads a party in any case.
    acting = bool(_ACTING_RE.match(tokens[0])) or (len(_bare(tokens[0])) > 1 and _bare(tokens[0]).isupper()
                                                   and _bare(tokens[0]).isalpha() and tokens[0] not in _LEGAL_FORMS
                                                   and not forms(_bare(tokens[0]).lower()).infinitive)
    # «В паспорте Программы …», «К работе …»: a capitalised preposition is not a party; nor «Её состав
    # утвердить …», a possessive pronoun.
    if not acting and (not ((introduced or _is_capitalised(tokens[0])) and first.nominal and first.can_be("datv"))
                       or "PREP" in first.pos or {"NPRO", "ADJF"} <= first.pos):
        return None
    found = _phrase(tokens, directive=True)
    if not found or not _has_head(found[0]) or not (acting or _head_can_be_dative(found[0])):
        return None
    if found[1] == "stop" and not introduced:
        # «Страновым КСОРС при участии РКС активизировать …»: an adjunct between the party and its verb, or
        # «Кабинету Министров в трехмесячный срок:» one before a lead-in's colon.
        rest = tokens[len(found[0]):_MAX_WORDS]
        if not any(forms(_bare(t)).infinitive or forms(_bare(t)).future_act for t in rest) and not _colon_ahead(rest, 0):
            return None
    elif found[1] == "sentence" or (introduced and found[1] != "verb"):
        return None
    if found[1] == "verb" and not any(forms(_bare(t)).can_be("datv") for t in found[0] if not _bare(t).isupper()):
        return None
    if any(_finite_verb(t) for t in found[0]):
        return None  # «Комитет включился в поход и предлагает …»: a subject acting itself, not a dative party
    if found[1] == "verb" and _recipients(found[0], tokens[len(found[0])]):
        return None
    parties = _split(found[0], "datv")
    if found[1] == "verb":
        parties += _contrasted(tokens[len(found[0]):], "datv")
    return (parties, "dative") if parties else None


_DASHES = {"-", "–", "—"}


def _contrasted(act: list[str], case: str) -> list[str]:
    """«Просить полковника Н. оборудовать зал, а подполковника К. выделить макет», «Отделу образования провести
    олимпиаду, а управлению культуры — выставку»: after the first party's act (`act` opens with its verb),
    «, а» and a phrase in the same case before its own infinitive, or before a dash standing for the same
    verb, name a second party. In the accusative only people are asked so; a thing («а средства выделить …»)
    or those given something («а победителей наградить») are the verb's object."""
    depth = 0
    for index, token in enumerate(act[1:_MAX_WORDS], start=1):
        depth += token.count("(") - token.count(")")
        if depth or token.lower() != "а" or not act[index - 1].endswith(","):
            continue
        rest = act[index + 1:]
        if not rest or _bare(rest[0]).lower() == "также" or not _opens_party(rest[0], case, rest[1:]):
            return []
        found = _phrase(rest, directive=True, case=case)
        if found is None:
            return []
        words, verb = found[0], rest[len(found[0])] if len(found[0]) < len(rest) else ""
        dash = next((i for i, t in enumerate(words) if t in _DASHES), None)
        if found[1] != "verb" and dash is not None:
            words = words[:dash]
        elif found[1] != "verb" or _recipients(words, verb):
            return []
        if not words or not _has_head(words) or not _acts_in(words, case):
            return []
        return _split(words, case)
    return []


def _acts_in(words: list[str], case: str) -> bool:
    """Can `words` be a party of this case that acts: a dative head («управлению»), or in the accusative, whose
    objects look the same, a person («подполковника т. Кузнецова»)."""
    if case == "datv":
        return _head_can_be_dative(words) and any(forms(_bare(t)).can_be("datv") for t in words if not _bare(t).isupper())
    return animate(_head(words, case), case) or any(_comrade(t, words[i + 1:]) for i, t in enumerate(words))


def _nominative_officials(tokens: list[str]) -> list[str]:
    """«Заместитель акима района, акимы сельских округов … обеспечить …»: people named in the nominative
    before the infinitive they are charged with. A noun of people cannot be that infinitive's object, whose
    accusative differs («заместителя»); a finite verb or a short adjective («обязаны», «должны») before the
    infinitive makes the sentence a statement, not a charge. A body («Управление … хозяйства (Иванов И.И.)
    подготовить …») could be the infinitive's object, so it is charged only with its head named in brackets
    right before the verb: no object has a head."""
    first = forms(_bare(tokens[0]))
    people = animate(_bare(tokens[0]), "nomn")
    if not (_is_capitalised(tokens[0]) and (people or "NOUN" in first.pos and first.can_be("nomn"))) or first.can_be("datv"):
        return []
    found = _phrase(tokens, directive=True, case="nomn")
    if not found or found[1] == "sentence" or any(_predicate(t) for t in found[0]):
        return []
    if not people and not (found[1] == "verb" and _head_in_brackets(found[0])):
        return []
    verb = next((t for t in tokens[len(found[0]):_MAX_WORDS] if forms(_bare(t)).infinitive), "")
    # «Дети … допускаться …», «Победители конкурса наградить …»: a passive infinitive or one that gives
    # something has its patient, not its agent, in the nominative.
    if not verb or _bare(verb).endswith(("ся", "сь")) or _recipients(found[0], verb):
        return []
    return _split(found[0], "nomn")


def _finite_verb(token: str) -> bool:
    """«включился», «объявил»: a lower-case word that can only be a verb in a finite form. Narrower than
    `_predicate`, whose short adjectives («должны», «обязаны») may stand inside a dative party's clause."""
    found = forms(_bare(token))
    return _bare(token)[:1].islower() and "VERB" in found.pos and not found.nominal and not found.infinitive


def _predicate(token: str) -> bool:
    pos = forms(_bare(token)).pos
    return bool(pos & {"VERB", "ADJS", "PRTS", "PRED"}) and "NOUN" not in pos


# Verbs whose dative is the one given something: «Победителям конкурса вручить дипломы», «Работникам
# объявить благодарность». A body («Отделу культуры вручить дипломы») still acts.
_GIVING_VERBS = {"вручить", "вручать", "выплатить", "выплачивать", "присвоить", "выдать", "выдавать", "предоставить",
                 "предоставлять", "объявить", "выразить", "наградить", "поощрить", "премировать"}


def _recipients(words: list[str], verb: str) -> bool:
    if _bare(verb).lower() not in _GIVING_VERBS:
        return False
    return not any(_bare(t).lower() in _BODY_NOUNS or _bare(t).isupper() for t in words)


def _head_can_be_dative(words: list[str]) -> bool:
    """«Последним сроком откочевки … определить 1 июня», «Уполномоченным органом определить …»: the phrase's
    first noun is its head; an instrumental head («сроком», «органом») is no dative party, whatever case
    the adjective before it could be in."""
    if _adjective_head(words):
        return forms(_bare(words[0])).can_be("datv")
    for index, token in enumerate(words):
        bare = _bare(token)
        if not bare or bare.isupper():
            continue
        found = forms(bare)
        following = forms(_bare(words[index + 1])) if index + 1 < len(words) else None
        if "ADJF" in found.pos and following is not None and "NOUN" in following.pos:
            continue  # «Основным исполнителем»: an adjective (pymorphy3 also offers a noun) before its noun
        if "NOUN" in found.pos and found.cases:
            return found.can_be("datv")
    return True


def _object_first(token: str) -> bool:
    """«Рекомендовать утвержденные службы к …», «Предложить следующий порядок …»: a lower-case noun, adjective
    or participle that cannot be a dative opens the verb's object, not the party it is addressed to."""
    found = forms(_bare(token))
    return _bare(token)[:1].islower() and found.nominal and bool(found.cases) and not found.can_be("datv")


def _after_object(tokens: list[str]) -> list[str]:
    """«Поручить организацию праздника отделу культуры»: an object the verb governs in the accusative comes
    before the party; the party starts at the first word after it that can be a dative, or at an abbreviation
    in capitals, which does not decline («Поручить организацию и проведение конкурса ГУК «Дом …»»)."""
    first = forms(_bare(tokens[0]))
    if not (_bare(tokens[0])[:1].islower() and "NOUN" in first.pos and first.cases and not first.can_be("datv")):
        return tokens
    guillemets, straight = 0, 0  # quotes open before the token: a quoted name's words («конкурса «Лучший ДК»») are no party
    for index, token in enumerate(tokens[1:_MAX_WORDS], start=1):
        word = forms(_bare(token))
        if word.infinitive or token.endswith((".", ";")):
            break
        if word.nominal and word.can_be("datv") and not word.only_genitive and not word.can_be("gent"):
            return tokens[index:]
        if not (guillemets or straight or token.startswith(("«", '"'))) and _undeclined_abbreviation(token):
            return tokens[index:]
        guillemets += token.count("«") - token.count("»")
        straight ^= token.count('"') % 2
    return tokens


def _undeclined_abbreviation(token: str) -> bool:
    """«ГУК», «МБУК», «ЦБС»: a body's abbreviation in capitals, which does not decline and may be a party in any case."""
    return re.fullmatch(r"[А-ЯЁ]{2,}", _bare(token)) is not None


def _after_task(tokens: list[str]) -> list[str]:
    """«Поручить проработать этот вопрос председателю …»: after the infinitive and its object's noun (and the
    words that cannot be a dative, its genitives), the party starts at the first word that can only be one, or
    at a title cut short and glued to its genitive («пред.горсовета»); [] if none comes before the sentence ends."""
    noun = next((i for i, t in enumerate(tokens[1:6], start=1) if "NOUN" in forms(_bare(t)).pos), None)
    if noun is None:
        return []
    for index, token in enumerate(tokens[noun + 1:_MAX_WORDS], start=noun + 1):
        word = forms(_bare(token))
        if word.infinitive or _ends_sentence(token):
            return []
        if _glued_title(token) or word.nominal and word.can_be("datv") and not word.can_be("gent"):
            return tokens[index:]
    return []


def _glued_title(token: str) -> bool:
    """«пред.горсовета», «зам.директора»: a title cut short, its dot glued to the genitive it governs."""
    match = re.fullmatch(r"([а-яё]{2,5})\.([а-яё]{3,})", _bare(token))
    return match is not None and forms(match.group(2)).can_be("gent") and "NOUN" in forms(match.group(2)).pos


def _after_introduction(tokens: list[str]) -> list[int]:
    """Where a party may start after an introductory phrase that opens the sentence with a preposition, a
    gerund or an adverb: after each comma, or after a date, before the sentence's first infinitive; or at that
    infinitive when it directs («В целях … в районе обязать председателей колхозов …», no comma before it)."""
    first = forms(_bare(tokens[0]))
    if not (_is_capitalised(tokens[0]) and first.pos & {"PREP", "GRND", "ADVB", "CONJ"}):
        return []
    positions: list[int] = []
    depth = quotes = 0
    for index, token in enumerate(tokens[:_MAX_WORDS]):
        if index and _bare(token)[:1].islower() and forms(_bare(token)).infinitive:
            if _bare(token) in _DIRECTIVES:
                positions.append(index)
            break
        depth += token.count("(") - token.count(")")
        quotes += token.count("«") - token.count("»")
        if depth or quotes:
            continue
        # «до 1 марта 2019 г. провести …»: after the whole date, its year's «г.» included.
        if token.endswith(",") or _DATE_END_RE.match(token.rstrip(",")) and not (
            index + 1 < len(tokens) and _DATE_END_RE.match(tokens[index + 1].rstrip(","))
        ):
            positions.append(index + 1)
        elif (index and _only_dative(token) and not _governed_by_preposition(tokens, index)
              and not _recipient_of_giving(tokens, index)):
            # «В целях предупреждения пожаров руководителям предприятий провести …»: no comma, but a noun
            # that can only be a dative (and no «к» or «по» governs it) starts the party, with its adjectives.
            positions.append(_with_adjectives(tokens, index))
    return sorted({position for position in positions if 0 < position < len(tokens) - 1})


_DATIVE_PREPOSITIONS = {"к", "ко", "по", "согласно", "благодаря", "навстречу", "вопреки", "подобно"}


def _governed_by_preposition(tokens: list[str], index: int) -> bool:
    """«по всем вопросам», «к этим срокам»: a dative preposition governs the noun, its adjectives and pronouns
    («всем», «этим») between them."""
    for token in reversed(tokens[max(0, index - 4):index]):
        bare = _bare(token).lower()
        if bare in _DATIVE_PREPOSITIONS:
            return True
        if token.endswith((",", ";", ":")) or not forms(bare).pos & {"ADJF", "PRTF", "NPRO"} or "NOUN" in forms(bare).pos:
            return False
    return False


def _with_adjectives(tokens: list[str], index: int) -> int:
    """«… средств школам финансовому управлению подготовить …»: where the dative phrase of the noun at `index`
    starts, at the adjectives agreeing with it right before it."""
    start = index
    while start > 1 and not tokens[start - 1].endswith((",", ";", ":")) and _bare(tokens[start - 1])[:1].islower():
        previous = _bare(tokens[start - 1])
        if not (forms(previous).pos & {"ADJF", "PRTF"} and agrees(previous, _bare(tokens[index]), "datv")):
            break
        start -= 1
    return start


# Nouns of giving, the acts of `_GIVING_VERBS` and their kin: their dative is the one who receives.
_GIVING_NOUNS = {"вручение", "выплата", "присвоение", "выдача", "предоставление", "передача", "выделение", "оказание",
                 "объявление", "выражение"}


def _recipient_of_giving(tokens: list[str], index: int) -> bool:
    """«в процессе присвоения кленовскому парку статуса …», «в целях оказания помощи ветеранам …»: a dative after
    a noun of giving, with no comma between (only the genitive of what is given, or the dative's adjectives), is
    who receives the thing given, the noun's object: no party."""
    for token in reversed(tokens[max(0, index - 5):index]):
        if token.endswith((",", ";", ":")):
            return False
        bare = _bare(token).lower()
        if noun_lemmas(bare) & _GIVING_NOUNS:
            return True
        found = forms(bare)
        adjective = found.pos & {"ADJF", "PRTF"} and found.can_be("datv")
        if not (found.nominal and found.can_be("gent") or adjective):
            return False  # a dative noun between is the recipient already, and what follows it another phrase
    return False


def _only_dative(token: str) -> bool:
    bare = _bare(token)
    found = forms(bare)
    return bare[:1].islower() and "NOUN" in found.pos and found.cases == frozenset({"datv"})
