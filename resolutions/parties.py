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
    agrees,
    animate,
    can_be_plural,
    common_noun_of_people,
    datives,
    first_sentence,
    forms,
    glued_head,
    noun_lemmas,
    rejoin_broken,
    substantive,
    unglue,
)
from resolutions.parsing_utils import strip_party

__all__ = ["DIRECTIVE_VERBS", "addressed_parties", "controller_parties", "responsibility_parties", "table_parties", "trailing_abbreviations"]

# The directive verbs and the case of the party they govern.
_DIRECTIVES = {
    "поручить": "datv", "рекомендовать": "datv", "предложить": "datv", "предлагать": "datv",
    "просить": "accs", "обязать": "accs",
}
DIRECTIVE_VERBS = tuple(_DIRECTIVES)
# Prepositions that end a party («Страновым КСОРС при участии …», «Рабочей группе в срок до …»);
# «по» does not: «комитету по делам молодёжи» is a name.
_ENDING_WORDS = {
    "в", "во", "на", "при", "с", "со", "до", "к", "ко", "для", "за", "после", "через", "от", "из", "о", "об",
    "между", "совместно", "не", "также", "а", "но", "согласно", "в срок", "срок", "срок:", "сроки:", "обеспечить",
}
_INITIALS_RE = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ]?[а-яё-]*[.,;:]*$|^[А-ЯЁ][а-яё-]+$")
_NAME_RE = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+\s+(?:[А-ЯЁ]\.\s?){1,2}")
# «Контроль за исполнением (соблюдением, проведением …) … возложить (возлагаю, возлагается) на …», «Возложить
# контроль за … на …» (there «на» is a whole word, not the start of «настоящего»; a «на» glued to the next word,
# «возложить назаместителя», comes right after the verb, and one glued to the verb before it, «возложитьна
# комитет», is followed by a space); the controller in the dative after «поручить» / «осуществлять», in the
# nominative after «осуществляет».
_CONTROL = r"контроль\s+(?:за\s+|над\s+)?\w+"
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
# «МП "Водоканал" (Михайлов А.А.) принять меры …»: an enterprise named in the nominative by its legal form.
_LEGAL_FORMS = {
    "МП", "МУП", "МУ", "МБУ", "МКУ", "МАУ", "МБОУ", "МКОУ", "МАОУ", "МБУК", "МКУК", "МАУК", "МУК", "ООО", "ОАО",
    "ЗАО", "АО", "ПАО", "ГУП", "ФГУП", "ОГУП", "ГБУ", "ГКУ", "ГАУ", "ГУ", "ФГБУ", "ОГБУ", "КГБУ", "ИП",
}
# A signer's title after the last name of an item that ran into the signature: «… Николаева Э.В. Глава администрации …».
_SIGNER_WORDS = {
    "глава", "мэр", "префект", "губернатор", "председатель", "руководитель", "и.о.", "исполняющий", "начальник",
    "директор", "заведующий", "заведующая", "управляющий", "ректор", "атаман", "президент",
}
_CONTROL_SELF_RE = re.compile(r"^\s*контроль\s+(?:за\s+)?\w+.*\bоставляю\s+за\s+собой", re.IGNORECASE | re.DOTALL)
_MAX_WORDS = 60


def _bare(token: str) -> str:
    if " " in token:
        # «пред- приятиям»: a word broken at a line's end with its hyphen, one token (`rejoin_broken`), read whole.
        token = token.replace("- ", "")
    return token.strip("«»\"“”„'(),;:.")


def _is_capitalised(token: str) -> bool:
    bare = _bare(token)
    return bool(bare) and bare[0].isupper()


def _ends_sentence(token: str) -> bool:
    if not token.endswith(".") or _abbreviated_title(token):
        return False
    bare = token.rstrip(".")
    # «Балакину В.В.», «г.», «им.», «т.» (товарищ): the dot of initials and abbreviations does not end the sentence.
    return not re.search(r"(?:^|[.\s(])[А-ЯЁ]$|^(?:г|гг|им|ул|д|пл|р-н|обл|т|тов|[Ии]\.\s?о)$", bare)


def _abbreviated_title(token: str) -> bool:
    """«зав.», «зам.»: a short lower-case word with its dot that the dictionary knows as a noun of people is
    an official's title cut short; it does not decline, and its dot ends no sentence."""
    bare = token.rstrip(",;:")
    return (bare.endswith(".") and bare[:1].islower() and 2 <= len(bare) - 1 <= 4
            and animate(bare[:-1], "nomn"))


def _governs_instrumental(token: str) -> bool:
    """«заведующего складом», «зав. райотделом», «управляющему делами»: a participle used as a title, or its
    abbreviation, takes what it manages in the instrumental, inside the party."""
    found = forms(_bare(token))
    return _abbreviated_title(token) or ("PRTF" in found.pos and not found.infinitive and _bare(token)[:1].islower())


def _opens_party(token: str, case: str, after: list[str] = ()) -> bool:
    """Can `token` begin a new party of this case after a comma or «и»? An adjective opens one only if
    its noun can too: «…и внутренней политики» (a genitive noun) continues the party."""
    bare = _bare(token)
    if not bare:
        return False
    if re.match(r"^(?:[А-ЯЁ]\.){1,2}", bare) or (bare.isupper() and len(bare) > 1) or _abbreviated_title(token):
        return True  # initials or an abbreviation: «И.А. Финогенова», «ПКДСР», «зав. складом»
    if _comrade(token, after) or _ACTING_RE.match(token):
        return True  # «… и т. Белову»: a comrade named by surname; «…, и. о. директора»: an acting official
    bare = glued_head(bare) or bare  # «руководителямпредприятий»: a lost space, read by its first word
    word = forms(bare)
    if word.pos & {"ADVB"} and not word.pos & {"NOUN", "PREP"} and after and forms(_bare(after[0])).pos & {"ADJF", "PRTF"}:
        # «особо уполномоченное … лицо», «специально созданной комиссии»: an adverb is judged by the word it modifies.
        return bare[:1].islower() and _opens_party(after[0], case, after[1:])
    if word.infinitive or ("PREP" in word.pos and bare.islower()):
        # «…, по делам национальностей …»: a preposition goes on naming the body (pymorphy3 also reads
        # «по» as the indeclinable noun «ПО»).
        return False
    if bare[0].isupper() and not word.only_genitive:
        return True
    if not (word.nominal and word.can_be(case) and not word.only_genitive):
        return False
    if "NOUN" not in word.pos:
        noun = next((forms(_bare(t)) for t in after[:3] if "NOUN" in forms(_bare(t)).pos), None)
        return noun is None or noun.can_be(case)
    return True


_COMRADE_RE = re.compile(r"^т(?:ов)?\.$")


def _comrade(token: str, after: list[str]) -> bool:
    """«т. Белову», «тов. Зуеву»: «товарищ» cut short before a capitalised surname names a person."""
    return bool(_COMRADE_RE.match(token)) and bool(after) and _is_capitalised(after[0]) and not re.match(r"^[А-ЯЁ]\.", after[0])


def _has_head(words: list[str]) -> bool:
    """A party needs a noun, a name or an abbreviation, not only its adjectives («трудовым и …»)."""
    if _adjective_head(words):
        return True
    for token in words:
        bare = _bare(token)
        if not bare:
            continue
        found = forms(bare)
        if bare.isupper() or "NOUN" in found.pos:
            return True
        # «Общегородской субботник провести …», «Городским, районным Советам …»: a capitalised first word
        # that can only be an adjective or a participle is not a party's head.
        if bare[0].isupper() and not (found.pos and found.pos <= {"ADJF", "PRTF", "ADJS"}):
            return True
    return False


def _adjective_head(words: list[str]) -> bool:
    """«Ответственным за подготовку совещаний назначить …»: an adjective or participle with its own «за …»
    and no noun is used as one: those responsible."""
    first = forms(_bare(words[0])) if words else None
    return (len(words) > 1 and _bare(words[1]).lower() == "за" and bool(first.pos & {"ADJF", "PRTF"})
            and "NOUN" not in first.pos)


def _is_person(words: list[str]) -> bool:
    return bool(words) and bool(_NAME_RE.fullmatch(" ".join(words).strip(" ,;")))


def _genitive_chain(party: list[str], following: str, case: str) -> bool:
    """«заместителя главы, начальника отдела строительства и развития …»: in the accusative, whose
    animate nouns look like genitives, a genitive-capable word after a genitive dependent continues the
    chain rather than opening a new party: one official's titles."""
    if case != "accs" or not _bare(following)[:1].islower() or not _bare(party[-1])[:1].islower():
        return False
    previous, word = forms(_bare(party[-1])), forms(_bare(following))
    return "NOUN" in previous.pos and previous.can_be("gent") and word.can_be("gent") and not _another_group(party, following, case)


def _another_group(party: list[str], following: str, case: str) -> bool:
    """«глав поселений, руководителей предприятий»: in the accusative, a plural noun of people after a
    party headed by one is a group of its own, not a genitive dependent (one official's titles are singular);
    in the nominative, any noun of people after a party headed by one («руководитель аппарата, акимы …»)."""
    if case == "nomn":
        return animate(_bare(following), case) and animate(_head(party, case), case)
    return case == "accs" and animate(_bare(following), case, plural=True) and animate(_head(party, case), case, plural=True)


def _shared_qualifier(party: list[str], tokens: list[str], index: int, case: str) -> bool:
    """«предприятиям и организациям, ведущим хозяйственную деятельность …», «учреждениям и ведомствам,
    ответственным за …»: two bare nouns joined by «и» and qualified together by the participle or
    adjective after them are one party."""
    if len(party) != 1 or index + 2 >= len(tokens) or not tokens[index + 1].endswith(","):
        return False
    first, second = forms(_bare(party[0])), forms(_bare(tokens[index + 1]))
    return (
        "NOUN" in first.pos and "NOUN" in second.pos and _bare(tokens[index + 1])[:1].islower()
        and _qualifier([party[0], "и", tokens[index + 1]], tokens, index + 2, case)
    )


def _head(party: list[str], case: str) -> str:
    """The party's head: its first noun that can be in the party's case («органам» of «органам местного
    самоуправления»)."""
    return next((b for t in party if "NOUN" in (f := forms(b := _bare(t))).pos and f.can_be(case)), "")


def _qualifier(party: list[str], tokens: list[str], index: int, case: str) -> bool:
    """«органам местного самоуправления, участвующим в реализации плана», «учреждениям и ведомствам,
    ответственным за …»: after a comma, a participle or adjective agreeing with the party's head (nouns
    joined by «и» take a plural) qualifies the party. One followed by a noun it agrees with is that
    noun's adjective, opening a party of its own («…, районным учреждениям»)."""
    word = _bare(tokens[index]) if index < len(tokens) else ""
    found = forms(word)
    if not word[:1].islower() or not found.pos & {"ADJF", "PRTF"} or found.pos & {"NOUN", "INFN"}:
        return False
    head = _head(party, case)
    joined = any(t.lower() == "и" for t in party) and can_be_plural(word, case)
    if not head or not (agrees(word, head, case) or joined):
        return False
    # «…, постоянную планово-бюджетную комиссию»: the first word after the adjectives decides.
    following = next((b for t in tokens[index + 1:index + 4] if not ((f := forms(b := _bare(t))).pos and f.pos <= {"ADJF", "PRTF"})), "")
    return not ("NOUN" in forms(following).pos and "PREP" not in forms(following).pos and agrees(word, following))


def _participle_of(noun: str, following: str, case: str) -> bool:
    """«…организациям, расположенным на территории района»: a participle after a comma qualifies the
    noun before it when both can be in the party's case; it does not open a party of its own."""
    word, previous = forms(_bare(following)), forms(_bare(noun))
    return (
        _bare(following)[:1].islower() and "PRTF" in word.pos and word.can_be(case)
        and "NOUN" in previous.pos and previous.can_be(case)
    )


# Dative nouns that name a body or people, not an activity: «…, управлению культуры» or «… и главам
# поселений» opens a new party even after a body's «по …».
_BODY_NOUNS = {
    "управлению", "управлениям", "учреждению", "учреждениям", "объединению", "объединениям", "отделению",
    "подразделению", "поселению", "поселениям", "собранию", "отделу", "отделам", "комитету", "комитетам",
    "департаменту", "министерству", "комиссии", "комиссиям", "администрации", "администрациям", "главе",
    "главам", "руководителю", "руководителям", "директору", "директорам", "начальнику", "начальникам",
    "организациям", "организации", "предприятиям", "предприятию", "совету", "советам", "службе", "службам",
    "центру", "центрам", "инспекции", "штабу", "редакции", "населению", "гражданам", "жителям", "депутатам",
    "председателю", "председателям", "секретариату", "мэру", "префекту", "губернатору", "старостам",
    "органу", "органам",
}


def _goes_on_naming(party: list[str], following: str, case: str, after: list[str] = ()) -> bool:
    """«Отделу по взаимодействию с предприятиями АПК, развитию общественной инфраструктуры …», «Комитету
    по труду и социальной защите населения»: after a body's «по …», a comma or «и» and a lower-case
    activity noun («развитию», «защите») continue its name; a body or people noun («управлению», «главам»)
    opens a new party."""
    bare = _bare(following)
    # In any case of the party: «возложить на заместителя главы по ЖКХ, транспорту и связи …».
    if not bare[:1].islower() or not any(t.lower() == "по" for t in party[1:]):
        return False
    noun = next((w for w in (bare, *(_bare(t) for t in after[:2])) if "NOUN" in forms(w).pos), "")
    return bool(noun) and noun[:1].islower() and noun.lower() not in _BODY_NOUNS and forms(noun).can_be("datv")


def _genitive_enumeration(last: str, following: list[str], case: str = "datv") -> bool:
    """«Управлению сельского хозяйства, экологии и природопользования»: after a genitive dependent, a word
    that could be the party's case or a genitive («экологии») is a genitive when the list it opens ends,
    after «и», in a noun that can only be one («природопользования»): coordinated words share their case."""
    first = forms(_bare(following[0])) if following else None
    if first is None or not _bare(following[0])[:1].islower() or not first.can_be("gent"):
        return False
    previous = forms(_bare(last))
    if not (_bare(last)[:1].islower() and "NOUN" in previous.pos and previous.can_be("gent")):
        return False
    for index, token in enumerate(following[1:-1], start=1):
        word = forms(_bare(token))
        if word.infinitive or token.endswith((".", ";", ":")):
            return False
        if token.lower() == "и":
            if following[index + 1] == "по" and index + 2 < len(following):
                # «Министерству культуры, печати и по делам национальностей»: a «по …» field closes the
                # list of the body's fields, which are therefore genitives.
                field = forms(_bare(following[index + 2]))
                return _bare(following[index + 2])[:1].islower() and "NOUN" in field.pos and field.can_be("datv")
            closing = forms(_bare(following[index + 1]))
            if "NOUN" not in closing.pos or not closing.can_be("gent"):
                return False
            return not closing.can_be(case) or _fields_listed(last, following[:index + 2], case)
    return False


def _fields_listed(last: str, listed: list[str], case: str) -> bool:
    """«Институту истории материальной культуры, археологии и этнографии РАН»: a list whose words could each be
    the party's case or a genitive («археологии») is still the name's genitives when the word before it can
    only be a genitive and every word listed is a bare noun of a field, neither a body nor people («…,
    комиссии … и администрации …» open parties)."""
    if forms(_bare(last)).can_be(case):
        return False
    return all(_field_noun(token) for token in listed if _bare(token).lower() != "и")


def _field_noun(token: str) -> bool:
    """«археологии», «экономики»: a lower-case noun naming neither a body nor people."""
    bare = _bare(token)
    return bare[:1].islower() and "NOUN" in forms(bare).pos and bare.lower() not in _BODY_NOUNS and not animate(bare)


def _closes_enumeration(party: list[str], following: str, after: list[str]) -> bool:
    """«Отделу по взаимодействию с предприятиями АПК, развитию общественной инфраструктуры и ЖКХ
    администрации района»: in a body's «по …» list already enumerated with a comma, «и» before an
    abbreviation closes the list when the body's name goes on after it (a lower-case genitive); an
    abbreviation before the verb («…, спорту и ПКДСР провести») is still a party of its own."""
    bare = _bare(following)
    if not (len(bare) > 1 and bare.isupper()) or not after or not _bare(after[0])[:1].islower():
        return False
    lowered = [t.lower() for t in party]
    if "по" not in lowered[1:]:
        return False
    # «Сектору по делам ГО и ЧС администрации района»: two abbreviations joined are one field too.
    paired = len(_bare(party[-1])) > 1 and _bare(party[-1]).isupper()
    if not paired and not any(t.endswith(",") for t in party[lowered.index("по", 1):]):
        return False
    word = forms(_bare(after[0]))
    return "NOUN" in word.pos and word.can_be("gent") and not word.infinitive


# «предприятиям и организациям», «организациям и учреждениям»: kinds of bodies named together as one
# addressee, sharing what qualifies them («всем теплоснабжающим …», «… всех форм собственности»).
_BODY_KINDS = {
    "предприятиям", "организациям", "учреждениям", "компаниям", "объединениям", "обществам", "хозяйствам",
    "предприятия", "организации", "учреждения", "компании", "объединения",
}


def _kind_of_body(token: str, case: str) -> bool:
    """«министерствам», «школам», «телерадиокомпаниям»: one word, a plural noun of things (not people) in the
    party's case, with nothing of its own."""
    bare = _bare(token)
    word = forms(bare)
    return ("NOUN" in word.pos and "plur" in word.numbers and word.can_be(case) and not word.only_genitive
            and not bare.isupper() and not animate(bare, case))


def _kinds_listed(party: list[str], following: str, case: str) -> bool:
    """«Министерствам и ведомствам республики», «предприятиям, организациям и учреждениям»: bare plural
    nouns of bodies, each one word, are kinds of addressee named together; what follows the last («…
    республики», «… всех форм собственности») qualifies them all, so the next such noun goes on the party.
    People («гражданам и организациям») or a noun with words of its own («местным администрациям и органам
    …») stay apart."""
    return (bool(party) and _bare(following)[:1].islower() and _kind_of_body(following, case)
            and all(_kind_of_body(t, case) and (i == len(party) - 1 or t.endswith(",")) for i, t in enumerate(party)))


def _kinds_close(tokens: list[str], start: int, case: str) -> bool:
    """After a comma, does the list of bare kinds of bodies go on to a close that binds it into one
    addressee: «и» and one more such noun, or a dependent all of them share (a genitive, «всех форм
    собственности»)? «Предприятиям, учреждениям рекомендовать …» has neither: two parties."""
    for index in range(start, min(start + 8, len(tokens) - 1)):
        token = tokens[index]
        if not (_bare(token)[:1].islower() and _kind_of_body(token, case)) or token.endswith((".", ";", ":")):
            return False
        if token.endswith(","):
            continue
        following = tokens[index + 1]
        if following.lower() == "и":
            return index + 2 < len(tokens) and _kind_of_body(tokens[index + 2], case)
        word = forms(_bare(following))
        return _bare(following)[:1].islower() and word.nominal and word.can_be("gent") and not word.infinitive
    return False


def _kinds_share_words(party: list[str], tokens: list[str], index: int, case: str) -> bool:
    """«Общественным фондам и союзам Тверской области»: a plural kind of body after its adjectives, «и» and a
    second bare kind, then a proper name or the verb: the adjectives before and the name after qualify both,
    one addressee. A lower-case word after the second («… и органам местного самоуправления») begins its own
    name, and people («… и гражданам») or one body («… и управлению») are no kind: parties of their own."""
    if len(party) < 2 or index + 2 >= len(tokens) or any(t.endswith((",", ";")) for t in party):
        return False
    *adjectives, noun = (_bare(t) for t in party)
    following, after = tokens[index + 1], _bare(tokens[index + 2])
    if not (_kind_of_body(noun, case) and _bare(following)[:1].islower() and _kind_of_body(following, case)):
        return False
    if not all(forms(a).pos & {"ADJF", "PRTF"} and "NOUN" not in forms(a).pos and agrees(a, noun, case) for a in adjectives):
        return False
    return not following.endswith((",", ";", ".")) and (_is_capitalised(after) or forms(after).infinitive)


# «сельсоветам и другим общественным организациям»: «и другие (иные, прочие)» name more of the kind just
# named, with it, as one addressee (the plural forms of «другой», «иной», «прочий»).
_OTHERS = {
    "другим", "другие", "других", "другими", "иным", "иные", "иных", "иными", "прочим", "прочие", "прочих", "прочими",
}


def _paired_bodies(last: str, following: str) -> bool:
    first, second = _bare(last).lower(), _bare(following).lower()
    return first in _BODY_KINDS and second in _BODY_KINDS and first != second and following[:1].islower()


def _shares_noun(party: list[str], following: str) -> bool:
    """«Городским, районным Советам», «областным и районным организациям», «Администрации Калининского,
    Ленинского, Московского районов»: adjectives listed before the noun they share. The party so far is
    only adjectives, or it ends in a genitive adjective still waiting for its noun; a surname ending the
    party in its own case («Директору школы Ольховскому, Главному врачу …») does not wait."""
    previous, word = forms(_bare(party[-1])), forms(_bare(following))
    if "ADJF" not in previous.pos or "ADJF" not in word.pos:
        return False
    if all("ADJF" in forms(_bare(t)).pos for t in party):
        return bool(previous.cases & word.cases)
    return previous.can_be("gent") and word.can_be("gent")


def _group_members(party: list[str], tokens: list[str], index: int) -> bool:
    """«депутатам областной Думы Гортикову А.Г., Анпилову А.Н.», «руководителям управлений … Козиной О.И. и
    Худа Т.И.»: after a party headed by a plural noun of people and named with its first member, the next
    name (after a comma or «и») is another member of the same group, not a party of its own; after a
    singular head («Главе поселения Иванову И.И., Петрову П.П.») it is another party."""
    if not party or not re.fullmatch(r"(?:[А-ЯЁ]\.\s?){1,2}[,;]?", party[-1]):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    after = tokens[index + 2] if index + 2 < len(tokens) else ""
    if not (_is_capitalised(following) and re.fullmatch(r"(?:[А-ЯЁ]\.\s?){1,2}[,;.:]?", after)):
        return False
    surname = next((i for i in range(len(party) - 2, 0, -1) if _is_capitalised(party[i])), None)
    if surname is None:
        return False
    return animate(next((_bare(t) for t in party[:surname] if "NOUN" in forms(_bare(t)).pos), ""), plural=True)


def _quoted_names(last: str, following: str) -> bool:
    """«администраций городских округов "Город Хабаровск" и "Город Комсомольск-на-Амуре"»: names in quotes
    joined by «и» are the names of one noun before them, not two parties."""
    return last.rstrip(",;").endswith(('"', "»")) and following.startswith(('"', "«"))


def _coordinated_genitive(last: str, following: str, case: str, after: list[str]) -> bool:
    """«Отделу учёта и отчётности администрации области», «управлению экономики и промышленности»: after a
    genitive dependent that cannot be the party's case, «и» and a thing's noun that can be a genitive
    coordinate two genitives of one name; a body or people («… и администрации района», «… и главам»)
    still open a party."""
    previous = forms(_bare(last))
    if not (_bare(last)[:1].islower() and "NOUN" in previous.pos and previous.can_be("gent") and not previous.can_be(case)):
        return False
    noun = next((b for b in (_bare(following), *map(_bare, after)) if "NOUN" in forms(b).pos), "")
    return (noun[:1].islower() and forms(noun).can_be("gent") and noun.lower() not in _BODY_NOUNS
            and not animate(noun, case) and not animate(noun, "gent"))


def _names_of_plural(party: list[str], following: str) -> bool:
    """«Акимам городов Астаны, Алматы, Шымкента и областей»: proper names after a plural genitive noun
    («городов», «районов») are that noun's list; the next capitalised genitive, after a comma or «и», goes on
    it. A body («…, Администрации района») or a dative name («…, Иванову») opens a party."""
    names = next((i for i, t in enumerate(reversed(party)) if not _is_capitalised(t)), len(party))
    if not names or names == len(party) or not _is_capitalised(following):
        return False
    noun, name = forms(_bare(party[-names - 1])), forms(_bare(following))
    return ("NOUN" in noun.pos and "plur" in noun.numbers and noun.can_be("gent") and name.can_be("gent")
            and _bare(following).lower() not in _BODY_NOUNS)


def _institutions_of_people(party: list[str], following: str) -> bool:
    """«директоров совхозов и МТС», «руководителям школ и ДОУ»: a plural noun of people over a plural
    genitive of the places they head; an abbreviation after «и» is another such place, not a party (an
    abbreviation does not decline, and people head places). «администрации района и МЧС» opens one."""
    bare = _bare(following)
    if len(party) < 2 or not (bare.isupper() and bare.isalpha() and len(bare) > 1):
        return False
    head, places = _bare(party[-2]).lower(), forms(_bare(party[-1]))
    return (animate(head, plural=True) and _bare(party[-1])[:1].islower() and "NOUN" in places.pos
            and places.can_be("gent") and "plur" in places.numbers and not animate(_bare(party[-1]), "gent"))


def _split(tokens: list[str], case: str) -> list[str]:
    """Cut the tokens of a party list at «,», «;», «и» and «, а также» where a new party starts."""
    parties: list[list[str]] = [[]]
    depth = quotes = guillemets = guillemets_before = 0  # a quoted name («комиссии "по вопросам права, культуры"») is never cut: a bracket
    skip = 0
    fields = False  # inside a name's list of fields in the genitive («…, археологии и этнографии»), to its «и»
    for index, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        level = depth == 0 and quotes % 2 == 0
        if (token.lower() == "а" and following.lower() == "также" and level and parties[-1]
                and _has_head(parties[-1]) and index + 2 < len(tokens)):
            parties.append([])  # «органам …, а также предприятиям …»
            skip = 1
            continue
        if (token.lower() == "и" and level and parties[-1] and following and _has_head(parties[-1])
                and _comrade(following, tokens[index + 2:])):
            parties.append([])  # «т. Фомину (…) и т. Белову»: two persons, two parties
            continue
        if token.lower() == "и" and level and fields:
            fields = False
        elif (token.lower() == "и" and level and parties[-1] and following and _has_head(parties[-1])
                and _opens_party(following, case, tokens[index + 2:])
                and not _paired_bodies(parties[-1][-1], following)
                and _bare(following).lower() not in _OTHERS
                and not _kinds_listed(parties[-1], following, case)
                and not _kinds_share_words(parties[-1], tokens, index, case)
                and not _shares_noun(parties[-1], following)
                and not _genitive_chain(parties[-1], following, case)
                and not _shared_qualifier(parties[-1], tokens, index, case)
                and not _goes_on_naming(parties[-1], following, case, tokens[index + 2:])
                and not _closes_enumeration(parties[-1], following, tokens[index + 2:index + 3])
                and not _quoted_names(parties[-1][-1], following)
                and not _coordinated_genitive(parties[-1][-1], following, case, tokens[index + 2:index + 4])
                and not _institutions_of_people(parties[-1], following)
                and not _names_of_plural(parties[-1], following)
                and not _group_members(parties[-1], tokens, index)):
            parties.append([])
            continue
        parties[-1].append(token)
        depth += token.count("(") - token.count(")")
        guillemets = _guillemets_after(guillemets, token)
        quotes += token.count('"')
        depth += guillemets - guillemets_before
        guillemets_before = guillemets
        if depth == 0 and quotes % 2 == 0 and token.endswith((",", ";")) and following and _has_head(parties[-1]):
            apposition = (
                _is_person(parties[-1]) and _bare(following)[:1].islower() or _participle_of(token, following, case)
                or _qualifier(parties[-1], tokens, index + 1, case)
                or _group_members(parties[-1], tokens, index)
                or (any(_bare(t).lower() == "составе" for t in parties[-1]) and _is_capitalised(following))
                or _shares_noun(parties[-1], following) or _names_of_plural(parties[-1], following)
                or (_kinds_listed(parties[-1], following, case) and _kinds_close(tokens, index + 1, case))
            )
            opens = _opens_party(following, case, tokens[index + 2:]) and not apposition
            fields = (fields and _field_noun(following)) or (
                opens and _genitive_enumeration(token, tokens[index + 1:index + 8])
                and not _another_group(parties[-1], following, case)
            )
            if (opens and not fields
                    and not _genitive_chain(parties[-1], following, case) and not _goes_on_naming(parties[-1], following, case, tokens[index + 2:])):
                parties.append([])
    return [party for party in (strip_party(" ".join(words)) for words in parties if words) if party]


# «администрации городского округа город Воронеж»: a settlement noun before its capitalised name is
# part of the party, whatever its case.
_SETTLEMENT_WORDS = {"город", "село", "поселок", "посёлок", "деревня", "станица", "хутор", "аул", "район"}


_PLACE_NOUNS = {"районе", "области", "крае", "округе", "городе", "поселении", "республике", "федерации"}
# «его органам на местах», «отделениям фонда в районах»: places in the plural say where a body's branches sit.
_PLACES_OF_BRANCHES = {"местах", "районах", "регионах", "областях", "округах", "городах", "поселениях", "территориях"}


def _place_name_ahead(following: str, beyond: str) -> bool:
    """«Посольству Российской Федерации в Латвийской Республике», «Отделению фонда в Моргаушском районе»: a
    place named by a capitalised adjective and its place noun; «в Доме культуры» is not one."""
    found = forms(_bare(following))
    return "ADJF" in found.pos and "NOUN" not in found.pos and _bare(beyond).lower() in _PLACE_NOUNS


_SETTLEMENT_ABBREVIATION_RE = re.compile(r"^(?:с|п|пос|пгт|д|дер|ст|х|г)\.$")


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
    """The party's last words are a body's «по …» field, or several joined by «и», with no comma since
    («по информационной политике и связям»)."""
    for word in reversed(taken[-6:-1]):
        if word.endswith((",", ";", ":")):
            return False
        if _bare(word).lower() == "по":
            return True
    return False


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


def _proper_name_goes_on(last: str, token: str) -> bool:
    """«предприятию Телевизионная компания "Новь"»: a body's own name, in the nominative after the noun it names,
    opens with a capitalised adjective; the noun that adjective agrees with is part of the name, not the verb's
    object."""
    return _is_capitalised(last) and not last.endswith(",") and agrees(_bare(last), _bare(token), "nomn")


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


def _guillemets_after(open_: int, token: str) -> int:
    """How many «…» are open after `token`. A comma right after a closing «» ends the quoted name however many
    were opened: «ОАО «Телерадиокомпания «Новый век», …» leaves the outer quote unclosed, as published."""
    if re.search(r"»[,;]$", token):
        return 0
    return open_ + token.count("«") - token.count("»")


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
                    or (re.match(r"^\d", bare) and not taken[-1].endswith("№") and not _counted(taken[-1], following))
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
            quotes += token.count('"')
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
    for end in range(index + 1, min(index + 6, len(tokens) - 1)):
        token = tokens[end]
        if token.endswith(","):
            return end if _DATE_END_RE.match(token[:-1]) else -1
        if "(" in token or token.endswith((";", ":", ")")):
            return -1
    return -1


def _note_on_name(taken: list[str], tokens: list[str], index: int) -> bool:
    """«т. Белову (горсовет)», «т. Фомину (начальнику штаба округа)», «УВД (Петров А.П.)»: a bracket right after
    a person's name or a body's abbreviation says where the person works, or who heads the body, in any case;
    it belongs to the party. One that opens with a preposition or a number («(в срок до 1 мая)») is the act's,
    and one after a common noun («Министерству (приложение 1)») refers elsewhere."""
    token, last = tokens[index], _bare(taken[-1])
    if not (token.startswith("(") and _is_capitalised(last) and not taken[-1].endswith((",", ";"))
            and (last.isupper() or animate(last))):
        return False
    first = forms(_bare(token))
    if not _bare(token) or re.match(r"^\d", _bare(token)) or ("PREP" in first.pos and _bare(token)[:1].islower()):
        return False
    for inner in tokens[index:index + 8]:
        if forms(_bare(inner)).infinitive:
            return False
        if ")" in inner:
            return True
    return False


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
    return bare in {"в", "во"} and "срок" in words[:3]


def _list_of_names(tokens: list[str], index: int) -> bool:
    """«Департаментам Администрации области: социальной защиты населения (…), здравоохранения (…)
    обеспечить …»: a colon before the names of the body's parts, whose verb comes in the same sentence,
    is not a lead-in."""
    following = _bare(tokens[index + 1]) if index + 1 < len(tokens) else ""
    if not following[:1].islower():
        return False
    word = forms(following)
    if word.infinitive or not word.nominal or not word.can_be("gent"):
        return False
    return any(forms(_bare(t)).infinitive for t in tokens[index + 2:_MAX_WORDS])


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


def addressed_parties(text: str) -> tuple[list[str], str] | None:
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
    return found


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


def _head_in_brackets(words: list[str]) -> bool:
    """«… (Царенко В.П.)»: the phrase ends with a person's name in brackets."""
    start = next((i for i in range(len(words) - 1, -1, -1) if words[i].startswith("(")), None)
    return start is not None and words[-1].endswith(")") and _is_person([w.strip("()") for w in words[start:]])


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


_ACTING_RE = re.compile(r"^(?:и\.\s?о\.|врио)$", re.IGNORECASE)


def _join_acting(tokens: list[str]) -> list[str]:
    """«и. о. директора»: the acting official's abbreviation written with a space is one token, so that its
    first dot ends no sentence and its «и» joins no parties."""
    joined: list[str] = []
    for token in tokens:
        if token.lower() == "о." and joined and joined[-1].lower() == "и.":
            joined[-1] = f"{joined[-1]} {token}"
        else:
            joined.append(token)
    return joined


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
    before the party; the party starts at the first word after it that can be a dative."""
    first = forms(_bare(tokens[0]))
    if not (_bare(tokens[0])[:1].islower() and "NOUN" in first.pos and first.cases and not first.can_be("datv")):
        return tokens
    for index, token in enumerate(tokens[1:_MAX_WORDS], start=1):
        word = forms(_bare(token))
        if word.infinitive or token.endswith((".", ";")):
            break
        if word.nominal and word.can_be("datv") and not word.only_genitive and not word.can_be("gent"):
            return tokens[index:]
    return tokens


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


# A date or year that ends an introductory deadline: «В срок до 1 мая 2014 года отделу … подготовить».
_DATE_END_RE = re.compile(r"^(?:года|году|г\.?|гг\.|\d{4}г?\.?|\d{1,2}\.\d{1,2}\.\d{2,4}(?:г\.?)?|числа)$")


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
        if token.endswith(",") or _DATE_END_RE.match(token.rstrip(",")):
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


def _named_enterprises(tokens: list[str]) -> list[str]:
    """«МП "Майское коммунальное хозяйство" (Оксюзов В.А) обеспечить …» → «МП "Майское коммунальное
    хозяйство" (Оксюзов В.А)»: the legal form, the quoted name, its head in brackets, then the verb. Several
    listed with commas («МУП "Рассвет" (…), МУП "Дороги" (…) произвести …») are each a party; a quote left
    unclosed before the head's bracket («МУП "Управление дорог (Петров П.П.)») ends at the bracket."""
    named: list[str] = []
    index = 0
    while True:
        taken = [tokens[index]]
        index += 1
        if index >= len(tokens) or tokens[index][:1] not in "«\"“„":
            return []
        while index < len(tokens) and len(taken) < 15:
            taken.append(tokens[index])
            index += 1
            if re.search(r"[»\"”]$", _bare_right(taken[-1])) and len(" ".join(taken)) > len(taken[0]) + 2:
                break
            if index < len(tokens) and tokens[index].startswith("("):
                break
        else:
            return []
        if index < len(tokens) and tokens[index].startswith("("):
            while index < len(tokens):
                taken.append(tokens[index])
                index += 1
                if ")" in taken[-1]:
                    break
        named.append(strip_party(" ".join(taken).removesuffix(":")))
        if not (taken[-1].endswith(",") and index < len(tokens) and tokens[index] in _LEGAL_FORMS):
            break
    # «МУ "Управление культуры" (Иванова И.И.):», a lead-in over its sub-items, names it as well.
    if index < len(tokens) and forms(_bare(tokens[index])).infinitive or taken[-1].endswith(":"):
        return named
    return []


def _bare_right(token: str) -> str:
    return token.rstrip("(),;:.")


def controller_parties(text: str) -> list[str] | None:
    """«Контроль за исполнением настоящего решения возложить на председателя комитета … Тура В.И.» →
    the parties as written; [] for «… оставляю за собой»; None when the item is not about control."""
    flat = " ".join(text.split())
    if _CONTROL_SELF_RE.match(flat):
        return []
    match = _CONTROL_RE.match(flat)
    if match is not None:
        return _accusative_parties(match.group("rest"))
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
    if (laid_on := _laid_on_before_task(sentence.split())) is not None:
        return laid_on or None
    charged = _CHARGED_RE.match(sentence)
    who = charged.group("rest").split() if charged is not None else []
    # «… возложить на особо уполномоченное … лицо»: the words after the first judge an adverb.
    if charged is not None and _names_a_task(charged.group("task")) and _opens_party(who[0], "accs", who[1:4]):
        return _accusative_parties(charged.group("rest")) or None
    return None


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


def _laid_on_before_task(tokens: list[str]) -> list[str] | None:
    """«Возложить на отдел культуры (Петрова А.А.) организацию выставки»: the one charged, in the accusative
    right after «Возложить на», then the task laid on it, a verbal noun in the accusative. The party ends before
    the first lower-case noun outside brackets, quotes and a preposition's group that can be an accusative and
    not a genitive dependent. None when the sentence is not so, or no such task follows (the party's end is
    then unknown)."""
    if len(tokens) < 4 or [_bare(t).lower() for t in tokens[:2]] != ["возложить", "на"] or tokens[1] != "на":
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
            return _accusative_parties(" ".join(tokens[2:start]))
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
    return [party for group in groups if group for party in _split(group, "accs")]


def table_parties(cell: str) -> list[str]:
    """The responsible column of a plan: «Зобнин С.Н. (по согласованию), главы сельских поселений» or
    «Г.В. Кислова И.А. Финогенова» (names one after another) → the parties as written. Parties run together
    without a comma («Кл. руководители Организатор», «Филиал «Детская библиотека» Громова Ю. Ю.») are
    taken apart first (`_run_together`)."""
    cell = re.sub(r"\s*\(по согласованию\)", "", cell, flags=re.IGNORECASE)
    # «Министерство культуры … с участием органов местного самоуправления»: participants, not charged.
    cell = re.sub(r"\s+(?:с участием|при участии)\s.*$", "", cell, flags=re.IGNORECASE)
    return [party for segment in _run_together(cell) for party in _cell_parties(segment)]


def _cell_parties(cell: str) -> list[str]:
    """The parties of a responsible cell, split at its commas, at «и» and between persons' names."""
    if re.match(r"[А-ЯЁ][а-яё-]+\s(?:[А-ЯЁ]\.\s?)?[А-ЯЁ]\.", cell) and not common_noun_of_people(cell.split()[0], "nomn"):
        # «Кулешова Р.В. Звягина М.А. Главы поселений»: names written surname first; after a surname and
        # its initials, a capital opens the next party (not the second initial: «Кулешова Р. В.»), and so
        # does a lower-case word that heads one («Звягина М.А. главы поселений», a cell's next paragraph), and a
        # capital glued on by a stray second dot («Петрова А. Б..Кл. рук.»).
        cell = re.sub(
            r"(?<![\w.])([А-ЯЁ][а-яё-]+\s(?:[А-ЯЁ]\.\s?)?[А-ЯЁ]\.)(?:\s+|\.(?=[А-ЯЁ][а-яё]))(?=[А-ЯЁ](?!\.)|([а-яё]{3,})\s)",
            lambda m: f"{m.group(1)}, " if not m.group(2) or _opens_party(m.group(2), "nomn") else m.group(0),
            cell,
        )
    else:
        # «Г.В. Кислова И.А. Финогенова», «главы поселений В.Т. Орехов»: a name initials first opens a party,
        # but not after a post, whose holder it names («Директор В.С. Сачивко», «хранитель фондов Н.Н. …»).
        cell = re.sub(
            r"(?<=[а-яё)])\s+(?=(?:[А-ЯЁ]\.\s?){2}[А-ЯЁ])",
            lambda m: m.group(0) if _post_before(cell[: m.start()]) else ", ",
            cell,
        )
    # «МБУК «Архив» МБУК «Музей»»: after a closing bracket or quote, a capital (an abbreviation after a quote)
    # opens the next party.
    cell = re.sub(r"(?<=\))\s+(?=[А-ЯЁ])|(?<=[»”])\s+(?=[А-ЯЁ]{2,}\s)", ", ", cell)
    cell = re.sub(r'(?<=\w")\s+(?=[А-ЯЁ]{2,}\s+")', ", ", cell)
    parts: list[str] = []
    pieces = [party for piece in _split_outside_quotes(cell) for party in _split_at_i(piece)]
    for index, part in enumerate(pieces):
        words, previous = part.split(), parts[-1].split() if parts else []
        # «Котова А.И. Лапшакова Н.Д.»: a person after a person is another party, whatever case the surname
        # could also be read in (a man's genitive «Лапшакова»).
        if parts and words and not (_is_person(words) and _is_person(previous)) and (
            # «Департамент культуры, спорта и молодежной политики»: a genitive continues the body's name, and
            # so does a list closed by one («Управление рынка, предпринимательства и туризма»);
            not _opens_party(words[0], "nomn", words[1:]) or _shares_noun(previous, words[0])
            or _genitive_enumeration(previous[-1], " ".join(pieces[index:]).split(), "nomn")
            # «Председатель комитета хозяйства, благоустройства и» (a cell cut short): the list as written;
            or (index == len(pieces) - 1 and len(words) > 1 and words[-1] == "и" and forms(words[0]).can_be("gent")
                and words[0][:1].islower())
            or _enterprises_of(parts[0].split(), words)
            # «Департамент по образованию, Потапова Н.Г.»: the body's official, named after it; not after a
            # plural group of people («главы поселений, Иванов И.И.»), each of whom is a party.
            or (_is_person(words) and not _is_person(previous) and not _is_capitalised_abbrev(parts[-1])
                and not animate(_head(previous, "nomn"), "nomn", plural=True))
        ):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return [p for p in (strip_party(part) for part in parts) if p]


def _post_before(text: str) -> bool:
    """Does `text` end with one official's post since its last comma («Директор», «хранитель фондов»): a
    singular noun of people heads it, and no name is in it (not «Г.В. Кислова», not «главы поселений»)?"""
    words = re.split(r"[,;]", text)[-1].split()
    if not words or any(re.match(r"[А-ЯЁ]\.", word) for word in words):
        return False
    head = _head(words, "nomn") or _bare(words[0])  # «Заведующий»: a participle used as a noun
    return bool(head) and common_noun_of_people(head, "nomn") and forms(head).numbers == {"sing"}


# «Кл.», «Ст.», «Зам.»: a capitalised word of up to four letters cut short with its dot, a post's first word.
_CUT_TITLE_RE = re.compile(r"^[А-ЯЁ][а-яё]{1,3}\.$")
# «Громова Ю. Ю.», «А.Н.Пчелкина»: a person's name at the end of a cell, surname first or initials first.
_TRAILING_PERSON_RE = re.compile(
    r"(?<!\S)(?:(?P<surname>[А-ЯЁ][а-яё-]+)\s(?:[А-ЯЁ]\.\s?){1,2}|(?:[А-ЯЁ]\.\s?){1,2}(?P<last>[А-ЯЁ][а-яё-]+))$"
)


def _run_together(cell: str) -> list[str]:
    """A responsible cell whose parties were written as paragraphs of one cell and run together without a
    comma: a capitalised post after a complete one opens a party («Кл. руководители Организатор
    Библиотекарь»), and a body named in full is apart from the person after it («Филиал «Детская
    библиотека» Громова Ю. Ю.»)."""
    return [part for segment in _posts_apart(cell) for part in _body_and_person(segment)]


def _posts_apart(cell: str) -> list[str]:
    """Split before each capitalised word that opens a post of its own (`_opens_post`), outside quotes and
    not after an initial, a preposition or «им.»."""
    words, segments, start, guillemets, straight = cell.split(), [], 0, 0, 0
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        if (index and guillemets <= 0 and straight % 2 == 0 and _opens_post(words, index)
                and not re.search(r"(?:^|\.)[А-ЯЁ]\.$", previous) and not previous.endswith(",")
                and _bare(previous).lower() not in {"им", "имени"} and not (previous.islower() and "PREP" in forms(previous).pos)):
            segments.append(" ".join(words[start:index]))
            start = index
        guillemets += word.count("«") - word.count("»")
        straight += word.count('"')
    return [*segments, " ".join(words[start:])] if segments else [cell]


def _opens_post(words: list[str], index: int) -> bool:
    """«Организатор», «Сотрудники музея», «Начальник отдела»: a capitalised common noun of people in the
    nominative that cannot be a genitive going on the words before («Заместитель Главы поселения»); or a
    capitalised title cut short before a word of people («Кл. руководители», «Зам. директора»)."""
    word = words[index]
    if not re.match(r"[А-ЯЁ][а-яё]", word):
        return False
    if _CUT_TITLE_RE.match(word):
        following = words[index + 1] if index + 1 < len(words) else ""
        return following[:1].islower() and animate(_bare(following))
    bare = _bare(word)
    return common_noun_of_people(bare, "nomn") and not forms(bare).can_be("gent")


def _body_and_person(segment: str) -> list[str]:
    """«Филиал «Детская библиотека» Громова Ю. Ю.», «Библиотека им. Н.Н. Старостина Березина Т.Б.»: a body
    named in full (its first word a capitalised noun of no people, not an abbreviation) and a person's name
    after it with no comma are two parties. An office by its abbreviation with its head's name («УСЗН
    Лукьянова Ю. Д.») stays one, and so does a body named after someone («Библиотека им. А.С. Грина»)."""
    found = _TRAILING_PERSON_RE.search(segment)
    if found is None or not (body := segment[: found.start()].strip()) or body[-1] in ",;":
        return [segment]  # «Департамент по образованию, Потапова Н.Г.»: the body's official, named after it
    first, surname = _bare(body.split()[0]), found.group("surname") or found.group("last")
    word = forms(first)
    if (not first[:1].isupper() or first.isupper() or "NOUN" not in word.pos or animate(first)
            or not word.can_be("nomn") or not forms(surname).can_be("nomn")
            or _bare(body.split()[-1]).lower() in {"им", "имени"}):
        return [segment]
    return [body, found.group(0)]


def _enterprises_of(first: list[str], words: list[str]) -> bool:
    """«Руководители МУП ЖКХ Ленинского района, МУП ЖКХ "Заречье"»: a plural head of people over an
    enterprise named by its abbreviation; a piece that opens with the same abbreviation is another
    enterprise under that head, not a party. After a singular head («Директор МУП …, МУП …») it is one."""
    return (len(first) > 1 and bool(words) and _bare(first[1]).isupper() and len(_bare(first[1])) > 1
            and _bare(words[0]) == _bare(first[1]) and animate(_bare(first[0]), "nomn", plural=True))


def _split_outside_quotes(cell: str) -> list[str]:
    """Split a cell at «,» and «;», but not inside a quoted name («ФГУ "… стандартизации, метрологии …"»)."""
    pieces: list[str] = []
    start = quotes = 0
    for index, char in enumerate(cell):
        if char in "\"«»“”„":
            quotes += 1
        elif char in ",;" and quotes % 2 == 0:
            pieces.append(cell[start:index].strip())
            start = index + 1
    pieces.append(cell[start:].strip())
    return [piece for piece in pieces if piece]


def _split_at_i(cell_part: str) -> list[str]:
    """«Главы поселений и руководители структурных подразделений»: «и» before a noun that can head a
    party of its own in the nominative opens one; «… спорта и туризма», «… и молодежной политики» go on."""
    words = cell_part.split()
    for index, word in enumerate(words[1:-1], start=1):
        if word != "и":
            continue
        following = _bare(words[index + 1])
        found = forms(following)
        # «министерство промышленности и энергетики области»: a word that can be a genitive goes on the
        # genitive before «и».
        opens = (following[:1].islower() and "NOUN" in found.pos and found.can_be("nomn") and not found.can_be("gent")
                 and any("NOUN" in forms(_bare(t)).pos for t in words[:index]))
        # «Ким В.М. и Секретариат КСОРС РТ»: after a complete name, a capitalised word opens the next party.
        after_name = bool(re.fullmatch(r"(?:[А-ЯЁ]\.\s?){1,2}", words[index - 1])) and following[:1].isupper()
        if opens or after_name:
            return [" ".join(words[:index]), *_split_at_i(" ".join(words[index + 1:]))]
    return [cell_part]


def _is_capitalised_abbrev(text: str) -> bool:
    return bool(text) and all(_bare(t).isupper() for t in text.split())


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
