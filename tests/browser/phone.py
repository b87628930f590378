"""Visit pages at a phone's width (390 px) as a given user and report those wider than the screen."""

from django.conf import settings
from django.test import Client

PHONE = {"width": 390, "height": 844}


def log_in(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def too_wide(page, live_server, urls, shot=None, prefix="phone") -> list[str]:
    """The HTML pages among `urls` whose document is wider than the viewport (a page-wide horizontal scroll).
    Files (CSV, XLSX, PDF, ZIP) are skipped: the browser downloads them, it does not lay them out."""
    page.set_viewport_size(PHONE)
    wide, seen = [], 0
    for url in urls:
        probe = page.request.get(live_server.url + url, max_redirects=0)
        assert probe.status < 500, (url, probe.status)
        if not probe.headers.get("content-type", "").startswith("text/html") or probe.status != 200:
            continue
        page.goto(live_server.url + url)
        seen += 1
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            culprits = page.evaluate("""() => Array.from(document.querySelectorAll('main *'))
                .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(-3).map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : ''))""")
            wide.append(f"{url}: {width} px ({', '.join(culprits)})")
            if shot:
                shot(page, f"{prefix}-too-wide-{seen}")
    assert seen, "no HTML page was visited"
    return wide
