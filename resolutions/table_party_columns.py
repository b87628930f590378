"""A plan table's second party column: beside its «Ответственный» column a plan may name a «Соисполнитель» (the
co-executor) or a «Руководитель» (the head of the event) in a column of its own. Both name parties charged with
the row, so their cells join the responsible cell, in the order the columns stand.
"""

from __future__ import annotations

import re

from resolutions.party_tables import _TRAILING_PERSON_RE, _post_before

__all__ = ["party_columns", "post_and_person", "with_party_columns"]

# «Соисполнитель», «Соисполнители», «Руководитель», «Исполнители»: a column naming persons or bodies charged with the
# row besides its responsible column.
_PARTY_COLUMN = re.compile(r"^(?:со)?исполнител\w*$|^руководител\w*$", re.IGNORECASE)


def party_columns(names: list[str], columns: dict[str, int]) -> tuple[int, ...]:
    """The indices of the header's party columns besides the responsible one, when it has one."""
    if "responsible" not in columns:
        return ()
    taken = set(columns.values())
    return tuple(
        index for index, name in enumerate(names) if index not in taken and _PARTY_COLUMN.match(name.strip(" .:"))
    )


def with_party_columns(cells: list[str], responsible_at: int, extra: tuple[int, ...]) -> str:
    """The row's responsible cell with its party columns' cells, in the columns' order, joined by commas."""
    parts = [cells[index].strip(" ,;") for index in sorted((responsible_at, *extra)) if index < len(cells)]
    return ", ".join(part for part in parts if part)


def post_and_person(cell: str) -> bool:
    """«Инженер-программист Казлов В.А.», «Библиотекарь Орлова Е.В.»: one official's post and then their name, a
    responsible cell as a plan writes it (a row that lost a cell before it puts it in another column)."""
    person = _TRAILING_PERSON_RE.search(cell.strip())
    return bool(person) and bool(post := cell[: person.start()].strip()) and _post_before(post) and "," not in post
