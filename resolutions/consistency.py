"""What publishing a resolution will change, and where the document and its conference's record disagree.

Read by the import review and by the publish confirmation («проверьте перед публикацией»); the write that
brings the conference's record in line is `resolutions.services.conference_update_from_resolution`.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from conferences.models import Conference, ConferenceKind
from core.text import fold, from_roman, long_date, to_roman
from resolutions.models import ItemKind, Resolution

__all__ = ["Difference", "city_of", "kind_and_number", "parsed_conference_differences", "conference_differences", "resolution_conference_differences", "unassigned_instructions"]

_INSTRUCTION_RE = re.compile(
    r"\b(?:поручить|обеспечить|подготовить|провести|организовать|разработать|рекомендовать|направить|"
    r"представить|определить|рассмотреть)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Difference:
    field: str
    label: str
    document: str
    record: str


def city_of(place: str) -> str:
    """«г. Душанбе» → «Душанбе»: the conference's record keeps the city alone."""
    return re.sub(r"^\s*(?:г\.|город)\s*", "", (place or "").split(",")[0]).strip()


def conference_differences(
    *, conference: Conference, kind: str = "", number: int | None = None, date: datetime.date | None = None,
    place: str = "", theme: str = "",
) -> list[Difference]:
    """Each field the document states and the conference's record holds otherwise (or not at all)."""
    kinds = dict(ConferenceKind.choices)
    rows = []
    if kind and kind != conference.kind:
        rows.append(Difference("kind", _("Вид"), str(kinds.get(kind, kind)), str(conference.get_kind_display())))
    if number and number != conference.number:
        rows.append(Difference("number", _("Номер"), to_roman(number), to_roman(conference.number) or "—"))
    if date and date != conference.date:
        rows.append(Difference("date", _("Дата"), long_date(date), long_date(conference.date) if conference.date else "—"))
    city = city_of(place)
    if city and fold(city) != fold(conference.city):
        rows.append(Difference("city", _("Город"), city, conference.city or "—"))
    if theme and fold(theme.strip(" «»")) != fold(conference.theme.strip(" «»")):
        rows.append(Difference("theme", _("Тема"), theme, conference.theme or "—"))
    if conference.is_demo:
        rows.append(Difference("is_demo", _("Запись"), str(_("по документу")), str(_("демонстрационная"))))
    return rows


def _number(numeral: str) -> int | None:
    try:
        return from_roman(numeral) if numeral else None
    except ValueError:
        return int(numeral) if numeral.isdigit() else None


def parsed_conference_differences(parsed, conference: Conference | None) -> list[Difference]:
    """The import review's check: the parsed document against the conference chosen for it."""
    if conference is None:
        return []
    return conference_differences(
        conference=conference, kind=parsed.conference_kind, number=_number(parsed.conference_number),
        date=parsed.date, place=parsed.place, theme=parsed.theme,
    )


def kind_and_number(title: str) -> tuple[str, int | None]:
    low = title.lower()
    kind = next(
        (value for stem, value in (("отч", ConferenceKind.REPORTING_ELECTION), ("тематическ", ConferenceKind.THEMATIC),
                                   ("чрезвычайн", ConferenceKind.EXTRAORDINARY)) if re.search(rf"\b{stem}", low)),
        "",
    ) if "конференц" in low else ""
    found = re.search(r"(?<!\w)([IVXLC]+)\s+(?=страново|чрезвычайн|отч|тематическ|конференц)", title, re.IGNORECASE)
    return kind, _number(found.group(1).upper()) if found and found.group(1).isupper() else None


def resolution_conference_differences(resolution: Resolution) -> list[Difference]:
    """The publish confirmation's check: the resolution's header against its conference's record."""
    if resolution.conference is None:
        return []
    kind, number = kind_and_number(resolution.title)
    return conference_differences(
        conference=resolution.conference, kind=kind, number=number, date=resolution.adopted_on,
        place=resolution.place, theme=resolution.theme,
    )


def unassigned_instructions(items) -> list:
    """Items that read like instructions («поручить…», «провести…») but have no responsible or no deadline."""
    found = []
    for item in items:
        if item.kind in (ItemKind.GRATITUDE, ItemKind.STATEMENT, ItemKind.NOTED, ItemKind.MEMBERSHIP, ItemKind.RESPONSIBLE):
            continue
        looks = item.kind == ItemKind.INSTRUCTION or _INSTRUCTION_RE.search(item.text)
        missing_responsible = not item.responsibilities.all()
        missing_deadline = not item.deadline_kind
        if looks and (missing_responsible or missing_deadline):
            found.append((item, missing_responsible, missing_deadline))
    return found
