"""Plain plan tables (no bars, a row a line) whose header is broken over several lines, and the lines a row's
cells spill onto: «№» / «п/п» / «Название мероприятия Дата и время» / «проведения» / «Место проведения» over
«1.Мини-выставка …01.11.2023МБУК …», and a row's hour and place on the lines under it («12:00» / «Дом культуры»)."""

from __future__ import annotations

import re

__all__ = ["HOUR_LINE", "broken_plain_header"]

_MOST_HEADER_LINES = 8
# «12:00», «18.00», «10.00-12.00 ч.»: an event's hour alone on a line, under its row.
HOUR_LINE = re.compile(r"\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–—]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?\s*(?:ч\.?)?\s*")


def broken_plain_header(lines: list[str], index: int) -> tuple[str, int] | None:
    """The header starting at the number column's head `lines[index]` («№» / «п/п» / …), broken over a few short
    lines and followed by row 1 written as a plain row («1.Мини-выставка …», «1. Концерт …», no bars, its cells run
    together): the header made one line, as the plain table's reader takes it, and the index of row 1."""
    # These build on the tables module, which imports this one.
    from resolutions.tables import _PLAIN_ROW, _is_header

    parts: list[str] = []
    for position in range(index, min(index + _MOST_HEADER_LINES + 1, len(lines))):
        line = lines[position].strip()
        if (row := _PLAIN_ROW.match(line)) and row.group(1) == "1" and len(row.group(2)) > 10:
            header = " ".join(parts)
            return (header, position) if len(parts) >= 3 and "|" not in header and _is_header(header) else None
        if not line or len(line) > 60 or "|" in line:
            return None
        parts.append(line)
    return None
