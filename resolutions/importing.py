"""Turning a pasted text or an uploaded .txt/.docx into a parse the Secretariat reviews before saving.

Reading within limits lives in `resolutions.reading` (no models there, so benchmarks can use it alone).
"""

from django.utils.text import slugify

from conferences.models import Conference
from core.text import from_roman
from resolutions.models import Resolution
from resolutions.parser import ParsedResolution
from resolutions.reading import text_from_paste, text_from_upload

__all__ = ["conference_for", "existing_matches", "suggested_slug", "text_from_paste", "text_from_upload"]


def conference_for(parsed: ParsedResolution) -> Conference | None:
    if parsed.conference_number:
        try:
            number = from_roman(parsed.conference_number)
        except ValueError:
            number = int(parsed.conference_number) if parsed.conference_number.isdigit() else None
        if number:
            return Conference.objects.filter(number=number).first()
    if parsed.conference_kind == "extraordinary" and parsed.date:
        return Conference.objects.filter(kind="extraordinary", date=parsed.date).first()
    return None


def suggested_slug(parsed: ParsedResolution) -> str:
    """«xx-2026-06-19» for the XX conference's resolution, «plan-2013» for a plan of 2013 with no date of its own;
    unique among existing resolutions."""
    parts = [parsed.conference_number.lower()] if parsed.conference_number else [parsed.doc_type or "resolution"]
    if parsed.date:
        parts.append(parsed.date.isoformat())
    elif parsed.plan_year_start:
        parts.append(str(parsed.plan_year_start.year))
    base = slugify("-".join(parts)) or "resolution"
    slug, counter = base, 2
    while Resolution.objects.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def existing_matches(parsed: ParsedResolution, conference: Conference | None) -> list[Resolution]:
    """Resolutions already in the portal that look like this document: same title and date, or same conference."""
    same = Resolution.objects.filter(title__iexact=parsed.title, adopted_on=parsed.date) if parsed.title else Resolution.objects.none()
    if conference is not None:
        same = same | Resolution.objects.filter(conference=conference, doc_type="resolution")
    return list(same.distinct().order_by("-created_at")[:5])
