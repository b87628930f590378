"""Splitting a list into parties: where «и» and commas join two parties and where they join parts
of one name («министерствам образования и здравоохранения», «органам местного самоуправления и
учреждениям культуры»), genitive chains and enumerations, kinds of bodies listed with a shared noun."""

from __future__ import annotations

import re

from resolutions.morphology import (
    agrees,
    animate,
    common_noun_of_people,
    forms,
    noun_numbers,
)
from resolutions.parsing_utils import strip_party
from resolutions.party_names import (
    _BODY_NOUNS,
    _COMRADE_RE,
    _bare,
    _comrade,
    _guillemets_after,
    _has_head,
    _head,
    _is_capitalised,
    _is_person,
    _opens_party,
    _participle_of,
    _qualifier,
    _quoted_names,
    _straight_quotes_after,
)


def _genitive_chain(party: list[str], following: str, case: str) -> bool:
    """«заместителя главы, начальника отдела строительства и развития …»: in the accusative, whose
    animate nouns look like genitives, a genitive-capable word after a genitive dependent continues the
    chain rather than opening a new party: one official's titles."""
    if case != "accs" or not _bare(following)[:1].islower() or not _bare(party[-1])[:1].islower():
        return False
    previous, word = forms(_bare(party[-1])), forms(_bare(following))
    return "NOUN" in previous.pos and previous.can_be("gent") and word.can_be("gent") and not _another_group(party, following, case)


_INITIAL_RE = re.compile(r"[А-ЯЁ]\.")


def _untitled_official(party: list[str]) -> bool:
    """«заместителя Губернатора» (accusative): a party headed by one official's post with no name yet."""
    return (bool(party) and common_noun_of_people(_bare(party[0]), "accs") and "sing" in noun_numbers(_bare(party[0]), "accs")
            and not any(_INITIAL_RE.search(token) or _COMRADE_RE.match(token.lower()) for token in party))


def _next_title(party: list[str], following: str, after: list[str], case: str) -> bool:
    """«возложить на заместителя Губернатора, заместителя Председателя Правительства …, полномочного представителя
    Губернатора … С.А. Петрова»: in the accusative, posts after a post with no name yet, each a singular noun of
    people, are the titles of one official, named once at the end (a list of officials names each one)."""
    if case != "accs" or not _bare(following)[:1].islower() or not _untitled_official(party):
        return False
    noun = next((b for b in (_bare(following), *map(_bare, after[:2])) if "NOUN" in forms(b).pos), "")
    return bool(noun) and common_noun_of_people(noun, "accs") and "sing" in noun_numbers(noun, "accs")


def _body_of_the_title(party: list[str], following: str, case: str) -> bool:
    """«вице-губернатора – руководителя аппарата Губернатора и Правительства области Петрова П.П.»: in an official's
    title with no name yet, «и» before a body's noun that in the accusative could only be plural, after a genitive,
    coordinates two genitives of the title («аппарата Губернатора и Правительства»), not a new party."""
    bare = _bare(following)
    if case != "accs" or not _untitled_official(party) or not forms(_bare(party[-1])).can_be("gent"):
        return False
    return (not animate(bare) and "sing" in noun_numbers(bare, "gent")
            and noun_numbers(bare, "accs") == frozenset({"plur"}))


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
            # «… и общественного согласия»: the closing noun after its genitive adjectives.
            at = index + 1
            while at + 1 < len(following) and "ADJF" in (adjective := forms(_bare(following[at]))).pos and (
                adjective.can_be("gent") and _bare(following[at])[:1].islower()
            ):
                at += 1
            closing = forms(_bare(following[at]))
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


def _in_composition(party: list[str]) -> bool:
    """«комиссии в составе тт. Лаптева, Рогова и Зуева»: the names after «в составе» are the members of one party."""
    return any(_bare(t).lower() == "составе" for t in party)


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
                and not _body_of_the_title(parties[-1], following, case)
                and not _institutions_of_people(parties[-1], following)
                and not _names_of_plural(parties[-1], following)
                and not _group_members(parties[-1], tokens, index)
                and not (_in_composition(parties[-1]) and _is_capitalised(following))):
            parties.append([])
            continue
        parties[-1].append(token)
        depth += token.count("(") - token.count(")")
        guillemets = _guillemets_after(guillemets, token)
        quotes = _straight_quotes_after(quotes, token)
        depth += guillemets - guillemets_before
        guillemets_before = guillemets
        if depth == 0 and quotes % 2 == 0 and token.endswith((",", ";")) and following and _has_head(parties[-1]):
            apposition = (
                _is_person(parties[-1]) and _bare(following)[:1].islower() or _participle_of(token, following, case)
                or _qualifier(parties[-1], tokens, index + 1, case)
                or _group_members(parties[-1], tokens, index)
                or (_in_composition(parties[-1]) and _is_capitalised(following))
                or _shares_noun(parties[-1], following) or _names_of_plural(parties[-1], following)
                or (_kinds_listed(parties[-1], following, case) and _kinds_close(tokens, index + 1, case))
            )
            opens = _opens_party(following, case, tokens[index + 2:]) and not apposition
            fields = (fields and _field_noun(following)) or (
                opens and _genitive_enumeration(token, tokens[index + 1:index + 8])
                and not _another_group(parties[-1], following, case)
            )
            if (opens and not fields and not _next_title(parties[-1], following, tokens[index + 2:], case)
                    and not _genitive_chain(parties[-1], following, case) and not _goes_on_naming(parties[-1], following, case, tokens[index + 2:])):
                parties.append([])
    return [party for party in (strip_party(" ".join(words)) for words in parties if words) if party]
