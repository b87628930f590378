"""What the page cache refuses to store: tokens, messages, cookies, private or varying responses, non-200."""

import pytest
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache

from core import pagecache

pytestmark = pytest.mark.django_db


def _request(path="/page/", **extra):
    request = RequestFactory().get(path, **extra)
    request._messages = CookieStorage(request)
    return request


def _twice(view, **extra):
    """The cache header of a second identical request (None: the page was not served from the cache)."""
    wrapped = pagecache.public_page(view)
    wrapped(_request(**extra))
    return wrapped(_request(**extra)).get(pagecache.CACHE_HEADER)


def _with_token(request):
    return HttpResponse(f"<input name=csrfmiddlewaretoken value={get_token(request)}>")


def _with_message(request):
    messages.success(request, "Сохранено")
    return HttpResponse("page")


def _with_cookie(request):
    response = HttpResponse("page")
    response.set_cookie("seen", "1")
    return response


@never_cache
def _private(request):
    return HttpResponse("page")


def _varies(request):
    response = HttpResponse("page")
    patch_vary_headers(response, ("User-Agent",))
    return response


def _missing(request):
    return HttpResponse("нет", status=404)


def _plain(request):
    return HttpResponse("страница")


@pytest.mark.parametrize("view", [_with_token, _with_message, _with_cookie, _private, _varies, _missing])
def test_it_never_stores_a_page_that_is_not_the_same_for_everyone(view):
    assert _twice(view) is None


def test_it_stores_a_plain_page():
    assert _twice(_plain) == "hit"


def test_it_neither_reads_nor_stores_for_a_visitor_with_a_session():
    assert _twice(_plain, HTTP_COOKIE="sessionid=abc") is None


def test_it_does_not_store_a_head_request_but_answers_it_from_the_cache():
    wrapped = pagecache.public_page(_plain)
    assert wrapped(RequestFactory().head("/page/")).get(pagecache.CACHE_HEADER) is None
    wrapped(_request())
    assert wrapped(RequestFactory().head("/page/"))[pagecache.CACHE_HEADER] == "hit"


def test_the_generation_survives_its_eviction_without_resurrecting_old_pages():
    wrapped = pagecache.public_page(_plain)
    wrapped(_request())
    pagecache._cache().delete(pagecache.GENERATION_KEY)
    assert wrapped(_request())[pagecache.CACHE_HEADER] == "miss"


def test_it_serves_uncached_when_the_cache_fails(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(pagecache._cache(), "get_many", broken)
    monkeypatch.setattr(pagecache._cache(), "get", broken)
    response = pagecache.public_page(_plain)(_request())
    assert response.status_code == 200 and pagecache.CACHE_HEADER not in response


def _counting(text):
    calls = []

    def view(request):
        calls.append(1)
        return HttpResponse(text)

    return pagecache.public_page(view), calls


def test_a_worker_answers_from_its_own_copy_while_the_generation_holds(django_assert_num_queries):
    wrapped, calls = _counting("своя копия")
    wrapped(_request("/own-copy/"))
    # The shared entry is gone (evicted, or another cache node): the process's copy of this generation still serves,
    # after one read of the generation.
    pagecache._cache().delete(pagecache._key(_request("/own-copy/")))
    with django_assert_num_queries(1):
        response = wrapped(_request("/own-copy/"))
    assert response[pagecache.CACHE_HEADER] == "hit" and response.content == "своя копия".encode() and len(calls) == 1


def test_a_write_seen_by_another_instance_makes_the_next_request_render_afresh():
    wrapped, calls = _counting("страница")
    wrapped(_request("/other-instance/"))
    assert wrapped(_request("/other-instance/"))[pagecache.CACHE_HEADER] == "hit"
    # Another instance committed a write: it replaced the generation in the shared cache, not in this process.
    pagecache._cache().set(pagecache.GENERATION_KEY, pagecache.current_generation() + 1, None)
    assert wrapped(_request("/other-instance/"))[pagecache.CACHE_HEADER] == "miss" and len(calls) == 2


def test_the_own_copies_stay_within_their_bytes_least_recently_used_out(settings):
    settings.KSORS_PAGE_CACHE_LOCAL_BYTES = 4000
    pages = pagecache._LocalPages()
    for n in range(5):
        pages.put(f"k{n}", (1, 200, [], b"x" * 900))
    pages.get("k1")  # used lately: kept
    pages.put("k5", (1, 200, [], b"x" * 900))
    assert pages.size <= 4000
    assert set(pages.entries) == {"k1", "k3", "k4", "k5"}
    pages.put("huge", (1, 200, [], b"x" * 1001))  # more than a quarter of the bound: never kept
    assert "huge" not in pages.entries


def test_no_own_copies_when_turned_off(settings):
    settings.KSORS_PAGE_CACHE_LOCAL_BYTES = 0
    pages = pagecache._LocalPages()
    pages.put("k", (1, 200, [], b"page"))
    assert not pages.entries and pages.size == 0
