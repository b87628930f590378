"""Text helpers for Russian: search folding, Roman numerals, dates as «19 июня 2026 г.»."""

import datetime

from django.utils.translation import get_language, gettext_noop

# Place names the portal's records use, with their English names in the catalog (the `place` template filter).
# A name not listed stays Russian on English pages, marked lang="ru".
PLACE_NAMES = [
    gettext_noop("Душанбе"), gettext_noop("г. Душанбе"), gettext_noop("г.Душанбе"), gettext_noop("Худжанд"),
    gettext_noop("г. Худжанд"), gettext_noop("Чкаловск"), gettext_noop("Бохтар"), gettext_noop("Куляб"),
    gettext_noop("Истаравшан"), gettext_noop("Турсунзаде"), gettext_noop("Вахдат"), gettext_noop("Хорог"),
    gettext_noop("Согдийская область"), gettext_noop("Хатлонская область"), gettext_noop("Таджикистан"),
    gettext_noop("г. Душанбе, Таджикистан"), gettext_noop("г.Душанбе, Таджикистан"),
]

ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

MONTHS_GENITIVE = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]


def fold(text: str | None) -> str:
    """Casefold and treat «ё» as «е», so that search matches Cyrillic regardless of case and ё."""
    return (text or "").casefold().replace("ё", "е")


def to_roman(number: int | None) -> str:
    """1…3999 in Roman numerals; anything else as digits (a huge number would otherwise build a string of
    thousands of «M» — memory no request may take)."""
    if not number:
        return ""
    if not 0 < number < 4000:
        return str(number)
    result = []
    for value, numeral in ROMAN:
        while number >= value:
            result.append(numeral)
            number -= value
    return "".join(result)


def from_roman(numeral: str) -> int:
    numeral = numeral.strip().upper()
    if not numeral or any(char not in ROMAN_VALUES for char in numeral):
        raise ValueError(f"not a Roman numeral: {numeral!r}")
    total = 0
    for current, following in zip(numeral, numeral[1:] + " ", strict=True):
        value = ROMAN_VALUES[current]
        total += -value if following != " " and ROMAN_VALUES[following] > value else value
    if to_roman(total) != numeral:
        raise ValueError(f"not a canonical Roman numeral: {numeral!r}")
    return total


def long_date(value: datetime.date | None, language: str | None = None) -> str:
    """«19 июня 2026 г.» in Russian, «19 June 2026» in English."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    language = language or get_language() or "ru"
    if language.startswith("en"):
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day} {MONTHS_GENITIVE[value.month - 1]} {value.year} г."


def date_or_none(value) -> datetime.date | None:
    """An ISO date typed into a URL or a field, or None for anything else («2026-02-30», «завтра», 10 MB of text)."""
    from django.utils.dateparse import parse_date

    if not isinstance(value, str) or len(value) > 10:
        return None
    try:
        return parse_date(value)
    except ValueError:
        return None
_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"],
    strict=True,
))


def translit_slug(text: str, max_length: int = 100) -> str:
    """«Славянский дом» → «slavianskii-dom»: a page address from a Russian name."""
    from django.utils.text import slugify

    latin = "".join(_TRANSLIT.get(char, char) for char in (text or "").lower())
    return slugify(latin)[:max_length].strip("-")


def unique_slug(queryset, text: str, *, fallback: str = "item", max_length: int = 100) -> str:
    """`translit_slug(text)`, with «-2», «-3»… when `queryset` already has that slug."""
    base = translit_slug(text, max_length - 4) or fallback
    slug, counter = base, 2
    while queryset.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug
