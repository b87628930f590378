"""Machine-readable public endpoints: the iCalendar of conferences and deadlines, robots.txt."""

import datetime

from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from conferences.models import Conference, EventStatus
from core.pagecache import public_page
from core.urlcache import slug_url
from resolutions.models import Item


def _escape(text: str) -> str:
    return (
        str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """RFC 5545: lines longer than 75 octets continue on the next line after a space (never inside a character)."""
    if len(line) <= 37 or len(line.encode()) <= 75:
        return line
    # The first line holds 75 octets, each continuation 74 after its leading space; octets counted per character
    # (UTF-8 width) instead of encoding the growing line again for every character.
    out, start, size, limit = [], 0, 0, 75
    for index, char in enumerate(line):
        width = 1 if char < "\x80" else 2 if char < "\u0800" else 3 if char < "\U00010000" else 4
        if size + width > limit:
            out.append(line[start:index])
            start, size, limit = index, 0, 74
        size += width
    out.append(line[start:])
    return "\r\n ".join(out)


def _event(uid: str, start: datetime.date, end: datetime.date, summary: str, description: str, url: str, stamp: str):
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(description)}",
        f"URL:{url}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return lines


@require_safe
@public_page
def calendar(request):
    """Conferences held and planned (with a date or a planned period), and deadlines of published items."""
    stamp = timezone.now().astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    host = request.get_host().split(":")[0]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//KSORS RT//Portal//RU",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(_('КСОРС РТ: конференции и сроки'))}",
        "X-WR-TIMEZONE:Asia/Dushanbe",
    ]
    conferences = Conference.objects.filter(status__in=[EventStatus.HELD, EventStatus.PLANNED]).exclude(
        date__isnull=True, is_demo=True
    )
    for conference in conferences.order_by("date", "planned_start"):
        start = conference.date or conference.planned_start
        end = conference.date or conference.planned_end or start
        if start is None:
            continue
        summary = conference.title if conference.date else f"{conference.title} ({conference.when})"
        description = "\n".join(p for p in [f"«{conference.theme}»" if conference.theme else "", conference.city,
                                             conference.get_status_display()] if p)
        lines += _event(f"conference-{conference.pk}@{host}", start, end, summary, description,
                        request.build_absolute_uri(conference.get_absolute_url()), stamp)
    # ~1,000 deadlines: plain rows, not items with their resolutions (whose preamble and source text are long).
    items = (
        Item.objects.published().filter(due_end__isnull=False)
        .order_by("due_end", "resolution_id", "position")
        .values_list("pk", "label", "text", "deadline_text", "due_end", "resolution__title", "resolution__slug")
    )
    origin = request.build_absolute_uri("/")[:-1]
    summary_format, deadline_word = _("Срок: п. %(label)s — %(title)s"), _("Срок")
    for pk, label, text, deadline_text, due_end, title, slug in items:
        summary = summary_format % {"label": label, "title": title}
        description = f"{text}\n{deadline_word}: {deadline_text}" if deadline_text else text
        # Item.get_absolute_url() made absolute, as build_absolute_uri() would.
        url = iri_to_uri(f"{origin}{slug_url('resolutions:detail', slug)}#p{label}")
        lines += _event(f"item-{pk}@{host}", due_end, due_end, summary, description, url, stamp)
    lines.append("END:VCALENDAR")
    response = HttpResponse("\r\n".join(_fold(line) for line in lines) + "\r\n", content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="ksors.ics"'
    return response


@require_safe
def robots(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    body = "\n".join(
        ["User-agent: *", "Disallow: /admin/", "Disallow: /accounts/", "Disallow: /en/accounts/",
         "Disallow: /my/", "Disallow: /secretariat/", f"Sitemap: {sitemap}", ""]
    )
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
