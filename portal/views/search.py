"""One search over everything published: resolutions, their items, conferences, organizations, declarations.

Grouped by type, best first within each group, with highlighted snippets (see core.fulltext for how
Russian is matched on PostgreSQL and on SQLite). Drafts never appear: every group starts from a public queryset.
"""

from dataclasses import dataclass, field

from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Concat
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from conferences.models import AgendaItem, Conference
from core import fulltext
from core.pagecache import public_page
from organizations.models import Organization, Role
from resolutions.models import Declaration, Item, Resolution
from resolutions.morphology import other_yo_spelling

from .resolutions import EVENT_DETAIL

MAX_PER_GROUP = 20
MAX_QUERY = 200
# Columns a hit never shows. A resolution's source text is the whole imported document, and its preamble, adoption
# line and machine columns are as long again: for twenty item hits they would be fetched twenty times.
DOCUMENT_TEXT = ("preamble", "adoption_text", "source_text", "search_text", "search_vector")
UNSHOWN_RESOLUTION = ("adoption_text", "source_text")


@dataclass
class Group:
    key: str
    title: str
    results: list
    more: bool
    # Item hits under their document: [(title, url, [hits])], in the order of the best hit of each document.
    documents: list = field(default_factory=list)


@dataclass
class Hit:
    obj: object
    title: str
    url: str
    snippet: str
    context: str = ""


def _text(*fields):
    parts = []
    for name in fields:
        parts += [F(name), Value(" ")]
    return Concat(*parts[:-1], output_field=TextField())


def _run(queryset, query, *, headline, text, vector_field="search_text", folded=True, match=True, large=False):
    if match:
        queryset = fulltext.search(
            queryset, query, vector_field=vector_field, folded=folded, headline_field=headline, limit=MAX_PER_GROUP + 1,
            whole_words_first=large,
        )
    rows = list(queryset[: MAX_PER_GROUP + 1])
    return rows[:MAX_PER_GROUP], len(rows) > MAX_PER_GROUP, [(row, fulltext.snippet(row, text(row), query)) for row in rows[:MAX_PER_GROUP]]


def _conferences(query: str):
    """Conferences matching in their own text or in an item of their agenda («молодёжь» → «Молодёжная повестка»)."""
    by_agenda = fulltext.match(
        AgendaItem.objects.filter(conference__isnull=False).order_by(), query, vector_field="title", folded=False
    ).values("conference_id")
    by_text = fulltext.match(Conference.objects.order_by(), query).values("pk")
    return (
        Conference.objects.filter(Q(pk__in=by_text) | Q(pk__in=by_agenda))
        .prefetch_related("agenda").chronological().reverse()
    )


def _conference_text(conference) -> str:
    agenda = "; ".join(item.title for item in conference.agenda.all())
    return " ".join(part for part in [conference.theme, conference.city, conference.description, agenda] if part)


def _by_document(hits) -> list:
    documents = {}
    for hit in hits:
        resolution = hit.obj.resolution
        documents.setdefault(resolution.pk, (resolution.title, resolution.get_absolute_url(), []))[2].append(hit)
    return list(documents.values())


def search_everything(query: str) -> list[Group]:
    groups = []
    specs = [
        (
            "resolutions", _("Резолюции"),
            Resolution.objects.published().select_related("conference", "meeting").defer(*UNSHOWN_RESOLUTION, *EVENT_DETAIL),
            {"headline": _text("theme", "preamble"), "text": lambda r: f"{r.theme} {r.preamble}"},
            lambda r: (r.title, r.get_absolute_url(), r.event or ""),
        ),
        (
            "items", _("Пункты резолюций"),
            Item.objects.published().select_related("resolution").defer(*(f"resolution__{name}" for name in DOCUMENT_TEXT)),
            {"headline": "text", "text": lambda i: i.text, "vector_field": "text", "folded": False, "large": True},
            lambda i: (_("п. %(label)s") % {"label": i.label}, i.get_absolute_url(), i.resolution.title),
        ),
        (
            "conferences", _("Конференции"), _conferences(query),
            {"headline": _text("theme", "city", "description"), "text": _conference_text, "match": False},
            lambda c: (c.title, c.get_absolute_url(), c.when),
        ),
        (
            "organizations", _("Организации"), Organization.objects.public().exclude(role=Role.COUNCIL),
            {"headline": _text("name", "city", "leader_name", "description"),
             "text": lambda o: f"{o.name} {o.city} {o.leader_name} {o.description}"},
            lambda o: (o.name, o.get_absolute_url(), o.get_status_display() if o.is_member else o.get_role_display()),
        ),
        (
            "declarations", _("Декларации"), Declaration.objects.filter(is_published=True),
            {"headline": _text("summary", "text"), "text": lambda d: f"{d.summary} {d.text}"},
            lambda d: (d.title, d.get_absolute_url(), ""),
        ),
    ]
    for key, title, queryset, options, describe in specs:
        _rows, more, pairs = _run(queryset, query, **options)
        hits = []
        for row, snippet in pairs:
            hit_title, url, context = describe(row)
            hits.append(Hit(obj=row, title=hit_title, url=url, snippet=snippet, context=str(context)))
        groups.append(
            Group(key=key, title=title, results=hits, more=more, documents=_by_document(hits) if key == "items" else [])
        )
    return groups


def _found(query: str) -> int:
    return sum(len(group.results) for group in search_everything(query))


def suggestions(query: str) -> dict:
    """When nothing is found: the other ё/е spelling, and the words of a longer query that find something alone."""
    terms = fulltext.words(query)
    single = [word for word in query.split() if fulltext.words(word)]
    return {
        "other_spelling": other_yo_spelling(query),
        "fewer_words": [word for word in single[:4] if _found(word)] if len(terms) > 1 else [],
    }


@require_safe
@public_page
def search(request):
    query = " ".join((request.GET.get("q") or "").split())[:MAX_QUERY]
    groups = search_everything(query) if fulltext.words(query) else []
    total = sum(len(g.results) for g in groups)
    return render(
        request,
        "search.html",
        {"query": query, "groups": groups, "total": total,
         "suggestions": suggestions(query) if groups and not total else {}},
    )
