"""A published resolution as a typeset PDF (WeasyPrint), cached per resolution version.

The renderer reads nothing but the portal's own static files: `StaticOnlyFetcher` serves the vendored PT
Serif fonts and the PDF stylesheet and refuses every other URL (file:, http:, data:, relative paths), so
nothing typed into a resolution can make it read a local file or call out to the network. Text is also
escaped by the template, so it never becomes markup in the first place.
"""

import hashlib
import mimetypes
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from resolutions.models import Resolution, Responsibility
from resolutions.presentation import with_depth

# Letters only: the manifest static storage leaves `letters:` URLs in CSS alone and fails on any other it cannot
# resolve (`ksors-static:` broke collectstatic). resolutions.execution_report uses the same scheme.
SCHEME = "ksorsstatic"
# The only files the renderer may read, relative to the static folders.
ALLOWED_STATIC = frozenset(
    {
        "css/resolution-pdf.css",
        "fonts/PTSerif-Regular.ttf",
        "fonts/PTSerif-Bold.ttf",
        "fonts/PTSerif-Italic.ttf",
        "fonts/PTSerif-BoldItalic.ttf",
    }
)
# Bump when the template or stylesheet changes, so cached PDFs are made again.
LAYOUT_REVISION = "3"
CACHE_FOLDER = "cache/pdf"


class StaticOnlyFetcher(URLFetcher):
    """Serves `ksorsstatic:<path>` for the allowed static files; refuses everything else."""

    def __init__(self):
        super().__init__(allowed_protocols={SCHEME}, allow_redirects=False, timeout=1)

    def fetch(self, url, headers=None):
        prefix = f"{SCHEME}:"
        relative = url[len(prefix):] if url.startswith(prefix) else None
        if relative not in ALLOWED_STATIC:
            raise ValueError(f"Refused to fetch {url!r}: the PDF renderer reads only the portal's own static files")
        path = finders.find(relative)
        if path is None:
            raise ValueError(f"Static file missing: {relative}")
        content_type = mimetypes.guess_type(relative)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=Path(path).read_bytes(), headers={"Content-Type": content_type})


def filename_for(resolution: Resolution) -> str:
    return f"{resolution.slug}-v{resolution.version}.pdf"


def cache_name(resolution: Resolution) -> str:
    """One file per version; the revision and change time make any later edit a new file too."""
    key = f"{resolution.pk}:{resolution.version}:{resolution.revision}:{resolution.updated_at.isoformat()}:{LAYOUT_REVISION}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"{CACHE_FOLDER}/{resolution.pk}/v{resolution.version}-{digest}.pdf"


def resolution_pdf(*, resolution: Resolution) -> tuple[bytes, str]:
    """(PDF bytes, file name) of a resolution: from the cache, or rendered and cached."""
    name = cache_name(resolution)
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as cached:
            return cached.read(), filename_for(resolution)
    content = render_resolution_pdf(resolution)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(content))
    return content, filename_for(resolution)


def render_resolution_pdf(resolution: Resolution) -> bytes:
    """Render without the cache. The document is Russian whatever the visitor's interface language."""
    items = with_depth(
        resolution.items.order_by("position").prefetch_related(
            Prefetch("responsibilities", queryset=Responsibility.objects.order_by("position", "id"))
        )
    )
    version = resolution.versions.filter(number=resolution.version).first()
    with translation.override("ru"):
        html = render_to_string(
            "resolutions/resolution_pdf.html",
            {"resolution": resolution, "items": items, "version": version, "static_prefix": f"{SCHEME}:"},
        )
        return HTML(string=html, url_fetcher=StaticOnlyFetcher()).write_pdf()
