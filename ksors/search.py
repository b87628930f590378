"""One search over everything published: resolutions (title, preamble, items), conferences, organizations, declarations."""

from django.shortcuts import render

from conferences.models import Conference
from ksors.text import fold
from organizations.models import Organization
from resolutions.models import Declaration, Item, Resolution

MAX_PER_GROUP = 20


def search(request):
    query = (request.GET.get("q") or "").strip()[:200]
    groups = []
    if query:
        words = fold(query).split()
        groups = [
            ("resolutions", _matching(Resolution.objects.published(), words)),
            ("items", _matching_items(words)),
            ("conferences", _matching(Conference.objects.all(), words)),
            ("organizations", _matching(Organization.objects.exclude(role="council"), words)),
            ("declarations", _matching(Declaration.objects.filter(is_published=True), words)),
        ]
    return render(request, "search.html", {"query": query, "groups": groups})


def _matching(queryset, words):
    for word in words:
        queryset = queryset.filter(search_text__contains=word)
    return list(queryset[:MAX_PER_GROUP])


def _matching_items(words):
    # Items carry no folded column: fold in Python over the published items (a few thousand rows at most).
    items = Item.objects.filter(resolution__status="published").select_related("resolution")
    found = [item for item in items if all(word in fold(item.text) for word in words)]
    return found[:MAX_PER_GROUP]
