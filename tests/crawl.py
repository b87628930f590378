"""Walk the portal as a persona would: from entry pages, same-origin links, a few pages of each URL pattern.

Used by the markup tests (ids, aria references, language) and the phone-width browser test, so that "every page
of the demo for every role" is what the links reach, not a list kept by hand.
"""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.urls import Resolver404, resolve

SKIP_PATHS = ("/accounts/logout/", "/static/", "/admin/", "/i18n/", "/jsi18n/", "/en/jsi18n/", "/media/")
# Views that answer with files (PDF, spreadsheets, feeds, uploads), not pages.
NOT_PAGES = ("pdf", "export", "download", "attachment", "csv", "feed", "media", "sitemap", "healthz", "robots")
ENTRIES = {
    "anonymous": ["/", "/en/", "/resolutions/", "/en/resolutions/", "/organizations/", "/conferences/",
                  "/search/?q=конференция", "/accounts/login/"],
    "leader": ["/my/", "/en/my/"],
    "secretary": ["/secretariat/", "/en/secretariat/"],
}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.links.append(href)


def _view_of(path: str) -> str:
    try:
        match = resolve(path)
    except Resolver404:
        return path
    # /en/… and /… are the same view: count them apart, the English pages are pages too.
    return ("en:" if path.startswith("/en/") else "") + match.view_name


def crawl(client, entries: list[str], *, per_view: int = 2, most: int = 400):
    """Yield (url, response) for every HTML page reached, at most `per_view` pages of one URL pattern."""
    seen, queue, counts = set(), list(entries), {}
    while queue and len(seen) < most:
        url = queue.pop(0)
        parts = urlsplit(url)
        key = parts.path + ("?" + parts.query if parts.query and parts.path.startswith("/search") else "")
        if key in seen or parts.path.startswith(SKIP_PATHS):
            continue
        seen.add(key)
        view = _view_of(parts.path)
        name = view.rsplit(":", 1)[-1]
        if name in ("logo", "photo", "thumbnail") or any(word in name for word in NOT_PAGES) or "format=" in parts.query:
            continue
        counts[view] = counts.get(view, 0) + 1
        if counts[view] > per_view:
            continue
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        yield url, response
        collector = _Links()
        collector.feed(response.content.decode())
        for href in collector.links:
            target = urlsplit(urljoin(parts.path, href))
            if target.netloc or target.scheme or not target.path.startswith("/"):
                continue
            queue.append(target.path + (f"?{target.query}" if target.query and target.path.startswith("/search") else ""))
