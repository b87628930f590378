"""How a resolution reads on the page and in the PDF: item depth, deadline windows, the adoption line."""

import functools

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.text import long_date
from resolutions.models import DeadlineKind


def deadline_window(item) -> str:
    """The normalized window of a deadline in words, shown under the deadline as written.

    A resolution gives most of its items the same few deadlines: each window is worded once per language.
    """
    return _window(item.deadline_kind, item.due_start, item.due_end, item.due_relative_to, get_language())


@functools.lru_cache(maxsize=1024)
def _window(kind, start, end, relative_to, language) -> str:
    if kind == DeadlineKind.RELATIVE:
        return _("относительно: %(event)s") % {"event": relative_to} if relative_to else ""
    if kind == DeadlineKind.STANDING and start and end:
        return _("постоянно, с %(start)s по %(end)s") % {"start": long_date(start), "end": long_date(end)}
    if start and end and start != end:
        return _("с %(start)s по %(end)s") % {"start": long_date(start), "end": long_date(end)}
    if end and kind == DeadlineKind.EXACT:
        return long_date(end)
    if end:
        return _("не позднее %(end)s") % {"end": long_date(end)}
    return ""


def adoption_line(resolution) -> str:
    if resolution.adoption_text:
        return " ".join(resolution.adoption_text.split())
    if resolution.unanimous:
        return _("Утверждена единогласно.")
    if resolution.votes_for is not None:
        return _("Утверждена: за — %(yes)s, против — %(no)s, воздержались — %(abstained)s.") % {
            "yes": resolution.votes_for,
            "no": resolution.votes_against or 0,
            "abstained": resolution.votes_abstained or 0,
        }
    return ""


def with_depth(items) -> list:
    """Items in document order, each with `depth` (0 for items, 1 for sub-items, …) for indentation."""
    items = list(items)
    depth = {}
    for item in items:
        item.depth = depth[item.pk] = depth.get(item.parent_id, -1) + 1 if item.parent_id else 0
    return items


def unwritten_meta(item) -> list[str]:
    """Responsible and deadline lines the item's own text does not already carry (for the PDF, as in the original).

    Documents usually write them into the item («Срок: сентябрь-октябрь 2027 год»); a parser that stored them
    apart must not make the PDF say them twice, and inherited ones have their own sub-item («7г. …»).
    """
    folded_text = " ".join(item.text.split()).casefold()
    lines = []
    responsible = [
        r.text for r in item.responsibilities.all() if not r.inherited and " ".join(r.text.split()).casefold() not in folded_text
    ]
    if responsible:
        lines.append(_("Ответственный: %(who)s.") % {"who": "; ".join(responsible)})
    if item.deadline_text and " ".join(item.deadline_text.split()).casefold() not in folded_text:
        lines.append(_("Срок: %(when)s.") % {"when": item.deadline_text.rstrip(".")})
    return lines
