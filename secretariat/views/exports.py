from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from resolutions.execution_report import CONTENT_TYPES, RENDERERS
from resolutions.models import Resolution
from secretariat.views import secretariat_required


@secretariat_required
def execution_report(request, pk, fmt):
    if fmt not in RENDERERS:
        raise Http404
    resolution = get_object_or_404(Resolution, pk=pk)
    content, filename = RENDERERS[fmt](resolution)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
