"""Import: paste or upload, review what the parser recognised beside the source, then confirm to save a draft.

Nothing is stored before the confirmation: the review page carries the source text in a hidden field and the
confirmation parses it again.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from conferences.models import ConferenceKind
from organizations.services import organization_match
from resolutions.consistency import parsed_conference_differences
from resolutions.importing import (
    conference_for,
    existing_matches,
    suggested_slug,
    text_from_paste,
    text_from_upload,
)
from resolutions.matching import Matcher
from resolutions.models import DOCUMENT_FORMS, ItemKind
from resolutions.parser import parse_resolution
from resolutions.services import resolution_create_from_parse
from secretariat.forms.resolutions import ImportConfirmForm, ImportForm
from secretariat.views import secretariat_required


def _review_context(text: str, confirm_form=None) -> dict:
    parsed = parse_resolution(text)
    matcher = Matcher()
    rows = []
    for item in parsed.items:
        matches = [(name, matcher.match(name)) for name in item.responsible]
        kind = ItemKind(item.kind).label if item.kind in ItemKind.values else item.kind
        admissions = [
            (entry, organization_match(entry["name"])) for entry in (item.membership or {}).get("organizations", [])
        ]
        rows.append({"item": item, "responsible": matches, "kind": kind, "admissions": admissions})
    conference = conference_for(parsed)
    if confirm_form is not None and confirm_form.is_bound and confirm_form.is_valid():
        conference = confirm_form.cleaned_data["conference"]
    if confirm_form is None:
        confirm_form = ImportConfirmForm(
            initial={"source": text, "slug": suggested_slug(parsed), "conference": conference.pk if conference else None}
        )
    conference_kind = dict(ConferenceKind.choices).get(parsed.conference_kind, parsed.conference_kind)
    return {
        "parsed": parsed,
        "doc_kind": DOCUMENT_FORMS[parsed.doc_type],
        "rows": rows,
        "source": text,
        "form": confirm_form,
        "conference_kind": conference_kind,
        "existing": existing_matches(parsed, conference),
        "differences": parsed_conference_differences(parsed, conference),
        "conference": conference,
    }


@secretariat_required
def import_start(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        try:
            text = text_from_upload(upload) if upload else text_from_paste(form.cleaned_data["text"])
        except ValidationError as error:  # beyond the limits: shown under the field, the typed text kept
            form.add_error("file" if upload else "text", error)
        except Exception:  # a corrupt .docx raises whatever python-docx and zipfile raise
            form.add_error("file", _("Не удалось прочитать файл. Сохраните его заново как .docx или .txt."))
        else:
            return render(request, "secretariat/import_review.html", _review_context(text))
    return render(request, "secretariat/import_start.html", {"form": form})


@secretariat_required
@require_POST
def import_confirm(request):
    form = ImportConfirmForm(request.POST)
    if not form.is_valid():
        return render(request, "secretariat/import_review.html", _review_context(request.POST.get("source", ""), form))
    text = form.cleaned_data["source"]
    try:
        text_from_paste(text)
    except ValidationError as error:  # a forged or edited review form: refuse before parsing, store nothing
        messages.error(request, error.messages[0])
        return render(request, "secretariat/import_start.html", {"form": ImportForm()}, status=400)
    resolution = resolution_create_from_parse(
        parsed=parse_resolution(text),
        slug=form.cleaned_data["slug"],
        conference=form.cleaned_data["conference"],
        meeting=form.cleaned_data["meeting"],
        created_by=request.user,
        source_text=text,
    )
    messages.success(request, _("Черновик создан. Проверьте пункты и опубликуйте, когда всё верно."))
    return redirect("secretariat:resolution_edit", resolution.pk)
