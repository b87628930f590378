"""Files the task worker prepares (core.exports) as the Secretariat gets them, and the execution report.

Every export URL (a call's ZIP, the control PDFs, the execution report's and the analysis's PDF) answers the
same way through `prepared_download`: the file itself once it is made; until then a page «Готовится…» that
reloads itself (and has a link to do so) with `?wait=1`, which, once the file is there, shows a link to it
rather than starting the download behind the user's back. The file is only ever streamed by these views, after
their permission check; its storage name appears nowhere.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from core import exports as prepared
from core.downloads import files_missing_response, stored_name_response
from resolutions.execution_report import CONTENT_TYPES, RENDERERS, report_pdf_export
from resolutions.models import Resolution
from secretariat.views import secretariat_required

WAIT = "wait"
REFRESH_SECONDS = 5


def prepared_download(request, export: prepared.Export):
    state = prepared.prepare(export)
    waited = WAIT in request.GET
    if state.ready and not waited:
        return stored_name_response(request, export.name, filename=export.filename)
    if state.missing:
        return files_missing_response(request, [state.error])
    query = request.GET.copy()
    query.pop(WAIT, None)
    download_url = request.path + (f"?{query.urlencode()}" if query else "")
    query[WAIT] = "1"
    context = {
        "export": export, "state": state, "download_url": download_url, "refresh_seconds": REFRESH_SECONDS,
        "wait_url": f"{request.path}?{query.urlencode()}",
    }
    return render(request, "secretariat/export.html", context, status=202 if state.state == prepared.PENDING else 200)


@secretariat_required
def execution_report(request, pk, fmt):
    """The PDF is prepared by the worker; the spreadsheet and CSV of one resolution take no time and are made
    here."""
    if fmt not in RENDERERS:
        raise Http404
    resolution = get_object_or_404(Resolution, pk=pk)
    if fmt == "pdf":
        return prepared_download(request, report_pdf_export(resolution))
    content, filename = RENDERERS[fmt](resolution)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
