"""The page cache of the public pages: whole responses for anonymous visitors, invalidated by one generation.

Published documents change a few times a month and are read far more often, so a public page is rendered once
and then served from the configured cache (`caches["default"]`: Redis, or Django's database cache) until
anything that can appear on a public page is written. There is no list of keys per page: every entry records
the *generation* it was rendered in, and a write replaces the generation (`bump()`) after its transaction
commits, which makes every entry of every page stale at once. The generation is the time of the last change in
nanoseconds, so it also gives the pages their `Last-Modified`; `ETag` is derived from it and the page's key,
and a conditional GET with either validator gets a 304 without the page being rendered or even read.

Who gets a cached page: GET/HEAD requests without a session cookie (so never a logged-in user, nor an
anonymous visitor whose session may hold messages or a half-finished login) and without a messages cookie.
What is stored: a 200 response of a view wrapped in `public_page` that rendered no CSRF token, showed no
message, set no cookie and varies on nothing but the cookie and the language. The key holds the scheme, host,
path, query string, language and today's date (a page that says «overdue» changes at midnight without a write).

The entry is replayed at the view, inside the full middleware stack, so a page from the cache carries exactly
the headers (CSP, frame options, language, …) of the same page rendered.

Two levels: every worker also keeps the pages it served lately in its own memory (`_LocalPages`, bounded by
`KSORS_PAGE_CACHE_LOCAL_BYTES`, 32 MiB by default, least recently used first out). It never answers from there
alone: each request still reads the generation from the shared cache, and a local page counts only when it was
stored in that very generation, so a write seen by one instance makes the next request to any instance render
afresh. What it saves is carrying the page itself over the network (or out of the database's cache table) and
decoding it, which for a large page such as the calendar costs more than the rest of the request.

Invalidation: each domain app whose models appear on public pages calls `watch(self)` in its `ready()`; one
receiver of post_save/post_delete/m2m_changed then schedules a bump in `transaction.on_commit` for every write
to those models. A signal is the right tool here, unlike signals that create rows: it only marks the cache
stale, nothing depends on its order, and no write can forget it. Writes that send no signal (`QuerySet.update()`,
`bulk_create()`) call `invalidate()` themselves.
"""

import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import get_language

__all__ = ["bump", "current_generation", "invalidate", "public_page", "watch"]

logger = logging.getLogger(__name__)

GENERATION_KEY = "ksors:pagecache:generation"
KEY_PREFIX = "ksors:page:"
CACHE_HEADER = "X-Page-Cache"
# Headers a stored page may vary on: both are part of the key or of the bypass rule.
ALLOWED_VARY = {"", "cookie", "accept-language"}
# Headers of a response that say it must not be shared.
PRIVATE = {"private", "no-store", "no-cache"}
LIST = re.compile(r"\s*,\s*")


def _cache():
    return caches[getattr(settings, "KSORS_PAGE_CACHE_ALIAS", "default")]


def _enabled() -> bool:
    return getattr(settings, "KSORS_PAGE_CACHE", True)


# Invalidation ---------------------------------------------------------------------------------------------------


def bump() -> int:
    """Make every cached page stale now; returns the new generation."""
    generation = time.time_ns()
    _cache().set(GENERATION_KEY, generation, None)
    return generation


def current_generation() -> int:
    """The generation pages are rendered in now (started on first use, or after the cache lost it)."""
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    return generation if generation is not None else _start_generation(cache)


def _start_generation(cache) -> int:
    # add(), not set(): when several workers find the key missing, they all agree on the first one's value.
    # A generation that was evicted restarts from now, newer than any entry stored before.
    cache.add(GENERATION_KEY, time.time_ns(), None)
    return cache.get(GENERATION_KEY) or time.time_ns()


class _Bump:
    """The bump of one transaction: scheduled by each of its writes, it bumps once (a publish writes dozens of rows)."""

    def __init__(self):
        self.pending = True

    def __call__(self):
        if self.pending:
            self.pending = False
            bump()


def invalidate(*, using: str | None = None) -> None:
    """Bump the generation when the current transaction commits (at once outside a transaction).

    After commit, not before: a page rendered by another request between an early bump and the commit would
    show the old data under the new generation. Every write schedules the same pending `_Bump` of its
    connection, so a rolled-back savepoint drops only its own callbacks and the bump still runs once.
    """
    connection = transaction.get_connection(using)
    batch = getattr(connection, "ksors_page_bump", None)
    if batch is None or not batch.pending:
        batch = connection.ksors_page_bump = _Bump()
    # robust: the data is committed whatever the cache says; a failure is logged, not turned into a 500.
    transaction.on_commit(batch, using=using, robust=True)


_watched: set[type] = set()


def _changed(sender, using=None, **kwargs):
    if sender in _watched:
        invalidate(using=using)


def watch(app_config, *, ignore: tuple[str, ...] = ()) -> None:
    """Bump the generation on every write to the models of `app_config`, except those named in `ignore`
    (models no public page shows, and their django-simple-history tables)."""
    _watched.update(
        model
        for model in app_config.get_models(include_auto_created=True)
        if model.__name__.removeprefix("Historical") not in ignore
    )
    for name, signal in (("save", post_save), ("delete", post_delete), ("m2m", m2m_changed)):
        signal.connect(_changed, dispatch_uid=f"ksors_pagecache_{name}")


# The process's own copies ---------------------------------------------------------------------------------------


class _LocalPages:
    """The pages this process served lately: (generation, status, headers, content) by key, at most `limit` bytes
    of content, the least recently used dropped first. Thread-safe (gthread workers share it)."""

    def __init__(self):
        self.entries: OrderedDict[str, tuple] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    @staticmethod
    def limit() -> int:
        return getattr(settings, "KSORS_PAGE_CACHE_LOCAL_BYTES", 32 * 1024 * 1024)

    def get(self, key: str):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: tuple) -> None:
        limit = self.limit()
        size = len(entry[3])
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old[3])
            if size > limit // 4:  # one huge page must not push out everything else
                return
            self.entries[key] = entry
            self.size += size
            while self.size > limit:
                _key, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped[3])


local_pages = _LocalPages()


def _lookup(cache, key: str) -> tuple[int, tuple | None]:
    """The current generation and the stored entry of `key` (None when there is none of this generation): one read
    of the shared cache, of the generation alone when this process holds a copy of the page."""
    local = local_pages.get(key)
    if local is not None:
        generation = cache.get(GENERATION_KEY) or _start_generation(cache)
        # This process's copy is stale: something was written since. Render rather than read the shared entry
        # too, so that a miss costs the same single read of the cache as before (at worst each worker renders
        # the page once per write, and writes come a few times a month).
        return generation, (local if local[0] == generation else None)
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or _start_generation(cache)
    entry = found.get(key)
    if entry is None or entry[0] != generation:
        return generation, None
    local_pages.put(key, entry)
    return generation, entry


# Serving --------------------------------------------------------------------------------------------------------


def _may_use(request) -> bool:
    return (
        _enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def _key(request) -> str:
    scheme = "https" if request.is_secure() else "http"
    address = f"{scheme}://{request.get_host()}{request.get_full_path()}|{get_language()}|{timezone.localdate()}"
    return KEY_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def _storable(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a CSRF token was rendered (get_token was called)
        return False
    storage = getattr(request, "_messages", None)
    if storage is not None and (storage.used or storage._queued_messages):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = {part.split("=")[0].strip().lower() for part in LIST.split(response.get("Cache-Control", ""))}
    vary = {header.lower() for header in LIST.split(response.get("Vary", ""))}
    return not (cache_control & PRIVATE) and vary <= ALLOWED_VARY


def _share(response, generation: int, key: str) -> None:
    """Validators and sharing headers of a public page (computed once, when the page is stored)."""
    response["ETag"] = f'"{hashlib.sha256(f"{generation}{key}".encode()).hexdigest()[:24]}"'
    # The key holds today's date: a page stored today changed at the latest at midnight or at the last write.
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
    response["Last-Modified"] = http_date(int(max(generation / 1e9, midnight)))
    # Browsers revalidate every time (a 304 costs next to nothing); a reverse proxy may hold the page briefly.
    patch_cache_control(response, public=True, max_age=0, s_maxage=getattr(settings, "KSORS_PAGE_CACHE_PROXY_SECONDS", 10))
    # The page is the anonymous one: a proxy must not give it to a visitor who has a session.
    patch_vary_headers(response, ("Cookie",))


def _conditional(request, response):
    """A 304 when the visitor already has this generation of the page."""
    if "HTTP_IF_NONE_MATCH" not in request.META and "HTTP_IF_MODIFIED_SINCE" not in request.META:
        return response
    modified = parse_http_date_safe(response["Last-Modified"])
    return get_conditional_response(request, etag=response["ETag"], last_modified=modified, response=response)


def public_page(view):
    """Serve the view's page to anonymous visitors from the page cache (see the module's docstring)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not _may_use(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        cache = _cache()
        try:
            generation, entry = _lookup(cache, key)
        except Exception:  # the cache is down: the portal still works, uncached
            logger.exception("page cache unavailable")
            return view(request, *args, **kwargs)
        if entry is not None:
            _generation, status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[CACHE_HEADER] = "hit"
            return _conditional(request, response)
        response = view(request, *args, **kwargs)
        if callable(getattr(response, "render", None)) and not response.is_rendered:
            response.render()  # a TemplateResponse (the sitemap): the bytes are needed now
        if not _storable(request, response):
            return response
        _share(response, generation, key)
        entry = (generation, response.status_code, list(response.headers.items()), response.content)
        local_pages.put(key, entry)
        try:
            cache.set(key, entry, getattr(settings, "KSORS_PAGE_CACHE_SECONDS", 24 * 3600))
        except Exception:
            logger.exception("page cache unavailable")
        response[CACHE_HEADER] = "miss"
        return _conditional(request, response)

    return wrapped
