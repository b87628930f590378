"""ZIP exports of the materials sent to a call, arranged by organization (one folder each)."""

import io
import re
import zipfile
from pathlib import PurePath

from django.template.loader import render_to_string
from django.utils import translation

from core.downloads import MissingFiles
from organizations.models import MaterialCall, Organization, Submission

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


def materials_zip(*, call: MaterialCall, organization: Organization | None = None) -> tuple[bytes, str]:
    """All sent materials of a call (or of one organization) as ZIP bytes and a file name.

    Each organization gets a folder named after it with «материалы.txt» (the text, links and review
    status) and its files under their original names. A file the storage has lost refuses the whole export
    (`MissingFiles`): an archive that silently lacks materials would be taken for complete.
    """
    submissions = (
        call.submissions.exclude(status=Submission.Status.DRAFT)
        .select_related("organization")
        .prefetch_related("files")
        .order_by("organization__name")
    )
    if organization is not None:
        submissions = submissions.filter(organization=organization)
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
    filename = f"{call.slug}-{organization.slug}.zip" if organization is not None else f"{call.slug}.zip"
    return buffer.getvalue(), filename
