"""The dashboard of execution control and each item's status and progress reports."""

from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.downloads import stored_file_response
from resolutions.control import deadline_after_event
from resolutions.models import (
    REPORTED_ASSIGNMENT_STATUSES,
    ExtensionRequest,
    Item,
    ReportAttachment,
    Resolution,
)
from resolutions.progress import progress_report_create
from resolutions.selectors import controlled_items, dashboard_sections, group_items
from resolutions.services import item_status_set
from secretariat.filters import ControlledItemFilter
from secretariat.forms.control import AcceptForm, EventLinkForm, ReturnForm
from secretariat.forms.resolutions import ItemStatusForm, ProgressReportForm
from secretariat.views import secretariat_required


@secretariat_required
def dashboard(request):
    today, now = timezone.localdate(), timezone.now()
    item_filter = ControlledItemFilter(request.GET or None, queryset=controlled_items())
    items = item_filter.qs if item_filter.is_bound and item_filter.is_valid() else controlled_items()
    sections = dashboard_sections(items, today=today, now=now)
    group = request.GET.get("group", "")
    grouped = {name: group_items(rows, group) for name, rows in sections.items()} if group in {"responsible", "resolution"} else None
    return render(
        request,
        "secretariat/dashboard.html",
        {
            "today": today,
            "filter": item_filter,
            "sections": sections,
            "grouped": grouped,
            "group": group,
            "drafts": Resolution.objects.filter(status="draft").order_by("-updated_at")[:10],
        },
    )


def _get_item(pk) -> Item:
    return get_object_or_404(
        Item.objects.select_related("resolution", "parent__event_conference", "parent__event_meeting", "event_conference",
                                    "event_meeting", "controller", "control_closed_by"),
        pk=pk,
    )


@secretariat_required
def item_detail(request, pk):
    item = _get_item(pk)
    report_form = ProgressReportForm(initial={"reported_on": timezone.localdate()})
    if request.method == "POST":
        report_form = ProgressReportForm(request.POST, request.FILES)
        if report_form.is_valid():
            data = report_form.cleaned_data
            progress_report_create(
                item=item, author=request.user, text=data["text"], reported_on=data["reported_on"],
                status=data["status"], files=data["files"], organization=data["organization"], by_secretariat=True,
            )
            messages.success(request, _("Отчёт об исполнении добавлен."))
            return redirect("secretariat:item", item.pk)
        messages.error(request, _("Отчёт не сохранён: исправьте ошибки ниже."))
    reports = item.reports.select_related("author", "organization", "assignment").prefetch_related("attachments")
    assignments = list(
        item.assignments.select_related("organization", "person", "body", "decided_by").prefetch_related(
            Prefetch("extension_requests", queryset=ExtensionRequest.objects.select_related("requested_by", "decided_by"))
        )
    )
    return render(
        request,
        "secretariat/item_detail.html",
        {
            "item": item,
            "assignments": assignments,
            "reported": sum(a.status in REPORTED_ASSIGNMENT_STATUSES for a in assignments),
            "accept_form": AcceptForm(), "return_form": ReturnForm(),
            "event_form": EventLinkForm(initial={
                "conference": item.event_conference_id, "meeting": item.event_meeting_id,
                "relation": item.event_relation, "offset_months": item.event_offset_months,
            }),
            "late_for_event": deadline_after_event(item),
            "responsibilities": item.responsibilities.select_related("person", "body", "organization"),
            "reports": reports,
            "report_form": report_form,
            "status_form": ItemStatusForm(initial={"status": item.execution_status}, auto_id="item-status-%s"),
            "overdue": item.is_overdue(),
        },
    )


@secretariat_required
@require_POST
def item_status(request, pk):
    item = _get_item(pk)
    form = ItemStatusForm(request.POST)
    if form.is_valid():
        item_status_set(item=item, status=form.cleaned_data["status"])
        messages.success(request, _("Статус исполнения изменён: %(status)s.") % {"status": item.get_execution_status_display()})
    return redirect("secretariat:item", item.pk)


@secretariat_required
def attachment_download(request, pk):
    attachment = get_object_or_404(ReportAttachment, pk=pk)
    return stored_file_response(request, attachment.file, filename=attachment.original_name, as_attachment=True)
