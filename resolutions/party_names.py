"""The words a party is made of, for the party readers: a word bared of its punctuation, capitals,
heads and qualifiers of a body's name, people's names and initials («Тройнина В.И.»), «товарищ», «и.о.»,
names in guillemets and in brackets, legal forms of enterprises, and where a party can open."""

from __future__ import annotations

import re

from resolutions.morphology import (
    agrees,
    animate,
    can_be_plural,
    common_noun_of_people,
    forms,
    glued_head,
    noun_lemmas,
)
from resolutions.parsing_utils import strip_party

# Prepositions that end a party («Страновым КСОРС при участии …», «Рабочей группе в срок до …»);
# «по» does not: «комитету по делам молодёжи» is a name.
_ENDING_WORDS = {
    "в", "во", "на", "при", "с", "со", "до", "к", "ко", "для", "за", "после", "через", "от", "из", "о", "об",
    "между", "совместно", "не", "также", "а", "но", "согласно", "в срок", "срок", "срок:", "сроки:", "обеспечить",
}
_INITIALS_RE = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ]?[а-яё-]*[.,;:]*$|^[А-ЯЁ][а-яё-]+$")
_NAME_RE = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+\s+(?:[А-ЯЁ]\.\s?){1,2}")
# «МП "Водоканал" (Михайлов А.А.) принять меры …»: an enterprise named in the nominative by its legal form.
_LEGAL_FORMS = {
    "МП", "МУП", "МУ", "МБУ", "МКУ", "МАУ", "МБОУ", "МКОУ", "МАОУ", "МБУК", "МКУК", "МАУК", "МУК", "ООО", "ОАО",
    "ЗАО", "АО", "ПАО", "ГУП", "ФГУП", "ОГУП", "ГБУ", "ГКУ", "ГАУ", "ГУ", "ФГБУ", "ОГБУ", "КГБУ", "ИП",
}
_MAX_WORDS = 60


# «администрации городского округа город Воронеж»: a settlement noun before its capitalised name is
# part of the party, whatever its case.
_SETTLEMENT_WORDS = {"город", "село", "поселок", "посёлок", "деревня", "станица", "хутор", "аул", "район", "агрогородок"}
_SETTLEMENT_ABBREVIATION_RE = re.compile(r"^(?:с|п|пос|пгт|д|дер|ст|х|г)\.$")


def _names_a_settlement(word: str) -> bool:
    """Is `word` a settlement's kind, in any case, or its abbreviation («агрогородка», «села», «д.»), so that
    a capitalised word after it is the settlement's name («Библиотека агрогородка Ковали»)?"""
    return bool(_SETTLEMENT_ABBREVIATION_RE.match(word)) or bool(noun_lemmas(_bare(word)) & _SETTLEMENT_WORDS)


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
    # «Балакину В.В.», «г.», «им.», «т.» (товарищ), «т.т.», «тт.» (товарищи): the dot of initials and abbreviations
    # does not end the sentence.
    return not re.search(r"(?:^|[.\s(])[А-ЯЁ]$|^(?:г|гг|им|ул|д|пл|р-н|обл|т|т\.?т|тов|[Ии]\.\s?о)$", bare)


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
        if bare[:1].islower() and common_noun_of_people(bare, case):
            return True  # «…, заведующие сельскими библиотеками»: a participle used as a noun of people heads a party
        noun = next((forms(_bare(t)) for t in after[:3] if "NOUN" in forms(_bare(t)).pos), None)
        return noun is None or noun.can_be(case)
    return True


_COMRADE_RE = re.compile(r"^(?:т(?:ов)?|т\.?т)\.$")  # «т.», «тов.»; «т.т.», «тт.» (товарищи)


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


def _quoted_names(last: str, following: str) -> bool:
    """«администраций городских округов "Город Хабаровск" и "Город Комсомольск-на-Амуре"»: names in quotes
    joined by «и» are the names of one noun before them, not two parties."""
    return last.rstrip(",;").endswith(('"', "»")) and following.startswith(('"', "«"))


def _proper_name_goes_on(last: str, token: str) -> bool:
    """«предприятию Телевизионная компания "Новь"»: a body's own name, in the nominative after the noun it names,
    opens with a capitalised adjective; the noun that adjective agrees with is part of the name, not the verb's
    object."""
    return _is_capitalised(last) and not last.endswith(",") and agrees(_bare(last), _bare(token), "nomn")


def _guillemets_after(open_: int, token: str) -> int:
    """How many «…» are open after `token`. A comma right after a closing «» ends the quoted name however many
    were opened: «ОАО «Телерадиокомпания «Новый век», …» leaves the outer quote unclosed, as published."""
    if re.search(r"»[,;]$", token):
        return 0
    if open_ <= 0 and re.match(r"»(?=[А-ЯЁA-Z]|$)", token) and "«" not in token:
        # «предприятия » Фадеевский кирпичный завод»»: a scan's «»» where none is open, before a name (or standing
        # alone before it), opens the quote it stands for.
        return 2 - token.count("»")  # the first «»» opens, any other closes
    return open_ + token.count("«") - token.count("»")


def _straight_quotes_after(count: int, token: str) -> int:
    """How many straight quotes stand open-or-closed after `token` (even: none open). As with «…» a comma right after a
    closing quote ends the quoted name however many were opened: «ОАО "Телерадиокомпания "Новый век", …» closes both
    (the inner and outer quotes written as one, as typed)."""
    if re.search(r'\w"[,;]$', token):
        return 0
    return count + token.count('"')


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


def _head_in_brackets(words: list[str]) -> bool:
    """«… (Царенко В.П.)»: the phrase ends with a person's name in brackets."""
    start = next((i for i in range(len(words) - 1, -1, -1) if words[i].startswith("(")), None)
    return start is not None and words[-1].endswith(")") and _is_person([w.strip("()") for w in words[start:]])


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
