"""The one PDF renderer (WeasyPrint) and its locked URL fetcher.

WeasyPrint reads `file:` and `http(s):` URLs by default, so a resolution's text, a preamble or an item could
make it read a local file or call out to the network. `StaticOnlyFetcher` serves only a fixed set of the
portal's own static files, named `ksorsstatic:<path>`, and refuses every other URL: WeasyPrint then logs a
warning and renders without it. Templates also escape all text, so none of it becomes markup.

The scheme is letters only on purpose: the production static storage (manifest) leaves `url(letters:…)` in
CSS alone, while it would try to resolve — and fail on — `ksors-static:…`.
"""

import mimetypes
from pathlib import Path

from django.contrib.staticfiles import finders
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

SCHEME = "ksorsstatic"
PREFIX = f"{SCHEME}:"
# The only files a PDF may use, relative to the static folders.
ALLOWED_STATIC = frozenset(
    {
        "css/resolution-pdf.css",
        "fonts/PTSerif-Regular.ttf",
        "fonts/PTSerif-Bold.ttf",
        "fonts/PTSerif-Italic.ttf",
        "fonts/PTSerif-BoldItalic.ttf",
        "fonts/PTSans-Regular.ttf",
        "fonts/PTSans-Bold.ttf",
    }
)


class StaticOnlyFetcher(URLFetcher):
    """Serves `ksorsstatic:<path>` for the allowed static files; refuses everything else."""

    def __init__(self):
        super().__init__(allowed_protocols={SCHEME}, allow_redirects=False, timeout=1)

    def fetch(self, url, headers=None):
        relative = url.removeprefix(PREFIX).lstrip("/") if url.startswith(PREFIX) else None
        if relative not in ALLOWED_STATIC:
            raise ValueError(f"Refused to fetch {url!r}: a PDF reads only the portal's own static files")
        path = finders.find(relative)
        if path is None:
            raise ValueError(f"Static file missing: {relative}")
        content_type = mimetypes.guess_type(relative)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=Path(path).read_bytes(), headers={"Content-Type": content_type})


def render_pdf(html: str) -> bytes:
    """PDF bytes of an HTML document whose static files are referred to as `{{ static_prefix }}<path>`."""
    return HTML(string=html, base_url=PREFIX, url_fetcher=StaticOnlyFetcher()).write_pdf()
