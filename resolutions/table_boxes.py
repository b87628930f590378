"""Plan tables drawn with box-drawing characters, as legal-reference sites store old documents:

    ┌───┬──────────────────┬─────────────┐
    │ N │ Мероприятия      │ Исполнители │
    ├───┼──────────────────┼─────────────┤
    │1. │Организация       │Отдел        │
    │   │выставки          │культуры     │

Each cell is wrapped over several lines, the cells of one row interleaved line by line between the «│» borders.
`unbox_lines` reads the columns down and gives each row as one line of cells joined by « | », as a .docx row.
"""

from __future__ import annotations

import re

__all__ = ["unbox_lines"]

_BORDER = re.compile(r"^\s*[┌├└╔╠╚+][─┬┼┴═╦╬╩+\-─]*[┐┤┘╗╣╝+]\s*$")
_BOX_ROW = re.compile(r"^\s*[│║].*[│║]\s*$")
_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]+\.)\s*$")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"[│║]", line.strip())[1:-1]]


def _join(parts: list[str]) -> str:
    text = ""
    for part in (part for part in parts if part):
        if text.endswith("-") and not text.endswith(" -") and part[:1].islower():
            text = text[:-1] + part  # «государст-» / «венных»: a word broken at the border
        else:
            text = f"{text} {part}" if text else part
    return text


def _row_line(row: list[list[str]]) -> str:
    width = max(len(cells) for cells in row)
    columns = [_join([cells[index] for cells in row if index < len(cells)]) for index in range(width)]
    return " | ".join(columns) + " |"


def unbox_lines(lines: list[str]) -> list[str]:
    """The lines with every box-drawn table turned into rows of cells joined by « | », one row a line; a row
    ends at a border line, at a line of empty cells, or where the number column opens the next row."""
    if not any(_BOX_ROW.match(line) for line in lines):
        return lines
    out: list[str] = []
    row: list[list[str]] = []
    inside = False

    def flush() -> None:
        if row and any(any(cells) for cells in row):
            out.append(_row_line(row))
        row.clear()

    for line in lines:
        if _BORDER.match(line):
            flush()
            inside = not line.strip().startswith(("└", "╚"))
            continue
        if _BOX_ROW.match(line):
            cells = _cells(line)
            if not any(cells):
                flush()
            elif row and cells[0] and _ROW_NUMBER.match(cells[0]) and any(cells_[0] for cells_ in row):
                flush()
                row.append(cells)
            else:
                row.append(cells)
            inside = True
            continue
        if inside and not line.strip():
            continue  # blank lines between a box's lines
        flush()
        inside = False
        out.append(line)
    flush()
    return out
