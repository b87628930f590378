"""«Моя организация»: the workspace of organization leaders (profile, materials, declarations, progress)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.decorators import permission_required_or_403
from core.downloads import stored_file_response
from core.models import StaleRevision
from leaders.forms import (
    ExtensionRequestForm,
    LeaveForm,
    ProfileForm,
    ProgressReportForm,
    SubmissionForm,
)
from organizations.models import MaterialCall, Organization, OrganizationPhoto, Submission, SubmissionFile
from organizations.services import (
    PROFILE_FIELDS,
    call_accepts_submissions,
    organization_photo_add,
    organization_photo_delete,
    organization_profile_update,
    submission_save,
)
from resolutions.control import assignment_for, extension_request_create
from resolutions.declarations import active_signature, signatory_leave, signatory_request
from resolutions.models import Assignment, Declaration, ProgressReport, ReportAttachment, Signatory
from resolutions.progress import items_assigned_to, progress_report_create

leader_required = permission_required_or_403("ksors.leader_workspace")


def _organization_for(request, slug: str, perm: str) -> Organization:
    """The organization, if this user may act for it; 404 for any other (it does not exist for them)."""
    organization = get_object_or_404(Organization, slug=slug)
    if not request.user.has_perm(perm, organization):
        raise Http404
    return organization


def _first_error(error: ValidationError) -> str:
    return error.messages[0]


@leader_required
def dashboard(request):
    organizations = (
        request.user.organizations.order_by("name")
        .annotate(photo_count=Count("photos", distinct=True))
        .prefetch_related(
            Prefetch("submissions", queryset=Submission.objects.select_related("call")),
            Prefetch("signatures", queryset=Signatory.objects.select_related("declaration").order_by("-requested_at")),
        )
    )
    calls = MaterialCall.objects.filter(status=MaterialCall.Status.OPEN).order_by("deadline")
    rows = []
    for organization in organizations:
        submissions = {s.call_id: s for s in organization.submissions.all()}
        rows.append(
            {
                "organization": organization,
                "calls": [(call, submissions.get(call.pk)) for call in calls],
                "signatures": [s for s in organization.signatures.all() if s.status != Signatory.Status.DECLINED],
                "item_count": items_assigned_to(organization).count(),
            }
        )
    return render(request, "my/dashboard.html", {"rows": rows})


def _profile_page(request, organization, *, form=None, conflict=None, status=200):
    context = {
        "conflict": conflict,
        "organization": organization,
        "form": form or ProfileForm(instance=organization),
        "photos": organization.photos.all(),
    }
    return render(request, "my/profile_form.html", context, status=status)


@leader_required
def profile_edit(request, slug):
    organization = _organization_for(request, slug, "ksors.edit_organization_profile")
    if request.method != "POST":
        return _profile_page(request, organization)
    # A copy to bind: ModelForm validation writes into the instance, and the page header shows the saved one.
    form = ProfileForm(request.POST, request.FILES, instance=Organization.objects.get(pk=organization.pk))
    if not form.is_valid():
        return _profile_page(request, organization, form=form, status=400)
    logo = False if form.cleaned_data["remove_logo"] else form.cleaned_data["logo_upload"] or None
    photo = form.cleaned_data["photo"]
    try:
        with transaction.atomic():
            organization_profile_update(
                organization=organization, data=form.cleaned_data, logo=logo, user=request.user,
                expected_revision=form.cleaned_data["revision"],
            )
            if photo:
                organization_photo_add(
                    organization=organization, image=photo, caption=form.cleaned_data["photo_caption"], user=request.user,
                )
    except StaleRevision as stale:
        return _profile_conflict(request, organization, form, stale.current)
    if photo:
        messages.success(request, _("Профиль сохранён. Фотография добавлена."))
    else:
        messages.success(request, _("Профиль сохранён."))
    return redirect("my:profile_edit", slug=organization.slug)


def _profile_conflict(request, organization, form, current):
    """Someone saved the profile after this page was opened: keep what was typed, show what they changed, and let
    a second save (now based on their revision) overwrite knowingly. A chosen logo must be chosen again."""
    record = current.history_log.select_related("history_user").first()
    changed = [
        {"label": form.fields[name].label, "theirs": getattr(current, name), "yours": form.cleaned_data.get(name)}
        for name in PROFILE_FIELDS
        if name in form.cleaned_data and getattr(current, name) != form.cleaned_data[name]
    ]
    data = request.POST.copy()
    data["revision"] = current.revision
    conflict = {
        "by": (record.history_user.full_name or record.history_user.email) if record and record.history_user else "",
        "at": record.history_date if record else None,
        "changed": changed,
        "logo_dropped": bool(request.FILES.get("logo_upload")),
        "photo_dropped": bool(request.FILES.get("photo")),
    }
    return _profile_page(request, current, form=ProfileForm(data, instance=current), conflict=conflict, status=409)


@leader_required
@require_POST
def photo_delete(request, slug, pk):
    organization = _organization_for(request, slug, "ksors.edit_organization_profile")
    photo = get_object_or_404(OrganizationPhoto, pk=pk, organization=organization)
    organization_photo_delete(photo=photo, user=request.user)
    messages.success(request, _("Фотография удалена."))
    return redirect("my:profile_edit", slug=organization.slug)


@leader_required
def submission_edit(request, slug, call_slug):
    organization = _organization_for(request, slug, "ksors.submit_materials")
    call = get_object_or_404(MaterialCall, slug=call_slug)
    submission = Submission.objects.filter(call=call, organization=organization).prefetch_related("files").first()
    accepts = call_accepts_submissions(call)
    initial = {"text": submission.text, "links": submission.links} if submission else {}
    form = SubmissionForm(initial=initial, submission=submission)
    status = 200
    if request.method == "POST":
        if not accepts:
            messages.error(request, _("Приём материалов по этому сбору закрыт."))
            return redirect("my:submission", slug=slug, call_slug=call_slug)
        form = SubmissionForm(request.POST, request.FILES, submission=submission)
        if form.is_valid():
            try:
                submission_save(
                    call=call, organization=organization, user=request.user, text=form.cleaned_data["text"],
                    links=form.cleaned_data["links"], files=form.cleaned_data["files"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Материалы отправлены в Секретариат."))
                return redirect("my:submission", slug=slug, call_slug=call_slug)
        status = 400
    context = {"organization": organization, "call": call, "submission": submission, "form": form, "accepts": accepts}
    return render(request, "my/submission_form.html", context, status=status)


@leader_required
def declarations(request, slug):
    organization = _organization_for(request, slug, "ksors.request_declaration")
    signatures = {}
    for signature in organization.signatures.order_by("requested_at"):
        signatures[signature.declaration_id] = signature  # the latest one per declaration wins
    rows = [(d, signatures.get(d.pk)) for d in Declaration.objects.filter(is_published=True)]
    return render(
        request, "my/declarations.html", {"organization": organization, "rows": rows, "leave_form": LeaveForm()}
    )


@leader_required
@require_POST
def declaration_join(request, slug, declaration_slug):
    organization = _organization_for(request, slug, "ksors.request_declaration")
    declaration = get_object_or_404(Declaration, slug=declaration_slug, is_published=True)
    try:
        signatory_request(declaration=declaration, organization=organization, user=request.user)
    except ValidationError as error:
        messages.error(request, _first_error(error))
    else:
        messages.success(request, _("Заявка отправлена. Секретариат рассмотрит её и сообщит о решении."))
    return redirect("my:declarations", slug=slug)


@leader_required
@require_POST
def declaration_leave(request, slug, declaration_slug):
    organization = _organization_for(request, slug, "ksors.request_declaration")
    declaration = get_object_or_404(Declaration, slug=declaration_slug)
    signatory = active_signature(declaration=declaration, organization=organization)
    if signatory is None or not request.user.has_perm("ksors.leave_declaration", signatory):
        raise Http404
    form = LeaveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Укажите причину выхода."))
        return redirect("my:declarations", slug=slug)
    signatory_leave(signatory=signatory, user=request.user, reason=form.cleaned_data["reason"])
    messages.success(request, _("Выход из декларации записан."))
    return redirect("my:declarations", slug=slug)


@leader_required
def items(request, slug):
    organization = _organization_for(request, slug, "ksors.submit_materials")
    assigned = items_assigned_to(organization).prefetch_related(
        Prefetch(
            "reports",
            queryset=ProgressReport.objects.filter(organization=organization).prefetch_related("attachments"),
            to_attr="own_reports",
        ),
        Prefetch(
            "assignments",
            queryset=Assignment.objects.filter(organization=organization).prefetch_related("extension_requests"),
            to_attr="own_assignments",
        ),
    )
    return render(request, "my/items.html", {"organization": organization, "items": assigned})


@leader_required
def report_create(request, slug, item_pk):
    organization = _organization_for(request, slug, "ksors.submit_materials")
    # The organization's assignment is the permission: an item not assigned to it does not exist here.
    item = get_object_or_404(items_assigned_to(organization), pk=item_pk)
    form = ProgressReportForm(request.POST or None, request.FILES or None, initial={"reported_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        progress_report_create(
            item=item, organization=organization, author=request.user, text=form.cleaned_data["text"],
            reported_on=form.cleaned_data["reported_on"], status=form.cleaned_data["status"],
            files=form.cleaned_data["files"],
        )
        messages.success(request, _("Отчёт по пункту %(label)s отправлен.") % {"label": item.label})
        return redirect("my:items", slug=slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "my/report_form.html", {"organization": organization, "item": item, "form": form}, status=status)


@leader_required
def extension_request(request, slug, item_pk):
    organization = _organization_for(request, slug, "ksors.submit_materials")
    item = get_object_or_404(items_assigned_to(organization), pk=item_pk)
    assignment = assignment_for(item=item, organization=organization)
    form = ExtensionRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            extension_request_create(
                assignment=assignment, user=request.user, reason=form.cleaned_data["reason"],
                proposed_end=form.cleaned_data["proposed_end"],
            )
        except ValidationError as error:
            field = "proposed_end" if error.code == "not_later" else None
            form.add_error(field, error)
        else:
            messages.success(request, _("Запрос о продлении срока по пункту %(label)s отправлен в Секретариат.") % {"label": item.label})
            return redirect("my:items", slug=slug)
    status = 400 if request.method == "POST" else 200
    context = {"organization": organization, "item": item, "assignment": assignment, "form": form}
    return render(request, "my/extension_form.html", context, status=status)


def submission_file(request, pk):
    """A file of a submission, for the Secretariat and the organization's leaders only (never public)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    stored = get_object_or_404(SubmissionFile.objects.select_related("submission__organization"), pk=pk)
    if not request.user.has_perm("ksors.view_submission", stored.submission):
        raise Http404
    return stored_file_response(request, stored.file, filename=stored.original_name, as_attachment=True)


def report_attachment(request, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attachment = get_object_or_404(ReportAttachment.objects.select_related("report__organization"), pk=pk)
    organization = attachment.report.organization
    allowed = request.user.has_perm("ksors.secretariat") or (
        organization is not None and request.user.has_perm("ksors.submit_materials", organization)
    )
    if not allowed:
        raise Http404
    return stored_file_response(request, attachment.file, filename=attachment.original_name, as_attachment=True)

