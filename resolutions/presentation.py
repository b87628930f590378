"""How a resolution reads on the page and in the PDF: item depth, deadline windows, the adoption line."""

import functools
import re

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
        if not relative_to:
            return ""
        if language != "ru":
            # The event is named in the document's Russian («даты проведения»): the words above say which.
            return _("относительно даты другого события")
        return _("относительно: %(event)s") % {"event": relative_to}
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
    agreeing = resolution.doc_kind.agreeing  # «Утверждена» of a resolution, «Утверждён» of a plan
    if resolution.unanimous:
        return str(agreeing.approved_unanimously)
    if resolution.votes_for is not None:
        return str(agreeing.approved_by_vote) % {
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


# «…, обсудив итоги совместной деятельности … отметили, что:» — what the participants heard or discussed.
HEARD = re.compile(
    r"\b(?:заслушав и обсудив|заслушав|обсудив|рассмотрев)\s+(?P<what>.+?)\s*,?\s+(?:отметили|постановили|решили|констатировали)\b",
    re.IGNORECASE | re.DOTALL,
)


def heard_in(resolution) -> str:
    """What the resolution's preamble says the conference heard or discussed, as written («итоги совместной
    деятельности … с 2007 года по июнь 2026 год»); "" when the preamble does not say."""
    match = HEARD.search((resolution.preamble or "")[:3000])
    if not match:
        return ""
    return " ".join(match.group("what").replace("**", "").split()).rstrip(",;:")


def contents(items, *, words: int = 8) -> list[dict]:
    """The table of contents of a resolution page: its items (not sub-items), each with the first words of
    its text cut at a word boundary; and `ends_group` on the last row of each item's family, where the page
    offers a way back up."""
    rows = []
    for position, item in enumerate(items):
        following = items[position + 1] if position + 1 < len(items) else None
        item.ends_group = following is None or following.depth == 0
        if item.depth == 0:
            text = " ".join(item.text.replace("**", "").split())
            cut = text.split(" ")
            summary = " ".join(cut[:words])
            if len(cut) > words:
                summary = summary.rstrip(":;,.–—-") + "…"
            rows.append({"anchor": item.anchor, "label": item.label, "summary": summary})
    return rows


def responsibility_sources(items) -> None:
    """Where an inherited responsible is written: the sub-item that names it («7г. Ответственный за подготовку:
    …», for its parent 7 and siblings 7а–7в) or the parent item that introduces its sub-items with it. Sets
    `source` (an item, or None when it came from a lead-in before the items) on each inherited responsibility."""
    by_pk = {item.pk: item for item in items}
    children: dict = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)

    def names(item, text):
        return any(r.text == text and not r.inherited for r in item.responsibility_list)

    for item in items:
        for r in item.responsibility_list:
            if not r.inherited:
                continue
            parent = by_pk.get(item.parent_id)
            siblings = children.get(item.parent_id, []) if parent else []
            candidates = [*children.get(item.pk, []), *siblings, parent]
            r.source = next((c for c in candidates if c is not None and c is not item and names(c, r.text)), None)
