"""Where a party's phrase ends, for the party readers: a place named after a body, an adjunct («по
вопросам …», «с участием …»), a participle's dated clause, a note on a name, a reported field, a term or a
colon ahead; what is an object of the task rather than part of the party."""

from __future__ import annotations

import re

from resolutions.morphology import (
    agrees,
    forms,
    glued_head,
    inanimate,
    noun_lemmas,
    substantive,
)
from resolutions.party_names import (
    _BODY_NOUNS,
    _ENDING_WORDS,
    _MAX_WORDS,
    _SETTLEMENT_ABBREVIATION_RE,
    _SETTLEMENT_WORDS,
    _adjective_head,
    _bare,
    _ends_sentence,
    _governs_instrumental,
    _guillemets_after,
    _is_capitalised,
    _list_of_names,
    _note_on_name,
    _opens_party,
    _proper_name_goes_on,
    _qualifier,
    _straight_quotes_after,
)

_PLACE_NOUNS = {"районе", "области", "крае", "округе", "городе", "поселении", "республике", "федерации"}
# «его органам на местах», «отделениям фонда в районах»: places in the plural say where a body's branches sit.
_PLACES_OF_BRANCHES = {"местах", "районах", "регионах", "областях", "округах", "городах", "поселениях", "территориях"}


def _place_name_ahead(following: str, beyond: str) -> bool:
    """«Посольству Российской Федерации в Латвийской Республике», «Отделению фонда в Моргаушском районе»: a
    place named by a capitalised adjective and its place noun; «в Доме культуры» is not one."""
    found = forms(_bare(following))
    return "ADJF" in found.pos and "NOUN" not in found.pos and _bare(beyond).lower() in _PLACE_NOUNS




def _settlement_ahead(token: str, following: str) -> bool:
    """«МБОУ "Средняя школа" с. Объячево», «фельдшерскому пункту д. Горки»: a settlement's abbreviation and
    its capitalised name (not initials) place the body; the «с.» is not the preposition, nor its dot a stop."""
    return bool(_SETTLEMENT_ABBREVIATION_RE.match(token)) and _is_capitalised(following) and not re.match(
        r"^[А-ЯЁ]\.", following
    )


def _continues(taken: list[str], token: str, following: str, beyond: str = "") -> bool:
    """A word that would end the party but here belongs to it: «Посольству России в Таджикистане» (a place
    after «в»), «организаций, расположенных на территории поселения» (a participle's own adjunct)."""
    bare = _bare(token).lower()
    if _settlement_ahead(token, following):
        return True
    if bare in {"в", "во"} and _is_capitalised(following) and forms(_bare(following)).place:
        return True
    if bare == "при" and _is_capitalised(following) and forms(_bare(following)).can_be("loct"):
        return True  # «Управлению по делам печати при Правительстве республики»: the body it is attached to
    if bare in {"в", "во"} and _is_capitalised(following) and _place_name_ahead(following, beyond):
        return True
    if bare in {"в", "во", "на"} and _bare(following).lower() in _PLACES_OF_BRANCHES and forms(_bare(beyond)).infinitive:
        return True  # right before the verb; «в районах области» or «на местах в срок до …» say more, and end it
    if bare == "за" and len(taken) == 1 and _adjective_head([*taken, token]):
        return True  # «Ответственным за подготовку …»: the adjective's own task
    if bare == "в" and _bare(following).lower() == "составе":
        return True  # «Рабочей группе в составе Иванова И.И., Петровой А.А.»: the group's members name it
    last = _bare(taken[-1]).lower()
    if bare == "независимо" and _bare(following).lower() == "от" or bare == "от" and last == "независимо":
        return True  # «руководителям организаций, независимо от форм собственности, …»
    if (bare in {"с", "со"} and _inside_po_name(taken) and forms(last).can_be("datv")
            and _bare(following).lower() not in _WITH_ADJUNCTS):
        # «Отделу по взаимодействию с предприятиями АПК», «управлению по информационной политике и связям с
        # общественностью»: part of the body's name.
        return True
    previous = forms(_bare(taken[-1]))
    # «председателей советов депутатов трудящихся в срок до …»: a time limit is the act's, not the participle's.
    return (bare in {"в", "во", "на", "при"} and "PRTF" in previous.pos and not previous.infinitive
            and not _noun_participle(taken) and not _term_ahead(bare, [following, beyond]))


def _noun_participle(taken: list[str]) -> bool:
    """«Совета депутатов трудящихся», «союза служащих»: a participle the dictionary also lists as a noun,
    right after a noun with no comma, is that noun's genitive dependent; it opens no participle's clause,
    so a preposition after it («… трудящихся в дальнейшей планировке …») begins the task."""
    if len(taken) < 2 or taken[-2].endswith((",", ";", ":")) or not substantive(_bare(taken[-1])):
        return False
    return "NOUN" in forms(_bare(taken[-2])).pos


# «с участием общественности», «с привлечением волонтёров»: «с» opening the act's adjunct, not a field's partner.
_WITH_ADJUNCTS = {"участием", "привлечением", "помощью", "учетом", "учётом", "использованием"}


def _inside_po_name(taken: list[str]) -> bool:
    """The party's last words are a body's «по …» field, or several joined by «и» («по информационной политике и
    связям»); a comma may part the fields when what follows it goes on naming one («по организационной работе,
    молодёжной политике и связям»: a lower-case field in the dative, no body such as «управлению»)."""
    for at in range(len(taken) - 2, max(-1, len(taken) - 13), -1):
        word = taken[at]
        if word.endswith((",", ";", ":")) and not (word.endswith(",") and _field_goes_on(taken[at + 1:at + 3])):
            return False
        if _bare(word).lower() == "по":
            return True
        if at < len(taken) - 6 and not any(t.endswith(",") for t in taken[at:]):
            return False
    return False


def _field_goes_on(after: list[str]) -> bool:
    """«молодёжной политике», «связям»: after a comma in a «по …» name, the next field — lower-case, its noun (the
    first word or the one after its adjective) in the dative and naming neither a body nor people."""
    noun = next((_bare(t) for t in after if "NOUN" in forms(_bare(t)).pos), "")
    return (bool(noun) and _bare(after[0])[:1].islower() and noun[:1].islower() and noun.lower() not in _BODY_NOUNS
            and inanimate(noun, "datv"))


def _place_before_qualifier(taken: list[str], tokens: list[str], index: int, case: str) -> bool:
    """«предприятиям всех форм собственности в городе Иланский, оказывающим услуги …»: «в» or «на» and a
    place of up to three words, then a comma and a participle agreeing with the party's head: the place
    is inside the party's noun group, which the participle goes on qualifying."""
    if _bare(tokens[index]).lower() not in {"в", "во", "на"} or index + 1 >= len(tokens):
        return False
    place = forms(_bare(tokens[index + 1]))
    if not (place.nominal and place.cases & {"loct", "loc2"}):
        return False
    for end in range(index + 1, min(index + 4, len(tokens) - 1)):
        word = forms(_bare(tokens[end]))
        if word.infinitive or "PREP" in word.pos or tokens[end].endswith((".", ";", ":")):
            return False
        if tokens[end].endswith(","):
            return _qualifier(taken, tokens, end + 1, case)
    return False


def _is_object(token: str, case: str, following: str = "") -> bool:
    """«… Таджикистана все материалы …»: a lower-case word that can be neither the party's case nor a
    genitive dependent starts the verb's object."""
    bare = _bare(token)
    if case != "datv" or not bare or not bare[0].islower():
        return False
    if bare.lower() in _SETTLEMENT_WORDS and _is_capitalised(following):
        return False
    word = forms(bare)
    return word.nominal and bool(word.cases) and not word.cases & {"datv", "gent", "gen2", "loct", "ablt"}


def _is_adjunct(token: str, case: str, after: list[str] = ()) -> bool:
    """«Просить СМИ отдельным информационным блоком освещать …»: after an accusative party, a lower-case
    word that can be neither its case nor a genitive dependent (here an instrumental) ends it; an
    adjective is judged by its noun («отдельной полосой»)."""
    bare = _bare(token)
    if case != "accs" or not bare or not bare[0].islower():
        return False
    word = forms(bare)
    if "NOUN" not in word.pos and word.pos & {"ADJF", "PRTF"}:
        word = next((forms(_bare(t)) for t in after if "NOUN" in forms(_bare(t)).pos), word)
    return word.nominal and bool(word.cases) and not word.cases & {"accs", "nomn", "gent", "gen2"}


def _phrase(tokens: list[str], *, directive: bool, case: str = "datv") -> tuple[list[str], str] | None:
    """The tokens of the party phrase and how it ended: "verb", "colon" or "sentence"."""
    taken: list[str] = []
    depth = quotes = 0
    participle = False  # inside «…, обслуживающим пригородные маршруты,»: the participle's own object
    managing = False  # inside «заведующего детским садом»: what a title manages, in the instrumental
    dated = -1  # the last token of a date inside a participle's clause («…, планирующим выборы на 1 мая 2030 года,»)
    for index, token in enumerate(tokens[:_MAX_WORDS]):
        bare = _bare(token).lower()
        level = depth == 0 and quotes % 2 == 0
        if level and taken and (bare == "также" and _bare(taken[-1]).lower() == "а" or bare == "а" and _also_party(tokens, index, case)):
            taken.append(token)  # «Администрации района, а также руководителям предприятий обеспечить …»
            continue
        if level and taken:
            word = forms(bare)
            # «Редакции газеты «Вести» опубликовать …»: a quoted or capitalised name is never the verb.
            if word.infinitive and not _is_capitalised(token) and token[:1] not in "«\"“„":
                return taken, "verb"
            # «Задумину А.С.»: a capitalised surname the dictionary guesses as a verb is no verb either.
            if word.future_act and not _is_capitalised(token) and not any(_bare(t).lower().startswith("котор") for t in taken):
                # «Организациям, указанным в приложении, обеспечит вывоз …»: the task announced in the future
                # stands for the infinitive; not the predicate of a «которые …» clause inside the party.
                return taken, "verb"
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if participle and index > dated:
                dated = _dated_inside_clause(tokens, index)
            modifier = "ADVB" in word.pos and forms(_bare(following)).pos & {"ADJF", "PRTF"}
            if (_ends_with_preposition(token, following, participle)
                    or ("ADVB" in word.pos and not modifier and "NOUN" not in word.pos)
                    # «…, развернув соревнование, начать …»: a gerund opens the act's adjunct.
                    or (word.pos == {"GRND"} and bare[:1].islower())
                    # «директора школы № 13»: a number after its sign names the body, and so does one inside
                    # a noun group («исполкомам названных 12 районов»).
                    # «школы N 13»: a Latin «N» is the sign typed without the «№» key.
                    or (re.match(r"^\d", bare) and not _NUMBER_SIGN_RE.search(taken[-1]) and not _counted(taken[-1], following))
                    # «предприятиям, обслуживающим объекты …»: a participle's object is part of the party.
                    or (_is_object(token, case, following) and not participle and not _proper_name_goes_on(taken[-1], token))
                    or (_is_adjunct(token, case, tokens[index + 1:index + 4]) and not managing and not _po_field(taken))
                    # «у Посольства РФ в Чили возмещения средств»: after a name, a genitive noun is the thing asked.
                    or (case == "gent" and _bare(token)[:1].islower() and "NOUN" in word.pos and _is_capitalised(taken[-1]))
                    ) and not (
                        directive and _colon_ahead(tokens, index) and not _compound_preposition(bare, following)
                        and not _term_ahead(bare, tokens[index + 1:index + 4])
                    ) and not (_continues(taken, token, following, tokens[index + 2] if index + 2 < len(tokens) else "")
                               or _place_before_qualifier(taken, tokens, index, case)
                               or _note_on_name(taken, tokens, index)
                               or index <= dated
                               or _field_about(taken, tokens, index)):
                return taken, "stop"
        taken.append(token)
        managing = _governs_instrumental(token) or managing and forms(bare).can_be("ablt")
        if bare[:1].islower() and "PRTF" in forms(bare).pos and not forms(bare).infinitive and not _noun_participle(taken):
            participle = True
        elif len(taken) == 2 and _adjective_head(taken):
            participle = True  # «Ответственным за подготовку и проведение …»: the task is the adjective's object
        elif len(taken) > 1 and taken[-2].endswith(",") and _qualifier(taken[:-1], tokens, index, case):
            participle = True  # «…, ответственным за выполнение плана,»: an adjective's own adjunct
        elif token.endswith((",", ";")) and not (participle and _objects_go_on(token, tokens[index + 1:index + 2], case)):
            participle = False
        depth += token.count("(") - token.count(")")
        if "«" in token or "»" in token:
            quotes = _guillemets_after(quotes, token)
        else:
            quotes = _straight_quotes_after(quotes, token)
        if depth == 0 and token.endswith(":"):
            if _list_of_names(tokens, index):
                continue
            taken[-1] = token[:-1]
            return taken, "colon"
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if depth == 0 and _ends_sentence(token) and not _settlement_ahead(token, following):
            return taken, "sentence"
    return (taken, "sentence") if len(tokens) <= _MAX_WORDS else None


# Verbs and nouns of reporting govern «о» themselves: «Комитету по культуре о ходе работы доложить …»,
# «… о проведённом смотре представить информацию».
_REPORTING_VERBS = {
    "доложить", "докладывать", "сообщить", "сообщать", "информировать", "проинформировать", "отчитаться",
    "отчитываться", "уведомить", "уведомлять", "известить", "извещать", "оповестить", "оповещать",
}
_REPORTING_NOUNS = {"информация", "сведения", "сведение", "отчёт", "отчет", "доклад", "справка", "данные", "сообщение"}


def _field_about(taken: list[str], tokens: list[str], index: int) -> bool:
    """«Комитету по законодательству о местном самоуправлении продолжить …»: inside a body's «по …» name, an
    «о» group in the prepositional case (adjectives, nouns, «и»), running right up to the act's infinitive,
    says what the field is about; it is part of the name. Before a verb of reporting the group is that verb's
    object («Отделу по делам молодёжи о ходе смотра доложить …»), and so is one before a verb whose object is
    a noun of reporting («… о проведённом смотре представить информацию»); so is one cut by a comma."""
    if _bare(tokens[index]) not in {"о", "об", "обо"} or tokens[index] != _bare(tokens[index]) or not _inside_po_name(taken):
        return False
    for position in range(index + 1, min(index + 10, len(tokens))):
        token = tokens[position]
        bare = _bare(token)
        word = forms(glued_head(bare.lower()) or bare)
        if word.infinitive:
            return position > index + 1 and bare.lower() not in _REPORTING_VERBS and not _reported_after(tokens, position)
        if token != bare or not (bare == "и" or word.nominal and word.can_be("loct")):
            return False
    return False


def _reported_after(tokens: list[str], verb: int) -> bool:
    """The verb's object, within its next three words, is a noun of reporting («представить в отдел информацию»)."""
    return any(noun_lemmas(_bare(token).lower()) & _REPORTING_NOUNS for token in tokens[verb + 1:verb + 4])


_TERM_PREPOSITIONS = {"до", "к", "ко", "по", "через"}


def _dated_inside_clause(tokens: list[str], index: int) -> int:
    """«Комиссиям, планирующим выборы на 11 октября 2009 года, не позднее 5 июня …»: inside a participle's
    clause, a preposition and a date that the clause's closing comma follows are the participle's adjunct
    (what it plans, holds or serves, and when); the act's own term comes after that comma. Returns the index
    of the date's last token, or -1. After «до», «к», «по» or «через» a date reads as a term wherever it
    stands («…, обслуживающим маршруты до 1 мая 2030 года, …»): those are left to the act."""
    if index + 1 >= len(tokens) or not re.match(r"^\d", tokens[index + 1]):
        return -1
    bare = _bare(tokens[index])
    if not bare[:1].islower() or "PREP" not in forms(bare).pos or bare in _TERM_PREPOSITIONS:
        return -1
    for end in range(index + 1, min(index + 8, len(tokens) - 1)):
        token = tokens[end]
        if token.endswith(","):
            return end if _DATE_END_RE.match(token[:-1]) or _cited_number(tokens, index + 1, end) else -1
        if "(" in token or token.endswith((";", ":", ")")):
            return -1
    return -1


def _cited_number(tokens: list[str], start: int, end: int) -> bool:
    """«…, созданной решением Думы от 20.02.2002 N 8/8,»: an act cited by its date and then its number (the sign
    and the number, apart or glued) closes the participle's dated adjunct as the date alone would."""
    return any(_DATE_END_RE.match(_bare(tokens[date])) and _CITED_NUMBER_RE.match(" ".join(tokens[date + 1:end + 1]))
               for date in range(start, end))


def _counted(last: str, following: str) -> bool:
    """«вышеуказанных 28 районов»: a number between an adjective and the noun it agrees with counts that noun;
    it is inside the party's noun group, not the start of the task."""
    return (not last.endswith((",", ";", ":")) and _bare(last)[:1].islower()
            and bool(forms(_bare(last)).pos & {"ADJF", "PRTF"}) and agrees(_bare(last), _bare(following)))


def _po_field(taken: list[str]) -> bool:
    """«комиссию по распределению жилья», «отдел по жилищным вопросам»: right after «по» (and its adjectives)
    comes the field's dative, governed by «по»; after an accusative party it is no adjunct of the act."""
    for word in reversed(taken):
        if _bare(word).lower() == "по" and not word.endswith((",", ";", ":")):
            return True
        if word.endswith((",", ";", ":")) or not (_bare(word)[:1].islower() and "ADJF" in forms(_bare(word)).pos):
            return False
    return False


# «по причине угрозы паводка», «по мере необходимости»: «по» opening an adjunct, not a body's «по …» name.
_PO_ADJUNCTS = {
    "причине", "мере", "итогам", "результатам", "окончании", "завершении", "истечении", "случаю", "поводу",
    "прибытии", "возвращении", "требованию", "поручению", "решению", "состоянию",
}


def _objects_go_on(token: str, following: list[str], case: str) -> bool:
    """«…, подающим энергию на жилой фонд, объекты образования, культуры и искусства»: inside a participle's
    clause, a lower-case word after the comma that cannot be the party's case but shares one with the word
    before the comma goes on listing the participle's objects; one in the party's case opens a new party."""
    if not following or not _bare(following[0])[:1].islower():
        return False
    word, last = forms(_bare(following[0])), forms(_bare(token))
    return word.nominal and not word.can_be(case) and bool(word.cases & last.cases)


def _ends_with_preposition(token: str, following: str, participle: bool) -> bool:
    """«Собственникам …, из-за отсутствия пастуха …, выпас организовать», «… ввиду угрозы паводка …»: any
    lower-case preposition ends a party (pymorphy3 knows them all), except «по» naming a body's field
    («комитету по делам молодёжи») and, inside a participle's clause, the participle's own adjunct
    («владельцам скота, отдающих свой скот в частный гурт,»)."""
    bare = _bare(token)
    # «с/советов», «с/х»: an abbreviation written with a slash is a word, not the preposition it begins with.
    preposition = bare[:1].islower() and "/" not in bare and "PREP" in forms(bare).pos
    if not preposition:
        return bare.lower() in _ENDING_WORDS
    if bare == "по":
        return _bare(following).lower() in _PO_ADJUNCTS
    if participle and not re.match(r"^\d", _bare(following)) and not _compound_preposition(bare, following):
        # «Ответственным за подготовку совещаний накануне их проведения»: a time adjunct ends the clause too.
        return _bare(following).lower() in {"срок", "течение"} or bare in {"накануне", "после"}
    return True


def _compound_preposition(bare: str, following: str) -> bool:
    """«в рамках», «в целях», «в связи с», «в ходе», «с участием»: an adjunct, never part of a party, lead-in
    or not («Рекомендовать главам … области в рамках Декады милосердия:», «Обязать отдел … с участием
    общества …:»)."""
    return (bare in {"в", "во"} and _bare(following).lower() in {"рамках", "целях", "связи", "ходе", "период", "течение"}
            or bare in {"с", "со"} and _bare(following).lower() in _WITH_ADJUNCTS)


def _term_ahead(bare: str, following: list[str]) -> bool:
    """«Кабинету Министров в трехмесячный срок:», «… в срок до 1 мая:»: a time limit ends a lead-in's party."""
    words = [_bare(token).lower() for token in following]
    # «… трудящихся до 10 августа с. г.:», «… к 01.09.2024:», «… не позднее 26 декабря 2023 г.:»: a date after «до»,
    # «к» or «не позднее» is the limit too.
    if bare == "не" and words[:1] == ["позднее"]:
        bare, words = "до", words[1:]
    dated = bool(words) and bool(_DAY_RE.fullmatch(words[0]) and (len(words) > 1 and _MONTH_WORD_RE.match(words[1]))
                                 or _NUMERIC_DATE_RE.fullmatch(words[0]))
    return bare in {"в", "во"} and "срок" in words[:3] or bare in {"до", "к", "ко"} and dated


def _also_party(tokens: list[str], index: int, case: str) -> bool:
    """«…, а также предприятиям …»: «а также» after a comma, then a word that can head a party."""
    return (
        index + 2 < len(tokens) and tokens[index - 1].endswith(",") and _bare(tokens[index + 1]).lower() == "также"
        and _opens_party(tokens[index + 2], case, tokens[index + 3:])
    )


def _colon_ahead(tokens: list[str], index: int) -> bool:
    """A lead-in («Рекомендовать главам …, руководителям … независимо от … и предпринимателям:») runs to its colon."""
    for token in tokens[index:_MAX_WORDS]:
        if forms(_bare(token)).infinitive:
            return False
        if token.endswith(":"):
            return True
    return False


# A date or year that ends an introductory deadline: «В срок до 1 мая 2014 года отделу … подготовить».
_DAY_RE = re.compile(r"\d{1,2}")
_NUMERIC_DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}(?:г\.?)?")
_MONTH_WORD_RE = re.compile(r"(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)")
_NUMBER_SIGN_RE = re.compile(r"(?:№|^N\.?)$")
_DATE_END_RE = re.compile(r"^(?:года|году|г\.?|гг\.|\d{4}г?\.?|\d{1,2}\.\d{1,2}\.\d{2,4}(?:г\.?)?|числа)$")
_CITED_NUMBER_RE = re.compile(r"^(?:№|N)\s?\d[\w/\-.]*,$")
