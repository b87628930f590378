"""Tasks of the resolutions app, run by the worker (core.tasks)."""

from django.db import transaction
from django.tasks import default_task_backend

from core.tasks import retried_task
from resolutions.models import Resolution, ResolutionStatus
from resolutions.pdf import cache_name, resolution_pdf


@retried_task(max_attempts=3)
def resolution_pdf_render(*, resolution_id: int) -> str | None:
    """Render a published resolution's PDF into the cache, so its first reader does not wait for WeasyPrint."""
    resolution = Resolution.objects.filter(pk=resolution_id, status=ResolutionStatus.PUBLISHED).first()
    if resolution is None:
        return None
    resolution_pdf(resolution=resolution)
    return cache_name(resolution)


def resolution_pdf_schedule(*, resolution: Resolution) -> None:
    """After the transaction commits, have the worker render the PDF. Only with a real queue: with the immediate
    backend (tests, `make run`) the render would run inside the publishing request, and the first reader's
    request renders it just as well."""
    if default_task_backend.supports_defer:
        transaction.on_commit(lambda: resolution_pdf_render.enqueue(resolution_id=resolution.pk))
