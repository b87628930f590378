"""One search over everything published: resolutions, their items, conferences, organizations, declarations.

Grouped by type, best first within each group, with highlighted snippets (see core.fulltext for how
Russian is matched on PostgreSQL and on SQLite). Drafts never appear: every group starts from a public queryset.
"""

from dataclasses import dataclass

from django.db.models import F, TextField, Value
from django.db.models.functions import Concat
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from conferences.models import Conference
from core import fulltext
from core.pagecache import public_page
from organizations.models import Organization, Role
from resolutions.models import Declaration, Item, Resolution

MAX_PER_GROUP = 20
MAX_QUERY = 200


@dataclass
class Group:
    key: str
    title: str
    results: list
    more: bool


@dataclass
class Hit:
    obj: object
    title: str
    url: str
    snippet: str
    context: str = ""


def _text(*fields):
    parts = []
    for field in fields:
        parts += [F(field), Value(" ")]
    return Concat(*parts[:-1], output_field=TextField())


def _run(queryset, query, *, headline, text, vector_field="search_text", folded=True):
    rows = list(
        fulltext.search(
            queryset, query, vector_field=vector_field, folded=folded, headline_field=headline, limit=MAX_PER_GROUP + 1
        )
    )
    return rows[:MAX_PER_GROUP], len(rows) > MAX_PER_GROUP, [(row, fulltext.snippet(row, text(row), query)) for row in rows[:MAX_PER_GROUP]]


def search_everything(query: str) -> list[Group]:
    groups = []
    specs = [
        (
            "resolutions", _("Резолюции"), Resolution.objects.published().select_related("conference", "meeting"),
            {"headline": _text("theme", "preamble"), "text": lambda r: f"{r.theme} {r.preamble}"},
            lambda r: (r.title, r.get_absolute_url(), r.event or ""),
        ),
        (
            "items", _("Пункты резолюций"), Item.objects.published().select_related("resolution"),
            {"headline": "text", "text": lambda i: i.text, "vector_field": "text", "folded": False},
            lambda i: (_("п. %(label)s") % {"label": i.label}, i.get_absolute_url(), i.resolution.title),
        ),
        (
            "conferences", _("Конференции"), Conference.objects.all(),
            {"headline": _text("theme", "city", "description"), "text": lambda c: f"{c.theme} {c.city} {c.description}"},
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
        groups.append(Group(key=key, title=title, results=hits, more=more))
    return groups


@require_safe
@public_page
def search(request):
    query = " ".join((request.GET.get("q") or "").split())[:MAX_QUERY]
    groups = search_everything(query) if fulltext.words(query) else []
    return render(
        request,
        "search.html",
        {"query": query, "groups": groups, "total": sum(len(g.results) for g in groups)},
    )
