"""Streaming a stored file: the one way a view hands out an uploaded or generated file.

A row can outlive its file (a database restored without the media folder, a file removed by hand): that is a
404 page that says so and names the files — never a 500.
"""

from django.http import FileResponse, Http404
from django.shortcuts import render


class MissingFiles(Exception):
    """Files the database knows of but the storage does not have; `names` are their original names."""

    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


def files_missing_response(request, names: list[str]):
    return render(request, "files_missing.html", {"names": names}, status=404)


def stored_file_response(request, field, *, filename: str | None = None, as_attachment: bool = False):
    """An uploaded file (a FileField's value), streamed."""
    if not field:
        raise Http404
    return stored_name_response(request, field.name, filename=filename, as_attachment=as_attachment, storage=field.storage)


def stored_name_response(request, name: str, *, filename: str | None = None, as_attachment: bool = True, storage=None):
    """The file `name` of `storage` (the default storage: a generated file, an export), streamed; a 404 page
    naming it when the storage has lost it."""
    from django.core.files.storage import default_storage

    try:
        handle = (storage or default_storage).open(name, "rb")
    except FileNotFoundError:
        return files_missing_response(request, [filename or name.rsplit("/", 1)[-1]])
    return FileResponse(handle, as_attachment=as_attachment, filename=filename or "")
