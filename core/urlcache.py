"""`reverse()` for the many slug URLs one page links to, without resolving the URL pattern each time.

A list of 300 organizations, a calendar of 1,000 deadlines or a resolution naming 80 organizations calls
`get_absolute_url()` hundreds of times; each `reverse()` walks the resolver and re-quotes the result. The URL of
a view with one slug argument only differs in that slug, so it is reversed once per (view, URL conf, script
prefix, language) with a placeholder and the slug put in its place. A slug that `reverse()` would quote or reject
goes through `reverse()` itself, so the result is always what `reverse()` returns.
"""

import functools
import re

from django.conf import settings
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

PLACEHOLDER = "ksors-slug-placeholder-7f3a"
PLAIN_SLUG = re.compile(r"[-a-zA-Z0-9_]+")


@functools.lru_cache(maxsize=512)
def _pattern(viewname: str, urlconf: str, prefix: str, language: str | None) -> tuple[str, str]:
    before, found, after = reverse(viewname, args=[PLACEHOLDER], urlconf=urlconf).partition(PLACEHOLDER)
    if not found:  # pragma: no cover - a pattern that does not put its argument in the path
        raise ValueError(viewname)
    return before, after


def slug_url(viewname: str, slug: str) -> str:
    """Same as `reverse(viewname, args=[slug])`."""
    if not PLAIN_SLUG.fullmatch(slug) or PLACEHOLDER in slug:
        return reverse(viewname, args=[slug])
    before, after = _pattern(viewname, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), get_language())
    return f"{before}{slug}{after}"


def _clear(**kwargs):
    _pattern.cache_clear()


setting_changed.connect(_clear, dispatch_uid="ksors_urlcache_clear")
