"""Admissions («Принять в состав КСОРС РТ: – ОО «Славянский дом» (г. Истаравшан); …») and the voting line.

Kept apart from `parser.py` so that the parser calls two small functions: `admission_decision` for an item's
text and `is_votes_line` for the line that ends the operative part.
"""

import re

__all__ = ["admission_decision", "is_votes_line"]

_ADMIT_RE = re.compile(
    r"^\s*(?:принять|включить)\s+(?:в\s+(?:состав|члены)(?:\s+КСОРС\s+РТ|\s+Координационного\s+совета[^:]*?)?)\s*:?\s*",
    re.IGNORECASE,
)
_CITY_RE = re.compile(r"\(\s*(?:г\.\s*|город\s+)?(?P<city>[А-ЯЁ][А-Яа-яЁё-]+)[^)]*\)")
_VOTES_LINE_RE = re.compile(
    r"^\s*(?:голосовали|итоги\s+голосования|результаты\s+голосования)\b|^\s*[«\"]?за[»\"]?\s*[-–—:]\s*\d",
    re.IGNORECASE,
)


def is_votes_line(line: str) -> bool:
    """«Голосовали: «за» – 38, «против» – нет, «воздержались» – 2.»: the adoption votes, not an item's text."""
    return bool(_VOTES_LINE_RE.match(line))


def _split_names(text: str) -> list[str]:
    """The entries of a list written as bullets or as «А, Б и В», with quotes kept whole."""
    entries: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += {"«": 1, "»": -1}.get(char, 0)
        if depth <= 0 and char in ";\n":
            entries.append("".join(current))
            current = []
            continue
        current.append(char)
    entries.append("".join(current))
    names = []
    for entry in entries:
        # «ОО «А», ОО «Б»» on one line: split at a comma that follows a closing quote or a bracket.
        names += re.split(r"(?<=[»)])\s*,\s*|(?<=[»)])\s+и\s+", entry)
    return [cleaned for name in names if (cleaned := name.strip(" \t–—-•,.;"))]


def admission_decision(text: str) -> dict | None:
    """An admission to the council: each named organization with the city written beside it.

    Returns ``{"action": "admit", "organization": <first name>, "organizations": [{"name", "city"}, …]}``
    or None when the text admits nobody.
    """
    match = _ADMIT_RE.match(text)
    if match is None:
        return None
    organizations = []
    for entry in _split_names(text[match.end():]):
        city = _CITY_RE.search(entry)
        name = _CITY_RE.sub("", entry).strip(" ,") if city else entry
        if "«" not in name and not re.match(r"^(?:ОО|РОО|МОО)\b", name):
            continue
        organizations.append({"name": " ".join(name.split()), "city": city.group("city") if city else ""})
    if not organizations:
        return None
    return {"action": "admit", "organization": organizations[0]["name"], "organizations": organizations}
