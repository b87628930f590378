"""Streaming a stored file: the one way a view hands out an uploaded or generated file.

A row can outlive its file (a database restored without the media folder, a file removed by hand): that is a
404 with the portal's page, never a 500.
"""

from django.http import FileResponse, Http404


def stored_file_response(field, *, filename: str | None = None, as_attachment: bool = False) -> FileResponse:
    if not field:
        raise Http404
    try:
        handle = field.open("rb")
    except FileNotFoundError:
        raise Http404("stored file missing") from None
    return FileResponse(handle, as_attachment=as_attachment, filename=filename or "")
