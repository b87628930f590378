"""Parties in a plan table's cell: people and posts run together, bodies followed by a person,
enterprises of a body, lists split outside quotes or at «и», and abbreviations in capitals."""

from __future__ import annotations

import re

from resolutions.morphology import (
    animate,
    common_noun_of_people,
    forms,
    rejoin_broken,
)
from resolutions.parsing_utils import strip_party
from resolutions.party_names import _bare, _head, _is_person, _names_a_settlement, _opens_party
from resolutions.party_split import _genitive_enumeration, _shares_noun


def _cell_parties(cell: str) -> list[str]:
    """The parties of a responsible cell, split at its commas, at «и» and between persons' names."""
    if (unit_and_people := _unit_and_people(cell)) is not None:
        return unit_and_people
    # «Булатова М.М.., Каримов А.С.»: a stray second dot after the initials before a comma is a slip of the pen.
    cell = re.sub(r"(?<=[А-ЯЁ]\.[А-ЯЁ]\.)\.+(?=\s*,)", "", cell)
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
            r"(?<=[а-яё)])\s+(?=(?:[А-ЯЁ]\.\s?){2}([А-ЯЁ][а-яё-]+))",
            lambda m: m.group(0) if _post_before(cell[: m.start()]) or _namesake(cell[: m.start()], m.group(1)) else ", ",
            cell,
        )
    # «МБУК «Архив» МБУК «Музей»»: after a closing bracket or quote, a capital (an abbreviation after a quote)
    # opens the next party.
    cell = re.sub(r"(?<=\))\s+(?=[А-ЯЁ])|(?<=[»”])\s+(?=[А-ЯЁ]{2,}\s)", ", ", cell)
    cell = re.sub(r'(?<=\w")\s+(?=[А-ЯЁ]{2,}\s+")', ", ", cell)
    parts: list[str] = []
    pieces = [party for piece in _split_outside_quotes(cell) for party in _split_at_i(piece)]
    for index, part in enumerate(pieces):
        # «Управление социаль- ной защиты, адми- нистрации районов»: a word broken at a stored line's end with its
        # hyphen is read whole (`rejoin_broken`), the piece kept as written.
        words, previous = rejoin_broken(part.split()), rejoin_broken(parts[-1].split()) if parts else []
        # «Котова А.И. Лапшакова Н.Д.»: a person after a person is another party, whatever case the surname
        # could also be read in (a man's genitive «Лапшакова»).
        if parts and words and not (_is_person(words) and _is_person(previous)) and (
            # «Департамент культуры, спорта и молодежной политики»: a genitive continues the body's name, and
            # so does a list closed by one («Управление рынка, предпринимательства и туризма»);
            not _opens_party(words[0], "nomn", words[1:]) or _shares_noun(previous, words[0])
            or _genitive_enumeration(previous[-1], rejoin_broken(" ".join(pieces[index:]).split()), "nomn")
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


# «Абрамова Е Ю», «Абрамова Е.Ю.», «Абрамова Е. Ю.»: a person's name surname first, the initials with or without dots.
_SURNAME_FIRST = r"[А-ЯЁ][а-яё-]+\s+[А-ЯЁ](?:\.\s?|\s)[А-ЯЁ]\.?(?![\w.])"
_UNIT_AND_PEOPLE_RE = re.compile(rf"(?:(?P<unit>[А-ЯЁ]{{2,6}}),?\s+)?{_SURNAME_FIRST}(?:[,;]?\s+{_SURNAME_FIRST})*")


def _unit_and_people(cell: str) -> list[str] | None:
    """«ЦБ Абрамова Е Ю Светлакова О А», «Абрамова Е Ю Светлакова О А»: a cell of persons' names written surname first
    (their initials without dots, too), after a unit's abbreviation or alone. Each person is a party, and so is the
    unit before two or more of them (the unit and its people: no one person's office). A unit before one person
    («УСЗН Лукьянова Ю. Д.», the office with its head's name) and a cell of names with dotted initials only are
    left to the general reading (None)."""
    if not (found := _UNIT_AND_PEOPLE_RE.fullmatch(cell.strip(" ,;"))):
        return None
    names = [name.group(0) for name in re.finditer(_SURNAME_FIRST, found.group(0))]
    if found.group("unit") and len(names) < 2 or not found.group("unit") and all("." in name for name in names):
        return None
    return [*filter(None, [found.group("unit")]), *names]


def _post_before(text: str) -> bool:
    """Does `text` end with one official's post since its last comma («Директор», «хранитель фондов»): a
    singular noun of people heads it, and no name is in it (not «Г.В. Кислова», not «главы поселений»)?"""
    words = re.split(r"[,;]", text)[-1].split()
    if not words or any(re.match(r"[А-ЯЁ]\.", word) for word in words):
        return False
    head = _head(words, "nomn") or _bare(words[0])  # «Заведующий»: a participle used as a noun
    return bool(head) and common_noun_of_people(head, "nomn") and forms(head).numbers == {"sing"}


def _namesake(text: str, surname: str) -> bool:
    """«Дом-музей» before «С.Т.Аксакова»: a lone capitalised noun of no people since the last comma cannot name a
    body in full; a surname after it that can be a genitive names whom the body is named after, no party."""
    words = re.split(r"[,;]", text)[-1].split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return False
    word = forms(_bare(words[0]))
    return "NOUN" in word.pos and not animate(_bare(words[0])) and forms(surname).can_be("gent")


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
    not after an initial, a preposition, «им.» or a settlement's kind («Библиотека агрогородка Ковали»: a
    village's name, though «ковали» are smiths)."""
    words, segments, start, guillemets, straight = cell.split(), [], 0, 0, 0
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        if (index and guillemets <= 0 and straight % 2 == 0 and _opens_post(words, index)
                and not re.search(r"(?:^|\.)[А-ЯЁ]\.$", previous) and not previous.endswith(",")
                and _bare(previous).lower() not in {"им", "имени"} and not (previous.islower() and "PREP" in forms(previous).pos)
                and not _names_a_settlement(previous)):
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
    if common_noun_of_people(bare, "nomn") and not forms(bare).can_be("gent"):
        return True
    following = words[index + 1] if index + 1 < len(words) else ""
    if following in ("за", "по") and {"ADJF", "PRTF"} & forms(bare).pos and forms(bare).can_be("nomn"):
        # «Ответственный за …», «Дежурный по …»: an adjective used as a post's noun, its duty after a preposition.
        return True
    # «Управление по культуре администрации г. Энска Администрация Южного округа»: a capitalised noun of no people
    # in the nominative that cannot be a genitive, after two or more words of a body (not after an abbreviation,
    # «МБУ Центр досуга», nor after an adjective, «Омский Дом дружбы»), opens the next body.
    found, previous = forms(bare), _bare(words[index - 1])
    return (index >= 2 and "NOUN" in found.pos and found.can_be("nomn") and not found.can_be("gent")
            and not found.can_be("datv") and not animate(bare) and not previous.isupper() and len(previous) > 1
            and "ADJF" not in forms(previous).pos and index + 1 < len(words))


def _body_and_person(segment: str) -> list[str]:
    """«Филиал «Детская библиотека» Громова Ю. Ю.», «Библиотека им. Н.Н. Старостина Березина Т.Б.»: a body
    named in full (its first word a capitalised noun of no people, not an abbreviation) and a person's name
    after it with no comma are two parties. An office by its abbreviation with its head's name («УСЗН
    Лукьянова Ю. Д.») stays one, and so does a body named after someone («Библиотека им. А.С. Грина», «Дом-музей
    А.С. Грина»: `_namesake`)."""
    found = _TRAILING_PERSON_RE.search(segment)
    if found is None or not (body := segment[: found.start()].strip()) or body[-1] in ",;":
        return [segment]  # «Департамент по образованию, Потапова Н.Г.»: the body's official, named after it
    first, surname = _bare(body.split()[0]), found.group("surname") or found.group("last")
    word = forms(first)
    if (not first[:1].isupper() or first.isupper() or "NOUN" not in word.pos or animate(first)
            or not word.can_be("nomn") or not forms(surname).can_be("nomn")
            or _bare(body.split()[-1]).lower() in {"им", "имени"} or _namesake(body, surname)):
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
        following = words[index + 1]
        if following.endswith("-") and index + 2 < len(words):
            following = f"{following} {words[index + 2]}"  # «и руко- водители …»: a word broken with its hyphen
        following = _bare(following)
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
