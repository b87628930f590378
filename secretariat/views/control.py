"""Execution control: the register, its bulk actions and exports, the work inbox, acceptance, returns,
extensions, deadlines tied to events, contacts with organizations and the report on decisions under control."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_tables2 import RequestConfig
from django_tables2.export import TableExport

from conferences.models import Conference, Meeting
from core.text import long_date
from organizations.models import ContactRecord, Organization
from resolutions import inbox
from resolutions.control import (
    assignment_accept,
    assignment_return,
    extension_decide,
    item_event_link_set,
    items_controller_set,
    items_status_set,
)
from resolutions.execution_report import control_pdf_export
from resolutions.models import Assignment, ExecutionStatus, ExtensionRequest, Item, ProgressReport
from resolutions.reminders import reminders_send_now
from resolutions.selectors import decisions_on_control, open_decisions_before, register_items, status_counts
from secretariat.filters import RegisterFilter
from secretariat.forms.control import (
    AcceptForm,
    BulkActionForm,
    ContactForm,
    EventLinkForm,
    ExtensionDecisionForm,
    PeriodForm,
    ReturnForm,
)
from secretariat.tables import RegisterTable
from secretariat.views import secretariat_required
from secretariat.views.exports import WAIT, prepared_download

PER_PAGE = 50


CLOSED = (ExecutionStatus.DONE, ExecutionStatus.WITHDRAWN)


def _register(request):
    today = timezone.localdate()
    item_filter = RegisterFilter(request.GET or None, queryset=register_items(), today=today)
    items = item_filter.qs if item_filter.is_bound and item_filter.is_valid() else register_items()
    return today, item_filter, items, RegisterTable(items, today=today)


@secretariat_required
def register(request):
    today, item_filter, items, table = _register(request)
    RequestConfig(request, paginate={"per_page": PER_PAGE}).configure(table)
    rows = list(table.paginated_rows)
    shown = list(items.order_by().values_list("execution_status", "due_end"))
    summary = {
        "total": len(shown),
        "overdue": sum(s == ExecutionStatus.NOT_DONE or (s not in CLOSED and d is not None and d < today) for s, d in shown),
        "due": sum(s not in CLOSED and s != ExecutionStatus.NOT_DONE and d is not None and 0 <= (d - today).days <= 30 for s, d in shown),
        "no_window": sum(d is None for _s, d in shown),
    }
    return render(
        request,
        "secretariat/register.html",
        {
            "today": today, "filter": item_filter, "table": table, "rows": rows, "summary": summary,
            "chart": status_counts(s for s, _d in shown),
            "bulk_form": BulkActionForm(auto_id="bulk-%s"), "query": request.GET.urlencode(),
        },
    )


@secretariat_required
def register_export(request, fmt):
    today, item_filter, _items, table = _register(request)
    RequestConfig(request, paginate=False).configure(table)
    name = f"reestr-kontrolya-{today:%Y-%m-%d}"
    if fmt == "pdf":
        query = request.GET.copy()
        query.pop(WAIT, None)
        return prepared_download(request, control_pdf_export(
            title=_("Реестр контроля исполнения"), subtitle=_filters_text(item_filter), groups=[(None, table.data.data)],
            filename=f"{name}.pdf", group=f"register?{query.urlencode()}",
        ))
    if not TableExport.is_valid_format(fmt) or fmt not in ("csv", "xlsx"):
        raise Http404
    return TableExport(fmt, table, exclude_columns=("selection",)).response(f"{name}.{fmt}")


def _filters_text(item_filter) -> str:
    if not (item_filter.is_bound and item_filter.is_valid()):
        return ""
    parts = []
    for name, field in item_filter.form.fields.items():
        value = item_filter.form.cleaned_data.get(name)
        if value in (None, "", False):
            continue
        shown = dict(field.choices).get(value, value) if hasattr(field, "choices") and not hasattr(value, "pk") else value
        parts.append(f"{field.label}: {_('да') if value is True else shown}")
    return (_("Отбор") + ": " + "; ".join(parts) + ".") if parts else ""


def _back(request, default: str):
    target = request.POST.get("next", "")
    # A path of this site only: redirect() would take any other word for a view name to reverse (a 500).
    if target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(target)
    return redirect(default)


@secretariat_required
@require_POST
def register_bulk(request):
    form = BulkActionForm(request.POST)
    back = reverse("secretariat:control")
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return _back(request, back)
    items, action = list(form.cleaned_data["items"]), form.cleaned_data["action"]
    if action == "status":
        count = items_status_set(items=items, status=form.cleaned_data["status"])
        messages.success(request, ngettext("Статус изменён у %(n)d пункта.", "Статус изменён у %(n)d пунктов.", count) % {"n": count})
    elif action == "controller":
        count = items_controller_set(items=items, controller=form.cleaned_data["controller"])
        messages.success(request, ngettext("Контролёр назначен %(n)d пункту.", "Контролёр назначен %(n)d пунктам.", count) % {"n": count})
    else:
        result = reminders_send_now(items=items, today=timezone.localdate())
        messages.success(request, ngettext("Отправлено %(n)d напоминание.", "Отправлено напоминаний: %(n)d.", result.sent) % {"n": result.sent})
        if result.skipped:
            messages.info(request, ngettext(
                "У %(n)d пункта нет открытых поручений с адресатами на портале.",
                "У %(n)d пунктов нет открытых поручений с адресатами на портале.", result.skipped,
            ) % {"n": result.skipped})
    return _back(request, back)


# --- The work inbox -------------------------------------------------------------------------------------


@secretariat_required
def inbox_page(request):
    today = timezone.localdate()
    querysets = inbox.inbox_querysets(today)
    extensions = querysets["extensions"].select_related(
        "assignment__item__resolution", "assignment__organization", "requested_by"
    ).order_by("requested_at")
    context = {
        "today": today,
        "reports": querysets["reports"].select_related("item__resolution", "organization", "author", "assignment")
        .prefetch_related("attachments").order_by("created_at")[:200],
        "extensions": [(e, ExtensionDecisionForm(prefix=f"e{e.pk}", initial={"new_end": e.proposed_end, "decision": "grant"})) for e in extensions],
        "declarations": querysets["declarations"].select_related("declaration", "organization").order_by("requested_at"),
        "submissions": querysets["submissions"].select_related("call", "organization").order_by("submitted_at"),
        "suspensions": querysets["suspensions"].select_related(
            "organization", "decided_by_item__event_conference", "decided_by_item__event_meeting", "decided_by_item__resolution",
        ),
        "silent": inbox.silent_organizations(today).order_by("last_contact", "name"),
        "silent_two": set(inbox.silent_organizations(today, years=2).values_list("pk", flat=True)),
        "contact_form": ContactForm(initial={"contacted_on": today}),
        "accept_form": AcceptForm(), "return_form": ReturnForm(),
    }
    return render(request, "secretariat/inbox.html", context)


@secretariat_required
@require_POST
def report_read(request, pk):
    report = get_object_or_404(ProgressReport, pk=pk, reviewed_at__isnull=True)
    report.reviewed_at, report.reviewed_by = timezone.now(), request.user
    report.save(update_fields=["reviewed_at", "reviewed_by"])
    messages.success(request, _("Отчёт отмечен как прочитанный."))
    return _back(request, reverse("secretariat:inbox"))


@secretariat_required
@require_POST
def assignment_decide(request, pk, decision):
    assignment = get_object_or_404(Assignment.objects.select_related("item"), pk=pk)
    if decision == "accept":
        form = AcceptForm(request.POST)
        form.is_valid()
        assignment_accept(assignment=assignment, user=request.user, comment=form.cleaned_data.get("comment", ""))
        assignment.item.refresh_from_db()
        if assignment.item.control_closed_at:
            messages.success(request, _("Исполнение принято, пункт %(label)s снят с контроля.") % {"label": assignment.item.label})
        else:
            messages.success(request, _("Исполнение принято: %(who)s.") % {"who": assignment.text})
    elif decision == "return":
        form = ReturnForm(request.POST)
        if not form.is_valid():
            messages.error(request, form.errors["comment"][0])
            return _back(request, reverse("secretariat:item", args=[assignment.item_id]))
        assignment_return(assignment=assignment, user=request.user, comment=form.cleaned_data["comment"])
        messages.success(request, _("Отчёт возвращён на доработку: %(who)s.") % {"who": assignment.text})
    else:
        raise Http404
    return _back(request, reverse("secretariat:item", args=[assignment.item_id]))


@secretariat_required
@require_POST
def extension_decision(request, pk):
    extension = get_object_or_404(ExtensionRequest.objects.select_related("assignment__item"), pk=pk)
    form = ExtensionDecisionForm(request.POST, prefix=f"e{extension.pk}")
    back = reverse("secretariat:inbox")
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return _back(request, back)
    grant = form.cleaned_data["decision"] == "grant"
    try:
        extension_decide(request=extension, user=request.user, grant=grant, new_end=form.cleaned_data["new_end"],
                         comment=form.cleaned_data["comment"])
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return _back(request, back)
    extension.refresh_from_db()
    if grant:
        messages.success(request, _("Срок продлён до %(date)s.") % {"date": long_date(extension.new_end)})
    else:
        messages.success(request, _("В продлении отказано."))
    return _back(request, back)


@secretariat_required
@require_POST
def contact_record(request, slug):
    organization = get_object_or_404(Organization, slug=slug)
    form = ContactForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return _back(request, reverse("secretariat:inbox"))
    ContactRecord.objects.create(organization=organization, recorded_by=request.user, **form.cleaned_data)
    messages.success(request, _("Связь с организацией записана: %(name)s.") % {"name": organization.name})
    return _back(request, reverse("secretariat:inbox"))


@secretariat_required
@require_POST
def item_event(request, pk):
    item = get_object_or_404(Item, pk=pk)
    form = EventLinkForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect("secretariat:item", item.pk)
    data = form.cleaned_data
    event = data["conference"] or data["meeting"]
    try:
        item_event_link_set(item=item, event=event, relation=data["relation"] if event else "",
                            offset_months=data["offset_months"] or 0)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Связь срока с событием сохранена.") if event else _("Срок больше не связан с событием."))
    return redirect("secretariat:item", item.pk)


# --- Decisions under control: the review at every event and the report for any period -------------------


@secretariat_required
def decisions_report(request, fmt="html"):
    form = PeriodForm(request.GET or None)
    groups = []
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        groups = decisions_on_control(adopted_from=data["adopted_from"], adopted_until=data["adopted_until"],
                                      open_only=data["open_only"])
    if fmt == "pdf":
        if not (form.is_bound and form.is_valid()):
            raise Http404
        data = form.cleaned_data
        period = " — ".join(long_date(d) for d in (data["adopted_from"], data["adopted_until"]) if d)
        return prepared_download(request, control_pdf_export(
            title=_("Отчёт об исполнении решений"),
            subtitle=(_("Решения, принятые: %(period)s.") % {"period": period}) if period else "",
            groups=[(resolution.title, items) for resolution, items in groups], filename="ispolnenie-reshenii.pdf",
            group=f"report:{data['adopted_from']}:{data['adopted_until']}:{data['open_only']}",
        ))
    return render(request, "secretariat/decisions_report.html", {
        "form": form, "groups": groups, "today": timezone.localdate(), "query": request.GET.urlencode(),
        "chart": status_counts([i.execution_status for _r, items in groups for i in items]),
    })


@secretariat_required
def event_review_pdf(request, kind, pk):
    model = {"conference": Conference, "meeting": Meeting}.get(kind)
    if model is None:
        raise Http404
    event = get_object_or_404(model, pk=pk)
    groups = open_decisions_before(event)
    return prepared_download(request, control_pdf_export(
        title=_("О ходе исполнения ранее принятых решений"), subtitle=f"{event}.",
        groups=[(resolution.title, items) for resolution, items in groups], filename=f"ispolnenie-k-{kind}-{event.pk}.pdf",
        group=f"event:{kind}:{event.pk}",
    ))


def assignments_prefetch():
    return Prefetch(
        "assignments",
        queryset=Assignment.objects.select_related("organization", "person", "body", "decided_by").prefetch_related(
            Prefetch("extension_requests", queryset=ExtensionRequest.objects.select_related("requested_by", "decided_by"))
        ),
    )
