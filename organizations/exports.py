"""ZIP exports of the materials sent to a call, arranged by organization (one folder each).

A large call's archive is made by the task worker (`organizations.tasks.materials_zip_render`, through
`core.exports`): `materials_zip_export()` names the file by a digest of what goes into it, read in one query.
"""

import io
import re
import zipfile
from pathlib import PurePath

from django.template.loader import render_to_string
from django.utils import translation

from core.downloads import MissingFiles
from core.exports import Export, content_key, export_name
from organizations.models import MaterialCall, Organization, Submission, SubmissionFile

_UNSAFE = re.compile(r'[\x00-\x1f\\/:*?"<>|]+')


def _safe(name: str, fallback: str) -> str:
    cleaned = _UNSAFE.sub(" ", name).strip(" .")
    return cleaned[:120] or fallback


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 1
    path = PurePath(name)
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{path.stem} ({number}){path.suffix}"
    taken.add(candidate.casefold())
    return candidate


def _sent(call: MaterialCall, organization: Organization | None):
    submissions = call.submissions.exclude(status=Submission.Status.DRAFT)
    return submissions.filter(organization=organization) if organization is not None else submissions


def zip_filename(*, call: MaterialCall, organization: Organization | None = None) -> str:
    return f"{call.slug}-{organization.slug}.zip" if organization is not None else f"{call.slug}.zip"


def materials_zip_export(*, call: MaterialCall, organization: Organization | None = None) -> Export:
    """The archive as the worker makes it, keyed by every field and file that goes into it: a new material, a
    review or a renamed organization gives a new archive."""
    from organizations.tasks import materials_zip_render

    submissions = _sent(call, organization).order_by("pk").values_list(
        "pk", "status", "text", "links", "review_comment", "submitted_at", "updated_at",
        "organization__name", "organization__short_name", "organization__slug",
    )
    files = SubmissionFile.objects.filter(submission__in=_sent(call, organization)).order_by("pk").values_list(
        "pk", "submission_id", "file", "original_name",
    )
    key = content_key(call.title, list(submissions), list(files))
    group = f"materials-{call.pk}" + (f"-{organization.pk}" if organization is not None else "")
    filename = zip_filename(call=call, organization=organization)
    return Export(task=materials_zip_render, name=export_name(group=group, key=key, filename=filename),
                  filename=filename,
                  kwargs={"call_id": call.pk, "organization_id": organization.pk if organization else None})


def materials_zip(*, call: MaterialCall, organization: Organization | None = None) -> tuple[bytes, str]:
    """All sent materials of a call (or of one organization) as ZIP bytes and a file name.

    Each organization gets a folder named after it with «материалы.txt» (the text, links and review
    status) and its files under their original names. A file the storage has lost refuses the whole export
    (`MissingFiles`): an archive that silently lacks materials would be taken for complete.
    """
    submissions = _sent(call, organization).select_related("organization").prefetch_related("files").order_by(
        "organization__name"
    )
    buffer = io.BytesIO()
    folders: set[str] = set()
    missing: list[str] = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for submission in submissions:
            org = submission.organization
            folder = _unique(_safe(org.short_name or org.name, org.slug), folders)
            with translation.override("ru"):
                summary = render_to_string("organizations/materials_summary.txt", {"submission": submission, "call": call})
            taken = {"материалы.txt"}
            archive.writestr(f"{folder}/материалы.txt", summary)
            for stored in submission.files.all():
                name = _unique(_safe(PurePath(stored.original_name).name, f"file-{stored.pk}"), taken)
                try:
                    with stored.file.open("rb") as handle:
                        archive.writestr(f"{folder}/{name}", handle.read())
                except FileNotFoundError:
                    missing.append(f"{org.short_name or org.name}: {stored.original_name}")
    if missing:
        raise MissingFiles(missing)
    return buffer.getvalue(), zip_filename(call=call, organization=organization)
