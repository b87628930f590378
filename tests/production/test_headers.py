"""Headers and methods (finding 14 of issue 9): CORP, the language cookie, private pages, 405 on POST."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings

from tests.production.helpers import portal_env, shell

# Pages that take a POST by design, or are not the portal's own read-only views.
POSTABLE = ("/accounts/", "/en/accounts/", "/my/", "/en/my/", "/i18n/", "/static/", "/admin/", "/en/admin/", "/jsi18n/", "/en/jsi18n/")
MACHINE = ["/robots.txt", "/sitemap.xml", "/calendar.ics", "/healthz"]
HREF = re.compile(r'<(?:a|link)\b[^>]*?\bhref="([^"#]+)', re.IGNORECASE)
LOC = re.compile(r"<loc>([^<]+)</loc>")


def public_urls(client, limit=250) -> list[str]:
    """Every same-origin page reachable from the home page (both languages) and the sitemap, anonymously."""
    queue, seen = ["/", "/en/", *MACHINE], []
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.append(url)
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith(("text/html", "application/xml")):
            continue
        body = response.content.decode()
        for link in HREF.findall(body) + LOC.findall(body):
            target = urlsplit(urljoin(f"http://testserver{url}", link.replace("&amp;", "&")))
            if target.netloc != "testserver" or target.path.startswith(POSTABLE):
                continue
            path = target.path + (f"?{target.query}" if target.query else "")
            if path not in seen and path not in queue:
                queue.append(path)
    return seen


def test_every_public_page_refuses_post_with_405(client, demo):
    urls = public_urls(client)
    assert len(urls) > 40, urls  # lists, details, PDFs, feeds, calendar, sitemap, robots
    assert any(url.endswith("/pdf/") for url in urls) and any(url.startswith("/feeds/") for url in urls)
    answers = {url: client.post(url).status_code for url in urls}
    assert {url: code for url, code in answers.items() if code != 405} == {}


def test_it_sends_cross_origin_resource_policy_on_pages_and_static_files(client, db):
    assert client.get("/")["Cross-Origin-Resource-Policy"] == "same-origin"
    assert client.get("/static/css/base.css")["Cross-Origin-Resource-Policy"] == "same-origin"


def test_the_language_cookie_is_secure_http_only_and_same_site_in_production():
    code = ("from django.conf import settings as s; "
            "print(s.LANGUAGE_COOKIE_SECURE, s.LANGUAGE_COOKIE_HTTPONLY, s.LANGUAGE_COOKIE_SAMESITE)")
    assert shell(code, env=portal_env()) == "True True Lax"


def test_switching_language_sets_the_cookie_with_those_flags(client, db, settings):
    settings.LANGUAGE_COOKIE_SECURE = True
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"


@pytest.mark.parametrize("path", ["/my/", "/", "/resolutions/"])
def test_pages_for_a_logged_in_user_are_private_and_not_stored(client, leader_a, path):
    client.force_login(leader_a)
    response = client.get(path)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_anonymous_pages_stay_cacheable_and_views_keep_their_own_choice(client, leader_a):
    # Anonymous public pages carry the page cache's own public header, never private/no-store.
    control = client.get("/").get("Cache-Control", "")
    assert "private" not in control and "no-store" not in control
    client.force_login(leader_a)
    assert "no-cache" in client.get("/healthz")["Cache-Control"]  # never_cache's own header, left alone


def test_the_middleware_sits_outside_whitenoise():
    middleware = settings.MIDDLEWARE
    assert middleware.index("ksors.middleware.ResponseHeadersMiddleware") < middleware.index(
        "whitenoise.middleware.WhiteNoiseMiddleware")
