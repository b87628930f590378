"""The Secretariat's side of the leaders' workspace: calls for materials, declaration requests,
progress reports from organizations, and the history of organization profiles with revert."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.decorators import permission_required_or_403
from organizations.exports import materials_zip_export
from organizations.models import MaterialCall, MembershipStatus, Organization, Submission
from organizations.services import PROFILE_FIELDS, organization_revert, submission_review
from resolutions.declarations import signatory_correct, signatory_decide
from resolutions.models import Signatory
from resolutions.progress import reports_from_organizations
from secretariat.forms.review import CorrectionForm, DecisionForm, MaterialCallForm, ReviewForm
from secretariat.views.exports import prepared_download

secretariat_required = permission_required_or_403("ksors.secretariat")


@secretariat_required
def call_list(request):
    calls = MaterialCall.objects.annotate(
        sent=Count("submissions", distinct=True),
    ).order_by("-created_at")
    return render(request, "secretariat/call_list.html", {"calls": calls})


@secretariat_required
def call_edit(request, slug=None):
    call = get_object_or_404(MaterialCall, slug=slug) if slug else None
    form = MaterialCallForm(request.POST or None, instance=call)
    if request.method == "POST" and form.is_valid():
        call = form.save()
        messages.success(request, _("Сбор материалов сохранён."))
        return redirect("secretariat:call", slug=call.slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "secretariat/call_form.html", {"form": form, "call": call}, status=status)


@secretariat_required
def call_detail(request, slug):
    """Organizations × what each sent: every active member organization has a row, sent or not."""
    call = get_object_or_404(MaterialCall, slug=slug)
    submissions = {
        s.organization_id: s
        for s in call.submissions.annotate(file_count=Count("files")).select_related("organization")
    }
    organizations = Organization.objects.members().order_by("name")
    rows = [
        (organization, submissions.get(organization.pk))
        for organization in organizations
        if organization.status == MembershipStatus.ACTIVE or organization.pk in submissions
    ]
    counts = dict.fromkeys(Submission.Status.values, 0)
    for submission in submissions.values():
        counts[submission.status] += 1
    return render(request, "secretariat/call_detail.html", {"call": call, "rows": rows, "counts": counts})


@secretariat_required
def submission_detail(request, slug, pk):
    submission = get_object_or_404(
        Submission.objects.select_related("call", "organization", "submitted_by", "reviewed_by").prefetch_related("files"),
        pk=pk, call__slug=slug,
    )
    form = ReviewForm(
        request.POST or None, submission=submission,
        initial={"status": submission.status, "comment": submission.review_comment},
    )
    if request.method == "POST" and form.is_valid():
        try:
            submission_review(
                submission=submission, user=request.user,
                status=form.cleaned_data["status"], comment=form.cleaned_data["comment"],
                correction_reason=form.cleaned_data.get("correction_reason", ""),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Решение сохранено, руководителям организации отправлено письмо."))
            return redirect("secretariat:call", slug=slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "secretariat/submission_detail.html", {"submission": submission, "form": form}, status=status)


@secretariat_required
def call_export(request, slug):
    call = get_object_or_404(MaterialCall, slug=slug)
    return prepared_download(request, materials_zip_export(call=call))


@secretariat_required
def organization_export(request, slug, organization_slug):
    call = get_object_or_404(MaterialCall, slug=slug)
    organization = get_object_or_404(Organization, slug=organization_slug)
    return prepared_download(request, materials_zip_export(call=call, organization=organization))


@secretariat_required
def declaration_requests(request):
    signatories = Signatory.objects.select_related("declaration", "organization", "requested_by", "decided_by")
    pending = signatories.filter(status=Signatory.Status.REQUESTED).order_by("requested_at")
    recent = signatories.exclude(status=Signatory.Status.REQUESTED).order_by("-decided_at", "-left_on", "-id")[:50]
    context = {
        "pending": [(s, DecisionForm(prefix=f"s{s.pk}", initial={"joined_on": timezone.localdate()})) for s in pending],
        "recent": recent,
    }
    return render(request, "secretariat/declarations.html", context)


@secretariat_required
@require_POST
def declaration_decide(request, pk):
    signatory = get_object_or_404(Signatory, pk=pk, status=Signatory.Status.REQUESTED)
    form = DecisionForm(request.POST, prefix=f"s{signatory.pk}")
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect("secretariat:declarations")
    confirm = form.cleaned_data["decision"] == "confirm"
    signatory_decide(
        signatory=signatory, user=request.user, confirm=confirm,
        joined_on=form.cleaned_data["joined_on"], reason=form.cleaned_data["reason"],
    )
    if confirm:
        messages.success(request, _("Организация добавлена в список присоединившихся."))
    else:
        messages.success(request, _("Заявка отклонена, руководителям организации отправлено письмо."))
    return redirect("secretariat:declarations")


@secretariat_required
def declaration_correct(request, pk):
    """Reverse a decision on a declaration request (confirmed ⇄ declined), with a reason the leaders see."""
    signatory = get_object_or_404(
        Signatory.objects.select_related("declaration", "organization", "decided_by"),
        pk=pk, status__in=[Signatory.Status.CONFIRMED, Signatory.Status.DECLINED],
    )
    confirm = signatory.status == Signatory.Status.DECLINED
    form = CorrectionForm(request.POST or None, initial={"joined_on": timezone.localdate()})
    if not confirm:
        del form.fields["joined_on"]
    if request.method == "POST" and form.is_valid():
        try:
            signatory_correct(
                signatory=signatory, user=request.user, confirm=confirm, reason=form.cleaned_data["reason"],
                joined_on=form.cleaned_data.get("joined_on"),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if confirm:
                messages.success(request, _("Решение исправлено: организация добавлена в список присоединившихся."))
            else:
                messages.success(request, _("Решение исправлено: подтверждение отменено, организация убрана из списка."))
            return redirect("secretariat:declarations")
    status = 400 if request.method == "POST" else 200
    return render(
        request, "secretariat/declaration_correct.html",
        {"signatory": signatory, "form": form, "confirm": confirm}, status=status,
    )


@secretariat_required
def reports(request):
    return render(request, "secretariat/reports.html", {"reports": reports_from_organizations()[:200]})


@secretariat_required
def organization_history(request, slug):
    organization = get_object_or_404(Organization, slug=slug)
    records = list(organization.history_log.select_related("history_user").order_by("-history_date", "-history_id")[:100])
    rows = []
    for record, older in zip(records, [*records[1:], None], strict=True):
        changed = []
        if older is not None:
            changed = [
                organization._meta.get_field(change.field).verbose_name
                for change in record.diff_against(older).changes
                if change.field in (*PROFILE_FIELDS, "logo", "name", "status")
            ]
        rows.append({"record": record, "changed": changed})
    return render(request, "secretariat/organization_history.html", {"organization": organization, "rows": rows})


@secretariat_required
@require_POST
def organization_history_revert(request, slug, history_id):
    organization = get_object_or_404(Organization, slug=slug)
    record = get_object_or_404(organization.history_log.all(), history_id=history_id)
    organization_revert(organization=organization, record=record, user=request.user)
    messages.success(request, _("Профиль возвращён к версии от %(date)s.") % {
        "date": timezone.localtime(record.history_date).strftime("%d.%m.%Y %H:%M")
    })
    return redirect("secretariat:organization_history", slug=slug)


