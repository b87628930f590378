"""A flattened plan row's financing cell, before or after its responsible one, for the table reader.

«1. Открытие недели книги 21 марта Детская библиотека Областная целевая программа "Культура …" Департамент
культуры, …» under a header «… Дата проведения Место проведения Порядок финансирования … Ответственные»: one row a
line with the cells run together by spaces. After the term come the place, the financing and the responsible cells;
the financing cell is found by its key noun, the responsible cell starts at the next cell's capital.
"""

from __future__ import annotations

import re

from resolutions.morphology import forms

__all__ = ["financing_after_responsible", "financing_before_responsible", "split_financing_after", "split_financing_first"]

_FINANCING_HEADER = re.compile(r"финансировани|источник", re.IGNORECASE)
_RESPONSIBLE_HEADER = re.compile(r"ответствен|исполнител", re.IGNORECASE)
_PLACE_HEADER = re.compile(r"мест[оа]\s+проведени", re.IGNORECASE)

# The key of a financing cell: «бюджет», «средства», «финансирование», «за счёт», «в пределах», «не требуется».
_KEY = r"(?:бюджет|средств|внебюджетн|финансировани|в\s+пределах|за\s+сч[её]т|не\s+требуется)\w*"
# Before the responsible cell the financing cell may also be a programme («Областная целевая программа "…"»).
_FINANCING_KEY = re.compile(rf"(?<!\S)(?:{_KEY}|целев\w*\s+программ\w*)", re.IGNORECASE)
# After the responsible cell it runs to the row's end, with the budget's level before its key («местные бюджеты»).
_FINANCING_TAIL = re.compile(
    rf"(?<!\S)(?:(?:местн|республиканск|федеральн|краев|областн|районн|городск)\w*\s+)?{_KEY}(?:\s.*)?$",
    re.IGNORECASE,
)


def financing_before_responsible(header: str) -> bool:
    """«… Порядок финансирования мероприятия Ответственные»: a plain header naming the financing column before the
    responsible one."""
    financing, responsible = _FINANCING_HEADER.search(header), _RESPONSIBLE_HEADER.search(header)
    return bool(financing and responsible) and financing.start() < responsible.start()


def financing_after_responsible(header: str) -> bool:
    """«… Ответственный исполнитель Источники финансирования»: a plain header naming the financing column after the
    responsible one (or with no responsible column named)."""
    financing, responsible = re.search(r"финансировани", header, re.IGNORECASE), _RESPONSIBLE_HEADER.search(header)
    return bool(financing) and not (responsible and financing.start() < responsible.start())


def split_financing_after(responsible: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """«… городских округов бюджеты муниципальных образований»: the responsible cell with the financing cell that
    follows it cut off, and that cell as (column, value); unchanged when it names no financing."""
    if (financing := _FINANCING_TAIL.search(responsible)) is None:
        return responsible, ()
    return responsible[: financing.start()].strip(), (("Источники финансирования", financing.group(0).strip()),)


def split_financing_first(text: str, header: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The cells after a flattened row's term under a header with financing before the responsible column: the
    responsible cell and the others (place, financing) as (column, value). The financing cell opens at its key
    noun with the adjectives before it, back to the cell's capital («Текущее финансирование», «Областная целевая
    программа»), and runs over lower-case words and quoted names; the responsible cell opens at the next capitalised
    word. Unchanged (all of it the responsible cell) when no financing key is found."""
    key = _FINANCING_KEY.search(text)
    if key is None:
        return text, ()
    words = text[:key.start()].split()
    start = key.start()
    # The cell opens with a capital: back over lower-case adjectives to the first capitalised one, no further.
    while words and "ADJF" in forms(words[-1].lower()).pos and not words[-1].endswith(('"', "»", ")", ",")):
        word = words.pop()
        start = text.rindex(word, 0, start)
        if word[:1].isupper():
            break
    end = _cell_end(text, key.end())
    place, financing, responsible = text[:start].strip(" ,;"), text[start:end].strip(" ,;"), text[end:].strip(" ,;")
    others = (("Место проведения", place),) if place and _PLACE_HEADER.search(header) else ()
    return responsible, (*others, ("Порядок финансирования", financing))


def _cell_end(text: str, position: int) -> int:
    """Where the financing cell ends: at the first capitalised word after `position` outside quotes."""
    depth = 0
    for word in re.finditer(r"\S+", text[position:]):
        token = word.group(0)
        if not depth and token[:1].isupper():
            return position + word.start()
        # «…» nest; a straight quote opens glued to the word after it and closes glued to the word before it.
        depth += token.count("«") - token.count("»") + token.startswith('"') - token.rstrip(",.;:").endswith('"')
        depth = max(depth, 0)
    return len(text)
