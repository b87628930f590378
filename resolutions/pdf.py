"""A published resolution as a typeset PDF (WeasyPrint), cached per resolution version.

Rendered by the one PDF renderer, `core.pdf`, whose fetcher reads nothing but the portal's own static files.
"""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.pdf import PREFIX, render_pdf
from resolutions.models import Declaration, Resolution, Responsibility, Signatory
from resolutions.presentation import with_depth

# Bump when the template or stylesheet changes, so cached PDFs are made again.
LAYOUT_REVISION = "5"
CACHE_FOLDER = "cache/pdf"


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
            {"resolution": resolution, "items": items, "version": version, "static_prefix": PREFIX},
        )
    return render_pdf(html)


def declaration_appendix_pdf(*, declaration: Declaration) -> tuple[bytes, str]:
    """Appendix 1 to the statement: the list of member organizations that joined the declaration, as it stands
    now (the list is open, so it is rendered from the current signatories each time, never stored)."""
    signatories = (
        declaration.signatories.filter(status=Signatory.Status.CONFIRMED)
        .select_related("organization").order_by("joined_on", "organization__name")
    )
    with translation.override("ru"):
        html = render_to_string(
            "resolutions/declaration_appendix_pdf.html",
            {"declaration": declaration, "signatories": signatories, "today": timezone.localdate(), "static_prefix": PREFIX},
        )
    return render_pdf(html), f"{declaration.slug}-appendix-1.pdf"
